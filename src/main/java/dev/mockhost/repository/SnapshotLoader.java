package dev.mockhost.repository;

import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.PostmanCollection;

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
    private final SnapshotBuilder builder;

    public SnapshotLoader(HomeDirectory home, long maxFileBytes, Clock clock) {
        this.home = home;
        this.collections = new FileSet<>(FileKind.COLLECTION, new CollectionReader()::read, home, maxFileBytes);
        this.environments = new FileSet<>(FileKind.ENVIRONMENT, new EnvironmentReader()::read, home, maxFileBytes);
        this.builder = new SnapshotBuilder(clock);
    }

    public HomeDirectory home() {
        return home;
    }

    public Snapshot loadAll() throws IOException {
        for (FileSet<?> set : sets()) {
            set.scan();
        }
        return builder.build(collections, environments);
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
        return builder.build(collections, environments);
    }

    /** The folders whose files this loader reads. */
    public List<Path> folders() {
        return sets().stream().map(set -> home.folder(set.kind())).toList();
    }

    private List<FileSet<?>> sets() {
        return List.of(collections, environments);
    }
}
