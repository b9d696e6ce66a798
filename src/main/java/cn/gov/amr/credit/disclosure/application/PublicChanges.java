package cn.gov.amr.credit.disclosure.application;

import java.time.Clock;
import java.util.List;

import cn.gov.amr.credit.disclosure.infrastructure.ChangeFeed;
import cn.gov.amr.credit.disclosure.model.ChangeReason;
import cn.gov.amr.credit.disclosure.model.PublicChangePage;
import cn.gov.amr.credit.ingestion.BatchAccepted;
import cn.gov.amr.credit.lists.EntityListed;
import cn.gov.amr.credit.lists.EntityRemoved;
import cn.gov.amr.credit.registry.EntityChanged;
import cn.gov.amr.credit.registry.EntityRegistered;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public change feed: appended when the registry, a batch of records or a list decision names an entity
 * (through the event publication registry, so no change is lost), read by anyone with a cursor. Consumers
 * re-read the named entities' public reports. An event delivered twice appends a second entry, which says
 * no more than "re-read": the feed is append-only and a consumer loses nothing by reading twice.
 */
@Service
public class PublicChanges {

    public static final int MAX_PAGE = 1000;
    private final ChangeFeed feed;
    private final Clock clock;

    PublicChanges(ChangeFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BatchAccepted event) {
        feed.append(event.entityCodes(), ChangeReason.RECORDS, clock.instant());
    }

    @ApplicationModuleListener
    void on(EntityRegistered event) {
        feed.append(List.of(event.code()), ChangeReason.REGISTRY, clock.instant());
    }

    @ApplicationModuleListener
    void on(EntityChanged event) {
        feed.append(List.of(event.code()), ChangeReason.REGISTRY, clock.instant());
    }

    @ApplicationModuleListener
    void on(EntityListed event) {
        feed.append(List.of(event.entityCode()), ChangeReason.LISTS, clock.instant());
    }

    @ApplicationModuleListener
    void on(EntityRemoved event) {
        feed.append(List.of(event.entityCode()), ChangeReason.LISTS, clock.instant());
    }

    /** Changes after {@code since} (a cursor from an earlier page; empty or absent: from the start). */
    @Transactional(readOnly = true)
    public PublicChangePage since(String since, int size) {
        long seq;
        try {
            seq = since == null || since.isBlank() ? 0 : Long.parseLong(since.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_CURSOR", since);
        }
        int applied = Math.min(Math.max(1, size), MAX_PAGE);
        var items = feed.since(seq, applied);
        return new PublicChangePage(items, applied, items.isEmpty() ? Long.toString(seq) : items.get(items.size() - 1).cursor());
    }
}
