package dev.mockhost.repository;

import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationObserver;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the definition folders and reports, once per check, the files created, changed or deleted. Polling, not
 * inotify: the mounted directory is often an NFS share or a Kubernetes volume, where file events never arrive.
 * Nothing a check or a reload throws (an error, running out of heap) ends the polling: the next check runs as usual.
 */
final class DirectoryWatcher {

    private static final Logger LOG = Logger.getLogger(DirectoryWatcher.class.getName());

    private final FileAlterationObserver observer;
    private final long intervalMillis;
    private final ScheduledExecutorService checks;

    DirectoryWatcher(Path root, List<Path> folders, long intervalMillis, Consumer<Set<Path>> onChanges)
            throws IOException {
        FileAlterationObserver observer = FileAlterationObserver.builder()
                .setFile(root.toFile())
                .setFileFilter(definitionFilesIn(root, folders))
                .get();
        observer.addListener(new ChangeCollector(onChanges));
        this.observer = observer;
        this.intervalMillis = intervalMillis;
        this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mockhost-directory-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() throws Exception {
        observer.initialize();
        checks.scheduleWithFixedDelay(this::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void stop() {
        checks.shutdownNow();
        try {
            if (!checks.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warning("the directory watcher did not stop within 2 s");
            }
            observer.destroy();
        } catch (Exception e) {
            LOG.log(Level.FINE, "directory watcher already stopped", e);
        }
    }

    /** One check; a scheduled task that throws is never run again, so nothing may escape. */
    private void check() {
        try {
            observer.checkAndNotify();
        } catch (Throwable e) {
            LOG.log(Level.SEVERE, "checking " + observer.getDirectory() + " failed; the next check runs as usual", e);
        }
    }

    /** The watched folders themselves and their top-level {@code *.json} files; nothing under {@code data/}. */
    private static FileFilter definitionFilesIn(Path root, List<Path> folders) {
        return file -> {
            Path path = file.toPath().toAbsolutePath().normalize();
            if (file.isDirectory()) {
                return folders.contains(path);
            }
            return folders.contains(path.getParent()) && FileKind.isDefinitionFile(file.getName());
        };
    }

    /** Gathers the changes of one check and hands them over when the check ends. */
    private static final class ChangeCollector extends FileAlterationListenerAdaptor {
        private final Consumer<Set<Path>> onChanges;
        private final Set<Path> changed = new LinkedHashSet<>();

        ChangeCollector(Consumer<Set<Path>> onChanges) {
            this.onChanges = onChanges;
        }

        @Override
        public void onFileCreate(File file) {
            changed.add(file.toPath());
        }

        @Override
        public void onFileChange(File file) {
            changed.add(file.toPath());
        }

        @Override
        public void onFileDelete(File file) {
            changed.add(file.toPath());
        }

        @Override
        public void onStop(FileAlterationObserver observer) {
            if (changed.isEmpty()) {
                return;
            }
            Set<Path> batch = Set.copyOf(changed);
            changed.clear();
            try {
                onChanges.accept(batch);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "reload of " + batch.size() + " file(s) failed; the previous snapshot stays "
                        + "served and the next change is picked up", e);
            }
        }
    }
}
