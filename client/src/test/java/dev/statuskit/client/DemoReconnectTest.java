package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.client.fakes.CuttableProxy;
import dev.statuskit.client.fakes.ManualScheduler;
import dev.statuskit.client.fakes.MutableClock;
import dev.statuskit.client.fakes.TopRandom;
import dev.statuskit.client.jakarta.ReconnectingSession;
import dev.statuskit.demo.DemoServer;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both reconnecting clients against the demo's {@code /ws/echo}, whose {@code close <code> <reason>} command
 * makes the server close with that code. The scheduler is manual: a test reads each delay, then runs the
 * reconnect itself, so nothing waits for time to pass; waits are only for network events, bounded.
 */
class DemoReconnectTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static DemoServer demo;
    private static HttpClient jdk;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
        jdk = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static URI echo(int port) {
        return URI.create("ws://127.0.0.1:" + port + "/ws/echo");
    }

    /** One reconnecting client, of either kind, as the tests drive it. */
    interface Client extends AutoCloseable {
        void send(String text) throws Exception;

        Object current();

        int attempts();

        boolean isStopped();

        @Override
        void close();
    }

    enum Kind {
        JDK {
            @Override
            Client connect(URI uri, ReconnectPolicy policy, ManualScheduler scheduler, ReconnectListener listener) {
                ReconnectingWebSocket socket = ReconnectingWebSocket.builder(uri, () -> new WebSocket.Listener() { })
                        .httpClient(jdk).policy(policy).scheduler(scheduler).clock(new MutableClock(START))
                        .listener(listener).connect();
                return new Client() {
                    @Override
                    public void send(String text) {
                        socket.current().orElseThrow().sendText(text, true).join();
                    }

                    @Override
                    public Object current() {
                        return socket.current().orElse(null);
                    }

                    @Override
                    public int attempts() {
                        return socket.attempts();
                    }

                    @Override
                    public boolean isStopped() {
                        return socket.isStopped();
                    }

                    @Override
                    public void close() {
                        socket.close();
                    }
                };
            }
        },
        TYRUS {
            @Override
            Client connect(URI uri, ReconnectPolicy policy, ManualScheduler scheduler, ReconnectListener listener) {
                // A container per client: Tyrus 2.2 shuts a container's executors down when its last session
                // closes, and a session opening meanwhile (the next test's) is left with a terminated one.
                ClientManager tyrus = ClientManager.createClient();
                ReconnectingSession session = ReconnectingSession.builder(tyrus, uri, () -> new Endpoint() {
                    @Override
                    public void onOpen(Session s, EndpointConfig config) {
                    }
                }).policy(policy).scheduler(scheduler).clock(new MutableClock(START)).listener(listener)
                        .connectExecutor(Runnable::run).connect();
                return new Client() {
                    @Override
                    public void send(String text) throws Exception {
                        try {
                            session.current().orElseThrow().getBasicRemote().sendText(text);
                        } catch (RejectedExecutionException closedMeanwhile) {
                            // Tyrus 2.2 restarts the session's idle timer after the text is written. When the
                            // server's close (the answer to a "close" command) arrives first, the container's
                            // last session is gone and its executors are shut down, so the restart is refused;
                            // the text went out, and the close is what the test waits for.
                        }
                    }

                    @Override
                    public Object current() {
                        return session.current().orElse(null);
                    }

                    @Override
                    public int attempts() {
                        return session.attempts();
                    }

                    @Override
                    public boolean isStopped() {
                        return session.isStopped();
                    }

                    @Override
                    public void close() {
                        session.close();
                        tyrus.shutdown();
                    }
                };
            }
        };

        abstract Client connect(URI uri, ReconnectPolicy policy, ManualScheduler scheduler, ReconnectListener listener);
    }

    /** The events of one client, awaited in order. */
    static final class Events implements ReconnectListener {
        private final LinkedBlockingQueue<ReconnectEvent> queue = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(ReconnectEvent event) {
            queue.add(event);
        }

        <T extends ReconnectEvent> T next(Class<T> type) throws InterruptedException {
            ReconnectEvent event = queue.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event within 10 s").isNotNull();
            assertThat(event).isInstanceOf(type);
            return type.cast(event);
        }

        boolean isEmpty() {
            return queue.isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void serviceRestartIsReconnectedAfterFiveToThirtySecondsToANewSession(Kind kind) throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        Events events = new Events();
        ReconnectPolicy policy = ReconnectPolicy.builder().random(new SplittableRandom()).build();
        try (Client client = kind.connect(echo(demo.port()), policy, scheduler, events)) {
            assertThat(events.next(ReconnectEvent.Connected.class).attempt()).isZero();
            Object first = client.current();

            client.send("close 1012 restarting");

            ReconnectEvent.Scheduled scheduled = events.next(ReconnectEvent.Scheduled.class);
            // Measured: both the JDK client and Tyrus 2.2 report the server's 1012 as 1012.
            assertThat(scheduled.closeCode()).isEqualTo(1012);
            assertThat(scheduled.closeReason()).isEqualTo("restarting");
            assertThat(scheduled.attempt()).isZero();
            ManualScheduler.Task task = scheduler.awaitNext();
            assertThat(task.delay()).isEqualTo(scheduled.delay()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(30));

            task.run();

            assertThat(events.next(ReconnectEvent.Connected.class).attempt()).isEqualTo(1);
            assertThat(client.current()).isNotNull().isNotSameAs(first);
            assertThat(client.attempts()).isEqualTo(1);
            assertThat(scheduler.tasks()).hasSize(1);
        }
        assertThat(events.next(ReconnectEvent.GaveUp.class).why()).isEqualTo(ReconnectEvent.Why.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void policyViolationStopsTheClientAndTheListenerHearsItGaveUpWithTheCode(Kind kind) throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        Events events = new Events();
        try (Client client = kind.connect(echo(demo.port()), ReconnectPolicy.defaults(), scheduler, events)) {
            events.next(ReconnectEvent.Connected.class);

            client.send("close 1008 policy");

            ReconnectEvent.GaveUp gaveUp = events.next(ReconnectEvent.GaveUp.class);
            assertThat(gaveUp.closeCode()).isEqualTo(1008);
            assertThat(gaveUp.closeReason()).isEqualTo("policy");
            assertThat(gaveUp.why()).isEqualTo(ReconnectEvent.Why.POLICY);
            assertThat(gaveUp.closeCodeMeaning()).isEqualTo("1008 Policy Violation");
            assertThat(scheduler.tasks()).isEmpty();
            assertThat(client.isStopped()).isTrue();
            assertThat(client.current()).isNull();
        }
        assertThat(events.isEmpty()).as("close() after giving up tells nothing more").isTrue();
    }

    /**
     * Measured: the JDK client reports the server's 1014 Bad Gateway as 1014, so it backs off; Tyrus 2.2 refuses
     * 1014 in a close frame as a protocol error and reports 1002, after which the default policy gives up.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void badGatewayArrivesAs1014OnTheJdkClientButAs1002OnTyrus(Kind kind) throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        Events events = new Events();
        try (Client client = kind.connect(echo(demo.port()), ReconnectPolicy.defaults(), scheduler, events)) {
            events.next(ReconnectEvent.Connected.class);

            client.send("close 1014 gateway");

            if (kind == Kind.JDK) {
                ReconnectEvent.Scheduled scheduled = events.next(ReconnectEvent.Scheduled.class);
                assertThat(scheduled.closeCode()).isEqualTo(1014);
                assertThat(scheduled.closeReason()).isEqualTo("gateway");
            } else {
                ReconnectEvent.GaveUp gaveUp = events.next(ReconnectEvent.GaveUp.class);
                assertThat(gaveUp.closeCode()).isEqualTo(1002);
                assertThat(gaveUp.why()).isEqualTo(ReconnectEvent.Why.POLICY);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDroppedConnectionBacksOffWithFullJitterBoundsDoublingEachAttempt(Kind kind) throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        Events events = new Events();
        // Always the top of the range, so each delay is exactly its bound min(cap, base * 2^attempt).
        ReconnectPolicy policy = ReconnectPolicy.builder().base(Duration.ofMillis(500)).cap(Duration.ofSeconds(10))
                .random(new TopRandom()).build();
        try (CuttableProxy proxy = new CuttableProxy(demo.port());
                Client client = kind.connect(echo(proxy.port()), policy, scheduler, events)) {
            events.next(ReconnectEvent.Connected.class);

            proxy.cut();

            ReconnectEvent.Scheduled dropped = events.next(ReconnectEvent.Scheduled.class);
            assertThat(dropped.closeCode()).isEqualTo(1006);
            assertThat(dropped.attempt()).isZero();
            assertThat(dropped.delay()).isEqualTo(Duration.ofMillis(500));
            scheduler.awaitNext().run(); // the proxy no longer listens: the attempt fails, a 1006 again
            ReconnectEvent.Scheduled second = events.next(ReconnectEvent.Scheduled.class);
            assertThat(second.closeCode()).isEqualTo(1006);
            assertThat(second.attempt()).isEqualTo(1);
            assertThat(second.delay()).isEqualTo(Duration.ofMillis(1000));
            scheduler.awaitNext().run();
            ReconnectEvent.Scheduled third = events.next(ReconnectEvent.Scheduled.class);
            assertThat(third.attempt()).isEqualTo(2);
            assertThat(third.delay()).isEqualTo(Duration.ofMillis(2000));
            assertThat(scheduler.awaitNext().delay()).isEqualTo(Duration.ofMillis(2000));
            for (ReconnectEvent.Scheduled s : new ReconnectEvent.Scheduled[] {dropped, second, third}) {
                assertThat(s.delay()).isBetween(Duration.ZERO, policy.backoffBound(s.attempt()));
            }
            assertThat(client.attempts()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDroppedConnectionWithRealJitterStaysWithinEachAttemptsBound(Kind kind) throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        Events events = new Events();
        ReconnectPolicy policy = ReconnectPolicy.builder().random(new SplittableRandom()).build();
        try (CuttableProxy proxy = new CuttableProxy(demo.port());
                Client client = kind.connect(echo(proxy.port()), policy, scheduler, events)) {
            events.next(ReconnectEvent.Connected.class);

            proxy.cut();

            for (int attempt = 0; attempt < 3; attempt++) {
                ReconnectEvent.Scheduled scheduled = events.next(ReconnectEvent.Scheduled.class);
                assertThat(scheduled.attempt()).isEqualTo(attempt);
                assertThat(scheduled.delay()).isBetween(Duration.ZERO,
                        Duration.ofSeconds(Math.min(60, 1L << attempt)));
                scheduler.awaitNext().run();
            }
            assertThat(client.attempts()).isEqualTo(3);
        }
    }
}
