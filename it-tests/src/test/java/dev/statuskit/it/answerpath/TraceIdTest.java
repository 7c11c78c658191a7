package dev.statuskit.it.answerpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ProblemCustomizer.traceId()} on Jetty, Tomcat and Jersey on Grizzly, through the servlet filter and
 * the Jakarta REST feature: a valid W3C {@code traceparent} gives the problem a {@code traceId}; a malformed
 * one gives none, and its text is never echoed.
 */
class TraceIdTest {
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** Paths answered by the filter (servlet containers) and by the Jakarta REST feature (all three). */
    static List<String> paths(ServerKind kind) {
        return kind.isServletContainer()
                ? List.of("servlet/send-error/409", "api/wae/404", "api/boom", "no/such/path")
                : List.of("api/wae/404", "api/boom", "api/items/9");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#available")
    void aValidTraceparentPutsItsTraceIdIntoEveryProblem(ServerKind kind) {
        for (String path : paths(kind)) {
            HttpResponse<String> response = HttpCalls.send(Servers.get(kind).base(), "GET", path,
                    "Accept", "application/problem+json", "traceparent", TRACEPARENT);
            JsonObject problem = HttpCalls.json(response);
            assertThat(response.statusCode()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(problem.getString("traceId")).as(path).isEqualTo(TRACE_ID);
            assertThat(problem.getInt("status")).as(path).isEqualTo(response.statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#available")
    void aMalformedTraceparentAddsNothingAndIsNeverEchoed(ServerKind kind) {
        List<String> malformed = List.of("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x",
                "00-<x-sk>f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        for (String path : paths(kind)) {
            for (String value : malformed) {
                for (String accept : List.of("application/problem+json", "text/html", "application/problem+xml", "text/plain")) {
                    HttpResponse<String> response = HttpCalls.send(Servers.get(kind).base(), "GET", path,
                            "Accept", accept, "traceparent", value);
                    assertThat(response.statusCode()).as(path).isGreaterThanOrEqualTo(400);
                    assertThat(response.body()).as("%s %s %s", path, accept, value)
                            .doesNotContain("traceId").doesNotContain(value.substring(3, 35));
                }
            }
        }
    }
}
