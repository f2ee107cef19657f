package dev.mockhost.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write lock of the mounted directory: reentrant, exclusive between threads, locks and processes. */
class HomeLockTest {

    @TempDir
    Path home;

    @Test
    void aWriteMayCallAnotherWrite() throws Exception {
        HomeLock lock = new HomeLock(home.resolve("data"));
        assertEquals("inner", lock.locked(() -> lock.locked(() -> "inner")), "no OverlappingFileLockException");
        assertFalse(lock.isHeldByCurrentThread(), "released once the outer call returns");
    }

    @Test
    void theLockFileIsHiddenInDataWhichNoDefinitionFolderReads() throws Exception {
        new HomeLock(new HomeDirectory(home).data()).locked(() -> null);
        assertTrue(Files.exists(home.resolve("data/" + HomeLock.FILE_NAME)));
        for (FileKind kind : FileKind.values()) {
            assertNull(kind.keyOf(HomeLock.FILE_NAME), kind + " would read the lock file");
        }
    }

    @Test
    void threadsNeverInterleaveBetweenACheckAndItsWrite() throws Exception {
        HomeLock lock = new HomeLock(home.resolve("data"));
        int[] counter = {0};
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        lock.locked(() -> {
                            int seen = counter[0]; // read, yield, write: lost updates show without the lock
                            Thread.yield();
                            counter[0] = seen + 1;
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> one : work) {
                one.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(200, counter[0]);
    }

    @Test
    void twoLocksOfOneDirectoryInOneJvmWaitForEachOther() throws Exception {
        HomeLock first = new HomeLock(home.resolve("data"));
        HomeLock second = new HomeLock(home.resolve("data"));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondEntered = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = threads.submit(() -> first.locked(() -> {
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            held.await(10, TimeUnit.SECONDS);
            Future<?> waiter = threads.submit(() -> second.locked(() -> {
                secondEntered.set(true);
                return null;
            }));
            Thread.sleep(200);
            assertFalse(secondEntered.get(), "the second lock waits while the first is held");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            waiter.get(10, TimeUnit.SECONDS);
            assertTrue(secondEntered.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anotherProcessHoldingTheLockKeepsThisOneWaiting() throws Exception {
        Path data = home.resolve("data");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            AtomicBoolean entered = new AtomicBoolean();
            Future<?> waiter = thread.submit(() -> new HomeLock(data).locked(() -> {
                entered.set(true);
                return null;
            }));
            Thread.sleep(300);
            assertFalse(entered.get(), "the other process holds the lock");
            other.getOutputStream().close();
            waiter.get(20, TimeUnit.SECONDS);
            assertTrue(entered.get());
        } finally {
            thread.shutdownNow();
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
