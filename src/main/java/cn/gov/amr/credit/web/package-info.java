/**
 * The face of the platform: page layout and navigation, the public portal home, the officer
 * workbench, languages, error pages and RFC 9457 problem details. Depends on modules; none depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package cn.gov.amr.credit.web;
