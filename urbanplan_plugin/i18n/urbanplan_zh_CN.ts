<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../ui/compare_dock.ui" line="6"/>
        <source>UrbanPlan: compare scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="15"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="56"/>
        <source>Baseline inputs and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="81"/>
        <source>Compare the baseline with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="108"/>
        <source>Add difference layers to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="118"/>
        <source>Side-by-side maps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="129"/>
        <source>Run comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="164"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="184"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="190"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="210"/>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="217"/>
        <source>Save layers to GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <location filename="../ui/scenario_dock.ui" line="6"/>
        <source>UrbanPlan: scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="35"/>
        <source>Baseline inputs (read, never edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="43"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="67"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="74"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="81"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="88"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="99"/>
        <source>Load example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="106"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="113"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="125"/>
        <source>Changes in the selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="143"/>
        <source>What does this scenario propose? (shown in reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="166"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="171"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="176"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="186"/>
        <source>Add change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="199"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="202"/>
        <source>Show the change's sketch layer, make it active and start editing it, so QGIS's digitizing tools draw into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="209"/>
        <source>Delete change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="218"/>
        <source>Parameter changes (used by every analysis that has the parameter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="247"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="252"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="269"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="276"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrbanPlan</name>
    <message>
        <location filename="../plugin.py" line="34"/>
        <location filename="../plugin.py" line="36"/>
        <location filename="../provider.py" line="15"/>
        <location filename="../ui/scenario_dock.py" line="133"/>
        <source>UrbanPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="83"/>
        <source>The UrbanPlan scenario docks could not be created: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../provider.py" line="18"/>
        <source>UrbanPlan: walkability, public space and flood exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="72"/>
        <source>Accessibility grid (hexagon heat map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="75"/>
        <source>Walk time to the nearest service, opportunities within reach and gravity access on a grid of hexagons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="79"/>
        <source>Covers an extent (or zones) with hexagons and measures walking access from each cell's centre along the street network.

Cells: hexagons whose centres are CELL_SIZE metres apart (default {cell:g} m; a cell's area is 0.866 x size²). Without an extent or zones the grid covers the network. Zones keep the cells that touch them. More than 1 000 000 cells stops with the count and a suggested size. A cell stands for its centre, attached to the nearest street within the largest snap distance (default {snap:g} m); cells farther away (water, rail yards, big parks) get NULL, not 0.

Per cell:
- time_&lt;category&gt;: minutes to the nearest destination of each category (one search per category); nearest_min: to the nearest of any category. NULL beyond the search horizon (HORIZON_MIN, default {hor:g} min).
- opportunities: the sum of WEIGHT_FIELD (jobs, seats; 1 per destination without it) over the destinations within THRESHOLD_MIN (default {thr:g} min): the cumulative opportunities measure.
- gravity: sum of weight x f(t) over the destinations within the horizon (Hansen 1959 gravity access), with f(t) = exp(-beta t) (exponential, default beta {be:g} per minute) or f(t) = t^-beta (power, default beta {bp:g}, t at least {tmin:g} min). These betas are examples, not published constants: calibrate them to a local travel survey when you can.

Exact method for the sums: the network is undirected, so each destination (or each cell, whichever are fewer) gets its own search bounded at the horizon, and every cell-destination pair within it is found with its exact walk (partial edges included) without building a full matrix. Polygon destinations stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m) and count once, at their nearest entrance.

Walking speed: default {speed} km/h (Highway Capacity Manual, TRB 2010). Category names become safe field names; the mapping is in the log.

Numbers: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY and MEAN_NEAREST_MIN (means over the cells on the network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="118"/>
        <source>Destinations (services, jobs: points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="121"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="158"/>
        <location filename="../algorithms/flood_disruption.py" line="176"/>
        <source>Category field (empty = one category 'all')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="124"/>
        <source>Weight field (jobs, seats; empty = 1 per destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="128"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="161"/>
        <location filename="../algorithms/flood_disruption.py" line="147"/>
        <location filename="../algorithms/green_space_coverage.py" line="137"/>
        <location filename="../algorithms/sdg_1171.py" line="157"/>
        <location filename="../algorithms/service_area.py" line="104"/>
        <location filename="../algorithms/suggest_sites.py" line="126"/>
        <location filename="../algorithms/supply_demand.py" line="117"/>
        <source>Walking network (prepared, or any street line layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="131"/>
        <source>Grid extent (empty = the network's extent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="133"/>
        <source>Zones (keep the cells touching them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="136"/>
        <source>Cell size: distance between cell centres (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="139"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="164"/>
        <location filename="../algorithms/flood_disruption.py" line="179"/>
        <location filename="../algorithms/service_area.py" line="110"/>
        <location filename="../algorithms/supply_demand.py" line="123"/>
        <source>Walking speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="142"/>
        <source>Threshold for cumulative opportunities (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="145"/>
        <source>Gravity decay function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="146"/>
        <source>Exponential: exp(-beta t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="146"/>
        <source>Power: t^-beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="149"/>
        <source>Decay beta (empty = {e:g} per minute for exponential, {p:g} for power; examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="154"/>
        <source>Largest distance from a cell centre or destination to the network (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="159"/>
        <source>Search horizon for nearest times and gravity (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="162"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="191"/>
        <source>Polygon destinations are reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="163"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="192"/>
        <source>Automatic: parks, playgrounds, sports grounds by their boundary, others by their point on surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="165"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="194"/>
        <source>At their point on surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="166"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="195"/>
        <source>Wherever their boundary meets the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="172"/>
        <source>Accessibility grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="173"/>
        <location filename="../core/report.py" line="558"/>
        <location filename="../core/report.py" line="568"/>
        <location filename="../core/report.py" line="782"/>
        <location filename="../core/report.py" line="1108"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="174"/>
        <location filename="../core/report.py" line="559"/>
        <source>Cells whose centre is on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="175"/>
        <location filename="../core/report.py" line="562"/>
        <source>Mean opportunities within the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="177"/>
        <source>Mean gravity access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="178"/>
        <location filename="../core/report.py" line="560"/>
        <location filename="../core/report.py" line="1109"/>
        <source>Mean walk to the nearest destination (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="185"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="241"/>
        <location filename="../algorithms/flood_disruption.py" line="213"/>
        <source>destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="188"/>
        <location filename="../algorithms/green_space_coverage.py" line="223"/>
        <location filename="../algorithms/sdg_1171.py" line="223"/>
        <source>zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="202"/>
        <source>The cell size must be more than 0 m (got {v:g}); try {d:g} m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="206"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="246"/>
        <location filename="../algorithms/service_area.py" line="147"/>
        <location filename="../algorithms/supply_demand.py" line="157"/>
        <source>The walking speed must be more than 0 km/h (got {v:g}). A typical adult speed is {d} km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="211"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="272"/>
        <location filename="../algorithms/flood_disruption.py" line="233"/>
        <location filename="../algorithms/flood_disruption.py" line="235"/>
        <location filename="../algorithms/green_space_coverage.py" line="242"/>
        <location filename="../algorithms/sdg_1171.py" line="257"/>
        <location filename="../algorithms/service_area.py" line="159"/>
        <location filename="../algorithms/suggest_sites.py" line="198"/>
        <location filename="../algorithms/supply_demand.py" line="165"/>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="212"/>
        <location filename="../algorithms/fifteen_minute_city.py" line="273"/>
        <location filename="../algorithms/green_space_coverage.py" line="243"/>
        <location filename="../algorithms/sdg_1171.py" line="258"/>
        <location filename="../algorithms/service_area.py" line="160"/>
        <location filename="../algorithms/suggest_sites.py" line="199"/>
        <location filename="../algorithms/supply_demand.py" line="166"/>
        <source>Working CRS: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="223"/>
        <source>The zone layer has no usable polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="229"/>
        <source>The grid extent has no area. Draw or choose a larger extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="235"/>
        <source>No extent or zones given: the grid covers the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="241"/>
        <source>{n:,} hexagons of {s:g} m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="253"/>
        <source>weight field '{f}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="273"/>
        <source>Category -&gt; field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/accessibility_grid.py" line="301"/>
        <source>{c:,} cells, {o:,} on the network; mean opportunities within {t:g} min: {m}; mean walk to the nearest destination: {n} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="11"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="12"/>
        <source>Walkability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="13"/>
        <source>Public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="14"/>
        <source>Flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="15"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="16"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="42"/>
        <source>Compare scenarios (baseline vs scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="45"/>
        <source>Pair two result layers of the same analysis and show, per feature and field, what the scenario changes: better, worse or the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="49"/>
        <source>Compares the result of one analysis run on the baseline with the same analysis run on a scenario (for example two outputs of the 15-minute city analysis).

Pairing: rows are paired by the key field (for example an origin id), or, when it is empty, by identical geometry (to the millimetre). Rows found on one side only are kept and marked only_baseline / only_scenario.

Fields: the numeric fields to compare; empty = every numeric field the two layers share (identifiers such as fid and the population field are left out). For each field F the output has F_base, F_scen, F_delta (scenario minus baseline) and F_status.

Better or worse: less walk time, distance, depth or exposure is better; more coverage, share within a threshold, score or park area is better. The direction is read from the field name (time, dist, depth, exposed... = lower is better; share, within, coverage, score, area... = higher is better); set it yourself under Directions, e.g. 'time_school: lower, n_within: higher'.

NULL is never turned into a number: a walk time going from a value to NULL is flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL then.

change: better (some field better, none worse), worse, mixed, same, no_data. change_detail names the strongest news for the map legend (newly unreachable, newly reachable, ...).

Summary table, one row per field: how many rows are better, worse, the same, newly reachable or unreachable; the mean of the baseline, the scenario and the delta; and, with a population field, the population-weighted mean delta (sum of population x delta / sum of population, over rows with a value on both sides) and the population that is better or worse off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="79"/>
        <source>Baseline result layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="82"/>
        <source>Scenario result layer (same analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="85"/>
        <source>Key field pairing the rows (empty = same geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="88"/>
        <source>Fields to compare (empty = all common numeric fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="92"/>
        <source>Population field (weights the summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="96"/>
        <source>Directions, e.g. 'score: higher, time_school: lower/worst' (empty = read from the field names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="99"/>
        <source>Differences (baseline vs scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="102"/>
        <source>Comparison summary per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="104"/>
        <source>Rows compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="105"/>
        <source>Rows better off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="106"/>
        <source>Rows worse off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="107"/>
        <source>Rows better in one field, worse in another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="108"/>
        <source>Rows unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="109"/>
        <source>Rows without values on either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="110"/>
        <source>Population better off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="111"/>
        <source>Population worse off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="117"/>
        <location filename="../algorithms/compare_scenarios.py" line="151"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="117"/>
        <location filename="../algorithms/compare_scenarios.py" line="155"/>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="119"/>
        <source>The {what} result layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="127"/>
        <source>The key field '{k}' is not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="131"/>
        <source>The population field '{f}' is not in the baseline layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="136"/>
        <source>The two layers share no numeric field to compare. Are they results of the same analysis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="139"/>
        <source>Comparing the common numeric fields: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="143"/>
        <source>Field(s) {f} are not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="148"/>
        <source>Directions given for fields that are not compared: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="168"/>
        <source>{f}: {d} is better; NULL means {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="169"/>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="169"/>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="170"/>
        <source>neither (direction unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="171"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="171"/>
        <source>not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="172"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="201"/>
        <source>{n} rows: {b} better, {w} worse, {m} mixed, {s} unchanged, {d} without data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="206"/>
        <source>  {f}: {b} better, {w} worse, mean delta {m}{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/compare_scenarios.py" line="209"/>
        <source>, population-weighted {v:+.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="37"/>
        <source>Download walking network from OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="40"/>
        <source>Download the walkable streets and paths of an area from OpenStreetMap (osmnx, online) or read them from an .osm file, as a ready walking network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="44"/>
        <source>Gets the walking network of an area from OpenStreetMap with the osmnx library and writes it in the same form as 'Prepare walking network', ready for every other UrbanPlan analysis.

Area: draw or choose an extent, or give a polygon layer (the union of its polygons is used; it wins over the extent). Online downloads are limited to {km2:g} km² (about 7 x 7 km, a district): larger areas are slow on the public Overpass server. For a whole city download an .osm.pbf extract and use 'Prepare walking network'.

OSM file (optional, offline): an OpenStreetMap XML file (.osm, for example from openstreetmap.org &gt; Export or JOSM) read instead of downloading; an extent or polygon then clips it.

Walkability rule (the same as 'Prepare walking network'): {rule} Outlines of areas (area=yes, closed platforms) are not paths.

Method: every highway way of the area is loaded, the rule removes the ones a pedestrian may not use, chains of street pieces between junctions are merged into one edge, and the result is projected to the local UTM zone, so lengths are in metres (the log names the zone).

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the number of edges, nodes and components, the share of length in the largest component and the total length in km.

Needs the Python package osmnx (Debian/Ubuntu: apt install python3-osmnx) and, without an OSM file, an internet connection. Map data © OpenStreetMap contributors, ODbL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="77"/>
        <source>Area extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="79"/>
        <source>Area polygon(s) (optional, used instead of the extent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="82"/>
        <source>OSM file (.osm XML, optional: read offline instead of downloading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="87"/>
        <source>OpenStreetMap XML (*.osm *.xml *.bz2);;OpenStreetMap PBF (*.pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="90"/>
        <location filename="../algorithms/prepare_walk_network.py" line="78"/>
        <location filename="../core/report.py" line="112"/>
        <location filename="../qgis_io/styles.py" line="589"/>
        <source>Walking network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="91"/>
        <location filename="../algorithms/prepare_walk_network.py" line="79"/>
        <source>Number of edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="92"/>
        <location filename="../algorithms/prepare_walk_network.py" line="80"/>
        <source>Number of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="93"/>
        <location filename="../algorithms/prepare_walk_network.py" line="81"/>
        <source>Connected components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="95"/>
        <location filename="../algorithms/prepare_walk_network.py" line="83"/>
        <source>Share of length in the largest component (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="96"/>
        <location filename="../algorithms/prepare_walk_network.py" line="84"/>
        <location filename="../core/report.py" line="1019"/>
        <source>Total length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="107"/>
        <source>area polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="111"/>
        <source>Both an extent and area polygons were given: the polygons are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="116"/>
        <source>No area given: set 'Area extent' (draw it on the map or use a layer's extent) or choose an 'Area polygon' layer, or give an 'OSM file' to read offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/download_osm_network.py" line="137"/>
        <location filename="../algorithms/prepare_walk_network.py" line="117"/>
        <source>Walking network: {edges} edges, {nodes} nodes, {comp} component(s), {share:.1f}% of the length in the largest, {km:.2f} km in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="82"/>
        <location filename="../core/report.py" line="99"/>
        <source>15-minute city: walking access to daily services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="85"/>
        <source>Walking distance and time from every home (origin) to the nearest service of each category, along the street network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="91"/>
        <source>Answers: who can walk to which daily services within N minutes, along real streets?

Method: origins (homes, buildings, population hexagons) and destinations (schools, clinics, shops, stops, parks) are attached to the nearest point of the nearest street; the walk along that street to either end counts. For each category, one search spreads from all its destinations at once over the network, so a city with 100 000 homes costs no more than one with 100. Points farther than the largest snap distance (default {snap:g} m) are off the network: their results are NULL and the log counts them. Polygons stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m).

Walking speed: default {speed} km/h, the mean adult walking speed in the Highway Capacity Manual (TRB 2010). Older people and children walk slower: give their group fields and, in Group speeds, their speeds (e.g. elderly=3.6) to count them at their own pace in the summary.

Thresholds: THRESHOLD_MIN (default {thr:g} minutes, the 15-minute life circle of the Shanghai, Hangzhou and Fuzhou cases) for every category, or a preset with per-category thresholds in minutes and/or metres (within when every limit holds). With a preset, only its categories are analysed; a preset category gathers the destination categories listed in its 'match'. Shipped presets:
{presets}
Preset file: your own JSON (same layout as resources/presets/walkability.json) or CSV (columns category, minutes, metres, match, weight, source); it replaces PRESET.

Outputs per origin: dist_&lt;category&gt; (m) and time_&lt;category&gt; (min) to the nearest destination, n_within (how many categories are within their threshold) and score. Category names become safe field names (lowercase letters, digits, _); the mapping is in the log. NULL means off the network, or nothing of that category within the search horizon ({h:g} x the threshold), never 0.

Score (0-100): per category 100 within the threshold, falling linearly to 0 at {h:g} x the threshold (score = 100 x (2 - d / D), clipped to 0-100, where d is the walk distance and D the threshold as a distance: metres, or minutes x speed, whichever is shorter); 0 when not reached. The origin's score is the mean over the categories (weighted by the preset's weights). Example: a school 12 min away with a 15-min threshold scores 100; a clinic 20 min away scores 100 x (2 - 20/15) = 67; their mean is 83.

Population: POPULATION_FIELD people per origin (without it, every origin counts 1). GROUP_FIELDS: numeric fields with the number of people of a group per origin (children, elderly...). NULL or negative values stop the run with a message.

Zones: each origin belongs to the zone polygon that contains its point (its point on surface for polygons).

SUMMARY table, per zone (and 'all') x category x group: population, population_within, share_within (0-1), median_time and p90_time (population-weighted walk times in minutes of the people who reach the category within the search horizon; people off the network or beyond it count as not within and are left out of these times; population_reached says how many people they describe). Category 'all_categories' = every category within its threshold; 'any_category' = at least one.

POP_TOTAL: population of all origins. POP_SHARE_ALL_WITHIN: share (0-1) of it that reaches every category within its threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="143"/>
        <location filename="../algorithms/flood_disruption.py" line="161"/>
        <source>Origins (homes, buildings, population grid: points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="146"/>
        <location filename="../algorithms/flood_disruption.py" line="164"/>
        <source>Population field (empty = every origin counts 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="150"/>
        <location filename="../algorithms/flood_disruption.py" line="168"/>
        <source>Population group fields (people per group, e.g. children, elderly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="155"/>
        <location filename="../algorithms/flood_disruption.py" line="173"/>
        <source>Destinations (services: points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="167"/>
        <source>Threshold (minutes, for every category without a preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="170"/>
        <source>Preset (per-category thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="174"/>
        <location filename="../algorithms/flood_disruption.py" line="185"/>
        <location filename="../algorithms/green_space_coverage.py" line="168"/>
        <location filename="../algorithms/sdg_1171.py" line="186"/>
        <location filename="../algorithms/suggest_sites.py" line="134"/>
        <location filename="../algorithms/supply_demand.py" line="126"/>
        <source>Largest distance from a point to the network (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="177"/>
        <source>Zones (districts, subdistricts) for the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="180"/>
        <location filename="../algorithms/flood_exposure.py" line="220"/>
        <location filename="../algorithms/flood_risk.py" line="134"/>
        <location filename="../algorithms/green_space_coverage.py" line="160"/>
        <location filename="../algorithms/report.py" line="121"/>
        <location filename="../algorithms/sdg_1171.py" line="177"/>
        <source>Zone name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="184"/>
        <source>Preset file (JSON or CSV; replaces the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="186"/>
        <source>Preset files (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="188"/>
        <source>Group walking speeds (km/h), e.g. elderly=3.6; children=4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="201"/>
        <source>Walking access per origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="203"/>
        <source>Walking access summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="205"/>
        <location filename="../algorithms/green_space_coverage.py" line="182"/>
        <location filename="../algorithms/sdg_1171.py" line="204"/>
        <location filename="../algorithms/supply_demand.py" line="37"/>
        <source>Total population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="207"/>
        <source>Share of the population within reach of every category (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="210"/>
        <source>Origins farther than the snap distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="231"/>
        <source>Preset: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="240"/>
        <location filename="../algorithms/flood_disruption.py" line="212"/>
        <location filename="../core/report.py" line="593"/>
        <source>origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="250"/>
        <source>The threshold must be more than 0 minutes (got {v:g}); 15 is the 15-minute city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="254"/>
        <location filename="../algorithms/green_space_coverage.py" line="231"/>
        <location filename="../algorithms/sdg_1171.py" line="232"/>
        <location filename="../algorithms/service_area.py" line="151"/>
        <location filename="../algorithms/suggest_sites.py" line="191"/>
        <location filename="../algorithms/supply_demand.py" line="161"/>
        <source>The largest snap distance must be more than 0 m (got {v:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="268"/>
        <location filename="../algorithms/flood_exposure.py" line="253"/>
        <location filename="../algorithms/flood_risk.py" line="195"/>
        <location filename="../algorithms/green_space_coverage.py" line="226"/>
        <location filename="../algorithms/report.py" line="203"/>
        <location filename="../algorithms/sdg_1171.py" line="250"/>
        <source>Zones are given but no zone name field: choose the field that names each zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="281"/>
        <location filename="../algorithms/flood_disruption.py" line="286"/>
        <location filename="../algorithms/flood_exposure.py" line="277"/>
        <location filename="../algorithms/green_space_coverage.py" line="262"/>
        <location filename="../algorithms/sdg_1171.py" line="309"/>
        <location filename="../algorithms/suggest_sites.py" line="206"/>
        <location filename="../algorithms/supply_demand.py" line="175"/>
        <source>population field '{f}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="283"/>
        <location filename="../algorithms/flood_disruption.py" line="288"/>
        <location filename="../qgis_io/publicspace.py" line="232"/>
        <source>group field '{f}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="305"/>
        <source>Categories, thresholds and output fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="315"/>
        <source>The origin fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="335"/>
        <source>The total population is 0, so no share can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="343"/>
        <source>Population: {p:,.0f}. Share within reach of every category: {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/fifteen_minute_city.py" line="350"/>
        <source>  {c}: {s} within; median walk {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="97"/>
        <source>Flood disruption of walking access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="100"/>
        <source>Which streets become impassable on foot in a flood, and who then loses walking access to schools, clinics and other daily services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="105"/>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt; and time_after_&lt;cat&gt; (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (of those within before) and median times; category '(any category)' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="150"/>
        <location filename="../algorithms/flood_exposure.py" line="181"/>
        <location filename="../algorithms/scorecard.py" line="118"/>
        <source>Flood hazard (depth raster in metres, or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="154"/>
        <location filename="../algorithms/flood_exposure.py" line="185"/>
        <source>Depth (m) or depth class field of hazard polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="157"/>
        <source>Streets deeper than this are impassable on foot (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="182"/>
        <source>Threshold (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="188"/>
        <source>Walking access before and after the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="191"/>
        <location filename="../core/report.py" line="934"/>
        <location filename="../core/lenses.py" line="188"/>
        <source>Facilities cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="194"/>
        <source>Access lost: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="197"/>
        <source>Flooded streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="200"/>
        <location filename="../core/report.py" line="929"/>
        <source>People losing access to at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="201"/>
        <source>Origins losing access to at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="202"/>
        <source>Impassable street edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="203"/>
        <source>Length of impassable streets (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="204"/>
        <source>Facilities no origin reaches any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="216"/>
        <location filename="../algorithms/flood_exposure.py" line="244"/>
        <source>The hazard layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="221"/>
        <source>walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="222"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="223"/>
        <source>largest snap distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="225"/>
        <source>The {n} must be more than 0 {u} (got {v:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="248"/>
        <location filename="../algorithms/flood_exposure.py" line="266"/>
        <source>A vector hazard must be polygons with a depth or class field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="258"/>
        <source>The hazard polygons do not overlap the network: every street is dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="263"/>
        <source>Hazard polygons burnt into {r} x {c} cells of {s:g} m where they overlap the network (cell-centre rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="271"/>
        <location filename="../algorithms/flood_exposure.py" line="271"/>
        <source>The hazard must be a raster or polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="276"/>
        <source>{km:.2f} km of the network ({share:.0f}%) lie outside the hazard raster and are treated as dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="311"/>
        <source>Categories and output fields: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="331"/>
        <source>{e} street edge(s) impassable ({km:.2f} km, deeper than {d:g} m); {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="346"/>
        <location filename="../algorithms/flood_exposure.py" line="258"/>
        <location filename="../algorithms/flood_exposure.py" line="260"/>
        <location filename="../algorithms/flood_exposure.py" line="297"/>
        <source>hazard raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="354"/>
        <source>The network cannot be placed in the hazard raster's CRS {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_disruption.py" line="360"/>
        <source>The hazard raster does not overlap the network: every street is dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="61"/>
        <source>Unknown depth class preset '{p}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="64"/>
        <source>Depth classes ({n}): {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="67"/>
        <location filename="../algorithms/flood_risk.py" line="162"/>
        <source>Source: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="135"/>
        <location filename="../core/report.py" line="107"/>
        <source>Flood exposure by depth class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="138"/>
        <source>Which buildings, facilities, roads and people sit in water how deep, per depth class, group and zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="142"/>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_share the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_share for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="188"/>
        <source>Exposure (points: facilities, lines: roads, polygons: buildings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="192"/>
        <location filename="../algorithms/scorecard.py" line="111"/>
        <location filename="../algorithms/supply_demand.py" line="113"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="196"/>
        <source>Population group fields (e.g. elderly, children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="201"/>
        <source>Road class field (lines, e.g. highway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="204"/>
        <source>Spread each polygon's population over its area (population zones, not buildings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="208"/>
        <source>Population raster (people per cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="211"/>
        <source>Depth classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="214"/>
        <source>Depth class file (CSV or JSON; replaces the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="215"/>
        <source>Depth classes (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="217"/>
        <location filename="../algorithms/flood_risk.py" line="131"/>
        <source>Zones for the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="223"/>
        <location filename="../core/lenses.py" line="126"/>
        <source>Flood exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="225"/>
        <source>Flood exposure summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="228"/>
        <source>Exposure features in a flood class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="229"/>
        <source>Exposed population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="230"/>
        <source>Deepest water at an exposure feature (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="231"/>
        <location filename="../core/report.py" line="818"/>
        <location filename="../core/lenses.py" line="182"/>
        <source>Flooded road length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="233"/>
        <source>Exposed population counted on the population raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="241"/>
        <location filename="../algorithms/flood_risk.py" line="175"/>
        <source>exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="261"/>
        <source>Analysis in the hazard raster's CRS {c}; the exposure is reprojected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="269"/>
        <source>hazard polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="282"/>
        <source>ROAD_CLASS_FIELD is used for line exposure only; it is ignored for {k}s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="286"/>
        <source>AREA_WEIGHTED applies to polygons only; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="303"/>
        <source>Hazard polygons burnt into a grid of {c:g} {u} cells ({r} x {k}), cell centre rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="305"/>
        <location filename="../algorithms/flood_extent.py" line="156"/>
        <source>degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="317"/>
        <location filename="../algorithms/flood_exposure.py" line="319"/>
        <location filename="../algorithms/flood_exposure.py" line="322"/>
        <source>population raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="324"/>
        <source>The population raster does not cover the exposure's area; it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="404"/>
        <source>Exposed: {c:,} of {n:,} feature(s) in a flood class; deepest water at an exposure feature {d} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="409"/>
        <source>; exposed population {p:,.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_exposure.py" line="411"/>
        <source>; flooded roads {km:.2f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="38"/>
        <source>Flood extent from a terrain model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="41"/>
        <source>Where water stands, and how deep, for a water level (sea, lake, river) or in closed low spots after heavy rain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="45"/>
        <source>Maps the flooded area and the water depth from a digital terrain model (DEM) when no flood model or official hazard map is at hand (as in Dakar's PING-GIRI programme, which mapped low-lying areas from a terrain model).

Mode 'Water level' (a 'bathtub' model): the sea, a lake or a river stands at WATER_LEVEL metres, in the same vertical datum as the DEM. A cell floods when its ground is strictly below the level; depth = level - ground. With a SOURCE layer (polygons, lines or points of the water body), only cells connected to the source through other cells below the level flood, so a hollow behind a dyke or a ridge stays dry until the level tops the lowest point of the ridge (the sill). Without a SOURCE every cell below the level floods. The source covers the cells whose centre lies inside its polygons, every cell its lines pass through and the cell under each point; source cells without data (a sea masked out of the DEM) carry the water too. Water does not flow, and defences smaller than a cell are not seen: this is a first screening, not a hydraulic model.

Mode 'Ponding': rain that cannot drain collects in closed depressions up to their spill point (waterlogging in low spots). Depressions are filled exactly as the priority-flood algorithm does (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); depth = filled surface - ground, reported where it is deeper than MIN_DEPTH_M (default {min:g} m, the lower bound of InaSAFE's 'low' flood class; shallower dips are mostly DEM noise). Water leaves the DEM at its edges and into nodata cells (they are outlets). The volume is the storage the depressions offer, not a rainfall amount.

CONNECTIVITY: 8 (default) lets water pass between cells that touch at a corner; 4 only through shared edges, which keeps a one-cell-wide diagonal wall watertight.
Nodata cells never flood. A DEM without a CRS is refused. A DEM in degrees (geographic CRS) is handled: each row's cell area is computed on the CRS's ellipsoid. A SOURCE in another CRS is reprojected to the DEM's CRS; the DEM is never resampled.

Output: a GeoTIFF of water depth in metres, nodata where dry (same grid as the DEM). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS and FLOODED_VOLUME_M3 (m³ of water in the flooded cells) are also returned. Use the depth raster as the hazard of urbanplan:floodexposure and urbanplan:flooddisruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="82"/>
        <source>Terrain model (DEM, ground elevation in metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="84"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="85"/>
        <source>Water level (sea, lake or river at a level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="86"/>
        <source>Ponding in closed low spots (fill depressions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="89"/>
        <source>Water level (m, same vertical datum as the DEM; mode 'Water level')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="93"/>
        <source>Water source: sea, lake or river the water comes from (optional; mode 'Water level')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="97"/>
        <source>Connectivity (4 = edges only, 8 = edges and corners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="101"/>
        <source>Minimum ponding depth (m; mode 'Ponding')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="105"/>
        <location filename="../core/report.py" line="781"/>
        <location filename="../qgis_io/styles.py" line="593"/>
        <source>Water depth (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="106"/>
        <source>Flooded area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="107"/>
        <location filename="../core/report.py" line="774"/>
        <source>Maximum water depth (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="108"/>
        <source>Flooded cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="109"/>
        <location filename="../core/report.py" line="776"/>
        <source>Water volume (m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="115"/>
        <source>The terrain model (DEM) could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="119"/>
        <source>CONNECTIVITY must be 4 (cells sharing an edge) or 8 (edges and corners), got {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="129"/>
        <source>The depth raster is written as a GeoTIFF: give an output file ending in .tif (got '{p}').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="133"/>
        <source>Give the WATER_LEVEL in metres (same vertical datum as the DEM), or choose the 'Ponding' mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="137"/>
        <source>Ponding mode: the water level and the water source are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="140"/>
        <source>terrain model (DEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="147"/>
        <source>The DEM is in degrees ({c}): cell areas are computed row by row on its ellipsoid (a = {a:.1f} m, b = {b:.1f} m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="151"/>
        <source>The DEM's horizontal unit is {u:g} m; areas are converted to m². Elevations and WATER_LEVEL are taken as metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="154"/>
        <source>DEM: {r} x {c} cells of {dx:g} x {dy:g} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="156"/>
        <source>CRS units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="164"/>
        <source>water source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="166"/>
        <source>The water source layer has no feature with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="171"/>
        <source>The water source was reprojected from {a} to the DEM's CRS {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="174"/>
        <source>The water source covers {n:,} DEM cell(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_extent.py" line="193"/>
        <source>Flooded: {cells:,} cells, {area:,.0f} m² ({ha:,.2f} ha); maximum depth {d:.2f} m; water volume {v:,.0f} m³.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="66"/>
        <source>Flood risk over return periods (expected annual damage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="69"/>
        <source>Annual chance of getting wet and expected annual damage per building, from depth rasters of several return periods and a depth-damage curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="73"/>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT, damage_rpT. SUMMARY per zone: features, wet count per event, value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="104"/>
        <source>Depth rasters of the events (metres), frequent to rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="107"/>
        <source>Return periods in years, same order (e.g. 10, 50, 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="109"/>
        <source>Buildings (polygons) or facilities (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="113"/>
        <source>Value field (replacement value per feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="117"/>
        <source>Value per m² of footprint (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="120"/>
        <source>Depth-damage curve (JRC 2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="123"/>
        <source>Own depth-damage curve (CSV depth_m,damage_fraction; replaces the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="125"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="127"/>
        <source>Beyond the rarest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="137"/>
        <source>Flood risk per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="140"/>
        <source>Flood risk summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="142"/>
        <source>Expected annual damage, all features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="143"/>
        <location filename="../core/report.py" line="882"/>
        <source>Features wet in at least one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="144"/>
        <location filename="../core/report.py" line="881"/>
        <location filename="../core/report.py" line="896"/>
        <source>Features analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="157"/>
        <source>Unknown damage curve '{c}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="160"/>
        <source>Depth-damage curve: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="169"/>
        <source>HAZARDS must be one or more depth rasters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="182"/>
        <source>Give either a value field or a value per m², not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="187"/>
        <source>A value per m² needs building footprints (polygons); points have no area. Use a value field instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="197"/>
        <source>Events: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="203"/>
        <location filename="../algorithms/flood_risk.py" line="205"/>
        <location filename="../algorithms/flood_risk.py" line="218"/>
        <source>hazard raster '{n}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="230"/>
        <source>No value field or value per m²: damages are reported as fractions of value only (ead_fraction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="285"/>
        <source>{w:,} of {n:,} feature(s) wet in at least one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/flood_risk.py" line="288"/>
        <source>; expected annual damage {e:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="87"/>
        <source>Green space coverage by park size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="90"/>
        <source>Who lives within the service distance of a pocket, neighbourhood or district park; park area per resident; the underserved population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="102"/>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, share_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="131"/>
        <source>Parks and green spaces (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="134"/>
        <source>Park filter (public access, type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="140"/>
        <location filename="../algorithms/sdg_1171.py" line="160"/>
        <source>Population (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="144"/>
        <location filename="../algorithms/sdg_1171.py" line="162"/>
        <location filename="../algorithms/suggest_sites.py" line="105"/>
        <source>Population field (empty = 1 person per feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="148"/>
        <location filename="../algorithms/sdg_1171.py" line="166"/>
        <source>Group fields (sex, age, disability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="151"/>
        <source>Park class preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="154"/>
        <source>Own park classes (replace the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="157"/>
        <location filename="../algorithms/sdg_1171.py" line="175"/>
        <source>Zones for the summary (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="164"/>
        <source>Entrance tolerance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="173"/>
        <source>Population with park coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="176"/>
        <source>Underserved population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="179"/>
        <source>Park coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="183"/>
        <source>Population covered by any park class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="184"/>
        <source>Population not covered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="185"/>
        <location filename="../core/report.py" line="701"/>
        <source>Park area per resident (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="197"/>
        <source>The class table needs {k} values per row: class, minimum area (m²), service distance (m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="202"/>
        <source>Park classes from the table (the preset is not used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="208"/>
        <source>Unknown park class preset '{p}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="210"/>
        <source>Park classes: {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="219"/>
        <source>parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="220"/>
        <location filename="../algorithms/sdg_1171.py" line="220"/>
        <location filename="../algorithms/sdg_1171.py" line="260"/>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="235"/>
        <source>  {l}: parks &gt;= {a:g} m², within {d:g} m [{s}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="313"/>
        <source>off the network (farther than the snap distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="314"/>
        <source>no park of any class within its service distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="315"/>
        <source>no park reachable over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="347"/>
        <source>  {l} within {d:g} m: {p:,.0f} people ({s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="350"/>
        <source>Not covered by any class: {p:,.0f} people ({s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/green_space_coverage.py" line="355"/>
        <source>Park area per resident: {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="31"/>
        <source>Destinations from OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="34"/>
        <source>Schools, clinics, shops, parks, transit stops... from an OSM file, with a category field ready for the 15-minute-city analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="40"/>
        <source>Reads the 'points' and 'multipolygons' layers of an OpenStreetMap file (.osm or .osm.pbf) and gives every feature whose tags match a rule a category.

Rules (resources/presets/osm_categories.json, or your own file in the same layout) are tried in order; the first whose tags all match wins. They read amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop and more. Categories: {cats}. Tag meanings follow the OSM wiki; the grouping into categories is an example to adapt. Transit follows SDG 11.2.1: bus and tram stops are 'transit_low', rail, metro and ferry stops 'transit_high'.

OUTPUT: one point per feature (polygons by their point on surface) with category, osm_id, name, access ('boundary' for parks and other places entered from any side) and the OSM layer. OUTPUT_AREAS (optional): the classified polygons themselves; use them as destinations to reach parks wherever their boundary meets a street.

Then run '15-minute city' with DESTINATIONS = OUTPUT and CATEGORY_FIELD = category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="58"/>
        <source>OpenStreetMap file (.osm, .pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="59"/>
        <source>OpenStreetMap files (*.osm *.pbf *.osm.pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="61"/>
        <source>Tag-to-category rules (JSON; empty = shipped rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="62"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="64"/>
        <source>Destinations (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="66"/>
        <source>Destination areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="69"/>
        <source>Number of destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="80"/>
        <source>No feature of '{p}' matches a destination rule (no school, clinic, shop, park, transit stop...). Check the file, or load rules that fit its tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/osm_destinations.py" line="104"/>
        <source>Destinations per category: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="40"/>
        <source>Prepare walking network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="43"/>
        <source>Turn street lines into a routable walking network with node ids, lengths in metres and connected components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="47"/>
        <source>Builds the walking network every other UrbanPlan analysis uses.

Nodes are made at line ends and wherever lines share a vertex; vertices closer than the snapping tolerance are merged first. Lines are split at the nodes, so each output edge is the stretch of a street between two junctions. Lines that cross without a shared vertex (bridges, tunnels) stay unconnected, as on the ground.

Lengths are in metres in a projected CRS: the target CRS if you give one, the layer's own CRS if it is projected, otherwise the local UTM zone (the log says which).

OSM filter: for layers with a 'highway' field (such as an OSM file's 'lines' layer) only ways a pedestrian may use are kept. {rule}

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the counts of edges, nodes and components, the share of length in the largest component and the total length in km. A disconnected network is reported, never hidden: check the components before analysing access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="65"/>
        <source>Street or path lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="68"/>
        <source>Keep only walkable OpenStreetMap ways (needs a 'highway' field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="71"/>
        <source>Snapping tolerance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="75"/>
        <source>Target CRS (projected; empty = layer CRS or local UTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="89"/>
        <location filename="../algorithms/prepare_walk_network.py" line="93"/>
        <source>street lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="98"/>
        <source>The layer has no 'highway' field, so the OSM filter was not applied: every line is treated as walkable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_walk_network.py" line="104"/>
        <source>No walkable line is left: the layer's features are empty or were all removed by the OSM filter. Untick the OSM filter or choose a street layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="68"/>
        <source>Report (HTML and PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="71"/>
        <source>A report to keep and share: indicator tables, charts and maps of the results, with the method, parameters, presets and versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="75"/>
        <source>Writes a report of one or more UrbanPlan results as an HTML file (one file, charts and maps inside) and a PDF (A4).

RESULTS: the output layers and tables of the analyses (15-minute city, service areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested sites, flood extent, flood exposure, flood risk, flood disruption, the walking network). The analysis is recognised from the layer's fields, so results saved to files can be reported later. Give the SUMMARY tables too: the indicator tables are read from them exactly as the algorithms wrote them.
COMPARISON: the outputs of 'Compare scenarios' (differences and their summary) or of the scenario scorecard; they open the report.

For each analysis the report shows the key numbers, the indicator tables (by category, population group and zone), charts (coverage by category and group, walk time distributions, exposure by depth class, baseline versus scenario), a map drawn through a QGIS print layout (legend, scale bar, north arrow, data attribution), the method (the algorithm's help), the parameters of the run with their defaults, the presets used with their sources, and the result layers. It ends with the versions of QGIS, Python, numpy, scipy, the plugin and the data sources: enough to repeat the run. Parameters are known for results made in this QGIS session, or loaded into the project from Processing (they are kept with the layer in the project).

ZONES and ZONE_FIELD (optional): one page per zone through the layout's atlas (the map follows the zone) with the zone's indicators, computed from the per-feature results (each feature belongs to the zone containing its point on surface).

LAYOUT_TEMPLATE: your own print layout template (.qpt, e.g. with your city's logo), with items whose ids are 'map' (required), 'legend', 'title', 'subtitle', 'scalebar', 'north_arrow' and 'attribution'. Default: resources/layouts/urbanplan_report.qpt.

The report is written in the language of the QGIS interface. The files are written where you choose (a file in a temporary folder is refused: it would be lost), first under temporary names in the same folder and renamed at the end, so a failed run leaves no half-written report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Results (output layers and summary tables of the analyses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="114"/>
        <source>Scenario comparison (differences, comparison summary or scorecard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="118"/>
        <source>Zones: one page per zone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <location filename="../core/report.py" line="1216"/>
        <source>UrbanPlan report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="126"/>
        <source>Subtitle (place, date, scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="127"/>
        <source>Draw maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="130"/>
        <source>Print layout template (.qpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="131"/>
        <source>Layout templates (*.qpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>Report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="138"/>
        <source>Analyses reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="139"/>
        <source>Maps drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="140"/>
        <source>Zone pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="148"/>
        <source>Choose a file for the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="153"/>
        <source>Choose where to save the {what}: a report in a temporary folder is deleted when QGIS closes. Click '…' next to '{label}' and pick a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="167"/>
        <source>The {what} '{v}' does not exist or cannot be opened. Check the path, or run the analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="173"/>
        <source>The {what} '{v}' cannot be opened (invalid layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="180"/>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="182"/>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="184"/>
        <source>The HTML and the PDF need two different file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="193"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="195"/>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="197"/>
        <source>Give at least one result layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="217"/>
        <source>'{n}' is a result of '{a}', not a scenario comparison. Give it under Results; under Scenario comparison give the outputs of 'Compare scenarios' or of the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="226"/>
        <source>{n}: {a} ({o})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="293"/>
        <source>No charts: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="303"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="314"/>
        <source>Report written: {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="316"/>
        <source>PDF written: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="330"/>
        <location filename="../qgis_io/flood_io.py" line="177"/>
        <location filename="../qgis_io/zones.py" line="15"/>
        <source>Zone field '{f}' is not in the zone layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="69"/>
        <location filename="../core/report.py" line="111"/>
        <source>Scenario scorecard (all lenses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="72"/>
        <source>Judge one scenario on walkability, public space and flood at once: one table of indicators, baseline next to scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="77"/>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, change (scenario minus baseline), pct_change and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="102"/>
        <source>Scenario name (stored in the project or the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="105"/>
        <source>Scenario file (JSON; instead of the project's)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="106"/>
        <location filename="../ui/scenario_dock.py" line="526"/>
        <location filename="../ui/scenario_dock.py" line="604"/>
        <source>Scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="115"/>
        <source>Facility category field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="122"/>
        <source>Depth field of hazard polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="124"/>
        <source>Built-up area (polygons, for SDG 11.7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="127"/>
        <location filename="../core/report.py" line="996"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="128"/>
        <source>Analyses run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="129"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="130"/>
        <source>Indicators better in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="131"/>
        <source>Indicators worse in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="154"/>
        <source>The {p} input could not be opened as a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="187"/>
        <source>{a}: skipped, it needs {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="190"/>
        <source>{a}: baseline and {s}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="191"/>
        <source>no scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="230"/>
        <source>{a} failed for the {r} and is left out of the scorecard: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="242"/>
        <source>No analysis could run: give at least the streets and the population, plus facilities, parks or a flood hazard for the lenses you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="261"/>
        <source>Scorecard for {s}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="88"/>
        <location filename="../core/report.py" line="103"/>
        <source>SDG 11.7.1: public space share and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="91"/>
        <source>Share of the built-up area that is open public space and streets, and share of the population within 400 m walk of an open public space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="95"/>
        <source>Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the indicator metadata: 'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities'. It has two parts.

(a) Public space share = (area of open public space + area of streets) / built-up area x 100. Open spaces and streets are each dissolved, so overlaps are counted once, and clipped to the built-up area; where an open space overlaps a street it is counted once in the public space (so the public share can be less than the sum of the open-space and street shares). Street polygons are used as they are; street centre lines become polygons of their width (STREET_WIDTH_FIELD, or DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.

(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the metadata's 400 m walking distance) along the street network of an open public space. An open space is entered at the ENTRANCES points when given, otherwise wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. One search from all entrances at once gives every home's walking distance to the nearest open space. Homes farther than MAX_SNAP_M (default {s:g} m) from the network, or on a piece of network without open space, get NULL and count as not within.

Population: points, or polygons represented by their point on surface (the whole polygon counts as within when that point is; the log warns when polygons are larger than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are numbers of people of that group per feature (women, over_65, disabled); text fields are categories of each feature (sex = F/M) that split its population.

OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "access" IS NULL OR "access" NOT IN ('private','no')), or a minimum area.

Invalid open-space polygons are repaired (make valid) and their ids logged; open spaces outside the built-up area are clipped (logged), but people may still walk to them. Geographic layers are reprojected to the network's local UTM zone (logged).

Outputs: OUTPUT = the population features with dist_open_space_m (NULL when unreachable) and within (1/0, NULL when unreachable); SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, pop_within_pct, median distance, and the areas and shares per zone; ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="137"/>
        <source>Built-up area (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="139"/>
        <source>Open public spaces (parks, squares, playgrounds: polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="142"/>
        <source>Open space filter (public access, minimum area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="145"/>
        <source>Streets (polygons, or centre lines with a width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="149"/>
        <source>Street width field (m, for lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="153"/>
        <source>Default street width (m, for lines without a width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="169"/>
        <location filename="../algorithms/suggest_sites.py" line="122"/>
        <location filename="../core/report.py" line="678"/>
        <source>Walking distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="172"/>
        <source>Open space entrances (points, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="181"/>
        <source>Entrance tolerance: network within this distance of the boundary (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="191"/>
        <source>Population with distance to open space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="194"/>
        <source>SDG 11.7.1 summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="197"/>
        <source>Open space entrances used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="200"/>
        <location filename="../core/lenses.py" line="173"/>
        <source>Open space share of the built-up area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="201"/>
        <location filename="../core/lenses.py" line="174"/>
        <source>Street share of the built-up area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="202"/>
        <location filename="../core/lenses.py" line="175"/>
        <source>Public space share of the built-up area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="203"/>
        <source>Population within the distance of an open space (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="205"/>
        <location filename="../core/report.py" line="617"/>
        <source>Built-up area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="218"/>
        <location filename="../algorithms/sdg_1171.py" line="259"/>
        <source>built-up area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="219"/>
        <source>open spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="226"/>
        <source>The walking distance must be more than 0 m (got {v:g}). SDG 11.7.1 uses 400 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="237"/>
        <location filename="../qgis_io/scenario_inputs.py" line="367"/>
        <source>streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="240"/>
        <source>The street layer has lines but no width: choose a street width field or give a default street width in metres (for example 10 m), or use street polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="244"/>
        <source>No street layer: the street share and the public space share are not computed. SDG 11.7.1 counts streets as public space; add a street layer for the full indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="259"/>
        <source>open space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="262"/>
        <source>The {w} layer is in a geographic CRS ({c}); it is reprojected to {d} for areas and distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="275"/>
        <source>The built-up area layer has no polygon with an area (all geometries are empty or filtered out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="282"/>
        <source>Open space filter kept {n} of {m} feature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="291"/>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/sdg_1171.py" line="389"/>
        <source>SDG 11.7.1 — built-up area {b:,.3f} km²: open space {o}, streets {s}, public space {p}. Population {n:,.0f}, of which {w} within {d:g} m walk of an open public space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="53"/>
        <source>Walking service areas (isochrones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="56"/>
        <source>Areas within 5, 10, 15... minutes' walk of facilities, drawn from the streets actually reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="60"/>
        <source>Draws the area within walking reach of facilities (schools, clinics, stops, shelters) for bands such as 5, 10 and 15 minutes.

Method: facilities attach to the nearest point of the nearest street (within the largest snap distance, default {snap:g} m; farther ones are counted in the log and get no area). The walk spreads along the network; a band of T minutes is a budget of T x speed metres. Every street segment is reached entirely, partly from one or both of its ends, or not at all; the reached stretches are widened by a walkable shoulder on each side (round ends) and merged per band. Nothing is interpolated between streets (no hull, no triangulation), so a river or a railway without a crossing stays outside the area however close it is.

Bands (BANDS): minutes separated by commas, default {bands}. Band mode: nested (0-5, 0-10, 0-15: each band contains the smaller ones) or rings (0-5, 5-10, 10-15: ring areas add up to the largest band).

Walking speed: default {speed} km/h, the mean adult walking speed of the Highway Capacity Manual (TRB 2010); at this speed 5 minutes are 400 m.

Shoulder: default {sh:g} m either side of a reached street, the buffer Oliver, Schuurman and Hall (2007, Int. J. Health Geogr. 6:41) put around line-based network buffers; it stands for the plots and buildings fronting the street. The walk across the shoulder is not counted in the time.

Per facility: one area per facility and band (one bounded search per facility, stopping at the largest band), with facility_id = the facility's feature id. Otherwise the areas of all facilities are dissolved: a place is in the 10-minute band when the nearest facility is within 10 minutes.

Output fields: facility_id (per facility; NULL when dissolved), band_from_min (0 for nested bands), band_min, area_m2. Numbers: LARGEST_BAND_AREA_KM2 (area within the largest band of any facility, dissolved), FACILITIES_USED, FACILITIES_OFF_NETWORK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="95"/>
        <source>Service areas need the Python package shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="101"/>
        <source>Facilities (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="107"/>
        <source>Bands (minutes, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="113"/>
        <source>Largest distance from a facility to the network (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="116"/>
        <source>Walkable shoulder either side of a reached street (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="119"/>
        <source>One area per facility (otherwise dissolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="122"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="123"/>
        <source>Nested (0-5, 0-10, 0-15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="124"/>
        <source>Rings, not overlapping (0-5, 5-10, 10-15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="127"/>
        <location filename="../core/lenses.py" line="99"/>
        <source>Service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="129"/>
        <source>Area within the largest band, all facilities (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="130"/>
        <location filename="../core/lenses.py" line="170"/>
        <source>Facilities on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="132"/>
        <source>Facilities farther than the snap distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="138"/>
        <location filename="../algorithms/supply_demand.py" line="145"/>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="154"/>
        <source>The shoulder must be more than 0 m (got {v:g}); {d:g} m is the usual value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="198"/>
        <source>  {lo:g}-{hi:g} min: {a:.3f} km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/service_area.py" line="200"/>
        <source>{n} facilities on the network; within {b:g} min of any of them: {a:.3f} km².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="67"/>
        <source>Suggest sites for new public spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="70"/>
        <source>Rank K sites (idle plots, parcels, or free locations) by how many people not yet within walking distance they would serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="74"/>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share (% of all people within reach after sites 1..rank, existing facilities included), priority and score. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="103"/>
        <source>Demand: population (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="109"/>
        <source>Existing parks or facilities (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="112"/>
        <source>Candidate sites (idle plots, parcels; empty = free placement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="115"/>
        <source>Candidate priority field (weight, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="119"/>
        <source>Number of sites K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="130"/>
        <source>Entrance tolerance for polygons (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="138"/>
        <source>Free placement: number of candidate locations (0 = 8 x K, at least 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="144"/>
        <location filename="../core/report.py" line="752"/>
        <location filename="../qgis_io/styles.py" line="590"/>
        <source>Suggested sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="146"/>
        <source>Number of sites returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="147"/>
        <source>Population within reach before (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="148"/>
        <source>Population within reach with the new sites (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="149"/>
        <location filename="../core/report.py" line="753"/>
        <source>People newly within reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="171"/>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="173"/>
        <source>existing facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="175"/>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="179"/>
        <source>The walking distance must be more than 0 m (got {v:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="182"/>
        <source>K must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="184"/>
        <source>K = {k} sites were asked for, but the candidate layer has only {n} feature(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="213"/>
        <source>existing facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="219"/>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="224"/>
        <source>The priority field '{f}' has negative values; priorities must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="271"/>
        <source>{n} site(s): people within {d:g} m from {b} to {a} of {t:,.0f} (+{g:,.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/suggest_sites.py" line="277"/>
        <source>  #{r}: +{g:,.0f} people (cumulative {c:,.0f}, {s:.1f}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="63"/>
        <location filename="../core/report.py" line="102"/>
        <source>Supply and demand (two-step floating catchment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="66"/>
        <source>Seats, beds or doctors per 1 000 residents within walking reach, sharing each facility among everyone who can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="70"/>
        <source>Measures how much of a service (school seats, clinic doctors, day-care places) each place can reach on foot, taking into account that a facility is shared by all the residents around it: the two-step floating catchment area method (2SFCA) of Luo and Wang (2003, Environment and Planning B 30: 865-884).

Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' location i, A_i = sum of R_j over the facilities within its catchment. The output gives 1 000 x A_i: supply per 1 000 residents.

Distance decay (optional): 'Gaussian' weights people and facilities inside the catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health &amp; Place 16: 1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used in both steps.

Walks follow the network from the nearest point of the nearest street (snap distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).

Output (the residents' layer with new fields): access_per_1000 (NULL when the location is off the network; 0 when it is on the network but no facility is within the catchment: no supply in reach), n_facilities (facilities within the catchment), nearest_min (walk to the nearest of them). Facilities output: demand (residents in the catchment, weighted with decay), ratio_per_1000 (supply per 1 000 of them; NULL when nobody is within reach), n_locations.

Check: when every location has a facility in reach, the sum of A_i x P_i equals the total supply (supply is shared out, never created). Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (population-weighted), OVERALL_RATIO_PER_1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="103"/>
        <source>Facilities (supply: points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="106"/>
        <source>Supply field (seats, beds, doctors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="110"/>
        <source>Residents (demand: points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="120"/>
        <source>Catchment (minutes of walking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="129"/>
        <source>Distance decay inside the catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="130"/>
        <source>None (original 2SFCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="130"/>
        <source>Gaussian (Dai 2010)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="133"/>
        <location filename="../qgis_io/styles.py" line="579"/>
        <source>Supply per 1 000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="136"/>
        <source>Facilities with their supply-to-demand ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="146"/>
        <source>residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="154"/>
        <source>The catchment must be more than 0 minutes (got {v:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="173"/>
        <source>supply field '{f}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="194"/>
        <source>The residents' fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="220"/>
        <source>Supply {s:,.0f} for {p:,.0f} residents ({r} per 1 000 overall). {sh} of the residents on the network reach a facility within {c:g} min; population-weighted mean {m} per 1 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="100"/>
        <source>Service areas (walking isochrones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="101"/>
        <source>Accessibility heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="104"/>
        <source>Park coverage and park area per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="105"/>
        <source>Suggested sites for new public spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="106"/>
        <source>Flood extent and water depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="108"/>
        <source>Flood risk over several return periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="109"/>
        <source>Walking access lost when streets flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="110"/>
        <source>Baseline versus scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="118"/>
        <source>The report accepts the outputs of the UrbanPlan analyses (15-minute city, service areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested sites, flood extent, flood exposure, flood risk, flood disruption, scenario comparison and scorecard) and the walking network, with their field names as the algorithms wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="408"/>
        <source>Who can walk to which daily services within the threshold, along the street network. Shares are shares of the population of the origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="414"/>
        <location filename="../core/report.py" line="435"/>
        <location filename="../core/report.py" line="478"/>
        <location filename="../core/report.py" line="486"/>
        <location filename="../core/report.py" line="614"/>
        <location filename="../core/report.py" line="639"/>
        <location filename="../core/report.py" line="656"/>
        <location filename="../core/report.py" line="671"/>
        <location filename="../core/report.py" line="696"/>
        <location filename="../core/report.py" line="724"/>
        <location filename="../core/report.py" line="731"/>
        <location filename="../core/report.py" line="1086"/>
        <location filename="../core/report.py" line="1090"/>
        <location filename="../core/report.py" line="1094"/>
        <location filename="../core/report.py" line="1104"/>
        <location filename="../core/lenses.py" line="162"/>
        <location filename="../core/lenses.py" line="176"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="418"/>
        <source>Share of people reaching every category within its threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="421"/>
        <source>Share of people reaching at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="426"/>
        <location filename="../core/lenses.py" line="193"/>
        <source>every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="427"/>
        <source>at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="434"/>
        <source>People within the threshold, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="435"/>
        <location filename="../core/report.py" line="451"/>
        <location filename="../core/report.py" line="496"/>
        <location filename="../core/report.py" line="915"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="436"/>
        <location filename="../core/lenses.py" line="168"/>
        <source>People within the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="437"/>
        <location filename="../core/report.py" line="498"/>
        <location filename="../core/report.py" line="641"/>
        <location filename="../core/report.py" line="645"/>
        <location filename="../core/report.py" line="664"/>
        <source>Share within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="438"/>
        <source>Median walk (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="439"/>
        <source>90th percentile walk (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="450"/>
        <source>Share within the threshold by population group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="451"/>
        <location filename="../core/report.py" line="455"/>
        <location filename="../core/report.py" line="462"/>
        <location filename="../core/report.py" line="634"/>
        <location filename="../core/report.py" line="677"/>
        <location filename="../core/report.py" line="677"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="457"/>
        <source>Share of people within the threshold, by category and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="459"/>
        <location filename="../core/report.py" line="465"/>
        <source>Share within the threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="461"/>
        <source>Share of people within the threshold, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="477"/>
        <location filename="../core/report.py" line="655"/>
        <location filename="../core/report.py" line="723"/>
        <source>By zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="477"/>
        <location filename="../core/report.py" line="655"/>
        <location filename="../core/report.py" line="723"/>
        <location filename="../core/report.py" line="847"/>
        <location filename="../core/report.py" line="1131"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="479"/>
        <location filename="../core/report.py" line="1087"/>
        <source>Every category within reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="480"/>
        <source>At least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="495"/>
        <source>People within the threshold, by category (from the walk times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="497"/>
        <source>Threshold (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="500"/>
        <source>Computed from the walk times of the origin layer with the minute thresholds; give the SUMMARY table for the exact indicators (metre thresholds, groups, zones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="512"/>
        <source>How long people walk: share of the population within t minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="514"/>
        <location filename="../core/report.py" line="567"/>
        <source>Walk time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="515"/>
        <location filename="../core/report.py" line="678"/>
        <source>Share of the population (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="516"/>
        <source>{t:g} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="518"/>
        <source>Mean walkability score (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="531"/>
        <source>The area that can be reached on foot within each time band from the facilities (isochrones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="541"/>
        <source>Area per time band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="541"/>
        <source>Band (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="542"/>
        <location filename="../core/report.py" line="547"/>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="543"/>
        <source>Polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="546"/>
        <source>Area within each time band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="548"/>
        <source>km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="553"/>
        <source>A hexagon grid of walking access: minutes to the nearest destination, opportunities within the threshold and gravity access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="566"/>
        <source>Walk to the nearest destination (cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="567"/>
        <location filename="../core/report.py" line="781"/>
        <source>cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="569"/>
        <source>threshold {t:g} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="576"/>
        <source>Supply per 1 000 residents within a walking catchment (two-step floating catchment area, Luo &amp; Wang 2003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="582"/>
        <location filename="../core/report.py" line="1112"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="586"/>
        <source>Share of residents on the network with a facility in reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="589"/>
        <location filename="../algorithms/supply_demand.py" line="41"/>
        <source>Population-weighted mean supply per 1 000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="592"/>
        <source>Supply per 1 000 residents (origins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="593"/>
        <source>Supply per 1 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="594"/>
        <source>Origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="597"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="598"/>
        <source>Median supply-to-demand ratio per 1 000 at a facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="606"/>
        <source>SDG indicator 11.7.1 as UN-Habitat defines it: (a) the share of the built-up area that is open space for public use (open public space and streets) and (b) the share of the population within 400 m walking distance of an open public space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="615"/>
        <location filename="../core/report.py" line="672"/>
        <source>Population within walking distance of an open public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="619"/>
        <source>Open space share of the built-up area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="621"/>
        <source>Street share of the built-up area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="623"/>
        <source>Public space share of the built-up area (11.7.1 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="625"/>
        <source>Median walking distance to an open space (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="638"/>
        <source>Access by population group (11.7.1 b, disaggregated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="639"/>
        <location filename="../core/report.py" line="835"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="640"/>
        <source>Within walking distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="643"/>
        <source>Share of people within walking distance of an open public space, by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="646"/>
        <location filename="../core/report.py" line="665"/>
        <source>Share within (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="657"/>
        <source>Share within walking distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="658"/>
        <source>Public space share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="661"/>
        <source>Share of people within walking distance of an open public space, by zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="676"/>
        <source>Walking distance to the nearest open public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="679"/>
        <source>{d:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="686"/>
        <source>Which residents have a park of each size class within its service distance along the streets, and how much park area there is per resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="697"/>
        <location filename="../core/report.py" line="732"/>
        <source>People covered by a park of some class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="699"/>
        <source>People not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="706"/>
        <source>People covered, by park class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="707"/>
        <source>Park class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="707"/>
        <source>People covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="708"/>
        <location filename="../core/report.py" line="710"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="709"/>
        <source>Share of people covered, by park class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="711"/>
        <source>Share covered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="725"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="726"/>
        <source>Park m² per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="737"/>
        <source>Underserved origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="742"/>
        <source>Sites ranked by how many people not yet within walking distance each would serve (greedy maximal covering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="752"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="754"/>
        <source>People added, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="755"/>
        <source>Share within reach after this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="758"/>
        <source>People newly within reach, by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="760"/>
        <location filename="../core/report.py" line="761"/>
        <location filename="../core/report.py" line="805"/>
        <location filename="../core/report.py" line="822"/>
        <location filename="../core/report.py" line="924"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="761"/>
        <source>Site (rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="765"/>
        <source>Water depth in metres; cells without water are dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="772"/>
        <source>Flooded area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="779"/>
        <source>Flooded area by water depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="788"/>
        <source>What sits in water how deep: features, people and road length per depth class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="803"/>
        <source>Depth class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="803"/>
        <location filename="../core/report.py" line="820"/>
        <location filename="../core/report.py" line="863"/>
        <location filename="../core/report.py" line="863"/>
        <location filename="../core/report.py" line="956"/>
        <location filename="../core/report.py" line="957"/>
        <location filename="../core/report.py" line="1116"/>
        <location filename="../core/report.py" line="1227"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="805"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="807"/>
        <source>Road length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="808"/>
        <location filename="../core/report.py" line="824"/>
        <location filename="../core/report.py" line="862"/>
        <source>Exposure by depth class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="810"/>
        <location filename="../core/report.py" line="848"/>
        <location filename="../core/report.py" line="853"/>
        <location filename="../core/report.py" line="1097"/>
        <location filename="../core/lenses.py" line="179"/>
        <source>Features in a flood class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="813"/>
        <location filename="../core/report.py" line="836"/>
        <location filename="../core/report.py" line="849"/>
        <location filename="../core/report.py" line="856"/>
        <location filename="../core/report.py" line="1100"/>
        <source>People exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="815"/>
        <source>People displaced (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="835"/>
        <source>People exposed by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="847"/>
        <source>Exposure by zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="868"/>
        <location filename="../core/lenses.py" line="181"/>
        <source>Deepest water at a feature (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="875"/>
        <source>Several return periods combined into the annual chance of getting wet and the expected annual damage (EAD) per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="883"/>
        <location filename="../core/report.py" line="897"/>
        <location filename="../core/report.py" line="1117"/>
        <location filename="../qgis_io/styles.py" line="580"/>
        <source>Expected annual damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="888"/>
        <location filename="../core/report.py" line="892"/>
        <source>Damage per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="888"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="889"/>
        <source>Features wet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="890"/>
        <location filename="../core/report.py" line="893"/>
        <location filename="../core/report.py" line="894"/>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="905"/>
        <source>Walking access before and after the flood closes the streets deeper than the walking limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="914"/>
        <source>People within the threshold before and after the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="915"/>
        <location filename="../core/report.py" line="923"/>
        <location filename="../core/report.py" line="925"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="916"/>
        <location filename="../core/report.py" line="924"/>
        <location filename="../core/report.py" line="925"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="916"/>
        <source>Lose access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="917"/>
        <location filename="../core/lenses.py" line="190"/>
        <source>Share losing access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="921"/>
        <source>People within the threshold: before and after the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="931"/>
        <location filename="../core/lenses.py" line="185"/>
        <source>Origins losing access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="938"/>
        <location filename="../core/lenses.py" line="187"/>
        <source>Impassable streets (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="945"/>
        <source>The same analysis run on the baseline and on the scenario, feature by feature: what gets better (blue) and what gets worse (red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="951"/>
        <location filename="../core/report.py" line="968"/>
        <location filename="../core/report.py" line="1120"/>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="951"/>
        <location filename="../core/report.py" line="968"/>
        <location filename="../core/report.py" line="1122"/>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="951"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <location filename="../ui/styles.py" line="36"/>
        <location filename="../ui/styles.py" line="51"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <location filename="../qgis_io/styles.py" line="447"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="954"/>
        <source>Features: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="955"/>
        <source>Features better and worse off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="965"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="965"/>
        <source>Baseline (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="966"/>
        <source>Scenario (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="967"/>
        <source>Change (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="970"/>
        <source>Population-weighted change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="971"/>
        <source>Baseline versus scenario, per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="976"/>
        <source>Baseline versus scenario (means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="978"/>
        <location filename="../core/report.py" line="980"/>
        <location filename="../core/report.py" line="997"/>
        <location filename="../core/report.py" line="1007"/>
        <location filename="../core/report.py" line="1009"/>
        <location filename="../qgis_io/scenario_inputs.py" line="434"/>
        <location filename="../core/scenarios.py" line="32"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="979"/>
        <location filename="../core/report.py" line="980"/>
        <location filename="../core/report.py" line="998"/>
        <location filename="../core/report.py" line="1008"/>
        <location filename="../core/report.py" line="1009"/>
        <location filename="../ui/scenario_dock.py" line="274"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="985"/>
        <source>One scenario through every lens: each indicator for the baseline and the scenario, and whether the scenario is better or worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="987"/>
        <location filename="../ui/compare_dock.py" line="345"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="987"/>
        <location filename="../ui/compare_dock.py" line="348"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="987"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="996"/>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="996"/>
        <location filename="../core/report.py" line="1152"/>
        <location filename="../core/report.py" line="1222"/>
        <location filename="../ui/compare_dock.py" line="320"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="999"/>
        <location filename="../ui/compare_dock.py" line="323"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1000"/>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1001"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1005"/>
        <source>Baseline versus scenario, per indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1015"/>
        <source>The walking network every analysis walks along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1018"/>
        <source>Street segments (edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1020"/>
        <source>Connected pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1023"/>
        <source>Share of the length in the largest piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1088"/>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1091"/>
        <source>Within walking distance of open space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1095"/>
        <location filename="../qgis_io/styles.py" line="379"/>
        <source>Covered by a park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1105"/>
        <location filename="../core/lenses.py" line="189"/>
        <source>People losing access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1113"/>
        <source>Mean supply per 1 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1151"/>
        <source>Indicators in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1153"/>
        <location filename="../core/report.py" line="1225"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1157"/>
        <source>Indicators by zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1214"/>
        <source>No result to report on: give at least one result layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1219"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1219"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1219"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1220"/>
        <source>Parameters of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1221"/>
        <source>Methods in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1221"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1222"/>
        <source>Presets and their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1223"/>
        <source>Result layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1223"/>
        <source>Software and data versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1224"/>
        <source>Data sources and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1224"/>
        <location filename="../qgis_io/report_maps.py" line="307"/>
        <location filename="../qgis_io/styles.py" line="550"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1225"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1225"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1226"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1226"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1226"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1227"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1227"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1228"/>
        <source>Page {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1228"/>
        <source>The parameters of this run are not known: the layer was not made in this QGIS session or loaded from Processing into this project. Keep the Processing log (History) to document the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report.py" line="1232"/>
        <source>Made with UrbanPlan for QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="22"/>
        <source>The area polygon layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="40"/>
        <source>The area polygon layer has no usable polygon (all geometries are empty). Choose a layer with at least one polygon, or draw an extent instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="45"/>
        <source>The area polygons could not be merged into one area. Repair them (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="48"/>
        <source>Study area: the union of {n} polygon(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="55"/>
        <source>Field '{f}' is not in the {what} layer. Both layers must come from the same analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="67"/>
        <source>The {what} layer has no geometry, so rows can only be paired by a key field: choose one (e.g. the origin id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="87"/>
        <source>Feature {fid} of the {what} layer has no value in the key field '{k}'. Every row needs a key to be paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="95"/>
        <source>Feature {fid} of the {what} layer has no geometry, so it cannot be paired by geometry. Choose a key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="120"/>
        <source>Field '{f}' of the {what} layer holds text ('{v}'); only numeric fields can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="68"/>
        <source>The {what} layer has no point, line or polygon geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="73"/>
        <source>Field(s) {f} not found in the {what} layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="136"/>
        <source>{n} {what} feature(s) have no geometry; they are reported as outside the hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="145"/>
        <location filename="../qgis_io/layers.py" line="102"/>
        <source>The {what} layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="163"/>
        <location filename="../qgis_io/points.py" line="35"/>
        <source>Field '{f}' must hold numbers; some values are text. Choose a numeric field or convert it with the Field calculator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="167"/>
        <source>{n} feature(s) have a negative value in '{f}'. Counts of people and values cannot be negative: fix the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="179"/>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="196"/>
        <source>The zone layer has no polygon with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="206"/>
        <source>A polygon hazard map needs DEPTH_FIELD: the field with the water depth in metres or the depth class of each polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="211"/>
        <source>Field '{f}' is not in the hazard layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="218"/>
        <source>hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="243"/>
        <source>The hazard field '{f}' holds class name(s) that are not in the depth class table: {u}. Use the names {names} (or choose a depth class file with these names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="248"/>
        <source>The hazard layer has no polygon with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="385"/>
        <source>The exposure fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="97"/>
        <source>The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, or leave it empty to use the local UTM zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="114"/>
        <source>The {what} layer is in a geographic CRS ({src}); lengths and areas are computed in {dst} ({desc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="132"/>
        <source>The {name} input could not be opened. Check that the layer or file exists and is a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="138"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="139"/>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="140"/>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="141"/>
        <source>The {name} layer has {got} geometry, but {want} are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="143"/>
        <source>no or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="144"/>
        <location filename="../qgis_io/scenario_inputs.py" line="202"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="146"/>
        <source>The {name} layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="194"/>
        <source>Skipped {n} feature(s) with a null or empty geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="197"/>
        <source>The walkability filter left out {n} feature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="256"/>
        <source>The network layer has no usable edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="273"/>
        <source>Using the prepared walking network as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="30"/>
        <source>Field '{f}' is not in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="40"/>
        <source>{n} feature(s) have no value (NULL) in '{f}'. Fill them in or filter them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="44"/>
        <source>{n} feature(s) have a negative value in '{f}' (first: feature id {fid}). Counts of people or places cannot be negative: fix the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="59"/>
        <source>Field(s) {f} not found in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="83"/>
        <source>{n} feature(s) have no geometry and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="54"/>
        <source>Field(s) {f} not found in the {w} layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="60"/>
        <source>The filter expression for the {w} layer is not valid: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="107"/>
        <source>Field '{f}' must hold numbers; feature id {fid} has '{v}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="112"/>
        <source>{n} feature(s) have no value (NULL) in '{f}' (feature ids {ids}). Fill them in or filter them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="53"/>
        <source>The {what} layer is not valid (the file may have moved or be unreadable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="57"/>
        <source>No {what} was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="66"/>
        <source>The {what} '{p}' could not be opened as a raster: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="69"/>
        <source>The {what} '{p}' could not be opened as a raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="86"/>
        <source>The {what} has no coordinate reference system, so it cannot be placed on the map with the other layers. Assign its CRS (Layer Properties &gt; Source, or Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="149"/>
        <location filename="../qgis_io/rasters.py" line="155"/>
        <source>The {what} has {n} band(s); band {b} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="166"/>
        <source>Reading the {what} failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="169"/>
        <source>Reading the {what} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="198"/>
        <source>The raster layer's provider returned no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="262"/>
        <source>Could not create the GeoTIFF '{p}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="75"/>
        <source>'{name}' is not a result of an UrbanPlan analysis (its fields: {f}). {accepted} Give the output layers (or their summary tables), not the input layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="135"/>
        <source>water depth raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="167"/>
        <source>UrbanPlan plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="196"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="269"/>
        <source>Map data © OpenStreetMap contributors, Open Database License (ODbL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="270"/>
        <source>Data: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="293"/>
        <source>no source given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="368"/>
        <source>The folder for the {what} does not exist: {f}. Create it or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="376"/>
        <source>The {what} cannot be written in {f} ({e}). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="380"/>
        <source>The {what} path {p} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="434"/>
        <source>An image of the report could not be read: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_io.py" line="453"/>
        <source>The PDF could not be started at {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="162"/>
        <source>The report's layout template is missing: {p}. Reinstall the plugin, or give your own template (a .qpt saved from the Layout Manager with a map item whose id is 'map').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="171"/>
        <source>The layout template {p} is not a valid QGIS layout file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="252"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="286"/>
        <source>The layout template could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="289"/>
        <source>The layout template has no map item with the id 'map'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="337"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/report_maps.py" line="371"/>
        <source>The map '{t}' could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="126"/>
        <source>The streets layer '{name}' must hold lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="136"/>
        <source>The streets layer '{name}' has no walkable line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="162"/>
        <source>The change '{label}' has an unknown CRS ({crs}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="198"/>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}. Choose another layer in the Scenario dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="243"/>
        <source>replacement for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="247"/>
        <source>Scenario '{s}' replaces {what} ('{old}', {g1}) with '{new}', which holds {g2}. A replacement must have the same geometry type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="258"/>
        <source>Scenario '{s}' draws changes on the {what}, but its layer '{name}' is a raster. Replace the raster with another one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="305"/>
        <source>Scenario '{s}': the change '{label}' holds {got}, but the {what} layer '{name}' holds {want}. Draw {want} for it, or use another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="328"/>
        <source>{s}: {what}: {a} added, {r} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="374"/>
        <source>replacement streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="377"/>
        <source>Scenario '{s}' replaces the streets with '{name}', which does not hold lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="420"/>
        <source>Scenario '{s}': the street change '{label}' holds {got}; streets are added and closed with lines (draw a line across or along each closed street).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="433"/>
        <source>Walking network [{s}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="473"/>
        <source>{s}: the changes to {roles} do not enter {alg} (none of its inputs is that baseline layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_inputs.py" line="480"/>
        <source>{s}: parameter change(s) {p} do not apply to {alg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="84"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="86"/>
        <source>No layer is set for the {what}. Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="111"/>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?). Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="138"/>
        <source>New streets and footbridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="139"/>
        <source>Closed streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="140"/>
        <source>New facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="141"/>
        <source>Removed facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="142"/>
        <source>New parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="143"/>
        <source>Removed parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="144"/>
        <source>New residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="145"/>
        <source>Removed residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="146"/>
        <source>New buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="147"/>
        <source>Demolished buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="148"/>
        <source>Added flood areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="149"/>
        <source>Protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/scenario_store.py" line="325"/>
        <location filename="../qgis_io/scenario_store.py" line="333"/>
        <source>Scenario: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/shapes.py" line="113"/>
        <source>Could not write a feature to the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="292"/>
        <location filename="../qgis_io/styles.py" line="293"/>
        <location filename="../qgis_io/styles.py" line="482"/>
        <source>{a}–{b} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="294"/>
        <source>{a}–{b} min (threshold: {t} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="296"/>
        <location filename="../qgis_io/styles.py" line="297"/>
        <source>{a}–{b} min: beyond the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="299"/>
        <source>more than {a} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="301"/>
        <source>Not reachable on foot (off the network or too far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="306"/>
        <source>0–25: few services within reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="306"/>
        <source>25–50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="306"/>
        <source>50–75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="307"/>
        <source>75–99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="307"/>
        <source>100: every service within its threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="308"/>
        <location filename="../qgis_io/styles.py" line="380"/>
        <location filename="../qgis_io/styles.py" line="387"/>
        <location filename="../qgis_io/styles.py" line="392"/>
        <source>Not on the street network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="336"/>
        <source>up to {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="338"/>
        <source>0–{b} per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="339"/>
        <location filename="../qgis_io/styles.py" line="406"/>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="346"/>
        <source>per 1 000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="348"/>
        <source>No facility in reach (or off the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="349"/>
        <source>Off the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="376"/>
        <source>Within {d} m of an open public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="377"/>
        <source>Farther than {d} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="379"/>
        <location filename="../qgis_io/styles.py" line="538"/>
        <source>Not covered by any park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="385"/>
        <source>Loses walking access to a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="386"/>
        <source>Keeps its walking access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="391"/>
        <source>Cut off by the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="391"/>
        <source>Still reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="396"/>
        <source>Impassable on foot (water deeper than {d} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="397"/>
        <source>Passable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="405"/>
        <source>Dry, or shallower than the lowest class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="406"/>
        <source>Outside the hazard map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="481"/>
        <source>within {b} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="496"/>
        <source>Other pieces (not connected to the main network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="497"/>
        <source>Main connected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="513"/>
        <source>shallow: under 0.1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="513"/>
        <source>low: 0.1–0.7 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="513"/>
        <source>medium: 0.7–1.5 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="514"/>
        <source>high: more than 1.5 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="537"/>
        <source>Suggested site (number = rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="539"/>
        <source>Open space entrance used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="552"/>
        <source>This zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="575"/>
        <source>Walk time to {what} (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="576"/>
        <source>Walk time to the nearest destination (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="578"/>
        <source>Walkability score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="581"/>
        <source>Walking access to open space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="582"/>
        <source>Park coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="583"/>
        <source>Walking access during the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="584"/>
        <source>Facilities during the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="585"/>
        <source>Streets during the flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="586"/>
        <source>Water depth class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="587"/>
        <source>Change in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="588"/>
        <source>Walking time from the facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="591"/>
        <source>Underserved residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/styles.py" line="592"/>
        <source>Open space entrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="63"/>
        <source>{n} polygon destination(s) are reached through {k} entrance point(s) where their boundary meets the network (within {t:g} m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="154"/>
        <source>Category field '{f}' is not in the destination layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="199"/>
        <source>'{p}' could not be read as an OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="95"/>
        <source>Charts need matplotlib (python3-matplotlib).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="146"/>
        <source>No analysis is installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="240"/>
        <source>Tick at least one scenario to compare with the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="248"/>
        <source>Choose: {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="260"/>
        <source>Running {a}: baseline and {n} scenario(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="271"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="300"/>
        <source>{s}: {b} of {n} places better off{p}, {w} worse off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="303"/>
        <source> ({p:,.0f} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="305"/>
        <source>{s}: +{g:,.0f} m² covered, −{l:,.0f} m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="307"/>
        <source>Done in {t:.1f} s. {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="323"/>
        <source>% change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="358"/>
        <source>Blue = better than the baseline, red = worse. Shares are in %, their change in percentage points (pp); '% change' is relative to the baseline value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="388"/>
        <source>% of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="392"/>
        <source>% change from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="402"/>
        <source>No indicator to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="430"/>
        <source>Comparison: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="438"/>
        <source>Results (baseline and scenarios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="503"/>
        <source>Export indicator table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="504"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="508"/>
        <source>Table written to {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="515"/>
        <source>Save layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="516"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="520"/>
        <source>{n} layer(s) saved to {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="140"/>
        <source>The analysis {a} is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="148"/>
        <source>There is no scenario named '{n}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="157"/>
        <source>UrbanPlan: preparing scenario inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="163"/>
        <source>Preparing the inputs of {n} run(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="201"/>
        <location filename="../ui/compare_runner.py" line="208"/>
        <location filename="../ui/compare_runner.py" line="315"/>
        <location filename="../ui/compare_runner.py" line="375"/>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="205"/>
        <source>Preparing the inputs failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="211"/>
        <source>Inputs ready after {s:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="241"/>
        <source>Running {a} for {n} run(s) in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="282"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="285"/>
        <source>the analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="303"/>
        <source>{n}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="304"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="313"/>
        <source>Analyses done after {s:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="357"/>
        <source>{n}: the comparison failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="362"/>
        <location filename="../ui/compare_runner.py" line="383"/>
        <source>Change – {s} vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="416"/>
        <source>Finished in {s:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="82"/>
        <source>no value (unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="95"/>
        <source>Baseline | scenario, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="104"/>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="108"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="172"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="172"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="122"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="213"/>
        <source>path to a file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="95"/>
        <source>Replace an input with another layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="177"/>
        <source>'{n}' is no longer in the project: choose the layer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="257"/>
        <source>'{n}' is a sketch layer of a scenario; choose a baseline layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="273"/>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="273"/>
        <source>Name of the scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="282"/>
        <source>Scenario '{n}' created. Add changes with 'Add change'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="291"/>
        <source>Rename scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="291"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="320"/>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="321"/>
        <source>Delete scenario '{n}' and its sketch layers? The baseline is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="351"/>
        <location filename="../ui/scenario_dock.py" line="381"/>
        <source>Create or select a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="355"/>
        <source>Choose the baseline layer for '{r}' first (Baseline inputs), so new features get its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="360"/>
        <source>Choose the baseline streets layer first (Baseline inputs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="371"/>
        <source>Draw a short line across each street block you close (or along it). Side streets touched only at a junction stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="374"/>
        <source>Draw the new lines with snapping on: a line connects to a street where one of its vertices lies on it (within 1 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="385"/>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>Replace an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="386"/>
        <source>Which baseline input does the scenario replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="395"/>
        <source>Layer to use instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="399"/>
        <source>{r} replaced by {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="424"/>
        <source>Select a change to draw in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="427"/>
        <source>A replaced input has nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="509"/>
        <source>No example scenario files are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="515"/>
        <source>Load example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="515"/>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="525"/>
        <source>Import scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="533"/>
        <source>Could not read {f}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="542"/>
        <source>The example's layer '{n}' could not be found or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="567"/>
        <source>Loaded {n} scenario(s): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="603"/>
        <source>Export scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="610"/>
        <source>Scenarios written to {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="33"/>
        <source>Newly flooded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="34"/>
        <source>More exposed (deeper water)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="35"/>
        <source>Mixed (better in one respect, worse in another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="37"/>
        <source>Less exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="38"/>
        <source>No longer flooded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="39"/>
        <source>Dry before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="40"/>
        <source>Newly cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="41"/>
        <source>Newly reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="44"/>
        <source>Newly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="45"/>
        <source>No longer covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="47"/>
        <source>Newly unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="48"/>
        <source>Newly affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="49"/>
        <source>Worse access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="50"/>
        <source>Better for some services, worse for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="52"/>
        <source>Better access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="53"/>
        <source>Newly within reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="54"/>
        <source>No longer affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/styles.py" line="55"/>
        <source>Unreachable before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarios.py" line="37"/>
        <source>Streets and paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarios.py" line="38"/>
        <source>Facilities and destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarios.py" line="39"/>
        <source>Parks and open spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarios.py" line="40"/>
        <source>Population (origins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarios.py" line="41"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scenarios.py" line="42"/>
        <source>Flood hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="86"/>
        <source>15-minute city (walk time to services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="86"/>
        <source>15-minute city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="99"/>
        <source>Service areas (isochrones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="107"/>
        <source>SDG 11.7.1 (people near open public space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="107"/>
        <source>SDG 11.7.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="117"/>
        <source>Park coverage and m² per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="126"/>
        <source>Flood exposure (people, buildings, roads in water)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="135"/>
        <source>Flood disruption (access lost when streets flood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="135"/>
        <source>Flood disruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="163"/>
        <source>Share of people reaching every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="164"/>
        <source>Origins off the street network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="165"/>
        <source>Share within the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="166"/>
        <source>Median walk time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="167"/>
        <source>90th percentile walk time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="169"/>
        <source>Area within the largest band (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="171"/>
        <source>Facilities off the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="172"/>
        <source>People within 400 m of open public space (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="177"/>
        <source>People covered by a park (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="178"/>
        <source>People not covered by a park (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="180"/>
        <source>People exposed to flooding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="183"/>
        <source>People exposed (population raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="184"/>
        <source>People losing access to a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="186"/>
        <source>Impassable street segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lenses.py" line="193"/>
        <source>any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="40"/>
        <source>Streets or walking network (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="42"/>
        <source>Population / origins (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="45"/>
        <source>Facilities / destinations (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="48"/>
        <source>Parks and open public spaces (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="50"/>
        <source>Buildings (exposure to flooding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="35"/>
        <source>Total supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="36"/>
        <source>Supply of facilities with residents in their catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="38"/>
        <source>Population with at least one facility in reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="39"/>
        <source>Share of the population (on the network) with a facility in reach (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/supply_demand.py" line="42"/>
        <source>Total supply per 1 000 residents (whole area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="36"/>
        <source>New facilities or shelters (draw points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="37"/>
        <source>Remove facilities (draw on or around them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="38"/>
        <source>New parks (draw polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="39"/>
        <source>Remove parks (draw on them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="40"/>
        <source>New streets, paths or footbridges (draw lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="41"/>
        <source>Close streets (draw a line across each closed block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="42"/>
        <source>New residents (draw points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="43"/>
        <source>New buildings (draw polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="44"/>
        <source>Demolish buildings (draw on them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
