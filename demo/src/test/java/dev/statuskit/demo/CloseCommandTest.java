package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloseCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | '. '", "de | '. '", "ar | '. '", "zh-CN | 。", "zh-TW | 。", "ja | 。", "th | ' '"})
    void theNameEndsAsTheLanguageEndsItsSentences(String tag, String separator) {
        LocalizedText text = StatusCatalog.standard().closeCode(1005, Locale.forLanguageTag(tag));
        assertThat(CloseCommand.sentences(text.title(), text.description())).isEqualTo(text.title() + separator + text.description());
    }
}
