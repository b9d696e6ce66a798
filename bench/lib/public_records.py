#!/usr/bin/env python3
"""The credit records of suite "public" (bench/suites/50-public-report.sh): CSV files for the ingest API.

    public_records.py ENTITIES_TSV DEPARTMENTS_JSON OUT_DIR

ENTITIES_TSV: the live registry, one entity a line (psql COPY … TO STDOUT): code, name, kind
(ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE), established_on (yyyy-mm-dd or \\N).
DEPARTMENTS_JSON: {"PENALTY": {"name": …, "code": …}, "LICENCE": …, "INSPECTION": …, "ANNUAL_REPORT": …},
the departments that send each kind (their names and codes are the deciding authority of their rows).

Writes OUT_DIR/KIND-NN.csv (UTF-8, national Chinese header names; inspections with the field codes),
each at most BENCH_PUBLIC_FILE_MB MiB (default 40; the platform takes 50 MB), and OUT_DIR/records.json:
{"files": [{"file", "kind", "rows", "bytes"}], "kinds": {KIND: rows}, "records", "entities",
"entities_with_records", "today", "seed"}.

About BENCH_PUBLIC_RECORDS_PER_ENTITY records per entity (default 2.5): annual reports first (report
years 2022 up to last year, not before the entity's establishment; Poisson with mean 1.0 per entity,
capped by the years it can have), then the rest of the target split between licences (40 %),
inspections (35 %) and penalties (25 %), each a Poisson count per entity, so that some entities
have no record at all (about e^-2.5, 8 %). Entities are visited in a random order (rows of one
entity lie together in a file, entities do not). Every row is meant to be valid: credit codes of
the registry, dates in the past and not before the entity's establishment, validity ends after
decisions, amounts in 万元, choices by their labels.

Penalties: decision dates spread evenly over the last four years, and a mix of penalty kinds that
the publicity rules (docs/disclosure.md) treat differently: warnings alone and small fines (simple
procedure, never shown), notices of criticism and low fines (public for 3 months), heavier fines,
confiscation and revoked licences (3 years), and orders to suspend business whose end may lie later.
So a report shows some penalties and hides others.

Randomness: BENCH_PUBLIC_SEED (default 1); the same registry gives the same files.
"""
import csv
import datetime
import json
import math
import os
import random
import sys

SEED = int(os.environ.get("BENCH_PUBLIC_SEED", "1"))
PER_ENTITY = float(os.environ.get("BENCH_PUBLIC_RECORDS_PER_ENTITY", "2.5"))
FILE_BYTES = int(float(os.environ.get("BENCH_PUBLIC_FILE_MB", "40")) * 1024 * 1024)
ANNUAL_MEAN = 1.0
OTHER_SHARES = {"LICENCE": 0.40, "INSPECTION": 0.35, "PENALTY": 0.25}
FIRST_REPORT_YEAR = 2022

# Headers: national labels (record-schemas.txt); inspections by their field codes.
HEADERS = {
    "PENALTY": ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "行政处罚决定书文号", "违法行为类型",
                "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）",
                "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码",
                "数据来源单位", "数据来源单位统一社会信用代码"],
    "LICENCE": ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "行政许可决定文书名称",
                "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期", "有效期自", "有效期至",
                "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位", "数据来源单位统一社会信用代码"],
    "INSPECTION": ["JC_DXMC", "JC_SHXYM", "JC_RWBH", "JC_SX", "JC_LX", "JC_RQ", "JC_JCJG", "JC_JG", "JC_HXCZ",
                   "JC_SJLY", "JC_SJLYDM"],
    "ANNUAL_REPORT": ["统一社会信用代码", "名称", "报告年度", "报送日期", "是否公示", "经营状态", "从业人数", "资产总额（万元）",
                      "营业总收入（万元）", "纳税总额（万元）"],
}

PARTY_TYPE = {"INDIVIDUAL_BUSINESS": "个体工商户"}  # else 法人及非法人组织
ORGANISATION = "法人及非法人组织"

# Penalties: weight, categories (labels), fine range in yuan (0: none), confiscation, validity
# ("short": 3 months, "long": 3 years, "restriction": 6-48 months), what the rules make of it.
PENALTY_KINDS = [
    (10, ["警告"], (0, 0), False, "short"),                      # warning alone: never shown
    (10, ["警告", "罚款"], (500, 3000), False, "short"),          # small fine: simple procedure (organisations)
    (5, ["通报批评"], (0, 0), False, "short"),                    # 3 months
    (10, ["警告", "罚款"], (5000, 9000), False, "short"),         # low fine: 3 months
    (25, ["罚款"], (5000, 50000), False, "long"),                 # 3 months (organisation) or 3 years (individual)
    (22, ["罚款", "没收违法所得"], (10000, 200000), True, "long"),  # 3 years
    (10, ["罚款", "责令停产停业"], (20000, 100000), False, "restriction"),
    (8, ["罚款", "吊销许可证件"], (50000, 300000), False, "long"),
]
VIOLATIONS = [
    ("经营超过保质期的食品", "当事人在其经营场所销售超过保质期的预包装食品，货值金额较小。",
     "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"),
    ("未按规定公示年度报告", "当事人未按照规定的期限公示年度报告，经责令限期改正后已补报。",
     "《企业信息公示暂行条例》第十八条"),
    ("销售不合格产品", "经抽样检验，当事人销售的电线电缆导体电阻项目不符合国家标准。",
     "《中华人民共和国产品质量法》第四十九条"),
    ("虚假宣传", "当事人在其网店页面对商品的功效作虚假的商业宣传，欺骗、误导消费者。",
     "《中华人民共和国反不正当竞争法》第二十条第一款"),
    ("未取得许可从事经营活动", "当事人未取得相关许可证，擅自从事经营活动。",
     "《无证无照经营查处办法》第十三条"),
    ("使用未经检验的特种设备", "当事人使用未经定期检验的电梯一台，存在安全隐患。",
     "《中华人民共和国特种设备安全法》第八十四条第（一）项"),
]
LICENCES = [
    ("食品经营许可证", "食品经营许可决定书", "普通", "JY1360481", 5, "预包装食品销售，散装食品销售"),
    ("公共场所卫生许可证", "公共场所卫生许可决定书", "普通", "瑞卫公证字", 4, "住宿场所；美容美发场所"),
    ("道路运输经营许可证", "道路运输经营许可决定书", "普通", "赣交运管许可九字360481", 4, "道路普通货物运输"),
    ("特种设备使用登记证", "特种设备使用登记决定书", "登记", "梯11赣G", 0, "曳引驱动乘客电梯使用登记"),
    ("药品经营许可证", "药品经营许可决定书", "普通", "赣CB0481", 5, "中成药、化学药制剂、抗生素制剂"),
    ("烟花爆竹经营（零售）许可证", "烟花爆竹经营许可决定书", "普通", "YH360481", 1, "烟花爆竹零售"),
]
INSPECTION_ITEMS = ["企业公示信息情况检查", "食品销售者落实食品安全主体责任情况检查", "电梯使用单位安全管理情况检查",
                    "产品质量监督抽查", "个体工商户年度报告公示信息检查"]
INSPECTION_TYPES = ["双随机", "专项", "日常"]
# Results (labels, schema order) with weights.
INSPECTION_RESULTS = [(80, ["未发现问题"]), (8, ["发现问题已责令改正"]), (5, ["未按规定公示应当公示的信息"]),
                      (4, ["通过登记的住所（经营场所）无法联系"]), (3, ["未按规定公示应当公示的信息", "发现问题已责令改正"])]


def poisson(rng, mean):
    """Knuth's method (small means)."""
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def weighted(rng, items):
    total = sum(w for w, *_ in items)
    x = rng.uniform(0, total)
    for item in items:
        x -= item[0]
        if x <= 0:
            return item
    return items[-1]


def wan(yuan):
    """Yuan as 万元, plain decimals (5000 -> 0.5)."""
    text = f"{yuan / 10000:.4f}".rstrip("0").rstrip(".")
    return text or "0"


def add_months(day, months):
    y, m = divmod(day.month - 1 + months, 12)
    y, m = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return datetime.date(y, m, d)
        except ValueError:
            continue


class Files:
    """Rolling CSV files per kind, each under FILE_BYTES."""

    def __init__(self, out_dir):
        self.out_dir, self.open, self.done = out_dir, {}, []

    def write(self, kind, row):
        line = csv_line(row)
        state = self.open.get(kind)
        if state is None or state["bytes"] + len(line) > FILE_BYTES:
            self.close(kind)
            number = sum(1 for f in self.done if f["kind"] == kind) + 1
            name = f"{kind.lower().replace('_', '-')}-{number:02d}.csv"
            f = open(os.path.join(self.out_dir, name), "wb")
            header = csv_line(HEADERS[kind])
            f.write(header)
            state = self.open[kind] = {"f": f, "file": name, "kind": kind, "rows": 0, "bytes": len(header)}
        state["f"].write(line)
        state["rows"] += 1
        state["bytes"] += len(line)

    def close(self, kind):
        state = self.open.pop(kind, None)
        if state:
            state["f"].close()
            self.done.append({k: state[k] for k in ("file", "kind", "rows", "bytes")})

    def close_all(self):
        for kind in list(self.open):
            self.close(kind)
        return self.done


class _Line:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text = s


_buffer = _Line()
_writer = csv.writer(_buffer, lineterminator="\n")


def csv_line(cells):
    _writer.writerow(cells)
    return _buffer.text.encode("utf-8")


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    entities_file, departments_file, out_dir = argv[1:]
    departments = json.load(open(departments_file, encoding="utf-8"))
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    today = datetime.date.today()
    last_day = today - datetime.timedelta(days=1)  # nothing decided in the future (the server may be ahead)
    last_report_year = today.year - 1

    entities = []
    with open(entities_file, encoding="utf-8") as f:
        for line in f:
            code, name, kind, established = line.rstrip("\n").split("\t")
            est = None if established == "\\N" else datetime.date.fromisoformat(established)
            entities.append((code, name, kind, est))
    entities.sort()
    rng.shuffle(entities)
    n = len(entities)

    # Annual reports first: their count is capped by the years an entity can have.
    def report_years(est):
        first = max(FIRST_REPORT_YEAR, est.year if est else FIRST_REPORT_YEAR)
        return list(range(first, last_report_year + 1))

    annual = [min(poisson(rng, ANNUAL_MEAN), len(report_years(e[3]))) for e in entities]
    rest = max(0.0, PER_ENTITY * n - sum(annual))
    means = {k: rest * share / n for k, share in OTHER_SHARES.items()}

    files = Files(out_dir)
    counters = {k: 0 for k in HEADERS}
    with_records = 0
    four_years_ago = datetime.date(today.year - 4, today.month, min(today.day, 28))
    six_years_ago = datetime.date(today.year - 6, today.month, min(today.day, 28))

    def date_between(first, last):
        if first > last:
            first = last
        return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))

    for (code, name, kind, est), reports in zip(entities, annual):
        party_type = PARTY_TYPE.get(kind, ORGANISATION)
        counts = {k: poisson(rng, means[k]) for k in OTHER_SHARES}
        if reports or any(counts.values()):
            with_records += 1
        earliest = max(four_years_ago, est) if est else four_years_ago

        for year in sorted(rng.sample(report_years(est), reports)):
            submitted = min(date_between(datetime.date(year + 1, 1, 1), datetime.date(year + 1, 6, 30)), last_day)
            employees = rng.randint(1, 8) if kind == "INDIVIDUAL_BUSINESS" else rng.randint(1, 120)
            assets = rng.randint(5, 50000)  # 0.1 万元
            files.write("ANNUAL_REPORT", [code, name, str(year), submitted.isoformat(),
                                          "否" if rng.random() < 0.05 else "是",  # not published: not shown
                                          "开业" if rng.random() < 0.95 else "歇业", str(employees),
                                          f"{assets / 10:.1f}", f"{rng.randint(0, assets * 2) / 10:.1f}",
                                          f"{rng.randint(0, assets) / 100:.2f}"])
            counters["ANNUAL_REPORT"] += 1

        d = departments["LICENCE"]
        for _ in range(counts["LICENCE"]):
            cert, doc_name, category, prefix, years, content = rng.choice(LICENCES)
            decided = date_between(max(six_years_ago, est) if est else six_years_ago, last_day)
            counters["LICENCE"] += 1
            number = counters["LICENCE"]
            valid_to = (decided.replace(day=min(decided.day, 28), year=decided.year + years)
                        - datetime.timedelta(days=1)) if years else None
            files.write("LICENCE", [name, party_type, code, doc_name,
                                    f"瑞基准许〔{decided.year}〕{number}号", category, cert, f"{prefix}{number:07d}",
                                    content, decided.isoformat(), decided.isoformat(),
                                    valid_to.isoformat() if valid_to else "", d["name"], d["code"],
                                    "有效" if valid_to is None or valid_to >= today else "无效", d["name"], d["code"]])

        d = departments["INSPECTION"]
        for _ in range(counts["INSPECTION"]):
            inspected = date_between(earliest, last_day)
            counters["INSPECTION"] += 1
            _, results = weighted(rng, INSPECTION_RESULTS)
            files.write("INSPECTION", [name, code, f"瑞基准查〔{inspected.year}〕{counters['INSPECTION']}号",
                                       rng.choice(INSPECTION_ITEMS), rng.choice(INSPECTION_TYPES),
                                       inspected.isoformat(), d["name"], ";".join(results),
                                       "" if results == ["未发现问题"] else "责令限期改正，已复查", d["name"], d["code"]])

        d = departments["PENALTY"]
        for _ in range(counts["PENALTY"]):
            decided = date_between(earliest, last_day)
            counters["PENALTY"] += 1
            _, categories, (low, high), confiscation, validity = weighted(rng, PENALTY_KINDS)
            violation, facts, basis = rng.choice(VIOLATIONS)
            fine = rng.randrange(low, high + 1, 100) if high else 0
            gain = rng.randrange(500, 20001, 100) if confiscation else 0
            if validity == "short":
                until = add_months(decided, 3) - datetime.timedelta(days=1)
            elif validity == "long":
                until = add_months(decided, 36) - datetime.timedelta(days=1)
            else:
                until = add_months(decided, rng.randint(6, 48)) - datetime.timedelta(days=1)
            content = "；".join(
                {"警告": "警告", "通报批评": "通报批评", "罚款": f"罚款{fine}元", "没收违法所得": f"没收违法所得{gain}元",
                 "责令停产停业": f"责令停产停业至{until.isoformat()}", "吊销许可证件": "吊销许可证"}[c] for c in categories)
            files.write("PENALTY", [name, party_type, code, f"瑞基准罚〔{decided.year}〕{counters['PENALTY']}号",
                                    violation, facts, basis, ";".join(categories), content,
                                    wan(fine) if fine else "", wan(gain) if gain else "",
                                    "许可证" if "吊销许可证件" in categories else "", decided.isoformat(),
                                    until.isoformat(), until.isoformat(), d["name"], d["code"], d["name"], d["code"]])

    done = files.close_all()
    summary = {"files": done, "kinds": counters, "records": sum(counters.values()), "entities": n,
               "entities_with_records": with_records, "today": today.isoformat(), "seed": SEED,
               "per_entity_target": PER_ENTITY}
    with open(os.path.join(out_dir, "records.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    print(f"{summary['records']} records ({', '.join(f'{k} {v}' for k, v in counters.items())}) for "
          f"{with_records} of {n} entities in {len(done)} files", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
