#!/usr/bin/env python3
"""The soak of suite "soak" (bench/suites/60-soak.sh): a steady public load plus a department upload
every 30 s, with the server's memory sampled, for DURATION seconds. Standard library only.

    soak_load.py BASE_URL ADMIN_PASSWORD SERVER_PID DURATION RATE OUT_DIR

Set-up (not measured): collects entity codes from the change feed (GET /api/v1/public/changes) and
names from searches by code, registers one department for penalties (POST /api/v1/departments, HTTP
Basic as admin) and keeps its API key.

Load: RATE requests per second, open loop: request i is due at start + i/RATE whatever happened to
the earlier ones, taken by the first free of WORKERS threads (each with its own keep-alive
connection). Its latency is counted from when it was due, so that a stalled server shows in the
percentiles instead of lowering the rate (no coordinated omission). The mix, drawn with a seeded
random (BENCH_SOAK_SEED, default 1):

    40 %  GET /api/v1/public/entities?q=…&size=10   a code or a two/three-character fragment of a name
    30 %  GET /api/v1/public/entities/{code}         the public report
    15 %  GET /report/{code}/print                   the print view (HTML)
    15 %  GET /api/v1/public/changes?since=…&size=100 the change feed, from a cursor seen in set-up

Every 30 s: POST /api/v1/ingest/batches (multipart: a CSV of 20 valid penalties of known entities,
new document numbers each time, kind=PENALTY) with the department's X-Api-Key; must answer 202 and
the batch must then become COMPLETED (checked as admin after the load; rows accepted and
quarantined are reported).

Memory every 30 s: the server's RSS (/proc/PID/status) and heap use (jcmd PID GC.heap_info); at the
start and the end also after a full GC (jcmd PID GC.run), the figure that says whether memory is flat.

Writes OUT_DIR/soak.json (everything) and prints a summary. Exit status 1 when any request
answered other than intended (non-2xx, or a connection error), an upload was refused or its batch
did not complete.
"""
import base64
import csv
import io
import http.client
import json
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ingestion_warm import government_code  # noqa: E402

WORKERS = int(os.environ.get("BENCH_SOAK_WORKERS", "16"))
SEED = int(os.environ.get("BENCH_SOAK_SEED", "1"))
UPLOAD_EVERY = int(os.environ.get("BENCH_SOAK_UPLOAD_EVERY", "30"))
SAMPLE_EVERY = 30
ROWS_PER_UPLOAD = 20
MIX = [("search", 40), ("report", 30), ("print", 15), ("feed", 15)]


def log(text):
    print(f"    {text}", file=sys.stderr, flush=True)


class Client:
    """One keep-alive HTTP connection (reconnects after an error)."""

    def __init__(self, base):
        parsed = urllib.parse.urlsplit(base)
        self.host, self.port = parsed.hostname, parsed.port
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response.status, data
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 1 or method != "GET":
                    raise
        raise AssertionError("unreachable")


def basic(password):
    return "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()


def get_json(client, path, headers=None):
    status, data = client.request("GET", path, headers={"Accept": "application/json", **(headers or {})})
    if status != 200:
        sys.exit(f"soak_load.py: GET {path}: HTTP {status}: {data[:300]!r}")
    return json.loads(data)


def setup(base, password, rnd):
    client = Client(base)
    codes, cursors, since = [], [], None
    while len(codes) < 3000:
        page = get_json(client, "/api/v1/public/changes?size=1000" + (f"&since={urllib.parse.quote(since)}" if since else ""))
        for item in page["items"]:
            codes.append(item["entityCode"])
            cursors.append(item["cursor"])
        if not page["items"] or not page.get("nextCursor") or page["nextCursor"] == since:
            break
        since = page["nextCursor"]
    codes = sorted(set(codes))
    if len(codes) < 50:
        sys.exit(f"soak_load.py: only {len(codes)} entities in the change feed (is the demo city loaded?)")
    rnd.shuffle(codes)
    names = []
    for code in codes[:200]:
        hits = get_json(client, f"/api/v1/public/entities?q={code}&size=1")["items"]
        if hits:
            names.append(hits[0]["name"])
    fragments = []
    for name in names:
        plain = re.sub(r"[（）()\s]", "", name)
        for length in (2, 3):
            if len(plain) >= length + 2:
                start = rnd.randrange(2, len(plain) - length + 1)  # past the common city prefix
                fragments.append(plain[start:start + length])
    code = government_code(f"{random.SystemRandom().randrange(10 ** 8):08d}")
    body = json.dumps({"name": "瑞昌市浸泡测试部门", "code": code, "kind": "HORIZONTAL", "recordKinds": ["PENALTY"]},
                      ensure_ascii=False).encode()
    status, data = client.request("POST", "/api/v1/departments", body=body, headers={
        "Content-Type": "application/json", "Accept": "application/json", "Authorization": basic(password)})
    if status != 201:
        sys.exit(f"soak_load.py: POST /api/v1/departments: HTTP {status}: {data[:300]!r}")
    department = json.loads(data)
    return codes, fragments, cursors, department, code


def penalty_csv(codes, names_by_code, authority_code, upload, rnd):
    """ROWS_PER_UPLOAD valid penalties of registered entities, English field names as the header."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["partyName", "partyType", "creditCode", "documentNumber", "violationType", "facts", "basis",
                     "penaltyCategories", "content", "fineAmount", "decisionDate", "validUntil", "authority",
                     "authorityCode", "sourceUnit", "sourceUnitCode"])
    for i in range(ROWS_PER_UPLOAD):
        code = rnd.choice(codes)
        writer.writerow([names_by_code[code], "法人及非法人组织", code, f"瑞市监罚〔2024〕浸{upload:04d}-{i:03d}号",
                         "未按规定公示年度报告", "当事人未按规定履行公示义务", "《企业信息公示暂行条例》第十八条",
                         "警告", "警告", "0", "2024-03-15", "2027-03-14", "瑞昌市市场监督管理局", authority_code,
                         "瑞昌市市场监督管理局", authority_code])
    return out.getvalue().encode("utf-8")


def multipart(fields, file_name, content):
    boundary = "soak" + uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode())
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n"
                 f"Content-Type: text/csv\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def memory(pid, gc):
    sample = {"t": time.time()}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    sample["rss_mb"] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        if gc:
            subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=60)
        out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
        # G1: "garbage-first heap   total 262144K, used 123456K"; others: several "used NK" lines.
        m = re.search(r"heap\s+total (\d+)K, used (\d+)K", out)
        if m:
            sample["heap_total_mb"] = round(int(m.group(1)) / 1024, 1)
            sample["heap_used_mb"] = round(int(m.group(2)) / 1024, 1)
        else:
            used = [int(x) for x in re.findall(r"used (\d+)K", out)]
            if used:
                sample["heap_used_mb"] = round(sum(used[:2]) / 1024, 1)
    except (OSError, subprocess.SubprocessError):
        pass
    sample["after_gc"] = gc
    return sample


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    return sorted_values[min(len(sorted_values) - 1, int(round(p / 100 * (len(sorted_values) - 1))))]


def main(argv):
    base, password, pid, duration, rate, out_dir = argv[1], argv[2], int(argv[3]), int(argv[4]), float(argv[5]), argv[6]
    rnd = random.Random(SEED)
    log("Set-up: codes from the change feed, names from searches, one penalty department")
    codes, fragments, cursors, department, authority_code = setup(base, password, rnd)
    admin = Client(base)
    names_by_code = {}
    for code in codes[:300]:
        hits = get_json(admin, f"/api/v1/public/entities?q={code}&size=1")["items"]
        if hits:
            names_by_code[code] = hits[0]["name"]
    upload_codes = sorted(names_by_code)
    log(f"{len(codes)} codes, {len(fragments)} name fragments, {len(cursors)} feed cursors; "
        f"department {department['id']}; rate {rate}/s for {duration} s with {WORKERS} workers")

    def next_request(r):
        roll, acc = r.random() * 100, 0
        for kind, share in MIX:
            acc += share
            if roll < acc:
                break
        if kind == "search":
            q = r.choice(codes) if r.random() < 1 / 3 else r.choice(fragments)
            return kind, f"/api/v1/public/entities?q={urllib.parse.quote(q)}&size=10"
        if kind == "report":
            return kind, f"/api/v1/public/entities/{r.choice(codes)}"
        if kind == "print":
            return kind, f"/report/{r.choice(codes)}/print"
        return kind, f"/api/v1/public/changes?since={urllib.parse.quote(r.choice(cursors))}&size=100"

    tasks = queue.Queue(maxsize=10000)
    results = []  # (due offset s, kind, status, latency ms from due, service ms)
    lock = threading.Lock()
    stop = threading.Event()

    def worker():
        client = Client(base)
        while True:
            task = tasks.get()
            if task is None:
                return
            due, kind, path = task
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            sent = time.perf_counter()
            try:
                status, _ = client.request("GET", path, headers={
                    "Accept": "text/html" if kind == "print" else "application/json"})
            except (http.client.HTTPException, OSError):
                status = 0
            done = time.perf_counter()
            with lock:
                results.append((due - t0, kind, status, (done - due) * 1000, (done - sent) * 1000, path))

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(WORKERS)]
    for t in threads:
        t.start()

    uploads, samples = [], []
    upload_client = Client(base)

    def upload(number):
        content = penalty_csv(upload_codes, names_by_code, authority_code, number, rnd_upload)
        body, content_type = multipart({"kind": "PENALTY"}, f"soak-{number:04d}.csv", content)
        started = time.perf_counter()
        try:
            status, data = upload_client.request("POST", "/api/v1/ingest/batches", body=body, headers={
                "Content-Type": content_type, "Accept": "application/json", "X-Api-Key": department["apiKey"]})
        except (http.client.HTTPException, OSError) as e:
            status, data = 0, str(e).encode()
        entry = {"number": number, "status": status, "ms": round((time.perf_counter() - started) * 1000, 1)}
        if status == 202:
            entry["batch"] = json.loads(data)["id"]
        else:
            entry["answer"] = data[:300].decode("utf-8", "replace")
        uploads.append(entry)

    rnd_upload = random.Random(SEED + 1)
    samples.append(memory(pid, gc=True))
    log(f"Memory at the start (after a full GC): {samples[-1]}")
    r = random.Random(SEED + 2)
    t0 = time.perf_counter()
    end = t0 + duration
    i = 0
    next_upload, next_sample, upload_number = t0, t0 + SAMPLE_EVERY, 0
    while True:
        now = time.perf_counter()
        if now >= end:
            break
        if now >= next_upload:
            upload_number += 1
            threading.Thread(target=upload, args=(upload_number,), daemon=True).start()
            next_upload += UPLOAD_EVERY
        if now >= next_sample:
            threading.Thread(target=lambda: samples.append(memory(pid, gc=False)), daemon=True).start()
            next_sample += SAMPLE_EVERY
        due = t0 + i / rate
        if due <= now + 0.05:
            kind, path = next_request(r)
            tasks.put((due, kind, path))
            i += 1
        else:
            time.sleep(min(0.01, due - now))
    for _ in threads:
        tasks.put(None)
    for t in threads:
        t.join(timeout=120)
    elapsed = time.perf_counter() - t0
    time.sleep(2)
    samples.append(memory(pid, gc=False))
    samples.append(memory(pid, gc=True))
    log(f"Memory at the end (after a full GC): {samples[-1]}")

    # The uploads' batches: every one COMPLETED with every row accepted.
    deadline = time.time() + 300
    for entry in uploads:
        if "batch" not in entry:
            continue
        while True:
            batch = get_json(admin, f"/api/v1/ingest/batches/{entry['batch']}", {"Authorization": basic(password)})
            if batch["status"] in ("COMPLETED", "FAILED") or time.time() > deadline:
                break
            time.sleep(1)
        entry.update({"batchStatus": batch["status"], "rows": batch.get("rows"), "accepted": batch.get("accepted"),
                      "quarantined": batch.get("quarantined")})

    by_kind = {}
    for _, kind, status, latency, service, _ in results:
        by_kind.setdefault(kind, []).append((status, latency, service))
    summary = {"requests": len(results), "seconds": round(elapsed, 1), "rate_target": rate,
               "rate_achieved": round(len(results) / elapsed, 2), "workers": WORKERS, "kinds": {}}
    all_latency = sorted(x[3] for x in results)
    errors = [x for x in results if not 200 <= x[2] < 300]
    summary["errors"] = len(errors)
    summary["error_examples"] = [{"kind": e[1], "status": e[2], "path": e[5]} for e in errors[:20]]
    summary["p50_ms"], summary["p95_ms"], summary["p99_ms"], summary["max_ms"] = (
        round(percentile(all_latency, p), 1) if all_latency else None for p in (50, 95, 99, 100))
    for kind, values in by_kind.items():
        lat = sorted(v[1] for v in values)
        summary["kinds"][kind] = {"requests": len(values), "errors": sum(1 for v in values if not 200 <= v[0] < 300),
                                  "p50_ms": round(percentile(lat, 50), 1), "p95_ms": round(percentile(lat, 95), 1),
                                  "p99_ms": round(percentile(lat, 99), 1)}
    # Per minute: requests and p99, to see drift.
    minutes = {}
    for due, _, _, latency, _, _ in results:
        minutes.setdefault(int(due // 60), []).append(latency)
    summary["per_minute"] = [{"minute": m + 1, "requests": len(v), "p50_ms": round(percentile(sorted(v), 50), 1),
                              "p99_ms": round(percentile(sorted(v), 99), 1)} for m, v in sorted(minutes.items())]
    summary["uploads"] = uploads
    summary["upload_failures"] = sum(1 for u in uploads if u["status"] != 202 or u.get("batchStatus") != "COMPLETED")
    summary["upload_rows"] = sum(u.get("rows") or 0 for u in uploads)
    summary["upload_accepted"] = sum(u.get("accepted") or 0 for u in uploads)
    summary["upload_quarantined"] = sum(u.get("quarantined") or 0 for u in uploads)
    summary["memory"] = samples
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "soak.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    log(f"{summary['requests']} requests in {summary['seconds']} s ({summary['rate_achieved']}/s), "
        f"{summary['errors']} errors, p50 {summary['p50_ms']} p95 {summary['p95_ms']} p99 {summary['p99_ms']} ms; "
        f"{len(uploads)} uploads, {summary['upload_failures']} failed")
    return 1 if summary["errors"] or summary["upload_failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
