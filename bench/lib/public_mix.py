#!/usr/bin/env python3
"""Builds the request mixes of suite "public" (bench/suites/50-public-report.sh) from the live data.

    public_mix.py BASE_URL REGISTRY_MIX_DIR ENTITY_RECORDS_TSV OUT_DIR

REGISTRY_MIX_DIR: what bench/lib/registry_mix.py wrote (mix.json: real codes, and two- and
three-character fragments of real names classed by their matches: common, medium, rare).
ENTITY_RECORDS_TSV: every entity of the registry with its current records (psql): code, records,
penalties.

Writes into OUT_DIR one file of URL-encoded paths per mix (for bench/lib/wrk_paths.lua), shuffled,
and mix.json describing them:

    paths-ping.txt        GET /api/v1/public/ping                              the baseline
    paths-search.txt      GET /api/v1/public/entities?q=…&size=10              100 codes, 100 two-character
                          and 100 three-character fragments (the registry mix's), a third each
    paths-search-code.txt, paths-search-2.txt, paths-search-3.txt              the same three parts alone
    paths-report.txt      GET /api/v1/public/entities/{code}                   REPORTS codes: 90 % drawn from
                          the entities with records, 10 % from those without

Every path is requested once without any credentials (the public API) and must answer 200: a search
with at least one match (a code: exactly that entity), a report of that entity. The reports' answers
give, for the mix's entities, how many penalties are stored and how many the publicity rules show.
Random choices: BENCH_PUBLIC_SEED (default 1).
"""
import json
import os
import random
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

SEED = int(os.environ.get("BENCH_PUBLIC_SEED", "1"))
REPORTS = int(os.environ.get("BENCH_PUBLIC_REPORTS", "1000"))
WITHOUT_SHARE = 0.10
SEARCH_SIZE = 10
PER_PART = 100


def log(text):
    print(f"    {text}", file=sys.stderr, flush=True)


def get(base, path):
    """(status, parsed JSON or None, ms) of an anonymous GET."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Accept": "application/json"}),
                                    timeout=60) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    elapsed = (time.perf_counter() - started) * 1000
    try:
        return status, json.loads(body), elapsed
    except ValueError:
        return status, None, elapsed


def get_ok(base, path):
    status, data, elapsed = get(base, path)
    if status != 200 or data is None:
        sys.exit(f"public_mix.py: GET {path} answered {status}, not 200 with JSON")
    return data, elapsed


def search_path(q):
    return f"/api/v1/public/entities?q={urllib.parse.quote(q, safe='')}&size={SEARCH_SIZE}"


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    base, registry_dir, records_file, out_dir = argv[1:]
    base = base.rstrip("/")
    rng = random.Random(SEED)
    registry = json.load(open(os.path.join(registry_dir, "mix.json"), encoding="utf-8"))

    # Search: the registry mix's codes and fragments, asked through the public API.
    parts = {
        "search-code": [(c, "code") for c in registry["codes"][:PER_PART]],
        "search-2": [(f["q"], f["kind"]) for f in registry["fragment-2"]["fragments"]][:PER_PART],
        "search-3": [(f["q"], f["kind"]) for f in registry["fragment-3"]["fragments"]][:PER_PART],
    }
    searches = []
    for part, queries in parts.items():
        for q, kind in queries:
            data, ms = get_ok(base, search_path(q))
            if data["total"] < 1 or not data["items"]:
                sys.exit(f"public_mix.py: the public search for {q} found nothing")
            if kind == "code" and (data["total"] != 1 or data["items"][0]["code"] != q):
                sys.exit(f"public_mix.py: the public search for the code {q} did not find exactly that entity")
            searches.append({"part": part, "q": q, "class": kind, "total": data["total"],
                             "capped": bool(data.get("totalCapped")), "first_ms": round(ms, 1)})
    log(f"{len(searches)} public searches checked")

    # Reports: entities with records (90 %) and without (10 %).
    with_records, without = [], []
    stored = {}
    with open(records_file, encoding="utf-8") as f:
        for line in f:
            code, records, penalties = line.rstrip("\n").split("\t")
            stored[code] = (int(records), int(penalties))
            (with_records if int(records) else without).append(code)
    with_records.sort()
    without.sort()
    n_without = min(len(without), round(REPORTS * WITHOUT_SHARE))
    n_with = min(len(with_records), REPORTS - n_without)
    codes = rng.sample(with_records, n_with) + rng.sample(without, n_without)
    reports = []
    for code in codes:
        data, ms = get_ok(base, f"/api/v1/public/entities/{urllib.parse.quote(code)}")
        if data.get("entity", {}).get("code") != code:
            sys.exit(f"public_mix.py: the public report of {code} is not that entity's")
        shown = {k: len(data.get(k) or []) for k in ("annualReports", "inspections", "licences", "penalties")}
        records, penalties = stored[code]
        reports.append({"code": code, "records": records, "penalties": penalties, "shown": shown,
                        "first_ms": round(ms, 1)})
    log(f"{len(reports)} public reports checked ({n_with} entities with records, {n_without} without)")

    mixes = {
        "ping": ["/api/v1/public/ping"],
        "search": [search_path(s["q"]) for s in searches],
        **{part: [search_path(s["q"]) for s in searches if s["part"] == part] for part in parts},
        "report": [f"/api/v1/public/entities/{urllib.parse.quote(r['code'])}" for r in reports],
    }
    for name, paths in mixes.items():
        paths = list(paths)
        rng.shuffle(paths)
        with open(os.path.join(out_dir, f"paths-{name}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")

    def classes(part):
        counts = {}
        for s in searches:
            if s["part"] == part:
                counts[s["class"]] = counts.get(s["class"], 0) + 1
        return counts

    def part_text(part, label):
        c = classes(part)
        detail = ", ".join(f"{c[k]} {k}" for k in ("common", "medium", "rare") if c.get(k))
        return f"{len(parts[part])} {label}{f' ({detail})' if detail else ''}"

    texts = {
        "ping": "1 path",
        "search-code": part_text("search-code", "real codes"),
        "search-2": part_text("search-2", "fragments"),
        "search-3": part_text("search-3", "fragments"),
        "report": f"{len(reports)} codes: {n_with} of entities with records, {n_without} without",
    }
    texts["search"] = (f"{len(searches)} queries: {texts['search-code']}, {part_text('search-2', '2-character')}, "
                       f"{part_text('search-3', '3-character')}")
    summary = {
        "seed": SEED,
        "texts": texts,
        "search": {part: {"count": len(q), "classes": classes(part),
                          "slowest_first": sorted((s for s in searches if s["part"] == part),
                                                  key=lambda s: -s["first_ms"])[:3]}
                   for part, q in parts.items()},
        "reports": {
            "count": len(reports), "with_records": n_with, "without": n_without,
            "records_stored": sum(r["records"] for r in reports),
            "records_shown": sum(sum(r["shown"].values()) for r in reports),
            "penalties_stored": sum(r["penalties"] for r in reports),
            "penalties_shown": sum(r["shown"]["penalties"] for r in reports),
            "max_records": max((r["records"] for r in reports), default=0),
            "slowest_first": sorted(reports, key=lambda r: -r["first_ms"])[:3],
            "median_first_ms": sorted(r["first_ms"] for r in reports)[len(reports) // 2] if reports else 0,
        },
    }
    with open(os.path.join(out_dir, "mix.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv)
