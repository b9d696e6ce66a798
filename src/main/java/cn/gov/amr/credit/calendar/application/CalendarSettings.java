package cn.gov.amr.credit.calendar.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The calendar's settings ({@code credit.calendar.*}).
 *
 * @param refreshEvery          how old an instance's cached working days may get before it reads the tables
 *                              again: a change made on another instance shows here within this time (the
 *                              instance that made the change refreshes at once)
 * @param maxFileSize           the largest notice file accepted for import
 * @param nextYearNoticeMonth   from this month on, ADMIN's to-do asks for next year's notice too (the State
 *                              Council's notice appears around November)
 */
@ConfigurationProperties("credit.calendar")
public record CalendarSettings(@DefaultValue("1m") Duration refreshEvery, @DefaultValue("1MB") DataSize maxFileSize,
                               @DefaultValue("11") int nextYearNoticeMonth) {
}
