package dev.statuskit.it.hardening;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the records of one {@code java.util.logging} logger (where {@link System.Logger} lands) while
 * open. Records of every thread are kept, so a test that shares a server reads only lines it can tell apart
 * (by its own request path).
 */
final class LogLines implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogLines(String name) {
        this.logger = Logger.getLogger(name);
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Starts collecting the records of a logger. */
    static LogLines of(String name) {
        return new LogLines(name);
    }

    /** The records so far whose message or thrown message contains the text. */
    List<LogRecord> containing(String text) {
        return records.stream().filter(r -> String.valueOf(r.getMessage()).contains(text)
                || (r.getThrown() != null && String.valueOf(r.getThrown().getMessage()).contains(text))).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
