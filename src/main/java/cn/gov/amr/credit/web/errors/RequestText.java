package cn.gov.amr.credit.web.errors;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What the platform accepts as text in request parameters: valid UTF-8 (percent-encoded in a query
 * string) and no control characters other than tab, line feed and carriage return. PostgreSQL
 * refuses NUL in text, and nothing a person types contains the others.
 */
final class RequestText {

    /** Why a request's parameters are refused, and which parameter (null when none can be named). */
    record Flaw(String code, String parameter) {
    }

    static final String INVALID_ENCODING = "INVALID_ENCODING";
    static final String CONTROL_CHARACTERS = "CONTROL_CHARACTERS";

    private RequestText() {
    }

    /** The first flaw of a raw (still percent-encoded) query string, if any. */
    static Optional<Flaw> checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                return Optional.of(new Flaw(INVALID_ENCODING, name == null ? null : printable(name)));
            }
            if (hasControl(name) || hasControl(value)) {
                return Optional.of(new Flaw(CONTROL_CHARACTERS, printable(name)));
            }
        }
        return Optional.empty();
    }

    /** The first flaw among decoded parameters (a form body), if any. */
    static Optional<Flaw> checkParameters(Map<String, String[]> parameters) {
        for (var entry : parameters.entrySet()) {
            if (hasControl(entry.getKey())) {
                return Optional.of(new Flaw(CONTROL_CHARACTERS, printable(entry.getKey())));
            }
            for (String value : entry.getValue()) {
                if (value != null && hasControl(value)) {
                    return Optional.of(new Flaw(CONTROL_CHARACTERS, printable(entry.getKey())));
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** A percent-encoded form component as strict UTF-8; null if the escapes or the bytes are invalid. */
    static String decode(String component) {
        var bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%') {
                if (i + 2 >= component.length()) {
                    return null;
                }
                int high = Character.digit(component.charAt(i + 1), 16);
                int low = Character.digit(component.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                // A raw byte: the container hands over the query string one character per byte.
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A parameter name fit to be shown back: controls removed, at most 40 characters. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .limit(40).forEach(out::appendCodePoint);
        return out.toString();
    }
}
