"""Grows the rows of the largest real ACLED export in a folder to ROWS rows: each source row repeated, with a new
event id (the source id and the round, ``BFO123-7``) and every other cell as ACLED wrote it, in the export's own
layout. Optionally also writes the same rows split into PARTS files.

Usage: python3 benchmarks/grow-acled.py ACLED_FOLDER ROWS OUT.csv [SPLIT_FOLDER PARTS]
"""
import csv
import glob
import sys


def main(acled, rows, out, split_folder=None, parts=0):
    sources = glob.glob(acled + "/*.csv")
    if not sources:
        sys.exit("no ACLED CSV files in " + acled)
    source = max(sources, key=lambda f: sum(1 for _ in open(f, encoding="utf-8")))
    with open(source, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        body = [r for r in reader if r and not r[0].startswith("#")]
    key = [h.lower() for h in header].index("event_id_cnty")
    files = [open(out, "w", encoding="utf-8", newline="")]
    files += [open("%s/part-%02d.csv" % (split_folder, i), "w", encoding="utf-8", newline="") for i in range(parts)]
    writers = [csv.writer(f, lineterminator="\n") for f in files]
    for w in writers:
        w.writerow(header)
    for n in range(rows):
        row = list(body[n % len(body)])
        row[key] = "%s-%d" % (row[key], n // len(body))
        writers[0].writerow(row)
        if parts:
            writers[1 + n * parts // rows].writerow(row)
    for f in files:
        f.close()
    print("source rows from %s (%d rows), %d rows generated" % (source.split("/")[-1], len(body), rows))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) not in (3, 5):
        sys.exit(__doc__)
    main(args[0], int(args[1]), args[2], *(args[3:4] + [int(a) for a in args[4:5]]))
