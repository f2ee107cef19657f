package dev.mockhost.collection;

import java.util.List;

/** A request of a collection with the folders above it and its examples. */
public record RequestItem(String name, List<String> folders, SavedRequest request, List<Example> examples) {

    public RequestItem {
        folders = List.copyOf(folders);
        examples = List.copyOf(examples);
    }

    /** The same request with the folder at {@code level} (0: the outermost) named {@code folder}. */
    public RequestItem withFolder(int level, String folder) {
        List<String> renamed = new java.util.ArrayList<>(folders);
        renamed.set(level, folder);
        return new RequestItem(name, renamed, request, examples);
    }
}
