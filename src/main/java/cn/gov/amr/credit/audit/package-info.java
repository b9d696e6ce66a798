/**
 * The append-only, hash-chained audit trail every module writes to: sign-ins, account changes,
 * decisions and every officer view of unmasked personal data. Entries are never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"platform", "shared"})
package cn.gov.amr.credit.audit;
