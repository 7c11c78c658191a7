package dev.statuskit.websocket;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;

/** Fans one event out to several {@link CloseListener}s, so that one that throws cannot silence the others. */
final class Listeners implements CloseListener {
    private final CloseListener[] listeners;

    private Listeners(List<CloseListener> listeners) {
        this.listeners = listeners.toArray(new CloseListener[0]);
    }

    /** The listeners as one. */
    static CloseListener compose(List<CloseListener> listeners) {
        return new Listeners(listeners);
    }

    @Override
    public void closeSent(int code, String reason) {
        each(l -> l.closeSent(code, reason));
    }

    @Override
    public void closeReceived(CloseCodeInfo info, String reason) {
        each(l -> l.closeReceived(info, reason));
    }

    @Override
    public void codeSubstituted(int requested, int sent, String rule) {
        each(l -> l.codeSubstituted(requested, sent, rule));
    }

    @Override
    public void reasonTruncated(String original, String truncated) {
        each(l -> l.reasonTruncated(original, truncated));
    }

    @Override
    public void reasonRepaired(String original, String repaired) {
        each(l -> l.reasonRepaired(original, repaired));
    }

    @Override
    public void closeRefused(int requested, String rule) {
        each(l -> l.closeRefused(requested, rule));
    }

    @Override
    public void closeFailed(int code, Throwable failure) {
        each(l -> l.closeFailed(code, failure));
    }

    private void each(Consumer<CloseListener> event) {
        for (CloseListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                CloseSupport.LOG.log(Level.WARNING, "Close listener " + listener + " failed", e);
            }
        }
    }
}
