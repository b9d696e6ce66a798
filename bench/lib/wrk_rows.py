#!/usr/bin/env python3
"""Turns the wrk measurements of one run into result rows (see rows.py).

    wrk_rows.py TABLE_TITLE CONCURRENCY MANIFEST

MANIFEST: one measured endpoint a line, tab-separated: name, auth, method+path, wrk output file.
The first line is the baseline; every endpoint's throughput is also given as a ratio to it.
"""
import json
import sys

import rows


def ms(us):
    v = us / 1000.0
    if v < 10:
        return f"{v:.2f} ms"
    if v < 100:
        return f"{v:.1f} ms"
    return f"{v:.0f} ms"


def rps(m):
    """Requests per second of a measurement."""
    return m["requests"] / (m["duration_us"] / 1e6) if m["duration_us"] else 0.0


def error_text(m):
    """"0", or the number of errors with their kinds and the first status outside 200-299."""
    total = sum(m["errors"].values())
    if not total:
        return "0"
    detail = ", ".join(f"{k} {v}" for k, v in m["errors"].items() if v)
    first = m.get("first_bad_status") or 0
    return f"{total} ({detail}{f'; first status {first}' if first else ''})"


def read_measurement(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("BENCH_JSON "):
                return json.loads(line[len("BENCH_JSON "):])
    raise SystemExit(f"wrk_rows.py: no BENCH_JSON line in {path}")


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    table, concurrency, manifest = argv[1:]
    entries = []
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                name, auth, endpoint, out = line.rstrip("\n").split("\t")
                entries.append((name, auth, endpoint, read_measurement(out)))
    if not entries:
        sys.exit("wrk_rows.py: nothing measured")

    def rps(m):
        return m["requests"] / (m["duration_us"] / 1e6) if m["duration_us"] else 0.0

    baseline_name = entries[0][0]
    baseline = rps(entries[0][3])
    errors_seen = False
    for name, auth, endpoint, m in entries:
        errors = m["errors"]
        total = sum(errors.values())
        if total:
            errors_seen = True
            detail = ", ".join(f"{k} {v}" for k, v in errors.items() if v)
            error_text = f"{total} ({detail})"
        else:
            error_text = "0"
        ratio = rps(m) / baseline if baseline else 0.0
        print(rows.row(table, [
            ("Benchmark", name),
            ("Endpoint", endpoint),
            ("Auth", auth),
            ("Concurrency", concurrency),
            ("Requests/s", f"{rps(m):,.0f}"),
            ("p50", ms(m["p50_us"])),
            ("p95", ms(m["p95_us"])),
            ("p99", ms(m["p99_us"])),
            ("Errors", error_text),
            (f"Throughput vs {baseline_name}", f"{ratio:.2f}"),
        ]))
    if errors_seen:
        print(rows.note(table, "Some requests failed (Errors column): their numbers are not comparable."))


if __name__ == "__main__":
    main(sys.argv)
