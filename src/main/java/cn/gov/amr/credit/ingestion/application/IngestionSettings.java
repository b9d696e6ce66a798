package cn.gov.amr.credit.ingestion.application;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of aggregation ({@code credit.ingestion.*}).
 *
 * @param maxFileSize     largest file accepted (larger: 413)
 * @param maxPushRecords  most records in one push (more: 413)
 * @param maxAttempts     how often an interrupted batch is started again before it is marked FAILED
 * @param chunkRows       rows validated, matched and staged together
 * @param workers         batches processed side by side per instance (one per department at a time)
 * @param poll            how often an idle worker looks for queued batches
 * @param staleAfter      a RUNNING batch whose worker is gone and that has not moved for this long is recovered
 * @param routes          where exports go [config]: per destination, the record kinds and the department
 *                        kinds whose records it takes (DOMAIN §4)
 */
@ConfigurationProperties("credit.ingestion")
public record IngestionSettings(@DefaultValue("50MB") DataSize maxFileSize,
                                @DefaultValue("10000") int maxPushRecords,
                                @DefaultValue("3") int maxAttempts,
                                @DefaultValue("5000") int chunkRows,
                                @DefaultValue("2") int workers,
                                @DefaultValue("500ms") Duration poll,
                                @DefaultValue("5s") Duration staleAfter,
                                Map<String, Route> routes) {

    public record Route(Set<RecordKind> kinds, Set<DepartmentKind> departmentKinds) {
    }
}
