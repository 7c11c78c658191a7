package dev.statuskit.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the records of one {@code java.util.logging} logger, where {@link System.Logger} lands by default,
 * at every level while open. Records of every thread are kept, so a test that shares a server reads only the
 * lines it can tell apart, for example by its own request path.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String name) {
        logger = Logger.getLogger(name);
        previousLevel = logger.getLevel();
        handler.setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Starts capturing the named logger and its children. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /** The records so far. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records so far at exactly this level. */
    public List<LogRecord> at(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).toList();
    }

    /** {@code LEVEL message} of every record so far, in order. */
    public List<String> lines() {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }

    /** The records so far whose message, or whose exception's message, contains the text. */
    public List<LogRecord> containing(String text) {
        return records.stream().filter(r -> String.valueOf(r.getMessage()).contains(text)
                || (r.getThrown() != null && String.valueOf(r.getThrown().getMessage()).contains(text))).toList();
    }

    /** Forgets the records so far. */
    public void clear() {
        records.clear();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
    }
}
