package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explorer's own texts exist, non-blank, in every shipped locale, with no stray keys; each is in its
 * language's script, and none is left in English except where the English word is the word in that language.
 */
class ExplorerBundleTest {

    /** The translated locales, as tags. */
    static final Set<String> TRANSLATED = StatusCatalog.SHIPPED_LOCALES.stream().filter(l -> !l.equals(Locale.ENGLISH))
            .map(Locale::toLanguageTag).collect(Collectors.toUnmodifiableSet());

    /**
     * The texts that are rightly the same as the English one, by key, with the locales where they are. Small and
     * explicit; a test checks each entry really is the English text, so none outlives its reason.
     */
    static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "explorer.link.json", TRANSLATED,                 // JSON is JSON
            "explorer.col.code", Set.of("de", "fr", "nl"),    // Code, as the translators chose
            "explorer.col.description", Set.of("fr"),         // Description
            "explorer.link.page", Set.of("fr"),               // Page
            "explorer.result.classification", Set.of("fr"));  // Classification

    /** The whole sentences, which must be recognizably in their language (kana for Japanese, tones for Vietnamese). */
    static final List<String> SENTENCES = List.of("explorer.intro", "explorer.ws.note", "explorer.noscript");

    static Stream<Locale> translated() {
        return StatusCatalog.SHIPPED_LOCALES.stream().filter(l -> !l.equals(Locale.ENGLISH));
    }

    static Properties read(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExplorerBundleTest.class.getResourceAsStream("/dev/statuskit/demo/explorer" + suffix + ".properties")) {
            assertThat(in).as("explorer%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static boolean mayEqualEnglish(String key, Locale locale) {
        return SAME_AS_ENGLISH.getOrDefault(key, Set.of()).contains(locale.toLanguageTag());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void everyLocaleHasEveryExplorerKeyAndNoOther(Locale locale) throws IOException {
        Properties english = read("");
        Properties translation = read("_" + locale);
        assertThat(translation.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translation.getProperty(key)).as("%s in %s", key, locale).isNotBlank();
        }
    }

    @Test
    void theBundleFilesAreExactlyThoseOfTheTwentyShippedLocales() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/dev/statuskit/demo"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("explorer"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>();
        expected.add("explorer.properties");
        StatusCatalog.SHIPPED_LOCALES.forEach(l -> expected.add("explorer_" + l + ".properties"));
        assertThat(files).isEqualTo(expected).hasSize(21);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void noTextIsTheEnglishOneOutsideTheAllowList(Locale locale) throws IOException {
        Properties english = read("");
        Properties translation = read("_" + locale);
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (translation.getProperty(key).strip().equals(english.getProperty(key).strip()) && !mayEqualEnglish(key, locale)) {
                untranslated.add(key + "=" + translation.getProperty(key));
            }
        }
        assertThat(untranslated).as("texts of %s still in English", locale).isEmpty();
    }

    @Test
    void theAllowListNamesOnlyTextsThatReallyAreTheEnglishOnes() throws IOException {
        Properties english = read("");
        assertThat(SAME_AS_ENGLISH.values().stream().mapToInt(Set::size).sum()).isEqualTo(19 + 6);
        for (Map.Entry<String, Set<String>> entry : SAME_AS_ENGLISH.entrySet()) {
            for (String tag : entry.getValue()) {
                assertThat(read("_" + Locale.forLanguageTag(tag)).getProperty(entry.getKey()).strip())
                        .as("%s in %s", entry.getKey(), tag).isEqualTo(english.getProperty(entry.getKey()).strip());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void everyTextUsesTheLanguagesWritingSystemUnlessItIsRightlyEnglish(Locale locale) throws IOException {
        Properties translation = read("_" + locale);
        for (String key : translation.stringPropertyNames()) {
            if (!mayEqualEnglish(key, locale)) {
                assertThat(Scripts.usesWritingSystemOf(translation.getProperty(key), locale))
                        .as("%s in %s: %s", key, locale, translation.getProperty(key)).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void theSentencesAreRecognizablyInTheLanguage(Locale locale) throws IOException {
        Properties translation = read("_" + locale);
        for (String key : SENTENCES) {
            String sentence = translation.getProperty(key);
            assertThat(Scripts.isWrittenIn(sentence, locale)).as("%s in %s: %s", key, locale, sentence).isTrue();
            if (locale.getLanguage().equals("vi")) {
                assertThat(Scripts.hasVietnameseToneMark(sentence)).as("%s in vi: %s", key, sentence).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void theLettersThatMarkTheLanguageAreUsedAndThoseOfItsNeighbourAreNot(Locale locale) throws IOException {
        Properties translation = read("_" + locale);
        String all = translation.stringPropertyNames().stream().map(translation::getProperty).collect(Collectors.joining("\n"));
        for (char letter : Scripts.ownLetters(locale).toCharArray()) {
            assertThat(all).as("%s uses %s", locale, letter).contains(String.valueOf(letter));
        }
        for (char letter : Scripts.foreignLetters(locale).toCharArray()) {
            assertThat(all).as("%s never uses %s", locale, letter).doesNotContain(String.valueOf(letter));
        }
    }
}
