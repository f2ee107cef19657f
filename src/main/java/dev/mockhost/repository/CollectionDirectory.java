package dev.mockhost.repository;

import dev.mockhost.collection.HeapLimit;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Parsed;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.Problem;
import dev.mockhost.collection.SharedValues;
import dev.mockhost.collection.V3Collection;
import dev.mockhost.collection.V3FileReader;
import dev.mockhost.config.Setting;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * One v3 collection: a directory of YAML files, and the last good version of each of them. Reading it again parses
 * only the files whose size or modification time changed; a file that breaks keeps its last good version (a file that
 * was never good is left out), is reported with its line and column, and the rest of the collection is served.
 */
final class CollectionDirectory {

    private final Path root;
    private final String name;
    private final V3FileReader reader = new V3FileReader();
    private final Limits limits;
    private final Map<Path, Cached> files = new HashMap<>();

    /** What a directory may hold: bytes a file, examples in all, and whether the heap still has room. */
    record Limits(long maxFileBytes, int maxExamples, BooleanSupplier heapNearlyFull) {
    }

    /** A file as last read: when, its last good value (null: never good), and what is wrong with it now. */
    private record Cached(FileTime modified, long size, Object value, Problem error) {
    }

    CollectionDirectory(Path root, String name, Limits limits) {
        this.root = root;
        this.name = name;
        this.limits = limits;
    }

    /** Reads what changed and puts the collection together; the errors are the files that cannot be read now. */
    Result read() throws IOException {
        Map<Path, BasicFileAttributes> present = list();
        files.keySet().retainAll(present.keySet());
        SharedValues shared = new SharedValues();
        int examples = 0;
        for (Map.Entry<Path, BasicFileAttributes> file : present.entrySet()) {
            Cached cached = files.get(file.getKey());
            BasicFileAttributes attributes = file.getValue();
            if (cached == null || !cached.modified.equals(attributes.lastModifiedTime())
                    || cached.size != attributes.size()) {
                files.put(file.getKey(), parse(file.getKey(), attributes, cached, shared));
            }
            if (file.getKey().getFileName().toString().endsWith(V3Collection.EXAMPLE_SUFFIX)
                    && ++examples % 512 == 0 && limits.heapNearlyFull().getAsBoolean()) {
                throw new TooLarge(Problem.ofFile(name, HeapLimit.describeDirectory(examples)));
            }
        }
        if (examples > limits.maxExamples()) {
            throw new TooLarge(Problem.ofFile(name, "more than " + limits.maxExamples() + " examples, the most one mock "
                    + "serves (setting " + Setting.MAX_EXAMPLES_PER_MOCK.property() + "); split the collection or "
                    + "raise the setting"));
        }
        return assemble();
    }

    private Result assemble() {
        Map<String, V3FileReader.Definition> definitions = new TreeMap<>();
        Map<String, V3FileReader.Request> requests = new TreeMap<>();
        Map<String, V3FileReader.SavedExample> examples = new TreeMap<>();
        List<Problem> errors = new ArrayList<>();
        for (Map.Entry<Path, Cached> file : files.entrySet()) {
            String path = relative(file.getKey());
            Cached cached = file.getValue();
            if (cached.error != null) {
                errors.add(cached.error);
            }
            if (cached.value instanceof V3FileReader.Definition definition) {
                definitions.put(V3Collection.folderOfDefinition(path), definition);
            } else if (cached.value instanceof V3FileReader.Request request) {
                requests.put(path, request);
            } else if (cached.value instanceof V3FileReader.SavedExample example) {
                examples.put(path, example);
            }
        }
        errors.sort((a, b) -> a.file().compareTo(b.file()));
        String directory = root.getFileName().toString();
        Parsed<PostmanCollection> parsed = V3Collection.assemble(directory,
                new V3Collection.Files(definitions, requests, examples));
        return new Result(parsed.value(), parsed.warnings(), errors);
    }

    /** The collection, what was left out of it, and the files that cannot be read now. */
    record Result(PostmanCollection collection, List<Problem> warnings, List<Problem> errors) {
    }

    /** A limit of the whole directory was passed: it keeps its last good version. */
    static final class TooLarge extends IOException {
        private final transient Problem problem;

        TooLarge(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private Cached parse(Path file, BasicFileAttributes attributes, Cached previous, SharedValues shared) {
        String shown = name + "/" + relative(file);
        Object lastGood = previous == null ? null : previous.value;
        try {
            if (attributes.size() > limits.maxFileBytes()) {
                throw new InvalidFileException(Problem.ofFile(shown, "the file has " + attributes.size()
                        + " bytes, more than the limit of " + limits.maxFileBytes() + " (setting "
                        + Setting.MAX_FILE_BYTES.property() + ")"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String fileName = file.getFileName().toString();
            Object value;
            if (fileName.endsWith(V3Collection.REQUEST_SUFFIX)) {
                value = reader.request(shown, stem(fileName, V3Collection.REQUEST_SUFFIX), bytes, shared);
            } else if (fileName.endsWith(V3Collection.EXAMPLE_SUFFIX)) {
                value = reader.example(shown, stem(fileName, V3Collection.EXAMPLE_SUFFIX), bytes, shared);
            } else {
                value = reader.definition(shown, bytes, shared);
            }
            return new Cached(attributes.lastModifiedTime(), attributes.size(), value, null);
        } catch (InvalidFileException e) {
            return new Cached(attributes.lastModifiedTime(), attributes.size(), lastGood, e.problem());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Cached(attributes.lastModifiedTime(), attributes.size(), lastGood,
                    Problem.ofFile(shown, "cannot be read: " + e));
        }
    }

    /**
     * The YAML files of the collection: requests and examples anywhere, definitions in {@code .resources}; other
     * hidden files and folders (a checkout's {@code .git}, editors' temporary files) are passed over.
     */
    private Map<Path, BasicFileAttributes> list() throws IOException {
        Map<Path, BasicFileAttributes> found = new LinkedHashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String folder = dir.getFileName().toString();
                boolean hidden = folder.startsWith(".") && !folder.equals(".resources") && !dir.equals(root);
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isCollectionFile(file)) {
                    found.put(file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    static boolean isCollectionFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        return name.endsWith(V3Collection.REQUEST_SUFFIX) || name.endsWith(V3Collection.EXAMPLE_SUFFIX)
                || (name.equals(V3Collection.DEFINITION) && file.getParent() != null
                && file.getParent().getFileName().toString().equals(".resources"));
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String stem(String fileName, String suffix) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
