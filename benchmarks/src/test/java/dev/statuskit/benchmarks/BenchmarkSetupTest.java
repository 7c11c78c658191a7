package dev.statuskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.websocket.CloseRules;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.infra.Blackhole;
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
    @ValueSource(strings = {"zh-CN", "en"})
    void theRicherProblemsCarryTheSameMembersAsSpringsAndTheOtherFormatsTheSameTexts(String language) throws IOException {
        RenderBenchmark benchmark = new RenderBenchmark();
        benchmark.language = language;

        benchmark.setUp(); // fails unless the 500, out-of-credit and validation bodies match Spring's member for member

        String json = new String(benchmark.statuskit(), StandardCharsets.UTF_8);
        String xml = new String(benchmark.statuskitXml(), StandardCharsets.UTF_8);
        String html = new String(benchmark.statuskitHtml(), StandardCharsets.UTF_8);
        String text = new String(benchmark.statuskitText(), StandardCharsets.UTF_8);
        String title = language.equals("zh-CN") ? "未找到" : "Not Found";
        assertThat(json).contains("\"title\":\"" + title + "\"");
        assertThat(xml).contains("<title>" + title + "</title>", "<status>404</status>",
                "<instance>" + RenderBenchmark.INSTANCE + "</instance>", "<traceId>" + RenderBenchmark.TRACE_ID + "</traceId>");
        assertThat(html).contains("<h1>" + title + "</h1>", "<code>" + RenderBenchmark.INSTANCE + "</code>",
                "<code>" + RenderBenchmark.TRACE_ID + "</code>");
        assertThat(text).startsWith("404 " + title + "\n").contains("instance: " + RenderBenchmark.INSTANCE + "\n",
                "traceId: " + RenderBenchmark.TRACE_ID + "\n");
        assertThat(benchmark.htmlPageCopy()).as("the floor copies the very page the HTML renderer writes")
                .isEqualTo(benchmark.statuskitHtml()).isNotSameAs(benchmark.htmlPageCopy());
        assertThat(new String(benchmark.statuskit500(), StandardCharsets.UTF_8))
                .contains("\"status\":500", "\"errorId\":\"" + RenderBenchmark.ERROR_ID + "\"");
        // The benchmarks that render to a stream write every byte of the same bodies (setUp compares the bytes).
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        assertThat(benchmark.statuskitToStream(blackhole)).isEqualTo(benchmark.statuskit().length);
        assertThat(benchmark.statuskit500ToStream(blackhole)).isEqualTo(benchmark.statuskit500().length);
        assertThat(benchmark.statuskitHtmlToStream(blackhole)).isEqualTo(benchmark.statuskitHtml().length);
        assertThat(new String(benchmark.statuskitOutOfCredit(), StandardCharsets.UTF_8))
                .contains("\"balance\":30", "\"accounts\":[\"/account/12345\",\"/account/67890\"]");
        assertThat(new String(benchmark.statuskitValidation(), StandardCharsets.UTF_8))
                .contains("\"errors\":[{\"detail\":").contains("\"pointer\":\"#/tags/0\"}]");
    }

    @Test
    void theRatioScriptPairsBenchmarksThatExistInRenderBenchmark() throws IOException {
        String script = Files.readString(Path.of("render-ratios.sh"), StandardCharsets.UTF_8);
        Matcher groups = Pattern.compile("(?s)GROUPS_=\\((.*?)\\n\\)").matcher(script);
        assertThat(groups.find()).as("the script's GROUPS_ array").isTrue();
        List<String> names = Pattern.compile("\"([^\"]+)\"").matcher(groups.group(1)).results()
                .flatMap(group -> Arrays.stream(group.group(1).split(" "))).toList();
        Set<String> benchmarks = Arrays.stream(RenderBenchmark.class.getMethods())
                .filter(method -> method.isAnnotationPresent(Benchmark.class)).map(Method::getName).collect(Collectors.toSet());

        assertThat(names).hasSize(19).allSatisfy(name -> assertThat(benchmarks).contains(name));
        assertThat(names).contains("statuskit", "spring", "statuskit500", "spring500", "statuskitHtml", "htmlPageCopy",
                "statuskitToStream", "statuskit500ToStream", "statuskitHtmlToStream", "statuskitOutOfCreditToStream",
                "statuskitValidationToStream");
    }

    @Test
    void theInterleavedAbMeasuresEverySideInEveryRoundAndComparesEachWithTheFirst() throws Throwable {
        List<Interleaved.Side> sides = Interleaved.sides("en", List.of(".:statuskit", ".:spring"));

        List<Interleaved.Result> results = Interleaved.run(sides, Duration.ZERO, Duration.ofMillis(200));

        assertThat(results).extracting(Interleaved.Result::name).containsExactly(".:statuskit", ".:spring");
        assertThat(results.get(0).windows()).isPositive().isEqualTo(results.get(1).windows());
        // The first side compared with itself, round by round.
        assertThat(results.get(0).medianRatio()).isEqualTo(1.0);
        assertThat(results).allSatisfy(result -> assertThat(result.minNanos()).isPositive()
                .isLessThanOrEqualTo(result.p10Nanos()).isLessThanOrEqualTo(result.medianNanos()));
    }

    @Test
    void theInterleavedAbRefusesAMethodThatDoesNotReturnTheBody() {
        assertThatThrownBy(() -> Interleaved.sides("en", List.of(".:setUp")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(".:setUp does not take nothing and return the body");
        assertThatThrownBy(() -> Interleaved.sides("en", List.of("statuskit")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not JAR:METHOD: statuskit");
    }

    @Test
    void theSuccessPathBenchmarksTakeStatusKitsSuccessPathAndAnswer200() throws Exception {
        SuccessPathBenchmark benchmark = new SuccessPathBenchmark();
        benchmark.setUp(); // finds StatusKit's response filter among what the feature registers

        assertThat(benchmark.servletBaseline()).isEqualTo(200);
        assertThat(benchmark.lastResponseSeen()).isSameAs(benchmark.servletResponse());
        assertThat(benchmark.servletStatusKit()).isEqualTo(200);
        assertThat(benchmark.lastResponseSeen()).isNotSameAs(benchmark.servletResponse()); // the filter's wrapper
        assertThat(benchmark.jaxrsBaseline()).isEqualTo(200);
        assertThat(benchmark.jaxrsStatusKit()).isEqualTo(200); // the fakes throw on anything off the success path
    }

    @ParameterizedTest
    @ValueSource(classes = {RenderBenchmark.class, SuccessPathBenchmark.class, NegotiationBenchmark.class,
            CloseCodeBenchmark.class})
    void everyBenchmarkForksAJvmWithAFixedHeapTouchedAtStartUp(Class<?> benchmark) {
        Fork fork = benchmark.getAnnotation(Fork.class);

        assertThat(fork).isNotNull();
        assertThat(fork.jvmArgsAppend()).containsExactly("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch");
        assertThat(fork.jvmArgs()).containsExactly(Fork.BLANK_ARGS); // JMH's own options stay; these come after them
    }

    @Test
    void theFloorServerSendsStatusKitsEnglish404ByteForByteAndJettysPageIsAnotherAnswer() throws Exception {
        HttpResponse<byte[]> on = get(OverheadServer.Mode.ON, "/no/such/page");
        HttpResponse<byte[]> floor = get(OverheadServer.Mode.FLOOR, "/no/such/page");
        HttpResponse<byte[]> off = get(OverheadServer.Mode.OFF, "/no/such/page");

        assertThat(on.statusCode()).isEqualTo(404);
        assertThat(floor.statusCode()).isEqualTo(404);
        assertThat(new String(floor.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(on.body(), StandardCharsets.UTF_8))
                .startsWith("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,");
        for (String name : List.of("Content-Type", "Content-Language", "Vary", "Cache-Control",
                "X-Content-Type-Options", "Content-Length")) {
            assertThat(floor.headers().allValues(name)).as(name).isEqualTo(on.headers().allValues(name)).isNotEmpty();
        }
        assertThat(off.statusCode()).isEqualTo(404);
        assertThat(off.headers().firstValue("Content-Type")).hasValue("text/html;charset=iso-8859-1");
        // The floor's servlet is only for what /api/ does not serve: the 200 is Jersey's in every mode.
        assertThat(new String(get(OverheadServer.Mode.FLOOR, "/api/items/1").body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":1,\"name\":\"kettle\"}");
    }

    private static HttpResponse<byte[]> get(OverheadServer.Mode mode, String path) throws Exception {
        Server server = OverheadServer.start(0, mode);
        try {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            HttpClient client = HttpClient.newHttpClient();
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } finally {
            server.stop();
        }
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
