package dev.mockhost.collection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Puts the files of a v3 collection directory together, by Postman's layout: every directory is a folder (its
 * {@code .resources/definition.yaml} gives its name, order and variables; the one at the top, the collection's),
 * every {@code <stem>.request.yaml} a request, and the examples of a request are the
 * {@code *.example.yaml} files under {@code .resources/<stem>.resources/examples/} beside it (found by that rule:
 * a request's {@code examples:} field is often missing). Folders and requests follow their {@code order}, then their
 * names. An example keeps the {@code id} its file gives, else gets one derived from the collection and its path, so
 * it stays stable across reloads. Paths are relative to the collection directory, with {@code /}.
 */
public final class V3Collection {

    static final String RESOURCES = ".resources";
    public static final String DEFINITION = "definition.yaml";
    public static final String REQUEST_SUFFIX = ".request.yaml";
    public static final String EXAMPLE_SUFFIX = ".example.yaml";

    private V3Collection() {
    }

    /** The parsed files of one directory, by path; the files that could not be read are simply absent. */
    public record Files(Map<String, V3FileReader.Definition> definitions, Map<String, V3FileReader.Request> requests,
                        Map<String, V3FileReader.SavedExample> examples) {
    }

    /** The directory's path of the folder a definition describes: {@code a/b/.resources/definition.yaml} -> a/b. */
    public static String folderOfDefinition(String path) {
        String suffix = RESOURCES + "/" + DEFINITION;
        return path.equals(suffix) ? "" : path.substring(0, path.length() - suffix.length() - 1);
    }

    /**
     * The request file an example belongs to: {@code a/.resources/x.resources/examples/y.example.yaml} ->
     * {@code a/x.request.yaml}; null when the example lies elsewhere.
     */
    public static String requestOfExample(String path) {
        String[] parts = path.split("/");
        int n = parts.length;
        if (n < 4 || !parts[n - 2].equals("examples") || !parts[n - 4].equals(RESOURCES)
                || !parts[n - 3].endsWith(".resources") || parts[n - 3].equals(".resources")) {
            return null;
        }
        String stem = parts[n - 3].substring(0, parts[n - 3].length() - ".resources".length());
        String folder = String.join("/", java.util.Arrays.copyOfRange(parts, 0, n - 4));
        return (folder.isEmpty() ? "" : folder + "/") + stem + REQUEST_SUFFIX;
    }

    public static Parsed<PostmanCollection> assemble(String directoryName, Files files) {
        V3FileReader.Definition top = files.definitions().get("");
        String name = top != null && top.name() != null ? top.name() : directoryName;
        String id = top != null && top.id() != null ? top.id()
                : UUID.nameUUIDFromBytes(("collection:" + name).getBytes(StandardCharsets.UTF_8)).toString();
        Folder root = new Folder("", name, top);
        Map<String, List<String>> examplesByRequest = new HashMap<>();
        List<Problem> warnings = new ArrayList<>();
        for (String example : files.examples().keySet()) {
            String request = requestOfExample(example);
            if (request == null) {
                warnings.add(Problem.ofFile(directoryName + "/" + example, "an example outside "
                        + RESOURCES + "/<request>.resources/examples/ of any request; left out"));
                continue;
            }
            examplesByRequest.computeIfAbsent(request, r -> new ArrayList<>()).add(example);
        }
        for (String request : files.requests().keySet()) {
            examplesByRequest.putIfAbsent(request, new ArrayList<>());
        }
        Map<String, Folder> folders = new HashMap<>();
        folders.put("", root);
        examplesByRequest.keySet().stream().sorted().forEach(request -> folder(parent(request), folders, files)
                .requests.add(request));
        List<RequestItem> items = new ArrayList<>();
        new Walk(id, files, examplesByRequest, items, warnings, directoryName).folder(root, List.of(), List.of());
        return new Parsed<>(new PostmanCollection(id, name, CollectionSchema.V3,
                top == null ? List.of() : top.variables(), items), warnings);
    }

    private static Folder folder(String path, Map<String, Folder> folders, Files files) {
        Folder known = folders.get(path);
        if (known != null) {
            return known;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        V3FileReader.Definition definition = files.definitions().get(path);
        Folder created = new Folder(path, definition != null && definition.name() != null ? definition.name() : last,
                definition);
        folders.put(path, created);
        folder(parent(path), folders, files).folders.add(created);
        return created;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String stem(String path, String suffix) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - suffix.length());
    }

    /** A directory of the collection, with what lies directly in it. */
    private static final class Folder {
        private final String path;
        private final String name;
        private final V3FileReader.Definition definition;
        private final List<Folder> folders = new ArrayList<>();
        private final List<String> requests = new ArrayList<>();

        Folder(String path, String name, V3FileReader.Definition definition) {
            this.path = path;
            this.name = name;
            this.definition = definition;
        }

        double order() {
            return definition == null ? V3FileReader.NO_ORDER : definition.order();
        }
    }

    /** Depth first, each folder's folders and requests in their order, flattened as a v2.1 collection is. */
    private record Walk(String collectionId, Files files, Map<String, List<String>> examplesByRequest,
                        List<RequestItem> items, List<Problem> warnings, String directoryName) {

        void folder(Folder folder, List<String> names, List<NameValue> variables) {
            record Entry(double order, String name, Folder folder, String request) {
            }
            List<Entry> entries = new ArrayList<>();
            folder.folders.forEach(f -> entries.add(new Entry(f.order(), f.name, f, null)));
            for (String request : folder.requests) {
                V3FileReader.Request read = files.requests().get(request);
                entries.add(new Entry(read == null ? V3FileReader.NO_ORDER : read.order(),
                        read == null ? stem(request, REQUEST_SUFFIX) : read.name(), null, request));
            }
            entries.sort(Comparator.comparingDouble(Entry::order).thenComparing(Entry::name));
            for (Entry entry : entries) {
                if (entry.folder() != null) {
                    List<String> inner = new ArrayList<>(names);
                    inner.add(entry.folder().name);
                    folder(entry.folder(), List.copyOf(inner), merged(variables, entry.folder().definition));
                } else {
                    request(entry.request(), names, variables);
                }
            }
        }

        /** The folder's variables over its parents'; the same list for every request of the folder. */
        private static List<NameValue> merged(List<NameValue> outer, V3FileReader.Definition definition) {
            if (definition == null || definition.variables().isEmpty()) {
                return outer;
            }
            Map<String, NameValue> byName = new LinkedHashMap<>();
            outer.forEach(v -> byName.put(v.name(), v));
            definition.variables().forEach(v -> byName.put(v.name(), v));
            return List.copyOf(byName.values());
        }

        private void request(String path, List<String> folders, List<NameValue> variables) {
            V3FileReader.Request request = files.requests().get(path);
            List<Example> examples = new ArrayList<>();
            Map<String, V3FileReader.SavedExample> sorted = new TreeMap<>();
            examplesByRequest.get(path).forEach(example -> sorted.put(example, files.examples().get(example)));
            List<Map.Entry<String, V3FileReader.SavedExample>> inOrder = new ArrayList<>(sorted.entrySet());
            inOrder.sort(Comparator.comparingDouble(e -> e.getValue().order()));
            for (Map.Entry<String, V3FileReader.SavedExample> entry : inOrder) {
                V3FileReader.SavedExample saved = entry.getValue();
                SavedRequest asked = saved.request() != null ? saved.request()
                        : request != null ? request.request() : null;
                if (asked == null) {
                    warnings.add(Problem.ofFile(directoryName + "/" + entry.getKey(), "saves no request, and its "
                            + "request file " + path + " cannot be read; left out"));
                    continue;
                }
                if (request != null && asked.equals(request.request())) {
                    asked = request.request();
                }
                String id = saved.id() != null ? saved.id() : UUID.nameUUIDFromBytes((collectionId + ":"
                        + entry.getKey()).getBytes(StandardCharsets.UTF_8)).toString();
                examples.add(new Example(id, saved.name(), asked, saved.code(), saved.status(), saved.headers(),
                        saved.body(), saved.language(), saved.line()));
            }
            SavedRequest own = request != null ? request.request()
                    : examples.isEmpty() ? null : examples.get(0).request();
            if (own != null) {
                items.add(new RequestItem(request != null ? request.name() : stem(path, REQUEST_SUFFIX), folders,
                        own, examples, variables));
            }
        }
    }
}
