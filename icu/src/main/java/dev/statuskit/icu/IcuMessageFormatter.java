package dev.statuskit.icu;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.statuskit.http.MessageFormatter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * ICU4J's {@link MessageFormat} as StatusKit's {@link MessageFormatter}: numbered arguments with ICU's syntax,
 * {@code {0, number}}, {@code {0, date, long}}, {@code {0, plural, one {# item} other {# items}}} with the CLDR
 * plural rules of the locale, {@code select}; numbers and dates in the locale's own digits and style (Arabic
 * uses Arabic-Indic digits, for one). An apostrophe is a quote only before a brace or another apostrophe,
 * so {@code l'adresse} needs no doubling.
 *
 * <p>{@code java.time} values format as dates; an {@link Instant} in UTC. {@link #INSTANCE} is found through {@code ServiceLoader} by
 * {@link MessageFormatter#discover()}. Thread-safe: each call parses the pattern into a new
 * {@code MessageFormat}, which is not.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IcuMessageFormatter implements MessageFormatter {
    /** The shared instance. */
    public static final IcuMessageFormatter INSTANCE = new IcuMessageFormatter();

    /** For {@code ServiceLoader}; use {@link #INSTANCE}. */
    public IcuMessageFormatter() {
    }

    /**
     * Formats with ICU's {@code MessageFormat}.
     *
     * @throws IllegalArgumentException if the pattern is malformed or uses named arguments
     */
    @Override
    public String format(String pattern, Locale locale, List<? extends @Nullable Object> arguments) {
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(locale));
        if (format.usesNamedArguments()) {
            throw new IllegalArgumentException("The pattern names its arguments; problem type details take numbered"
                    + " arguments, {0} first: " + pattern);
        }
        Object[] values = arguments.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Instant instant) {
                values[i] = instant.atZone(ZoneOffset.UTC); // ICU needs a zone to write a date
            }
        }
        return format.format(values);
    }

    @Override
    public String toString() {
        return "IcuMessageFormatter";
    }
}
