"""Vector and raster files with GDAL/OGR, without QGIS: bulk reads for the headless batch.

Reading uses OGR's Arrow stream interface (``Layer.GetArrowStreamAsNumPy``, GDAL >= 3.6): the
driver hands over whole batches of features (fids, attribute columns, WKB geometries) as numpy
arrays, so no Python code runs per feature. Older GDAL, curved geometries, or a driver that
refuses the stream fall back to an ordinary feature loop. Writing creates GeoPackage layers in
transactions of 20 000 features (GDAL 3.6 has no Arrow writer).

Data sources are given like QGIS layers: ``path`` or ``path|layername=name``. A file with one
layer (or a GeoPackage with one feature table) needs no layer name.

Everything is kept as QGIS reads it: a feature's id is OGR's fid, NULL attributes are None,
a null or empty geometry is None, and coordinates are the file's doubles (reprojected with OSR
only when a layer's CRS differs from the working CRS).
"""
import datetime
import math
import os

import numpy as np

from .errors import BatchError

WRITE_BATCH = 20000
ARROW_BATCH = 65536
FORCE_FEATURE_LOOP = False
"""Tests set this to check the fallback reader gives the same answer as the Arrow stream."""


def gdal_modules():
    """(gdal, ogr, osr) with exceptions on."""
    from osgeo import gdal, ogr, osr
    for mod in (gdal, ogr, osr):
        if hasattr(mod, "UseExceptions"):
            mod.UseExceptions()
    return gdal, ogr, osr


def gdal_version():
    gdal, _, _ = gdal_modules()
    return int(gdal.VersionInfo("VERSION_NUM"))


def arrow_available():
    _, ogr, _ = gdal_modules()
    return (not FORCE_FEATURE_LOOP and hasattr(ogr.Layer, "GetArrowStreamAsNumPy")
            and gdal_version() >= 3060000)


def split_uri(uri):
    """(path, layer name or None, layer index or None) of ``path|layername=x`` / ``|layerid=n``."""
    parts = str(uri).split("|")
    name = index = None
    for p in parts[1:]:
        if p.startswith("layername="):
            name = p[len("layername="):]
        elif p.startswith("layerid="):
            index = int(p[len("layerid="):])
    return parts[0], name, index


# --------------------------------------------------------------------------- CRS

def srs_from_wkt(wkt):
    _, _, osr = gdal_modules()
    if not wkt:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def srs_from_user(text):
    """A CRS from "EPSG:xxxx" or WKT."""
    _, _, osr = gdal_modules()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(str(text))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def srs_authid(srs):
    """"EPSG:xxxx" (or "" when the CRS has no authority code)."""
    if srs is None:
        return ""
    srs = srs.Clone()
    try:
        srs.AutoIdentifyEPSG()
    except Exception:  # noqa: BLE001 - not every CRS has a code
        pass
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    return f"{name}:{code}" if name and code else ""


def same_srs(a, b):
    if a is None or b is None:
        return a is None and b is None
    return bool(a.IsSame(b))


def utm_for(lon, lat):
    """"EPSG:326xx"/"EPSG:327xx": the UTM zone containing a longitude/latitude (the rule of
    ``qgis_io.layers.utm_crs_for``)."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"


class Transformer:
    """Coordinates and WKB geometries from one CRS to another (None when they are the same)."""

    def __init__(self, src, dst):
        _, _, osr = gdal_modules()
        self.ct = osr.CoordinateTransformation(src, dst)

    def wkb(self, wkbs):
        _, ogr, _ = gdal_modules()
        out = []
        for w in wkbs:
            if w is None:
                out.append(None)
                continue
            g = ogr.CreateGeometryFromWkb(bytes(w))
            try:
                g.Transform(self.ct)
            except Exception:  # noqa: BLE001 - outside the target CRS's area of use
                out.append(None)
                continue
            out.append(bytes(g.ExportToIsoWkb()))
        return out

    def xy(self, xy):
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        out = np.full_like(xy, np.nan)
        ok = np.isfinite(xy).all(axis=1)
        if ok.any():
            pts = self.ct.TransformPoints(xy[ok].tolist())
            out[ok] = np.array(pts, dtype=np.float64)[:, :2]
        return out


def transformer(src, dst):
    if src is None or dst is None or same_srs(src, dst):
        return None
    return Transformer(src, dst)


# --------------------------------------------------------------------------- vector reading

KINDS = {"point": "point", "line": "line", "polygon": "polygon"}


def _kind_of(ogr, gtype):
    flat = ogr.GT_Flatten(gtype)
    if flat in (ogr.wkbPoint, ogr.wkbMultiPoint):
        return "point"
    if flat in (ogr.wkbLineString, ogr.wkbMultiLineString, ogr.wkbCircularString,
                ogr.wkbCompoundCurve, ogr.wkbMultiCurve):
        return "line"
    if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbCurvePolygon,
                ogr.wkbMultiSurface, ogr.wkbTriangle, ogr.wkbPolyhedralSurface, ogr.wkbTIN):
        return "polygon"
    return None


class Features:
    """Features read from a layer: ``fids`` (int64), ``wkb`` (list of bytes or None) and
    ``attrs`` {field: list of Python values, None for NULL}."""

    def __init__(self, fids, wkb, attrs):
        self.fids = np.asarray(fids, dtype=np.int64)
        self.wkb = wkb
        self.attrs = attrs

    def __len__(self):
        return len(self.fids)

    def subset(self, idx):
        idx = np.asarray(idx, dtype=np.int64)
        return Features(self.fids[idx], [self.wkb[i] for i in idx] if self.wkb is not None
                        else None, {k: [v[i] for i in idx] for k, v in self.attrs.items()})

    def numeric(self, name, what=None, allow_null=False, allow_negative=False):
        """A float array of a numeric field (the checks and messages of the QGIS readers)."""
        vals = self.attrs[name]
        try:
            out = np.array([np.nan if v is None else v for v in vals], dtype=object)
            out = out.astype(np.float64)
        except (TypeError, ValueError):
            raise BatchError("Field '{f}' must hold numbers; some values are text. Choose a "
                             "numeric field.", f=name) from None
        what = what or name
        if not allow_null and np.isnan(out).any():
            raise BatchError("{n} feature(s) have no value (NULL) in '{f}'. Fill them in "
                             "or filter them out.", n=int(np.isnan(out).sum()), f=what)
        if not allow_negative and (out < 0).any():
            raise BatchError("{n} feature(s) have a negative value in '{f}' (first: feature "
                             "id {fid}). Counts of people or places cannot be negative: fix "
                             "the data.", n=int((out < 0).sum()), f=what,
                             fid=int(self.fids[int(np.argmax(out < 0))]))
        return out


class FieldSpec:
    """A field's name, OGR type, subtype, width and precision."""

    def __init__(self, name, type_, subtype=0, width=0, precision=0):
        self.name, self.type, self.subtype = name, type_, subtype
        self.width, self.precision = width, precision

    def GetName(self):  # noqa: N802 - the spelling of OGR's FieldDefn
        return self.name


class VectorLayer:
    """One layer of a vector file, opened lazily (the object pickles as its URI, so it can be
    sent to Dask workers)."""

    def __init__(self, uri, what="layer"):
        self.uri = str(uri)
        self.what = what
        self.path, self.layer_name, self.layer_index = split_uri(uri)
        self._ds = self._layer = None

    def __getstate__(self):
        return {"uri": self.uri, "what": self.what}

    def __setstate__(self, state):
        self.__init__(state["uri"], state["what"])

    def open(self):
        if self._layer is not None:
            return self._layer
        gdal, ogr, _ = gdal_modules()
        if not os.path.exists(self.path) and "://" not in self.path:
            raise BatchError("The {what} file '{p}' does not exist.", what=self.what,
                             p=self.path)
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY)
        except RuntimeError as exc:
            raise BatchError("The {what} '{p}' could not be opened as a vector layer: {e}",
                             what=self.what, p=self.path, e=exc) from None
        if ds is None:
            raise BatchError("The {what} '{p}' could not be opened as a vector layer.",
                             what=self.what, p=self.path)
        layer = None
        if self.layer_name:
            layer = ds.GetLayerByName(self.layer_name)
        elif self.layer_index is not None:
            layer = ds.GetLayer(self.layer_index)
        else:
            layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
            with_geom = [ly for ly in layers if ly.GetGeomType() != ogr.wkbNone]
            if len(layers) == 1:
                layer = layers[0]
            elif len(with_geom) == 1:
                layer = with_geom[0]
            elif layers:
                names = ", ".join(ly.GetName() for ly in layers)
                raise BatchError("The {what} file '{p}' has several layers ({names}): name "
                                 "one as '{p}|layername=NAME'.", what=self.what,
                                 p=self.path, names=names)
        if layer is None:
            raise BatchError("The {what} '{uri}' has no such layer.", what=self.what,
                             uri=self.uri)
        self._ds, self._layer = ds, layer
        return layer

    def close(self):
        self._ds = self._layer = None

    # -- description
    @property
    def name(self):
        return self.open().GetName()

    def srs(self):
        _, _, osr = gdal_modules()
        ref = self.open().GetSpatialRef()
        if ref is None:
            return None
        ref = ref.Clone()
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return ref

    def kind(self):
        _, ogr, _ = gdal_modules()
        return _kind_of(ogr, self.open().GetGeomType())

    def field_names(self):
        defn = self.open().GetLayerDefn()
        return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]

    def field_defns(self):
        """The fields as :class:`FieldSpec` (plain values: OGR's own field definitions die
        with the dataset)."""
        defn = self.open().GetLayerDefn()
        out = []
        for i in range(defn.GetFieldCount()):
            fd = defn.GetFieldDefn(i)
            out.append(FieldSpec(fd.GetName(), fd.GetType(), fd.GetSubType(), fd.GetWidth(),
                                 fd.GetPrecision()))
        return out

    def is_numeric(self, name):
        _, ogr, _ = gdal_modules()
        defn = self.open().GetLayerDefn()
        i = defn.GetFieldIndex(name)
        return i >= 0 and defn.GetFieldDefn(i).GetType() in (ogr.OFTInteger, ogr.OFTInteger64,
                                                              ogr.OFTReal)

    def feature_count(self):
        return int(self.open().GetFeatureCount())

    def extent(self):
        """(xmin, ymin, xmax, ymax) in the layer's CRS, or None."""
        try:
            x0, x1, y0, y1 = self.open().GetExtent(force=1)
        except Exception:  # noqa: BLE001 - an empty layer
            return None
        if not all(map(math.isfinite, (x0, x1, y0, y1))):
            return None
        return (x0, y0, x1, y1)

    def check_fields(self, fields):
        names = self.field_names()
        missing = [f for f in fields if f and f not in names]
        if missing:
            raise BatchError("Field(s) {f} not found in the {what} layer '{uri}' (fields: "
                             "{names}).", f=", ".join(missing), what=self.what, uri=self.uri,
                             names=", ".join(names))

    def check_crs(self):
        if self.srs() is None:
            raise BatchError("The {what} layer '{uri}' has no coordinate reference system. "
                             "Assign one (e.g. with ogr2ogr -a_srs) and run again.",
                             what=self.what, uri=self.uri)

    # -- reading
    def read(self, fields=(), bbox=None, where=None, geometry=True, to_srs=None, bbox_srs=None):
        """The features in fid order (optionally only those meeting ``bbox`` = (xmin, ymin,
        xmax, ymax) in ``bbox_srs`` (default ``to_srs``, else the layer's CRS) and matching the
        OGR SQL ``where``), geometries as WKB in ``to_srs`` (the layer's CRS when None)."""
        fields = [f for f in dict.fromkeys(fields) if f]
        self.check_fields(fields)
        layer = self.open()
        src = self.srs()
        xf = transformer(src, to_srs) if to_srs is not None else None
        if bbox is not None:
            box = bbox
            bsrs = bbox_srs if bbox_srs is not None else to_srs
            if bsrs is not None and src is not None and not same_srs(bsrs, src):
                box = bbox_between(bbox, bsrs, src)
            layer.SetSpatialFilterRect(*[float(v) for v in (box[0], box[1], box[2], box[3])])
        else:
            layer.SetSpatialFilter(None)
        try:
            layer.SetAttributeFilter(where or None)
        except RuntimeError as exc:
            raise BatchError("The filter '{w}' is not valid for the {what} layer: {e}",
                             w=where, what=self.what, e=exc) from None
        try:
            feats = None
            if arrow_available() and not _nonlinear(layer):
                try:
                    feats = _read_arrow(layer, fields, geometry)
                except RuntimeError:
                    feats = None  # a driver without a usable stream: read feature by feature
            if feats is None:
                feats = _read_loop(layer, fields, geometry)
        finally:
            layer.SetSpatialFilter(None)
            layer.SetAttributeFilter(None)
            layer.SetIgnoredFields([])
        if len(feats) > 1 and (np.diff(feats.fids) < 0).any():
            feats = feats.subset(np.argsort(feats.fids, kind="stable"))
        if geometry and xf is not None:
            feats.wkb = xf.wkb(feats.wkb)
        return feats


def bbox_between(bbox, src, dst, n=21):
    """A bbox transformed between CRSs (edges densified)."""
    x0, y0, x1, y1 = bbox
    t = np.linspace(0.0, 1.0, n)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(n, x1), x0 + (x1 - x0) * t, np.full(n, x0)])
    ys = np.concatenate([np.full(n, y0), y0 + (y1 - y0) * t, np.full(n, y1), y0 + (y1 - y0) * t])
    xy = Transformer(src, dst).xy(np.c_[xs, ys])
    ok = np.isfinite(xy).all(axis=1)
    return (xy[ok, 0].min(), xy[ok, 1].min(), xy[ok, 0].max(), xy[ok, 1].max())


def _nonlinear(layer):
    _, ogr, _ = gdal_modules()
    gtype = layer.GetGeomType()
    return bool(ogr.GT_IsNonLinear(gtype)) or ogr.GT_Flatten(gtype) == ogr.wkbUnknown


def _python_values(arr, binary=False):
    """A list of Python values (None for NULL) from an Arrow-stream numpy column; ``binary``
    keeps bytes (geometries) as bytes."""
    mask = np.ma.getmaskarray(arr) if np.ma.isMaskedArray(arr) else None
    data = np.ma.getdata(arr)
    kind = data.dtype.kind
    if binary:
        vals = [None if v is None else bytes(v) for v in
                (data.tolist() if kind in "OS" else list(data))]
    elif kind == "S":
        vals = [v.decode("utf-8", "replace") for v in data.tolist()]
    elif kind == "O":
        vals = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v
                for v in data.tolist()]
    elif kind == "V":
        vals = [bytes(v) for v in data]
    else:
        vals = data.tolist()
    if mask is not None and mask.any():
        vals = [None if m else v for v, m in zip(vals, mask.tolist())]
    return vals


def _read_arrow(layer, fields, geometry):
    all_fields = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
                  for i in range(layer.GetLayerDefn().GetFieldCount())]
    ignored = [f for f in all_fields if f not in fields]
    if not geometry:
        ignored.append("OGR_GEOMETRY")
    layer.SetIgnoredFields(ignored)
    opts = ["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={ARROW_BATCH}"]
    stream = layer.GetArrowStreamAsNumPy(options=opts)
    fid_col = layer.GetFIDColumn() or "OGC_FID"
    geom_col = layer.GetGeometryColumn() or "wkb_geometry"
    fids, wkbs = [], []
    attrs = {f: [] for f in fields}
    for batch in stream:
        keys = list(batch.keys())
        fcol = fid_col if fid_col in batch else next(k for k in keys
                                                     if k not in fields and k != geom_col)
        fids.append(np.ma.getdata(batch[fcol]).astype(np.int64))
        if geometry:
            gcol = geom_col if geom_col in batch else keys[-1]
            wkbs.extend(_python_values(batch[gcol], binary=True))
        for f in fields:
            attrs[f].extend(_python_values(batch[f]))
    del stream
    fids = np.concatenate(fids) if fids else np.empty(0, np.int64)
    if geometry:
        wkbs = [w if w else None for w in wkbs]
    return Features(fids, wkbs if geometry else None, attrs)


def _field_value(feat, i):
    if not feat.IsFieldSetAndNotNull(i):
        return None
    return feat.GetField(i)


def _read_loop(layer, fields, geometry):
    _, ogr, _ = gdal_modules()
    defn = layer.GetLayerDefn()
    idx = [defn.GetFieldIndex(f) for f in fields]
    fids, wkbs = [], []
    attrs = {f: [] for f in fields}
    layer.ResetReading()
    for feat in layer:
        fids.append(feat.GetFID())
        if geometry:
            g = feat.GetGeometryRef()
            if g is None or g.IsEmpty():
                wkbs.append(None)
            else:
                if ogr.GT_IsNonLinear(g.GetGeometryType()):
                    g = g.GetLinearGeometry()
                wkbs.append(bytes(g.ExportToIsoWkb()))
        for f, i in zip(fields, idx):
            attrs[f].append(_field_value(feat, i))
    return Features(fids, wkbs if geometry else None, attrs)


# --------------------------------------------------------------------------- geometry helpers

def representative_points(wkbs):
    """(n, 2) points standing for geometries, the rule of ``qgis_io.points.representative_point``:
    a point itself (a multipoint's first point), a line's midpoint, a polygon's point on
    surface (GEOS, as QGIS); NaN for None or empty geometries."""
    _, ogr, _ = gdal_modules()
    out = np.full((len(wkbs), 2), np.nan)
    for i, w in enumerate(wkbs):
        if w is None:
            continue
        g = ogr.CreateGeometryFromWkb(bytes(w))
        if g is None or g.IsEmpty():
            continue
        kind = _kind_of(ogr, g.GetGeometryType())
        if kind == "point":
            p = g.GetGeometryRef(0) if g.GetGeometryCount() > 0 else g
            out[i] = (p.GetX(), p.GetY())
        elif kind == "line":
            out[i] = _line_midpoint(w)
        else:
            out[i] = _point_on_surface(g)
    return out


def _line_midpoint(w):
    from shapely import wkb
    p = wkb.loads(bytes(w)).interpolate(0.5, normalized=True)
    return (p.x, p.y)


def _point_on_surface(g):
    p = None
    try:
        p = g.PointOnSurface()
    except Exception:  # noqa: BLE001 - GEOS refused the polygon
        p = None
    if p is None or p.IsEmpty():
        try:
            p = g.MakeValid().PointOnSurface()
        except Exception:  # noqa: BLE001
            p = None
    if p is None or p.IsEmpty():
        try:
            p = g.Centroid()
        except Exception:  # noqa: BLE001
            p = None
    if p is None or p.IsEmpty():
        x0, x1, y0, y1 = g.GetEnvelope()
        return ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
    return (p.GetX(), p.GetY())


def wkb_bounds(wkbs):
    """(n, 4) xmin, ymin, xmax, ymax per WKB geometry (NaN for None)."""
    _, ogr, _ = gdal_modules()
    out = np.full((len(wkbs), 4), np.nan)
    for i, w in enumerate(wkbs):
        if w is None:
            continue
        g = ogr.CreateGeometryFromWkb(bytes(w))
        if g is None or g.IsEmpty():
            continue
        x0, x1, y0, y1 = g.GetEnvelope()
        out[i] = (x0, y0, x1, y1)
    return out


# --------------------------------------------------------------------------- writing

OGR_KINDS = {"double": "OFTReal", "int": "OFTInteger", "int64": "OFTInteger64",
             "string": "OFTString"}


def _plain(value):
    if isinstance(value, (np.generic,)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value


class GpkgWriter:
    """A GeoPackage written layer by layer (each in transactions of :data:`WRITE_BATCH`)."""

    def __init__(self, path):
        gdal, _, _ = gdal_modules()
        if os.path.exists(path):
            os.remove(path)
        self.path = path
        self.ds = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)

    def layer(self, name, srs=None, geometry="none", copy_fields=(), fields=()):
        """A layer writer: ``copy_fields`` are :class:`FieldSpec` (copied from a source layer),
        ``fields`` [(name, kind)] with kind in double/int/int64/string."""
        _, ogr, _ = gdal_modules()
        gtypes = {"none": ogr.wkbNone, "point": ogr.wkbUnknown, "line": ogr.wkbUnknown,
                  "polygon": ogr.wkbUnknown, "unknown": ogr.wkbUnknown}
        gtype = geometry if isinstance(geometry, int) else gtypes[geometry]
        lyr = self.ds.CreateLayer(name, srs, gtype, options=["FID=fid"])
        for fd in copy_fields:
            new = ogr.FieldDefn(fd.name, fd.type)
            new.SetSubType(fd.subtype)
            new.SetWidth(fd.width)
            new.SetPrecision(fd.precision)
            lyr.CreateField(new)
        for fname, kind in fields:
            lyr.CreateField(ogr.FieldDefn(fname, getattr(ogr, OGR_KINDS[kind])))
        return LayerWriter(lyr)

    def close(self):
        self.ds = None


class LayerWriter:
    def __init__(self, lyr):
        self.lyr = lyr
        self.defn = lyr.GetLayerDefn()

    def write(self, rows, geometries=None, fids=None):
        """``rows``: a sequence of attribute lists (one value per field, None = NULL);
        ``geometries``: WKB per row (or None); ``fids``: feature ids to keep (or None)."""
        _, ogr, _ = gdal_modules()
        lyr, defn = self.lyr, self.defn
        nf = defn.GetFieldCount()
        binary = [defn.GetFieldDefn(j).GetType() == ogr.OFTBinary for j in range(nf)]
        lyr.StartTransaction()
        for k, row in enumerate(rows):
            if k and k % WRITE_BATCH == 0:
                lyr.CommitTransaction()
                lyr.StartTransaction()
            f = ogr.Feature(defn)
            if fids is not None:
                f.SetFID(int(fids[k]))
            if geometries is not None and geometries[k] is not None:
                f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(geometries[k])))
            for j in range(nf):
                v = _plain(row[j])
                if v is None:
                    f.SetFieldNull(j)
                elif binary[j]:
                    f.SetFieldBinaryFromHexString(j, bytes(v).hex())
                else:
                    f.SetField(j, v)
            lyr.CreateFeature(f)
        lyr.CommitTransaction()


def append_layers(dst_path, layer_name, sources):
    """Join the layer ``layer_name`` of every GeoPackage in ``sources`` into one layer of a new
    GeoPackage ``dst_path``, fids kept: one GDAL VectorTranslate over an OGR VRT union of the
    sources (all in C, the destination opened once)."""
    from xml.sax.saxutils import escape
    gdal, _, _ = gdal_modules()
    if os.path.exists(dst_path):
        os.remove(dst_path)
    if not sources:
        return
    parts = "".join(
        f'<OGRVRTLayer name="{escape(layer_name)}_{i}"><SrcDataSource>{escape(os.path.abspath(s))}'
        f'</SrcDataSource><SrcLayer>{escape(layer_name)}</SrcLayer></OGRVRTLayer>'
        for i, s in enumerate(sources))
    vrt = (f'<OGRVRTDataSource><OGRVRTUnionLayer name="{escape(layer_name)}">'
           f'<PreserveSrcFID>ON</PreserveSrcFID>{parts}</OGRVRTUnionLayer></OGRVRTDataSource>')
    vrt_path = dst_path + ".vrt"
    with open(vrt_path, "w", encoding="utf-8") as fh:
        fh.write(vrt)
    try:
        opts = gdal.VectorTranslateOptions(options=["-preserve_fid"], format="GPKG",
                                           layers=[layer_name], layerName=layer_name)
        ds = gdal.VectorTranslate(dst_path, vrt_path, options=opts)
        if ds is None:
            raise BatchError("Could not join the area results into '{d}'.", d=dst_path)
        ds = None
    finally:
        os.remove(vrt_path)


def read_table_rows(path, layer_name):
    """Rows of a (non-spatial) table as dicts, in fid order."""
    lyr = VectorLayer(f"{path}|layername={layer_name}", "table")
    names = lyr.field_names()
    feats = lyr.read(names, geometry=False)
    lyr.close()
    return [{n: feats.attrs[n][i] for n in names} for i in range(len(feats))]


# --------------------------------------------------------------------------- rasters

def read_raster(path, bbox=None, band=1, dtype=np.float32, what="raster"):
    """One band of a raster file as a :class:`core.geometry.rastergrid.Raster` over ``bbox``
    (plus one cell), the rule of ``qgis_io.rasters.read_raster`` for files. None when ``bbox``
    does not overlap the raster."""
    from ..core.geometry.rastergrid import Raster
    grid, ds = raster_grid(path, what)
    win = (0, grid.rows, 0, grid.cols)
    if bbox is not None:
        win = grid.window(bbox, pad=1)
        if win is None:
            return None
    r0, r1, c0, c1 = win
    sub = grid.subgrid(r0, r1, c0, c1)
    if band < 1 or band > ds.RasterCount:
        raise BatchError("The {what} has {n} band(s); band {b} does not exist.", what=what,
                         n=ds.RasterCount, b=band)
    b = ds.GetRasterBand(band)
    south_up = ds.GetGeoTransform()[5] > 0
    rr0, rr1 = (grid.rows - r1, grid.rows - r0) if south_up else (r0, r1)
    arr = b.ReadAsArray(c0, rr0, c1 - c0, rr1 - rr0)
    if south_up:
        arr = arr[::-1]
    nodata_value = b.GetNoDataValue()
    nodata = np.zeros(arr.shape, dtype=bool)
    if nodata_value is not None and not np.isnan(nodata_value):
        nodata |= arr == np.asarray(nodata_value).astype(arr.dtype)
    values = arr.astype(dtype, copy=False) if dtype is not None else arr
    if np.issubdtype(values.dtype, np.floating):
        nodata |= np.isnan(values)
    return Raster(values, nodata, sub, nodata_value, path)


def raster_grid(path, what="raster"):
    """(Grid, dataset) of a raster file; a raster without CRS is refused."""
    from ..core.geometry.rastergrid import Grid
    gdal, _, _ = gdal_modules()
    try:
        ds = gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError as exc:
        raise BatchError("The {what} '{p}' could not be opened as a raster: {e}", what=what,
                         p=path, e=exc) from None
    wkt = ds.GetProjection() or ""
    if not wkt:
        raise BatchError("The {what} '{p}' has no coordinate reference system. Assign one "
                         "(gdal_edit.py -a_srs) and run again.", what=what, p=path)
    gt, rows, cols = ds.GetGeoTransform(), ds.RasterYSize, ds.RasterXSize
    if gt[5] > 0 and gt[2] == 0 and gt[4] == 0:
        gt = (gt[0], gt[1], 0.0, gt[3] + rows * gt[5], 0.0, -gt[5])
    srs = srs_from_wkt(wkt)
    return Grid.from_geotransform(gt, rows, cols, wkt, srs_authid(srs)), ds
