"""ACLED CSV to newline-delimited GeoJSON features with DuckDB, as a data engineer would write it: read_csv, then
COPY of Feature structs (a Point from longitude and latitude, every other column a property) as JSON lines. Uses
every core; checks nothing.

Usage: python3 benchmarks/duckdb-geojson.py IN.csv OUT.geojsonl
"""
import sys

import duckdb

source, target = sys.argv[1], sys.argv[2]
con = duckdb.connect()
columns = [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_csv(?)", [source]).fetchall()]
properties = ", ".join("'%s': \"%s\"" % (c, c) for c in columns if c not in ("latitude", "longitude"))
con.execute("""COPY (SELECT 'Feature' AS type,
    {'type': 'Point', 'coordinates': [longitude, latitude]} AS geometry,
    {%s} AS properties
  FROM read_csv('%s')) TO '%s' (FORMAT json)""" % (properties, source.replace("'", "''"),
                                                     target.replace("'", "''")))
