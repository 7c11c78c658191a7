package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's annotated room endpoint, {@code /ws/rooms/{room}}, with the JDK WebSocket client. */
class RoomWebSocketTest {
    static DemoServer demo;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    /** Collects what the server sends and how it closes. */
    static final class Recorder implements WebSocket.Listener {
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

        String next() throws InterruptedException {
            String text = texts.poll(5, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("No message within 5 s");
            }
            return text;
        }
    }

    static WebSocket connect(Recorder recorder, String room, String language) throws Exception {
        return CLIENT.newWebSocketBuilder().header("Accept-Language", language)
                .buildAsync(URI.create(demo.baseUrl().replace("http", "ws") + "ws/rooms/" + room), recorder)
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void answersWithTheRoomFromThePathAndClosesWithASendableCode() throws Exception {
        Recorder recorder = new Recorder();
        WebSocket socket = connect(recorder, "kitchen", "en");

        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.next()).isEqualTo("kitchen: hello");
        socket.sendText("close 4001 done", true).get(5, TimeUnit.SECONDS);

        assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4001 done");
    }

    @Test
    void rejectsAnUnsendableCodeInTheClientsLanguageAndStaysOpen() throws Exception {
        Recorder recorder = new Recorder();
        WebSocket socket = connect(recorder, "lobby", "de");
        var german = StatusCatalog.standard().closeCode(1005, Locale.GERMAN);

        socket.sendText("close 1005 nope", true).get(5, TimeUnit.SECONDS);

        assertThat(recorder.next()).isEqualTo("rejected 1005: " + german.title() + ". " + german.description());
        socket.sendText("still here", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.next()).isEqualTo("lobby: still here");
        assertThat(recorder.closed).isNotDone();
        socket.sendClose(1000, "").get(5, TimeUnit.SECONDS);
    }
}
