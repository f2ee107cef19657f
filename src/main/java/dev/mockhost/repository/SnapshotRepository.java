package dev.mockhost.repository;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The snapshot being served, and the watcher that replaces it when files change. Parsing happens on the watcher's
 * thread; requests only read {@link #current()}, one volatile read.
 */
@ApplicationScoped
public class SnapshotRepository implements Workspace {

    private static final Logger LOG = Logger.getLogger(SnapshotRepository.class.getName());

    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private Settings settings;
    private SnapshotLoader loader;
    private DirectoryWatcher watcher;
    private String startupError;
    /** The one write lock of the mounted directory in this JVM; made at the first write (a CDI proxy has none). */
    private final AtomicReference<HomeLock> lock = new AtomicReference<>();
    private ReloadEvents events = ReloadEvents.NONE;

    protected SnapshotRepository() {
        // for CDI proxies
    }

    @Inject
    public SnapshotRepository(Settings settings) {
        this.settings = settings;
    }

    /** The snapshot being served; null until the first load finished. */
    public Snapshot current() {
        return current.get();
    }

    public HomeDirectory home() {
        return loader == null ? home(settings) : loader.home();
    }

    /** Writes definition files, atomically, and reloads them at once. */
    public HomeWriter writer() {
        return new HomeWriter(home(), lock(), this::reload);
    }

    /** Not synchronized on this: a writer holding the lock calls {@link #reload}, which is. */
    private HomeLock lock() {
        return lock.updateAndGet(made -> made != null ? made : new HomeLock(home().data()));
    }

    /** Why the mounted directory could not be watched, or null. */
    public String startupError() {
        return startupError;
    }

    /** Loads the mounted directory and starts watching it. */
    public synchronized void start() {
        start(ReloadEvents.NONE);
    }

    /** Loads the mounted directory and starts watching it; every load is reported to {@code events}. */
    public synchronized void start(ReloadEvents events) {
        this.events = events;
        HomeDirectory home = home(settings);
        loader = new SnapshotLoader(home, settings.getLong(Setting.MAX_FILE_BYTES),
                (int) Math.min(Integer.MAX_VALUE, settings.getLong(Setting.MAX_EXAMPLES_PER_MOCK)), Clock.systemUTC());
        LOG.info(() -> "serving " + home.root() + " (" + Setting.HOME.property() + " from "
                + settings.sourceOf(Setting.HOME) + ")");
        try {
            home.prepare();
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "cannot create the folders of " + home.root());
        }
        try {
            long interval = settings.getLong(Setting.POLL_INTERVAL_MILLIS);
            watcher = new DirectoryWatcher(loader.roots(), loader::watches, Math.max(10, interval), this::reload);
            watcher.start();
        } catch (Exception e) {
            startupError = "cannot watch " + home.root() + ": " + e;
            LOG.log(Level.SEVERE, e, () -> startupError);
        }
        loader.extraKeys(AdminKeyBootstrap.fromSetting(settings.get(Setting.ADMIN_KEY)));
        long started = System.nanoTime();
        Snapshot first;
        try {
            first = loader.loadAll();
        } catch (IOException e) {
            startupError = "cannot read " + home.root() + ": " + e;
            LOG.log(Level.SEVERE, e, () -> startupError);
            first = loader.reload(List.of());
        }
        swap(withAdminKey(home, first), started);
    }

    private static HomeDirectory home(Settings settings) {
        String postman = settings.get(Setting.POSTMAN_DIR);
        return new HomeDirectory(settings.home(), postman == null || postman.isBlank() ? null
                : HomeDirectory.postmanFolder(Path.of(postman)));
    }

    private Snapshot withAdminKey(HomeDirectory home, Snapshot snapshot) {
        if (snapshot.keys().hasAdmin()) {
            return snapshot;
        }
        try {
            Path generated = AdminKeyBootstrap.generate(home);
            return generated == null ? snapshot : loader.reload(List.of(generated));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e, () -> "cannot store a generated admin key in " + home.folder(FileKind.KEY)
                    + "; set mockhost.adminKey instead");
            return snapshot;
        }
    }

    public synchronized void stop() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    /** Reads the given files again now, without waiting for the next poll. */
    public synchronized void reload(Collection<Path> changed) {
        if (loader == null) {
            return;
        }
        long started = System.nanoTime();
        Snapshot next;
        try {
            next = loader.reload(changed);
        } catch (RuntimeException | Error e) {
            events.reloadFailed(System.nanoTime() - started);
            throw e;
        }
        swap(next, started);
    }

    private void swap(Snapshot next, long started) {
        current.set(next);
        events.reloaded(next, System.nanoTime() - started);
        Map<String, ?> mocks = next.mocks();
        LOG.info(() -> "snapshot " + next.generation() + ": " + mocks.size() + " mock(s), "
                + next.errors().size() + " file error(s)");
    }
}
