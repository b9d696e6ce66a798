/**
 * Ingestion's domain model: record schemas, field checks, matching. The record schemas are read by the
 * demo's departments' files (a stopgap named interface until ingestion publishes its record schema in
 * its API, issue 11 point 1).
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.amr.credit.ingestion.model;
