"""The plain openpyxl comparison for `npm run bench` (consolidate-*.bench.ts): reads the same commune
annexes as `phuluc consolidate` and adds up each indicator's actuals. Read-only, values only, the way
a short hand-written consolidation script would do it. Run with Debian's python3-openpyxl:

    /usr/bin/python3 test/bench/consolidate_openpyxl.py <folder>

Prints one JSON line: files read, indicators summed, seconds spent (interpreter start excluded) and
peak memory (ru_maxrss, KB).
"""
import json
import os
import resource
import sys
import time

from openpyxl import load_workbook

MODEL_SHEET = "PhuLuc_MoHinh"
ANNEX_SHEET = "Phụ lục I"


def read_annex(path):
    """The plan (with the commune's own targets) and each indicator code's actual."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        model = book[MODEL_SHEET]
        chunks = [row[1] for row in model.iter_rows(values_only=True) if row and row[0] == "plan"]
        plan = json.loads("".join(chunks))
        actuals = {}
        code_col = actual_col = None
        for row in book[ANNEX_SHEET].iter_rows(values_only=True):
            if code_col is None:
                if row and "Mã chỉ tiêu" in row and "% so với KH" in row:
                    code_col = row.index("Mã chỉ tiêu")
                    actual_col = row.index("% so với KH") - 1
                continue
            if len(row) > code_col and row[code_col]:
                actuals[row[code_col]] = row[actual_col]
        return plan, actuals
    finally:
        book.close()


def main(folder):
    start = time.perf_counter()
    names = sorted(name for name in os.listdir(folder) if name.lower().endswith(".xlsx"))
    totals = {}
    for name in names:
        _plan, actuals = read_annex(os.path.join(folder, name))
        for code, value in actuals.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                totals[code] = totals.get(code, 0) + value
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"files": len(names), "indicators": len(totals), "seconds": seconds, "peakRssKb": peak}))


if __name__ == "__main__":
    main(sys.argv[1])
