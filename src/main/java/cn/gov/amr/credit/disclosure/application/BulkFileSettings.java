package cn.gov.amr.credit.disclosure.application;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily public bulk file ({@code credit.disclosure.bulk.*}): written once a day after {@code time}
 * (Asia/Shanghai), or at once on a platform that has none yet; files of the last {@code keepDays} days
 * are kept. {@code scheduled=false} leaves it to the administrator's endpoint (tests). The job looks
 * whether the file is due every {@code checkEvery}, the first time {@code firstCheckAfter} after start.
 */
@ConfigurationProperties("credit.disclosure.bulk")
public record BulkFileSettings(@DefaultValue("true") boolean scheduled, @DefaultValue("02:00") LocalTime time,
                               @DefaultValue("7") int keepDays, @DefaultValue("10m") Duration checkEvery,
                               @DefaultValue("2m") Duration firstCheckAfter) {
}
