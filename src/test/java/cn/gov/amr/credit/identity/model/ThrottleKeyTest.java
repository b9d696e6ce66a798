package cn.gov.amr.credit.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrottleKeyTest {

    @Test
    void anIpv4AddressCountsAlone() {
        assertThat(ThrottleKey.of("10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6AddressesOfOneSlash64CountTogether() {
        assertThat(ThrottleKey.of("2001:db8:1:2:aaaa::1")).isEqualTo(ThrottleKey.of("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ThrottleKey.of("2001:db8:1:3::1")).isNotEqualTo(ThrottleKey.of("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsItsIpv4Address() {
        assertThat(ThrottleKey.of("::ffff:10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIs() {
        assertThat(ThrottleKey.of("unknown")).isEqualTo("unknown");
        assertThat(ThrottleKey.of(null)).isEmpty();
    }
}
