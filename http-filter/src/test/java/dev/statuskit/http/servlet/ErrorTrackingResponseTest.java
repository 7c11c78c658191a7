package dev.statuskit.http.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.testing.LogCapture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTrackingResponseTest {
    private final HttpServletResponse container = mock(HttpServletResponse.class);
    private final ErrorTrackingResponse response = new ErrorTrackingResponse(container);

    @Nested
    class SendError {
        @Test
        void recordsTheErrorInsteadOfPassingItOn() throws Exception {
            response.sendError(404, "no such order");

            verify(container, never()).sendError(anyInt(), any());
            verify(container, never()).sendError(anyInt());
            verify(container).setStatus(404);
            assertThat(response.hasPendingError()).isTrue();
            assertThat(response.sentError()).isTrue();
            assertThat(response.pendingStatus()).isEqualTo(404);
            assertThat(response.pendingMessage()).isEqualTo("no such order");
        }

        @Test
        void makesTheResponseCountAsCommittedAndIgnoresWhatFollows() throws Exception {
            ServletOutputStream real = mock(ServletOutputStream.class);
            when(container.getOutputStream()).thenReturn(real);
            response.sendError(500);

            response.getOutputStream().write(new byte[] {1, 2, 3});
            PrintWriter writer = response.getWriter();
            writer.write("ignored");
            writer.flush();
            response.setStatus(200);
            response.flushBuffer();

            assertThat(response.isCommitted()).isTrue();
            verify(container, never()).getOutputStream();
            verify(container, never()).getWriter();
            verify(container, never()).setStatus(200);
            verify(container, never()).flushBuffer();
            assertThat(response.pendingStatus()).isEqualTo(500);
        }

        @Test
        void answersTheFirstErrorWhenSendErrorIsCalledTwiceAndLogsTheSecond() throws Exception {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                response.sendError(404, "no such order");
                response.sendError(500, "and then this");

                assertThat(response.pendingStatus()).isEqualTo(404);
                assertThat(response.pendingMessage()).isEqualTo("no such order");
                verify(container, never()).setStatus(500);
                assertThat(log.at(java.util.logging.Level.INFO)).singleElement().satisfies(r ->
                        assertThat(java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
                                .isEqualTo("sendError(500) after sendError(404) on the same response is ignored;"
                                        + " StatusKit answers the first"));
            }
        }

        @Test
        void passesTheErrorOnWhenTheResponseIsReallyCommitted() throws Exception {
            when(container.isCommitted()).thenReturn(true);

            response.sendError(500, "late");

            verify(container).sendError(500, "late");
            assertThat(response.hasPendingError()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 99, 600, -1})
        void recordsAnOutOfRangeStatusWithoutSettingIt(int status) throws Exception {
            response.sendError(status);

            verify(container, never()).setStatus(anyInt());
            assertThat(response.hasPendingError()).isTrue();
            assertThat(response.pendingStatus()).isEqualTo(status);
        }
    }

    @Nested
    class SetStatus {
        @ParameterizedTest
        @ValueSource(ints = {400, 404, 503, 599})
        void passesAnErrorStatusOnAndRecordsItAsPending(int status) {
            response.setStatus(status);

            verify(container).setStatus(status);
            assertThat(response.hasPendingError()).isTrue();
            assertThat(response.sentError()).isFalse();
            assertThat(response.pendingMessage()).isNull();
        }

        @ParameterizedTest
        @ValueSource(ints = {200, 204, 302, 304, 600})
        void leavesOtherStatusesAlone(int status) {
            response.setStatus(status);

            verify(container).setStatus(status);
            assertThat(response.hasPendingError()).isFalse();
        }

        @Test
        void forgetsThePendingErrorWhenASuccessStatusFollows() {
            response.setStatus(404);
            response.setStatus(200);

            assertThat(response.hasPendingError()).isFalse();
        }

        @Test
        void leavesTheErrorToTheApplicationOnceItWritesABody() throws Exception {
            response.setStatus(409);
            response.getWriter();

            verify(container).getWriter();
            assertThat(response.hasPendingError()).isFalse();
        }

        @Test
        void treatsAnOutputStreamLikeAWriter() throws Exception {
            response.getOutputStream();
            response.setStatus(409);

            assertThat(response.hasPendingError()).isFalse();
        }
    }

    @Test
    void forgetsEverythingOnReset() throws Exception {
        response.getWriter();
        response.sendError(404);

        response.reset();

        verify(container).reset();
        assertThat(response.hasPendingError()).isFalse();
        assertThat(response.isCommitted()).isFalse();
        response.setStatus(410);
        assertThat(response.hasPendingError()).isTrue();
    }

    @Test
    void handsARecordedErrorOnAndStepsAsideWhenDetached() throws Exception {
        response.sendError(404, "gone");

        response.detach();
        response.sendError(500);
        response.setStatus(503);

        verify(container).sendError(404, "gone");
        verify(container).sendError(500, null);
        verify(container).setStatus(503);
    }
}
