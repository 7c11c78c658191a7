package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final ProblemRenderer TEXT = ProblemRenderer.of(ProblemFormat.TEXT, StatusCatalog.standard());

    private static String render(Problem problem) {
        return new String(TEXT.render(problem, Locale.ENGLISH), StandardCharsets.UTF_8);
    }

    @Test
    void putsStatusAndTitleFirstThenTheDetail() {
        assertThat(render(Problem.builder().status(404).title("Not Found").detail("Check the address.").build()))
                .isEqualTo("404 Not Found\nCheck the address.\n");
    }

    @Test
    void listsTheOtherMembersOneALine() {
        Problem problem = Problem.builder().type(URI.create("https://example.com/probs/credit")).title("No credit")
                .status(403).instance(URI.create("/account/1")).with("balance", 30).with("accounts", List.of("a", "b"))
                .with("limits", Map.of("daily", 50)).with("none", null).build();

        assertThat(render(problem)).isEqualTo("403 No credit\n\ntype: https://example.com/probs/credit\n"
                + "instance: /account/1\nbalance: 30\naccounts: [a, b]\nlimits: {daily: 50}\nnone: null\n");
    }

    @Test
    void turnsControlCharactersIntoSpacesSoNoValueForgesALine() {
        String text = render(Problem.builder().status(400).detail("bad\r\nerrorId: forged\u001b[31m").build());

        assertThat(text).isEqualTo("400\nbad  errorId: forged [31m\n");
    }

    @Test
    void keepsLocalizedTextAndReplacesLoneSurrogates() {
        assertThat(render(Problem.builder().status(404).title("未找到").detail("x\uD800y\uD83D\uDE00").build()))
                .isEqualTo("404 未找到\nx\uFFFDy\uD83D\uDE00\n");
    }
}
