package dev.mockhost.it;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the fuzzed calls left on disk: files named like the fuzz ids outside the IT home's own folders (next to the
 * home, in {@code /tmp}), and half-written or temporary files inside the home.
 */
final class FuzzFootprint {

    private static final Set<String> FOLDERS = Set.of("collections", "environments", "mocks", "keys", "data");

    private FuzzFootprint() {
    }

    /** Every file that should not be there, with the reason; empty when the run left nothing behind. */
    static List<String> strayFiles(Path home) throws IOException {
        List<String> stray = new ArrayList<>();
        walk(home.getParent(), 12, file -> {
            if (fuzzName(file) && !(file.startsWith(home) && FOLDERS.contains(folderIn(home, file)))) {
                stray.add("outside the home's folders: " + file);
            }
        });
        walk(Path.of(System.getProperty("java.io.tmpdir")), 3, file -> {
            if (fuzzName(file)) {
                stray.add("in the temporary directory: " + file);
            }
        });
        walk(home, 12, file -> {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".tmp")) {
                stray.add("a temporary file left in the home: " + file);
            }
            if (fuzzName(file) && !file.getParent().getParent().equals(home)) {
                stray.add("a fuzz name below its folder: " + file);
            }
        });
        return stray;
    }

    /** "fzx" marks every id of the corpus that tries to leave its folder. */
    private static boolean fuzzName(Path file) {
        return file.getFileName() != null && file.getFileName().toString().contains("fzx");
    }

    private static String folderIn(Path home, Path file) {
        Path relative = home.relativize(file);
        return relative.getNameCount() < 2 ? "" : relative.getName(0).toString();
    }

    private static void walk(Path root, int depth, java.util.function.Consumer<Path> check) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, Set.of(), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                check.accept(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root)) {
                    check.accept(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
