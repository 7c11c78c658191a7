package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Retry-After} value (RFC 9110 §10.2.3): either a delay in seconds or a date.
 *
 * <p>{@link #parse(String)} reads both forms, and all three HTTP-date formats, as RFC 9110 §5.6.7 requires of
 * a recipient: the IMF-fixdate {@code Sun, 06 Nov 1994 08:49:37 GMT}, the obsolete RFC 850 form
 * {@code Sunday, 06-Nov-94 08:49:37 GMT} and the obsolete asctime form {@code Sun Nov  6 08:49:37 1994}.
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RetryAfter {
    /**
     * The largest delay kept: a larger delay-seconds value is read as 2^31 seconds, the ceiling RFC 9111 §1.2.2
     * sets for the delta-seconds of caching, applied here by analogy (RFC 9110 sets none for Retry-After).
     */
    public static final long MAX_DELAY_SECONDS = 1L << 31;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern RFC_850 = Pattern.compile(
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-([A-Z][a-z]{2})-([0-9]{2})"
                    + " ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT");
    private static final Pattern ASCTIME = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ 0-9][0-9]) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})");
    /** Strict, so that "31 Feb" is refused rather than read as the 28th. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final @Nullable Duration delay;
    private final @Nullable Instant date;

    private RetryAfter(@Nullable Duration delay, @Nullable Instant date) {
        this.delay = delay;
        this.date = date;
    }

    /**
     * A delay.
     *
     * @throws IllegalArgumentException if it is negative
     */
    public static RetryAfter ofDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A Retry-After delay is a non-negative number of seconds"
                    + " (RFC 9110 §10.2.3), not " + delay);
        }
        return new RetryAfter(delay, null);
    }

    /** A date. */
    public static RetryAfter ofDate(Instant date) {
        return new RetryAfter(null, Objects.requireNonNull(date, "date"));
    }

    /**
     * Parses a header value, as {@link #parse(String, Clock)} with the system clock.
     *
     * @param value the field value, or null
     * @return the value, or empty if it is null or in neither form
     */
    public static Optional<RetryAfter> parse(@Nullable String value) {
        return parse(value, Clock.systemUTC());
    }

    /**
     * Parses a header value: delay-seconds ({@code 120}) or an HTTP-date in any of its three formats.
     * Whitespace around the value is ignored.
     *
     * @param value the field value, or null
     * @param clock the current year, for the two-digit year of an RFC 850 date: RFC 9110 §5.6.7 reads a year
     *     that would be more than 50 years in the future as the most recent past year with the same digits
     * @return the value, or empty if it is null or in neither form (RFC 9110 §10.2.3 gives such a value no
     *     meaning, so it is ignored)
     */
    public static Optional<RetryAfter> parse(@Nullable String value, Clock clock) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (DIGITS.matcher(text).matches()) {
            long seconds = text.length() > 10 ? MAX_DELAY_SECONDS : Math.min(Long.parseLong(text), MAX_DELAY_SECONDS);
            return Optional.of(new RetryAfter(Duration.ofSeconds(seconds), null));
        }
        Instant date = imfFixdate(text);
        if (date == null) {
            date = rfc850(text, clock);
        }
        if (date == null) {
            date = asctime(text);
        }
        return date == null ? Optional.empty() : Optional.of(new RetryAfter(null, date));
    }

    private static @Nullable Instant imfFixdate(String text) {
        if (!text.endsWith(" GMT")) {
            return null; // RFC_1123_DATE_TIME would take other offsets too; an HTTP-date is always GMT
        }
        try {
            return ZonedDateTime.parse(text, IMF_FIXDATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Instant rfc850(String text, Clock clock) {
        Matcher m = RFC_850.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int twoDigits = Integer.parseInt(m.group(4));
        int thisYear = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).getYear();
        int year = thisYear - Math.floorMod(thisYear, 100) + twoDigits;
        if (year > thisYear + 50) {
            year -= 100;
        }
        return date(m.group(1), year, m.group(3), m.group(2), m.group(5), m.group(6), m.group(7));
    }

    private static @Nullable Instant asctime(String text) {
        Matcher m = ASCTIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return date(m.group(1), Integer.parseInt(m.group(7)), m.group(2), m.group(3).strip(), m.group(4), m.group(5),
                m.group(6));
    }

    private static @Nullable Instant date(String dayName, int year, String monthName, String day, String hour, String minute,
            String second) {
        int month = -1;
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(monthName)) {
                month = i + 1;
            }
        }
        if (month < 0) {
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.of(year, month, Integer.parseInt(day), Integer.parseInt(hour),
                    Integer.parseInt(minute), Integer.parseInt(second));
            DayOfWeek dayOfWeek = time.getDayOfWeek();
            boolean dayMatches = dayName.length() == 3
                    ? dayOfWeek.getDisplayName(TextStyle.SHORT, Locale.US).equals(dayName)
                    : dayOfWeek.getDisplayName(TextStyle.FULL, Locale.US).equals(dayName);
            return dayMatches ? time.toInstant(ZoneOffset.UTC) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The delay, when the value was delay-seconds. */
    public Optional<Duration> delay() {
        return Optional.ofNullable(delay);
    }

    /** The date, when the value was an HTTP-date. */
    public Optional<Instant> date() {
        return Optional.ofNullable(date);
    }

    /**
     * How long to wait from {@code now}: the delay, or the time until the date, zero when it has passed.
     * For a delay, {@code now} should be when the response was received.
     */
    public Duration delayFrom(Instant now) {
        if (delay != null) {
            return delay;
        }
        Duration until = Duration.between(now, date);
        return until.isNegative() ? Duration.ZERO : until;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RetryAfter other && Objects.equals(other.delay, delay) && Objects.equals(other.date, date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delay, date);
    }

    @Override
    public String toString() {
        return delay != null ? "RetryAfter[" + delay.getSeconds() + " s]" : "RetryAfter[" + date + "]";
    }
}
