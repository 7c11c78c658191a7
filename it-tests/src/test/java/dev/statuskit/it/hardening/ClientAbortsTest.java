package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.LogCapture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A client that announces a body of 100,000 bytes, sends 11 and stops sending (a half-closed socket), as a client
 * that crashes or loses its network mid-upload does, while the application reads the body: a servlet reading its
 * input stream, one reading a form, and a Jakarta REST resource reading JSON. Whatever reaches the client is never
 * a 5xx, and StatusKit logs nothing at WARNING or above for it: no error id for a fault that is nobody's, and no
 * stack trace for a client that went away.
 */
class ClientAbortsTest {
    private static final int ANNOUNCED = 100_000;
    private static final String SENT = "{\"name\": 12";

    static Stream<Arguments> serversAndReaders() {
        return ServerKind.available().stream().flatMap(kind -> Stream.concat(
                kind.isServletContainer()
                        ? Stream.of(Arguments.of(kind, "/servlet/read-body/", "application/octet-stream"),
                            Arguments.of(kind, "/servlet/form/", "application/x-www-form-urlencoded"))
                        : Stream.empty(),
                Stream.of(Arguments.of(kind, "/api/validated/items", "application/json"))));
    }

    /** What the server answered before it closed, or an empty string if it answered nothing. */
    static String postTruncated(URI base, String path, String contentType) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: application/json\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + ANNOUNCED + "\r\n\r\n" + SENT)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (SocketException reset) {
                return "";
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndReaders")
    void aClientThatStopsMidBodyGetsNo5xxAndLeavesNoWarning(ServerKind kind, String path, String contentType) throws Exception {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            String answer = postTruncated(Servers.get(kind).base(), path, contentType);
            if (!answer.isEmpty()) {
                assertThat(answer).startsWith("HTTP/1.1 400 ");
                assertThat(answer).contains("Content-Type: application/problem+json");
            }
            // Let the server finish with the request (its error handling runs after the answer).
            Thread.sleep(300);
            assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                    .extracting(LogRecord::getMessage)
                    .noneMatch(message -> message.contains(path));
        }
    }
}
