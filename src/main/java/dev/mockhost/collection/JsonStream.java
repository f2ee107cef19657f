package dev.mockhost.collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON file read as a stream of parser events, from which a reader builds small trees where it wants them (one
 * request item of a collection at a time, so a 50 MB collection never exists as one tree). Each tree remembers the
 * line and column where its objects and arrays start, until {@link #forget()}, so that a problem found after
 * parsing can still point into the file. Short strings are shared: a collection repeats its header names, methods
 * and path segments thousands of times. Failures are {@link InvalidFileException}s with file, line and column.
 */
public final class JsonStream implements AutoCloseable {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+)");

    /** Deeper documents are refused: real collections nest folders a few dozen levels, not hundreds. */
    static final int MAX_DEPTH = 400;

    private final String file;
    private final byte[] bytes;
    private final JsonParser parser;
    private final Map<JsonValue, int[]> positions = new IdentityHashMap<>();
    private final SharedValues shared;

    private JsonStream(String file, byte[] bytes, JsonParser parser, SharedValues shared) {
        this.file = file;
        this.bytes = bytes;
        this.parser = parser;
        this.shared = shared;
    }

    /** Opens {@code bytes} (UTF-8, with or without a byte order mark) for reading; refuses an empty file. */
    public static JsonStream open(String file, byte[] bytes) throws InvalidFileException {
        int start = Utf8.byteOrderMarkLength(bytes);
        if (isBlank(bytes, start)) {
            throw new InvalidFileException(Problem.ofFile(file, "the file is empty"));
        }
        // strict: replacing a bad byte silently would corrupt examples
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), decoder);
        return new JsonStream(file, bytes, JSON.createParser(reader), new SharedValues());
    }

    /** The values this read shares; its readers share theirs through it too. */
    SharedValues shared() {
        return shared;
    }

    /** The positions recorded so far, handed over to a document that outlives this stream. */
    Map<JsonValue, int[]> positions() {
        return positions;
    }

    public String file() {
        return file;
    }

    /** The next event; the end of the input is a problem at the last position. */
    public JsonParser.Event next() throws InvalidFileException {
        try {
            if (!parser.hasNext()) {
                throw problemHere("unexpected end of the file");
            }
            return parser.next();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Whether the input ends after the value read so far, as it must after the root value. */
    public void expectEnd() throws InvalidFileException {
        String message = "unexpected content after the end of the JSON value";
        try {
            if (parser.hasNext()) {
                parser.next();
                throw problemHere(message);
            }
        } catch (JsonParsingException e) {
            throw problemAt(file, e.getLocation(), message);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The text of the current key or string event, shared when short. */
    public String string() {
        return shared.string(parser.getString());
    }

    /** Reads the value that {@code event} starts into a tree whose containers remember where they start. */
    public JsonValue value(JsonParser.Event event, int depth) throws InvalidFileException {
        try {
            return switch (event) {
                case START_OBJECT -> object(depth);
                case START_ARRAY -> array(depth);
                case VALUE_STRING -> JSON.createValue(string());
                case VALUE_NUMBER -> parser.getValue();
                case VALUE_TRUE -> JsonValue.TRUE;
                case VALUE_FALSE -> JsonValue.FALSE;
                case VALUE_NULL -> JsonValue.NULL;
                default -> throw problemHere("unexpected " + event);
            };
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Skips the value that {@code event} starts, which lies {@code depth} levels deep. */
    public void skip(JsonParser.Event event, int depth) throws InvalidFileException {
        if (event != JsonParser.Event.START_OBJECT && event != JsonParser.Event.START_ARRAY) {
            return;
        }
        try {
            int open = 1;
            start(depth);
            while (open > 0) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> start(depth + open++);
                    case END_OBJECT, END_ARRAY -> open--;
                    default -> {
                        // a scalar inside the skipped value
                    }
                }
            }
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Where the parser stands, as the start of a container it just opened. */
    public int[] here() {
        JsonLocation at = parser.getLocation();
        return new int[] {(int) at.getLineNumber(), (int) Math.max(1, at.getColumnNumber() - 1)};
    }

    /** Records that {@code value}, built by the caller, starts at {@code at}. */
    public void locate(JsonValue value, int[] at) {
        positions.put(value, at);
    }

    /** Drops the positions of the trees read so far; their problems can no longer name a line. */
    public void forget() {
        positions.clear();
    }

    /** A problem located at the object or array {@code where}; falls back to the file when it has no position. */
    public Problem problem(JsonValue where, String message) {
        int[] at = where == null ? null : positions.get(where);
        return at == null ? Problem.ofFile(file, message) : new Problem(file, at[0], at[1], message);
    }

    /** A problem where the parser stands. */
    public Problem problemAtParser(String message) {
        int[] at = here();
        return at[0] < 1 ? Problem.ofFile(file, message) : new Problem(file, at[0], at[1], message);
    }

    public int lineOf(JsonValue where) {
        int[] at = positions.get(where);
        return at == null ? 0 : at[0];
    }

    @Override
    public void close() {
        parser.close();
    }

    private JsonValue object(int depth) throws InvalidFileException {
        int[] at = start(depth);
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                break;
            }
            String key = string();
            builder.add(key, value(parser.next(), depth + 1));
        }
        JsonObject built = builder.build();
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

    /** Checks the depth of a container the parser just opened and returns where it starts. */
    public int[] start(int depth) throws InvalidFileException {
        if (depth > MAX_DEPTH) {
            throw problemAt(file, parser.getLocation(), "nested deeper than " + MAX_DEPTH + " levels");
        }
        return here();
    }

    private InvalidFileException problemHere(String message) {
        return problemAt(file, parser.getLocation(), message);
    }

    private InvalidFileException translate(RuntimeException e) {
        if (e instanceof JsonParsingException parsing) {
            return problemAt(file, parsing.getLocation(), cleanMessage(parsing.getMessage()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return Utf8.problem(file, bytes);
            }
        }
        if (e instanceof JsonException || e instanceof IllegalStateException || e instanceof NoSuchElementException) {
            return new InvalidFileException(Problem.ofFile(file, "not valid JSON: " + cleanMessage(e.getMessage())));
        }
        throw e;
    }

    static InvalidFileException problemAt(String file, JsonLocation at, String message) {
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

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
