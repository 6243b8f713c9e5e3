"""The one error type the engine raises for bad input; QGIS glue turns it into a
QgsProcessingException with the same message."""


class UrbanPlanError(ValueError):
    """Input the engine cannot use. The message says what is wrong and how to fix it."""
