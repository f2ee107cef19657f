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
 * through the same path as a hand-edited file, so the answer to a write already reflects it. Every write holds the
 * directory's {@link HomeLock}; callers that check something before writing (a version, a free name) do both inside
 * {@link #locked}, reading the file from disk there, not from a snapshot another node may have made stale.
 */
public final class HomeWriter {

    private final HomeDirectory home;
    private final HomeLock lock;
    private final Consumer<List<Path>> reload;

    /** {@code lock} is the one lock of {@code home} in this JVM: every writer of the directory shares it. */
    public HomeWriter(HomeDirectory home, HomeLock lock, Consumer<List<Path>> reload) {
        this.home = home;
        this.lock = lock;
        this.reload = reload;
    }

    /** Runs {@code work} holding the directory's write lock (reentrant: writes inside take it again at no cost). */
    public <T> T locked(HomeLock.Work<T> work) throws IOException {
        return lock.locked(work);
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

    /** The version of the file as it is on disk now; {@link FileVersion#NO_FILE} when there is none. */
    public FileVersion version(FileKind kind, String id) throws IOException {
        return FileVersion.of(read(kind, id));
    }

    /** Writes the file and answers the version written. */
    public FileVersion write(FileKind kind, String id, byte[] content) throws IOException {
        Names.check("id", id);
        return locked(() -> {
            Path file = fileOf(kind, id);
            // key files hold hashes only, but who may read them is still nobody's business but the server's
            AtomicFiles.write(file, content, kind == FileKind.KEY);
            reload.accept(List.of(file));
            return FileVersion.of(content);
        });
    }

    /**
     * Writes a file inside a collection directory (a v3 collection's request or example), atomically and under the
     * lock, then reloads it like any other change. Only below {@code collections/} of the mounted directory or of
     * its Postman folder (a checkout's {@code postman/collections/}, where the team commits what was written).
     */
    public void writeCollectionFile(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (collectionRoots().stream().noneMatch(root -> target.startsWith(root) && !target.equals(root))) {
            throw new IllegalArgumentException("not a file below a collections folder: " + file);
        }
        locked(() -> {
            AtomicFiles.write(target, content, false);
            reload.accept(List.of(target));
            return null;
        });
    }

    /**
     * The directory of the v3 collection {@code id} (the slug of its name, as the loader keys it): in
     * {@code collections/}, else in the Postman folder's {@code collections/}; null when there is none.
     */
    public Path collectionDirectory(String id) throws IOException {
        Names.check("id", id);
        for (Path root : collectionRoots()) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path directory : entries) {
                    String name = directory.getFileName().toString();
                    // the loader's rule: a directory is the collection named by the slug of its name
                    if (!name.startsWith(".") && id.equals(Names.slug(name, "collection"))) {
                        return directory;
                    }
                }
            }
        }
        return null;
    }

    /** How a file is named in logs and answers: {@code collections/shop.json}, {@code postman/collections/...}. */
    public String shown(Path file) {
        return home.relative(file);
    }

    private List<Path> collectionRoots() {
        return List.of(home.folder(FileKind.COLLECTION).toAbsolutePath().normalize(),
                home.postmanFolder(FileKind.COLLECTION).toAbsolutePath().normalize());
    }

    /** False when there was no such file. */
    public boolean delete(FileKind kind, String id) throws IOException {
        return locked(() -> {
            Path file = fileOf(kind, id);
            boolean deleted = Files.deleteIfExists(file);
            if (deleted) {
                reload.accept(List.of(file));
            }
            return deleted;
        });
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
