package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * A call to a mock, as matching and rendering read it: no servlet types, so both are tested with plain values.
 * {@code query} is percent-decoded; {@code body} is the request body as text ("" when there is none).
 */
public record IncomingRequest(String method, RequestPath path, List<NameValue> query, HeaderLookup headers,
                              String body) {

    public IncomingRequest {
        query = List.copyOf(query);
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.first(name);
    }
}
