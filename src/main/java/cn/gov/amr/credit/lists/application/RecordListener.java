package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.ingestion.BatchAccepted;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.ingestion.schema.InspectionFields;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.ProposalSource;
import cn.gov.amr.credit.lists.infrastructure.NewProposal;
import cn.gov.amr.credit.lists.model.InspectionResults;
import cn.gov.amr.credit.lists.model.ListingEligibility;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the lists learn from aggregated records, within a second of the batch: annual reports filed (the
 * counted filing is dropped; a listing whose missing report arrived gets a removal proposal) and
 * inspection results that lead to the abnormal list (a listing proposal per ground, due within 10 working
 * days of the inspection; results older than {@code inspectionLookbackDays} raise none). Idempotent: every
 * proposal has its occasion key, so a redelivered event raises nothing twice.
 */
@Component
class RecordListener {

    private final CreditRecords records;
    private final Registry registry;
    private final ProposalRaiser raiser;
    private final AnnualReportService compliance;
    private final DecisionSupport support;
    private final int lookbackDays;

    RecordListener(CreditRecords records, Registry registry, ProposalRaiser raiser, AnnualReportService compliance,
                   DecisionSupport support, ListSettings settings) {
        this.records = records;
        this.registry = registry;
        this.raiser = raiser;
        this.compliance = compliance;
        this.support = support;
        this.lookbackDays = settings.inspectionLookbackDays();
    }

    @ApplicationModuleListener
    void on(BatchAccepted batch) {
        if (batch.kind() == RecordKind.ANNUAL_REPORT) {
            compliance.forget(compliance.dueYear(support.today()));
            raiser.remedied(batch.entityCodes());
        } else if (batch.kind() == RecordKind.INSPECTION) {
            inspections(batch.entityCodes());
        }
    }

    private void inspections(List<String> entityCodes) {
        LocalDate since = support.today().minusDays(lookbackDays);
        var days = raiser.days();
        var batch = new ArrayList<NewProposal>();
        for (TypedRecord inspection : records.forRules(entityCodes, List.of(RecordKind.INSPECTION))) {
            var grounds = InspectionResults.groundsOf(inspection.choiceCodes(InspectionFields.RESULTS));
            if (grounds.isEmpty() || inspection.decidedOn() == null || inspection.decidedOn().isBefore(since)) {
                continue;
            }
            MarketEntity registered;
            try {
                registered = registry.find(inspection.entityCode());
            } catch (Refusal gone) {
                continue;
            }
            var entity = new EntityIdentity(registered.code(), null, null, registered.name(), null, registered.kind(),
                    registered.status(), registered.establishedOn(), registered.jurisdiction(), false);
            var list = ListingEligibility.abnormalListOf(entity.kind());
            if (list.isEmpty() || entity.status() != EntityStatus.ACTIVE) {
                continue;
            }
            for (AbnormalGround ground : grounds) {
                batch.add(raiser.listing(list.get(), entity, ground, inspection.decidedOn(), ProposalSource.INSPECTION,
                        inspection.naturalKey(), "IN:" + entity.code() + ":" + inspection.naturalKey() + ":" + ground, days));
            }
        }
        raiser.raise(batch);
    }
}
