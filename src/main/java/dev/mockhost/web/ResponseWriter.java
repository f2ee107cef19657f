package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import dev.mockhost.rendering.RenderedResponse;
import dev.mockhost.rendering.ResponseTemplate;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes a rendered example to the servlet response. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(RenderedResponse rendered, ResponseTemplate template, boolean exposeHeaders, String method,
                      HttpServletResponse response) throws IOException {
        response.setStatus(rendered.status());
        for (NameValue header : rendered.headers()) {
            if (header.name().regionMatches(true, 0, "Access-Control-", 0, 15)) {
                // a CORS header saved in the example wins over the filter's
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        if (exposeHeaders && !template.headerNames().isEmpty()) {
            response.setHeader("Access-Control-Expose-Headers", template.headerNames());
        }
        boolean bodyAllowed = rendered.status() != 204 && rendered.status() != 304 && !"HEAD".equals(method);
        if (bodyAllowed) {
            response.setContentLength(rendered.body().length);
            response.getOutputStream().write(rendered.body());
        }
    }
}
