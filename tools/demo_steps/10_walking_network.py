"""Prepare the São Paulo walking network from the OpenStreetMap extract."""


def run(ctx):
    src = f"{ctx.data / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    res = ctx.run("preparewalknetwork", {"INPUT": src, "OSM_FILTER": True, "SNAP_TOLERANCE": 0.5,
                                         "OUTPUT": ctx.path("sao_paulo_walk_network.gpkg")})
    ctx.results["network"] = res["OUTPUT"]
    print("São Paulo walking network (OpenStreetMap, central 6 x 6 km)")
    print(f"  edges:                 {res['EDGE_COUNT']:>8,}")
    print(f"  nodes:                 {res['NODE_COUNT']:>8,}")
    print(f"  connected components:  {res['COMPONENTS']:>8,}")
    print(f"  largest component:     {100 * res['LARGEST_COMPONENT_SHARE']:>7.1f} % of length")
    print(f"  total length:          {res['TOTAL_LENGTH_KM']:>8.1f} km")
    print(f"  written to {res['OUTPUT']}")
