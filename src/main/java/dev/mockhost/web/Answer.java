package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.rendering.RenderedResponse;
import dev.mockhost.rendering.ResponseTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a mock call gets, whatever produced it (an example, a server response, an error), ready to write and to
 * log.
 *
 * @param exposeHeaders the header names for {@code Access-Control-Expose-Headers}, or ""
 * @param exampleId     the example that answered, or null
 * @param responseName  its name (or the server response's), or null
 */
record Answer(int status, List<NameValue> headers, byte[] body, String exposeHeaders, String exampleId,
              String responseName) {

    static Answer example(RenderedResponse rendered, ResponseTemplate template, String exampleId, String name) {
        return new Answer(rendered.status(), rendered.headers(), rendered.body(), template.headerNames(), exampleId,
                name);
    }

    static Answer serverResponse(ServerResponse response) {
        List<NameValue> headers = new ArrayList<>(response.headers());
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type")) && !response.body().isEmpty()) {
            headers.add(new NameValue("Content-Type", "text/plain; charset=UTF-8"));
        }
        return new Answer(response.statusCode(), headers, response.body().getBytes(StandardCharsets.UTF_8), "",
                null, response.name());
    }

    static Answer error(ErrorBody error) {
        return new Answer(error.status(), List.of(new NameValue("Content-Type", ErrorBody.CONTENT_TYPE)),
                error.toJson().getBytes(StandardCharsets.UTF_8), "", null, null);
    }

    static Answer json(int status, byte[] body) {
        return new Answer(status, List.of(new NameValue("Content-Type", ErrorBody.CONTENT_TYPE)), body, "", null,
                null);
    }
}
