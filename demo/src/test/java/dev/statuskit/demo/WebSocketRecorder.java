package dev.statuskit.demo;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket listener for the demo's tests: collects what the server sends and how it closes. */
final class WebSocketRecorder implements WebSocket.Listener {
    final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final CompletableFuture<String> closed = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        texts.add(data.toString());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    /** The next text the server sent, waiting at most 5 s. */
    String next() throws InterruptedException {
        String text = texts.poll(5, TimeUnit.SECONDS);
        if (text == null) {
            throw new AssertionError("No message within 5 s");
        }
        return text;
    }
}
