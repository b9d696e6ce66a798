package cn.gov.amr.credit.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Redelivery of module events ({@code credit.events.*}): every {@code retryEvery}, events whose
 * listener has not completed {@code retryAfter} after publication are delivered again (listeners are
 * idempotent).
 */
@ConfigurationProperties("credit.events")
record EventSettings(@DefaultValue("2m") Duration retryAfter, @DefaultValue("60s") Duration retryEvery) {
}
