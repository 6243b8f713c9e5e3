"""A tiny progress/cancel interface so the engine can report without importing QGIS.

QGIS glue passes an adapter around QgsProcessingFeedback; tests and scripts pass nothing."""


class Progress:
    """Default: report nowhere, never cancelled."""

    def progress(self, percent):
        pass

    def is_canceled(self):
        return False

    def info(self, message):
        pass


class Silent(Progress):
    pass
