package dev.mockhost.repository;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.KeyReader;
import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.mock.MockFileReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the mounted directory into snapshots: everything at first, then only the files that changed. Not
 * thread-safe; {@link SnapshotRepository} calls it from one thread at a time.
 */
public final class SnapshotLoader {

    private final HomeDirectory home;
    private final FileSet<PostmanCollection> collections;
    private final List<CollectionDirectories> collectionDirectories;
    private final List<FileSet<Environment>> environments;
    private final FileSet<MockDefinition> mocks;
    private final FileSet<ApiKey> keys;
    private final SnapshotBuilder builder;
    private List<ApiKey> extraKeys = List.of();

    public SnapshotLoader(HomeDirectory home, long maxFileBytes, Clock clock) {
        this(home, maxFileBytes, Integer.MAX_VALUE, clock);
    }

    public SnapshotLoader(HomeDirectory home, long maxFileBytes, int maxExamplesPerMock, Clock clock) {
        this.home = home;
        HeapHeadroom heap = new HeapHeadroom();
        CollectionReader collectionReader = new CollectionReader(maxExamplesPerMock, heap);
        EnvironmentReader environmentReader = new EnvironmentReader();
        FileParser<Environment> environmentParser = (file, key, bytes) -> environmentReader.read(file, bytes);
        CollectionDirectory.Limits limits = new CollectionDirectory.Limits(maxFileBytes, maxExamplesPerMock, heap);
        this.collections = new FileSet<>(FileKind.COLLECTION, (file, key, bytes) -> collectionReader.read(file,
                bytes), home, maxFileBytes);
        this.collectionDirectories = List.of(
                new CollectionDirectories(home.folder(FileKind.COLLECTION), home, limits),
                new CollectionDirectories(home.postmanFolder(FileKind.COLLECTION), home, limits));
        this.environments = List.of(
                new FileSet<>(FileKind.ENVIRONMENT, environmentParser, home, maxFileBytes),
                new FileSet<>(FileKind.ENVIRONMENT, home.postmanFolder(FileKind.ENVIRONMENT), environmentParser, home,
                        maxFileBytes));
        this.mocks = new FileSet<>(FileKind.MOCK, new MockFileReader()::read, home, maxFileBytes);
        this.keys = new FileSet<>(FileKind.KEY, new KeyReader()::read, home, maxFileBytes);
        this.builder = new SnapshotBuilder(clock);
    }

    public HomeDirectory home() {
        return home;
    }

    /** Keys that come from settings rather than files (the bootstrap admin key); part of every later snapshot. */
    public void extraKeys(List<ApiKey> keys) {
        this.extraKeys = List.copyOf(keys);
    }

    public Snapshot loadAll() throws IOException {
        for (FileSet<?> set : sets()) {
            set.scan();
        }
        for (CollectionDirectories directories : collectionDirectories) {
            directories.scan();
        }
        return build();
    }

    /**
     * Reads the given files again and builds a new snapshot: a file of a v3 collection reads its directory again,
     * once however many of its files changed; files outside the watched folders are ignored.
     */
    public Snapshot reload(Collection<Path> changed) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path file : changed) {
            for (FileSet<?> set : sets()) {
                if (set.owns(file)) {
                    set.refresh(file);
                }
            }
            for (CollectionDirectories set : collectionDirectories) {
                Path directory = set.directoryOf(file);
                if (directory != null && directories.add(directory)) {
                    set.refresh(directory);
                }
            }
        }
        return build();
    }

    /** The folders to watch from: the mounted directory, and the Postman folder when it lies elsewhere. */
    public List<Path> roots() {
        return home.postman().startsWith(home.root()) ? List.of(home.root())
                : List.of(home.root(), home.postman());
    }

    /** Whether the watcher looks at this folder (to find files in it) or this file (to read it). */
    public boolean watches(Path path, boolean directory) {
        Path absolute = path.toAbsolutePath().normalize();
        if (directory) {
            if (absolute.equals(home.postman()) || absolute.equals(home.postmanFolder(FileKind.COLLECTION))
                    || absolute.equals(home.postmanFolder(FileKind.ENVIRONMENT))) {
                return true;
            }
            for (FileSet<?> set : sets()) {
                if (set.folder().equals(absolute)) {
                    return true;
                }
            }
        }
        for (FileSet<?> set : sets()) {
            if (!directory && set.owns(absolute)) {
                return true;
            }
        }
        for (CollectionDirectories set : collectionDirectories) {
            if (set.directoryOf(absolute) != null) {
                return directory ? !absolute.getFileName().toString().startsWith(".")
                        || absolute.getFileName().toString().equals(".resources")
                        : CollectionDirectory.isCollectionFile(absolute);
            }
        }
        return false;
    }

    private Snapshot build() {
        List<SourceFile<PostmanCollection>> allCollections = new ArrayList<>(collections.files());
        collectionDirectories.forEach(set -> allCollections.addAll(set.files()));
        List<SourceFile<Environment>> allEnvironments = new ArrayList<>();
        environments.forEach(set -> allEnvironments.addAll(set.files()));
        return builder.build(new SnapshotBuilder.Sources(allCollections, allEnvironments, mocks.files(),
                keys.files(), extraKeys));
    }

    private List<FileSet<?>> sets() {
        List<FileSet<?>> sets = new ArrayList<>(List.of(collections, mocks, keys));
        sets.addAll(environments);
        return sets;
    }
}
