package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.internal.HeaderTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the best locale from an explicit supported set for an {@code Accept-Language} header
 * (RFC 9110 §12.5.4) or a list of preferred locales.
 *
 * <p>The ranges are read tolerantly: a malformed range or weight is skipped and the rest are still used,
 * so any string, however hostile, yields a locale and never an exception. (Unlike
 * {@link Locale.LanguageRange#parse(String)}, which throws on the first malformed range.) Work is bounded:
 * at most {@value #MAX_HEADER_CHARS} characters and {@value #MAX_RANGES} ranges are read.
 *
 * <p>Matching, in this order, over the ranges sorted by weight (ties keep header order):
 * <ol>
 *   <li>RFC 4647 §3.4 lookup: the range, then the range with its last subtag removed, and so on, is
 *       compared with the supported tags and these aliases: {@code zh}, {@code zh-Hans}, {@code zh-SG} to
 *       zh-CN; {@code zh-Hant}, {@code zh-HK}, {@code zh-MO} to zh-TW. So {@code de-AT} gives de and
 *       {@code es-419} gives es. A range that is a whole language also matches that language with a
 *       region, as RFC 4647 §3.3.1 basic filtering does: {@code pt} gives pt-BR. The withdrawn ISO 639 codes
 *       {@code iw}, {@code in} and {@code ji} are read as {@code he}, {@code id} and {@code yi}, so
 *       {@code iw-IL} gives he. No language stands in for another: {@code uk} never gives ru.</li>
 *   <li>The same language in another region, only when no range matched in step 1: {@code pt-PT} gives
 *       pt-BR.</li>
 *   <li>{@code *} gives the default locale.</li>
 * </ol>
 * A range with {@code q=0} excludes every supported locale it matches. When nothing matches,
 * {@link #negotiate(String)} answers with the default locale (or, if that was excluded, the first supported
 * locale that was not). Results for short headers are kept in a cache bounded at
 * {@value #CACHE_CAPACITY} entries by default.
 *
 * <p>Instances are thread-safe. Their supported set and default never change; the only state they hold is
 * that bounded cache of results, which changes no answer.
 */
@API(status = STABLE, since = "0.1")
public final class LocaleNegotiator {
    /** The most characters of a header that are read; the rest is ignored. */
    public static final int MAX_HEADER_CHARS = 8192;
    /** The most well-formed language ranges that are considered; later ones are ignored. */
    public static final int MAX_RANGES = 64;
    /** The default number of results kept in the cache; when it is full it is cleared. */
    public static final int CACHE_CAPACITY = 1024;
    /** Headers longer than this are negotiated every time rather than cached. */
    static final int MAX_CACHED_HEADER_CHARS = 256;


    private final List<Locale> supported;
    private final String[] supportedTags;
    private final Locale defaultLocale;
    private final int defaultIndex;
    private final Map<String, Integer> exact;
    /** The length of the longest tag or alias in {@link #exact}: no longer candidate can match. */
    private final int longestExact;
    private final Map<String, Integer> byLanguage;
    /** Per supported locale, the shared results "matched" and "fallen back to", so choosing allocates none. */
    private final Result[] matched;
    private final Result[] fellBack;
    private final ConcurrentHashMap<String, Result> cache = new ConcurrentHashMap<>();
    private final int cacheCapacity;

    private LocaleNegotiator(List<Locale> supported, Locale defaultLocale, int cacheCapacity) {
        this.cacheCapacity = cacheCapacity;
        this.supported = List.copyOf(supported);
        this.defaultLocale = defaultLocale;
        this.defaultIndex = this.supported.indexOf(defaultLocale);
        this.supportedTags = new String[this.supported.size()];
        Map<String, Integer> exactTags = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < this.supported.size(); i++) {
            String tag = lower(this.supported.get(i).toLanguageTag());
            supportedTags[i] = tag;
            exactTags.putIfAbsent(tag, i);
            languages.putIfAbsent(primary(tag), i);
        }
        Integer simplified = exactTags.get("zh-cn");
        if (simplified != null) {
            for (String alias : new String[] {"zh", "zh-hans", "zh-sg", "zh-hans-cn", "zh-hans-sg"}) {
                exactTags.putIfAbsent(alias, simplified);
            }
        }
        Integer traditional = exactTags.get("zh-tw");
        if (traditional != null) {
            for (String alias : new String[] {"zh-hant", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk", "zh-hant-mo"}) {
                exactTags.putIfAbsent(alias, traditional);
            }
        }
        this.exact = Map.copyOf(exactTags);
        this.longestExact = exactTags.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.byLanguage = Map.copyOf(languages);
        this.matched = new Result[this.supported.size()];
        this.fellBack = new Result[this.supported.size()];
        for (int i = 0; i < matched.length; i++) {
            matched[i] = new Result(this.supported.get(i), true);
            fellBack[i] = new Result(this.supported.get(i), false);
        }
    }

    /** A chosen locale and whether a range matched it (rather than the fallback). */
    private static final class Result {
        final Locale locale;
        final boolean matched;

        Result(Locale locale, boolean matched) {
            this.locale = locale;
            this.matched = matched;
        }
    }

    /**
     * A negotiator for a supported set.
     *
     * @param supported the supported locales, in the order that breaks ties; not empty
     * @param defaultLocale the answer when nothing matches; must be one of {@code supported}
     * @throws IllegalArgumentException if the set is empty, holds the root locale, or lacks the default
     */
    public static LocaleNegotiator of(List<Locale> supported, Locale defaultLocale) {
        return of(supported, defaultLocale, CACHE_CAPACITY);
    }

    /**
     * A negotiator with a cache of another size; 0 turns the cache off.
     *
     * @throws IllegalArgumentException as {@link #of(List, Locale)}, or if the capacity is negative
     */
    public static LocaleNegotiator of(List<Locale> supported, Locale defaultLocale, int cacheCapacity) {
        if (cacheCapacity < 0) {
            throw new IllegalArgumentException("The cache capacity must be 0 or more, not " + cacheCapacity);
        }
        Objects.requireNonNull(supported, "supported");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("The supported locale set must not be empty");
        }
        if (supported.contains(Locale.ROOT)) {
            throw new IllegalArgumentException("The root locale cannot be a supported locale; name a language");
        }
        if (!supported.contains(defaultLocale)) {
            throw new IllegalArgumentException("The default locale " + defaultLocale.toLanguageTag()
                    + " is not in the supported set " + supported);
        }
        return new LocaleNegotiator(supported, defaultLocale, cacheCapacity);
    }

    /** The supported locales, in tie-breaking order. */
    public List<Locale> supportedLocales() {
        return supported;
    }

    /** The locale used when nothing else matches. */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /**
     * The best supported locale for an {@code Accept-Language} value; the default for null, empty or
     * unusable input. Never throws.
     */
    public Locale negotiate(@Nullable String acceptLanguage) {
        return cachedChoice(acceptLanguage).locale;
    }

    /**
     * The best supported locale for an {@code Accept-Language} value, or empty when no range in it matches
     * a supported locale (so a caller can tell "asked for Finnish" from "asked for English").
     */
    public Optional<Locale> match(@Nullable String acceptLanguage) {
        Result result = cachedChoice(acceptLanguage);
        return result.matched ? Optional.of(result.locale) : Optional.empty();
    }

    /**
     * The best supported locale for locales in preference order, as servlet's
     * {@code ServletRequest.getLocales()} and JAX-RS's {@code HttpHeaders.getAcceptableLanguages()} give them.
     */
    public Locale negotiate(@Nullable List<? extends @Nullable Locale> preferred) {
        if (preferred == null || preferred.isEmpty()) {
            return defaultLocale;
        }
        Ranges ranges = new Ranges(Math.min(preferred.size(), MAX_RANGES));
        for (Locale locale : preferred) {
            if (ranges.size == MAX_RANGES) {
                break;
            }
            if (locale != null && !locale.getLanguage().isEmpty()) {
                ranges.add(lower(locale.toLanguageTag()), QValue.MAX);
            }
        }
        return choose(ranges).locale;
    }

    private Result cachedChoice(@Nullable String header) {
        if (header == null || header.isEmpty()) {
            return fellBack[defaultIndex];
        }
        if (header.length() > MAX_CACHED_HEADER_CHARS || cacheCapacity == 0) {
            return choose(parse(header));
        }
        Result cached = cache.get(header);
        if (cached != null) {
            return cached;
        }
        Result result = choose(parse(header));
        if (cache.size() >= cacheCapacity) {
            cache.clear();
        }
        cache.put(header, result);
        return result;
    }

    /**
     * How many results the cache holds now: never more than the capacity it was made with, whatever clients
     * send. For monitoring, and for tests of the bound.
     */
    public int cachedResults() {
        return cache.size();
    }

    private Result choose(Ranges ranges) {
        ranges.sortByWeight();
        boolean[] excluded = new boolean[supported.size()];
        boolean star = false;
        for (int r = 0; r < ranges.size; r++) {
            String range = ranges.tags[r];
            if (ranges.weights[r] > 0) {
                star |= range.equals("*");
                continue;
            }
            if (range.equals("*")) {
                continue;
            }
            Integer alias = exact.get(range);
            if (alias != null) {
                excluded[alias] = true;
            }
            for (int i = 0; i < supportedTags.length; i++) {
                String tag = supportedTags[i];
                if (tag.equals(range) || (tag.startsWith(range) && tag.charAt(range.length()) == '-')) {
                    excluded[i] = true;
                }
            }
        }
        // 1. RFC 4647 lookup, with the Chinese aliases.
        for (int r = 0; r < ranges.size; r++) {
            if (ranges.weights[r] == 0 || ranges.tags[r].equals("*")) {
                continue;
            }
            // Truncation by end index: a candidate longer than every supported tag is skipped without being
            // made, so a range of thousands of subtags costs one backward scan, not a string per subtag.
            String range = ranges.tags[r];
            for (int end = range.length(); end > 0; end = truncate(range, end)) {
                if (end > longestExact) {
                    continue;
                }
                Integer index = exact.get(end == range.length() ? range : range.substring(0, end));
                if (index != null && !excluded[index]) {
                    return matched[index];
                }
            }
            // A range names a language the supported set holds only with a region: "pt" accepts pt-BR.
            String prefix = ranges.tags[r] + '-';
            for (int i = 0; i < supportedTags.length; i++) {
                if (!excluded[i] && supportedTags[i].startsWith(prefix)) {
                    return matched[i];
                }
            }
        }
        // 2. The same language in another region.
        for (int r = 0; r < ranges.size; r++) {
            if (ranges.weights[r] == 0 || ranges.tags[r].equals("*")) {
                continue;
            }
            Integer index = byLanguage.get(primary(ranges.tags[r]));
            if (index != null && !excluded[index]) {
                return matched[index];
            }
        }
        // 3. Any language ("*"), or nothing matched: the default, unless a q=0 range excluded it.
        int chosen = defaultIndex;
        if (excluded[chosen]) {
            for (int i = 0; i < excluded.length; i++) {
                if (!excluded[i]) {
                    chosen = i;
                    break;
                }
            }
        }
        return star ? matched[chosen] : fellBack[chosen];
    }



    /**
     * RFC 4647 §3.4 on the prefix {@code tag[0, end)}: the end of the prefix without its last subtag, and
     * without a single-character subtag left before it; 0 when there is no shorter prefix.
     */
    static int truncate(String tag, int end) {
        int dash = tag.lastIndexOf('-', end - 1);
        if (dash < 0) {
            return 0;
        }
        int previous = tag.lastIndexOf('-', dash - 1);
        if (previous >= 0 && previous == dash - 2) {
            return previous;
        }
        return dash;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Tolerant reader of {@code #( language-range [ weight ] )}, through the one header tokenizer
     * ({@link HeaderTokens}): at most {@value #MAX_HEADER_CHARS} characters in one forward pass, each read a
     * bounded number of times, and at most {@value #MAX_RANGES} well-formed ranges. (A {@code CharSequence}
     * so that a test can count the reads.)
     */
    static Ranges parse(CharSequence header) {
        Ranges ranges = new Ranges(8);
        HeaderTokens.read(header, MAX_HEADER_CHARS, MAX_RANGES, (s, from, to, weight) -> {
            if (!isLanguageRange(s, from, to)) {
                return false;
            }
            ranges.add(modernLanguage(lower(s.subSequence(from, to).toString())), weight);
            return true;
        });
        return ranges;
    }

    /**
     * A lower-case range with a withdrawn ISO 639 language code replaced by today's, as {@link Locale} does
     * for a language tag: {@code iw-il} is {@code he-il}, {@code in} is {@code id}, {@code ji} is {@code yi}.
     */
    static String modernLanguage(String range) {
        if (range.length() < 2 || (range.length() > 2 && range.charAt(2) != '-')) {
            return range;
        }
        char first = range.charAt(0);
        char second = range.charAt(1);
        String modern = first == 'i' && second == 'w' ? "he"
                : first == 'i' && second == 'n' ? "id"
                : first == 'j' && second == 'i' ? "yi"
                : null;
        return modern == null ? range : modern + range.substring(2);
    }

    /** {@code language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"} (RFC 4647 §2.1). */
    private static boolean isLanguageRange(CharSequence s, int from, int to) {
        if (to - from == 1 && s.charAt(from) == '*') {
            return true;
        }
        int subtagLength = 0;
        boolean firstSubtag = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (subtagLength == 0) {
                    return false;
                }
                subtagLength = 0;
                firstSubtag = false;
            } else if (isAlpha(c) || (!firstSubtag && c >= '0' && c <= '9')) {
                if (++subtagLength > 8) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return subtagLength > 0;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Parsed ranges and their weights in thousandths. */
    static final class Ranges {
        String[] tags;
        int[] weights;
        int size;

        Ranges(int capacity) {
            tags = new String[Math.max(capacity, 1)];
            weights = new int[tags.length];
        }

        void add(String tag, int weight) {
            if (size == tags.length) {
                tags = java.util.Arrays.copyOf(tags, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            tags[size] = tag;
            weights[size] = weight;
            size++;
        }

        /** Stable insertion sort by descending weight; at most {@value LocaleNegotiator#MAX_RANGES} elements. */
        void sortByWeight() {
            for (int i = 1; i < size; i++) {
                String tag = tags[i];
                int weight = weights[i];
                int j = i - 1;
                while (j >= 0 && weights[j] < weight) {
                    tags[j + 1] = tags[j];
                    weights[j + 1] = weights[j];
                    j--;
                }
                tags[j + 1] = tag;
                weights[j + 1] = weight;
            }
        }

        List<String> tags() {
            List<String> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(tags[i]);
            }
            return list;
        }
    }
}
