package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key exists, non-blank, in every shipped locale, and no locale has a key the registries do not
 * call for. Each translation file is checked on its own, not through fallback, so a missing key cannot hide
 * behind the English text.
 */
class CatalogCompletenessTest {

    /** The labels of the HTML error page (http-filter), the only keys not derived from a registry. */
    static final List<String> PAGE_LABELS = List.of("page.error-id", "page.json-link");

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
        keys.addAll(PAGE_LABELS);
        return keys;
    }

    static Stream<Locale> translatedLocales() {
        return StatusCatalog.SHIPPED_LOCALES.stream().filter(l -> !l.equals(Locale.ENGLISH));
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
        assertThat(expectedKeys()).hasSize(2 * (64 + 5 + 19 + 6) + PAGE_LABELS.size());
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void everyTranslatedDescriptionDiffersFromTheEnglishOne(Locale locale) throws IOException {
        Map<String, String> base = read(fileOf(null));
        Map<String, String> bundle = read(fileOf(locale));
        expectedKeys().stream().filter(k -> k.endsWith(".description"))
                .forEach(k -> assertThat(bundle.get(k)).as("%s in %s", k, locale).isNotEqualTo(base.get(k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedLocales")
    void everyTranslatedDescriptionIsWrittenInTheLanguagesScript(Locale locale) throws IOException {
        Map<String, String> bundle = read(fileOf(locale));
        expectedKeys().stream().filter(k -> k.endsWith(".description")).forEach(k ->
                assertThat(Scripts.isWrittenIn(bundle.get(k), locale)).as("%s in %s: %s", k, locale, bundle.get(k)).isTrue());
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
