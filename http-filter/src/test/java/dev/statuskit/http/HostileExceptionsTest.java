package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statuskit.testing.LogCapture;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * An application's exception whose {@code getMessage} and {@code toString} throw: the answer to it is decided all the
 * same, and the log line names it by class.
 */
class HostileExceptionsTest {
    static final ProblemResponder RESPONDER = ProblemResponder.create(ProblemOptions.defaults());
    static final RequestInfo REQUEST = new RequestInfo("GET", "/x", null, "de");

    static final class Hostile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage broke");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString broke");
        }
    }

    /** A NotFoundException, which the parameter rule reads the message of, that cannot say its message. */
    static final class HostileNotFound extends NotFoundException {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage broke");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString broke");
        }
    }

    @Test
    void anExceptionWhoseMessageCannotBeReadIsStillA500WithAnErrorId() {
        ErrorAnswer answer = RESPONDER.answer(500, new Hostile(), null, REQUEST).orElseThrow();
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problem().extensions()).containsKey(ProblemResponder.ERROR_ID);
        assertThat(RESPONDER.answer(500, new RuntimeException("wrapped", new Hostile()), null, REQUEST).orElseThrow().status())
                .isEqualTo(500);
    }

    @Test
    void anExceptionWhoseCausesGoRoundIsStillA500WithAnErrorId() {
        IllegalStateException first = new IllegalStateException("SECRET-A");
        first.initCause(new IllegalArgumentException("SECRET-B", first));
        ErrorAnswer answer = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> RESPONDER.answer(500, first, null, REQUEST).orElseThrow());
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problem().extensions()).containsKey(ProblemResponder.ERROR_ID);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("SECRET");
    }

    @Test
    void aNotFoundWhoseMessageCannotBeReadKeepsIts404AndIsLoggedByItsClassName() {
        Logger logger = Logger.getLogger(ProblemResponder.LOGGER_NAME);
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL); // the 4xx line with its cause is logged at DEBUG only
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            ErrorAnswer answer = RESPONDER.answer(404, new HostileNotFound(), null, REQUEST).orElseThrow();
            assertThat(answer.status()).isEqualTo(404);
            assertThat(log.lines()).contains("FINE GET /x answered 404 for " + HostileNotFound.class.getName());
        } finally {
            logger.setLevel(before);
        }
    }

    @Test
    void describingFallsBackToTheClassName() {
        assertThat(ExceptionMessages.of(new Hostile())).isNull();
        assertThat(ExceptionMessages.describe(new Hostile())).isEqualTo(Hostile.class.getName());
        assertThat(ExceptionMessages.describe(new IllegalStateException("fine"))).isEqualTo("java.lang.IllegalStateException: fine");
    }
}
