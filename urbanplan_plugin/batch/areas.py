"""The areas of a batch (city boundaries or tiles of a region) and which features each owns.

A feature (an origin, a grid cell, an exposed building) belongs to the *first* area, in the
areas layer's order, that contains its representative point (a point, a line's midpoint, a
polygon's point on surface), by the engine's point-in-polygon rule
(``core.geometry.polygons.points_in_polygons``: even-odd crossings with half-open edges, so a point
on the border shared by two tiles belongs to exactly one of them). Every area applies the same
rule to the same points, so the areas partition the features: none is computed twice, none is
lost between tiles (features outside every area are not computed; the run reports them as
missing from the output only in the sense that no area owns them).
"""
import re
from dataclasses import dataclass, field

import numpy as np

from . import ogr_io
from .errors import BatchError


@dataclass
class Area:
    """One area: ``id`` (the area-id field's value, or the feature id), ``safe`` (its file
    name), ``wkb`` in the working CRS, ``bbox`` and the areas whose boxes overlap it (in layer
    order, itself included) as (position, wkb) for the ownership rule."""

    id: str
    position: int
    safe: str
    wkb: bytes
    bbox: tuple
    neighbours: list = field(default_factory=list)

    def geometry(self):
        from shapely import wkb
        return wkb.loads(self.wkb)

    def owns(self, xy):
        """Bool mask: which points (n, 2) belong to this area."""
        from shapely import wkb

        from ..core.geometry.zones import points_in_polygons
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        if len(xy) == 0:
            return np.zeros(0, dtype=bool)
        geoms = [wkb.loads(w) for _, w in self.neighbours]
        mine = [k for k, (pos, _) in enumerate(self.neighbours) if pos == self.position][0]
        return points_in_polygons(xy, geoms) == mine


def safe_name(text):
    name = re.sub(r"[^\w.-]+", "_", str(text), flags=re.UNICODE).strip("._")
    return (name or "area")[:80]


def read_areas(uri, id_field, srs):
    """Every area of a polygon layer, in the working CRS ``srs``."""
    from shapely import wkb as swkb
    layer = ogr_io.VectorLayer(uri, "areas")
    if layer.kind() != "polygon":
        raise BatchError("The areas layer '{uri}' must hold polygons (city boundaries or "
                         "tiles).", uri=uri)
    layer.check_crs()
    feats = layer.read([id_field] if id_field else [], to_srs=srs)
    layer.close()
    areas, seen = [], {}
    for i in range(len(feats)):
        w = feats.wkb[i]
        if w is None:
            continue
        if id_field:
            value = feats.attrs[id_field][i]
            if value is None or str(value).strip() == "":
                raise BatchError("Area feature {fid} has no value in the area id field "
                                 "'{f}'. Every area needs an id.", fid=int(feats.fids[i]),
                                 f=id_field)
            aid = str(value)
        else:
            aid = str(int(feats.fids[i]))
        if aid in seen:
            raise BatchError("The area id '{a}' is used twice (features {f1} and {f2}). Area "
                             "ids must be unique.", a=aid, f1=seen[aid], f2=int(feats.fids[i]))
        seen[aid] = int(feats.fids[i])
        g = swkb.loads(bytes(w))
        if not g.is_valid:
            from ..core.common.compat import make_valid_polygonal
            g = make_valid_polygonal(g)
            if g is None or g.is_empty:
                continue
            w = g.wkb
        areas.append(Area(aid, len(areas), "", bytes(w), tuple(float(v) for v in g.bounds)))
    if not areas:
        raise BatchError("The areas layer '{uri}' has no polygon.", uri=uri)
    used = set()
    for a in areas:
        name = safe_name(a.id)
        if name.lower() in used:
            name = f"{name}-{a.position}"
        used.add(name.lower())
        a.safe = name
    boxes = np.array([a.bbox for a in areas])
    for a in areas:
        x0, y0, x1, y1 = a.bbox
        near = np.flatnonzero((boxes[:, 2] >= x0) & (boxes[:, 0] <= x1)
                              & (boxes[:, 3] >= y0) & (boxes[:, 1] <= y1))
        a.neighbours = [(int(k), areas[k].wkb) for k in near]
    return areas


def grow(bbox, radius):
    x0, y0, x1, y1 = bbox
    return (x0 - radius, y0 - radius, x1 + radius, y1 + radius)
