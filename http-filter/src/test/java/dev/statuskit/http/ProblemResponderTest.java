package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemResponderTest {
    private static final ProblemResponder DEFAULT = ProblemResponder.create(ProblemOptions.defaults());
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private static RequestInfo get(String accept, String acceptLanguage) {
        return new RequestInfo("GET", "/orders/42", accept, acceptLanguage);
    }

    private static ErrorAnswer answer(ProblemResponder responder, int status, Throwable cause, String message, RequestInfo request) {
        return responder.answer(status, cause, message, request).orElseThrow();
    }

    private static ErrorAnswer answer(int status) {
        return answer(DEFAULT, status, null, null, get(null, null));
    }

    private static JsonObject json(ErrorAnswer answer) {
        return JsonRendererTest.parse(answer.body());
    }

    @Nested
    class Headers {
        @Test
        void describesTheRepresentationAndForbidsCaching() {
            ErrorAnswer answer = answer(DEFAULT, 404, null, null, get("application/json", "de-DE,de;q=0.9"));

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.headers()).containsExactly(
                    Map.entry("Content-Type", "application/problem+json"),
                    Map.entry("Content-Language", "de"),
                    Map.entry("Vary", "Accept, Accept-Language"),
                    Map.entry("Cache-Control", "no-store"),
                    Map.entry("X-Content-Type-Options", "nosniff"));
            assertThat(answer.locale()).isEqualTo(Locale.GERMAN);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "text/html                | HTML | text/html;charset=utf-8",
            "application/xml          | XML  | application/problem+xml;charset=utf-8",
            "text/plain               | TEXT | text/plain;charset=utf-8",
            "image/png                | JSON | application/problem+json",
        })
        void followsTheNegotiatedFormat(String accept, ProblemFormat format, String contentType) {
            ErrorAnswer answer = answer(DEFAULT, 400, null, null, get(accept, null));

            assertThat(answer.format()).isEqualTo(format);
            assertThat(answer.headers()).containsEntry("Content-Type", contentType);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "zh-CN                 | zh-CN",
            "zh-Hans               | zh-CN",
            "zh-HK                 | zh-TW",
            "ar-EG,ar;q=0.9        | ar",
            "pt                    | pt-BR",
            "fi, fr;q=0.5          | fr",
            "fi                    | en",
            "pl-PL                 | pl",
            "iw                    | he",
            "uk-UA,ru;q=0.5        | uk",
        })
        void namesTheNegotiatedLanguage(String acceptLanguage, String contentLanguage) {
            assertThat(answer(DEFAULT, 404, null, null, get(null, acceptLanguage)).headers())
                    .containsEntry("Content-Language", contentLanguage);
        }

        @ParameterizedTest
        @CsvSource({"Content-Type", "content-length", "ETag", "Last-Modified", "Content-Encoding", "Transfer-Encoding"})
        void dropsApplicationHeadersThatDescribeTheReplacedRepresentation(String name) {
            assertThat(ErrorAnswer.keepsApplicationHeader(name)).isFalse();
        }

        @ParameterizedTest
        @CsvSource({"Allow", "Retry-After", "WWW-Authenticate", "Set-Cookie", "Access-Control-Allow-Origin",
                "Content-Security-Policy"})
        void keepsOtherApplicationHeaders(String name) {
            assertThat(ErrorAnswer.keepsApplicationHeader(name)).isTrue();
        }
    }

    @Nested
    class Bodies {
        @Test
        void givesAHeadRequestTheHeadersButNoBody() {
            ErrorAnswer answer = answer(DEFAULT, 404, null, null, new RequestInfo("HEAD", "/x", "text/html", "fr"));

            assertThat(answer.hasBody()).isFalse();
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers()).containsEntry("Content-Type", "text/html;charset=utf-8")
                    .containsEntry("Content-Language", "fr");
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 101, 103, 199, 204, 304})
        void neverGivesABodyToStatusesThatCannotCarryOne(int status) {
            ErrorAnswer answer = answer(status);

            assertThat(answer.hasBody()).isFalse();
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {200, 302, 400, 404, 500})
        void givesABodyToOtherStatuses(int status) {
            ErrorAnswer answer = answer(status);

            assertThat(answer.hasBody()).isTrue();
            assertThat(json(answer).getInt("status")).isEqualTo(status);
        }

        @ParameterizedTest
        @EnumSource(ProblemFormat.class)
        void writesTheSameBodyToAStream(ProblemFormat format) throws Exception {
            ErrorAnswer answer = answer(DEFAULT, 404, null, null, get(format.mediaType(), "ja"));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

            answer.writeBody(out);

            assertThat(out.toByteArray()).isEqualTo(answer.body()).isNotEmpty();
        }
    }

    @Nested
    class Texts {
        static Stream<Arguments> localizedTitles() {
            return Stream.of(
                    Arguments.of("en", 404, "Not Found", "The requested resource could not be found. Check the address and try again."),
                    Arguments.of("de", 404, "Nicht gefunden", "Die angeforderte Ressource wurde nicht gefunden. Überprüfen Sie die Adresse und versuchen Sie es erneut."),
                    Arguments.of("zh-CN", 404, "未找到", null),
                    Arguments.of("ar", 405, "الطريقة غير مسموح بها", null),
                    Arguments.of("fr", 503, "Service indisponible", null),
                    Arguments.of("en", 499, "Client Error", "The request contains an error that the client must correct before trying again."),
                    Arguments.of("de", 499, "Clientfehler", "Die Anfrage enthält einen Fehler, den der Client beheben muss, bevor er es erneut versucht."),
                    Arguments.of("en", 299, "Success", "The request was received, understood and accepted."),
                    Arguments.of("en", 599, "Server Error", "The server failed to complete a request that appears to be valid. Trying again later may help."));
        }

        @ParameterizedTest(name = "{0} {1}: {2}")
        @MethodSource("localizedTitles")
        void rendersTheLocalizedTitleForAboutBlankProblems(String language, int status, String title, String detail) {
            JsonObject json = json(answer(DEFAULT, status, null, null, get(null, language)));

            assertThat(json.getString("type")).isEqualTo("about:blank");
            assertThat(json.getString("title")).isEqualTo(title);
            if (detail != null) {
                assertThat(json.getString("detail")).isEqualTo(detail);
            } else {
                assertThat(json.getString("detail")).isNotBlank();
            }
        }

        /** A responder that shows the messages of 4xx {@code sendError} calls, which the default does not. */
        static final ProblemResponder SHOWING = ProblemResponder.create(ProblemOptions.builder()
                .sendErrorMessages(ProblemOptions.SendErrorMessages.CLIENT_ERRORS).build());

        @Test
        void showsASendErrorMessageAsTheDetailOfA4xxWhenTheOptionSays4xx() {
            JsonObject json = json(answer(SHOWING, 400, null, "<script>alert(1)</script>", get(null, null)));

            assertThat(json.getString("title")).isEqualTo("Bad Request");
            assertThat(json.getString("detail")).isEqualTo("<script>alert(1)</script>");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "500 | database password is hunter2",
            "503 | upstream 10.0.0.7 down",
        })
        void neverShowsASendErrorMessageInA5xx(int status, String message) {
            String body = new String(answer(SHOWING, status, null, message, get(null, null)).body(), StandardCharsets.UTF_8);

            assertThat(body).doesNotContain(message);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "404 | Not Found",
            "404 | not found ",
            "413 | Payload Too Large",
            "400 | '   '",
        })
        void ignoresAMessageThatOnlyRestatesTheReasonPhrase(int status, String message) {
            ErrorAnswer plain = answer(SHOWING, status, null, null, get(null, "de"));
            ErrorAnswer withMessage = answer(SHOWING, status, null, message, get(null, "de"));

            assertThat(json(withMessage).getString("detail")).isEqualTo(json(plain).getString("detail"));
        }

        @Test
        void showsAMessageThatNamesAnotherStatus() {
            assertThat(json(answer(SHOWING, 400, null, "Not Found", get(null, null))).getString("detail"))
                    .isEqualTo("Not Found");
        }

        @Test
        void hidesSendErrorMessagesByDefault() {
            assertThat(json(answer(DEFAULT, 400, null, "field x is required", get(null, null))).getString("detail"))
                    .isEqualTo("The server could not understand the request because it is malformed. Check its syntax and try again.");
        }

        @Test
        void takesTextsFromAnApplicationBundle() {
            ProblemResponder custom = ProblemResponder.create(ProblemOptions.builder()
                    .bundle("test.statuskit.app-messages").build());

            assertThat(json(answer(custom, 404, null, null, get(null, "en"))).getString("title")).isEqualTo("Nothing here");
            assertThat(json(answer(custom, 404, null, null, get(null, "de"))).getString("title")).isEqualTo("Nicht gefunden");
        }

        @Test
        void answersInTheConfiguredLocalesOnly() {
            ProblemResponder custom = ProblemResponder.create(ProblemOptions.builder()
                    .locales(List.of(Locale.GERMAN, Locale.FRENCH)).defaultLocale(Locale.FRENCH).build());

            assertThat(answer(custom, 404, null, null, get(null, "ja")).headers()).containsEntry("Content-Language", "fr");
            assertThat(answer(custom, 404, null, null, get(null, "de-AT")).headers()).containsEntry("Content-Language", "de");
        }

        @Test
        void setsTheInstanceToTheRequestPathWhenAsked() {
            ProblemResponder withInstance = ProblemResponder.create(ProblemOptions.builder().instance(true).build());

            assertThat(json(answer(withInstance, 404, null, null, new RequestInfo("GET", "/shop/items/%C3%A9?x=1", null, null)))
                    .getString("instance")).isEqualTo("/shop/items/%C3%A9?x=1");
            assertThat(json(answer(withInstance, 404, null, null, new RequestInfo("GET", "/a b", null, null))).containsKey("instance"))
                    .isFalse();
            assertThat(json(answer(404)).containsKey("instance")).isFalse();
        }
    }

    @Nested
    class ServerErrors {
        private static final IllegalStateException SECRET = new IllegalStateException("SECRET-123 at db://prod");

        @ParameterizedTest
        @EnumSource(ProblemFormat.class)
        void neverRevealsTheExceptionInAnyFormat(ProblemFormat format) {
            String body = new String(answer(DEFAULT, 500, SECRET, "SECRET-message", get(format.mediaType(), null)).body(),
                    StandardCharsets.UTF_8);

            assertThat(body).doesNotContain("SECRET", "IllegalStateException", "java.lang", "db://", "at dev.statuskit")
                    .contains("500");
        }

        @Test
        void givesEachAnswerAFreshErrorIdAndLogsItWithTheException() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ErrorAnswer first = answer(DEFAULT, 500, SECRET, null, get(null, null));
                ErrorAnswer second = answer(DEFAULT, 503, null, null, get(null, null));

                String firstId = json(first).getString("errorId");
                String secondId = json(second).getString("errorId");
                assertThat(firstId).matches(UUID_PATTERN).isNotEqualTo(secondId);
                assertThat(secondId).matches(UUID_PATTERN);
                assertThat(first.problem().extensions()).containsEntry("errorId", firstId);

                List<LogRecord> records = log.records();
                assertThat(records).hasSize(2);
                assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
                assertThat(records.get(0).getThrown()).isSameAs(SECRET);
                assertThat(records.get(0).getMessage()).isEqualTo("errorId " + firstId
                        + ": GET /orders/42 answered 500 Internal Server Error");
                assertThat(records.get(1).getLevel()).isEqualTo(Level.WARNING);
                assertThat(records.get(1).getThrown()).isNull();
                assertThat(records.get(1).getMessage()).contains(secondId, "503");
            }
        }

        @Test
        void logsA4xxFromAnExceptionQuietly() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ProblemResponder mapped = ProblemResponder.create(ProblemOptions.builder().exceptionStatus(ExceptionStatusPolicy.builder().map(IllegalArgumentException.class, 400).build()).build());
                IllegalArgumentException bad = new IllegalArgumentException("quantity must be positive");

                ErrorAnswer answer = answer(mapped, 500, bad, null, get(null, null));

                assertThat(answer.status()).isEqualTo(400);
                assertThat(json(answer).containsKey("errorId")).isFalse();
                assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("quantity");
                assertThat(log.records()).singleElement().satisfies(r -> {
                    assertThat(r.getLevel()).isEqualTo(Level.FINE);
                    assertThat(r.getThrown()).isSameAs(bad);
                });
            }
        }

        @Test
        void logsNothingForA4xxWithoutException() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                answer(404);

                assertThat(log.records()).isEmpty();
            }
        }
    }

    @Nested
    class Exceptions {
        private final ProblemResponder mapped = ProblemResponder.create(ProblemOptions.builder().exceptionStatus(ExceptionStatusPolicy.builder().map(RuntimeException.class, 409).map(IllegalArgumentException.class, 400).build())
                .typeBase(URI.create("https://errors.example.com/problems"))
                .build());

        @ParameterizedTest
        @CsvSource({
            "java.lang.NumberFormatException,  400",
            "java.lang.IllegalArgumentException, 400",
            "java.lang.IllegalStateException,   409",
            "java.lang.RuntimeException,        409",
            "java.io.IOException,               500",
            "java.lang.Error,                   500",
        })
        void mapsExceptionsToTheStatusOfTheirNearestConfiguredClass(String className, int status) throws Exception {
            Throwable error = (Throwable) Class.forName(className).getConstructor(String.class).newInstance("x");

            assertThat(answer(mapped, 500, error, null, get(null, null)).status()).isEqualTo(status);
        }

        @Test
        void answersAProblemExceptionWithItsOwnProblem() {
            Problem own = Problem.builder().type(URI.create("out-of-credit")).title("You do not have enough credit.")
                    .status(403).detail("Your balance is 30.").with("balance", 30).build();

            JsonObject json = json(answer(mapped, 500, new ProblemException(own), "ignored", get(null, "de")));

            assertThat(json.getString("type")).isEqualTo("https://errors.example.com/problems/out-of-credit");
            assertThat(json.getString("title")).isEqualTo("You do not have enough credit.");
            assertThat(json.getInt("status")).isEqualTo(403);
            assertThat(json.getString("detail")).isEqualTo("Your balance is 30.");
            assertThat(json.getInt("balance")).isEqualTo(30);
        }

        @Test
        void fillsTheTextsOfAnAboutBlankProblemException() {
            Problem own = Problem.builder().status(409).with("orderId", "A-1").build();

            JsonObject json = json(answer(DEFAULT, 500, new ProblemException(own), null, get(null, "fr")));

            assertThat(json.getString("title")).isEqualTo("Conflit");
            assertThat(json.getString("detail")).isNotBlank();
            assertThat(json.getString("orderId")).isEqualTo("A-1");
        }

        @Test
        void keepsAnAbsoluteTypeAndAnErrorIdTheApplicationChose() {
            Problem own = Problem.builder().type(URI.create("https://acme.test/p/db")).status(503)
                    .with("errorId", "ACME-7").build();

            JsonObject json = json(answer(mapped, 500, new ProblemException(own), null, get(null, null)));

            assertThat(json.getString("type")).isEqualTo("https://acme.test/p/db");
            assertThat(json.getString("errorId")).isEqualTo("ACME-7");
        }

        @Test
        void replacesAnErrorIdThatIsNoStringAndLeavesA4xxOneAlone() {
            Problem server = Problem.builder().status(500).with("errorId", 42).build();
            Problem client = Problem.builder().status(409).with("errorId", 42).build();

            assertThat(json(answer(DEFAULT, 500, new ProblemException(server), null, get(null, null))).getString("errorId"))
                    .matches(UUID_PATTERN);
            assertThat(json(answer(DEFAULT, 500, new ProblemException(client), null, get(null, null))).getInt("errorId"))
                    .isEqualTo(42);
        }

        @Test
        void addsAnErrorIdToA5xxProblemException() {
            Problem own = Problem.builder().status(502).title("Payment provider down").build();

            assertThat(json(answer(DEFAULT, 500, new ProblemException(own), null, get(null, null))).getString("errorId"))
                    .matches(UUID_PATTERN);
        }
    }

    @Nested
    class OutOfRange {
        @ParameterizedTest
        @ValueSource(ints = {0, 99, 600, -1, 1000})
        void passesStatusesOutsideTheHttpRangeThrough(int status) {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ProblemResponder responder = ProblemResponder.create(ProblemOptions.defaults());

                assertThat(responder.answer(status, null, "msg", get(null, null))).isEmpty();
                assertThat(responder.answer(status, null, "msg", get(null, null))).isEmpty();

                assertThat(log.at(Level.WARNING)).singleElement().extracting(LogRecord::getMessage)
                        .isEqualTo("HTTP status code " + status + " is outside the range 100-599 (RFC 9110 §15): GET /orders/42"
                                + " passes through untouched, without a problem body; further answers with status " + status
                                + " are logged at DEBUG");
                assertThat(log.at(Level.FINE)).hasSize(1);
            }
        }
    }
}
