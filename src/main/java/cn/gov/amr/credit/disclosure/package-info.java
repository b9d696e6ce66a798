/**
 * Public disclosure (信用公示): what the public sees of each entity, after the publicity rules of
 * DOMAIN §8 and the masking of §10. Built in steps (issue 5); so far the publicity rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package cn.gov.amr.credit.disclosure;
