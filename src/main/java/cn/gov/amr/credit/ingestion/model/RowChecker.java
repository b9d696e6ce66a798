package cn.gov.amr.credit.ingestion.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * Normalises and validates one row of one kind: required fields, lengths, dates in the accepted
 * formats (no impossible dates, no decision in the future), amounts, choices (label or code),
 * identifiers with their check characters. Matching to an entity comes after, in {@link EntityMatcher}.
 */
public final class RowChecker {

    /** Longest text value taken in. */
    public static final int MAX_TEXT = 2000;
    /** Longest number-like value (document, case and task numbers). */
    public static final int MAX_NUMBER_TEXT = 120;
    /** No date a record speaks of lies before the founding of the People's Republic. */
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** Latest date any field may hold (a validity end far in the future is still plausible). */
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** Code of a natural person in the party-type choices. */
    static final String NATURAL_PERSON_CODE = "2";

    private static final String CODE_PREFIX = "\u0000code:";
    private static final Pattern CHOICE_SEPARATORS = Pattern.compile("[;\uff1b\u3001,\uff0c]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    /** Plain decimals, optionally with thousands separators: no sign, no exponent. */
    private static final Pattern AMOUNT_FORM = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern RESIDENT_ID_FORM = Pattern.compile("\\d{17}[\\dX]");

    private final RecordSchema schema;
    private final LocalDate today;
    /** Per field, its choices by normalised label and by code (a checker serves one batch, one thread). */
    private final Map<FieldSpec, Map<String, String>> choiceIndexes = new java.util.IdentityHashMap<>();

    public RowChecker(RecordSchema schema, LocalDate today) {
        this.schema = schema;
        this.today = today;
    }

    public RecordSchema schema() {
        return schema;
    }

    /** Checks a row given as raw text by field name (fields the kind does not know are ignored). */
    public CheckedRow check(int rowNumber, Map<String, String> raw) {
        var values = new LinkedHashMap<String, String>();
        var problems = new ArrayList<RowProblem>();
        var dates = new LinkedHashMap<String, LocalDate>();
        String creditCode = null;
        boolean suspect = false;
        String partyIdCode = null;
        String partyIdOrganisation = null;
        for (FieldSpec field : schema.fields()) {
            String rawValue = raw.get(field.name());
            String text = switch (field.type()) {
                case TEXT -> TextNormalizer.text(rawValue);
                case DATE, AMOUNT, INTEGER, YEAR -> TextNormalizer.ascii(rawValue);
                default -> TextNormalizer.compact(rawValue);
            };
            if (text.isEmpty()) {
                if (field.required()) {
                    problems.add(RowProblem.of(field.name(), "REQUIRED"));
                }
                continue;
            }
            int max = field.type() == FieldType.TEXT ? MAX_TEXT : MAX_NUMBER_TEXT;
            if (text.length() > max) {
                problems.add(RowProblem.of(field.name(), "TOO_LONG", max));
                continue;
            }
            String value = switch (field.type()) {
                case TEXT, NUMBER_TEXT -> text;
                case DATE -> date(field, text, problems, dates);
                case AMOUNT -> amount(field, text, problems);
                case INTEGER -> DIGITS.matcher(text).matches() ? String.valueOf(Long.parseLong(text))
                        : problem(problems, field, "INTEGER_INVALID");
                case YEAR -> year(field, text, problems);
                case CHOICE -> choice(field, text, problems);
                case CHOICES -> choices(field, text, problems);
                case CREDIT_CODE -> {
                    Checked<CreditCode> checked = CreditCode.check(text);
                    if (checked.valid()) {
                        yield checked.normalized();
                    }
                    if (field.name().equals(schema.creditCode()) && onlyCheckCharacter(checked)) {
                        suspect = true;
                        yield checked.normalized();
                    }
                    yield identifierProblem(problems, field, checked);
                }
                case ORGANISATION_CODE -> {
                    Checked<OrganisationCode> checked = OrganisationCode.check(text.replace("-", ""));
                    yield checked.valid() ? checked.normalized() : identifierProblem(problems, field, checked);
                }
                case REGISTRATION_NUMBER -> {
                    Checked<RegistrationNumber> checked = RegistrationNumber.check(text);
                    yield checked.valid() ? checked.normalized() : identifierProblem(problems, field, checked);
                }
                case PERSONAL_ID -> {
                    String normalized = Identifiers.normalize(text);
                    if (RESIDENT_ID_FORM.matcher(normalized).matches()) {
                        Checked<ResidentIdNumber> checked = ResidentIdNumber.check(normalized);
                        yield checked.valid() ? normalized : identifierProblem(problems, field, checked);
                    }
                    yield normalized;
                }
                case PARTY_ID -> {
                    String normalized = Identifiers.normalize(text).replace("-", "");
                    if (looksPersonal(normalized)) {
                        // a person's ID number (valid or mistyped) is never taken for a credit code
                        yield ResidentIdNumber.check(normalized).valid() ? normalized
                                : problem(problems, field, "PARTY_ID_INVALID", normalized.length());
                    }
                    if (CreditCode.check(normalized).valid()) {
                        partyIdCode = normalized;
                        yield normalized;
                    }
                    if (normalized.length() == OrganisationCode.LENGTH && OrganisationCode.check(normalized).valid()) {
                        partyIdOrganisation = normalized;
                        yield normalized;
                    }
                    if (onlyCheckCharacter(CreditCode.check(normalized))) {
                        partyIdCode = normalized;
                        suspect = true;
                        yield normalized;
                    }
                    yield problem(problems, field, "PARTY_ID_INVALID", normalized.length());
                }
            };
            if (value != null) {
                values.put(field.name(), value);
                if (field.name().equals(schema.creditCode())) {
                    creditCode = value;
                }
            }
        }
        checkOrder(dates, problems);
        if (schema.partyType() != null && values.get(schema.partyType()) != null && NATURAL_PERSON_CODE.equals(
                schema.require(schema.partyType()).choices().get(values.get(schema.partyType())))) {
            problems.add(RowProblem.of(schema.partyType(), "NATURAL_PERSON"));
        }
        var party = new PartyIdentifiers(creditCode != null ? creditCode : partyIdCode, suspect,
                role(values, schema.registrationNumber()),
                schema.organisationCode() != null ? role(values, schema.organisationCode()) : partyIdOrganisation,
                nameOf(values, schema.partyName()), nameOf(values, schema.legalRepresentative()));
        if (problems.isEmpty() && !party.hasAny()) {
            problems.add(RowProblem.of(null, "PARTY_IDENTIFIER_MISSING"));
        }
        return new CheckedRow(rowNumber, values, problems, values.get(schema.naturalKey()), party,
                dates.get(schema.decidedOn()), schema.validUntil() == null ? null : dates.get(schema.validUntil()));
    }

    private String date(FieldSpec field, String text, List<RowProblem> problems, Map<String, LocalDate> dates) {
        var result = DateValues.parse(text);
        if (result instanceof DateValues.Parsed parsed) {
            LocalDate date = parsed.date();
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                return problem(problems, field, "DATE_IMPOSSIBLE", text);
            }
            if (field.name().equals(schema.decidedOn()) && date.isAfter(today)) {
                return problem(problems, field, "DATE_IN_FUTURE", text);
            }
            dates.put(field.name(), date);
            return date.toString();
        }
        return problem(problems, field, result instanceof DateValues.Impossible ? "DATE_IMPOSSIBLE" : "DATE_UNREADABLE",
                text);
    }

    private static String amount(FieldSpec field, String text, List<RowProblem> problems) {
        if (!AMOUNT_FORM.matcher(text).matches()) {
            return problem(problems, field, "AMOUNT_INVALID", text);
        }
        try {
            var amount = new BigDecimal(text.replace(",", ""));
            if (amount.signum() < 0 || amount.scale() > 6 || amount.precision() - amount.scale() > 14) {
                return problem(problems, field, "AMOUNT_INVALID", text);
            }
            return amount.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return problem(problems, field, "AMOUNT_INVALID", text);
        }
    }

    private String year(FieldSpec field, String text, List<RowProblem> problems) {
        if (text.length() == 4 && DIGITS.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            if (year >= EARLIEST.getYear() && year < today.getYear()) {
                return text;
            }
        }
        return problem(problems, field, "YEAR_INVALID", text);
    }

    private String choice(FieldSpec field, String text, List<RowProblem> problems) {
        String label = labelOf(field, text);
        return label != null ? label : problem(problems, field, "CHOICE_INVALID", text,
                String.join(" / ", field.choices().keySet()));
    }

    private String choices(FieldSpec field, String text, List<RowProblem> problems) {
        var labels = new LinkedHashSet<String>();
        for (String part : CHOICE_SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            String label = labelOf(field, part.strip());
            if (label == null) {
                return problem(problems, field, "CHOICE_INVALID", part.strip(),
                        String.join(" / ", field.choices().keySet()));
            }
            labels.add(label);
        }
        if (labels.isEmpty()) {
            return problem(problems, field, "REQUIRED");
        }
        return String.join(";", field.choices().keySet().stream().filter(labels::contains).toList());
    }

    /** The label {@code text} names: the label itself, or a code (leading zeros do not matter). */
    static String label(FieldSpec field, String text) {
        return lookup(choiceIndex(field), text);
    }

    private String labelOf(FieldSpec field, String text) {
        return lookup(choiceIndexes.computeIfAbsent(field, RowChecker::choiceIndex), text);
    }

    private static String lookup(Map<String, String> index, String text) {
        String compact = TextNormalizer.name(text);
        String label = index.get(compact);
        if (label != null || !DIGITS.matcher(compact).matches()) {
            return label;
        }
        return index.get(CODE_PREFIX + Long.parseLong(compact));
    }

    /** A field's choices by normalised label, and by numeric code (leading zeros dropped) after a prefix. */
    private static Map<String, String> choiceIndex(FieldSpec field) {
        var index = new java.util.HashMap<String, String>();
        field.choices().forEach((label, code) -> {
            index.put(TextNormalizer.name(label), label);
            if (code != null) {
                index.putIfAbsent(CODE_PREFIX + Long.parseLong(code), label);
            }
        });
        return index;
    }

    private void checkOrder(Map<String, LocalDate> dates, List<RowProblem> problems) {
        LocalDate decided = dates.get(schema.decidedOn());
        LocalDate until = schema.validUntil() == null ? null : dates.get(schema.validUntil());
        if (decided != null && until != null && until.isBefore(decided)) {
            problems.add(RowProblem.of(schema.validUntil(), "DATE_BEFORE_DECISION", until.toString(), decided.toString()));
        }
    }

    private static boolean onlyCheckCharacter(Checked<?> checked) {
        return !checked.errors().isEmpty()
                && checked.errors().stream().allMatch(e -> e.code().equals(IdentifierProblem.CHECK_CHARACTER));
    }

    private static String identifierProblem(List<RowProblem> problems, FieldSpec field, Checked<?> checked) {
        IdentifierProblem first = checked.errors().get(0);
        // a personal ID number's problem never repeats a run of its digits (a birth date, say): positions and
        // single characters (an expected check character) only
        List<Object> arguments = field.personal()
                ? first.arguments().stream().map(a -> a instanceof String t && t.length() > 1 ? (Object) "*" : a).toList()
                : first.arguments();
        problems.add(new RowProblem(field.name(), first.code(), arguments));
        return null;
    }

    /** The form of a resident ID number with a plausible birth date: a person, whatever its check says. */
    private static boolean looksPersonal(String value) {
        return RESIDENT_ID_FORM.matcher(value).matches() && ResidentIdNumber.check(value).errors().stream()
                .noneMatch(e -> e.code().equals(IdentifierProblem.BIRTH_DATE));
    }

    private static String problem(List<RowProblem> problems, FieldSpec field, String code, Object... arguments) {
        problems.add(RowProblem.of(field.name(), code, arguments));
        return null;
    }

    private static String role(Map<String, String> values, String field) {
        return field == null ? null : values.get(field);
    }

    private static String nameOf(Map<String, String> values, String field) {
        String value = role(values, field);
        return value == null ? null : TextNormalizer.name(value);
    }
}
