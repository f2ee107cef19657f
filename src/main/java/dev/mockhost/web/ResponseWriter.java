package dev.mockhost.web;

import dev.mockhost.answer.Answer;
import dev.mockhost.collection.NameValue;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Writes a mock's answer to the servlet response. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(Answer answer, String method, HttpServletResponse response) throws IOException {
        if (head(answer, method, response)) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * An answer whose body is {@code answer.body()} followed by what {@code rest} still holds (an upstream's answer
     * too large to hold in memory), copied as it arrives; {@code rest} is closed.
     */
    static void stream(Answer answer, InputStream rest, String method, HttpServletResponse response)
            throws IOException {
        try (rest) {
            if (head(answer, method, response)) {
                OutputStream out = response.getOutputStream();
                out.write(answer.body());
                rest.transferTo(out);
            }
        }
    }

    /** Status and headers; whether a body follows (not for 204, 304 or HEAD, which are flushed here). */
    private static boolean head(Answer answer, String method, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (NameValue header : answer.headers()) {
            response.addHeader(header.name(), header.value());
        }
        boolean bodyAllowed = answer.status() != 204 && answer.status() != 304 && !"HEAD".equals(method);
        if (!bodyAllowed) {
            response.flushBuffer();
        }
        return bodyAllowed;
    }
}
