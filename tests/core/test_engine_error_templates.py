"""UrbanPlanError keeps its English template and values (for translation on the QGIS side) and
reads as the filled-in English message; every template the engine raises is well formed."""
import ast
import pickle
import string
from pathlib import Path

from urbanplan_plugin.core.common.errors import UrbanPlanError

PLUGIN = Path(__file__).resolve().parents[2] / "urbanplan_plugin"


def test_template_values_and_english_text():
    exc = UrbanPlanError("Depth {d:.1f} m at '{name}' ({n:,} cells).", d=1.25, name="A", n=12345)
    assert exc.template == "Depth {d:.1f} m at '{name}' ({n:,} cells)."
    assert exc.values == {"d": 1.25, "name": "A", "n": 12345}
    assert str(exc) == "Depth 1.2 m at 'A' (12,345 cells)."
    assert exc.args == ("Depth 1.2 m at 'A' (12,345 cells).",)
    assert isinstance(exc, ValueError)


def test_plain_message_is_not_formatted():
    exc = UrbanPlanError("Give {'wkt', 'attrs'} or WKT.")
    assert str(exc) == "Give {'wkt', 'attrs'} or WKT."
    assert exc.values == {}


def test_names_of_the_signature_can_be_placeholders():
    exc = UrbanPlanError("{template} and {self}", template="t", self="s")
    assert str(exc) == "t and s"


def test_pickle_keeps_template_and_values():
    exc = pickle.loads(pickle.dumps(UrbanPlanError("x = {x!r}", x=[1])))
    assert str(exc) == "x = [1]" and exc.template == "x = {x!r}" and exc.values == {"x": [1]}


def test_every_raised_template_names_exactly_its_values():
    """Each UrbanPlanError("...", k=v) in the package: the placeholders are the keywords (a
    missing keyword would raise KeyError instead of the message)."""
    checked = 0
    for path in PLUGIN.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "UrbanPlanError" and node.args):
                continue
            arg = node.args[0]
            assert not isinstance(arg, ast.JoinedStr), f"{path}:{node.lineno}: f-string message"
            kws = {k.arg for k in node.keywords}
            if not (isinstance(arg, ast.Constant) and kws):
                continue
            fields = {f[1] for f in string.Formatter().parse(arg.value) if f[1] is not None}
            assert fields == kws, f"{path}:{node.lineno}: {fields} != {kws}"
            checked += 1
    assert checked > 100
