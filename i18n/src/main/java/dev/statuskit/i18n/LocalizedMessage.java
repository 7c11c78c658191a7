package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One message of a catalog, such as an application's own key, and the locale of the bundle file it really
 * came from: a key that a locale's file lacks reports the locale it fell back to, not the one asked for.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LocalizedMessage {
    private final String text;
    private final Locale locale;

    LocalizedMessage(String text, Locale locale) {
        this.text = Objects.requireNonNull(text, "text");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The text, as the bundle has it (a pattern, if it takes arguments). */
    public String text() {
        return text;
    }

    /** The locale of the bundle file the text came from; English for a base file. */
    public Locale locale() {
        return locale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedMessage other && other.text.equals(text) && other.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, locale);
    }

    @Override
    public String toString() {
        return "[" + locale.toLanguageTag() + "] " + text;
    }
}
