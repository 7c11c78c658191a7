package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a {@link ProblemCustomizer} may change of an answer, what it may not, and how customizers chain. */
class ProblemCustomizerTest {
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final String NOT_FOUND_DETAIL = answer(ProblemResponder.builder().build(), 404)
            .problem().detail();

    private static ProblemRequest request(String method, String mode) {
        return ProblemRequest.of(method, "/orders/7", Map.of("X-Tenant", List.of("acme"), "X-Mode", List.of(mode)),
                null);
    }

    private static ErrorAnswer answer(ProblemResponder responder, int status) {
        return responder.answer(status, null, null, request("GET", "")).orElseThrow();
    }

    private static ProblemResponder responder(ProblemCustomizer customizer) {
        return ProblemResponder.builder().customizer(customizer).build();
    }

    private static JsonObject json(ErrorAnswer answer) {
        return JsonRendererTest.parse(answer.body());
    }

    /** The customizer under a readable name, for the log lines that name it. */
    private static ProblemCustomizer named(String name, ProblemCustomizer customizer) {
        return new ProblemCustomizer() {
            @Override
            public void customize(ProblemBuilder problem, ProblemRequest request) {
                customizer.customize(problem, request);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static final ProblemCustomizer TENANT = named("tenant",
            (problem, request) -> request.header("X-Tenant").ifPresent(t -> problem.with("tenant", t)));

    @Nested
    class Enriching {
        @Test
        void addsExtensionMembersFromTheRequest() {
            ErrorAnswer answer = answer(responder(TENANT), 404);

            assertThat(answer.problem().extensions()).containsExactly(Map.entry("tenant", "acme"));
            assertThat(json(answer).getString("tenant")).isEqualTo("acme");
            assertThat(answer.problem().title()).isEqualTo("Not Found");
        }

        @Test
        void setsTheInstance() {
            ErrorAnswer answer = answer(responder((problem, request) -> problem.instance(URI.create("urn:occurrence:7"))),
                    404);

            assertThat(answer.problem().instance()).isEqualTo(URI.create("urn:occurrence:7"));
            assertThat(json(answer).getString("instance")).isEqualTo("urn:occurrence:7");
        }

        @Test
        void replacesTheInstanceThatTheOptionsSet() {
            ProblemResponder responder = ProblemResponder.builder()
                    .options(ProblemOptions.builder().instance(true).build())
                    .customizer((problem, request) -> problem.instance(URI.create("urn:occurrence:7"))).build();

            assertThat(answer(responder, 404).problem().instance()).isEqualTo(URI.create("urn:occurrence:7"));
            assertThat(answer(ProblemResponder.create(ProblemOptions.builder().instance(true).build()), 404)
                    .problem().instance()).isEqualTo(URI.create("/orders/7"));
        }

        @Test
        void enrichesAProblemExceptionsOwnProblemToo() {
            Problem own = Problem.builder().status(422).title("Invalid order").with("field", "quantity").build();

            ErrorAnswer answer = responder(TENANT).answer(500, new ProblemException(own), null, request("GET", ""))
                    .orElseThrow();

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.problem().title()).isEqualTo("Invalid order");
            assertThat(answer.problem().extensions()).containsExactly(Map.entry("field", "quantity"),
                    Map.entry("tenant", "acme"));
        }

        @Test
        void enrichesTheProblemOfAnAnswerWithoutABody() {
            ErrorAnswer answer = responder(TENANT).answer(404, null, null, request("HEAD", "")).orElseThrow();

            assertThat(answer.hasBody()).isFalse();
            assertThat(answer.problem().extensions()).containsExactly(Map.entry("tenant", "acme"));
        }

        @Test
        void changesNothingByDefault() {
            ProblemResponder plain = ProblemResponder.builder().build();

            assertThat(plain.customizer()).isSameAs(ProblemCustomizer.none());
            assertThat(answer(plain, 404).problem()).isEqualTo(answer(responder(ProblemCustomizer.none()), 404).problem());
            assertThat(answer(plain, 404).problem().extensions()).isEmpty();
        }

        @Test
        void logsNothingWhenItKeepsTheRules() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                answer(responder(TENANT), 404);

                assertThat(log.records()).isEmpty();
            }
        }
    }

    @Nested
    class Faults {
        private final IllegalStateException failure = new IllegalStateException("tenant service down");

        /** Adds a member, then throws or changes decided members as the request's X-Mode says. */
        private final ProblemCustomizer faulty = named("faulty", (problem, request) -> {
            problem.with("tenant", "acme");
            switch (request.header("X-Mode").orElse("")) {
                case "throw" -> throw failure;
                case "change" -> problem.status(418).title("I'm a teapot").detail("Short and stout")
                        .type(URI.create("https://example.com/teapot")).instance(URI.create("/kettles/1"));
                case "error-id" -> problem.with(ProblemResponder.ERROR_ID, "mine");
                default -> { }
            }
        });

        private ErrorAnswer answer(ProblemResponder responder, int status, String mode) {
            return responder.answer(status, null, null, request("GET", mode)).orElseThrow();
        }

        @Test
        void aCustomizerThatThrowsIsSkippedAndReportedAtWarningOnce() {
            ProblemResponder responder = responder(faulty);
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ErrorAnswer first = answer(responder, 404, "throw");
                ErrorAnswer second = answer(responder, 404, "throw");

                for (ErrorAnswer answer : List.of(first, second)) {
                    assertThat(answer.status()).isEqualTo(404);
                    assertThat(answer.problem().extensions()).as("nothing of its change").isEmpty();
                    assertThat(json(answer).getString("title")).isEqualTo("Not Found");
                }
                List<LogRecord> records = log.records();
                assertThat(records).hasSize(2);
                assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
                assertThat(records.get(0).getMessage()).isEqualTo("ProblemCustomizer faulty threw"
                        + " java.lang.IllegalStateException; the answer goes out without its change;"
                        + " further such faults are logged at DEBUG");
                assertThat(records.get(0).getThrown()).isSameAs(failure);
                assertThat(records.get(1).getLevel()).isEqualTo(Level.FINE);
                assertThat(records.get(1).getMessage()).isEqualTo("ProblemCustomizer faulty threw"
                        + " java.lang.IllegalStateException; the answer goes out without its change");
                assertThat(records.get(1).getThrown()).isSameAs(failure);
            }
        }

        @Test
        void anInvalidMemberNameIsAFaultLikeAnyOther() {
            ProblemResponder responder = responder(named("careless", (problem, request) -> problem.with("bad name", 1)));
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ErrorAnswer answer = answer(responder, 400, "");

                assertThat(answer.problem().extensions()).isEmpty();
                assertThat(log.at(Level.WARNING)).singleElement().satisfies(record -> {
                    assertThat(record.getMessage()).startsWith("ProblemCustomizer careless threw java.lang.IllegalArgumentException;");
                    assertThat(record.getThrown()).isInstanceOf(IllegalArgumentException.class);
                });
            }
        }

        @Test
        void aCustomizerThatChangesDecidedMembersIsOverruledButKeepsItsAdditions() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ErrorAnswer answer = answer(responder(faulty), 404, "change");

                Problem problem = answer.problem();
                assertThat(answer.status()).isEqualTo(404);
                assertThat(problem.status()).isEqualTo(404);
                assertThat(problem.type()).isEqualTo(Problem.ABOUT_BLANK);
                assertThat(problem.title()).isEqualTo("Not Found");
                assertThat(problem.detail()).isEqualTo(NOT_FOUND_DETAIL);
                assertThat(problem.instance()).isEqualTo(URI.create("/kettles/1"));
                assertThat(problem.extensions()).containsExactly(Map.entry("tenant", "acme"));
                assertThat(json(answer).getInt("status")).isEqualTo(404);
                assertThat(log.records()).singleElement().satisfies(record -> {
                    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                    assertThat(record.getMessage()).isEqualTo("ProblemCustomizer faulty changed a decided member"
                            + " (status, type, title, detail or errorId); the answer goes out without its change;"
                            + " further such faults are logged at DEBUG");
                    assertThat(record.getThrown()).isNull();
                });
            }
        }

        @Test
        void aCustomizerCannotReplaceTheErrorIdOfA5xx() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ErrorAnswer answer = answer(responder(faulty), 503, "error-id");

                String errorId = json(answer).getString(ProblemResponder.ERROR_ID);
                assertThat(errorId).matches(UUID_PATTERN);
                assertThat(answer.problem().extensions()).containsExactly(Map.entry(ProblemResponder.ERROR_ID, errorId),
                        Map.entry("tenant", "acme"));
                assertThat(log.containing("errorId " + errorId + ": GET /orders/7 answered 503")).hasSize(1);
                assertThat(log.containing("changed a decided member")).hasSize(1);
            }
        }

        @Test
        void aCustomizerCannotGiveA4xxAnErrorId() {
            ErrorAnswer answer = answer(responder(faulty), 404, "error-id");

            assertThat(answer.problem().extensions()).containsExactly(Map.entry("tenant", "acme"));
            assertThat(json(answer).containsKey(ProblemResponder.ERROR_ID)).isFalse();
        }

        @Test
        void reportsEachKindOfFaultAtWarningOnceForEachResponder() {
            ProblemResponder responder = responder(faulty);
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                for (String mode : List.of("throw", "change", "throw", "change", "error-id")) {
                    answer(responder, 404, mode);
                }
                answer(responder(faulty), 404, "throw");

                assertThat(log.records()).extracting(LogRecord::getLevel).containsExactly(Level.WARNING,
                        Level.WARNING, Level.FINE, Level.FINE, Level.FINE, Level.WARNING);
            }
        }
    }

    @Nested
    class Chaining {
        private ProblemCustomizer adding(String name, String member, Object value, List<String> calls) {
            return named(name, (problem, request) -> {
                calls.add(name);
                problem.with(member, value);
            });
        }

        @Test
        void runsTheFirstThenTheOther() {
            List<String> calls = new ArrayList<>();
            ProblemCustomizer alpha = adding("alpha", "alpha", 1, calls);
            ProblemCustomizer beta = adding("beta", "beta", 2, calls);

            assertThat(answer(responder(alpha.andThen(beta)), 404).problem().extensions().keySet())
                    .containsExactly("alpha", "beta");
            assertThat(answer(responder(beta.andThen(alpha)), 404).problem().extensions().keySet())
                    .containsExactly("beta", "alpha");
            assertThat(calls).containsExactly("alpha", "beta", "beta", "alpha");
        }

        @Test
        void letsTheLaterOneReplaceAMemberTheEarlierAdded() {
            List<String> calls = new ArrayList<>();
            ProblemCustomizer first = adding("first", "tag", "first", calls);
            ProblemCustomizer second = adding("second", "tag", "second", calls);

            assertThat(answer(responder(first.andThen(second)), 404).problem().extensions())
                    .containsExactly(Map.entry("tag", "second"));
        }

        @Test
        void dropsTheWholeChainsChangeWhenOneOfItThrows() {
            List<String> calls = new ArrayList<>();
            ProblemCustomizer chain = adding("alpha", "alpha", 1, calls)
                    .andThen(named("broken", (problem, request) -> {
                        throw new IllegalStateException("broken");
                    }))
                    .andThen(adding("gamma", "gamma", 3, calls));

            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                assertThat(answer(responder(chain), 404).problem().extensions()).isEmpty();

                assertThat(calls).containsExactly("alpha");
                assertThat(log.at(Level.WARNING)).singleElement().satisfies(record -> assertThat(record.getMessage())
                        .startsWith("ProblemCustomizer alpha.andThen(broken).andThen(gamma) threw"));
            }
        }

        @Test
        void chainsWithTheTraceIdCustomizer() {
            ProblemResponder responder = responder(ProblemCustomizer.traceId().andThen(TENANT));
            ProblemRequest request = ProblemRequest.of("GET", "/", Map.of("X-Tenant", List.of("acme"),
                    "traceparent", List.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")), null);

            assertThat(responder.answer(404, null, null, request).orElseThrow().problem().extensions()).containsExactly(
                    Map.entry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"), Map.entry("tenant", "acme"));
        }

        @Test
        void isNamedAfterItsParts() {
            assertThat(ProblemCustomizer.traceId().andThen(TENANT)).hasToString("traceId().andThen(tenant)");
            assertThatThrownBy(() -> TENANT.andThen(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        }
    }
}
