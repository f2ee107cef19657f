package dev.mockhost.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The mounted directory and its layout. */
public record HomeDirectory(Path root) {

    public HomeDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path folder(FileKind kind) {
        return root.resolve(kind.folder());
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

    /** {@code collections/petstore.json}: how files are named in logs and error reports. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
