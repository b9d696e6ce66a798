/**
 * Public disclosure (信用公示): public search, the public credit report (printable and verifiable), objections,
 * the daily bulk file and the change feed, all after the publicity rules of DOMAIN §8 and the masking of §10.
 * No other module uses it, so its top package is empty: use cases in {@code application}, rules and public
 * records in {@code model}, tables in {@code infrastructure}, pages and the open API in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure",
        allowedDependencies = {"audit", "identity", "ingestion", "ingestion::schema", "lists", "platform", "registry", "shared"})
package cn.gov.amr.credit.disclosure;
