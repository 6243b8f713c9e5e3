"""urbanplan:osmdestinations — daily-service destinations from an OpenStreetMap file."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..core.presets import load_osm_mapping
from ..qgis_io.layers import engine_errors
from ..qgis_io.points import representative_point
from ..qgis_io.walkability import osm_destination_fields, read_osm_destinations
from .base import UrbanPlanAlgorithm


class OsmDestinations(UrbanPlanAlgorithm):
    NAME = "osmdestinations"
    GROUP = "prepare"

    INPUT = "INPUT"
    MAPPING_FILE = "MAPPING_FILE"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def displayName(self):  # noqa: N802
        return self.tr("Destinations from OpenStreetMap")

    def shortDescription(self):  # noqa: N802
        return self.tr("Schools, clinics, shops, parks, transit stops... from an OSM file, with a "
                       "category field ready for the 15-minute-city analysis.")

    def shortHelpString(self):  # noqa: N802
        mapping = load_osm_mapping()
        cats = ", ".join(mapping.categories) or "-"
        return self.tr(
            "Reads the 'points' and 'multipolygons' layers of an OpenStreetMap file (.osm or "
            ".osm.pbf) and gives every feature whose tags match a rule a category.\n\n"
            "Rules (resources/presets/osm_categories.json, or your own file in the same layout) "
            "are tried in order; the first whose tags all match wins. They read amenity, shop, "
            "leisure, healthcare, public_transport, railway, highway=bus_stop and more. "
            "Categories: {cats}. Tag meanings follow the OSM wiki; the grouping into categories "
            "is an example to adapt. Transit follows SDG 11.2.1: bus and tram stops are "
            "'transit_low', rail, metro and ferry stops 'transit_high'.\n\n"
            "OUTPUT: one point per feature (polygons by their point on surface) with category, "
            "osm_id, name, access ('boundary' for parks and other places entered from any side) "
            "and the OSM layer. OUTPUT_AREAS (optional): the classified polygons themselves; use "
            "them as destinations to reach parks wherever their boundary meets a street.\n\n"
            "Then run '15-minute city' with DESTINATIONS = OUTPUT and CATEGORY_FIELD = category."
        ).format(cats=cats)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("OpenStreetMap file (.osm, .pbf)"),
            fileFilter=self.tr("OpenStreetMap files (*.osm *.pbf *.osm.pbf)")))
        self.addParameter(QgsProcessingParameterFile(
            self.MAPPING_FILE, self.tr("Tag-to-category rules (JSON; empty = shipped rules)"),
            optional=True, fileFilter=self.tr("JSON files (*.json)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Destinations (points)"),
            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Destination areas (polygons)"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("DESTINATION_COUNT",
                                                 self.tr("Number of destinations")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        mapping_path = self.parameterAsFile(parameters, self.MAPPING_FILE, context) or None
        with engine_errors():
            mapping = load_osm_mapping(mapping_path)
        rows, counts = read_osm_destinations(path, mapping, feedback)
        if feedback.isCanceled():
            return {}
        if not rows:
            raise QgsProcessingException(self.tr(
                "No feature of '{p}' matches a destination rule (no school, clinic, shop, park, "
                "transit stop...). Check the file, or load rules that fit its tags.").format(
                p=path))
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        fields = osm_destination_fields()
        sink, dest = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point,
                               wgs84)
        area_sink, area_dest = self.sink(parameters, self.OUTPUT_AREAS, context, fields,
                                         QgsWkbTypes.Type.MultiPolygon, wgs84, required=False)
        for i, (layer, geom, attrs) in enumerate(rows):
            if i % 1000 == 0:
                feedback.setProgress(90.0 + 10.0 * i / len(rows))
            feat = QgsFeature(fields)
            x, y = representative_point(geom)
            feat.setGeometry(QgsGeometry.fromWkt(f"Point ({x!r} {y!r})"))
            feat.setAttributes(attrs)
            sink.addFeature(feat)
            if area_sink is not None and layer == "multipolygons":
                area = QgsFeature(fields)
                area.setGeometry(geom)
                area.setAttributes(attrs)
                area_sink.addFeature(area)
        feedback.pushInfo(self.tr("Destinations per category: {c}.").format(
            c=", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
        out = {self.OUTPUT: dest, "DESTINATION_COUNT": len(rows)}
        if area_sink is not None:
            out[self.OUTPUT_AREAS] = area_dest
        return out
