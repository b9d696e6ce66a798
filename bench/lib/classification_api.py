#!/usr/bin/env python3
"""The HTTP side of suite "classification" (bench/suites/80-classification.sh). Standard library only.

    classification_api.py run URL ADMIN_PASSWORD SESSION OUT_JSON TIMEOUT
        One full reclassification: POST /api/v1/classification/runs (HTTP Basic as admin: one bcrypt
        check, no CSRF token needed) must answer 202 with {"id": …}; then GET
        /api/v1/classification/runs/{id} (the SESSION cookie: no bcrypt per poll) every
        BENCH_CLASSIFICATION_RUN_POLL_MS (default 200) ms until its status is DONE (exit 1 on FAILED or
        after TIMEOUT seconds). OUT_JSON: the run as the platform last showed it, the client's wall time
        from the POST sent until DONE was seen, the POST's own time, and the progress samples.

    classification_api.py register URL ADMIN_PASSWORD OUT_JSON
        Registers the department that sends the latency phase's penalties (POST /api/v1/departments, HTTP
        Basic as admin; a government body's code 11360481BC000001…) and writes {"id", "name", "code",
        "apiKey"}.

    classification_api.py latency URL SESSION DEPARTMENT_JSON CANDIDATES_TSV N OUT_JSON
        N single-row PENALTY batches, one after the other, each for a different entity of CANDIDATES_TSV
        (code TAB name TAB kind) that has a class: GET /api/v1/entities/{code}/risk first (the class before),
        then POST /api/v1/ingest/batches (multipart file + kind, the department's X-Api-Key: a fine of
        2 万元 decided today), and, from its 202 answer, GET /api/v1/entities/{code}/risk every
        BENCH_CLASSIFICATION_POLL_MS (default 10) ms, up to 30 s, until the result is newer than the
        submission (classifiedAt after the POST was sent) or an indicator's value in the explanation rose.
        OUT_JSON: per batch the POST's time, and from the POST sent / from its 202 answer until the class
        was updated (seconds; null: not within 30 s), from the batch's acceptance (its finishedAt, when the
        platform publishes BatchAccepted) until its classifiedAt (both the platform's clock) and until the
        client saw it, whether the explanation shows more (a value rose), and the class before and after.
"""
import base64
import datetime
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ingestion_warm import government_code, post_json  # noqa: E402

RUN_POLL = float(os.environ.get("BENCH_CLASSIFICATION_RUN_POLL_MS", "200")) / 1000
POLL = float(os.environ.get("BENCH_CLASSIFICATION_POLL_MS", "10")) / 1000
TIMEOUT = 30.0
AUTHORITY = "瑞昌市市场监督管理局（基准·风险分类）"


def log(text):
    print(f"    {text}", file=sys.stderr, flush=True)


def parse(text):
    try:
        return json.loads(text)
    except ValueError:
        return text


def request(url, path, method="GET", session=None, password=None, body=None, headers=None):
    headers = dict(headers or {})
    headers.setdefault("Accept", "application/json")
    if session:
        headers["Cookie"] = f"SESSION={session}"
    if password:
        headers["Authorization"] = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
    req = urllib.request.Request(url + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.status, parse(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, parse(e.read().decode("utf-8", "replace"))


def instant(text):
    """An ISO-8601 instant as the platform writes it (…Z, up to nanoseconds) -> epoch seconds."""
    if not text:
        return None
    text = text.replace("Z", "+00:00")
    head, _, rest = text.partition(".")
    if rest:  # at most 6 fraction digits for fromisoformat
        digits = "".join(c for c in rest if c.isdigit())
        zone = rest[len(digits):]
        text = f"{head}.{digits[:6]}{zone}"
    return datetime.datetime.fromisoformat(text).timestamp()


# ---- Full runs ----

def run(url, password, session, out, timeout):
    sent = time.time()
    status, answer = request(url, "/api/v1/classification/runs", "POST", password=password, body=b"")
    answered = time.time()
    if status != 202 or not isinstance(answer, dict) or "id" not in answer:
        sys.exit(f"classification_api.py: POST /api/v1/classification/runs: HTTP {status}: {str(answer)[:500]}")
    run_id = answer["id"]
    samples, last, last_log = [], None, 0.0
    while True:
        status, progress = request(url, f"/api/v1/classification/runs/{run_id}", session=session)
        now = time.time()
        if status != 200 or not isinstance(progress, dict):
            sys.exit(f"classification_api.py: GET /api/v1/classification/runs/{run_id}: HTTP {status}: "
                     f"{str(progress)[:500]}")
        if last is None or progress.get("done") != last.get("done") or progress.get("status") != last.get("status"):
            samples.append([round(now - sent, 3), progress.get("status"), progress.get("done"), progress.get("total")])
        last = progress
        if progress.get("status") == "DONE":
            break
        if progress.get("status") == "FAILED":
            sys.exit(f"classification_api.py: run {run_id} FAILED: {progress.get('error')}")
        if now - sent > timeout:
            sys.exit(f"classification_api.py: run {run_id} not DONE after {timeout} s: {progress}")
        if now - last_log >= 15:
            log(f"... run {run_id}: {progress.get('status')} {progress.get('done')} of {progress.get('total')} "
                f"({now - sent:.0f} s)")
            last_log = now
        time.sleep(RUN_POLL)
    seen = time.time()
    started, finished, queued = (instant(last.get(k)) for k in ("startedAt", "finishedAt", "queuedAt"))
    result = {"id": run_id, "run": last, "post_seconds": round(answered - sent, 3),
              "wall_seconds": round(seen - sent, 3), "poll_ms": RUN_POLL * 1000,
              "server_seconds": round(finished - started, 3) if started and finished else None,
              "queued_seconds": round(started - queued, 3) if started and queued else None,
              "samples": samples}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    log(f"run {run_id}: DONE, {last.get('done')} of {last.get('total')} in {result['wall_seconds']} s "
        f"(server: startedAt → finishedAt {result['server_seconds']} s)")


# ---- The latency phase ----

def register(url, password, out):
    code = government_code("BC000001")
    status, answer = post_json(url, "/api/v1/departments",
                               {"name": AUTHORITY, "code": code, "kind": "INTERNAL", "recordKinds": ["PENALTY"]},
                               password)
    if status != 201 or not isinstance(answer, dict) or not answer.get("apiKey"):
        sys.exit(f"classification_api.py: POST /api/v1/departments {code}: HTTP {status}: {answer}")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"id": answer["id"], "name": AUTHORITY, "code": code, "apiKey": answer["apiKey"]}, f,
                  ensure_ascii=False)


def penalty_csv(code, name, kind, authority_code, number):
    """One valid penalty decided today: a fine of 2 万元, public for 3 years (English field names)."""
    today = datetime.date.today()
    until = today.replace(year=today.year + 3) - datetime.timedelta(days=1) \
        if not (today.month == 2 and today.day == 29) else today.replace(year=today.year + 3, day=28)
    party = "个体工商户" if kind == "INDIVIDUAL_BUSINESS" else "法人及非法人组织"
    header = ["partyName", "partyType", "creditCode", "documentNumber", "violationType", "facts", "basis",
              "penaltyCategories", "content", "fineAmount", "decisionDate", "validUntil", "authority",
              "authorityCode", "sourceUnit", "sourceUnitCode"]
    row = [name, party, code, f"瑞市监罚〔{today.year}〕类{number:04d}号", "销售不合格产品",
           "经抽样检验，当事人销售的产品不符合国家标准。", "《中华人民共和国产品质量法》第四十九条", "罚款", "罚款20000元",
           "2", today.isoformat(), until.isoformat(), AUTHORITY, authority_code, AUTHORITY, authority_code]

    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v for v in values)
    return (line(header) + "\r\n" + line(row) + "\r\n").encode("utf-8")


def multipart(fields, file_name, content):
    boundary = "bench" + uuid.uuid4().hex
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode()
             for k, v in fields.items()]
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n"
                 f"Content-Type: text/csv\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def values(result):
    """The explanation's values by indicator (general and professional), as numbers."""
    found = {}
    if not isinstance(result, dict):
        return found
    entries = list(result.get("explanation") or [])
    for p in result.get("professional") or []:
        if isinstance(p, dict):
            entries += [dict(e, indicator=f"{p.get('model')}/{e.get('indicator')}") for e in p.get("explanation") or []]
    for e in entries:
        try:
            found[str(e.get("indicator"))] = float(e.get("value"))
        except (TypeError, ValueError):
            pass
    return found


def rose(before, after):
    return [k for k, v in values(after).items() if v > values(before).get(k, 0.0)]


def latency(url, session, department_file, candidates_file, n, out):
    department = json.load(open(department_file, encoding="utf-8"))
    candidates = [line.rstrip("\n").split("\t") for line in open(candidates_file, encoding="utf-8") if line.strip()]
    rows, skipped, refused = [], 0, {}
    for code, name, kind in candidates:
        if len(rows) >= n:
            break
        status, before = request(url, f"/api/v1/entities/{code}/risk", session=session)
        if status != 200 or not isinstance(before, dict):
            skipped += 1
            if skipped > max(20, n) and not rows:
                sys.exit(f"classification_api.py: GET /api/v1/entities/{code}/risk: HTTP {status}: "
                         f"{str(before)[:300]} (no candidate has a class)")
            continue
        body, content_type = multipart({"kind": "PENALTY"}, f"bench-risk-{len(rows) + 1:04d}.csv",
                                       penalty_csv(code, name, kind, department["code"], len(rows) + 1))
        sent = time.time()
        status, answer = request(url, "/api/v1/ingest/batches", "POST", body=body,
                                 headers={"Content-Type": content_type, "X-Api-Key": department["apiKey"]})
        answered = time.time()
        if status != 202:
            key = f"HTTP {status} {str(answer)[:120]}"
            refused[key] = refused.get(key, 0) + 1
            if sum(refused.values()) > max(10, n // 10):
                sys.exit(f"classification_api.py: too many uploads refused: {refused}")
            continue
        updated, after, polls, errors = None, None, 0, []
        while time.time() < sent + TIMEOUT:
            status, current = request(url, f"/api/v1/entities/{code}/risk", session=session)
            now = time.time()
            polls += 1
            if status == 200 and isinstance(current, dict):
                at = instant(current.get("classifiedAt"))
                if (at is not None and at > sent) or rose(before, current):
                    updated, after = now, current
                    break
            elif len(errors) < 3:
                errors.append(f"HTTP {status}")
            time.sleep(POLL)
        at = instant((after or {}).get("classifiedAt"))
        batch_id = answer.get("id") if isinstance(answer, dict) else None
        accepted = None
        if batch_id is not None:  # when the platform accepted the batch (BatchAccepted): its finishedAt
            status, batch = request(url, f"/api/v1/ingest/batches/{batch_id}", session=session)
            if status == 200 and isinstance(batch, dict) and batch.get("status") == "COMPLETED":
                accepted = instant(batch.get("finishedAt"))
        rows.append({"code": code, "batch": batch_id,
                     "accepted_after_sent": round(accepted - sent, 4) if accepted else None,
                     "classified_after_accepted": round(at - accepted, 4) if updated and at and accepted else None,
                     "seen_after_accepted": round(updated - accepted, 4) if updated and accepted else None,
                     "post": round(answered - sent, 4),
                     "updated": round(updated - sent, 4) if updated else None,
                     "updated_after_202": round(updated - answered, 4) if updated else None,
                     "classified_after_sent": round(at - sent, 4) if updated and at else None,
                     "rose": rose(before, after) if after else [],
                     "before": before.get("riskClass"), "after": (after or {}).get("riskClass"),
                     "score_before": before.get("score"), "score_after": (after or {}).get("score"),
                     "polls": polls, "errors": errors})
        if len(rows) == 3 and all(r["updated"] is None for r in rows):
            json.dump({"batches": rows}, open(out, "w", encoding="utf-8"), ensure_ascii=False)
            sys.exit(f"classification_api.py: none of the first 3 batches updated a class within {TIMEOUT:.0f} s: "
                     f"{rows}")
        if len(rows) % 50 == 0:
            log(f"... {len(rows)} of {n} batches measured")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"batches": rows, "skipped": skipped, "refused": refused, "poll_ms": POLL * 1000,
                   "timeout_s": TIMEOUT}, f, ensure_ascii=False)
    if len(rows) < n:
        sys.exit(f"classification_api.py: only {len(rows)} of {n} batches measured (candidates ran out; "
                 f"skipped {skipped}, refused {refused})")


def main(argv):
    if len(argv) == 7 and argv[1] == "run":
        run(argv[2], argv[3], argv[4], argv[5], float(argv[6]))
    elif len(argv) == 5 and argv[1] == "register":
        register(argv[2], argv[3], argv[4])
    elif len(argv) == 8 and argv[1] == "latency":
        latency(argv[2], argv[3], argv[4], argv[5], int(argv[6]), argv[7])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
