package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QValueTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "1 | 1000", "0.5 | 500", "0.05 | 50", "0.001 | 1", "0.999 | 999", "1.0 | 1000", "1.000 | 1000",
        "0. | 0", "1. | 1000",
        "1.001 | -1", "2 | -1", "0.1234 | -1", "-1 | -1", ".5 | -1", "0,5 | -1", "abc | -1", "01 | -1", "0.5x | -1",
    })
    void parsesTheRfc9110GrammarInThousandths(String text, int thousandths) {
        assertThat(QValue.parse(text, 0, text.length())).isEqualTo(thousandths);
    }

    @ParameterizedTest(name = "[{index}] empty or out-of-range slice")
    @CsvSource({"q=0.8;x, 2, 5, 800", "q=0.8;x, 2, 2, -1"})
    void readsOnlyTheGivenSlice(String text, int from, int to, int thousandths) {
        assertThat(QValue.parse(text, from, to)).isEqualTo(thousandths);
    }
}
