package dev.statuskit.http;

import dev.statuskit.i18n.HttpStatusClass;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's status texts (the title and description of every status code and status class, in every
 * supported locale), each encoded once per format, as the format writes it: escaped and in UTF-8.
 *
 * <p>A renderer looks a problem's title and detail up here and copies the bytes; a text that is not the
 * catalog's (an application's own, a formatted detail) is not found and is encoded per request. The set is
 * fixed when the catalog's table for a format is first built, so it never grows with requests. Tables are
 * shared by the renderers of one catalog and forgotten with it.
 */
final class CatalogTexts {
    private static final Map<StatusCatalog, Map<?, ?>[]> TABLES = new WeakHashMap<>();

    private CatalogTexts() {
    }

    /**
     * The encoded texts of a catalog in one format, built by the first call for that catalog and format.
     *
     * @param encode how the format writes a text; called once per distinct text
     */
    @SuppressWarnings("unchecked")
    static Map<String, byte[]> of(StatusCatalog catalog, ProblemFormat format, Function<String, byte[]> encode) {
        synchronized (TABLES) {
            Map<?, ?>[] tables = TABLES.computeIfAbsent(catalog, c -> new Map<?, ?>[ProblemFormat.values().length]);
            Map<?, ?> table = tables[format.ordinal()];
            if (table == null) {
                table = encode(catalog, encode);
                tables[format.ordinal()] = table;
            }
            return (Map<String, byte[]>) table;
        }
    }

    private static Map<String, byte[]> encode(StatusCatalog catalog, Function<String, byte[]> encode) {
        Map<String, byte[]> encoded = new HashMap<>();
        for (Locale locale : catalog.supportedLocales()) {
            for (HttpStatusClass statusClass : HttpStatusClass.values()) {
                add(encoded, catalog.httpClass(statusClass, locale), encode);
            }
            for (int code = HttpStatusRegistry.MIN_CODE; code <= HttpStatusRegistry.MAX_CODE; code++) {
                add(encoded, catalog.http(code, locale), encode);
            }
        }
        // A HashMap, never changed after this: its lookup masks the hash, where Map.copyOf's divides.
        return Collections.unmodifiableMap(encoded);
    }

    private static void add(Map<String, byte[]> encoded, LocalizedText text, Function<String, byte[]> encode) {
        encoded.computeIfAbsent(text.title(), encode);
        encoded.computeIfAbsent(text.description(), encode);
    }

    /** The encoded form of a text if the table has it, else null. */
    static byte @Nullable [] lookUp(Map<String, byte[]> table, @Nullable String text) {
        return text != null ? table.get(text) : null;
    }
}
