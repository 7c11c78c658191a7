package dev.statuskit.it;

import static dev.statuskit.testing.HttpCalls.header;
import static dev.statuskit.testing.HttpCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.it.app.Secrets;
import dev.statuskit.it.app.TestServlets;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that go asynchronous: Jakarta REST's {@code @Suspended} and {@code CompletionStage} resources on every
 * server, and servlets that call {@code startAsync()} on the servlet containers. Every test server's servlets
 * support async processing, as an application that uses it declares.
 */
class AsyncAnswersTest {
    private static final String LANGUAGE = "de";

    static HttpResponse<byte[]> get(ServerKind kind, String path) {
        return HttpCalls.get(Servers.get(kind).uri(path), "application/json", LANGUAGE);
    }

    /** Asserts a localized problem of this status, and returns it. */
    static JsonObject assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualTo(ProblemAnswersTest.JSON);
        assertThat(header(response, "Content-Language")).isEqualTo(LANGUAGE);
        JsonObject problem = ProblemAnswersTest.json(response);
        LocalizedText expected = ProblemAnswersTest.CATALOG.http(status, Locale.forLanguageTag(LANGUAGE));
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isEqualTo(expected.title());
        assertThat(problem.getString("detail")).isEqualTo(expected.description());
        assertThat(text(response)).doesNotContain(Secrets.SECRET);
        return problem;
    }

    /** The servers whose container module is installed, which sees what the container answers itself. */
    static Stream<ServerKind> serversWithAContainerModule() {
        return ServerKind.servletContainers().filter(kind -> kind != ServerKind.RESTEASY);
    }

    /** The RESTEasy server, when this run has it: the filter alone, on Jetty. */
    static Stream<ServerKind> serversWithTheFilterAlone() {
        return ServerKind.servletContainers().filter(kind -> kind == ServerKind.RESTEASY);
    }

    @Nested
    class JakartaRest {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aSuspendedResponseThatTimesOutIsTheImplementationsOwn503AsAProblem(ServerKind kind) {
            assertProblem(get(kind, "api/async/timeout"), 503);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aResponseResumedWithANotFoundExceptionFromAnotherThreadIsA404Problem(ServerKind kind) {
            JsonObject problem = assertProblem(get(kind, "api/async/missing"), 404);
            assertThat(problem.containsKey("errorId")).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aStageThatFailsIsA500ProblemWithAnErrorIdAndNoMessage(ServerKind kind) {
            JsonObject problem = assertProblem(get(kind, "api/async/boom"), 500);
            assertThat(problem.getString("errorId")).matches("[0-9a-f-]{36}");
        }
    }

    @Nested
    class Servlets {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void aSendErrorInAnAsyncDispatchIsAProblem(ServerKind kind) {
            assertProblem(get(kind, "servlet/async/dispatch/send-error/410"), 410);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void anExceptionInAnAsyncDispatchIsA500LoggedWithThePathTheClientAskedFor(ServerKind kind) {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                JsonObject problem = assertProblem(get(kind, "servlet/async/dispatch/throw"), 500);
                String errorId = problem.getString("errorId");
                assertThat(log.at(Level.SEVERE)).extracting(record -> record.getMessage())
                        .contains("errorId " + errorId + ": GET /servlet/async/dispatch/throw answered 500 Internal Server Error");
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void aSuccessInAnAsyncDispatchPassesUntouched(ServerKind kind) {
            HttpResponse<byte[]> response = get(kind, "servlet/async/dispatch/ok/200");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).startsWith("application/json");
            assertThat(text(response)).isEqualTo("{\"ok\":true}");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void aTimeoutTheApplicationAnswersItselfKeepsItsAnswer(ServerKind kind) {
            HttpResponse<byte[]> response = get(kind, "servlet/async/timeout-handled");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(header(response, "Content-Type")).isEqualToIgnoringCase("text/plain;charset=utf-8");
            assertThat(text(response)).isEqualTo(TestServlets.Async.OWN_TIMEOUT_ANSWER);
        }

        @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
        @MethodSource("dev.statuskit.it.AsyncAnswersTest#serversWithAContainerModule")
        void aTimeoutNoListenerAnswersIsTheContainers500AsAProblem(ServerKind kind) {
            JsonObject problem = assertProblem(get(kind, "servlet/async/timeout"), 500);
            assertThat(problem.getString("errorId")).matches("[0-9a-f-]{36}");
        }

        @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
        @MethodSource("dev.statuskit.it.AsyncAnswersTest#serversWithAContainerModule")
        void aSendErrorOnTheContainersResponseAfterStartAsyncIsAProblem(ServerKind kind) {
            assertProblem(get(kind, "servlet/async/send-error/410"), 410);
        }

        /**
         * The RESTEasy server has the filter alone: no container module and no error page, as docs/http.md says. What
         * happens outside any dispatch then never reaches the filter, and Jetty answers it with its own page.
         */
        @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
        @MethodSource("dev.statuskit.it.AsyncAnswersTest#serversWithTheFilterAlone")
        void withTheFilterAloneJettyAnswersATimeoutAndALateSendErrorItself(ServerKind kind) {
            for (String path : new String[] {"servlet/async/timeout", "servlet/async/send-error/410"}) {
                HttpResponse<byte[]> response = get(kind, path);
                assertThat(header(response, "Content-Type")).as(path).isEqualTo("application/json");
                assertThat(text(response)).as(path).contains("\"message\":");
            }
        }
    }
}
