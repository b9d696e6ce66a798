#!/usr/bin/env python3
"""The HTTP side of suite "lists" (bench/suites/70-lists.sh). Standard library only.

    lists_api.py register URL ADMIN_PASSWORD OUT_JSON
        Registers the department that sends the annual reports (POST /api/v1/departments, HTTP Basic as
        admin; a government body's code 11360481BL000001…) and writes {"ANNUAL_REPORT": {"id", "name",
        "code", "apiKey"}}, the shape bench/lib/public_ingest.py upload takes.

    lists_api.py decide URL SESSION PRELIST_TSV OUT_JSON THREADS
        Decides the listings of PRELIST_TSV (bench/lib/lists_data.py): POST /api/v1/lists/abnormal or
        /api/v1/lists/abnormal-state as admin (the SESSION cookie and the CSRF token of a signed-in page:
        no bcrypt per request), THREADS at a time. OUT_JSON: decided, refused by status and code (with
        examples), seconds. Exit 1 when more than 5 % were refused.

    lists_api.py proposals URL SESSION OUT_JSON
        Reads every proposal (GET /api/v1/lists/proposals, pages of 200) and counts them by list, action,
        source and source reference; OUT_JSON: {"total", "counts": {"LIST ACTION SOURCE REF": n}}.

    lists_api.py latency URL SESSION CANDIDATES_TSV N OUT_JSON
        N decisions one after the other, each on an enterprise or cooperative of CANDIDATES_TSV whose
        public report shows no abnormal listing yet (ADDRESS_UNREACHABLE, decided today): POST
        /api/v1/lists/abnormal, then, without pause, polling both GET /api/v1/public/entities/{code} (until
        its abnormalListings holds the listing) and GET /api/v1/public/entities?q={code} (until the entity
        is marked abnormal), each in its own thread, every BENCH_LISTS_POLL_MS (default 10) ms, up to 30 s.
        OUT_JSON: per decision the POST's time, and from the POST sent / from its 201 answer until the
        report showed it and until the search marked it (seconds; null: not within 30 s).
"""
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ingestion_warm import government_code, post_json  # noqa: E402

POLL = float(os.environ.get("BENCH_LISTS_POLL_MS", "10")) / 1000
TIMEOUT = 30.0


def log(text):
    print(f"    {text}", file=sys.stderr, flush=True)


def register(url, password, out):
    code = government_code("BL000001")
    name = "瑞昌市市场监督管理局（基准·名录年报）"
    status, answer = post_json(url, "/api/v1/departments",
                               {"name": name, "code": code, "kind": "INTERNAL", "recordKinds": ["ANNUAL_REPORT"]},
                               password)
    if status != 201 or not isinstance(answer, dict) or not answer.get("apiKey"):
        sys.exit(f"lists_api.py: POST /api/v1/departments {code}: HTTP {status}: {answer}")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"ANNUAL_REPORT": {"id": answer["id"], "name": name, "code": code, "apiKey": answer["apiKey"]}},
                  f, ensure_ascii=False)


class Client:
    """Signed in as admin by the SESSION cookie, with the CSRF token a signed-in page carries."""

    def __init__(self, url, session):
        self.url, self.session = url, session
        status, html = self.request("GET", "/")
        match = None
        for tag in re.findall(r"<input\b[^>]*>", html if isinstance(html, str) else ""):
            if re.search(r"""name=["']_csrf["']""", tag):
                match = re.search(r"""value=["']([^"']*)["']""", tag)
                if match:
                    break
        if status != 200 or not match:
            sys.exit(f"lists_api.py: no CSRF token on GET / (HTTP {status}): is the session signed in?")
        self.csrf = match.group(1)

    def request(self, method, path, body=None, cookie=True):
        headers = {"Accept": "application/json"}
        if cookie:
            headers["Cookie"] = f"SESSION={self.session}"
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
            headers["X-CSRF-TOKEN"] = getattr(self, "csrf", "")
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                text = response.read().decode("utf-8")
                return response.status, parse(text)
        except urllib.error.HTTPError as e:
            return e.code, parse(e.read().decode("utf-8", "replace"))

    def public(self, path):
        return self.request("GET", path, cookie=False)


def parse(text):
    try:
        return json.loads(text)
    except ValueError:
        return text


def refusal_code(answer):
    if isinstance(answer, dict):
        return answer.get("code") or answer.get("title") or "?"
    return str(answer)[:80]


def decision_body(endpoint, code, ground, decided_on, document, authority):
    body = {"code": code, "ground": ground, "decidedOn": decided_on, "documentNumber": document}
    if endpoint == "abnormal":
        body["authority"] = authority
    return body


def decide(url, session, plan_file, out, threads):
    client = Client(url, session)
    plan = [line.rstrip("\n").split("\t") for line in open(plan_file, encoding="utf-8") if line.strip()]
    refused, examples, lock, started = {}, {}, threading.Lock(), time.time()

    def one(row):
        endpoint, code, ground, decided_on, document, authority = row
        status, answer = client.request("POST", f"/api/v1/lists/{endpoint}",
                                        decision_body(endpoint, code, ground, decided_on, document, authority))
        if status != 201:
            key = f"{endpoint} {ground} HTTP {status} {refusal_code(answer)}"
            with lock:
                refused[key] = refused.get(key, 0) + 1
                examples.setdefault(key, f"{code}: {str(answer)[:300]}")

    with ThreadPoolExecutor(max_workers=threads) as pool:
        for i, _ in enumerate(pool.map(one, plan), start=1):
            if i % 1000 == 0:
                log(f"... {i:,} of {len(plan):,} decisions ({time.time() - started:.0f} s)")
    failed = sum(refused.values())
    result = {"planned": len(plan), "decided": len(plan) - failed, "refused": refused, "examples": examples,
              "seconds": round(time.time() - started, 1), "threads": threads}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    log(f"{result['decided']:,} of {len(plan):,} listings decided in {result['seconds']} s"
        + (f"; refused: {refused}" if refused else ""))
    if failed > 0.05 * max(1, len(plan)):
        for key, text in examples.items():
            log(f"{key}: {text}")
        sys.exit(f"lists_api.py: {failed} of {len(plan)} decisions refused")


def proposals(url, session, out):
    client = Client(url, session)
    counts, page, total = {}, 1, None
    while True:
        status, answer = client.request("GET", f"/api/v1/lists/proposals?page={page}&size=200")
        if status != 200 or not isinstance(answer, dict):
            sys.exit(f"lists_api.py: GET /api/v1/lists/proposals page {page}: HTTP {status}: {str(answer)[:300]}")
        total = answer.get("total", total)
        for p in answer["items"]:
            key = " ".join(str(p.get(k)) for k in ("list", "action", "source", "sourceReference", "status"))
            counts[key] = counts.get(key, 0) + 1
        if len(answer["items"]) < 200:
            break
        page += 1
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"total": total, "read": sum(counts.values()), "counts": counts}, f, ensure_ascii=False, indent=1)


def shown_in_report(answer):
    listings = answer.get("abnormalListings") if isinstance(answer, dict) else None
    return bool(listings)  # the entity showed none before the decision


def marked_in_search(answer, code):
    items = answer.get("items") if isinstance(answer, dict) else None
    return any(i.get("code") == code and i.get("abnormal") for i in items or [])


def poll(check, path, client, since, result, key):
    deadline = since + TIMEOUT
    while time.time() < deadline:
        status, answer = client.public(path)
        now = time.time()
        if status == 200 and check(answer):
            result[key] = now
            return
        if status != 200:
            result.setdefault("errors", []).append(f"{path}: HTTP {status}")
        time.sleep(POLL)


def latency(url, session, candidates_file, n, out):
    client = Client(url, session)
    candidates = [line.strip() for line in open(candidates_file, encoding="utf-8") if line.strip()]
    today = time.strftime("%Y-%m-%d")
    rows, skipped, refused = [], 0, {}
    for code in candidates:
        if len(rows) >= n:
            break
        status, before = client.public(f"/api/v1/public/entities/{code}")
        if status != 200 or (isinstance(before, dict) and before.get("abnormalListings")):
            skipped += 1
            continue
        document = f"瑞市监异〔{today[:4]}〕P{len(rows) + 1}号"
        body = decision_body("abnormal", code, "ADDRESS_UNREACHABLE", today, document, "瑞昌市市场监督管理局")
        seen = {}
        sent = time.time()
        threads = [threading.Thread(target=poll, args=(shown_in_report,
                                                       f"/api/v1/public/entities/{code}", client, sent, seen, "report")),
                   threading.Thread(target=poll, args=(lambda a: marked_in_search(a, code),
                                                       f"/api/v1/public/entities?q={code}&size=10", client, sent, seen,
                                                       "search"))]
        status, answer = client.request("POST", "/api/v1/lists/abnormal", body)
        answered = time.time()
        if status != 201:
            key = f"HTTP {status} {refusal_code(answer)}"
            refused[key] = refused.get(key, 0) + 1
            if sum(refused.values()) > max(10, n // 10):
                sys.exit(f"lists_api.py: too many decisions refused: {refused} (last: {str(answer)[:300]})")
            continue
        for t in threads:  # polling starts once the decision is recorded (nothing to see before)
            t.start()
        for t in threads:
            t.join()
        rows.append({"code": code, "post": round(answered - sent, 4),
                     "report": round(seen["report"] - sent, 4) if "report" in seen else None,
                     "report_after_201": round(seen["report"] - answered, 4) if "report" in seen else None,
                     "search": round(seen["search"] - sent, 4) if "search" in seen else None,
                     "search_after_201": round(seen["search"] - answered, 4) if "search" in seen else None,
                     "errors": seen.get("errors", [])[:3]})
        if len(rows) == 3 and all(r["report"] is None or r["search"] is None for r in rows):
            json.dump({"decisions": rows, "skipped": skipped, "refused": refused}, open(out, "w"))
            sys.exit("lists_api.py: none of the first 3 decisions showed in the public report and search within "
                     f"{TIMEOUT:.0f} s: {rows}")
        if len(rows) % 50 == 0:
            log(f"... {len(rows)} of {n} decisions measured")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"decisions": rows, "skipped": skipped, "refused": refused, "poll_ms": POLL * 1000,
                   "timeout_s": TIMEOUT}, f, ensure_ascii=False)
    if len(rows) < n:
        sys.exit(f"lists_api.py: only {len(rows)} of {n} decisions measured (candidates ran out; refused {refused})")


def main(argv):
    if len(argv) == 5 and argv[1] == "register":
        register(argv[2], argv[3], argv[4])
    elif len(argv) == 7 and argv[1] == "decide":
        decide(argv[2], argv[3], argv[4], argv[5], int(argv[6]))
    elif len(argv) == 5 and argv[1] == "proposals":
        proposals(argv[2], argv[3], argv[4])
    elif len(argv) == 7 and argv[1] == "latency":
        latency(argv[2], argv[3], argv[4], int(argv[5]), argv[6])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
