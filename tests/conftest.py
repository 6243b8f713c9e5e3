"""Shared fixtures. pytest-qgis starts one QgsApplication for the session (offscreen);
``provider`` registers UrbanPlan's Processing provider the way initProcessing() does."""
import gc
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "data"
ARTIFACTS = ROOT / "tests" / "_artifacts"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from urbanplan_plugin.provider import UrbanPlanProvider
    registry = QgsApplication.processingRegistry()
    prov = registry.providerById("urbanplan")
    if prov is None:
        prov = UrbanPlanProvider()
        registry.addProvider(prov)
    return prov


@pytest.fixture
def run_alg(provider):
    """Run ``urbanplan:<name>`` through the public Processing API and return its results."""
    from qgis import processing

    def run(name, params, context=None, feedback=None):
        return processing.run(f"urbanplan:{name}", params, context=context, feedback=feedback)
    return run


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def sao_paulo_lines():
    return f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"


@pytest.fixture(scope="session")
def helsinki_lines():
    return f"{DATA / 'helsinki' / 'Helsinki.osm.pbf'}|layername=lines"


def memory_layer(geom_type, crs, features, fields=()):
    """A memory layer from WKT strings (or (wkt, attrs) pairs) for hand-built test cases."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    spec = f"{geom_type}?crs={crs}"  # an empty crs gives a layer without CRS
    for name, kind in fields:
        spec += f"&field={name}:{kind}"
    layer = QgsVectorLayer(spec, "test", "memory")
    feats = []
    for item in features:
        wkt, attrs = (item, []) if item is None or isinstance(item, str) else item
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
        if attrs:
            f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def have(cmd):
    return shutil.which(cmd) is not None or os.path.exists(cmd)


@pytest.fixture
def sample_copy(tmp_path):
    """``sample_copy("sao_paulo/spo_hexgrid_EPSG32723.gpkg")``: a copy of a sample-data file in
    tmp_path. Use it for GeoPackages that QGIS opens with a subset string or that qgis_process
    reads: QGIS (3.22 and 3.44) then writes to the file (its SQLite header changes), which would
    leave resources/data modified in git after a test run."""
    def copy(rel):
        src = DATA / rel
        dst = tmp_path / "sample_data" / src.name
        if not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        return dst
    return copy


def _sample_data_digests():
    import hashlib
    return {p: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(DATA.rglob("*")) if p.is_file() and p.suffix.lower() in _DATA_SUFFIXES}


_DATA_SUFFIXES = {".gpkg", ".pbf", ".osm", ".tif", ".tiff", ".csv", ".geojson", ".shp", ".dbf",
                  ".shx", ".sqlite", ".zip"}


_EXIT_STATUS = {}


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """No QgsApplication.exitQgis() at the end of the session (pytest-qgis 5 calls it when the
    session fixture ends): with docks and layers of finished tests still alive it crashes QGIS
    3.44 after every test has passed; pytest_unconfigure ends the process instead."""
    settings = getattr(config, "_plugin_settings", None)
    if os.environ.get("URBANPLAN_NORMAL_EXIT") or not hasattr(settings, "qgis_exit_disabled"):
        return
    config._plugin_settings = settings._replace(qgis_exit_disabled=True)


def pytest_sessionstart(session):
    session.config._urbanplan_data_digests = _sample_data_digests()


def pytest_sessionfinish(session, exitstatus):
    """Fail the run if a test wrote into resources/data (use the ``sample_copy`` fixture).

    Every test has run: the garbage collector is switched off, since a collection started by
    a reporting plugin (Hypothesis imports modules in its summary) can free Qt widgets and QGIS
    layers of finished tests in an order that crashes QGIS 3.22; pytest_unconfigure then ends
    the process without Python's teardown."""
    if not os.environ.get("URBANPLAN_NORMAL_EXIT"):
        gc.disable()
    _check_sample_data(session)
    _EXIT_STATUS["status"] = session.exitstatus


def _check_sample_data(session):
    before = getattr(session.config, "_urbanplan_data_digests", None)
    if not before:
        return
    after = _sample_data_digests()
    changed = [str(p.relative_to(ROOT)) for p, digest in before.items()
               if p in after and after[p] != digest]
    if changed:
        sys.stderr.write("\nERROR: the test run modified sample data (open a copy with the "
                         "sample_copy fixture instead):\n  " + "\n  ".join(changed) + "\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process with pytest's own exit status once every result is reported: QGIS and
    GDAL sometimes crash while Python tears down the layers left in memory at interpreter exit
    (a segfault in GDALCloseWrapper on 3.22 and 3.44), which would turn a green run red after
    its last line. Nothing is skipped: every test has run and been reported by then."""
    if "status" not in _EXIT_STATUS or os.environ.get("URBANPLAN_NORMAL_EXIT"):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(_EXIT_STATUS["status"]))
