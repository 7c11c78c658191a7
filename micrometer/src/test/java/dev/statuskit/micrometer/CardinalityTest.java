package dev.statuskit.micrometer;

import static dev.statuskit.micrometer.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.websocket.CloseClassifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whatever clients send, the number of series stays within a bound computed from the closed tag sets: hostile
 * statuses, languages, formats and close codes, then every legitimate combination, counted in a
 * {@link SimpleMeterRegistry}.
 */
class CardinalityTest {
    static final long SEED = 0x5EED_16L;
    static final int[] EXTREMES = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -65536, -1001, -1, 0, 1, 99, 600, 999,
            1000, 1004, 1016, 2999, 3999, 4999, 5000, 65535, 65536, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final Random random = new Random(SEED);

    @Test
    void problemSeriesStayWithinStatusesTimesFormatsTimesSupportedLocales() {
        ProblemResponder responder = ProblemResponder.builder()
                .localeResolver(LocaleResolver.queryParameter("lang"))
                .listener(StatusKitMetrics.problems(registry))
                .build();
        List<String> supported = responder.catalog().supportedLocales().stream().map(Locale::toLanguageTag).toList();
        int statuses = HttpStatusRegistry.MAX_CODE - HttpStatusRegistry.MIN_CODE + 1;
        int bound = statuses * ProblemFormat.values().length * supported.size();
        assertThat(bound).isEqualTo(500 * 4 * 20);

        // Hostile: statuses of every kind, a fresh junk language, format and Accept value per request.
        List<Integer> hostileStatuses = new ArrayList<>();
        for (int status = -1000; status <= 2000; status++) {
            hostileStatuses.add(status);
        }
        Arrays.stream(EXTREMES).forEach(hostileStatuses::add);
        random.ints(2000).forEach(hostileStatuses::add);
        for (int i = 0; i < hostileStatuses.size(); i++) {
            responder.answer(hostileStatuses.get(i), null, null, request(i % 3 == 0 ? "HEAD" : "GET",
                    "lang=" + junk(i) + "&format=" + junk(i + 1),
                    "Accept-Language", junk(i + 2) + ";q=0.9, " + junk(i + 3), "Accept", junk(i + 4) + "/" + junk(i)));
        }
        assertThat(series()).hasSizeLessThanOrEqualTo(bound);
        assertThat(series()).hasSizeGreaterThan(100);  // in-range statuses were answered, in a fallback language
        assertTagsAreInTheirClosedSets(supported);

        // Every legitimate combination: exactly the bound, and nothing more.
        for (int status = HttpStatusRegistry.MIN_CODE; status <= HttpStatusRegistry.MAX_CODE; status++) {
            for (ProblemFormat format : ProblemFormat.values()) {
                for (String tag : supported) {
                    responder.answer(status, null, null, request("HEAD",
                            "format=" + format.name().toLowerCase(Locale.ROOT) + "&lang=" + tag));
                }
            }
        }
        assertThat(series()).hasSize(bound);
        assertTagsAreInTheirClosedSets(supported);
    }

    @Test
    void everyIntMapsToOneOfTheTwentyThreeCodeTags() {
        Set<String> tags = new HashSet<>();
        for (int code = -1_000_000; code <= 1_000_000; code++) {
            tags.add(StatusKitMetrics.closeCodeTag(code));
        }
        Arrays.stream(EXTREMES).forEach(code -> tags.add(StatusKitMetrics.closeCodeTag(code)));
        random.ints(1_000_000).forEach(code -> tags.add(StatusKitMetrics.closeCodeTag(code)));
        assertThat(tags).containsExactlyInAnyOrderElementsOf(StatusKitMetrics.closeCodeTags()).hasSize(23);
    }

    @Test
    void closeSeriesStayWithinFiveEventsTimesTheCodeTagsPlusTheTwoReasonEvents() {
        CloseMeters closes = StatusKitMetrics.closes(registry);
        CloseClassifier classifier = CloseClassifier.standard();
        List<Integer> codes = new ArrayList<>();
        for (int code = -2000; code <= 7000; code++) {
            codes.add(code);
        }
        Arrays.stream(EXTREMES).forEach(codes::add);
        random.ints(2000).forEach(codes::add);
        Locale[] locales = {Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("xx-YY"), Locale.ROOT};
        RuntimeException failure = new RuntimeException("test");
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            String reason = i % 10 == 0 ? junk(i) : "bye";
            closes.closeSent(code, reason);
            closes.codeSubstituted(code, 1011, reason);
            closes.closeRefused(code, "refused");
            closes.closeFailed(code, failure);
            closes.closeReceived(classifier.classify(code, locales[i % locales.length]), reason);
            if (i % 100 == 0) {
                closes.reasonTruncated(junk(i), junk(i + 1));
                closes.reasonRepaired(junk(i), junk(i + 1));
            }
        }

        List<Meter> series = registry.find(StatusKitMetrics.CLOSES).meters().stream().toList();
        assertThat(series).hasSize(CloseMeters.MAX_SERIES);
        Set<String> codeTags = new HashSet<>(StatusKitMetrics.closeCodeTags());
        codeTags.add(CloseMeters.UNKNOWN);
        Set<String> categories = Arrays.stream(CloseCodeCategory.values()).map(CloseCodeCategory::id)
                .collect(Collectors.toCollection(HashSet::new));
        categories.add(CloseMeters.UNKNOWN);
        double total = 0;
        for (Meter meter : series) {
            assertThat(meter.getId().getTag(StatusKitMetrics.CODE)).isIn(codeTags);
            assertThat(meter.getId().getTag(StatusKitMetrics.CATEGORY)).isIn(categories);
            assertThat(meter.getId().getTag(StatusKitMetrics.DIRECTION)).isIn(CloseMeters.SENT, CloseMeters.RECEIVED);
            assertThat(meter.getId().getTag(StatusKitMetrics.OUTCOME)).isIn(CloseMeters.SENT, CloseMeters.RECEIVED,
                    CloseMeters.SUBSTITUTED, CloseMeters.REFUSED, CloseMeters.FAILED, CloseMeters.TRUNCATED,
                    CloseMeters.REPAIRED);
            total += ((Counter) meter).count();
        }
        int reasonEvents = 2 * ((codes.size() + 99) / 100);
        assertThat(total).isEqualTo(5.0 * codes.size() + reasonEvents);
    }

    private List<Meter> series() {
        return registry.find(StatusKitMetrics.PROBLEMS).meters().stream().toList();
    }

    private void assertTagsAreInTheirClosedSets(List<String> supported) {
        for (Meter meter : series()) {
            int status = Integer.parseInt(meter.getId().getTag(StatusKitMetrics.STATUS));
            assertThat(status).isBetween(100, 599);
            assertThat(meter.getId().getTag(StatusKitMetrics.STATUS_CLASS)).isEqualTo(status / 100 + "xx");
            assertThat(meter.getId().getTag(StatusKitMetrics.FORMAT)).isIn("json", "html", "xml", "text");
            assertThat(meter.getId().getTag(StatusKitMetrics.LOCALE)).isIn(supported);
        }
    }

    /** A value no server expects: a fresh one for every {@code i}, some of them long, some of them markup. */
    private String junk(int i) {
        switch (i % 6) {
            case 0: return "x" + i + "-" + Integer.toHexString(random.nextInt());
            case 1: return "<script>" + i;
            case 2: return "zz-" + "Q".repeat(1 + random.nextInt(300));
            case 3: return "de-x-" + i;
            case 4: return "%00%ff" + i;
            default: return random.ints(8, 0x20, 0x3000)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }
}
