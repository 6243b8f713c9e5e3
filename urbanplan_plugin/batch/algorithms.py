"""The Processing algorithms the batch can run, area by area, through the same engine calls.

Each adapter declares the algorithm's Processing parameters (same names, same defaults: the
engine's constants), checks them once on the driver (:meth:`Adapter.prepare`: the network is
prepared once, category rules and class tables are fixed for all areas), and computes one area
on a worker (:meth:`Adapter.run_area`) by calling the engine function the Processing algorithm
calls (``walk_access`` + ``summarize_access``, ``grid_access``, ``sdg_1171``,
``green_space_coverage``, ``flood_exposure``); only reading and writing differ (GDAL/OGR
instead of QGIS layers).

**Exactness across areas.** An area computes the features it owns (see :mod:`.areas`) with
everything within a *halo* around it: destinations, and the network edges its searches may use.
The halo is the search horizon H plus three snap distances plus the entrance tolerance: a walk
of at most H from an origin never leaves the ball of radius H around its snapped point, the
points it reaches snap from at most one snap distance away, and a park's entrance lies within
the tolerance of its boundary. Searches run on the whole network with the edges outside the
halo turned into loops, so node and edge numbers, the edge index and every partial length are
those of a whole-region run, and each origin gets the very same floating-point distances.
Analyses without a horizon (SDG 11.7.1 and green-space coverage search as far as the network
goes) start with a halo of a few times their distance and widen it, four times at a time, for
the origins whose distance is not yet proven (longer than the halo minus its margins), up to the
whole network: the result is exact for every origin, and cheap for the usual ones.
"""
import numpy as np

from ..core import schema as S
from ..core.common.errors import UrbanPlanError
from ..core.common.values import column
from ..core.network.entrances import DEFAULT_ENTRANCE_TOLERANCE_M
from . import network as netio
from . import ogr_io
from .errors import BatchError
from .params import Param

POLYGON_ACCESS_IDS = ("auto", "point_on_surface", "boundary")
"""The ids of the POLYGON_ACCESS choice, in option order (algorithms/base.py declares them)."""

ALGORITHMS = {}


def register(cls):
    ALGORITHMS[cls.name] = cls()
    return cls


def get(name):
    if name not in ALGORITHMS:
        raise BatchError("The batch runs {names}; '{name}' is not one of them.",
                         names=", ".join(sorted(ALGORITHMS)), name=name)
    return ALGORITHMS[name]


class AreaOutput:
    """What an area writes: the features (copied from ``source`` with their geometry and
    ``copy_fields``, or new geometries) plus ``new_fields`` [(name, kind)] with one column of
    values each, and the summary rows (dicts in the algorithm's summary columns)."""

    def __init__(self, srs, geometry_type, fids, wkb, copy_fields, copy_values, new_fields,
                 columns, summary, stats=None, log=None):
        self.srs = srs
        self.geometry_type = geometry_type
        self.fids = fids
        self.wkb = wkb
        self.copy_fields = copy_fields
        self.copy_values = copy_values
        self.new_fields = new_fields
        self.columns = columns
        self.summary = summary
        self.stats = stats or {}
        self.log = log or []

    def rows(self):
        n = len(self.fids)
        cols = [list(c) for c in self.columns]
        return [list(self.copy_values[i]) + [c[i] for c in cols] for i in range(n)]


class Owned:
    """Features an area owns: ``feats`` (every field, geometry in the layer's CRS), ``xy``
    representative points and ``wkb`` geometries in the working CRS."""

    def __init__(self, layer, feats, xy, wkb):
        self.layer, self.feats, self.xy, self.wkb = layer, feats, xy, wkb

    def __len__(self):
        return len(self.feats)


_WHOLE = {}


def _int_or_none(v):
    return None if v is None else int(round(float(v)))


def fragment_params():
    """MIN_COMPONENT_NODES and MIN_COMPONENT_M, as algorithms/base.py declares them."""
    from ..core.network.fragments import MIN_COMPONENT_M, MIN_COMPONENT_NODES
    return [Param("MIN_COMPONENT_NODES", "number", MIN_COMPONENT_NODES),
            Param("MIN_COMPONENT_M", "number", MIN_COMPONENT_M)]


def check_fragments(values):
    for key in ("MIN_COMPONENT_NODES", "MIN_COMPONENT_M"):
        v = values.get(key)
        if v is not None and not v >= 0:
            raise BatchError("{key} must be 0 or more (got {v}); 0 keeps every piece of the "
                             "network.", key=key, v=v)


def null_reason_column(index, snapped, dist, pieces, categories):
    """null_reason per point (core.network.fragments) with the pieces of the whole region
    (``pieces`` {category: piece labels holding one}), whatever the area read."""
    from ..core.network.fragments import null_reason_codes, null_reason_text
    codes = null_reason_codes(index.piece_of(snapped), dist,
                              [pieces.get(c, np.empty(0, np.int64)) for c in categories])
    return null_reason_text(codes)


class Context:
    """One area being computed on a worker."""

    def __init__(self, job, area):
        self.job, self.area = job, area
        self.values = job.values
        self.srs = ogr_io.srs_from_wkt(job.crs_wkt)
        self.log = []

    # -- network
    def net(self):
        return netio.load(self.job.network)

    def index(self):
        """The whole network's edge index with the algorithm's fragment rule."""
        return netio.edge_index(self.job.network, _int_or_none(self.values.get(
            "MIN_COMPONENT_NODES")), self.values.get("MIN_COMPONENT_M"))

    def whole(self, name, make):
        """``make()`` once per job in this process: facts about the whole region that an area
        needs (the pieces of network holding a destination, for null_reason)."""
        key = (self.job.fingerprint, name)
        if key not in _WHOLE:
            _WHOLE.clear()
            _WHOLE[key] = make()
        return _WHOLE[key]

    def masked(self, radius):
        net, kept = netio.masked_network(self.job.network, self.area.bbox, radius)
        return net

    def cover_radius(self, margin):
        """A halo so wide that the area's box grown by it holds the whole network."""
        nx0, ny0, nx1, ny1 = netio.network_bbox(self.job.network)
        x0, y0, x1, y1 = self.area.bbox
        return max(x0 - nx0, nx1 - x1, y0 - ny0, ny1 - y1, 0.0) + margin

    # -- features
    def layer(self, key, what):
        return ogr_io.VectorLayer(self.values[key], what)

    def owned(self, key, what):
        """The features of parameter ``key`` this area owns (by representative point)."""
        layer = self.layer(key, what)
        feats = layer.read(layer.field_names(), bbox=self.area.bbox, bbox_srs=self.srs)
        xf = ogr_io.transformer(layer.srs(), self.srs)
        wkb = xf.wkb(feats.wkb) if xf is not None else feats.wkb
        xy = ogr_io.representative_points(wkb)
        keep = np.flatnonzero(self.area.owns(xy))
        feats = feats.subset(keep)
        return Owned(layer, feats, xy[keep], [wkb[i] for i in keep])

    def near(self, key, what, radius, fields=(), where=None, bbox=None):
        """Features of parameter ``key`` meeting the area's box grown by ``radius``, geometry
        in the working CRS."""
        layer = self.layer(key, what)
        box = bbox or self.area.bbox
        grown = (box[0] - radius, box[1] - radius, box[2] + radius, box[3] + radius)
        feats = layer.read(fields, bbox=grown, to_srs=self.srs, where=where)
        return layer, feats


def _kept_fields(layer, new_fields):
    """(FieldDefns of the source copied, their positions): every source field except those the
    analysis writes anew (names compared ignoring case, the rule of qgis_io.outputs)."""
    new = {n.lower() for n, _ in new_fields}
    defns = layer.field_defns()
    keep = [j for j, d in enumerate(defns) if d.GetName().lower() not in new]
    dropped = [defns[j].GetName() for j in range(len(defns)) if j not in keep]
    return [defns[j] for j in keep], keep, dropped


def copy_output(ctx, owned, new_fields, columns, summary, stats=None, log=None):
    """An :class:`AreaOutput` that copies the owned features and appends ``columns``."""
    defns, keep, dropped = _kept_fields(owned.layer, new_fields)
    names = owned.layer.field_names()
    values = [[owned.feats.attrs[names[j]][i] for j in keep] for i in range(len(owned))]
    log = list(log or [])
    if dropped:
        log.append("The input fields " + ", ".join(dropped) + " are replaced by this "
                   "analysis's fields of the same name.")
    return AreaOutput(owned.layer.srs(), owned.layer.open().GetGeomType(), owned.feats.fids,
                      owned.feats.wkb, defns, values, new_fields, columns, summary, stats, log)


def empty_output(ctx, key, what, new_fields):
    layer = ctx.layer(key, what)
    defns, _, _ = _kept_fields(layer, new_fields)
    return AreaOutput(layer.srs(), layer.open().GetGeomType(), [], [], defns, [], new_fields,
                      [[] for _ in new_fields], [], {"features": 0})


def round_col(values, digits=None):
    """A float column by the writers' one NaN -> NULL rule (core.common.values)."""
    return column(np.asarray(values, dtype=np.float64), "double", digits)


def int_col(values):
    """An integer column by the writers' one NaN -> NULL rule (core.common.values)."""
    return column(np.asarray(values, dtype=np.float64), "int")


def zone_of(xy, ctx, key_layer, key_field, radius=0.0):
    """Zone name per point (None outside every zone): the first zone, in layer order, whose
    polygon intersects the point (GEOS intersects: the rule of qgis_io.zones)."""
    from shapely import wkb as swkb
    from shapely.geometry import Point

    from ..core.common.compat import intersects_mask
    layer, feats = ctx.near(key_layer, "zones", radius, fields=[key_field])
    out = np.full(len(xy), None, dtype=object)
    todo = np.isfinite(xy).all(axis=1)
    for i in range(len(feats)):
        w = feats.wkb[i]
        if w is None:
            continue
        g = swkb.loads(bytes(w))
        x0, y0, x1, y1 = g.bounds
        cand = np.flatnonzero(todo & (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0)
                              & (xy[:, 1] <= y1))
        if not len(cand):
            continue
        hit = intersects_mask(g, [Point(float(xy[c, 0]), float(xy[c, 1])) for c in cand])
        v = feats.attrs[key_field][i]
        out[cand[hit]] = "NULL" if v is None else str(v)
        todo[cand[hit]] = False
    return out


def widen_until(read, usable, radius, cover):
    """``read(radius)`` again with a radius four times larger until ``usable(result)`` or the
    radius covers everything. Extra far-away destinations never change a result within the
    horizon (they are farther than the horizon from every origin), so this only avoids the
    engine's "no destination at all" errors for areas with nothing nearby."""
    res = read(radius)
    while not usable(res) and radius < cover:
        radius = min(radius * 4.0, cover)
        res = read(radius)
    return res


class Adapter:
    name = ""
    PARAMS = []
    uses_network = True

    def param_names(self):
        return [p.name for p in self.PARAMS]

    def prepare(self, values, job, log):
        raise NotImplementedError

    def check_supported(self, values):
        """Parameters the Processing algorithm has but the batch does not run yet: refused
        with what to do, never silently ignored."""
        travel = (values.get("PROFILE") not in (None, "", "walk") or values.get("DEM")
                  or values.get("GROUP_PROFILES"))
        if travel:
            raise BatchError("The batch does not run travel profiles yet (PROFILE other than "
                             "walk, DEM, GROUP_PROFILES). Leave them out, or run "
                             "urbanplan:{name} in QGIS for each area.", name=self.name)

    def run_area(self, ctx):
        raise NotImplementedError

    # shared checks
    @staticmethod
    def positive(values, key, message, **fmt):
        v = values.get(key)
        if v is None or not v > 0:
            raise BatchError(message, v=v, **fmt)

    @staticmethod
    def check_layer(values, key, what, kinds, fields=()):
        layer = ogr_io.VectorLayer(values[key], what)
        kind = layer.kind()
        if kind not in kinds:
            raise BatchError("The {what} layer '{uri}' has {got} geometry, but {want} are "
                             "needed.", what=what, uri=values[key], got=kind or "no",
                             want=" or ".join(f"{k}s" for k in kinds))
        layer.check_crs()
        layer.check_fields([f for f in fields if f])
        if layer.feature_count() == 0:
            raise BatchError("The {what} layer '{uri}' has no features.", what=what,
                             uri=values[key])
        layer.close()
        return kind


# =========================================================================== walkability

def _preset_ids():
    from ..core.presets import NO_PRESET, load_presets
    try:
        return [NO_PRESET] + list(load_presets().keys())
    except Exception:  # noqa: BLE001 - a broken preset file leaves only "none"
        return [NO_PRESET]


def _boundary_keys():
    from ..core.presets import load_osm_mapping
    from ..core.walk.fifteenminutecity import category_key
    return {category_key(c) for c, v in load_osm_mapping().categories.items()
            if (v or {}).get("access") == "boundary"}


def read_destination_points(ctx, key, radius, cat_field, access, index, bkeys, max_snap,
                            extra_fields=()):
    """Destinations near the area as the walkability algorithms see them: (xy, labels, owner,
    feats). Points stand for themselves, polygons for their point on surface, or, by the access
    rule (0 automatic: categories the OSM mapping enters by their boundary; 1 point on surface;
    2 boundary), for the points where their boundary meets the network
    (core.geometry.polygons.boundary_entrances)."""
    from shapely import wkb as swkb

    from ..core.network.entrances import boundary_entrances
    from ..core.walk.fifteenminutecity import category_key
    fields = ([cat_field] if cat_field else []) + list(extra_fields)
    layer, feats = ctx.near(key, "destinations", radius, fields=fields)
    n = len(feats)
    xy = ogr_io.representative_points(feats.wkb)
    if cat_field:
        labels = np.array([None if v is None or str(v).strip() == "" else str(v)
                           for v in feats.attrs[cat_field]], dtype=object)
    else:
        labels = np.full(n, "all", dtype=object)
    owner = np.arange(n, dtype=np.int64)
    if layer.kind() == "polygon" and access != 1 and n:
        use = np.array([access == 2 or (lab is not None and category_key(lab) in bkeys)
                        for lab in labels], dtype=bool)
        use &= np.array([w is not None for w in feats.wkb], dtype=bool)
        if use.any():
            sel = np.flatnonzero(use)
            geoms = [swkb.loads(bytes(feats.wkb[i])) for i in sel]
            bxy, bown, _, _ = boundary_entrances(geoms, index, DEFAULT_ENTRANCE_TOLERANCE_M,
                                                 np.inf)
            bown = sel[bown]
            keep = ~use
            xy = np.vstack([xy[keep], bxy])
            labels = np.concatenate([labels[keep], labels[bown]])
            owner = np.concatenate([owner[keep], bown])
    return xy, labels, owner, feats


@register
class FifteenMinuteCity(Adapter):
    name = "fifteenminutecity"

    @property
    def PARAMS(self):  # noqa: N802 - the defaults come from the engine, imported lazily
        from ..core.network.build import DEFAULT_WALK_SPEED_KMH
        from ..core.presets import NO_PRESET
        from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M, DEFAULT_THRESHOLD_MIN
        return [
            Param("ORIGINS", "layer", required=True), Param("POPULATION_FIELD", "field"),
            Param("GROUP_FIELDS", "fields", []), Param("DESTINATIONS", "layer", required=True),
            Param("CATEGORY_FIELD", "field"), Param("NETWORK", "layer", required=True),
            Param("WALK_SPEED_KMH", "number", DEFAULT_WALK_SPEED_KMH),
            Param("THRESHOLD_MIN", "number", DEFAULT_THRESHOLD_MIN),
            Param("PRESET", "choice", NO_PRESET, options=_preset_ids),
            Param("MAX_SNAP_M", "number", DEFAULT_MAX_SNAP_M), Param("ZONES", "layer"),
            Param("ZONE_FIELD", "field"), Param("PRESET_FILE", "file"),
            Param("GROUP_SPEEDS", "string"),
            Param("POLYGON_ACCESS", "enum", 0, options=POLYGON_ACCESS_IDS),
            Param("PROFILE", "choice", "walk", options=("walk",)), Param("DEM", "raster"),
            Param("GROUP_PROFILES", "string"), *fragment_params(),
            Param("OUTPUT", "output"), Param("SUMMARY", "output")]

    def prepare(self, v, job, log):
        from ..core.presets import get_preset, load_preset_file
        from ..core.walk.fifteenminutecity import (
            HORIZON_FACTOR,
            parse_group_speeds,
            rules_for,
        )
        self.positive(v, "WALK_SPEED_KMH", "The walking speed must be more than 0 km/h (got "
                      "{v}).")
        self.positive(v, "THRESHOLD_MIN", "The threshold must be more than 0 minutes (got {v}).")
        self.positive(v, "MAX_SNAP_M", "The largest snap distance must be more than 0 m (got "
                      "{v}).")
        check_fragments(v)
        if v["ZONES"] and not v["ZONE_FIELD"]:
            raise BatchError("Zones are given but no zone name field: give ZONE_FIELD.")
        groups = v["GROUP_FIELDS"] or []
        self.check_layer(v, "ORIGINS", "origins", ("point", "polygon"),
                         [v["POPULATION_FIELD"]] + groups)
        self.check_layer(v, "DESTINATIONS", "destinations", ("point", "polygon"),
                         [v["CATEGORY_FIELD"]])
        if v["ZONES"]:
            self.check_layer(v, "ZONES", "zones", ("polygon",), [v["ZONE_FIELD"]])
        speeds = parse_group_speeds(v["GROUP_SPEEDS"], groups)
        if v["PRESET_FILE"]:
            presets = load_preset_file(v["PRESET_FILE"])
            preset = presets.get(v["PRESET"]) or next(iter(presets.values()))
        else:
            preset = get_preset(v["PRESET"])
        if preset is not None:
            rules = list(preset.rules)
            log.append(f"Preset: {preset.describe()}")
        else:
            # the categories of the whole region, named as a whole-region run names them
            labels = [None] * 0
            if v["CATEGORY_FIELD"]:
                layer = ogr_io.VectorLayer(v["DESTINATIONS"], "destinations")
                feats = layer.read([v["CATEGORY_FIELD"]], geometry=False)
                layer.close()
                labels = [str(x) for x in feats.attrs[v["CATEGORY_FIELD"]]
                          if x is not None and str(x).strip() != ""]
            else:
                labels = ["all"]
            distinct = sorted(set(labels))
            if not distinct:
                raise BatchError("There are no destinations with a category. Check the "
                                 "destination layer and the category field.")
            rules, rule_log = rules_for(distinct, v["THRESHOLD_MIN"], None)
            log.extend(rule_log)
        vmax = max([v["WALK_SPEED_KMH"]] + list(speeds.values()))
        horizon = max(HORIZON_FACTOR * r.distance_threshold(vmax) for r in rules)
        job.network = netio.prepare_network(v["NETWORK"], job.cache_dir, log=log)
        job.crs_wkt = job.network.crs_wkt
        job.extra = {"rules": rules, "speeds": speeds, "horizon": horizon,
                     "halo": horizon + 3.0 * v["MAX_SNAP_M"] + DEFAULT_ENTRANCE_TOLERANCE_M + 1.0,
                     "bkeys": _boundary_keys()}
        log.append(f"Search horizon {horizon:.0f} m; each area reads {job.extra['halo']:.0f} m "
                   "around it.")

    @staticmethod
    def new_fields(rules):
        from ..core.walk.fifteenminutecity import safe_field_names
        names = safe_field_names([r.name for r in rules])
        fields = []
        for r in rules:
            fields += [S.fill(S.DIST_CAT_M, names[r.name]), S.fill(S.TIME_CAT_MIN, names[r.name])]
        return S.spec("fifteenminutecity", "OUTPUT",
                      fields + [S.N_WITHIN, S.SCORE, S.NULL_REASON])

    def run_area(self, ctx):
        from ..core.walk.fifteenminutecity import SearchGraph, summarize_access, walk_access
        v, x = ctx.values, ctx.job.extra
        new = self.new_fields(x["rules"])
        o = ctx.owned("ORIGINS", "origins")
        if len(o) == 0:
            return empty_output(ctx, "ORIGINS", "origins", new)
        groups = v["GROUP_FIELDS"] or []
        population = (o.feats.numeric(v["POPULATION_FIELD"], f"population field "
                                      f"'{v['POPULATION_FIELD']}'")
                      if v["POPULATION_FIELD"] else None)
        gvals = {g: o.feats.numeric(g, f"group field '{g}'") for g in groups}
        index = ctx.index()
        ms = v["MAX_SNAP_M"]

        def read(radius):
            return read_destination_points(ctx, "DESTINATIONS", radius, v["CATEGORY_FIELD"],
                                           v["POLYGON_ACCESS"], index, x["bkeys"], ms)

        def usable(d):
            dxy, labels = d[0], d[1]
            has = np.array([lab is not None for lab in labels], dtype=bool)
            return bool(has.any() and index.snap(dxy[has], max_distance=ms).ok.any())

        halo = x["halo"]
        dxy, labels, owner, _ = widen_until(read, usable, halo, ctx.cover_radius(halo))
        masked = ctx.masked(halo)
        result = walk_access(masked, o.xy, dxy, labels, rules=x["rules"],
                             threshold_min=v["THRESHOLD_MIN"], speed_kmh=v["WALK_SPEED_KMH"],
                             group_speeds_kmh=x["speeds"], max_snap_m=ms, dest_owner=owner,
                             index=index, graph=SearchGraph(masked),
                             dest_pieces=ctx.whole("pieces", lambda: self.pieces(ctx, index)))
        zones = (zone_of(o.xy, ctx, "ZONES", v["ZONE_FIELD"]) if v["ZONES"] else None)
        table = summarize_access(result, population, gvals, zones, x["speeds"])
        cols = []
        for c in range(len(result.rules)):
            cols.append(round_col(result.dist[:, c], 2))
            cols.append(round_col(result.time[:, c], 3))
        cols.append(int_col(result.n_within))
        cols.append(round_col(result.score, 2))
        cols.append(result.null_reason)
        return copy_output(ctx, o, new, cols, list(table.rows()),
                           {"features": len(o), "destinations": len(dxy)}, log=result.log)


    @staticmethod
    def pieces(ctx, index):
        """{rule name: pieces of network holding one of its destinations}, over the whole
        region (what a whole-region run's null_reason looks at)."""
        from ..core.walk.fifteenminutecity import category_key
        v, x = ctx.values, ctx.job.extra
        everywhere = ctx.cover_radius(v["MAX_SNAP_M"] + DEFAULT_ENTRANCE_TOLERANCE_M + 1.0)
        dxy, labels, _, _ = read_destination_points(
            ctx, "DESTINATIONS", everywhere, v["CATEGORY_FIELD"], v["POLYGON_ACCESS"], index,
            x["bkeys"], v["MAX_SNAP_M"])
        snapped = index.snap(dxy, max_distance=v["MAX_SNAP_M"])
        piece = index.piece_of(snapped)
        keys = np.array([None if lab is None else category_key(lab) for lab in labels],
                        dtype=object)
        out = {}
        for r in x["rules"]:
            match = {category_key(m) for m in r.match}
            sel = np.array([k is not None and k in match for k in keys], dtype=bool)
            out[r.name] = np.unique(piece[sel & snapped.ok])
        return out


@register
class AccessibilityGrid(Adapter):
    name = "accessibilitygrid"

    @property
    def PARAMS(self):  # noqa: N802
        from ..core.network.build import DEFAULT_WALK_SPEED_KMH
        from ..core.walk.accessibilitygrid import (
            DEFAULT_CELL_SIZE_M,
            DEFAULT_HORIZON_MIN,
            DEFAULT_THRESHOLD_MIN,
        )
        from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
        return [
            Param("DESTINATIONS", "layer", required=True), Param("CATEGORY_FIELD", "field"),
            Param("WEIGHT_FIELD", "field"), Param("NETWORK", "layer", required=True),
            Param("EXTENT", "extent"), Param("ZONES", "layer"),
            Param("CELL_SIZE", "number", DEFAULT_CELL_SIZE_M),
            Param("WALK_SPEED_KMH", "number", DEFAULT_WALK_SPEED_KMH),
            Param("THRESHOLD_MIN", "number", DEFAULT_THRESHOLD_MIN),
            Param("DECAY", "enum", 0, options=("exponential", "power")), Param("BETA", "number"),
            Param("HORIZON_MIN", "number", DEFAULT_HORIZON_MIN),
            Param("MAX_SNAP_M", "number", DEFAULT_MAX_SNAP_M),
            Param("POLYGON_ACCESS", "enum", 0, options=POLYGON_ACCESS_IDS),
            Param("PROFILE", "choice", "walk", options=("walk",)), Param("DEM", "raster"),
            *fragment_params(), Param("OUTPUT", "output")]

    def prepare(self, v, job, log):
        import os

        from shapely import wkb as swkb

        from ..core.network.build import speed_to_m_per_min
        from ..core.walk.accessibilitygrid import (
            DECAYS,
            cells_in_zones,
            decay_weight,
            gravity_cutoff_min,
            hex_grid,
        )
        self.positive(v, "CELL_SIZE", "The cell size must be more than 0 m (got {v}).")
        check_fragments(v)
        self.positive(v, "WALK_SPEED_KMH", "The walking speed must be more than 0 km/h (got "
                      "{v}).")
        self.positive(v, "MAX_SNAP_M", "The largest snap distance must be more than 0 m (got "
                      "{v}).")
        self.check_layer(v, "DESTINATIONS", "destinations", ("point", "polygon"),
                         [v["CATEGORY_FIELD"], v["WEIGHT_FIELD"]])
        job.network = netio.prepare_network(v["NETWORK"], job.cache_dir, log=log)
        job.crs_wkt = job.network.crs_wkt
        srs = ogr_io.srs_from_wkt(job.crs_wkt)
        zone_shapes = None
        if v["ZONES"]:
            self.check_layer(v, "ZONES", "zones", ("polygon",))
            layer = ogr_io.VectorLayer(v["ZONES"], "zones")
            feats = layer.read([], to_srs=srs)
            layer.close()
            from ..core.common.compat import make_valid_polygonal
            zone_shapes = []
            for w in feats.wkb:
                if w is None:
                    continue
                g = swkb.loads(bytes(w))
                zone_shapes.append(g if g.is_valid else make_valid_polygonal(g))
            if not zone_shapes:
                raise BatchError("The zone layer has no usable polygons.")
            b = np.array([z.bounds for z in zone_shapes])
            extent = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        elif v["EXTENT"] is not None:
            x0, y0, x1, y1, crs = v["EXTENT"]
            if crs and not ogr_io.same_srs(ogr_io.srs_from_user(crs), srs):
                raise BatchError("The EXTENT must be given in the working CRS {c} (the "
                                 "network's).", c=job.network.crs_authid)
            extent = (x0, y0, x1, y1)
        else:
            net = netio.load(job.network)
            lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
            extent = (lo[0], lo[1], hi[0], hi[1])
            log.append("No extent or zones given: the grid covers the network.")
        centres, rings = hex_grid(extent, v["CELL_SIZE"])
        if zone_shapes is not None:
            keep = cells_in_zones(rings, zone_shapes)
            centres, rings = centres[keep], rings[keep]
        grid_path = os.path.join(job.cache_dir, f"grid-{job.fingerprint[:16]}.npz")
        np.savez(grid_path, centres=centres, rings=rings)
        layer = ogr_io.VectorLayer(v["DESTINATIONS"], "destinations")
        if v["CATEGORY_FIELD"]:
            feats = layer.read([v["CATEGORY_FIELD"]], geometry=False)
            cats = sorted({str(c) for c in feats.attrs[v["CATEGORY_FIELD"]]
                           if c is not None and str(c).strip() != ""})
        else:
            cats = ["all"]
        layer.close()
        m_per_min = speed_to_m_per_min(v["WALK_SPEED_KMH"])
        try:
            decay_weight(0.0, DECAYS[v["DECAY"]], v["BETA"])  # validates decay and beta
        except UrbanPlanError as e:
            raise BatchError(str(e)) from None
        # the searches reach the horizon (nearest times), the threshold (opportunities) and the
        # gravity cut-off, whichever is farthest
        cutoff_min = gravity_cutoff_min(DECAYS[v["DECAY"]], v["BETA"])
        horizon_min = max(v["HORIZON_MIN"] or 0.0, v["THRESHOLD_MIN"] or 0.0, cutoff_min)
        horizon = horizon_min * m_per_min
        job.extra = {"grid": grid_path, "categories": cats, "horizon": horizon,
                     "halo": horizon + 3.0 * v["MAX_SNAP_M"] + DEFAULT_ENTRANCE_TOLERANCE_M + 1.0,
                     "bkeys": _boundary_keys(), "cells": len(centres)}
        log.append(f"{len(centres):,} hexagons of {v['CELL_SIZE']:g} m; search horizon "
                   f"{horizon:.0f} m.")

    def new_fields(self, cats):
        from ..core.walk.fifteenminutecity import safe_field_names
        names = safe_field_names(cats)
        return S.spec("accessibilitygrid", "OUTPUT",
                      [S.CELL_ID, S.SNAP_M, S.NEAREST_MIN]
                      + [S.fill(S.TIME_CAT_MIN, names[c]) for c in cats]
                      + [S.OPPORTUNITIES, S.GRAVITY, S.GRAVITY_TRUNC_MAX_PCT, S.NULL_REASON])

    def run_area(self, ctx):
        from ..core.walk.accessibilitygrid import DECAYS, grid_access
        from ..core.walk.fifteenminutecity import SearchGraph
        v, x = ctx.values, ctx.job.extra
        cats = x["categories"]
        new = self.new_fields(cats)
        with np.load(x["grid"]) as data:
            centres_all = data["centres"]
            box = ctx.area.bbox
            near = np.flatnonzero((centres_all[:, 0] >= box[0]) & (centres_all[:, 0] <= box[2])
                                  & (centres_all[:, 1] >= box[1])
                                  & (centres_all[:, 1] <= box[3]))
            near = near[ctx.area.owns(centres_all[near])]
            centres = centres_all[near]
            rings = data["rings"][near]
        srs = ctx.srs
        _, ogr, _ = ogr_io.gdal_modules()

        def output(values, summary):
            wkb = [_ring_wkb(r) for r in rings]
            return AreaOutput(srs, ogr.wkbPolygon, (near + 1).tolist(), wkb, [],
                              [[] for _ in near], new, values, summary, {"features": len(near)})

        if len(near) == 0:
            return output([[] for _ in new], [])
        index = ctx.index()
        ms = v["MAX_SNAP_M"]
        cells = index.snap(centres, max_distance=ms)
        cells_ok = cells.ok
        nan = [None] * len(near)
        whole = ctx.whole("pieces", lambda: self.pieces(ctx, index))
        if not cells_ok.any():  # every cell off the network: NULL, as in a whole-region run
            reasons = null_reason_column(index, cells, np.full((len(near), len(cats)), np.nan),
                                         whole["categories"], cats)
            cols = [near.tolist()] + [nan] * (len(new) - 2) + [reasons]
            return output(cols, [{"CELL_COUNT": len(near), "CELLS_ON_NETWORK": 0}])

        def read(radius):
            return read_destination_points(ctx, "DESTINATIONS", radius, v["CATEGORY_FIELD"],
                                           v["POLYGON_ACCESS"], index, x["bkeys"], ms,
                                           extra_fields=[v["WEIGHT_FIELD"]] if v["WEIGHT_FIELD"]
                                           else ())

        def usable(d):
            return len(d[0]) > 0 and bool(index.snap(d[0], max_distance=ms).ok.any())

        halo = x["halo"]
        dxy, labels, owner, feats = widen_until(read, usable, halo, ctx.cover_radius(halo))
        weight = None
        if v["WEIGHT_FIELD"]:
            weight = feats.numeric(v["WEIGHT_FIELD"], f"weight field '{v['WEIGHT_FIELD']}'")[owner]
        if not v["CATEGORY_FIELD"]:
            labels = np.full(len(labels), "all", dtype=object)
        masked = ctx.masked(halo)
        res = grid_access(masked, centres, rings, dxy, labels, weight,
                          speed_kmh=v["WALK_SPEED_KMH"], threshold_min=v["THRESHOLD_MIN"],
                          horizon_min=v["HORIZON_MIN"], decay=DECAYS[v["DECAY"]],
                          beta=v["BETA"], max_snap_m=ms, dest_owner=owner, index=index,
                          graph=SearchGraph(masked), dest_pieces=whole["categories"],
                          piece_weight=whole["weight"])
        pos = {c: j for j, c in enumerate(res.categories)}
        time = np.full((len(near), len(cats)), np.nan)
        cols = [near.tolist(), round_col(res.snap_m, 1), round_col(res.nearest_min, 3)]
        for k, c in enumerate(cats):
            if c in pos:
                time[:, k] = res.time[:, pos[c]]
            cols.append(round_col(res.time[:, pos[c]], 3) if c in pos else nan)
        cols += [round_col(res.opportunities, 3), round_col(res.gravity, 6),
                 round_col(res.gravity_trunc_max_pct, 4),
                 null_reason_column(index, cells, time, whole["categories"], cats)]
        summary = {k: val for k, val in res.summary.items()}
        return output(cols, [summary])


    @staticmethod
    def pieces(ctx, index):
        """Over the whole region: {"categories": {category: pieces of network holding one},
        "weight": per piece, the weight of the destinations on it} (what a whole-region run's
        null_reason and gravity_trunc_max_pct look at)."""
        from ..core.walk.accessibilitygrid import pieces_weight
        v, x = ctx.values, ctx.job.extra
        extra = [v["WEIGHT_FIELD"]] if v["WEIGHT_FIELD"] else ()
        everywhere = ctx.cover_radius(v["MAX_SNAP_M"] + DEFAULT_ENTRANCE_TOLERANCE_M + 1.0)
        dxy, labels, owner, feats = read_destination_points(
            ctx, "DESTINATIONS", everywhere, v["CATEGORY_FIELD"], v["POLYGON_ACCESS"], index,
            x["bkeys"], v["MAX_SNAP_M"], extra_fields=extra)
        n_owner = int(owner.max()) + 1 if len(owner) else 0
        owner_weight = (feats.numeric(v["WEIGHT_FIELD"], f"weight field '{v['WEIGHT_FIELD']}'")
                        if v["WEIGHT_FIELD"] else np.ones(n_owner))
        snapped = index.snap(dxy, max_distance=v["MAX_SNAP_M"])
        piece = index.piece_of(snapped)
        if not v["CATEGORY_FIELD"]:
            labels = np.full(len(labels), "all", dtype=object)
        text = np.array([None if lab is None or str(lab).strip() == "" else str(lab)
                         for lab in labels], dtype=object)
        cats = {c: np.unique(piece[(text == c) & snapped.ok]) for c in x["categories"]}
        return {"categories": cats,
                "weight": pieces_weight(index, snapped, owner, owner_weight)}


def _ring_wkb(ring):
    import struct
    ring = np.asarray(ring, dtype="<f8")
    return struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring)) + ring.tobytes()


# =========================================================================== public space

def _park_presets():
    from ..core.publicspace.greenspacecoverage import load_park_presets
    try:
        presets, _, default = load_park_presets()
    except Exception:  # noqa: BLE001
        return [], None
    return list(presets), default


def _polygons(feats, what, log, repair=True):
    """Clean shapely polygons of features (the engine's repair rule), None when empty."""
    from ..core.geometry.polygons import clean_polygons, geometries_from_wkb
    fixed = []
    geoms = geometries_from_wkb(feats.wkb, repair=_ogr_repair if repair else None, fixed=fixed)
    geoms, _, _ = clean_polygons(geoms, feats.fids.tolist(), what, log, repaired_before=fixed)
    return geoms


def _ogr_repair(data):
    """GDAL's make valid on WKB GEOS could not read (the role QGIS's make valid plays in
    qgis_io.publicspace.repair_wkb); None when nothing usable is left."""
    _, ogr, _ = ogr_io.gdal_modules()
    try:
        g = ogr.CreateGeometryFromWkb(bytes(data)).MakeValid()
    except Exception:  # noqa: BLE001
        return None
    if g is None or g.IsEmpty():
        return None
    return bytes(g.ExportToIsoWkb())


def adaptive(ctx, start, margin, compute, pending_of):
    """Run ``compute(radius)`` with a growing halo until every origin's distance is proven
    (see the module doc). ``pending_of(result)`` -> bool per origin: distance not proven within
    ``radius - margin``."""
    cover = ctx.cover_radius(margin + 1.0)
    radius = start
    while True:
        try:
            res = compute(radius)
        except UrbanPlanError:
            if radius >= cover:
                raise
            res = None  # nothing reachable near the area yet (e.g. no park within the halo)
        if res is not None and (radius >= cover or not pending_of(res, radius - margin).any()):
            return res, radius
        radius = min(radius * 4.0, cover)


def _unproven(dist, ok, limit):
    with np.errstate(invalid="ignore"):
        return ok & (~np.isfinite(dist) | (dist > limit))


@register
class Sdg1171(Adapter):
    name = "sdg1171"

    @property
    def PARAMS(self):  # noqa: N802
        from ..core.publicspace.sdg1171 import DEFAULT_DISTANCE_M
        from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
        return [
            Param("BUILTUP", "layer", required=True), Param("OPEN_SPACES", "layer", required=True),
            Param("OPEN_SPACE_FILTER", "string"), Param("STREETS", "layer"),
            Param("STREET_WIDTH_FIELD", "field"), Param("DEFAULT_STREET_WIDTH_M", "number"),
            Param("NETWORK", "layer", required=True), Param("POPULATION", "layer", required=True),
            Param("POPULATION_FIELD", "field"), Param("GROUP_FIELDS", "fields", []),
            Param("DISTANCE_M", "number", DEFAULT_DISTANCE_M), Param("ENTRANCES", "layer"),
            Param("ENTRANCE_TOLERANCE_M", "number", DEFAULT_ENTRANCE_TOLERANCE_M),
            Param("MAX_SNAP_M", "number", DEFAULT_MAX_SNAP_M), Param("ZONES", "layer"),
            Param("ZONE_FIELD", "field"),
            Param("PROFILE", "choice", "walk", options=("walk",)), Param("DEM", "raster"),
            Param("GROUP_PROFILES", "string"),
            *fragment_params(), Param("OUTPUT", "output"), Param("SUMMARY", "output"),
            Param("ACCESS_POINTS", "output")]

    def prepare(self, v, job, log):
        self.positive(v, "DISTANCE_M", "The walking distance must be more than 0 m (got {v}). "
                      "SDG 11.7.1 uses 400 m.")
        check_fragments(v)
        self.positive(v, "MAX_SNAP_M", "The largest snap distance must be more than 0 m (got "
                      "{v}).")
        if v["ZONES"] and not v["ZONE_FIELD"]:
            raise BatchError("Zones are given but no zone name field: give ZONE_FIELD.")
        self.check_layer(v, "BUILTUP", "built-up area", ("polygon",))
        self.check_layer(v, "OPEN_SPACES", "open spaces", ("polygon",))
        self.check_layer(v, "POPULATION", "population", ("point", "polygon"),
                         [v["POPULATION_FIELD"]] + (v["GROUP_FIELDS"] or []))
        if v["STREETS"]:
            kind = self.check_layer(v, "STREETS", "streets", ("polygon", "line"),
                                    [v["STREET_WIDTH_FIELD"]])
            if kind == "line" and not v["STREET_WIDTH_FIELD"] and \
                    not (v["DEFAULT_STREET_WIDTH_M"] or 0) > 0:
                raise BatchError("The street layer has lines but no width: give "
                                 "STREET_WIDTH_FIELD or DEFAULT_STREET_WIDTH_M (e.g. 10), "
                                 "or use street polygons.")
        if v["ZONES"]:
            self.check_layer(v, "ZONES", "zones", ("polygon",), [v["ZONE_FIELD"]])
        job.network = netio.prepare_network(v["NETWORK"], job.cache_dir, log=log)
        job.crs_wkt = job.network.crs_wkt
        tol = v["ENTRANCE_TOLERANCE_M"] or 0.0
        job.extra = {"margin": 3.0 * v["MAX_SNAP_M"] + tol + 1.0}
        job.extra["start"] = 2.0 * v["DISTANCE_M"] + job.extra["margin"]

    def run_area(self, ctx):
        from ..core.geometry.polygons import street_polygons
        from ..core.publicspace.common import group_counts
        from ..core.publicspace.sdg1171 import sdg_1171
        v, x = ctx.values, ctx.job.extra
        new = S.spec("sdg1171", "OUTPUT", [S.DIST_OPEN_SPACE_M, S.WITHIN, S.NULL_REASON])
        o = ctx.owned("POPULATION", "population")
        if len(o) == 0:
            return empty_output(ctx, "POPULATION", "population", new)
        pop = (o.feats.numeric(v["POPULATION_FIELD"], f"population field "
                               f"'{v['POPULATION_FIELD']}'") if v["POPULATION_FIELD"] else None)
        groups = _group_values(o, v["GROUP_FIELDS"] or [])
        group_counts(np.ones(len(o)) if pop is None else pop, groups)  # checks NULL/negative
        log = []
        area = ctx.area.geometry()
        _, bfeats = ctx.near("BUILTUP", "built-up area", 0.0)
        # the built-up area inside this area: the area figures of areas add up to the region's
        builtup = [_clip(g, area) for g in _polygons(bfeats, "built-up area", log)]
        streets = None
        if v["STREETS"]:
            slayer, sfeats = ctx.near("STREETS", "streets", 0.0,
                                      fields=[v["STREET_WIDTH_FIELD"]])
            if slayer.kind() == "polygon":
                streets = _polygons(sfeats, "street", log)
            else:
                from ..core.geometry.polygons import geometries_from_wkb
                widths = (sfeats.numeric(v["STREET_WIDTH_FIELD"], allow_null=True)
                          if v["STREET_WIDTH_FIELD"] else None)
                lines = geometries_from_wkb(sfeats.wkb, repair=_ogr_repair)
                streets, _ = street_polygons(lines, widths, sfeats.fids.tolist(),
                                             v["DEFAULT_STREET_WIDTH_M"], log)
        zones = names = None
        if v["ZONES"]:
            _, zfeats = ctx.near("ZONES", "zones", 0.0, fields=[v["ZONE_FIELD"]])
            zl = _polygons(zfeats, "zone", log)
            labels = ["NULL" if z is None else str(z) for z in zfeats.attrs[v["ZONE_FIELD"]]]
            keep = [i for i, g in enumerate(zl) if g is not None]
            zones, names = [zl[i] for i in keep], [labels[i] for i in keep]
        index = ctx.index()

        def compute(radius):
            _, ofeats = ctx.near("OPEN_SPACES", "open spaces", radius,
                                 where=v["OPEN_SPACE_FILTER"])
            open_spaces = _polygons(ofeats, "open space", [])
            entr = None
            if v["ENTRANCES"]:
                _, efeats = ctx.near("ENTRANCES", "entrances", radius)
                exy = ogr_io.representative_points(efeats.wkb)
                entr = exy[np.isfinite(exy).all(axis=1)]
            return sdg_1171(ctx.masked(radius), o.xy, pop, open_spaces, builtup, streets,
                            distance_m=v["DISTANCE_M"], entrances_xy=entr,
                            entrance_tolerance=v["ENTRANCE_TOLERANCE_M"],
                            max_snap_m=v["MAX_SNAP_M"], groups=groups, zones=zones,
                            zone_names=names, open_space_ids=ofeats.fids.tolist(), index=index)

        res, radius = adaptive(ctx, x["start"], x["margin"], compute,
                               lambda r, lim: _unproven(r.dist, r.origin_ok, lim))
        # origins without a distance are proven only once the halo covers the whole network:
        # their null_reason then sees every open space
        cols = [round_col(res.dist, 2), int_col(res.within),
                res.null_reason if res.null_reason is not None else [None] * len(o)]
        return copy_output(ctx, o, new, cols, res.summary,
                           {"features": len(o), "halo_m": radius}, log + res.log)


def _clip(geom, area):
    """The polygonal part of ``geom`` inside ``area`` (None when nothing is left)."""
    from ..core.common.compat import make_valid_polygonal
    if geom is None:
        return None
    part = make_valid_polygonal(geom.intersection(area))
    return None if part.is_empty else part


def _group_values(owned, group_fields):
    """{field: values}: numeric fields as counts, others as text categories (the rule of
    qgis_io.publicspace.group_values)."""
    out = {}
    for g in group_fields:
        if owned.layer.is_numeric(g):
            out[g] = owned.feats.numeric(g, f"group field '{g}'")
        else:
            out[g] = np.array([None if val is None else str(val)
                               for val in owned.feats.attrs[g]], dtype=object)
    return out


@register
class GreenSpaceCoverage(Adapter):
    name = "greenspacecoverage"

    @property
    def PARAMS(self):  # noqa: N802
        from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
        ids, default = _park_presets()
        return [
            Param("PARKS", "layer", required=True), Param("PARK_FILTER", "string"),
            Param("NETWORK", "layer", required=True), Param("POPULATION", "layer", required=True),
            Param("POPULATION_FIELD", "field"), Param("GROUP_FIELDS", "fields", []),
            Param("PRESET", "choice", default if default in ids else (ids[0] if ids else None),
                  options=lambda: _park_presets()[0]),
            Param("CLASSES", "matrix"), Param("ZONES", "layer"), Param("ZONE_FIELD", "field"),
            Param("ENTRANCE_TOLERANCE_M", "number", DEFAULT_ENTRANCE_TOLERANCE_M),
            Param("MAX_SNAP_M", "number", DEFAULT_MAX_SNAP_M),
            Param("PROFILE", "choice", "walk", options=("walk",)), Param("DEM", "raster"),
            Param("GROUP_PROFILES", "string"),
            *fragment_params(), Param("OUTPUT", "output"),
            Param("UNDERSERVED", "output"), Param("SUMMARY", "output")]

    def prepare(self, v, job, log):
        from ..core.publicspace.greenspacecoverage import (
            classify_parks,
            load_park_presets,
            park_classes_from_rows,
        )
        self.positive(v, "MAX_SNAP_M", "The largest snap distance must be more than 0 m (got "
                      "{v}).")
        check_fragments(v)
        if v["ZONES"] and not v["ZONE_FIELD"]:
            raise BatchError("Zones are given but no zone name field: give ZONE_FIELD.")
        matrix = [c for c in (v["CLASSES"] or [])]
        if matrix and any(str(c).strip() for c in matrix):
            if len(matrix) % 3:
                raise BatchError("The class table needs 3 values per row: class, minimum "
                                 "area (m²), service distance (m).")
            classes = park_classes_from_rows([matrix[i:i + 3] for i in range(0, len(matrix), 3)])
        else:
            presets, _, _ = load_park_presets()
            if v["PRESET"] not in presets:
                raise BatchError("Unknown park class preset '{p}'.", p=v["PRESET"])
            classes = presets[v["PRESET"]][1]
        self.check_layer(v, "PARKS", "parks", ("polygon",))
        self.check_layer(v, "POPULATION", "population", ("point", "polygon"),
                         [v["POPULATION_FIELD"]] + (v["GROUP_FIELDS"] or []))
        if v["ZONES"]:
            self.check_layer(v, "ZONES", "zones", ("polygon",), [v["ZONE_FIELD"]])
        job.network = netio.prepare_network(v["NETWORK"], job.cache_dir, log=log)
        job.crs_wkt = job.network.crs_wkt
        # which classes have parks at all (a class without parks never proves a distance)
        layer = ogr_io.VectorLayer(v["PARKS"], "parks")
        pfeats = layer.read([], to_srs=ogr_io.srs_from_wkt(job.crs_wkt), where=v["PARK_FILTER"])
        layer.close()
        parks = _polygons(pfeats, "park", [])
        area = np.array([np.nan if g is None else g.area for g in parks], dtype=np.float64)
        pclass = classify_parks(area, classes)
        has = np.array([(pclass == j).any() for j in range(len(classes))], dtype=bool)
        tol = v["ENTRANCE_TOLERANCE_M"] or 0.0
        margin = 3.0 * v["MAX_SNAP_M"] + tol + 1.0
        job.extra = {"classes": classes, "has_parks": has, "margin": margin,
                     "start": 2.0 * max(c.service_distance_m for c in classes) + margin}

    def run_area(self, ctx):
        from ..core.geometry.polygons import union_area
        from ..core.publicspace.common import ALL, group_counts, zone_labels
        from ..core.publicspace.greenspacecoverage import green_space_coverage
        from ..core.walk.fifteenminutecity import safe_field_names
        v, x = ctx.values, ctx.job.extra
        classes = x["classes"]
        names = safe_field_names([c.id for c in classes])
        new = []
        for c in classes:
            new += [S.fill(S.DIST_CLASS_M, names[c.id]), S.fill(S.COV_CLASS, names[c.id])]
        new = S.spec("greenspacecoverage", "OUTPUT", new + [S.COVERED])
        o = ctx.owned("POPULATION", "population")
        if len(o) == 0:
            return empty_output(ctx, "POPULATION", "population", new)
        pop = (o.feats.numeric(v["POPULATION_FIELD"], f"population field "
                               f"'{v['POPULATION_FIELD']}'") if v["POPULATION_FIELD"] else None)
        groups = _group_values(o, v["GROUP_FIELDS"] or [])
        group_counts(np.ones(len(o)) if pop is None else pop, groups)
        zones = znames = pop_zone = None
        log = []
        area = ctx.area.geometry()
        if v["ZONES"]:
            _, zfeats = ctx.near("ZONES", "zones", 0.0, fields=[v["ZONE_FIELD"]])
            zl = _polygons(zfeats, "zone", log)
            labels = ["NULL" if z is None else str(z) for z in zfeats.attrs[v["ZONE_FIELD"]]]
            keep = [i for i, g in enumerate(zl) if g is not None]
            znames = [labels[i] for i in keep]
            # people get their zone from the whole zone polygon, as in a whole-region run;
            # the park area of a zone is counted inside this area only (areas add up)
            pop_zone = zone_labels(o.xy, [zl[i] for i in keep], znames)
            zones = [_clip(zl[i], area) for i in keep]
        index = ctx.index()
        has = x["has_parks"]

        def compute(radius):
            _, pfeats = ctx.near("PARKS", "parks", radius, where=v["PARK_FILTER"])
            parks = _polygons(pfeats, "park", [])
            res = green_space_coverage(ctx.masked(radius), o.xy, pop, parks, classes,
                                       groups=groups, zones=zones, zone_names=znames,
                                       pop_zone=pop_zone,
                                       entrance_tolerance=v["ENTRANCE_TOLERANCE_M"],
                                       max_snap_m=v["MAX_SNAP_M"], index=index)
            res.parks = parks
            return res

        def pending(res, limit):
            return _unproven(res.dist[:, has], res.origin_ok[:, None], limit).any(axis=1) \
                if has.any() else np.zeros(len(res.origin_ok), dtype=bool)

        res, radius = adaptive(ctx, x["start"], x["margin"], compute, pending)
        # the "all" rows count the park area inside this area (the engine counts every park
        # it was given, which includes the halo's)
        own_park = union_area([g.intersection(area) for g in res.parks if g is not None])
        for row in res.summary:
            if row[S.ZONE] == ALL and row[S.POP_GROUP] == ALL:
                row["park_m2"] = own_park
                t = row["population"]
                row["park_m2_per_resident"] = own_park / t if t > 0 else np.nan
        cols = []
        for j in range(len(classes)):
            cols.append(round_col(res.dist[:, j], 2))
            cols.append(int_col(res.covered[:, j]))
        cols.append(int_col(res.covered_any))
        return copy_output(ctx, o, new, cols, res.summary,
                           {"features": len(o), "halo_m": radius}, log + res.log)


# =========================================================================== flood

@register
class FloodExposure(Adapter):
    name = "floodexposure"
    uses_network = False

    @property
    def PARAMS(self):  # noqa: N802
        from ..core.flood import floodexposure as flood
        try:
            ids = list(flood.load_class_presets().keys())
        except Exception:  # noqa: BLE001
            ids = [flood.DEFAULT_CLASS_PRESET]
        return [
            Param("HAZARD", "raster", required=True), Param("DEPTH_FIELD", "field"),
            Param("EXPOSURE", "layer", required=True), Param("POPULATION_FIELD", "field"),
            Param("GROUP_FIELDS", "fields", []), Param("ROAD_CLASS_FIELD", "field"),
            Param("AREA_WEIGHTED", "bool", False), Param("POPULATION_RASTER", "raster"),
            Param("CLASSES", "choice", flood.DEFAULT_CLASS_PRESET, options=lambda: ids),
            Param("CLASSES_FILE", "file"), Param("ZONES", "layer"), Param("ZONE_FIELD", "field"),
            Param("OUTPUT", "output"), Param("SUMMARY", "output")]

    def prepare(self, v, job, log):
        from ..core.flood import floodexposure as flood
        if v["POPULATION_RASTER"]:
            raise BatchError("POPULATION_RASTER is not supported by the batch runner: run "
                             "urbanplan:floodexposure in QGIS for it, or give the "
                             "population as a field of the exposure.")
        try:
            grid, _ = ogr_io.raster_grid(v["HAZARD"], "hazard raster")
        except BatchError:
            try:
                is_vector = ogr_io.VectorLayer(v["HAZARD"], "hazard").kind() is not None
            except BatchError:
                is_vector = False
            if not is_vector:
                raise
            raise BatchError("The batch needs a depth raster as HAZARD; '{h}' is a vector "
                             "layer. Burn the hazard polygons into a raster first "
                             "(gdal_rasterize), or run urbanplan:floodexposure in QGIS.",
                             h=v["HAZARD"]) from None
        if v["ZONES"] and not v["ZONE_FIELD"]:
            raise BatchError("Zones are given but no zone name field: give ZONE_FIELD.")
        classes = (flood.load_classes_file(v["CLASSES_FILE"]) if v["CLASSES_FILE"]
                   else flood.load_class_presets()[v["CLASSES"]])
        kind = self.check_layer(v, "EXPOSURE", "exposure", ("point", "line", "polygon"),
                                [v["POPULATION_FIELD"], v["ROAD_CLASS_FIELD"]]
                                + (v["GROUP_FIELDS"] or []))
        if v["ZONES"]:
            self.check_layer(v, "ZONES", "zones", ("polygon",), [v["ZONE_FIELD"]])
        job.crs_wkt = grid.crs_wkt
        srs = ogr_io.srs_from_wkt(grid.crs_wkt)
        centre = None
        if kind == "line" and srs.IsGeographic():
            layer = ogr_io.VectorLayer(v["EXPOSURE"], "exposure")
            ext = ogr_io.bbox_between(layer.extent(), layer.srs(), srs)
            centre = ((ext[0] + ext[2]) / 2.0, (ext[1] + ext[3]) / 2.0)
            layer.close()
        job.extra = {"classes": classes, "kind": kind, "centre": centre}
        log.append(f"Depth classes: {classes.describe()}")

    def run_area(self, ctx):
        from ..core.flood import floodexposure as flood
        from ..core.geometry.wkb import lines_from_wkb, points_from_wkb, polygons_from_wkb
        v, x = ctx.values, ctx.job.extra
        classes, kind = x["classes"], x["kind"]
        pop_field = v["POPULATION_FIELD"]
        extra = S.spec("floodexposure", "OUTPUT",
                       flood.result_names(classes, kind, bool(pop_field), bool(v["ZONES"])))
        o = ctx.owned("EXPOSURE", "exposure")
        if len(o) == 0:
            return empty_output(ctx, "EXPOSURE", "exposure", extra)
        n = len(o)
        population = o.feats.numeric(pop_field, allow_null=True) if pop_field else None
        groups = {g: o.feats.numeric(g, allow_null=True) for g in (v["GROUP_FIELDS"] or [])}
        road = None
        if v["ROAD_CLASS_FIELD"] and kind == "line":
            road = np.array(o.feats.attrs[v["ROAD_CLASS_FIELD"]], dtype=object)
        if kind == "point":
            geoms = points_from_wkb(o.wkb)
            pts = geoms[0]
            box = _extent(pts)
        elif kind == "line":
            geoms, _ = lines_from_wkb(o.wkb)
            box = _extent(geoms.coords)
        else:
            geoms = polygons_from_wkb(o.wkb)
            box = geoms.extent()
        zones = znames = None
        if v["ZONES"]:
            _, zfeats = ctx.near("ZONES", "zones", 0.0, fields=[v["ZONE_FIELD"]], bbox=box)
            keep = [i for i, w in enumerate(zfeats.wkb) if w is not None]
            zones = polygons_from_wkb([zfeats.wkb[i] for i in keep])
            znames = ["NULL" if zfeats.attrs[v["ZONE_FIELD"]][i] is None
                      else str(zfeats.attrs[v["ZONE_FIELD"]][i]) for i in keep]
            if keep:
                ze = zones.extent()
                box = (min(box[0], ze[0]), min(box[1], ze[1]), max(box[2], ze[2]),
                       max(box[3], ze[3]))
            else:
                zones = znames = None
        raster = ogr_io.read_raster(v["HAZARD"], bbox=box, what="hazard raster")
        if raster is None:
            from ..core.geometry.rastergrid import Raster
            grid, _ = ogr_io.raster_grid(v["HAZARD"], "hazard raster")
            raster = Raster(np.zeros((1, 1), dtype=np.float32), np.zeros((1, 1), dtype=bool),
                            grid.subgrid(0, 1, 0, 1))
        seg_len = None
        if kind == "line" and x["centre"] is not None:
            seg_len = _segment_lengths_m(geoms, ctx.srs, x["centre"])
        res = flood.flood_exposure(
            raster, classes, kind, geoms, n, population=population, groups=groups, zones=zones,
            zone_names=znames, road_class=road,
            area_weighted=bool(v["AREA_WEIGHTED"]) and kind == "polygon",
            segment_length=seg_len, analysis_extent=box)
        names, arrays = flood.result_columns(res, classes, kind, bool(pop_field),
                                             zone_names=znames if zones is not None else None,
                                             with_zone=bool(v["ZONES"]))
        cols = [column(a, k) for a, (_, k) in zip(arrays, extra)]
        return copy_output(ctx, o, extra, cols, res.summary, {"features": n},
                           [m for _, m in res.log])


def _extent(xy):
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    ok = np.isfinite(xy).all(axis=1)
    if not ok.any():
        return None
    return (float(xy[ok, 0].min()), float(xy[ok, 1].min()), float(xy[ok, 0].max()),
            float(xy[ok, 1].max()))


def _segment_lengths_m(lines, srs, centre):
    """Metric segment lengths of lines in a geographic CRS: vertices projected to the UTM zone
    of the exposure's centre (the rule of qgis_io.flood_io.segment_lengths_m)."""
    from ..core.geometry.rasterize import segment_vertex_index
    wgs = ogr_io.srs_from_user("EPSG:4326")
    c = ogr_io.Transformer(srs, wgs).xy([centre])[0] if not ogr_io.same_srs(srs, wgs) \
        else centre
    utm = ogr_io.srs_from_user(ogr_io.utm_for(c[0], c[1]))
    pxy = ogr_io.Transformer(srs, utm).xy(lines.coords)
    s = segment_vertex_index(lines)
    return np.hypot(pxy[s + 1, 0] - pxy[s, 0], pxy[s + 1, 1] - pxy[s, 1])
