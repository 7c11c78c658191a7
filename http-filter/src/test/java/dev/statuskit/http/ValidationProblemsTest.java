package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Jakarta Validation ConstraintViolationException through the responder, made by Hibernate Validator itself:
 * the status, the {@code errors} member, the messages in the request's language, nothing echoed, the bound.
 */
class ValidationProblemsTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final ProblemResponder RESPONDER = ProblemResponder.create(ProblemOptions.defaults());

    /** A body. */
    public static final class Item {
        @NotBlank
        public String name;
        @Positive
        public int price;
        public List<@NotBlank String> tags = List.of();
        @Valid
        public List<Item> parts = List.of();
        @Pattern(regexp = "[A-Z]{3}", message = "'${validatedValue}' is not a currency code")
        public String currency = "EUR";

        Item(String name, int price) {
            this.name = name;
            this.price = price;
        }
    }

    /** A resource, as Jakarta REST and its validation see it. */
    public static class Resource {
        public String list(@QueryParam("limit") @Min(1) @Max(100) int limit, @HeaderParam("X-Tenant") @NotBlank String tenant) {
            return "";
        }

        public String item(@PathParam("id") @Pattern(regexp = "[a-z]+") String id) {
            return "";
        }

        public String create(@NotNull @Valid Item item) {
            return "";
        }

        @NotNull
        public String broken() {
            return null;
        }
    }

    static ConstraintViolationException invalid(Object bean) {
        return new ConstraintViolationException(VALIDATOR.validate(bean));
    }

    static ConstraintViolationException invalidCall(String name, Object... arguments) {
        Method method = java.util.Arrays.stream(Resource.class.getMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
        return new ConstraintViolationException(VALIDATOR.forExecutables().validateParameters(new Resource(), method, arguments));
    }

    static ErrorAnswer answer(ProblemResponder responder, Throwable cause, String language) {
        return responder.answer(500, cause, null, new RequestInfo("POST", "/items", null, language)).orElseThrow();
    }

    static JsonObject json(ErrorAnswer answer) {
        return JsonRendererTest.parse(answer.body());
    }

    @Nested
    class TheBody {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                en    | must not be blank     | must be greater than 0
                de    | darf nicht leer sein  | muss größer als 0 sein
                ja    | 空白は許可されていません | 0 より大きな値にしてください
                zh-CN | 不能为空               | 必须是正数
                """)
        void isA400WhoseErrorsPointIntoItInTheRequestsLanguage(String tag, String blank, String positive) {
            ErrorAnswer answer = answer(RESPONDER, invalidCall("create", new Item(" ", 0)), tag);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.headers()).containsEntry("Content-Language", tag);
            assertThat(answer.problem().extensions()).containsOnlyKeys("errors");
            assertThat(answer.problem().extensions().get("errors")).isEqualTo(List.of(
                    Map.of("detail", blank, "pointer", "#/name"),
                    Map.of("detail", positive, "pointer", "#/price")));
        }

        @Test
        void pointsIntoListsAndNestedObjects() {
            Item item = new Item("kettle", 5);
            item.tags = List.of("ok", "");
            item.parts = List.of(new Item("lid", 1), new Item("", 1));
            JsonArray errors = json(answer(RESPONDER, invalid(item), "en")).getJsonArray("errors");

            assertThat(errors.getValuesAs(JsonObject.class)).extracting(e -> e.getString("pointer"))
                    .containsExactly("#/parts/1/name", "#/tags/1");
        }

        @Test
        void aMissingBodyIsTheWholeDocument() {
            JsonArray errors = json(answer(RESPONDER, invalidCall("create", (Object) null), "de")).getJsonArray("errors");
            assertThat(errors.toString()).isEqualTo("[{\"detail\":\"darf nicht null sein\",\"pointer\":\"#\"}]");
        }

        @Test
        void aBeanValidatedOutsideAnyMethodPointsFromItsRoot() {
            ErrorAnswer answer = answer(RESPONDER, invalid(new Item("kettle", -1)), "fr");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(json(answer).getJsonArray("errors").toString())
                    .isEqualTo("[{\"detail\":\"doit être supérieur à 0\",\"pointer\":\"#/price\"}]");
        }
    }

    @Nested
    class Parameters {
        @Test
        void areNamedAsTheRequestNamesThem() {
            ErrorAnswer answer = answer(RESPONDER, invalidCall("list", 0, ""), "ja");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(json(answer).getJsonArray("errors").toString()).isEqualTo("["
                    + "{\"detail\":\"空白は許可されていません\",\"parameter\":\"X-Tenant\"},"
                    + "{\"detail\":\"1 以上の値にしてください\",\"parameter\":\"limit\"}]");
        }

        @Test
        void aPathParameterToo() {
            assertThat(json(answer(RESPONDER, invalidCall("item", "A1"), "en")).getJsonArray("errors").toString())
                    .isEqualTo("[{\"detail\":\"must match \\\"[a-z]+\\\"\",\"parameter\":\"id\"}]");
        }
    }

    @Nested
    class Secrecy {
        @Test
        void anInvalidReturnValueIsA500ThatShowsNothingOfIt() throws Exception {
            Method broken = Resource.class.getMethod("broken");
            ConstraintViolationException invalid = new ConstraintViolationException("return value of broken() is null",
                    VALIDATOR.forExecutables().validateReturnValue(new Resource(), broken, null));
            ErrorAnswer answer = answer(RESPONDER, invalid, "de");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.problem().extensions()).containsOnlyKeys("errorId");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("broken").doesNotContain("null");
        }

        @Test
        void aMessageThatWouldEchoTheRejectedValueGetsTheConstraintsOwnMessageInstead() {
            Item item = new Item("kettle", 5);
            item.currency = "<script>";
            String body = new String(answer(RESPONDER, invalid(item), "en").body(), StandardCharsets.UTF_8);

            assertThat(body).doesNotContain("script")
                    .contains("{\"detail\":\"must match \\\"[A-Z]{3}\\\"\",\"pointer\":\"#/currency\"}");
        }

        @Test
        void theApplicationMayLetMessagesShowTheRejectedValue() {
            Item item = new Item("kettle", 5);
            item.currency = "eur";
            ProblemResponder showing = ProblemResponder.create(ProblemOptions.builder().rejectedValues(true).build());

            assertThat(json(answer(showing, invalid(item), "en")).getJsonArray("errors").toString())
                    .isEqualTo("[{\"detail\":\"'eur' is not a currency code\",\"pointer\":\"#/currency\"}]");
            assertThat(ProblemConfiguration.read(java.util.Map.of("statuskit.rejected-values", "true")::get)
                    .rejectedValues()).isTrue();
        }
    }

    @Nested
    class Bounds {
        @Test
        void atMostAHundredErrorsAreListedAndTheRestCounted() {
            Item item = new Item("kettle", 5);
            item.tags = new ArrayList<>(Collections.nCopies(150, ""));
            JsonObject problem = json(answer(RESPONDER, invalid(item), "en"));

            assertThat(problem.getJsonArray("errors")).hasSize(100);
            assertThat(problem.getInt("omittedErrors")).isEqualTo(50);
        }

        @Test
        void anExceptionWithoutViolationsIsA400WithNoErrors() {
            ErrorAnswer answer = answer(RESPONDER, new ConstraintViolationException("none", null), "en");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(json(answer).getJsonArray("errors")).isEmpty();
        }

        @Test
        void theExceptionStatusPolicyMayChooseAnother4xx() {
            ProblemResponder unprocessable = ProblemResponder.create(ProblemOptions.builder().exceptionStatus(
                    ExceptionStatusPolicy.builder().map(ConstraintViolationException.class, 422).build()).build());
            assertThat(answer(unprocessable, invalid(new Item("", 1)), "en").status()).isEqualTo(422);
        }
    }
}
