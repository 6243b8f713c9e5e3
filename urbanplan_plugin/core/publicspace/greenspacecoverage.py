"""Green-space coverage by park size class: which homes are within the service distance of a park
of each class, and public space per resident compared with benchmarks."""
import json
import os
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S
from ..common.errors import UrbanPlanError
from ..common.progress import Progress, SubProgress
from ..geometry.polygons import overlay_areas, union_area
from ..network.entrances import DEFAULT_ENTRANCE_TOLERANCE_M, boundary_entrances
from .common import ALL, group_counts, per_zone, zone_codes, zone_labels

# --------------------------------------------------------------------------- park classes

@dataclass
class ParkClass:
    """A park size class: parks of at least ``min_area_m2`` serve homes within
    ``service_distance_m`` walking distance."""

    id: str
    label: str
    min_area_m2: float
    service_distance_m: float
    source: str = ""

    def __post_init__(self):
        if self.min_area_m2 is None or not np.isfinite(self.min_area_m2) or self.min_area_m2 < 0:
            raise UrbanPlanError("Park class '{id}': the minimum area must be zero or a "
                                 "positive number of m², got {min_area_m2!r}.",
                                 id=self.id, min_area_m2=self.min_area_m2)
        if (self.service_distance_m is None or not np.isfinite(self.service_distance_m)
                or self.service_distance_m <= 0):
            raise UrbanPlanError("Park class '{id}': the service distance must be a "
                                 "positive number of metres, got {service_distance_m!r}.",
                                 id=self.id, service_distance_m=self.service_distance_m)


PARK_CLASSES_FILE = "park_classes.json"


def park_classes_path():
    from ...paths import resource_path
    return resource_path("presets", PARK_CLASSES_FILE)


def load_park_presets(path=None):
    """The park class presets file: ({preset id: (label, [ParkClass])}, benchmarks, default)."""
    path = path or park_classes_path()
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UrbanPlanError("The park class file {basename} could not be "
                             "read: {exc}", basename=os.path.basename(str(path)), exc=exc) from None
    presets = {}
    for p in data.get("presets", []):
        classes = [ParkClass(str(c["id"]), str(c.get("label", c["id"])),
                             float(c["min_area_m2"]), float(c["service_distance_m"]),
                             _source_text(c.get("source")))
                   for c in p.get("classes", [])]
        presets[str(p["id"])] = (str(p.get("label", p["id"])), classes)
    return presets, list(data.get("per_capita_benchmarks", [])), data.get("default")


def _source_text(src):
    if isinstance(src, dict):
        return "; ".join(f"{k}: {v}" for k, v in src.items())
    return str(src or "")


def park_classes_from_rows(rows):
    """ParkClass list from table rows [class, min_area_m2, service_distance_m] (the
    algorithm's editable matrix); ids must be unique, rows with an empty name are skipped."""
    out = []
    for r in rows:
        if not r or str(r[0]).strip() == "":
            continue
        if len(r) < 3:
            raise UrbanPlanError("Each park class row needs: name, minimum area (m²), service "
                                 "distance (m).")
        try:
            a, d = float(r[1]), float(r[2])
        except (TypeError, ValueError):
            raise UrbanPlanError("Park class '{name}': the minimum area and the service "
                                 "distance must be numbers.", name=r[0]) from None
        out.append(ParkClass(str(r[0]).strip(), str(r[0]).strip(), a, d,
                             str(r[3]) if len(r) > 3 and r[3] else "user table"))
    if not out:
        raise UrbanPlanError("No park class is defined. Fill in the class table or choose a "
                             "preset.")
    keys = [c.id for c in out]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise UrbanPlanError("Park class names repeat: {dup}.", dup=', '.join(dup))
    return out


def classify_parks(areas_m2, classes):
    """Class position per park: the class with the largest minimum area the park reaches
    (-1: smaller than every class)."""
    areas_m2 = np.asarray(areas_m2, dtype=np.float64)
    mins = np.array([c.min_area_m2 for c in classes], dtype=np.float64)
    order = np.argsort(mins, kind="stable")
    pos = np.searchsorted(mins[order], areas_m2, side="right") - 1
    out = np.where(pos >= 0, order[np.clip(pos, 0, None)], -1)
    return np.where(np.isfinite(areas_m2), out, -1)


@dataclass
class CoverageResult:
    classes: list
    park_class: np.ndarray       # class position per park (-1 too small / no geometry)
    park_area_m2: np.ndarray
    dist: np.ndarray             # (n, k) m to nearest park of each class (NaN unreachable)
    covered: np.ndarray          # (n, k) float 1/0/NaN
    covered_any: np.ndarray      # (n,) float 1/0/NaN
    origin_ok: np.ndarray
    fields: dict                 # class id -> safe field suffix
    summary: list
    log: list = field(default_factory=list)
    cancelled: bool = False
    groups: dict = None          # {group: ClassAccess} of the groups with their own profile


@dataclass
class ClassAccess:
    """Walking access to the parks of each class with one travel profile: ``dist`` (n, k) m
    to the nearest park of each class (NaN unreachable), ``covered`` (n, k) and
    ``covered_any`` (n,) as 1/0/NaN (NaN off the network), ``origin_ok`` (n,)."""

    dist: np.ndarray
    covered: np.ndarray
    covered_any: np.ndarray
    origin_ok: np.ndarray
    profile: str = "walk"


COVERAGE_SUMMARY_COLUMNS = (
    S.ZONE, S.POP_GROUP, S.POPULATION, S.PARK_M2, S.PARK_M2_PER_RESIDENT,
    S.POP_COVERED_ANY, S.POP_UNCOVERED, S.POP_UNCOVERED_PCT, S.POP_UNREACHABLE,
)
"""The coverage summary's fixed columns; ``pop_cov_<class>`` per class goes after the fifth."""


def class_access(network, pop_xy, parks, pclass, classes, entrance_tolerance, max_snap_m,
                 index, travel=None, progress=None, log=None):
    """:class:`ClassAccess` of every resident to the parks of each class (``pclass``: class
    position per park, -1 left out): parks are entered where their boundary meets the ways of
    ``index`` (the travel profile's), one search per class. None when cancelled."""
    from ..walk.fifteenminutecity import CategoryRule, walk_access
    log = [] if log is None else log
    usable = [g if c >= 0 else None for g, c in zip(parks, pclass)]
    exy, eown, near, reached = boundary_entrances(usable, index, entrance_tolerance, max_snap_m)
    lost = int(((pclass >= 0) & ~reached).sum())
    if lost:
        log.append(f"{lost} park(s) are farther than {max_snap_m:g} m from the network: nobody "
                   "can walk to them.")
    if len(exy) == 0:
        raise UrbanPlanError("No park is within {max_snap_m:g} m of the walking network. Check "
                             "that the parks and the network cover the same area (and CRS).",
                             max_snap_m=max_snap_m)
    labels = np.array([classes[c].id for c in pclass[eown]], dtype=object)
    rules = [CategoryRule(c.id, threshold_m=c.service_distance_m, source=c.source)
             for c in classes]
    acc = walk_access(network, pop_xy, exy, labels, rules=rules, max_snap_m=max_snap_m,
                      dest_owner=eown, horizon_factor=np.inf, index=index,
                      progress=progress, travel=travel)
    log.extend(line for line in acc.log if "no destinations" not in line)
    for c, cnt in zip(classes, acc.dest_count):
        if cnt == 0:
            log.append(f"No park falls in class '{c.id}' (at least {c.min_area_m2:g} m²): "
                       "nobody is covered by it.")
    if acc.cancelled:
        return None
    ok = acc.origin_ok
    thr = np.array([c.service_distance_m for c in classes])
    with np.errstate(invalid="ignore"):
        cov = np.isfinite(acc.dist) & (acc.dist <= thr[None, :] + 1e-9)
    return ClassAccess(dist=acc.dist, covered=np.where(ok[:, None], cov.astype(np.float64),
                                                       np.nan),
                       covered_any=np.where(ok, cov.any(axis=1).astype(np.float64), np.nan),
                       origin_ok=ok, profile=acc.profile)


def green_space_coverage(network, pop_xy, population, parks, classes, groups=None, zones=None,
                         zone_names=None, pop_zone=None, entrance_tolerance=
                         DEFAULT_ENTRANCE_TOLERANCE_M, max_snap_m=None, index=None,
                         progress=None, travel=None, group_travel=None):
    """Park service coverage by size class.

    Each park (polygon) gets the class with the largest minimum area it reaches; a resident is
    covered by a class when a park of that class is within its service distance along the
    network, and covered when any class covers them. Per zone: park area (every park, dissolved,
    clipped to the zone) per resident, people covered per class, share uncovered.

    ``parks``: polygonal shapely geometries (None = left out); ``classes``: [ParkClass].
    ``travel`` (:class:`core.walk.profiles.Travel`): who walks; service distances are then
    compared with flat-equivalent metres at the profile's flat speed. ``group_travel``:
    {group: (Travel, edge index)} for population groups that travel with their own profile
    (GROUP_PROFILES): their coverage is computed once per profile (:attr:`CoverageResult.groups`)
    and their summary rows use it."""
    from ..network.snap import EdgeIndex
    from ..walk.fifteenminutecity import DEFAULT_MAX_SNAP_M, safe_field_names
    from ..walk.profiles import per_profile
    progress = progress or Progress()
    log = []
    if not classes:
        raise UrbanPlanError("No park class is defined.")
    pop_xy = np.asarray(pop_xy, dtype=np.float64).reshape(-1, 2)
    n = len(pop_xy)
    if n == 0:
        raise UrbanPlanError("The population layer has no features.")
    pop = np.ones(n) if population is None else np.asarray(population, dtype=np.float64)
    if np.isnan(pop).any() or (pop < 0).any():
        raise UrbanPlanError("Population values must be zero or positive numbers (no NULL, no "
                             "negatives).")
    max_snap_m = DEFAULT_MAX_SNAP_M if max_snap_m is None else float(max_snap_m)
    area = np.array([np.nan if g is None else g.area for g in parks], dtype=np.float64)
    pclass = classify_parks(area, classes)
    if not (pclass >= 0).any():
        raise UrbanPlanError("No park reaches the smallest class's minimum area (or the park "
                             "layer is empty). Check the park layer or the class table.")
    small = int(((pclass < 0) & np.isfinite(area)).sum())
    if small:
        log.append(f"{small} park(s) are smaller than the smallest class's minimum area and are "
                   "left out.")
    index = index or (travel.index(network) if travel is not None else EdgeIndex(network))
    main = class_access(network, pop_xy, parks, pclass, classes, entrance_tolerance, max_snap_m,
                        index, travel, SubProgress(progress, 0, 72 if group_travel else 80),
                        log)
    if main is None or progress.is_canceled():
        return None

    def run(t, idx, prog):
        own = []
        res = class_access(network, pop_xy, parks, pclass, classes, entrance_tolerance,
                           max_snap_m, idx, t, prog, own)
        log.extend(f"Travel profile '{t.profile.id}': {line}" for line in own
                   if line not in log)
        return res

    group_acc = (per_profile(group_travel, run, SubProgress(progress, 72, 80))
                 if group_travel else {})
    if group_acc is None or progress.is_canceled():
        return None
    gcounts = group_counts(pop, groups)
    if pop_zone is None and zones is not None:
        pop_zone = zone_labels(pop_xy, zones, zone_names)
    # park area per zone (every park, dissolved, clipped to each zone), or in all when no zones
    if zones is not None:
        areas = overlay_areas(None, {"park": parks}, zones=zones,
                              progress=SubProgress(progress, 80, 95))
        zone_park = {}
        for z, a in zip(zone_names, areas.zone_layer_m2["park"]):
            zone_park[str(z)] = zone_park.get(str(z), 0.0) + float(a)
    else:
        zone_park = {}
    total_park = union_area(parks)
    fields = safe_field_names([c.id for c in classes])
    summary = _coverage_rows(classes, fields, pop, gcounts, pop_zone, main, zone_park,
                             total_park, zone_names, group_acc)
    progress.progress(100.0)
    return CoverageResult(classes=classes, park_class=pclass, park_area_m2=area, dist=main.dist,
                          covered=main.covered, covered_any=main.covered_any,
                          origin_ok=main.origin_ok, fields=fields, summary=summary, log=log,
                          groups=group_acc)


def coverage_summary_columns(classes, fields):
    """Column names of the coverage summary: the fixed columns plus pop_cov_<class> per
    class."""
    names = list(COVERAGE_SUMMARY_COLUMNS[:5])
    names += [S.fill(S.POP_COV_CLASS, fields[c.id]) for c in classes]
    names += list(COVERAGE_SUMMARY_COLUMNS[5:])
    return names


def _coverage_rows(classes, fields, pop, gcounts, pop_zone, main, zone_park, total_park,
                   zone_names, group_acc=None):
    """Summary rows per zone (``all`` first) and group (``all`` first); a group in
    ``group_acc`` ({group: ClassAccess}) is counted with its own profile's coverage."""
    zone_list, codes = zone_codes(pop_zone, zone_names, len(pop))
    nz = len(zone_list)
    labels = [ALL] + zone_list
    park = [total_park] + [zone_park.get(z, np.nan) for z in zone_list]
    table = []
    for gname, gpop in [(ALL, pop)] + list(gcounts.items()):
        acc = (group_acc or {}).get(gname, main)
        ok, cov = acc.origin_ok, acc.covered == 1
        any_cov = acc.covered_any == 1
        gpop = np.asarray(gpop, dtype=np.float64)
        per_class = [per_zone(codes, nz, gpop * (ok & cov[:, j])) for j in range(len(classes))]
        table.append((gname, per_zone(codes, nz, gpop), per_class,
                      per_zone(codes, nz, gpop * any_cov), per_zone(codes, nz, gpop * ~ok)))
    rows = []
    for zi, z in enumerate(labels):
        for gname, tot, per_class, cv, unr in table:
            t, c = float(tot[zi]), float(cv[zi])
            first = gname == ALL
            pk = float(park[zi]) if first and park[zi] is not None else np.nan
            row = {S.ZONE: z, S.POP_GROUP: gname, S.POPULATION: t, S.PARK_M2: pk,
                   S.PARK_M2_PER_RESIDENT: pk / t if first and t > 0 and np.isfinite(pk)
                   else np.nan}
            for j, cl in enumerate(classes):
                row[S.fill(S.POP_COV_CLASS, fields[cl.id])] = float(per_class[j][zi])
            row[S.POP_COVERED_ANY] = c
            row[S.POP_UNCOVERED] = t - c
            row[S.POP_UNCOVERED_PCT] = 100.0 * (t - c) / t if t > 0 else np.nan
            row[S.POP_UNREACHABLE] = float(unr[zi])
            rows.append(row)
    return rows


def compare_per_capita(value, benchmarks):
    """A readable line placing a m²-per-resident value among the reference cities."""
    if value is None or not np.isfinite(value):
        return None
    refs = sorted(benchmarks, key=lambda b: b["m2_per_person"])
    parts = [f"{b['place']} {b['m2_per_person']:g}" for b in refs]
    below = [b["place"] for b in refs if b["m2_per_person"] > value]
    where = f"below {below[0]}" if below else "above all references"
    return (f"{value:.2f} m² per resident ({where}; references in m²/person: "
            + ", ".join(parts) + ")")
