"""urbanplan:floodextent through processing.run, on the synthetic terrain of flood_terrain.py."""
import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest import memory_layer  # noqa: E402
from flood_terrain import basin_with_sill, tilted_plane  # noqa: E402


def write_dem(path, dem, grid, crs="EPSG:32723", nodata=None):
    from osgeo import gdal, osr
    gdal.UseExceptions()
    ds = gdal.GetDriverByName("GTiff").Create(str(path), grid.cols, grid.rows, 1,
                                              gdal.GDT_Float32)
    ds.SetGeoTransform(grid.geotransform)
    if crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(dem)
    ds = None
    return str(path)


def read_depth(path):
    from osgeo import gdal
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float64)
    nod = band.GetNoDataValue()
    proj = ds.GetProjection()
    gt = ds.GetGeoTransform()
    return np.where(arr == nod, np.nan, arr), nod, proj, gt


def sea_polygon(grid, crs="EPSG:32723"):
    """The sea of basin_with_sill: columns 0-2 of the grid, as a polygon (optionally in another
    CRS)."""
    x0, y0 = grid.x0, grid.y0
    x1, y1 = x0 + 3 * grid.dx, y0 - grid.rows * grid.dy
    wkt = f"Polygon(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"
    if crs != "EPSG:32723":
        from qgis.core import QgsCoordinateTransform
        g = QgsGeometry.fromWkt(wkt)
        g.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32723"),
                                           QgsCoordinateReferenceSystem(crs),
                                           QgsProject.instance()))
        wkt = g.asWkt()
    return memory_layer("Polygon", crs, [wkt])


def test_tilted_plane_strip(run_alg, tmp_path):
    dem, grid = tilted_plane()
    path = write_dem(tmp_path / "plane.tif", dem, grid)
    before = hashlib.md5(Path(path).read_bytes()).hexdigest()
    out = tmp_path / "depth.tif"
    res = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 2.2, "OUTPUT": str(out)})
    assert res["FLOODED_CELLS"] == 50
    assert res["FLOODED_AREA_M2"] == pytest.approx(5000.0)
    assert res["MAX_DEPTH_M"] == pytest.approx(2.2, abs=1e-6)
    assert res["FLOODED_VOLUME_M3"] == pytest.approx(6000.0, rel=1e-6)
    depth, nodata, proj, gt = read_depth(res["OUTPUT"])
    assert nodata == -9999.0
    assert "32723" in proj or "UTM zone 23S" in proj
    assert gt == pytest.approx(grid.geotransform)
    assert np.isnan(depth[:, 5:]).all() and not np.isnan(depth[:, :5]).any()
    assert depth[0, 1] == pytest.approx(1.7, abs=1e-6)
    assert hashlib.md5(Path(path).read_bytes()).hexdigest() == before  # input untouched


@pytest.mark.parametrize("source_crs", ["EPSG:32723", "EPSG:4326"])
def test_basin_behind_sill_with_sea_source(run_alg, tmp_path, source_crs):
    dem, grid = basin_with_sill()
    path = write_dem(tmp_path / "basin.tif", dem, grid)
    sea = sea_polygon(grid, source_crs)
    low = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 1.5, "SOURCE": sea,
                                  "OUTPUT": str(tmp_path / "low.tif")})
    assert low["FLOODED_CELLS"] == 80  # the basin behind the 2.0 m sill stays dry
    high = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 2.5, "SOURCE": sea,
                                   "CONNECTIVITY": 4, "OUTPUT": str(tmp_path / "high.tif")})
    assert high["FLOODED_CELLS"] == 191
    depth, *_ = read_depth(high["OUTPUT"])
    assert depth[10, 20] == pytest.approx(1.5)
    no_source = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 1.5,
                                        "OUTPUT": str(tmp_path / "all.tif")})
    assert no_source["FLOODED_CELLS"] == 180


def test_river_line_source(run_alg, tmp_path):
    dem, grid = basin_with_sill()
    path = write_dem(tmp_path / "basin.tif", dem, grid)
    x = grid.x0 + 1.5 * grid.dx  # a river line down the middle of column 1
    river = memory_layer("LineString", "EPSG:32723",
                         [f"LineString({x} {grid.y0}, {x} {grid.y0 - grid.rows * grid.dy})"])
    res = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 2.5, "SOURCE": river,
                                  "OUTPUT": str(tmp_path / "d.tif")})
    assert res["FLOODED_CELLS"] == 191


def test_ponding_mode(run_alg, tmp_path):
    dem, grid = basin_with_sill()
    path = write_dem(tmp_path / "basin.tif", dem, grid)
    res = run_alg("floodextent", {"DEM": path, "MODE": 1, "MIN_DEPTH_M": 0.1,
                                  "OUTPUT": str(tmp_path / "pond.tif")})
    assert res["FLOODED_CELLS"] == 100
    assert res["MAX_DEPTH_M"] == pytest.approx(1.0)
    assert res["FLOODED_VOLUME_M3"] == pytest.approx(10000.0)
    depth, *_ = read_depth(res["OUTPUT"])
    assert np.allclose(depth[5:15, 15:25], 1.0)


def test_nodata_cells_never_flood(run_alg, tmp_path):
    dem, grid = tilted_plane()
    dem[:, 0] = -32768.0
    path = write_dem(tmp_path / "holes.tif", dem, grid, nodata=-32768.0)
    res = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 2.2,
                                  "OUTPUT": str(tmp_path / "d.tif")})
    assert res["FLOODED_CELLS"] == 40
    depth, *_ = read_depth(res["OUTPUT"])
    assert np.isnan(depth[:, 0]).all()


def test_geographic_dem_area_on_the_ellipsoid(run_alg, tmp_path):
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    dem, _ = tilted_plane()
    grid = Grid(-46.70, -23.50, 0.001, 0.001, dem.shape[0], dem.shape[1])
    path = write_dem(tmp_path / "geo.tif", dem, grid, crs="EPSG:4326")
    res = run_alg("floodextent", {"DEM": path, "WATER_LEVEL": 2.2,
                                  "OUTPUT": str(tmp_path / "d.tif")})
    assert res["FLOODED_CELLS"] == 50
    # the flooded strip (5 columns x 10 rows) measured by QGIS on the WGS 84 ellipsoid
    x0, y0 = grid.x0, grid.y0
    x1, y1 = x0 + 5 * grid.dx, y0 - 10 * grid.dy
    strip = QgsGeometry.fromWkt(f"Polygon(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, "
                                f"{x0} {y0}))")
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                    QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    assert res["FLOODED_AREA_M2"] == pytest.approx(da.measureArea(strip), rel=1e-4)


@pytest.mark.parametrize("case,message", [
    ("nocrs", "no coordinate reference system"),
    ("nolevel", "WATER_LEVEL"),
    ("connectivity", "CONNECTIVITY"),
    ("format", "GeoTIFF"),
    ("outside", "does not cover"),
])
def test_bad_input(run_alg, tmp_path, case, message):
    dem, grid = tilted_plane()
    path = write_dem(tmp_path / "dem.tif", dem, grid, crs=None if case == "nocrs" else "EPSG:32723")
    params = {"DEM": path, "WATER_LEVEL": 1.0, "OUTPUT": str(tmp_path / "out.tif")}
    if case == "nolevel":
        del params["WATER_LEVEL"]
    elif case == "connectivity":
        params["CONNECTIVITY"] = 6
    elif case == "format":
        params["OUTPUT"] = str(tmp_path / "out.asc")
    elif case == "outside":
        params["SOURCE"] = memory_layer("Point", "EPSG:32723", ["Point(0 0)"])
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("floodextent", params)
    assert not (tmp_path / "out.tif").exists()  # nothing half-written
