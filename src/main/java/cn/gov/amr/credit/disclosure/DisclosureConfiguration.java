package cn.gov.amr.credit.disclosure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PublicityPolicy.class, RateLimitSettings.class, ReportLayout.class,
        BulkFileSettings.class, IssuedReportSettings.class, ObjectionSettings.class})
class DisclosureConfiguration {
}
