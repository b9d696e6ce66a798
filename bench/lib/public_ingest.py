#!/usr/bin/env python3
"""Loads the credit records of suite "public" (bench/suites/50-public-report.sh) through the ingest API.

    public_ingest.py register URL ADMIN_PASSWORD OUT_JSON
        Registers one department per record kind (POST /api/v1/departments, HTTP Basic as admin; a
        valid credit code of a government body of the city, 11360481BP000001… as in
        bench/lib/ingestion_warm.py) and writes OUT_JSON: {KIND: {"id", "name", "code", "apiKey"}}.

    public_ingest.py upload URL DEPARTMENTS_JSON FILES_DIR OUT_JSON
        Sends every file of FILES_DIR/records.json (bench/lib/public_records.py) with its department's
        X-Api-Key: POST /api/v1/ingest/batches, multipart file + kind, one after the other, the kinds
        interleaved (a department's batches are processed one at a time, in order of arrival; the
        platform's workers take different departments side by side). Every upload must answer 202.
        OUT_JSON: {"uploads": [{"file", "kind", "batch", "seconds"}], "started", "finished"} (epoch s).

    public_ingest.py wait URL SESSION UPLOADS_JSON OUT_JSON TIMEOUT
        Polls GET /api/v1/ingest/batches?department=… (SESSION cookie of admin) every 2 s until every
        uploaded batch is COMPLETED (exit 1 on FAILED or after TIMEOUT seconds), then writes OUT_JSON:
        the batches (counts, submittedAt, startedAt, finishedAt) and the error codes of rows not
        accepted (GET /api/v1/ingest/batches/{id}: its first 100 errors).

    public_ingest.py summary RECORDS_JSON UPLOADS_JSON BATCHES_JSON GENERATION_S COMPLETED_AT HANDLED_AT OUT_JSON
        The load in numbers (OUT_JSON, kept with a reused data directory): files, upload time, rows,
        accepted (by kind), duplicates, quarantined and why, the platform's window (first batch's
        startedAt to the last one's finishedAt) and records/s = accepted / window, and the time from
        the first upload until every batch was COMPLETED (COMPLETED_AT, epoch s) and until every
        event publication was handled (HANDLED_AT: credit-file flags, change feed).
"""
import datetime
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ingestion_warm import government_code, post_json  # noqa: E402

DEPARTMENTS = [
    ("PENALTY", "INTERNAL", "瑞昌市市场监督管理局（基准·行政处罚）"),
    ("LICENCE", "HORIZONTAL", "瑞昌市行政审批局（基准·行政许可）"),
    ("INSPECTION", "INTERNAL", "瑞昌市市场监督管理局（基准·双随机抽查）"),
    ("ANNUAL_REPORT", "INTERNAL", "瑞昌市市场监督管理局（基准·企业年报）"),
]


def log(text):
    print(f"    {text}", file=sys.stderr, flush=True)


def register(url, password, out):
    result = {}
    for number, (kind, department_kind, name) in enumerate(DEPARTMENTS, start=1):
        code = government_code(f"BP{number:06d}")
        status, answer = post_json(url, "/api/v1/departments",
                                   {"name": name, "code": code, "kind": department_kind, "recordKinds": [kind]},
                                   password)
        if status != 201 or not isinstance(answer, dict) or not answer.get("apiKey"):
            sys.exit(f"public_ingest.py: POST /api/v1/departments {code} ({name}): HTTP {status}: {answer}")
        result[kind] = {"id": answer["id"], "name": name, "code": code, "apiKey": answer["apiKey"]}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)


def upload(url, departments_file, files_dir, out):
    departments = json.load(open(departments_file, encoding="utf-8"))
    files = json.load(open(os.path.join(files_dir, "records.json"), encoding="utf-8"))["files"]
    by_kind = {}
    for f in files:
        by_kind.setdefault(f["kind"], []).append(f)
    order = []  # interleaved: 1st of each kind, 2nd of each kind, …
    while any(by_kind.values()):
        for kind in list(by_kind):
            if by_kind[kind]:
                order.append(by_kind[kind].pop(0))
    uploads, started = [], time.time()
    for f in order:
        t0 = time.time()
        result = subprocess.run(
            ["curl", "-sS", "--max-time", "600", "-o", "-", "-w", "\n%{http_code}",
             "-H", f"X-Api-Key: {departments[f['kind']]['apiKey']}",
             "-F", f"file=@{os.path.join(files_dir, f['file'])};type=text/csv", "-F", f"kind={f['kind']}",
             f"{url}/api/v1/ingest/batches"], capture_output=True, text=True)
        body, _, code = result.stdout.rpartition("\n")
        if result.returncode != 0 or code != "202":
            sys.exit(f"public_ingest.py: uploading {f['file']} ({f['bytes']:,} bytes): HTTP {code or '-'} "
                     f"{body[:500]} {result.stderr[:300]}")
        batch = json.loads(body)["id"]
        uploads.append({"file": f["file"], "kind": f["kind"], "rows": f["rows"], "bytes": f["bytes"],
                        "department": departments[f["kind"]]["id"], "batch": batch, "seconds": round(time.time() - t0, 2)})
        log(f"{f['file']} ({f['rows']:,} rows, {f['bytes'] / 1048576:.1f} MiB) -> batch {batch} "
            f"in {time.time() - t0:.1f} s")
    with open(out, "w", encoding="utf-8") as o:
        json.dump({"uploads": uploads, "started": started, "finished": time.time()}, o)


def get_json(url, session, path):
    request = urllib.request.Request(url + path, headers={"Cookie": f"SESSION={session}",
                                                          "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def wait(url, session, uploads_file, out, timeout):
    uploads = json.load(open(uploads_file, encoding="utf-8"))["uploads"]
    ours = {u["batch"] for u in uploads}
    departments = sorted({u["department"] for u in uploads})
    since, last_report = time.time(), 0.0
    while True:
        batches = {}
        for department in departments:  # newest first, pages of 100
            page = 1
            while True:
                items = get_json(url, session, f"/api/v1/ingest/batches?department={department}&size=100&page={page}")["items"]
                batches.update((b["id"], b) for b in items if b["id"] in ours)
                if len(items) < 100:
                    break
                page += 1
        failed = [b for b in batches.values() if b["status"] == "FAILED"]
        if failed:
            b = failed[0]
            sys.exit(f"public_ingest.py: batch {b['id']} ({b['fileName']}) FAILED: {b.get('failureCode')}")
        done = [b for b in batches.values() if b["status"] == "COMPLETED"]
        if len(done) == len(ours):
            break
        if time.time() - since > timeout:
            sys.exit(f"public_ingest.py: {len(ours) - len(done)} of {len(ours)} batches not done after {timeout} s")
        if time.time() - last_report >= 30:
            accepted = sum(b["accepted"] for b in done)
            log(f"... {len(done)} of {len(ours)} batches completed, {accepted:,} records accepted "
                f"({time.time() - since:.0f} s)")
            last_report = time.time()
        time.sleep(2)
    # Why rows were not accepted: the error codes on the first page of each such batch's errors.
    codes = {}
    for b in batches.values():
        if b["quarantined"] or b.get("unmatched"):
            for e in get_json(url, session, f"/api/v1/ingest/batches/{b['id']}").get("errors") or []:
                codes[e.get("code", "?")] = codes.get(e.get("code", "?"), 0) + 1
    items = [{k: b.get(k) for k in ("id", "kind", "fileName", "rows", "accepted", "duplicates", "quarantined",
                                    "flagged", "unmatched", "submittedAt", "startedAt", "finishedAt")}
             for b in sorted(batches.values(), key=lambda b: b["id"])]
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"batches": items, "error_codes": codes}, f, ensure_ascii=False)


def epoch(iso):
    return datetime.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def summary(records_file, uploads_file, batches_file, generation_seconds, completed_at, handled_at, out):
    files = json.load(open(records_file, encoding="utf-8"))
    uploads = json.load(open(uploads_file, encoding="utf-8"))
    result = json.load(open(batches_file, encoding="utf-8"))
    batches = result["batches"]
    first = min(epoch(b["startedAt"]) for b in batches)
    last = max(epoch(b["finishedAt"]) for b in batches)
    accepted = sum(b["accepted"] for b in batches)
    by_kind = {}
    for b in batches:
        by_kind[b["kind"]] = by_kind.get(b["kind"], 0) + b["accepted"]
    load = {
        "generated": files["records"], "generated_kinds": files["kinds"], "files": len(files["files"]),
        "bytes": sum(f["bytes"] for f in files["files"]), "generation_seconds": float(generation_seconds),
        "upload_seconds": round(uploads["finished"] - uploads["started"], 1),
        "batches": len(batches), "rows": sum(b["rows"] for b in batches), "accepted": accepted,
        "accepted_kinds": by_kind, "duplicates": sum(b["duplicates"] for b in batches),
        "quarantined": sum(b["quarantined"] for b in batches), "flagged": sum(b["flagged"] for b in batches),
        "error_codes": result["error_codes"],
        "window_seconds": round(last - first, 1), "records_per_second": round(accepted / (last - first)),
        "until_completed_seconds": round(float(completed_at) - uploads["started"], 1),
        "until_handled_seconds": round(float(handled_at) - uploads["started"], 1),
        "today": files["today"], "seed": files["seed"],
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(load, f, ensure_ascii=False, indent=1)
    log(f"{accepted:,} records accepted of {load['rows']:,} rows ({load['quarantined']:,} quarantined, "
        f"{load['duplicates']:,} duplicates) in {load['window_seconds']} s: {load['records_per_second']:,} records/s")


def main(argv):
    if len(argv) == 5 and argv[1] == "register":
        register(argv[2], argv[3], argv[4])
    elif len(argv) == 6 and argv[1] == "upload":
        upload(argv[2], argv[3], argv[4], argv[5])
    elif len(argv) == 7 and argv[1] == "wait":
        wait(argv[2], argv[3], argv[4], argv[5], int(argv[6]))
    elif len(argv) == 9 and argv[1] == "summary":
        summary(*argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
