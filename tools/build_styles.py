"""Write the shipped layer styles (resources/styles/*.qml) and the report layout template
(resources/layouts/urbanplan_report.qpt). Run once after changing a colour here; the outputs are
committed. Trainers may also restyle a layer in QGIS and save the style over a .qml file.

Colours: ColorBrewer schemes (Cynthia Brewer, colorbrewer2.org): RdYlGn for walk times (green
within the threshold, orange to dark red beyond), Blues for water depth, RdBu for changes (blue =
better, red = worse, the convention of the scenario docks), Greens for coverage of service areas.
The legend labels written here are placeholders: project/styles.py sets them at run time, in the
interface language, with the run's threshold.

    .venv/bin/python tools/build_styles.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STYLES = os.path.join(ROOT, "resources", "styles")

GREY_NULL = "#cfcfcf"
WALK_TIME = ("#1a9850", "#66bd63", "#d9ef8b", "#fdae61", "#f46d43", "#a50026")
SCORE = ("#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850")
SUPPLY = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")
EAD = ("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15")
DEPTH = (("not_exposed", "#f0f0f0"), ("low", "#9ecae1"), ("medium", "#4292c6"),
         ("high", "#08519c"), ("very_high", "#08306b"), ("outside_hazard", "#ffffff"))
BANDS = ("#1a9850", "#a6d96a", "#e6f5d0")


def main():
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsColorRampShader,
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMapLayer,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRasterLayer,
        QgsRasterShader,
        QgsRendererCategory,
        QgsRuleBasedRenderer,
        QgsSingleBandPseudoColorRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(STYLES, exist_ok=True)
    cats = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling

    def fill(colour, outline="110,110,110", width="0.1", style="solid", alpha=255):
        c = QColor(colour)
        return QgsFillSymbol.createSimple({
            "color": f"{c.red()},{c.green()},{c.blue()},{alpha}", "outline_color": outline,
            "outline_width": width, "style": style})

    def layer(geom, fields):
        spec = f"{geom}?crs=EPSG:3857" + "".join(f"&field={n}:{t}" for n, t in fields)
        return QgsVectorLayer(spec, "style", "memory")

    def save(lyr, name):
        path = os.path.join(STYLES, f"{name}.qml")
        msg, ok = lyr.saveNamedStyle(path, cats)
        if not ok:
            raise SystemExit(f"could not write {path}: {msg}")
        print("wrote", os.path.relpath(path, ROOT))

    def ramp_rules(field, colours, bounds, labels, null_label, symbol=fill):
        root = QgsRuleBasedRenderer.Rule(None)
        for i, colour in enumerate(colours):
            lo, hi = bounds[i], bounds[i + 1]
            expr = (f'"{field}" > {lo}' if hi is None else
                    f'"{field}" >= {lo} AND "{field}" <= {hi}' if i == 0 else
                    f'"{field}" > {lo} AND "{field}" <= {hi}')
            root.appendChild(QgsRuleBasedRenderer.Rule(symbol(colour), 0, 0, expr, labels[i]))
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol(GREY_NULL), 0, 0, "ELSE", null_label))
        return QgsRuleBasedRenderer(root)

    # walk times: 6 classes for a 15-minute threshold (scaled at run time), NULL grey
    lyr = layer("Polygon", [("time_min", "double")])
    lyr.setRenderer(ramp_rules("time_min", WALK_TIME, [0, 5, 10, 15, 22.5, 30, None],
                               ["0-5 min", "5-10 min", "10-15 min (threshold)",
                                "15-22.5 min", "22.5-30 min", "more than 30 min"],
                               "not reachable"))
    save(lyr, "walk_time")
    lyr = layer("Polygon", [("score", "double")])
    lyr.setRenderer(ramp_rules("score", SCORE, [0, 25, 50, 75, 99.999, 100],
                               ["0-25", "25-50", "50-75", "75-99", "100"], "off the network"))
    save(lyr, "score")
    lyr = layer("Polygon", [("access_per_1000", "double")])
    lyr.setRenderer(ramp_rules("access_per_1000", SUPPLY, [0, 1, 2, 3, 4, 5],
                               ["q1", "q2", "q3", "q4", "q5"], "no facility in reach"))
    save(lyr, "quantiles")
    lyr = layer("Polygon", [("ead", "double")])
    lyr.setRenderer(ramp_rules("ead", EAD, [0, 1, 2, 3, 4, 5], ["q1", "q2", "q3", "q4", "q5"],
                               "no value"))
    save(lyr, "ead")

    def categorized(field, items, symbol=fill):
        return QgsCategorizedSymbolRenderer(
            field, [QgsRendererCategory(v, symbol(c) if isinstance(c, str) else c, label)
                    for v, c, label in items])

    lyr = layer("Polygon", [("covered", "integer")])
    lyr.setRenderer(categorized("covered", [(1, "#2166ac", "within reach"),
                                            (0, "#f4a582", "not within reach"),
                                            ("", GREY_NULL, "not on the network")]))
    save(lyr, "coverage")
    lyr = layer("Polygon", [("lost_any", "integer")])
    lyr.setRenderer(categorized("lost_any", [(1, "#b2182b", "loses access"),
                                             (0, "#e0e0e0", "keeps access"),
                                             ("", "#f7f7f7", "not on the network")]))
    save(lyr, "lost_access")

    def marker(name, size="3"):
        def make(colour):
            return QgsMarkerSymbol.createSimple({"name": name, "color": colour, "size": size,
                                                 "outline_color": "60,60,60",
                                                 "outline_width": "0.2"})
        return make

    lyr = layer("Point", [("cut_off", "integer")])
    lyr.setRenderer(categorized("cut_off", [
        (1, QgsMarkerSymbol.createSimple({"name": "cross2", "color": "#b2182b", "size": "4",
                                          "outline_color": "#b2182b", "outline_width": "0.8"}),
         "cut off"), (0, "#525252", "still reached"), ("", "#bdbdbd", "not on the network")],
        symbol=marker("circle", "2.4")))
    save(lyr, "cut_off")

    def line(width):
        def make(colour):
            return QgsLineSymbol.createSimple({"line_color": colour, "line_width": width})
        return make

    lyr = layer("LineString", [("impassable", "integer")])
    lyr.setRenderer(categorized("impassable", [
        (1, QgsLineSymbol.createSimple({"line_color": "#b2182b", "line_width": "1.1"}),
         "impassable"), (0, "#bdbdbd", "passable")], symbol=line("0.3")))
    save(lyr, "impassable")

    lyr = layer("Polygon", [("depth_class", "string")])
    items = [(v, fill(c, style="solid") if v != "outside_hazard" else
              fill(c, outline="150,150,150", width="0.2", style="no"), v) for v, c in DEPTH]
    items.append(("", GREY_NULL, "no value"))
    lyr.setRenderer(categorized("depth_class", items))
    save(lyr, "depth_classes")

    # changes: the scenario docks' colours (project/styles.py COLOURS), blue = better, red = worse
    from urbanplan_plugin.core.scenarios.compare import CHANGE_DETAILS
    colours = {"newly_unreachable": "#b2182b", "newly_affected": "#b2182b", "worse": "#ef8a62",
               "mixed": "#c2a5cf", "same": "#d9d9d9", "better": "#67a9cf",
               "newly_reachable": "#2166ac", "no_longer_affected": "#2166ac",
               "no_data": "#f7f7f7", "newly_covered": "#2166ac", "no_longer_covered": "#b2182b"}
    order = list(CHANGE_DETAILS) + ["newly_covered", "no_longer_covered"]
    lyr = layer("Polygon", [("change_detail", "string")])
    lyr.setRenderer(categorized("change_detail", [(k, colours.get(k, "#969696"),
                                                   k.replace("_", " ")) for k in order]
                                + [("", GREY_NULL, "no data")]))
    save(lyr, "change")

    lyr = layer("Polygon", [("band_min", "double")])
    lyr.setRenderer(categorized("band_min", [
        (v, fill(c, outline="80,120,80", width="0.2", alpha=200), f"within {v:g} min")
        for v, c in zip((5.0, 10.0, 15.0), BANDS)]))
    save(lyr, "service_bands")

    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsLineSymbol.createSimple({"line_color": "#1f3c88", "line_width": "0.3"}), 0, 0,
        '"component" = 0', "main network"))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsLineSymbol.createSimple({"line_color": "#f08c00", "line_width": "0.6"}), 0, 0,
        "ELSE", "other pieces"))
    lyr = layer("LineString", [("component", "integer")])
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    save(lyr, "network")

    def single(sym, label, geom, fields, name, labeling_field=None):
        r = QgsRuleBasedRenderer.Rule(None)
        r.appendChild(QgsRuleBasedRenderer.Rule(sym, 0, 0, "", label))
        lyr = layer(geom, fields)
        lyr.setRenderer(QgsRuleBasedRenderer(r))
        if labeling_field:
            s = QgsPalLayerSettings()
            s.fieldName = labeling_field
            fmt = QgsTextFormat()
            font = QFont("DejaVu Sans")
            font.setBold(True)
            fmt.setFont(font)
            fmt.setSize(9)
            fmt.setColor(QColor("#3f007d"))
            buf = QgsTextBufferSettings()
            buf.setEnabled(True)
            buf.setSize(1.0)
            buf.setColor(QColor("white"))
            fmt.setBuffer(buf)
            s.setFormat(fmt)
            s.placement = QgsPalLayerSettings.Placement.AroundPoint \
                if hasattr(QgsPalLayerSettings, "Placement") else 0
            s.dist = 1.5
            lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
            lyr.setLabelsEnabled(True)
        save(lyr, name)

    single(QgsMarkerSymbol.createSimple({"name": "star", "color": "#6a3d9a", "size": "6",
                                         "outline_color": "white", "outline_width": "0.3"}),
           "suggested site", "Point", [("rank", "integer")], "sites", labeling_field="rank")
    single(fill("#fdae61", outline="#d95f02", width="0.3", style="b_diagonal"),
           "not covered by any park", "Polygon", [("reason", "string")], "underserved")
    single(QgsMarkerSymbol.createSimple({"name": "circle", "color": "#1b7837", "size": "1.6",
                                         "outline_color": "white", "outline_width": "0.2"}),
           "entrance", "Point", [("open_space_fid", "integer")], "entrances")

    # zones: outlines; the current atlas zone in bold (rule switched on for atlas pages)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000",
                                    "outline_width": "0.9"}), 0, 0,
        "$id = @atlas_featureid", "this zone"))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "#4d4d4d",
                                    "outline_width": "0.35", "outline_style": "dash"}), 0, 0,
        "ELSE", "zones"))
    lyr = layer("Polygon", [("name", "string")])
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    s = QgsPalLayerSettings()
    s.fieldName = "name"
    fmt = QgsTextFormat()
    fmt.setSize(8)
    fmt.setColor(QColor("#333333"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    s.setFormat(fmt)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
    lyr.setLabelsEnabled(True)
    save(lyr, "zones")

    # water depth raster: InaSAFE classes, discrete
    import numpy as np
    from osgeo import gdal, osr
    tmp = os.path.join(STYLES, "_tmp_depth.tif")
    ds = gdal.GetDriverByName("GTiff").Create(tmp, 2, 2, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 1, 0, 2, 0, -1))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.array([[0.05, 0.5], [1.0, 2.0]], dtype=np.float32))
    ds = None
    rl = QgsRasterLayer(tmp, "depth")
    shader_fn = QgsColorRampShader()
    shader_fn.setColorRampType(QgsColorRampShader.Type.Discrete)
    shader_fn.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(0.1, QColor(222, 235, 247, 150), "under 0.1 m"),
        QgsColorRampShader.ColorRampItem(0.7, QColor("#9ecae1"), "0.1-0.7 m"),
        QgsColorRampShader.ColorRampItem(1.5, QColor("#4292c6"), "0.7-1.5 m"),
        QgsColorRampShader.ColorRampItem(float("inf"), QColor("#08306b"), "more than 1.5 m")])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    renderer = QgsSingleBandPseudoColorRenderer(rl.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(3.0)
    rl.setRenderer(renderer)
    path = os.path.join(STYLES, "flood_depth.qml")
    msg, ok = rl.saveNamedStyle(path, QgsMapLayer.StyleCategory.Symbology)
    print("wrote", os.path.relpath(path, ROOT), ok, msg)
    del rl
    os.remove(tmp)

    from urbanplan_plugin.project.report_maps import save_default_template
    print("wrote", os.path.relpath(save_default_template(), ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()
