package dev.mockhost.collection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A corpus copied into the test resources must stay the corpus: the same files, byte for byte, none added. */
public final class CorpusCopy {

    private CorpusCopy() {
    }

    /** Compares {@code copy} with {@code shared}, when the shared corpus is there (it is beside a checkout). */
    public static void assertSame(Path shared, Path copy) throws Exception {
        if (!Files.isDirectory(shared)) {
            return;
        }
        List<Path> sharedFiles;
        try (Stream<Path> walk = Files.walk(shared)) {
            sharedFiles = walk.filter(Files::isRegularFile).toList();
        }
        for (Path original : sharedFiles) {
            Path copied = copy.resolve(shared.relativize(original).toString());
            assertEquals(sha256(original), sha256(copied), copied + " differs from " + original);
        }
        try (Stream<Path> walk = Files.walk(copy)) {
            assertEquals(sharedFiles.size(), walk.filter(Files::isRegularFile).count(), "no file added to " + copy);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
