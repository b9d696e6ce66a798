package cn.gov.amr.credit.lists.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Jurisdiction;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ListingStatus;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the lists pages share: the path segment of each list, labels in the reader's language (grounds,
 * fields, kinds, jurisdictions, months), local time to the minute, today's legal date and the caller.
 * Templates reach it as {@code fmt}.
 */
@Component
class ListPageSupport {

    /** Who reads the lists pages: the staff (as the lists API). */
    static final String READERS = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";

    /** Who decides from them: officers (in their jurisdiction, checked by the API) and ADMIN. */
    static final String DECIDERS = "hasAnyRole('ADMIN', 'OFFICER')";

    private final MessageSource messages;
    private final UserAccounts accounts;
    private final Callers callers;
    private final Clock clock;

    ListPageSupport(MessageSource messages, UserAccounts accounts, Callers callers, Clock clock) {
        this.messages = messages;
        this.accounts = accounts;
        this.callers = callers;
        this.clock = clock;
    }

    /** The list's path segment under {@code /workbench/lists/}. */
    public static String slug(ListKind list) {
        return switch (list) {
            case ABNORMAL -> "abnormal";
            case ABNORMAL_STATE -> "abnormal-state";
            case SERIOUS_DISHONEST -> "serious-dishonest";
        };
    }

    /** The list of a path segment; refused as not found for any other segment. */
    static ListKind list(String slug) {
        for (ListKind list : ListKind.values()) {
            if (slug(list).equals(slug)) {
                return list;
            }
        }
        throw new Refusal(Refusal.Kind.NOT_FOUND, "LISTING_NOT_FOUND", slug);
    }

    /** The names of the grounds (or, for the serious dishonest list, the fields) a list's filter offers. */
    static List<String> grounds(ListKind list) {
        return list == ListKind.SERIOUS_DISHONEST
                ? java.util.Arrays.stream(DishonestField.values()).map(Enum::name).toList()
                : java.util.Arrays.stream(AbnormalGround.values()).map(Enum::name).toList();
    }

    /** The message key of a ground's label: {@code lists.field.*} on the serious dishonest list, else {@code lists.ground.*}. */
    public String groundKey(ListKind list, String ground) {
        return (list == ListKind.SERIOUS_DISHONEST ? "lists.field." : "lists.ground.") + ground;
    }

    public String ground(ListKind list, String ground, Locale locale) {
        return ground == null ? "" : text(groundKey(list, ground), locale);
    }

    public ListingStatus status(Listing listing) {
        return listing.removal() == null ? ListingStatus.LISTED : ListingStatus.REMOVED;
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

    /** A month (1–12) as the reader writes it: 3月, Mar. */
    public String month(String number, Locale locale) {
        return Month.of(Integer.parseInt(number)).getDisplayName(TextStyle.SHORT, locale);
    }

    /** Legal (local) time to the minute; empty for null. */
    public String time(Instant instant) {
        return instant == null ? "" : LegalTime.toTheMinute(instant);
    }

    public LocalDate today() {
        return LegalTime.today(clock);
    }

    public Caller caller() {
        return callers.current();
    }

    /** Whether the caller may decide on an entity of that jurisdiction (the API checks it again). */
    public boolean mayDecide(String jurisdiction) {
        return caller().mayChangeIn(jurisdiction);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A refusal's message in the reader's language, with the message of each field it names. */
    public String refusal(Refusal refusal, Locale locale) {
        String message = FieldMessages.refusal(messages, refusal, locale);
        if (refusal.fieldProblems().isEmpty()) {
            return message;
        }
        var fields = FieldMessages.byFormField(messages, refusal, locale).entrySet().stream()
                .map(entry -> messages.getMessage("lists.page.col." + entry.getKey(), null, entry.getKey(), locale)
                        + ": " + entry.getValue()).toList();
        return message + " " + String.join("; ", fields);
    }
}
