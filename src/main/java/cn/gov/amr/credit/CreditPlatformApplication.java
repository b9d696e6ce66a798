package cn.gov.amr.credit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform. Every settings record ({@code @ConfigurationProperties}, named {@code <Module>Settings}
 * or {@code <Topic>Settings}) is found by the scan below and registered nowhere else (docs/settings.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CreditPlatformApplication {
    public static void main(String[] args) {
        SpringApplication.run(CreditPlatformApplication.class, args);
    }
}
