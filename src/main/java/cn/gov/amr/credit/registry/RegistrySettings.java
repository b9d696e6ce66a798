package cn.gov.amr.credit.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoSeed     seed of the synthetic demo city (the same seed gives the same city)
 * @param demoEntities how many entities the demo city has (80,000 like the seed; 1,000,000 for benchmarks)
 */
@ConfigurationProperties("credit.registry")
public record RegistrySettings(long demoSeed, int demoEntities) {
    public RegistrySettings {
        demoSeed = demoSeed == 0 ? 360481L : demoSeed;
        demoEntities = demoEntities <= 0 ? 80_000 : demoEntities;
    }
}
