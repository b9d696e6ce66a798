/**
 * The dynamic credit file (信用档案) of each market entity: every accepted record on a timeline (read
 * from ingestion through its API) and the flags this module computes and stores when
 * {@link cn.gov.amr.credit.ingestion.BatchAccepted} names the entity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit file")
package cn.gov.amr.credit.creditfile;
