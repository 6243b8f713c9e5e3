"""urbanplan:fifteenminutecity — who can walk to which daily services within N minutes."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.build import DEFAULT_WALK_SPEED_KMH
from ..core.presets import NO_PRESET, get_preset, load_preset_file, load_presets
from ..core.walk.fifteenminutecity import (
    ALL,
    DEFAULT_MAX_SNAP_M,
    DEFAULT_THRESHOLD_MIN,
    HORIZON_FACTOR,
    describe_rules,
    parse_group_speeds,
    summarize_access,
    walk_access,
)
from ..qgis_io.layers import (
    FeedbackProgress,
    engine_errors,
)
from ..qgis_io.qgis_compat import set_advanced
from ..qgis_io.walkability import (
    ENTRANCE_TOLERANCE_M,
    access_fields,
    summary_fields,
    write_access_layer,
    write_summary,
)
from .base import POLYGON_ACCESS, Choice, UrbanPlanAlgorithm, tr_noop


def _preset_options():
    try:
        shipped = [(p.id, p.name) for p in load_presets().values()]
    except Exception:  # noqa: BLE001 - a broken preset file must not stop the provider
        shipped = []
    return [(NO_PRESET, tr_noop("No preset: THRESHOLD_MIN for every category"))] + shipped


PRESET = Choice("PRESET", tr_noop("Preset (per-category thresholds)"), _preset_options,
                NO_PRESET, optional=True)


class FifteenMinuteCity(UrbanPlanAlgorithm):
    NAME = "fifteenminutecity"
    GROUP = "walkability"

    ORIGINS = "ORIGINS"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELDS = "GROUP_FIELDS"
    GROUP_SPEEDS = "GROUP_SPEEDS"
    DESTINATIONS = "DESTINATIONS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    POLYGON_ACCESS = "POLYGON_ACCESS"
    NETWORK = "NETWORK"
    WALK_SPEED_KMH = "WALK_SPEED_KMH"
    THRESHOLD_MIN = "THRESHOLD_MIN"
    PRESET = "PRESET"
    PRESET_FILE = "PRESET_FILE"
    MAX_SNAP_M = "MAX_SNAP_M"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("15-minute city: walking access to daily services")

    def shortDescription(self):  # noqa: N802
        return self.tr("Walking distance and time from every home (origin) to the nearest "
                       "service of each category, along the street network.")

    def shortHelpString(self):  # noqa: N802
        presets = "\n".join(f"- {p.id}: {p.name}. Source: {p.source}."
                            for p in load_presets().values())
        return self.tr(
            "Answers: who can walk to which daily services within N minutes, along real "
            "streets?\n\n"
            "Method: origins (homes, buildings, population hexagons) and destinations (schools, "
            "clinics, shops, stops, parks) are attached to the nearest point of the nearest "
            "street; the walk along that street to either end counts. For each category, one "
            "search spreads from all its destinations at once over the network, so a city with "
            "100 000 homes costs no more than one with 100. Points farther than the largest snap "
            "distance (default {snap:g} m) are off the network: their results are NULL and the "
            "log counts them. Polygons stand for their point on surface; parks, playgrounds and "
            "sports grounds are entered wherever their boundary meets a street (within "
            "{ent:g} m).\n\n"
            "Walking speed: default {speed} km/h, the mean adult walking speed in the Highway "
            "Capacity Manual (TRB 2010). Older people and children walk slower: give their group "
            "fields and, in Group speeds, their speeds (e.g. elderly=3.6) to count them at their "
            "own pace in the summary.\n\n"
            "Thresholds: THRESHOLD_MIN (default {thr:g} minutes, the 15-minute life circle of the "
            "Shanghai, Hangzhou and Fuzhou cases) for every category, or a preset with "
            "per-category thresholds in minutes and/or metres (within when every limit holds). "
            "With a preset, only its categories are analysed; a preset category gathers the "
            "destination categories listed in its 'match'. Shipped presets:\n{presets}\n"
            "Preset file: your own JSON (same layout as resources/presets/walkability.json) or CSV "
            "(columns category, minutes, metres, match, weight, source); it replaces PRESET.\n\n"
            "Outputs per origin: dist_<category>_m (m) and time_<category>_min (min) to the "
            "nearest destination, n_within (how many categories are within their threshold) and "
            "score. "
            "Category names become safe field names (lowercase letters, digits, _); the mapping "
            "is in the log. NULL means off the network, or nothing of that category within the "
            "search horizon ({h:g} x the threshold), never 0; null_reason says why: off_network, "
            "island (no destination of the category on the origin's piece of network), "
            "beyond_horizon, or impassable (with a travel profile, the origin's own way is too "
            "steep both ways), several joined by ';'. Small disconnected fragments of the "
            "network (fewer than MIN_COMPONENT_NODES nodes and shorter than MIN_COMPONENT_M) "
            "are not snapped to, so a home beside the main streets is never stranded on one; "
            "the log says how many points moved.\n\n"
            "Score (0-100): per category 100 within the threshold, falling linearly to 0 at "
            "{h:g} x the threshold (score = 100 x (2 - d / D), clipped to 0-100, where d is the "
            "walk distance and D the threshold as a distance: metres, or minutes x speed, "
            "whichever is shorter); 0 when not reached. The origin's score is the mean over the "
            "categories (weighted by the preset's weights). Example: a school 12 min away with a "
            "15-min threshold scores 100; a clinic 20 min away scores 100 x (2 - 20/15) = 67; "
            "their mean is 83.\n\n"
            "Population: POPULATION_FIELD people per origin (without it, every origin counts 1). "
            "GROUP_FIELDS: numeric fields with the number of people of a group per origin "
            "(children, elderly...). NULL or negative values stop the run with a message.\n\n"
            "Zones: each origin belongs to the zone polygon that contains its point (its point on "
            "surface for polygons).\n\n"
            "SUMMARY table, per zone (and 'all') x category x group: population, "
            "pop_within, pop_within_pct (%), median_time_min and p90_time_min (population-weighted "
            "walk times in minutes of the people who reach the category within the search "
            "horizon; people off the network or beyond it count as not within and are left out "
            "of these times; pop_reached says how many people they describe). Category "
            "'all_categories' = every category within its threshold; 'any_category' = at least "
            "one.\n\n"
            "POP_TOTAL: population of all origins. POP_SHARE_ALL_WITHIN: share (0-1) of it that "
            "reaches every category within its threshold."
        ).format(snap=DEFAULT_MAX_SNAP_M, ent=ENTRANCE_TOLERANCE_M, speed=DEFAULT_WALK_SPEED_KMH,
                 thr=DEFAULT_THRESHOLD_MIN, presets=presets, h=HORIZON_FACTOR) + \
            self.travel_help() + self.tr(
                "\nGROUP_PROFILES (advanced): a profile per group field, e.g. "
                "pop_65plus=older_adult; pop_0_14=child. Each group's access is computed with "
                "its own profile (one search per profile and category): the output gets "
                "time_<category>_<group> and within_<category>_<group>, and the summary rows of "
                "the group use its profile. WALK_SPEED_KMH is the speed of the 'walk' "
                "profile.") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_origin_and_destination_parameters()
        self.add_network()
        self.add_walking_speed()
        self.add_travel(group_profiles=True)
        self.add_number(self.THRESHOLD_MIN, self.tr("Threshold (minutes, for every category "
                                                    "without a preset)"),
                        tr_noop("threshold"), "min", DEFAULT_THRESHOLD_MIN)
        self.add_choice(PRESET)
        self.add_snap_distance()
        self.add_zones(self.tr("Zones (districts, subdistricts) for the summary"))
        for param in (
                QgsProcessingParameterFile(
                    self.PRESET_FILE, self.tr("Preset file (JSON or CSV; replaces the preset)"),
                    optional=True, fileFilter=self.tr("Preset files (*.json *.csv)")),
                QgsProcessingParameterString(
                    self.GROUP_SPEEDS, self.tr("Group walking speeds (km/h), e.g. elderly=3.6; "
                                               "children=4"), optional=True)):
            self.addParameter(set_advanced(param))
        self.add_choice(POLYGON_ACCESS)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Walking access per origin"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Walking access summary"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addOutput(QgsProcessingOutputNumber("POP_TOTAL", self.tr("Total population")))
        self.addOutput(QgsProcessingOutputNumber(
            "POP_SHARE_ALL_WITHIN", self.tr("Share of the population within reach of every "
                                            "category (0-1)")))
        self.addOutput(QgsProcessingOutputNumber(
            "ORIGINS_OFF_NETWORK", self.tr("Origins farther than the snap distance")))
        self.add_fragments()

    # ------------------------------------------------------------------ run
    def _rules(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.PRESET_FILE, context)
        preset_id = self.read_choice(parameters, self.PRESET, context) or NO_PRESET
        with engine_errors():
            if path:
                presets = load_preset_file(path)
                preset = presets.get(preset_id) or next(iter(presets.values()))
            else:
                preset = get_preset(preset_id)
        if preset is None:
            return None
        feedback.pushInfo(self.tr("Preset: {p}").format(p=preset.describe()))
        if preset.note:
            feedback.pushInfo(preset.note)
        return preset.rules

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        od = self.read_origins_and_destinations(parameters, context)
        speed = self.read_number(parameters, self.WALK_SPEED_KMH, context)
        threshold = self.read_number(parameters, self.THRESHOLD_MIN, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        with engine_errors():
            group_speeds = parse_group_speeds(
                self.parameterAsString(parameters, self.GROUP_SPEEDS, context), od.group_fields)
        rules = self._rules(parameters, context, feedback)
        access = self.read_choice(parameters, self.POLYGON_ACCESS, context)
        zones = self.read_zones(parameters, context)

        feedback.setProgress(2)
        net, crs = self.read_network(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        travel = self.read_travel(parameters, context, feedback, net, crs, speed,
                                  od.group_fields)
        both = sorted(set(travel.groups) & set(group_speeds))
        if both:
            feedback.pushWarning(self.tr("Groups with a travel profile use its speed; their "
                                         "group speed is left out: {g}.").format(
                g=", ".join(both)))
            group_speeds = {g: v for g, v in group_speeds.items() if g not in travel.groups}
        feedback.setProgress(30)
        fragments = self.read_fragments(parameters, context)
        opts, population, groups, index, dxy, labels, owner, n_dest = od.read(
            crs, net, context, feedback, access, index=travel.index(net, **fragments))
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)
        with engine_errors():
            result = walk_access(net, opts.xy, dxy, labels, rules=rules, threshold_min=threshold,
                                 speed_kmh=speed, group_speeds_kmh=group_speeds,
                                 max_snap_m=max_snap, dest_owner=owner, index=index,
                                 graph=travel.travel.graph(net),
                                 progress=FeedbackProgress(feedback, 40.0, 75.0),
                                 travel=travel.travel)
        if result.cancelled or feedback.isCanceled():
            return {}
        group_results, by_profile = {}, {travel.travel.profile.id: result}
        for g, t in travel.groups.items():
            if t.profile.id not in by_profile:
                with engine_errors():
                    by_profile[t.profile.id] = walk_access(
                        net, opts.xy, dxy, labels, rules=rules, threshold_min=threshold,
                        max_snap_m=max_snap, dest_owner=owner, travel=t,
                        index=t.index(net, **fragments),
                        progress=FeedbackProgress(feedback, 75.0, 78.0))
                if by_profile[t.profile.id].cancelled or feedback.isCanceled():
                    return {}
            group_results[g] = by_profile[t.profile.id]
        self.push_log(feedback, result.log)
        feedback.pushInfo(self.tr("Categories, thresholds and output fields:"))
        for line in describe_rules(result):
            feedback.pushInfo(line)
        zone_labels = (zones.labels_of_points(opts.xy, crs, context, feedback)
                       if zones is not None else None)
        with engine_errors():
            table = summarize_access(result, population, groups, zone_labels, group_speeds,
                                     group_results=group_results)
        return self._write(parameters, context, feedback, od.origins, opts, result, table,
                           population, group_results)

    def _write(self, parameters, context, feedback, origins, opts, result, table, population,
               group_results=None):
        fields, kept = access_fields(origins.fields(), result, feedback,
                                     group_results=group_results)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, origins.wkbType(),
                                  origins.sourceCrs())
        if not write_access_layer(origins, opts.fids, result, sink, kept, context, feedback,
                                  group_results=group_results,
                                  bulk=self.bulk_copy(parameters, self.OUTPUT, self.ORIGINS,
                                                      context, origins, fields, kept)):
            return {}
        del sink
        out = {self.OUTPUT: dest_id}
        sum_sink, sum_id = self.sink(parameters, self.SUMMARY, context, summary_fields(),
                                     QgsWkbTypes.Type.NoGeometry, required=False)
        if sum_sink is not None:
            write_summary(table, sum_sink)
            out[self.SUMMARY] = sum_id

        pop = np.ones(len(opts)) if population is None else population
        pop_total = float(pop.sum())
        share_all = (float((pop * result.all_within()).sum() / pop_total) if pop_total > 0
                     else None)
        if share_all is None:
            feedback.pushWarning(self.tr("The total population is 0, so no share can be given."))
        self._report(feedback, table, pop_total, share_all)
        out.update({"POP_TOTAL": pop_total, "POP_SHARE_ALL_WITHIN": share_all,
                    "ORIGINS_OFF_NETWORK": int((~result.origin_ok).sum())})
        feedback.setProgress(100)
        return out

    def _report(self, feedback, table, pop_total, share_all):
        feedback.pushInfo(self.tr("Population: {p:,.0f}. Share within reach of every category: "
                                  "{s}.").format(p=pop_total, s="-" if share_all is None
                                                 else f"{100 * share_all:.1f}%"))
        for row in table.rows():
            if row[S.ZONE] != ALL or row[S.POP_GROUP] != ALL:
                continue
            med, pct = row[S.MEDIAN_TIME_MIN], row[S.POP_WITHIN_PCT]
            feedback.pushInfo(self.tr("  {c}: {s} within; median walk {m} min").format(
                c=row[S.CATEGORY],
                s="-" if pct is None or not np.isfinite(pct) else f"{pct:.1f}%",
                m="-" if med is None or not np.isfinite(med) else f"{med:.1f}"))
