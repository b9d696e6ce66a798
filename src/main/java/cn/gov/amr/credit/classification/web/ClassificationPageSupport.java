package cn.gov.amr.credit.classification.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Jurisdiction;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the classification pages share: who may read them and which area, labels in the reader's
 * language (classes, jurisdictions, groups of a breakdown), numbers and local time. Templates reach it as
 * {@code fmt}.
 */
@Component
class ClassificationPageSupport {

    /** Who sees classes: officers, reviewers and ADMIN; never an auditor, a department key or the public. */
    static final String READERS = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER')";

    /** Who edits models, tries them and activates them, and starts full runs. */
    static final String ADMINS = "hasRole('ADMIN')";

    private final MessageSource messages;
    private final Callers callers;
    private final UserAccounts accounts;

    ClassificationPageSupport(MessageSource messages, Callers callers, UserAccounts accounts) {
        this.messages = messages;
        this.callers = callers;
        this.accounts = accounts;
    }

    public Caller caller() {
        return callers.current();
    }

    public boolean admin() {
        return caller().has(Role.ADMIN);
    }

    /**
     * The area the caller sees: ADMIN the city or the jurisdiction asked for (null: the city); anyone else
     * with a jurisdiction their own whatever they ask; without one, the city.
     */
    String area(String asked) {
        var caller = caller();
        if (caller.has(Role.ADMIN) || caller.jurisdiction() == null) {
            return asked == null || asked.isBlank() ? null : asked.strip();
        }
        return caller.jurisdiction();
    }

    /** Whether the caller may see the class of an entity of that jurisdiction (see {@link #area}). */
    boolean mayRead(String entityJurisdiction) {
        var caller = caller();
        boolean reader = caller.has(Role.ADMIN) || caller.has(Role.OFFICER) || caller.has(Role.REVIEWER);
        return reader && (caller.has(Role.ADMIN) || caller.jurisdiction() == null
                || caller.jurisdiction().equals(entityJurisdiction));
    }

    /** Refused (403) unless {@link #mayRead}. */
    void requireRead(String entityJurisdiction) {
        if (!mayRead(entityJurisdiction)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "RISK_OUTSIDE_JURISDICTION",
                    jurisdiction(caller().jurisdiction(), Locale.SIMPLIFIED_CHINESE),
                    jurisdiction(entityJurisdiction, Locale.SIMPLIFIED_CHINESE));
        }
    }

    public List<Jurisdiction> jurisdictions() {
        return accounts.jurisdictions();
    }

    /** A jurisdiction's name in the reader's language; the code itself when unknown, empty for null. */
    public String jurisdiction(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return jurisdictions().stream().filter(j -> j.code().equals(code)).findFirst()
                .map(j -> "en".equals(locale.getLanguage()) && j.nameEn() != null ? j.nameEn() : j.nameZh())
                .orElse(code);
    }

    /** A class key as a column or category reads it: the letter itself, or "未分类" for the entities without a class. */
    public String riskClass(String letter, Locale locale) {
        if (letter == null) {
            return "";
        }
        if (ClassificationFigures.UNCLASSIFIED.equals(letter)) {
            return text("classification.page.unclassified", locale);
        }
        return letter;
    }

    /** A number without trailing zeros, never in exponent form. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Points with their sign: +20, -5, 0. */
    public static String signed(int points) {
        return points > 0 ? "+" + points : Integer.toString(points);
    }

    /** Legal (local) time to the minute; empty for null. */
    public String time(Instant instant) {
        return instant == null ? "" : LegalTime.toTheMinute(instant);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The message of a key if there is one, else the fallback. */
    public String textOr(String key, String fallback, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, locale);
    }
}
