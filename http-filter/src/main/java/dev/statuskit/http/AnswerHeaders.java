package dev.statuskit.http;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headers of an answer that carries content, which depend only on its format and its language: made once per
 * format and language and shared by every answer with them, instead of a map and a language tag per answer.
 *
 * <p>Bounded: the languages come from the catalog and the application's bundles, a small set, but past
 * {@link #MAX_LANGUAGES} of them per format the maps are made per answer instead of kept, so that no input can grow
 * the table. The maps are unmodifiable and iterate in the order {@link ErrorAnswer#headers()} documents.
 */
final class AnswerHeaders {
    /** The most languages whose maps are kept, per format. */
    static final int MAX_LANGUAGES = 64;

    /** Per format, never changed after the constructor: the kept maps per language. */
    private final Map<ProblemFormat, Map<Locale, Map<String, String>>> byFormat = new EnumMap<>(ProblemFormat.class);

    AnswerHeaders() {
        for (ProblemFormat format : ProblemFormat.values()) {
            byFormat.put(format, new ConcurrentHashMap<>());
        }
    }

    /** The headers of an answer in this format and language: the same map for every such answer, while kept. */
    Map<String, String> of(ProblemFormat format, Locale locale) {
        Map<Locale, Map<String, String>> kept = byFormat.get(format);
        Map<String, String> headers = kept.get(locale);
        if (headers != null) {
            return headers;
        }
        headers = make(format, locale);
        if (kept.size() < MAX_LANGUAGES) {
            Map<String, String> earlier = kept.putIfAbsent(locale, headers);
            return earlier != null ? earlier : headers;
        }
        return headers;
    }

    /** The number of maps kept, for tests. */
    int keptCount() {
        int count = 0;
        for (Map<Locale, Map<String, String>> kept : byFormat.values()) {
            count += kept.size();
        }
        return count;
    }

    private static Map<String, String> make(ProblemFormat format, Locale locale) {
        Map<String, String> headers = new LinkedHashMap<>(8);
        headers.put("Content-Type", format.contentType());
        headers.put("Content-Language", locale.toLanguageTag());
        headers.put("Vary", "Accept, Accept-Language");
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        return Collections.unmodifiableMap(headers);
    }
}
