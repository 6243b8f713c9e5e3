"""Map styles a council can read: blue = better, red = worse, grey = no change."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.scenarios.compare import CHANGE_DETAILS
from ..i18n import tr

COLOURS = {
    "newly_unreachable": "178,24,43",
    "newly_affected": "178,24,43",
    "worse": "239,138,98",
    "mixed": "194,165,207",
    "same": "217,217,217",
    "better": "103,169,207",
    "newly_reachable": "33,102,172",
    "no_longer_affected": "33,102,172",
    "no_data": "247,247,247",
    "newly_covered": "33,102,172",
    "no_longer_covered": "178,24,43",
}


def change_labels(family):
    """Legend labels per change_detail, worded for the analysis family."""
    if family == "exposure":
        return {
            "newly_affected": tr("Newly flooded"),
            "worse": tr("More exposed (deeper water)"),
            "mixed": tr("Mixed (better in one respect, worse in another)"),
            "same": tr("No change"),
            "better": tr("Less exposed"),
            "no_longer_affected": tr("No longer flooded"),
            "no_data": tr("Dry before and after"),
            "newly_unreachable": tr("Newly cut off"),
            "newly_reachable": tr("Newly reachable"),
        }
    if family == "coverage":
        return {"newly_covered": tr("Newly covered"),
                "no_longer_covered": tr("No longer covered")}
    return {
        "newly_unreachable": tr("Newly unreachable"),
        "newly_affected": tr("Newly affected"),
        "worse": tr("Worse access"),
        "mixed": tr("Better for some services, worse for others"),
        "same": tr("No change"),
        "better": tr("Better access"),
        "newly_reachable": tr("Newly within reach"),
        "no_longer_affected": tr("No longer affected"),
        "no_data": tr("Unreachable before and after"),
    }


def _symbol(geometry_type, colour):
    if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "2.6",
                                             "outline_color": "80,80,80", "outline_width": "0.2"})
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.9"})
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": "120,120,120",
                                       "outline_width": "0.1"})


def style_difference_layer(layer, family="access", field=S.CHANGE_DETAIL):
    """Categorised renderer on ``change_detail`` (worst news first), labels with counts; only
    the categories present are listed. Returns {category: count}."""
    idx = layer.fields().lookupField(field)
    counts = {}
    if idx >= 0:
        for f in layer.getFeatures():
            v = f.attribute(idx)
            counts[str(v)] = counts.get(str(v), 0) + 1
    labels = change_labels(family)
    order = list(CHANGE_DETAILS) + ["newly_covered", "no_longer_covered"]
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    cats = []
    for key in order:
        if key not in counts:
            continue
        label = labels.get(key, key.replace("_", " "))
        cats.append(QgsRendererCategory(key, _symbol(gtype, COLOURS.get(key, "150,150,150")),
                                        f"{label} ({counts[key]:,})"))
    for key in sorted(k for k in counts if k not in order):
        cats.append(QgsRendererCategory(key, _symbol(gtype, "150,150,150"), key))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
    layer.triggerRepaint()
    return counts
