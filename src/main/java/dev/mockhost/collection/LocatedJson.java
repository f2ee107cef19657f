package dev.mockhost.collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON document that remembers the line and column where each object and array starts, so that a problem found
 * after parsing (an example without a valid code, say) can still point into the file.
 */
public final class LocatedJson {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+)");

    /** Deeper documents are refused: real collections nest folders a few dozen levels, not hundreds. */
    static final int MAX_DEPTH = 400;

    private final String file;
    private final JsonValue root;
    private final Map<JsonValue, int[]> positions;

    private LocatedJson(String file, JsonValue root, Map<JsonValue, int[]> positions) {
        this.file = file;
        this.root = root;
        this.positions = positions;
    }

    public static LocatedJson parse(String file, byte[] bytes) throws InvalidFileException {
        String text = decodeUtf8(file, bytes);
        if (text.isBlank()) {
            throw new InvalidFileException(Problem.ofFile(file, "the file is empty"));
        }
        Map<JsonValue, int[]> positions = new IdentityHashMap<>();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            JsonParser.Event first = parser.next();
            JsonValue root = new TreeBuilder(file, parser, positions).value(first, 1);
            expectEnd(file, parser);
            return new LocatedJson(file, root, positions);
        } catch (JsonParsingException e) {
            throw problemAt(file, e.getLocation(), cleanMessage(e.getMessage()));
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new InvalidFileException(Problem.ofFile(file, "not valid JSON: " + cleanMessage(e.getMessage())));
        }
    }

    private static void expectEnd(String file, JsonParser parser) throws InvalidFileException {
        String message = "unexpected content after the end of the JSON value";
        try {
            if (parser.hasNext()) {
                parser.next();
                throw problemAt(file, parser.getLocation(), message);
            }
        } catch (JsonParsingException e) {
            throw problemAt(file, e.getLocation(), message);
        }
    }

    public JsonValue root() {
        return root;
    }

    public String file() {
        return file;
    }

    /** A problem located at the object or array {@code where}; falls back to the file when it has no position. */
    public Problem problem(JsonValue where, String message) {
        int[] at = where == null ? null : positions.get(where);
        return at == null ? Problem.ofFile(file, message) : new Problem(file, at[0], at[1], message);
    }

    public int lineOf(JsonValue where) {
        int[] at = positions.get(where);
        return at == null ? 0 : at[0];
    }

    private static InvalidFileException problemAt(String file, JsonLocation at, String message) {
        if (at == null || at.getLineNumber() < 1) {
            return new InvalidFileException(Problem.ofFile(file, "not valid JSON: " + message));
        }
        return new InvalidFileException(new Problem(file, (int) at.getLineNumber(),
                (int) Math.max(1, at.getColumnNumber()), "not valid JSON: " + message));
    }

    /** Parser messages repeat the location, which the problem already carries; keep the reason only. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        String cleaned = message.replaceAll("\\s*at \\(?line no=\\d+, column no=\\d+, offset=-?\\d+\\)?", "").trim();
        Matcher character = UNEXPECTED_CHAR.matcher(cleaned);
        if (character.find()) {
            int code = Integer.parseInt(character.group(1));
            String shown = code < 0x20 || code > 0x10FFFF ? String.format("U+%04X", code)
                    : "'" + new String(Character.toChars(code)) + "'";
            cleaned = character.replaceFirst("Unexpected character " + Matcher.quoteReplacement(shown));
        }
        return cleaned.length() > 300 ? cleaned.substring(0, 300) + "..." : cleaned;
    }

    /** Strict UTF-8, with the position of the first bad byte: replacing it silently would corrupt examples. */
    static String decodeUtf8(String file, byte[] bytes) throws InvalidFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new InvalidFileException(new Problem(file, line, column,
                    "not valid UTF-8 (byte offset " + in.position() + "); save the file as UTF-8"));
        }
        return out.toString();
    }

    /** Builds the tree from parser events, recording where each container starts. */
    private static final class TreeBuilder {
        private final String file;
        private final JsonParser parser;
        private final Map<JsonValue, int[]> positions;

        TreeBuilder(String file, JsonParser parser, Map<JsonValue, int[]> positions) {
            this.file = file;
            this.parser = parser;
            this.positions = positions;
        }

        JsonValue value(JsonParser.Event event, int depth) throws InvalidFileException {
            return switch (event) {
                case START_OBJECT -> object(depth);
                case START_ARRAY -> array(depth);
                case VALUE_STRING -> JSON.createValue(parser.getString());
                case VALUE_NUMBER -> parser.getValue();
                case VALUE_TRUE -> JsonValue.TRUE;
                case VALUE_FALSE -> JsonValue.FALSE;
                case VALUE_NULL -> JsonValue.NULL;
                default -> throw problemAt(file, parser.getLocation(), "unexpected " + event);
            };
        }

        private int[] start(int depth) throws InvalidFileException {
            JsonLocation at = parser.getLocation();
            if (depth > MAX_DEPTH) {
                throw problemAt(file, at, "nested deeper than " + MAX_DEPTH + " levels");
            }
            // the parser stands just after the opening bracket
            return new int[] {(int) at.getLineNumber(), (int) Math.max(1, at.getColumnNumber() - 1)};
        }

        private JsonValue object(int depth) throws InvalidFileException {
            int[] at = start(depth);
            JsonObjectBuilder builder = JSON.createObjectBuilder();
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String key = parser.getString();
                builder.add(key, value(parser.next(), depth + 1));
            }
            JsonValue built = builder.build();
            positions.put(built, at);
            return built;
        }

        private JsonValue array(int depth) throws InvalidFileException {
            int[] at = start(depth);
            JsonArrayBuilder builder = JSON.createArrayBuilder();
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                builder.add(value(event, depth + 1));
            }
            JsonValue built = builder.build();
            positions.put(built, at);
            return built;
        }
    }
}
