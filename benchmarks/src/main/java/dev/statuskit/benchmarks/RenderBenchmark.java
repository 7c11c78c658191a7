package dev.statuskit.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.http.Problem;
import dev.statuskit.http.internal.Members;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemRenderer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.RequestInfo;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.openjdk.jmh.infra.Blackhole;
import org.jspecify.annotations.Nullable;
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
 * <p>Beyond that six-member 404, in the same run:
 * <ul>
 *   <li>{@link #statuskitXml}, {@link #statuskitHtml}, {@link #statuskitText}: the same 404 in the other
 *       formats, to compare with {@link #statuskit}; {@link #htmlPageCopy}, only a copy of the HTML page, is the
 *       floor under {@link #statuskitHtml};</li>
 *   <li>{@link #statuskit500} / {@link #spring500}: a 500 with an {@code errorId};</li>
 *   <li>{@link #statuskitOutOfCredit} / {@link #springOutOfCredit}: RFC 9457's out-of-credit example with
 *       {@code balance} and {@code accounts}, texts of the application's own;</li>
 *   <li>{@link #statuskitValidation} / {@link #springValidation}: a 400 with five validation errors.</li>
 * </ul>
 * Setup checks that each StatusKit body and its Spring peer hold the same members with the same values.
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
@Fork(value = 1, jvmArgsAppend = {ForkedJvm.HEAP_START, ForkedJvm.HEAP_MAX, ForkedJvm.PRE_TOUCH})
public class RenderBenchmark {
    static final URI TYPE = URI.create("https://statuskit.dev/problems/item-not-found");
    static final URI INSTANCE = URI.create("/api/items/42");
    static final String EXTENSION = "traceId";
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    /** An error id as the responder makes them, {@code UUID.randomUUID().toString()}; fixed, so both sides write the same. */
    static final String ERROR_ID = "3f2c8a9e-5b7d-4e1f-9a6c-0d8e7b5a4c21";
    /**
     * The types of the 500 and of the validation problem. The responder answers both as about:blank, which it
     * writes as {@code "type":"about:blank"}; Spring leaves an about:blank type out, so both sides get a type
     * of their own here, to carry the same members.
     */
    static final URI SERVER_ERROR = URI.create("https://statuskit.dev/problems/server-error");
    static final URI VALIDATION = URI.create("https://statuskit.dev/problems/validation");
    static final URI OUT_OF_CREDIT = URI.create("https://example.com/probs/out-of-credit");
    static final URI ITEMS = URI.create("/api/items");
    static final List<String> ACCOUNTS = List.of("/account/12345", "/account/67890");
    /** The out-of-credit texts of the demo's bundles, formatted with balance 30 and cost 50. */
    static final Map<String, String[]> OUT_OF_CREDIT_TEXTS = Map.of(
            "en", new String[] {"You do not have enough credit.", "Your current balance is 30, but that costs 50."},
            "zh-CN", new String[] {"余额不足。", "当前余额为 30，但此次购买需要 50。"});
    /** Five violations as Jakarta Validation reports them, already localized and pointed. */
    static final Map<String, String[][]> VIOLATIONS = Map.of(
            "en", new String[][] {
                {"#/name", "must not be blank"}, {"#/price", "must be greater than 0"},
                {"#/quantity", "must be less than or equal to 100"}, {"#/email", "must be a well-formed email address"},
                {"#/tags/0", "size must be between 1 and 20"}},
            "zh-CN", new String[][] {
                {"#/name", "不能为空"}, {"#/price", "必须大于 0"}, {"#/quantity", "必须小于或等于 100"},
                {"#/email", "必须是格式正确的电子邮件地址"}, {"#/tags/0", "大小必须在 1 和 20 之间"}});

    /** The language of the texts. */
    @Param({"zh-CN", "en"})
    public String language;

    private Locale locale;
    private StatusCatalog catalog;
    private ProblemRenderer renderer;
    private ProblemResponder responder;
    private RequestInfo request;

    private final Sink sink = new Sink();

    /** The peers' titles and details, by locale, as an application would keep them. */
    private Map<Locale, String[]> peerTexts;
    private Map<Locale, String[]> peer500;
    private Map<Locale, String[]> peer400;
    private ObjectMapper zalandoMapper;
    private JsonMapper springMapper;

    private ProblemRenderer xml;
    private ProblemRenderer html;
    private ProblemRenderer text;
    /** The page {@link #statuskitHtml} writes, for {@link #htmlPageCopy}. */
    private byte[] htmlPage;
    private String[] outOfCredit;
    /** The validation errors as Spring's peer gets them: a List of LinkedHashMaps, which Jackson writes as they are. */
    private List<Map<String, Object>> errors;
    /**
     * The same errors as StatusKit's responder builds them for a ConstraintViolationException ({@code ValidationErrors}):
     * {@code List.copyOf} of immutable {@code {detail, pointer}} Maps, which the problem takes without a copy.
     */
    private List<Map<String, Object>> statuskitErrors;

    @Setup
    public void setUp() {
        locale = Locale.forLanguageTag(language);
        catalog = StatusCatalog.standard();
        responder = ProblemResponder.create(ProblemOptions.defaults());
        renderer = responder.renderer(ProblemFormat.JSON);
        request = new RequestInfo("GET", INSTANCE.toString(), null, language);

        peerTexts = peerTexts(404);
        peer500 = peerTexts(500);
        peer400 = peerTexts(400);
        zalandoMapper = new ObjectMapper().registerModule(new ProblemModule());
        springMapper = new JacksonJsonHttpMessageConverter().getMapper();
        xml = responder.renderer(ProblemFormat.XML);
        html = responder.renderer(ProblemFormat.HTML);
        text = responder.renderer(ProblemFormat.TEXT);
        htmlPage = statuskitHtml();
        outOfCredit = OUT_OF_CREDIT_TEXTS.get(language);
        errors = new ArrayList<>();
        for (String[] violation : VIOLATIONS.get(language)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("detail", violation[1]);
            error.put("pointer", violation[0]);
            errors.add(error);
        }
        List<Map<String, Object>> built = new ArrayList<>();
        for (String[] violation : VIOLATIONS.get(language)) {
            built.add(Members.stringMap("detail", violation[1], "pointer", violation[0]));
        }
        statuskitErrors = List.copyOf(built);

        checkSameMembers(statuskit(), zalando(), spring());
        checkSameBytes(renderer, notFound(), locale, statuskit());
        checkSameBytes(renderer, serverError(), locale, statuskit500());
        checkSameBytes(html, notFound(), locale, htmlPage);
        checkSameBytes(renderer, outOfCredit(), locale, statuskitOutOfCredit());
        checkSameBytes(renderer, validation(), locale, statuskitValidation());
        checkSameMembers(statuskit500(), spring500(), 6);
        checkSameMembers(statuskitOutOfCredit(), springOutOfCredit(), 7);
        checkSameMembers(statuskitValidation(), springValidation(), 6);
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

    /** The same 404 as {@link #statuskit}, as {@code application/problem+xml}. */
    @Benchmark
    public byte[] statuskitXml() {
        return xml.render(notFound(), locale);
    }

    /** The same 404 as {@link #statuskit}, as the HTML page for browsers. */
    @Benchmark
    public byte[] statuskitHtml() {
        return html.render(notFound(), locale);
    }

    /**
     * Not a renderer: a copy of the HTML page of {@link #statuskitHtml} into a new array of its size, the least any
     * renderer that returns that page as a fresh {@code byte[]} must do. The floor under {@link #statuskitHtml}.
     */
    @Benchmark
    public byte[] htmlPageCopy() {
        return Arrays.copyOf(htmlPage, htmlPage.length);
    }

    /**
     * The same 404 as {@link #statuskit}, rendered the way an answer sends it: {@link ProblemRenderer#render(Problem,
     * Locale, java.io.OutputStream)}, which writes the body an {@code ErrorAnswer} keeps to the response's stream
     * ({@code ErrorAnswer.writeBody}). For JSON that body is the array {@link #statuskit} returns, written once.
     */
    @Benchmark
    public long statuskitToStream(Blackhole blackhole) throws IOException {
        return sink.take(blackhole, renderer, notFound(), locale);
    }

    /**
     * The same 404 as {@link #statuskitHtml}, rendered the way an answer sends it: the page's start with its style
     * sheet, and its status, title and detail, are parts encoded once and written as they are, and only the rest is
     * written for the answer. Compare with {@link #statuskitToStream}.
     */
    @Benchmark
    public long statuskitHtmlToStream(Blackhole blackhole) throws IOException {
        return sink.take(blackhole, html, notFound(), locale);
    }

    /** The same 404 as {@link #statuskit}, as {@code text/plain}. */
    @Benchmark
    public byte[] statuskitText() {
        return text.render(notFound(), locale);
    }

    private Problem notFound() {
        LocalizedText texts = catalog.http(404, locale);
        return Problem.builder().type(TYPE).title(texts.title()).status(404).detail(texts.description())
                .instance(INSTANCE).with(EXTENSION, TRACE_ID).build();
    }

    /** A 500 as the responder completes it: the catalog's texts, the instance and an errorId (and a type, see {@link #SERVER_ERROR}). */
    @Benchmark
    public byte[] statuskit500() {
        LocalizedText texts = catalog.http(500, locale);
        Problem problem = Problem.builder().type(SERVER_ERROR).title(texts.title()).status(500).detail(texts.description())
                .instance(INSTANCE).with(ProblemResponder.ERROR_ID, ERROR_ID).build();
        return renderer.render(problem, locale);
    }

    /** The same 500 as {@link #statuskit500}, rendered the way an answer sends it, as {@link #statuskitToStream} is. */
    @Benchmark
    public long statuskit500ToStream(Blackhole blackhole) throws IOException {
        return sink.take(blackhole, renderer, serverError(), locale);
    }

    private Problem serverError() {
        LocalizedText texts = catalog.http(500, locale);
        return Problem.builder().type(SERVER_ERROR).title(texts.title()).status(500).detail(texts.description())
                .instance(INSTANCE).with(ProblemResponder.ERROR_ID, ERROR_ID).build();
    }

    /** The same 500 as a Spring ProblemDetail on Jackson 3. */
    @Benchmark
    public byte[] spring500() {
        String[] texts = peer500Texts();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, texts[1]);
        problem.setType(SERVER_ERROR);
        problem.setTitle(texts[0]);
        problem.setInstance(INSTANCE);
        problem.setProperty(ProblemResponder.ERROR_ID, ERROR_ID);
        return springMapper.writeValueAsBytes(problem);
    }

    private String[] peer500Texts() {
        return peer500.get(locale);
    }

    /**
     * RFC 9457's out-of-credit example, as the demo answers it: its type, 403, the application's title and
     * formatted detail (not texts of the catalog, so encoded per request), the instance and two extension
     * members, {@code balance} and {@code accounts}.
     */
    @Benchmark
    public byte[] statuskitOutOfCredit() {
        return renderer.render(outOfCredit(), locale);
    }

    /**
     * The same out-of-credit problem, rendered the way an answer sends it, as {@link #statuskitToStream} is: its
     * title and detail are the application's, not the catalog's, so its body is rendered whole, as
     * {@link #statuskitOutOfCredit} renders it, and written once.
     */
    @Benchmark
    public long statuskitOutOfCreditToStream(Blackhole blackhole) throws IOException {
        return sink.take(blackhole, renderer, outOfCredit(), locale);
    }

    private Problem outOfCredit() {
        return Problem.builder().type(OUT_OF_CREDIT).title(outOfCredit[0]).status(403)
                .detail(outOfCredit[1]).instance(INSTANCE).with("balance", 30).with("accounts", ACCOUNTS).build();
    }

    /** The same out-of-credit problem as a Spring ProblemDetail on Jackson 3. */
    @Benchmark
    public byte[] springOutOfCredit() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, outOfCredit[1]);
        problem.setType(OUT_OF_CREDIT);
        problem.setTitle(outOfCredit[0]);
        problem.setInstance(INSTANCE);
        problem.setProperty("balance", 30);
        problem.setProperty("accounts", ACCOUNTS);
        return springMapper.writeValueAsBytes(problem);
    }

    /**
     * A 400 with five validation errors, as the responder answers a ConstraintViolationException (with a type,
     * see {@link #VALIDATION}): the catalog's texts, the instance and {@code errors}, a list of five {@code {detail, pointer}} objects.
     * {@code with} copies the list deeply, as it does for every value.
     */
    @Benchmark
    public byte[] statuskitValidation() {
        return renderer.render(validation(), locale);
    }

    /**
     * The same validation problem, rendered the way an answer sends it, as {@link #statuskitToStream} is: its type,
     * title, status and detail are parts encoded once and written as they are, and only the instance and
     * {@code errors} are rendered for the answer.
     */
    @Benchmark
    public long statuskitValidationToStream(Blackhole blackhole) throws IOException {
        return sink.take(blackhole, renderer, validation(), locale);
    }

    private Problem validation() {
        LocalizedText texts = catalog.http(400, locale);
        return Problem.builder().type(VALIDATION).title(texts.title()).status(400).detail(texts.description())
                .instance(ITEMS).with("errors", statuskitErrors).build();
    }

    /** The same validation problem as a Spring ProblemDetail on Jackson 3. */
    @Benchmark
    public byte[] springValidation() {
        String[] texts = peer400.get(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts[1]);
        problem.setType(VALIDATION);
        problem.setTitle(texts[0]);
        problem.setInstance(ITEMS);
        problem.setProperty("errors", errors);
        return springMapper.writeValueAsBytes(problem);
    }

    /** Context: the filter's whole answer to {@code sendError(404)}, body included. */
    @Benchmark
    public byte[] statuskitWholeAnswer() {
        return responder.answer(404, null, null, request).orElseThrow().body();
    }

    /**
     * The response's stream, as a container's is for the benchmarks that render to one: it takes each array it is
     * given and counts its bytes. It copies none; the copy into the container's buffer is the same for every format,
     * so it is left out of both sides of a comparison.
     */
    static final class Sink extends OutputStream {
        private @Nullable Blackhole blackhole;
        private long written;

        long take(Blackhole to, ProblemRenderer renderer, Problem problem, Locale locale) throws IOException {
            blackhole = to;
            written = 0;
            renderer.render(problem, locale, this);
            return written;
        }

        @Override
        public void write(int b) {
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.requireNonNull(blackhole).consume(b);
            written += len;
        }
    }

    private Map<Locale, String[]> peerTexts(int status) {
        Map<Locale, String[]> texts = new HashMap<>();
        for (Locale supported : catalog.supportedLocales()) {
            LocalizedText localized = catalog.http(status, supported);
            texts.put(supported, new String[] {localized.title(), localized.description()});
        }
        return texts;
    }

    /** Fails unless the renderer writes these bytes of the problem to a stream, as the benchmarks that render to one do. */
    private static void checkSameBytes(ProblemRenderer to, Problem problem, Locale locale, byte[] expected) {
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        try {
            to.render(problem, locale, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Arrays.equals(written.toByteArray(), expected)) {
            throw new IllegalStateException("Expected the same " + to.format() + " body on a stream as in an array");
        }
    }

    /** Fails unless the two bodies are JSON objects with these many members, the same, with the same values. */
    static void checkSameMembers(byte[] statuskit, byte[] spring, int members) {
        Map<String, Object> ours = parse(statuskit);
        Map<String, Object> theirs = parse(spring);
        if (ours.size() != members || !theirs.equals(ours)) {
            throw new IllegalStateException("Expected the same " + members + " members:\n  " + theirs + "\n  " + ours);
        }
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
