"""One module per Processing algorithm. ``algorithm_classes`` is the provider's list.

Modules are imported here (not at plugin load), so a missing optional library only makes its
own algorithm unavailable."""
import importlib

ALGORITHM_MODULES = (
    ("prepare_walk_network", "PrepareWalkNetwork"),
)


def algorithm_classes():
    classes = []
    for module, cls in ALGORITHM_MODULES:
        mod = importlib.import_module(f"{__name__}.{module}")
        classes.append(getattr(mod, cls))
    return classes
