package dev.mockhost.web;

import dev.mockhost.failure.ErrorBody;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The one mapper from a failure to an HTTP answer: its status and its JSON error body. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void write(ErrorBody error, HttpServletResponse response) throws IOException {
        byte[] body = error.bytes();
        response.setStatus(error.status());
        response.setContentType(ErrorBody.CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
