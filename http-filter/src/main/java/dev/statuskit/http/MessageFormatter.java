package dev.statuskit.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Formats the detail of a {@link ProblemType}: a message pattern from the application's bundle, with the
 * problem's arguments, for the locale the pattern is written in (so numbers and dates read as that language
 * writes them).
 *
 * <p>{@link #discover()} finds the formatter on the class path: {@code statuskit-icu} provides ICU4J's
 * {@code MessageFormat}, whose {@code {count, plural, one {...} other {...}}} follows each language's CLDR
 * plural rules; without it, {@link #jdk()} formats with the JDK's {@link java.text.MessageFormat}, which knows
 * {@code number}, {@code date}, {@code time} and {@code choice} but no plural rules.
 *
 * <p>Implementations must be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface MessageFormatter {
    /**
     * Formats a pattern.
     *
     * @param pattern the pattern, such as {@code Your current balance is {0, number}.}
     * @param locale the language the pattern is written in
     * @param arguments the arguments, {@code {0}} first; may hold null
     * @return the formatted text
     * @throws IllegalArgumentException if the pattern is malformed or an argument does not fit it
     */
    String format(String pattern, Locale locale, List<? extends @Nullable Object> arguments);

    /** The JDK's {@link java.text.MessageFormat}: numbered arguments, no plural rules; an apostrophe quotes. */
    static MessageFormatter jdk() {
        return JdkMessageFormatter.INSTANCE;
    }

    /**
     * The first formatter that a {@code META-INF/services/dev.statuskit.http.MessageFormatter} file (or a
     * module's {@code provides}) names, such as {@code statuskit-icu}'s; else {@link #jdk()}. A provider that cannot
     * be loaded or made is skipped, with a WARNING that says why, and the next one is tried: for example
     * {@code statuskit-icu} in a server's shared library while the application has {@code statuskit-http-filter} in
     * {@code WEB-INF/lib}, where the provider implements the other copy of this interface. An application never fails
     * to start for want of a formatter.
     */
    static MessageFormatter discover() {
        return MessageFormatterDiscovery.discover(MessageFormatter.class.getClassLoader());
    }
}

/** {@link MessageFormatter#jdk()}. */
final class JdkMessageFormatter implements MessageFormatter {
    static final JdkMessageFormatter INSTANCE = new JdkMessageFormatter();

    private JdkMessageFormatter() {
    }

    @Override
    public String format(String pattern, Locale locale, List<? extends @Nullable Object> arguments) {
        return new java.text.MessageFormat(pattern, locale).format(arguments.toArray());
    }

    @Override
    public String toString() {
        return "jdk()";
    }
}
