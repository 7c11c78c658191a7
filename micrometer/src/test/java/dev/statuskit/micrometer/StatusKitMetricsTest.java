package dev.statuskit.micrometer;

import static dev.statuskit.micrometer.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.http.ProblemException;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.Problem;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.websocket.CloseClassifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both meters on a {@link SimpleMeterRegistry}: names, tags and counts, exactly. */
class StatusKitMetricsTest {
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** Every series of a meter, as "tag=value,..." (tags sorted by key) to its count. */
    static Map<String, Double> series(SimpleMeterRegistry registry, String name) {
        Map<String, Double> series = new TreeMap<>();
        for (Meter meter : registry.find(name).meters()) {
            String tags = meter.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                    .collect(Collectors.joining(","));
            series.put(tags, ((Counter) meter).count());
        }
        return series;
    }

    @Nested
    class Problems {
        @Test
        void countsEveryAnswerByStatusClassFormatAndLocale() {
            ProblemResponder responder = ProblemResponder.builder().listener(StatusKitMetrics.problems(registry)).build();

            responder.answer(404, null, null, request("GET", null, "Accept-Language", "ja"));
            responder.answer(404, null, null, request("GET", null, "Accept-Language", "ja;q=0.9, xx"));
            responder.answer(500, new IllegalStateException("secret"), null,
                    request("GET", null, "Accept", "text/html", "Accept-Language", "de-AT"));
            responder.answer(503, null, null, request("GET", "format=xml", "Accept-Language", "zh-HK"));
            responder.answer(405, null, null, request("GET", null, "Accept", "text/plain"));
            responder.answer(400, new ProblemException(Problem.builder().status(422).build()), null,
                    request("POST", null, "Accept-Language", "uk"));
            responder.answer(304, null, null, request("HEAD", null));
            responder.answer(600, null, null, request("GET", null, "Accept-Language", "ja"));   // no answer: passes through
            responder.answer(-1, null, null, request("GET", null));

            assertThat(series(registry, StatusKitMetrics.PROBLEMS)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "format=json,locale=ja,status=404,status_class=4xx", 2.0,
                    "format=html,locale=de,status=500,status_class=5xx", 1.0,
                    "format=xml,locale=zh-TW,status=503,status_class=5xx", 1.0,
                    "format=text,locale=en,status=405,status_class=4xx", 1.0,
                    "format=json,locale=uk,status=422,status_class=4xx", 1.0,
                    "format=json,locale=en,status=304,status_class=3xx", 1.0));
        }

        @Test
        void isAPlainCounterWithADescription() {
            ProblemResponder responder = ProblemResponder.builder().listener(StatusKitMetrics.problems(registry)).build();
            responder.answer(418, null, null, request("GET", null));
            Counter counter = registry.get(StatusKitMetrics.PROBLEMS).tag(StatusKitMetrics.STATUS, "418").counter();
            assertThat(counter.count()).isEqualTo(1.0);
            assertThat(counter.getId().getDescription()).contains("Problem answers");
        }

        @Test
        void chainsWithOtherListeners() {
            AtomicInteger other = new AtomicInteger();
            ProblemResponder responder = ProblemResponder.builder()
                    .listener(StatusKitMetrics.problems(registry).andThen((answer, request) -> other.incrementAndGet()))
                    .build();
            responder.answer(404, null, null, request("GET", null));
            assertThat(other).hasValue(1);
            assertThat(registry.get(StatusKitMetrics.PROBLEMS).counter().count()).isEqualTo(1.0);
        }

        @Test
        void saysWhatItIs() {
            assertThat(StatusKitMetrics.problems(registry)).hasToString("StatusKitMetrics.problems(SimpleMeterRegistry)");
            assertThatThrownBy(() -> StatusKitMetrics.problems(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Closes {
        final CloseMeters closes = StatusKitMetrics.closes(registry);
        final CloseClassifier classifier = CloseClassifier.standard();

        @Test
        void countsEachEventWithItsDirectionOutcomeCodeAndCategory() {
            closes.closeSent(1000, "bye");
            closes.closeSent(4001, "done");
            closes.closeSent(4002, "done");
            closes.codeSubstituted(1005, 1011, "rule");
            closes.closeSent(1011, "x");
            closes.closeRefused(2500, "refused");
            closes.closeRefused(-7, "refused");
            closes.reasonTruncated("long", "lo");
            closes.reasonRepaired("\ud800", "\ufffd");
            closes.closeFailed(3000, new RuntimeException("gone"));
            closes.closeReceived(classifier.classify(1006, Locale.ENGLISH), "");
            closes.closeReceived(classifier.classify(3500, Locale.JAPANESE), "");
            closes.closeReceived(classifier.classify(70_000, Locale.ENGLISH), "");

            assertThat(series(registry, StatusKitMetrics.CLOSES)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry("category=standard,code=1000,direction=sent,outcome=sent", 1.0),
                    Map.entry("category=private,code=4000-4999,direction=sent,outcome=sent", 2.0),
                    Map.entry("category=never-sent,code=1005,direction=sent,outcome=substituted", 1.0),
                    Map.entry("category=standard,code=1011,direction=sent,outcome=sent", 1.0),
                    Map.entry("category=reserved,code=1016-2999,direction=sent,outcome=refused", 1.0),
                    Map.entry("category=invalid,code=invalid,direction=sent,outcome=refused", 1.0),
                    Map.entry("category=unknown,code=unknown,direction=sent,outcome=truncated", 1.0),
                    Map.entry("category=unknown,code=unknown,direction=sent,outcome=repaired", 1.0),
                    Map.entry("category=library,code=3000,direction=sent,outcome=failed", 1.0),
                    Map.entry("category=never-sent,code=1006,direction=received,outcome=received", 1.0),
                    Map.entry("category=library,code=3000-3999,direction=received,outcome=received", 1.0),
                    Map.entry("category=invalid,code=invalid,direction=received,outcome=received", 1.0)));
        }

        @Test
        void saysWhatItIs() {
            assertThat(closes).hasToString("StatusKitMetrics.closes(SimpleMeterRegistry)");
            assertThatThrownBy(() -> StatusKitMetrics.closes(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class CloseCodeTags {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "-2147483648, invalid", "-1, invalid", "0, invalid", "999, invalid",
            "1000, 1000", "1004, 1004", "1005, 1005", "1006, 1006", "1014, 1014", "1015, 1015",
            "1016, 1016-2999", "2999, 1016-2999",
            "3000, 3000", "3001, 3000-3999", "3003, 3003", "3008, 3008", "3999, 3000-3999",
            "4000, 4000-4999", "4001, 4000-4999", "4999, 4000-4999",
            "5000, invalid", "65535, invalid", "2147483647, invalid",
        })
        void registeredCodesByNumberTheRestByRange(int code, String tag) {
            assertThat(StatusKitMetrics.closeCodeTag(code)).isEqualTo(tag);
        }

        @Test
        void theClosedSetIsTheRegisteredCodesTheThreeRangesAndInvalid() {
            List<String> tags = StatusKitMetrics.closeCodeTags();
            assertThat(tags).hasSize(CloseCodeRegistry.registered().size() + 4).hasSize(23).doesNotHaveDuplicates();
            assertThat(tags).endsWith(StatusKitMetrics.RESERVED_RANGE, StatusKitMetrics.LIBRARY_RANGE,
                    StatusKitMetrics.PRIVATE_RANGE, StatusKitMetrics.INVALID);
            HashSet<String> seen = new HashSet<>();
            for (int code = -1000; code <= 6000; code++) {
                seen.add(StatusKitMetrics.closeCodeTag(code));
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(tags);
            assertThatThrownBy(() -> tags.add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void theBoundIsFiveCodeCarryingEventsTimesTheCodeTagsPlusTheTwoReasonEvents() {
            assertThat(CloseMeters.MAX_SERIES).isEqualTo(5 * StatusKitMetrics.closeCodeTags().size() + 2);
        }
    }
}
