package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @ParameterizedTest
    @CsvSource({"0, 0", "120, 120", "' 7 ', 7", "2147483648, 2147483648", "2147483649, 2147483648",
        "99999999999999999999999, 2147483648"})
    void delaySecondsAreADelaySaturatedAtTwoToThe31(String value, long seconds) {
        RetryAfter retryAfter = RetryAfter.parse(value).orElseThrow();

        assertThat(retryAfter.delay()).contains(Duration.ofSeconds(seconds));
        assertThat(retryAfter.date()).isEmpty();
        assertThat(retryAfter.delayFrom(Instant.EPOCH)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"})
    void allThreeHttpDateFormatsOfRfc9110AreRead(String value) {
        assertThat(RetryAfter.parse(value, IN_2025)).contains(RetryAfter.ofDate(RFC_EXAMPLE));
    }

    @Test
    void anRfc850YearMoreThanFiftyYearsAheadIsTheMostRecentPastYearWithThoseDigits() {
        assertThat(RetryAfter.parse("Saturday, 31-Dec-77 23:59:59 GMT", IN_2025).orElseThrow().date())
                .contains(Instant.parse("1977-12-31T23:59:59Z"));
        assertThat(RetryAfter.parse("Tuesday, 31-Dec-willnot GMT", IN_2025)).isEmpty();
        assertThat(RetryAfter.parse("Sunday, 31-Dec-73 23:59:59 GMT", IN_2025).orElseThrow().date())
                .contains(Instant.parse("2073-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-1", "1.5", "soon", "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 +0100",
        "Sun, 31 Feb 1994 08:49:37 GMT", "Mon, 31 Feb 1994 08:49:37 GMT", "Monday, 06-Nov-94 08:49:37 GMT", "Sun Nov 06 08:49:37 1994 GMT",
        "Sun Foo  6 08:49:37 1994", "Sun Nov  6 25:49:37 1994"})
    void anythingElseIsIgnored(String value) {
        assertThat(RetryAfter.parse(value, IN_2025)).isEmpty();
    }

    @Test
    void nullIsNoValue() {
        assertThat(RetryAfter.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aDateIsADelayFromNowAndZeroOnceItHasPassed() {
        RetryAfter retryAfter = RetryAfter.ofDate(RFC_EXAMPLE);

        assertThat(retryAfter.delayFrom(RFC_EXAMPLE.minusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(retryAfter.delayFrom(RFC_EXAMPLE.plusSeconds(1))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aNegativeDelayIsRefusedWithTheRule() {
        assertThatThrownBy(() -> RetryAfter.ofDelay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Retry-After delay is a non-negative number of seconds (RFC 9110 §10.2.3), not PT-1S");
    }
}
