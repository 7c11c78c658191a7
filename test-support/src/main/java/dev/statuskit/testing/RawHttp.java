package dev.statuskit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 client on a plain socket, for the bytes the JDK client refuses to send: any method, any
 * request target (raw {@code <}, {@code "}, invalid escapes, 64 KB paths), header values with tabs,
 * non-ASCII bytes or thousands of ranges. Each request has its own connection ({@code Connection: close})
 * and the answer is read to the end of the stream, bounded by a 10 s socket timeout and 4 MB.
 */
public final class RawHttp {
    /**
     * A status line, with or without a reason phrase (Tomcat sends none). Not anchored to the start of a line: a
     * pipelined answer follows the body before it without a line break.
     */
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3})(?: [^\\r\\n]*)?\\r\\n");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("\r\nContent-Length: *(\\d+)\r\n",
            Pattern.CASE_INSENSITIVE);
    private static final int TIMEOUT_MILLIS = 10_000;
    /** CR LF CR LF as four bytes of an int. */
    private static final int HEAD_END = 0x0D0A0D0A;
    private static final int MAX_ANSWER_BYTES = 4 << 20;

    private RawHttp() {
    }

    /** An answer: the status, the headers (names lower-cased, values in order) and the body as received. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        /** The first value of a header, or "" when absent. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? "" : values.get(0);
        }

        /** The body as UTF-8. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body as ISO-8859-1, byte for byte. */
        public String latin1() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Sends {@code METHOD target HTTP/1.1} with Host, the given header lines (each value sent as its UTF-8
     * bytes) and {@code Connection: close}.
     */
    public static Answer send(URI base, String method, String target, Map<String, String> headers) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n");
        headers.forEach((name, value) -> {
            write(request, name + ": ");
            request.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            write(request, "\r\n");
        });
        write(request, "Connection: close\r\n\r\n");
        return exchange(base, request.toByteArray());
    }

    /** Sends these bytes as they are and reads the answer. */
    public static Answer exchange(URI base, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("raw request to " + base + " failed", e);
        }
    }

    /**
     * Sends these bytes (several pipelined requests, say) and returns everything the server sent until it
     * closed the connection, as ISO-8859-1.
     */
    public static String conversation(URI base, byte[] requests) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(requests);
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0 && all.size() < MAX_ANSWER_BYTES; n = in.read(buffer)) {
                    all.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new IOException("connection still open " + TIMEOUT_MILLIS + " ms after " + all.size() + " bytes", e);
            } catch (IOException e) {
                if (all.size() == 0) {
                    throw e;
                }
            }
            return all.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("raw requests to " + base + " failed", e);
        }
    }

    /**
     * Sends these bytes and returns the first answer as UTF-8: its head, then as many bytes of body as its
     * {@code Content-Length} says, without waiting for the server to close the connection (for a server that keeps
     * it open whatever {@code Connection: close} says).
     */
    public static String firstAnswer(URI base, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0; // the last four bytes read, to see the blank line that ends the head
            while (last4 != HEAD_END && head.size() < MAX_ANSWER_BYTES) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
                last4 = last4 << 8 | b;
            }
            Matcher length = CONTENT_LENGTH.matcher(head.toString(StandardCharsets.ISO_8859_1));
            if (length.find()) {
                head.write(in.readNBytes(Integer.parseInt(length.group(1))));
            }
            return head.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("raw request to " + base + " failed", e);
        }
    }

    /**
     * Sends these requests, written as UTF-8, to 127.0.0.1 on this port, and returns everything the server sent
     * until it closed the connection, read as UTF-8 (so that localized bodies can be compared as text).
     */
    public static String conversation(int port, String requests) {
        String answers = conversation(URI.create("http://127.0.0.1:" + port + "/"), requests.getBytes(StandardCharsets.UTF_8));
        return new String(answers.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /**
     * The statuses of the answers in a conversation, in order and separated by spaces ({@code "404 200"}): the
     * number of answers a connection gave, and which.
     */
    public static String statuses(String conversation) {
        StringBuilder seen = new StringBuilder();
        Matcher m = STATUS_LINE.matcher(conversation);
        while (m.find()) {
            seen.append(seen.length() == 0 ? "" : " ").append(m.group(1));
        }
        return seen.toString();
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0 && all.size() < MAX_ANSWER_BYTES; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no end of answer within " + TIMEOUT_MILLIS + " ms after " + all.size() + " bytes", e);
        } catch (IOException e) {
            // a reset after a complete answer, as servers do when they reject and close: keep what came
            if (all.size() == 0) {
                throw e;
            }
        }
        byte[] bytes = all.toByteArray();
        int headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headEnd < 0) {
            throw new IOException("no complete answer head in " + bytes.length + " bytes: "
                    + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        byte[] body = encoding.stream().anyMatch(v -> v.equalsIgnoreCase("chunked")) ? dechunk(rest) : rest;
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int p = 0;
        while (true) {
            int lineEnd = indexOf(chunked, p, "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                throw new IOException("truncated chunked body");
            }
            String size = new String(chunked, p, lineEnd - p, StandardCharsets.US_ASCII);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, length);
            p = lineEnd + 2 + length + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        return indexOf(bytes, 0, needle);
    }

    private static int indexOf(byte[] bytes, int from, byte[] needle) {
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }
}
