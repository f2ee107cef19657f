package dev.mockhost.proxy;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.SavedRequest;
import dev.mockhost.collection.SharedValues;
import dev.mockhost.collection.V3Collection;
import dev.mockhost.collection.V3FileReader;
import dev.mockhost.repository.HomeWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Records an answer into a v3 collection directory: among the examples of the request file of the same method
 * whose path matches the call's ({@code :id} and {@code {{var}}} segments match any; the first in path order), else
 * as a request of its own under {@code Recorded/}. Examples are read back with the loader's own reader, so an
 * existing example counts as equal by what it says, not by its bytes.
 */
final class V3Recording {

    private final HomeWriter writer;
    private final int maxExamples;
    private final int maxRequests;
    private final V3FileReader reader = new V3FileReader();

    V3Recording(HomeWriter writer, int maxExamples, int maxRequests) {
        this.writer = writer;
        this.maxExamples = maxExamples;
        this.maxRequests = maxRequests;
    }

    /** Called holding the directory's lock. */
    Recording record(Path directory, Exchange call, List<NameValue> headers, String body) throws IOException {
        String exampleText = V3Placement.exampleFile(call, headers, body);
        V3FileReader.SavedExample wanted = example("recorded", exampleText.getBytes(StandardCharsets.UTF_8));
        Matched matched = matchingRequest(directory, call);
        Path requestFile = matched != null ? matched.file() : directory.resolve(V21Placement.FOLDER)
                .resolve(V3Placement.requestName(call.method(), call.path()) + V3Collection.REQUEST_SUFFIX);
        SavedRequest standIn = matched == null ? null : matched.request();
        String requestName = matched == null ? call.method() + " " + call.pathText() : matched.name();
        Path examples = examplesOf(requestFile);
        int recorded = 0;
        for (Path file : exampleFiles(examples)) {
            String stem = stem(file, V3Collection.EXAMPLE_SUFFIX);
            V3FileReader.SavedExample existing = example(stem, Files.readAllBytes(file));
            if (existing != null && wanted != null && same(existing, standIn, wanted)) {
                return new Recording(Recorder.Saved.DUPLICATE, writer.shown(file), requestName, existing.name());
            }
            if (stem.startsWith(V21Placement.PREFIX)) {
                recorded++;
            }
        }
        if (recorded >= maxExamples) {
            return new Recording(Recorder.Saved.LIMIT, writer.shown(requestFile), requestName, null);
        }
        if (matched == null && !Files.exists(requestFile)) {
            if (recordedRequests(requestFile.getParent()) >= maxRequests) {
                return new Recording(Recorder.Saved.REQUEST_LIMIT, writer.shown(requestFile), requestName, null);
            }
            writer.writeCollectionFile(requestFile, V3Placement.requestFile(call.method(), call.path())
                    .getBytes(StandardCharsets.UTF_8));
        }
        int n = recorded + 1;
        Path file = examples.resolve(V21Placement.PREFIX + n + V3Collection.EXAMPLE_SUFFIX);
        while (Files.exists(file)) {
            file = examples.resolve(V21Placement.PREFIX + ++n + V3Collection.EXAMPLE_SUFFIX);
        }
        writer.writeCollectionFile(file, exampleText.getBytes(StandardCharsets.UTF_8));
        return new Recording(Recorder.Saved.RECORDED, writer.shown(file), requestName, V21Placement.PREFIX + n);
    }

    /** A request file found for the call, with what it says. */
    private record Matched(Path file, String name, SavedRequest request) {
    }

    private Matched matchingRequest(Path directory, Exchange call) throws IOException {
        List<Path> requests;
        try (Stream<Path> files = Files.walk(directory)) {
            requests = files.filter(f -> f.getFileName().toString().endsWith(V3Collection.REQUEST_SUFFIX))
                    .filter(f -> visible(directory.relativize(f))).sorted().toList();
        }
        for (Path file : requests) {
            try {
                V3FileReader.Request request = reader.request(writer.shown(file),
                        stem(file, V3Collection.REQUEST_SUFFIX), Files.readAllBytes(file), new SharedValues());
                if (request.request().method().equals(call.method())
                        && V21Placement.pathMatches(request.request().url().path(), call.path())) {
                    return new Matched(file, request.name(), request.request());
                }
            } catch (InvalidFileException broken) {
                // the loader reports it; a request it cannot read is no place to record into
            }
        }
        return null;
    }

    /** The request files recording has added: those of the {@code Recorded} folder. */
    private static long recordedRequests(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(V3Collection.REQUEST_SUFFIX)).count();
        }
    }

    /** Postman's layout: {@code a/x.request.yaml} keeps its examples in {@code a/.resources/x.resources/examples}. */
    static Path examplesOf(Path requestFile) {
        return requestFile.resolveSibling(".resources")
                .resolve(stem(requestFile, V3Collection.REQUEST_SUFFIX) + ".resources").resolve("examples");
    }

    /** The same call (method, query, request body) answered the same way (status, body). */
    private static boolean same(V3FileReader.SavedExample existing, SavedRequest standIn,
                                V3FileReader.SavedExample wanted) {
        SavedRequest a = existing.request() != null ? existing.request() : standIn;
        SavedRequest b = wanted.request();
        if (existing.code() != wanted.code() || !Arrays.equals(existing.body(), wanted.body())) {
            return false;
        }
        if (a == null) {
            return b.url().query().isEmpty() && b.body().text().isEmpty();
        }
        return a.method().equals(b.method()) && Objects.equals(a.url().query(), b.url().query())
                && a.body().text().equals(b.body().text());
    }

    private V3FileReader.SavedExample example(String stem, byte[] bytes) {
        try {
            return reader.example(stem, stem, bytes, new SharedValues());
        } catch (InvalidFileException broken) {
            return null;
        }
    }

    private static List<Path> exampleFiles(Path examples) throws IOException {
        if (!Files.isDirectory(examples)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(examples)) {
            return files.filter(f -> f.getFileName().toString().endsWith(V3Collection.EXAMPLE_SUFFIX)).sorted()
                    .toList();
        }
    }

    /** Not inside a hidden folder ({@code .resources}, {@code .git}): request files never live there. */
    private static boolean visible(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
