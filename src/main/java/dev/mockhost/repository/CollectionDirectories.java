package dev.mockhost.repository;

import dev.mockhost.collection.HeapLimit;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.Problem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The v3 collections of one folder ({@code collections/}, or a Postman checkout's {@code postman/collections/}):
 * each directory in it is a collection, served as a mock named after the directory as a slug ({@code DIS APIs} ->
 * {@code dis-apis}). A change to any file below a directory reads that directory again, and only it. Only the reload
 * thread changes it.
 */
final class CollectionDirectories {

    private static final Logger LOG = Logger.getLogger(CollectionDirectories.class.getName());

    private final Path folder;
    private final HomeDirectory home;
    private final CollectionDirectory.Limits limits;
    private final Map<Path, CollectionDirectory> readers = new TreeMap<>();
    private final Map<Path, SourceFile<PostmanCollection>> collections = new TreeMap<>();

    CollectionDirectories(Path folder, HomeDirectory home, CollectionDirectory.Limits limits) {
        this.folder = folder.toAbsolutePath().normalize();
        this.home = home;
        this.limits = limits;
    }

    Path folder() {
        return folder;
    }

    Collection<SourceFile<PostmanCollection>> files() {
        return collections.values();
    }

    /** The collection directory {@code path} lies in (or is), or null when it lies elsewhere. */
    Path directoryOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder) || absolute.equals(folder)) {
            return null;
        }
        Path directory = folder.resolve(folder.relativize(absolute).getName(0));
        String name = directory.getFileName().toString();
        if (name.startsWith(".") || (absolute.equals(directory) && !Files.isDirectory(directory)
                && !readers.containsKey(directory))) {
            return null; // a hidden folder, or a file beside the collections (a v2.1 JSON file)
        }
        return directory;
    }

    void scan() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path directory : entries) {
                if (!directory.getFileName().toString().startsWith(".")) {
                    refresh(directory);
                }
            }
        }
    }

    /** Reads the directory again; a deleted one is forgotten, one that cannot be read keeps its last good version. */
    void refresh(Path directory) {
        String name = home.relative(directory);
        if (!Files.isDirectory(directory)) {
            readers.remove(directory);
            if (collections.remove(directory) != null) {
                LOG.info(() -> "removed " + name);
            }
            return;
        }
        String key = Names.slug(directory.getFileName().toString(), "collection");
        CollectionDirectory reader = readers.computeIfAbsent(directory,
                d -> new CollectionDirectory(d, name, limits));
        SourceFile<PostmanCollection> previous = collections.get(directory);
        try {
            CollectionDirectory.Result read = reader.read();
            collections.put(directory, new SourceFile<>(directory, name, key, read.collection(), read.warnings(),
                    read.errors()));
            LOG.info(() -> (previous == null ? "loaded " : "reloaded ") + name + " (" + read.collection()
                    .exampleCount() + " examples" + (read.errors().isEmpty() ? "" : ", " + read.errors().size()
                    + " file(s) that cannot be read") + ")");
            read.errors().forEach(error -> LOG.warning(error::toString));
            read.warnings().forEach(warning -> LOG.warning(warning::toString));
        } catch (CollectionDirectory.TooLarge e) {
            keepPrevious(directory, name, key, previous, e.problem());
        } catch (OutOfMemoryError e) {
            readers.remove(directory); // its cache may be what filled the heap
            keepPrevious(directory, name, key, previous, Problem.ofFile(name, HeapLimit.describeDirectory(0)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, e, () -> "unexpected failure reading " + name);
            keepPrevious(directory, name, key, previous, Problem.ofFile(name, "cannot be read: " + e));
        }
    }

    private void keepPrevious(Path directory, String name, String key, SourceFile<PostmanCollection> previous,
                              Problem problem) {
        PostmanCollection lastGood = previous == null ? null : previous.value();
        collections.put(directory, new SourceFile<>(directory, name, key, lastGood,
                previous == null ? List.of() : previous.warnings(), List.of(problem)));
        LOG.warning(() -> problem + (lastGood == null ? " (not served)" : " (its last good version stays served)"));
    }
}
