"""Every algorithm's help link lands on a section of docs/algorithms.md, and every page it
points to exists."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def algorithm_names():
    names = []
    for path in (ROOT / "urbanplan_plugin" / "algorithms").glob("*.py"):
        names += re.findall(r'^\s+NAME = "([a-z0-9]+)"', path.read_text(encoding="utf-8"), re.M)
    return names


def test_every_algorithm_has_an_anchor_and_its_page_exists():
    text = (ROOT / "docs" / "algorithms.md").read_text(encoding="utf-8")
    names = algorithm_names()
    assert len(names) >= 17
    for name in names:
        assert f'<a id="{name}"></a>' in text, f"docs/algorithms.md lacks a section for {name}"
    for page in set(re.findall(r"\]\(([a-z_]+\.md)\)", text)):
        assert (ROOT / "docs" / page).exists(), f"docs/algorithms.md links to missing {page}"
