/**
 * The register of market entities (市场主体) every credit record attaches to: identity, kind,
 * status, legal representative (masked), jurisdiction, and the history of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package cn.gov.amr.credit.registry;
