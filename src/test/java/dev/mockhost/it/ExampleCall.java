package dev.mockhost.it;

import dev.mockhost.conformance.ExampleRequest;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The HTTP request a client sends from an example's saved request, to a mock, with extra headers. */
final class ExampleCall {

    private ExampleCall() {
    }

    static HttpRequest of(Http http, String mock, ExampleRequest call, Map<String, String> extraHeaders) {
        HttpRequest.Builder builder = http.request(mock + "/" + call.pathAndQuery());
        call.headers().forEach((header, value) -> {
            try {
                builder.header(header, value);
            } catch (IllegalArgumentException restricted) {
                // a header the client library will not send; the example does not depend on it for matching
            }
        });
        extraHeaders.forEach(builder::header);
        if (!call.form().isEmpty()) {
            String boundary = "mockhost-" + UUID.randomUUID();
            Map<String, String> fields = new LinkedHashMap<>();
            call.form().forEach(field -> fields.put(field.name(), field.value()));
            builder.setHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
            return builder.method(call.method(), HttpRequest.BodyPublishers.ofString(
                    ConformanceIT.multipart(fields, boundary))).build();
        }
        return builder.method(call.method(), call.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body())).build();
    }
}
