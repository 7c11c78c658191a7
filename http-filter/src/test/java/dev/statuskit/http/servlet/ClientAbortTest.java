package dev.statuskit.http.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** Which failures on a committed response say that the client went away (logged at DEBUG instead of WARNING). */
class ClientAbortTest {

    /** Tomcat's simple name in another package: the filter recognizes Tomcat's by its full name (ClientAbortsTest, on Tomcat). */
    static final class ClientAbortException extends IOException {
        private static final long serialVersionUID = 1L;

        ClientAbortException(Throwable cause) {
            super(cause);
        }
    }

    @Test
    void anEndOfStreamWhileReadingTheBodyIsAClientAbort() {
        assertThat(StatusKitFilter.isClientAbort(new EOFException())).isTrue();
        assertThat(StatusKitFilter.isClientAbort(new EofException("Early EOF"))).isTrue();
        assertThat(StatusKitFilter.isClientAbort(new IllegalStateException("form", new UncheckedIOException(new EOFException()))))
                .isTrue();
    }

    @Test
    void aClassNamedLikeTomcatsClientAbortExceptionInAnotherPackageIsNotOne() {
        assertThat(StatusKitFilter.isClientAbort(new ClientAbortException(new IOException("Broken pipe")))).isFalse();
    }

    @Test
    void otherFailuresAreTheApplicationsAndStayWarnings() {
        assertThat(StatusKitFilter.isClientAbort(new IOException("Broken pipe"))).isFalse();
        assertThat(StatusKitFilter.isClientAbort(new IllegalStateException("late failure"))).isFalse();
    }

    @Test
    void anEndOfStreamDeeperThanEightCausesIsNotLookedFor() {
        Throwable chain = new EOFException();
        for (int i = 0; i < 8; i++) {
            chain = new RuntimeException("level " + i, chain);
        }
        assertThat(StatusKitFilter.isClientAbort(chain)).isFalse();
        assertThat(StatusKitFilter.isClientAbort(chain.getCause())).isTrue();
    }
}
