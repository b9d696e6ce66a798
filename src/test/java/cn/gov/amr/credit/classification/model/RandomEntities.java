package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;

/** Entities drawn from a seed: the same seed gives the same entity, with records of every kind. */
final class RandomEntities {

    private static final List<String> INDUSTRIES = List.of("F5131", "H6210", "C1310", "C2710", "C3311", "I6510", "A0111");
    private static final List<String> CATEGORIES = List.of("警告", "罚款", "吊销许可证件", "警告;罚款", "责令停产停业",
            "没收违法所得;罚款");
    private static final List<String> VIOLATIONS = List.of("虚假宣传", "销售过期食品", "销售劣药", "电梯未经检验", "无照经营");
    private static final List<String> RESULTS = List.of("未发现问题", "未按规定公示应当公示的信息", "发现问题已责令改正",
            "不配合检查情节严重", "通过登记的住所（经营场所）无法联系");
    private static final List<String> CERTIFICATES = List.of("食品经营许可证", "药品经营许可证", "特种设备使用登记证",
            "食品生产许可证", "道路运输经营许可证");

    private RandomEntities() {
    }

    static Facts of(long seed) {
        var random = new Random(seed);
        var facts = Facts.typical()
                .kind(EntityKind.values()[random.nextInt(EntityKind.values().length)])
                .establishedOn(TODAY.minusDays(random.nextInt(20 * 366)))
                .capital(random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(500)))
                .industry(pick(random, INDUSTRIES))
                .relatedBadEntities(random.nextInt(8) == 0 ? random.nextInt(4) : 0);
        if (random.nextInt(4) == 0) {
            facts.filed(random.nextBoolean() ? 2024 : 2023, random.nextBoolean() ? 2022 : 2021);
        }
        int records = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
        for (int i = 0; i < records; i++) {
            facts.records(record(random));
        }
        for (FlagKind flag : FlagKind.values()) {
            if (random.nextInt(6) == 0) {
                facts.flag(flag);
            }
        }
        for (ListKind list : ListKind.values()) {
            if (random.nextInt(10) == 0) {
                facts.listed(list);
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            facts.changedOn(TODAY.minusDays(random.nextInt(800)));
        }
        return facts;
    }

    private static TypedRecord record(Random random) {
        LocalDate on = TODAY.minusDays(random.nextInt(5 * 366));
        return switch (random.nextInt(8)) {
            case 0, 1 -> Records.penalty(on, pick(random, CATEGORIES),
                    random.nextBoolean() ? null : Integer.toString(random.nextInt(80)), pick(random, VIOLATIONS));
            case 2 -> Records.inspection(on, pick(random, RESULTS));
            case 3 -> Records.complaint(on, random.nextBoolean() ? "食品安全" : "价格",
                    random.nextBoolean() ? "属实" : "不属实");
            case 4 -> Records.commitment(on, random.nextBoolean() ? "违诺" : "履约");
            case 5 -> Records.courtJudgment(on);
            case 6 -> Records.dishonestDebtor(on);
            default -> Records.licence(on, random.nextBoolean() ? null : on.plusYears(3), pick(random, CERTIFICATES));
        };
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
