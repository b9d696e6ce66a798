package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.CODE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.ingestion.schema.RecordValues;

/**
 * Current records of the test entity as ingestion hands them to rules: values stored as text, choices
 * as their labels (several joined by ";"), amounts in 万元.
 */
final class Records {

    private static final AtomicInteger KEYS = new AtomicInteger();

    private Records() {
    }

    static TypedRecord of(RecordKind kind, LocalDate decidedOn, LocalDate validUntil, String... fieldValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < fieldValues.length; i += 2) {
            values.put(fieldValues[i], fieldValues[i + 1]);
        }
        return new TypedRecord(CODE, kind, kind + "-" + KEYS.incrementAndGet(), decidedOn, validUntil,
                RecordValues.of(kind, values));
    }

    /** A penalty: categories as labels ("罚款;吊销许可证件"), fine in 万元 or null. */
    static TypedRecord penalty(LocalDate on, String categories, String fineWan, String violationType) {
        return fineWan == null
                ? of(RecordKind.PENALTY, on, null, "penaltyCategories", categories, "violationType", violationType)
                : of(RecordKind.PENALTY, on, null, "penaltyCategories", categories, "violationType", violationType,
                        "fineAmount", fineWan);
    }

    static TypedRecord warning(LocalDate on) {
        return penalty(on, "警告", null, "未按规定亮照经营");
    }

    static TypedRecord fine(LocalDate on, String fineWan) {
        return penalty(on, "罚款", fineWan, "虚假宣传");
    }

    /** An inspection with its results as labels ("未发现问题"). */
    static TypedRecord inspection(LocalDate on, String results) {
        return of(RecordKind.INSPECTION, on, null, "results", results);
    }

    static TypedRecord inspectionClean(LocalDate on) {
        return inspection(on, "未发现问题");
    }

    static TypedRecord inspectionProblem(LocalDate on) {
        return inspection(on, "未按规定公示应当公示的信息");
    }

    static TypedRecord dishonestDebtor(LocalDate on) {
        return of(RecordKind.DISHONEST_DEBTOR, on, null, "court", "某区人民法院");
    }

    static TypedRecord courtJudgment(LocalDate on) {
        return of(RecordKind.COURT_JUDGMENT, on, null, "partyRole", "被告", "documentType", "判决", "cause", "买卖合同纠纷");
    }

    /** A complaint: category text, conclusion label (属实 / 不属实 / 待核查) or null. */
    static TypedRecord complaint(LocalDate on, String category, String conclusion) {
        return conclusion == null
                ? of(RecordKind.COMPLAINT, on, null, "category", category)
                : of(RecordKind.COMPLAINT, on, null, "category", category, "conclusion", conclusion);
    }

    /** A commitment with its fulfilment label (未到期 / 履约 / 违诺). */
    static TypedRecord commitment(LocalDate on, String fulfilment) {
        return of(RecordKind.COMMITMENT, on, null, "commitmentType", "主动型", "fulfilment", fulfilment);
    }

    static TypedRecord commendation(LocalDate on, LocalDate validUntil) {
        return of(RecordKind.COMMENDATION, on, validUntil, "honour", "守合同重信用企业");
    }

    static TypedRecord licence(LocalDate on, LocalDate validUntil, String certificateName) {
        return of(RecordKind.LICENCE, on, validUntil, "certificateName", certificateName);
    }
}
