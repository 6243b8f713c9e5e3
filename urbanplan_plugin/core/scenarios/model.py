"""Scenarios: a named set of overrides on an untouched baseline, as plain data (no Qt, no QGIS).

A *baseline* is a set of input layers, each in a role (streets, facilities, parks, population,
buildings, hazard), plus analysis parameters. A *scenario* is a name and a list of overrides:

- ``add``: features added to a role's layer (new parks, shelters, footpaths, a footbridge);
- ``remove``: features taken out of a role's layer (closed street segments, demolished
  facilities), chosen by feature id, by matching geometry or by touching a drawn geometry;
- ``replace``: another layer stands in for the role's layer (a redesigned street plan);
- parameter changes (walking speed, thresholds, water level) that apply to every analysis that
  has a parameter of that name.

The baseline is never edited: QGIS glue (``project.scenario_inputs``) materialises a scenario's
inputs as new in-memory layers. For the walking network the scenario reuses the baseline network
arrays: added lines are noded into it (:func:`extend_network`) and closed edges are masked
(:func:`closed_edges`) -- only the added lines and the baseline edges they touch are rebuilt.

Everything here serialises to JSON (:meth:`ScenarioSet.to_json`), which is how scenarios are
kept in a QGIS project and shipped as ready-made exercises.
"""
import copy
import json
import uuid
from dataclasses import asdict, dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..network.build import LineSet, WalkNetwork, _cluster_vertices

SCHEMA_VERSION = 1
BASELINE_NAME = "Baseline"
"""The label of the untouched inputs; no scenario may take this name."""

ROLES = {
    # role: (label, geometry kinds a layer in this role may have)
    "streets": ("Streets and paths", ("line",)),
    "facilities": ("Facilities and destinations", ("point", "polygon")),
    "parks": ("Parks and open spaces", ("polygon", "point")),
    "population": ("Population (origins)", ("point", "polygon")),
    "buildings": ("Buildings", ("polygon", "point")),
    "hazard": ("Flood hazard", ("raster", "polygon")),
}
"""Input roles a baseline can fill. Scenarios change roles, not layers, so the same scenario
applies to every analysis that uses the role's layer."""

OVERRIDE_KINDS = ("add", "remove", "replace")
REMOVE_MODES = ("touch", "match", "id")
"""How removal features select baseline features: ``touch`` = within the tolerance of a drawn
geometry (for streets: the drawn line crosses or runs along the segment, see
:func:`closed_edges`), ``match`` = same geometry within the tolerance (features copied from the
baseline), ``id`` = the listed baseline feature ids."""

DEFAULT_TOLERANCE_M = 1.0
"""Metres: how close a drawn geometry must come to a baseline feature to touch or match it, and
how close a new line's vertex must be to a street to connect to it."""


# ------------------------------------------------------------------------------------------
# the data model
# ------------------------------------------------------------------------------------------

@dataclass
class LayerRef:
    """Where a layer is: its id in the project, plus name and source to find it again (and to
    name it in messages) when the id is gone."""

    layer_id: str = ""
    name: str = ""
    source: str = ""
    provider: str = ""
    geometry: str = ""   # point | line | polygon | raster | table
    crs: str = ""

    @classmethod
    def from_dict(cls, d):
        d = d or {}
        return cls(**{k: str(d.get(k, "") or "") for k in cls.__dataclass_fields__})

    def describe(self):
        return self.name or self.source or self.layer_id or "?"


@dataclass
class Override:
    """One change to one role. ``features`` is a list of ``{"wkt": ..., "attrs": {...}}`` in
    ``crs``: the sketch a planner drew, stored with the scenario."""

    kind: str
    role: str
    label: str = ""
    features: list = field(default_factory=list)
    crs: str = ""
    geometry: str = ""
    mode: str = "touch"
    fids: list = field(default_factory=list)
    layer: LayerRef = None
    tolerance: float = DEFAULT_TOLERANCE_M
    uid: str = ""

    def __post_init__(self):
        self.uid = str(self.uid or uuid.uuid4().hex[:12])
        if self.kind not in OVERRIDE_KINDS:
            raise UrbanPlanError("Unknown scenario change '{kind}': use one of "
                                 "{OVERRIDE_KINDS}.",
                                 kind=self.kind, OVERRIDE_KINDS=', '.join(OVERRIDE_KINDS))
        if not self.role:
            raise UrbanPlanError("A scenario change needs the baseline input (role) it changes.")
        if self.mode not in REMOVE_MODES:
            raise UrbanPlanError("Unknown removal mode '{mode}': use one of "
                                 "{REMOVE_MODES}.",
                                 mode=self.mode, REMOVE_MODES=', '.join(REMOVE_MODES))
        if isinstance(self.layer, dict):
            self.layer = LayerRef.from_dict(self.layer)
        self.fids = [int(f) for f in self.fids]
        self.tolerance = float(self.tolerance)
        if not np.isfinite(self.tolerance) or self.tolerance < 0:
            raise UrbanPlanError("The tolerance of '{label}' must be a "
                                 "non-negative number of metres, got {tolerance!r}.",
                                 label=self.label or self.kind, tolerance=self.tolerance)
        self.features = [_feature(f) for f in self.features]

    @property
    def is_empty(self):
        if self.kind == "replace":
            return self.layer is None
        return not self.features and not self.fids and self.layer is None

    def to_dict(self):
        d = asdict(self)
        d["layer"] = asdict(self.layer) if self.layer is not None else None
        return d

    @classmethod
    def from_dict(cls, d):
        d = dict(d)
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        return cls(**known)


def _feature(f):
    if isinstance(f, str):
        return {"wkt": f, "attrs": {}}
    if isinstance(f, (tuple, list)) and len(f) == 2:
        return {"wkt": str(f[0]), "attrs": dict(f[1] or {})}
    if isinstance(f, dict) and "wkt" in f:
        return {"wkt": str(f["wkt"]), "attrs": dict(f.get("attrs") or {})}
    raise UrbanPlanError("A sketched feature must be WKT text or {{'wkt', 'attrs'}}, got {f!r}.",
                         f=f)


@dataclass
class Scenario:
    """A name, a description and overrides on the baseline."""

    name: str
    description: str = ""
    overrides: list = field(default_factory=list)
    params: dict = field(default_factory=dict)

    def __post_init__(self):
        self.overrides = [o if isinstance(o, Override) else Override.from_dict(o)
                          for o in self.overrides]
        self.params = dict(self.params or {})

    def changes(self, role=None, kind=None):
        """Overrides, optionally only those of one role and/or kind."""
        return [o for o in self.overrides
                if (role is None or o.role == role) and (kind is None or o.kind == kind)]

    def override(self, uid):
        """The override with this uid, or None."""
        return next((o for o in self.overrides if o.uid == uid), None)

    def changed_roles(self):
        return sorted({o.role for o in self.overrides if not o.is_empty})

    def replacement(self, role):
        """The LayerRef that replaces ``role``'s layer, or None (the last one wins)."""
        reps = [o for o in self.changes(role, "replace") if o.layer is not None]
        return reps[-1].layer if reps else None

    def to_dict(self):
        return {"name": self.name, "description": self.description,
                "overrides": [o.to_dict() for o in self.overrides],
                "params": dict(self.params)}

    @classmethod
    def from_dict(cls, d):
        return cls(name=str(d.get("name", "")), description=str(d.get("description", "") or ""),
                   overrides=list(d.get("overrides") or []), params=dict(d.get("params") or {}))

    def summary(self):
        """One line per change, for tooltips and reports."""
        lines = []
        for o in self.overrides:
            what = o.label or f"{o.kind} {o.role}"
            if o.kind == "replace":
                lines.append(f"{what}: {ROLES.get(o.role, (o.role,))[0]} replaced by "
                             f"{o.layer.describe() if o.layer else '(no layer)'}")
            else:
                n = len(o.features) + len(o.fids)
                lines.append(f"{what}: {n} feature(s) {'added to' if o.kind == 'add' else 'removed from'} "
                             f"{ROLES.get(o.role, (o.role,))[0].lower()}")
        for k, v in sorted(self.params.items()):
            lines.append(f"{k} = {v}")
        return lines


def check_name(name, existing=(), current=None):
    """A clean scenario name or an error saying why it cannot be used.

    Names are trimmed, must not be empty or 'Baseline', and must be unique ignoring case
    (``current`` is the scenario's own old name when renaming)."""
    clean = " ".join(str(name or "").split())
    if not clean:
        raise UrbanPlanError("A scenario needs a name, for example 'New footbridge'.")
    if clean.casefold() == BASELINE_NAME.casefold():
        raise UrbanPlanError("'{BASELINE_NAME}' is the name of the untouched inputs; "
                             "give the scenario another name.", BASELINE_NAME=BASELINE_NAME)
    if len(clean) > 80:
        raise UrbanPlanError("Scenario names are limited to 80 characters; use the description "
                             "for the details.")
    for other in existing:
        if current is not None and other.casefold() == current.casefold():
            continue
        if other.casefold() == clean.casefold():
            raise UrbanPlanError("A scenario named '{other}' already exists. Choose another "
                                 "name (names are compared ignoring upper and lower case).",
                                 other=other)
    return clean


@dataclass
class ScenarioSet:
    """The baseline (layers by role, parameters) and its scenarios, in order."""

    baseline: dict = field(default_factory=dict)       # role -> LayerRef
    baseline_params: dict = field(default_factory=dict)
    scenarios: list = field(default_factory=list)
    notes: str = ""

    def __post_init__(self):
        self.baseline = {r: (v if isinstance(v, LayerRef) else LayerRef.from_dict(v))
                         for r, v in (self.baseline or {}).items()}
        scns = []
        for s in self.scenarios:
            s = s if isinstance(s, Scenario) else Scenario.from_dict(s)
            s.name = check_name(s.name, [x.name for x in scns])
            scns.append(s)
        self.scenarios = scns

    # -- lookup -----------------------------------------------------------------------------
    def names(self):
        return [s.name for s in self.scenarios]

    def get(self, name):
        for s in self.scenarios:
            if s.name.casefold() == str(name).strip().casefold():
                return s
        raise UrbanPlanError("There is no scenario named '{name}'. Scenarios in this project: "
                             "{names}.", name=name, names=', '.join(self.names()) or 'none yet')

    def find_override(self, uid):
        """(scenario, override) holding the override ``uid``, or (None, None)."""
        for s in self.scenarios:
            o = s.override(uid)
            if o is not None:
                return s, o
        return None, None

    def __contains__(self, name):
        return any(s.name.casefold() == str(name).strip().casefold() for s in self.scenarios)

    def __len__(self):
        return len(self.scenarios)

    # -- editing ----------------------------------------------------------------------------
    def add(self, scenario):
        scenario.name = check_name(scenario.name, self.names())
        self.scenarios.append(scenario)
        return scenario

    def create(self, name, description=""):
        return self.add(Scenario(name=name, description=description))

    def rename(self, old, new):
        s = self.get(old)
        s.name = check_name(new, self.names(), current=s.name)
        return s

    def duplicate(self, name, new_name=None):
        s = self.get(name)
        if new_name is None:
            new_name = self.unique_name(f"{s.name} (copy)")
        d = copy.deepcopy(s.to_dict())
        for o in d["overrides"]:
            o["uid"] = ""          # the copy gets its own sketch layers
        dup = Scenario.from_dict(d)
        dup.name = new_name
        return self.add(dup)

    def remove(self, name):
        s = self.get(name)
        self.scenarios.remove(s)
        return s

    def unique_name(self, base):
        base = " ".join(str(base).split()) or "Scenario"
        if base.casefold() == BASELINE_NAME.casefold():
            base = "Scenario"
        taken = {n.casefold() for n in self.names()}
        if base.casefold() not in taken:
            return base
        i = 2
        while f"{base} {i}".casefold() in taken:
            i += 1
        return f"{base} {i}"

    def set_baseline(self, role, ref):
        if role not in ROLES:
            raise UrbanPlanError("Unknown baseline input '{role}': use one of {ROLES}.",
                                 role=role, ROLES=', '.join(ROLES))
        if ref is None:
            self.baseline.pop(role, None)
        else:
            self.baseline[role] = ref if isinstance(ref, LayerRef) else LayerRef.from_dict(ref)

    # -- JSON -------------------------------------------------------------------------------
    def to_dict(self):
        return {"urbanplan_scenarios": SCHEMA_VERSION,
                "baseline": {r: asdict(ref) for r, ref in self.baseline.items()},
                "baseline_params": dict(self.baseline_params),
                "scenarios": [s.to_dict() for s in self.scenarios],
                "notes": self.notes}

    def to_json(self, indent=None):
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls, d):
        if not isinstance(d, dict):
            raise UrbanPlanError("A scenario file must hold a JSON object.")
        version = d.get("urbanplan_scenarios", SCHEMA_VERSION)
        try:
            version = int(version)
        except (TypeError, ValueError):
            version = -1
        if version < 1 or version > SCHEMA_VERSION:
            raise UrbanPlanError("This scenario data has format version {version!r}; this "
                                 "UrbanPlan reads version {SCHEMA_VERSION}. Update the plugin.",
                                 version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        return cls(baseline=d.get("baseline") or {}, baseline_params=d.get("baseline_params") or {},
                   scenarios=list(d.get("scenarios") or []), notes=str(d.get("notes", "") or ""))

    @classmethod
    def from_json(cls, text):
        if not text or not str(text).strip():
            return cls()
        try:
            d = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UrbanPlanError("The scenario data is not valid JSON ({exc}). Fix the file "
                                 "or remove the scenarios and create them again.",
                                 exc=exc) from None
        return cls.from_dict(d)


def effective_params(base_params, scenario, accepted=None):
    """Baseline parameter values with the scenario's parameter changes applied.

    ``accepted`` (a set of parameter names) limits the changes to parameters the analysis has;
    the others are reported in the second return value so the caller can say they were
    ignored. Returns (params, ignored names)."""
    params = dict(base_params or {})
    ignored = []
    if scenario is None:
        return params, ignored
    for k, v in scenario.params.items():
        if accepted is not None and k not in accepted:
            ignored.append(k)
            continue
        params[k] = v
    return params, ignored


# ------------------------------------------------------------------------------------------
# the walking network of a scenario: baseline arrays, removed edges masked, added lines noded in
# ------------------------------------------------------------------------------------------

def edges_of_sources(network, source_ids):
    """Mask of edges cut from the given input features (``edge_source`` values)."""
    ids = np.asarray(list(source_ids), dtype=np.int64)
    if len(ids) == 0:
        return np.zeros(network.edge_count, dtype=bool)
    return np.isin(network.edge_source, ids)


def closed_edges(network, closures, tolerance=DEFAULT_TOLERANCE_M, index=None):
    """Mask of edges that drawn closure lines close.

    An edge is closed when a closure line crosses it, or runs along it, within ``tolerance``
    metres *away from the edge's two end nodes*: a line drawn across a street closes that
    street between its two junctions; a line drawn along a street from junction to junction
    closes that street only, not the side streets it touches at the junctions.

    The closure lines are sampled every ``tolerance`` metres (plus every vertex), so a crossing
    at any angle has a sample within ``tolerance / 2`` of the crossing point."""
    from ..network.snap import EdgeIndex
    if not isinstance(closures, LineSet):
        closures = LineSet.from_lines(closures)
    mask = np.zeros(network.edge_count, dtype=bool)
    if len(closures) == 0 or network.edge_count == 0:
        return mask
    tol = max(float(tolerance), 0.05)
    samples = _sample_lines(closures, tol)
    if len(samples) == 0:
        return mask
    idx = index if index is not None else EdgeIndex(network)
    radius = tol + idx.spacing / 2.0 + 1e-9
    hits = idx.tree.query_ball_point(samples, radius)
    counts = np.array([len(h) for h in hits], dtype=np.int64)
    if counts.sum() == 0:
        return mask
    pt = np.repeat(np.arange(len(samples)), counts)
    seg = idx.sample_seg[np.concatenate([np.asarray(h, dtype=np.int64) for h in hits if len(h)])]
    pairs = np.unique(np.c_[pt, seg], axis=0)
    pt, seg = pairs[:, 0], pairs[:, 1]
    d, t, _proj = idx._project(samples[pt], seg)
    near = d <= tol
    pt, seg, t = pt[near], seg[near], t[near]
    edge = idx.seg_edge[seg]
    along = idx.seg_start_along[seg] + t * idx.seg_len[seg]
    geo_len = np.bincount(idx.seg_edge, weights=idx.seg_len, minlength=network.edge_count)
    end_tol = np.minimum(tol, 0.25 * geo_len[edge])
    interior = (along > end_tol) & (along < geo_len[edge] - end_tol)
    mask[edge[interior]] = True
    return mask


def _sample_lines(lines, step):
    """Points every ``step`` metres along each line, plus every vertex."""
    out = []
    for i in range(len(lines)):
        xy = lines.line(i)
        if len(xy) == 0:
            continue
        out.append(xy)
        if len(xy) < 2:
            continue
        a, b = xy[:-1], xy[1:]
        seg_len = np.hypot(*(b - a).T)
        n = np.maximum(np.ceil(seg_len / step).astype(np.int64), 1)
        k = np.repeat(np.arange(len(n)), n)
        local = np.arange(len(k)) - np.repeat(np.cumsum(n) - n, n)
        frac = local / np.repeat(n, n)
        out.append(a[k] + (b[k] - a[k]) * frac[:, None])
    return np.concatenate(out) if out else np.empty((0, 2))


@dataclass
class NetworkChange:
    """What :func:`scenario_network` did: the new network, for each of its edges the baseline
    edge it is (a piece of) or -1 for a new line, and counts for the log."""

    network: WalkNetwork
    base_edge: np.ndarray
    closed: int = 0
    split: int = 0
    added: int = 0
    connections: int = 0
    unconnected_lines: int = 0

    def log(self):
        lines = []
        if self.closed:
            lines.append(f"{self.closed} street segment(s) closed.")
        if self.added:
            lines.append(f"{self.added} new segment(s) added, connected to the streets at "
                         f"{self.connections} point(s); {self.split} existing segment(s) were "
                         "split where new lines join them.")
        if self.unconnected_lines:
            lines.append(f"{self.unconnected_lines} new line(s) touch no street (within the "
                         "tolerance) and no other new line: they are islands nobody can reach. "
                         "Snap their ends onto a street (enable snapping while drawing).")
        return lines


def scenario_network(base, closed=None, added=None, tolerance=DEFAULT_TOLERANCE_M, index=None):
    """The walking network of a scenario, reusing the baseline arrays.

    ``added`` new lines (LineSet or list of coordinate arrays) are noded into the baseline
    (with its EdgeIndex ``index`` when given, so nothing is indexed again); then the edges in
    the ``closed`` mask, and the pieces a new line split off them, are removed. A new line that
    only touches closed streets therefore ends up unconnected, as it would if the closures were
    drawn first. Only the touched edges are rebuilt; everything else is array masking."""
    closed = (np.zeros(base.edge_count, dtype=bool) if closed is None
              else np.asarray(closed, dtype=bool))
    n_closed = int(closed.sum())
    if added is not None and len(added) > 0:
        change = extend_network(base, added, tolerance=tolerance, index=index)
    else:
        change = NetworkChange(base, np.arange(base.edge_count))
    if n_closed:
        be = change.base_edge
        keep = ~((be >= 0) & closed[np.maximum(be, 0)])
        change.network = change.network.subset(keep)
        change.base_edge = be[keep]
        change.closed = n_closed
    return change


def extend_network(net, added, tolerance=DEFAULT_TOLERANCE_M, index=None):
    """Node new lines into an existing network, rebuilding only what they touch.

    Rules (the same as building the network from scratch with the new lines drawn in, and with
    QGIS's topological editing adding their junction vertices to the streets):

    - a vertex of a new line within ``tolerance`` of a street connects to it: to the street's
      end node when it is that close to it, else the street segment is split there;
    - new lines connect to each other where they share a vertex (within ``tolerance``);
    - new lines crossing a street without a vertex there (a footbridge over a road) do not
      connect to it.

    New edges get ``edge_source = -1 - i`` for the i-th added line's source index. Returns a
    :class:`NetworkChange` (``base_edge`` = the edge of ``net`` each edge comes from, -1 = new).
    """
    from ..network.snap import EdgeIndex
    if not isinstance(added, LineSet):
        added = LineSet.from_lines(added)
    counts = np.diff(added.offsets)
    if (counts < 2).any():
        keep = np.flatnonzero(counts >= 2)
        added = LineSet.from_lines([added.line(i) for i in keep], added.source[keep])
        counts = np.diff(added.offsets)
    if len(added) == 0:
        return NetworkChange(net, np.arange(net.edge_count))
    if not np.isfinite(added.coords).all():
        raise UrbanPlanError("A new line has non-finite coordinates (NaN or infinity); "
                             "redraw it.")
    tol = float(tolerance)
    eps = max(tol, 1e-6)
    # 1. new lines among themselves: merge vertices closer than the tolerance
    cl, reps = _cluster_vertices(added.coords, tol)
    nrep = len(reps)
    rep_xy = reps.copy()
    # 2. connect clusters to the network: to a node, or by splitting an edge
    idx = index if index is not None else EdgeIndex(net)
    snapped = idx.snap(reps, max_distance=eps)
    rep_node = np.full(nrep, -1, dtype=np.int64)
    splits = {}                       # edge -> list of (along, rep)
    for r in np.flatnonzero(snapped.ok):
        e = int(snapped.edge[r])
        coords = net.edge_coords(e)
        along, geo_len = _along_line(coords, snapped.xy[r])
        if along <= eps:
            rep_node[r] = net.edge_from[e]
            rep_xy[r] = net.node_xy[net.edge_from[e]]
        elif along >= geo_len - eps:
            rep_node[r] = net.edge_to[e]
            rep_xy[r] = net.node_xy[net.edge_to[e]]
        else:
            splits.setdefault(e, []).append((along, r))
            rep_xy[r] = snapped.xy[r]
    n0 = net.node_count
    new_xy = []
    # 3. split nodes: one per distinct position along each touched edge
    pieces_coords, pieces_from, pieces_to, pieces_len, pieces_src, pieces_base = [], [], [], [], [], []
    for e in sorted(splits):
        pts = sorted(splits[e])
        coords = net.edge_coords(e)
        geo_len = float(np.hypot(*np.diff(coords, axis=0).T).sum())
        scale = net.edge_length[e] / geo_len if geo_len > 0 else 1.0
        cuts, cut_nodes = [], []
        for along, r in pts:
            if cuts and along - cuts[-1] <= eps:
                rep_node[r] = cut_nodes[-1]
                rep_xy[r] = new_xy[cut_nodes[-1] - n0]
                continue
            node = n0 + len(new_xy)
            new_xy.append(rep_xy[r].copy())
            cuts.append(along)
            cut_nodes.append(node)
            rep_node[r] = node
        bounds = [0.0] + cuts + [geo_len]
        nodes = [int(net.edge_from[e])] + cut_nodes + [int(net.edge_to[e])]
        for k in range(len(bounds) - 1):
            piece = _cut_line(coords, bounds[k], bounds[k + 1])
            pieces_coords.append(piece)
            pieces_from.append(nodes[k])
            pieces_to.append(nodes[k + 1])
            pieces_len.append((bounds[k + 1] - bounds[k]) * scale)
            pieces_src.append(int(net.edge_source[e]))
            pieces_base.append(e)
    n_split = len(splits)
    n_connect = int((rep_node >= 0).sum())
    # 4. nodes of the new lines: ends, shared vertices, connections
    vcoords = rep_xy[cl]
    uses = np.bincount(cl, minlength=nrep)
    is_end = np.zeros(len(cl), dtype=bool)
    is_end[added.offsets[:-1]] = True
    is_end[added.offsets[1:] - 1] = True
    is_node = is_end | (uses[cl] > 1) | (rep_node[cl] >= 0)
    need = np.unique(cl[is_node & (rep_node[cl] < 0)])
    for r in need:
        rep_node[r] = n0 + len(new_xy)
        new_xy.append(rep_xy[r].copy())
    line_of = np.repeat(np.arange(len(added)), counts)
    seg = np.hypot(*(vcoords[1:] - vcoords[:-1]).T)
    seg = np.where(line_of[1:] == line_of[:-1], seg, 0.0)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    nv = np.flatnonzero(is_node)
    starts, ends = nv[:-1], nv[1:]
    same = line_of[starts] == line_of[ends]
    starts, ends = starts[same], ends[same]
    n_added = 0
    for s, t in zip(starts, ends):
        length = cum[t] - cum[s]
        a, b = rep_node[cl[s]], rep_node[cl[t]]
        if length <= 1e-9 or (a == b and length <= eps):
            continue
        pieces_coords.append(vcoords[s:t + 1])
        pieces_from.append(int(a))
        pieces_to.append(int(b))
        pieces_len.append(length)
        pieces_src.append(-1 - int(added.source[line_of[s]]))
        pieces_base.append(-1)
        n_added += 1
    # lines that touch nothing: no vertex connected and no vertex shared with another new line
    lines_per_rep = np.bincount(np.unique(np.c_[cl, line_of], axis=0)[:, 0], minlength=nrep)
    touched_line = np.zeros(len(added), dtype=bool)
    touched_line[line_of[snapped.ok[cl] | (lines_per_rep[cl] > 1)]] = True
    # 5. assemble: untouched edges as they are, then the pieces
    keep = np.ones(net.edge_count, dtype=bool)
    keep[list(splits)] = False
    kept = np.flatnonzero(keep)
    ls = LineSet.from_lines(pieces_coords) if pieces_coords else LineSet(np.empty((0, 2)),
                                                                         np.zeros(1, np.int64))
    shift = len(net.coords)
    node_xy = np.vstack([net.node_xy, np.asarray(new_xy, dtype=np.float64).reshape(-1, 2)])
    out = WalkNetwork(
        node_xy=node_xy,
        edge_from=np.concatenate([net.edge_from[kept], np.asarray(pieces_from, np.int64)]),
        edge_to=np.concatenate([net.edge_to[kept], np.asarray(pieces_to, np.int64)]),
        edge_length=np.concatenate([net.edge_length[kept], np.asarray(pieces_len, np.float64)]),
        coords=np.vstack([net.coords, ls.coords]),
        edge_vstart=np.concatenate([net.edge_vstart[kept], ls.offsets[:-1] + shift]),
        edge_vend=np.concatenate([net.edge_vend[kept], ls.offsets[1:] - 1 + shift]),
        edge_source=np.concatenate([net.edge_source[kept], np.asarray(pieces_src, np.int64)]),
        crs=net.crs,
        log=list(net.log),
    )
    base_edge = np.concatenate([kept, np.asarray(pieces_base, np.int64)])
    return NetworkChange(out, base_edge, split=n_split, added=n_added, connections=n_connect,
                         unconnected_lines=int((~touched_line).sum()))


def _along_line(coords, p):
    """(distance along the polyline to the point nearest to ``p``, polyline length)."""
    a, b = coords[:-1], coords[1:]
    ab = b - a
    seg_len = np.hypot(*ab.T)
    denom = np.where(seg_len > 0, seg_len ** 2, 1.0)
    t = np.clip(((p - a) * ab).sum(axis=1) / denom, 0.0, 1.0)
    proj = a + ab * t[:, None]
    d = np.hypot(*(proj - p).T)
    j = int(np.argmin(d))
    before = float(seg_len[:j].sum())
    return before + float(t[j] * seg_len[j]), float(seg_len.sum())


def _cut_line(coords, start, end):
    """The part of a polyline between two distances along it (inclusive end points)."""
    seg_len = np.hypot(*np.diff(coords, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg_len)])

    def point_at(s):
        j = int(np.clip(np.searchsorted(cum, s, side="right") - 1, 0, len(seg_len) - 1))
        t = 0.0 if seg_len[j] == 0 else (s - cum[j]) / seg_len[j]
        return coords[j] + (coords[j + 1] - coords[j]) * np.clip(t, 0.0, 1.0)

    inner = coords[(cum > start) & (cum < end)]
    return np.vstack([point_at(start), inner, point_at(end)])
