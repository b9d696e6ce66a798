package cn.gov.amr.credit.disclosure.model;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Removal;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.registry.EntityKind;

/** Listings for the tests of the public side, as the lists module hands them out. */
final class Listings {

    static final String CODE = "91360481MA35F0TQ3X";

    private Listings() {
    }

    static Listing abnormal(long id, String ground, LocalDate listedOn, Removal removal) {
        return listing(id, ListKind.ABNORMAL, EntityKind.ENTERPRISE, ground, listedOn, removal);
    }

    static Listing abnormalState(long id, String ground, LocalDate markedOn, Removal removal) {
        return listing(id, ListKind.ABNORMAL_STATE, EntityKind.INDIVIDUAL_BUSINESS, ground, markedOn, removal);
    }

    static Listing seriousDishonest(long id, String field, LocalDate listedOn, Removal removal) {
        return new Listing(id, ListKind.SERIOUS_DISHONEST, CODE, "瑞昌市测试有限公司", EntityKind.ENTERPRISE, "360481",
                field, listedOn, "瑞市监严失列〔2026〕" + id + "号", "瑞昌市市场监督管理局", null,
                "瑞市监罚〔2025〕88号", null, null, null, removal, "admin", Instant.parse("2026-01-05T02:00:00Z"));
    }

    static Listing listing(long id, ListKind list, EntityKind kind, String ground, LocalDate listedOn, Removal removal) {
        return new Listing(id, list, CODE, "瑞昌市测试有限公司", kind, "360481", ground, listedOn,
                "瑞市监异列〔2026〕" + id + "号", "瑞昌市市场监督管理局", null, null, null, null, null, removal, "admin",
                Instant.parse("2026-01-05T02:00:00Z"));
    }

    static Removal removal(LocalDate on, String reason) {
        return new Removal(RemovalKind.DECISION, on, "瑞市监异移〔2026〕9号", reason, "admin",
                Instant.parse("2026-06-01T02:00:00Z"));
    }
}
