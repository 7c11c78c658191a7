package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The explorer's own texts exist, non-blank, in every shipped locale, with no stray keys. */
class ExplorerBundleTest {

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
}
