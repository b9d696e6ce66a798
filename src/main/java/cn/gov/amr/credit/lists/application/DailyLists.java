package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.DailyListsResult;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ProposalSource;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.lists.infrastructure.NewProposal;
import cn.gov.amr.credit.lists.model.AnnualReportSchedule;
import cn.gov.amr.credit.lists.model.ListTiming;
import cn.gov.amr.credit.lists.model.ListingEligibility;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.EntityIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work of the lists, in one transaction taken by one instance at a time (an advisory lock: a
 * second caller waits, then finds nothing left to do): (1) serious dishonest listings whose years are over
 * end; (2) one pass over the register: listings of deregistered entities end, and each active entity that
 * had to file the report now due and has not gets a listing proposal (the abnormal list, or the abnormal
 * state for an individual business) — only once the deadline passed and only for a year whose reports the
 * platform received at all — and each annual-report listing for that year whose report is now filed gets a
 * removal proposal; (3) the same for listings of earlier report years, one by one; (4) proposals to move
 * enterprises three years on the abnormal list. Every proposal has an occasion key, so a second run the same
 * day (or any later day) raises nothing twice.
 */
@Component
class DailyLists {

    private static final int LOCK = 4112;
    private static final int BATCH = 5000;
    private final ListingStore listings;
    private final ProposalRaiser raiser;
    private final FilingScan scan;
    private final AnnualReportCompliance compliance;
    private final DecisionSupport support;
    private final JdbcClient jdbc;
    private final AnnualReportSchedule schedule;
    private final ListTiming timing;

    DailyLists(ListingStore listings, ProposalRaiser raiser, FilingScan scan, AnnualReportCompliance compliance,
               DecisionSupport support, JdbcClient jdbc, ListSettings settings) {
        this.listings = listings;
        this.raiser = raiser;
        this.scan = scan;
        this.compliance = compliance;
        this.support = support;
        this.jdbc = jdbc;
        this.schedule = settings.schedule();
        this.timing = settings.timing();
    }

    @Transactional
    DailyListsResult run() {
        jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(LOCK).query(Object.class).single();
        LocalDate today = support.today();
        int removed = 0;
        for (Listing l : listings.inForce(ListKind.SERIOUS_DISHONEST)) {
            if (timing.seriousExpired(l.decidedOn(), today)) {
                support.removeAutomatically(l, RemovalKind.EXPIRY, timing.seriousExpiresOn(l.decidedOn()));
                removed++;
            }
        }
        var register = new RegisterPass(today);
        scan.scan(register.year, register::visit);
        int raised = register.flush();
        removed += register.removeDeregistered();
        // listings for an earlier report year than the one now due: looked at one by one (few)
        raised += raiser.remedied(register.olderReportYears);
        raised += raiser.threeYearMoves(today);
        return new DailyListsResult(raised, removed);
    }

    /**
     * The pass over the register: non-filers' proposals and the removal proposals of remedied listings for
     * the year now due, in batches; deregistered entities still listed.
     */
    private final class RegisterPass {
        final int year;
        final boolean nonFilersDue;
        final LocalDate arose;
        final Map<String, List<Listing>> inForce = new HashMap<>();
        final Map<Long, Integer> reportYears;
        final Set<String> listedForYear;
        final Set<String> olderReportYears = new HashSet<>();
        final List<Listing> deregisteredListings = new ArrayList<>();
        final List<NewProposal> batch = new ArrayList<>();
        final cn.gov.amr.credit.shared.WorkingDays days = raiser.days();
        int raised;

        RegisterPass(LocalDate today) {
            year = schedule.dueYear(today);
            nonFilersDue = compliance.reportsReceivedFor(year);
            arose = schedule.groundArises(year);
            for (ListKind list : ListKind.values()) {
                listings.inForce(list).forEach(l -> inForce.computeIfAbsent(l.entityCode(), c -> new ArrayList<>()).add(l));
            }
            reportYears = listings.inForceReportYears();
            listedForYear = listings.listedForReportYear(year);
        }

        void visit(EntityIdentity entity, boolean filed) {
            var listed = inForce.getOrDefault(entity.code(), List.of());
            if (entity.status() == EntityStatus.DEREGISTERED) {
                deregisteredListings.addAll(listed);
                return;
            }
            for (Listing l : listed) {
                Integer reportYear = reportYears.get(l.id());
                if (reportYear != null && reportYear == year && filed) {
                    add(raiser.remedy(l, year, days));
                } else if (reportYear != null && reportYear != year) {
                    olderReportYears.add(l.entityCode());
                }
            }
            if (!nonFilersDue || filed || entity.status() != EntityStatus.ACTIVE
                    || !AnnualReportSchedule.mustFile(entity.establishedOn(), year) || listedForYear.contains(entity.code())) {
                return;
            }
            ListingEligibility.abnormalListOf(entity.kind()).ifPresent(list -> add(raiser.listing(list, entity,
                    AbnormalGround.ANNUAL_REPORT_NOT_FILED, arose, ProposalSource.ANNUAL_REPORT, Integer.toString(year),
                    "AR:" + year + ":" + entity.code(), days)));
        }

        private void add(NewProposal proposal) {
            batch.add(proposal);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        int flush() {
            raised += raiser.raise(batch);
            batch.clear();
            return raised;
        }

        int removeDeregistered() {
            for (Listing l : deregisteredListings) {
                support.removeAutomatically(l, RemovalKind.DEREGISTRATION, support.today());
            }
            return deregisteredListings.size();
        }
    }
}
