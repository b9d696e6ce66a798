/**
 * The register of market entities (市场主体) every credit record attaches to: identity, kind,
 * status, legal representative (masked), jurisdiction, and the history of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry",
        allowedDependencies = {"audit", "identity", "platform", "shared"})
package cn.gov.amr.credit.registry;
