package cn.gov.amr.credit.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A public record's id names its identity without revealing it, and only under the installation's key. */
class OpaqueNamesTest {

    private static final OpaqueNames NAMES = new OpaqueNames("key-one".getBytes(StandardCharsets.UTF_8));

    @Test
    void aRecordsIdIsStableOpaqueAndDiffersByIdentityAndKey() {
        String id = NAMES.record("91360481MA35XXXX1A", 7, "PENALTY", "360481198506128457");
        assertThat(id).matches("[0-9a-f]{24}").doesNotContain("360481").doesNotContain("8457");
        assertThat(NAMES.record("91360481MA35XXXX1A", 7, "PENALTY", "360481198506128457")).isEqualTo(id);
        assertThat(NAMES.record("91360481MA35XXXX1A", 8, "PENALTY", "360481198506128457")).isNotEqualTo(id);
        assertThat(NAMES.record("91360481MA35XXXX1A", 7, "LICENCE", "360481198506128457")).isNotEqualTo(id);
        assertThat(new OpaqueNames("key-two".getBytes(StandardCharsets.UTF_8))
                .record("91360481MA35XXXX1A", 7, "PENALTY", "360481198506128457")).isNotEqualTo(id);
    }

    @Test
    void anAddressIsKeptAsAKeyedHashNeverItself() {
        assertThat(NAMES.address("203.0.113.7")).matches("[0-9a-f]{64}").doesNotContain("203")
                .isEqualTo(NAMES.address("203.0.113.7")).isNotEqualTo(NAMES.address("203.0.113.8"));
    }
}
