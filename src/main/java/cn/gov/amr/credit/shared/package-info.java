/**
 * Stable value types every module uses: legal time, refusals with a machine-readable code.
 * No Spring, no JDBC.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gov.amr.credit.shared;
