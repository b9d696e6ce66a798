package cn.gov.amr.credit.creditfile.application;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the credit file ({@code credit.creditfile.*}).
 *
 * @param annualReportDeadline the day by which last year's annual report is due (30 June) [config]
 */
@ConfigurationProperties("credit.creditfile")
public record CreditFileSettings(@DefaultValue("--06-30") MonthDay annualReportDeadline) {
}
