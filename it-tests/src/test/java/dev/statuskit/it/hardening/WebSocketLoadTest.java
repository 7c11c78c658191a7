package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.demo.EchoEndpoint;
import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.CloseCodeInfo;
import dev.statuskit.websocket.CloseListener;
import dev.statuskit.websocket.CloseStatistics;
import dev.statuskit.websocket.StatusKitConfigurator;
import dev.statuskit.websocket.StatusKitWebSocketOptions;
import dev.statuskit.websocket.fixtures.RawWebSocket;
import dev.statuskit.websocket.fixtures.RawWebSocket.Frame;
import jakarta.websocket.server.ServerContainer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.jakarta.common.JakartaWebSocketContainer;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo's echo endpoint behind the StatusKit decorator, on Jetty 12 ee11 with a fixed pool of 32 threads
 * (so that a thread count before and after means something), under 500 concurrent raw-socket sessions.
 */
class WebSocketLoadTest {
    static final int SESSIONS = 500;
    static final int[] SENDABLE = {1000, 1001, 1003, 1008, 1011, 1012, 1013, 3000, 4000, 4999};
    static final int[] UNSENDABLE = {1004, 1005, 1006, 1015, 999, 2000, 5000};

    static Server server;
    static URI echo;
    static final AtomicReference<ServerContainer> CONTAINER = new AtomicReference<>();
    static final CloseStatistics STATISTICS = new CloseStatistics();
    static final Map<Integer, LongAdder> CLASSIFIED = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(32, 32);
        threads.setName("ws-load");
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        CloseClassifier classifier = CloseClassifier.standard();
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder().classifier(classifier)
                .addListener(STATISTICS)
                .addListener(new CloseListener() {
                    @Override
                    public void closeReceived(CloseCodeInfo info, String reason) {
                        CLASSIFIED.computeIfAbsent(info.code(), k -> new LongAdder()).increment();
                    }
                })
                .build();
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            CONTAINER.set(container);
            container.addEndpoint(StatusKitConfigurator.endpointConfig("/ws/echo", () -> new EchoEndpoint(classifier), options)
                    .build());
        });
        server.setHandler(context);
        server.start();
        echo = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws/echo");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    static int openSessions() {
        return ((JakartaWebSocketContainer) CONTAINER.get()).getOpenSessions().size();
    }

    static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    static boolean await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    static long classified(int code) {
        LongAdder count = CLASSIFIED.get(code);
        return count == null ? 0 : count.sum();
    }

    /** One session's end, chosen by its number: the code the server must classify. */
    static int play(RawWebSocket ws, int n) throws Exception {
        ws.sendText("hello " + n);
        assertThat(ws.readFrame().text()).isEqualTo("hello " + n);
        switch (n % 5) {
            case 0, 1 -> { // the server closes with a sendable code, through the decorator
                int code = SENDABLE[n % SENDABLE.length];
                ws.sendText("close " + code + " bye " + n);
                Frame close = ws.awaitClose();
                assertThat(close.closeCode()).isEqualTo(code);
                assertThat(close.text()).isEqualTo("bye " + n);
                ws.sendClose(code, "");
                return code;
            }
            case 2 -> { // an unsendable code is refused and the session goes on
                int code = UNSENDABLE[n % UNSENDABLE.length];
                ws.sendText("close " + code);
                assertThat(ws.readFrame().text()).startsWith("rejected " + code + ": ");
                ws.sendClose(1000, "");
                assertThat(ws.awaitCloseCode()).isEqualTo(1000);
                return 1000;
            }
            case 3 -> { // the client vanishes without a close frame
                ws.close();
                return 1006;
            }
            default -> { // the client closes with an application code
                ws.sendClose(4000 + n % 1000, "client " + n);
                assertThat(ws.awaitCloseCode()).isEqualTo(4000 + n % 1000);
                return 4000 + n % 1000;
            }
        }
    }

    /** Opens every session first, then ends them all from a pool; returns the codes expected, by session. */
    static List<Integer> round(int sessions) throws Exception {
        List<RawWebSocket> open = new ArrayList<>();
        try {
            for (int n = 0; n < sessions; n++) {
                open.add(RawWebSocket.connect(echo, n % 2 == 0 ? "zh-CN" : "ar"));
            }
            assertThat(await(() -> openSessions() == sessions)).as("all %d open at once", sessions).isTrue();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> ends = new ArrayList<>();
                for (int n = 0; n < sessions; n++) {
                    RawWebSocket ws = open.get(n);
                    int number = n;
                    ends.add(pool.submit(() -> play(ws, number)));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> end : ends) {
                    codes.add(end.get(60, TimeUnit.SECONDS));
                }
                return codes;
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            for (RawWebSocket ws : open) {
                ws.close();
            }
        }
    }

    @Nested
    class FiveHundredSessions {
        @Test
        void everySessionEndsClassifiedAndNothingLeaks() throws Exception {
            round(20); // the pool and the container warm up
            assertThat(await(() -> openSessions() == 0)).isTrue();
            int threadsBefore = liveThreads();
            long receivedBefore = STATISTICS.closesReceived();
            Map<Integer, Long> before = new java.util.HashMap<>();
            CLASSIFIED.forEach((code, count) -> before.put(code, count.sum()));

            List<Integer> codes = round(SESSIONS);

            assertThat(await(() -> STATISTICS.closesReceived() - receivedBefore == SESSIONS))
                    .as("closes classified: %d", STATISTICS.closesReceived() - receivedBefore).isTrue();
            Map<Integer, Long> expected = new java.util.TreeMap<>();
            codes.forEach(code -> expected.merge(code, 1L, Long::sum));
            Map<Integer, Long> actual = new java.util.TreeMap<>();
            expected.keySet().forEach(code -> actual.put(code, classified(code) - before.getOrDefault(code, 0L)));
            assertThat(actual).isEqualTo(expected);
            assertThat(expected.get(1006)).isEqualTo(SESSIONS / 5);
            assertThat(await(() -> openSessions() == 0)).as("open sessions: %d", openSessions()).isTrue();
            assertThat(await(() -> liveThreads() <= threadsBefore + 2))
                    .as("threads before %d, after %d", threadsBefore, liveThreads()).isTrue();

            try (RawWebSocket fresh = RawWebSocket.connect(echo)) {
                fresh.sendText("still here");
                assertThat(fresh.readFrame().text()).isEqualTo("still here");
                fresh.sendClose(1000, "");
                assertThat(fresh.awaitCloseCode()).isEqualTo(1000);
            }
        }
    }

    @Nested
    class MalformedCloseCommands {
        @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`close`              | `rejected : Invalid close code.`",
            "`close `             | `rejected : Invalid close code.`",
            "`close  1000`        | `rejected : Invalid close code.`",
            "`close abc`          | `rejected abc: Invalid close code.`",
            "`close 99999999999`  | `rejected 99999999999: Invalid close code.`",
            "`close -1`           | `rejected -1: Invalid close code.`",
            "`close 1000x`        | `rejected 1000x: Invalid close code.`",
            "`close 0x3E8`        | `rejected 0x3E8: Invalid close code.`",
            "`close 1006`         | `rejected 1006: Abnormal Closure.`",
            "`close 12345678901234567890` | `rejected 1234567890123456...: Invalid close code.`",
        })
        void aMalformedCommandIsRefusedAndTheSessionStaysOpen(String command, String reply) throws Exception {
            try (RawWebSocket ws = RawWebSocket.connect(echo, "en")) {
                ws.sendText(command);
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
        void controlCharactersInACommandAreNotReflected() throws Exception {
            try (RawWebSocket ws = RawWebSocket.connect(echo, "en")) {
                ws.sendText("close \u0000\u001b[31m");
                assertThat(ws.readFrame().text()).startsWith("rejected ??[31m: ").doesNotContain("\u001b");
            }
        }

        @Test
        void aSignedCodeIsReadAsTheNumber() throws Exception {
            try (RawWebSocket ws = RawWebSocket.connect(echo, "en")) {
                ws.sendText("close +1000 done");
                assertThat(ws.awaitCloseCode()).isEqualTo(1000);
            }
        }

        @Test
        void aCommandInCapitalsIsNoCommandAndIsEchoed() throws Exception {
            try (RawWebSocket ws = RawWebSocket.connect(echo, "en")) {
                ws.sendText("CLOSE 1000");
                assertThat(ws.readFrame().text()).isEqualTo("CLOSE 1000");
            }
        }
    }
}
