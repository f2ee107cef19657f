package dev.mockhost.matching;

/** One segment of an example's path: literal text, or a wildcard that matches any one segment and captures it. */
public sealed interface PathSegment permits PathSegment.Literal, PathSegment.Wildcard {

    static PathSegment literal(String decodedText) {
        return new Literal(decodedText, Text.fold(decodedText), IdLike.test(decodedText));
    }

    static PathSegment wildcard(String name) {
        return new Wildcard(name, false);
    }

    /**
     * A {@code {{name}}} whose variable is defined but empty: it matches the empty segment Postman's runner sends
     * for it ({@code /users//orders}) as its own value, and, as an unresolved variable does, any one segment with a
     * real value, capturing it.
     */
    static PathSegment emptyVariable(String name) {
        return new Wildcard(name, true);
    }

    /** Text as saved (percent-decoded), its case-folded form and whether it looks like an id. */
    record Literal(String text, String folded, boolean idLike) implements PathSegment {
    }

    /** A {@code :name} path variable or an unresolved {@code {{name}}}; {@code matchesEmpty} for an empty one. */
    record Wildcard(String name, boolean matchesEmpty) implements PathSegment {
    }
}
