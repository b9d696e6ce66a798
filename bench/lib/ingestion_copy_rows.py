#!/usr/bin/env python3
"""The rows of the demo departments' files as one UTF-8 file for PostgreSQL's COPY (suite "ingestion").

    ingestion_copy_rows.py DEPARTMENTS_DIR BATCHES_JSON OUT_FILE SUMMARY_JSON

DEPARTMENTS_DIR is $CREDIT_DATA_DIR/demo/departments (the files the demo queued); BATCHES_JSON the
platform's GET /api/v1/ingest/batches answer ({"items": [...]}: fileName, kind, rows per batch).
Reads every file as the platform does (CSV: UTF-8 with or without BOM, else GBK read as GB18030;
delimiter from the header line; XLSX: the first sheet, date cells as ISO dates) and writes one line
per data row, skipping the header and blank rows as the platform does, in COPY's text format (tab
separated, backslash escapes):

    file, kind, row_number, cells      (cells: the whole row as a compact JSON array of its texts)

Checks that every file gives exactly the batch's number of rows (the platform's "rows", messy rows
included; where the platform counted an XLSX sheet's header row as a data row, that row is written
too and the file is marked "header_as_row") and writes per-file counts and the totals to SUMMARY_JSON. Exits 1 on a mismatch.
No third-party modules: XLSX is read with zipfile and ElementTree.
"""
import csv
import datetime
import io
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
BUILTIN_DATE_FORMATS = set(range(14, 23)) | {45, 46, 47}


def csv_rows(content):
    if content.startswith(b"\xef\xbb\xbf"):
        text = content[3:].decode("utf-8")
    else:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            text = content.decode("gb18030")
    first = text.split("\n", 1)[0]
    delimiter = ","
    most = first.count(",")
    for candidate in ("\t", ";"):
        if first.count(candidate) > most:
            delimiter, most = candidate, first.count(candidate)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = None
    number = 0
    for cells in reader:
        number += 1
        if not cells:  # an empty line (commons-csv ignores them and does not count them)
            number -= 1
            continue
        if header is None:
            header = cells
            continue
        if all(not c.strip() for c in cells):
            continue
        yield number, cells


def copy_text(value):
    """A value in COPY's text format."""
    return (str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def number_text(raw):
    value = float(raw)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def xlsx_rows(content, header_row):
    """The data rows of the first sheet; header_row[0] is set to (row number, cells) of the header."""
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        names = set(z.namelist())
        strings = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si"):
                strings.append("".join(t.text or "" for t in si.iter(NS + "t")))
        date_styles = set()
        if "xl/styles.xml" in names:
            styles = ET.fromstring(z.read("xl/styles.xml"))
            custom_dates = set()
            for fmt in styles.iter(NS + "numFmt"):
                code = re.sub(r'"[^"]*"|\[[^\]]*\]', "", fmt.get("formatCode", "")).lower()
                if re.search(r"[yd]", code):
                    custom_dates.add(int(fmt.get("numFmtId")))
            xfs = styles.find(NS + "cellXfs")
            for i, xf in enumerate(xfs if xfs is not None else []):
                fmt_id = int(xf.get("numFmtId", "0"))
                if fmt_id in BUILTIN_DATE_FORMATS or fmt_id in custom_dates:
                    date_styles.add(i)
        # The first sheet of the workbook.
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        first = workbook.find(NS + "sheets")[0]
        rel_id = first.get(REL_NS + "id")
        target = "worksheets/sheet1.xml"
        if "xl/_rels/workbook.xml.rels" in names:
            for rel in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")):
                if rel.get("Id") == rel_id:
                    target = rel.get("Target").lstrip("/")
        path = target if target.startswith("xl/") else "xl/" + target
        header = None
        with z.open(path) as sheet:
            for _, element in ET.iterparse(sheet):
                if element.tag != NS + "row":
                    continue
                cells = []
                for c in element.iter(NS + "c"):
                    ref = c.get("r")
                    column = column_index(ref) if ref else len(cells)
                    while len(cells) < column:
                        cells.append("")
                    kind = c.get("t")
                    v = c.find(NS + "v")
                    if kind == "inlineStr":
                        value = "".join(t.text or "" for t in c.iter(NS + "t"))
                    elif kind == "s":
                        value = strings[int(v.text)] if v is not None else ""
                    elif kind in ("str", "b", "e"):
                        value = v.text or "" if v is not None else ""
                    elif v is not None and v.text is not None:
                        if int(c.get("s", "0")) in date_styles:
                            value = (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(v.text)))).isoformat()
                        else:
                            value = number_text(v.text)
                    else:
                        value = ""
                    cells.append(value)
                row_number = int(element.get("r")) if element.get("r") else None
                element.clear()
                if all(not c.strip() for c in cells):
                    continue
                if header is None:
                    header = cells
                    header_row[0] = (row_number, cells)
                    continue
                yield row_number, cells


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    directory, batches_json, out_file, summary_json = argv[1:]
    with open(batches_json, encoding="utf-8") as f:
        batches = [b for b in json.load(f)["items"] if b.get("channel") == "FILE"]
    by_file = {}
    for b in batches:
        by_file.setdefault(b["fileName"], []).append(b)
    files = []
    total = 0
    mismatches = []
    with open(out_file, "w", encoding="utf-8", newline="") as out:
        def write(values):
            out.write("\t".join(copy_text(v) for v in values) + "\n")
        for name in sorted(by_file):
            batch = by_file[name][0]
            with open(os.path.join(directory, name), "rb") as f:
                content = f.read()
            xlsx = name.lower().endswith(".xlsx")
            header_row = [None]
            rows = xlsx_rows(content, header_row) if xlsx else csv_rows(content)
            count = 0
            for number, cells in rows:
                write([name, batch["kind"], number, json.dumps(cells, ensure_ascii=False, separators=(",", ":"))])
                count += 1
            header_as_row = False
            if xlsx and count == batch["rows"] - 1 and header_row[0] is not None:
                # The platform reads an XLSX sheet's header row once more as data row 1 (and quarantines
                # it): load it too, so that COPY gets exactly the rows the platform counted.
                number, cells = header_row[0]
                write([name, batch["kind"], number, json.dumps(cells, ensure_ascii=False, separators=(",", ":"))])
                count += 1
                header_as_row = True
            total += count
            files.append({"file": name, "kind": batch["kind"], "rows": count, "batch_rows": batch["rows"],
                          "bytes": len(content), "header_as_row": header_as_row})
            if count != batch["rows"]:
                mismatches.append(f"{name}: {count} rows here, {batch['rows']} in batch {batch['id']}")
    summary = {"files": files, "rows": total, "batch_rows": sum(b["rows"] for b in batches),
               "copy_bytes": os.path.getsize(out_file), "file_bytes": sum(f["bytes"] for f in files),
               "mismatches": mismatches}
    with open(summary_json, "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    if mismatches:
        for m in mismatches:
            print(f"ingestion_copy_rows.py: {m}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
