package cn.gov.amr.credit.lists.model;

import java.util.Optional;

import cn.gov.amr.credit.lists.AbnormalGround;

/**
 * 未按规定期限公示年度报告: listed when the report now due (the year whose 30 June deadline passed last,
 * as of the decision day) was not filed by an entity that had to file it; removed once that report is filed
 * (补报并公示).
 */
public final class AnnualReportNotFiledRule implements GroundRule {

    private final AnnualReportSchedule schedule;

    public AnnualReportNotFiledRule(AnnualReportSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public AbnormalGround ground() {
        return AbnormalGround.ANNUAL_REPORT_NOT_FILED;
    }

    @Override
    public Integer reportYear(ListingFacts facts) {
        return schedule.dueYear(facts.decidedOn());
    }

    @Override
    public Optional<String> refuseListing(ListingFacts facts) {
        int year = reportYear(facts);
        if (!AnnualReportSchedule.mustFile(facts.establishedOn(), year)) {
            return Optional.of("ANNUAL_REPORT_NOT_DUE");
        }
        return facts.filedYears().contains(year) ? Optional.of("ANNUAL_REPORT_FILED") : Optional.empty();
    }

    @Override
    public Optional<String> refuseRemoval(ListingFacts facts, Integer reportYear) {
        return reportYear != null && !facts.filedYears().contains(reportYear)
                ? Optional.of("GROUND_NOT_REMEDIED") : Optional.empty();
    }
}
