package dev.statuskit.it.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.demo.DemoServer;
import dev.statuskit.websocket.fixtures.RawWebSocket;
import dev.statuskit.websocket.fixtures.RawWebSocket.Frame;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Autobahn|Testsuite section 7 close cases, sent by a raw socket to the demo's {@code /ws/echo}
 * (Jetty 12 ee11 with the StatusKit decorator). Each test name carries its Autobahn case id.
 */
class AutobahnCloseCasesTest {
    static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        demo.close();
    }

    static RawWebSocket connect() throws Exception {
        return RawWebSocket.connect(URI.create(demo.baseUrl().replace("http://", "ws://") + "ws/echo"));
    }

    static byte[] closePayload(int code, byte[] reason) {
        byte[] payload = Arrays.copyOf(new byte[] {(byte) (code >> 8), (byte) code}, 2 + reason.length);
        System.arraycopy(reason, 0, payload, 2, reason.length);
        return payload;
    }

    @Nested
    class ClosePayloads {
        @Test
        void case7_3_1_anEmptyCloseIsAnsweredWithACloseAndTheConnectionEnds() throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendFrame(RawWebSocket.CLOSE, new byte[0]);
                Frame close = ws.awaitClose();
                assertThat(close).isNotNull();
                assertThat(close.closeCode()).isIn(RawWebSocket.NO_CODE, 1000);
                assertThat(ws.awaitEndOfStream()).isTrue();
            }
        }

        @Test
        void case7_3_2_aOneBytePayloadIsAProtocolError() throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendFrame(RawWebSocket.CLOSE, new byte[] {0x03});
                assertThat(ws.awaitCloseCode()).isIn(1002, RawWebSocket.NO_CLOSE_FRAME);
                assertThat(ws.awaitEndOfStream()).isTrue();
            }
        }

        @Test
        void case7_3_3_aCodeWithoutReasonIsEchoed() throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendClose(1000, "");
                assertThat(ws.awaitCloseCode()).isEqualTo(1000);
            }
        }

        @Test
        void case7_3_4_aCodeWithAReasonIsEchoed() throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendClose(1000, "Hello World!");
                assertThat(ws.awaitCloseCode()).isEqualTo(1000);
            }
        }

        @Test
        void case7_3_5_aReasonOfTheMaximum123BytesIsAccepted() throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendClose(1000, "*".repeat(123));
                assertThat(ws.awaitCloseCode()).isEqualTo(1000);
            }
        }

        @Test
        void case7_3_6_aReasonOf124BytesMakesTheFrameTooLongAndIsAProtocolError() throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendFrame(RawWebSocket.CLOSE, closePayload(1000, "*".repeat(124).getBytes(StandardCharsets.US_ASCII)));
                assertThat(ws.awaitCloseCode()).isIn(1002, RawWebSocket.NO_CLOSE_FRAME);
                assertThat(ws.awaitEndOfStream()).isTrue();
            }
        }

        @Test
        void case7_5_1_aReasonThatIsNotUtf8IsRejected() throws Exception {
            byte[] invalid = {(byte) 0xCE, (byte) 0xBA, (byte) 0xE1, (byte) 0xBD, (byte) 0xB9, (byte) 0xCF, (byte) 0x83,
                (byte) 0xCE, (byte) 0xBC, (byte) 0xCE, (byte) 0xB5, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x65, 0x64,
                0x69, 0x74, 0x65, 0x64};
            try (RawWebSocket ws = connect()) {
                ws.sendFrame(RawWebSocket.CLOSE, closePayload(1000, invalid));
                assertThat(ws.awaitCloseCode()).isIn(1007, 1002, RawWebSocket.NO_CLOSE_FRAME);
                assertThat(ws.awaitEndOfStream()).isTrue();
            }
        }
    }

    @Nested
    class ValidCodes {
        @ParameterizedTest(name = "Autobahn {0}: close {1} is echoed")
        @CsvSource({
            "7.7.1, 1000", "7.7.2, 1001", "7.7.3, 1002", "7.7.4, 1003", "7.7.5, 1007", "7.7.6, 1008",
            "7.7.7, 1009", "7.7.8, 1010", "7.7.9, 1011", "7.7.10, 3000", "7.7.11, 3999", "7.7.12, 4000",
            "7.7.13, 4999",
        })
        void aValidCloseCodeFromTheClientIsAnsweredWithTheSameCode(String caseId, int code) throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendText("hello");
                ws.sendClose(code, "");
                Frame close = ws.awaitClose();
                assertThat(close).as("Autobahn %s", caseId).isNotNull();
                assertThat(close.closeCode()).as("Autobahn %s", caseId).isEqualTo(code);
            }
        }

        @ParameterizedTest(name = "IANA-registered {0} from a client is accepted by Jetty and echoed")
        @CsvSource({"1012", "1013", "1014"})
        void theLaterIanaCodesAreAcceptedFromAClient(int code) throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendClose(code, "");
                assertThat(ws.awaitCloseCode()).isEqualTo(code);
            }
        }
    }

    @Nested
    class InvalidCodes {
        @ParameterizedTest(name = "Autobahn {0}: close {1} fails the connection with 1002")
        @CsvSource({
            "7.9.1, 0", "7.9.2, 999", "7.9.3, 1004", "7.9.4, 1005", "7.9.5, 1006", "7.9.6, 1016",
            "7.9.7, 1100", "7.9.8, 2000", "7.9.9, 2999", "7.13.1, 5000", "7.13.2, 65535",
        })
        void anInvalidCloseCodeFromTheClientIsAProtocolError(String caseId, int code) throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendClose(code, "");
                assertThat(ws.awaitCloseCode()).as("Autobahn %s", caseId).isIn(1002, RawWebSocket.NO_CLOSE_FRAME);
                assertThat(ws.awaitEndOfStream()).as("Autobahn %s: connection closed", caseId).isTrue();
            }
        }
    }

    @Nested
    class EchoCommands {
        @ParameterizedTest(name = "close {0} is refused: {1}")
        @CsvSource({
            "1004, 'rejected 1004: Reserved.'",
            "1005, 'rejected 1005: No Status Received.'",
            "1006, 'rejected 1006: Abnormal Closure.'",
            "1015, 'rejected 1015: TLS Handshake Failure.'",
            "2000, 'rejected 2000: Reserved close code.'",
            "999, 'rejected 999: Invalid close code.'",
            "5000, 'rejected 5000: Invalid close code.'",
            "x1, 'rejected x1: Invalid close code.'",
        })
        void anUnsendableOrMalformedCodeIsRefusedAndTheConnectionStaysOpen(String code, String reply) throws Exception {
            try (RawWebSocket ws = connect()) {
                ws.sendText("close " + code + " please");
                Frame answer = ws.readFrame();
                assertThat(answer.opcode()).isEqualTo(RawWebSocket.TEXT);
                assertThat(answer.text()).startsWith(reply);
                ws.sendText("still open");
                assertThat(ws.readFrame().text()).isEqualTo("still open");
                ws.sendClose(1000, "");
                assertThat(ws.awaitCloseCode()).isEqualTo(1000);
            }
        }

        @Test
        void aLongReasonIsCutSafelyTo123Bytes() throws Exception {
            String reason = "关闭".repeat(100);
            try (RawWebSocket ws = connect()) {
                ws.sendText("close 4000 " + reason);
                Frame close = ws.awaitClose();
                assertThat(close.closeCode()).isEqualTo(4000);
                assertThat(close.payload().length - 2).isLessThanOrEqualTo(123);
                assertThat(reason).startsWith(close.text());
                assertThat(close.text()).hasSize(41);
            }
        }
    }
}
