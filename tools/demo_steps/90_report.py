"""The report for the sample city: every São Paulo result the earlier steps wrote (15-minute
city, service areas, accessibility grid, supply and demand, flood extent and exposure, flood
disruption, public space and scenario results when their steps ran) in one HTML file and one PDF,
with a page per zone (four quadrants of the sample area, drawn here: they are not districts)."""
import glob
import json
import os

SAO_PAULO_BOX = (329900.0, 7391900.0, 336300.0, 7398300.0)
SKIP = ("preparewalknetwork",)   # the network is every map's background, not a result


def _quadrants(path):
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsRectangle,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    lyr = QgsVectorLayer("Polygon?crs=EPSG:32723&field=name:string", "zones", "memory")
    x0, y0, x1, y1 = SAO_PAULO_BOX
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    feats = []
    for name, box in (("North-west", (x0, ym, xm, y1)), ("North-east", (xm, ym, x1, y1)),
                      ("South-west", (x0, y0, xm, ym)), ("South-east", (xm, y0, x1, ym))):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*box)))
        f.setAttributes([name])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(lyr, path, QgsCoordinateTransformContext(), opts)
    return path


def _candidates(ctx):
    """Every layer source the earlier steps produced: their results, then the files written."""
    out = []

    def add(v):
        if isinstance(v, dict):
            for x in v.values():
                add(x)
        elif isinstance(v, str) and v not in out:
            out.append(v)
    add(ctx.results)
    from osgeo import ogr
    for path in sorted(glob.glob(str(ctx.out / "sao_paulo_*.gpkg"))):
        ds = ogr.Open(path)
        if ds is None:
            continue
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        ds = None
        for name in names:
            add(f"{path}|layername={name}")
    for path in sorted(glob.glob(str(ctx.out / "sao_paulo_*.csv"))):
        add(path)
    for path in sorted(glob.glob(str(ctx.out / "*.tif"))):
        if "depth" in os.path.basename(path) or "flood" in os.path.basename(path):
            add(path)
    return out


def _recognised(sources):
    """[(source, analysis, output)] of the sources that are São Paulo UrbanPlan results."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
        QgsVectorLayer,
    )

    from urbanplan_plugin.project.report import identify
    from urbanplan_plugin.project.runs import destination_key, run_of_layer
    box = QgsRectangle(*SAO_PAULO_BOX)
    utm = QgsCoordinateReferenceSystem("EPSG:32723")
    seen, out = set(), []
    for src in sources:
        key = destination_key(src)
        if key is None or not os.path.exists(key[0]):
            continue
        # 'x.gpkg' and 'x.gpkg|layername=x' are the same layer
        key = (key[0], key[1] or os.path.splitext(os.path.basename(key[0]))[0])
        if key in seen:
            continue
        if src.lower().endswith((".tif", ".tiff")):
            layer = QgsRasterLayer(src, "r", "gdal")
        else:
            layer = QgsVectorLayer(src, "v", "ogr")
        if not layer.isValid():
            continue
        run = run_of_layer(layer)
        found = identify(layer, run)
        if found is None or found[0] in SKIP:
            continue
        if run and "helsinki" in json.dumps(run.get("parameters") or {}).lower():
            continue        # the Helsinki examples belong to another city's report
        if layer.crs().isValid():   # tables have no CRS; layers must be in São Paulo
            ext = layer.extent()
            if layer.crs() != utm:
                ext = QgsCoordinateTransform(layer.crs(), utm, QgsProject.instance()) \
                    .transformBoundingBox(ext)
            if not ext.intersects(box):
                continue
        seen.add(key)
        out.append((src, found[0], found[1]))
    return out


def run(ctx):
    found = _recognised(_candidates(ctx))
    if not found:
        print("no São Paulo result to report on (run the other demo steps first)")
        return None
    zones = _quadrants(ctx.path("sao_paulo_report_zones.gpkg"))
    html, pdf = ctx.path("sao_paulo_report.html"), ctx.path("sao_paulo_report.pdf")
    res = ctx.run("report", {
        "RESULTS": [s for s, _a, _o in found], "ZONES": zones, "ZONE_FIELD": "name",
        "TITLE": "São Paulo sample city",
        "SUBTITLE": "UrbanPlan demo: walkability, public space and flood (synthetic flood "
                    "and shelters; zones are quadrants of the sample area)",
        "OUTPUT_HTML": html, "OUTPUT_PDF": pdf})
    ctx.results["report"] = res
    analyses = sorted({a for _s, a, _o in found})
    print(f"Report of {len(found)} result layers/tables from {len(analyses)} analyses: "
          + ", ".join(analyses))
    print(f"  sections: {res['SECTIONS']}, maps: {res['MAPS_DRAWN']}, zone pages: "
          f"{res['ZONE_PAGES']}")
    print(f"  HTML: {html} ({os.path.getsize(html) / 1e6:.1f} MB, charts and maps inside)")
    print(f"  PDF:  {pdf} ({os.path.getsize(pdf) / 1e6:.1f} MB)")
    return res
