package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.LogCapture;
import dev.statuskit.testing.RawHttp;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statuses an application should not set, on Jetty 12, Tomcat 11 and (for Jakarta REST) Grizzly, read with a
 * raw client that accepts any status line.
 */
class OddStatusesTest {

    static RawHttp.Answer get(ServerKind kind, String path) {
        return RawHttp.send(Servers.get(kind).base(), "GET", "/" + path, Map.of("Accept-Language", "de"));
    }

    static Stream<Arguments> servletCalls(List<Integer> codes) {
        return Stream.of(ServerKind.JETTY, ServerKind.TOMCAT).flatMap(kind -> Stream.of("send-error", "set-status")
                .flatMap(call -> codes.stream().map(code -> Arguments.of(kind, call, code))));
    }

    static Stream<Arguments> jaxRsCalls(List<Integer> codes) {
        return ServerKind.available().stream().flatMap(kind -> Stream.of("status", "wae")
                .flatMap(call -> codes.stream().map(code -> Arguments.of(kind, call, code))));
    }

    @Nested
    class UnassignedCodes {
        static Stream<Arguments> servletErrors() {
            return Stream.concat(servletCalls(List.of(499, 599)),
                    Stream.of(ServerKind.JETTY, ServerKind.TOMCAT).map(kind -> Arguments.of(kind, "send-error", 299)));
        }

        @ParameterizedTest(name = "{0} {1}({2})")
        @MethodSource("servletErrors")
        void aServletErrorWithAnUnassignedCodeGetsItsClassTitle(ServerKind kind, String call, int code) {
            RawHttp.Answer answer = get(kind, "servlet/" + call + "/" + code);
            assertThat(answer.status()).isEqualTo(code);
            Answers.checkAnyStatus(answer, "GET");
            JsonObject problem = Answers.json(answer.body());
            assertThat(problem.getInt("status")).isEqualTo(code);
            assertThat(problem.getString("title")).isEqualTo(switch (code / 100) {
                case 2 -> "Erfolg";
                case 4 -> "Clientfehler";
                default -> "Serverfehler";
            });
        }

        static Stream<Arguments> jaxRsErrors() {
            return jaxRsCalls(List.of(499, 599));
        }

        @ParameterizedTest(name = "{0} {1}/{2}")
        @MethodSource("jaxRsErrors")
        void aJaxRsErrorWithAnUnassignedCodeGetsItsClassTitle(ServerKind kind, String call, int code) {
            RawHttp.Answer answer = get(kind, "api/" + call + "/" + code);
            assertThat(answer.status()).isEqualTo(code);
            Answers.checkAnyStatus(answer, "GET");
            assertThat(Answers.json(answer.body()).getString("title")).isEqualTo(code == 499 ? "Clientfehler" : "Serverfehler");
        }

        static Stream<Arguments> setSuccess() {
            return Stream.of(ServerKind.JETTY, ServerKind.TOMCAT).map(kind -> Arguments.of(kind, 299));
        }

        @ParameterizedTest(name = "{0} setStatus({1})")
        @MethodSource("setSuccess")
        void anUnassignedSuccessStatusPassesThroughUntouched(ServerKind kind, int code) {
            RawHttp.Answer answer = get(kind, "servlet/set-status/" + code);
            assertThat(answer.status()).isEqualTo(code);
            assertThat(answer.header("Content-Language")).isEmpty();
            assertThat(answer.body()).isEmpty();
        }
    }

    @Nested
    class CodesThatAreNoHttpStatus {
        static Stream<Arguments> servletInvalid() {
            return servletCalls(List.of(0, 99, -1, 1000));
        }

        @ParameterizedTest(name = "{0} {1}({2})")
        @MethodSource("servletInvalid")
        void aServletStatusThatIsNotThreeDigitsIsA500WithALogLine(ServerKind kind, String call, int code) {
            String path = "servlet/" + call + "/" + code;
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                RawHttp.Answer answer = get(kind, path);
                assertThat(answer.status()).isEqualTo(500);
                Answers.checkAnyStatus(answer, "GET");
                JsonObject problem = Answers.json(answer.body());
                assertThat(problem.getString("title")).isEqualTo("Interner Serverfehler");
                String errorId = problem.getString("errorId");
                List<LogRecord> lines = log.containing("errorId " + errorId);
                assertThat(lines).singleElement().satisfies(line -> {
                    assertThat(line.getLevel()).isEqualTo(Level.SEVERE);
                    assertThat(line.getMessage()).isEqualTo("errorId " + errorId + ": GET /" + path
                            + " answered 500 Internal Server Error");
                    assertThat(line.getThrown()).hasMessage((call.equals("send-error") ? "sendError" : "setStatus")
                            + "(" + code + "): " + code + " is not a three-digit HTTP status and cannot be sent;"
                            + " StatusKit answers 500 instead");
                });
            }
        }

        static Stream<Arguments> jaxRsInvalid() {
            return jaxRsCalls(List.of(0, 99, 1000));
        }

        @ParameterizedTest(name = "{0} {1}/{2}")
        @MethodSource("jaxRsInvalid")
        void aJaxRsStatusThatIsNotThreeDigitsIsA500(ServerKind kind, String call, int code) {
            RawHttp.Answer answer = get(kind, "api/" + call + "/" + code);
            assertThat(answer.status()).isEqualTo(500);
            Answers.checkAnyStatus(answer, "GET");
            assertThat(Answers.json(answer.body()).getString("errorId")).isNotBlank();
        }

        static Stream<Arguments> servletBeyond599() {
            return servletCalls(List.of(600, 999));
        }

        @ParameterizedTest(name = "{0} {1}({2})")
        @MethodSource("servletBeyond599")
        void aThreeDigitStatusBeyond599PassesThroughWithoutAProblem(ServerKind kind, String call, int code) {
            RawHttp.Answer answer = get(kind, "servlet/" + call + "/" + code);
            assertThat(answer.status()).isEqualTo(code);
            assertThat(Answers.format(answer)).isEmpty();
            Answers.checkAnyStatus(answer, "GET");
        }
    }

    @Nested
    class StatusesWithoutContent {
        static Stream<Arguments> servletNoContent() {
            return servletCalls(List.of(204, 304));
        }

        @ParameterizedTest(name = "{0} {1}({2})")
        @MethodSource("servletNoContent")
        void noContentAndNotModifiedNeverGetABody(ServerKind kind, String call, int code) {
            RawHttp.Answer answer = get(kind, "servlet/" + call + "/" + code);
            assertThat(answer.status()).isEqualTo(code);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.header("Content-Type")).isEmpty();
            if (code == 204) {
                // RFC 9110 §8.6: a server must not send Content-Length in a 204.
                assertThat(answer.headers()).doesNotContainKey("content-length");
            }
        }

        static Stream<Arguments> jaxRsNoContent() {
            return jaxRsCalls(List.of(204, 304));
        }

        @ParameterizedTest(name = "{0} {1}/{2}")
        @MethodSource("jaxRsNoContent")
        void jaxRsNoContentAndNotModifiedNeverGetABody(ServerKind kind, String call, int code) {
            RawHttp.Answer answer = get(kind, "api/" + call + "/" + code);
            assertThat(answer.status()).isEqualTo(code);
            assertThat(answer.body()).isEmpty();
            if (code == 204) {
                assertThat(answer.headers()).doesNotContainKey("content-length");
            }
        }
    }
}
