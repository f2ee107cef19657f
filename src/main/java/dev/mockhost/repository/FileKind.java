package dev.mockhost.repository;

import java.util.List;

/**
 * The folders of the mounted directory that hold definitions, the file names each reads, and the suffixes Postman
 * adds to the names it exports ({@code petstore.postman_collection.json}, {@code dev.environment.yaml}).
 */
public enum FileKind {
    COLLECTION("collections", List.of(".postman_collection.json", ".json")),
    ENVIRONMENT("environments", List.of(".postman_environment.json", ".environment.yaml", ".json")),
    MOCK("mocks", List.of(".json")),
    KEY("keys", List.of(".json"));

    private final String folder;
    /** Longest first: the first that ends a name is the one stripped from it. */
    private final List<String> suffixes;

    FileKind(String folder, List<String> suffixes) {
        this.folder = folder;
        this.suffixes = suffixes;
    }

    public String folder() {
        return folder;
    }

    /**
     * {@code petstore.postman_collection.json} -> {@code petstore}, {@code PRD-US.environment.yaml} -> {@code PRD-US};
     * null for files this kind does not read.
     */
    public String keyOf(String fileName) {
        if (fileName.startsWith(".")) {
            return null;
        }
        for (String suffix : suffixes) {
            if (fileName.endsWith(suffix) && fileName.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return null;
    }

    /** Hidden files are skipped: editors and Mockhost's own atomic writes use them as temporary files. */
    boolean reads(String fileName) {
        return keyOf(fileName) != null;
    }

    /** Whether the file is YAML (Postman's v3 files) rather than JSON. */
    static boolean isYaml(String fileName) {
        return fileName.endsWith(".yaml");
    }
}
