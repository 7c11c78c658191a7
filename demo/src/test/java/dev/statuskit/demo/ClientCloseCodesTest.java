package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.demo.DemoServer.Container;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each container's WebSocket answers to a close frame from the client, over a raw socket (the JDK client
 * sends only 1000 and 3000-4999): the IANA-registered 1012-1014 are echoed by Jetty but refused with 1002
 * (protocol error) by Tomcat and by Tyrus. DemoServer's javadoc tabulates it.
 */
class ClientCloseCodesTest {
    static final Map<Container, DemoServer> DEMOS = new EnumMap<>(Container.class);

    @BeforeAll
    static void start() throws Exception {
        DEMOS.putAll(EveryContainerDemos.start());
    }

    @AfterAll
    static void stop() {
        EveryContainerDemos.close(DEMOS);
    }

    @ParameterizedTest(name = "{0} answers a client''s close {1} with {2}")
    @CsvSource({
        "JETTY, 1000, 1000", "JETTY, 1012, 1012", "JETTY, 1013, 1013", "JETTY, 1014, 1014", "JETTY, 1015, 1002", "JETTY, 4000, 4000",
        "TOMCAT, 1000, 1000", "TOMCAT, 1012, 1002", "TOMCAT, 1013, 1002", "TOMCAT, 1014, 1002", "TOMCAT, 1015, 1002", "TOMCAT, 4000, 4000",
        "GRIZZLY, 1000, 1000", "GRIZZLY, 1012, 1002", "GRIZZLY, 1013, 1002", "GRIZZLY, 1014, 1002", "GRIZZLY, 1015, 1002", "GRIZZLY, 4000, 4000",
    })
    void eachContainerAnswersAClientsCloseCodeAsMeasured(Container container, int sent, int answered) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", DEMOS.get(container).port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            String key = Base64.getEncoder().encodeToString("statuskit-demo-16".substring(0, 16).getBytes(StandardCharsets.US_ASCII));
            out.write(("GET /ws/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(readHead(in)).startsWith("HTTP/1.1 101");

            byte[] payload = {(byte) (sent >> 8), (byte) sent, 'b', 'y', 'e'};
            byte[] mask = {1, 2, 3, 4};
            out.write(new byte[] {(byte) 0x88, (byte) (0x80 | payload.length)});
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
            out.flush();

            int opcode = in.readUnsignedByte() & 0x0f;
            int length = in.readUnsignedByte() & 0x7f;
            byte[] answer = new byte[length];
            in.readFully(answer);
            assertThat(opcode).as("a close frame").isEqualTo(8);
            assertThat(((answer[0] & 0xff) << 8) | (answer[1] & 0xff)).isEqualTo(answered);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed during the handshake: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
