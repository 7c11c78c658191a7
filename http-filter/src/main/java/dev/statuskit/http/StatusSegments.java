package dev.statuskit.http;

import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.i18n.internal.LocaleTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * For one renderer: the part of its body that depends only on the status, its title and its detail, encoded
 * once per status and supported locale from the catalog's texts, so that a body whose title and detail are the
 * catalog's is written with one copy there.
 *
 * <p>A segment is made the first time a registered status is rendered in a supported locale, always from the
 * catalog's texts of that status and locale (never from a request's), and then kept: there are at most as many
 * as the supported locales times the registered statuses, whatever the traffic. A problem whose title or detail is not the one the
 * segment was made from (an application's own texts) gets null and is written member by member, by the same
 * code that made the segment.
 */
final class StatusSegments {
    /** Writes the segment of a status, title and detail, as {@link Utf8} writes: null to measure. */
    @FunctionalInterface
    interface Writer {
        int write(byte @Nullable [] out, int pos, int status, String title, String detail);
    }

    /** A segment and the texts it was made from. */
    private record Segment(String title, String detail, byte[] bytes) {
    }

    private static final int CODES = HttpStatusRegistry.MAX_CODE - HttpStatusRegistry.MIN_CODE + 1;

    private final StatusCatalog catalog;
    private final Writer writer;
    /** Per supported locale, a slot per status code; a slot, once set, never changes. */
    private final LocaleTable<@Nullable Segment[]> byLocale;

    StatusSegments(StatusCatalog catalog, Writer writer) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.writer = writer;
        Map<Locale, @Nullable Segment[]> slots = new HashMap<>();
        for (Locale locale : catalog.supportedLocales()) {
            slots.put(locale, new Segment[CODES]);
        }
        this.byLocale = LocaleTable.of(slots);
    }

    /**
     * The encoded segment of this status in this locale if the title and detail are the catalog's for them,
     * else null.
     */
    byte @Nullable [] lookUp(Locale locale, int status, @Nullable String title, @Nullable String detail) {
        @Nullable Segment[] slots = byLocale.get(locale);
        int index = status - HttpStatusRegistry.MIN_CODE;
        if (slots == null || title == null || detail == null || index < 0 || index >= CODES) {
            return null;
        }
        Segment segment = slots[index];
        if (segment == null) {
            if (!HttpStatusRegistry.of(status).isAssigned()) {
                return null; // only the registered statuses get one, which bounds them to 64 per locale
            }
            // Two threads may both make it; they make the same bytes, and a Segment is immutable (final fields).
            segment = make(status, catalog.http(status, locale));
            slots[index] = segment;
        }
        return segment.title.equals(title) && segment.detail.equals(detail) ? segment.bytes : null;
    }

    private Segment make(int status, LocalizedText text) {
        byte[] bytes = new byte[writer.write(null, 0, status, text.title(), text.description())];
        int end = writer.write(bytes, 0, status, text.title(), text.description());
        if (end != bytes.length) {
            throw new IllegalStateException("Segment of " + end + " bytes measured as " + bytes.length);
        }
        return new Segment(text.title(), text.description(), bytes);
    }
}
