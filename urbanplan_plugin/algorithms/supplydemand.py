"""urbanplan:supplydemand — two-step floating catchment (2SFCA): supply per 1 000 residents."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import schema as S
from ..core.network.build import DEFAULT_WALK_SPEED_KMH
from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
from ..core.walk.supplydemand import DEFAULT_CATCHMENT_MIN, two_step_fca
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
)
from ..qgis_io.outputs import column, result_fields, write_features
from ..qgis_io.points import read_points
from .base import POINT_OR_POLYGON, POINT_OR_POLYGON_SOURCES, Choice, UrbanPlanAlgorithm, tr_noop

DECAY = Choice("DECAY", tr_noop("Distance decay inside the catchment"), (
    ("none", tr_noop("None (original 2SFCA)")),
    ("gaussian", tr_noop("Gaussian (Dai 2010)"))), "none")

SUMMARY_OUTPUTS = (
    ("TOTAL_SUPPLY", "Total supply"),
    ("SUPPLY_REACHING_RESIDENTS", "Supply of facilities with residents in their catchment"),
    ("TOTAL_POPULATION", "Total population"),
    ("POPULATION_WITH_ACCESS", "Population with at least one facility in reach"),
    ("SHARE_WITH_ACCESS", "Share of the population (on the network) with a facility in reach "
                          "(0-1)"),
    ("MEAN_ACCESS_PER_1000", "Population-weighted mean supply per 1 000 residents"),
    ("OVERALL_RATIO_PER_1000", "Total supply per 1 000 residents (whole area)"),
    ("ACCESS_P10_PER_1000", "Supply per 1 000 residents: 10th percentile of people"),
    ("ACCESS_MEDIAN_PER_1000", "Supply per 1 000 residents: median of people"),
    ("ACCESS_P90_PER_1000", "Supply per 1 000 residents: 90th percentile of people"),
    ("STANDARD_PER_1000", "Standard compared with (supply per 1 000 residents)"),
    ("POP_BELOW_STANDARD_PCT", "People (on the network) below the standard (%)"),
    ("GINI_ACCESS", "Gini coefficient of supply per resident over people (0-1)"),
)


class SupplyDemand(UrbanPlanAlgorithm):
    NAME = "supplydemand"
    GROUP = "walkability"

    SUPPLY = "SUPPLY"
    SUPPLY_FIELD = "SUPPLY_FIELD"
    DEMAND = "DEMAND"
    POPULATION_FIELD = "POPULATION_FIELD"
    NETWORK = "NETWORK"
    CATCHMENT_MIN = "CATCHMENT_MIN"
    WALK_SPEED_KMH = "WALK_SPEED_KMH"
    MAX_SNAP_M = "MAX_SNAP_M"
    DECAY = "DECAY"
    STANDARD_PER_1000 = "STANDARD_PER_1000"
    OUTPUT = "OUTPUT"
    FACILITIES_OUTPUT = "FACILITIES_OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Supply and demand (two-step floating catchment)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Seats, beds or doctors per 1 000 residents within walking reach, sharing "
                       "each facility among everyone who can reach it.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Measures how much of a service (school seats, clinic doctors, day-care places) each "
            "place can reach on foot, taking into account that a facility is shared by all the "
            "residents around it: the two-step floating catchment area method (2SFCA) of Luo and "
            "Wang (2003, Environment and Planning B 30: 865-884).\n\n"
            "Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN "
            "minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's "
            "ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' "
            "location i, A_i = sum of R_j over the facilities within its catchment. The output "
            "gives 1 000 x A_i: supply per 1 000 residents.\n\n"
            "Distance decay (optional): 'Gaussian' weights people and facilities inside the "
            "catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door "
            "and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health & Place 16: "
            "1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used "
            "in both steps.\n\n"
            "Walks follow the network from the nearest point of the nearest street (snap "
            "distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on "
            "surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).\n\n"
            "Output (the residents' layer with new fields): access_per_1000 (NULL when the "
            "location is off the network; 0 when it is on the network but no facility is within "
            "the catchment: no supply in reach), n_facilities (facilities within the "
            "catchment), nearest_min (walk to the nearest of them). Facilities output: demand "
            "(residents in the catchment, weighted with decay), ratio_per_1000 (supply per "
            "1 000 of them; NULL when nobody is within reach), n_locations.\n\n"
            "Check: when every location has a facility in reach, the sum of A_i x P_i equals the "
            "total supply (supply is shared out, never created). So the population-weighted "
            "mean (MEAN_ACCESS_PER_1000) is always the supply reaching residents per 1 000 "
            "people on the network: it says nothing about who gets it. How access is "
            "distributed over the people on the network: ACCESS_P10_PER_1000, "
            "ACCESS_MEDIAN_PER_1000 and ACCESS_P90_PER_1000 (population-weighted percentiles), "
            "POP_BELOW_STANDARD_PCT (the percentage of people below STANDARD_PER_1000: a "
            "planning norm you give, else the area's overall ratio, i.e. less than an even "
            "spread would give them) and GINI_ACCESS (Gini coefficient from the Lorenz curve of "
            "supply over people: 0 everyone the same, 1 all of it at one place; Delbosc and "
            "Currie 2011, Journal of Transport Geography 19: 1252-1259).\n\n"
            "Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, "
            "POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000, "
            "OVERALL_RATIO_PER_1000 and the distribution above."
        ).format(c=DEFAULT_CATCHMENT_MIN, snap=DEFAULT_MAX_SNAP_M,
                 speed=DEFAULT_WALK_SPEED_KMH) + self.travel_help() + self.tr(
            "\nWith a profile and a DEM the catchment is measured on the residents' trip to the "
            "facility.") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUPPLY, self.tr("Facilities (supply: points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            self.SUPPLY_FIELD, self.tr("Supply field (seats, beds, doctors)"),
            parentLayerParameterName=self.SUPPLY, type=numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Residents (demand: points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"),
            parentLayerParameterName=self.DEMAND, type=numeric))
        self.add_network()
        self.add_number(self.CATCHMENT_MIN, self.tr("Catchment (minutes of walking)"),
                        tr_noop("catchment"), "min", DEFAULT_CATCHMENT_MIN)
        self.add_walking_speed()
        self.add_travel()
        self.add_snap_distance()
        self.add_choice(DECAY)
        self.add_number(self.STANDARD_PER_1000,
                        self.tr("Standard: supply per 1 000 residents a place should reach "
                                "(empty = the area's overall ratio)"),
                        tr_noop("standard"), "per 1 000", None, minimum=0.0, above=False,
                        optional=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Supply per 1 000 residents"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.FACILITIES_OUTPUT, self.tr("Facilities with their supply-to-demand ratio"),
            QgsProcessing.SourceType.TypeVector, optional=True))
        for key, label in SUMMARY_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))
        self.add_fragments()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        supply_src = self.parameterAsSource(parameters, self.SUPPLY, context)
        demand_src = self.parameterAsSource(parameters, self.DEMAND, context)
        check_source(supply_src, self.tr("facilities"), POINT_OR_POLYGON)
        check_source(demand_src, self.tr("residents"), POINT_OR_POLYGON)
        supply_field = self.parameterAsString(parameters, self.SUPPLY_FIELD, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        catchment = self.read_number(parameters, self.CATCHMENT_MIN, context)
        speed = self.read_number(parameters, self.WALK_SPEED_KMH, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        decay = self.read_choice(parameters, self.DECAY, context)
        standard = self.read_number(parameters, self.STANDARD_PER_1000, context)

        net, crs = self.read_network(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)
        spts = read_points(supply_src, crs, context, feedback, fields=[supply_field])
        dpts = read_points(demand_src, crs, context, feedback, fields=[pop_field])
        supply = spts.numeric(supply_field, what=self.tr("supply field '{f}'").format(
            f=supply_field), allow_null=False, allow_negative=False)
        pop = dpts.numeric(pop_field, what=self.tr("population field '{f}'").format(f=pop_field),
                           allow_null=False, allow_negative=False)
        travel = self.read_travel(parameters, context, feedback, net, crs, speed).travel
        index = travel.index(net, **self.read_fragments(parameters, context))
        s_snap = index.snap(spts.xy, max_distance=max_snap)
        d_snap = index.snap(dpts.xy, max_distance=max_snap)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        with engine_errors():
            res = two_step_fca(net, s_snap, supply, d_snap, pop, catchment, speed, decay,
                               progress=FeedbackProgress(feedback, 30.0, 85.0),
                               standard_per_1000=standard, travel=travel)
        if res.cancelled or feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        return self._write(parameters, context, feedback, res, supply_src, demand_src, spts, dpts,
                           s_snap, catchment)

    def _write(self, parameters, context, feedback, res, supply_src, demand_src, spts, dpts,
               s_snap, catchment):
        fields, kept = result_fields(demand_src.fields(), "supplydemand", "OUTPUT",
                                     (S.ACCESS_PER_1000, S.N_FACILITIES, S.NEAREST_MIN), feedback)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields,
                                  demand_src.wkbType(), demand_src.sourceCrs())
        columns = [column(res.access_per_1000), column(res.n_facilities, "int"),
                   column(res.nearest_min)]
        if not write_features(demand_src, dpts.fids, kept, columns, sink, context, feedback,
                              start=85.0):
            return {}
        out = {self.OUTPUT: dest_id}
        ffields, fkept = result_fields(supply_src.fields(), "supplydemand", "FACILITIES_OUTPUT",
                                       (S.DEMAND, S.RATIO_PER_1000, S.N_LOCATIONS), feedback)
        fsink, fdest = self.parameterAsSink(parameters, self.FACILITIES_OUTPUT, context, ffields,
                                            supply_src.wkbType(), supply_src.sourceCrs())
        if fsink is not None:
            n_loc = np.where(s_snap.ok, res.n_locations, np.nan)
            columns = [column(res.demand), column(res.ratio_per_1000), column(n_loc, "int")]
            if not write_features(supply_src, spts.fids, fkept, columns, fsink, context,
                                  feedback, start=95.0):
                return {}
            out[self.FACILITIES_OUTPUT] = fdest
        s = res.summary
        feedback.pushInfo(self.tr(
            "Supply {s:,.0f} for {p:,.0f} residents ({r} per 1 000 overall). {sh} of the "
            "residents on the network reach a facility within {c:g} min; population-weighted "
            "mean {m} per 1 000.").format(
            s=s["TOTAL_SUPPLY"], p=s["TOTAL_POPULATION"],
            r="-" if not np.isfinite(s["OVERALL_RATIO_PER_1000"])
            else f"{s['OVERALL_RATIO_PER_1000']:.2f}",
            sh="-" if not np.isfinite(s["SHARE_WITH_ACCESS"])
            else f"{100 * s['SHARE_WITH_ACCESS']:.1f}%",
            c=catchment, m="-" if not np.isfinite(s["MEAN_ACCESS_PER_1000"])
            else f"{s['MEAN_ACCESS_PER_1000']:.2f}"))
        feedback.pushInfo(self.tr(
            "Distribution over people: 10th percentile {p10}, median {p50}, 90th percentile "
            "{p90} per 1 000; {below} below {std} per 1 000; Gini {gini}.").format(
            **{k: "-" if not np.isfinite(s[key]) else f"{s[key]:.2f}" for k, key in (
                ("p10", "ACCESS_P10_PER_1000"), ("p50", "ACCESS_MEDIAN_PER_1000"),
                ("p90", "ACCESS_P90_PER_1000"), ("std", "STANDARD_PER_1000"),
                ("gini", "GINI_ACCESS"))},
            below="-" if not np.isfinite(s["POP_BELOW_STANDARD_PCT"])
            else f"{s['POP_BELOW_STANDARD_PCT']:.1f}%"))
        feedback.setProgress(100)
        for key, _ in SUMMARY_OUTPUTS:
            v = s[key]
            out[key] = None if not np.isfinite(v) else float(v)
        return out
