"""Report maps through a QGIS print layout (``resources/layouts/urbanplan_report.qpt``).

The template is an ordinary QGIS layout a user can open and change in the Layout Manager
(Project > Import and Export > Layout from template...): a map panel the width of a report page
with a title, a legend, a scale bar, a north arrow and a data attribution line. Items are found
by their id: ``title``, ``subtitle``, ``map``, ``legend``, ``scalebar``, ``north_arrow``,
``attribution``. Each map is drawn in its own throw-away project with copies of the layers, so
the user's layers and styles are never touched. With zones, the layout's atlas makes one page
per zone (the map follows the zone, the title names it).
"""
import os
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.common.errors import UrbanPlanError
from ..i18n import tr
from ..paths import resource_path
from ..qgis_io.layers import utm_crs_for
from ..qgis_io.qgis_compat import distance_unit, layout_mm
from .styles import apply_style, style_zones

TEMPLATE = resource_path("layouts", "urbanplan_report.qpt")
NORTH_ARROW = resource_path("icons", "north_arrow.svg")
PAGE_MM = (180.0, 165.0)


def north_arrow_source():
    """The north arrow SVG embedded in the path ('base64:...'), so templates stay portable."""
    import base64
    try:
        with open(NORTH_ARROW, "rb") as fh:
            return "base64:" + base64.b64encode(fh.read()).decode("ascii")
    except OSError:
        return ""


ITEM_IDS = ("title", "subtitle", "map", "legend", "scalebar", "north_arrow", "attribution")


# ------------------------------------------------------------------------------------------
# the template (tools/build_styles.py writes it with build_default_layout)
# ------------------------------------------------------------------------------------------

def _label(layout, item_id, text, x, y, w, h, size, bold=False, colour="#222222"):
    lab = QgsLayoutItemLabel(layout)
    lab.setId(item_id)
    lab.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    _set_label_font(lab, font, colour)
    lab.attemptMove(QgsLayoutPoint(x, y, layout_mm()))
    lab.attemptResize(QgsLayoutSize(w, h, layout_mm()))
    layout.addLayoutItem(lab)
    return lab


def _set_label_font(lab, font, colour):
    """QGIS >= 3.24 styles labels with QgsTextFormat; 3.22 with setFont/setFontColor."""
    if hasattr(lab, "setTextFormat"):
        from qgis.core import QgsTextFormat
        fmt = QgsTextFormat.fromQFont(font)
        fmt.setColor(QColor(colour))
        lab.setTextFormat(fmt)
    else:
        lab.setFont(font)
        lab.setFontColor(QColor(colour))


def build_default_layout(project=None):
    """The default report layout (one page of PAGE_MM millimetres)."""
    project = project or QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("UrbanPlan report map")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_MM[0], PAGE_MM[1], layout_mm()))
    _label(layout, "title", "Title", 4, 2, 172, 8, 13, bold=True, colour="#16365c")
    _label(layout, "subtitle", "", 4, 10, 172, 6, 8.5, colour="#555555")
    m = QgsLayoutItemMap(layout)
    m.setId("map")
    m.attemptMove(QgsLayoutPoint(4, 17, layout_mm()))
    m.attemptResize(QgsLayoutSize(112, 128, layout_mm()))
    m.setFrameEnabled(True)
    m.setFrameStrokeColor(QColor("#777777"))
    m.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, layout_mm()))
    m.setBackgroundColor(QColor("#ffffff"))
    m.setExtent(QgsRectangle(0, 0, 112, 128))
    layout.addLayoutItem(m)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(m)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setWrapString("|")
    legend.setColumnCount(1)
    legend.setBackgroundEnabled(False)
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(6.0)
    from qgis.core import QgsLegendStyle
    for style, size, bold in ((QgsLegendStyle.Style.Title, 10.0, True),
                              (QgsLegendStyle.Style.Group, 8.5, True),
                              (QgsLegendStyle.Style.Subgroup, 8.5, True),
                              (QgsLegendStyle.Style.SymbolLabel, 7.5, False)):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        if hasattr(legend.rstyle(style), "setTextFormat"):   # QGIS >= 3.30
            from qgis.core import QgsTextFormat
            legend.rstyle(style).setTextFormat(QgsTextFormat.fromQFont(font))
        else:
            legend.rstyle(style).setFont(font)
    legend.attemptMove(QgsLayoutPoint(119, 17, layout_mm()))
    legend.attemptResize(QgsLayoutSize(59, 128, layout_mm()))
    layout.addLayoutItem(legend)
    sb = QgsLayoutItemScaleBar(layout)
    sb.setId("scalebar")
    sb.setStyle("Single Box")
    sb.setLinkedMap(m)
    sb.applyDefaultSize(distance_unit("meters"))
    sb.setNumberOfSegmentsLeft(0)
    sb_font = QFont("DejaVu Sans")
    sb_font.setPointSizeF(7.0)
    if hasattr(sb, "setTextFormat"):   # QGIS >= 3.14 spelling; setFont is deprecated
        from qgis.core import QgsTextFormat
        sb.setTextFormat(QgsTextFormat.fromQFont(sb_font))
    else:
        sb.setFont(sb_font)
    sb.setHeight(2.0)
    sb.setNumberOfSegments(3)
    sb.attemptMove(QgsLayoutPoint(4, 148, layout_mm()))
    layout.addLayoutItem(sb)
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(north_arrow_source())
    arrow.setLinkedMap(m)
    arrow.attemptMove(QgsLayoutPoint(104, 146, layout_mm()))
    arrow.attemptResize(QgsLayoutSize(9, 12.5, layout_mm()))
    layout.addLayoutItem(arrow)
    _label(layout, "attribution", "Data:", 119, 147, 59, 16, 6.5, colour="#555555")
    return layout


def save_default_template(path=TEMPLATE):
    layout = build_default_layout(QgsProject())
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise UrbanPlanError("Could not write the layout template {path}.", path=path)
    return path


# ------------------------------------------------------------------------------------------
# rendering
# ------------------------------------------------------------------------------------------

def check_template(path=TEMPLATE):
    """The template's text, or an error saying it is missing or broken."""
    if not path or not os.path.exists(path):
        raise UrbanPlanError(tr(
            "The report's layout template is missing: {p}. Reinstall the plugin, or give your "
            "own template (a .qpt saved from the Layout Manager with a map item whose id is "
            "'map').").format(p=path))
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    res = QDomDocument().setContent(text)
    ok = res[0] if isinstance(res, tuple) else bool(res)
    if not ok or "<Layout" not in text:
        raise UrbanPlanError(tr("The layout template {p} is not a valid QGIS layout file.")
                             .format(p=path))
    return text


def _copy_layer(layer, name):
    """A copy of a layer for a throw-away project: reopened from its source, or materialised
    (memory layers)."""
    if isinstance(layer, QgsRasterLayer):
        copy = QgsRasterLayer(layer.source(), name, layer.providerType())
        return copy if copy.isValid() else None
    if not isinstance(layer, QgsVectorLayer):
        return None
    if layer.providerType() == "memory":
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(name)
        return copy
    copy = QgsVectorLayer(layer.source(), name, layer.providerType())
    if not copy.isValid():
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(name)
    else:
        copy.setSubsetString(layer.subsetString())
    return copy


def _map_crs(layers):
    crs = layers[0].crs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    ext = layers[0].extent()
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = ext.center()
    if crs.isValid() and crs != wgs:
        centre = QgsCoordinateTransform(crs, wgs, QgsProject.instance()).transform(centre)
    return utm_crs_for(centre.x(), centre.y())


def _extent_in(layer, crs):
    ext = layer.extent()
    if layer.crs().isValid() and layer.crs() != crs:
        ext = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()) \
            .transformBoundingBox(ext)
    return ext


WRAP = "|"


def _wrap_text(text, width=30):
    words, lines, cur = str(text).split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return WRAP.join(lines)


def wrap_legend(layer, width=30):
    """Break long legend labels (the template's legend wraps at '|')."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRuleBasedRenderer
    layer.setName(_wrap_text(layer.name(), width - 4))
    r = layer.renderer() if isinstance(layer, QgsVectorLayer) else None
    if isinstance(r, QgsCategorizedSymbolRenderer):
        for i, c in enumerate(r.categories()):
            r.updateCategoryLabel(i, _wrap_text(c.label(), width))
    elif isinstance(r, QgsRuleBasedRenderer):
        for rule in r.rootRule().descendants():
            rule.setLabel(_wrap_text(rule.label(), width))


def _open_vector(source, name):
    if not source or not isinstance(source, str) or source.startswith("memory"):
        return None
    path = source.split("|")[0]
    if not os.path.exists(path):
        return None
    layer = QgsVectorLayer(source, name, "ogr")
    if not layer.isValid() or layer.featureCount() > 300000:
        return None
    return layer


def _background(source):
    """A light grey street layer under the result (the run's network), or None."""
    layer = _open_vector(source, tr("Streets"))
    if layer is None:
        return None
    from qgis.core import QgsWkbTypes
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
        return None
    sym = QgsLineSymbol.createSimple({"line_color": "175,175,175", "line_width": "0.18"})
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    return layer


WATER_WORDS = ("water", "river", "rio", "agua", "hydro", "vesi", "水")


def _water(source):
    """Water bodies (a polygon layer whose name says water) in light blue, or None."""
    if not isinstance(source, str) or not any(w in source.lower() for w in WATER_WORDS):
        return None
    layer = _open_vector(source, tr("Water"))
    if layer is None:
        return None
    from qgis.core import QgsFillSymbol, QgsWkbTypes
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "198,219,239", "outline_style": "no"})))
    return layer


def context_sources(sources):
    """(streets source, zones source, water source) among the sources a result depends on (its
    run's inputs and their runs' inputs, ``project.report._sources_of``): the first walking
    network (a line layer with from/to nodes or the network's fields), the first zone polygons
    (a run's ZONES) and the first water layer."""
    from ..core import schema
    streets = zones = water = None
    for src in sources:
        if not isinstance(src, str) or not src or src.startswith("memory"):
            continue
        path = src.split("|")[0]
        if not os.path.exists(path) or path.lower().endswith((".tif", ".tiff", ".csv",
                                                              ".json", ".qpt", ".osm",
                                                              ".pbf")):
            continue
        layer = QgsVectorLayer(src, "probe", "ogr")
        if not layer.isValid():
            continue
        found = schema.detect(layer.fields().names())
        if streets is None and found and found[0] == "preparewalknetwork":
            streets = src
        elif water is None and _water(src) is not None:
            water = src
    return streets, zones, water


def _hide_gray_band(root, model=None):
    """A raster's legend starts with its band name ('Band 1 (Gray)'), which says nothing to a
    reader (the legend title names the layer): leave that line out."""
    from qgis.core import QgsMapLayerLegendUtils
    from qgis.PyQt.QtCore import Qt
    for node in root.findLayers():
        lyr = node.layer()
        if not isinstance(lyr, QgsRasterLayer) or lyr.legend() is None:
            continue
        nodes = lyr.legend().createLayerTreeModelLegendNodes(node)
        keep = []
        for i, n in enumerate(nodes):
            text = str(n.data(Qt.ItemDataRole.DisplayRole) or "")
            if not re.match(r"^(Band|Banda|Bande|波段)\s*\d+", text):
                keep.append(i)
        if len(keep) < len(nodes):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
            if model is not None:
                model.refreshLayerLegend(node)


def _fit(ext, width, height):
    """``ext`` grown to the map item's shape (setExtent would otherwise resize the item)."""
    ratio = width / height if height > 0 else 1.0
    w, h = ext.width(), ext.height()
    if w / max(h, 1e-9) < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = ext.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


class MapMaker:
    """Renders report maps with one template; keeps nothing between maps."""

    def __init__(self, template=TEMPLATE, attribution="", dpi=120):
        self.template_text = check_template(template)
        self.attribution = attribution
        self.dpi = dpi

    def _layout(self, project):
        layout = QgsPrintLayout(project)
        doc = QDomDocument()
        doc.setContent(self.template_text)
        _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
        if not ok:
            raise UrbanPlanError(tr("The layout template could not be loaded."))
        items = {i: layout.itemById(i) for i in ITEM_IDS}
        if items["map"] is None or not isinstance(items["map"], QgsLayoutItemMap):
            raise UrbanPlanError(tr("The layout template has no map item with the id 'map'."))
        return layout, items

    def _prepare(self, result_layers, title, subtitle, zones=None, zone_field=None,
                 background=None, atlas=False, water=None):
        project = QgsProject()
        layers = []
        for layer, name, record in result_layers:
            copy = _copy_layer(layer, name)
            if copy is None:
                continue
            apply_style(copy, record)
            wrap_legend(copy)
            layers.append(copy)
        if not layers:
            return None
        zcopy = None
        if zones is not None:
            zcopy = _copy_layer(zones, tr("Zones"))
            if zcopy is not None:
                style_zones(zcopy, zone_field, atlas=atlas)
                wrap_legend(zcopy)
        bg = _background(background)
        wt = _water(water)
        # drawn top first: zone outlines, points and lines, the streets (above polygons such
        # as hexagons, which would hide them), polygons, water
        from qgis.core import QgsWkbTypes
        poly = [x for x in layers if isinstance(x, QgsRasterLayer) or (
            QgsWkbTypes.geometryType(x.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry)]
        other = [x for x in layers if x not in poly]
        if bg is not None and poly:
            bg.renderer().symbol().setColor(QColor(90, 90, 90, 110))
        all_layers = ([zcopy] if zcopy else []) + other + ([bg] if bg else []) + poly + \
            ([wt] if wt else [])
        project.addMapLayers(all_layers)
        layout, items = self._layout(project)
        crs = _map_crs(layers)
        m = items["map"]
        m.setCrs(crs)
        m.setLayers(all_layers)
        m.setKeepLayerSet(True)
        ext = QgsRectangle(_extent_in(layers[0], crs))
        for extra in layers[1:]:
            ext.combineExtentWith(_extent_in(extra, crs))
        if ext.isEmpty():
            ext.grow(100.0)
        ext.scale(1.06)
        m.setExtent(_fit(ext, m.rect().width(), m.rect().height()))
        if items["title"] is not None:
            items["title"].setText(title)
        if items["subtitle"] is not None:
            items["subtitle"].setText(subtitle or "")
        if items["attribution"] is not None:
            items["attribution"].setText(self.attribution)
        legend = items["legend"]
        if isinstance(legend, QgsLayoutItemLegend):
            legend.setAutoUpdateModel(False)
            legend.setWrapString(WRAP)
            legend.setTitle(tr("Legend"))
            root = legend.model().rootGroup()
            root.clear()
            for lyr in layers + ([zcopy] if zcopy else []) + ([bg] if bg else []) + \
                    ([wt] if wt else []):
                root.addChildNode(QgsLayerTreeLayer(lyr))
            _hide_gray_band(root, legend.model())
            legend.setLinkedMap(m)
            legend.refresh()
        sb = items["scalebar"]
        if isinstance(sb, QgsLayoutItemScaleBar):
            sb.setLinkedMap(m)
            unit = "kilometers" if ext.width() > 4000 else "meters"  # a projected CRS in m
            sb.setUnits(distance_unit(unit))
            sb.setUnitLabel("km" if unit == "kilometers" else "m")
            sb.setMapUnitsPerScaleBarUnit(1000.0 if unit == "kilometers" else 1.0)
            sb.applyDefaultSize(distance_unit(unit))
            sb.update()
        arrow = items["north_arrow"]
        if isinstance(arrow, QgsLayoutItemPicture):
            if not arrow.picturePath() or not (arrow.picturePath().startswith("base64:")
                                               or os.path.exists(arrow.picturePath())):
                arrow.setPicturePath(north_arrow_source())
            arrow.setLinkedMap(m)
        return project, layout, items, zcopy

    def render(self, result_layers, path, title, subtitle="", zones=None, zone_field=None,
               background=None, water=None):
        """One map (PNG at ``path``) of ``result_layers`` [(layer, legend name, run record)];
        None when nothing could be drawn."""
        prep = self._prepare(result_layers, title, subtitle, zones, zone_field, background,
                             water=water)
        if prep is None:
            return None
        _project, layout, _items, _z = prep
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), self.dpi)
        if image.isNull() or not image.save(path, "PNG"):
            raise UrbanPlanError(tr("The map '{t}' could not be drawn.").format(t=title))
        return path

    def render_atlas(self, result_layers, folder, title, zones, zone_field, background=None,
                     prefix="zone", water=None):
        """One page per zone through the layout atlas: {zone name: PNG path}."""
        prep = self._prepare(result_layers, title, "", zones, zone_field, background, atlas=True,
                             water=water)
        if prep is None:
            return {}
        _project, layout, items, zcopy = prep
        if zcopy is None:
            return {}
        atlas = layout.atlas()
        atlas.setCoverageLayer(zcopy)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        atlas.setPageNameExpression(f'"{zone_field}"')
        m = items["map"]
        m.setAtlasDriven(True)
        m.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        m.setAtlasMargin(0.12)
        if items["title"] is not None:
            items["title"].setText(f"{title} — [% \"{zone_field}\" %]")
        out = {}
        if not atlas.beginRender():
            return out
        exporter = QgsLayoutExporter(layout)
        ok = atlas.first()
        i = 0
        while ok:
            name = atlas.nameForPage(atlas.currentFeatureNumber()) or str(i + 1)
            path = os.path.join(folder, f"{prefix}_{i + 1:03d}.png")
            image = exporter.renderPageToImage(0, QSize(), self.dpi)
            if not image.isNull() and image.save(path, "PNG"):
                out[str(name)] = path
            i += 1
            ok = atlas.next()
        atlas.endRender()
        return out
