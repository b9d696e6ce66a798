#!/usr/bin/env python3
"""Builds the request mixes of suite "registry" from the live data of a running platform.

    registry_mix.py BASE_URL SESSION OUT_DIR

Writes into OUT_DIR one file of URL-encoded paths per mix (for bench/lib/wrk_paths.lua), in a
shuffled order, and mix.json describing them:

    paths-exact-code.txt   GET /api/v1/entities/{code}            for CODES real codes
    paths-full-code.txt    GET /api/v1/entities?q={code}&size=20   the same codes
    paths-fragment-2.txt   GET /api/v1/entities?q={2 chars}&size=20
    paths-fragment-3.txt   GET /api/v1/entities?q={3 chars}&size=20

Names and codes: ten pages of 100 of the unfiltered list (GET /api/v1/entities?size=100&page=P, for
pages 1-3 and seven pages spread evenly over the list; it is ordered by name, so these codes are
spread over the code space), plus the names of the first 100 matches of each fixed fragment below,
and the codes of the rare fragments' matches. The CODES codes are drawn at random from these codes.

Fragments: substrings of the names of the fetched entities, drawn by picking a random name and a
random position in it (so frequent substrings are drawn more often), only Chinese characters, never
瑞昌 / 昌市 / 瑞昌市 (every name of the synthetic city begins with 瑞昌市: a fragment matching all of
them is no search anyone makes). Every candidate is searched once (that also gives its number of
matches), and the mix is filled by class of that number: common (>= 10,000 matches, where the
count stops), medium (100-9,999), rare (< 100). Fixed common 2-character fragments always included:
超市 有限 餐饮 合作. Every path of every mix is requested once and must answer 200 with results.

The random choices use a fixed seed (BENCH_REGISTRY_SEED, default 1), and the demo city is
deterministic (its own seed), so two runs build the same mixes.
"""
import json
import os
import random
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

CODES = int(os.environ.get("BENCH_REGISTRY_CODES", "200"))
FRAGMENTS = int(os.environ.get("BENCH_REGISTRY_FRAGMENTS", "100"))
SEED = int(os.environ.get("BENCH_REGISTRY_SEED", "1"))
FIXED_2 = ["超市", "有限", "餐饮", "合作"]
EXCLUDED = {"瑞昌", "昌市", "瑞昌市"}
COMMON, MEDIUM = 10_000, 100  # class limits by number of matches
# Shares of the fragment mixes: common, medium, rare.
SHARES = {"common": 0.30, "medium": 0.35, "rare": 0.35}
MAX_CANDIDATES = 1500  # searched candidates per mix at most (each is one request)


def log(text):
    print(f"    {text}", file=sys.stderr, flush=True)


class Api:
    def __init__(self, base, session):
        self.base = base.rstrip("/")
        self.headers = {"Cookie": f"SESSION={session}", "Accept": "application/json"}

    def get(self, path):
        """(status, parsed JSON or None, seconds)"""
        request = urllib.request.Request(self.base + path, headers=self.headers)
        started = time.perf_counter()
        try:
            # No redirects followed silently: a 302 to the sign-in page must show as an error.
            with urllib.request.build_opener(NoRedirect).open(request, timeout=60) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as e:
            body, status = e.read(), e.code
        elapsed = time.perf_counter() - started
        try:
            data = json.loads(body) if body else None
        except ValueError:
            data = None
        return status, data, elapsed

    def get_ok(self, path):
        status, data, elapsed = self.get(path)
        if status != 200 or data is None:
            sys.exit(f"registry_mix.py: GET {path} answered {status}, not 200 with JSON")
        return data, elapsed


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def search_path(q, size=20):
    return f"/api/v1/entities?q={urllib.parse.quote(q, safe='')}&size={size}"


def is_cjk(text):
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def kind_of(total):
    return "common" if total >= COMMON else "medium" if total >= MEDIUM else "rare"


def build_fragments(api, names, length, fixed, rng, codes_out):
    """Fragments of `length` characters, FRAGMENTS of them, filled by class (see the docstring)."""
    targets = {k: round(FRAGMENTS * share) for k, share in SHARES.items()}
    targets["rare"] = FRAGMENTS - targets["common"] - targets["medium"]
    chosen = {"common": [], "medium": [], "rare": []}
    spare = {"common": [], "medium": [], "rare": []}  # candidates beyond a full class
    seen = set()
    searched = 0
    name_list = sorted(n for n in names if len(n) >= length)

    def consider(fragment, forced=False):
        nonlocal searched
        seen.add(fragment)
        data, elapsed = api.get_ok(search_path(fragment))
        searched += 1
        total = data["total"]
        if total < 1 or not data["items"]:
            sys.exit(f"registry_mix.py: fragment {fragment} (taken from a name) found nothing")
        entry = {"q": fragment, "total": total, "capped": bool(data.get("totalCapped")),
                 "kind": kind_of(total), "first_ms": round(elapsed * 1000, 1)}
        if entry["kind"] == "rare":
            codes_out.extend(item["code"] for item in data["items"])
        if forced or len(chosen[entry["kind"]]) < targets[entry["kind"]]:
            chosen[entry["kind"]].append(entry)
        else:
            spare[entry["kind"]].append(entry)

    for fragment in fixed:
        consider(fragment, forced=True)
    while searched < MAX_CANDIDATES and any(len(chosen[k]) < targets[k] for k in chosen):
        name = rng.choice(name_list)
        start = rng.randrange(len(name) - length + 1)
        fragment = name[start:start + length]
        if fragment in seen or not is_cjk(fragment) or any(x in fragment for x in EXCLUDED):
            continue
        consider(fragment)
    # A class that could not be filled (the city has few such fragments) is made up from the others.
    missing = FRAGMENTS - sum(len(v) for v in chosen.values())
    for k in ("medium", "rare", "common"):
        while missing > 0 and spare[k]:
            chosen[k].append(spare[k].pop(0))
            missing -= 1
    result = chosen["common"] + chosen["medium"] + chosen["rare"]
    log(f"{length}-character fragments: {len(chosen['common'])} common, {len(chosen['medium'])} medium, "
        f"{len(chosen['rare'])} rare ({searched} candidates searched)")
    return result


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    base, session, out_dir = argv[1:]
    api = Api(base, session)
    rng = random.Random(SEED)

    names, pool = set(), []
    # The unfiltered list is ordered by name: its first pages all begin with the same characters,
    # so also take pages spread over the whole list (an index walk of up to `total` rows each).
    data, _ = api.get_ok("/api/v1/entities?size=100&page=1")
    last_page = max(1, data["total"] // 100)
    pages = sorted({1, 2, 3} | {1 + last_page * i // 8 for i in range(1, 8)})
    for page in pages:
        data, _ = api.get_ok(f"/api/v1/entities?size=100&page={page}")
        for item in data["items"]:
            pool.append(item["code"])
            names.add(item["name"])
            names.update(item.get("formerNames") or [])
    # Names of the fixed fragments' first pages widen the vocabulary (different kinds of entities).
    for fragment in FIXED_2:
        data, _ = api.get_ok(search_path(fragment, 100))
        names.update(item["name"] for item in data["items"])
    log(f"{len(names)} names, {len(pool)} codes from {len(pages)} pages of the list")

    rare_codes = []
    fragments_2 = build_fragments(api, names, 2, FIXED_2, rng, rare_codes)
    fragments_3 = build_fragments(api, names, 3, [], rng, rare_codes)

    pool = list(dict.fromkeys(pool + rare_codes))
    if len(pool) < CODES:
        sys.exit(f"registry_mix.py: only {len(pool)} codes found, {CODES} wanted")
    codes = rng.sample(pool, CODES)

    # Every code must be found both ways.
    slowest_code = 0.0
    for code in codes:
        data, elapsed = api.get_ok(search_path(code))
        if data["total"] != 1 or data["items"][0]["code"] != code:
            sys.exit(f"registry_mix.py: searching the code {code} did not find exactly that entity")
        data, elapsed2 = api.get_ok(f"/api/v1/entities/{urllib.parse.quote(code)}")
        if data.get("code") != code:
            sys.exit(f"registry_mix.py: GET /api/v1/entities/{code} did not return it")
        slowest_code = max(slowest_code, elapsed, elapsed2)
    log(f"{len(codes)} codes checked (exact and as a search)")

    mixes = {
        "exact-code": [f"/api/v1/entities/{urllib.parse.quote(c)}" for c in codes],
        "full-code": [search_path(c) for c in codes],
        "fragment-2": [search_path(f["q"]) for f in fragments_2],
        "fragment-3": [search_path(f["q"]) for f in fragments_3],
    }
    for name, paths in mixes.items():
        paths = list(paths)
        rng.shuffle(paths)
        with open(os.path.join(out_dir, f"paths-{name}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")

    def describe(fragments):
        kinds = {k: [f for f in fragments if f["kind"] == k] for k in ("common", "medium", "rare")}
        return {
            "count": len(fragments),
            "classes": {k: len(v) for k, v in kinds.items()},
            "examples": {k: [f"{f['q']} ({'≥' if f['capped'] else ''}{f['total']:,})" for f in v[:6]]
                         for k, v in kinds.items()},
            "slowest_first": sorted(fragments, key=lambda f: -f["first_ms"])[:5],
            "fragments": fragments,
        }

    with open(os.path.join(out_dir, "mix.json"), "w", encoding="utf-8") as f:
        json.dump({"codes": codes, "fragment-2": describe(fragments_2), "fragment-3": describe(fragments_3),
                   "seed": SEED}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv)
