"""What every UrbanPlan algorithm shares: translation, icon, help link, groups, and the parameter
blocks that both declare and read their parameters.

A block is a pair of methods on :class:`UrbanPlanAlgorithm`: ``add_<block>()`` in
``initAlgorithm`` and ``read_<block>()`` in ``processAlgorithm``. The reading side checks the
values and raises a ``QgsProcessingException`` that says what is wrong and how to fix it, so an
algorithm's ``processAlgorithm`` reads as "read inputs -> one engine call -> write outputs".

Blocks: choices (text ids, old option numbers still accepted), numbers with a range, the walking
network in its working CRS, the fragment rule, travel profiles, origins and destinations, zones,
the flood hazard, and sinks.
"""
import math
import os
import re

from qgis.core import (
    QgsCsException,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import ICON_PATH, help_url, resource_path
from ..qgis_io.layers import LINE_TAG_FIELDS, check_source, network_and_crs, working_crs
from ..qgis_io.qgis_compat import parameter_as_fields, set_advanced

GROUPS = {
    "prepare": lambda: tr("Prepare"),
    "walkability": lambda: tr("Walkability"),
    "publicspace": lambda: tr("Public space"),
    "flood": lambda: tr("Flood"),
    "scenarios": lambda: tr("Scenarios"),
    "report": lambda: tr("Report"),
}

POINT_OR_POLYGON = (QgsWkbTypes.GeometryType.PointGeometry,
                    QgsWkbTypes.GeometryType.PolygonGeometry)
"""Geometry types of origins, destinations and population layers."""
POINT_OR_POLYGON_SOURCES = [QgsProcessing.SourceType.TypeVectorPoint,
                            QgsProcessing.SourceType.TypeVectorPolygon]
"""The same, as the source types a feature source parameter offers."""


def tr_noop(text):
    """Mark a string for translation where it is stored (tools/i18n_extract.py finds it); it is
    translated with ``tr(text)`` where it is shown."""
    return text


# ------------------------------------------------------------------------------------------
# choices: stable text ids, old option numbers still accepted
# ------------------------------------------------------------------------------------------

class Choice:
    """One choice parameter, declared as data.

    ``options``: ``(id, label, value)`` triples, or a function returning them (for choices read
    from preset files). The id is what batch files, models and ``qgis_process`` write
    (``DECAY=exponential``); the label (marked with :func:`tr_noop`, or the name a preset file
    gives) explains it in the help; the value is what the engine gets (the id when None).
    ``default``: an id, or a function returning one. The option number (0, 1, ...) of older
    scripts and models is accepted as well."""

    def __init__(self, name, description, options, default, optional=False, advanced=False):
        self.name = name
        self.description = description
        self._options = options
        self._default = default
        self.optional = optional
        self.advanced = advanced

    def options(self):
        """[(id, label, value)], read again on every call (preset files can change)."""
        try:
            opts = self._options() if callable(self._options) else self._options
        except Exception:  # noqa: BLE001 - a broken preset file must not stop the provider
            opts = ()
        return [(str(i), label, i if value is None else value)
                for i, label, value in (tuple(o) + (None,) * (3 - len(o)) for o in opts)]

    def ids(self):
        return [i for i, _, _ in self.options()]

    def default(self):
        ids = self.ids()
        value = self._default() if callable(self._default) else self._default
        if value in ids or not ids:
            return value
        return None if self.optional else ids[0]

    def index_of(self, value, ids=None):
        """The position of ``value`` (an id, any letter case, or an option number), else None."""
        ids = self.ids() if ids is None else ids
        if isinstance(value, bool) or value is None:
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = repr(value)
        else:
            text = str(value).strip()
        if text in ids:
            return ids.index(text)
        lower = [i.lower() for i in ids]
        if text.lower() in lower:
            return lower.index(text.lower())
        if re.fullmatch(r"\+?\d+(\.0*)?", text):
            k = int(float(text))
            if 0 <= k < len(ids):
                return k
        return None

    def problem(self, value, ids=None):
        """The message for a value that is not one of the choices ('' when it is)."""
        ids = self.ids() if ids is None else ids
        if _empty(value) or self.index_of(value, ids) is not None:
            return ""
        return tr("'{value}' is not a valid {name}. Use one of: {ids} (or the option number, "
                  "0 to {last}).").format(value=value, name=self.name, ids=", ".join(ids),
                                          last=len(ids) - 1)

    def help_lines(self):
        ids = self.options()
        default = self.default()
        head = tr("{name} (default: {default}):").format(
            name=self.name, default=default if default not in (None, "") else "-")
        lines = [head]
        for k, (i, label, _) in enumerate(ids):
            text = tr(label) if label else ""
            lines.append(f"- {i} ({k})" + (f": {text}" if text and text != i else ""))
        return lines


class ChoiceParameter(QgsProcessingParameterEnum):
    """An enum parameter with static strings (its values are the choice's ids) that accepts
    the option number too. Processing calls :meth:`checkValueIsAcceptable` on QGIS 3.22 and
    3.44 alike; values are read with :meth:`UrbanPlanAlgorithm.read_choice`."""

    def __init__(self, choice, description=None):
        ids = choice.ids()
        super().__init__(choice.name, description if description is not None
                         else tr(choice.description), options=ids, allowMultiple=False,
                         defaultValue=choice.default(), optional=choice.optional,
                         usesStaticStrings=True)
        self.choice = choice

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        if isinstance(value, QgsProperty):
            return True     # an expression: read (and checked) when the algorithm runs
        if _empty(value):
            return self.choice.optional or self.defaultValue() not in (None, "")
        return self.choice.index_of(value, self.options()) is not None

    def clone(self):
        copy = ChoiceParameter(self.choice, self.description())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy


# ------------------------------------------------------------------------------------------
# numbers with a range
# ------------------------------------------------------------------------------------------

class RangedNumber(QgsProcessingParameterNumber):
    """A number parameter that knows its allowed range for our own error message (Processing's
    would only say 'Incorrect parameter value'). ``minValue``/``maxValue`` are set too, so the
    dialog's spin box keeps to the range."""

    def __init__(self, name, description, what, unit="", default=None, minimum=None,
                 above=False, maximum=None, integer=False, optional=False):
        kind = (QgsProcessingParameterNumber.Type.Integer if integer
                else QgsProcessingParameterNumber.Type.Double)
        kwargs = {"type": kind, "defaultValue": default, "optional": optional}
        if minimum is not None:
            kwargs["minValue"] = minimum
        if maximum is not None:
            kwargs["maxValue"] = maximum
        super().__init__(name, description, **kwargs)
        self.what, self.unit, self.optional = what, unit, optional
        self.low, self.above, self.high = minimum, above, maximum

    def range_text(self):
        unit = f" {self.unit}" if self.unit else ""
        if self.low is not None and self.high is not None:
            text = tr("between {low} and {high}").format(low=_num(self.low), high=_num(self.high))
        elif self.low is not None:
            text = (tr("more than {low}") if self.above else tr("at least {low}")).format(
                low=_num(self.low))
        else:
            text = tr("at most {high}").format(high=_num(self.high))
        return text + unit

    def problem(self, value):
        """The message for a value outside the range ('' inside it, or not a number)."""
        if value is None or isinstance(value, bool) or (self.low is None and self.high is None):
            return ""
        try:
            v = float(value)
        except (TypeError, ValueError):
            return ""       # not a number at all: Processing's own check names the parameter
        ok = not math.isnan(v)
        if ok and self.low is not None:
            ok = v > self.low if self.above else v >= self.low
        if ok and self.high is not None:
            ok = v <= self.high
        if ok:
            return ""
        default = self.defaultValue()
        if default is None:
            return tr("The {what} must be {range} ({name} = {value}).").format(
                what=tr(self.what), range=self.range_text(), name=self.name(), value=_num(v))
        return tr("The {what} must be {range} ({name} = {value}; default {default}).").format(
            what=tr(self.what), range=self.range_text(), name=self.name(), value=_num(v),
            default=_num(default))

    def clone(self):
        copy = RangedNumber(self.name(), self.description(), self.what, self.unit,
                            self.defaultValue(), self.low, self.above, self.high,
                            self.dataType() == QgsProcessingParameterNumber.Type.Integer,
                            self.optional)
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy


def _empty(value):
    return value is None or (isinstance(value, str) and value.strip() == "") or \
        (hasattr(value, "isNull") and not isinstance(value, QgsProperty) and value.isNull())


def _num(v):
    return f"{float(v):g}"


def _numeric(value):
    """True for a number, a text that reads as one, an expression or an empty value."""
    if isinstance(value, str) and value.strip():
        try:
            float(value)
        except ValueError:
            return False
    return True


# ------------------------------------------------------------------------------------------
# what the blocks read
# ------------------------------------------------------------------------------------------

class Zones:
    """The ZONES source and its name field, checked; the readers of qgis_io in the form each
    lens uses."""

    def __init__(self, source, field, feedback=None):
        self.source, self.field = source, field
        self.feedback = feedback     # where the readers log repaired geometries

    def labels_of_points(self, xy, crs, context, feedback):
        """The zone name of each point (None outside every zone)."""
        from ..qgis_io.zones import zone_of_points
        return zone_of_points(xy, self.source, self.field, crs, context, feedback)

    def polygon_set(self, crs, context):
        """(PolygonSet, names) for the flood lenses."""
        from ..qgis_io.zones import read_zone_polygons
        return read_zone_polygons(self.source, self.field, crs, context, self.feedback,
                                  skip_empty=True)

    def shapes(self, crs, log, context, feedback):
        """(shapely polygons, names) for the public space lens; empty zones are left out."""
        from ..qgis_io.publicspace import polygons_from_source
        zones, _, attrs = polygons_from_source(self.source, crs, "zone", log, context, feedback,
                                               fields=[self.field] if self.field else [])
        from ..core.geometry.zones import zone_name
        names = ([zone_name(v) for v in attrs[self.field]] if self.field
                 else [str(i) for i in range(len(zones))])
        keep = [i for i, g in enumerate(zones) if g is not None]
        return [zones[i] for i in keep], [names[i] for i in keep]


class OriginsAndDestinations:
    """ORIGINS, POPULATION_FIELD, GROUP_FIELDS, DESTINATIONS and CATEGORY_FIELD, checked."""

    def __init__(self, origins, destinations, population_field, group_fields, category_field):
        self.origins, self.destinations = origins, destinations
        self.population_field, self.group_fields = population_field, group_fields
        self.category_field = category_field

    def read(self, crs, net, context, feedback, access=None, index=None):
        """(origins PointSet, population, groups, index, dest xy, labels, owner, n_dest):
        qgis_io.walkability.read_access_inputs (``index``: a travel profile's edge index)."""
        from ..qgis_io.walkability import ACCESS_AUTO, read_access_inputs
        return read_access_inputs(self.origins, self.destinations, crs, net,
                                  self.population_field, self.group_fields, self.category_field,
                                  ACCESS_AUTO if access is None else access, context, feedback,
                                  index=index)


class TravelInputs:
    """What the travel block read: the main :class:`core.walk.profiles.Travel` and one per
    group with its own profile (GROUP_PROFILES)."""

    def __init__(self, travel, groups=None):
        self.travel = travel
        self.groups = groups or {}

    @property
    def speed_kmh(self):
        return self.travel.speed_kmh

    def index(self, net, **fragments):
        """The travel profile's edge index with the fragment rule (``fragments``: what
        :meth:`UrbanPlanAlgorithm.read_fragments` read)."""
        return self.travel.index(net, **fragments)

    def own_groups(self, net, feedback=None, **fragments):
        """{group: (Travel, edge index)} of the groups of GROUP_PROFILES whose profile is not
        the main one (one index per profile: the engines run one search per profile and
        category, :func:`core.walk.profiles.per_profile`). A group that travels as everyone
        does is left out (its rows are the main result's), and the log says so."""
        out, index_of = {}, {}
        for g, t in self.groups.items():
            if t.profile.id == self.travel.profile.id:
                if feedback is not None:
                    feedback.pushInfo(tr("Group {g} travels as everyone does ('{p}'): its "
                                         "summary rows are the main result's and it gets no "
                                         "fields of its own.").format(g=g, p=t.profile.id))
                continue
            if t.profile.id not in index_of:
                index_of[t.profile.id] = t.index(net, **fragments)
            out[g] = (t, index_of[t.profile.id])
        return out


def _profile_options():
    from ..core.walk.profiles import load_profiles
    return [(p.id, p.label) for p in load_profiles().values()]


PROFILE = Choice("PROFILE", tr_noop("Travel profile (speed, usable ways, slope rule)"),
                 _profile_options, "walk")


POLYGON_ACCESS = Choice(
    "POLYGON_ACCESS", tr_noop("Polygon destinations are reached"),
    lambda: _polygon_access_options(), "auto", advanced=True)


def _polygon_access_options():
    from ..qgis_io.walkability import ACCESS_AUTO, ACCESS_BOUNDARY, ACCESS_POINT
    return (("auto", tr_noop("Automatic: parks, playgrounds, sports grounds by their boundary, "
                             "others by their point on surface"), ACCESS_AUTO),
            ("point_on_surface", tr_noop("At their point on surface"), ACCESS_POINT),
            ("boundary", tr_noop("Wherever their boundary meets the network"), ACCESS_BOUNDARY))


# ------------------------------------------------------------------------------------------
# the algorithm base class
# ------------------------------------------------------------------------------------------

def _guarded(process):
    """``processAlgorithm`` run so that bad outputs stop it before any work and a failed or
    cancelled run leaves nothing behind (see :mod:`qgis_io.staging`): outputs that are inputs,
    missing or read-only folders are refused first; file outputs are written in a hidden folder
    beside their destination and moved into place only when the run succeeds."""
    import functools

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        from ..qgis_io.gdal_errors import collecting
        from ..qgis_io.staging import OutputStaging, output_problem
        problem = output_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        self._staging = OutputStaging()
        self._feedback = feedback
        # QGIS's invalid-geometry check raises from inside the feature iterator, which leaves
        # QGIS 3.22's Python broken (a later generator crashes the process); the readers of
        # qgis_io repair invalid polygons themselves, with a warning (qgis_io.layers.Repairs)
        from ..qgis_io.qgis_compat import no_geometry_check
        previous_check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(no_geometry_check())
        try:
            with collecting(feedback):
                results = process(self, parameters, context, feedback)
        except QgsProcessingException as exc:
            self._staging.discard(context)
            _release_frames(exc)
            if feedback is not None and feedback.isCanceled():
                # a reader stopped half-way by the cancel made a later check fail: the run
                # was cancelled, not given bad input
                feedback.pushInfo(tr("Cancelled: no output was written."))
                return {}
            raise
        except QgsCsException as exc:
            self._staging.discard(context)
            _release_frames(exc)
            raise QgsProcessingException(_transform_failure(self, parameters, context, exc)) \
                from None
        except BaseException as exc:
            self._staging.discard(context)
            _release_frames(exc)
            raise
        finally:
            context.setInvalidGeometryCheck(previous_check)
        if feedback is not None and feedback.isCanceled():
            self._staging.discard(context)
            feedback.pushInfo(tr("Cancelled: no output was written."))
            return {}
        return self._staging.commit(context, results)

    run._urbanplan_guarded = True
    return run


def _release_frames(exc):
    """Let go of the layers, sources and GDAL datasets the failed run's frames still hold. The
    exception crosses into C++ (Processing) and its traceback may outlive the run; a dataset it
    keeps open (an OpenStreetMap file GDAL failed to parse) would be closed only when Python
    shuts down, after GDAL itself, which crashes QGIS 3.44 on exit."""
    import traceback
    try:
        traceback.clear_frames(exc.__traceback__)
    except Exception:  # noqa: BLE001 - best effort
        pass


def _transform_failure(alg, parameters, context, exc):
    """The message for a coordinate transform that failed somewhere in a run: the CRS of every
    input layer, so the wrong one can be found."""
    crss = []
    for d in alg.parameterDefinitions():
        if d.isDestination() or d.name() not in parameters:
            continue
        try:
            layer = alg.parameterAsLayer(parameters, d.name(), context)
        except Exception:  # noqa: BLE001 - not a layer parameter
            layer = None
        if layer is not None and layer.crs().isValid():
            crss.append(f"{d.name()}: {layer.crs().authid() or layer.crs().description()}")
    return tr("A coordinate transformation failed ({e}). Some coordinates lie outside the "
              "area where their CRS is defined, or a layer's CRS is wrong. The inputs' CRSs: "
              "{c}. Check each layer's CRS (Layer Properties > Source) and extent.").format(
        e=str(exc) or "QgsCsException", c="; ".join(crss) or "-")


class UrbanPlanAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME``, ``GROUP`` and implement ``displayName``, ``shortHelpString``,
    ``initAlgorithm`` and ``processAlgorithm``.

    Every subclass's ``processAlgorithm`` is wrapped (:func:`_guarded`, at class creation):
    outputs are checked before the run and staged during it, and a cancelled or failed run
    removes what it wrote."""

    NAME = ""
    GROUP = "prepare"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "_urbanplan_guarded", False):
            cls.processAlgorithm = _guarded(process)

    def tr(self, text):
        return tr(text)

    def name(self):
        return self.NAME

    def group(self):
        return GROUPS[self.GROUP]()

    def groupId(self):  # noqa: N802
        return self.GROUP

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        """One icon per group, so toolbar buttons and menu entries can be told apart."""
        path = resource_path("icons", f"group_{self.GROUP}.svg")
        return path if os.path.exists(path) else ICON_PATH

    def helpUrl(self):  # noqa: N802
        """The algorithm's section of the algorithm pages: the copy installed with the
        plugin (offline), else the web page."""
        return help_url("algorithms", self.NAME)

    def createInstance(self):  # noqa: N802
        return type(self)()

    # every run is remembered (for urbanplan:report) and every output layer Processing loads
    # into the project gets its UrbanPlan style (project/runs.py, project/styles.py)
    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..project.runs import remember_parameters
        remember_parameters(self, self._with_choice_ids(parameters))
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        from ..project.runs import after_run
        after_run(self, context)
        return {}

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Our own messages for a choice or a number out of range: they name the parameter,
        the value and what is allowed (Processing's would only say 'Incorrect parameter
        value')."""
        for d in self.parameterDefinitions():
            if d.name() not in parameters:
                continue
            if isinstance(d, ChoiceParameter):
                value = self._choice_text(parameters, d, context)
                msg = d.choice.problem(value, d.options())
            elif isinstance(d, RangedNumber):
                if not _numeric(parameters[d.name()]):
                    continue    # not a number at all: Processing's own check names it
                msg = d.problem(self._number_value(parameters, d, context))
            else:
                continue
            if msg:
                return False, msg
        from ..qgis_io.gdal_errors import no_side_files
        from ..qgis_io.inputs import input_problems
        from ..qgis_io.staging import output_problem
        msg = output_problem(self, parameters, context) or \
            input_problems(self, parameters, context, files_only=True)
        if msg:
            return False, msg
        with no_side_files():   # Processing opens the input rasters here
            ok, msg = super().checkParameterValues(parameters, context)
            if not ok:      # 'Incorrect parameter value for X': say why X cannot be used
                msg = input_problems(self, parameters, context) or msg
        return ok, msg

    # ---------------------------------------------------------------------- choices
    def add_choice(self, choice, description=None):
        param = ChoiceParameter(choice, description)
        self.addParameter(set_advanced(param) if choice.advanced else param)

    def read_choice(self, parameters, name, context):
        """The engine value of a choice given by its id or its option number; the default for
        an empty one (None for an empty optional choice without default)."""
        d = self.parameterDefinition(name)
        ids = d.options()
        text = self._choice_text(parameters, d, context)
        if _empty(text):
            choice_id = d.choice.default()
        else:
            k = d.choice.index_of(text, ids)
            if k is None:
                raise QgsProcessingException(d.choice.problem(text, ids))
            choice_id = ids[k]
        values = {i: value for i, _, value in d.choice.options()}
        return values.get(choice_id, choice_id)

    def _choice_text(self, parameters, d, context):
        value = parameters.get(d.name())
        if isinstance(value, QgsProperty):
            return self.parameterAsString(parameters, d.name(), context)
        return value

    def _with_choice_ids(self, parameters):
        """The parameters with every choice given by number replaced by its id (what a run
        record keeps, so a report finds the preset of PRESET=1)."""
        out = dict(parameters)
        for d in self.parameterDefinitions():
            if isinstance(d, ChoiceParameter) and not _empty(out.get(d.name())) and \
                    not isinstance(out.get(d.name()), QgsProperty):
                ids = d.choice.ids()
                k = d.choice.index_of(out[d.name()], ids)
                if k is not None:
                    out[d.name()] = ids[k]
        return out

    def choices_help(self):
        """The help's list of every choice parameter's ids and option numbers, generated from
        the declared parameters (QGIS 3.22's own help line only says 'Number of selected
        option')."""
        defs = self.parameterDefinitions()
        probe = None
        if not defs:        # an instance that was never initialised (tests, help viewers)
            probe = type(self)()
            probe.initAlgorithm({})
            defs = probe.parameterDefinitions()
        choices = [d.choice for d in defs if isinstance(d, ChoiceParameter)]
        if not choices:
            return ""
        example = f"{choices[0].name}={choices[0].ids()[-1] if choices[0].ids() else ''}"
        lines = ["", "", tr("Choices: batch files, models and qgis_process take the id (for "
                            "example {example}); the option number in brackets, counted from "
                            "0, works too.").format(example=example)]
        for c in choices:
            lines += c.help_lines()
        return "\n".join(lines)

    # ---------------------------------------------------------------------- numbers
    def add_number(self, name, description, what, unit="", default=None, minimum=0.0,
                   above=True, maximum=None, integer=False, optional=False, advanced=False):
        """A number that must lie in a range: by default more than 0 (``above``), or at least
        ``minimum`` with ``above=False``; ``maximum`` when given. ``what`` names it in the error
        message ("walking speed"), ``unit`` follows the value."""
        param = RangedNumber(name, description, what, unit, default, minimum, above, maximum,
                             integer, optional)
        self.addParameter(set_advanced(param) if advanced else param)

    def read_number(self, parameters, name, context):
        """A number in its range (float, int for integers), None for an empty optional one."""
        d = self.parameterDefinition(name)
        value = self._number_value(parameters, d, context)
        if value is None:
            return None
        msg = d.problem(value)
        if msg:
            raise QgsProcessingException(msg)
        return value

    def _number_value(self, parameters, d, context):
        raw = parameters.get(d.name())
        if _empty(raw) and d.defaultValue() is None:
            return None
        if d.dataType() == QgsProcessingParameterNumber.Type.Integer:
            return self.parameterAsInt(parameters, d.name(), context)
        return self.parameterAsDouble(parameters, d.name(), context)

    def add_walking_speed(self):
        from ..core.network.build import DEFAULT_WALK_SPEED_KMH
        self.add_number("WALK_SPEED_KMH", self.tr("Walking speed (km/h)"),
                        tr_noop("walking speed"), "km/h", DEFAULT_WALK_SPEED_KMH)

    def add_snap_distance(self, description=None, advanced=False):
        """MAX_SNAP_M: points farther from the network are unreachable (NULL), never moved."""
        from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
        self.add_number("MAX_SNAP_M", description or self.tr(
            "Largest distance from a point to the network (m)"),
            tr_noop("largest snap distance"), "m", DEFAULT_MAX_SNAP_M, advanced=advanced)

    # ---------------------------------------------------------------------- fragments
    def add_fragments(self):
        """MIN_COMPONENT_NODES and MIN_COMPONENT_M (advanced): the size below which a
        disconnected piece of the network is a fragment nothing snaps to (the engine's one
        rule, core/network/fragments.py)."""
        from ..core.network.fragments import MIN_COMPONENT_M, MIN_COMPONENT_NODES
        self.add_number(
            "MIN_COMPONENT_NODES",
            self.tr("Fragments: a disconnected piece of the network with fewer nodes than this "
                    "and shorter than the length below is not snapped to (0 = keep every "
                    "piece)"),
            tr_noop("smallest piece of network (nodes)"), "", MIN_COMPONENT_NODES,
            minimum=0, above=False, integer=True, advanced=True)
        self.add_number(
            "MIN_COMPONENT_M", self.tr("Fragments: a piece at least this long (m) is always kept"),
            tr_noop("length that always keeps a piece of network"), "m", MIN_COMPONENT_M,
            minimum=0.0, above=False, advanced=True)

    def read_fragments(self, parameters, context):
        """{min_component_nodes, min_component_m}, the keywords of
        :class:`core.network.snap.EdgeIndex` (and of :meth:`TravelInputs.index`)."""
        return {"min_component_nodes": self.read_number(parameters, "MIN_COMPONENT_NODES",
                                                        context),
                "min_component_m": self.read_number(parameters, "MIN_COMPONENT_M", context)}

    def add_entrance_tolerance(self, description):
        self.add_number("ENTRANCE_TOLERANCE_M", description, tr_noop("entrance tolerance"), "m",
                        _default_entrance_tolerance(), minimum=0.0, above=False, advanced=True)

    # ---------------------------------------------------------------------- network + CRS
    def add_network(self, name="NETWORK", description=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            name, description or self.tr("Walking network (prepared, or any street line layer)"),
            [QgsProcessing.SourceType.TypeVectorLine]))

    def network_source(self, parameters, context, name="NETWORK"):
        """The network layer, checked (lines, with features)."""
        source = self.parameterAsSource(parameters, name, context)
        check_source(source, self.tr("network"), QgsWkbTypes.GeometryType.LineGeometry)
        return source

    def read_network(self, parameters, context, feedback, name="NETWORK", source=None):
        """(network, working CRS): the walking network (prepared, or built from any line layer)
        in the network's projected CRS, or the local UTM zone when it is in degrees. When the
        algorithm has the travel block, the lines' OSM tags are kept for :meth:`read_travel`
        (and the ways of the chosen profiles kept in the network). The layer is read once (its
        extent, the OSM filter and the lines in one pass; in bulk through OGR when QGIS would
        read the same file: :meth:`bulk_source`)."""
        source = source or self.network_source(parameters, context, name)
        ways = None
        if self.parameterDefinition(PROFILE.name) is not None:
            from ..qgis_io.ways import WayTags
            ways = WayTags(self._profiles_in_use(parameters, context))

        def choose_crs(extent):
            crs = working_crs(source.sourceCrs(), extent, None, feedback, self.tr("network"))
            feedback.pushInfo(self.tr("Working CRS: {c}.").format(c=crs.authid()))
            return crs

        net, crs = network_and_crs(source, choose_crs, context, feedback, ways=ways,
                                   bulk=self.bulk_source(parameters, name, context,
                                                         LINE_TAG_FIELDS))
        self._way_tags = (ways, net)
        return net, crs

    def bulk_source(self, parameters, name, context, fields=()):
        """The input ``name`` as a file OGR can read in bulk with exactly the features QGIS
        would give (:func:`qgis_io.bulk.ogr_source`), or None. ``fields``: the attributes the
        reader needs, among those the layer has (each must be a plain column of the file)."""
        value = parameters.get(name)
        if value is None:
            return None
        try:
            layer = self.parameterAsVectorLayer(parameters, name, context)
        except Exception:  # noqa: BLE001 - a value that is not a layer: read through QGIS
            return None
        if layer is None:
            return None
        from ..qgis_io.bulk import ogr_source
        names = set(layer.fields().names())
        return ogr_source(layer, value, [f for f in fields if f in names])

    # ---------------------------------------------------------------------- travel
    def add_travel(self, group_profiles=False):
        """PROFILE (who travels), DEM (optional terrain model) and, with ``group_profiles``,
        GROUP_PROFILES (a profile per population group field)."""
        from qgis.core import QgsProcessingParameterRasterLayer, QgsProcessingParameterString
        self.add_choice(PROFILE)
        self.addParameter(QgsProcessingParameterRasterLayer(
            "DEM", self.tr("Terrain model (DEM, heights in metres): slope changes the travel "
                           "time"), optional=True))
        if group_profiles:
            self.addParameter(set_advanced(QgsProcessingParameterString(
                "GROUP_PROFILES", self.tr("Travel profile per group, e.g. "
                                          "pop_65plus=older_adult; pop_0_14=child"),
                optional=True)))

    def travel_help(self):
        """The help paragraph of the travel block (PROFILE, DEM)."""
        from ..core.walk.profiles import load_profiles
        try:
            lines = "\n".join(f"- {p.id}: {p.label}, {p.flat_speed_kmh:g} km/h on the flat"
                              for p in load_profiles().values())
        except Exception:  # noqa: BLE001 - a broken preset file must not break the help
            lines = ""
        return self.tr(
            "\n\nTravel profile (PROFILE): who travels, with its speed on flat ground, the "
            "OpenStreetMap ways it may use (a wheelchair never takes steps; a cyclist rides "
            "where cycling is allowed and pushes on footways) and its slope rule "
            "(resources/presets/travel_profiles.json, each value with its source):\n{lines}\n"
            "DEM (optional): a terrain model with heights in metres. Each street is cut into "
            "pieces and gets its slope; travel time then depends on direction (Tobler's hiking "
            "function: 10 % uphill takes 1.419 times the flat time, 10 % downhill the flat "
            "time; a wheelchair cannot pass pieces steeper than 1:12). The trip counted is "
            "from the origin to the destination. Without a DEM the profiles still apply their "
            "speeds and way rules. Distances are then flat-equivalent metres (minutes x the "
            "profile's flat speed); null_reason says why a value is NULL. The way rules need "
            "the network's OSM tags (a 'highway' field, e.g. an OSM file's lines layer)."
        ).format(lines=lines)

    def _profiles_in_use(self, parameters, context):
        """The profiles PROFILE and GROUP_PROFILES name (the network keeps their ways)."""
        from ..core.walk.profiles import get_profile, load_profiles
        pid = self.read_choice(parameters, PROFILE.name, context)
        used = [get_profile(pid)]
        if self.parameterDefinition("GROUP_PROFILES") is not None:
            text = self.parameterAsString(parameters, "GROUP_PROFILES", context) or ""
            known = load_profiles()
            for item in re.split(r"[;,]", text):
                parts = re.split(r"[=:]", item, maxsplit=1)
                if len(parts) == 2 and parts[1].strip() in known:
                    used.append(known[parts[1].strip()])
        return used

    def check_group_profiles(self, parameters, context, groups, source=None):
        """GROUP_PROFILES checked before the run's work starts: every entry 'group=profile'
        names one of ``groups`` (GROUP_FIELDS) and a known profile
        (:func:`core.walk.profiles.parse_group_profiles`); with ``source`` (the population
        layer) every such group must be a numeric field (people of the group per feature): a
        text field splits the population into categories and cannot travel with a profile."""
        from ..core.walk.profiles import parse_group_profiles
        from ..qgis_io.layers import engine_errors
        if self.parameterDefinition("GROUP_PROFILES") is None:
            return {}
        with engine_errors():
            pairs = parse_group_profiles(
                self.parameterAsString(parameters, "GROUP_PROFILES", context), list(groups))
        if source is not None:
            for g in pairs:
                fld = source.fields().field(g) if source.fields().lookupField(g) >= 0 else None
                if fld is not None and not fld.isNumeric():
                    raise QgsProcessingException(self.tr(
                        "Group profiles: '{g}' is a text field (it splits the population into "
                        "categories such as F/M), so it cannot travel with a profile. Give a "
                        "numeric field with the number of people of the group per feature "
                        "(e.g. pop_wheelchair), choose it in GROUP_FIELDS and name it in "
                        "GROUP_PROFILES.").format(g=g))
        return pairs

    def read_travel(self, parameters, context, feedback, net, crs, speed_kmh=None, groups=()):
        """:class:`TravelInputs` for a network read by :meth:`read_network`: the chosen
        profile (``speed_kmh``, the algorithm's walking speed, is the ``walk`` profile's
        speed), its way modes from the lines' OSM tags, the DEM's slopes (sampled once, shared
        by every profile) and the profiles of GROUP_PROFILES (``groups``: the group fields)."""
        from ..core.walk.profiles import (
            DEFAULT_PROFILE,
            Travel,
            get_profile,
            parse_group_profiles,
        )
        from ..qgis_io.layers import engine_errors
        from ..qgis_io.ways import terrain_slopes
        ways, ways_net = getattr(self, "_way_tags", (None, None))
        if ways_net is not net:
            ways = None

        def profile_of(pid):
            prof = get_profile(pid)
            return prof.with_speed(speed_kmh) if pid == DEFAULT_PROFILE and speed_kmh else prof

        with engine_errors():
            main = profile_of(self.read_choice(parameters, PROFILE.name, context))
            group_ids = {}
            if self.parameterDefinition("GROUP_PROFILES") is not None:
                group_ids = parse_group_profiles(
                    self.parameterAsString(parameters, "GROUP_PROFILES", context), list(groups))
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        slopes = None
        if dem is not None:
            with engine_errors():
                slopes = terrain_slopes(dem, net, crs, feedback,
                                        straight=ways.straight(net) if ways else None)
        by_id = {}

        def travel_of(prof):
            if prof.id not in by_id:
                modes = ways.modes(prof, net) if ways is not None else None
                by_id[prof.id] = Travel(prof, slopes, modes)
            return by_id[prof.id]

        travel = travel_of(main)
        group_travel = {g: travel_of(profile_of(pid)) for g, pid in group_ids.items()}
        for t in [travel] + [t for t in by_id.values() if t is not travel]:
            for line in t.describe():
                feedback.pushInfo(line)
        for g, t in group_travel.items():
            feedback.pushInfo(self.tr("Group {g} travels as '{p}'.").format(g=g, p=t.profile.id))
        return TravelInputs(travel, group_travel)

    # ---------------------------------------------------------------------- origins/destinations
    def add_origin_and_destination_parameters(self):
        """ORIGINS, POPULATION_FIELD, GROUP_FIELDS, DESTINATIONS and CATEGORY_FIELD, declared
        the same way by every algorithm that asks who reaches which services."""
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ORIGINS", self.tr("Origins (homes, buildings, population grid: points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_FIELD", self.tr("Population field (empty = every origin counts 1)"),
            parentLayerParameterName="ORIGINS", type=numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_FIELDS", self.tr("Population group fields (people per group, e.g. children, "
                                    "elderly)"),
            parentLayerParameterName="ORIGINS", type=numeric, optional=True, allowMultiple=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DESTINATIONS", self.tr("Destinations (services: points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            "CATEGORY_FIELD", self.tr("Category field (empty = one category 'all')"),
            parentLayerParameterName="DESTINATIONS", optional=True))

    def read_origins_and_destinations(self, parameters, context):
        """What :meth:`add_origin_and_destination_parameters` declared, checked (points or
        polygons with features; the category field exists)."""
        from ..qgis_io.walkability import check_category_field
        origins = self.parameterAsSource(parameters, "ORIGINS", context)
        dests = self.parameterAsSource(parameters, "DESTINATIONS", context)
        check_source(origins, self.tr("origins"), POINT_OR_POLYGON)
        check_source(dests, self.tr("destinations"), POINT_OR_POLYGON)
        cat_field = self.parameterAsString(parameters, "CATEGORY_FIELD", context) or None
        check_category_field(dests, cat_field)
        return OriginsAndDestinations(
            origins, dests, self.parameterAsString(parameters, "POPULATION_FIELD", context) or None,
            parameter_as_fields(self, parameters, "GROUP_FIELDS", context), cat_field)

    # ---------------------------------------------------------------------- zones
    def add_zones(self, description, name_field=True):
        """ZONES (optional polygons) and, with ``name_field``, ZONE_FIELD naming each zone."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", description, [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        if name_field:
            param = QgsProcessingParameterField(
                "ZONE_FIELD", self.tr("Zone name field"), parentLayerParameterName="ZONES",
                optional=True)
            param.setHelp(self.tr("The field that names each zone in the summary. Zones whose "
                                  "name is NULL or blank are summarised together as "
                                  "'(no zone name)'."))
            self.addParameter(param)

    def read_zones(self, parameters, context):
        """:class:`Zones`, or None when no zone layer is given. Zones need polygons with
        features and, when the algorithm names its zones, a zone name field."""
        source = self.parameterAsSource(parameters, "ZONES", context)
        has_field = self.parameterDefinition("ZONE_FIELD") is not None
        field = (self.parameterAsString(parameters, "ZONE_FIELD", context) or None
                 if has_field else None)
        if source is None:
            return None
        check_source(source, self.tr("zones"), QgsWkbTypes.GeometryType.PolygonGeometry)
        if has_field and not field:
            raise QgsProcessingException(self.tr(
                "Zones are given but no zone name field: choose the field that names each zone."))
        if field:
            self._warn_unnamed_zones(source, field)
        return Zones(source, field, getattr(self, "_feedback", None))

    def _warn_unnamed_zones(self, source, field):
        """The log names how many zones have no name, and the group they are summarised in."""
        from qgis.core import QgsFeatureRequest

        from ..core.geometry.zones import NO_ZONE_NAME, zone_name
        from ..qgis_io.layers import _value
        idx = source.fields().lookupField(field)
        if idx < 0:
            raise QgsProcessingException(self.tr(
                "Zone field '{f}' is not in the zone layer.").format(f=field))
        from ..qgis_io.qgis_compat import skip_geometry_checks_flag
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry) \
            .setSubsetOfAttributes([idx])
        n = 0
        for f in source.getFeatures(request, skip_geometry_checks_flag()):  # names only
            if zone_name(_value(f.attributes()[idx])) == NO_ZONE_NAME:
                n += 1
        feedback = getattr(self, "_feedback", None)
        if n and feedback is not None:
            feedback.pushWarning(self.tr(
                "{n} zone(s) have no name in '{f}' (NULL or blank): they are summarised "
                "together as '{g}'. Name them in the zone layer to see them apart.").format(
                n=n, f=field, g=NO_ZONE_NAME))

    # ---------------------------------------------------------------------- flood hazard
    def add_hazard(self):
        """HAZARD (a depth raster in metres, or polygons) and DEPTH_FIELD of the polygons."""
        self.addParameter(QgsProcessingParameterMapLayer(
            "HAZARD", self.tr("Flood hazard (depth raster in metres, or polygons)"),
            types=[QgsProcessing.SourceType.TypeRaster,
                   QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "DEPTH_FIELD", self.tr("Depth (m) or depth class field of hazard polygons"),
            parentLayerParameterName="HAZARD", optional=True))

    def read_hazard(self, parameters, context):
        """(layer, depth field): a raster, or a polygon layer (with its DEPTH_FIELD)."""
        hazard = self.parameterAsLayer(parameters, "HAZARD", context)
        if hazard is None:
            raise QgsProcessingException(self.tr("The hazard layer could not be opened."))
        if isinstance(hazard, QgsVectorLayer):
            if QgsWkbTypes.geometryType(hazard.wkbType()) != \
                    QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(self.tr(
                    "A vector hazard must be polygons with a depth or class field."))
        elif not isinstance(hazard, QgsRasterLayer):
            raise QgsProcessingException(self.tr("The hazard must be a raster or polygons."))
        else:
            from ..qgis_io.rasters import check_has_data
            check_has_data(hazard, self.tr("hazard raster '{n}'").format(n=hazard.name()))
        field = self.parameterAsString(parameters, "DEPTH_FIELD", context) or None
        return hazard, field

    # ---------------------------------------------------------------------- outputs
    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802
        """Processing's sink, written in a staging folder when it is a file (see
        :func:`_guarded`)."""
        staging = getattr(self, "_staging", None)
        if staging is None or name not in parameters:
            return super().parameterAsSink(parameters, name, context, *args, **kwargs)
        d = self.parameterDefinition(name)
        staged = dict(parameters)
        staged[name] = staging.stage(parameters[name], d.description() if d else name)
        sink, dest = super().parameterAsSink(staged, name, context, *args, **kwargs)
        staging.keep_sink(sink)
        self._staged_sinks = dict(getattr(self, "_staged_sinks", {}), **{name: staged[name]})
        return sink, dest

    def parameterAsOutputLayer(self, parameters, name, context):  # noqa: N802
        """The output file (a raster), in a staging folder (see :func:`_guarded`)."""
        staging = getattr(self, "_staging", None)
        if staging is None or name not in parameters:
            return super().parameterAsOutputLayer(parameters, name, context)
        d = self.parameterDefinition(name)
        staged = dict(parameters)
        staged[name] = staging.stage(parameters[name], d.description() if d else name)
        return super().parameterAsOutputLayer(staged, name, context)

    def sink(self, parameters, name, context, fields, wkb_type, crs=None, required=True):
        """(sink, destination id); a required output that cannot be created stops the run."""
        if crs is None:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type)
        else:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None and required:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest

    def bulk_copy(self, parameters, name, input_name, context, source, fields, kept):
        """A :class:`qgis_io.outputs.BulkCopy` for the output ``name`` (its sink already
        made, with ``fields``: the input's fields at ``kept``, then the result fields) that
        copies the input ``input_name`` (``source``, its Processing feature source), when the
        output is a new GeoPackage file and the input a GeoPackage table read as it is
        (:meth:`bulk_source`), every kept field of a type SQLite copies as QGIS writes it;
        else None (the features are written one by one)."""
        import os

        from ..qgis_io.outputs import BULK_FIELD_TYPES, BulkCopy
        from ..qgis_io.staging import destination_text
        staged = destination_text(getattr(self, "_staged_sinks", {}).get(name))
        staging = getattr(self, "_staging", None)
        if not staged or staging is None or "|" in staged or \
                not staged.lower().endswith(".gpkg") or not os.path.isfile(staged):
            return None
        if not any(os.path.dirname(staged) == folder for folder, _ in staging.folders):
            return None         # not a new file of this run
        src_fields = source.fields()
        if any(src_fields.at(j).typeName() not in BULK_FIELD_TYPES for j in kept):
            return None
        ref = self.bulk_source(parameters, input_name, context)
        if ref is None or ref.driver != "GPKG":
            return None
        copy = BulkCopy(ref, staged, os.path.splitext(os.path.basename(staged))[0],
                        fields.names()[len(kept):])
        return copy if copy.prepare() else None

    @staticmethod
    def push_log(feedback, log):
        """Engine log lines: ``(level, message)`` pairs (level 'warning' or 'info'), or plain
        strings (warnings)."""
        for item in log:
            if isinstance(item, str):
                feedback.pushWarning(item)
            elif item[0] == "warning":
                feedback.pushWarning(item[1])
            else:
                feedback.pushInfo(item[1])


def _default_entrance_tolerance():
    from ..core.publicspace.sdg1171 import DEFAULT_ENTRANCE_TOLERANCE_M
    return DEFAULT_ENTRANCE_TOLERANCE_M


def hazard_window(layer, bbox, what, feedback=None):
    """The depth raster over ``bbox`` (hazard CRS); an empty one-cell window when the raster
    does not reach the bbox (every feature is then outside the hazard, with a warning).
    Sentinel values (-9999 without a nodata flag...) are masked, with a warning."""
    import numpy as np

    from ..core.geometry.rastergrid import Raster
    from ..qgis_io.rasters import mask_sentinels, raster_grid, read_raster
    if bbox is not None:
        raster = read_raster(layer, bbox=bbox, what=what)
        if raster is not None:
            return mask_sentinels(raster, what, feedback, refuse_empty=False)
    grid = raster_grid(layer, what)
    sub = grid.subgrid(0, 1, 0, 1)
    return Raster(np.zeros((1, 1), dtype=np.float32), np.zeros((1, 1), dtype=bool), sub)
