/**
 * The dynamic credit file (信用档案) of each market entity: every accepted record on a timeline (read
 * from ingestion through its API) and the flags this module computes and stores when
 * {@link cn.gov.amr.credit.ingestion.BatchAccepted} names the entity. Whether annual reports were filed, and by
 * when they are due, it asks the lists ({@link cn.gov.amr.credit.lists.AnnualReportCompliance}), which own them. Its top package exposes
 * what the classification reads: {@link cn.gov.amr.credit.creditfile.FlagKind} and {@link
 * cn.gov.amr.credit.creditfile.CreditFlags} (the record-grounded flags computed from records, the same
 * policies the file stores). The facade {@code application.CreditFiles} and {@code model.CreditFile} move
 * up when another module needs a whole file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit file",
        allowedDependencies = {"identity", "ingestion", "lists", "platform", "registry", "shared"})
package cn.gov.amr.credit.creditfile;
