package cn.gov.amr.credit.disclosure.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fair use of the public pages and API ({@code credit.disclosure.rate-limit.*}): per client address,
 * {@code perSecond} requests sustained with bursts of {@code burst}; trusted addresses and callers with
 * a department API key are exempt (bulk consumers, benchmarks). Counted per instance.
 */
@ConfigurationProperties("credit.disclosure.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("10") double perSecond,
                                @DefaultValue("50") int burst, @DefaultValue({}) List<String> trustedAddresses) {
}
