"""Scenarios: the climate-shelter exercise (real São Paulo streets and people, synthetic shelters
and age groups) — baseline vs 5 and 15 new shelters, through the scorecard and comparescenarios."""
import json


def run(ctx):
    from qgis.core import QgsVectorLayer

    from urbanplan_plugin.core.scenarios.model import ScenarioSet
    from urbanplan_plugin.paths import resource_path
    from urbanplan_plugin.project.scenario_inputs import ScenarioInputs
    from urbanplan_plugin.project.scenario_store import expand_source

    path = resource_path("examples", "barcelona_climate_shelters.json")
    with open(path, encoding="utf-8") as fh:
        sset = ScenarioSet.from_json(fh.read())
    layers = {role: QgsVectorLayer(expand_source(ref.source), ref.name, "ogr")
              for role, ref in sset.baseline.items()}
    params = dict(sset.baseline_params)
    print("Climate shelters (Barcelona case, Shanghai Manual 2025) on São Paulo's streets")
    print(f"  baseline shelters: {layers['facilities'].featureCount()}, residents' hexagons: "
          f"{layers['population'].featureCount()}")
    inputs = ScenarioInputs(sset, layers=layers)
    runs = {}
    for name in ["Baseline"] + sset.names():
        scn = sset.get(name) if name != "Baseline" else None
        fac = inputs.layer("facilities", scn)
        res = ctx.run("fifteenminutecity", {
            "ORIGINS": layers["population"], "POPULATION_FIELD": params["POPULATION_FIELD"],
            "GROUP_FIELDS": params["GROUP_FIELDS"], "DESTINATIONS": fac,
            "CATEGORY_FIELD": params["CATEGORY_FIELD"], "NETWORK": inputs.layer("streets"),
            "PRESET": params["PRESET"], "OUTPUT": ctx.path(f"shelters_{_slug(name)}.gpkg"),
            "SUMMARY": "memory:"})
        shares = {(f["category"], f["pop_group"]): f["pop_within_pct"]
                  for f in res["SUMMARY"].getFeatures() if f["zone"] == "all"}
        runs[name] = (res, shares)
    print(f"  {'':<16}{'older, 10 min':>15}{'older, 5 min':>14}{'children, 10':>14}"
          f"{'children, 5':>13}")
    for name, (_res, sh) in runs.items():
        cells = [sh.get((c, g)) for g in ("pop_65plus", "pop_0_14")
                 for c in ("shelter_10min", "shelter_5min")]
        print(f"  {name:<16}" + "".join(f"{v:>13.1f} %" if v is not None else "      -"
                                         for v in cells))
    print("  Barcelona target: over 90% of the most vulnerable within 10 minutes; everyone "
          "within 5 minutes by 2030.")
    base_out = runs["Baseline"][0]["OUTPUT"]
    for name in sset.names():
        cmp = ctx.run("comparescenarios", {
            "BASELINE": base_out, "SCENARIO": runs[name][0]["OUTPUT"],
            "POPULATION_FIELD": "population",
            "OUTPUT": ctx.path(f"shelters_change_{_slug(name)}.gpkg"), "SUMMARY": "memory:"})
        print(f"  {name}: {cmp['N_BETTER']} of {cmp['N_ROWS']} hexagons better off "
              f"({cmp['POP_BETTER']:,.0f} people), {cmp['N_WORSE']} worse")
    card = ctx.run("scorecard", {
        "SCENARIO": sset.names()[0], "SCENARIO_FILE": path,
        "NETWORK": layers["streets"], "POPULATION": layers["population"],
        "POPULATION_FIELD": "population", "FACILITIES": layers["facilities"],
        "CATEGORY_FIELD": "category", "OUTPUT": ctx.path("scorecard_5_new_shelters.gpkg")})
    print(f"  scorecard ({sset.names()[0]}): {card['N_INDICATORS']} indicators from "
          f"{card['N_ANALYSES']} analyses, {card['N_BETTER']} better, {card['N_WORSE']} worse")
    ctx.results["scenarios"] = json.loads(sset.to_json())


def _slug(name):
    return "".join(c if c.isalnum() else "_" for c in name.lower()).strip("_")
