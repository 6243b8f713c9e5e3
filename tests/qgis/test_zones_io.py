"""qgis_io.zones: zone layers read as WKB arrays and handed to the engine's one point-in-zone
rule, so fifteenminutecity's summary zones, the report's zones and the engine's (sdg1171,
floodexposure) put a border point in the same zone."""
import numpy as np

from conftest import memory_layer

CRS = "EPSG:32635"


def zones_layer():
    # west | east share the side x = 300; north-east touches east only at the vertex (1000, 1000)
    return memory_layer("Polygon", CRS, [
        ("Polygon((0 0, 300 0, 300 1000, 0 1000, 0 0))", ["west"]),
        ("Polygon((300 0, 1000 0, 1000 1000, 300 1000, 300 0))", ["east"]),
        ("Polygon((1000 1000, 1400 1000, 1400 1400, 1000 1400, 1000 1000))", ["north-east"]),
        (None, ["no geometry"]),
        ("Polygon((2000 0, 2100 0, 2100 100, 2000 100, 2000 0))", [None]),
    ], fields=[("name", "string")])


POINTS = np.array([[300, 500],     # on the shared side: west (first in feature order)
                   [300, 0],       # on a vertex of both: west
                   [1000, 1000],   # on the vertex east and north-east share: east
                   [1000, 1200],   # on north-east's edge: north-east
                   [0, 0],         # the outer corner of the study area: inside west
                   [150, 500], [600, 500], [1200, 1200],
                   [2050, 50],     # a zone whose name is NULL
                   [5000, 5000],   # outside every zone
                   [np.nan, np.nan]], dtype=float)
EXPECTED = ["west", "west", "east", "north-east", "west", "west", "east", "north-east",
            "(no zone name)", None, None]


def test_border_and_vertex_points_follow_the_one_rule(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem

    from urbanplan_plugin.qgis_io.zones import zone_of_points
    got = zone_of_points(POINTS, zones_layer(), "name", QgsCoordinateReferenceSystem(CRS))
    assert list(got) == EXPECTED


def test_qgis_and_engine_callers_agree(qgis_app):
    """The engine's callers get shapely polygons (sdg1171) or a PolygonSet from WKB (flood);
    the answer is the one qgis_io gives for the layer."""
    from qgis.core import QgsCoordinateReferenceSystem
    from shapely import wkb

    from urbanplan_plugin.core.geometry.wkb import polygons_from_wkb
    from urbanplan_plugin.core.geometry.zones import points_in_polygons
    from urbanplan_plugin.core.publicspace.common import zone_labels
    from urbanplan_plugin.qgis_io.zones import read_zone_polygons
    layer = zones_layer()
    polys, labels = read_zone_polygons(layer, "name", QgsCoordinateReferenceSystem(CRS))
    assert labels == ["west", "east", "north-east", "no geometry", "(no zone name)"]
    feats = [f for f in layer.getFeatures() if not f.geometry().isNull()]
    shapes = [wkb.loads(bytes(f.geometry().asWkb())) for f in feats]
    names = [name for name in labels if name != "no geometry"]
    by_shapely = zone_labels(POINTS, shapes, names)
    assert [None if v is None else str(v) for v in by_shapely] == EXPECTED
    flood_polys = polygons_from_wkb([bytes(f.geometry().asWkb()) for f in feats])
    idx = points_in_polygons(POINTS, flood_polys)
    assert [names[i] if i >= 0 else None for i in idx] == EXPECTED
    assert points_in_polygons(POINTS, polys).tolist() == [0, 0, 1, 2, 0, 0, 1, 2, 4, -1, -1]


def test_zones_in_another_crs_are_reprojected(qgis_app):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
    )

    from urbanplan_plugin.qgis_io.zones import zone_of_points
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS),
                                    QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsProject.instance())
    feats = []
    for wkt, name in (("Polygon((0 0, 300 0, 300 1000, 0 1000, 0 0))", "west"),
                      ("Polygon((300 0, 1000 0, 1000 1000, 300 1000, 300 0))", "east")):
        g = QgsGeometry.fromWkt(wkt)
        g.transform(to_wgs)
        feats.append((g.asWkt(17), [name]))
    layer = memory_layer("Polygon", "EPSG:4326", feats, fields=[("name", "string")])
    got = zone_of_points(np.array([[150.0, 500.0], [600.0, 500.0], [5000.0, 0.0]]), layer,
                         "name", QgsCoordinateReferenceSystem(CRS))
    assert list(got) == ["west", "east", None]
