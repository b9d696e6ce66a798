#!/usr/bin/env python3
"""Suite "classification" results -> rows (bench/lib/rows.py format), printed to stdout.

    classification_rows.py TMP_DIR ENTITIES CITY_LOAD_TEXT DATA_TEXT COPY_SECONDS START_TEXT NPROC

TMP_DIR holds the suite's outputs: dataset.json, load.json, run-1.json, run-1-results.json, run-2.json,
run-2-results.json, sql-times.txt, sql-rows.txt, sql.txt, latency.json, department.json, after.json.
Exit 3 when a check failed (a run did not classify every entity or stored one without its explanation,
a batch's class was not updated within 30 s); the rows are printed all the same.
"""
import json
import os
import statistics
import sys

import rows

FLOOR_S, FLOOR_RATIO, TARGET_RATIO = 20.0, 10.0, 5.0
LATENCY_FLOOR_S, LATENCY_TARGET_S = 1.0, 0.1
KIND_NAMES = {"ANNUAL_REPORT": "annual reports", "LICENCE": "licences", "INSPECTION": "inspections",
              "PENALTY": "penalties", "COMPLAINT": "complaints"}


def load(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def percentile(values, p):
    """Nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def ms(seconds):
    if seconds is None:
        return "-"
    value = seconds * 1000
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"


def secs(seconds):
    if seconds is None:
        return "-"
    return f"{seconds:,.1f} s" if seconds >= 10 else f"{seconds:.2f} s"


def verdict(ok):
    return "pass" if ok else "FAIL"


def run_row(table, n, run, results, sql_median, entities):
    progress = run["run"]
    seconds = run["server_seconds"] or run["wall_seconds"]
    done, total = progress.get("done"), progress.get("total")
    ratio = seconds / sql_median if sql_median else None
    checks = {"done = total = entities": done == total == entities,
              "a result per entity": results.get("results") == entities,
              "all by the run's model": results.get("by_run") == entities,
              "all with their explanation": results.get("explained") == entities}
    classes = results.get("classes") or {}
    class_text = ", ".join(f"{k} {v:,}" for k, v in sorted(classes.items()))
    print(rows.row(table, [
        ("Benchmark", f"full run {n} ({'first' if n == 1 else 'second'})"),
        ("Time", f"{secs(seconds)} (wall {secs(run['wall_seconds'])})"),
        ("Entities/s", f"{(done or 0) / seconds:,.0f}" if seconds else "-"),
        ("vs SQL", f"{ratio:,.1f}×" if ratio else "-"),
        ("Floor (< 20 s, ≤ 10×)", verdict(seconds < FLOOR_S and ratio is not None and ratio <= FLOOR_RATIO)),
        ("Target (≤ 5×)", verdict(ratio is not None and ratio <= TARGET_RATIO)),
        ("Detail", f"run {run['id']}: {done:,} of {total:,} entities; classes {class_text}; "
                   f"{results.get('overrides', 0):,} by an override, {results.get('professional', 0):,} with a "
                   f"professional model; queued → started {secs(run.get('queued_seconds'))}"),
        ("Check", "; ".join(f"{k}: {'yes' if ok else 'NO'}" for k, ok in checks.items()))]))
    return all(checks.values())


def main(argv):
    if len(argv) != 8:
        sys.exit(__doc__)
    tmp, entities, city_load, data_text, copy_seconds, start_text, nproc = argv[1:]
    entities, ok = int(entities), True
    dataset, load_info = load(f"{tmp}/dataset.json"), load(f"{tmp}/load.json") or {}
    sql_times = [float(x) for x in open(f"{tmp}/sql-times.txt").read().split()]
    sql_median = statistics.median(sql_times)
    sql_rows = sum(1 for _ in open(f"{tmp}/sql-rows.txt", encoding="utf-8"))
    kinds = ", ".join(f"{v:,} {KIND_NAMES.get(k, k)}" for k, v in
                      sorted((dataset.get("kinds") or {}).items(), key=lambda kv: -kv[1]))
    table = (f"Full risk reclassification of {entities:,} entities and {dataset['records']:,} credit records "
             f"({kinds}), every explanation stored: POST /api/v1/classification/runs against one SQL aggregate "
             f"query over the same records grouped by entity")
    done_runs = [n for n in (1, 2) if os.path.exists(f"{tmp}/run-{n}.json")]
    for n in done_runs:
        run, results = load(f"{tmp}/run-{n}.json"), load(f"{tmp}/run-{n}-results.json")
        ok &= run_row(table, n, run, results, sql_median, entities)
    print(rows.row(table, [
        ("Benchmark", "SQL: what the indicators read, per entity (baseline)"), ("Time", secs(sql_median)),
        ("Entities/s", f"{dataset['entities'] / sql_median:,.0f} (per entity of the city)"),
        ("vs SQL", "1.0×"), ("Floor (< 20 s, ≤ 10×)", "-"), ("Target (≤ 5×)", "-"),
        ("Detail", f"{sql_rows:,} rows (entities with records); median of {len(sql_times)} runs "
                   f"({', '.join(secs(t) for t in sql_times)}) in one psql session"),
        ("Check", "-")]))
    counts_file = f"{tmp}/sql-counts-times.txt"
    counts_times = [float(x) for x in open(counts_file).read().split()] if os.path.exists(counts_file) else []
    if counts_times:
        counts_median = statistics.median(counts_times)
        runs = [load(f"{tmp}/run-{n}.json") for n in done_runs]
        ratios = ", ".join(f"run {n}: {(r['server_seconds'] or r['wall_seconds']) / counts_median:,.1f}×"
                           for n, r in zip(done_runs, runs))
        print(rows.row(table, [
            ("Benchmark", "SQL: counts by kind and window only (for information)"), ("Time", secs(counts_median)),
            ("Entities/s", f"{dataset['entities'] / counts_median:,.0f} (per entity of the city)"),
            ("vs SQL", f"{counts_median / sql_median:,.2f}×"), ("Floor (< 20 s, ≤ 10×)", "-"),
            ("Target (≤ 5×)", "-"),
            ("Detail", f"median of {len(counts_times)} runs ({', '.join(secs(t) for t in counts_times)}); "
                       f"the runs against it: {ratios}"),
            ("Check", "-")]))
    print(rows.note(table, "A run's time is the platform's own, its startedAt → finishedAt as GET "
                           "/api/v1/classification/runs/{id} reports it; wall is the client's, from the POST "
                           "(HTTP Basic as admin: one bcrypt check) until a poll every 200 ms saw DONE. Entities/s "
                           "= entities done / time; vs SQL = time / the SQL query's median. Floor: under 20 s and "
                           "within 10× the query; target: within 5× (issue 13)."))
    sql_text = open(f"{tmp}/sql.txt", encoding="utf-8").read().strip()
    print(rows.note(table, "The baseline reads the current records once, grouped by entity, with the kinds, "
                           "dates and fields the indicators read (fines from the json payload), and sends every "
                           "entity's row to psql (\\timing: the query and the transfer); it computes no score, no "
                           "class and writes nothing, so it is a lower bound, not an equivalent: "
                           f"`{' '.join(sql_text.split())}`"))
    order = ("Between the runs the SQL query ran, so both runs and the query find PostgreSQL's cache as warm"
             if len(done_runs) == 2 else "The SQL query ran after the one full run (BENCH_CLASSIFICATION_RUNS=1), "
             "so it found PostgreSQL's cache warmer than the run did")
    print(rows.note(table, f"{order}; the first run replaced the results the platform may have had already "
                           f"({dataset.get('results_before', 0):,} results and {dataset.get('runs_before', 0)} runs "
                           f"before the first). The machine has {nproc} cores shared by the platform, its "
                           f"PostgreSQL and the client; other work on it shows in the times."))

    latency = load(f"{tmp}/latency.json")
    measured = latency["batches"]
    updated = [b["updated"] for b in measured if b["updated"] is not None]
    after_202 = [b["updated_after_202"] for b in measured if b["updated_after_202"] is not None]
    posts = [b["post"] for b in measured]
    missing = len(measured) - len(updated)
    ok &= missing == 0
    rose = sum(1 for b in measured if b["rose"])
    changed = sum(1 for b in measured if b["after"] and b["after"] != b["before"])
    ltable = (f"Batch accepted → class updated: {len(measured)} single-row PENALTY batches for distinct entities "
              f"(POST /api/v1/ingest/batches, a department's X-Api-Key), each followed by polling "
              f"GET /api/v1/entities/{{code}}/risk every {latency['poll_ms']:.0f} ms")
    accepted_classified = [b["classified_after_accepted"] for b in measured
                           if b.get("classified_after_accepted") is not None]
    accepted_seen = [b["seen_after_accepted"] for b in measured if b.get("seen_after_accepted") is not None]
    queue = [b["accepted_after_sent"] for b in measured if b.get("accepted_after_sent") is not None]
    for name, values, judged in (
            ("batch accepted → classifiedAt (the platform's clock)", accepted_classified, True),
            ("POST sent → class updated seen by the client (end to end)", updated, True),
            ("batch accepted → seen by the client", accepted_seen, False),
            ("202 answer → seen by the client", after_202, False),
            ("POST sent → batch accepted (upload, queue, ingestion)", queue, False),
            ("the POST alone (to its 202)", posts, False)):
        p95 = percentile(values, 95)
        complete = missing == 0 and len(values) == len(measured)
        print(rows.row(ltable, [
            ("Measured", name), ("n", f"{len(values)}"), ("p50", ms(percentile(values, 50))),
            ("p95", ms(p95)), ("p99", ms(percentile(values, 99))),
            ("max", ms(max(values) if values else None)),
            ("Floor (p95 ≤ 1 s)", verdict(p95 is not None and p95 <= LATENCY_FLOOR_S and complete) if judged else "-"),
            ("Target (p95 ≤ 100 ms)", verdict(p95 is not None and p95 <= LATENCY_TARGET_S and complete)
                if judged else "-")]))
    print(rows.note(ltable, "Batch accepted: the batch's finishedAt (GET /api/v1/ingest/batches/{id}), when the "
                            "platform has stored its records and publishes BatchAccepted; classifiedAt: the "
                            "entity's result as GET /api/v1/entities/{code}/risk shows it (the issue's measure, "
                            "both on the platform's clock, the same machine's). The end-to-end row adds the "
                            "upload, the ingestion queue and the client's polling."))
    print(rows.note(ltable, f"Updated: the entity's result is newer than the submission (classifiedAt after the "
                            f"POST was sent) or an indicator's value in its explanation rose; {len(updated)} of "
                            f"{len(measured)} within {latency['timeout_s']:.0f} s"
                            + (f" ({missing} NOT: a failed check)" if missing else "")
                            + f"; the explanation showed a higher value in {rose} of {len(measured)}, the class "
                            f"changed in {changed}. Each batch: one penalty decided today, a fine of 2 万元, for an "
                            f"active entity drawn at random (seeded) that had a class; the batches one after the "
                            f"other, from a second process on the same machine, polling as admin (session cookie)."))

    copy_text = f"; copied in {copy_seconds} s" if copy_seconds else ""
    setup = "Classification: set-up (not measured)"
    print(rows.row(setup, [("Item", "data"), ("Value", f"{data_text}{copy_text}")]))
    print(rows.row(setup, [("Item", "city"), ("Value", city_load)]))
    records = (f"{dataset['records']:,} current records ({dataset['records'] / max(1, dataset['entities']):.2f} per "
               f"entity; {dataset['entities_with_records']:,} entities with records, at most "
               f"{dataset['max_per_entity']} for one)")
    if load_info.get("records_per_second"):
        records += (f"; loaded through the ingest API at {load_info['records_per_second']:,} records/s "
                    f"(window {load_info.get('window_seconds')} s, on {load_info.get('today', '?')})")
    print(rows.row(setup, [("Item", "records"), ("Value", records)]))
    print(rows.row(setup, [("Item", "platform start (on the measured data)"), ("Value", start_text)]))
    after = load(f"{tmp}/after.json") or {}
    if after.get("failed_events"):
        print(rows.note(setup, f"{after['failed_events']} event publications FAILED (see the platform's log)."))
    return 0 if ok else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv))
