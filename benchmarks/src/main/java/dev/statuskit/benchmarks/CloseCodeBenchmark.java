package dev.statuskit.benchmarks;

import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.CloseCodeInfo;
import dev.statuskit.websocket.CloseRules;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WebSocket close codes: classification of registered codes (documented to allocate nothing), and the
 * RFC 6455 checks an endpoint runs before it sends a close frame.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkedJvm.HEAP_START, ForkedJvm.HEAP_MAX, ForkedJvm.PRE_TOUCH})
public class CloseCodeBenchmark {

    /** {@code CloseClassifier.classify(code, locale)}. */
    @State(Scope.Benchmark)
    public static class Classify {
        /** Registered codes: a normal close, a network failure, a restart, an IANA-registered application code. */
        @Param({"1000", "1006", "1012", "3008"})
        public int code;

        @Param({"en", "zh-CN"})
        public String language;

        CloseClassifier classifier;
        Locale locale;

        @Setup
        public void setUp() {
            classifier = CloseClassifier.standard();
            locale = Locale.forLanguageTag(language);
        }
    }

    /** A registered code in a supported locale: a table lookup, expected to allocate nothing. */
    @Benchmark
    public CloseCodeInfo classify(Classify state) {
        return state.classifier.classify(state.code, state.locale);
    }

    /** {@code CloseRules.closeCodeExceptionMessage}: one allowed code, one that must never be sent, one out of range. */
    @State(Scope.Benchmark)
    public static class Codes {
        @Param({"1000", "1005", "999"})
        public int code;
    }

    /** Null for an allowed code; a message (so an allocation) for a refused one. */
    @Benchmark
    public String closeCodeExceptionMessage(Codes state) {
        return CloseRules.closeCodeExceptionMessage(state.code);
    }

    /** Reasons of characters 1 to 4 UTF-8 bytes wide, short (fits in 123 bytes) and long (does not). */
    @State(Scope.Benchmark)
    public static class Reasons {
        @Param({"1", "2", "3", "4"})
        public int bytesPerChar;

        @Param({"short", "long"})
        public String length;

        String reason;

        @Setup
        public void setUp() {
            String unit = switch (bytesPerChar) {
                case 1 -> "restart ";       // ASCII
                case 2 -> "перезапуск ";   // Cyrillic: 2 bytes a letter
                case 3 -> "服务器正在重启";    // CJK: 3 bytes
                case 4 -> "\uD83D\uDE80\uD83D\uDD04"; // emoji, surrogate pairs: 4 bytes
                default -> throw new IllegalArgumentException("bytesPerChar " + bytesPerChar);
            };
            // short: about 40 bytes; long: about 400 bytes, over the 123-byte limit
            int target = "short".equals(length) ? 40 : 400;
            StringBuilder text = new StringBuilder();
            while (CloseRules.utf8Length(text) + CloseRules.utf8Length(unit) <= target) {
                text.append(unit);
            }
            reason = text.toString();
            boolean fits = CloseRules.utf8Length(reason) <= CloseRules.MAX_REASON_BYTES;
            if (fits != "short".equals(length)) {
                throw new IllegalStateException("Reason of " + CloseRules.utf8Length(reason) + " bytes for " + length);
            }
        }
    }

    /** Null for a short reason; the "too long" message for a long one. */
    @Benchmark
    public String closeReasonExceptionMessage(Reasons state) {
        return CloseRules.closeReasonExceptionMessage(state.reason);
    }

    /** The same instance for a short reason; a cut copy for a long one. */
    @Benchmark
    public String truncateReason(Reasons state) {
        return CloseRules.truncateReason(state.reason);
    }

    /** Lone surrogates replaced, then truncated: what an endpoint sends. */
    @Benchmark
    public String sendableReason(Reasons state) {
        return CloseRules.sendableReason(state.reason);
    }
}
