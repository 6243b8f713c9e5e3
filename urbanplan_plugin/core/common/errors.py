"""The one error type the engine raises for bad input; QGIS glue turns it into a
QgsProcessingException with the same message, translated when the interface is."""


class UrbanPlanError(ValueError):
    """Input the engine cannot use. The message says what is wrong and how to fix it.

    ``UrbanPlanError(template, **values)``: ``template`` is the English message with named
    placeholders (``"Field '{name}' is missing."``, format specs such as ``{x:.1f}`` allowed)
    and ``values`` fills them; ``str(exc)`` is ``template.format(**values)``. The template is
    kept (attribute ``template``) so the QGIS side can translate it before filling it in
    (``qgis_io.layers.engine_errors``; ``tools/i18n_extract.py`` collects the literal templates).
    A message without values is used as is (no ``format``: literal braces are safe)."""

    def __init__(self, template, /, **values):
        self.template = str(template)
        self.values = values
        message = self.template.format(**values) if values else self.template
        super().__init__(message)

    def __str__(self):
        return self.args[0] if self.args else ""

    def __reduce__(self):  # picklable (e.g. across worker processes) with its values
        return (_rebuild, (self.template, self.values))


def _rebuild(template, values):
    return UrbanPlanError(template, **values)
