package dev.statuskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawHttpTest {
    @Test
    void statusesCountsEveryStatusLineWithOrWithoutAReasonPhraseInOrder() {
        String conversation = "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nnoHTTP/1.1 200 \r\n\r\n"
                + "HTTP/1.1 505\r\n\r\n";
        assertThat(RawHttp.statuses(conversation)).isEqualTo("404 200 505");
    }

    @Test
    void aStatusLineWithoutItsLineBreakIsNoAnswer() {
        assertThat(RawHttp.statuses("HTTP/1.1 400 Bad Request\r\n\r\nHTTP/1.1 200")).isEqualTo("400");
    }

    @Test
    void statusesOfNothingIsEmpty() {
        assertThat(RawHttp.statuses("")).isEmpty();
    }
}
