package cn.gov.amr.credit.ingestion;

import cn.gov.amr.credit.ingestion.infrastructure.BatchStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much aggregation work is still ahead, across every instance: for whoever must wait until the
 * batches sent so far are aggregated (the demo before its next step). Reads the platform's own records,
 * so it survives restarts.
 */
@Service
public class BatchBacklog {

    private final BatchStore batches;
    private final ObjectProvider<EventPublicationRegistry> publications;

    BatchBacklog(BatchStore batches, ObjectProvider<EventPublicationRegistry> publications) {
        this.batches = batches;
        this.publications = publications;
    }

    /**
     * Batches not finished: queued or running, or completed with a {@link BatchAccepted} that some listener
     * (the credit file's flags, the change feed) has not handled yet. A listener that failed counts as
     * done (its event is delivered again later, by {@code EventRetryJob}, not waited for here). Zero means
     * every batch sent so far is aggregated and its records reached every module that listens. While
     * batches are queued or running, only those are counted (cheap enough to poll every second while the
     * workers run).
     */
    @Transactional(readOnly = true)
    public long unfinishedBatches() {
        long open = batches.countUnfinished();
        var registry = publications.getIfAvailable();
        if (open > 0 || registry == null) {
            return open;
        }
        long unhandled = registry.findIncompletePublications().stream()
                .filter(p -> p.getStatus() != EventPublication.Status.FAILED)
                .map(EventPublication::getEvent)
                .filter(BatchAccepted.class::isInstance)
                .mapToLong(e -> ((BatchAccepted) e).batchId())
                .distinct().count();
        return open + unhandled;
    }
}
