package dev.mockhost.web;

import jakarta.servlet.http.Part;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A multipart/form-data body written again from its parts, for forwarding to an upstream. It has to be rebuilt:
 * the container consumed the request's stream when it split the body into parts (the mock matches form fields),
 * and the original bytes are gone. Tomcat keeps the parts for the rest of the request, so they are read a second
 * time here. The original boundary is reused, so the forwarded {@code Content-Type} still describes the body; each
 * part keeps its headers and its content byte for byte. Only what the parts do not keep is lost: a preamble or
 * epilogue around the parts, and the case of the part header names (Tomcat gives them in lower case, which HTTP
 * reads the same).
 */
final class MultipartBody {

    private static final byte[] CRLF = {'\r', '\n'};

    private MultipartBody() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "multipart/form-data", 0, 19);
    }

    /**
     * The {@code boundary} parameter of a Content-Type, unquoted, or null when it has none. A quoted value may hold
     * {@code ;} and spaces; it never holds a quote or a backslash (RFC 2046 5.1.1 bchars), so there is no escape.
     */
    static String boundary(String contentType) {
        int semicolon = contentType.indexOf(';');
        while (semicolon >= 0) {
            int equals = contentType.indexOf('=', semicolon);
            if (equals < 0) {
                return null;
            }
            String name = contentType.substring(semicolon + 1, equals).strip();
            int start = equals + 1;
            while (start < contentType.length() && contentType.charAt(start) == ' ') {
                start++;
            }
            String value;
            if (start < contentType.length() && contentType.charAt(start) == '"') {
                int close = contentType.indexOf('"', start + 1);
                if (close < 0) {
                    return null;
                }
                value = contentType.substring(start + 1, close);
                semicolon = contentType.indexOf(';', close);
            } else {
                semicolon = contentType.indexOf(';', start);
                value = contentType.substring(start, semicolon < 0 ? contentType.length() : semicolon).strip();
            }
            if (name.equalsIgnoreCase("boundary")) {
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /**
     * For each part {@code --boundary CRLF}, its headers, {@code CRLF}, its content, {@code CRLF}; then
     * {@code --boundary-- CRLF} (RFC 7578, RFC 2046 5.1.1). {@code headerCharset} is the one the container decoded
     * the part headers with, so a non-ASCII file name goes out as the bytes that came in.
     */
    static byte[] encode(String boundary, Collection<Part> parts, Charset headerCharset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        for (Part part : parts) {
            out.write(delimiter);
            out.write(CRLF);
            for (String name : part.getHeaderNames()) {
                for (String value : part.getHeaders(name)) {
                    out.write((name + ": " + value).getBytes(headerCharset));
                    out.write(CRLF);
                }
            }
            out.write(CRLF);
            try (InputStream content = part.getInputStream()) {
                content.transferTo(out);
            }
            out.write(CRLF);
        }
        out.write(delimiter);
        out.write(new byte[] {'-', '-', '\r', '\n'});
        return out.toByteArray();
    }
}
