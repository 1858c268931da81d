"""ACLED CSV to a GeoJSON FeatureCollection with geopandas over pyogrio (GDAL, Arrow): points from the longitude
and latitude columns, every other column a property.

Usage: python3 benchmarks/pyogrio-geojson.py IN.csv OUT.geojson
"""
import sys

import geopandas

source, target = sys.argv[1], sys.argv[2]
frame = geopandas.read_file(source, engine="pyogrio", use_arrow=True, X_POSSIBLE_NAMES="longitude",
                            Y_POSSIBLE_NAMES="latitude", KEEP_GEOM_COLUMNS="NO")
frame.set_crs("OGC:CRS84", allow_override=True).to_file(target, driver="GeoJSON", engine="pyogrio")
