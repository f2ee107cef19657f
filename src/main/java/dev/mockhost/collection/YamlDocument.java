package dev.mockhost.collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML file (Postman's v3 format) into the same located JSON-P tree as a JSON file, with YAML 1.2 core
 * semantics and every scalar as written: {@code off}, {@code 2012-06-15} and {@code 43200} stay the strings they
 * read as (a YAML 1.1 reader turns them into a boolean, a date and a number); only a plain {@code null}, {@code ~}
 * or an empty value is null. Readers then pick text where they expect text, as they do in JSON.
 */
public final class YamlDocument {

    /** Anchors expanded more often than this are refused, so a few lines cannot unfold into gigabytes. */
    private static final int MAX_ALIASES = 50;

    private YamlDocument() {
    }

    public static LocatedJson parse(String file, byte[] bytes) throws InvalidFileException {
        return parse(file, bytes, new SharedValues());
    }

    /** Parses with strings shared through {@code shared}, as the files of one v3 collection are. */
    public static LocatedJson parse(String file, byte[] bytes, SharedValues shared) throws InvalidFileException {
        int start = Utf8.byteOrderMarkLength(bytes);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(Math.max(3_000_000, bytes.length))
                .setAllowNonScalarKeys(true).setUseMarks(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeReader(new InputStreamReader(
                    new ByteArrayInputStream(bytes, start, bytes.length - start), decoder));
        } catch (MarkedYamlEngineException e) {
            throw problem(file, bytes, e);
        } catch (YamlEngineException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw Utf8.problem(file, bytes);
                }
            }
            throw new InvalidFileException(Problem.ofFile(file, "not valid YAML: " + e.getMessage()));
        }
        if (root.isEmpty()) {
            throw new InvalidFileException(Problem.ofFile(file, "the file is empty"));
        }
        Map<JsonValue, int[]> positions = new IdentityHashMap<>();
        JsonValue tree = new Converter(file, positions, shared, new long[] {16L * bytes.length + 1024})
                .value(root.get(), 1);
        return new LocatedJson(file, tree, positions);
    }

    private static InvalidFileException problem(String file, byte[] bytes, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        String hint = mark.map(m -> unquotedTemplate(bytes, m.getLine()) ? "; a value that starts with {{ must be "
                + "quoted, as in url: \"{{baseUrl}}/path\"" : "").orElse("");
        String message = "not valid YAML: " + context + problem + hint;
        return new InvalidFileException(mark.map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, message))
                .orElseGet(() -> Problem.ofFile(file, message)));
    }

    /** Whether line {@code index} (0-based) holds {@code : {{}, the usual way a hand-written Postman file breaks. */
    private static boolean unquotedTemplate(byte[] bytes, int index) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", index + 2);
        return index < lines.length && lines[index].matches(".*:\\s+\\{\\{.*");
    }

    /**
     * YAML nodes to JSON-P values; a mapping with a key that is not a scalar is refused, and so are anchors that
     * unfold into far more values than the file holds ({@code budget}: values still allowed).
     */
    private record Converter(String file, Map<JsonValue, int[]> positions, SharedValues shared, long[] budget) {

        JsonValue value(Node node, int depth) throws InvalidFileException {
            if (--budget[0] < 0) {
                throw at(node, "not valid YAML for Postman: anchors (&, *) unfold into far more values than the file "
                        + "holds");
            }
            if (depth > JsonStream.MAX_DEPTH) {
                throw at(node, "nested deeper than " + JsonStream.MAX_DEPTH + " levels (or an anchor refers to "
                        + "itself)");
            }
            if (node instanceof ScalarNode scalar) {
                if (scalar.isPlain() && Tag.NULL.equals(scalar.getTag())) {
                    return JsonValue.NULL;
                }
                return Jsonp.PROVIDER.createValue(shared.string(scalar.getValue()));
            }
            JsonValue built;
            if (node instanceof MappingNode mapping) {
                JsonObjectBuilder object = Jsonp.PROVIDER.createObjectBuilder();
                for (NodeTuple entry : mapping.getValue()) {
                    if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                        throw at(entry.getKeyNode(), "not valid YAML for Postman: a key that is not text");
                    }
                    object.add(shared.string(key.getValue()), value(entry.getValueNode(), depth + 1));
                }
                built = object.build();
            } else {
                JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
                for (Node item : ((SequenceNode) node).getValue()) {
                    array.add(value(item, depth + 1));
                }
                built = array.build();
            }
            node.getStartMark().ifPresent(m -> positions.put(built, new int[] {m.getLine() + 1, m.getColumn() + 1}));
            return built;
        }

        private InvalidFileException at(Node node, String message) {
            return new InvalidFileException(node.getStartMark()
                    .map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, message))
                    .orElseGet(() -> Problem.ofFile(file, message)));
        }
    }
}
