"""GDAL's errors while a file is read, caught where they happen instead of printed on stderr.

A truncated ``.osm.pbf`` or ``.osm`` file, a damaged GeoPackage or GeoTIFF: GDAL reads as far as
it can and reports the rest through its error handler, which QGIS leaves on the terminal, so the
analysis would run on part of the data. :func:`reading` wraps one reader's loop: GDAL's failures
during it stop the run with a message that names the input, GDAL's own words and the fix.
:func:`collecting` wraps a whole algorithm run (algorithms/base.py) so that no GDAL message
reaches stderr; failures outside a :func:`reading` block are passed to the log as warnings.

GDAL keeps one error handler stack per thread, and Processing reads the features in the thread
that runs the algorithm, so the handlers see the errors of their own run only.
"""
import contextlib

from qgis.core import QgsProcessingException

from ..i18n import tr


class _Collector:
    """A GDAL error handler that keeps the failures (and fatal errors) it is given."""

    def __init__(self):
        self.failures = []

    def __call__(self, err_class, err_no, message):
        try:
            from osgeo import gdal
            failure = err_class >= gdal.CE_Failure
        except Exception:  # noqa: BLE001 - a handler must never raise into GDAL
            failure = err_class >= 3
        if failure:
            msg = " ".join(str(message).split())
            if msg and msg not in self.failures:
                self.failures.append(msg)


@contextlib.contextmanager
def _pushed():
    from osgeo import gdal
    collector = _Collector()
    gdal.PushErrorHandler(collector)
    try:
        yield collector
    finally:
        gdal.PopErrorHandler()


@contextlib.contextmanager
def no_side_files():
    """GDAL writes no ``.aux.xml`` side file meanwhile (in this thread). QGIS writes one beside
    every raster it opens as a layer, to keep the statistics it computed for the layer's style:
    an analysis must not change the folders it reads."""
    from osgeo import gdal
    before = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", before)


@contextlib.contextmanager
def collecting(feedback=None):
    """GDAL's errors during an algorithm run: failures go to the log as warnings (and no
    ``.aux.xml`` side file is written, :func:`no_side_files`)."""
    with no_side_files(), _pushed() as collector:
        yield collector
    if feedback is not None and collector.failures:
        for msg in collector.failures[:5]:
            feedback.pushWarning(tr("GDAL reported: {m}").format(m=msg))


def damaged_message(what, failures):
    shown = "; ".join(failures[:3]) + (" …" if len(failures) > 3 else "")
    return tr("The {what} could not be read completely: GDAL reported \"{e}\". The file is "
              "damaged or incomplete (a download or copy that stopped early?). Download or "
              "export it again, or open it in QGIS to check it.").format(what=what, e=shown)


@contextlib.contextmanager
def reading(what):
    """Read ``what`` (a layer or file named for the user); GDAL failures meanwhile raise a
    QgsProcessingException (:func:`damaged_message`)."""
    with _pushed() as collector:
        yield collector
    if collector.failures:
        raise QgsProcessingException(damaged_message(what, collector.failures))
