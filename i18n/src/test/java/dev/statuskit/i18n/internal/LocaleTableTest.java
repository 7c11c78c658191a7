package dev.statuskit.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of locales the catalog and the renderers look up on every answer. */
class LocaleTableTest {
    private static final List<Locale> AVAILABLE = List.of(Locale.getAvailableLocales());

    @Test
    void answersEveryAvailableLocaleAsAHashMapOfTheSameEntriesDoes() {
        Gen<Map<Locale, String>> entries = random -> {
            Map<Locale, String> map = new HashMap<>();
            int size = random.nextInt(0, 60);
            while (map.size() < size) {
                Locale locale = AVAILABLE.get(random.nextInt(AVAILABLE.size()));
                map.put(locale, locale.toLanguageTag());
            }
            return map;
        };
        RandomCases.check(200, entries, map -> {
            LocaleTable<String> table = LocaleTable.of(map);
            for (Locale locale : AVAILABLE) {
                assertThat(table.get(locale)).as("%s", locale).isEqualTo(map.get(locale));
            }
        });
    }

    @Test
    void findsALocaleByEqualityWhenTheInstanceIsAnother() {
        Locale supported = Locale.forLanguageTag("zh-Hant-TW");
        Locale equal = new Locale.Builder().setLanguage("zh").setScript("Hant").setRegion("TW").build();
        LocaleTable<String> table = LocaleTable.of(Map.of(supported, "zh-Hant-TW", Locale.ENGLISH, "en"));

        assertThat(equal).isEqualTo(supported);
        assertThat(table.get(equal)).isEqualTo("zh-Hant-TW");
        assertThat(table.get(Locale.forLanguageTag("zh-TW"))).isNull();
    }

    @Test
    void keepsAtLeastFourSlotsPerLocaleSoThatALookupSeldomProbes() {
        assertThat(LocaleTable.of(Map.of()).slots()).isEqualTo(4);
        assertThat(LocaleTable.of(Map.of(Locale.ENGLISH, 1)).slots()).isEqualTo(4);
        assertThat(LocaleTable.of(Map.of(Locale.ENGLISH, 1, Locale.GERMAN, 2)).slots()).isEqualTo(8);
        Map<Locale, Integer> twenty = new HashMap<>();
        for (Locale locale : AVAILABLE.subList(0, 20)) {
            twenty.put(locale, 0);
        }
        assertThat(LocaleTable.of(twenty).slots()).isEqualTo(128);
    }

    @Test
    void refusesANullValue() {
        Map<Locale, String> map = new HashMap<>();
        map.put(Locale.ENGLISH, null);
        assertThatNullPointerException().isThrownBy(() -> LocaleTable.of(map)).withMessage("value");
    }
}
