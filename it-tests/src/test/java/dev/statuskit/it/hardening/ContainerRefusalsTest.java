package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.RawHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each container refuses or answers by itself, before or beside the servlet filter and the Jakarta REST
 * feature, with StatusKit's container error handler installed (the it-test servers install all of them):
 * sent on raw sockets, because clients refuse to send most of it. Each answer must be a problem with the
 * exact status, in the request's language when the container still read its headers (in the default
 * language and JSON when it had lost them), with no leak of the container (its name, an exception, a stack
 * frame) or of the request, correctly framed; and when the container could not parse the request, the
 * connection must close after the answer, so that nothing pipelined after it is answered.
 */
class ContainerRefusalsTest {

    /** The raw request of a case; every one asks for HTML in Japanese. */
    static byte[] request(URI base, String name) {
        String host = "Host: " + base.getHost() + ":" + base.getPort() + "\r\n";
        String head = "Accept: text/html\r\nAccept-Language: ja\r\n";
        String request = switch (name) {
            case "ambiguous-path" -> "GET /no/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\n" + host + head;
            case "encoded-backslash" -> "GET /no/%5C HTTP/1.1\r\n" + host + head;
            case "bad-escape" -> "GET /no/%zz HTTP/1.1\r\n" + host + head;
            case "bad-utf8-escape" -> "GET /no/%C0%AF HTTP/1.1\r\n" + host + head;
            case "raw-markup" -> "GET /no/<x-sk> HTTP/1.1\r\n" + host + head;
            case "uri-too-long" -> "GET /no/" + "a".repeat(70_000) + " HTTP/1.1\r\n" + host + head;
            case "headers-too-large" -> "GET /no/such HTTP/1.1\r\n" + host + head + "X-Big: " + "x".repeat(70_000) + "\r\n";
            case "version-2.5" -> "GET / HTTP/2.5\r\n" + host + head;
            case "version-9.9" -> "GET / HTTP/9.9\r\n" + host + head;
            case "transfer-encoding-gzip" -> "POST /no/such HTTP/1.1\r\n" + host + head + "Transfer-Encoding: gzip\r\n";
            case "body-too-large" -> "POST " + bodyPath(base) + " HTTP/1.1\r\n" + host + head + "Content-Type: text/plain\r\n"
                    + "Content-Length: " + (Servers.BODY_LIMIT * 2) + "\r\n";
            case "bad-host" -> "GET /no/such HTTP/1.1\r\nHost: exa mple\r\n" + head;
            case "two-hosts" -> "GET /no/such HTTP/1.1\r\n" + host + "Host: other\r\n" + head;
            case "not-found" -> "GET /no/such HTTP/1.1\r\n" + host + head;
            case "method-not-allowed" -> "DELETE / HTTP/1.1\r\n" + host + head;
            case "trace" -> "TRACE /no/such HTTP/1.1\r\n" + host + head + "Cookie: secret=s3cr3t\r\n";
            default -> throw new IllegalArgumentException(name);
        };
        return request.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where the body-too-large case posts: a servlet on the servlet containers; on Grizzly, which has none, a
     * Jersey resource.
     */
    static String bodyPath(URI base) {
        return Servers.kindAt(base).filter(kind -> kind == ServerKind.GRIZZLY).isPresent() ? "/api/purchase"
                : "/servlet/ok/x";
    }

    /** The answer to a case sent alone, with Connection: close. */
    static RawHttp.Answer send(URI base, String name) {
        String request = new String(request(base, name), StandardCharsets.UTF_8);
        return RawHttp.exchange(base, (request + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The statuses answered when the case is followed, on its connection, by a valid request: "400" or "404 404". */
    static String pipelined(URI base, String name) {
        String request = new String(request(base, name), StandardCharsets.UTF_8) + "\r\n";
        String next = "GET /no/after HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n";
        return RawHttp.statuses(RawHttp.conversation(base, (request + next).getBytes(StandardCharsets.UTF_8)));
    }

    static void check(ServerKind kind, String name, int status, boolean headersRead, boolean closes) {
        URI base = Servers.get(kind).base();
        RawHttp.Answer answer = send(base, name);
        String method = new String(request(base, name), StandardCharsets.UTF_8).split(" ", 2)[0];
        assertThat(answer.status()).as("status").isEqualTo(status);
        assertThat(Answers.checkAnyStatus(answer, method)).as("author").isEqualTo(Answers.Author.STATUSKIT);
        if (headersRead) {
            assertThat(answer.header("Content-Type")).isEqualTo(ProblemFormat.HTML.contentType());
            assertThat(answer.header("Content-Language")).isEqualTo("ja");
            assertThat(answer.text()).contains(Answers.CATALOG.http(status, Locale.JAPANESE).title());
        } else {
            assertThat(answer.header("Content-Type")).isEqualTo(ProblemFormat.JSON.contentType());
            assertThat(answer.header("Content-Language")).isEqualTo("en");
        }
        String all = answer.headers() + answer.latin1();
        for (String leak : List.of("jetty", "tomcat", "grizzly", "glassfish", "exception", "at org.", "s3cr3t", "passwd")) {
            assertThat(all.toLowerCase(Locale.ROOT)).as("leak").doesNotContain(leak);
        }
        assertThat(answer.header("Content-Length")).as("framing").isEqualTo(Integer.toString(answer.body().length));
        assertThat(pipelined(base, name)).as("answers on one connection")
                .isEqualTo(closes ? Integer.toString(status) : status + " 404");
    }

    /** Case, status, whether the container still read the headers, whether it closes the connection. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            ambiguous-path,         400, true,  true
            encoded-backslash,      400, true,  true
            bad-escape,             400, false, true
            bad-utf8-escape,        400, true,  true
            raw-markup,             400, true,  true
            uri-too-long,           414, false, true
            headers-too-large,      431, false, true
            version-2.5,            505, false, true
            version-9.9,            505, false, true
            transfer-encoding-gzip, 400, false, true
            body-too-large,         413, true,  true
            bad-host,               400, false, true
            two-hosts,              400, false, true
            not-found,              404, true,  false
            method-not-allowed,     405, true,  false
            trace,                  405, true,  false
            """)
    void jettyAnswersWhatItRefusesWithAProblem(String name, int status, boolean headersRead, boolean closes) {
        check(ServerKind.JETTY, name, status, headersRead, closes);
    }

    /**
     * Tomcat 11 with {@code StatusKitErrorReportValve}, as measured: it answers 400 where Jetty answers 414
     * and 431 (its request line and header section share one buffer, and overflowing it is a parse error),
     * 501 for {@code Transfer-Encoding: gzip}, and reads the headers of a request whose target it refuses
     * after the request line ({@code %zz}, {@code %2F}), so those answers are in the request's language; a
     * target it cannot even split from the request line (raw {@code <}, 64 KB) leaves it without headers. It
     * closes the connection after every refusal, and the valve says so ({@code Connection: close}; Tomcat
     * alone omits it after a 505). {@code body-too-large} is not here: see
     * {@link #tomcatHasNoBodyLimitOfItsOwnAndClosesTheConnectionAfterDiscardingAtMostTheSwallowLimit}.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            ambiguous-path,         400, true,  true
            encoded-backslash,      400, true,  true
            bad-escape,             400, true,  true
            bad-utf8-escape,        400, true,  true
            raw-markup,             400, false, true
            uri-too-long,           400, false, true
            headers-too-large,      400, true,  true
            version-2.5,            505, true,  true
            version-9.9,            505, true,  true
            transfer-encoding-gzip, 501, true,  true
            bad-host,               400, true,  true
            two-hosts,              400, true,  true
            not-found,              404, true,  false
            method-not-allowed,     405, true,  false
            trace,                  405, true,  false
            """)
    void tomcatAnswersWhatItRefusesWithAProblem(String name, int status, boolean headersRead, boolean closes) {
        check(ServerKind.TOMCAT, name, status, headersRead, closes);
    }

    /**
     * Tomcat has no limit on request bodies of its own (its {@code maxPostSize} bounds only form bodies that the
     * application parses into parameters), so the body-too-large case reaches the application: the GET-only
     * servlet's 405, a problem through the filter. As the declared body is larger than its {@code maxSwallowSize}
     * ({@link Servers#BODY_LIMIT}), Tomcat says {@code Connection: close}, then reads and discards up to that many
     * bytes (so that the client can read the answer before the close) and closes the connection once more
     * arrives. Nothing after the answer is answered: the bytes after it are body.
     */
    @Test
    void tomcatHasNoBodyLimitOfItsOwnAndClosesTheConnectionAfterDiscardingAtMostTheSwallowLimit() {
        URI base = Servers.get(ServerKind.TOMCAT).base();
        byte[] head = (new String(request(base, "body-too-large"), StandardCharsets.UTF_8) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bodyPart = ("GET /no/after HTTP/1.1\r\nHost: x\r\n\r\n".repeat(Servers.BODY_LIMIT / 32))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] sent = new byte[head.length + Servers.BODY_LIMIT + 1];
        System.arraycopy(head, 0, sent, 0, head.length);
        System.arraycopy(bodyPart, 0, sent, head.length, Math.min(bodyPart.length, Servers.BODY_LIMIT + 1));
        String answers = new String(RawHttp.conversation(base, sent).getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8);
        assertThat(RawHttp.statuses(answers)).as("answers on one connection").isEqualTo("405");
        assertThat(answers).contains("\r\nConnection: close\r\n").contains("\r\nContent-Language: ja\r\n")
                .contains("\r\nContent-Type: " + ProblemFormat.HTML.contentType() + "\r\n")
                .contains(Answers.CATALOG.http(405, Locale.JAPANESE).title());
        for (String leak : List.of("tomcat", "exception", "at org.")) {
            assertThat(answers.toLowerCase(Locale.ROOT)).as("leak").doesNotContain(leak);
        }
    }

    /**
     * Grizzly with {@code StatusKitGrizzly.install} and Jersey. What Grizzly's HTTP codec cannot parse (a
     * request target or header section over its limit, an unknown HTTP version) and what StatusKit's codec
     * refuses on top (a target that is no URI, a bad or second {@code Host}, a {@code Transfer-Encoding} not
     * ending in {@code chunked}) is answered below the {@code HttpServer}, then the connection closes; the 505
     * and the 400s come after Grizzly read the headers, so they are in the request's language and format.
     * Grizzly lets the rest through to Jersey, whose 404 the Jakarta REST feature answers: an encoded {@code /}
     * or {@code \}, a bad UTF-8 escape (all valid RFC 3986), and {@code DELETE /} (no resource there).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            ambiguous-path,         404, true,  false
            encoded-backslash,      404, true,  false
            bad-escape,             400, true,  true
            bad-utf8-escape,        404, true,  false
            raw-markup,             400, true,  true
            uri-too-long,           414, false, true
            headers-too-large,      431, false, true
            version-2.5,            505, true,  true
            version-9.9,            505, true,  true
            transfer-encoding-gzip, 400, true,  true
            body-too-large,         413, true,  true
            bad-host,               400, true,  true
            two-hosts,              400, true,  true
            not-found,              404, true,  false
            method-not-allowed,     404, true,  false
            trace,                  405, true,  false
            """)
    void grizzlyAnswersWhatItRefusesWithAProblem(String name, int status, boolean headersRead, boolean closes) {
        check(ServerKind.GRIZZLY, name, status, headersRead, closes);
    }
}
