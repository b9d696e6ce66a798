package cn.gov.amr.credit.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.ResidentIdNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unique, valid identifiers and names for registry tests: the database is shared by every test of
 * the JVM, so each test makes its own entities and never counts on anyone else's.
 */
public final class RegistryTestData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Common CJK ideographs (U+4E00..U+9FA5); two random ones make a fragment nobody else uses. */
    private static final int HAN_FIRST = 0x4E00;
    private static final int HAN_LAST = 0x9FA5;

    private RegistryTestData() {
    }

    private static ThreadLocalRandom random() {
        return ThreadLocalRandom.current();
    }

    private static String digits(int n) {
        var out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + random().nextInt(10)));
        }
        return out.toString();
    }

    /** A valid code of market supervision ({@code 9}), kind character {@code kind}, region 360481. */
    public static String creditCode(char kind) {
        String first8 = digits(8);
        String organisation = first8 + OrganisationCode.checkCharacterFor(first8);
        String first17 = "9" + kind + "360481" + organisation;
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    /** A valid enterprise code. */
    public static String creditCode() {
        return creditCode('1');
    }

    /** The right check character of a code. */
    public static char expectedCheck(String code) {
        return CreditCode.checkCharacterFor(code.substring(0, 17));
    }

    /** The code with a wrong check character (its only problem). */
    public static String withWrongCheck(String code) {
        char right = code.charAt(17);
        int index = CreditCode.ALPHABET.indexOf(right);
        char wrong = CreditCode.ALPHABET.charAt((index + 1 + random().nextInt(CreditCode.ALPHABET.length() - 1))
                % CreditCode.ALPHABET.length());
        return code.substring(0, 17) + wrong;
    }

    /** A valid 15-digit registration number. */
    public static String registrationNumber() {
        String first14 = "360481" + digits(8);
        return first14 + RegistrationNumber.checkDigitFor(first14);
    }

    /** A valid resident ID number born in the 1960s to 1990s. */
    public static String residentId() {
        String birth = String.format("%04d%02d%02d", 1960 + random().nextInt(40), 1 + random().nextInt(12),
                1 + random().nextInt(28));
        String first17 = "360481" + birth + digits(3);
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    /**
     * A valid resident ID number that is not also a valid credit code by chance (one in 31 is: the
     * code check would then rightly see a credit code).
     */
    public static String residentIdNoCreditCode() {
        while (true) {
            String id = residentId();
            if (!CreditCode.check(id).valid() && !CreditCode.check(residentIdWithWrongCheck(id)).valid()) {
                return id;
            }
        }
    }

    /** The number with a wrong check character. */
    public static String residentIdWithWrongCheck(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }

    /** First 6 and last 4 characters, the rest as {@code *}. */
    public static String masked(String idNumber) {
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code n} random Chinese characters. */
    public static String han(int n) {
        var out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.appendCodePoint(HAN_FIRST + random().nextInt(HAN_LAST - HAN_FIRST + 1));
        }
        return out.toString();
    }

    /** The body of a POST: code, name, kind and a jurisdiction; add more with {@code put}. */
    public static Map<String, Object> entity(String code, String name, String kind, String jurisdiction) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        return body;
    }

    public static Map<String, Object> representative(String name, String idType, String idNumber) {
        var representative = new LinkedHashMap<String, Object>();
        representative.put("name", name);
        if (idType != null) {
            representative.put("idType", idType);
        }
        if (idNumber != null) {
            representative.put("idNumber", idNumber);
        }
        return representative;
    }

    /** A complete, valid body of a POST. */
    public static Map<String, Object> fullEntity(String code, String name, String jurisdiction, String idNumber) {
        var body = entity(code, name, "ENTERPRISE", jurisdiction);
        body.put("legalRepresentative", representative(han(3), "RESIDENT_ID", idNumber));
        body.put("registrationNumber", registrationNumber());
        body.put("formerNames", List.of(han(4) + "商行"));
        body.put("registeredCapital", 50);
        body.put("establishedOn", "2015-06-01");
        body.put("authority", "瑞昌市市场监督管理局");
        body.put("status", "ACTIVE");
        body.put("address", "瑞昌市湓城街道人民路1号");
        body.put("town", "湓城街道");
        body.put("industryCode", "F52");
        body.put("businessScope", "日用百货零售");
        return body;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
