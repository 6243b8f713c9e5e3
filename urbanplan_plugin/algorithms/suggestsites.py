"""urbanplan:suggestsites — where K new public spaces (or facilities) would bring the most
people within walking distance."""
import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.entrances import boundary_entrances
from ..core.network.snap import EdgeIndex
from ..core.publicspace.sdg1171 import DEFAULT_ENTRANCE_TOLERANCE_M
from ..core.publicspace.suggestsites import DEFAULT_SITING_DISTANCE_M, suggest_sites
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
)
from ..qgis_io.outputs import new_feature, schema_spec, table_fields
from ..qgis_io.points import read_points
from ..qgis_io.publicspace import (
    is_polygon_source,
    numeric_values,
    polygons_from_source,
)
from ..qgis_io.walkability import population_array
from .base import POINT_OR_POLYGON, POINT_OR_POLYGON_SOURCES, UrbanPlanAlgorithm, tr_noop

SITE_FIELDS = schema_spec("suggestsites", "OUTPUT", (
    S.RANK, S.CANDIDATE_FID, S.MARGINAL_GAIN, S.CUMULATIVE_COVERED, S.CUMULATIVE_SHARE_PCT,
    S.PRIORITY, S.WEIGHTED_GAIN))


class SuggestSites(UrbanPlanAlgorithm):
    NAME = "suggestsites"
    GROUP = "publicspace"

    DEMAND = "DEMAND"
    POPULATION_FIELD = "POPULATION_FIELD"
    EXISTING = "EXISTING"
    CANDIDATES = "CANDIDATES"
    PRIORITY_FIELD = "PRIORITY_FIELD"
    K = "K"
    DISTANCE_M = "DISTANCE_M"
    NETWORK = "NETWORK"
    ENTRANCE_TOLERANCE_M = "ENTRANCE_TOLERANCE_M"
    MAX_SNAP_M = "MAX_SNAP_M"
    FREE_CANDIDATES = "FREE_CANDIDATES"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Suggest sites for new public spaces")

    def shortDescription(self):  # noqa: N802
        return self.tr("Rank K sites (idle plots, parcels, or free locations) by how many people "
                       "not yet within walking distance they would serve.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Where would K new parks (or facilities of any kind) bring the most people within "
            "DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and "
            "Fortaleza cases)?\n\n"
            "1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, "
            "empty = 1 each) already within DISTANCE_M of an EXISTING facility along the "
            "network are served. Existing polygons (parks) are entered where their boundary "
            "meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).\n"
            "2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are "
            "entered from their boundary, like parks). Without candidates, locations are "
            "placed freely: the unserved people are grouped with weighted k-means "
            "(scikit-learn) and each group centre, moved to the nearest street, is a "
            "candidate.\n"
            "3. Each candidate's catchment (people within DISTANCE_M along the network) is "
            "found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule "
            "picks, K times, the candidate that adds the most unserved people (times its "
            "PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care "
            "demand, poverty and land availability), and marks them served.\n\n"
            "Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the "
            "best possible coverage with K sites, and usually much more.\n\n"
            "OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), "
            "cumulative_covered (people added by sites 1..rank), cumulative_share_pct (% of all "
            "people within reach after sites 1..rank, existing facilities included), priority "
            "and weighted_gain. Fewer than K sites are returned when the rest would serve nobody "
            "new. K larger than the number of candidates is an error."
        ).format(d=DEFAULT_SITING_DISTANCE_M, t=DEFAULT_ENTRANCE_TOLERANCE_M)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand: population (points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty = 1 person per feature)"),
            parentLayerParameterName=self.DEMAND,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXISTING, self.tr("Existing parks or facilities (optional)"),
            POINT_OR_POLYGON_SOURCES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate sites (idle plots, parcels; empty = free "
                                     "placement)"), POINT_OR_POLYGON_SOURCES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PRIORITY_FIELD, self.tr("Candidate priority field (weight, optional)"),
            parentLayerParameterName=self.CANDIDATES,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.K, self.tr("Number of sites K"), tr_noop("number of sites K"),
                        default=5, minimum=1, above=False, integer=True)
        self.add_number(self.DISTANCE_M, self.tr("Walking distance (m)"),
                        tr_noop("walking distance"), "m", DEFAULT_SITING_DISTANCE_M)
        self.add_network()
        self.add_entrance_tolerance(self.tr("Entrance tolerance for polygons (m)"))
        self.add_snap_distance(advanced=True)
        self.add_number(self.FREE_CANDIDATES, self.tr("Free placement: number of candidate "
                                                      "locations (0 = 8 x K, at least 40)"),
                        tr_noop("number of free candidate locations"), default=0, above=False,
                        integer=True, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Suggested sites"), QgsProcessing.SourceType.TypeVector))
        for key, label in (
                ("SITES", self.tr("Number of sites returned")),
                ("COVERED_BEFORE_PCT", self.tr("Population within reach before (%)")),
                ("COVERED_AFTER_PCT", self.tr("Population within reach with the new sites (%)")),
                ("NEW_COVERED", self.tr("People newly within reach"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_fragments()

    def _access_points(self, source, crs, index, tolerance, max_snap, context, feedback, what):
        """(xy, owner, fids, n) of a point or polygon source (polygons: boundary entrances)."""
        if is_polygon_source(source):
            log = []
            geoms, fids, _ = polygons_from_source(source, crs, what, log, context, feedback)
            for line in log:
                feedback.pushWarning(line)
            xy, owner, _, _ = boundary_entrances(geoms, index, tolerance, max_snap)
            return xy, owner, fids, len(fids)
        pts = read_points(source, crs, context, feedback)
        ok = np.isfinite(pts.xy).all(axis=1)
        return pts.xy[ok], np.flatnonzero(ok), pts.fids, len(pts.fids)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        demand_src = self.parameterAsSource(parameters, self.DEMAND, context)
        existing_src = self.parameterAsSource(parameters, self.EXISTING, context)
        cand_src = self.parameterAsSource(parameters, self.CANDIDATES, context)
        check_source(demand_src, self.tr("demand"), POINT_OR_POLYGON)
        if existing_src is not None:
            check_source(existing_src, self.tr("existing facilities"), POINT_OR_POLYGON,
                         allow_empty=True)
        if cand_src is not None:
            check_source(cand_src, self.tr("candidates"), POINT_OR_POLYGON)
        k = self.read_number(parameters, self.K, context)
        distance = self.read_number(parameters, self.DISTANCE_M, context)
        if cand_src is not None and k > cand_src.featureCount():
            raise QgsProcessingException(self.tr(
                "K = {k} sites were asked for, but the candidate layer has only {n} feature(s). "
                "Lower K or add candidates (or leave the candidates empty for free placement)."
            ).format(k=k, n=cand_src.featureCount()))
        tolerance = self.read_number(parameters, self.ENTRANCE_TOLERANCE_M, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        n_free = self.read_number(parameters, self.FREE_CANDIDATES, context) or None
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        prio_field = self.parameterAsString(parameters, self.PRIORITY_FIELD, context) or None

        net, crs = self.read_network(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(10)
        index = EdgeIndex(net, **self.read_fragments(parameters, context))
        dpts = read_points(demand_src, crs, context, feedback, fields=[pop_field])
        pop = population_array(dpts, pop_field, self.tr("population field '{f}'").format(
            f=pop_field))
        with engine_errors():
            ex_xy = None
            if existing_src is not None and existing_src.featureCount() > 0:
                ex_xy, _, _, _ = self._access_points(existing_src, crs, index, tolerance,
                                                     max_snap, context, feedback,
                                                     self.tr("existing facility"))
            c_xy = c_owner = c_fids = prio = None
            n_cand = None
            if cand_src is not None:
                c_xy, c_owner, c_fids, n_cand = self._access_points(
                    cand_src, crs, index, tolerance, max_snap, context, feedback,
                    self.tr("candidate"))
                if prio_field:
                    prio = self._priorities(cand_src, prio_field, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)
        with engine_errors():
            res = suggest_sites(net, dpts.xy, pop, k, distance, existing_xy=ex_xy,
                                candidates_xy=c_xy, candidate_owner=c_owner,
                                n_candidates=n_cand if cand_src is not None else n_free,
                                priority=prio, max_snap_m=max_snap, index=index,
                                progress=FeedbackProgress(feedback, 20.0, 95.0))
        if res is None or feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        return self._write(parameters, context, feedback, res, cand_src, c_fids, prio, crs,
                           distance)

    def _priorities(self, cand_src, prio_field, crs, context, feedback):
        pts = read_points(cand_src, crs, context, feedback, fields=[prio_field])
        prio = numeric_values(pts.attrs[prio_field], prio_field, pts.fids)
        if (prio < 0).any():
            raise QgsProcessingException(self.tr(
                "The priority field '{f}' has negative values; priorities must be zero or "
                "more.").format(f=prio_field))
        return prio

    def _write(self, parameters, context, feedback, res, cand_src, c_fids, prio, crs, distance):
        fields = table_fields(SITE_FIELDS)
        ranked = res.ranked
        if cand_src is not None:
            sink, dest = self.sink(parameters, self.OUTPUT, context, fields,
                                   cand_src.wkbType(), cand_src.sourceCrs())
            wanted = {int(c_fids[s]): r for r, s in enumerate(ranked.site)}
            geoms = {}
            if wanted:
                req = QgsFeatureRequest().setFilterFids(list(wanted))
                for feat in cand_src.getFeatures(req):
                    geoms[feat.id()] = QgsGeometry(feat.geometry())
            for r, s in enumerate(ranked.site):
                fid = int(c_fids[s])
                p = 1.0 if prio is None else float(prio[s])
                sink.addFeature(self._site(fields, geoms.get(fid, QgsGeometry()), r, fid,
                                           ranked, res, p))
        else:
            sink, dest = self.sink(parameters, self.OUTPUT, context, fields,
                                   QgsWkbTypes.Type.Point, crs)
            for r, s in enumerate(ranked.site):
                x, y = res.candidate_xy[s]
                geom = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
                sink.addFeature(self._site(fields, geom, r, None, ranked, res, 1.0))
        total = res.total_people
        before = 100.0 * res.served_before / total if total > 0 else None
        after = 100.0 * res.served_after / total if total > 0 else None
        feedback.pushInfo(self.tr(
            "{n} site(s): people within {d:g} m from {b} to {a} of {t:,.0f} (+{g:,.0f}).").format(
            n=len(ranked.site), d=distance, b="-" if before is None else f"{before:.1f}%",
            a="-" if after is None else f"{after:.1f}%", t=total,
            g=res.served_after - res.served_before))
        for r in range(len(ranked.site)):
            feedback.pushInfo(self.tr("  #{r}: +{g:,.0f} people (cumulative {c:,.0f}, "
                                      "{s:.1f}%)").format(
                r=r + 1, g=ranked.gain[r], c=ranked.cumulative[r],
                s=res.cumulative_share_pct[r]))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "SITES": len(ranked.site), "COVERED_BEFORE_PCT": before,
                "COVERED_AFTER_PCT": after,
                "NEW_COVERED": res.served_after - res.served_before}

    @staticmethod
    def _site(fields, geom, r, fid, ranked, res, prio):
        return new_feature(fields, geom, [r + 1, fid, ranked.gain[r], ranked.cumulative[r],
                                          res.cumulative_share_pct[r], prio, ranked.score[r]])
