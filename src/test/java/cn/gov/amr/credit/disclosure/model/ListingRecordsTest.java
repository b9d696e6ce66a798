package cn.gov.amr.credit.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.registry.EntityKind;
import org.junit.jupiter.api.Test;

/** A listing as the public sees it: which list, its ground in Chinese and code, masked, under an opaque id. */
class ListingRecordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final OpaqueNames NAMES = new OpaqueNames("key-one".getBytes(StandardCharsets.UTF_8));
    private static final Map<String, String> MESSAGES = Map.of(
            "lists.ground.ANNUAL_REPORT_NOT_FILED", "未按规定期限公示年度报告",
            "lists.field.FOOD_SAFETY", "食品安全领域",
            "disclosure.list.ABNORMAL", "列入经营异常名录",
            "disclosure.list.ABNORMAL_STATE", "标记为经营异常状态");
    private static final ListingRecords HIDING = new ListingRecords(NAMES, MESSAGES::get, true);
    private static final ListingRecords SHOWING = new ListingRecords(NAMES, MESSAGES::get, false);

    @Test
    void anAbnormalListingSaysItsListAndGroundInChineseAndByCode() {
        var listing = Listings.abnormal(17, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10), null);
        var shown = HIDING.of(listing, TODAY, ObjectedRecords.NONE).orElseThrow();
        assertThat(shown.documentNumber()).isEqualTo("瑞市监异列〔2026〕17号");
        assertThat(shown.date()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(shown.department()).isEqualTo("瑞昌市市场监督管理局");
        assertThat(shown.publicUntil()).isNull();
        assertThat(shown.fields()).containsExactly(Map.entry("list", "ABNORMAL"), Map.entry("listLabel", "列入经营异常名录"),
                Map.entry("ground", "ANNUAL_REPORT_NOT_FILED"), Map.entry("groundLabel", "未按规定期限公示年度报告"));
        assertThat(ListingRecords.sectionOf(listing.list())).isEqualTo(PublicSection.ABNORMAL_LISTINGS);
    }

    @Test
    void anAbnormalStateMarkingGoesToTheSameSectionAndSaysItIsTheState() {
        var marking = Listings.abnormalState(18, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10), null);
        var shown = HIDING.of(marking, TODAY, ObjectedRecords.NONE).orElseThrow();
        assertThat(shown.fields()).containsEntry("list", "ABNORMAL_STATE").containsEntry("listLabel", "标记为经营异常状态");
        assertThat(ListingRecords.sectionOf(ListKind.ABNORMAL_STATE)).isEqualTo(PublicSection.ABNORMAL_LISTINGS);
    }

    @Test
    void aRemovedListingShownByThePolicyCarriesItsRemovalAndIsNotShownUnderTheDefault() {
        var removed = Listings.abnormal(19, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10),
                Listings.removal(LocalDate.of(2026, 9, 1), "已补报年度报告"));
        assertThat(HIDING.of(removed, TODAY, ObjectedRecords.NONE)).isEmpty();
        var shown = SHOWING.of(removed, TODAY, ObjectedRecords.NONE).orElseThrow();
        assertThat(shown.fields()).containsEntry("removedOn", "2026-09-01").containsEntry("removalReason", "已补报年度报告")
                .containsEntry("removalDocumentNumber", "瑞市监异移〔2026〕9号");
        var before = SHOWING.of(removed, LocalDate.of(2026, 8, 31), ObjectedRecords.NONE).orElseThrow();
        assertThat(before.fields()).doesNotContainKeys("removedOn", "removalReason", "removalDocumentNumber");
    }

    @Test
    void aSeriousDishonestListingShowsItsFieldAndThePenaltysDocumentNumber() {
        var listing = Listings.seriousDishonest(20, "FOOD_SAFETY", LocalDate.of(2026, 2, 3), null);
        var shown = SHOWING.of(listing, TODAY, ObjectedRecords.NONE).orElseThrow();
        assertThat(shown.fields()).containsExactly(Map.entry("field", "FOOD_SAFETY"), Map.entry("fieldLabel", "食品安全领域"),
                Map.entry("penaltyDocumentNumber", "瑞市监罚〔2025〕88号"));
        assertThat(ListingRecords.sectionOf(listing.list())).isEqualTo(PublicSection.SERIOUS_DISHONEST_LISTINGS);
        assertThat(PublicSection.SERIOUS_DISHONEST_LISTINGS.fieldNames()).containsAll(shown.fields().keySet());
    }

    @Test
    void aLabelWithoutAMessageShowsTheCode() {
        var listing = Listings.abnormal(21, "NAME_NOT_CHANGED", LocalDate.of(2026, 7, 10), null);
        assertThat(HIDING.of(listing, TODAY, ObjectedRecords.NONE).orElseThrow().fields())
                .containsEntry("groundLabel", "NAME_NOT_CHANGED");
    }

    @Test
    void theIdIsOpaqueStableAndDiffersFromTheNextListingsSoItRevealsNoCount() {
        var one = Listings.abnormal(22, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10), null);
        var next = Listings.abnormal(23, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10), null);
        String id = HIDING.of(one, TODAY, ObjectedRecords.NONE).orElseThrow().id();
        assertThat(id).matches("[0-9a-f]{24}").isEqualTo(SHOWING.idOf(one)).isNotEqualTo(HIDING.idOf(next));
        var sameNumberOtherList = Listings.listing(22, ListKind.SERIOUS_DISHONEST, EntityKind.ENTERPRISE, "OTHER",
                LocalDate.of(2026, 7, 10), null);
        assertThat(HIDING.idOf(sameNumberOtherList)).isNotEqualTo(id);
    }

    @Test
    void everyTextIsMaskedAnIdNumberInAReasonOrDocumentNumberIncluded() {
        String idNumber = "11010519491231002X";
        var listing = new cn.gov.amr.credit.lists.Listing(24, ListKind.ABNORMAL, Listings.CODE, "名称", EntityKind.ENTERPRISE,
                "360481", "ADDRESS_UNREACHABLE", LocalDate.of(2026, 3, 2), "瑞市监异列" + idNumber,
                "瑞昌市市场监督管理局（经办人电话13912345678）", null, null, null, null, null,
                Listings.removal(LocalDate.of(2026, 5, 6), "负责人 " + idNumber + " 已到场说明"), "admin", null);
        var shown = SHOWING.of(listing, TODAY, ObjectedRecords.NONE).orElseThrow();
        String all = shown.documentNumber() + shown.department() + shown.fields();
        assertThat(all).doesNotContain(idNumber).doesNotContain("19491231").doesNotContain("13912345678")
                .contains("110105********002X");
    }

    @Test
    void anObjectedListingIsMarkedUnderObjection() {
        var listing = Listings.abnormal(25, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10), null);
        var objected = new ObjectedRecords(java.util.Set.of(HIDING.idOf(listing)), java.util.Set.of());
        assertThat(HIDING.of(listing, TODAY, objected).orElseThrow().underObjection()).isTrue();
        assertThat(HIDING.of(listing, TODAY, ObjectedRecords.NONE).orElseThrow().underObjection()).isFalse();
    }

    @Test
    void marksAreTheListingsInForceWhateverThePublicityPolicy() {
        var abnormalRemoved = Listings.abnormal(26, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10),
                Listings.removal(LocalDate.of(2026, 9, 1), "已补报"));
        var serious = Listings.seriousDishonest(27, "FOOD_SAFETY", LocalDate.of(2026, 2, 3), null);
        var state = Listings.abnormalState(28, "ADDRESS_UNREACHABLE", LocalDate.of(2026, 3, 2), null);
        assertThat(ListingRecords.marksOf(List.of(abnormalRemoved), TODAY)).isEqualTo(ListMarks.NONE);
        assertThat(ListingRecords.marksOf(List.of(abnormalRemoved), LocalDate.of(2026, 8, 1)))
                .isEqualTo(new ListMarks(true, false));
        assertThat(ListingRecords.marksOf(List.of(abnormalRemoved, serious), TODAY)).isEqualTo(new ListMarks(false, true));
        assertThat(ListingRecords.marksOf(List.of(state), TODAY)).isEqualTo(new ListMarks(true, false));
        assertThat(ListingRecords.marksOf(List.of(), TODAY)).isEqualTo(ListMarks.NONE);
    }
}
