package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.client.fakes.ManualScheduler;
import dev.statuskit.client.fakes.MutableClock;
import dev.statuskit.client.fakes.TopRandom;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The state machine alone, with a scripted connector: no network, no waiting. */
class ReconnectorTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final MutableClock clock = new MutableClock(START);
    private final List<ReconnectEvent> events = new ArrayList<>();
    private final List<Integer> connects = new ArrayList<>();
    private final List<String> closedSessions = new ArrayList<>();
    /** What the next connect does: true opens at once, false fails. */
    private boolean connectSucceeds = true;
    /** Whether the next connect stays in flight: neither opens nor fails. */
    private boolean connectHangs;
    private Reconnector<String> reconnector;

    private Reconnector<String> reconnector(ReconnectPolicy policy) {
        reconnector = new Reconnector<>(policy, scheduler, clock, events::add, generation -> {
            connects.add(generation);
            if (connectHangs) {
                return new CompletableFuture<>();
            }
            if (!connectSucceeds) {
                return CompletableFuture.failedFuture(new IOException("Connection refused"));
            }
            reconnector.opened(generation, "session-" + generation);
            return CompletableFuture.completedFuture(null);
        }, closedSessions::add);
        return reconnector;
    }

    private static ReconnectPolicy topPolicy() {
        return ReconnectPolicy.builder().random(new TopRandom()).build();
    }

    @Test
    void aFailedConnectIsAnAbnormalClosureThatBacksOffLongerEachAttempt() {
        Reconnector<String> r = reconnector(topPolicy());
        connectSucceeds = false;

        r.start();
        for (int i = 0; i < 3; i++) {
            scheduler.tasks().get(i).run();
        }

        assertThat(scheduler.tasks()).extracting(ManualScheduler.Task::delay).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(events).hasSize(4).allSatisfy(e -> assertThat(e).isInstanceOf(ReconnectEvent.Scheduled.class));
        ReconnectEvent.Scheduled first = (ReconnectEvent.Scheduled) events.get(0);
        assertThat(first.closeCode()).isEqualTo(1006);
        assertThat(first.closeReason()).isEqualTo("IOException: Connection refused");
        assertThat(first.attempt()).isZero();
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(connects).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aConnectionThatStayedOpenLongEnoughResetsTheCount() {
        Reconnector<String> r = reconnector(topPolicy());
        r.start();
        r.closed(1, 1011, "oops");
        scheduler.tasks().get(0).run();
        r.closed(2, 1011, "oops");
        scheduler.tasks().get(1).run();
        assertThat(r.attempts()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(59));
        r.closed(3, 1011, "short-lived");
        scheduler.tasks().get(2).run();
        clock.advance(Duration.ofSeconds(60));
        r.closed(4, 1011, "healthy for a minute");

        assertThat(scheduler.tasks()).extracting(ManualScheduler.Task::delay).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(1));
        assertThat(r.attempts()).isZero();
    }

    @Test
    void aTerminalCodeGivesUpAndSaysWhy() {
        Reconnector<String> r = reconnector(topPolicy());
        r.start();

        r.closed(1, 1008, "policy");

        assertThat(scheduler.tasks()).isEmpty();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new ReconnectEvent.Connected(0, START));
        ReconnectEvent.GaveUp gaveUp = (ReconnectEvent.GaveUp) events.get(1);
        assertThat(gaveUp).isEqualTo(new ReconnectEvent.GaveUp(1008, "policy", ReconnectEvent.Why.POLICY, 0, START));
        assertThat(gaveUp.closeCodeMeaning()).isEqualTo("1008 Policy Violation");
        assertThat(r.isStopped()).isTrue();
    }

    @Test
    void maxAttemptsEndsReconnectingWhateverTheCode() {
        Reconnector<String> r = reconnector(ReconnectPolicy.builder().maxAttempts(2).random(new TopRandom()).build());
        connectSucceeds = false;
        r.start();
        scheduler.tasks().get(0).run();
        scheduler.tasks().get(1).run();

        assertThat(scheduler.tasks()).hasSize(2);
        assertThat(events.get(events.size() - 1)).isEqualTo(
                new ReconnectEvent.GaveUp(1006, "IOException: Connection refused", ReconnectEvent.Why.MAX_ATTEMPTS, 2, START));
    }

    @Test
    void closeCancelsTheScheduledReconnectAndClosesNothingWhenNothingIsOpen() {
        Reconnector<String> r = reconnector(topPolicy());
        r.start();
        r.closed(1, 1013, "busy");

        r.close();
        scheduler.tasks().get(0).run();

        assertThat(scheduler.tasks().get(0).isCancelled()).isTrue();
        assertThat(connects).containsExactly(1);
        assertThat(closedSessions).isEmpty();
        assertThat(events.get(events.size() - 1)).isEqualTo(new ReconnectEvent.GaveUp(1000, "closed by the application",
                ReconnectEvent.Why.CLOSED, 0, START));
    }

    @Test
    void closeClosesTheOpenSessionAndALaterCloseOfItSchedulesNothing() {
        Reconnector<String> r = reconnector(topPolicy());
        r.start();

        r.close();
        r.closed(1, 1000, "");
        r.close();

        assertThat(closedSessions).containsExactly("session-1");
        assertThat(scheduler.tasks()).isEmpty();
        assertThat(events).hasSize(2);
        assertThat(r.current()).isEmpty();
    }

    @Test
    void aSecondCloseOfTheSameConnectionAndCloseReportsOfOldConnectionsAreIgnored() {
        Reconnector<String> r = reconnector(topPolicy());
        r.start();
        r.closed(1, 1011, "first report");
        r.closed(1, 1006, "the same connection's onError after onClose");
        scheduler.tasks().get(0).run();
        r.closed(1, 1011, "stale");

        assertThat(scheduler.tasks()).hasSize(1);
        assertThat(r.current()).contains("session-2");
    }

    @Test
    void aConnectionThatOpensAfterCloseIsClosedAtOnce() {
        Reconnector<String> r = reconnector(topPolicy());
        connectHangs = true;
        r.start();
        r.close();

        r.opened(1, "late");

        assertThat(closedSessions).containsExactly("late");
        assertThat(r.current()).isEmpty();
    }

    @Test
    void aConnectionThatOpensAfterItsAttemptWasReportedFailedIsClosedAtOnce() {
        Reconnector<String> r = reconnector(topPolicy());
        connectSucceeds = false;
        r.start();

        r.opened(1, "orphan");

        assertThat(closedSessions).containsExactly("orphan");
        assertThat(scheduler.tasks()).hasSize(1);
    }

    @Test
    void aListenerThatThrowsDoesNotStopReconnecting() {
        List<ReconnectEvent> seen = new ArrayList<>();
        Reconnector<String> r = new Reconnector<String>(topPolicy(), scheduler, clock, event -> {
            seen.add(event);
            throw new IllegalStateException("listener bug");
        }, generation -> CompletableFuture.failedFuture(new IOException("down")), session -> { });

        r.start();
        scheduler.tasks().get(0).run();

        assertThat(seen).hasSize(2);
        assertThat(scheduler.tasks()).hasSize(2);
    }

    /** An ExecutionException whose cause is not set yet, so that initCause may set it. */
    static final class UnsetCause extends java.util.concurrent.ExecutionException {
        private static final long serialVersionUID = 1L;

        UnsetCause(String message) {
            super(message);
        }
    }

    @Test
    void aFailureIsDescribedFromInsideItsFuturesWrappersEvenWhenTheyGoRound() {
        assertThat(Reconnector.describe(new java.util.concurrent.CompletionException(new IOException("refused"))))
                .isEqualTo("IOException: refused");
        assertThat(Reconnector.describe(new java.util.concurrent.ExecutionException(new IllegalStateException())))
                .isEqualTo("IllegalStateException");
        // A wrapper whose cause wraps it back, as initCause allows: described within a bound, not looped on.
        UnsetCause inner = new UnsetCause("inner");
        java.util.concurrent.CompletionException outer = new java.util.concurrent.CompletionException("outer", inner);
        inner.initCause(outer);
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Reconnector.describe(outer))).isIn("CompletionException: outer", "UnsetCause: inner");
    }
}
