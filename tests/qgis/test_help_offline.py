"""Help that works without a network: every algorithm's Help button and the message after
opening the workshop project open the copy of the documentation installed with the plugin
(the web page only when no copy is installed), and no help text cites a file that does not
ship."""
import importlib.util
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from qgis.core import QgsApplication

from urbanplan_plugin import paths

ROOT = Path(__file__).resolve().parents[2]
FILE_REF = re.compile(r"(?<![\w/.{}-])([\w./{}-]+\.md)\b")


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory):
    pytest.importorskip("markdown")
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "tools" / "build_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_docs", module)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("docs")
    module.build(out)
    return out


def our_algorithms(provider):
    algs = [a for a in QgsApplication.processingRegistry().algorithms()
            if a.provider() is not None and a.provider().id() == "urbanplan"]
    assert len(algs) >= 17
    return algs


def test_help_buttons_open_the_installed_pages(provider, built_docs, monkeypatch):
    monkeypatch.setattr(paths, "docs_dir", lambda: str(built_docs))
    page = (built_docs / "algorithms.html").read_text(encoding="utf-8")
    for alg in our_algorithms(provider):
        url = urlparse(alg.createInstance().helpUrl())
        assert url.scheme == "file", alg.id()
        assert Path(unquote(url.path)) == built_docs / "algorithms.html"
        assert f'id="{url.fragment}"' in page, f"{alg.id()}: no #{url.fragment} on the page"


def test_without_a_local_copy_help_goes_to_the_web(provider, monkeypatch):
    monkeypatch.setattr(paths, "docs_dir", lambda: None)
    alg = our_algorithms(provider)[0]
    url = alg.createInstance().helpUrl()
    assert url.startswith("https://") and url.endswith(f"algorithms.md#{alg.name()}")


def test_help_texts_cite_only_what_ships(provider):
    shipped = {p.name for p in (ROOT / "docs").glob("*.md")}
    bad = []
    for alg in our_algorithms(provider):
        text = alg.shortHelpString() or ""
        if "CASES" in text:
            bad.append(f"{alg.id()}: cites CASES")
        bad += [f"{alg.id()}: cites {ref}" for ref in FILE_REF.findall(text)
                if ref.split("/")[-1] not in shipped]
    assert not bad, "\n".join(bad)


class _Bar:
    def __init__(self):
        self.items = []

    def createMessage(self, title, text):  # noqa: N802
        from qgis.gui import QgsMessageBarItem
        return QgsMessageBarItem(title, text)

    def pushItem(self, item):  # noqa: N802
        self.items.append(item)


class _Iface:
    def __init__(self):
        self.bar = _Bar()

    def messageBar(self):  # noqa: N802
        return self.bar


def test_workshop_message_opens_the_installed_sheet(qgis_app, built_docs, monkeypatch, tmp_path):
    from qgis.PyQt.QtWidgets import QPushButton

    from urbanplan_plugin.project import workshop
    monkeypatch.setattr(paths, "docs_dir", lambda: str(built_docs))
    monkeypatch.setattr(workshop, "exercise_sheet", lambda: "workshop_2h.zh_CN")
    iface = _Iface()
    url = workshop.push_opened_message(iface, str(tmp_path / "helsinki_workshop.qgz"))
    assert urlparse(url).scheme == "file"
    assert Path(unquote(urlparse(url).path)) == built_docs / "workshop_2h.zh_CN.html"
    item = iface.bar.items[0]
    buttons = item.findChildren(QPushButton)
    assert buttons and buttons[0].toolTip() == url
    assert str(tmp_path) in item.text()
