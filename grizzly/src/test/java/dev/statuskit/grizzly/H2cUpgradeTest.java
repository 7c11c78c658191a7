package dev.statuskit.grizzly;

import static dev.statuskit.testing.RawHttp.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.testing.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http2.Http2AddOn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request asking for {@code Upgrade: h2c}, as the JDK {@code HttpClient} sends its first cleartext request by
 * default, on a bare Grizzly {@code HttpServer} with StatusKit installed: answered as HTTP/1.1 with its media type.
 * With Grizzly's HTTP/2 add-on the upgrade still happens.
 */
class H2cUpgradeTest {
    /** The header lines the JDK client adds to ask for h2c (RFC 7540 §3.2), with its own settings. */
    static final String ASK_FOR_H2C = "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
            + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n";

    static HttpServer server(boolean http2) throws IOException {
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("h2c-" + http2, "127.0.0.1", 0);
        if (http2) {
            listener.registerAddOn(new Http2AddOn());
        }
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(TestHandlers.ok(), "/ok");
        server.getServerConfiguration().addHttpHandler(TestHandlers.bodyLength(), "/read");
        StatusKitGrizzly.install(server, ProblemResponder.builder().build());
        server.start();
        return server;
    }

    static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }

    static HttpResponse<String> jdkDefaultClientGet(URI uri) throws Exception {
        // A new client: its first request on a new connection is the one that asks for h2c.
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept-Language", "fr")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class WithoutHttp2 {
        static HttpServer server;

        @BeforeAll
        static void start() throws IOException {
            server = server(false);
        }

        @AfterAll
        static void stop() {
            server.shutdownNow();
        }

        String ask(String requestLineAndHeaders) {
            return RawHttp.conversation(base(server).getPort(), requestLineAndHeaders);
        }

        @Test
        void aProblemAnsweredToARequestAskingForH2cKeepsItsMediaTypeAndLanguage() {
            String answer = ask("GET /none HTTP/1.1\r\nHost: x\r\n" + ASK_FOR_H2C + "Accept-Language: fr\r\n\r\n");

            assertThat(statuses(answer)).isEqualTo("404");
            assertThat(answer).startsWith("HTTP/1.1 404").contains("\r\nContent-Type: application/problem+json\r\n")
                    .contains("\r\nContent-Language: fr\r\n").contains("\"status\":404").doesNotContain("101");
        }

        @Test
        void anApplicationsAnswerToARequestAskingForH2cKeepsItsContentType() {
            String answer = ask("GET /ok HTTP/1.1\r\nHost: x\r\n" + ASK_FOR_H2C + "\r\n");

            assertThat(statuses(answer)).isEqualTo("200");
            assertThat(answer).contains("\r\nContent-Type: text/plain;charset=").endsWith("\r\n\r\nok");
        }

        @Test
        void theChunkedBodyOfARequestAskingForH2cIsDecoded() {
            String answer = ask("POST /read HTTP/1.1\r\nHost: x\r\n" + ASK_FOR_H2C
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");

            assertThat(statuses(answer)).isEqualTo("200");
            assertThat(answer).endsWith("\r\n\r\n11");
        }

        @Test
        void theJdkClientsDefaultFirstRequestGetsHttp11WithTheProblemsMediaType() throws Exception {
            HttpResponse<String> answer = jdkDefaultClientGet(base(server).resolve("/none"));

            assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Content-Language")).hasValue("fr");
        }
    }

    @Nested
    class WithGrizzlysHttp2AddOn {
        static HttpServer server;

        @BeforeAll
        static void start() throws IOException {
            server = server(true);
        }

        @AfterAll
        static void stop() {
            server.shutdownNow();
        }

        @Test
        void theJdkClientsFirstRequestIsStillUpgradedToHttp2() throws Exception {
            HttpResponse<String> answer = jdkDefaultClientGet(base(server).resolve("/ok"));

            assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("ok");
        }

        @Test
        void aProblemAfterTheUpgradeKeepsItsMediaTypeAndLanguage() throws Exception {
            HttpResponse<String> answer = jdkDefaultClientGet(base(server).resolve("/none"));

            assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Content-Language")).hasValue("fr");
        }
    }

    @Nested
    class WhatCountsAsAskingForH2cAlone {
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"h2c", "H2C", " h2c ", "h2c, h2c"})
        void h2cInAnyCaseAndAsEveryElementIs(String upgrade) {
            assertThat(RequestSyntax.isH2cOnly(upgrade)).isTrue();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @CsvSource(delimiter = '|', value = {"websocket", "h2c, websocket", "websocket, h2c", "h2", "h2c,", "' '"})
        void anythingElseIsNot(String upgrade) {
            assertThat(RequestSyntax.isH2cOnly(upgrade)).isFalse();
        }
    }
}
