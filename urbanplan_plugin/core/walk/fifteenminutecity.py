"""Who can walk to which daily services within N minutes: the 15-minute-city engine.

Reusable pieces (also for service areas, accessibility grids and supply-demand):

- the search itself is :class:`core.network.search.SearchGraph` (the engine's one multi-source
  Dijkstra), imported here so callers of this module can pass one ``graph`` to reuse.
- :class:`CategoryRule` and :func:`rules_for` — per-category thresholds in minutes and/or metres,
  matched to destination labels (a preset category may gather several labels).
- :func:`walk_access` — the whole analysis for arrays of origin and destination points:
  distance (m), time (min), within flag per origin and category, ``n_within`` and ``score``.
- :func:`summarize_access` — population-weighted table per zone x category x group.
- :func:`category_score`, :func:`weighted_quantile`, :func:`safe_field_names`,
  :func:`category_key` — small helpers with one documented formula each.

Conventions: metres and minutes as float; NaN (NULL in layers) where an origin is off the network
or nothing of a category is reached within the search horizon; never 0 for "unreachable".

Score (0-100), per origin: for each category c with effective distance threshold D_c (the
threshold in metres, or the threshold in minutes times the walking speed, whichever is shorter),
the walk distance d gives ``s_c = 100`` when ``d <= D_c``, falling linearly to 0 at ``2 D_c``:
``s_c = 100 * clip(2 - d / D_c, 0, 1)``; a category not reached within ``2 D_c`` scores 0. The
origin's score is the weighted mean of ``s_c`` over the categories (weights from the preset,
default 1). Origins that are off the network (farther than the snap distance) get NULL.
Because the score needs distances up to ``2 D_c``, each category's search is cut off there (the
*search horizon*): ``dist_<cat>_m``/``time_<cat>_min`` are NULL beyond it.
"""
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S
from ..common.errors import UrbanPlanError
from ..common.messages import log_line
from ..common.progress import Progress
from ..network.build import DEFAULT_WALK_SPEED_KMH, speed_to_m_per_min
from ..network.fragments import (
    describe_moved,
    describe_pruning,
    null_reason_codes,
    null_reason_text,
)
from ..network.netkernel import for_size, kernel_arg
from ..network.search import SearchGraph
from ..network.snap import EdgeIndex

DEFAULT_THRESHOLD_MIN = 15.0
"""Default walking-time threshold: the 15 minutes of the "15-minute community life circle"
(Shanghai Manual 2023, Putuo Wanli case; Hangzhou and Fuzhou 2023 cases; see CASES.md)."""

DEFAULT_MAX_SNAP_M = 200.0
"""Default largest distance (m) from a point to the network; farther points are off the network.
A practical value (example) for building points and 100-200 m hexagons in a street grid."""

HORIZON_FACTOR = 2.0
"""The search for a category stops at this multiple of its threshold, where its score reaches 0."""

ALL_CATEGORIES = S.ALL_CATEGORIES
"""Summary rows whose category is this label count people who reach every category in time."""

ANY_CATEGORY = S.ANY_CATEGORY
"""Summary rows whose category is this label count people who reach at least one category in
time (the SDG 11.2.1 reading: a low-capacity stop within 500 m *or* a high-capacity one within
1 000 m)."""

OUTSIDE_ZONES = S.OUTSIDE_ZONES

ALL = S.ALL
"""Label of the whole population (group) and of the whole study area (zone) in summaries; also
the single category used when destinations have no category field."""


# --------------------------------------------------------------------------- names

def category_key(label):
    """Normalised form of a category label, used to match labels: accents stripped, case folded,
    every run of characters other than letters and digits turned into one ``_``. Letters of any
    script are kept (``"Escola Pública"`` -> ``"escola_publica"``, ``"学校"`` stays ``"学校"``)."""
    text = unicodedata.normalize("NFKD", str(label if label is not None else ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "_", text).strip("_")


def safe_field_names(labels, max_length=40):
    """{label: safe name} for field names such as ``dist_<name>_m``.

    Lowercase ASCII letters, digits and ``_`` only (accents dropped, other characters -> ``_``),
    at most ``max_length`` characters; a label with no ASCII letter or digit left (``"学校"``)
    becomes ``cat<position>``; collisions are made unique with ``_2``, ``_3`` ... in the order
    given (``"Café"`` and ``"cafe!"`` -> ``cafe`` and ``cafe_2``). Log the mapping."""
    out, used = {}, set()
    for pos, label in enumerate(labels, start=1):
        key = category_key(label).encode("ascii", "ignore").decode("ascii")
        base = re.sub(r"[^a-z0-9]+", "_", key).strip("_")[:max_length] or f"cat{pos}"
        name, k = base, 2
        while name in used:
            suffix = f"_{k}"
            name = base[:max_length - len(suffix)] + suffix
            k += 1
        used.add(name)
        out[label] = name
    return out


# --------------------------------------------------------------------------- rules

@dataclass
class CategoryRule:
    """One category of an analysis and when it counts as within reach.

    ``name``: the category as reported (field names are made from it). ``match``: destination
    labels that belong to it (compared with :func:`category_key`; default: the name itself).
    ``threshold_min`` and/or ``threshold_m``: within when *every* given limit holds.
    ``weight``: weight in the score. ``source``: where the threshold comes from ("example" when
    it is an illustration, not a published value)."""

    name: str
    threshold_min: float = None
    threshold_m: float = None
    match: tuple = ()
    weight: float = 1.0
    label: str = ""
    source: str = ""

    def __post_init__(self):
        self.match = tuple(self.match) if self.match else (self.name,)
        for what, value in (("minutes", self.threshold_min), ("metres", self.threshold_m)):
            if value is not None and (not np.isfinite(value) or value <= 0):
                raise UrbanPlanError(
                    "The threshold of category '{name}' must be a positive number of "
                    "{what}, got {value!r}. Fix the preset or the threshold parameter.",
                    name=self.name, what=what, value=value)
        if self.threshold_min is None and self.threshold_m is None:
            raise UrbanPlanError("Category '{name}' has no threshold: give minutes, "
                                 "metres or both.", name=self.name)
        if self.weight is None or not np.isfinite(self.weight) or self.weight < 0:
            raise UrbanPlanError("The score weight of category '{name}' must be zero or "
                                 "positive, got {weight!r}.", name=self.name, weight=self.weight)

    def distance_threshold(self, speed_kmh: float) -> float:
        """The distance (m) within which this category counts as reached by people walking at
        ``speed_kmh``: the threshold in metres, or the threshold in minutes times the speed,
        whichever is shorter (both limits must hold)."""
        v = speed_to_m_per_min(speed_kmh)
        d = np.inf
        if self.threshold_m is not None:
            d = float(self.threshold_m)
        if self.threshold_min is not None:
            d = min(d, float(self.threshold_min) * v)
        return d

    def time_threshold(self, speed_kmh: float) -> float:
        """The same limit in minutes at ``speed_kmh``: the threshold in minutes, or the threshold
        in metres divided by the speed, whichever is shorter."""
        v = speed_to_m_per_min(speed_kmh)
        t = np.inf
        if self.threshold_min is not None:
            t = float(self.threshold_min)
        if self.threshold_m is not None:
            t = min(t, float(self.threshold_m) / v)
        return t

    def describe(self):
        parts = []
        if self.threshold_min is not None:
            parts.append(f"{self.threshold_min:g} min")
        if self.threshold_m is not None:
            parts.append(f"{self.threshold_m:g} m")
        return " and ".join(parts)


def category_threshold_min(rules, category, speed_kmh):
    """Minutes within which ``category`` counts as reached at ``speed_kmh`` (the run's walking
    speed): :meth:`CategoryRule.time_threshold` of the rule whose name, or whose field name
    (the ``<name>`` of ``dist_<name>``/``time_<name>``, :func:`safe_field_names`), is
    ``category``. None when no rule has that name. For reports and styles of a finished run."""
    names = safe_field_names([r.name for r in rules])
    for r in rules:
        if category in (r.name, names[r.name]):
            return r.time_threshold(speed_kmh)
    return None


def rules_for(labels, threshold_min=DEFAULT_THRESHOLD_MIN, preset_rules=None):
    """The rules of an analysis and the log lines explaining them.

    Without a preset: one rule per distinct label at ``threshold_min``; labels that differ only
    in case, accents or punctuation (same :func:`category_key`) are one category, named after
    the first one met (logged). With preset rules: the preset's categories only; labels that no
    preset category matches are left out (logged)."""
    log = []
    if not preset_rules:
        if threshold_min is None or not np.isfinite(threshold_min) or threshold_min <= 0:
            raise UrbanPlanError("The walking-time threshold must be a positive number of "
                                 "minutes, got {threshold_min!r}.", threshold_min=threshold_min)
        by_key = {}
        for lab in labels:
            if lab is None:
                continue
            by_key.setdefault(category_key(lab), [])
            if lab not in by_key[category_key(lab)]:
                by_key[category_key(lab)].append(lab)
        rules = []
        for labs in by_key.values():
            if len(labs) > 1:
                log.append(log_line("Category values {values} are treated as one category "
                                    "'{name}'.", values=", ".join(repr(str(x)) for x in labs),
                                    name=labs[0]))
            rules.append(CategoryRule(str(labs[0]), threshold_min=float(threshold_min),
                                      match=tuple(labs), source="threshold parameter"))
        return rules, log
    distinct = list(dict.fromkeys(lab for lab in labels if lab is not None))
    wanted = {category_key(m) for r in preset_rules for m in r.match}
    unused = [lab for lab in distinct if category_key(lab) not in wanted]
    if unused:
        log.append(log_line("Destination categories not in the preset (left out): {names}.",
                            names=", ".join(map(str, unused))))
    return list(preset_rules), log


def parse_group_speeds(text, groups):
    """{group: km/h} from text such as ``"elderly=3.6; children=4"`` (``;`` or ``,`` between
    entries, ``=`` or ``:`` inside). Every name must be one of ``groups``; speeds positive."""
    out = {}
    if not text or not str(text).strip():
        return out
    for item in re.split(r"[;,]", str(text)):
        if not item.strip():
            continue
        parts = re.split(r"[=:]", item, maxsplit=1)
        if len(parts) != 2:
            raise UrbanPlanError("Group speeds: '{item}' is not 'group=km/h' "
                                 "(example: elderly=3.6; children=4).", item=item.strip())
        name, value = parts[0].strip(), parts[1].strip()
        if name not in groups:
            raise UrbanPlanError("Group speeds: '{name}' is not one of the population group "
                                 "fields ({groups}).",
                                 name=name, groups=', '.join(groups) or 'none chosen')
        try:
            speed = float(value)
        except ValueError:
            raise UrbanPlanError("Group speeds: the speed of '{name}' must be a number of "
                                 "km/h, got '{value}'.", name=name, value=value) from None
        speed_to_m_per_min(speed)
        out[name] = speed
    return out


# --------------------------------------------------------------------------- analysis

@dataclass
class AccessResult:
    """Per origin (rows) and category (columns): ``dist`` (m), ``time`` (min at ``speed_kmh``),
    ``within``; per origin ``n_within`` and ``score`` (NaN when off the network)."""

    rules: list
    fields: dict                 # category name -> safe field name
    speed_kmh: float
    dist: np.ndarray
    within: np.ndarray
    n_within: np.ndarray
    score: np.ndarray
    origin_ok: np.ndarray        # origin snapped to the network
    origin_snap_m: np.ndarray
    horizon_m: np.ndarray        # search cut-off per category (m)
    dest_count: np.ndarray       # destinations (features) per category
    dest_on_network: np.ndarray  # of which within the snap distance
    log: list = field(default_factory=list)
    cancelled: bool = False
    reason: np.ndarray = None    # (n, k) why dist is NULL: core.network.fragments.REASONS
    origin_moved: np.ndarray = None  # nearest street was a fragment (attached elsewhere)
    profile: str = "walk"        # the travel profile the distances and times are for
    plain: bool = True           # every way, no terrain: today's undirected walk
    _time: np.ndarray = field(default=None, repr=False)

    @property
    def time(self) -> np.ndarray:
        """Minutes at ``speed_kmh`` (n, k), computed from ``dist`` when first asked for (the
        summary does not need it: a table as large as ``dist`` is not made for nothing)."""
        if self._time is None:
            self._time = self.dist / speed_to_m_per_min(self.speed_kmh)
        return self._time

    @property
    def null_reason(self):
        """Per origin: None when every category has a value, else why not (``off_network``,
        ``island``, ``beyond_horizon``, ``impassable``; several joined by ``;``)."""
        if self.reason is None:
            return [None] * len(self.origin_ok)
        return null_reason_text(self.reason)

    @property
    def categories(self):
        return [r.name for r in self.rules]

    def within_at(self, speed_kmh):
        """Within flags (n, k) for people walking at ``speed_kmh`` (a population group)."""
        lim = np.array([r.distance_threshold(speed_kmh) for r in self.rules])
        with np.errstate(invalid="ignore"):
            return self.dist <= lim[None, :] + 1e-9   # NaN (not reached) compares False

    def all_within(self, speed_kmh=None):
        w = self.within if speed_kmh is None else self.within_at(speed_kmh)
        return self.origin_ok & w.all(axis=1) if w.shape[1] else np.zeros(len(w), bool)


def category_score(dist, threshold_m):
    """Per-category score 0-100: 100 within the threshold, linear to 0 at twice the threshold,
    0 beyond or when not reached (NaN distance)."""
    dist = np.asarray(dist, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        s = np.multiply(dist, -1.0 / np.float64(threshold_m), out=np.empty_like(dist))
        s += 2.0
    np.fmax(s, 0.0, out=s)      # fmax: NaN (not reached) -> 0
    np.fmin(s, 1.0, out=s)
    s *= 100.0
    return s


def walk_access(network, origin_xy, dest_xy, dest_labels, rules=None,
                threshold_min=DEFAULT_THRESHOLD_MIN, speed_kmh=DEFAULT_WALK_SPEED_KMH,
                group_speeds_kmh=None, max_snap_m=DEFAULT_MAX_SNAP_M, dest_owner=None,
                horizon_factor=HORIZON_FACTOR, index=None, graph=None, progress=None,
                travel=None, dest_pieces=None):
    """Walking access from every origin to the nearest destination of each category.

    ``origin_xy`` (n, 2) and ``dest_xy`` (m, 2) are in the network's CRS (metres); NaN rows are
    features without geometry (off the network). ``dest_labels`` (m,) are category labels (None
    = no category: left out). ``dest_owner`` (m,) groups several access points (a park's
    entrances) into one destination for the counts; default: each point is one destination.
    ``rules``: list of :class:`CategoryRule` (a preset), else one rule per label at
    ``threshold_min``. ``group_speeds_kmh`` only widens the search so slower or faster groups can
    be summarised later (:meth:`AccessResult.within_at`). One search per category, cut off at
    ``horizon_factor`` x its distance threshold at the fastest speed.

    ``travel`` (:class:`core.walk.profiles.Travel`): who travels (profile, way rules, slope);
    its flat speed replaces ``speed_kmh``, points snap to the ways it may use, and distances
    are flat-equivalent metres (the distance that takes as long on flat ground), so ``time``
    is the real travel time in the direction origin -> destination.

    ``null_reason`` of the result says why an origin's value is NULL (see
    :mod:`core.network.fragments`); the pieces of network are those of ``index`` (its network
    and, with a travel profile, its usable ways). ``dest_pieces`` ({category name: piece
    labels of ``index``}) names the pieces holding a destination of each category when more
    destinations exist than those given (the batch gives an area's nearby ones only)."""
    progress = progress or Progress()
    if travel is not None:
        speed_kmh = travel.speed_kmh
    speed_to_m_per_min(speed_kmh)  # validates
    speeds = [float(speed_kmh)] + [float(v) for v in (group_speeds_kmh or {}).values()]
    for v in speeds:
        speed_to_m_per_min(v)
    if max_snap_m is None or not np.isfinite(max_snap_m) or max_snap_m <= 0:
        raise UrbanPlanError("The largest snap distance must be a positive number of metres, "
                             "got {max_snap_m!r}.", max_snap_m=max_snap_m)
    origin_xy = np.asarray(origin_xy, dtype=np.float64).reshape(-1, 2)
    dest_xy = np.asarray(dest_xy, dtype=np.float64).reshape(-1, 2)
    labels = np.asarray(dest_labels, dtype=object).reshape(-1)
    if len(labels) != len(dest_xy):
        raise UrbanPlanError("Internal: one category label per destination point is needed.")
    owner = (np.arange(len(dest_xy)) if dest_owner is None
             else np.asarray(dest_owner, dtype=np.int64).reshape(-1))
    log = []
    # labels are handled per distinct value (fast for 100 000s of destinations)
    text = np.array(["" if lab is None else str(lab) for lab in labels], dtype=object)
    if len(text):
        uniq, first, inv = np.unique(text.astype(str), return_index=True, return_inverse=True)
    else:
        uniq, first, inv = [], [], []
    inv = np.asarray(inv, dtype=np.int64).reshape(-1)
    uniq_blank = np.array([u.strip() == "" for u in uniq], dtype=bool)
    uniq_key = np.array([category_key(u) for u in uniq], dtype=object)
    blank = uniq_blank[inv] if len(inv) else np.zeros(0, dtype=bool)
    if len(labels) == 0 or blank.all():
        raise UrbanPlanError(
            "There are no destinations with a category. Check the destination layer (is it "
            "empty or filtered?) and the category field (are all its values empty?).")
    if blank.any():
        n_blank = len(np.unique(owner[blank]))
        log.append(log_line("{n} destination(s) have no category (NULL or empty) and are left "
                            "out.", n=int(n_blank)))
    # distinct labels in sorted order (each as first met in the data)
    rules, rule_log = rules_for([labels[first[u]] for u in range(len(uniq)) if not uniq_blank[u]],
                                threshold_min, rules)
    log.extend(rule_log)
    names = [r.name for r in rules]
    fields = safe_field_names(names)
    if travel is not None:
        index = index or travel.index(network)
        graph = graph or travel.graph(network)
    index = index or EdgeIndex(network)
    graph = graph or SearchGraph(network)

    o_snap = index.snap(origin_xy, max_distance=max_snap_m)
    d_snap = index.snap(dest_xy, max_distance=max_snap_m)
    n, k = len(origin_xy), len(rules)
    if n == 0:
        raise UrbanPlanError("There are no origins: the origin layer is empty or filtered.")
    pruned = describe_pruning(index.net, index.kept, index.usable)
    if pruned:
        log.append(pruned)
    for snapped, what in ((o_snap, "origin(s)"), (d_snap, "destination point(s)")):
        moved = describe_moved(snapped, what)
        if moved:
            log.append(moved)
    n_off = o_snap.unreachable_count
    if n_off:
        log.append(log_line("{n_off} of {n} origin(s) are farther than {max_snap_m:g} m from "
                            "the network (or have no geometry): they are off the network and get "
                            "NULL.", n_off=int(n_off), n=int(n), max_snap_m=float(max_snap_m)))
    if not d_snap.ok[~blank].any():
        raise UrbanPlanError(
            "No destination is within {max_snap_m:g} m of the walking network. Check that the "
            "destinations and the network cover the same area (and CRS), or raise the largest "
            "snap distance.", max_snap_m=max_snap_m)

    dist = np.full((n, k), np.nan, order="F")   # a column per category: contiguous
    horizon = np.zeros(k)
    dest_count = np.zeros(k, dtype=np.int64)
    dest_on = np.zeros(k, dtype=np.int64)
    o_piece = index.piece_of(o_snap)
    dest_comp = index.piece_of(d_snap)
    dest_pieces = [np.asarray(dest_pieces[r.name], dtype=np.int64) if dest_pieces is not None
                   and r.name in dest_pieces else None for r in rules]
    vmax = max(speeds)
    cancelled = False
    for j, rule in enumerate(rules):
        if progress.is_canceled():
            cancelled = True
            break
        match = {category_key(m) for m in rule.match}
        uniq_sel = np.array([(not b) and (k in match) for k, b in zip(uniq_key, uniq_blank)],
                            dtype=bool)
        sel = uniq_sel[inv] if len(inv) else np.zeros(0, dtype=bool)
        dest_count[j] = len(np.unique(owner[sel]))
        dest_on[j] = len(np.unique(owner[sel & d_snap.ok]))
        if dest_pieces[j] is None:
            dest_pieces[j] = np.unique(dest_comp[sel & d_snap.ok])
        horizon[j] = horizon_factor * rule.distance_threshold(vmax)
        if dest_count[j] == 0:
            log.append(log_line("Category '{name}' has no destinations: nobody reaches it (its "
                                "score counts as 0). Check the category values or the preset.",
                                name=rule.name))
            continue
        if dest_on[j] == 0:
            log.append(log_line("Category '{name}': none of its {n} destination(s) is within "
                                "{max_snap_m:g} m of the network, so nobody reaches it.",
                                name=rule.name, n=int(dest_count[j]),
                                max_snap_m=float(max_snap_m)))
            continue
        if dest_on[j] < dest_count[j]:
            log.append(log_line("Category '{name}': {n_off} of {n} destination(s) are farther "
                                "than {max_snap_m:g} m from the network and are left out.",
                                name=rule.name, n_off=int(dest_count[j] - dest_on[j]),
                                n=int(dest_count[j]), max_snap_m=float(max_snap_m)))
        graph.nearest(o_snap, d_snap, sel, limit=horizon[j], out=dist[:, j])
        progress.progress(100.0 * (j + 1) / max(k, 1))

    thr = np.array([r.distance_threshold(speed_kmh) for r in rules], dtype=np.float64)
    ok = o_snap.ok
    weights = np.array([r.weight for r in rules], dtype=np.float64)
    within, n_within, score = _score_origins(dist, thr, weights, ok)
    stuck = (travel.stuck(network, o_snap, graph) if travel is not None
             else np.zeros(n, dtype=bool))
    dest_pieces = [np.empty(0, np.int64) if p is None else p for p in dest_pieces]
    if stuck.any():
        log.append(f"{int(stuck.sum())} origin(s) sit on a way that is impassable for the "
                   f"profile '{travel.profile.id}' in both directions (too steep): they reach "
                   "nothing (NULL, reason in null_reason).")
    return AccessResult(rules=rules, fields=fields, speed_kmh=float(speed_kmh), dist=dist,
                        within=within, n_within=n_within, score=score, origin_ok=ok,
                        origin_snap_m=o_snap.distance, horizon_m=horizon, dest_count=dest_count,
                        dest_on_network=dest_on, log=log, cancelled=cancelled,
                        reason=null_reason_codes(o_piece, dist, dest_pieces, stuck),
                        origin_moved=o_snap.moved,
                        profile=(travel.profile.id if travel is not None else "walk"),
                        plain=travel is None or travel.is_plain)


def _score_origins(dist, thr, weights, ok):
    """(within (n, k), categories within per origin, score) from the distances (n, k),
    NaN off the network; compiled when :mod:`core.network.netkernel` has its kernels."""
    n, k = dist.shape
    kern = for_size(n)
    if kern is not None and dist.flags.f_contiguous and dist.dtype == np.float64:
        within = np.empty((n, k), dtype=bool, order="F")
        n_within = np.empty(n)
        score = np.empty(n)
        kern.score_origins(dist.T, thr, weights, float(weights.sum()),
                           kernel_arg(ok, dtype=bool), within.T, n_within, score)
        return within, n_within, score
    with np.errstate(invalid="ignore"):
        within = dist <= thr[None, :] + 1e-9      # NaN (not reached) compares False
    # column by column: numpy reduces slowly along rows of a few categories
    count = np.zeros(n)
    for j in range(k):
        count += within[:, j]
    n_within = np.where(ok, count, np.nan)
    score = np.zeros(n)
    if k and weights.sum() > 0:
        for j in range(k):
            score += category_score(dist[:, j], thr[j]) * weights[j]
        score /= weights.sum()
    return within, n_within, np.where(ok, score, np.nan)


# --------------------------------------------------------------------------- summary

def weighted_quantile(values, weights, q):
    """The lower weighted quantile: the smallest value v such that the weight of values <= v
    is at least ``q`` of the total. NaN values are ignored; NaN when no weight is left."""
    v = np.asarray(values, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    keep = np.isfinite(v) & (w > 0)
    v, w = v[keep], w[keep]
    if len(v) == 0:
        return np.nan
    order = np.argsort(v, kind="stable")
    cum = np.cumsum(w[order])
    i = int(np.searchsorted(cum, q * cum[-1] - 1e-9 * cum[-1], side="left"))
    return float(v[order][min(i, len(v) - 1)])


def _grouped_quantiles(codes, values, weights, n_groups, qs):
    """Lower weighted quantiles of ``values`` per group code (vectorised over groups): per
    group and q, the smallest value v whose group weight at or below v is at least q of the
    group's total (NaN for a group without weight).

    Exact without sorting every value: the values are spread over 1 024 buckets by a monotone
    map, the bucket holding each quantile is found from the buckets' cumulative weights, and
    only that bucket's values are sorted (up to 4 096 values: one sort). Compiled (the same
    method) when :mod:`core.network.netkernel` has its kernels."""
    kern = for_size(len(values))
    if kern is not None:
        out = np.empty((len(qs), n_groups))
        kern.grouped_quantiles(kernel_arg(codes, dtype=np.int64),
                               kernel_arg(values, dtype=np.float64),
                               kernel_arg(weights, dtype=np.float64), int(n_groups),
                               np.asarray(qs, dtype=np.float64), out)
        return out
    keep = np.isfinite(values) & (weights > 0)
    c, v, w = codes[keep], values[keep], weights[keep]
    out = np.full((len(qs), n_groups), np.nan)
    if len(v) == 0:
        return out
    if len(v) <= 4096:      # few values: one sort is quickest
        order = np.argsort(v, kind="stable") if n_groups == 1 else np.lexsort((v, c))
        c, v, w = c[order], v[order], w[order]
        cum = np.cumsum(w)
        tot = np.bincount(c, weights=w, minlength=n_groups)
        start = np.searchsorted(c, np.arange(n_groups), side="left")
        before = np.where(start > 0, cum[np.maximum(start - 1, 0)], 0.0)
        has = tot > 0
        for i, q in enumerate(qs):
            target = before + q * tot - 1e-9 * np.maximum(tot, 1.0)
            idx = np.minimum(np.maximum(np.searchsorted(cum, target, side="left"), start),
                             len(v) - 1)
            out[i] = np.where(has, v[idx], np.nan)
        return out
    tot = np.bincount(c, weights=w, minlength=n_groups)
    has = tot > 0
    targets = [q * tot - 1e-9 * np.maximum(tot, 1.0) for q in qs]
    lo, hi = float(v.min()), float(v.max())
    nb = 1024 if len(v) > 4096 and hi > lo else 1
    if nb > 1:
        b = np.minimum(((v - lo) * (nb / (hi - lo))).astype(np.int64), nb - 1)
        key = c * nb + b
    else:
        key = c.astype(np.int64)
    cum = np.cumsum(np.bincount(key, weights=w, minlength=n_groups * nb).reshape(n_groups, nb),
                    axis=1)
    # the bucket holding each (quantile, group): the first whose cumulative weight reaches
    # the target (the last bucket when rounding leaves it short)
    pick = np.empty((len(qs), n_groups), dtype=np.int64)
    for i, target in enumerate(targets):
        reach = cum >= target[:, None]
        pick[i] = np.where(reach.any(axis=1), reach.argmax(axis=1), nb - 1)
    wanted = np.zeros(n_groups * nb, dtype=bool)
    wanted[(np.arange(n_groups)[None, :] * nb + pick)[:, has].ravel()] = True
    sel = np.flatnonzero(wanted[key])
    sk, sv, sw = key[sel], v[sel], w[sel]
    order = np.lexsort((sv, sk))
    sk, sv, sw = sk[order], sv[order], sw[order]
    scum = np.cumsum(sw)
    for i, target in enumerate(targets):
        g = np.flatnonzero(has)
        bk = g * nb + pick[i, g]
        first = np.searchsorted(sk, bk, side="left")
        last = np.searchsorted(sk, bk, side="right") - 1
        before_bucket = np.where(pick[i, g] > 0, cum[g, np.maximum(pick[i, g] - 1, 0)], 0.0)
        # running weight inside the bucket, plus the buckets below it
        offset = before_bucket - np.where(first > 0, scum[np.maximum(first - 1, 0)], 0.0)
        need = target[g] - offset
        j = np.searchsorted(scum, need, side="left")
        out[i, g] = sv[np.minimum(np.maximum(j, first), last)]
    return out


def _summary_rows(cols, labels, cname, gname, people, within, median, p90, reached):
    """Append one row per zone label of one category and group to the summary columns."""
    for zi, zlabel in enumerate(labels):
        cols[S.ZONE].append(zlabel)
        cols[S.CATEGORY].append(cname)
        cols[S.POP_GROUP].append(gname)
        cols[S.POPULATION].append(people[zi])
        cols[S.POP_WITHIN].append(within[zi])
        cols[S.POP_WITHIN_PCT].append(100.0 * within[zi] / people[zi] if people[zi] > 0
                                      else np.nan)
        cols[S.MEDIAN_TIME_MIN].append(median[zi])
        cols[S.P90_TIME_MIN].append(p90[zi])
        cols[S.POP_REACHED].append(reached[zi])


def _summary_compiled(kern, cols, res, gname, gpop, gspeed, zone_sets):
    """One group's rows of :func:`summarize_access` through the compiled kernel of
    :mod:`core.network.netkernel` (the same rows in the same order; sums in another order,
    so they may differ in the last bit)."""
    names = list(res.categories) + [ALL_CATEGORIES, ANY_CATEGORY]
    lim = np.array([r.distance_threshold(gspeed) for r in res.rules], dtype=np.float64)
    dist_t = kernel_arg(res.dist.T, dtype=np.float64)
    ok = kernel_arg(res.origin_ok, dtype=bool)
    pop = kernel_arg(gpop, dtype=np.float64)
    qs = np.array([0.5, 0.9])
    per_set = []
    for codes, labels in zone_sets:
        nz = len(labels)
        people = np.empty(nz)
        within = np.empty((len(names), nz))
        reached = np.empty((len(names), nz))
        quant = np.empty((len(names), 2, nz))
        kern.access_summary(dist_t, lim, float(speed_to_m_per_min(gspeed)), ok, pop,
                            kernel_arg(codes, dtype=np.int64), nz, qs, people,
                            within, reached, quant)
        per_set.append((labels, people, within, reached, quant))
    for j, cname in enumerate(names):
        for labels, people, within, reached, quant in per_set:
            _summary_rows(cols, labels, cname, gname, people, within[j], quant[j, 0],
                          quant[j, 1], reached[j])


@dataclass
class SummaryTable:
    """The summary table (one row per zone x category x group): ``columns`` maps each column
    name of ``core.schema`` (``zone``, ``category``, ``pop_group``, ``population``,
    ``pop_within``, ``pop_within_pct``, ``median_time_min``, ``p90_time_min``, ``pop_reached``)
    to a list (text keys) or a float array."""

    columns: dict

    COLUMNS = (S.ZONE, S.CATEGORY, S.POP_GROUP, S.POPULATION, S.POP_WITHIN, S.POP_WITHIN_PCT,
               S.MEDIAN_TIME_MIN, S.P90_TIME_MIN, S.POP_REACHED)
    KEYS = (S.ZONE, S.CATEGORY, S.POP_GROUP)

    def __len__(self):
        return len(self.columns[S.ZONE])

    def __getitem__(self, name):
        return self.columns[name]

    def rows(self):
        for i in range(len(self)):
            yield {c: (self.columns[c][i].item() if hasattr(self.columns[c][i], "item")
                       else self.columns[c][i]) for c in self.COLUMNS}

    def find(self, zone=ALL, category=None, group=ALL):
        for row in self.rows():
            if (row[S.ZONE] == zone and row[S.CATEGORY] == category
                    and row[S.POP_GROUP] == group):
                return row
        return None


def summarize_access(result, population=None, groups=None, zones=None, group_speeds_kmh=None,
                     group_results=None):
    """Population-weighted summary per zone x category x group.

    ``population`` (n,): people per origin (default 1 per origin: the table then counts
    origins). ``groups``: {name: (n,) people of that group per origin}, e.g. children, elderly.
    ``zones`` (n,): zone label per origin (None = outside every zone); the table has a row for
    the whole area (zone ``all``) and for each zone (``(outside zones)`` when some are).
    ``group_speeds_kmh``: {group: km/h} for groups that walk at another speed.
    ``group_results``: {group: AccessResult} for groups that travel with their own profile
    (GROUP_PROFILES): their rows use that result (its ways, slopes and speed) instead.

    Per row: population, pop_within (people whose origin reaches the category within its
    threshold at the group's speed), pop_within_pct (in %, NaN when population is 0),
    median_time_min and p90_time_min (population-weighted lower quantiles of the walk time in
    minutes at the group's speed, over the people who reach the category within the search
    horizon; people off the network or beyond the horizon count as not within and are left out
    of the quantiles; pop_reached says how many people the quantiles describe). Category
    ``all_categories``: people who reach every category within its threshold; its time is the
    walk to the farthest of the nearest destinations (the time by which all are reached).
    Category ``any_category``: people who reach at least one category within its threshold; its
    time is the walk to the nearest destination of any category. Both rows are always there
    (with one category they repeat its row)."""
    n = len(result.origin_ok)
    pop = np.ones(n) if population is None else np.asarray(population, dtype=np.float64)
    if pop.shape != (n,):
        raise UrbanPlanError("Internal: one population value per origin is needed.")
    group_arrays = [(ALL, pop, result.speed_kmh)]
    speeds = group_speeds_kmh or {}
    own = group_results or {}
    for name, values in (groups or {}).items():
        arr = np.asarray(values, dtype=np.float64)
        speed = own[name].speed_kmh if name in own else speeds.get(name, result.speed_kmh)
        group_arrays.append((str(name), arr, float(speed)))
    for name, res in own.items():
        if name not in (groups or {}):
            raise UrbanPlanError("Internal: group '{name}' has a profile but no population.",
                                 name=name)
        if res.categories != result.categories or len(res.origin_ok) != n:
            raise UrbanPlanError("Internal: a group's result must have the same origins and "
                                 "categories.")
    for name, arr, _ in group_arrays:
        if np.isnan(arr).any() or (arr < 0).any():
            raise UrbanPlanError("Population values of '{name}' must be zero or positive "
                                 "numbers (no NULL, no negatives).", name=name)
    zone_sets = [(np.zeros(n, dtype=np.int64), [ALL])]
    if zones is not None:
        z = np.array([OUTSIDE_ZONES if v is None else str(v) for v in zones], dtype=object)
        if len(z) != n:
            raise UrbanPlanError("Internal: one zone label per origin is needed.")
        uniq, inv = np.unique(z, return_inverse=True)
        zone_sets.append((inv.reshape(-1).astype(np.int64), [str(u) for u in uniq]))
    cats = result.categories
    cols = {c: [] for c in SummaryTable.COLUMNS}
    kern = for_size(n)
    for gname, gpop, gspeed in group_arrays:
        res = own.get(gname, result)
        m_per_min = speed_to_m_per_min(gspeed)
        if kern is not None:
            _summary_compiled(kern, cols, res, gname, gpop, gspeed, zone_sets)
            continue
        within = res.within_at(gspeed) & res.origin_ok[:, None]
        times = res.dist / m_per_min
        items = [(c, within[:, j], times[:, j]) for j, c in enumerate(cats)]
        if len(cats):
            # column by column (a reduction along rows of 7 is slow in numpy)
            all_w, any_w = within[:, 0].copy(), within[:, 0].copy()
            all_t, any_t = times[:, 0].copy(), times[:, 0].copy()
            for j in range(1, len(cats)):
                all_w &= within[:, j]
                any_w |= within[:, j]
                np.maximum(all_t, times[:, j], out=all_t)   # NaN (not reached) wins
                np.fmin(any_t, times[:, j], out=any_t)      # NaN only when none is reached
        else:
            all_w, any_w = np.ones(n, dtype=bool), np.zeros(n, dtype=bool)
            all_t = any_t = np.full(n, np.nan)
        items.append((ALL_CATEGORIES, all_w, all_t))
        items.append((ANY_CATEGORY, any_w, any_t))
        for cname, w_flag, t in items:
            reached_flag = ~np.isnan(t)
            for codes, labels in zone_sets:
                nz = len(labels)
                if nz == 1:     # the whole area: plain sums (bincount is 10x slower; not
                    # np.dot: BLAS's threads spin after each call, CPU taken from the rest)
                    p = np.array([gpop.sum()])
                    pw = np.array([gpop.sum(where=w_flag)])
                    reached = np.array([gpop.sum(where=reached_flag)])
                else:
                    p = np.bincount(codes, weights=gpop, minlength=nz)
                    pw = np.bincount(codes, weights=gpop * w_flag, minlength=nz)
                    reached = np.bincount(codes, weights=gpop * reached_flag, minlength=nz)
                med, p90 = _grouped_quantiles(codes, t, gpop, nz, (0.5, 0.9))
                _summary_rows(cols, labels, cname, gname, p, pw, med, p90, reached)
    arr = {c: (np.array(v, dtype=np.float64) if c not in SummaryTable.KEYS else v)
           for c, v in cols.items()}
    return SummaryTable(arr)


def describe_rules(result):
    """Log lines: each category, its threshold, field name, destination counts, horizon."""
    lines = []
    for j, r in enumerate(result.rules):
        src = f" [{r.source}]" if r.source else ""
        lines.append(log_line("  {name} -> {dist_field} / {time_field}: within {limit}{source}; "
                              "{n_on} of {n} destination(s) on the network; searched up to "
                              "{horizon:.0f} m", name=r.name,
                              dist_field=S.fill(S.DIST_CAT_M, result.fields[r.name]),
                              time_field=S.fill(S.TIME_CAT_MIN, result.fields[r.name]),
                              limit=r.describe(), source=src,
                              n_on=int(result.dest_on_network[j]),
                              n=int(result.dest_count[j]), horizon=float(result.horizon_m[j])))
    return lines
