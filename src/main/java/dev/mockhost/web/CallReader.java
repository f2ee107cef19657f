package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.HeaderLookup;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.RequestPath;
import dev.mockhost.matching.Text;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns a servlet request into the plain values matching and rendering read. */
final class CallReader {

    /** Postman does not match request bodies above 1 MB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    /** The path below the context, split on {@code /} before decoding, so an encoded slash stays in its segment. */
    static List<String> rawSegments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        List<String> segments = new ArrayList<>();
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            if (slash < 0) {
                segments.add(path.substring(from));
                return segments;
            }
            segments.add(path.substring(from, slash));
            from = slash + 1;
        }
    }

    static IncomingRequest read(HttpServletRequest request, List<String> pathBelowMock, String body) {
        List<String> decoded = new ArrayList<>(pathBelowMock.size());
        pathBelowMock.forEach(segment -> decoded.add(Text.percentDecode(segment)));
        return new IncomingRequest(request.getMethod(), RequestPath.of(decoded), query(request.getQueryString()),
                headers(request), body);
    }

    static HeaderLookup headers(HttpServletRequest request) {
        return request::getHeader;
    }

    static List<NameValue> query(String queryString) {
        List<NameValue> pairs = new ArrayList<>();
        if (queryString == null || queryString.isEmpty()) {
            return pairs;
        }
        for (String part : queryString.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            pairs.add(equals < 0 ? new NameValue(Text.percentDecode(part), "")
                    : new NameValue(Text.percentDecode(part.substring(0, equals)),
                    Text.percentDecode(part.substring(equals + 1))));
        }
        return pairs;
    }

    /**
     * The request body as text, or null when it is larger than {@link #MAX_BODY_BYTES}.
     */
    static String body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            return null;
        }
        if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
            return "";
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            return null;
        }
        return new String(bytes, charset(request.getCharacterEncoding()));
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unsupported) {
            return StandardCharsets.UTF_8;
        }
    }

    private CallReader() {
    }
}
