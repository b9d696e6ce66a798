package cn.gov.amr.credit.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.amr.credit.shared.LocalizedName;
import cn.gov.amr.credit.shared.MessageKey;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Messages of refusals in the reader's language: {@code problem.<code>} for a refusal,
 * {@code problem.field.<code>} for a field problem, with {@link MessageKey} arguments resolved too.
 */
public final class FieldMessages {

    /** The key under which a refusal without field problems appears in {@link #byFormField}. */
    public static final String GLOBAL = "_global";

    private FieldMessages() {
    }

    /**
     * Message arguments in the reader's language: message keys turned into something the MessageSource
     * resolves, localized names into the name for {@code locale}.
     */
    public static Object[] arguments(List<Object> arguments, Locale locale) {
        return arguments.stream().map(a -> a instanceof MessageKey key
                ? new DefaultMessageSourceResolvable(new String[] {key.key()}, key.key())
                : a instanceof LocalizedName name ? name.in(locale) : a).toArray();
    }

    public static String field(MessageSource messages, String code, List<Object> arguments, Locale locale) {
        return messages.getMessage("problem.field." + code, arguments(arguments, locale), code, locale);
    }

    public static String refusal(MessageSource messages, Refusal refusal, Locale locale) {
        return messages.getMessage("problem." + refusal.code(), arguments(List.of(refusal.arguments()), locale),
                refusal.code(), locale);
    }

    /**
     * Messages by form field: the JSON path without {@code $.} and indices ({@code name},
     * {@code legalRepresentative.idNumber}); {@link #GLOBAL} when the refusal names no field.
     */
    public static Map<String, String> byFormField(MessageSource messages, Refusal refusal, Locale locale) {
        var result = new LinkedHashMap<String, String>();
        for (var problem : refusal.fieldProblems()) {
            String field = problem.field().replaceFirst("^\\$\\.", "").replaceAll("\\[\\d+]", "");
            result.merge(field, field(messages, problem.code(), problem.arguments(), locale), (a, b) -> a + " " + b);
        }
        if (result.isEmpty()) {
            result.put(GLOBAL, refusal(messages, refusal, locale));
        }
        return result;
    }
}
