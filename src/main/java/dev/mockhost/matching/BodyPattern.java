package dev.mockhost.matching;

import dev.mockhost.collection.BodyMode;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.RequestBody;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body an example's saved request carries, compiled for comparison (spec section 3 step 6): raw JSON in
 * canonical form, other raw text as it is, urlencoded and formdata fields as a set of pairs, with the media type
 * the request was saved with (its Content-Type header, else the one Postman adds for the body's mode).
 */
public record BodyPattern(Kind kind, String mediaType, String text, List<NameValue> pairs) {

    public enum Kind {
        NONE, JSON, TEXT, PAIRS
    }

    public static final BodyPattern NONE = new BodyPattern(Kind.NONE, "", "", List.of());

    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    public BodyPattern {
        pairs = List.copyOf(pairs);
    }

    public static BodyPattern of(RequestBody body, List<NameValue> savedHeaders) {
        String saved = null;
        for (NameValue header : savedHeaders) {
            if (header.name().equalsIgnoreCase("Content-Type")) {
                saved = header.value();
            }
        }
        String mediaType = mediaType(saved != null ? saved : body.impliedContentType());
        if (body.isEmpty() || body.mode() == BodyMode.FILE) {
            return new BodyPattern(Kind.NONE, mediaType, "", List.of());
        }
        return switch (body.mode()) {
            case URLENCODED, FORMDATA -> new BodyPattern(Kind.PAIRS, mediaType, "", asSet(body.pairs()));
            default -> {
                String canonical = CanonicalJson.of(body.text());
                boolean json = canonical != null && (body.mode() == BodyMode.GRAPHQL || mediaType.contains("json")
                        || body.language().equals("json"));
                yield json ? new BodyPattern(Kind.JSON, mediaType, canonical, List.of())
                        : new BodyPattern(Kind.TEXT, mediaType, body.text(), List.of());
            }
        };
    }

    /** Equal by this pattern's kind; with {@code sameType}, the media types must be equal too. */
    boolean matches(ActualBody actual, boolean sameType) {
        if (sameType && !sameMediaType(actual.mediaType())) {
            return false;
        }
        return switch (kind) {
            case NONE -> actual.isEmpty();
            case JSON -> text.equals(actual.canonicalJson());
            case TEXT -> text.equals(actual.text());
            case PAIRS -> pairs.equals(actual.pairs());
        };
    }

    /**
     * Form fields compare as a set whichever way they were encoded, and real exports often save a formdata body
     * with a contradicting Content-Type header: a form pattern takes either form encoding.
     */
    private boolean sameMediaType(String actual) {
        if (kind == Kind.PAIRS) {
            return FORM_TYPES.contains(actual);
        }
        return mediaType.equals(actual);
    }

    /** {@code application/json; charset=UTF-8} -> {@code application/json}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Sorted without duplicates: form fields compare as sets. */
    static List<NameValue> asSet(List<NameValue> pairs) {
        TreeSet<NameValue> set = new TreeSet<>((a, b) -> a.name().equals(b.name())
                ? a.value().compareTo(b.value()) : a.name().compareTo(b.name()));
        set.addAll(pairs);
        return List.copyOf(set);
    }
}
