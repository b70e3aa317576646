"""The raw cells of commune annexes, read by openpyxl, for the consolidation acceptance tests: an
independent reading to recompute totals and counts from, sharing nothing with Phụ lục's reader.

    /usr/bin/python3 test/support/read_communes.py <file-or-folder>...

Prints one JSON array: per file, the locality as the sheet states it ("Đơn vị báo cáo: …"), the
header of the actuals column (the reporting period), and per indicator code the actual as stored
(value and number format), the target as printed and the verdict the commune's own sheet shows.
"""
import json
import os
import sys

from openpyxl import load_workbook

ANNEX_SHEET = "Phụ lục I"
LOCALITY = "Đơn vị báo cáo: "


def read_annex(path):
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book[ANNEX_SHEET]
        locality = period = None
        columns = None
        rows = {}
        for row in sheet.iter_rows():
            values = [cell.value for cell in row]
            if columns is None:
                for value in values:
                    if isinstance(value, str) and value.startswith(LOCALITY):
                        locality = value[len(LOCALITY):].strip()
                if "Mã chỉ tiêu" in values and "% so với KH" in values and "Đánh giá" in values:
                    percent = values.index("% so với KH")
                    columns = {
                        "code": values.index("Mã chỉ tiêu"),
                        "actual": percent - 1,
                        "target": next(i for i, v in enumerate(values) if isinstance(v, str) and v.startswith("Kế hoạch")),
                        "verdict": values.index("Đánh giá"),
                    }
                    period = values[percent - 1]
                continue
            code = values[columns["code"]] if len(values) > columns["code"] else None
            if not isinstance(code, str) or code == "":
                continue
            actual = row[columns["actual"]]
            rows[code] = {
                "value": actual.value,
                "numFmt": getattr(actual, "number_format", None),
                "target": values[columns["target"]],
                "verdict": values[columns["verdict"]],
            }
        return {"file": os.path.basename(path), "locality": locality, "period": period, "rows": rows}
    finally:
        book.close()


def main(args):
    paths = []
    for arg in args:
        if os.path.isdir(arg):
            paths += [os.path.join(arg, n) for n in sorted(os.listdir(arg)) if n.lower().endswith(".xlsx")]
        else:
            paths.append(arg)
    print(json.dumps([read_annex(p) for p in paths], ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
