package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A localized title and description, and the locale they are written in.
 * For an HTTP status the title is the localized reason phrase; for a close code it is its localized name.
 */
@API(status = STABLE, since = "0.1")
public final class LocalizedText {
    private final String title;
    private final String description;
    private final Locale locale;

    LocalizedText(String title, String description, Locale locale) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The localized reason phrase, or the localized name of a close code. */
    public String title() {
        return title;
    }

    /** One or two sentences: what happened and what the client can do. */
    public String description() {
        return description;
    }

    /** The locale of the catalog entry the text came from. */
    public Locale locale() {
        return locale;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LocalizedText other && other.title.equals(title) && other.description.equals(description)
                && other.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, locale);
    }

    @Override
    public String toString() {
        return "[" + locale.toLanguageTag() + "] " + title + ": " + description;
    }
}
