package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.glassfish.jersey.server.ParamException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Jakarta REST parameter that could not be converted, as Jersey's own {@code ParamException}s and RESTEasy's
 * message {@code RESTEASY003870} report it: which parameter, the status, and the problem through the responder.
 */
class ParameterErrorsTest {
    static final ProblemResponder RESPONDER = ProblemResponder.create(ProblemOptions.defaults());
    static final NumberFormatException CAUSE = new NumberFormatException("For input string: \"abc\"");

    /** RESTEasy's message for a value it cannot convert, with the parameter's signature first and the value last. */
    static String resteasyMessage(String signature, String value) {
        return "RESTEASY003870: Unable to extract parameter from http request: " + signature + " value is '" + value + "'";
    }

    static ErrorAnswer answer(ProblemResponder responder, int status, Throwable cause, String language) {
        return responder.answer(status, cause, null, new RequestInfo("GET", "/items", null, language)).orElseThrow();
    }

    @Nested
    class Recognizes {
        @Test
        void jerseysQueryParameterExceptionWhichAnswers400NotJakartaRests404() {
            ParameterErrors.Failed failed = ParameterErrors.of(new ParamException.QueryParamException(CAUSE, "limit", "10")).orElseThrow();
            assertThat(failed).isEqualTo(new ParameterErrors.Failed("Query", "limit"));
            assertThat(failed.status(404)).isEqualTo(400);
        }

        @Test
        void jerseysPathMatrixHeaderCookieAndFormExceptionsWhichKeepTheirStatus() {
            assertThat(ParameterErrors.of(new ParamException.PathParamException(CAUSE, "id", null)))
                    .contains(new ParameterErrors.Failed("Path", "id"));
            assertThat(ParameterErrors.of(new ParamException.MatrixParamException(CAUSE, "v", null)))
                    .contains(new ParameterErrors.Failed("Matrix", "v"));
            assertThat(ParameterErrors.of(new ParamException.HeaderParamException(CAUSE, "X-Page", null)))
                    .contains(new ParameterErrors.Failed("Header", "X-Page"));
            assertThat(ParameterErrors.of(new ParamException.CookieParamException(CAUSE, "session", null)))
                    .contains(new ParameterErrors.Failed("Cookie", "session"));
            assertThat(ParameterErrors.of(new ParamException.FormParamException(CAUSE, "price", null)))
                    .contains(new ParameterErrors.Failed("Form", "price"));
            assertThat(new ParameterErrors.Failed("Path", "id").status(404)).isEqualTo(404);
            assertThat(new ParameterErrors.Failed("Header", "X-Page").status(400)).isEqualTo(400);
        }

        @Test
        void resteasysMessageByTheSignatureBeforeTheValueWhateverTheValueHolds() {
            NotFoundException query = new NotFoundException(resteasyMessage("jakarta.ws.rs.QueryParam(\"limit\")",
                    "jakarta.ws.rs.HeaderParam(\"forged\")"), CAUSE);
            assertThat(ParameterErrors.of(query)).contains(new ParameterErrors.Failed("Query", "limit"));
            BadRequestException header = new BadRequestException(resteasyMessage("jakarta.ws.rs.HeaderParam(\"X-Page\")", "x"), CAUSE);
            assertThat(ParameterErrors.of(header)).contains(new ParameterErrors.Failed("Header", "X-Page"));
        }

        @Test
        void nothingElse() {
            assertThat(ParameterErrors.of(null)).isEmpty();
            assertThat(ParameterErrors.of(new NotFoundException())).isEmpty();
            assertThat(ParameterErrors.of(CAUSE)).isEmpty();
            // The signature alone, without RESTEasy's message id, is an application's own text.
            assertThat(ParameterErrors.of(new NotFoundException("no jakarta.ws.rs.QueryParam(\"limit\") here"))).isEmpty();
            assertThat(ParameterErrors.of(new IllegalStateException(resteasyMessage("jakarta.ws.rs.QueryParam(\"limit\")", "x"))))
                    .isEmpty();
            assertThat(ParameterErrors.of(new NotFoundException(resteasyMessage("a signature of another kind", "x")))).isEmpty();
        }
    }

    @Nested
    class TheAnswer {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                en    | Bad Request       | The value is not in a format this parameter accepts.
                de    | Ungültige Anfrage | Der Wert hat kein Format, das dieser Parameter akzeptiert.
                zh-CN | 错误请求           | 该值不是此参数接受的格式。
                """)
        void toAQueryParameterIsA400WithOneErrorNamingItInTheRequestsLanguage(String tag, String title, String detail) {
            ErrorAnswer answer = answer(RESPONDER, 404, new ParamException.QueryParamException(CAUSE, "limit", null), tag);
            JsonObject problem = ValidationProblemsTest.json(answer);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(problem.getString("title")).isEqualTo(title);
            assertThat(problem.getJsonArray("errors").toString())
                    .isEqualTo("[{\"detail\":\"" + detail + "\",\"parameter\":\"limit\"}]");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("abc");
        }

        @Test
        void toAPathParameterKeepsJakartaRests404AndNamesIt() {
            ErrorAnswer answer = answer(RESPONDER, 404, new NotFoundException(
                    resteasyMessage("jakarta.ws.rs.PathParam(\"code\")", "<script>"), CAUSE), "en");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(ValidationProblemsTest.json(answer).getJsonArray("errors").toString())
                    .isEqualTo("[{\"detail\":\"The value is not in a format this parameter accepts.\",\"parameter\":\"code\"}]");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("script");
        }

        @Test
        void followsTheExceptionStatusPolicyWhichCanKeepTheSpecs404AsTheGuideSays() throws IOException {
            String value = "org.glassfish.jersey.server.ParamException$QueryParamException=404";
            assertThat(Files.readString(Path.of("..", "docs", "http.md"))).contains("`statuskit.exception-status=" + value + "`");
            ProblemResponder specs = ProblemResponder.create(ProblemOptions.builder()
                    .exceptionStatus(ProblemConfiguration.exceptionStatus(value)).build());
            ErrorAnswer answer = answer(specs, 404, new ParamException.QueryParamException(CAUSE, "limit", null), "en");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(ValidationProblemsTest.json(answer).getJsonArray("errors").getJsonObject(0).getString("parameter"))
                    .isEqualTo("limit");

            // RESTEasy's, as the guide says too.
            String resteasy = "jakarta.ws.rs.NotFoundException=404";
            assertThat(Files.readString(Path.of("..", "docs", "http.md"))).contains("`" + resteasy + "` on RESTEasy");
            ProblemResponder resteasySpecs = ProblemResponder.create(ProblemOptions.builder()
                    .exceptionStatus(ProblemConfiguration.exceptionStatus(resteasy)).build());
            NotFoundException query = new NotFoundException(resteasyMessage("jakarta.ws.rs.QueryParam(\"limit\")", "abc"), CAUSE);
            assertThat(answer(resteasySpecs, 404, query, "en").status()).isEqualTo(404);
            assertThat(answer(RESPONDER, 404, query, "en").status()).isEqualTo(400);
        }

        @Test
        void takesItsEnglishFallbackFromTheCatalogsBaseText() {
            assertThat(StatusCatalog.standard().text(ParameterErrors.KEY, Locale.ENGLISH)).contains(ParameterErrors.FALLBACK);
        }
    }
}
