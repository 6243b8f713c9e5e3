"""Prepared networks in QGIS: find the GeoPackage table behind a layer or a Processing source,
load the arrays stored with it (core.network.store) instead of rebuilding, and store them after
``preparewalknetwork`` wrote its edges.

A Processing feature source does not hand out the layer it reads, but its expression scope
names it (``layer_id``), and Processing keeps every layer it opened for a run in the context's
temporary layer store (a path given to ``processing.run``) or finds it in the project. The
stored arrays are used only when that layer is a whole GeoPackage table (no subset string, the
same feature count as the source: no selection or filter leaving features out, in the working
CRS) and the stored content key still matches the table. Anything else (a memory layer, an
edited table, a layer Processing cannot name) falls back to reading the features."""
import os

from qgis.core import QgsProject, QgsVectorLayer

from ..core.network import store
from ..i18n import tr

LOADS = {"stored": 0, "rebuilt": 0}
"""How prepared networks were read in this session (tests check that a stored one is loaded)."""


def split_source(uri):
    """(path, layer name or None) of an OGR data source string ``path|layername=x|...``."""
    parts = str(uri).split("|")
    layer = None
    for p in parts[1:]:
        if p.startswith("layername="):
            layer = p[len("layername="):]
    return parts[0], layer


def gpkg_table(path, layer_name=None):
    """The feature table of a GeoPackage that ``path`` + ``layer_name`` mean (the only one, or
    the one named), or None."""
    if not path or not str(path).lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    tables = store.feature_tables(path)
    if layer_name:
        return layer_name if layer_name in tables else None
    return tables[0] if len(tables) == 1 else None


def layer_location(layer):
    """(path, table) of a whole GeoPackage table behind a vector layer, or None."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    if layer.providerType() != "ogr" or layer.subsetString():
        return None
    path, name = split_source(layer.source())
    table = gpkg_table(path, name)
    return (path, table) if table else None


def _source_layer(source, context):
    """The vector layer behind a Processing feature source, found by its layer id (the source's
    expression scope carries it) in the run's temporary layer store or the project; None when
    it cannot be told (then the edges are read)."""
    if isinstance(source, QgsVectorLayer):
        return source
    try:
        scope = source.createExpressionContextScope()
        layer_id = scope.variable("layer_id") if scope is not None else None
    except Exception:  # noqa: BLE001 - a source without a layer behind it
        return None
    if not layer_id:
        return None
    stores = []
    if context is not None:
        stores.append(context.temporaryLayerStore())
        if context.project() is not None:
            stores.append(context.project())
    stores.append(QgsProject.instance())
    for st in stores:
        layer = st.mapLayer(layer_id)
        if isinstance(layer, QgsVectorLayer):
            return layer
    return None


def stored_network(source, crs, context=None, feedback=None):
    """The network stored with the prepared GeoPackage table behind ``source`` (a layer or a
    Processing feature source) when it is still valid and in ``crs``; else None."""
    layer = _source_layer(source, context)
    where = layer_location(layer) if layer is not None else None
    if where is None:
        return None
    # a selection or a filter that leaves out features, or a reprojection: read the edges
    if layer.featureCount() != source.featureCount() or layer.crs() != crs:
        return None
    info = store.store_info(*where)
    if info is None:
        return None
    net = store.read_store(*where)
    if net is None:
        if feedback is not None:
            feedback.pushInfo(tr("The stored network arrays of '{t}' are out of date (the "
                                 "edges changed): the network is read from its edges.")
                              .format(t=where[1]))
        return None
    LOADS["stored"] += 1
    if feedback is not None:
        feedback.pushInfo(tr("Loaded the prepared network stored with '{t}' ({e:,} edges) "
                             "without rebuilding it.").format(t=where[1], e=net.edge_count))
    return net


def store_prepared_output(destination, net, feedback=None):
    """After ``preparewalknetwork`` wrote ``net`` to ``destination`` (a GeoPackage path, maybe
    with ``|layername=``): store its arrays with the edges. Returns True when stored."""
    path, name = split_source(destination)
    table = gpkg_table(path, name or os.path.splitext(os.path.basename(path))[0])
    if table is None:
        table = gpkg_table(path)
    if table is None:
        return False
    try:
        store.write_store(path, table, store.prepared_form(net))
    except Exception as exc:  # noqa: BLE001 - the edges are written; the arrays only speed up
        if feedback is not None:
            feedback.pushWarning(tr("The network arrays could not be stored with the edges "
                                    "({e}); later analyses rebuild them from the edges.")
                                 .format(e=exc))
        return False
    if feedback is not None:
        feedback.pushInfo(tr("Stored the network arrays in '{p}' (table {t}): analyses load "
                             "them instead of rebuilding the network.").format(
            p=os.path.basename(path), t=store.STORE_TABLE))
    return True
