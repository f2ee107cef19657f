package dev.mockhost.collection;

import java.util.List;

/** A request of a collection with the folders above it and its examples. */
public record RequestItem(String id, String name, List<String> folders, SavedRequest request, List<Example> examples) {

    public RequestItem {
        folders = List.copyOf(folders);
        examples = List.copyOf(examples);
    }
}
