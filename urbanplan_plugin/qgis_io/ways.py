"""Travel-profile inputs from QGIS: the OSM tags of the network's lines and the terrain model.

- :class:`WayTags` collects, while the network is read, the ``highway`` value and the other tags
  the travel profiles judge (``foot``, ``access``, ``bicycle``, ``wheelchair``, ``smoothness``,
  ``incline``, ``bridge``, ``tunnel``) of every line that goes into the network, from fields of
  those names or GDAL's OSM ``other_tags`` column. It is indexed like
  ``WalkNetwork.edge_source``, so it follows every edge (and survives ``subset()``).
- :func:`terrain_slopes` reads a DEM over the network and gives the engine's
  :class:`core.network.slope.EdgeSlopes` (pieces sampled in the network's CRS, heights read in
  the DEM's own CRS: no resampling of the DEM).
"""
import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from ..core.network.osm import is_walkable, parse_other_tags
from ..core.network.slope import edge_slopes
from ..core.walk.profiles import CLOSED, TRAVEL
from ..i18n import tr
from .layers import _value

TAG_KEYS = ("foot", "access", "bicycle", "wheelchair", "smoothness", "incline", "bridge",
            "tunnel")
"""OSM keys read for the travel profiles (besides ``highway``)."""

BRIDGE_OR_TUNNEL = frozenset({"yes", "viaduct", "boardwalk", "covered", "building_passage",
                              "culvert", "movable", "aqueduct", "cantilever", "trestle"})
"""``bridge=*``/``tunnel=*`` values whose deck is not the terrain (OSM wiki Key:bridge,
Key:tunnel): their slope comes from the heights at their two ends only."""


class WayTags:
    """``highway`` and tags per network source line (see module help)."""

    def __init__(self, profiles=()):
        self.profiles = list(profiles)
        self.highway = []
        self.tags = []
        self.untagged = []     # a prepared network's edge without highway: a scenario's line
        self.available = False

    def _reader(self, source):
        names = set(source.fields().names())
        if "highway" not in names:
            return None
        has_other = "other_tags" in names
        direct = [k for k in TAG_KEYS if k in names]

        def read(feat):
            tags = parse_other_tags(_value(feat["other_tags"])) if has_other else {}
            for k in direct:
                v = _value(feat[k])
                if v is not None:
                    tags[k] = str(v)
            hw = _value(feat["highway"])
            return (None if hw is None else str(hw)), {k: tags[k] for k in TAG_KEYS if k in tags}

        return read

    def line_filter(self, source, osm_filter=True):
        """A ``keep(feature)`` for ``qgis_io.layers.read_lines`` that keeps the ways a
        pedestrian or any of the profiles may use and records their tags (in the order the
        lines are kept). None when the layer has no ``highway`` field (then every line is
        kept and every profile may use every line)."""
        read = self._reader(source)
        if read is None:
            return None
        self.available = True

        def keep(feat):
            hw, tags = read(feat)
            ok = not osm_filter or is_walkable(hw, tags) or any(
                p.way_mode(hw, tags) != CLOSED for p in self.profiles)
            if ok:
                self.highway.append(hw)
                self.tags.append(tags)
                self.untagged.append(False)
            return ok

        return keep

    def columns_filter(self, source, osm_filter=True):
        """:meth:`line_filter` on columns, for the bulk reader
        (``qgis_io.layers.read_street_lines``): (fields to read, ``keep(columns, n)`` -> a
        bool per feature), recording the kept lines' tags in order. ((), None) without a
        ``highway`` field. Each distinct combination of highway value and tags is judged once
        (``core.network.osm.judge_ways``), by the same rule as :meth:`line_filter`."""
        from ..core.network.osm import judge_ways, tag_columns
        names = source.fields().names()
        if "highway" not in names:
            return (), None
        self.available = True
        direct = [k for k in TAG_KEYS if k in names]
        fields = ["highway"] + (["other_tags"] if "other_tags" in names else []) + direct
        profiles = self.profiles

        def judge(hw, tags):
            return not osm_filter or is_walkable(hw, tags) or any(
                p.way_mode(hw, tags) != CLOSED for p in profiles)

        def keep(cols, n):
            tags = tag_columns(cols.get("other_tags", [None] * n), TAG_KEYS,
                               {k: cols[k] for k in direct})
            highway = [None if v is None else str(v) for v in cols["highway"]]
            ok = judge_ways(highway, tags, judge)
            for i in [i for i, k in enumerate(ok) if k]:
                self.highway.append(highway[i])
                self.tags.append({k: tags[k][i] for k in TAG_KEYS if tags[k][i] is not None})
            return ok

        return fields, keep

    def reset(self):
        """Forget what a reader recorded (it is read again another way)."""
        self.highway, self.tags, self.available = [], [], False

    def read_prepared(self, source):
        """Tags of a prepared network layer (one edge per feature with a geometry, in order),
        when it carries a ``highway`` field. An edge whose ``highway`` is NULL and that has no
        other tag is a line drawn in a scenario (a new path or footbridge, written by
        ``project.scenario_inputs``): every profile may use it, as when the network is built
        (:meth:`modes`)."""
        read = self._reader(source)
        if read is None:
            return
        self.available = True
        for feat in source.getFeatures():
            geom = feat.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            hw, tags = read(feat)
            self.highway.append(hw)
            self.tags.append(tags)
            self.untagged.append(hw is None and not tags)

    def line_tags(self, i):
        """(highway, other_tags text in GDAL's ``"k"=>"v"`` form) of line ``i`` (for writing
        a prepared network that keeps its tags)."""
        if not (0 <= i < len(self.highway)):
            return None, None
        text = ",".join('"{}"=>"{}"'.format(k.replace('"', '\\"'), str(v).replace('"', '\\"'))
                        for k, v in sorted(self.tags[i].items()))
        return self.highway[i], (text or None)

    def modes(self, profile, network):
        """The profile's way mode of every edge (int8), or None when the lines carry no tags
        (every way usable). Edges whose source is not a tagged line (lines added in a scenario)
        are usable."""
        if not self.available:
            return None
        per_line = profile.way_modes(self.highway, self.tags)
        if any(self.untagged):
            per_line[np.asarray(self.untagged, dtype=bool)] = TRAVEL
        src = np.asarray(network.edge_source, dtype=np.int64)
        inside = (src >= 0) & (src < len(per_line))
        out = np.ones(len(src), dtype=np.int8)
        out[inside] = per_line[src[inside]]
        return out

    def straight(self, network):
        """Bridges and tunnels (bool per edge): their slope is taken end to end."""
        if not self.available:
            return None
        flag = np.array([str(t.get("bridge", "")).lower() in BRIDGE_OR_TUNNEL
                         or str(t.get("tunnel", "")).lower() in BRIDGE_OR_TUNNEL
                         for t in self.tags], dtype=bool)
        src = np.asarray(network.edge_source, dtype=np.int64)
        inside = (src >= 0) & (src < len(flag))
        out = np.zeros(len(src), dtype=bool)
        out[inside] = flag[src[inside]]
        return out


def terrain_slopes(dem, network, crs, feedback=None, straight=None, step_m=None):
    """:class:`core.network.slope.EdgeSlopes` of ``network`` (in ``crs``) on the DEM raster
    layer ``dem`` (heights in metres, any CRS)."""
    from .rasters import crs_metrics, mask_sentinels, raster_grid, read_raster, transform_xy
    what = tr("terrain model (DEM)")
    grid = raster_grid(dem, what)
    dem_crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else \
        QgsCoordinateReferenceSystem(grid.crs_authid)
    xy = network.node_xy
    corners = np.array([[xy[:, 0].min(), xy[:, 1].min()], [xy[:, 0].max(), xy[:, 1].min()],
                        [xy[:, 0].min(), xy[:, 1].max()], [xy[:, 0].max(), xy[:, 1].max()]])
    box = transform_xy(corners, crs, dem_crs)
    if not np.isfinite(box).all():
        raise QgsProcessingException(tr("The network's extent could not be transformed into the "
                                        "terrain model's CRS ({c}).").format(c=dem_crs.authid()))
    bbox = (box[:, 0].min(), box[:, 1].min(), box[:, 0].max(), box[:, 1].max())
    raster = read_raster(dem, bbox=bbox, dtype=np.float32, what=what)
    if raster is not None:      # -9999 holes of a DEM without its nodata flag are not cliffs
        mask_sentinels(raster, what, feedback, refuse_empty=False)
    if raster is None or raster.nodata.all():
        raise QgsProcessingException(tr(
            "The terrain model (DEM) does not cover the network: check that it is the DEM of "
            "this area (its CRS is {c}), or run without a DEM.").format(c=dem_crs.authid()))
    geographic, unit, axes = crs_metrics(grid)
    if geographic:
        lat = np.radians(0.5 * (bbox[1] + bbox[3]))
        cell_m = max(grid.dx * np.pi / 180 * axes[0] * np.cos(lat), grid.dy * np.pi / 180 * axes[1])
    else:
        cell_m = max(grid.dx, grid.dy) * unit
    same = dem_crs == crs

    def to_dem(points):
        return points if same else transform_xy(points, crs, dem_crs)

    slopes = edge_slopes(network, raster, step_m=step_m, straight=straight, to_dem=to_dem,
                         cell_m=cell_m)
    if feedback is not None:
        for line in slopes.describe():
            feedback.pushInfo(line)
    return slopes
