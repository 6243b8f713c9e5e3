"""urbanplan:preparewalknetwork — street lines to a routable walking network."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..core.network.build import build_network
from ..core.network.osm import filter_description
from ..qgis_io.layers import (
    LINE_TAG_FIELDS,
    check_source,
    engine_errors,
    network_fields,
    read_street_lines,
    working_crs,
    write_network,
)
from ..qgis_io.network_store import store_prepared_output
from .base import UrbanPlanAlgorithm, tr_noop


class PrepareWalkNetwork(UrbanPlanAlgorithm):
    NAME = "preparewalknetwork"
    GROUP = "prepare"

    INPUT = "INPUT"
    OSM_FILTER = "OSM_FILTER"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Prepare walking network")

    def shortDescription(self):  # noqa: N802
        return self.tr("Turn street lines into a routable walking network with node ids, lengths "
                       "in metres and connected components.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Builds the walking network every other UrbanPlan analysis uses.\n\n"
            "Nodes are made at line ends and wherever lines share a vertex; vertices closer than "
            "the snapping tolerance are merged first. Lines are split at the nodes, so each output "
            "edge is the stretch of a street between two junctions. Lines that cross without a "
            "shared vertex (bridges, tunnels) stay unconnected, as on the ground.\n\n"
            "Lengths are in metres in a projected CRS: the target CRS if you give one, the layer's "
            "own CRS if it is projected, otherwise the local UTM zone (the log says which).\n\n"
            "OSM filter: for layers with a 'highway' field (such as an OSM file's 'lines' layer) "
            "only ways a pedestrian may use are kept. {rule}\n\n"
            "Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the "
            "largest connected piece), plus the counts of edges, nodes and components, the share "
            "of length in the largest component and the total length in km. A disconnected "
            "network is reported, never hidden: check the components before analysing access."
        ).format(rule=filter_description())

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Street or path lines"),
            [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OSM_FILTER, self.tr("Keep only walkable OpenStreetMap ways (needs a 'highway' "
                                     "field)"),
            defaultValue=True))
        self.add_number(self.SNAP_TOLERANCE, self.tr("Snapping tolerance (m)"),
                        tr_noop("snapping tolerance"), "m", 0.5, above=False)
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Target CRS (projected; empty = layer CRS or local UTM)"),
            optional=True))
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
        source = self.parameterAsSource(parameters, self.INPUT, context)
        check_source(source, self.tr("street lines"), QgsWkbTypes.GeometryType.LineGeometry)
        tolerance = self.read_number(parameters, self.SNAP_TOLERANCE, context)
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        from ..qgis_io.ways import WayTags
        ways = WayTags()   # the lines' OSM tags go into the output, for the travel profiles
        osm_filter = self.parameterAsBoolean(parameters, self.OSM_FILTER, context)
        if osm_filter and "highway" not in source.fields().names():
            feedback.pushInfo(self.tr("The layer has no 'highway' field, so the OSM filter "
                                      "was not applied: every line is treated as walkable."))

        def choose_crs(extent):
            return working_crs(source.sourceCrs(), extent, target, feedback,
                               self.tr("street lines"))

        # one pass: extent, OSM filter and lines (in bulk through OGR when QGIS would read
        # the same file)
        lines, _, crs = read_street_lines(
            source, choose_crs, context, feedback, ways, osm_filter,
            self.bulk_source(parameters, self.INPUT, context, LINE_TAG_FIELDS))
        if feedback.isCanceled():
            return {}
        if len(lines) == 0:
            raise QgsProcessingException(self.tr(
                "No walkable line is left: the layer's features are empty or were all removed by "
                "the OSM filter. Untick the OSM filter or choose a street layer."))
        with engine_errors():
            net = build_network(lines, tolerance=tolerance, crs=crs.authid())
        for line in net.log:
            feedback.pushInfo(line)
        sink, dest = self.sink(parameters, self.OUTPUT, context,
                               network_fields(tags=ways.available),
                               QgsWkbTypes.Type.LineString, crs)
        write_network(net, sink, feedback, ways)
        del sink  # closes the file, so the network arrays can be stored with the edges
        store_prepared_output(dest, net, feedback)
        summary = net.summary()
        feedback.pushInfo(self.tr(
            "Walking network: {edges} edges, {nodes} nodes, {comp} component(s), "
            "{share:.1f}% of the length in the largest, {km:.2f} km in all.").format(
            edges=summary["EDGE_COUNT"], nodes=summary["NODE_COUNT"], comp=summary["COMPONENTS"],
            share=100 * summary["LARGEST_COMPONENT_SHARE"], km=summary["TOTAL_LENGTH_KM"]))
        return {self.OUTPUT: dest, **summary}

