/**
 * Credit risk classification (企业信用风险分类, DOMAIN §5): every market entity's class (A/B/C/D by the
 * default model; the letters and their number come from the model) with its score and its reasons, by
 * a "general + professional" model kept as versioned configuration. An entity is classified again
 * within a second of new information (a batch accepted, a registry change, a list decision) and the
 * whole register on demand and monthly. Classes are for supervision only: nothing here is public.
 *
 * <p>Reads the registry, ingestion's records, the credit file's flags and the lists through their APIs;
 * the inspection module reads classes from here, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classification",
        allowedDependencies = {"audit", "creditfile", "identity", "ingestion", "ingestion::schema", "lists", "platform", "registry",
                "shared"})
package cn.gov.amr.credit.classification;
