"""Qt and matplotlib spellings that differ between the supported QGIS generations."""


def figure_canvas_class():
    """matplotlib's Qt canvas: ``backend_qtagg`` (matplotlib >= 3.5, Qt5 and Qt6) or the older
    ``backend_qt5agg``. Returns None when matplotlib is missing (charts are then hidden)."""
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        return FigureCanvasQTAgg
    except ImportError:
        pass
    try:
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
        return FigureCanvasQTAgg
    except ImportError:
        return None


def load_ui(name):
    """(form class, base class) of ``ui/<name>.ui``, loaded at run time."""
    import os

    from qgis.PyQt import uic
    return uic.loadUiType(os.path.join(os.path.dirname(__file__), f"{name}.ui"))


def remove_dock(iface, dock):
    """iface.removeDockWidget when it exists (the pytest-qgis stub lacks it)."""
    if dock is None:
        return
    if iface is not None and hasattr(iface, "removeDockWidget"):
        try:
            iface.removeDockWidget(dock)
        except (RuntimeError, TypeError):
            pass
    dock.close()
    dock.deleteLater()
