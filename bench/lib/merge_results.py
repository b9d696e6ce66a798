#!/usr/bin/env python3
"""bench/results/latest.md: this run's report, then the last results of the suites it did not run.

    merge_results.py REPORT_MD RESULTS_DIR RUN_SUITES ALL_SUITES

RUN_SUITES and ALL_SUITES are comma-separated suite names (ALL_SUITES in the order of the suites).
For every suite of ALL_SUITES not in RUN_SUITES that has RESULTS_DIR/NAME.md (written by an earlier
run of bench/run.sh), its tables are appended under "Earlier results", with the date, commit and
command of that run, headings one level down. Prints the result to stdout.
"""
import os
import re
import sys


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    report, results, run, everything = argv[1], argv[2], argv[3].split(","), argv[4].split(",")
    with open(report, encoding="utf-8") as f:
        out = f.read().rstrip("\n") + "\n"
    earlier = []
    for name in everything:
        path = os.path.join(results, f"{name}.md")
        if not name or name in run or not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        lines = text.splitlines()
        # The header table's one data row: | Date | Machine | Commit |
        header = next((l for l in lines if l.startswith("| ") and re.match(r"\| \d{4}-\d\d-\d\d", l)), "")
        cells = [c.strip() for c in header.strip("|").split("|")] if header else ["?", "?", "?"]
        command = next((l for l in lines if l.startswith("Command: ")), "Command: ?")
        start = next((i for i, l in enumerate(lines) if l.startswith("## ")), len(lines))
        body = "\n".join(("#" + l if l.startswith("## ") else l) for l in lines[start:]).strip("\n")
        earlier.append(f"## Suite {name}: {cells[0]}, commit {cells[2]}\n\n"
                       f"{command[len('Command: '):]} on {cells[1]}; from bench/results/{name}.md.\n\n{body}\n")
    if earlier:
        out += ("\n# Earlier results of the other suites\n\n"
                "The last results of the suites this run did not include (from bench/results/NAME.md).\n\n"
                + "\n".join(earlier))
    sys.stdout.write(out)


if __name__ == "__main__":
    main(sys.argv)
