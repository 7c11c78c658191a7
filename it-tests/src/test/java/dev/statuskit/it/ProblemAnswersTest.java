package dev.statuskit.it;

import static dev.statuskit.testing.HttpCalls.header;
import static dev.statuskit.testing.HttpCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.it.app.Secrets;
import dev.statuskit.it.app.TestServlets;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.RawHttp;
import dev.statuskit.it.servers.RunningServer;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The same scenarios on Jetty 12 ee11, Tomcat 11 and Jersey on Grizzly, and in a test execution of its own on
 * Jetty 12 ee11 with RESTEasy (see {@link ServerKind#available()}), each on a loopback port, driven by the JDK
 * HttpClient.
 */
class ProblemAnswersTest {

    static final StatusCatalog CATALOG = StatusCatalog.standard();
    static final String JSON = "application/problem+json";
    /**
     * A 404 from a resource that produces any type. ({@code api/items/9} is produced as JSON only, so a client
     * that accepts only HTML or XML gets Jersey's 406 there, as JAX-RS requires.)
     */
    static final String NOT_FOUND = "api/wae/404";

    static JsonObject json(HttpResponse<byte[]> response) {
        try (JsonReader reader = Json.createReader(new StringReader(text(response)))) {
            return reader.readObject();
        }
    }

    static RunningServer server(ServerKind kind) {
        return Servers.get(kind);
    }

    /** The path that nothing is mapped to: the container's own 404. */
    static String unmappedPath() {
        return "no/such/path";
    }

    static Stream<Arguments> serversAndLocales() {
        List<String> tags = List.of("zh-CN", "zh-TW", "ja", "ar", "en");
        return ServerKind.available().stream().flatMap(kind -> tags.stream().map(tag -> Arguments.of(kind, tag)));
    }

    static Stream<Arguments> serversAndUnreadableWeights() {
        return ServerKind.available().stream().flatMap(kind -> Stream.of("application/json;q=abc", "application/json;q=",
                "text/vnd.x+json;q=,").map(accept -> Arguments.of(kind, accept)));
    }

    static Stream<Arguments> headTargets() {
        return ServerKind.available().stream().flatMap(kind -> Stream.concat(
                Stream.of("api/items/9", unmappedPath()),
                kind.isServletContainer() ? Stream.of("servlet/send-error/503", "servlet/throw") : Stream.empty())
                .map(path -> Arguments.of(kind, path)));
    }

    @Nested
    class Localization {
        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.statuskit.it.ProblemAnswersTest#serversAndLocales")
        void aJaxRsNotFoundIsALocalizedProblem(ServerKind kind, String tag) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/items/9"), "application/json", tag);
            LocalizedText expected = CATALOG.http(404, Locale.forLanguageTag(tag));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(header(response, "Content-Type")).startsWith(JSON);
            assertThat(header(response, "Content-Language")).isEqualTo(tag);
            JsonObject problem = json(response);
            assertThat(problem.getString("type")).isEqualTo("about:blank");
            assertThat(problem.getInt("status")).isEqualTo(404);
            assertThat(problem.getString("title")).isEqualTo(expected.title());
            assertThat(problem.getString("detail")).isEqualTo(expected.description());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void simplifiedChineseReadsAsChinese(ServerKind kind) {
            JsonObject problem = json(HttpCalls.get(server(kind).uri("api/items/9"), null, "zh-CN,zh;q=0.9,en;q=0.8"));
            assertThat(problem.getString("title")).isEqualTo("未找到");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void answersVaryByAcceptAndLanguageAndAreNotStored(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/items/9"), null, "ja");
            assertThat(response.headers().allValues("Vary").toString()).contains("Accept").contains("Accept-Language");
            assertThat(header(response, "Cache-Control")).contains("no-store");
        }
    }

    @Nested
    class Representations {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void xmlClientsGetRfc9457AppendixBXml(ServerKind kind) throws Exception {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri(NOT_FOUND), "application/xml", "de");
            assertThat(header(response, "Content-Type")).startsWith("application/problem+xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:ietf:rfc:7807");
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("problem");
            assertThat(document.getElementsByTagNameNS("urn:ietf:rfc:7807", "title").item(0).getTextContent())
                    .isEqualTo("Nicht gefunden");
            assertThat(document.getElementsByTagNameNS("urn:ietf:rfc:7807", "status").item(0).getTextContent())
                    .isEqualTo("404");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void browsersGetAUtf8HtmlPageInTheirLanguage(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri(NOT_FOUND),
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "zh-CN");
            assertThat(header(response, "Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
            String html = text(response);
            assertThat(html).contains("lang=\"zh-CN\"").contains("未找到");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void arabicPagesAreRightToLeft(ServerKind kind) {
            String html = text(HttpCalls.get(server(kind).uri(NOT_FOUND), "text/html", "ar"));
            assertThat(html).contains("dir=\"rtl\"").contains(CATALOG.http(404, Locale.forLanguageTag("ar")).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void plainTextClientsGetText(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri(NOT_FOUND), "text/plain", "fr");
            assertThat(header(response, "Content-Type")).startsWith("text/plain");
            assertThat(text(response)).contains("404").contains(CATALOG.http(404, Locale.FRENCH).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void clientsThatAcceptAnythingOrNothingGetJson(ServerKind kind) {
            assertThat(header(HttpCalls.get(server(kind).uri(NOT_FOUND), "*/*", null), "Content-Type")).startsWith(JSON);
            assertThat(header(HttpCalls.get(server(kind).uri(NOT_FOUND), null, null), "Content-Type")).startsWith(JSON);
            assertThat(header(HttpCalls.get(server(kind).uri(NOT_FOUND), "image/png", null), "Content-Type")).startsWith(JSON);
        }
    }

    @Nested
    class Methods {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void headGetsTheHeadersAndNoBody(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.sendBytes("HEAD", server(kind).uri("api/items/9"), null, "ko");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
            assertThat(header(response, "Content-Language")).isEqualTo("ko");
        }

        /**
         * RFC 9110 §8.6: a server must not send {@code Content-Length} in an answer to {@code HEAD} unless it is the
         * length of the content a {@code GET} would get. Through the Jakarta REST feature, the container's own 404
         * and, on servlet containers, the servlet filter around {@code sendError} and an exception.
         */
        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.statuskit.it.ProblemAnswersTest#headTargets")
        void headGetsTheContentLengthOfTheBodyAGetWouldGetOrNone(ServerKind kind, String path) {
            HttpResponse<byte[]> get = HttpCalls.sendBytes("GET", server(kind).uri(path), "text/html", "ko");
            HttpResponse<byte[]> head = HttpCalls.sendBytes("HEAD", server(kind).uri(path), "text/html", "ko");

            assertThat(head.statusCode()).isEqualTo(get.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(get.body()).isNotEmpty();
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().allValues("Content-Length")).as("Content-Length of HEAD, the GET body having %d bytes",
                    get.body().length).isSubsetOf(List.of(Integer.toString(get.body().length)));
            assertThat(header(head, "Content-Type")).isEqualTo(header(get, "Content-Type"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aJaxRs405ListsTheMethodsTheResourceAnswersHeadIncluded(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.sendBytes("POST", server(kind).uri("api/items/1"), null, "es");
            assertThat(response.statusCode()).isEqualTo(405);
            // Jakarta REST answers HEAD for every GET (§3.3.5), and RFC 9110 §15.5.6 asks Allow for every method the
            // resource supports: RESTEasy lists HEAD, Jersey did not.
            assertThat(response.headers().allValues("Allow")).hasSize(1);
            assertThat(header(response, "Allow").split(" *, *")).containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
            assertThat(HttpCalls.sendBytes("HEAD", server(kind).uri("api/items/1"), null, "es").statusCode()).isEqualTo(200);
            assertThat(json(response).getString("title")).isEqualTo(CATALOG.http(405, Locale.forLanguageTag("es")).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void theContainersOwn405IsAProblemWhoseDetailClaimsNoAllowHeader(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.sendBytes("POST", server(kind).uri("servlet/get-only/"), null, "it");
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(json(response).getInt("status")).isEqualTo(405);
            assertThat(header(response, "Content-Language")).isEqualTo("it");
            // HttpServlet's default doPost sends 405 without the Allow header RFC 9110 §15.5.6 asks for, so the
            // detail must not send the reader to one.
            assertThat(response.headers().allValues("Allow")).isEmpty();
            assertThat(json(response).getString("detail")).isEqualTo(CATALOG.http(405, Locale.ITALIAN).description())
                    .isEqualTo("Questa risorsa non supporta il metodo della richiesta.");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void theServersOwn404IsAProblem(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri(unmappedPath()), null, "pt-BR");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(header(response, "Content-Type")).startsWith(JSON);
            assertThat(json(response).getString("title")).isEqualTo("Não encontrado");
        }
    }

    @Nested
    class UntouchedAnswers {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void noContentAndNotModifiedKeepNoBody(ServerKind kind) {
            for (String path : List.of("api/no-content", "api/not-modified")) {
                HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri(path), null, "zh-CN");
                assertThat(response.statusCode()).isIn(204, 304);
                assertThat(response.body()).as(path).isEmpty();
                assertThat(header(response, "Content-Type")).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).doesNotStartWith(JSON));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void successPassesThroughUntouched(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/items/2"), null, "zh-CN");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(text(response)).isEqualTo("{\"id\":2}");
            assertThat(header(response, "Content-Language")).isNull();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void servletSuccessAnswersPassThroughUntouched(ServerKind kind) {
            HttpResponse<byte[]> ok = HttpCalls.get(server(kind).uri("servlet/ok/200"), null, "ja");
            assertThat(text(ok)).isEqualTo("{\"ok\":true}");
            assertThat(HttpCalls.get(server(kind).uri("servlet/ok/204"), null, "ja").body()).isEmpty();
            assertThat(HttpCalls.get(server(kind).uri("servlet/ok/304"), null, "ja").body()).isEmpty();
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.statuskit.it.ProblemAnswersTest#servletContainersAndCommittedFailures")
        void aCommittedResponseIsLeftAlone(ServerKind kind, String failure) {
            HttpCalls.Partial partial = HttpCalls.getPartial(server(kind).uri("servlet/committed/" + failure), "application/json", "zh-CN");
            assertThat(partial.status()).isEqualTo(200);
            assertThat(partial.text()).startsWith(TestServlets.Committed.BODY).doesNotContain("\"status\"")
                    .doesNotContain(Secrets.SECRET);
        }
    }

    static Stream<Arguments> servletContainersAndCommittedFailures() {
        return ServerKind.servletContainers()
                .flatMap(kind -> Stream.of(Arguments.of(kind, "throw"), Arguments.of(kind, "send-error")));
    }

    @Nested
    class Secrecy {
        static Stream<Arguments> failingEndpoints() {
            List<String> accepts = List.of("application/json", "application/xml", "text/html", "text/plain");
            return ServerKind.available().stream().flatMap(kind -> Stream.of("api/boom", "servlet/throw/")
                    .filter(path -> kind.isServletContainer() || path.startsWith("api"))
                    .flatMap(path -> accepts.stream().map(accept -> Arguments.of(kind, path, accept))));
        }

        @ParameterizedTest(name = "{0} {1} {2}")
        @MethodSource("failingEndpoints")
        void noExceptionDetailReachesTheClientIn500s(ServerKind kind, String path, String accept) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri(path), accept, "zh-CN");
            assertThat(response.statusCode()).isEqualTo(500);
            String body = text(response);
            assertThat(body).isNotEmpty()
                    .doesNotContain(Secrets.SECRET)
                    .doesNotContain("IllegalStateException")
                    .doesNotContain("password")
                    .doesNotContain("at dev.statuskit")
                    .contains(CATALOG.http(500, Locale.forLanguageTag("zh-CN")).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void every500CarriesAFreshErrorId(ServerKind kind) {
            JsonObject first = json(HttpCalls.get(server(kind).uri("api/boom"), null, null));
            JsonObject second = json(HttpCalls.get(server(kind).uri("api/boom"), null, null));
            assertThat(first.getString("errorId")).isNotBlank().isNotEqualTo(second.getString("errorId"));
        }
    }

    @Nested
    class ServletErrors {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void sendErrorBecomesALocalizedProblem(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("servlet/send-error/409"), null, "ru");
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(json(response).getString("title")).isEqualTo(CATALOG.http(409, Locale.forLanguageTag("ru")).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void noHeaderIsRepeatedWhenTheAnswerIsReplaced(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("servlet/send-error/503"), "text/html", "ar");
            response.headers().map().forEach((name, values) ->
                    assertThat(values).as("values of %s", name).doesNotHaveDuplicates());
            assertThat(response.headers().allValues("Date")).hasSizeLessThanOrEqualTo(1);
            assertThat(response.headers().allValues("Server")).hasSizeLessThanOrEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void theApplicationsServerHeaderAndTheContainersDateSurviveTheReplacedAnswer(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("servlet/send-error/404?server=statuskit-it"), null, "de");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().allValues("Server")).containsExactly("statuskit-it");
            assertThat(response.headers().allValues("Date")).hasSize(1);
            assertThat(json(response).getString("title")).isEqualTo(CATALOG.http(404, Locale.GERMAN).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void aBareSetStatusKeepsItsRetryAfter(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("servlet/set-status/503"), null, "ja");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(header(response, "Retry-After")).isEqualTo("120");
            assertThat(json(response).getInt("status")).isEqualTo(503);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void a401KeepsItsChallenge(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("servlet/set-status/401"), null, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(header(response, "WWW-Authenticate")).isEqualTo("Bearer realm=\"it\"");
            assertThat(json(response).getInt("status")).isEqualTo(401);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void aSendErrorMessageIsNotShownByDefaultNeitherRawNorEscaped(ServerKind kind) {
            String payload = "<script>alert('x')</script>\"&";
            URI uri = server(kind).uri("servlet/send-error/400?msg=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8));
            String html = text(HttpCalls.get(uri, "text/html", "en"));
            assertThat(html).doesNotContain("<script").doesNotContain("&lt;script").doesNotContain("alert('x')")
                    .doesNotContain("alert(&#39;x&#39;)");
            // Only the link to the JSON answer holds the request's query, percent-encoded as the request had it.
            String link = "<a href=\"?format=json&amp;msg=%3Cscript%3Ealert%28%27x%27%29%3C%2Fscript%3E%22%26\" rel=";
            assertThat(html).containsOnlyOnce(link);
            assertThat(html.replace(link, "")).doesNotContain("script").doesNotContain("alert");
            assertThat(json(HttpCalls.get(uri, "application/json", "de")).getString("detail"))
                    .isEqualTo(CATALOG.http(400, Locale.GERMAN).description());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void markupInThePathIsNeverReflectedRaw(ServerKind kind) {
            URI uri = URI.create(server(kind).base() + "api/wae/%3Cimg%20src=x%20onerror=alert(1)%3E%22'");
            HttpResponse<byte[]> response = HttpCalls.get(uri, "text/html", "en");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(text(response)).doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void anAcceptThatAJsonOnlyResourceCannotMeetIsA406InTheAskedFormat(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/items/9"), "text/html", "fr");
            assertThat(response.statusCode()).isEqualTo(406);
            assertThat(header(response, "Content-Type")).startsWith("text/html");
            assertThat(text(response)).contains(CATALOG.http(406, Locale.FRENCH).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void aSendErrorMessageIsNeverShownOnA5xx(ServerKind kind) {
            URI uri = server(kind).uri("servlet/send-error/502?msg=" + Secrets.SECRET);
            HttpResponse<byte[]> response = HttpCalls.get(uri, null, null);
            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(text(response)).doesNotContain(Secrets.SECRET);
            assertThat(json(response).getString("title")).isEqualTo("Bad Gateway");
        }
    }

    @Nested
    class JaxRsErrors {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void anErrorResponseWithoutEntityGetsAProblemBody(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/status/429"), null, "ko");
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(json(response).getString("title")).isEqualTo(CATALOG.http(429, Locale.KOREAN).title());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aServiceUnavailableKeepsRetryAfter(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/unavailable"), null, null);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(header(response, "Retry-After")).isEqualTo("120");
            assertThat(json(response).getInt("status")).isEqualTo(503);
        }

        /**
         * Jersey answers an {@code Accept} weight it cannot read with 400; RESTEasy throws a {@code LoggableFailure} of
         * 500 ({@code RESTEASY003545}), which the responder answers as the 400 it is.
         */
        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.statuskit.it.ProblemAnswersTest#serversAndUnreadableWeights")
        void anAcceptWeightNoOneCanReadIsA400OnEveryImplementation(ServerKind kind, String accept) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/items/9"), accept, "pl");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(header(response, "Content-Type")).isEqualTo(JSON);
            assertThat(json(response).getString("detail")).isEqualTo(CATALOG.http(400, Locale.forLanguageTag("pl")).description());
            assertThat(json(response).containsKey("errorId")).isFalse();
        }

        /**
         * A raw {@code <} in the query, which only a raw socket sends: Jersey on Jetty gets it and answers as for any
         * query (here the resource's 404); Tomcat refuses it, and StatusKit's codec on Grizzly, with a 400 problem;
         * RESTEasy's {@code java.net.URI} of the request refuses it with an exception of 500, answered as 400.
         */
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aRawLessThanSignInTheQueryIsNeverA500(ServerKind kind) {
            RawHttp.Answer answer = RawHttp.send(server(kind).base(), "GET", "/api/items/9?a=<b>", Map.of("Accept-Language", "pl"));
            assertThat(answer.status()).isEqualTo(kind == ServerKind.JETTY ? 404 : 400);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON);
            assertThat(answer.latin1()).doesNotContain("errorId").doesNotContain("<b>");
        }

        /**
         * A malformed escape ({@code %9%}) after a {@code ;} in the path, the case {@code HostileRequestsTest} found on
         * RESTEasy (seed {@code 0xFB7281ACC0960765}): Jetty and Tomcat take what follows the {@code ;} as path
         * parameters without decoding them, so Jersey answers its 404 there; StatusKit's codec on Grizzly refuses the
         * target with a 400 problem; RESTEasy's {@code java.net.URI} of the request refuses it with an exception of
         * 500, answered as 400. (Jetty refuses such an escape elsewhere in the path itself.)
         */
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void aMalformedEscapeInAPathParameterIsNeverA500(ServerKind kind) {
            RawHttp.Answer answer = RawHttp.send(server(kind).base(), "GET", "/api/items/&amp;%9%00%3Cx-sk%3Ea",
                    Map.of("Accept-Language", "pl"));
            assertThat(answer.status()).isEqualTo(kind == ServerKind.JETTY || kind == ServerKind.TOMCAT ? 404 : 400);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON);
            assertThat(answer.latin1()).doesNotContain("errorId").doesNotContain("x-sk");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void anUnassignedStatusGetsItsClassTitle(ServerKind kind) {
            HttpResponse<byte[]> response = HttpCalls.get(server(kind).uri("api/wae/499"), null, "en");
            assertThat(response.statusCode()).isEqualTo(499);
            assertThat(json(response).getString("title")).isEqualTo("Client Error");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#available")
    void everyServerStartsOnLoopback(ServerKind kind) {
        assertThat(server(kind).base().getHost()).isEqualTo("127.0.0.1");
    }
}
