package cn.gov.amr.credit.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A module's short panel on an entity's page in the workbench (the registry renders every contributed
 * panel below the entity's facts, in the modules' order): a title, a few lines and a link to the
 * module's own page of the entity. A module declares one bean implementing it and decides itself, from
 * the current caller, whether the caller may see it: an empty answer shows nothing. It answers quickly
 * (one entity, a few lines): the entity's page asks every panel on each visit.
 */
public interface EntityPanel {

    /** The panel of the entity for the current caller, texts in the reader's language; empty: no panel. */
    Optional<Content> panel(String entityCode, String entityJurisdiction, Locale locale);

    /**
     * What a panel shows.
     *
     * @param module   the module's name (the panel's id on the page: {@code panel-<module>})
     * @param title    the heading
     * @param lines    the lines, in order (a few)
     * @param href     the module's page of the entity (a path of the platform), or null for none
     * @param linkText the link's text (null when there is no link)
     */
    record Content(String module, String title, List<String> lines, String href, String linkText) {
        public Content {
            lines = List.copyOf(lines);
        }
    }
}
