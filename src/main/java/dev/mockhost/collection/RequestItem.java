package dev.mockhost.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * A request of a collection with the folders above it and its examples. {@code folderVariables} are the variables
 * its folders define (v3 collections; the nearest folder wins), over the collection's; empty in v2 collections.
 */
public record RequestItem(String name, List<String> folders, SavedRequest request, List<Example> examples,
                          List<NameValue> folderVariables) {

    public RequestItem {
        folders = List.copyOf(folders);
        examples = List.copyOf(examples);
        folderVariables = List.copyOf(folderVariables);
    }

    public RequestItem(String name, List<String> folders, SavedRequest request, List<Example> examples) {
        this(name, folders, request, examples, List.of());
    }

    /** The same request with the folder at {@code level} (0: the outermost) named {@code folder}. */
    public RequestItem withFolder(int level, String folder) {
        List<String> renamed = new ArrayList<>(folders);
        renamed.set(level, folder);
        return new RequestItem(name, renamed, request, examples, folderVariables);
    }
}
