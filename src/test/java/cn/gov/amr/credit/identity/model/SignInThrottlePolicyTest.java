package cn.gov.amr.credit.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignInThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private final SignInThrottlePolicy policy = new SignInThrottlePolicy(20, Duration.ofMinutes(1), 200);

    private static List<Instant> failuresSecondsAgo(int... seconds) {
        return IntStream.of(seconds).mapToObj(NOW::minusSeconds).toList();
    }

    private static List<Instant> failures(int count, int secondsAgo) {
        return IntStream.range(0, count).mapToObj(i -> NOW.minusSeconds(secondsAgo)).toList();
    }

    @Test
    void nineteenFailuresWithinTheWindowStillAdmitTheTwentieth() {
        assertThat(policy.decide(failures(19, 10), 0, 19, NOW)).isInstanceOf(SignInThrottlePolicy.Admitted.class);
    }

    @Test
    void twentyFailuresWithinTheWindowRefuseUntilTheOldestLeavesIt() {
        var failures = new ArrayList<>(failures(19, 5));
        failures.add(NOW.minusSeconds(42));
        var decision = policy.decide(failures, 0, 20, NOW);
        assertThat(decision).isEqualTo(new SignInThrottlePolicy.Refused(18, false));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        var failures = new ArrayList<>(failures(30, 61));
        failures.addAll(failures(19, 1));
        assertThat(policy.decide(failures, 0, 49, NOW)).isInstanceOf(SignInThrottlePolicy.Admitted.class);
    }

    @Test
    void checksStillRunningCountAsFailuresToCome() {
        assertThat(policy.decide(failures(15, 3), 5, 15, NOW)).isEqualTo(new SignInThrottlePolicy.Refused(1, false));
        assertThat(policy.decide(failures(15, 3), 4, 15, NOW)).isInstanceOf(SignInThrottlePolicy.Admitted.class);
    }

    @Test
    void pastTheGlobalCeilingAnAddressWithoutRecentFailuresMayStillTryOnce() {
        assertThat(policy.decide(List.of(), 0, 5_000, NOW)).isInstanceOf(SignInThrottlePolicy.Admitted.class);
    }

    @Test
    void pastTheGlobalCeilingAnAddressWithOneRecentFailureWaitsForItToLeaveTheWindow() {
        assertThat(policy.decide(failuresSecondsAgo(25), 0, 200, NOW))
                .isEqualTo(new SignInThrottlePolicy.Refused(35, true));
        assertThat(policy.decide(failuresSecondsAgo(25), 0, 199, NOW))
                .isInstanceOf(SignInThrottlePolicy.Admitted.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theAnnouncedWaitIsNeverLongerThanTheWindowNorShorterThanASecond(long seed) {
        var random = new Random(seed);
        for (int run = 0; run < 500; run++) {
            var failures = IntStream.range(0, random.nextInt(40))
                    .mapToObj(i -> NOW.minusMillis(random.nextInt(90_000))).toList();
            var decision = policy.decide(failures, random.nextInt(3), random.nextInt(400), NOW);
            if (decision instanceof SignInThrottlePolicy.Refused refused) {
                assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
                // after the announced wait, the same failures admit the attempt (none running)
                var later = NOW.plusSeconds(refused.retryAfterSeconds());
                assertThat(policy.decide(failures, 0, refused.underPressure() ? 200 : 0, later))
                        .isInstanceOf(SignInThrottlePolicy.Admitted.class);
            }
        }
    }
}
