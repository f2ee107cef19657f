package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.matching.HeaderLookup;
import dev.mockhost.matching.IncomingRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a servlet request into the plain values matching and rendering read. */
final class CallReader {

    /** Postman does not match request bodies above 1 MB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    /**
     * The path below the context, split on {@code /} before decoding, so an encoded slash stays in its segment;
     * path parameters ({@code ;jsessionid=...}) are dropped from each segment.
     */
    static List<String> rawSegments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        List<String> segments = new ArrayList<>();
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            String segment = slash < 0 ? path.substring(from) : path.substring(from, slash);
            int semicolon = segment.indexOf(';');
            segments.add(semicolon < 0 ? segment : segment.substring(0, semicolon));
            if (slash < 0) {
                return segments;
            }
            from = slash + 1;
        }
    }

    /**
     * The call, with its headers copied (matching and rendering never reach back into the servlet request), and its
     * body's bytes.
     *
     * @throws Failure {@code requestBodyTooLargeError} for a body larger than {@link #MAX_BODY_BYTES},
     *                 {@code malformedRequestError} for a multipart body that cannot be read
     */
    static ReceivedCall read(HttpServletRequest request, List<String> pathBelowMock) throws IOException {
        HeaderLookup headers = headers(request);
        if (MultipartBody.isMultipart(request.getContentType())) {
            List<NameValue> fields = multipartFields(request);
            return new ReceivedCall(IncomingRequest.of(request.getMethod(), pathBelowMock, request.getQueryString(),
                    headers, "", fields == null ? tooLarge() : fields), new byte[0]);
        }
        byte[] body = body(request);
        if (body == null) {
            return tooLarge();
        }
        return new ReceivedCall(IncomingRequest.of(request.getMethod(), pathBelowMock, request.getQueryString(),
                headers, new String(body, charset(request.getCharacterEncoding())), List.of()), body);
    }

    /**
     * The body to send upstream: the bytes as received, or for a multipart call the body written again from its
     * parts with its own boundary ({@link MultipartBody}), since the container has consumed the original.
     *
     * @throws Failure {@code malformedRequestError} when the parts cannot be read again
     */
    static byte[] bodyToForward(HttpServletRequest request, ReceivedCall received) throws IOException {
        String contentType = request.getContentType();
        if (!MultipartBody.isMultipart(contentType)) {
            return received.rawBody();
        }
        String boundary = MultipartBody.boundary(contentType);
        if (boundary == null) {
            throw Failure.of(ErrorName.MALFORMED_REQUEST, "The Content-Type header of the multipart body names no "
                    + "boundary");
        }
        // the part headers were decoded as Tomcat's upload parser does: the request's encoding, else the JVM's
        String encoding = request.getCharacterEncoding();
        Charset headerCharset = encoding == null ? Charset.defaultCharset() : charset(encoding);
        try {
            return MultipartBody.encode(boundary, request.getParts(), headerCharset);
        } catch (ServletException | IllegalStateException unreadable) {
            throw Failure.of(ErrorName.MALFORMED_REQUEST, "The multipart body cannot be read again to forward it: "
                    + unreadable.getMessage());
        }
    }

    private static <T> T tooLarge() {
        throw Failure.of(ErrorName.REQUEST_BODY_TOO_LARGE, "The request body is larger than 1 MB, the most a mock "
                + "matches (Postman's limit)");
    }

    /** The first value of each header, by name in any case. */
    private static HeaderLookup headers(HttpServletRequest request) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            copy.putIfAbsent(name, request.getHeader(name));
        }
        return copy::get;
    }

    /** Text parts with their values, file parts with their file names; null when the body is too large. */
    private static List<NameValue> multipartFields(HttpServletRequest request) throws IOException {
        List<NameValue> fields = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    fields.add(new NameValue(part.getName(), part.getSubmittedFileName()));
                } else {
                    try (InputStream in = part.getInputStream()) {
                        fields.add(new NameValue(part.getName(), new String(in.readAllBytes(),
                                charset(request.getCharacterEncoding()))));
                    }
                }
            }
        } catch (IllegalStateException tooLarge) {
            return null;
        } catch (ServletException | IOException malformed) {
            throw Failure.of(ErrorName.MALFORMED_REQUEST, "The multipart body cannot be read: "
                    + malformed.getMessage());
        }
        return fields;
    }

    /** The request body's bytes, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            return null;
        }
        if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
            return new byte[0];
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
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
