"""Walkability presets and the OpenStreetMap tag -> category mapping, read from data files.

Shipped files (each value with its source, or marked "example"):

- ``resources/presets/walkability.json`` — presets such as the Shanghai 15-minute life circle,
  Hangzhou 5/15-minute circles, SDG 11.2.1 transit, Bogotá care blocks, Barcelona climate
  shelters, Wanli rail stations. :func:`load_presets` -> {id: :class:`Preset`}.
- ``resources/presets/osm_categories.json`` — ordered rules from OSM tags (amenity, shop,
  leisure, healthcare, public_transport, railway, highway=bus_stop ...) to categories (school,
  clinic, grocery, park, transit_low, transit_high ...). :func:`load_osm_mapping` and
  :func:`classify_tags`.

Users load their own presets with :func:`load_preset_file` (the same JSON layout, a single
preset, or a CSV table with columns ``category, minutes, metres, match, weight, source``).
"""
import json
import os
from dataclasses import dataclass, field

from .common.errors import UrbanPlanError
from .common.tables import read_csv_rows
from .walk.fifteenminutecity import CategoryRule, category_key

NO_PRESET = "none"


def presets_dir():
    from ..paths import resource_path
    return resource_path("presets")


WALKABILITY_PRESETS = "walkability.json"
OSM_CATEGORIES = "osm_categories.json"


@dataclass
class Preset:
    """A named set of category rules with its source."""

    id: str
    name: str
    rules: list
    source: str = ""
    note: str = ""

    def describe(self):
        cats = "; ".join(f"{r.name} {r.describe()}" for r in self.rules)
        return f"{self.name}: {cats}. Source: {self.source}"


def _number(value, what, where):
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise UrbanPlanError("{where}: '{what}' must be a number, got {value!r}.",
                             where=where, what=what, value=value) from None


def _rule_from_dict(item, where):
    if not isinstance(item, dict):
        raise UrbanPlanError("{where}: each category must be an object with a 'name'.",
                             where=where)
    name = item.get("name", item.get("category"))
    if name is None or str(name).strip() == "":
        raise UrbanPlanError("{where}: a category has no 'name'.", where=where)
    match = item.get("match") or [name]
    if isinstance(match, str):
        match = [m.strip() for m in match.replace("|", ";").split(";") if m.strip()]
    weight = _number(item.get("weight", 1.0), "weight", where)
    return CategoryRule(
        name=str(name).strip(),
        threshold_min=_number(item.get("minutes", item.get("threshold_min")), "minutes", where),
        threshold_m=_number(item.get("metres", item.get("threshold_m")), "metres", where),
        match=tuple(str(m) for m in match),
        weight=1.0 if weight is None else weight,
        label=str(item.get("label", "") or ""),
        source=str(item.get("source", "") or ""),
    )


def _preset_from_dict(item, where, default_id="custom"):
    cats = item.get("categories")
    if not isinstance(cats, list) or not cats:
        raise UrbanPlanError("{where}: a preset needs a non-empty 'categories' list.",
                             where=where)
    pid = str(item.get("id") or default_id)
    rules = [_rule_from_dict(c, f"{where}, preset '{pid}'") for c in cats]
    keys = [category_key(r.name) for r in rules]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise UrbanPlanError("{where}, preset '{pid}': category names repeat ({dup}); "
                             "give each category its own name.",
                             where=where, pid=pid, dup=', '.join(dup))
    return Preset(id=pid, name=str(item.get("name") or pid), rules=rules,
                  source=str(item.get("source", "") or ""), note=str(item.get("note", "") or ""))


def parse_presets(data, where="preset file"):
    """{id: Preset} from parsed JSON: {"presets": [...]}, a single preset object with
    "categories", or a bare list of categories (one preset called "custom")."""
    if isinstance(data, dict) and "presets" in data:
        items = data["presets"]
        if not isinstance(items, list):
            raise UrbanPlanError("{where}: 'presets' must be a list.", where=where)
        out = {}
        for i, item in enumerate(items):
            p = _preset_from_dict(item, where, default_id=f"preset_{i + 1}")
            out[p.id] = p
        return out
    if isinstance(data, dict) and "categories" in data:
        p = _preset_from_dict(data, where)
        return {p.id: p}
    if isinstance(data, list):
        p = _preset_from_dict({"id": "custom", "categories": data}, where)
        return {p.id: p}
    raise UrbanPlanError("{where}: expected a JSON object with 'presets' or 'categories', or a "
                         "list of categories.", where=where)


def load_presets(path=None):
    """The shipped walkability presets (or those of ``path``), {id: Preset} in file order."""
    path = path or os.path.join(presets_dir(), WALKABILITY_PRESETS)
    return load_preset_file(path)


def load_preset_file(path):
    """Presets from a user's JSON file (see :func:`parse_presets`) or CSV table.

    CSV columns (header row, comma or semicolon separated): ``category`` (or ``name``),
    ``minutes`` and/or ``metres``, optional ``match`` (labels separated by ``;`` or ``|``),
    ``weight``, ``source``, ``label``. The whole table is one preset called after the file."""
    if not path or not os.path.exists(path):
        raise UrbanPlanError("The preset file '{path}' does not exist.", path=path)
    where = f"Preset file {os.path.basename(path)}"
    if path.lower().endswith(".csv"):
        cats = read_csv_rows(path)
        if not cats:
            raise UrbanPlanError("{where} has no rows.", where=where)
        pid = os.path.splitext(os.path.basename(path))[0]
        p = _preset_from_dict({"id": pid, "name": pid, "categories": cats}, where)
        return {p.id: p}
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UrbanPlanError("{where} could not be read as JSON: {exc}",
                             where=where, exc=exc) from None
    return parse_presets(data, where)


def preset_ids():
    """Ids of the shipped presets, with ``none`` first (for a Processing enum)."""
    return [NO_PRESET] + list(load_presets().keys())


def get_preset(preset_id, path=None):
    """One shipped preset (or from ``path``) by id; None for ``none``/empty."""
    if not preset_id or preset_id == NO_PRESET:
        return None
    presets = load_presets(path)
    if preset_id not in presets:
        raise UrbanPlanError("Unknown preset '{preset_id}'. Known: {presets}.",
                             preset_id=preset_id, presets=', '.join(presets))
    return presets[preset_id]


# --------------------------------------------------------------------------- OSM mapping

@dataclass
class OsmMapping:
    """Ordered tag rules -> category, plus per-category label and access ("point"/"boundary")."""

    rules: list                     # [(category, [(key, set(values) or None for any)])]
    categories: dict = field(default_factory=dict)
    source: str = ""

    def access(self, category):
        return (self.categories.get(category) or {}).get("access", "point")

    def keys(self):
        return sorted({k for _, conds in self.rules for k, _ in conds})


def load_osm_mapping(path=None):
    """The OSM tag -> category rules of ``osm_categories.json`` (or a user file in that layout)."""
    path = path or os.path.join(presets_dir(), OSM_CATEGORIES)
    where = f"OSM category file {os.path.basename(str(path))}"
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UrbanPlanError("{where} could not be read as JSON: {exc}",
                             where=where, exc=exc) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise UrbanPlanError("{where}: expected an object with a 'rules' list.", where=where)
    rules = []
    for i, r in enumerate(data["rules"]):
        cat, tags = (r or {}).get("category"), (r or {}).get("tags")
        if not cat or not isinstance(tags, dict) or not tags:
            raise UrbanPlanError("{where}: rule {i} needs a 'category' and a 'tags' object.",
                                 where=where, i=i + 1)
        conds = []
        for key, values in tags.items():
            if values == "*" or values is None:
                conds.append((str(key), None))
            else:
                vals = [values] if isinstance(values, str) else list(values)
                conds.append((str(key), {str(v) for v in vals}))
        rules.append((str(cat), conds))
    return OsmMapping(rules=rules, categories=dict(data.get("categories") or {}),
                      source=str(data.get("source", "")))


def classify_tags(tags, mapping=None):
    """The category of a feature with OSM ``tags`` ({key: value}), or None.

    The first rule whose every key is present with an allowed value wins. Values with several
    entries (``"school;kindergarten"``) match when any entry is allowed."""
    mapping = mapping or load_osm_mapping()
    for cat, conds in mapping.rules:
        ok = True
        for key, allowed in conds:
            value = tags.get(key)
            if value is None or str(value).strip() == "":
                ok = False
                break
            if allowed is not None and not ({v.strip() for v in str(value).split(";")} & allowed):
                ok = False
                break
        if ok:
            return cat
    return None
