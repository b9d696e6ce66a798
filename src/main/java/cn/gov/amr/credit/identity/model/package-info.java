/**
 * Sign-in rules as plain Java: when an address may try a password at all (the throttle), and under
 * which key an address counts.
 */
package cn.gov.amr.credit.identity.model;
