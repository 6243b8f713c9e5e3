"""The batch's own error type.

The headless batch runs outside QGIS, without Qt and its translations: its messages about
files, parameters and areas are English, like every command-line tool's. They are raised as
:class:`BatchError`, an :class:`~urbanplan_plugin.core.common.errors.UrbanPlanError` (same
template and values, same handling), under its own name so that the interface-translation
catalogue (tools/i18n_extract.py collects ``UrbanPlanError(...)`` templates) stays the
interface's. Errors of the engine itself keep their translatable templates.
"""
from ..core.common.errors import UrbanPlanError


class BatchError(UrbanPlanError):
    """Bad input to a batch run (see the module doc)."""

    def __reduce__(self):
        return (_rebuild, (self.template, self.values))


def _rebuild(template, values):
    return BatchError(template, **values)
