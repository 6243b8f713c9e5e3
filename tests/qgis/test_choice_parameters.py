"""Choice parameters take stable text ids (DECAY=exponential, PRESET=barcelona_climate_shelters,
CLASSES=inasafe_pcrafi) and still take the option numbers of older scripts; a wrong value is
refused with the accepted values; numbers out of their range are refused with the parameter, the
value and the range. Everything through processing.run, as a script or a model would."""
import math
import re

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProperty

from conftest import memory_layer
from urbanplan_plugin.qgis_io.layers import _value

CRS = "EPSG:32723"


def _alg(provider, name):
    return next(a for a in provider.algorithms() if a.name() == name)


def _option_number(provider, alg, param, choice_id):
    """The option number an older script would have typed for ``choice_id``."""
    return _alg(provider, alg).parameterDefinition(param).options().index(choice_id)


# ---------------------------------------------------------------------------------------------
# every choice parameter of every algorithm follows the one convention
# ---------------------------------------------------------------------------------------------

def test_every_enum_uses_text_ids_listed_in_the_help(provider):
    seen = {}
    for alg in provider.algorithms():
        enums = [d for d in alg.parameterDefinitions()
                 if isinstance(d, QgsProcessingParameterEnum)]
        help_text = alg.shortHelpString()
        for d in enums:
            seen[f"{alg.name()}.{d.name()}"] = d.options()
            assert d.usesStaticStrings(), f"{alg.name()}.{d.name()} takes option numbers only"
            assert d.options(), f"{alg.name()}.{d.name()} has no options"
            assert all(re.fullmatch(r"[a-z0-9_]+", o) for o in d.options()), d.options()
            assert d.defaultValue() in d.options() + [None]
            assert f"\n{d.name()} (default: " in help_text, (alg.name(), d.name())
            for k, option in enumerate(d.options()):
                assert f"\n- {option} ({k})" in help_text, (alg.name(), d.name(), option)
                # the option number keeps working for scripts written before the ids
                assert d.checkValueIsAcceptable(k) and d.checkValueIsAcceptable(str(k))
                assert d.checkValueIsAcceptable(option)
                assert d.clone().checkValueIsAcceptable(k)
            assert not d.checkValueIsAcceptable("no_such_choice")
            assert not d.checkValueIsAcceptable(len(d.options()))
    # the choices the issue names, with the ids batch files use
    assert {"fifteenminutecity.PRESET", "fifteenminutecity.POLYGON_ACCESS",
            "accessibilitygrid.DECAY", "accessibilitygrid.POLYGON_ACCESS", "supplydemand.DECAY",
            "servicearea.BAND_MODE", "floodextent.MODE", "floodexposure.CLASSES",
            "floodrisk.DAMAGE_CURVE", "floodrisk.RARE_TAIL",
            "greenspacecoverage.PRESET"} <= set(seen)
    assert "barcelona_climate_shelters" in seen["fifteenminutecity.PRESET"]
    assert seen["accessibilitygrid.DECAY"] == ["exponential", "power"]
    assert seen["supplydemand.DECAY"] == ["none", "gaussian"]
    assert seen["servicearea.BAND_MODE"] == ["nested", "rings"]
    assert seen["floodextent.MODE"] == ["level", "ponding"]
    assert seen["floodrisk.RARE_TAIL"] == ["hold", "none"]
    assert seen["fifteenminutecity.POLYGON_ACCESS"] == ["auto", "point_on_surface", "boundary"]
    assert {"inasafe", "inasafe_pcrafi"} <= set(seen["floodexposure.CLASSES"])


# ---------------------------------------------------------------------------------------------
# DECAY (accessibilitygrid): gravity = exp(-beta t) or t^-beta, by id or by number
# ---------------------------------------------------------------------------------------------

def _grid(run_alg, **kw):
    streets = memory_layer("LineString", CRS, ["LineString(0 0, 100 0, 200 0)",
                                               "LineString(100 0, 100 100)"])
    dest = memory_layer("Point", CRS, ["Point(200 0)"])
    params = {"DESTINATIONS": dest, "NETWORK": streets, "EXTENT": f"-50,250,-50,150 [{CRS}]",
              "CELL_SIZE": 50, "WALK_SPEED_KMH": 4.8, "THRESHOLD_MIN": 5, "HORIZON_MIN": 30,
              "BETA": 0.5, "OUTPUT": "memory:"}
    params.update(kw)
    return run_alg("accessibilitygrid", params)["OUTPUT"]


def _gravity(layer):
    """{cell_id: (minutes to the one destination, gravity)} of the cells on the network."""
    return {f["cell_id"]: (f["nearest_min"], f["gravity"]) for f in layer.getFeatures()
            if _value(f["nearest_min"]) is not None}


@pytest.mark.parametrize("decay", ["exponential", 0, "0", "Exponential",
                                   QgsProperty.fromExpression("'exponential'")])
def test_decay_exponential_by_id_or_number(run_alg, decay):
    cells = _gravity(_grid(run_alg, DECAY=decay))
    assert len(cells) >= 3
    for t, g in cells.values():
        assert g == pytest.approx(math.exp(-0.5 * t), rel=2e-3)   # times written to 3 decimals


@pytest.mark.parametrize("decay", ["power", 1, "1"])
def test_decay_power_by_id_or_number(run_alg, decay):
    from urbanplan_plugin.core.walk.accessibilitygrid import POWER_T_MIN
    cells = _gravity(_grid(run_alg, DECAY=decay))
    assert len(cells) >= 3
    for t, g in cells.values():
        assert g == pytest.approx(max(t, POWER_T_MIN) ** -0.5, rel=2e-3)


@pytest.mark.parametrize("value", ["gaussian", "2", 2, -1, "expo nential"])
def test_wrong_decay_names_the_accepted_values(run_alg, value):
    with pytest.raises(QgsProcessingException) as info:
        _grid(run_alg, DECAY=value)
    msg = str(info.value)
    assert f"'{value}' is not a valid DECAY" in msg
    assert "exponential, power" in msg and "0 to 1" in msg


# ---------------------------------------------------------------------------------------------
# PRESET (fifteenminutecity): the Barcelona climate shelter thresholds, by id or by number
# ---------------------------------------------------------------------------------------------

def _walk(run_alg, **kw):
    """One home at x=0 and one library 560 m along the street: 7 minutes at 4.8 km/h."""
    params = {"ORIGINS": memory_layer("Point", CRS, ["Point(0 0)"]),
              "DESTINATIONS": memory_layer("Point", CRS, [("Point(560 0)", ["library"])],
                                           [("kind", "string")]),
              "CATEGORY_FIELD": "kind",
              "NETWORK": memory_layer("LineString", CRS, ["LineString(0 0, 2000 0)"]),
              "WALK_SPEED_KMH": 4.8, "OUTPUT": "memory:"}
    params.update(kw)
    return run_alg("fifteenminutecity", params)


def test_preset_by_id_and_by_number(run_alg, provider):
    number = _option_number(provider, "fifteenminutecity", "PRESET", "barcelona_climate_shelters")
    for preset in ("barcelona_climate_shelters", number, str(number)):
        layer = _walk(run_alg, PRESET=preset)["OUTPUT"]
        (f,) = layer.getFeatures()
        # the preset's two categories: a library counts as a shelter; 7 min is within the
        # 10-minute tier and not within the 2030 target of 5 minutes
        assert f["time_shelter_10min_min"] == pytest.approx(7.0, abs=1e-3)
        assert f["time_shelter_5min_min"] == pytest.approx(7.0, abs=1e-3)
        assert f["n_within"] == 1
        assert "time_library_min" not in layer.fields().names()
    # without a preset the destination's own category is analysed with THRESHOLD_MIN
    for preset in ("none", 0, None):
        layer = _walk(run_alg, PRESET=preset, THRESHOLD_MIN=5)["OUTPUT"]
        (f,) = layer.getFeatures()
        assert f["time_library_min"] == pytest.approx(7.0, abs=1e-3) and f["n_within"] == 0


def test_wrong_preset_lists_the_presets(run_alg):
    with pytest.raises(QgsProcessingException) as info:
        _walk(run_alg, PRESET="barcelona")
    msg = str(info.value)
    assert "'barcelona' is not a valid PRESET" in msg
    assert "none, daily_services_15min" in msg and "barcelona_climate_shelters" in msg


def test_run_record_keeps_the_id_of_an_option_number(run_alg, provider, tmp_path):
    """A report reads the preset from the run record: PRESET=6 is remembered as its id."""
    from urbanplan_plugin.project.runs import destination_key, lookup
    number = _option_number(provider, "fifteenminutecity", "PRESET", "barcelona_climate_shelters")
    out = str(tmp_path / "access.gpkg")
    _walk(run_alg, PRESET=number, OUTPUT=out)
    record = lookup(destination_key(out))
    assert record["parameters"]["PRESET"] == "barcelona_climate_shelters"
    assert record["defaults"]["PRESET"] == "none"


# ---------------------------------------------------------------------------------------------
# CLASSES (floodexposure): 1.2 m of water is 'medium' for InaSAFE, 'high' for PCRAFI
# ---------------------------------------------------------------------------------------------

@pytest.fixture
def water_1_2m(tmp_path):
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    return write_geotiff(str(tmp_path / "depth.tif"), np.full((4, 4), 1.2, dtype=np.float32),
                         Grid(300000.0, 7400004.0, 1.0, 1.0, 4, 4), crs=CRS, nodata=-9999.0)


def _depth_class(run_alg, hazard, **kw):
    pts = memory_layer("Point", CRS, ["Point(300002.5 7400001.5)"])
    res = run_alg("floodexposure", dict({"HAZARD": hazard, "EXPOSURE": pts,
                                         "OUTPUT": "memory:"}, **kw))
    (f,) = res["OUTPUT"].getFeatures()
    assert f["depth_m"] == pytest.approx(1.2, abs=1e-6)
    return f["depth_class"]


def test_depth_classes_by_id_and_by_number(run_alg, provider, water_1_2m):
    number = _option_number(provider, "floodexposure", "CLASSES", "inasafe_pcrafi")
    assert _depth_class(run_alg, water_1_2m) == "medium"            # default: inasafe
    assert _depth_class(run_alg, water_1_2m, CLASSES="inasafe") == "medium"
    assert _depth_class(run_alg, water_1_2m, CLASSES="inasafe_pcrafi") == "high"
    assert _depth_class(run_alg, water_1_2m, CLASSES=number) == "high"


def test_wrong_depth_classes_list_the_presets(run_alg, water_1_2m):
    with pytest.raises(QgsProcessingException, match=r"'pcrafi' is not a valid CLASSES\. Use "
                                                     r"one of: inasafe, inasafe_pcrafi"):
        _depth_class(run_alg, water_1_2m, CLASSES="pcrafi")


# ---------------------------------------------------------------------------------------------
# numbers out of their range: our message names the parameter, the value and the range
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,value,expected", [
    ("WALK_SPEED_KMH", -1, "The walking speed must be more than 0 km/h (WALK_SPEED_KMH = -1; "
                           "default {speed:g})."),
    ("THRESHOLD_MIN", "0", "The threshold must be more than 0 min (THRESHOLD_MIN = 0; "
                           "default {threshold:g})."),
    ("MAX_SNAP_M", 0, "The largest snap distance must be more than 0 m (MAX_SNAP_M = 0; "
                      "default {snap:g})."),
])
def test_number_out_of_range(run_alg, name, value, expected):
    from urbanplan_plugin.core.network.build import DEFAULT_WALK_SPEED_KMH
    from urbanplan_plugin.core.walk.fifteenminutecity import (
        DEFAULT_MAX_SNAP_M,
        DEFAULT_THRESHOLD_MIN,
    )
    with pytest.raises(QgsProcessingException) as info:
        _walk(run_alg, **{name: value})
    assert expected.format(speed=DEFAULT_WALK_SPEED_KMH, threshold=DEFAULT_THRESHOLD_MIN,
                           snap=DEFAULT_MAX_SNAP_M) in str(info.value)


def test_integer_range_and_minimum_on_the_definition(run_alg, provider, tmp_path):
    d = _alg(provider, "floodextent").parameterDefinition("CONNECTIVITY")
    assert (d.minimum(), d.maximum()) == (4, 8)
    assert _alg(provider, "fifteenminutecity").parameterDefinition("WALK_SPEED_KMH").minimum() == 0
    dem = memory_layer("Point", CRS, ["Point(0 0)"])  # never read: the range check comes first
    with pytest.raises(QgsProcessingException,
                       match=r"The connectivity must be between 4 and 8 \(CONNECTIVITY = 9; "
                             r"default 8\)"):
        run_alg("floodextent", {"DEM": dem, "MODE": "ponding", "CONNECTIVITY": 9,
                                "OUTPUT": str(tmp_path / "x.tif")})


def test_dialog_and_batch_widgets_show_and_return_the_ids(provider):
    """What the Processing dialog, the batch panel (and so a model) store is the id."""
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtWidgets import QComboBox
    d = _alg(provider, "accessibilitygrid").parameterDefinition("DECAY")
    context = QgsProcessingContext()
    for kind in (QgsProcessingGui.WidgetType.Standard, QgsProcessingGui.WidgetType.Batch):
        wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(d, kind)
        widget = wrapper.createWrappedWidget(context)
        combo = widget if isinstance(widget, QComboBox) else widget.findChild(QComboBox)
        if combo is not None:
            assert [combo.itemText(i) for i in range(combo.count())] == ["exponential", "power"]
        wrapper.setParameterValue("power", context)
        assert wrapper.parameterValue() == "power"
