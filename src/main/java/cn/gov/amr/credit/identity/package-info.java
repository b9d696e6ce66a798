/**
 * Who may do what: officers and other users with roles and jurisdictions, department API keys,
 * sign-in with per-address lockout, and the HTTP security of every endpoint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"audit", "platform", "shared"})
package cn.gov.amr.credit.identity;
