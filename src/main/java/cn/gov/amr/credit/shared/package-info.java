/**
 * Stable value types and pure functions every module uses: identifiers that validate (credit code, ID number,
 * registration number), legal time, refusals with a machine-readable code, visible text, spreadsheet-safe text,
 * hashes and masks. No Spring, no JDBC.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package cn.gov.amr.credit.shared;
