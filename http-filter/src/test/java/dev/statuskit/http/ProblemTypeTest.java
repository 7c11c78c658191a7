package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTypeTest {
    static final URI OUT_OF_CREDIT_URI = URI.create("https://example.com/probs/out-of-credit");
    static final ProblemType OUT_OF_CREDIT = ProblemType.builder(OUT_OF_CREDIT_URI, 403)
            .titleKey("credit.title").detailKey("credit.detail").build();
    static final StatusCatalog CATALOG = StatusCatalog.builder()
            .addBundle("test.statuskit.credit", ProblemTypeTest.class.getClassLoader()).build();
    static final ProblemResponder RESPONDER = ProblemResponder.builder().catalog(CATALOG)
            .messageFormatter(MessageFormatter.jdk()).build();

    static ErrorAnswer answer(ProblemResponder responder, Throwable cause, String accept, String language) {
        return responder.answer(500, cause, null, new RequestInfo("POST", "/purchase", accept, language)).orElseThrow();
    }

    static ErrorAnswer answer(Throwable cause, String language) {
        return answer(RESPONDER, cause, null, language);
    }

    static JsonObject json(ErrorAnswer answer) {
        return JsonRendererTest.parse(answer.body());
    }

    @Nested
    class Localization {
        @Test
        void anOccurrenceIsAnsweredWithItsTypeStatusAndTextsInTheRequestedLanguage() {
            ErrorAnswer answer = answer(OUT_OF_CREDIT.exception(30, 50), "de");

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.headers()).containsEntry("Content-Language", "de");
            assertThat(answer.locale()).isEqualTo(Locale.GERMAN);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":"
                    + "\"https://example.com/probs/out-of-credit\",\"title\":\"Ihr Guthaben reicht nicht aus.\","
                    + "\"status\":403,\"detail\":\"Ihr aktuelles Guthaben beträgt 30, das kostet aber 50.\"}");
        }

        @Test
        void theArgumentsAreFormattedForTheLanguageOfTheText() {
            assertThat(json(answer(OUT_OF_CREDIT.exception(1234.5, 1000000), "de")).getString("detail"))
                    .isEqualTo("Ihr aktuelles Guthaben beträgt 1.234,5, das kostet aber 1.000.000.");
            assertThat(json(answer(OUT_OF_CREDIT.exception(1234.5, 1000000), "en")).getString("detail"))
                    .isEqualTo("Your current balance is 1,234.5, but that costs 1,000,000.");
        }

        @Test
        void aLanguageWithoutTheKeysFallsBackToTheDefaultLocaleAndSaysSo() {
            ErrorAnswer answer = answer(OUT_OF_CREDIT.exception(30, 50), "ko");

            assertThat(answer.headers()).containsEntry("Content-Language", "en");
            assertThat(json(answer).getString("title")).isEqualTo("You do not have enough credit.");
            assertThat(json(answer).getString("detail")).isEqualTo("Your current balance is 30, but that costs 50.");
        }

        @Test
        void aTitleAndDetailFromDifferentLocalesAreBothTakenFromTheDefaultLocale() {
            ErrorAnswer answer = answer(OUT_OF_CREDIT.exception(30, 50), "fr");

            assertThat(answer.headers()).containsEntry("Content-Language", "en");
            assertThat(json(answer).getString("title")).as("French has only the title")
                    .isEqualTo("You do not have enough credit.");
            assertThat(json(answer).getString("detail")).isEqualTo("Your current balance is 30, but that costs 50.");
        }

        @Test
        void theHtmlPageDeclaresTheLanguageItIsReallyIn() {
            String html = new String(answer(RESPONDER, OUT_OF_CREDIT.exception(30, 50), "text/html", "fr").body(),
                    StandardCharsets.UTF_8);
            assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">").contains("You do not have enough credit.");
        }

        @Test
        void aTextTheApplicationSetsItselfIsKeptAndNotLookedUp() {
            ProblemException thrown = new ProblemException(OUT_OF_CREDIT.problem(30, 50).detail("Top up first.").build());
            JsonObject problem = json(answer(thrown, "de"));

            assertThat(problem.getString("title")).isEqualTo("Ihr Guthaben reicht nicht aus.");
            assertThat(problem.getString("detail")).isEqualTo("Top up first.");
        }

        @Test
        void aProblemBuiltInCodeWithoutATypeStillGetsTheStatusTexts() {
            JsonObject problem = json(answer(new ProblemException(Problem.builder().status(403).build()), "de"));
            assertThat(problem.getString("title")).isEqualTo("Verboten");
        }
    }

    @Nested
    class ExtensionMembers {
        static final ProblemException THROWN = new ProblemException(OUT_OF_CREDIT.problem(30, 50)
                .with("balance", 30).with("accounts", List.of("/account/12345", "/account/67890")).build());

        @Test
        void followTheStandardMembersInJson() {
            assertThat(new String(answer(THROWN, "en").body(), StandardCharsets.UTF_8)).endsWith(
                    "\"detail\":\"Your current balance is 30, but that costs 50.\",\"balance\":30,"
                            + "\"accounts\":[\"/account/12345\",\"/account/67890\"]}");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(ProblemFormat.class)
        void renderInEveryFormatWithTheLocalizedTexts(ProblemFormat format) {
            String body = new String(answer(RESPONDER, THROWN, format.mediaType(), "de").body(), StandardCharsets.UTF_8);
            assertThat(body).contains("Ihr Guthaben reicht nicht aus.")
                    .contains("Ihr aktuelles Guthaben beträgt 30, das kostet aber 50.")
                    .contains("balance").contains("/account/67890").contains(OUT_OF_CREDIT_URI.toString());
        }
    }

    @Nested
    class Faults {
        @Test
        void aPatternThatCannotBeFormattedLeavesOutTheDetailAndIsLoggedOnce() {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ProblemResponder responder = ProblemResponder.builder().catalog(CATALOG)
                        .messageFormatter(MessageFormatter.jdk()).build();
                ErrorAnswer first = answer(responder, OUT_OF_CREDIT.exception(30, 50), null, "ja");
                answer(responder, OUT_OF_CREDIT.exception(30, 50), null, "ja");

                assertThat(first.headers()).containsEntry("Content-Language", "ja");
                assertThat(json(first).getString("title")).isEqualTo("クレジットが不足しています。");
                assertThat(json(first).containsKey("detail")).isFalse();
                assertThat(log.at(Level.WARNING)).singleElement().satisfies(record -> assertThat(record.getMessage())
                        .isEqualTo(OUT_OF_CREDIT + ": the detail pattern in ja cannot be formatted with 2 argument(s)"
                                + " by jdk(); the answer goes out without a detail"));
            }
        }

        @Test
        void aKeyNoBundleHasIsLeftOutAndLogged() {
            ProblemType unknown = ProblemType.builder(URI.create("/probs/unknown"), 409).titleKey("credit.title")
                    .detailKey("no.such.key").build();
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                ProblemResponder responder = ProblemResponder.builder().catalog(CATALOG).build();
                ErrorAnswer answer = answer(responder, unknown.exception(), null, "de");

                assertThat(json(answer).getString("title")).isEqualTo("Ihr Guthaben reicht nicht aus.");
                assertThat(json(answer).containsKey("detail")).isFalse();
                assertThat(answer.headers()).containsEntry("Content-Language", "de");
                assertThat(log.lines()).startsWith("WARNING " + unknown + ": the catalog has no text for the key"
                        + " no.such.key in de nor in the default locale; the answer goes out without it");
            }
        }

        @Test
        void aRelativeTypeIsResolvedAgainstTheTypeBase() {
            ProblemType relative = ProblemType.builder(URI.create("out-of-credit"), 403).titleKey("credit.title").build();
            ProblemResponder responder = ProblemResponder.builder().catalog(CATALOG)
                    .options(ProblemOptions.builder().typeBase(URI.create("https://example.com/probs")).build()).build();
            assertThat(json(answer(responder, relative.exception(), null, "en")).getString("type"))
                    .isEqualTo("https://example.com/probs/out-of-credit");
        }
    }

    @Nested
    class Declaration {
        @Test
        void keepsWhatWasDeclared() {
            assertThat(OUT_OF_CREDIT.type()).isEqualTo(OUT_OF_CREDIT_URI);
            assertThat(OUT_OF_CREDIT.status()).isEqualTo(403);
            assertThat(OUT_OF_CREDIT.titleKey()).contains("credit.title");
            assertThat(OUT_OF_CREDIT.detailKey()).contains("credit.detail");
            Problem problem = OUT_OF_CREDIT.problem(30, null).build();
            assertThat(problem.problemType()).contains(OUT_OF_CREDIT);
            assertThat(problem.detailArguments()).containsExactly(30, null);
            assertThat(problem.title()).isNull();
            assertThat(problem.toBuilder().build()).isEqualTo(problem);
        }

        @Test
        void rejectsAboutBlankAndStatusesThatAreNoErrors() {
            assertThatThrownBy(() -> ProblemType.builder(Problem.ABOUT_BLANK, 400))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RFC 9457 §4.2.1");
            assertThatThrownBy(() -> ProblemType.builder(OUT_OF_CREDIT_URI, 302))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("400-599");
            assertThatThrownBy(() -> ProblemType.builder(OUT_OF_CREDIT_URI, 403).titleKey(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        }

        @Test
        void withoutStatuskitIcuTheJdkFormatsTheDetails() {
            assertThat(MessageFormatter.discover()).isSameAs(MessageFormatter.jdk());
            assertThat(ProblemResponder.create(ProblemOptions.defaults()).messageFormatter()).isSameAs(MessageFormatter.jdk());
        }
    }
}
