#!/usr/bin/env python3
"""The warm phase of suite "ingestion" (bench/suites/40-ingestion.sh): new departments mirroring the demo's,
and the jobs that send the demo files to them again.

    ingestion_warm.py register URL ADMIN_PASSWORD DEMO_JSON JOBS_DIR

DEMO_JSON (from the platform's database, after the cold phase):
    {"departments": [{"id", "code", "name", "kind", "record_kinds": [...], "header_mapping": {...}}, ...],
     "files": [{"batch": id, "department": id, "kind", "file": file name}, ...]}   (the cold phase's batches)

For every demo department, registers a new one with POST /api/v1/departments (HTTP Basic, admin): the same
kind, record kinds and header mapping, the name followed by " · 基准热身", and a new valid unified social
credit code of a government body of the city (11 360481 + organisation code BW000001… + its check
character + the credit code's check character). Then writes, per mirror department with files, JOBS_DIR/NN.key
(its API key) and JOBS_DIR/NN.tsv (kind, file name, the cold batch's id: one line per file, in the order of
the cold phase's batches), and JOBS_DIR/mirrors.json: [{"demo": id, "mirror": id, "code", "files": n}, ...].
Prints the number of departments registered.

    ingestion_warm.py selftest DEMO_JSON

Checks the code generation against the demo departments' own codes (the platform made them).
"""
import base64
import json
import os
import sys
import urllib.error
import urllib.request

REGION = "360481"
GOVERNMENT_BODY = "11"
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
MIRROR_NAME = " · 基准热身"


def organisation_check(body):
    """GB 11714: values 0-9, A=10 … Z=35; weights 3 7 9 10 5 8 4 2; 11 − (Σ mod 11), 10 → X, 11 → 0."""
    assert len(body) == 8
    total = sum((int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w for c, w in zip(body, ORG_WEIGHTS))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def credit_check(first17):
    """GB 32100: alphabet 0-9 A-Y without I O S V Z; weights 3^(i-1) mod 31; (31 − Σ mod 31) mod 31."""
    assert len(first17) == 17
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def government_code(body):
    first17 = GOVERNMENT_BODY + REGION + body + organisation_check(body)
    return first17 + credit_check(first17)


def valid(code):
    return (len(code) == 18 and all(c in CREDIT_ALPHABET for c in code) and code[2:8].isdigit()
            and organisation_check(code[8:16]) == code[16] and credit_check(code[:17]) == code[17])


def selftest(demo):
    for d in demo["departments"]:
        code = d["code"]
        if code.startswith(GOVERNMENT_BODY + REGION) and government_code(code[8:16]) != code:
            sys.exit(f"ingestion_warm.py: the code generation disagrees with the platform's code {code} "
                     f"(computed {government_code(code[8:16])})")
    # A code issued in practice: 91350100M000100Y43 (organisation code M000100Y-4).
    assert organisation_check("M000100Y") == "4" and credit_check("91350100M000100Y4") == "3"


def post_json(url, path, body, password):
    auth = base64.b64encode(f"admin:{password}".encode()).decode()
    request = urllib.request.Request(url + path, data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                     method="POST", headers={"Content-Type": "application/json",
                                                             "Accept": "application/json",
                                                             "Authorization": f"Basic {auth}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")[:500]


def register(url, password, demo, jobs_dir):
    selftest(demo)
    taken = {d["code"] for d in demo["departments"]}
    files_of = {}
    for f in sorted(demo["files"], key=lambda f: f["batch"]):
        files_of.setdefault(f["department"], []).append(f)
    os.makedirs(jobs_dir, exist_ok=True)
    mirrors, number = [], 0
    for i, d in enumerate(sorted(demo["departments"], key=lambda d: d["id"]), start=1):
        while True:
            number += 1
            code = government_code(f"BW{number:06d}")
            if code not in taken:
                break
        assert valid(code), code
        body = {"name": d["name"] + MIRROR_NAME, "code": code, "kind": d["kind"], "recordKinds": d["record_kinds"]}
        if d.get("header_mapping"):
            body["headerMapping"] = d["header_mapping"]
        status, answer = post_json(url, "/api/v1/departments", body, password)
        if status != 201 or not isinstance(answer, dict) or not answer.get("apiKey"):
            sys.exit(f"ingestion_warm.py: POST /api/v1/departments {code} ({d['name']}): HTTP {status}: {answer}")
        files = files_of.get(d["id"], [])
        mirrors.append({"demo": d["id"], "mirror": answer["id"], "code": code, "files": len(files)})
        if files:
            with open(os.path.join(jobs_dir, f"{i:02d}.key"), "w", encoding="utf-8") as out:
                out.write(answer["apiKey"] + "\n")
            with open(os.path.join(jobs_dir, f"{i:02d}.tsv"), "w", encoding="utf-8") as out:
                for f in files:
                    out.write(f"{f['kind']}\t{f['file']}\t{f['batch']}\n")
    with open(os.path.join(jobs_dir, "mirrors.json"), "w", encoding="utf-8") as out:
        json.dump(mirrors, out, ensure_ascii=False)
    print(len(mirrors))


def main(argv):
    if len(argv) == 6 and argv[1] == "register":
        register(argv[2], argv[3], json.load(open(argv[4], encoding="utf-8")), argv[5])
    elif len(argv) == 3 and argv[1] == "selftest":
        selftest(json.load(open(argv[2], encoding="utf-8")))
        print("ok")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
