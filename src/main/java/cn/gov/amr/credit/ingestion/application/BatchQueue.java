package cn.gov.amr.credit.ingestion.application;

import java.time.Clock;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchChannel;
import cn.gov.amr.credit.ingestion.Department;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.infrastructure.BatchStore;
import cn.gov.amr.credit.ingestion.pipeline.BatchWorker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts a checked batch in the queue (stored with its content, audited) and wakes the worker once the
 * caller's transaction has committed: the one way in for files, pushes and corrections.
 */
@Component
public class BatchQueue {

    private final BatchStore batches;
    private final BatchWorker worker;
    private final Callers callers;
    private final AuditLog audit;
    private final Clock clock;

    BatchQueue(BatchStore batches, BatchWorker worker, Callers callers, AuditLog audit, Clock clock) {
        this.batches = batches;
        this.worker = worker;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues a batch from the department, sent by the current caller; {@code corrects}: the quarantined row, or null. */
    public Batch queue(Department department, RecordKind kind, BatchChannel channel, String fileName, String format,
                       String encoding, byte[] content, Long corrects) {
        String by = callers.current().name();
        long id = batches.insert(new BatchStore.NewBatch(department.id(), kind, channel, fileName, format, encoding,
                content, clock.instant(), by, corrects));
        audit.record(AuditActions.BATCH_SUBMITTED, "batch:" + id, Map.of("department", department.code(),
                "kind", kind.name(), "channel", channel.name(), "bytes", Integer.toString(content.length)));
        wakeAfterCommit();
        return batches.find(id).orElseThrow();
    }

    /** Wakes the worker after the current transaction commits (at once outside one). */
    public void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }
}
