"""Reads a GeoParquet file written by sahel-events with geopandas and DuckDB, validates its "geo" metadata against
the specification's JSON schema, and writes it again with geopandas as GeoParquet 1.0.0 and 1.1.0.

Usage: read_with_python.py FILE.parquet SCHEMA.json OUT_DIR; prints one JSON object on standard output.
"""
import json
import sys

import duckdb
import geopandas
import jsonschema
import pyarrow.parquet as pq

path, schema_path, out_dir = sys.argv[1:4]
result = {}

geo = json.loads(pq.read_metadata(path).metadata[b"geo"])
with open(schema_path) as f:
    schema = json.load(f)
result["schema_errors"] = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(geo)]

frame = geopandas.read_parquet(path)
result["crs"] = frame.crs.to_string()
result["rows"] = len(frame)
result["x"] = [None if g is None else g.x for g in frame.geometry]
result["y"] = [None if g is None else g.y for g in frame.geometry]
result["event_id_cnty"] = [None if v is None else str(v) for v in frame["event_id_cnty"]]
result["event_date_type"] = str(frame["event_date"].dtype) if "event_date" in frame else None
result["fatalities_type"] = str(frame["fatalities"].dtype)

con = duckdb.connect()
count, xmin, ymin, xmax, ymax, deaths = con.execute(
    "SELECT count(*), min(bbox.xmin), min(bbox.ymin), max(bbox.xmax), max(bbox.ymax), sum(fatalities) "
    "FROM read_parquet(?)", [path]).fetchone()
result["duckdb"] = {"rows": count, "bbox": [xmin, ymin, xmax, ymax], "fatalities": int(deaths)}
# A filter by date on the DATE column, as analysts write it.
result["duckdb_in_2026"] = con.execute(
    "SELECT count(*) FROM read_parquet(?) WHERE event_date >= DATE '2026-01-01'", [path]).fetchone()[0]

frame.to_parquet(out_dir + "/geopandas-1.0.0.parquet", schema_version="1.0.0")
frame.to_parquet(out_dir + "/geopandas-1.1.0.parquet", schema_version="1.1.0", write_covering_bbox=True)
print(json.dumps(result))
