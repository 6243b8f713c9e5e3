"""Bad input through QGIS's command-line runner (the catalogue, tests/qgis/
test_bad_input_catalogue.py, runs hundreds of cases in one process; these few check that the same
checks hold in qgis_process): exit code 1, our message, the input unchanged, no output left."""
import hashlib
import os
import shutil

import pytest

from conftest import DATA
from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 180


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process_bad"), timeout=TIMEOUT)


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _osm_copy(tmp_path, name="streets.osm", cut=None):
    src = DATA / "helsinki" / "helsinki_centre_streets.osm"
    inputs = tmp_path / "inputs"
    inputs.mkdir(exist_ok=True)
    dst = inputs / name
    data = src.read_bytes()
    dst.write_bytes(data if cut is None else data[: int(len(data) * cut)])
    return dst


def _prepare(env, src, out):
    return run([qgis_process(), "--json", "run", "urbanplan:preparewalknetwork", "--",
                f"INPUT={src}|layername=lines", f"OUTPUT={out}"], env, timeout=TIMEOUT)


def test_output_onto_the_input_is_refused(qp_env, tmp_path):
    osm = _osm_copy(tmp_path)
    before = _digest(osm)
    proc = _prepare(qp_env, osm, osm)
    text = proc.stdout + proc.stderr
    assert proc.returncode == 1, text[-2000:]
    assert "would destroy the input" in text and "Choose another file name" in text
    assert _digest(osm) == before
    assert sorted(os.listdir(osm.parent)) == [osm.name]


def test_truncated_osm_file_is_refused_and_leaves_nothing(qp_env, tmp_path):
    osm = _osm_copy(tmp_path, cut=0.6)
    before = _digest(osm)
    out = tmp_path / "out"
    out.mkdir()
    proc = _prepare(qp_env, osm, out / "walk.gpkg")
    text = proc.stdout + proc.stderr
    assert proc.returncode == 1, text[-2000:]
    assert "damaged or incomplete" in text
    assert "Traceback" not in text
    assert _digest(osm) == before
    assert os.listdir(out) == []


def test_output_folder_missing(qp_env, tmp_path):
    osm = _osm_copy(tmp_path)
    proc = _prepare(qp_env, osm, tmp_path / "no" / "such" / "walk.gpkg")
    text = proc.stdout + proc.stderr
    assert proc.returncode == 1
    assert "does not exist" in text and "Create it or choose another place" in text


def test_success_moves_the_output_into_place(qp_env, tmp_path):
    osm = _osm_copy(tmp_path)
    out = tmp_path / "out put ü"
    out.mkdir()
    (out / "walk.gpkg").write_bytes(b"an older file of the same name")
    proc = _prepare(qp_env, osm, out / "walk.gpkg")
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-2000:]
    assert sorted(os.listdir(out)) == ["walk.gpkg"]     # no staging folder left
    assert (out / "walk.gpkg").read_bytes()[:16] == b"SQLite format 3\x00"
    shutil.rmtree(out)
