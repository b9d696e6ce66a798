/**
 * Credit data aggregation (信用归集): the register of source departments, batches of records sent
 * as files or pushed as JSON, validation, matching to registered entities, quarantine, versioned
 * records with their natural keys, exports to upper-level platforms and coverage statistics.
 * Publishes {@link cn.gov.amr.credit.ingestion.BatchAccepted} once per batch (or chunk of entity codes).
 * The top package holds what other modules use (records, departments, submitting files); the record
 * schema is the named interface {@code ingestion.schema}; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingestion",
        allowedDependencies = {"audit", "identity", "platform", "registry", "shared"})
package cn.gov.amr.credit.ingestion;
