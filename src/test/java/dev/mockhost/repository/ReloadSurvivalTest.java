package dev.mockhost.repository;

import dev.mockhost.collection.Parsed;
import dev.mockhost.collection.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reload path never dies: whatever reading a file throws, running out of heap included, keeps the file's last
 * good version with a cause a person understands, and the watcher picks up the next change.
 */
class ReloadSurvivalTest {

    @TempDir
    Path root;

    @Test
    void aFileThatExhaustsTheHeapKeepsItsLastGoodVersionAndSaysWhy() throws Exception {
        HomeDirectory home = new HomeDirectory(root);
        home.prepare();
        AtomicBoolean exhaust = new AtomicBoolean();
        FileSet<String> files = new FileSet<>(FileKind.COLLECTION, (file, key, bytes) -> {
            if (exhaust.get()) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new Parsed<>(new String(bytes, StandardCharsets.UTF_8), List.of());
        }, home, 10_000_000);
        Path file = root.resolve("collections/big.json");
        Files.writeString(file, "good");
        files.refresh(file);
        exhaust.set(true);
        Files.writeString(file, "x".repeat(3_000_000));
        files.refresh(file);
        SourceFile<String> kept = files.files().iterator().next();
        assertEquals("good", kept.value(), "the last good version stays");
        Problem error = kept.error();
        assertNotNull(error);
        assertTrue(error.message().startsWith("too large for the heap: 3 MB did not fit in a heap of at most "),
                error.message());
        assertTrue(error.message().contains("-Xmx"), error.message());
        exhaust.set(false);
        Files.writeString(file, "fixed");
        files.refresh(file);
        assertEquals("fixed", files.files().iterator().next().value());
        assertNull(files.files().iterator().next().error());
    }

    @Test
    void aReaderThatOverflowsTheStackIsAnErrorNotACrash() throws Exception {
        HomeDirectory home = new HomeDirectory(root);
        home.prepare();
        FileSet<String> files = new FileSet<>(FileKind.COLLECTION, (file, key, bytes) -> {
            throw new StackOverflowError();
        }, home, 1_000_000);
        Path file = root.resolve("collections/deep.json");
        Files.writeString(file, "{}");
        files.refresh(file);
        assertTrue(files.files().iterator().next().error().message().contains("cannot be read"));
    }

    @Test
    void theWatcherGoesOnAfterAReloadRunsOutOfHeap() throws Exception {
        Path folder = Files.createDirectories(root.resolve("collections"));
        LinkedBlockingQueue<Set<Path>> delivered = new LinkedBlockingQueue<>();
        AtomicBoolean first = new AtomicBoolean(true);
        DirectoryWatcher watcher = new DirectoryWatcher(List.of(root), (path, directory) -> directory
                ? path.equals(folder) : path.getParent().equals(folder), 20, batch -> {
            delivered.add(batch);
            if (first.getAndSet(false)) {
                throw new OutOfMemoryError("Java heap space");
            }
        });
        watcher.start();
        try {
            Files.writeString(folder.resolve("one.json"), "{}");
            Set<Path> batch = delivered.poll(10, TimeUnit.SECONDS);
            assertNotNull(batch, "the first change is delivered");
            Files.writeString(folder.resolve("two.json"), "{}");
            Set<Path> next = delivered.poll(10, TimeUnit.SECONDS);
            assertNotNull(next, "the change after the failed reload is delivered too");
            assertEquals(Set.of(folder.resolve("two.json")), next);
        } finally {
            watcher.stop();
        }
    }
}
