package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.client.fakes.TopRandom;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReconnectPolicyTest {
    private static final ReconnectPolicy DEFAULTS = ReconnectPolicy.defaults();

    @ParameterizedTest
    @ValueSource(ints = {1002, 1003, 1007, 1008, 1009, 1010, 3000, 3003})
    void neverReconnectsAfterACodeThatSaysTheSameConnectionWouldFailAgain(int code) {
        assertThat(DEFAULTS.decision(code)).isEqualTo(Decision.never());
        assertThat(DEFAULTS.delay(code, 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 1005, 1015, 1004, 1016, 2999, 3001, 3999, 4000, 4001, 4999, 999, 5000, -1})
    void byDefaultNeverReconnectsAfterANormalCloseOrACodeWhoseMeaningIsTheApplications(int code) {
        assertThat(DEFAULTS.delay(code, 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1001, 1006, 1011, 1013, 1014, 3008})
    void backsOffAfterACodeThatMayPass(int code) {
        assertThat(DEFAULTS.decision(code)).isEqualTo(Decision.backoff());
    }

    @Test
    void serviceRestartWaitsFiveToThirtySecondsWhateverTheAttempt() {
        ReconnectPolicy top = ReconnectPolicy.builder().random(new TopRandom()).build();
        ReconnectPolicy bottom = ReconnectPolicy.builder().random(new BottomRandom()).build();

        assertThat(top.delay(1012, 0)).contains(Duration.ofSeconds(30));
        assertThat(top.delay(1012, 20)).contains(Duration.ofSeconds(30));
        assertThat(bottom.delay(1012, 7)).contains(Duration.ofSeconds(5));
        SplittableRandom random = new SplittableRandom(42);
        ReconnectPolicy seeded = ReconnectPolicy.builder().random(random).build();
        for (int i = 0; i < 1000; i++) {
            assertThat(seeded.delay(1012, i).orElseThrow()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(30));
        }
    }

    @Test
    void fullJitterDrawsFromZeroToTheDoublingBoundUpToTheCap() {
        ReconnectPolicy top = ReconnectPolicy.builder().base(Duration.ofMillis(100)).cap(Duration.ofSeconds(1))
                .random(new TopRandom()).build();
        ReconnectPolicy bottom = ReconnectPolicy.builder().base(Duration.ofMillis(100)).cap(Duration.ofSeconds(1))
                .random(new BottomRandom()).build();

        assertThat(top.delay(1006, 0)).contains(Duration.ofMillis(100));
        assertThat(top.delay(1006, 1)).contains(Duration.ofMillis(200));
        assertThat(top.delay(1006, 2)).contains(Duration.ofMillis(400));
        assertThat(top.delay(1006, 3)).contains(Duration.ofMillis(800));
        assertThat(top.delay(1006, 4)).contains(Duration.ofSeconds(1));
        assertThat(top.delay(1006, 63)).contains(Duration.ofSeconds(1));
        assertThat(top.delay(1006, Integer.MAX_VALUE)).contains(Duration.ofSeconds(1));
        assertThat(bottom.delay(1006, 5)).contains(Duration.ZERO);
    }

    @Test
    void seededFullJitterStaysInItsBoundsAndUsesThem() {
        ReconnectPolicy seeded = ReconnectPolicy.builder().random(new SplittableRandom(7)).build();
        for (int attempt = 0; attempt < 10; attempt++) {
            Duration bound = seeded.backoffBound(attempt);
            long max = 0;
            for (int i = 0; i < 2000; i++) {
                Duration delay = seeded.delay(1013, attempt).orElseThrow();
                assertThat(delay).isBetween(Duration.ZERO, bound);
                max = Math.max(max, delay.toMillis());
            }
            assertThat(max).as("attempt %d reaches near its bound", attempt).isGreaterThan(bound.toMillis() * 9 / 10);
        }
        assertThat(seeded.backoffBound(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(seeded.backoffBound(6)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theApplicationOverridesAnyCodeAndMarksItsOwnTerminal() {
        ReconnectPolicy policy = ReconnectPolicy.builder()
                .on(1006, Decision.never())
                .on(4001, Decision.after(Duration.ofSeconds(3)))
                .on(1008, Decision.backoff())
                .terminal(4403, 4404)
                .otherwise(Decision.randomDelay(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .build();

        assertThat(policy.delay(1006, 0)).isEmpty();
        assertThat(policy.delay(4001, 9)).contains(Duration.ofSeconds(3));
        assertThat(policy.decision(1008)).isEqualTo(Decision.backoff());
        assertThat(policy.delay(4403, 0)).isEmpty();
        assertThat(policy.delay(4404, 0)).isEmpty();
        assertThat(policy.delay(4002, 0)).contains(Duration.ofSeconds(1));
        assertThat(policy.delay(1000, 0)).as("a default rule is not 'otherwise'").isEmpty();
        assertThat(DEFAULTS.delay(1006, 0)).as("the defaults are untouched").isPresent();
    }

    @Test
    void aCodeOutsideTheRangesIsRefusedWithTheRule() {
        assertThatThrownBy(() -> ReconnectPolicy.builder().on(999, Decision.never()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Close code 999 is outside 1000-4999, where no close code is (RFC 6455 §7.4.2)");
        assertThatThrownBy(() -> ReconnectPolicy.builder().terminal(4001, 5000))
                .hasMessage("Close code 5000 is outside 1000-4999, where no close code is (RFC 6455 §7.4.2)");
    }

    @Test
    void badSettingsAreRefusedWithTheirRule() {
        assertThatThrownBy(() -> ReconnectPolicy.builder().base(Duration.ZERO))
                .hasMessage("The backoff base must be at least 1 ms, not PT0S");
        assertThatThrownBy(() -> ReconnectPolicy.builder().base(Duration.ofSeconds(2)).cap(Duration.ofSeconds(1)).build())
                .hasMessage("The backoff cap (PT1S) must not be shorter than its base (PT2S)");
        assertThatThrownBy(() -> ReconnectPolicy.builder().maxAttempts(0)).hasMessage("maxAttempts must be at least 1, not 0");
        assertThatThrownBy(() -> Decision.randomDelay(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("A random delay window needs 0 <= min <= max, not [PT2S, PT1S]");
        assertThatThrownBy(() -> DEFAULTS.delay(1006, -1)).hasMessage("attempt must be 0 or more, not -1");
    }

    @Test
    void theDefaultsAreThoseDocumented() {
        assertThat(DEFAULTS.base()).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.cap()).isEqualTo(Duration.ofSeconds(60));
        assertThat(DEFAULTS.resetAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(DEFAULTS.maxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(DEFAULTS.decision(1012)).isEqualTo(Decision.randomDelay(Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    /** Always the smallest value. */
    private static final class BottomRandom implements java.util.random.RandomGenerator {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return 0;
        }
    }
}
