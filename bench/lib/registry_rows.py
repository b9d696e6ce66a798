#!/usr/bin/env python3
"""Turns the wrk measurements of suite "registry" into result rows (see rows.py).

    registry_rows.py TABLE_TITLE CONCURRENCY MANIFEST LIMIT_MS

MANIFEST: one measurement a line, tab-separated: name, request, mix, required (yes/no), wrk output.
The first line is the baseline (exact-code): every line also gets its throughput and its p95 as a
ratio to the baseline's. A required line gets "pass" or "FAIL" for p95 < LIMIT_MS; the others show
the same check in parentheses, for information.

Exit status 3 when a measurement saw errors (connect/read/write/timeout, or any response outside
200-299): the rows are still printed.
"""
import sys

import rows
from wrk_rows import ms, read_measurement


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    table, concurrency, manifest, limit = argv[1], argv[2], argv[3], float(argv[4])
    entries = []
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                name, request, mix, required, out = line.rstrip("\n").split("\t")
                entries.append((name, request, mix, required == "yes", read_measurement(out)))
    if not entries:
        sys.exit("registry_rows.py: nothing measured")

    def rps(m):
        return m["requests"] / (m["duration_us"] / 1e6) if m["duration_us"] else 0.0

    base_name, base = entries[0][0], entries[0][4]
    errors_seen = False
    for name, request, mix, required, m in entries:
        errors = m["errors"]
        total = sum(errors.values())
        if total:
            errors_seen = True
            detail = ", ".join(f"{k} {v}" for k, v in errors.items() if v)
            first = m.get("first_bad_status") or 0
            error_text = f"{total} ({detail}{f'; first status {first}' if first else ''})"
        else:
            error_text = "0"
        ok = m["p95_us"] < limit * 1000
        verdict = "pass" if ok else "FAIL"
        if name == base_name:
            verdict = "-"
        elif not required:
            verdict = f"({verdict})"
        print(rows.row(table, [
            ("Benchmark", name),
            ("Request", request),
            ("Mix", mix),
            ("Concurrency", concurrency),
            ("Requests/s", f"{rps(m):,.0f}"),
            ("p50", ms(m["p50_us"])),
            ("p95", ms(m["p95_us"])),
            ("p99", ms(m["p99_us"])),
            ("Errors", error_text),
            (f"Throughput vs {base_name}", f"{rps(m) / rps(base):.2f}" if rps(base) else "-"),
            (f"p95 vs {base_name}", f"{m['p95_us'] / base['p95_us']:.1f}×" if base["p95_us"] else "-"),
            (f"p95 < {limit:g} ms", verdict),
        ]))
    if errors_seen:
        print(rows.note(table, "Some requests failed (Errors column): the run counts as failed, and its "
                               "numbers are not comparable."))
    sys.exit(3 if errors_seen else 0)


if __name__ == "__main__":
    main(sys.argv)
