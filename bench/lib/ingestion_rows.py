#!/usr/bin/env python3
"""Result rows of suite "ingestion" (see bench/suites/40-ingestion.sh and rows.py), printed to stdout.

Inputs (all collected by the suite in the same run):
  --batches        GET /api/v1/ingest/batches answer, all pages ({"items": [...]})
  --samples        bench/lib/proc_sampler.py output (CPU of the machine, the platform, PostgreSQL)
  --activity       pg_stat_activity every 0.2 s: epoch, wait type, wait event, statement (tab separated)
  --profile        bench/lib/ingestion_profile.py output (empty: no JFR recording)
  --copy-summary   bench/lib/ingestion_copy_rows.py summary
  --copy-ms        psql's times of the \\copy runs into the logged table, in ms, space separated
  --copy-unlogged-ms, --copy-rows
  --events         "count<TAB>first publication epoch<TAB>last completion epoch<TAB>completed<TAB>not
                    completed (FAILED)" of the BatchAccepted publications
  --event-error    the first error of a failed listener in the platform's log
  --stored         "current records<TAB>all records<TAB>quarantined rows<TAB>entities with records<TAB>
                    credit file flags<TAB>entities in the registry"
  --hwm-kb, --demo-line, --city-line, --files, --departments, --load-start, --load-end,
  --jar-built, --java-opts
  --log-levels     "ERROR lines<TAB>WARN lines" of the platform's log up to the end of the cold phase
The warm phase (the same files sent again to new departments, same platform process):
  --warm-batches   its FILE batches, as --batches ({"items": [...]})
  --warm-demo      the demo departments and the cold batches' files (bench/lib/ingestion_warm.py's input)
  --warm-mirrors   [{"demo": id, "mirror": id, "code", "files"}] (bench/lib/ingestion_warm.py)
  --warm-uploads   one line per upload: cold batch id, HTTP status, start, end (epoch s), answer (JSON)
  --warm-events, --warm-event-error, --warm-stored   as --events, --event-error, --stored, for the warm
                   batches' publications and after the warm phase
  --warm-records   {"department id": [current records, all records]} after the warm phase
  --warm-log-levels  as --log-levels, for the log lines written during the warm phase
"""
import argparse
import bisect
import collections
import datetime
import json
import os
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rows  # noqa: E402

FLOOR = 20_000      # records/s, the floor
TARGET = 3.0        # × COPY time, the target
CLK_TCK = os.sysconf("SC_CLK_TCK")
NPROC = os.cpu_count() or 1

MAIN = ("Ingestion of the demo files end to end (80,000 entities in the database) vs PostgreSQL's COPY "
        "of the same rows, same PostgreSQL, same run")
KINDS = "Ingestion: per kind (sum of the batches' own times)"
LARGEST = "Ingestion: the 10 largest batches"
CPU = "Ingestion: where the CPU went during the ingestion window"
CPU_WARM = "Ingestion, warm JVM: where the CPU went during the warm phase's window"
STEPS = "Ingestion: the workers' time by step (JFR samples of the ingestion-worker threads)"
STATEMENTS = "Ingestion: what PostgreSQL was running during the window (pg_stat_activity every 0.2 s)"
SETUP = "Ingestion: set-up and checks (not measured)"


def epoch(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def hms(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%H:%M:%S.%f")[:-3]


def n(value):
    return f"{value:,.0f}"


def secs(value):
    return f"{value:.2f} s" if value < 100 else f"{value:.1f} s"


def pct(part, whole):
    return f"{100 * part / whole:.0f} %" if whole else "-"


def emit(table, cells):
    print(rows.row(table, cells))


def note(table, text):
    print(rows.note(table, text))


def interpolate(samples, key, t):
    """The value of key(sample) at time t, linear between the samples around t (clamped)."""
    times = [s["t"] for s in samples]
    i = bisect.bisect_left(times, t)
    if i <= 0:
        return key(samples[0])
    if i >= len(samples):
        return key(samples[-1])
    a, b = samples[i - 1], samples[i]
    va, vb = key(a), key(b)
    if va is None or vb is None:
        return vb if va is None else va
    f = (t - a["t"]) / (b["t"] - a["t"]) if b["t"] > a["t"] else 1.0
    return va + f * (vb - va)


def cpu_usage(samples_file, start, end, wall):
    """Rows and notes of the CPU table, the JVM's largest sampled RSS (kB), and CPU totals of the window
    (s): ours (the platform and PostgreSQL), jit, worker_wait and pg_client_wait (run queue), other
    (the rest of the machine), capacity (all CPUs); or None without samples."""
    samples = [json.loads(l) for l in open(samples_file, encoding="utf-8") if l.strip()]
    samples = [s for s in samples if s.get("java") and s.get("pg")]
    if len(samples) < 2 or samples[0]["t"] > start or samples[-1]["t"] < end:
        return [], ["No CPU samples around the window (the sampler did not find the platform in time)."], None, None

    def delta(key, unit=CLK_TCK):
        return (interpolate(samples, key, end) - interpolate(samples, key, start)) / unit

    machine_busy = delta(lambda s: s["cpu"][0])
    capacity = delta(lambda s: s["cpu"][1])  # CPU-seconds of all CPUs in the window
    java = lambda group: (delta(lambda s: s["java"]["ticks"][group]),
                          delta(lambda s: s["java"]["wait_ns"][group], 1e9))
    pg_cpu = delta(lambda s: s["pg"]["ticks"])
    pg_client_cpu = delta(lambda s: s["pg"]["client_run_ns"], 1e9)
    pg_client_wait = delta(lambda s: s["pg"]["client_wait_ns"], 1e9)
    pg_other_wait = delta(lambda s: s["pg"]["other_wait_ns"], 1e9)
    parts = [
        ("Platform: the ingestion worker threads", *java("worker"), "reading, checking, matching, JDBC"),
        ("Platform: JIT compiler threads", *java("jit"), "the JVM started just before: code is compiled while it runs"),
        ("Platform: GC and VM threads", *java("gc"), ""),
        ("Platform: other threads", *java("other"),
         "credit file flag listener, HTTP (the suite's polling every 2 s), housekeeping, JFR"),
        ("PostgreSQL: client backends", pg_client_cpu, pg_client_wait,
         "the platform's connections: the workers' statements, the flag listener's"),
        ("PostgreSQL: other processes", max(0.0, pg_cpu - pg_client_cpu), pg_other_wait,
         "WAL writer, checkpointer, background writer, autovacuum"),
    ]
    ours = sum(p[1] for p in parts)
    parts.append(("Rest of the machine (not this benchmark)", max(0.0, machine_busy - ours), None,
                  "other work on the shared machine, and this suite's samplers"))
    parts.append(("Idle", max(0.0, capacity - machine_busy), None, ""))
    rows_out = []
    for name, value, wait, text in parts:
        rows_out.append([("Consumer", name), ("CPU time", secs(value)),
                         ("Waiting for a CPU", secs(wait) if wait is not None else "-"),
                         ("Share of all CPUs", pct(value, capacity)),
                         ("As CPUs busy on average", f"{value / wall:.2f}"), ("Note", text)])
    notes = [f"From /proc every 0.5 s (bench/lib/proc_sampler.py), interpolated to the window of {secs(wall)}: "
             f"{NPROC} CPUs × {secs(wall)} = {secs(capacity)} of CPU. 'Waiting for a CPU' is the time the threads "
             f"or processes were runnable but not running (run queue, /proc/…/schedstat), summed over them. "
             f"'As CPUs busy on average' = CPU time / window; 1.00 would be one CPU all the time. A worker thread "
             f"waits for each of its statements (JDBC): its CPU time and its backend's alternate."]
    cpu = {"ours": ours, "jit": java("jit")[0], "worker_wait": java("worker")[1], "pg_client_wait": pg_client_wait,
           "other": max(0.0, machine_busy - ours), "capacity": capacity}
    return rows_out, notes, max((s["java"]["rss_kb"] or 0) for s in samples), cpu


def load_batches(path):
    batches = [b for b in json.load(open(path, encoding="utf-8"))["items"] if b["channel"] == "FILE"]
    batches.sort(key=lambda b: b["id"])
    for b in batches:
        b["t0"], b["t1"] = epoch(b["startedAt"]), epoch(b["finishedAt"])
        b["time"] = b["t1"] - b["t0"]
    return batches


def timeline(batches):
    """start, end of the last batch, batch-seconds, time with a batch running, most batches at once."""
    busy = sum(b["time"] for b in batches)  # batch-seconds (several workers: more than the wall time)
    running, union, concurrent, most, since = 0, 0.0, 0, 0, None
    for t, step in sorted([(b["t0"], 1) for b in batches] + [(b["t1"], -1) for b in batches],
                          key=lambda e: (e[0], e[1])):
        if concurrent == 0 and step == 1:
            since = t
        concurrent += step
        most = max(most, concurrent)
        if concurrent == 0:
            union += t - since
    return min(b["t0"] for b in batches), max(b["t1"] for b in batches), busy, union, most


def parse_events(text):
    ev_count, ev_first, ev_last, ev_done, ev_failed = (text.split("\t") + [""] * 5)[:5]
    return int(ev_count or 0), float(ev_last) if ev_last else None, int(ev_done or 0), int(ev_failed or 0)


def counts(batches):
    return tuple(sum(b[k] for b in batches) for k in ("rows", "accepted", "duplicates", "quarantined"))


def warm_phase(a, cold, cold_ev_count):
    """The warm phase's figures and checks (None when the suite did not run it)."""
    if not a.warm_batches:
        return None
    wb = load_batches(a.warm_batches)
    start, end_batches, busy, union, most = timeline(wb)
    ev_count, ev_last, ev_done, ev_failed = parse_events(a.warm_events)
    end = max(end_batches, ev_last or end_batches)
    rows_read, accepted, duplicates, quarantined = counts(wb)
    cold_rows, cold_accepted, cold_duplicates, cold_quarantined = counts(cold)

    uploads = []
    for line in open(a.warm_uploads, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 4 and re.match(r"^\d+(\.\d+)?$", parts[2]) and re.match(r"^\d+(\.\d+)?$", parts[3]):
            uploads.append((int(parts[0]), parts[1], float(parts[2]), float(parts[3])))
    submitted = sorted(epoch(b["submittedAt"]) for b in wb)
    mirrors = json.load(open(a.warm_mirrors, encoding="utf-8"))
    demo = json.load(open(a.warm_demo, encoding="utf-8"))
    names = {d["id"]: d["name"] for d in demo["departments"]}
    mirror_of = {m["demo"]: m["mirror"] for m in mirrors}

    problems = []
    if rows_read != accepted + duplicates + quarantined:
        problems.append("rows ≠ accepted + duplicates + quarantined")
    m = re.search(r"\((\d+) records to accept", a.demo_line or "")
    expected = int(m.group(1)) if m else cold_accepted
    if accepted != expected or accepted != cold_accepted:
        problems.append(f"{n(accepted)} records accepted, not {n(expected)} (the cold phase: {n(cold_accepted)})")
    if len(wb) != len(cold):
        problems.append(f"{len(wb)} batches, not {len(cold)}")
    # Department by department: the mirror's batches against the demo department's.
    by_department = collections.defaultdict(list)
    for b in wb:
        by_department[b["departmentId"]].append(b)
    cold_by_department = collections.defaultdict(list)
    for b in cold:
        cold_by_department[b["departmentId"]].append(b)
    differing = []
    for demo_id, group in sorted(cold_by_department.items()):
        mine = by_department.get(mirror_of.get(demo_id), [])
        if len(mine) != len(group) or counts(mine) != counts(group):
            differing.append(f"{names.get(demo_id, demo_id)}: {'/'.join(n(x) for x in counts(mine))} vs "
                             f"{'/'.join(n(x) for x in counts(group))}")
    strays = [b for b in wb if b["departmentId"] not in set(mirror_of.values())]
    if differing:
        problems.append(f"{len(differing)} departments' counts (rows/accepted/duplicates/quarantined) differ from "
                        f"the cold phase's: " + "; ".join(differing[:4]))
    if strays:
        problems.append(f"{len(strays)} batches went to departments that are not mirrors")
    # File by file.
    warm_by_file = {(b["fileName"], b["kind"]): b for b in wb}
    files_differing = [b["fileName"] for b in cold
                       if (b["fileName"], b["kind"]) not in warm_by_file
                       or counts([warm_by_file[(b["fileName"], b["kind"])]]) != counts([b])]
    if files_differing:
        problems.append(f"{len(files_differing)} files' counts differ: {', '.join(files_differing[:5])}")
    # Records stored per department, after the warm phase: each mirror holds what its demo department holds.
    records = json.load(open(a.warm_records, encoding="utf-8")) if a.warm_records else {}
    records_differing = []
    for demo_id, mirror in mirror_of.items():
        mine = records.get(str(mirror), [0, 0])[0]
        theirs = records.get(str(demo_id), [0, 0])[0]
        if mine != theirs or mine != sum(b["accepted"] for b in by_department.get(mirror, [])):
            records_differing.append(f"{names.get(demo_id, demo_id)}: {n(mine)} vs {n(theirs)}")
    if records_differing:
        problems.append(f"current records of {len(records_differing)} mirror departments differ from the demo "
                        f"department's or from their batches' accepted: " + "; ".join(records_differing[:4]))
    stored = (a.warm_stored.split("\t") + [""] * 6)[:6]
    if stored[0].isdigit() and int(stored[0]) != 2 * cold_accepted:
        problems.append(f"{n(int(stored[0]))} current records stored after both phases, not {n(2 * cold_accepted)}")
    if ev_count == 0:
        problems.append("no BatchAccepted publication of the warm batches found")
    elif ev_count != cold_ev_count:
        problems.append(f"{ev_count} BatchAccepted publications, the cold phase {cold_ev_count}")
    if ev_failed:
        problems.append(f"{ev_failed} of {ev_count} BatchAccepted publications FAILED: the credit file's flags of "
                        f"those entities were not recomputed")
    return {"batches": wb, "start": start, "end": end, "end_batches": end_batches, "wall": end - start,
            "busy": busy, "union": union, "most": most, "rows": rows_read, "accepted": accepted,
            "duplicates": duplicates, "quarantined": quarantined, "ev_count": ev_count, "ev_done": ev_done,
            "ev_failed": ev_failed, "ev_last": ev_last, "uploads": uploads, "submitted": submitted,
            "mirrors": mirrors, "problems": problems, "differing": differing, "files_differing": files_differing,
            "records_differing": records_differing, "stored": stored,
            "by_file": warm_by_file, "departments": len(cold_by_department)}


def main():
    p = argparse.ArgumentParser()
    for name in ("batches", "samples", "activity", "profile", "copy-summary", "copy-ms", "copy-unlogged-ms",
                 "copy-rows", "events", "stored", "hwm-kb", "demo-line", "city-line", "files", "departments",
                 "load-start", "load-end", "jar-built", "java-opts", "source", "event-error", "log-levels",
                 "warm-batches", "warm-demo", "warm-mirrors", "warm-uploads", "warm-events", "warm-event-error",
                 "warm-stored", "warm-records", "warm-log-levels"):
        p.add_argument("--" + name, default="")
    a = p.parse_args()

    batches = load_batches(a.batches)
    # Time with at least one batch running, and the most batches running at once (the workers used).
    start, end_batches, busy, union, most = timeline(batches)
    ev_count, ev_last, ev_done, ev_failed = parse_events(a.events)
    end_flags = ev_last if ev_last else end_batches
    end = max(end_batches, end_flags)
    wall = end - start
    wall_batches = end_batches - start
    gaps = wall_batches - union
    workers_text = (f"one batch at a time" if most == 1 else f"up to {most} batches side by side")
    rows_read = sum(b["rows"] for b in batches)
    accepted = sum(b["accepted"] for b in batches)
    duplicates = sum(b["duplicates"] for b in batches)
    quarantined = sum(b["quarantined"] for b in batches)

    summary = json.load(open(a.copy_summary, encoding="utf-8"))
    copy_ms = [float(x) for x in a.copy_ms.split()]
    copy_s = statistics.median(copy_ms) / 1000
    unlogged_s = float(a.copy_unlogged_ms) / 1000
    copy_rows = int(a.copy_rows)
    copy_mb = summary["copy_bytes"] / 1e6
    files = len(summary["files"])

    stored_cells = (a.stored.split("\t") + [""] * 6)[:6]
    problems = []
    if rows_read != accepted + duplicates + quarantined:
        problems.append("rows ≠ accepted + duplicates + quarantined")
    if stored_cells[0].isdigit() and int(stored_cells[0]) != accepted:
        problems.append(f"{n(int(stored_cells[0]))} current records stored, not {n(accepted)}")
    if ev_failed:
        problems.append(f"{ev_failed} of {ev_count} BatchAccepted publications FAILED: the credit file's flags of "
                        f"those entities were not recomputed")
    checks = "pass" if not problems else "FAIL: " + "; ".join(problems)
    rate = accepted / wall
    ratio = wall / copy_s
    cpu_rows, cpu_notes, java_rss, cpu = cpu_usage(a.samples, start, end, wall)
    warm = warm_phase(a, batches, ev_count)
    if warm:
        warm_cpu_rows, warm_cpu_notes, warm_rss, warm_cpu = cpu_usage(a.samples, warm["start"], warm["end"],
                                                                      warm["wall"])
        java_rss = max(java_rss or 0, warm_rss or 0) or None
    copy_runs = ", ".join(f"{ms / 1000:.2f}" for ms in copy_ms)
    emit(MAIN, [("Benchmark", "copy (baseline)"),
                ("What is timed", f"psql `\\copy` of the {n(copy_rows)} data rows of the {files} demo files, "
                                  f"messy ones included, as one {copy_mb:.0f} MB UTF-8 file (file, kind, row number, "
                                  f"the row's cells as a JSON array) into a bare logged table without indexes; "
                                  f"median of {len(copy_ms)} runs ({copy_runs} s)"),
                ("Rows", n(copy_rows)), ("Time", secs(copy_s)), ("Records/s", n(copy_rows / copy_s)),
                ("vs COPY", "1.0×"), (f"≥ {n(FLOOR)} records/s", "-"), (f"≤ {TARGET:.0f}× COPY", "-"),
                ("Every record stored and in its credit file", "-")])
    emit(MAIN, [("Benchmark", "ingestion (end to end), cold JVM"),
                ("What is timed", f"first batch started → last batch finished and last BatchAccepted handled "
                                  f"(credit file flags); {len(batches)} batches queued by the demo at start-up, "
                                  f"{workers_text}, right after the JVM started: read, validate, match, "
                                  f"deduplicate, store"),
                ("Rows", f"{n(accepted)} records accepted of {n(rows_read)} rows"), ("Time", secs(wall)),
                ("Records/s", n(rate)), ("vs COPY", f"{ratio:.1f}×"),
                (f"≥ {n(FLOOR)} records/s", "pass" if rate >= FLOOR else "FAIL"),
                (f"≤ {TARGET:.0f}× COPY", "pass" if ratio <= TARGET else "FAIL"),
                ("Every record stored and in its credit file", checks)])
    if warm:
        w_rate = warm["accepted"] / warm["wall"]
        w_ratio = warm["wall"] / copy_s
        w_workers = "one batch at a time" if warm["most"] == 1 else f"up to {warm['most']} batches side by side"
        w_checks = "pass" if not warm["problems"] else "FAIL: " + "; ".join(warm["problems"])
        emit(MAIN, [("Benchmark", "ingestion, warm JVM (measured)"),
                    ("What is timed", f"the same {len(warm['batches'])} files sent again over HTTP (4 uploads in "
                                      f"parallel) to {len(warm['mirrors'])} new departments mirroring the demo's, in "
                                      f"the same platform process after the cold phase: first batch started → last "
                                      f"batch finished and last BatchAccepted handled; {w_workers}"),
                    ("Rows", f"{n(warm['accepted'])} records accepted of {n(warm['rows'])} rows"),
                    ("Time", secs(warm["wall"])), ("Records/s", n(w_rate)), ("vs COPY", f"{w_ratio:.1f}×"),
                    (f"≥ {n(FLOOR)} records/s", "pass" if w_rate >= FLOOR else "FAIL"),
                    (f"≤ {TARGET:.0f}× COPY", "pass" if w_ratio <= TARGET else "FAIL"),
                    ("Every record stored and in its credit file", w_checks)])
    emit(MAIN, [("Benchmark", "ingestion, batches running"),
                ("What is timed", f"the time at least one batch was running (startedAt → finishedAt), without the "
                                  f"gaps between batches ({secs(gaps)}) and after the last ({secs(end - end_batches)})"),
                ("Rows", n(accepted)), ("Time", secs(union)), ("Records/s", n(accepted / union)),
                ("vs COPY", f"{union / copy_s:.1f}×"),
                (f"≥ {n(FLOOR)} records/s", "(pass)" if accepted / union >= FLOOR else "(FAIL)"),
                (f"≤ {TARGET:.0f}× COPY", "(pass)" if union / copy_s <= TARGET else "(FAIL)"),
                ("Every record stored and in its credit file", "-")])
    if cpu:
        bound = cpu["ours"] / NPROC
        emit(MAIN, [("Benchmark", "ingestion, CPU-bound limit (not measured)"),
                    ("What is timed", f"the CPU time the platform and PostgreSQL used in the cold window "
                                      f"({secs(cpu['ours'])}, of which the JIT compiler {secs(cpu['jit'])}) spread "
                                      f"over all {NPROC} CPUs: no run on this machine with this code can be shorter, "
                                      f"however idle the machine and however parallel the work (an estimate for a "
                                      f"warm JVM, the same without the JIT's part: "
                                      f"{secs((cpu['ours'] - cpu['jit']) / NPROC)}, "
                                      f"{n(accepted * NPROC / (cpu['ours'] - cpu['jit']))} records/s"
                                      + ("; measured: the warm rows" if warm else "") + ")"),
                    ("Rows", n(accepted)), ("Time", secs(bound)), ("Records/s", n(accepted / bound)),
                    ("vs COPY", f"{bound / copy_s:.1f}×"),
                    (f"≥ {n(FLOOR)} records/s", "(pass)" if accepted / bound >= FLOOR else "(FAIL)"),
                    (f"≤ {TARGET:.0f}× COPY", "(pass)" if bound / copy_s <= TARGET else "(FAIL)"),
                    ("Every record stored and in its credit file", "-")])
    if warm and warm_cpu:
        w_bound = warm_cpu["ours"] / NPROC
        emit(MAIN, [("Benchmark", "ingestion, warm JVM, CPU-bound limit (not measured)"),
                    ("What is timed", f"the same for the warm window: {secs(warm_cpu['ours'])} of CPU of the platform "
                                      f"and PostgreSQL (of which the JIT compiler {secs(warm_cpu['jit'])}) spread "
                                      f"over all {NPROC} CPUs"),
                    ("Rows", n(warm["accepted"])), ("Time", secs(w_bound)),
                    ("Records/s", n(warm["accepted"] / w_bound)), ("vs COPY", f"{w_bound / copy_s:.1f}×"),
                    (f"≥ {n(FLOOR)} records/s", "(pass)" if warm["accepted"] / w_bound >= FLOOR else "(FAIL)"),
                    (f"≤ {TARGET:.0f}× COPY", "(pass)" if w_bound / copy_s <= TARGET else "(FAIL)"),
                    ("Every record stored and in its credit file", "-")])
    emit(MAIN, [("Benchmark", "copy, unlogged table"),
                ("What is timed", "the same `\\copy` into a bare unlogged table (no WAL), once; for information"),
                ("Rows", n(copy_rows)), ("Time", secs(unlogged_s)), ("Records/s", n(copy_rows / unlogged_s)),
                ("vs COPY", f"{unlogged_s / copy_s:.2f}×"), (f"≥ {n(FLOOR)} records/s", "-"),
                (f"≤ {TARGET:.0f}× COPY", "-"), ("Every record stored and in its credit file", "-")])
    note(MAIN, f"Records/s: records accepted into ingestion.records per second of the window (the issue's "
               f"measure); for COPY, rows loaded per second. The ingestion window is taken from the platform's own "
               f"records (batches' startedAt/finishedAt, event publications' completion_date): "
               f"{hms(start)} → {hms(end)} UTC. The batches were queued before it (the demo writes the files and "
               f"stores them as batches at start-up; not timed), and the workers start on a cold JVM right after "
               f"start-up. Pass/FAIL in parentheses: for information, the issue's limits applied to a part.")
    if ev_failed:
        note(MAIN, f"FAILED check: {ev_failed} of {ev_count} BatchAccepted publications of the cold phase failed (the "
                   f"credit file's FlagUpdater threw; the suite does not wait for a retry), so the window ends at the "
                   f"last completed one. First error in the platform's log: {a.event_error or '?'}")
    if warm:
        up = warm["uploads"]
        up_first = min(u[2] for u in up) if up else None
        up_last = max(u[3] for u in up) if up else None
        sub = warm["submitted"]
        jit_text = (f"the JIT compiler used {secs(warm_cpu['jit'])} of CPU in the warm window against "
                    f"{secs(cpu['jit'])} in the cold one" if warm_cpu and cpu else "the JIT has compiled the code")
        note(MAIN, f"Warm JVM (measured): in the same platform process, once the cold phase had finished and "
                   f"PostgreSQL was idle, the suite registered {len(warm['mirrors'])} new departments "
                   f"(POST /api/v1/departments as admin) mirroring the demo's — same kind, record kinds and header "
                   f"mapping, new credit codes ({warm['mirrors'][0]['code']} …) — and sent the same "
                   f"{len(warm['batches'])} files again, each to the mirror of the department it went to, with that "
                   f"department's X-Api-Key (POST /api/v1/ingest/batches; 4 uploads in parallel, each department's "
                   f"files one after the other in the cold phase's order, as a department's batches are processed "
                   f"in order of arrival). Same data, new departments: none of their records exists yet, so every "
                   f"row is a new record again and the work per row is the cold phase's (read, check, match, "
                   f"deduplicate, store, publish BatchAccepted). What differs: the JVM is warm ({jit_text}); the "
                   f"records table and its indexes already hold the cold phase's {n(accepted)} records and the "
                   f"entities already have their credit-file flags (the flag listener replaces them); the files "
                   f"arrive over HTTP while the workers already run, in another order than the demo queued them "
                   f"(which batches run side by side differs). Window {hms(warm['start'])} → {hms(warm['end'])} UTC "
                   f"({secs(warm['wall'])}); sum of the warm batches' own times {secs(warm['busy'])} (cold: "
                   f"{secs(busy)}), {secs(warm['union'])} with a batch running (cold: {secs(union)}); the last "
                   f"BatchAccepted was handled {secs(warm['end'] - warm['end_batches'])} after the last batch finished."
                   + (f" Uploads (client side): {len(up)} in {secs(up_last - up_first)}, {hms(up_first)} → "
                      f"{hms(up_last)} UTC, {secs(max(u[3] - u[2] for u in up))} for the slowest; the platform's "
                      f"submittedAt span {hms(sub[0])} → {hms(sub[-1])} ({secs(sub[-1] - sub[0])}); the first warm "
                      f"batch started {secs(warm['start'] - up_first)} after the first upload began, and the window "
                      f"ends {secs(warm['end'] - up_last)} after the last upload was answered."
                      if up and sub else ""))
        if warm["ev_failed"]:
            note(MAIN, f"FAILED check (warm): {warm['ev_failed']} of {warm['ev_count']} BatchAccepted publications of "
                       f"the warm phase failed. First error in the platform's log during the warm phase: "
                       f"{a.warm_event_error or '?'}")
    note(MAIN, f"The COPY file holds exactly the rows the platform counted, file by file: {n(copy_rows)} = "
               f"{n(accepted)} accepted + {n(duplicates)} duplicates + {n(quarantined)} quarantined"
               + (f" (including the header rows of {', '.join(f['file'] for f in summary['files'] if f['header_as_row'])}, "
                  f"which the platform reads as a data row 1 and quarantines)"
                  if any(f["header_as_row"] for f in summary["files"]) else "")
               + f"; {summary['file_bytes'] / 1e6:.0f} MB of CSV/XLSX files. Each COPY run loads a fresh table after "
               f"a CHECKPOINT, once PostgreSQL is idle; psql's `\\timing` of the `\\copy` (reading the file, sending "
               f"it, the commit).")
    note(MAIN, f"The machine has {NPROC} CPUs and was shared: load average {a.load_start} at the start and "
               f"{a.load_end} at the end of the suite (1, 5, 15 minutes)"
               + (f"; other work took {secs(cpu['other'])} of the window's {secs(cpu['capacity'])} of CPU, and "
                  f"the worker threads waited {secs(cpu['worker_wait'])} and PostgreSQL's client backends "
                  f"{secs(cpu['pg_client_wait'])} for a CPU (see the CPU table)" if cpu else "")
               + ". Both the ingestion and COPY ran under that load.")

    # Per kind.
    by_kind = collections.defaultdict(list)
    for b in batches:
        by_kind[b["kind"]].append(b)
    warm_by_kind = collections.defaultdict(list)
    for b in (warm["batches"] if warm else []):
        warm_by_kind[b["kind"]].append(b)
    for kind, group in sorted(by_kind.items(), key=lambda kv: -sum(b["time"] for b in kv[1])):
        t = sum(b["time"] for b in group)
        r = sum(b["rows"] for b in group)
        cells = [("Kind", kind), ("Batches", len(group)), ("Rows", n(r)),
                 ("Accepted", n(sum(b["accepted"] for b in group))),
                 ("Duplicates", n(sum(b["duplicates"] for b in group))),
                 ("Quarantined", n(sum(b["quarantined"] for b in group))),
                 ("Time", secs(t)), ("Rows/s", n(r / t) if t else "-"), ("Share of batch time", pct(t, busy))]
        if warm:
            wg = warm_by_kind.get(kind, [])
            wt = sum(b["time"] for b in wg)
            wr = sum(b["rows"] for b in wg)
            cells += [("Warm: time", secs(wt)), ("Warm: rows/s", n(wr / wt) if wt else "-"),
                      ("Warm: accepted", n(sum(b["accepted"] for b in wg)))]
        emit(KINDS, cells)
    note(KINDS, f"Time: the sum of the batches' finishedAt − startedAt ({secs(busy)} in all"
                + (f", more than the {secs(union)} with a batch running: batches ran side by side" if most > 1 else "")
                + "); rows/s counts every row read, messy ones included."
                + (f" Warm: the same files in the warm phase ({secs(warm['busy'])} in all)." if warm else ""))

    # Largest batches.
    for b in sorted(batches, key=lambda b: -b["rows"])[:10]:
        fmt = b["format"] + (f" {b['encoding']}" if b.get("encoding") else "")
        cells = [("Batch", b["id"]), ("File", b["fileName"]), ("Format", fmt), ("Kind", b["kind"]),
                 ("Rows", n(b["rows"])), ("Accepted", n(b["accepted"])), ("Quarantined", n(b["quarantined"])),
                 ("Time", secs(b["time"])), ("Rows/s", n(b["rows"] / b["time"]) if b["time"] else "-")]
        if warm:
            wbatch = warm["by_file"].get((b["fileName"], b["kind"]))
            cells += [("Warm: batch", wbatch["id"] if wbatch else "-"),
                      ("Warm: time", secs(wbatch["time"]) if wbatch else "-"),
                      ("Warm: rows/s", n(wbatch["rows"] / wbatch["time"]) if wbatch and wbatch["time"] else "-")]
        emit(LARGEST, cells)

    # CPU during the window.
    for cells in cpu_rows:
        emit(CPU, cells)
    for text in cpu_notes:
        note(CPU, text)
    if warm:
        for cells in warm_cpu_rows:
            if cells[0][1] == "Platform: JIT compiler threads":
                cells = cells[:-1] + [("Note", "after the cold phase: what the JIT still compiles")]
            emit(CPU_WARM, cells)
        for text in warm_cpu_notes:
            note(CPU_WARM, text)
        if warm_cpu_rows:
            note(CPU_WARM, "The same measures as the table above, for the warm phase's window (the suite polls "
                           "GET /api/v1/ingest/batches every 2 s in both phases; the uploads run in this window too: "
                           "curl is part of the rest of the machine, the platform's receiving of the files part of "
                           "its other threads).")

    # The workers' steps (JFR).
    if a.profile:
        prof = json.load(open(a.profile, encoding="utf-8"))
        w = prof["worker"]
        total = w["java"] + w["native"]
        shown = 0
        for name, java, native in w["steps"]:
            if shown >= 12:
                break
            shown += 1
            emit(STEPS, [("Step (BatchProcessor → callee)", name), ("Running Java", n(java)),
                         ("In native code (waiting on PostgreSQL)", n(native)),
                         ("Share of the workers' samples", pct(java + native, total)),
                         ("≈ Time", secs(busy * (java + native) / total) if total else "-")])
        rest = w["steps"][shown:]
        if rest:
            emit(STEPS, [("Step (BatchProcessor → callee)", f"{len(rest)} other steps"),
                         ("Running Java", n(sum(r[1] for r in rest))),
                         ("In native code (waiting on PostgreSQL)", n(sum(r[2] for r in rest))),
                         ("Share of the workers' samples", pct(sum(r[1] + r[2] for r in rest), total)),
                         ("≈ Time", secs(busy * sum(r[1] + r[2] for r in rest) / total) if total else "-")])
        emit(STEPS, [("Step (BatchProcessor → callee)", "all"), ("Running Java", n(w["java"])),
                     ("In native code (waiting on PostgreSQL)", n(w["native"])),
                     ("Share of the workers' samples", "100 %"), ("≈ Time", secs(busy))])
        hot = ", ".join(f"{m} {pct(c, w['java'])}" for m, c in w["hot"][:10])
        hot_native = ", ".join(f"{m} {pct(c, w['native'])}" for m, c in w["hot_native"][:6])
        note(STEPS, f"Cold phase only (the recording was dumped before the warm phase). JFR (settings=default: a sample of each thread about every 20 ms; 'Running Java' are "
                    f"jdk.ExecutionSample events, 'In native code' jdk.NativeMethodSample events — for this thread "
                    f"nearly always a socket read, i.e. waiting for PostgreSQL's answer; a thread waiting for the CPU "
                    f"is not sampled, and under load the sampler itself misses periods). A step is BatchProcessor's "
                    f"innermost frame and the platform method it calls (bench/lib/ingestion_profile.py); "
                    f"'process → TransactionOperations.executeWithoutResult' is the batch's commit, "
                    f"'flush → TransactionOperations…' the commit of a progress update; ≈ Time spreads the batches' {secs(busy)} (sum of their times) by the shares.")
        chunk_total = sum(j + nat for _, j, nat in w.get("chunk", []))
        chunk = ", ".join(f"{name.replace('ChunkProcessor.', '', 1)} {pct(j + nat, chunk_total)}"
                          for name, j, nat in w.get("chunk", [])[:8])
        if chunk:
            note(STEPS, f"Inside ChunkProcessor (checking, matching and preparing a chunk of rows; "
                        f"{pct(chunk_total, total)} of the workers' samples), by its innermost frame and callee: "
                        f"{chunk}. 'run λ → Registry.identities' above is the entity lookup that ChunkProcessor "
                        f"calls through a lambda of BatchProcessor.run (counted there, not in flush → "
                        f"ChunkProcessor.process).")
        note(STEPS, f"Hottest methods of the workers' Java samples (top frame): {hot}.")
        note(STEPS, f"Where the workers wait in native code (innermost platform frame): {hot_native}. "
                    f"Credit file flag listener (FlagUpdater): {prof['flags']['java']} Java and "
                    f"{prof['flags']['native']} native samples on its own threads.")

    # PostgreSQL's statements.
    ticks = collections.defaultdict(list)
    for line in open(a.activity, encoding="utf-8", errors="replace"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4 or not re.match(r"^\d+(\.\d+)?$", parts[0]):
            continue
        t = float(parts[0])
        if start <= t <= end:
            ticks[t].append(parts[1:4])
    if ticks:
        counts = collections.Counter()
        waits = collections.defaultdict(collections.Counter)
        busy_ticks = 0
        for t, active in ticks.items():
            seen = set()
            any_active = False
            for wait_type, wait_event, query in active:
                if not query:
                    continue
                any_active = True
                key = re.sub(r"\s+", " ", query)[:110]
                if key not in seen:
                    counts[key] += 1
                    seen.add(key)
                waits[key][f"{wait_type}:{wait_event}" if wait_type else "CPU"] += 1
            busy_ticks += any_active
        total_ticks = len(ticks)
        emit(STATEMENTS, [("Statement (first 110 characters)", "any statement of the platform"),
                          ("Samples", n(busy_ticks)), ("Share of the window", pct(busy_ticks, total_ticks)),
                          ("Wait events", "")])
        for key, c in counts.most_common(12):
            w = ", ".join(f"{k} {pct(v, sum(waits[key].values()))}" for k, v in waits[key].most_common(3))
            emit(STATEMENTS, [("Statement (first 110 characters)", key), ("Samples", n(c)),
                              ("Share of the window", pct(c, total_ticks)), ("Wait events", w)])
        note(STATEMENTS, f"{n(total_ticks)} samples of pg_stat_activity (client backends in state active, but "
                         f"the sampling session) in the cold phase's window. 'CPU' means no wait event: running, or waiting for a "
                         f"CPU. The platform's connection pool has several connections; each worker uses one at a time.")

    # Set-up and checks.
    prof_threads = json.load(open(a.profile, encoding="utf-8")).get("threads", []) if a.profile else []
    stored = (a.stored.split("\t") + [""] * 6)[:6]
    current, all_records, quarantine_rows, entities_with, flags, entities = stored
    setup = [
        ("Entities in the registry", n(int(entities)) if entities.isdigit() else entities),
        ("Demo city load (before, not measured)", a.city_line.split("Demo city ", 1)[-1] if a.city_line else "-"),
        ("Demo files (written and queued at start-up, not measured)",
         f"{a.files} files of {a.departments} departments, {summary['file_bytes'] / 1e6:.0f} MB: "
         + ", ".join(f"{c} {k}" for k, c in collections.Counter(
             b["format"] + (" " + b["encoding"] if b.get("encoding") else "") for b in batches).most_common())
         + f"; log: {a.demo_line.split('Demo: ', 1)[-1]}"),
        ("Batches", f"{len(batches)} COMPLETED, 0 FAILED; {n(rows_read)} rows = {n(accepted)} accepted + "
                    f"{n(duplicates)} duplicates + {n(quarantined)} quarantined"
                    + ("" if rows_read == accepted + duplicates + quarantined else " (DO NOT ADD UP)")),
        ("Stored (after the cold phase)", f"ingestion.records: {n(int(all_records))} rows, {n(int(current))} current (= accepted: "
                   f"{'yes' if int(current) == accepted else 'NO'}), for {n(int(entities_with))} entities; "
                   f"ingestion.quarantine: {n(int(quarantine_rows))} rows; creditfile.flags: {n(int(flags))} rows"),
        ("BatchAccepted publications", (f"{ev_count}, all completed" if not ev_failed else
                                        f"{ev_count}: {ev_done} completed, {ev_failed} FAILED")
         + f"; the last completed {end_flags - end_batches:.2f} s after the last batch finished"),
        ("Workers", f"{workers_text} (the most batches whose startedAt → finishedAt overlap)"
                    + (f"; worker threads seen by JFR: {', '.join(prof_threads)}" if prof_threads else "")),
        ("Gaps between batches", f"{secs(gaps)} in all with no batch running (claiming the next batch, wake-up)"),
    ]
    if a.log_levels:
        e, w_ = (a.log_levels.split("\t") + ["", ""])[:2]
        text = f"up to the end of the cold phase (start-up included): {e} ERROR, {w_} WARN"
        if a.warm_log_levels:
            e2, w2 = (a.warm_log_levels.split("\t") + ["", ""])[:2]
            text += f"; during the warm phase: {e2} ERROR, {w2} WARN"
        setup.append(("Platform log lines at level ERROR / WARN", text))
    if warm:
        up = warm["uploads"]
        codes = collections.Counter(u[1] for u in up)
        wstored = warm["stored"]
        setup += [
            ("Warm phase: departments",
             f"{len(warm['mirrors'])} registered (201), one per demo department ({warm['departments']} of them sent "
             f"files in the cold phase); codes " + ", ".join(m["code"] for m in warm["mirrors"][:3]) + " …"),
            ("Warm phase: uploads", f"{len(up)}: " + ", ".join(f"{c}× HTTP {k}" for k, c in codes.most_common())
             + (f"; {hms(min(u[2] for u in up))} → {hms(max(u[3] for u in up))} UTC, "
                f"{secs(max(u[3] for u in up) - min(u[2] for u in up))}" if up else "")),
            ("Warm phase: batches", f"{len(warm['batches'])} COMPLETED, 0 FAILED; {n(warm['rows'])} rows = "
                                    f"{n(warm['accepted'])} accepted + {n(warm['duplicates'])} duplicates + "
                                    f"{n(warm['quarantined'])} quarantined; department by department and file by "
                                    f"file the same as the cold phase: "
                                    + ("yes" if not warm["differing"] and not warm["files_differing"] else
                                       f"NO ({len(warm['differing'])} departments, "
                                       f"{len(warm['files_differing'])} files differ)")),
            ("Warm phase: stored", (f"ingestion.records: {n(int(wstored[1]))} rows, {n(int(wstored[0]))} current "
                                    f"(= 2 × {n(accepted)}: {'yes' if int(wstored[0]) == 2 * accepted else 'NO'}); "
                                    f"each mirror department's current records = its demo department's: "
                                    f"{'yes' if not warm['records_differing'] else 'NO'}; ingestion.quarantine: "
                                    f"{n(int(wstored[2]))} rows; creditfile.flags: {n(int(wstored[4]))} rows"
                                    if wstored[0].isdigit() and wstored[1].isdigit() else "?")),
            ("Warm phase: BatchAccepted publications",
             (f"{warm['ev_count']}, all completed" if not warm["ev_failed"] else
              f"{warm['ev_count']}: {warm['ev_done']} completed, {warm['ev_failed']} FAILED")
             + (f"; the last completed {warm['end'] - warm['end_batches']:.2f} s after the last batch finished"
                if warm["ev_last"] else "")),
            ("Warm phase: workers", f"up to {warm['most']} batches side by side; "
                                    f"{secs(warm['end_batches'] - warm['start'] - warm['union'])} in all with no batch "
                                    f"running between the first start and the last finish"),
        ]
    setup += [
        ("Peak RSS of the platform's JVM", (f"{int(a.hwm_kb) / 1024:.0f} MiB (VmHWM, whole run)" if a.hwm_kb else "?")
         + (f"; {java_rss / 1024:.0f} MiB at most while sampled" if java_rss else "")),
        ("JVM options", a.java_opts.strip() or "none (the JVM's defaults, as ./run.sh)"),
        ("Jar", f"target/credit-platform.jar built {a.jar_built}" + (f"; {a.source}" if a.source else "")),
        ("Data directory", "fresh, deleted after the run"),
    ]
    for item, value in setup:
        emit(SETUP, [("Item", item), ("Value", value)])
    if int(current) != accepted or rows_read != accepted + duplicates + quarantined:
        note(SETUP, "The counts do not add up: see the Batches and Stored rows.")


if __name__ == "__main__":
    main()
