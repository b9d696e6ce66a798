/**
 * The demo (started with {@code --demo}): a synthetic city of market entities with its officers and the
 * files its departments send, loaded once per database by an ordered list of {@link cn.gov.amr.credit.demo.DemoStep}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"calendar", "classification", "identity", "ingestion", "ingestion::schema", "lists",
                "platform", "registry", "shared"})
package cn.gov.amr.credit.demo;
