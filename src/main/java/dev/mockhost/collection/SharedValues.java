package dev.mockhost.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equal immutable values met while reading one file, kept once: thousands of examples save the same header and
 * query lists. Lives as long as the read.
 */
final class SharedValues {

    private final Map<List<NameValue>, List<NameValue>> lists = new HashMap<>();

    List<NameValue> of(List<NameValue> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return lists.computeIfAbsent(List.copyOf(list), copy -> copy);
    }
}
