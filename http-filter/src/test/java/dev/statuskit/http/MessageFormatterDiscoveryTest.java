package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.LogCapture;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MessageFormatter#discover()} past providers that cannot be used: each one a services file names but that is
 * missing, of another type, or fails to be made. Each is skipped with a WARNING naming it, and the next is tried; the
 * JDK's formatter comes last.
 *
 * <p>"Another type" is what a server's shared library does to an application's StatusKit: a class loader of its own
 * defines a second copy of {@code MessageFormatter} and of a provider, so the provider implements the copy, not this
 * interface (a class of the JDK will not do: {@code ServiceLoader} passes over a class of a named module in silence).
 */
class MessageFormatterDiscoveryTest {
    private static final String SERVICES = "META-INF/services/" + MessageFormatter.class.getName();

    @TempDir
    Path dir;

    /** A provider that can be used. */
    public static final class Upper implements MessageFormatter {
        /** For ServiceLoader. */
        public Upper() {
        }

        @Override
        public String format(String pattern, Locale locale, List<? extends @Nullable Object> arguments) {
            return pattern.toUpperCase(Locale.ROOT);
        }
    }

    /** A provider that {@link Copy} defines a copy of. */
    public static final class Copied implements MessageFormatter {
        /** For ServiceLoader. */
        public Copied() {
        }

        @Override
        public String format(String pattern, Locale locale, List<? extends @Nullable Object> arguments) {
            return pattern;
        }
    }

    /** A provider whose constructor fails. */
    public static final class Failing implements MessageFormatter {
        /** For ServiceLoader; throws. */
        public Failing() {
            throw new IllegalStateException("no ICU data");
        }

        @Override
        public String format(String pattern, Locale locale, List<? extends @Nullable Object> arguments) {
            return pattern;
        }
    }

    @Test
    void providersThatCannotBeUsedAreSkippedWithAWarningEachAndTheFirstThatCanIsTaken() throws IOException {
        Discovered discovered = discover("com.example.NoSuchFormatter", Copy.PROVIDER, Failing.class.getName(),
                Upper.class.getName());

        assertThat(discovered.found()).isInstanceOf(Upper.class);
        assertThat(discovered.found().format("out of credit", Locale.ENGLISH, List.of())).isEqualTo("OUT OF CREDIT");
        List<LogRecord> warnings = discovered.warnings();
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0).getMessage()).contains("com.example.NoSuchFormatter not found");
        assertThat(warnings.get(1).getMessage()).contains(Copy.PROVIDER + " not a subtype")
                .contains("put it next to statuskit-http-filter");
        assertThat(warnings.get(2).getMessage()).contains(Failing.class.getName() + " could not be instantiated");
    }

    @Test
    void withOnlyProvidersThatCannotBeUsedTheJdkFormatterIsTaken() throws IOException {
        Discovered discovered = discover("com.example.NoSuchFormatter", Copy.PROVIDER);

        assertThat(discovered.found()).isSameAs(MessageFormatter.jdk());
        assertThat(discovered.warnings()).hasSize(2);
    }

    @Test
    void withNoProviderTheJdkFormatterIsTakenAndNothingIsLogged() throws IOException {
        Discovered discovered = discover();

        assertThat(discovered.found()).isSameAs(MessageFormatter.jdk());
        assertThat(discovered.lines()).isEmpty();
    }

    @Test
    void theSkippingIsBoundedWhateverTheServicesFilesName() throws IOException {
        Discovered discovered = discover(IntStream.range(0, MessageFormatterDiscovery.MAX_SKIPPED + 5)
                .mapToObj(i -> "com.example.Missing" + i).toArray(String[]::new));

        assertThat(discovered.found()).isSameAs(MessageFormatter.jdk());
        List<LogRecord> warnings = discovered.warnings();
        assertThat(warnings).hasSize(MessageFormatterDiscovery.MAX_SKIPPED + 1);
        assertThat(warnings.get(MessageFormatterDiscovery.MAX_SKIPPED).getMessage())
                .isEqualTo("StatusKit skipped " + MessageFormatterDiscovery.MAX_SKIPPED + " MessageFormatter providers it cannot use, and formats problem type"
                        + " details with the JDK's MessageFormat");
    }

    /** What a discovery found, and what it logged: the WARNING records, and every record as {@code LEVEL message}. */
    private record Discovered(MessageFormatter found, List<LogRecord> warnings, List<String> lines) {
    }

    /** Discovers with services files that name these providers, capturing the log. */
    private Discovered discover(String... providers) throws IOException {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME);
                URLClassLoader loader = loaderWithProviders(providers)) {
            MessageFormatter found = MessageFormatterDiscovery.discover(loader);
            return new Discovered(found, log.at(Level.WARNING), log.lines());
        }
    }

    /**
     * A class loader over this test's, with a services file of its own that names these providers, one per line; it
     * defines {@link Copy#PROVIDER} and what it implements itself.
     */
    private URLClassLoader loaderWithProviders(String... providers) throws IOException {
        Path services = dir.resolve(SERVICES);
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n", providers) + "\n", StandardCharsets.UTF_8);
        return new Copy(new URL[] {dir.toUri().toURL(), codeSource(MessageFormatter.class), codeSource(Copied.class)},
                MessageFormatterDiscoveryTest.class.getClassLoader());
    }

    private static URL codeSource(Class<?> of) {
        return of.getProtectionDomain().getCodeSource().getLocation();
    }

    /**
     * Defines its own copy of {@link Copy#PROVIDER} and of {@code MessageFormatter} from the classes' own locations,
     * as a server's shared library and an application each define theirs; everything else comes from the parent.
     */
    private static final class Copy extends URLClassLoader {
        /** A provider that, loaded here, implements this loader's copy of the interface. */
        static final String PROVIDER = Copied.class.getName();
        private static final List<String> OWN = List.of(PROVIDER, MessageFormatter.class.getName());

        static {
            registerAsParallelCapable();
        }

        Copy(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!OWN.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
