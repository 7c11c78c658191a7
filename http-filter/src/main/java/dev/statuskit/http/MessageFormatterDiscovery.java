package dev.statuskit.http;

import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** {@link MessageFormatter#discover()}: the first provider that can be used, past those that cannot. */
final class MessageFormatterDiscovery {
    /**
     * At most this many providers that cannot be used are skipped. {@code ServiceLoader}'s iterator moves past a
     * provider that fails, but does not promise to; the bound keeps a lookup that fails the same way from looping.
     */
    static final int MAX_SKIPPED = 16;

    private static final System.Logger LOG = System.getLogger(ProblemResponder.LOGGER_NAME);

    private MessageFormatterDiscovery() {
    }

    /** The first provider visible to this class loader that loads and is made; else the JDK's formatter. */
    static MessageFormatter discover(ClassLoader loader) {
        Iterator<MessageFormatter> providers = ServiceLoader.load(MessageFormatter.class, loader).iterator();
        for (int skipped = 0; skipped < MAX_SKIPPED; skipped++) {
            try {
                return providers.hasNext() ? providers.next() : MessageFormatter.jdk();
            } catch (ServiceConfigurationError e) {
                LOG.log(Level.WARNING, () -> "StatusKit skips a MessageFormatter provider it cannot use, and tries the next"
                        + " (else the JDK's MessageFormat): " + e.getMessage() + ". A provider must implement "
                        + MessageFormatter.class.getName() + " as " + loader + " loads it; one in a jar outside the"
                        + " application's (a server's shared library) implements another copy of StatusKit's, so put it"
                        + " next to statuskit-http-filter");
            }
        }
        LOG.log(Level.WARNING, () -> "StatusKit skipped " + MAX_SKIPPED + " MessageFormatter providers it cannot use, and"
                + " formats problem type details with the JDK's MessageFormat");
        return MessageFormatter.jdk();
    }
}
