package dev.mockhost.repository;

import dev.mockhost.collection.CorpusCopy;
import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Problem;
import dev.mockhost.collection.YamlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The v3 corpus (src/test/resources/corpus-v3, copied verbatim from shared/corpus-v3): every directory Postman's
 * converter made loads with as many examples as its v2.1 source; the collection people wrote in v3 loads with all
 * its examples and its environment; each file of the invalid one is reported with line and column, and nothing
 * else breaks.
 */
class V3CorpusTest {

    static final Path CORPUS_V3 = Path.of("src/test/resources/corpus-v3");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** A converter file that YAML 1.2 forbids (a block scalar's leading empty line is indented deeper, section
     *  8.1.1.1); no example depends on it. */
    static final String CONVERTER_INVALID_YAML = "5. Delete application webhook subscription.request.yaml";

    static Stream<String> converted() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS_V3.resolve("converted"))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static CollectionDirectory.Result read(Path directory) throws IOException {
        return new CollectionDirectory(directory, directory.getFileName().toString(),
                new CollectionDirectory.Limits(100_000_000, 1_000_000, () -> false)).read();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converted")
    void everyConvertedDirectoryHasTheExamplesOfItsSource(String name) throws Exception {
        CollectionDirectory.Result v3 = read(CORPUS_V3.resolve("converted").resolve(name));
        int expected = new CollectionReader().read(name, Files.readAllBytes(CORPUS.resolve("collections")
                .resolve(name + ".json"))).value().exampleCount();
        assertEquals(expected, v3.collection().exampleCount(), name);
        assertEquals(List.of(), v3.warnings(), name);
        for (Problem error : v3.errors()) {
            assertTrue(error.file().endsWith(CONVERTER_INVALID_YAML) && error.line() > 0, error.toString());
        }
    }

    @Test
    void theCollectionPeopleWroteInV3LoadsWithEveryExampleAndItsEnvironment() throws Exception {
        Path postman = CORPUS_V3.resolve("real/precisely-dis-apis/postman");
        CollectionDirectory.Result read = read(postman.resolve("collections/DIS APIs"));
        assertEquals(List.of(), read.errors());
        assertEquals(245, read.collection().exampleCount());
        assertEquals(129, read.collection().requests().size());
        assertEquals("DIS APIs", read.collection().name());
        Environment environment = new EnvironmentReader().read("PRD-US.environment.yaml",
                Files.readAllBytes(postman.resolve("environments/PRD-US.environment.yaml"))).value();
        assertEquals("PRD-US", environment.name());
        assertTrue(environment.values().stream().anyMatch(v -> v.name().equals("host")
                && v.value().equals("api.cloud.precisely.com")), environment.values().toString());
        assertTrue(read.collection().requests().stream().anyMatch(r -> r.request().body().mode()
                == dev.mockhost.collection.BodyMode.GRAPHQL), "its GraphQL requests");
    }

    @Test
    void eachInvalidFileIsReportedWithLineAndColumnAndNothingElseBreaks() throws Exception {
        int reported = 0;
        for (String name : List.of("API - Cloudflare", "API - OpenAPI")) {
            Path directory = CORPUS_V3.resolve("real/adguard-hostlist-invalid/postman/collections").resolve(name);
            CollectionDirectory.Result read = read(directory);
            int invalid = 0;
            int servable = 0;
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    try {
                        var doc = YamlDocument.parse(file.toString(), Files.readAllBytes(file));
                        if (file.toString().endsWith(".example.yaml")
                                && doc.root().asJsonObject().getJsonObject("request") != null) {
                            servable++;
                        }
                    } catch (InvalidFileException e) {
                        invalid++;
                    }
                }
            }
            assertEquals(invalid, read.errors().size(), name);
            reported += invalid;
            for (Problem error : read.errors()) {
                assertTrue(error.line() > 0 && error.column() > 0, error.toString());
                assertTrue(error.message().contains("must be quoted"), error.toString());
            }
            assertEquals(servable, read.collection().exampleCount(), name + ": every readable example is served");
        }
        // the Cloudflare collection's 55 request files (and some examples) start a value with an unquoted {{
        assertTrue(reported >= 55, "reported: " + reported);
    }

    /** The copy must stay the corpus: compared file by file with ../shared/corpus-v3 where that exists. */
    @Test
    void copyMatchesTheSharedCorpusWhenPresent() throws Exception {
        CorpusCopy.assertSame(Path.of("../shared/corpus-v3"), CORPUS_V3);
    }
}
