/**
 * The dynamic credit file (信用档案) of each market entity: every accepted record on a timeline (read
 * from ingestion through its API) and the flags this module computes and stores when
 * {@link cn.gov.amr.credit.ingestion.BatchAccepted} names the entity. Whether annual reports were filed, and by
 * when they are due, it asks the lists ({@link cn.gov.amr.credit.lists.AnnualReportCompliance}), which own them. No other module uses it yet, so its
 * top package exposes nothing: the facade {@code application.CreditFiles} and the types it returns
 * ({@code model.CreditFile}, {@code model.CreditFlag}, {@code model.FlagKind}) move up when one does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit file",
        allowedDependencies = {"identity", "ingestion", "lists", "platform", "registry", "shared"})
package cn.gov.amr.credit.creditfile;
