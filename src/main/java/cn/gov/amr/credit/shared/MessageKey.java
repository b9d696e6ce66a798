package cn.gov.amr.credit.shared;

/**
 * An argument of a message that is itself a message key, such as {@code kind.ENTERPRISE}: the web
 * layer resolves it in the reader's language before formatting the message it is part of.
 */
public record MessageKey(String key) {

    @Override
    public String toString() {
        return key;
    }
}
