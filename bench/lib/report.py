#!/usr/bin/env python3
"""Renders the result rows of one run (see rows.py) as markdown.

    report.py ROWS_FILE META_JSON_FILE

META_JSON: {"date", "machine", "commit", "command", "failed": [suite names]}.
Tables appear in the order their first row or note was written; columns in the order first seen.
Cells are padded so that the markdown also reads well in a terminal.
"""
import json
import sys
import unicodedata


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, w):
    return text + " " * (w - width(text))


def escape(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(columns, body):
    cells = [[escape(c) for c in columns]] + [[escape(r.get(c, "")) for c in columns] for r in body]
    widths = [max(3, max(width(row[i]) for row in cells)) for i in range(len(columns))]
    lines = ["| " + " | ".join(pad(v, widths[i]) for i, v in enumerate(cells[0])) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for row in cells[1:]:
        lines.append("| " + " | ".join(pad(v, widths[i]) for i, v in enumerate(row)) + " |")
    return "\n".join(lines)


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    with open(argv[2], encoding="utf-8") as f:
        meta = json.load(f)
    tables = {}  # title -> {"columns": [...], "rows": [...], "notes": [...]}, insertion-ordered
    try:
        with open(argv[1], encoding="utf-8") as f:
            lines = [l for l in f if l.strip()]
    except FileNotFoundError:
        lines = []
    for line in lines:
        item = json.loads(line)
        t = tables.setdefault(item["table"], {"columns": [], "rows": [], "notes": []})
        if "note" in item:
            if item["note"] not in t["notes"]:
                t["notes"].append(item["note"])
            continue
        row = {}
        for column, value in item["cells"]:
            if column not in t["columns"]:
                t["columns"].append(column)
            row[column] = value
        t["rows"].append(row)

    out = ["# Benchmark results", ""]
    out.append(table(["Date", "Machine", "Commit"], [{
        "Date": meta["date"], "Machine": meta["machine"], "Commit": meta["commit"]}]))
    out += ["", f"Command: `{meta['command']}`", ""]
    for title, t in tables.items():
        out += [f"## {title}", ""]
        if t["rows"]:
            out += [table(t["columns"], t["rows"]), ""]
        for n in t["notes"]:
            out += [f"Note: {n}", ""]
    if not tables:
        out += ["No results.", ""]
    if meta.get("failed"):
        out += ["**Failed:** " + ", ".join(meta["failed"]) + " (see the output of bench/run.sh).", ""]
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main(sys.argv)
