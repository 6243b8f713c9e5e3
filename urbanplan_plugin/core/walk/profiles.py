"""Travel profiles: who travels, how fast on flat ground, on which ways, and how slope changes it.

The profiles are data (``resources/presets/travel_profiles.json``, each value with its source):
``walk`` (the default: today's behaviour), ``older_adult``, ``child``, ``wheelchair`` and
``bicycle``. A profile answers three questions:

- **Speed on flat ground** (km/h): :attr:`TravelProfile.flat_speed_kmh`.
- **Which ways may be used**: :meth:`TravelProfile.way_mode` turns an OpenStreetMap way
  (``highway`` and its other tags) into :data:`CLOSED`, :data:`TRAVEL` (at the profile's own
  speed) or :data:`PUSH` (a cyclist walking the bicycle, at walking speed).
- **Speed on a slope**: :meth:`TravelProfile.speed_kmh` for a slope ``S = rise / run`` in the
  direction of travel (0.1 = 10 % uphill, -0.1 = 10 % downhill); 0 where impassable.

Slope rules (formulas here, sources in the preset file):

- ``tobler`` — Tobler's (1993) hiking function scaled so that the flat speed is the profile's:
  ``v(S) = v_flat * exp(-3.5 * (|S + 0.05| - 0.05))``. 10 % uphill takes ``exp(0.35)`` = 1.419
  times the flat time; 10 % downhill exactly the flat time (``|S + 0.05| = 0.05``). With
  ``max_running_slope`` (wheelchair: 1:12, 2010 ADA Standards 405.2), a piece steeper than that
  in either direction is impassable.
- ``bicycle`` — uphill: the power balance of cycling (Martin et al. 1998) with the rider's flat
  power raised towards the climbing power Parkin and Rotheram (2010) measured; downhill:
  ``v_flat * (1 + 4.545 |S|)`` capped at 35 km/h (Parkin and Rotheram 2010); never slower than
  pushing the bicycle at walking speed on the same slope.

Speeds are per map (horizontal) distance, as the network's edge lengths are: the time of a piece
of street is its map length divided by the speed.
"""
import json
import math
import os
import re
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..network.osm import is_walkable

TRAVEL_PROFILES = "travel_profiles.json"
DEFAULT_PROFILE = "walk"


def tr_noop(text):
    """Marks a label for the translation catalogue (tools/i18n_extract.py); the interface and
    the report translate it where they show it."""
    return text


SHIPPED_LABELS = {
    "walk": tr_noop("Walking (adults)"),
    "older_adult": tr_noop("Older adults (65+)"),
    "child": tr_noop("Young children (walking with an adult)"),
    "wheelchair": tr_noop("Manual wheelchair users"),
    "bicycle": tr_noop("Cycling"),
}
"""The labels of the shipped profiles (as in resources/presets/travel_profiles.json, checked by
a test), listed so they are translated; a user file's own labels are shown as they are."""

CLOSED = 0
"""Way mode: the profile may not use the way."""
TRAVEL = 1
"""Way mode: the profile travels the way at its own speed."""
PUSH = 2
"""Way mode: a cyclist walks the bicycle along the way (walking speed and slope rule)."""

TOBLER_K = 3.5
TOBLER_S0 = 0.05
"""Tobler (1993): v = 6 exp(-3.5 |S + 0.05|) km/h."""

GRAVITY = 9.80665
"""Standard gravity (m/s^2)."""

SLOPE_TOL = 1e-9
"""Slack when comparing a slope with a limit (a DEM-derived 1:12 ramp is not 'steeper')."""


def tobler_speed(slope, flat_speed_kmh):
    """Tobler's hiking speed (km/h) scaled to ``flat_speed_kmh`` on flat ground."""
    s = np.asarray(slope, dtype=np.float64)
    return flat_speed_kmh * np.exp(-TOBLER_K * (np.abs(s + TOBLER_S0) - TOBLER_S0))


def _power_balance_speed(power_w, slope, mass_kg, cda, crr, rho):
    """Speed along the road (m/s) at which ``power_w`` balances air, rolling and gravity
    resistance: ``P = v (0.5 rho CdA v^2 + m g (Crr cos a + sin a))``, ``tan a = slope``.

    Solved in closed form (Cardano; one real root when the linear term is positive, i.e. on
    level ground and uphill, where this is used)."""
    s = np.asarray(slope, dtype=np.float64)
    cos_a = 1.0 / np.sqrt(1.0 + s * s)
    sin_a = s * cos_a
    a = 0.5 * rho * cda
    b = mass_kg * GRAVITY * (crr * cos_a + sin_a)
    p = b / a
    q = -np.asarray(power_w, dtype=np.float64) / a
    disc = np.sqrt(np.maximum(q * q / 4.0 + p ** 3 / 27.0, 0.0))
    return np.cbrt(-q / 2.0 + disc) + np.cbrt(-q / 2.0 - disc)


def bicycle_speed(slope, flat_speed_kmh, params, push_speed_kmh=None):
    """Cycling speed (km/h per map distance) on ``slope`` for a rider whose flat speed is
    ``flat_speed_kmh``; ``params`` is the profile's ``slope`` block (see the preset file).

    Uphill: the rider's flat power (from the power balance at ``flat_speed_kmh``) rises
    linearly to ``climb_power_factor`` times that at ``climb_power_full_at_slope``, and the
    speed is the power balance at that power. Downhill: ``v_flat (1 + gain |S|)``, capped at
    ``max_speed_kmh``. Never below the pushing speed (walking beside the bicycle, Tobler)."""
    s = np.asarray(slope, dtype=np.float64)
    mass = float(params.get("mass_kg", 90.0))
    cda = float(params.get("cda_m2", 0.55))
    crr = float(params.get("crr", 0.006))
    rho = float(params.get("air_density_kg_m3", 1.226))
    factor = float(params.get("climb_power_factor", 1.0))
    full_at = float(params.get("climb_power_full_at_slope", 0.03))
    gain = float(params.get("downhill_gain_per_unit_slope", 0.0))
    vmax = float(params.get("max_speed_kmh", np.inf))
    push = float(params.get("push_speed_kmh", 4.8) if push_speed_kmh is None else push_speed_kmh)
    v0 = flat_speed_kmh / 3.6
    p_flat = v0 * (0.5 * rho * cda * v0 * v0 + mass * GRAVITY * crr)
    up = np.maximum(s, 0.0)
    ramp = np.clip(up / full_at, 0.0, 1.0) if full_at > 0 else (up > 0).astype(float)
    power = p_flat * (1.0 + (factor - 1.0) * ramp)
    v_up = _power_balance_speed(power, up, mass, cda, crr, rho) * 3.6 / np.sqrt(1.0 + up * up)
    v_down = np.minimum(flat_speed_kmh * (1.0 + gain * np.maximum(-s, 0.0)), vmax)
    ride = np.where(s > 0, v_up, v_down)
    ride = np.where(s == 0, flat_speed_kmh, ride)
    return np.maximum(ride, tobler_speed(s, push))


def parse_incline(value):
    """An OSM ``incline=*`` value as rise/run (``"12%"`` -> 0.12, ``"-8 %"`` -> -0.08,
    ``"5°"`` -> tan 5°); None for ``up``/``down``/``yes`` or anything not a number. A number
    without a unit is read as percent (the OSM wiki's usual unit)."""
    if value is None:
        return None
    text = str(value).strip().lower().replace(",", ".")
    m = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)\s*(%|°|deg)?", text)
    if not m:
        return None
    number = float(m.group(1))
    if m.group(2) in ("°", "deg"):
        return math.tan(math.radians(number))
    return number / 100.0


def _norm(value):
    return str(value if value is not None else "").strip().lower()


def _value_set(values, where, key):
    if values is None:
        return frozenset()
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise UrbanPlanError("{where}: '{key}' must be a list of values.", where=where, key=key)
    return frozenset(_norm(v) for v in values)


@dataclass(frozen=True)
class TravelProfile:
    """One travel profile (see the module help). Build it with :func:`load_profiles`."""

    id: str
    label: str
    flat_speed_kmh: float
    slope_rule: str = "tobler"
    slope: dict = field(default_factory=dict)
    ways: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)

    # ---------------------------------------------------------------- speed
    def with_speed(self, flat_speed_kmh):
        """The same profile at another flat speed (the user's walking speed for ``walk``)."""
        from dataclasses import replace
        speed = _positive(flat_speed_kmh, "flat_speed_kmh", self.id)
        return replace(self, flat_speed_kmh=speed)

    @property
    def max_running_slope(self):
        """Steepest passable slope (either direction), or None when there is no limit."""
        v = self.slope.get("max_running_slope")
        return None if v is None else float(v)

    @property
    def push_speed_kmh(self):
        return float(self.slope.get("push_speed_kmh", 4.8))

    def speed_kmh(self, slope, mode=TRAVEL):
        """Speed (km/h per map distance) on ``slope`` (rise/run in the direction of travel) in
        way ``mode`` (scalar or array, broadcast with ``slope``); 0 where impassable."""
        s = np.asarray(slope, dtype=np.float64)
        s = np.where(np.isfinite(s), s, 0.0)
        mode = np.asarray(mode)
        if self.slope_rule == "bicycle":
            own = bicycle_speed(s, self.flat_speed_kmh, self.slope)
        else:
            own = tobler_speed(s, self.flat_speed_kmh)
        limit = self.max_running_slope
        if limit is not None:
            own = np.where(np.abs(s) > limit + SLOPE_TOL, 0.0, own)
        push = tobler_speed(s, self.push_speed_kmh)
        out = np.where(mode == TRAVEL, own, np.where(mode == PUSH, push, 0.0))
        return out if out.ndim else float(out)

    def minutes_per_metre(self, slope, mode=TRAVEL):
        """Time (min) per metre of map length; inf where impassable."""
        v = np.asarray(self.speed_kmh(slope, mode), dtype=np.float64)
        with np.errstate(divide="ignore"):
            return np.where(v > 0, 60.0 / (v * 1000.0), np.inf)

    # ---------------------------------------------------------------- ways
    def way_mode(self, highway, tags=None):
        """:data:`CLOSED`, :data:`TRAVEL` or :data:`PUSH` for an OSM way (``highway`` value
        and its other tags as a dict)."""
        tags = tags or {}
        hw = _norm(highway)
        ways = self.ways
        if hw in ways["never_highway"]:
            return CLOSED
        if ways["rule"] == "bicycle":
            bike = _norm(tags.get("bicycle"))
            if bike in ways["closed_values"]:
                return CLOSED
            if bike in ways["push_values"]:
                return PUSH if is_walkable(highway, tags) else CLOSED
            if bike in ways["ride_values"]:
                return TRAVEL
            if _norm(tags.get("access")) in ways["access_closed_values"]:
                return CLOSED
            if hw in ways["ride_highway"]:
                return TRAVEL
            if hw in ways["push_highway"]:
                return PUSH if is_walkable(highway, tags) else CLOSED
            return CLOSED
        for key, values in ways["closed_tags"].items():
            if _norm(tags.get(key)) in values:
                return CLOSED
        limit = ways.get("max_incline_tag")
        if limit is not None:
            incline = parse_incline(tags.get("incline"))
            if incline is not None and abs(incline) > limit + SLOPE_TOL:
                return CLOSED
        return TRAVEL if is_walkable(highway, tags) else CLOSED

    def way_modes(self, highways, tags=None):
        """Way modes (int8) for arrays of ``highway`` values and tag dicts (one per way).
        ``highways=None`` (the lines carry no OSM tags): every way is :data:`TRAVEL`.
        Each distinct (highway, relevant tags) combination is judged once."""
        if highways is None:
            return None
        highways = list(highways)
        tags = list(tags) if tags is not None else [{}] * len(highways)
        keys = self.relevant_tag_keys()
        cache = {}
        out = np.empty(len(highways), dtype=np.int8)
        for i, (hw, tg) in enumerate(zip(highways, tags)):
            tg = tg or {}
            key = (_norm(hw),) + tuple(_norm(tg.get(k)) for k in keys)
            mode = cache.get(key)
            if mode is None:
                mode = cache[key] = self.way_mode(hw, {k: tg.get(k) for k in keys})
            out[i] = mode
        return out

    def relevant_tag_keys(self):
        """OSM keys (besides ``highway``) that this profile's way rule reads."""
        keys = {"foot", "access"}
        if self.ways.get("rule") == "bicycle":
            keys.add("bicycle")
        keys.update(self.ways.get("closed_tags", {}).keys())
        if self.ways.get("max_incline_tag") is not None:
            keys.add("incline")
        return tuple(sorted(keys))

    def describe(self):
        """One line for the log: speed, slope rule and way rule."""
        parts = [f"{self.id}: {self.flat_speed_kmh:g} km/h on flat ground"]
        if self.slope_rule == "bicycle":
            parts.append("slope: cycling power balance, pushing where slower than walking")
        else:
            parts.append("slope: Tobler's hiking function")
        if self.max_running_slope is not None:
            parts.append(f"impassable steeper than {100 * self.max_running_slope:.2f} %")
        never = sorted(self.ways.get("never_highway", ()))
        if never:
            parts.append("never on highway=" + "/".join(never))
        return "; ".join(parts)


# --------------------------------------------------------------------------- loading

def profiles_path():
    from ...paths import resource_path
    return resource_path("presets", TRAVEL_PROFILES)


def _positive(value, what, where):
    try:
        v = float(value)
    except (TypeError, ValueError):
        v = float("nan")
    if not np.isfinite(v) or v <= 0:
        raise UrbanPlanError("{where}: '{what}' must be a positive number, got {value!r}.",
                             where=where, what=what, value=value)
    return v


def _profile_from_dict(item, where):
    if not isinstance(item, dict) or not str(item.get("id", "")).strip():
        raise UrbanPlanError("{where}: every profile needs an 'id'.", where=where)
    pid = str(item["id"]).strip()
    at = f"{where}, profile '{pid}'"
    speed = _positive(item.get("flat_speed_kmh"), "flat_speed_kmh", at)
    if not str(item.get("flat_speed_source", "")).strip():
        raise UrbanPlanError("{where}: 'flat_speed_source' is missing; name the source of the "
                             "speed or write 'example'.", where=at)
    slope = dict(item.get("slope") or {"rule": "tobler"})
    rule = str(slope.get("rule", "tobler"))
    if rule not in ("tobler", "bicycle"):
        raise UrbanPlanError("{where}: unknown slope rule '{rule}' (known: tobler, bicycle).",
                             where=at, rule=rule)
    if slope.get("max_running_slope") is not None:
        slope["max_running_slope"] = _positive(slope["max_running_slope"], "max_running_slope",
                                               at)
    for key in ("mass_kg", "cda_m2", "crr", "air_density_kg_m3", "climb_power_factor",
                "max_speed_kmh", "push_speed_kmh"):
        if key in slope:
            slope[key] = _positive(slope[key], key, at)
    raw = dict(item.get("ways") or {"rule": "walk"})
    wrule = str(raw.get("rule", "walk"))
    if wrule not in ("walk", "bicycle"):
        raise UrbanPlanError("{where}: unknown way rule '{rule}' (known: walk, bicycle).",
                             where=at, rule=wrule)
    ways = {"rule": wrule, "never_highway": _value_set(raw.get("never_highway"), at,
                                                       "never_highway")}
    if wrule == "bicycle":
        for key in ("ride_highway", "push_highway", "ride_values", "push_values",
                    "closed_values", "access_closed_values"):
            ways[key] = _value_set(raw.get(key), at, key)
    closed = raw.get("closed_tags") or {}
    if not isinstance(closed, dict):
        raise UrbanPlanError("{where}: 'closed_tags' must map OSM keys to lists of values.",
                             where=at)
    ways["closed_tags"] = {str(k): _value_set(v, at, f"closed_tags.{k}")
                           for k, v in closed.items()}
    if raw.get("max_incline_tag") is not None:
        ways["max_incline_tag"] = _positive(raw["max_incline_tag"], "max_incline_tag", at)
    sources = {"flat_speed": str(item.get("flat_speed_source", "")),
               "slope": " ".join(str(v) for k, v in slope.items()
                                 if k.endswith("source") and str(v).strip()),
               "ways": str(raw.get("source", ""))}
    return TravelProfile(id=pid, label=str(item.get("label") or pid), flat_speed_kmh=speed,
                         slope_rule=rule, slope=slope, ways=ways, sources=sources)


def parse_profiles(data, where="travel profile file"):
    """{id: TravelProfile} from parsed JSON ``{"profiles": [...]}``, in file order."""
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
        raise UrbanPlanError("{where}: expected an object with a 'profiles' list.", where=where)
    out = {}
    for item in data["profiles"]:
        p = _profile_from_dict(item, where)
        if p.id in out:
            raise UrbanPlanError("{where}: profile id '{pid}' is used twice.", where=where,
                                 pid=p.id)
        out[p.id] = p
    if not out:
        raise UrbanPlanError("{where}: the 'profiles' list is empty.", where=where)
    return out


_CACHE = {}


def load_profiles(path=None):
    """The shipped travel profiles (or those of a user file in the same layout)."""
    path = path or profiles_path()
    key = (os.path.abspath(path), os.path.getmtime(path) if os.path.exists(path) else None)
    if key in _CACHE:
        return _CACHE[key]
    where = f"Travel profile file {os.path.basename(str(path))}"
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UrbanPlanError("{where} could not be read as JSON: {exc}",
                             where=where, exc=exc) from None
    profiles = parse_profiles(data, where)
    _CACHE[key] = profiles
    return profiles


def profile_ids(path=None):
    """Profile ids in file order (``walk`` first in the shipped file)."""
    return list(load_profiles(path).keys())


def get_profile(profile_id=None, path=None):
    """One profile by id (``None``/empty: the default, ``walk``)."""
    pid = str(profile_id or DEFAULT_PROFILE).strip()
    profiles = load_profiles(path)
    if pid not in profiles:
        raise UrbanPlanError("Unknown travel profile '{pid}'. Known: {known}.", pid=pid,
                             known=", ".join(profiles))
    return profiles[pid]


def parse_group_profiles(text, groups, known=None):
    """{group: profile id} from text such as ``"pop_65plus=older_adult; pop_0_14=child"``
    (``;`` or ``,`` between entries, ``=`` or ``:`` inside). Every group must be one of
    ``groups`` (the population group fields; None: any name, for a setting checked before
    the origins are known) and every profile one of ``known`` (default: the shipped
    profiles)."""
    out = {}
    if not text or not str(text).strip():
        return out
    known = list(known) if known is not None else profile_ids()
    for item in re.split(r"[;,]", str(text)):
        if not item.strip():
            continue
        parts = re.split(r"[=:]", item, maxsplit=1)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise UrbanPlanError("Group profiles: '{item}' is not 'group=profile' (example: "
                                 "pop_65plus=older_adult; pop_0_14=child).", item=item.strip())
        name, pid = parts[0].strip(), parts[1].strip()
        if groups is not None and name not in groups:
            raise UrbanPlanError("Group profiles: '{name}' is not one of the population group "
                                 "fields ({groups}). Choose it in GROUP_FIELDS (Group fields), "
                                 "or correct the name in GROUP_PROFILES.", name=name,
                                 groups=", ".join(groups) or "none chosen")
        if pid not in known:
            raise UrbanPlanError("Group profiles: '{pid}' is not a travel profile. Use one of: "
                                 "{known}.", pid=pid, known=", ".join(known))
        if name in out and out[name] != pid:
            raise UrbanPlanError("Group profiles: group '{name}' is given two profiles.",
                                 name=name)
        out[name] = pid
    return out


def per_profile(group_travel, run, progress=None):
    """{group: run(travel, index, progress)} for the groups that travel with their own
    profile (``group_travel``: {group: (Travel, edge index)}), run once per profile and shared
    by every group that uses it: one search per profile and category, never one per group or
    per origin. ``progress`` (a :class:`core.common.progress.Progress`) is split between the
    profiles. Returns None when a run returns None (cancelled)."""
    from ..common.progress import Progress, SubProgress
    progress = progress or Progress()
    profiles = list(dict.fromkeys(t.profile.id for t, _ in (group_travel or {}).values()))
    done = {}
    out = {}
    for g, (travel, index) in (group_travel or {}).items():
        pid = travel.profile.id
        if pid not in done:
            k = profiles.index(pid)
            res = run(travel, index, SubProgress(progress, 100.0 * k / len(profiles),
                                                 100.0 * (k + 1) / len(profiles)))
            if res is None or progress.is_canceled():
                return None
            done[pid] = res
        out[g] = done[pid]
    return out


def normalise_group_profiles(text, known=None):
    """GROUP_PROFILES text checked (every entry 'group=profile' with a known profile) and
    written the one way the docks keep it: ``"pop_65plus=older_adult; pop_0_14=child"``
    ('' for none)."""
    pairs = parse_group_profiles(text, None, known)
    return "; ".join(f"{g}={p}" for g, p in pairs.items())


# --------------------------------------------------------------------------- one analysis

@dataclass
class Travel:
    """How people travel in one analysis: a :class:`TravelProfile`, the way mode of every
    edge (``modes``, None: every way usable) and the slope of every edge piece (``slopes``,
    None without a terrain model).

    The engines keep measuring in metres: :meth:`costs` expresses every trip as the distance
    that takes as long on flat ground at :attr:`speed_kmh` (*flat-equivalent metres*), so
    minutes = cost / (speed in m/min) exactly, and a threshold in minutes compares with the
    real travel time. Without a terrain model, and where the profile travels at its own speed,
    flat-equivalent metres are the real metres."""

    profile: TravelProfile
    slopes: object = None
    modes: np.ndarray = None

    @classmethod
    def plain(cls, speed_kmh=None):
        """Today's behaviour: the ``walk`` profile (at ``speed_kmh``), no DEM, every way."""
        walk = get_profile(DEFAULT_PROFILE)
        return cls(walk.with_speed(speed_kmh) if speed_kmh else walk)

    @property
    def speed_kmh(self):
        return self.profile.flat_speed_kmh

    @property
    def has_terrain(self):
        return self.slopes is not None and np.isfinite(getattr(self.slopes, "step_m", np.nan))

    @property
    def restricted(self):
        """True when some ways are closed to the profile or walked (a cyclist pushing)."""
        return self.modes is not None and bool((np.asarray(self.modes) != TRAVEL).any())

    @property
    def is_plain(self):
        """True when every edge costs its length (no terrain, no closed or pushed ways): the
        undirected search gives the same answer, faster."""
        return not self.has_terrain and not self.restricted

    def usable(self):
        """Edges the profile may use (bool per edge), None when all may be used."""
        if self.modes is None:
            return None
        return np.asarray(self.modes) != CLOSED

    def edge_times(self, network):
        """Minutes per edge and piece (:class:`core.network.slope.EdgeTimes`)."""
        from ..network.slope import EdgeSlopes, edge_times
        slopes = self.slopes if self.slopes is not None else EdgeSlopes.flat(network)
        if len(slopes.piece_ptr) - 1 != network.edge_count:
            raise UrbanPlanError("Internal: the slopes were computed for another network.")
        return edge_times(slopes, self.profile, self.modes)

    def costs(self, network, speed_kmh=None):
        """Flat-equivalent metres per edge and piece, forward and backward."""
        from ..network.build import speed_to_m_per_min
        return self.edge_times(network).scaled(
            speed_to_m_per_min(speed_kmh or self.speed_kmh))

    def index(self, network, spacing=None, **fragments):
        """The snapping index: points snap to the ways the profile may use, on the pieces of
        them the fragment rule keeps (``fragments``: ``min_component_nodes``,
        ``min_component_m``, ``anchor`` or ``keep`` of :class:`core.network.snap.EdgeIndex`)."""
        from ..network.snap import EdgeIndex
        return EdgeIndex(network, spacing=spacing, usable=self.usable(), **fragments)

    def on_stretches(self, network, base, start):
        """The same travel on a network whose edges are stretches of this one's (edge ``i``
        starts ``start[i]`` metres along edge ``base[i]`` and runs the same way, as
        ``core.network.edit.split_edges`` cuts them): each stretch keeps its edge's way mode
        and the slopes of the pieces it covers (:func:`core.network.slope.stretch_slopes`)."""
        from ..network.slope import stretch_slopes
        base = np.asarray(base, dtype=np.int64)
        slopes = (None if self.slopes is None else
                  stretch_slopes(self.slopes, base, start, network.edge_length))
        modes = None if self.modes is None else np.asarray(self.modes)[base]
        return Travel(self.profile, slopes, modes)

    def graph(self, network, speed_kmh=None):
        """The search graph: undirected on lengths when :attr:`is_plain`, else directed on
        flat-equivalent metres."""
        from ..network.search import SearchGraph
        if self.is_plain:
            return SearchGraph(network)
        return SearchGraph(network, costs=self.costs(network, speed_kmh))

    def stuck(self, network, snapped, graph=None):
        """True for snapped points that cannot leave their own place (the way there is too
        steep for the profile in both directions)."""
        out = np.zeros(len(snapped.edge), dtype=bool)
        if self.is_plain or not snapped.ok.any():
            return out
        from ..network.search import links_from_points
        costs = graph.costs if graph is not None and graph.costs is not None \
            else self.costs(network)
        ok = np.flatnonzero(snapped.ok)
        a, b = links_from_points(network, snapped.edge[ok], snapped.offset[ok], costs=costs)
        out[ok] = ~np.isfinite(a) & ~np.isfinite(b)
        return out

    def reach_factor(self):
        """Upper bound of (distance covered) / (flat-equivalent metres): how much farther than
        its cost a trip can go in a straight line (downhill, or a cyclist's top speed)."""
        s = np.linspace(-0.5, 0.5, 2001)
        v = np.asarray(self.profile.speed_kmh(s, TRAVEL), dtype=np.float64)
        if self.profile.slope_rule == "bicycle":
            v = np.maximum(v, np.asarray(self.profile.speed_kmh(s, PUSH)))
        top = float(v.max()) if self.has_terrain else self.speed_kmh
        return max(top / self.speed_kmh, 1.0) * (1.0 + 1e-9)

    def describe(self):
        """Log lines for the run."""
        lines = [f"Travel profile {self.profile.describe()}."]
        if self.modes is None and self.profile.id != DEFAULT_PROFILE:
            lines.append("The network's lines carry no OSM tags (no 'highway' field): every line "
                         "counts as usable by this profile; steps and closed ways cannot be "
                         "recognised.")
        elif self.modes is not None:
            m = np.asarray(self.modes)
            closed, push = int((m == CLOSED).sum()), int((m == PUSH).sum())
            if closed:
                lines.append(f"{closed} edge(s) are closed to this profile by its way rule.")
            if push:
                lines.append(f"{push} edge(s) are walked pushing the bicycle.")
        if not self.has_terrain:
            lines.append("No terrain model (DEM): streets count as flat; speeds and way rules "
                         "still apply.")
        return lines
