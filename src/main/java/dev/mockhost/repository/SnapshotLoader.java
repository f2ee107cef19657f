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
import java.util.Collection;
import java.util.List;

/**
 * Reads the mounted directory into snapshots: everything at first, then only the files that changed. Not
 * thread-safe; {@link SnapshotRepository} calls it from one thread at a time.
 */
public final class SnapshotLoader {

    private final HomeDirectory home;
    private final FileSet<PostmanCollection> collections;
    private final FileSet<Environment> environments;
    private final FileSet<MockDefinition> mocks;
    private final FileSet<ApiKey> keys;
    private final SnapshotBuilder builder;
    private List<ApiKey> extraKeys = List.of();

    public SnapshotLoader(HomeDirectory home, long maxFileBytes, Clock clock) {
        this(home, maxFileBytes, Integer.MAX_VALUE, clock);
    }

    public SnapshotLoader(HomeDirectory home, long maxFileBytes, int maxExamplesPerMock, Clock clock) {
        this.home = home;
        CollectionReader collectionReader = new CollectionReader(maxExamplesPerMock, new HeapHeadroom());
        EnvironmentReader environmentReader = new EnvironmentReader();
        this.collections = new FileSet<>(FileKind.COLLECTION, (file, key, bytes) -> collectionReader.read(file,
                bytes), home, maxFileBytes);
        this.environments = new FileSet<>(FileKind.ENVIRONMENT, (file, key, bytes) -> environmentReader.read(file,
                bytes), home, maxFileBytes);
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
        return build();
    }

    /** Reads the given files again and builds a new snapshot; files outside the watched folders are ignored. */
    public Snapshot reload(Collection<Path> changed) {
        for (Path file : changed) {
            for (FileSet<?> set : sets()) {
                if (set.owns(file)) {
                    set.refresh(file);
                }
            }
        }
        return build();
    }

    /** The folders whose files this loader reads. */
    public List<Path> folders() {
        return sets().stream().map(set -> home.folder(set.kind())).toList();
    }

    private Snapshot build() {
        return builder.build(new SnapshotBuilder.Sources(collections.files(), environments.files(), mocks.files(),
                keys.files(), extraKeys));
    }

    private List<FileSet<?>> sets() {
        return List.of(collections, environments, mocks, keys);
    }
}
