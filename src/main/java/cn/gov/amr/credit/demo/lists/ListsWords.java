package cn.gov.amr.credit.demo.lists;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.platform.SectionedText;

/**
 * The words of the demo's listings, from {@code demo/lists.txt}: document-number templates per kind of
 * document, removal reasons per ground and the legal bases that place a heavy penalty in a field of the
 * serious dishonest list; the bureau's name from {@code demo/departments.txt}.
 */
final class ListsWords {

    private static final String RESOURCE = "/demo/lists.txt";
    private static final String DEPARTMENTS = "/demo/departments.txt";

    private final Map<DocumentKind, String> templates = new EnumMap<>(DocumentKind.class);
    private final Map<AbnormalGround, String> reasons = new EnumMap<>(AbnormalGround.class);
    private final Map<String, DishonestField> fields = new LinkedHashMap<>();
    private final String bureau;

    private ListsWords(Map<String, List<String>> sections, String bureau) {
        rows(sections, "document-numbers").forEach(r -> templates.put(DocumentKind.valueOf(r[0]), r[1]));
        rows(sections, "removal-reasons").forEach(r -> reasons.put(AbnormalGround.valueOf(r[0]), r[1]));
        rows(sections, "dishonest-fields").forEach(r -> fields.put(r[0], DishonestField.valueOf(r[1])));
        this.bureau = bureau;
        for (DocumentKind kind : DocumentKind.values()) {
            template(kind);
        }
        for (AbnormalGround ground : AbnormalGround.values()) {
            reason(ground);
        }
    }

    static ListsWords load() {
        var bureau = SectionedText.read(DEPARTMENTS).get("bureau");
        if (bureau == null || bureau.isEmpty()) {
            throw new IllegalStateException(DEPARTMENTS + " has no [bureau]");
        }
        return new ListsWords(SectionedText.read(RESOURCE), bureau.get(0).split("\\|")[0]);
    }

    /** The city's market supervision bureau (瑞昌市市场监督管理局). */
    String bureau() {
        return bureau;
    }

    /** The number of the {@code n}-th document of its kind in the year of {@code date}. */
    String documentNumber(DocumentKind kind, LocalDate date, int n) {
        return template(kind).replace("{year}", String.valueOf(date.getYear())).replace("{n}", String.valueOf(n));
    }

    /** Why a listing on this ground is removed (the ground remedied). */
    String reason(AbnormalGround ground) {
        String reason = reasons.get(ground);
        if (reason == null) {
            throw new IllegalStateException(RESOURCE + " [removal-reasons] has no " + ground);
        }
        return reason;
    }

    /** The field of the serious dishonest list a penalty on this legal basis falls in; empty when none. */
    Optional<DishonestField> fieldOf(String basis) {
        if (basis == null) {
            return Optional.empty();
        }
        return fields.entrySet().stream().filter(e -> basis.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    private String template(DocumentKind kind) {
        String template = templates.get(kind);
        if (template == null) {
            throw new IllegalStateException(RESOURCE + " [document-numbers] has no " + kind);
        }
        return template;
    }

    private static List<String[]> rows(Map<String, List<String>> sections, String name) {
        var lines = sections.get(name);
        if (lines == null) {
            throw new IllegalStateException(RESOURCE + " has no section [" + name + "]");
        }
        return lines.stream().map(l -> l.split("\\|", -1)).toList();
    }

    /** The kinds of decision document, each numbered on its own within the year. */
    enum DocumentKind {
        LISTING, MARKING, REMOVAL, RESTORATION, SERIOUS_DISHONEST
    }
}
