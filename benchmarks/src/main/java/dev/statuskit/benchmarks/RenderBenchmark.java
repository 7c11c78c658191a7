package dev.statuskit.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemRenderer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.RequestInfo;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.zalando.problem.Status;
import org.zalando.problem.ThrowableProblem;
import org.zalando.problem.jackson.ProblemModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole {@code application/problem+json} body of one 404, as UTF-8 bytes, built and serialized three
 * ways with the same six members ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and the extension {@code traceId}):
 * <ul>
 *   <li>{@link #statuskit}: a StatusKit {@link Problem} rendered by {@link ProblemRenderer#render(Problem, Locale)},
 *       the byte-array call the servlet filter makes ({@code ErrorAnswer.body()}), with the title and detail
 *       read from the {@link StatusCatalog} as {@code ProblemResponder} reads them;</li>
 *   <li>{@link #zalando}: a Zalando {@code ThrowableProblem} written by a Jackson 2 {@code ObjectMapper}
 *       with {@code ProblemModule}, configured once;</li>
 *   <li>{@link #spring}: a Spring {@link ProblemDetail} written by the {@code JsonMapper} that Spring 7's
 *       default JSON converter ({@link JacksonJsonHttpMessageConverter}, Jackson 3) builds for itself: with
 *       {@code ProblemDetailJacksonMixin} and the modules Spring finds, configured once.</li>
 * </ul>
 * The peers take their localized title and detail from a map precomputed in setup. Setup checks that all
 * three bodies hold the same members with the same values, so nothing is measured that differs in content.
 *
 * <p>{@link #statuskitWholeAnswer} is context, not part of the comparison: everything the filter does for
 * a plain {@code sendError(404)} before the container writes the bytes (locale negotiation from a cached
 * {@code Accept-Language}, format negotiation, the completed problem, the headers, the body).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {
    static final URI TYPE = URI.create("https://statuskit.dev/problems/item-not-found");
    static final URI INSTANCE = URI.create("/api/items/42");
    static final String EXTENSION = "traceId";
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** The language of the texts. */
    @Param({"zh-CN", "en"})
    public String language;

    private Locale locale;
    private StatusCatalog catalog;
    private ProblemRenderer renderer;
    private ProblemResponder responder;
    private RequestInfo request;

    /** The peers' titles and details, by locale, as an application would keep them. */
    private Map<Locale, String[]> peerTexts;
    private ObjectMapper zalandoMapper;
    private JsonMapper springMapper;

    @Setup
    public void setUp() {
        locale = Locale.forLanguageTag(language);
        catalog = StatusCatalog.standard();
        responder = ProblemResponder.create(ProblemOptions.defaults());
        renderer = responder.renderer(ProblemFormat.JSON);
        request = new RequestInfo("GET", INSTANCE.toString(), null, language);

        peerTexts = new HashMap<>();
        for (Locale supported : catalog.supportedLocales()) {
            LocalizedText text = catalog.http(404, supported);
            peerTexts.put(supported, new String[] {text.title(), text.description()});
        }
        zalandoMapper = new ObjectMapper().registerModule(new ProblemModule());
        springMapper = new JacksonJsonHttpMessageConverter().getMapper();

        checkSameMembers(statuskit(), zalando(), spring());
    }

    /** StatusKit: build the problem, render it as the filter does. */
    @Benchmark
    public byte[] statuskit() {
        LocalizedText text = catalog.http(404, locale);
        Problem problem = Problem.builder()
                .type(TYPE)
                .title(text.title())
                .status(404)
                .detail(text.description())
                .instance(INSTANCE)
                .with(EXTENSION, TRACE_ID)
                .build();
        return renderer.render(problem, locale);
    }

    /** Zalando Problem 0.27.1 on Jackson 2 with ProblemModule. */
    @Benchmark
    public byte[] zalando() {
        String[] text = peerTexts.get(locale);
        ThrowableProblem problem = org.zalando.problem.Problem.builder()
                .withType(TYPE)
                .withTitle(text[0])
                .withStatus(Status.NOT_FOUND)
                .withDetail(text[1])
                .withInstance(INSTANCE)
                .with(EXTENSION, TRACE_ID)
                .build();
        try {
            return zalandoMapper.writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spring 7 ProblemDetail on Jackson 3, with the mapper of Spring's default JSON converter. */
    @Benchmark
    public byte[] spring() {
        String[] text = peerTexts.get(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text[1]);
        problem.setType(TYPE);
        problem.setTitle(text[0]);
        problem.setInstance(INSTANCE);
        problem.setProperty(EXTENSION, TRACE_ID);
        return springMapper.writeValueAsBytes(problem);
    }

    /** Context: the filter's whole answer to {@code sendError(404)}, body included. */
    @Benchmark
    public byte[] statuskitWholeAnswer() {
        return responder.answer(404, null, null, request).orElseThrow().body();
    }

    /**
     * Fails unless the three bodies are JSON objects with the same members and values, whatever their
     * order.
     */
    static void checkSameMembers(byte[] statuskit, byte[] zalando, byte[] spring) {
        Map<String, Object> ours = parse(statuskit);
        if (ours.size() != 6) {
            throw new IllegalStateException("Expected six members, got " + ours);
        }
        for (Map.Entry<String, byte[]> peer : Map.of("zalando", zalando, "spring", spring).entrySet()) {
            Map<String, Object> theirs = parse(peer.getValue());
            if (!theirs.equals(ours)) {
                throw new IllegalStateException("The " + peer.getKey() + " body differs from StatusKit's:\n  "
                        + theirs + "\n  " + ours);
            }
        }
    }

    private static Map<String, Object> parse(byte[] json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
