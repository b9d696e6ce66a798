package cn.gov.amr.credit.registry.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.IdType;
import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.MessageKey;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * The rules an entity's fields must meet, each problem named by the JSON path of its field. The
 * credit code itself is checked by {@link #codeProblems}; everything else by {@link #fieldProblems}.
 */
public final class EntityRules {

    static final int MAX_NAME = 200;
    static final int MAX_PERSON_NAME = 50;
    static final int MAX_TEXT = 200;
    static final int MAX_SCOPE = 4000;
    static final int MAX_FORMER_NAMES = 50;
    static final BigDecimal MAX_CAPITAL = new BigDecimal("100000000000");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern INDUSTRY = Pattern.compile("([A-T])(\\d{2}(\\d{1,2})?)?");
    private static final Pattern OTHER_ID = Pattern.compile("[0-9A-Z-]{4,30}");

    /**
     * What the rules are checked against: the configured jurisdictions, and the industry table as
     * code → section (a section letter maps to itself, a two-digit division to its section).
     */
    public record ReferenceData(Set<String> jurisdictions, java.util.Map<String, String> industrySections,
                                LocalDate today) {
    }

    private EntityRules() {
    }

    /**
     * Problems with the credit code. A code whose only problem is its check character is still
     * accepted when {@code acceptFailingCheck} (loaded by ADMIN from the registration system).
     */
    public static List<FieldProblem> codeProblems(Checked<CreditCode> checked, boolean acceptFailingCheck) {
        if (checked.valid()) {
            return List.of();
        }
        boolean onlyCheckCharacter = checked.errors().stream()
                .allMatch(p -> p.code().equals(IdentifierProblem.CHECK_CHARACTER));
        if (acceptFailingCheck && onlyCheckCharacter) {
            return List.of();
        }
        return toFieldProblems("$.code", checked.errors());
    }

    /** Problems with every field but the code itself; a masked ID number is no ID number (nothing is stored yet). */
    public static List<FieldProblem> fieldProblems(EntityDraft draft, String normalizedCode, ReferenceData reference) {
        return fieldProblems(draft, normalizedCode, reference, false);
    }

    /**
     * Problems with every field but the code itself. {@code maskedKeepsIdNumber}: a masked ID number
     * stands for the stored one (a change of an entity that has one); otherwise it is refused.
     */
    public static List<FieldProblem> fieldProblems(EntityDraft draft, String normalizedCode, ReferenceData reference,
                                                   boolean maskedKeepsIdNumber) {
        var problems = new ArrayList<FieldProblem>();
        if (blank(draft.name())) {
            problems.add(new FieldProblem("$.name", "REQUIRED"));
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("$.name", "TOO_LONG", List.of(MAX_NAME)));
        }
        if (draft.kind() == null) {
            problems.add(new FieldProblem("$.kind", "REQUIRED"));
        } else if (normalizedCode != null && draft.kind() != EntityKind.impliedBy(normalizedCode)) {
            problems.add(new FieldProblem("$.kind", "KIND_MISMATCH",
                    List.of(new MessageKey("kind." + EntityKind.impliedBy(normalizedCode).name()))));
        }
        legalRepresentativeProblems(draft, maskedKeepsIdNumber, problems);
        identifierProblems("$.registrationNumber", draft.registrationNumber(), RegistrationNumber::check, problems);
        identifierProblems("$.organisationCode", draft.organisationCode(), OrganisationCode::check, problems);
        if (draft.formerNames().size() > MAX_FORMER_NAMES) {
            problems.add(new FieldProblem("$.formerNames", "TOO_MANY", List.of(MAX_FORMER_NAMES)));
        }
        for (int i = 0; i < Math.min(draft.formerNames().size(), MAX_FORMER_NAMES); i++) {
            String former = draft.formerNames().get(i);
            if (blank(former) || former.strip().length() > MAX_NAME) {
                problems.add(new FieldProblem("$.formerNames[" + i + "]", "INVALID_NAME", List.of(MAX_NAME)));
            }
        }
        if (draft.registeredCapital() != null && (draft.registeredCapital().signum() < 0
                || draft.registeredCapital().compareTo(MAX_CAPITAL) > 0)) {
            problems.add(new FieldProblem("$.registeredCapital", "CAPITAL_RANGE"));
        }
        if (draft.establishedOn() != null && (draft.establishedOn().isAfter(reference.today())
                || draft.establishedOn().getYear() < 1949)) {
            problems.add(new FieldProblem("$.establishedOn", "DATE_RANGE"));
        }
        lengthProblem("$.authority", draft.authority(), MAX_TEXT, problems);
        lengthProblem("$.address", draft.address(), MAX_TEXT, problems);
        lengthProblem("$.town", draft.town(), MAX_TEXT, problems);
        lengthProblem("$.businessScope", draft.businessScope(), MAX_SCOPE, problems);
        if (!blank(draft.regionCode()) && !REGION.matcher(draft.regionCode().strip()).matches()) {
            problems.add(new FieldProblem("$.regionCode", "REGION_CODE_FORMAT"));
        }
        industryProblems(draft.industryCode(), reference.industrySections(), problems);
        if (!blank(draft.jurisdiction()) && !reference.jurisdictions().contains(draft.jurisdiction().strip())) {
            problems.add(new FieldProblem("$.jurisdiction", "JURISDICTION_UNKNOWN", List.of(draft.jurisdiction().strip())));
        }
        return problems;
    }

    private static void legalRepresentativeProblems(EntityDraft draft, boolean maskedKeepsIdNumber,
                                                    List<FieldProblem> problems) {
        var representative = draft.legalRepresentative();
        if (representative == null) {
            return;
        }
        lengthProblem("$.legalRepresentative.name", representative.name(), MAX_PERSON_NAME, problems);
        String number = representative.idNumber();
        if (blank(number)) {
            return;
        }
        if (Masking.isMasked(number)) {
            if (!maskedKeepsIdNumber) {
                String normalized = cn.gov.amr.credit.shared.Identifiers.normalize(number);
                int position = normalized.codePointCount(0, normalized.indexOf('*')) + 1;
                problems.add(new FieldProblem("$.legalRepresentative.idNumber", IdentifierProblem.ILLEGAL_CHARACTER,
                        List.of(position, "*")));
            }
            return;
        }
        if (representative.idType() == null) {
            problems.add(new FieldProblem("$.legalRepresentative.idType", "REQUIRED"));
        } else if (representative.idType() == IdType.RESIDENT_ID) {
            var checked = ResidentIdNumber.check(number);
            problems.addAll(toFieldProblems("$.legalRepresentative.idNumber", checked.errors()));
        } else if (!OTHER_ID.matcher(cn.gov.amr.credit.shared.Identifiers.normalize(number)).matches()) {
            problems.add(new FieldProblem("$.legalRepresentative.idNumber", "DOCUMENT_NUMBER_FORMAT"));
        }
    }

    /** A section letter, optionally followed by the 2–4 digits of a division, group or class of that section. */
    private static void industryProblems(String code, java.util.Map<String, String> sections, List<FieldProblem> problems) {
        if (blank(code)) {
            return;
        }
        var matcher = INDUSTRY.matcher(code.strip().toUpperCase());
        boolean ok = matcher.matches() && sections.containsKey(matcher.group(1))
                && (matcher.group(2) == null
                    || matcher.group(1).equals(sections.get(matcher.group(2).substring(0, 2))));
        if (!ok) {
            problems.add(new FieldProblem("$.industryCode", "INDUSTRY_UNKNOWN", List.of(code.strip())));
        }
    }

    private static <T> void identifierProblems(String field, String raw, java.util.function.Function<String, Checked<T>> check,
                                               List<FieldProblem> problems) {
        if (!blank(raw)) {
            problems.addAll(toFieldProblems(field, check.apply(raw).errors()));
        }
    }

    private static void lengthProblem(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "TOO_LONG", List.of(max)));
        }
    }

    /** Identifier problems as field problems; their codes double as message keys. */
    public static List<FieldProblem> toFieldProblems(String field, List<IdentifierProblem> problems) {
        return problems.stream().map(p -> new FieldProblem(field, p.code(), p.arguments())).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
