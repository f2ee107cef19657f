package dev.mockhost.answer;

import dev.mockhost.collection.NameValue;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.rendering.RenderedResponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a mock call gets, whatever produced it (an example, a server response, an error), ready to write and to
 * log.
 *
 * @param exampleId    the example that answered, or null
 * @param responseName its name (or the server response's), or null
 */
public record Answer(int status, List<NameValue> headers, byte[] body, String exampleId, String responseName) {

    /** Postman's answer when no example matches, byte for byte. */
    static final byte[] NO_MATCH = ("{\"error\":{\"name\":\"mockRequestNotFoundError\",\"message\":\"Double check "
            + "your method and the request path and try again.\",\"header\":\"No matching requests\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private static final List<NameValue> JSON = List.of(new NameValue("Content-Type", ErrorBody.CONTENT_TYPE));

    static Answer example(RenderedResponse rendered, String exampleId, String name) {
        return new Answer(rendered.status(), rendered.headers(), rendered.body(), exampleId, name);
    }

    static Answer serverResponse(ServerResponse response) {
        List<NameValue> headers = new ArrayList<>(response.headers());
        if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type")) && !response.body().isEmpty()) {
            headers.add(new NameValue("Content-Type", "text/plain; charset=UTF-8"));
        }
        return new Answer(response.statusCode(), headers, response.body().getBytes(StandardCharsets.UTF_8), null,
                response.name());
    }

    public static Answer error(ErrorBody error) {
        return new Answer(error.status(), JSON, error.bytes(), null, null);
    }

    static Answer noMatch() {
        return new Answer(404, JSON, NO_MATCH, null, null);
    }

    /** Whether this is the answer to a call no example matched (the one place that makes it shares its bytes). */
    public boolean isNoMatch() {
        return body == NO_MATCH;
    }

    /** The same answer with one more header. */
    Answer withHeader(String name, String value) {
        List<NameValue> more = new ArrayList<>(headers);
        more.add(new NameValue(name, value));
        return new Answer(status, more, body, exampleId, responseName);
    }
}
