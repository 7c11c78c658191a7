package dev.statuskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.websocket.CloseRules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks compare what they claim to compare. No timing here: timings are read from JMH runs
 * (see BENCHMARKS.md), never asserted.
 */
class BenchmarkSetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theThreeRenderersWriteTheSameMembers(String language) {
        RenderBenchmark benchmark = new RenderBenchmark();
        benchmark.language = language;

        benchmark.setUp(); // fails unless the three bodies hold the same six members

        String body = new String(benchmark.statuskit(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":404", "\"traceId\":\"" + RenderBenchmark.TRACE_ID + "\"",
                "\"instance\":\"" + RenderBenchmark.INSTANCE + "\"", language.equals("zh-CN") ? "未找到" : "Not Found");
        assertThat(benchmark.statuskitWholeAnswer()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, short", "1, long", "2, short", "2, long", "3, short", "3, long", "4, short", "4, long"})
    void shortReasonsFitAndLongOnesDoNot(int bytesPerChar, String length) {
        CloseCodeBenchmark.Reasons reasons = new CloseCodeBenchmark.Reasons();
        reasons.bytesPerChar = bytesPerChar;
        reasons.length = length;

        reasons.setUp();

        boolean fits = CloseRules.closeReasonExceptionMessage(reasons.reason) == null;
        assertThat(fits).isEqualTo(length.equals("short"));
        assertThat(CloseRules.utf8Length(reasons.reason)).isGreaterThan(length.equals("short") ? 20 : 300);
        assertThat(CloseRules.utf8Length(CloseRules.sendableReason(reasons.reason)))
                .isLessThanOrEqualTo(CloseRules.MAX_REASON_BYTES);
    }
}
