package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.disclosure.application.PublicitySettings;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The publicity policy is configuration, and the platform starts with DOMAIN §8's defaults. */
class PublicitySettingsTest extends PlatformIntegrationTest {

    @Autowired
    PublicitySettings policy;

    @Test
    void theRunningPlatformHasTheDefaultsOfDomainSection8() {
        assertThat(policy).isEqualTo(PublicitySettings.defaults());
    }
}
