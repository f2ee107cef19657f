package dev.mockhost.collection;

import java.util.List;
import java.util.Locale;

/**
 * A saved request body. {@code text} holds raw text (and GraphQL as the JSON a client sends); {@code pairs} holds the
 * enabled fields of urlencoded and formdata bodies (a file field's value is the file's name); {@code language} is
 * the raw body's language as Postman saves it ({@code json}, {@code xml}, {@code text}...), or "".
 */
public record RequestBody(BodyMode mode, String text, List<NameValue> pairs, String language) {

    public static final RequestBody NONE = new RequestBody(BodyMode.NONE, "", List.of(), "");

    public RequestBody {
        text = text == null ? "" : text;
        pairs = List.copyOf(pairs);
        language = language == null ? "" : language.toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return mode == BodyMode.NONE || (text.isEmpty() && pairs.isEmpty());
    }

    /**
     * The Content-Type Postman sends for this body when the request saves none: it adds one per mode and raw
     * language. Empty for file bodies, whose type depends on the file.
     */
    public String impliedContentType() {
        return switch (mode) {
            case URLENCODED -> "application/x-www-form-urlencoded";
            case FORMDATA -> "multipart/form-data";
            case GRAPHQL -> "application/json";
            case RAW -> switch (language) {
                case "json" -> "application/json";
                case "xml" -> "application/xml";
                case "html" -> "text/html";
                case "javascript" -> "application/javascript";
                default -> "text/plain";
            };
            default -> "";
        };
    }
}
