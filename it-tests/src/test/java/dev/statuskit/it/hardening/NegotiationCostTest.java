package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.i18n.LocaleNegotiator;
import dev.statuskit.i18n.StatusCatalog;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cost of negotiating a hostile header, counted in bytes allocated by the calling thread (the JVM counts
 * them exactly; no timer). The character reads are counted in i18n's {@code LocaleNegotiatorTest$BoundedWork};
 * the times are in the JMH {@code NegotiationBenchmark}.
 */
class NegotiationCostTest {
    static final int CALLS = 20;
    /** An 8 KB header is read and lower-cased once per call; a few ranges more. */
    static final long MAX_BYTES_PER_CALL = 64 * 1024;

    static String header(String shape) {
        return switch (shape) {
            case "subtags" -> "ab-".repeat(2730) + "ab";
            case "single-subtags" -> "a-".repeat(4095) + "a";
            case "commas" -> "1,".repeat(4096);
            case "ranges" -> "de;q=0.1,".repeat(900);
            case "megabyte" -> "ja;q=0.9,".repeat(120_000);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    static long bytesPerCall(Consumer<String> negotiation, String value) {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM does not count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        negotiation.accept(value);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            negotiation.accept(value);
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / CALLS;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subtags", "single-subtags", "commas", "ranges", "megabyte"})
    void aHostileAcceptLanguageCostsKilobytesNotMegabytes(String shape) {
        LocaleNegotiator uncached = LocaleNegotiator.of(StatusCatalog.SHIPPED_LOCALES, Locale.ENGLISH, 0);
        // Before the fix, "subtags" allocated 11 MB per call: one string per RFC 4647 truncation step.
        assertThat(bytesPerCall(uncached::negotiate, header(shape))).isLessThan(MAX_BYTES_PER_CALL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subtags", "commas", "ranges", "megabyte"})
    void aHostileAcceptCostsKilobytesNotMegabytes(String shape) {
        assertThat(bytesPerCall(ProblemFormat::negotiate, header(shape).replace("de;", "a/b;"))).isLessThan(MAX_BYTES_PER_CALL);
    }
}
