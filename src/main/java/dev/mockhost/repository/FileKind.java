package dev.mockhost.repository;

/** The folders of the mounted directory that hold definitions, and the suffix Postman exports add to names. */
public enum FileKind {
    COLLECTION("collections", ".postman_collection"),
    ENVIRONMENT("environments", ".postman_environment"),
    MOCK("mocks", ""),
    KEY("keys", "");

    private final String folder;
    private final String exportSuffix;

    FileKind(String folder, String exportSuffix) {
        this.folder = folder;
        this.exportSuffix = exportSuffix;
    }

    public String folder() {
        return folder;
    }

    /** {@code petstore.postman_collection.json} -> {@code petstore}; null for files that are not {@code *.json}. */
    public String keyOf(String fileName) {
        if (!isDefinitionFile(fileName)) {
            return null;
        }
        String key = fileName.substring(0, fileName.length() - ".json".length());
        if (!exportSuffix.isEmpty() && key.endsWith(exportSuffix)) {
            key = key.substring(0, key.length() - exportSuffix.length());
        }
        return key.isEmpty() ? null : key;
    }

    /** Hidden files are skipped: editors and Mockhost's own atomic writes use them as temporary files. */
    static boolean isDefinitionFile(String fileName) {
        return fileName.endsWith(".json") && !fileName.startsWith(".") && fileName.length() > ".json".length();
    }
}
