package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry tests read copies of the IANA CSV files from src/test/resources/iana, so that a fresh clone
 * builds anywhere. Where the project's shared data sits beside the clone (../shared/iana, as in CI), this
 * test proves the copies are identical to it.
 */
class SharedIanaFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"http-status-codes.csv", "websocket-close-codes.csv"})
    void fixtureIsIdenticalToTheSharedRegistryFile(String name) throws IOException {
        String dir = System.getProperty("statuskit.shared.iana.dir");
        Path shared = dir == null ? null : Path.of(dir, name);
        assumeTrue(shared != null && Files.isRegularFile(shared), "no ../shared/iana beside this clone; fixture not compared");
        byte[] fixture;
        try (InputStream in = SharedIanaFixtureTest.class.getResourceAsStream("/iana/" + name)) {
            fixture = in.readAllBytes();
        }
        assertThat(fixture).isEqualTo(Files.readAllBytes(shared));
    }
}
