package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key exists, non-blank, in every shipped locale, and no locale has a key the registries do not
 * call for. Each translation file is checked on its own, not through fallback, so a missing key cannot hide
 * behind the English text. Every text is in its language's script, and none is left in English except where
 * the English word is the word in that language.
 */
class CatalogCompletenessTest {

    /** The languages in which "OK" is the word for http.200.title. */
    static final Set<String> OK_IN = Set.of("ja", "ko", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "tr", "uk", "vi",
            "id", "th");

    /**
     * The texts that are rightly the same as the English one, by key, with the locales where they are. Small and
     * explicit; a test checks each entry really is the English text, so none outlives its reason.
     */
    static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "http.200.title", OK_IN,
            "http.class.3xx.title", Set.of("fr"),     // Redirection
            "http.409.title", Set.of("nl"),           // Conflict, as the Dutch translators chose
            "ws.3008.name", Set.of("it"));            // Timeout, the usual Italian term

    /**
     * The keys not derived from a registry, all of http-filter: the labels of the HTML error page and the text of an
     * {@code errors} entry for a parameter that could not be converted.
     */
    static final List<String> OWN_KEYS = List.of("page.error-id", "page.json-link", "errors.parameter-format");

    /** The keys the registries call for, derived from them rather than listed by hand, and the page labels. */
    static Set<String> expectedKeys() {
        Set<String> keys = new TreeSet<>();
        for (HttpStatus status : HttpStatusRegistry.registered()) {
            keys.add("http." + status.code() + ".title");
            keys.add("http." + status.code() + ".description");
        }
        for (HttpStatusClass c : HttpStatusClass.values()) {
            keys.add("http.class." + c.label() + ".title");
            keys.add("http.class." + c.label() + ".description");
        }
        for (CloseCode code : CloseCodeRegistry.registered()) {
            keys.add("ws." + code.code() + ".name");
            keys.add("ws." + code.code() + ".description");
        }
        for (CloseCodeCategory c : CloseCodeCategory.values()) {
            keys.add("ws.category." + c.id() + ".name");
            keys.add("ws.category." + c.id() + ".description");
        }
        keys.addAll(OWN_KEYS);
        return keys;
    }

    static Stream<Locale> translatedLocales() {
        return StatusCatalog.SHIPPED_LOCALES.stream().filter(l -> !l.equals(Locale.ENGLISH));
    }

    static boolean mayEqualEnglish(String key, Locale locale) {
        return SAME_AS_ENGLISH.getOrDefault(key, Set.of()).contains(locale.toLanguageTag());
    }

    static Stream<String> descriptionKeys() {
        return expectedKeys().stream().filter(k -> k.endsWith(".description"));
    }

    static String fileOf(Locale locale) {
        return "/" + StatusCatalog.BUNDLE + (locale == null ? "" : "_" + locale) + ".properties";
    }

    static Map<String, String> read(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = CatalogCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s exists", resource).isNotNull();
            bytes = in.readAllBytes();
        }
        // Strictly UTF-8: a Latin-1 file would decode here with replacement characters or fail.
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        Properties properties = new Properties();
        properties.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    @Test
    void theEnglishBaseBundleHasExactlyTheKeysTheRegistriesCallFor() throws IOException {
        Map<String, String> base = read(fileOf(null));
        assertThat(new TreeSet<>(base.keySet())).isEqualTo(expectedKeys());
        assertThat(base.values()).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(expectedKeys()).hasSize(2 * (64 + 5 + 19 + 6) + OWN_KEYS.size());
    }

    @Test
    void theEnglishLocaleHasAnEmptyBundleSoTheJvmDefaultLocaleNeverWinsOverTheBase() throws IOException {
        assertThat(read(fileOf(Locale.ENGLISH))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void everyTranslationHasEveryKeyNonBlankAndNoStrayKey(Locale locale) throws IOException {
        Map<String, String> bundle = read(fileOf(locale));
        Set<String> missing = new TreeSet<>(expectedKeys());
        missing.removeAll(bundle.keySet());
        Set<String> stray = new TreeSet<>(bundle.keySet());
        stray.removeAll(expectedKeys());
        assertThat(missing).as("keys missing from %s", locale).isEmpty();
        assertThat(stray).as("keys in %s that no registry entry calls for", locale).isEmpty();
        bundle.forEach((key, value) -> assertThat(value).as("%s in %s", key, locale).isNotBlank());
    }

    @Test
    void theBundleFilesAreExactlyThoseOfTheTwentyShippedLocales() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources", StatusCatalog.BUNDLE).getParent())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("messages"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>();
        expected.add("messages.properties");
        StatusCatalog.SHIPPED_LOCALES.forEach(l -> expected.add("messages_" + l + ".properties"));
        assertThat(files).isEqualTo(expected).hasSize(21);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void noTranslatedTextIsTheEnglishOneOutsideTheAllowList(Locale locale) throws IOException {
        Map<String, String> base = read(fileOf(null));
        Map<String, String> bundle = read(fileOf(locale));
        Set<String> untranslated = new TreeSet<>();
        for (String key : expectedKeys()) {
            if (bundle.get(key).strip().equals(base.get(key).strip()) && !mayEqualEnglish(key, locale)) {
                untranslated.add(key + "=" + bundle.get(key));
            }
        }
        assertThat(untranslated).as("texts of %s still in English", locale).isEmpty();
    }

    @Test
    void theAllowListNamesOnlyTextsThatReallyAreTheEnglishOnes() throws IOException {
        Map<String, String> base = read(fileOf(null));
        assertThat(SAME_AS_ENGLISH.values().stream().mapToInt(Set::size).sum()).isEqualTo(17);
        for (Map.Entry<String, Set<String>> entry : SAME_AS_ENGLISH.entrySet()) {
            for (String tag : entry.getValue()) {
                Locale locale = Locale.forLanguageTag(tag);
                assertThat(StatusCatalog.SHIPPED_LOCALES).contains(locale);
                assertThat(read(fileOf(locale)).get(entry.getKey()).strip()).as("%s in %s", entry.getKey(), tag)
                        .isEqualTo(base.get(entry.getKey()).strip());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void everyTranslatedDescriptionIsWrittenInTheLanguagesScript(Locale locale) throws IOException {
        Map<String, String> bundle = read(fileOf(locale));
        descriptionKeys().forEach(k ->
                assertThat(Scripts.isWrittenIn(bundle.get(k), locale)).as("%s in %s: %s", k, locale, bundle.get(k)).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void everyTranslatedTitleAndNameUsesTheLanguagesWritingSystemUnlessItIsRightlyEnglish(Locale locale) throws IOException {
        Map<String, String> bundle = read(fileOf(locale));
        expectedKeys().stream().filter(k -> !k.endsWith(".description") && !mayEqualEnglish(k, locale)).forEach(k ->
                assertThat(Scripts.usesWritingSystemOf(bundle.get(k), locale)).as("%s in %s: %s", k, locale, bundle.get(k))
                        .isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void theLettersThatMarkTheLanguageAreUsedAndThoseOfItsNeighbourAreNot(Locale locale) throws IOException {
        String all = String.join("\n", read(fileOf(locale)).values());
        for (char letter : Scripts.ownLetters(locale).toCharArray()) {
            assertThat(all).as("%s uses %s", locale, letter).contains(String.valueOf(letter));
        }
        for (char letter : Scripts.foreignLetters(locale).toCharArray()) {
            assertThat(all).as("%s never uses %s", locale, letter).doesNotContain(String.valueOf(letter));
        }
    }

    @Test
    void ukrainianPolishAndTurkishAreCheckedForTheirOwnLetters() {
        assertThat(Scripts.ownLetters(Locale.forLanguageTag("uk"))).isEqualTo("іїє");
        assertThat(Scripts.ownLetters(Locale.forLanguageTag("pl"))).isEqualTo("ąęł");
        assertThat(Scripts.ownLetters(Locale.forLanguageTag("tr"))).isEqualTo("ışğ");
        assertThat(Scripts.foreignLetters(Locale.forLanguageTag("uk"))).isEqualTo("ыэъё");
    }

    @Test
    void everyVietnameseDescriptionCarriesToneMarks() throws IOException {
        Map<String, String> bundle = read(fileOf(Locale.forLanguageTag("vi")));
        List<String> toneless = descriptionKeys().filter(k -> !Scripts.hasVietnameseToneMark(bundle.get(k))).toList();
        assertThat(toneless).as("descriptions without a tone-marked letter").isEmpty();
        long marked = bundle.values().stream().filter(Scripts::hasVietnameseToneMark).count();
        assertThat(marked).as("of %d texts, only OK and Thông tin have no tone mark", bundle.size())
                .isEqualTo(bundle.size() - 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"he, HEBREW", "th, THAI", "uk, CYRILLIC", "ar, ARABIC", "nl, LATIN", "id, LATIN", "vi, LATIN"})
    void theNewScriptsAreTheRightOnes(String tag, Character.UnicodeScript script) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(Scripts.scriptsOf(locale)).containsExactly(script);
        String notFound = read(fileOf(locale)).get("http.404.description");
        assertThat(notFound.codePoints().filter(Character::isLetter).filter(c -> Character.UnicodeScript.of(c) == script).count())
                .as("letters of %s in %s", script, notFound).isGreaterThan(notFound.codePoints().filter(Character::isLetter).count() / 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void theCatalogResolvesEveryKeyFromTheLocalesOwnFile(Locale locale) throws IOException {
        Map<String, String> bundle = read(fileOf(locale));
        StatusCatalog catalog = StatusCatalog.standard();
        for (String key : expectedKeys()) {
            assertThat(catalog.text(key, locale)).as(key).contains(bundle.get(key).strip());
        }
    }
}
