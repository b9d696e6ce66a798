package cn.gov.amr.credit.web.errors;

import java.sql.SQLException;
import java.util.Set;

/** Recognises PostgreSQL's refusal of text it cannot store, among the causes of an exception. */
final class StoredText {

    /** character_not_in_repertoire (NUL, invalid UTF-8), untranslatable_character. */
    private static final Set<String> STATES = Set.of("22021", "22P05");

    private StoredText() {
    }

    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
