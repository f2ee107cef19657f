package dev.mockhost.repository;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock every write of the mounted directory takes, so that a check (an {@code If-Match}, a name still free)
 * and the write it guards happen as one step across threads and across the nodes that share the directory.
 *
 * <p>Two locks, each for what the other cannot do: a file lock ({@link FileChannel#lock()}, {@code fcntl} on Linux,
 * NLM or NFSv4 locks on a network volume) on {@code data/.write.lock} excludes the other processes, and a JVM lock
 * excludes the other threads of this process, which a file lock cannot: it belongs to the whole process, and asking
 * for it a second time in one JVM throws {@link OverlappingFileLockException}. The JVM lock is reentrant, so a write
 * may call another write; the file lock is taken by the outermost call only. Should a second {@code HomeLock} of
 * the same directory exist in this JVM (two deployments of the WAR sharing a home), its file lock overlaps ours: it
 * waits for it by polling rather than failing.
 *
 * <p>The lock file is hidden and lies in {@code data/}, which the directory watcher never reads; it is never deleted,
 * since deleting a lock file lets two processes lock two different files of one name.
 */
public final class HomeLock {

    static final String FILE_NAME = ".write.lock";
    private static final long OVERLAP_POLL_MILLIS = 5;

    /** Work done under the lock. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private final Path file;
    private final ReentrantLock jvm = new ReentrantLock();

    /** The lock of the directory whose {@code data/} folder is {@code dataFolder}. */
    public HomeLock(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public <T> T locked(Work<T> work) throws IOException {
        jvm.lock();
        try {
            if (jvm.getHoldCount() > 1) {
                return work.run();
            }
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = acquire(channel)) {
                return work.run();
            }
        } finally {
            jvm.unlock();
        }
    }

    /** Whether this thread holds the lock now. */
    public boolean isHeldByCurrentThread() {
        return jvm.isHeldByCurrentThread();
    }

    /** Blocks until no other process holds the lock, nor another {@code HomeLock} of this JVM. */
    private static FileLock acquire(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                try {
                    Thread.sleep(OVERLAP_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted waiting for " + FILE_NAME);
                }
            }
        }
    }
}
