#!/usr/bin/env python3
"""The data of suite "lists" (bench/suites/70-lists.sh): a year of annual reports and the listing plans.

    lists_data.py ENTITIES_TSV FILED_TSV DEPARTMENTS_JSON REPORT_YEAR OUT_DIR

ENTITIES_TSV: the live registry (psql COPY … TO STDOUT): code, name, kind, established_on, status.
FILED_TSV: codes of the entities that already hold a current annual report for REPORT_YEAR (not sent again).
DEPARTMENTS_JSON: {"ANNUAL_REPORT": {"name", "code", …}} (bench/lib/lists_api.py register).

Writes to OUT_DIR:
  annual-report-NN.csv + records.json, late/annual-report-NN.csv + late/records.json
        the annual reports of REPORT_YEAR (the format of
        bench/lib/public_records.py, so that bench/lib/public_ingest.py upload sends them): the entities
        due to file (active enterprises, cooperatives and individual businesses established by the end
        of REPORT_YEAR) file with probability BENCH_LISTS_FILING_RATE (default 0.9876, the seed's 2021
        enterprise rate), 97 % of them by the deadline (30 June of the next year), the rest later (up to
        yesterday); those of FILED_TSV count as filed. late/ holds the reports of the late filers listed
        for not filing (see below): they are sent after the listings (a listing for a filed report is refused).
  prelist.tsv   the listings the set-up decides through the API (BENCH_LISTS_LISTINGS, default 3000),
        one entity each: endpoint (abnormal | abnormal-state), code, ground, decidedOn, documentNumber,
        authority. Enterprises and cooperatives go on the abnormal-operations list, individual businesses
        are marked abnormal, in the seed's proportion (401 : 220). Grounds: 15 % ANNUAL_REPORT_NOT_FILED,
        only for late filers of REPORT_YEAR, decided between the deadline and their filing (remedied
        since: the daily job's removal proposals); the other grounds for any due entity, decided this year.
        So the non-filers of REPORT_YEAR are exactly the entities the daily job must propose.
  candidates.tsv  active enterprises and cooperatives on no list, shuffled: the latency phase's decisions.
  plan.json     counts: due, filed, non-filers (by kind), reports generated, listings by endpoint and ground.

Randomness: BENCH_LISTS_SEED (default 1).
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from public_records import Files  # noqa: E402

SEED = int(os.environ.get("BENCH_LISTS_SEED", "1"))
FILING_RATE = float(os.environ.get("BENCH_LISTS_FILING_RATE", "0.9876"))
LISTINGS = int(os.environ.get("BENCH_LISTS_LISTINGS", "3000"))
DUE_KINDS = ("ENTERPRISE", "COOPERATIVE", "INDIVIDUAL_BUSINESS")
LISTABLE = ("ENTERPRISE", "COOPERATIVE")
AUTHORITY = "瑞昌市市场监督管理局"
# Grounds of the listings other than the annual report's, with weights.
OTHER_GROUNDS = [(45, "ADDRESS_UNREACHABLE"), (25, "ORDERED_INFORMATION_NOT_PUBLISHED"), (10, "FALSE_INFORMATION"),
                 (5, "NAME_NOT_CHANGED")]
ANNUAL_SHARE = 0.15  # of the listings: ANNUAL_REPORT_NOT_FILED (late filers, remedied since)


def weighted(rng, items):
    x = rng.uniform(0, sum(w for w, _ in items))
    for w, item in items:
        x -= w
        if x <= 0:
            return item
    return items[-1][1]


def day_between(rng, first, last):
    if first > last:
        first = last
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def main(argv):
    if len(argv) != 6:
        sys.exit(__doc__)
    entities_file, filed_file, departments_file, year_text, out_dir = argv[1:]
    year = int(year_text)
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    today = datetime.date.today()
    yesterday = today - datetime.timedelta(days=1)
    deadline = datetime.date(year + 1, 6, 30)
    end_of_year = datetime.date(year, 12, 31)
    already = {line.strip() for line in open(filed_file, encoding="utf-8") if line.strip()}

    entities = []
    with open(entities_file, encoding="utf-8") as f:
        for line in f:
            code, name, kind, established, status = line.rstrip("\n").split("\t")
            est = None if established == "\\N" else datetime.date.fromisoformat(established)
            entities.append((code, name, kind, est, status))
    entities.sort()

    files = Files(out_dir)
    due, filed, non_filers, generated, late = {}, set(), {}, 0, {}
    for code, name, kind, est, status in entities:
        if status != "ACTIVE" or kind not in DUE_KINDS or est is None or est > end_of_year:
            continue
        due[kind] = due.get(kind, 0) + 1
        files_it = rng.random() < FILING_RATE
        if code in already:
            filed.add(code)
            continue
        if not files_it:
            non_filers[kind] = non_filers.get(kind, 0) + 1
            continue
        filed.add(code)
        is_late = rng.random() < 0.03
        first = max(datetime.date(year + 1, 1, 1), est)
        submitted = day_between(rng, deadline + datetime.timedelta(days=1), yesterday) if is_late and yesterday > deadline \
            else min(day_between(rng, first, deadline), yesterday)
        employees = rng.randint(1, 8) if kind == "INDIVIDUAL_BUSINESS" else rng.randint(1, 120)
        assets = rng.randint(5, 50000)  # 0.1 万元
        row = [code, name, str(year), submitted.isoformat(), "否" if rng.random() < 0.05 else "是", "开业",
               str(employees), f"{assets / 10:.1f}", f"{rng.randint(0, assets * 2) / 10:.1f}",
               f"{rng.randint(0, assets) / 100:.2f}"]
        generated += 1
        if submitted > deadline:
            late[code] = (submitted, row)  # written once the listings are planned
        else:
            files.write("ANNUAL_REPORT", row)

    # The listings of the set-up: distinct active due entities, in the seed's proportion of kinds; the
    # ANNUAL_REPORT_NOT_FILED ones among the late filers, listed between the deadline and their filing.
    pool = [e for e in entities if e[4] == "ACTIVE" and e[2] in DUE_KINDS and e[3] is not None and e[3] <= yesterday]
    rng.shuffle(pool)
    want_state = round(LISTINGS * 220 / 621)
    want = {"abnormal": LISTINGS - want_state, "abnormal-state": want_state}
    want_annual = {k: round(v * ANNUAL_SHARE) for k, v in want.items()}
    listed, plan, by_ground, annual_listed = set(), [], {}, set()
    this_year = datetime.date(today.year, 1, 1)

    def add(endpoint, code, ground, decided):
        want[endpoint] -= 1
        listed.add(code)
        number = len(plan) + 1
        plan.append((endpoint, code, ground, decided.isoformat(), f"瑞市监异〔{decided.year}〕L{number}号",
                     AUTHORITY if endpoint == "abnormal" else ""))
        key = f"{endpoint} {ground}"
        by_ground[key] = by_ground.get(key, 0) + 1

    for code, name, kind, est, status in pool:
        endpoint = "abnormal-state" if kind == "INDIVIDUAL_BUSINESS" else "abnormal"
        submitted = late[code][0] if code in late else None
        if want_annual[endpoint] > 0 and submitted and submitted >= deadline + datetime.timedelta(days=2):
            want_annual[endpoint] -= 1
            annual_listed.add(code)
            add(endpoint, code, "ANNUAL_REPORT_NOT_FILED",
                day_between(rng, deadline + datetime.timedelta(days=1), submitted - datetime.timedelta(days=1)))
    for code, name, kind, est, status in pool:
        endpoint = "abnormal-state" if kind == "INDIVIDUAL_BUSINESS" else "abnormal"
        if not any(want.values()):
            break
        if want[endpoint] > 0 and code not in listed:
            add(endpoint, code, weighted(rng, OTHER_GROUNDS), day_between(rng, max(this_year, est), yesterday))
    # The reports of the late filers listed for not filing arrive after their listing: a second set of files.
    late_files = Files(os.path.join(out_dir, "late"))
    os.makedirs(os.path.join(out_dir, "late"), exist_ok=True)
    late_listed = 0
    for code, (submitted, row) in sorted(late.items()):
        if code in annual_listed:
            late_files.write("ANNUAL_REPORT", row)
            late_listed += 1
        else:
            files.write("ANNUAL_REPORT", row)
    for directory, writer, count in ((out_dir, files, generated - late_listed), (os.path.join(out_dir, "late"), late_files, late_listed)):
        with open(os.path.join(directory, "records.json"), "w", encoding="utf-8") as f:
            json.dump({"files": writer.close_all(), "kinds": {"ANNUAL_REPORT": count}, "records": count,
                       "entities": len(entities), "today": today.isoformat(), "seed": SEED}, f, ensure_ascii=False)
    done = json.load(open(os.path.join(out_dir, "records.json"), encoding="utf-8"))["files"]

    with open(os.path.join(out_dir, "prelist.tsv"), "w", encoding="utf-8") as f:
        for row in plan:
            f.write("\t".join(row) + "\n")

    candidates = [e[0] for e in pool if e[2] in LISTABLE and e[0] not in listed][:5000]
    with open(os.path.join(out_dir, "candidates.tsv"), "w", encoding="utf-8") as f:
        f.write("".join(c + "\n" for c in candidates))

    summary = {"report_year": year, "due": due, "due_total": sum(due.values()), "filed": len(filed),
               "already_filed": len(already & filed), "non_filers": non_filers,
               "non_filers_total": sum(non_filers.values()), "reports_generated": generated, "files": len(done),
               "late_listed_reports": late_listed,
               "listings": len(plan), "listings_by_ground": by_ground, "candidates": len(candidates),
               "filing_rate": FILING_RATE, "seed": SEED, "today": today.isoformat()}
    with open(os.path.join(out_dir, "plan.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    print(f"    {generated:,} annual reports of {year} for {summary['due_total']:,} entities due "
          f"({summary['non_filers_total']:,} non-filers); {len(plan):,} listings planned", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
