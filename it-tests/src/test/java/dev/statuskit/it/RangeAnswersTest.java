package dev.statuskit.it;

import static dev.statuskit.testing.HttpCalls.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.it.app.TestServlets;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A range beyond the end of a representation: RFC 9110 §14.4 asks a 416 to carry {@code Content-Range} with the
 * representation's length ({@code bytes *}{@code /47022}), so that the client can ask again. The header describes
 * the representation, not the body the problem replaces, so it stays with the problem, as {@code Allow} does on a 405.
 */
class RangeAnswersTest {
    static final String UNSATISFIED = "bytes */" + TestServlets.RANGE_LENGTH;

    static HttpResponse<byte[]> get(ServerKind kind, String path) {
        HttpRequest request = HttpRequest.newBuilder(Servers.get(kind).uri(path)).header("Range", "bytes=99999-")
                .header("Accept", "application/json").header("Accept-Language", "fr").build();
        return HttpCalls.call(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static void assertLocalized416WithItsContentRange(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(header(response, "Content-Range")).isEqualTo(UNSATISFIED);
        assertThat(header(response, "Content-Type")).isEqualTo(ProblemAnswersTest.JSON);
        assertThat(response.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(response.body().length);
        JsonObject problem = ProblemAnswersTest.json(response);
        LocalizedText expected = ProblemAnswersTest.CATALOG.http(416, Locale.FRENCH);
        assertThat(problem.getInt("status")).isEqualTo(416);
        assertThat(problem.getString("title")).isEqualTo(expected.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void aServletsSendErrorOf416KeepsItsContentRange(ServerKind kind) {
        assertLocalized416WithItsContentRange(get(kind, "servlet/range-not-satisfiable/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#available")
    void aJakartaRest416KeepsItsContentRange(ServerKind kind) {
        assertLocalized416WithItsContentRange(get(kind, "api/range-not-satisfiable"));
    }

    /** Tomcat, when this run has it: its DefaultServlet serves a file (the Jetty servers map none at "/"). */
    static Stream<ServerKind> tomcat() {
        return ServerKind.available().stream().filter(kind -> kind == ServerKind.TOMCAT);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("tomcat")
    void tomcatsDefaultServletAnswersARangeBeyondAFilesEndSo(ServerKind kind) {
        HttpResponse<byte[]> whole = HttpCalls.get(Servers.get(kind).uri(Servers.STATIC_FILE), "*/*", "fr");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).hasSize(TestServlets.RANGE_LENGTH);
        assertLocalized416WithItsContentRange(get(kind, Servers.STATIC_FILE));
    }
}
