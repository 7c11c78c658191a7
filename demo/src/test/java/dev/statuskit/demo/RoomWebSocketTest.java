package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Locale;
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


    static WebSocket connect(WebSocketRecorder recorder, String room, String language) throws Exception {
        return CLIENT.newWebSocketBuilder().header("Accept-Language", language)
                .buildAsync(URI.create(demo.baseUrl().replace("http", "ws") + "ws/rooms/" + room), recorder)
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void answersWithTheRoomFromThePathAndClosesWithASendableCode() throws Exception {
        WebSocketRecorder recorder = new WebSocketRecorder();
        WebSocket socket = connect(recorder, "kitchen", "en");

        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.next()).isEqualTo("kitchen: hello");
        socket.sendText("close 4001 done", true).get(5, TimeUnit.SECONDS);

        assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4001 done");
    }

    @Test
    void rejectsAnUnsendableCodeInTheClientsLanguageAndStaysOpen() throws Exception {
        WebSocketRecorder recorder = new WebSocketRecorder();
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
