package dev.mockhost.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mounted directory and its layout, with the folder in Postman's Git layout that is served beside it
 * ({@code postman/} in the mounted directory unless a setting names another: a checkout, or its {@code postman/}).
 */
public record HomeDirectory(Path root, Path postman) {

    public HomeDirectory {
        root = root.toAbsolutePath().normalize();
        postman = postman == null ? root.resolve("postman") : postman.toAbsolutePath().normalize();
    }

    public HomeDirectory(Path root) {
        this(root, null);
    }

    /** The Postman folder a setting names: a checkout holding {@code postman/}, or that folder itself. */
    public static Path postmanFolder(Path named) {
        Path inside = named.resolve("postman");
        return Files.isDirectory(inside.resolve("collections")) || Files.isDirectory(inside.resolve("environments"))
                ? inside : named;
    }

    public Path folder(FileKind kind) {
        return root.resolve(kind.folder());
    }

    /** {@code postman/collections} or {@code postman/environments}: v3 collections, YAML environments. */
    public Path postmanFolder(FileKind kind) {
        return postman.resolve(kind.folder());
    }

    public Path data() {
        return root.resolve("data");
    }

    /** Creates the folders that are missing, so a new, empty directory is ready to receive files. */
    public void prepare() throws IOException {
        for (FileKind kind : FileKind.values()) {
            Files.createDirectories(folder(kind));
        }
    }

    /**
     * {@code collections/petstore.json}: how files are named in logs and error reports; a file of a checkout outside
     * the mounted directory is named from the checkout's Postman folder ({@code postman/collections/...}).
     */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            return root.relativize(absolute).toString().replace('\\', '/');
        }
        if (absolute.startsWith(postman)) {
            return "postman/" + postman.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }
}
