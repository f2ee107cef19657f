package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes a mock's answer to the servlet response. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(Answer answer, boolean exposeHeaders, String method, HttpServletResponse response)
            throws IOException {
        response.setStatus(answer.status());
        for (NameValue header : answer.headers()) {
            if (header.name().regionMatches(true, 0, "Access-Control-", 0, 15)) {
                // a CORS header saved in the example wins over the filter's
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        if (exposeHeaders && !answer.exposeHeaders().isEmpty()) {
            response.setHeader("Access-Control-Expose-Headers", answer.exposeHeaders());
        }
        boolean bodyAllowed = answer.status() != 204 && answer.status() != 304 && !"HEAD".equals(method);
        if (bodyAllowed) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }
}
