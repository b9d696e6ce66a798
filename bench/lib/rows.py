#!/usr/bin/env python3
"""Result rows: one JSON object per line, in the file $BENCH_ROWS that bench/run.sh hands each suite.

    {"table": "title", "cells": [["Column", "value"], ...]}   one row of a table
    {"table": "title", "note": "text"}                         a note printed under the table

From bash (see bench_row / bench_note in common.sh):
    rows.py row "Table title" "Column=value" ...
    rows.py note "Table title" "text"
From Python: import rows; print(rows.row("title", [("Column", "value")]))
"""
import json
import sys


def row(table, cells):
    return json.dumps({"table": table, "cells": [[str(c), str(v)] for c, v in cells]}, ensure_ascii=False)


def note(table, text):
    return json.dumps({"table": table, "note": text}, ensure_ascii=False)


def main(argv):
    if len(argv) >= 3 and argv[1] == "row":
        cells = []
        for arg in argv[3:]:
            if "=" not in arg:
                sys.exit(f"rows.py: expected Column=value, got {arg!r}")
            cells.append(arg.split("=", 1))
        print(row(argv[2], cells))
    elif len(argv) == 4 and argv[1] == "note":
        print(note(argv[2], argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
