#!/usr/bin/env python3
"""Turns the wrk measurements of suite "public" into result rows (see rows.py).

    public_rows.py TABLE_TITLE CONCURRENCY MANIFEST

MANIFEST: one measurement a line, tab-separated: name, request, mix, requirement, wrk output. The
first line is the baseline (ping): every line also gets its throughput as a ratio to it. The
requirement is "-" (none), "p95<50" or "p99<30" (a percentile under a limit in ms: "pass"/"FAIL"),
or the same in parentheses, "(p95<50)", checked for information only.

Exit status 3 when a measurement saw errors (connect/read/write/timeout, or any response outside
200-299, e.g. 429 from the fair-use limit): the rows are still printed.

    public_rows.py setup TABLE_TITLE LOAD_JSON DATASET_JSON MIX_JSON CITY_LOAD DATA_DIR

The set-up table: the data (DATASET_JSON, counted in the database), how the records were loaded
(LOAD_JSON of bench/lib/public_ingest.py summary), the mixes (MIX_JSON of bench/lib/public_mix.py).
"""
import json
import os
import re
import sys

import rows
from wrk_rows import error_text, ms, read_measurement, rps


KIND_NAMES = {"ANNUAL_REPORT": "annual reports", "LICENCE": "licences", "INSPECTION": "inspections",
              "PENALTY": "penalties"}


def kinds_text(kinds):
    return ", ".join(f"{KIND_NAMES.get(k, k)} {v:,}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))


def setup(table, load, data, mix, city_load, data_dir):
    out = []

    def item(name, value):
        out.append(rows.row(table, [("Item", name), ("Value", value)]))

    entities, records = data["entities"], data["records"]
    item("Entities (registry)", f"{entities:,} (demo city, seed 360481)")
    item("Demo city load (--demo: generation, COPY, indexes, VACUUM ANALYZE)", city_load)
    item("Credit records (current, counted in the database)",
         f"{records:,} = {records / entities:.2f} per entity: {kinds_text(data['kinds'])}; "
         f"{data['entities_with_records']:,} entities ({data['entities_with_records'] / entities * 100:.0f} %) have records")
    if load:
        earlier = " (at an earlier run: reused data directory)" if load.get("earlier") else ""
        item("Record files (bench/lib/public_records.py, from the live codes)",
             f"{load['files']} CSV files, {load['bytes'] / 1048576:,.0f} MiB, {load['generated']:,} rows, "
             f"written in {load['generation_seconds']:.0f} s (seed {load['seed']}, dates up to {load['today']}){earlier}")
        item("Uploads (POST /api/v1/ingest/batches, X-Api-Key, one after the other)",
             f"{load['batches']} batches in {load['upload_seconds']:.0f} s, every one 202")
        codes = ", ".join(f"{c} {n}" for c, n in sorted(load["error_codes"].items(), key=lambda kv: -kv[1]))
        item("Ingestion (batches API)",
             f"{load['rows']:,} rows: {load['accepted']:,} accepted, {load['duplicates']:,} duplicates, "
             f"{load['quarantined']:,} quarantined{f' ({codes})' if codes else ''}, {load['flagged']:,} flagged")
        item("Record load (platform: first batch startedAt → last finishedAt)",
             f"{load['window_seconds']:.0f} s, {load['records_per_second']:,} records/s; all batches COMPLETED "
             f"{load['until_completed_seconds']:.0f} s and every event publication handled (credit-file flags, "
             f"change feed) {load['until_handled_seconds']:.0f} s after the first upload{earlier}")
    else:
        item("Record load", "at an earlier run (reused data directory; its numbers were not kept)")
    item("Data directory", data_dir)
    search = mix["search"]
    parts = []
    for part, label in (("search-code", "codes"), ("search-2", "2-character fragments"),
                        ("search-3", "3-character fragments")):
        classes = ", ".join(f"{k} {v}" for k, v in search[part]["classes"].items() if k != "code")
        parts.append(f"{search[part]['count']} {label}{f' ({classes})' if classes else ''}")
    item("Search mix (search)", "; ".join(parts) + " — the registry-search suite's mixes (bench/lib/registry_mix.py)")
    r = mix["reports"]
    item("Report mix (report)",
         f"{r['count']} codes: {r['with_records']} of entities with records, {r['without']} without; their "
         f"{r['records_stored']:,} current records, {r['records_shown']:,} shown (at most {r['max_records']} "
         f"an entity); penalties {r['penalties_stored']:,} stored, {r['penalties_shown']:,} shown by the "
         f"publicity rules")
    slow = ", ".join(f"{s['q']} {s['first_ms']:.0f} ms" for part in search.values() for s in part["slowest_first"][:1])
    slow_reports = ", ".join(f"{x['code']} ({x['records']} records) {x['first_ms']:.0f} ms" for x in r["slowest_first"])
    item("One request each in the set-up (no load)",
         f"reports: median {r['median_first_ms']:.0f} ms, slowest {slow_reports}; slowest searches {slow}")
    print("\n".join(out))


def main(argv):
    if len(argv) == 8 and argv[1] == "setup":
        load = json.load(open(argv[3], encoding="utf-8")) if argv[3] and os.path.exists(argv[3]) else None
        setup(argv[2], load, json.load(open(argv[4], encoding="utf-8")), json.load(open(argv[5], encoding="utf-8")),
              argv[6], argv[7])
        return
    if len(argv) != 4:
        sys.exit(__doc__)
    table, concurrency, manifest = argv[1:]
    entries = []
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                name, request, mix, requirement, out = line.rstrip("\n").split("\t")
                entries.append((name, request, mix, requirement, read_measurement(out)))
    if not entries:
        sys.exit("public_rows.py: nothing measured")

    base_name, base = entries[0][0], entries[0][4]
    errors_seen = False
    for name, request, mix, requirement, m in entries:
        errors_seen = errors_seen or sum(m["errors"].values()) > 0
        required, verdict = "-", "-"
        spec = re.fullmatch(r"(\()?(p95|p99)<([0-9.]+)\)?", requirement)
        if spec:
            informative, percentile, limit = spec.group(1), spec.group(2), float(spec.group(3))
            ok = m[f"{percentile}_us"] < limit * 1000
            required = f"{percentile} < {limit:g} ms"
            verdict = "pass" if ok else "FAIL"
            if informative:
                required, verdict = f"({required})", f"({verdict})"
        print(rows.row(table, [
            ("Benchmark", name),
            ("Request", request),
            ("Mix", mix),
            ("Concurrency", concurrency),
            ("Requests/s", f"{rps(m):,.0f}"),
            ("p50", ms(m["p50_us"])),
            ("p95", ms(m["p95_us"])),
            ("p99", ms(m["p99_us"])),
            ("Errors", error_text(m)),
            (f"Throughput vs {base_name}", f"{rps(m) / rps(base):.2f}" if rps(base) else "-"),
            ("Requirement", required),
            ("Result", verdict),
        ]))
    if errors_seen:
        print(rows.note(table, "Some requests failed (Errors column): the run counts as failed, and its "
                               "numbers are not comparable."))
    sys.exit(3 if errors_seen else 0)


if __name__ == "__main__":
    main(sys.argv)
