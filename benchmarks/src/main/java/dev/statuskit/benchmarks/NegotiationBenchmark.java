package dev.statuskit.benchmarks;

import dev.statuskit.i18n.LocaleNegotiator;
import dev.statuskit.i18n.StatusCatalog;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * {@code Accept-Language} to locale, for real browser headers (served from the bounded cache after the
 * first request, as in production) and for hostile ones (too long to cache, so parsed every time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkedJvm.HEAP_START, ForkedJvm.HEAP_MAX, ForkedJvm.PRE_TOUCH})
public class NegotiationBenchmark {

    /** Ten headers as browsers send them, and five hostile ones. */
    @Param({
        "zh-CN,zh;q=0.9,en;q=0.8",
        "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7",
        "ja,en-US;q=0.9,en;q=0.8",
        "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
        "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
        "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
        "es-419,es;q=0.9",
        "pt-PT,pt;q=0.9,en-US;q=0.8,en;q=0.7",
        "ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7",
        "en-US,en;q=0.9",
        "hostile-8KB",
        "hostile-1000-ranges",
        "hostile-junk",
        "hostile-subtags",
        "hostile-commas",
    })
    public String header;

    private String value;
    private LocaleNegotiator negotiator;
    private LocaleNegotiator uncached;

    @Setup
    public void setUp() {
        negotiator = StatusCatalog.standard().negotiator();
        uncached = LocaleNegotiator.of(StatusCatalog.SHIPPED_LOCALES, Locale.ENGLISH, 0);
        switch (header) {
            case "hostile-8KB":
                value = "x-" + "a".repeat(8190) + ",ja";
                break;
            case "hostile-1000-ranges":
                value = IntStream.range(0, 1000).mapToObj(i -> "tlh-x" + i + ";q=0." + (i % 10)).collect(Collectors.joining(","));
                break;
            case "hostile-subtags":
                value = "ab-".repeat(2730) + "ab"; // one well-formed range of 2,731 subtags
                break;
            case "hostile-commas":
                value = "1,".repeat(4096); // 4,096 malformed elements
                break;
            case "hostile-junk":
                value = ";;;q=abc,,,--,*;q=9,\u00e4\u00f6\u00fc;q=0.5,de-;q=,zh_CN;q=1.5,\t\t,ja;q=0.1234";
                break;
            default:
                value = header;
        }
    }

    /** As the filter calls it: cached for short headers. */
    @Benchmark
    public Locale negotiate() {
        return negotiator.negotiate(value);
    }

    /** A header seen for the first time: parsed and matched, no cache. */
    @Benchmark
    public Locale negotiateUncached() {
        return uncached.negotiate(value);
    }
}
