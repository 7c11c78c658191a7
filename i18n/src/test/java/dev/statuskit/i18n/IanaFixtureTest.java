package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IANA fixtures are the ones the README beside them describes: same bytes (SHA-256), same number of
 * entries, and each code once. A change to either file fails here until the README is updated with it.
 */
class IanaFixtureTest {

    @ParameterizedTest
    @CsvSource({
        "http-status-codes.csv, 7a7c3092999f548e56ffe3dfbaaed3090303389e457aaa760a7fe8ed409bf3ea",
        "websocket-close-codes.csv, bb324fa84687686a43fba5ec1dd47a43560e850b6fa632b0a9cb6c9a794bdf99",
    })
    void eachFixtureHasTheDigestItsReadmeStates(String name, String sha256) throws IOException, NoSuchAlgorithmException {
        byte[] bytes = resource("/iana/" + name);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(sha256);
        assertThat(new String(resource("/iana/README.md"), StandardCharsets.UTF_8)).contains("`" + sha256 + "`");
    }

    @Test
    void theHttpRegistryHas64DistinctCodesAndTheCloseCodeRegistry19() {
        List<String[]> http = IanaCsv.rows("http-status-codes.csv");
        List<String[]> ws = IanaCsv.rows("websocket-close-codes.csv");
        assertThat(http).hasSize(64);
        assertThat(ws).hasSize(19);
        assertThat(http.stream().map(row -> row[0]).distinct()).hasSize(64);
        assertThat(ws.stream().map(row -> row[0]).distinct()).hasSize(19);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = IanaFixtureTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
