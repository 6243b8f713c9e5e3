"""QGIS API calls that differ between QGIS 3.22 (Qt5) and QGIS 3.38+ / 4.x (Qt6 ready).

Each helper says which versions need it. Everything else in the plugin uses the spelling that
works on all of them (fully scoped enums, exec(), qgis.PyQt imports)."""
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
