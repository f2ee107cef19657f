package dev.mockhost.collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real collection of the corpus (src/test/resources/corpus, copied verbatim from shared/corpus) loads. */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    static Stream<Path> collections() throws IOException {
        return files(CORPUS.resolve("collections"));
    }

    static Stream<Path> environments() throws IOException {
        return files(CORPUS.resolve("environments"));
    }

    private static Stream<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void everyCorpusCollectionLoads(Path file) throws Exception {
        Parsed<PostmanCollection> parsed = new CollectionReader().read(file.getFileName().toString(),
                Files.readAllBytes(file));
        assertTrue(parsed.value().requests().size() > 0, file + " has requests");
        assertTrue(parsed.warnings().isEmpty(), file + ": " + parsed.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void everyCorpusEnvironmentLoads(Path file) throws Exception {
        Environment environment = new EnvironmentReader().read(file.getFileName().toString(),
                Files.readAllBytes(file)).value();
        assertTrue(environment.values().size() > 0, file + " has values");
    }

    @Test
    void largestCollectionHasAllItsExamples() throws Exception {
        Path file = CORPUS.resolve("collections/paypal-partner-apis.json");
        PostmanCollection collection = new CollectionReader().read("p", Files.readAllBytes(file)).value();
        assertEquals(230, collection.exampleCount());
    }

    /** The copy must stay the corpus: compared file by file with ../shared/corpus where that exists. */
    @Test
    void copyMatchesTheSharedCorpusWhenPresent() throws Exception {
        CorpusCopy.assertSame(Path.of("../shared/corpus"), CORPUS);
    }
}
