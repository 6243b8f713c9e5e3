"""Scenarios: a named set of overrides on an untouched baseline, as plain data (no Qt, no QGIS).

A *baseline* is a set of input layers, each in a role (streets, facilities, parks, population,
buildings, hazard, terrain), plus analysis parameters. A *scenario* is a name and a list of
overrides:

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
from ..network.edit import DEFAULT_TOLERANCE_M

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
    "terrain": ("Terrain model (DEM)", ("raster",)),
}
"""Input roles a baseline can fill. Scenarios change roles, not layers, so the same scenario
applies to every analysis that uses the role's layer."""

OVERRIDE_KINDS = ("add", "remove", "replace")
REMOVE_MODES = ("touch", "match", "id")
"""How removal features select baseline features: ``touch`` = within the tolerance of a drawn
geometry (for streets: the drawn line crosses or runs along the segment, see
:func:`closed_edges`), ``match`` = same geometry within the tolerance (features copied from the
baseline), ``id`` = the listed baseline feature ids."""


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
                verb = "added to" if o.kind == "add" else "removed from"
                lines.append(f"{what}: {n} feature(s) {verb} "
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
