package dev.statuskit.demo;

import jakarta.websocket.DecodeException;

/**
 * A message sent to a chat room ({@link RoomEndpoint}), decoded from a text frame by {@link Decoder}.
 *
 * @param text the text, never blank
 */
public record RoomMessage(String text) {
    /** The longest message a room takes, in characters. */
    public static final int MAX_CHARS = 1000;

    /** Decodes a room message: any text that is not blank and not over {@value #MAX_CHARS} characters. */
    public static final class Decoder implements jakarta.websocket.Decoder.Text<RoomMessage> {
        /** A decoder; the container makes one per connection. */
        public Decoder() {
        }

        @Override
        public RoomMessage decode(String text) throws DecodeException {
            if (text.isBlank()) {
                throw new DecodeException(text, "A room message needs some text");
            }
            if (text.length() > MAX_CHARS) {
                throw new DecodeException(text, "A room message has at most " + MAX_CHARS + " characters");
            }
            return new RoomMessage(text);
        }

        @Override
        public boolean willDecode(String text) {
            return true;
        }
    }
}
