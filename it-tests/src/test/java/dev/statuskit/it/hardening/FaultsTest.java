package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.LogCapture;
import dev.statuskit.testing.RawHttp;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Failures inside the application where the filter and the Jakarta REST feature both stand. */
class FaultsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void anExceptionSeenByTheMapperAndTheFilterIsRenderedAndLoggedOnce(ServerKind kind) {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            RawHttp.Answer answer = RawHttp.send(Servers.get(kind).base(), "GET", "/api/boom", Map.of("Accept-Language", "ko"));
            assertThat(answer.status()).isEqualTo(500);
            assertThat(Answers.checkAnyStatus(answer, "GET")).isEqualTo(Answers.Author.STATUSKIT);
            JsonObject problem = Answers.json(answer.body());
            String errorId = problem.getString("errorId");
            assertThat(answer.text().split("\"errorId\"", -1)).as("one errorId member").hasSize(2);
            assertThat(log.containing("errorId ")).filteredOn(r -> r.getMessage().contains("/api/boom"))
                    .singleElement().satisfies(r -> assertThat(r.getMessage()).startsWith("errorId " + errorId + ": "));
        }
    }
}
