package dev.mockhost.collection;

import java.util.List;

/**
 * A saved request body. {@code text} holds raw text (and GraphQL as the JSON a client sends); {@code pairs} holds the
 * enabled fields of urlencoded and formdata bodies.
 */
public record RequestBody(BodyMode mode, String text, List<NameValue> pairs) {

    public static final RequestBody NONE = new RequestBody(BodyMode.NONE, "", List.of());

    public RequestBody {
        text = text == null ? "" : text;
        pairs = List.copyOf(pairs);
    }
}
