package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.LogCapture;
import dev.statuskit.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameters the container cannot decode, as scanners and broken clients send them every day: a malformed or
 * truncated percent escape, or escapes that are no UTF-8, in the query of a servlet that calls
 * {@code getParameter}, or in a form it reads. Jetty and Tomcat throw an exception with their own 400 into the
 * servlet; the answer is that 400 as a localized problem, with no error id, nothing logged at ERROR and nothing
 * of the parameter echoed (it was a 500 with an error id until ContainerStatuses).
 */
class ParameterParsingTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();

    static Stream<Arguments> serversAndQueries() {
        return ServerKind.servletContainers().flatMap(kind -> Stream.of("name=%zz&price=1", "name=a%&price=1",
                "name=%C0%AF&price=1", "name=%FF%FE&price=1").map(query -> Arguments.of(kind, query)));
    }

    /** Bodies every container refuses (Tomcat decodes a form's bytes that are no UTF-8 into U+FFFD, and reads it). */
    static Stream<Arguments> serversAndForms() {
        return ServerKind.servletContainers().flatMap(kind -> Stream.of("text=%zz", "text=a%")
                .map(body -> Arguments.of(kind, body)));
    }

    /** {@code POST /servlet/form/} with this urlencoded body as it is, on a raw socket, asking for JSON in this language. */
    static RawHttp.Answer postForm(ServerKind kind, String language, String body) {
        String request = "POST /servlet/form/ HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nAccept-Language: "
                + language + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body;
        return RawHttp.exchange(Servers.get(kind).base(), request.getBytes(StandardCharsets.US_ASCII));
    }

    static void assertLocalized400(RawHttp.Answer answer, String language) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("Content-Language")).isEqualTo(language);
        LocalizedText expected = CATALOG.http(400, Locale.forLanguageTag(language));
        assertThat(answer.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"" + expected.title() + "\",\"status\":400,"
                + "\"detail\":\"" + expected.description() + "\"}");
    }

    static void assertNothingAtErrorFor(LogCapture log, String path) {
        assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .extracting(LogRecord::getMessage).noneMatch(message -> message.contains(path));
    }

    @ParameterizedTest(name = "{0} ?{1}")
    @MethodSource("serversAndQueries")
    void aQueryTheContainerCannotDecodeIsALocalized400(ServerKind kind, String query) {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            RawHttp.Answer answer = RawHttp.send(Servers.get(kind).base(), "GET", "/servlet/validate/?" + query,
                    Map.of("Accept", "application/json", "Accept-Language", "de"));
            assertLocalized400(answer, "de");
            assertNothingAtErrorFor(log, "/servlet/validate/");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndForms")
    void aFormTheContainerCannotDecodeIsALocalized400(ServerKind kind, String body) {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            RawHttp.Answer answer = postForm(kind, "ja", body);
            assertLocalized400(answer, "ja");
            assertNothingAtErrorFor(log, "/servlet/form/");
        }
    }

    /**
     * A form of 1,101 keys, over both containers' default limits (Jetty's {@code maxFormKeys} and Tomcat's
     * {@code maxParameterCount}, 1,000 each): Jetty answers 413, Tomcat 400.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void aFormOfMoreKeysThanTheContainerReadsIsItsClientError(ServerKind kind) {
        StringBuilder body = new StringBuilder("text=a");
        for (int i = 0; i < 1100; i++) {
            body.append("&k").append(i).append("=v");
        }
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            RawHttp.Answer answer = postForm(kind, "ko", body.toString());
            int status = kind == ServerKind.TOMCAT ? 400 : 413;
            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(answer.text()).contains("\"title\":\"" + CATALOG.http(status, Locale.KOREAN).title() + "\"")
                    .doesNotContain("errorId");
            assertNothingAtErrorFor(log, "/servlet/form/");
        }
    }
}
