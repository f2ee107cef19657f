package dev.mockhost.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The mounted directory of the integration tests' server (a copy of examples/ made by the build). */
final class ItHome {

    private ItHome() {
    }

    static Path root() {
        return Path.of(System.getProperty("mockhost.it.home", "target/it-home")).toAbsolutePath();
    }

    static Path collection(String fileName) {
        return root().resolve("collections").resolve(fileName);
    }

    /** Writes through a temporary file and a rename, as editors and deploy tools do, so no half file is read. */
    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void copyCorpus(String corpusFile, Path target) throws IOException {
        write(target, Files.readString(corpus().resolve(corpusFile), StandardCharsets.UTF_8));
    }

    /** The corpus of real collections, copied verbatim into the test resources. */
    static Path corpus() {
        return Path.of("src/test/resources/corpus").toAbsolutePath();
    }

    /** Copies a directory tree as it is. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Deletes a directory tree, deepest first; what cannot be deleted stays (a test's leftovers, not its verdict). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
