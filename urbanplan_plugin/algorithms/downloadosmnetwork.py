"""urbanplan:downloadosmnetwork — walking network from OpenStreetMap through osmnx."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..core.network.osm import filter_description
from ..core.network.osm_download import (
    MAX_DOWNLOAD_AREA_KM2,
    download_walk_network,
    network_from_osm_xml,
    osmnx_missing,
)
from ..qgis_io.areas import extent_to_wgs84_wkt, polygons_to_wgs84_wkt
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
    network_fields,
    write_network,
)
from .base import UrbanPlanAlgorithm


class DownloadOsmNetwork(UrbanPlanAlgorithm):
    NAME = "downloadosmnetwork"
    GROUP = "prepare"

    EXTENT = "EXTENT"
    POLYGON = "POLYGON"
    OSM_FILE = "OSM_FILE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Download walking network from OpenStreetMap")

    def shortDescription(self):  # noqa: N802
        return self.tr("Download the walkable streets and paths of an area from OpenStreetMap "
                       "(osmnx, online) or read them from an .osm file, as a ready walking "
                       "network.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Gets the walking network of an area from OpenStreetMap with the osmnx library and "
            "writes it in the same form as 'Prepare walking network', ready for every other "
            "UrbanPlan analysis.\n\n"
            "Area: draw or choose an extent, or give a polygon layer (the union of its polygons "
            "is used; it wins over the extent). Online downloads are limited to {km2:g} km² "
            "(about 7 x 7 km, a district): larger areas are slow on the public Overpass server. "
            "For a whole city download an .osm.pbf extract and use 'Prepare walking network'.\n\n"
            "OSM file (optional, offline): an OpenStreetMap XML file (.osm, for example from "
            "openstreetmap.org > Export or JOSM) read instead of downloading; an extent or polygon "
            "then clips it.\n\n"
            "Walkability rule (the same as 'Prepare walking network'): {rule} Outlines of areas "
            "(area=yes, closed platforms) are not paths.\n\n"
            "Method: every highway way of the area is loaded, the rule removes the ones a "
            "pedestrian may not use, chains of street pieces between junctions are merged into "
            "one edge, and the result is projected to the local UTM zone, so lengths are in "
            "metres (the log names the zone).\n\n"
            "Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the "
            "largest connected piece), plus the number of edges, nodes and components, the share "
            "of length in the largest component and the total length in km.\n\n"
            "Needs the Python package osmnx (Debian/Ubuntu: apt install python3-osmnx) and, "
            "without an OSM file, an internet connection. Map data © OpenStreetMap contributors, "
            "ODbL."
        ).format(km2=MAX_DOWNLOAD_AREA_KM2, rule=filter_description())

    def canExecute(self):  # noqa: N802
        missing = osmnx_missing()
        if missing:
            return False, missing
        return True, ""

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Area extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POLYGON, self.tr("Area polygon(s) (optional, used instead of the extent)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.OSM_FILE, self.tr("OSM file (.osm XML, optional: read offline instead of "
                                   "downloading)"),
            behavior=QgsProcessingParameterFile.Behavior.File, optional=True,
            # .pbf is listed so that choosing one gets the explanation (use preparewalknetwork)
            # rather than Processing's generic "incorrect parameter value"
            fileFilter=self.tr("OpenStreetMap XML (*.osm *.xml *.bz2);;"
                               "OpenStreetMap PBF (*.pbf)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Walking network"), QgsProcessing.SourceType.TypeVectorLine))
        for key, label in (("EDGE_COUNT", self.tr("Number of edges")),
                           ("NODE_COUNT", self.tr("Number of nodes")),
                           ("COMPONENTS", self.tr("Connected components")),
                           ("LARGEST_COMPONENT_SHARE",
                            self.tr("Share of length in the largest component (0-1)")),
                           ("TOTAL_LENGTH_KM", self.tr("Total length (km)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        missing = osmnx_missing()
        if missing:
            raise QgsProcessingException(missing)
        osm_file = self.parameterAsFile(parameters, self.OSM_FILE, context)
        area = None
        polygons = self.parameterAsSource(parameters, self.POLYGON, context)
        if polygons is not None:
            check_source(polygons, self.tr("area polygon"),
                         QgsWkbTypes.GeometryType.PolygonGeometry)
            area = polygons_to_wgs84_wkt(polygons, context, feedback)
            if extent_to_wgs84_wkt(self, parameters, self.EXTENT, context) is not None:
                feedback.pushInfo(self.tr("Both an extent and area polygons were given: the "
                                          "polygons are used."))
        else:
            area = extent_to_wgs84_wkt(self, parameters, self.EXTENT, context)
        if area is None and not osm_file:
            raise QgsProcessingException(self.tr(
                "No area given: set 'Area extent' (draw it on the map or use a layer's extent) or "
                "choose an 'Area polygon' layer, or give an 'OSM file' to read offline."))
        progress = FeedbackProgress(feedback, 0.0, 60.0)
        feedback.setProgress(1)
        with engine_errors():
            if osm_file:
                net = network_from_osm_xml(osm_file, area=area, progress=progress)
            else:
                net = download_walk_network(area, progress=progress)
        if feedback.isCanceled():
            return {}
        for line in net.log:
            feedback.pushInfo(line)
        crs = QgsCoordinateReferenceSystem(net.crs)
        sink, dest = self.sink(parameters, self.OUTPUT, context, network_fields(),
                               QgsWkbTypes.Type.LineString, crs)
        write_network(net, sink, feedback)
        summary = net.summary()
        feedback.pushInfo(self.tr(
            "Walking network: {edges} edges, {nodes} nodes, {comp} component(s), "
            "{share:.1f}% of the length in the largest, {km:.2f} km in all.").format(
            edges=summary["EDGE_COUNT"], nodes=summary["NODE_COUNT"], comp=summary["COMPONENTS"],
            share=100 * summary["LARGEST_COMPONENT_SHARE"], km=summary["TOTAL_LENGTH_KM"]))
        return {self.OUTPUT: dest, **summary}
