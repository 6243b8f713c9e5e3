"""QGIS API calls that differ between QGIS 3.22 (Qt5) and QGIS 3.38+ / 4.x (Qt6 ready).

Each helper says which versions need it. Everything else in the plugin uses the spelling that
works on all of them (fully scoped enums, exec(), qgis.PyQt imports)."""
import contextlib
import threading

from qgis.core import Qgis, QgsField

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

_KINDS = ("int", "int64", "double", "string", "bool")


def field_type(kind):
    """The type value QgsField expects for ``kind`` (one of int, int64, double, string, bool).

    QGIS >= 3.38 takes QMetaType.Type and deprecates QVariant.Type (gone in Qt6/QGIS 4);
    QGIS 3.22-3.36 only knows QVariant.Type."""
    if kind not in _KINDS:
        raise ValueError(f"unknown field kind {kind!r}")
    if QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType
        return {"int": QMetaType.Type.Int, "int64": QMetaType.Type.LongLong,
                "double": QMetaType.Type.Double, "string": QMetaType.Type.QString,
                "bool": QMetaType.Type.Bool}[kind]
    from qgis.PyQt.QtCore import QVariant
    return {"int": QVariant.Int, "int64": QVariant.LongLong, "double": QVariant.Double,
            "string": QVariant.String, "bool": QVariant.Bool}[kind]


def make_field(name, kind, length=0, precision=0):
    """A QgsField of a given kind on every supported QGIS."""
    return QgsField(name, field_type(kind), len=length, prec=precision)


def is_numeric_field(field):
    """True for integer and real fields (QgsField.isNumeric exists on 3.22 and later)."""
    return field.isNumeric()


def set_advanced(param):
    """Show a Processing parameter under "Advanced parameters". QGIS >= 3.36 spells the flag
    Qgis.ProcessingParameterFlag.Advanced (the only spelling in QGIS 4); QGIS 3.22-3.34 only
    has QgsProcessingParameterDefinition.Flag.FlagAdvanced."""
    from qgis.core import QgsProcessingParameterDefinition
    if hasattr(Qgis, "ProcessingParameterFlag"):
        flag = Qgis.ProcessingParameterFlag.Advanced
    else:
        flag = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    param.setFlags(param.flags() | flag)
    return param


def parameter_as_fields(alg, parameters, name, context):
    """Field names chosen in a QgsProcessingParameterField (allowMultiple or not), as a list.

    QGIS 3.40 added ``parameterAsStrings`` and deprecated ``parameterAsFields`` (a
    DeprecationWarning on 3.40+, gone in QGIS 4); QGIS 3.22-3.38 only has ``parameterAsFields``."""
    if hasattr(alg, "parameterAsStrings"):
        return list(alg.parameterAsStrings(parameters, name, context) or [])
    return list(alg.parameterAsFields(parameters, name, context) or [])


def layer_filters(flt):
    """A value for ``QgsMapLayerComboBox.setFilters`` from one layer filter or an OR of several.

    QGIS >= 3.34 takes ``Qgis.LayerFilters`` (``QgsMapLayerProxyModel.Filters`` is deprecated);
    there OR-ing two ``Qgis.LayerFilter`` members gives a plain int, which selects the deprecated
    overload (a DeprecationWarning on 3.34+), so the value is wrapped. QGIS 3.22-3.32 (and PyQt6
    builds, whose flags are plain enum.Flag values) take the value as it is."""
    if hasattr(Qgis, "LayerFilters") and not isinstance(flt, Qgis.LayerFilters):
        return Qgis.LayerFilters(int(flt))
    return flt


def layout_mm():
    """Millimetres as a layout unit: Qgis.LayoutUnit.Millimeters on QGIS >= 3.30 (the only
    spelling in QGIS 4), QgsUnitTypes.LayoutUnit.LayoutMillimeters on QGIS 3.22-3.28."""
    if hasattr(Qgis, "LayoutUnit"):
        return Qgis.LayoutUnit.Millimeters
    from qgis.core import QgsUnitTypes
    return QgsUnitTypes.LayoutUnit.LayoutMillimeters


def distance_unit(name):
    """'meters' or 'kilometers' as a distance unit: Qgis.DistanceUnit on QGIS >= 3.30 (QGIS 4),
    QgsUnitTypes.DistanceUnit on QGIS 3.22-3.28."""
    if hasattr(Qgis, "DistanceUnit"):
        return {"meters": Qgis.DistanceUnit.Meters,
                "kilometers": Qgis.DistanceUnit.Kilometers}[name]
    from qgis.core import QgsUnitTypes
    return {"meters": QgsUnitTypes.DistanceUnit.DistanceMeters,
            "kilometers": QgsUnitTypes.DistanceUnit.DistanceKilometers}[name]


def no_threading_flag():
    """The algorithm flag 'run in the main thread' (layouts, fonts and PDF painting):
    Qgis.ProcessingAlgorithmFlag.NoThreading on QGIS >= 3.36 (QGIS 4),
    QgsProcessingAlgorithm.Flag.FlagNoThreading on QGIS 3.22-3.34."""
    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    from qgis.core import QgsProcessingAlgorithm
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


def save_style_to_database(layer, name, description, use_as_default, ui_file_content=""):
    """Store a vector layer's style in its data source (a GeoPackage's layer_styles table).
    Returns the error message, "" when it worked.

    QGIS 3.44 adds ``saveStyleToDatabaseV2`` (returns (result flags, message); the QGIS 4 API)
    and deprecates ``saveStyleToDatabase`` (a DeprecationWarning there); QGIS 3.22 only has
    ``QgsVectorLayer.saveStyleToDatabase`` (returns the message)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _flags, message = layer.saveStyleToDatabaseV2(name, description, use_as_default,
                                                      ui_file_content)
        return message or ""
    return layer.saveStyleToDatabase(name, description, use_as_default, ui_file_content) or ""


def skip_geometry_checks_flag():
    """The feature-source flag that skips QGIS's invalid-geometry check for one request.

    QGIS >= 3.36 spells it Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks (the only
    spelling in QGIS 4); QGIS 3.22-3.34 only has
    QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks."""
    if hasattr(Qgis, "ProcessingFeatureSourceFlag"):
        return Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
    from qgis.core import QgsProcessingFeatureSource
    return QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


_GDAL_EXC = {"lock": threading.Lock(), "depth": 0, "was": (True, True)}


@contextlib.contextmanager
def gdal_exceptions():
    """GDAL and OSR raise Python exceptions inside the block only; the previous setting comes
    back afterwards, so other plugins in the same QGIS keep theirs. (GDAL >= 3.7 offers
    gdal.ExceptionMgr for this; Debian 12's GDAL 3.6 does not.)

    The setting is one for the whole process: blocks in parallel threads (the compare dock runs
    the baseline and the scenarios at once) share it, counted, so the last one out restores
    it; switching it in each thread on its own breaks GDAL 3.6's stack of error handlers."""
    from osgeo import gdal, osr
    state = _GDAL_EXC
    with state["lock"]:
        if state["depth"] == 0:
            was_gdal, was_osr = gdal.GetUseExceptions(), osr.GetUseExceptions()
            state["was"] = (was_gdal, was_osr)
            if not was_gdal:
                gdal.UseExceptions()
            if not was_osr:
                osr.UseExceptions()
        state["depth"] += 1
    try:
        yield gdal
    finally:
        with state["lock"]:
            state["depth"] -= 1
            if state["depth"] == 0:
                was_gdal, was_osr = state["was"]
                # GDAL 3.6 keeps one stack of error handlers: undo in the reverse order
                if not was_osr:
                    osr.DontUseExceptions()
                if not was_gdal:
                    gdal.DontUseExceptions()


def no_geometry_check():
    """The invalid-geometry check value 'no check' (QGIS >= 3.36:
    Qgis.InvalidGeometryCheck.NoCheck; before: QgsFeatureRequest.GeometryNoCheck)."""
    if hasattr(Qgis, "InvalidGeometryCheck"):
        return Qgis.InvalidGeometryCheck.NoCheck
    from qgis.core import QgsFeatureRequest
    return QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck


def discrete_ramp_type():
    """The 'discrete' colour ramp shader type: Qgis.ShaderInterpolationMethod from QGIS 3.30
    (the QgsColorRampShader.Type enum it replaced is deprecated)."""
    from qgis.core import Qgis, QgsColorRampShader
    if hasattr(Qgis, "ShaderInterpolationMethod"):
        return Qgis.ShaderInterpolationMethod.Discrete
    return QgsColorRampShader.Type.Discrete


def ogr_arrow_reader():
    """True when OGR hands out features in Arrow batches as numpy arrays
    (``ogr.Layer.GetArrowStreamAsNumPy``: GDAL >= 3.6, the Python bindings built with numpy).
    Debian 12's QGIS 3.22 comes with GDAL 3.6; QGIS 3.40+ stacks with GDAL 3.8 or later."""
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return False
    return (hasattr(ogr.Layer, "GetArrowStreamAsNumPy")
            and int(gdal.VersionInfo("VERSION_NUM")) >= 3060000)


def is_provider_field(fields, idx):
    """True when field ``idx`` of a QgsFields comes from the data provider (not a join, an
    expression or an edit). QGIS >= 3.38 returns Qgis.FieldOrigin (QgsFields.FieldOrigin is
    deprecated, gone in QGIS 4); QGIS 3.22-3.36 returns QgsFields.FieldOrigin."""
    origin = fields.fieldOrigin(idx)
    if hasattr(Qgis, "FieldOrigin"):
        return origin == Qgis.FieldOrigin.Provider
    from qgis.core import QgsFields
    return origin == QgsFields.FieldOrigin.OriginProvider


def source_definition_flags(definition):
    """True when a QgsProcessingFeatureSourceDefinition sets any flag (its own invalid-geometry
    check). The flags are Qgis.ProcessingFeatureSourceDefinitionFlags on QGIS >= 3.36 and
    QgsProcessingFeatureSourceDefinition.Flags before; both convert to int through their
    value on PyQt6 builds."""
    flags = definition.flags
    try:
        return int(flags) != 0
    except TypeError:
        return bool(getattr(flags, "value", flags))
