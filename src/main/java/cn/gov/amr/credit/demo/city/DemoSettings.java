package cn.gov.amr.credit.demo.city;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo ({@code credit.demo.*}; the older names {@code credit.registry.demo-seed},
 * {@code credit.registry.demo-entities} and {@code credit.ingestion.demo-records} still set them, see
 * application.yml).
 *
 * @param seed            seed of the synthetic city and its departments' files (the same seed gives the same data)
 * @param entities        how many entities the city has (80,000 like the seed; 1,000,000 for benchmarks)
 * @param departmentFiles whether the departments' files are sent in (false: the city only)
 * @param lists           whether last year's annual reports and this year's listings are added (steps
 *                        {@code lists-reports} and {@code lists}; false: none, e.g. for the ingestion benchmark)
 */
@ConfigurationProperties("credit.demo")
public record DemoSettings(long seed, int entities, boolean departmentFiles, boolean lists) {
    public DemoSettings {
        seed = seed == 0 ? 360481L : seed;
        entities = entities <= 0 ? 80_000 : entities;
    }
}
