package dev.mockhost.repository;

import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationMonitor;
import org.apache.commons.io.monitor.FileAlterationObserver;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the definition folders and reports, once per check, the files created, changed or deleted. Polling, not
 * inotify: the mounted directory is often an NFS share or a Kubernetes volume, where file events never arrive.
 */
final class DirectoryWatcher {

    private static final Logger LOG = Logger.getLogger(DirectoryWatcher.class.getName());

    private final FileAlterationMonitor monitor;

    DirectoryWatcher(Path root, List<Path> folders, long intervalMillis, Consumer<Set<Path>> onChanges)
            throws IOException {
        FileAlterationObserver observer = FileAlterationObserver.builder()
                .setFile(root.toFile())
                .setFileFilter(definitionFilesIn(root, folders))
                .get();
        observer.addListener(new ChangeCollector(onChanges));
        monitor = new FileAlterationMonitor(intervalMillis, observer);
        monitor.setThreadFactory(task -> {
            Thread thread = new Thread(task, "mockhost-directory-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() throws Exception {
        monitor.start();
    }

    void stop() {
        try {
            monitor.stop(2_000);
        } catch (Exception e) {
            LOG.log(Level.FINE, "directory watcher already stopped", e);
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
            } catch (RuntimeException e) {
                // an escaping exception would end the monitor thread, and with it every later reload
                LOG.log(Level.SEVERE, "reload failed; the previous snapshot stays served", e);
            }
        }
    }
}
