/**
 * The face of the platform: page layout and navigation, the public portal home, the officer
 * workbench, languages, error pages and RFC 9457 problem details. Depends on modules; none depends on it,
 * so its top package holds nothing but this: {@code pages} (portal, workbench, navigation), {@code errors}
 * (problem details, error pages, text refused at the door), {@code openapi}, {@code i18n}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"audit", "identity", "platform", "shared"})
package cn.gov.amr.credit.web;
