"""A scenario's inputs as new in-memory layers: the baseline is read, never edited.

For each baseline role a scenario changes, :class:`ScenarioInputs` builds a memory layer:

- vector roles (facilities, parks, population, buildings): the baseline features (or those of
  the replacing layer), minus the removed ones (by feature id, by matching geometry, or touched
  by a drawn geometry within the tolerance), plus the added ones (reprojected to the layer's
  CRS, attributes copied by field name);
- streets: a *prepared walking network* (the layout ``preparewalknetwork`` writes). The
  baseline network is built once per street layer and cached; a scenario's network reuses its
  arrays, masks the closed edges and nodes the new lines in (``core.scenarios.model``). The baseline
  run uses the cached baseline network too, so both sides are built the same way.

:meth:`ScenarioInputs.params_for` then rewrites an algorithm's parameters: every layer value
that is a baseline role's layer is swapped for the scenario's version, and the scenario's
parameter changes are applied where the algorithm has a parameter of that name.
"""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.common.errors import UrbanPlanError
from ..core.network.build import LineSet, build_network
from ..core.network.edit import closed_edges, edges_of_sources, scenario_network
from ..core.scenarios.model import ROLES, effective_params
from ..i18n import tr
from ..qgis_io.layers import (
    _line_parts,
    is_prepared_network,
    network_fields,
    osm_walk_filter,
    read_lines,
    read_prepared_network,
    source_extent,
    working_crs,
)
from .scenario_store import geometry_kind, resolve_layer

NETWORK_TOLERANCE_M = 0.5
"""Vertices closer than this are merged when the baseline network is built (the default of
``preparewalknetwork``)."""

_LAYER_PARAMS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                 QgsProcessingParameterMapLayer, QgsProcessingParameterRasterLayer)


class BaselineNetwork:
    """A street layer's network, built once: arrays, the feature id of each input line, the
    lines' OSM tags (``ways``, a :class:`qgis_io.ways.WayTags`, for the travel profiles' way
    rules; None when the layer has no ``highway`` field) and a lazily built edge index (reused
    by every scenario that closes nothing)."""

    def __init__(self, net, fids, layer_name, ways=None):
        self.net = net
        self.fids = list(fids)
        self.layer_name = layer_name
        self.ways = ways if ways is not None and ways.available else None
        self._index = None

    @property
    def index(self):
        if self._index is None:
            from ..core.network.snap import EdgeIndex
            self._index = EdgeIndex(self.net)
        return self._index


class NetworkCache:
    """Baseline networks by street layer (id, source, feature count, extent, CRS, options).

    A layer with unsaved edits is never cached."""

    def __init__(self):
        self._nets = {}
        self.builds = 0

    def clear(self):
        self._nets.clear()

    def key(self, layer, crs, tolerance, osm_filter, profiles=()):
        ext = layer.extent()
        return (layer.id(), layer.source(), layer.featureCount(),
                (round(ext.xMinimum(), 6), round(ext.yMinimum(), 6), round(ext.xMaximum(), 6),
                 round(ext.yMaximum(), 6)), crs.authid(), float(tolerance), bool(osm_filter),
                tuple(sorted(p.id for p in profiles)))

    def get(self, layer, crs, tolerance=NETWORK_TOLERANCE_M, osm_filter=True, feedback=None,
            profiles=()):
        """The layer's :class:`BaselineNetwork`; ``profiles`` (travel profiles) keep the ways
        they may use besides the walkable ones (a cycleway closed to pedestrians, for a
        cyclist)."""
        cacheable = not (layer.isEditable() and layer.isModified())
        key = self.key(layer, crs, tolerance, osm_filter, profiles)
        if cacheable and key in self._nets:
            return self._nets[key]
        base = build_baseline_network(layer, crs, tolerance, osm_filter, feedback, profiles)
        self.builds += 1
        if cacheable:
            self._nets[key] = base
        return base


_SHARED_CACHE = NetworkCache()


def shared_network_cache():
    """One cache per QGIS session, shared by the docks and the scorecard."""
    return _SHARED_CACHE


def build_baseline_network(layer, crs, tolerance=NETWORK_TOLERANCE_M, osm_filter=True,
                           feedback=None, profiles=()):
    """The walking network of a street layer (prepared networks are read as they are), with
    the OSM tags of its lines when it has a ``highway`` field (the travel profiles' way rules:
    a wheelchair never takes steps), read the way the network algorithms read them."""
    from ..qgis_io.ways import WayTags
    if geometry_kind(layer) != "line":
        raise UrbanPlanError(tr("The streets layer '{name}' must hold lines.").format(
            name=layer.name()))
    ways = WayTags(profiles)
    if is_prepared_network(layer):
        net = read_prepared_network(layer, crs)
        ways.read_prepared(layer)
        fids = [f.id() for f in layer.getFeatures()
                if f.hasGeometry() and not f.geometry().isEmpty()]
        return BaselineNetwork(net, fids, layer.name(), ways)
    keep = ways.line_filter(layer, osm_filter)
    if keep is None and osm_filter:
        keep = osm_walk_filter(layer)
    lines, fids = read_lines(layer, crs, None, feedback, keep)
    if len(lines) == 0:
        raise UrbanPlanError(tr("The streets layer '{name}' has no walkable line.").format(
            name=layer.name()))
    net = build_network(lines, tolerance=tolerance, crs=crs.authid())
    return BaselineNetwork(net, fids, layer.name(), ways)


def _kind_of_wkb(wkb):
    gt = QgsWkbTypes.geometryType(wkb)
    return {QgsWkbTypes.GeometryType.PointGeometry: "point",
            QgsWkbTypes.GeometryType.LineGeometry: "line",
            QgsWkbTypes.GeometryType.PolygonGeometry: "polygon"}.get(gt, "table")


def _transform(src_crs, dst_crs):
    if not src_crs.isValid() or not dst_crs.isValid() or src_crs == dst_crs:
        return None
    return QgsCoordinateTransform(src_crs, dst_crs, QgsProject.instance())


def _sketch_crs(override, fallback):
    if override.crs:
        crs = QgsCoordinateReferenceSystem(override.crs)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem.fromWkt(override.crs)
        if crs.isValid():
            return crs
        raise UrbanPlanError(tr("The change '{label}' has an unknown CRS ({crs}).").format(
            label=override.label, crs=override.crs[:60]))
    return fallback


def sketch_transform(geom, xform, override, scenario):
    """Move a sketched geometry into the analysis CRS; a sketch that cannot be placed there
    stops the run with the scenario, the change and both CRSs named (not PROJ's bare
    'fallback transform failed')."""
    if xform is None:
        return geom
    from qgis.core import QgsCsException
    try:
        geom.transform(xform)
        box = geom.boundingBox()
        ok = all(np.isfinite([box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]))
    except QgsCsException:
        ok = False
    if not ok:
        src, dst = xform.sourceCrs(), xform.destinationCrs()
        raise UrbanPlanError(tr(
            "Scenario '{s}': the change '{label}' cannot be transformed from {a} to {b}: its "
            "coordinates are not in {a}. Give the change the CRS its coordinates are in (the "
            "'crs' of the change in the scenario file), or draw it again.").format(
            s=scenario.name if scenario is not None else "?", label=override.label,
            a=src.authid() or src.description(), b=dst.authid() or dst.description()))
    return geom


def sketch_geometry(spec, index, override, scenario):
    """The geometry of one sketched feature of a scenario change. WKT that cannot be read stops
    the run, naming the scenario, the change and the feature (dropping it would make the
    scenario silently equal to the baseline)."""
    text = str(spec.get("wkt") or "")
    geom = QgsGeometry.fromWkt(text)
    if text.strip() and geom.isNull():
        attrs = spec.get("attrs") or {}
        name = attrs.get("name") or attrs.get("label") or tr("number {n}").format(n=index + 1)
        raise UrbanPlanError(tr(
            "Scenario '{s}': the feature {f} of the change '{label}' has geometry text that is "
            "not valid WKT ('{w}'). Draw the feature again, or correct its WKT in the scenario "
            "file.").format(s=scenario.name if scenario is not None else "?", f=name,
                            label=override.label, w=text[:60]))
    return geom


class ScenarioInputs:
    """Materialises scenario inputs for one comparison run.

    ``sset`` is the ScenarioSet; layers are looked up in ``project``. Materialised layers are
    kept (per scenario and role) so a comparison of several analyses builds them once."""

    def __init__(self, sset, project=None, cache=None, data_dir=None, feedback=None,
                 layers=None, role_params=None):
        self.sset = sset
        self.layers = dict(layers or {})    # role -> layer given directly (scorecard)
        self.project = project or QgsProject.instance()
        self.cache = cache if cache is not None else shared_network_cache()
        self.data_dir = data_dir
        self.feedback = feedback
        # relative layer paths are read from the scenario file's (or project's) folder
        self.base_dir = getattr(sset, "base_dir", None)
        # role -> the parameter that gives its layer (an algorithm such as the scorecard, run
        # from a dialog, a model or qgis_process): messages then say how to fix it there
        self.role_params = dict(role_params or {})
        self.log = []
        self.profiles = ()     # travel profiles of the run being prepared (params_for)
        self._made = {}
        self._keep = []        # the memory layers must live as long as the runs that use them

    # -- baseline --------------------------------------------------------------------------
    def role_label(self, role):
        return tr(ROLES.get(role, (role,))[0])

    def fix_for(self, role):
        """How to give the layer of ``role`` again, said for where the scenarios come from:
        None (the Scenario dock's way) for the docks; the algorithm's parameter and the
        scenario file's path otherwise."""
        param = self.role_params.get(role)
        source = getattr(self.sset, "source_file", None)
        if param and source:
            return tr("Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), "
                      "or correct its path in the scenario file {f}.").format(
                p=param, f=source)
        if param:
            return tr("Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), "
                      "or choose it again in the project's Scenario dock.").format(
                p=param)
        if source:
            return tr("Correct its path in the scenario file {f} (a relative path is read "
                      "from the file's folder).").format(f=source)
        return None

    def resolve(self, ref, what, role):
        return resolve_layer(ref, self.project, what, self.data_dir, self.base_dir,
                             self.fix_for(role))

    def baseline_layer(self, role):
        if self.layers.get(role) is not None:
            layer = self.layers[role]
        else:
            ref = self.sset.baseline.get(role)
            layer = self.resolve(ref, self.role_label(role), role)
        allowed = ROLES.get(role, ("", ()))[1]
        kind = geometry_kind(layer)
        if allowed and kind not in allowed:
            from .scenario_store import fix_message
            raise UrbanPlanError(fix_message(tr(
                "The {what} layer '{name}' holds {got}, but this input needs {want}.").format(
                what=self.role_label(role), name=layer.name(), got=kind,
                want=tr(" or ").join(allowed)), self.fix_for(role),
                dock=tr("Choose another layer in the Scenario dock.")))
        return layer

    def role_of_layer(self, layer):
        """The baseline role whose layer this is (by id or source), or None."""
        if layer is None:
            return None
        for role, given in self.layers.items():
            if given is not None and (given is layer or given.id() == layer.id()):
                return role
        for role, ref in self.sset.baseline.items():
            if ref.layer_id and ref.layer_id == layer.id():
                return role
        for role in self.sset.baseline:
            try:
                if self.baseline_layer(role).source() == layer.source():
                    return role
            except UrbanPlanError:
                continue
        return None

    # -- materialise -----------------------------------------------------------------------
    def layer(self, role, scenario=None):
        """The role's layer in ``scenario`` (None = baseline). Streets come as a prepared
        network; other roles as the baseline layer itself when the scenario leaves them alone,
        else as a new memory layer."""
        key = (scenario.name if scenario is not None else None, role)
        if role == "streets":
            key += (tuple(sorted(p.id for p in self.profiles)),)
        if key in self._made:
            return self._made[key]
        if role == "streets":
            out = self.network_layer(scenario)
        else:
            out = self._vector_or_raster(role, scenario)
        self._made[key] = out
        self._keep.append(out)
        return out

    def _vector_or_raster(self, role, scenario):
        changes = scenario.changes(role) if scenario is not None else []
        replacement = scenario.replacement(role) if scenario is not None else None
        if replacement is not None:
            base = self.resolve(replacement, tr("replacement for {what}").format(
                what=self.role_label(role)), None)
            orig = self.baseline_layer(role)
            if geometry_kind(base) != geometry_kind(orig):
                raise UrbanPlanError(tr(
                    "Scenario '{s}' replaces {what} ('{old}', {g1}) with '{new}', which holds "
                    "{g2}. A replacement must have the same geometry type.").format(
                    s=scenario.name, what=self.role_label(role), old=orig.name(),
                    g1=geometry_kind(orig), new=base.name(), g2=geometry_kind(base)))
        else:
            base = self.baseline_layer(role)
        edits = [o for o in changes if o.kind in ("add", "remove") and not o.is_empty]
        if not edits:
            return base
        if base.type() != QgsMapLayer.LayerType.VectorLayer:
            raise UrbanPlanError(tr(
                "Scenario '{s}' draws changes on the {what}, but its layer '{name}' is a raster. "
                "Replace the raster with another one instead.").format(
                s=scenario.name, what=self.role_label(role), name=base.name()))
        return self._edited_copy(base, edits, scenario, role)

    def _edited_copy(self, base, edits, scenario, role):
        kind = _kind_of_wkb(base.wkbType())
        crs = base.crs()
        removed = set()
        for o in edits:
            if o.kind != "remove":
                continue
            removed |= set(o.fids)
            if o.features:
                removed |= self._touched_fids(base, o, scenario)
        mem = QgsVectorLayer(f"{QgsWkbTypes.displayString(base.wkbType())}?crs="
                             f"{crs.authid() or 'EPSG:4326'}&index=yes",
                             f"{base.name()} [{scenario.name}]", "memory")
        if not crs.authid():
            mem.setCrs(crs)
        mem.dataProvider().addAttributes(base.fields().toList())
        mem.updateFields()
        feats = []
        n_read = 0
        for f in base.getFeatures():
            n_read += 1
            if f.id() in removed:
                continue
            g = QgsFeature(mem.fields())
            g.setGeometry(f.geometry())
            g.setAttributes(f.attributes())
            feats.append(g)
        n_removed = n_read - len(feats)
        n_added = 0
        multi = QgsWkbTypes.isMultiType(base.wkbType())
        names = mem.fields().names()
        for o in edits:
            if o.kind != "add":
                continue
            xform = _transform(_sketch_crs(o, crs), crs)
            for k, spec in enumerate(o.features):
                geom = sketch_geometry(spec, k, o, scenario)
                if geom.isNull() or geom.isEmpty():
                    continue
                got = _kind_of_wkb(geom.wkbType())
                if got != kind:
                    raise UrbanPlanError(tr(
                        "Scenario '{s}': the change '{label}' holds {got}, but the {what} layer "
                        "'{name}' holds {want}. Draw {want} for it, or use another layer.")
                        .format(s=scenario.name, label=o.label, got=got, want=kind,
                                what=self.role_label(role), name=base.name()))
                geom = QgsGeometry(sketch_transform(geom, xform, o, scenario))
                if multi and not geom.isMultipart():
                    geom.convertToMultiType()
                elif not multi and geom.isMultipart():
                    parts = geom.asGeometryCollection()
                    if len(parts) == 1:
                        geom = parts[0]
                f = QgsFeature(mem.fields())
                f.setGeometry(geom)
                for k, v in (spec.get("attrs") or {}).items():
                    if k in names and k.lower() != "fid":
                        f[k] = v
                feats.append(f)
                n_added += 1
        mem.dataProvider().addFeatures(feats)
        mem.updateExtents()
        self.log.append(tr("{s}: {what}: {a} added, {r} removed.").format(
            s=scenario.name, what=self.role_label(role), a=n_added, r=n_removed))
        return mem

    def _touched_fids(self, base, override, scenario):
        """Baseline feature ids a removal sketch touches (or matches), measured in metres."""
        crs = base.crs()
        mcrs = working_crs(crs, source_extent(base)) if crs.isValid() else crs
        to_m = _transform(crs, mcrs)
        sk_to_m = _transform(_sketch_crs(override, crs), mcrs)
        m_to_base = _transform(mcrs, crs)
        tol = override.tolerance
        out = set()
        for k, spec in enumerate(override.features):
            rg = sketch_geometry(spec, k, override, scenario)
            if rg.isNull() or rg.isEmpty():
                continue
            rg = sketch_transform(rg, sk_to_m, override, scenario)
            box = rg.boundingBox().buffered(tol + 1e-6)
            if m_to_base is not None:
                box = m_to_base.transformBoundingBox(box)
            for f in base.getFeatures(QgsFeatureRequest().setFilterRect(box)):
                g = QgsGeometry(f.geometry())
                if g.isNull():
                    continue
                if to_m is not None:
                    g.transform(to_m)
                if override.mode == "match":
                    hit = g.hausdorffDistance(rg) <= tol if _kind_of_wkb(g.wkbType()) != \
                        "point" else g.distance(rg) <= tol
                else:
                    hit = g.distance(rg) <= tol
                if hit:
                    out.add(f.id())
        return out

    # -- networks --------------------------------------------------------------------------
    def network_crs(self, layer):
        return working_crs(layer.crs(), source_extent(layer), None, self.feedback, tr("streets"))

    def network(self, scenario=None):
        """(WalkNetwork, NetworkChange or None) of the streets in ``scenario``; the network's
        lines keep their OSM tags (:meth:`baseline_network`)."""
        return self._network(scenario)[:2]

    def _network(self, scenario=None):
        """(WalkNetwork, NetworkChange or None, WayTags or None) of ``scenario``."""
        layer = self.baseline_layer("streets")
        replacement = scenario.replacement("streets") if scenario is not None else None
        if replacement is not None:
            layer = self.resolve(replacement, tr("replacement streets"), None)
            if geometry_kind(layer) != "line":
                raise UrbanPlanError(tr("Scenario '{s}' replaces the streets with '{name}', "
                                        "which does not hold lines.").format(
                    s=scenario.name, name=layer.name()))
        crs = self.network_crs(self.baseline_layer("streets"))
        base = self.cache.get(layer, crs, NETWORK_TOLERANCE_M, True, self.feedback,
                              self.profiles)
        if scenario is None:
            return base.net, None, base.ways
        edits = [o for o in scenario.changes("streets") if o.kind in ("add", "remove")
                 and not o.is_empty]
        if not edits:
            return base.net, None, base.ways
        closed = np.zeros(base.net.edge_count, dtype=bool)
        added_parts, owners = [], []
        for o in edits:
            xform = _transform(_sketch_crs(o, crs), crs)
            if o.kind == "remove":
                if o.fids:
                    pos = {fid: i for i, fid in enumerate(base.fids)}
                    closed |= edges_of_sources(base.net, [pos[f] for f in o.fids if f in pos])
                lines = self._line_parts(o, xform, scenario, polygons_ok=False)
                if len(lines):
                    closed |= closed_edges(base.net, lines, o.tolerance, base.index)
            else:
                lines = self._line_parts(o, xform, scenario)
                for i in range(len(lines)):
                    added_parts.append(lines.line(i))
                    owners.append(len(owners))
        added = LineSet.from_lines(added_parts, np.arange(len(added_parts))) if added_parts \
            else None
        tol = max([o.tolerance for o in edits if o.kind == "add"] or [NETWORK_TOLERANCE_M])
        change = scenario_network(base.net, closed, added, tolerance=tol, index=base.index)
        for line in change.log():
            self.log.append(f"{scenario.name}: {line}")
        return change.network, change, base.ways

    def _line_parts(self, override, xform, scenario, polygons_ok=False):
        parts = []
        for k, spec in enumerate(override.features):
            g = sketch_geometry(spec, k, override, scenario)
            if g.isNull() or g.isEmpty():
                continue
            kind = _kind_of_wkb(g.wkbType())
            if kind != "line":
                raise UrbanPlanError(tr(
                    "Scenario '{s}': the street change '{label}' holds {got}; streets are "
                    "added and closed with lines (draw a line across or along each closed "
                    "street).").format(s=scenario.name, label=override.label, got=kind))
            g = sketch_transform(g, xform, override, scenario)
            parts.extend(p for p in _line_parts(g) if len(p) >= 2)
        return LineSet.from_lines(parts) if parts else LineSet(np.empty((0, 2)),
                                                               np.zeros(1, np.int64))

    def network_layer(self, scenario=None):
        """The streets of ``scenario`` as a prepared network memory layer (with each edge's
        OSM ``highway`` and ``other_tags`` when the street layer has them, so the travel
        profiles' way rules apply; lines drawn in the scenario have none: every profile may
        use them)."""
        net, _change, ways = self._network(scenario)
        name = tr("Walking network [{s}]").format(
            s=scenario.name if scenario is not None else tr("Baseline"))
        mem = QgsVectorLayer(f"LineString?crs={net.crs}", name, "memory")
        # anchor: the baseline's kept streets (a closure cuts them off, it does not prune them)
        mem.dataProvider().addAttributes(
            network_fields(tags=ways is not None, anchor=net.anchor is not None).toList())
        mem.updateFields()
        write_network_fast(net, mem, ways=ways)
        mem.updateExtents()
        return mem

    # -- algorithm parameters --------------------------------------------------------------
    def params_for(self, alg, base_params, scenario=None, raw_params=()):
        """``base_params`` for ``alg`` with the scenario's layers and parameter changes.

        Returns (params, notes). Layer parameters whose value is a baseline role's layer get
        that role's layer in the scenario; the streets come as the prepared network, except in
        ``raw_params`` (parameters that need the street layer's own attributes, left as they
        are)."""
        params = dict(base_params)
        notes = []
        used = set()
        self.profiles = travel_profiles(effective_params(params, scenario)[0])
        changed_roles = scenario.changed_roles() if scenario is not None else []
        for role in changed_roles:
            # a change to an input whose baseline layer is gone must not be dropped silently
            self.baseline_layer(role)
        for pdef in alg.parameterDefinitions():
            name = pdef.name()
            if name not in params or not isinstance(pdef, _LAYER_PARAMS):
                continue
            layer = self._as_layer(params[name])
            role = self.role_of_layer(layer) if layer is not None else None
            if role is None:
                continue
            if role == "streets" and name in raw_params:
                continue
            used.add(role)
            changed = role in changed_roles
            if role == "streets" or changed:
                params[name] = self.layer(role, scenario if changed else None)
        unused = [r for r in changed_roles if r not in used]
        if unused:
            notes.append(tr("{s}: the changes to {roles} do not enter {alg} (none of its inputs "
                            "is that baseline layer).").format(
                s=scenario.name, roles=", ".join(self.role_label(r) for r in unused),
                alg=alg.displayName()))
        accepted = {p.name() for p in alg.parameterDefinitions()}
        params, ignored = effective_params(params, scenario, accepted)
        if ignored:
            notes.append(tr("{s}: parameter change(s) {p} do not apply to {alg}.").format(
                s=scenario.name, p=", ".join(ignored), alg=alg.displayName()))
        return params, notes

    def _as_layer(self, value):
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if isinstance(value, QgsMapLayer):
            return value
        if isinstance(value, str) and value:
            layer = self.project.mapLayer(value)
            if layer is not None:
                return layer
            same = [lyr for lyr in self.project.mapLayers().values() if lyr.source() == value]
            return same[0] if same else None
        return None


def travel_profiles(params):
    """The travel profiles a run's parameters name (PROFILE, GROUP_PROFILES): the network keeps
    the ways they may use. Unknown ids are left to the algorithm, which says what is wrong."""
    import re

    from ..core.walk.profiles import load_profiles
    try:
        known = load_profiles()
    except UrbanPlanError:
        return ()
    pid = str(params.get("PROFILE") if params.get("PROFILE") is not None else "").strip()
    if pid.isdigit() and int(pid) < len(known):        # an option number (older models)
        pid = list(known)[int(pid)]
    ids = [pid]
    for item in re.split(r"[;,]", str(params.get("GROUP_PROFILES") or "")):
        parts = re.split(r"[=:]", item, maxsplit=1)
        if len(parts) == 2:
            ids.append(parts[1].strip())
    return tuple(known[i] for i in dict.fromkeys(ids) if i in known)


def with_group_fields(alg, params, origins):
    """``params`` with the groups GROUP_PROFILES names added to GROUP_FIELDS (those the origins
    layer has), so a stored 'pop_65plus=older_adult' counts that group; GROUP_PROFILES is left
    out when the algorithm has no GROUP_FIELDS or the origins none of its groups. Returns
    (params, note or '')."""
    from ..core.walk.profiles import parse_group_profiles
    text = params.get("GROUP_PROFILES")
    if not text:
        return params, ""
    names = {p.name() for p in alg.parameterDefinitions()}
    try:
        wanted = list(parse_group_profiles(text, None))
    except UrbanPlanError:
        return params, ""                 # the algorithm says what is wrong
    fields = origins.fields().names() if isinstance(origins, QgsVectorLayer) else []
    have = list(params.get("GROUP_FIELDS") or [])
    present = [g for g in wanted if g in fields or g in have]
    params = dict(params)
    if "GROUP_FIELDS" not in names or not present:
        params.pop("GROUP_PROFILES", None)
        return params, tr("{alg}: the groups of the travel profiles per group ({g}) are not "
                          "fields of the origins; every origin travels as PROFILE.").format(
            alg=alg.displayName(), g=", ".join(wanted))
    params["GROUP_FIELDS"] = have + [g for g in present if g not in have]
    params["GROUP_PROFILES"] = "; ".join(f"{g}={p}" for g, p in
                                         parse_group_profiles(text, None).items()
                                         if g in present)
    return params, ""


def write_network_fast(net, layer, batch=20000, ways=None):
    """The same features as ``layers.write_network`` (edge_id, from_node, to_node, length_m,
    component; with ``ways``, the :class:`qgis_io.ways.WayTags` of the lines the network was
    built from, also each edge's highway and other_tags), with geometries made from well-known
    binary cut out of the coordinate array at once: about four times faster than building
    point lists per edge."""
    n = net.edge_count
    if n == 0:
        return 0
    counts = (net.edge_vend - net.edge_vstart + 1).astype(np.uint32)
    head = np.zeros(n, dtype=[("order", "u1"), ("type", "<u4"), ("n", "<u4")])
    head["order"], head["type"], head["n"] = 1, 2, counts
    hb = head.tobytes()
    cb = np.ascontiguousarray(net.coords, dtype="<f8").tobytes()
    comp = net.edge_component().tolist()
    anchor = None if net.anchor is None else net.anchor.astype(int).tolist()
    frm, to = net.edge_from.tolist(), net.edge_to.tolist()
    length = net.edge_length.tolist()
    vs, ve = net.edge_vstart.tolist(), net.edge_vend.tolist()
    src = net.edge_source.tolist()
    tag_cache = {}

    def tags(i):
        if i not in tag_cache:
            tag_cache[i] = ways.line_tags(int(i))    # (None, None) for a scenario's line
        return tag_cache[i]
    fields = layer.fields()
    provider = layer.dataProvider()
    feats = []
    for e in range(n):
        geom = QgsGeometry()
        geom.fromWkb(hb[9 * e:9 * e + 9] + cb[16 * vs[e]:16 * (ve[e] + 1)])
        f = QgsFeature(fields)
        f.setGeometry(geom)
        f.setAttributes([e, frm[e], to[e], length[e], comp[e]]
                        + ([] if ways is None else list(tags(src[e])))
                        + ([] if anchor is None else [anchor[e]]))
        feats.append(f)
        if len(feats) >= batch:
            provider.addFeatures(feats)
            feats = []
    if feats:
        provider.addFeatures(feats)
    return n


def analysis_params(spec, alg, role_layers, extra=None):
    """Baseline parameters for an analysis from layers by role and plain values by name.

    Layer parameters take the layer of their role (``spec.roles``, else guessed from the
    parameter name; a tuple of roles means the first one given); any other parameter takes
    ``extra[name]`` when present. Returns (params, missing) where ``missing`` lists the
    descriptions of required inputs nobody filled (the analysis cannot run without them)."""
    from ..core.scenarios.lenses import role_for_param
    extra = extra or {}
    params = {}
    missing = []
    for pdef in alg.parameterDefinitions():
        if pdef.isDestination():
            continue
        name = pdef.name()
        optional = _is_optional(pdef)
        if isinstance(pdef, _LAYER_PARAMS):
            roles = spec.roles[name] if name in spec.roles else role_for_param(name)
            roles = roles if isinstance(roles, tuple) else (roles,)
            layer = next((role_layers[r] for r in roles if r and role_layers.get(r) is not None),
                         None)
            if layer is None and name in extra:
                layer = extra[name]
            if layer is not None:
                params[name] = layer
            elif not optional:
                missing.append(pdef.description())
            continue
        if name in extra and extra[name] not in (None, ""):
            params[name] = extra[name]
        elif name in spec.defaults:
            params[name] = spec.defaults[name]
        elif not optional and pdef.defaultValue() is None:
            missing.append(pdef.description())
    return params, missing


def _is_optional(pdef):
    from qgis.core import Qgis, QgsProcessingParameterDefinition
    if hasattr(Qgis, "ProcessingParameterFlag"):
        return bool(pdef.flags() & Qgis.ProcessingParameterFlag.Optional)
    return bool(pdef.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
