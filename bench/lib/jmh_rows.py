#!/usr/bin/env python3
"""Turns JMH's JSON result file (-rf json -rff FILE) into result rows (see rows.py).

    jmh_rows.py JMH_RESULT.json
"""
import json
import sys

import rows

SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0, "min": 60.0}
MODES = {"avgt": "average time", "thrpt": "throughput", "sample": "sampled time", "ss": "single shot"}


def num(v):
    if v != v:  # NaN (JMH writes "NaN" when there are too few iterations for an error)
        return "n/a"
    a = abs(v)
    if a >= 100:
        return f"{v:,.0f}"
    if a >= 10:
        return f"{v:.1f}"
    if a >= 1:
        return f"{v:.2f}"
    return f"{v:.3g}"


def ops_per_second(score, unit):
    """Operations per second from a score in e.g. 'ns/op' or 'ops/ms'."""
    try:
        if unit.endswith("/op"):
            return 1.0 / (score * SECONDS[unit[:-3]])
        if unit.startswith("ops/"):
            return score / SECONDS[unit[4:]]
    except (KeyError, ZeroDivisionError):
        pass
    return None


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        results = json.load(f)
    if not results:
        sys.exit("jmh_rows.py: no results in " + argv[1])
    first = results[0]
    table = (f"JMH {first.get('jmhVersion', '')} (in-process, {first.get('vmName', 'JVM')} "
             f"{first.get('jdkVersion', '')}; {first.get('forks')} fork, "
             f"warm-up {first.get('warmupIterations')} × {first.get('warmupTime')}, "
             f"measurement {first.get('measurementIterations')} × {first.get('measurementTime')}, "
             f"{first.get('threads')} thread)")
    for r in results:
        name = r["benchmark"]
        short = ".".join(name.split(".")[-2:])
        params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
        pm = r["primaryMetric"]
        score, error, unit = pm["score"], pm.get("scoreError", float("nan")), pm["scoreUnit"]
        if isinstance(error, str):
            error = float("nan")
        per_second = ops_per_second(score, unit)
        print(rows.row(table, [
            ("Benchmark", short),
            ("Params", params or "-"),
            ("Mode", MODES.get(r.get("mode"), r.get("mode"))),
            ("Score", num(score)),
            ("± Error (99.9%)", num(error)),
            ("Unit", unit),
            ("Ops/s", f"{per_second:,.0f}" if per_second is not None else "-"),
        ]))


if __name__ == "__main__":
    main(sys.argv)
