package dev.mockhost.web;

import dev.mockhost.collection.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON error Mockhost answers, in Postman's shape: {@code {"error": {"name", "message", ...}}}, with the
 * header or field at fault when there is one.
 *
 * @param header the request header at fault, or null
 * @param field  the JSON field or parameter at fault, or null
 */
public record ErrorBody(int status, String name, String message, String header, String field) {

    static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    public static ErrorBody of(int status, String name, String message) {
        return new ErrorBody(status, name, message, null, null);
    }

    public ErrorBody withHeader(String headerName) {
        return new ErrorBody(status, name, message, headerName, field);
    }

    public ErrorBody withField(String fieldName) {
        return new ErrorBody(status, name, message, header, fieldName);
    }

    public String toJson() {
        JsonObjectBuilder error = JSON.createObjectBuilder().add("name", name).add("message", message);
        if (header != null) {
            error.add("header", header);
        }
        if (field != null) {
            error.add("field", field);
        }
        return JSON.createObjectBuilder().add("error", error).build().toString();
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
