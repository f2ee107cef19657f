package dev.mockhost.collection;

/**
 * Something wrong in a file of the mounted directory, with where it is. Line and column are 1-based; 0 means the
 * problem concerns the file as a whole (it cannot be read, for instance).
 */
public record Problem(String file, int line, int column, String message) {

    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code collections/a.json:3:7: message}, the shape compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
