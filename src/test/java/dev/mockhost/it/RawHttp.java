package dev.mockhost.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 spoken byte by byte over a plain socket: Java's HttpClient refuses the raw bytes (invalid UTF-8, control
 * characters, spaces) a fuzzer must put into request lines and headers. One request per connection
 * ({@code Connection: close}); the answer is read to the end of the stream.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 15_000;
    /** Enough for any answer worth judging; a mock's example body is far smaller. */
    private static final int MAX_ANSWER_BYTES = 4 << 20;

    /** The answer: its status line, its head as Latin-1 text, and its body (chunks joined). */
    record Reply(int status, String statusLine, String head, byte[] body) {

        String header(String name) {
            String prefix = "\r\n" + name.toLowerCase(Locale.ROOT) + ":";
            String lower = head.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(prefix);
            if (at < 0) {
                return null;
            }
            int end = head.indexOf("\r\n", at + prefix.length());
            return head.substring(at + prefix.length(), end < 0 ? head.length() : end).strip();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final java.util.regex.Pattern CONTENT_LENGTH =
            java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)");

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Sends one request: the request line and headers as given, then {@code Host}, {@code Connection: close} and
     * the body's {@code Content-Length}. The body is written on another thread while the answer is read, so an
     * answer sent early (a body over a limit) is read before the server closes the connection.
     */
    Reply send(byte[] method, byte[] target, byte[] headers, byte[] body) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(method);
        head.write(' ');
        head.write(target);
        head.write(ascii(" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n"));
        head.write(headers);
        if (body != null) {
            head.write(ascii("Content-Length: " + body.length + "\r\n"));
        }
        head.write(ascii("\r\n"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            CompletableFuture<Void> writing = body == null || body.length == 0 ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> writeQuietly(out, body));
            byte[] answer = readAll(socket.getInputStream());
            writing.join();
            return parse(answer);
        }
    }

    /** The server may answer and close before the body is all written: that is its right, not a failure. */
    private static void writeQuietly(OutputStream out, byte[] body) {
        try {
            out.write(body);
            out.flush();
        } catch (IOException closedEarly) {
            // the answer, if any, is read by the other side of the call
        }
    }

    /**
     * Reads until the answer is complete: its Content-Length, its last chunk, or the end of the stream. Not always
     * the end of the stream: after answering, Tomcat may keep reading a body the request announced but never sent.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try {
            for (int n; !complete(answer.toByteArray()) && (n = in.read(buffer)) >= 0
                    && answer.size() < MAX_ANSWER_BYTES; ) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no complete answer within " + TIMEOUT_MILLIS + " ms, " + answer.size()
                    + " bytes read", e);
        } catch (IOException reset) {
            // a reset after the answer was sent (the server closed on an unread body): keep what arrived
            if (answer.size() == 0) {
                throw reset;
            }
        }
        return answer.toByteArray();
    }

    private static boolean complete(byte[] sofar) {
        String all = new String(sofar, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = all.substring(0, end).toLowerCase(Locale.ROOT);
        int bodyLength = sofar.length - end - 4;
        java.util.regex.Matcher length = CONTENT_LENGTH.matcher(head);
        if (length.find()) {
            return bodyLength >= Long.parseLong(length.group(1));
        }
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return all.endsWith("\r\n0\r\n\r\n") || (bodyLength == 5 && all.endsWith("0\r\n\r\n"));
        }
        return head.startsWith("http/1.1 204") || head.startsWith("http/1.1 304");
    }

    private static Reply parse(byte[] answer) throws IOException {
        String all = new String(answer, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (!all.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP answer: " + all.substring(0, Math.min(200, all.length())));
        }
        String head = all.substring(0, end);
        int lineEnd = head.indexOf("\r\n");
        String statusLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        byte[] body = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        Reply reply = new Reply(status, statusLine, head, body);
        return "chunked".equalsIgnoreCase(reply.header("Transfer-Encoding"))
                ? new Reply(status, statusLine, head, unchunk(body)) : reply;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
