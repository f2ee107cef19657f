package dev.mockhost.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The mounted directory on a real 2 MB tmpfs: filled up, a write answers 507; its collections bound read-only, 503;
 * each time the previous file is byte for byte what it was, no temporary file is left, and the mocks keep answering.
 * Mounting needs root (as in CI's container); where the machine refuses it, CI fails and a developer's run skips.
 */
class FullOrReadOnlyHomeIT {

    @TempDir
    Path work;

    @Test
    void writesToAFullOrReadOnlyHomeAreRefusedAndNothingIsLost() throws Exception {
        Path home = work.resolve("home");
        Files.createDirectories(home);
        mountable(home);
        try {
            MeteredHome.write(home);
            Path kept = home.resolve("collections/kept.json");
            ItHome.write(kept, collection("kept", 1));
            byte[] before = Files.readAllBytes(kept);
            try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                    .jvm("-Dmockhost.home=" + home, "-Dmockhost.adminKey=" + MeteredHome.ADMIN))) {
                Http http = new Http(tomcat.baseUrl());
                assertEquals(200, http.get(MeteredHome.MOCK + "/ping").statusCode());

                Path filler = home.resolve("data/filler.bin");
                fill(filler);
                HttpResponse<String> full = put(http, collection("kept", 3));
                assertEquals(507, full.statusCode(), full.body());
                assertTrue(full.body().contains("insufficientStorageError"), full.body());
                intact(home, kept, before);
                assertEquals(200, http.get(MeteredHome.MOCK + "/ping").statusCode(), "mocks keep answering");
                Files.delete(filler);

                // a read-only bind of the definitions (the usage store in data/ stays open for writing, which a
                // read-only remount of the whole tmpfs would refuse)
                Path collections = home.resolve("collections");
                assertEquals(0, run("mount", "--bind", collections.toString(), collections.toString()));
                assertEquals(0, run("mount", "-o", "remount,bind,ro", collections.toString()));
                HttpResponse<String> readOnly = put(http, collection("kept", 2));
                assertEquals(503, readOnly.statusCode(), readOnly.body());
                assertTrue(readOnly.body().contains("storageUnavailableError"), readOnly.body());
                intact(home, kept, before);
                assertEquals(200, http.get(MeteredHome.MOCK + "/ping").statusCode(), "mocks keep answering");

                assertEquals(0, run("umount", collections.toString()));
                assertEquals(200, put(http, collection("kept", 2)).statusCode(), "writable again");
                System.out.println("full home: 507, read-only home: 503, previous file intact, mocks answering");
            }
        } finally {
            run("umount", "-l", home.resolve("collections").toString());
            run("umount", "-l", home.toString());
        }
    }

    private static HttpResponse<String> put(Http http, String collection) throws Exception {
        return http.send("PUT", "api/collections/kept", "{\"collection\": " + collection + "}", "x-api-key",
                MeteredHome.ADMIN, "Content-Type", "application/json");
    }

    /** A collection with {@code requests} requests. */
    private static String collection(String name, int requests) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            items.append(i == 0 ? "" : ",").append("{\"name\": \"r").append(i).append("\", \"request\": {\"url\": \"/r")
                    .append(i).append("\"}, \"response\": [{\"name\": \"e\", \"code\": 200, \"body\": \"ok\"}]}");
        }
        return "{\"info\": {\"name\": \"" + name + "\"}, \"item\": [" + items + "]}";
    }

    private static void fill(Path filler) throws IOException {
        Files.createDirectories(filler.getParent());
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the tmpfs is full, as wanted
        }
    }

    private static void intact(Path home, Path kept, byte[] before) throws IOException {
        assertArrayEquals(before, Files.readAllBytes(kept), "the previous file is intact");
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> temporary = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temporary, "no temporary file is left");
        }
    }

    /** Mounts a 2 MB tmpfs on {@code home}, or fails on CI / skips elsewhere when the machine does not allow it. */
    private static void mountable(Path home) throws Exception {
        if (run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", home.toString()) == 0) {
            return;
        }
        String message = "cannot mount a tmpfs here (needs root); the full and read-only home test needs one";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
