package dev.mockhost.web;

import dev.mockhost.answer.Answer;
import dev.mockhost.collection.NameValue;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes a mock's answer to the servlet response. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(Answer answer, String method, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (NameValue header : answer.headers()) {
            response.addHeader(header.name(), header.value());
        }
        boolean bodyAllowed = answer.status() != 204 && answer.status() != 304 && !"HEAD".equals(method);
        if (bodyAllowed) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        } else {
            response.flushBuffer();
        }
    }
}
