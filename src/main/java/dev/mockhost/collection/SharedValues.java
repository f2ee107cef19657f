package dev.mockhost.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equal immutable values met while reading, kept once: thousands of examples repeat the same header names, methods,
 * path segments, and header and query lists. Lives as long as one read (a file, or a v3 collection's directory).
 */
public final class SharedValues {

    /** Strings up to this length are shared; longer ones (bodies, descriptions) rarely repeat. */
    private static final int SHARED_LENGTH = 48;

    /**
     * What repeats (header names, methods, segments) shows up in the first items; past this many distinct strings
     * the rest (ids, names) are mostly unique, and only the known ones are still looked up.
     */
    private static final int MAX_STRINGS = 20_000;

    private final Map<String, String> strings = new HashMap<>();
    private final Map<List<NameValue>, List<NameValue>> lists = new HashMap<>();

    String string(String text) {
        if (text.length() > SHARED_LENGTH) {
            return text;
        }
        if (strings.size() >= MAX_STRINGS) {
            return strings.getOrDefault(text, text);
        }
        String known = strings.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    List<NameValue> of(List<NameValue> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return lists.computeIfAbsent(List.copyOf(list), copy -> copy);
    }
}
