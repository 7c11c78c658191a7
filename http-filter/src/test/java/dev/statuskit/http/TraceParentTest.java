package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The W3C Trace Context {@code traceparent} header, and the customizer that answers with its trace id. */
class TraceParentTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";
    /** The example of Trace Context Level 1, §3.2. */
    private static final String EXAMPLE = "00-" + TRACE_ID + "-" + PARENT_ID + "-01";

    @Nested
    class Parsing {
        @Test
        void readsTheTraceIdOfTheSpecificationsExample() {
            assertThat(TraceParent.traceId(EXAMPLE)).contains(TRACE_ID);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {
            "00-" + TRACE_ID + "-" + PARENT_ID + "-00",
            "00-" + TRACE_ID + "-" + PARENT_ID + "-ff",
            " 00-" + TRACE_ID + "-" + PARENT_ID + "-01\t",
            "01-" + TRACE_ID + "-" + PARENT_ID + "-01",
            "01-" + TRACE_ID + "-" + PARENT_ID + "-01-extra",
            "01-" + TRACE_ID + "-" + PARENT_ID + "-01-",
            "fe-" + TRACE_ID + "-" + PARENT_ID + "-09-what-comes-later",
            "00-00000000000000000000000000000001-" + PARENT_ID + "-01",
            "00-" + TRACE_ID + "-0000000000000001-01",
        })
        void acceptsAValidHeaderOfThisOrALaterVersion(String header) {
            assertThat(TraceParent.traceId(header)).contains(header.strip().substring(3, 35));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "version ff                      | ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "uppercase trace id              | 00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "uppercase parent id             | 00-4bf92f3577b34da6a3ce929d0e0e4736-00F067AA0BA902B7-01",
            "uppercase version               | 0A-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "uppercase flags                 | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0A",
            "all-zero trace id               | 00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "all-zero parent id              | 00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "version 00 one longer           | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-011",
            "version 00 with more            | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "one shorter                     | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",
            "trace id one shorter            | 00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "later version, no dash          | 01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",
            "first dash missing              | 00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "second dash missing             | 00-4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7-01",
            "third dash missing              | 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7_01",
            "no dashes                       | 004bf92f3577b34da6a3ce929d0e0e473600f067aa0ba902b701xxx",
            "not hex                         | 00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
            "a sign where a digit goes       | 00-+bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "full-width digit                | 00-\uff14bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "a single digit version          | 0-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "empty                           | ''",
        })
        void ignoresAnInvalidHeader(String what, String header) {
            assertThat(TraceParent.traceId(header)).isEmpty();
        }

        /** Trace Context Level 1, §3.2.2 and §4.3, as regular expressions. */
        private final Pattern valid = Pattern.compile(
                "(?s)(?:00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}"
                        + "|(?!00|ff)[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}(?:-.*)?)");

        @Test
        void agreesWithTheSpecificationOnMutatedHeaders() {
            Gen<String> mutated = random -> {
                char[] header = (Gen.of("00", "01", "ff", "0f").next(random) + EXAMPLE.substring(2)
                        + Gen.of("", "", "-", "-x", "x", "0").next(random)).toCharArray();
                int mutations = random.nextInt(3);
                for (int i = 0; i < mutations; i++) {
                    header[random.nextInt(header.length)] = "0fA-g_ ".charAt(random.nextInt(7));
                }
                return new String(header);
            };
            RandomCases.check(3000, mutated, header -> assertThat(TraceParent.traceId(header).isPresent())
                    .isEqualTo(valid.matcher(header.strip()).matches()));
        }

        @Test
        void neverThrowsOnAnyText() {
            RandomCases.check(2000, Gen.oneOf(Gen.anyUtf16(80), Gen.chars("0af-", 70)),
                    header -> assertThat(TraceParent.traceId(header)).isNotNull());
        }
    }

    @Nested
    class Customizer {
        private final ProblemResponder responder = ProblemResponder.builder()
                .customizer(ProblemCustomizer.traceId()).build();

        private ErrorAnswer answer(int status, String traceparent, ProblemFormat format) {
            return responder.answer(status, null, null, ProblemRequest.of("GET", "/x",
                    Map.of("traceparent", List.of(traceparent), "Accept", List.of(format.mediaType())), null))
                    .orElseThrow();
        }

        private JsonObject json(ErrorAnswer answer) {
            return JsonRendererTest.parse(answer.body());
        }

        @Test
        void addsTheTraceIdOfAValidHeader() {
            ErrorAnswer answer = answer(404, EXAMPLE, ProblemFormat.JSON);

            assertThat(json(answer).getString("traceId")).isEqualTo(TRACE_ID);
            assertThat(answer.problem().extensions()).containsExactly(Map.entry(ProblemCustomizer.TRACE_ID, TRACE_ID));
        }

        @Test
        void addsItAfterTheErrorIdOfA5xx() {
            ErrorAnswer answer = answer(503, EXAMPLE, ProblemFormat.JSON);

            assertThat(json(answer).keySet()).containsExactly("type", "title", "status", "detail", "errorId", "traceId");
            assertThat(json(answer).getString("traceId")).isEqualTo(TRACE_ID);
        }

        @ParameterizedTest
        @EnumSource(ProblemFormat.class)
        void showsTheTraceIdInEveryFormat(ProblemFormat format) {
            assertThat(new String(answer(404, EXAMPLE, format).body(), StandardCharsets.UTF_8)).contains(TRACE_ID);
        }

        @Test
        void findsTheHeaderWhateverItsCase() {
            ErrorAnswer answer = responder.answer(404, null, null, ProblemRequest.of("GET", "/x",
                    Map.of("TraceParent", List.of(EXAMPLE)), null)).orElseThrow();

            assertThat(json(answer).getString("traceId")).isEqualTo(TRACE_ID);
        }

        @Test
        void addsNothingWithoutTheHeader() {
            ErrorAnswer answer = responder.answer(404, null, null, ProblemRequest.of("GET", "/x", Map.of(), null))
                    .orElseThrow();

            assertThat(answer.problem().extensions()).isEmpty();
            assertThat(json(answer).containsKey("traceId")).isFalse();
        }

        @Test
        void addsNothingForAMalformedHeader() {
            ErrorAnswer answer = answer(404, "00-" + TRACE_ID.toUpperCase(java.util.Locale.ROOT) + "-" + PARENT_ID + "-01",
                    ProblemFormat.JSON);

            assertThat(answer.problem().extensions()).isEmpty();
            assertThat(json(answer).containsKey("traceId")).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(ProblemFormat.class)
        void neverEchoesAMalformedHeaderInAnyFormat(ProblemFormat format) {
            List<String> malformed = List.of(
                    "00-" + "deadbeefcafe" + "<script>alert(1)</script>" + "-" + PARENT_ID + "-01",
                    "00-7e57deadbeef7e57deadbeef7e57dea-" + PARENT_ID + "-01",
                    "00-7e57deadbeef7e57deadbeef7e57deaD-" + PARENT_ID + "-01",
                    "00-7e57deadbeef7e57deadbeef7e57deab-" + PARENT_ID + "-01-7e57",
                    "ff-7e57deadbeef7e57deadbeef7e57deab-" + PARENT_ID + "-01");
            for (String header : malformed) {
                // A 404: a 5xx body's random errorId could hold any hex by chance.
                String body = new String(answer(404, header, format).body(), StandardCharsets.UTF_8);

                assertThat(body).as(header).doesNotContain("deadbeef", "7e57", "script", PARENT_ID).contains("404");
            }
        }

        @Test
        void isOneSharedCustomizerNamedAsItIsMade() {
            assertThat(ProblemCustomizer.traceId()).isSameAs(ProblemCustomizer.traceId()).hasToString("traceId()");
            assertThat(ProblemCustomizer.none()).hasToString("none()");
        }
    }
}
