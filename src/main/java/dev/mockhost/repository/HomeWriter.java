package dev.mockhost.repository;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes definition files for the management API: atomically (temporary file, sync, rename), then reloaded at once
 * through the same path as a hand-edited file, so the answer to a write already reflects it.
 */
public final class HomeWriter {

    private final HomeDirectory home;
    private final Consumer<List<Path>> reload;

    public HomeWriter(HomeDirectory home, Consumer<List<Path>> reload) {
        this.home = home;
        this.reload = reload;
    }

    /** The file of {@code id}: an existing {@code id.json} or {@code id<export suffix>.json}, else {@code id.json}. */
    public Path fileOf(FileKind kind, String id) throws IOException {
        Path folder = home.folder(kind);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : files) {
                    if (id.equals(kind.keyOf(file.getFileName().toString()))) {
                        return file;
                    }
                }
            }
        }
        return folder.resolve(Names.check("id", id) + ".json");
    }

    public boolean exists(FileKind kind, String id) throws IOException {
        return Files.exists(fileOf(kind, id));
    }

    /** The file's bytes, or null when there is none. */
    public byte[] read(FileKind kind, String id) throws IOException {
        try {
            return Files.readAllBytes(fileOf(kind, id));
        } catch (NoSuchFileException none) {
            return null;
        }
    }

    public void write(FileKind kind, String id, byte[] content) throws IOException {
        Path file = fileOf(kind, Names.check("id", id));
        AtomicFiles.write(file, content);
        reload.accept(List.of(file));
    }

    /** False when there was no such file. */
    public boolean delete(FileKind kind, String id) throws IOException {
        Path file = fileOf(kind, id);
        boolean deleted = Files.deleteIfExists(file);
        if (deleted) {
            reload.accept(List.of(file));
        }
        return deleted;
    }

    /** When a file was created and last changed. */
    public record FileTimes(Instant created, Instant updated) {
    }

    /** The file's times; null when there is no file. */
    public FileTimes times(FileKind kind, String id) throws IOException {
        Path file = fileOf(kind, id);
        if (!Files.exists(file)) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileTimes(attributes.creationTime().toInstant(), attributes.lastModifiedTime().toInstant());
    }
}
