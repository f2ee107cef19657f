package dev.mockhost.failure;

import dev.mockhost.collection.Jsonp;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;

/**
 * Every JSON error Mockhost answers, in Postman's shape: {@code {"error": {"name", "message", ...}}}, with the
 * header or field at fault when there is one.
 *
 * @param header the request header at fault, or null
 * @param field  the JSON field or parameter at fault, or null
 */
public record ErrorBody(ErrorName name, String message, String header, String field) {

    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    public static ErrorBody of(ErrorName name, String message) {
        return new ErrorBody(name, message, null, null);
    }

    public int status() {
        return name.status();
    }

    public ErrorBody withHeader(String headerName) {
        return new ErrorBody(name, message, headerName, field);
    }

    public ErrorBody withField(String fieldName) {
        return new ErrorBody(name, message, header, fieldName);
    }

    public String toJson() {
        JsonObjectBuilder error = Jsonp.PROVIDER.createObjectBuilder().add("name", name.label()).add("message",
                message);
        if (header != null) {
            error.add("header", header);
        }
        if (field != null) {
            error.add("field", field);
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("error", error).build().toString();
    }

    public byte[] bytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }
}
