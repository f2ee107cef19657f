package dev.mockhost.repository;

import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationObserver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the definition folders and reports the files created, changed or deleted, once they have settled: a batch
 * is handed over after a check that found nothing new, so a {@code git pull} touching 500 files becomes one reload,
 * or after {@link #SETTLE_CHECKS} checks of continuous changes at the latest. Polling, not inotify: the mounted
 * directory is often an NFS share or a Kubernetes volume, where file events never arrive. Nothing a check or a
 * reload throws (an error, running out of heap) ends the polling: the next check runs as usual.
 */
final class DirectoryWatcher {

    private static final Logger LOG = Logger.getLogger(DirectoryWatcher.class.getName());

    /** Changes that never pause are handed over after this many checks anyway. */
    static final int SETTLE_CHECKS = 8;

    private final List<FileAlterationObserver> observers = new ArrayList<>();
    private final long intervalMillis;
    private final Consumer<Set<Path>> onChanges;
    private final ScheduledExecutorService checks;
    private final Set<Path> pending = new LinkedHashSet<>();
    private final ChangeCollector collector = new ChangeCollector(pending);
    private int pendingChecks;

    /**
     * Watches {@code roots} (the mounted directory, and a Postman checkout elsewhere) below the folders and files
     * {@code watched} accepts ({@code (path, isDirectory)}).
     */
    DirectoryWatcher(List<Path> roots, BiPredicate<Path, Boolean> watched, long intervalMillis,
                     Consumer<Set<Path>> onChanges) throws IOException {
        for (Path root : roots) {
            FileAlterationObserver observer = FileAlterationObserver.builder()
                    .setFile(root.toFile())
                    .setFileFilter(file -> watched.test(file.toPath().toAbsolutePath().normalize(),
                            file.isDirectory()))
                    .get();
            observer.addListener(collector);
            observers.add(observer);
        }
        this.intervalMillis = intervalMillis;
        this.onChanges = onChanges;
        this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mockhost-directory-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() throws Exception {
        for (FileAlterationObserver observer : observers) {
            observer.initialize();
        }
        checks.scheduleWithFixedDelay(this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void stop() {
        checks.shutdownNow();
        try {
            if (!checks.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warning("the directory watcher did not stop within 2 s");
            }
            for (FileAlterationObserver observer : observers) {
                observer.destroy();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "directory watcher already stopped", e);
        }
    }

    /** One check; a scheduled task that throws is never run again, so nothing may escape. */
    private void check() {
        long before = collector.events;
        for (FileAlterationObserver observer : observers) {
            try {
                observer.checkAndNotify();
            } catch (Throwable e) {
                LOG.log(Level.SEVERE, "checking " + observer.getDirectory() + " failed; the next check runs as usual",
                        e);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        pendingChecks++;
        boolean quiet = collector.events == before;
        if (!quiet && pendingChecks < SETTLE_CHECKS) {
            return;
        }
        Set<Path> batch = Set.copyOf(pending);
        pending.clear();
        pendingChecks = 0;
        try {
            onChanges.accept(batch);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "reload of " + batch.size() + " file(s) failed; the previous snapshot stays "
                    + "served and the next change is picked up", e);
        }
    }

    /** Gathers what the checks find. */
    private static final class ChangeCollector extends FileAlterationListenerAdaptor {
        private final Set<Path> changed;
        private long events;

        ChangeCollector(Set<Path> changed) {
            this.changed = changed;
        }

        @Override
        public void onFileCreate(File file) {
            changed.add(file.toPath());
            events++;
        }

        @Override
        public void onFileChange(File file) {
            changed.add(file.toPath());
            events++;
        }

        @Override
        public void onFileDelete(File file) {
            changed.add(file.toPath());
            events++;
        }

        @Override
        public void onDirectoryCreate(File directory) {
            changed.add(directory.toPath());
            events++;
        }

        @Override
        public void onDirectoryDelete(File directory) {
            changed.add(directory.toPath());
            events++;
        }
    }
}
