package dev.mockhost.management;

import dev.mockhost.repository.HomeDirectory;
import dev.mockhost.repository.HomeLock;
import dev.mockhost.repository.HomeWriter;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotLoader;
import dev.mockhost.repository.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/** A real mounted directory on disk, loaded and reloaded as the server does, without a servlet container. */
final class LoadedWorkspace implements Workspace {

    private final SnapshotLoader loader;
    private final HomeDirectory home;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final HomeLock lock;

    LoadedWorkspace(Path root) throws IOException {
        this.home = new HomeDirectory(root);
        this.loader = new SnapshotLoader(home, 50_000_000, Clock.systemUTC());
        this.lock = new HomeLock(home.data());
        current.set(loader.loadAll());
    }

    @Override
    public Snapshot current() {
        return current.get();
    }

    @Override
    public HomeWriter writer() {
        return new HomeWriter(home, lock, changed -> current.set(loader.reload(changed)));
    }
}
