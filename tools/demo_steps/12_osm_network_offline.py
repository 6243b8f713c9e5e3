"""The OpenStreetMap route (downloadosmnetwork) run offline on the shipped Helsinki .osm file."""


def run(ctx):
    osm = ctx.data / "helsinki" / "helsinki_centre_streets.osm"
    from urbanplan_plugin.core.network.osm_download import osmnx_missing
    missing = osmnx_missing()
    if missing:
        print(f"downloadosmnetwork skipped: {missing}")
        return
    res = ctx.run("downloadosmnetwork", {"OSM_FILE": str(osm),
                                         "OUTPUT": ctx.path("helsinki_osm_walk_network.gpkg")})
    print("Helsinki centre walking network from an .osm file (osmnx, offline; "
          "online the same algorithm takes an extent or polygon)")
    print(f"  edges:                 {res['EDGE_COUNT']:>8,}")
    print(f"  nodes:                 {res['NODE_COUNT']:>8,}")
    print(f"  connected components:  {res['COMPONENTS']:>8,}")
    print(f"  largest component:     {100 * res['LARGEST_COMPONENT_SHARE']:>7.1f} % of length")
    print(f"  total length:          {res['TOTAL_LENGTH_KM']:>8.1f} km")
    print(f"  written to {res['OUTPUT']}")
