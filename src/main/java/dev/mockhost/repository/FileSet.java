package dev.mockhost.repository;

import dev.mockhost.config.Setting;
import dev.mockhost.collection.HeapLimit;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Parsed;
import dev.mockhost.collection.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files of one folder of the mounted directory, each with its last good version. Only the reload thread
 * changes it.
 */
final class FileSet<T> {

    private static final Logger LOG = Logger.getLogger(FileSet.class.getName());

    private final FileKind kind;
    private final Path folder;
    private final FileParser<T> parser;
    private final HomeDirectory home;
    private final long maxBytes;
    private final Map<Path, SourceFile<T>> files = new TreeMap<>();

    FileSet(FileKind kind, FileParser<T> parser, HomeDirectory home, long maxBytes) {
        this(kind, home.folder(kind), parser, home, maxBytes);
    }

    /** The files of {@code kind} in {@code folder}: its folder in the mounted directory, or a Postman checkout's. */
    FileSet(FileKind kind, Path folder, FileParser<T> parser, HomeDirectory home, long maxBytes) {
        this.kind = kind;
        this.folder = folder.toAbsolutePath().normalize();
        this.parser = parser;
        this.home = home;
        this.maxBytes = maxBytes;
    }

    FileKind kind() {
        return kind;
    }

    Path folder() {
        return folder;
    }

    Collection<SourceFile<T>> files() {
        return files.values();
    }

    boolean owns(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return folder.equals(absolute.getParent()) && kind.reads(absolute.getFileName().toString());
    }

    /** Reads every file of the folder (the first load). */
    void scan() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path file : stream) {
                if (owns(file)) {
                    refresh(file);
                }
            }
        }
    }

    /**
     * Reads the file again; a deleted file is forgotten, a broken one keeps its last good version. Nothing a file
     * does (an error, running out of heap, nesting that exhausts the stack) escapes to the caller.
     */
    void refresh(Path file) {
        Path path = file.toAbsolutePath().normalize();
        String name = home.relative(path);
        String key = kind.keyOf(path.getFileName().toString());
        SourceFile<T> previous = files.get(path);
        Parsed<T> parsed;
        try {
            parsed = parser.parse(name, key, read(path, name));
        } catch (NoSuchFileException gone) {
            if (files.remove(path) != null) {
                LOG.info(() -> "removed " + name);
            }
            return;
        } catch (IOException e) {
            keepPrevious(path, name, key, previous, Problem.ofFile(name, "cannot be read: " + e.getMessage()));
            return;
        } catch (InvalidFileException e) {
            keepPrevious(path, name, key, previous, e.problem());
            return;
        } catch (OutOfMemoryError e) {
            // the file's bytes and whatever was built from them are unreachable here
            keepPrevious(path, name, key, previous, Problem.ofFile(name, HeapLimit.describe(size(path))));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, e, () -> "unexpected failure reading " + name);
            keepPrevious(path, name, key, previous, Problem.ofFile(name, "cannot be read: " + e));
            return;
        }
        files.put(path, new SourceFile<>(path, name, key, parsed.value(), parsed.warnings(), List.of()));
        LOG.info(() -> (previous == null ? "loaded " : "reloaded ") + name
                + (parsed.warnings().isEmpty() ? "" : " with " + parsed.warnings().size() + " warning(s)"));
        parsed.warnings().forEach(w -> LOG.warning(() -> w.toString()));
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException gone) {
            return 0;
        }
    }

    private void keepPrevious(Path path, String name, String key, SourceFile<T> previous, Problem problem) {
        T lastGood = previous == null ? null : previous.value();
        List<Problem> warnings = previous == null ? List.of() : previous.warnings();
        files.put(path, new SourceFile<>(path, name, key, lastGood, warnings, List.of(problem)));
        LOG.warning(() -> problem + (lastGood == null ? " (not served)" : " (its last good version stays served)"));
    }

    private byte[] read(Path path, String name) throws IOException, InvalidFileException {
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new InvalidFileException(Problem.ofFile(name, "the file has " + size
                    + " bytes, more than the limit of " + maxBytes + " (setting " + Setting.MAX_FILE_BYTES.property()
                    + ")"));
        }
        // one array of the file's size: reading into a growing buffer would need twice the heap at the end
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = new byte[(int) size];
            int read = in.readNBytes(bytes, 0, bytes.length);
            if (in.read() >= 0) {
                throw new IOException("the file grew while it was read (is it being written?); it is read again "
                        + "when it changes");
            }
            return read == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, read);
        }
    }
}
