package dev.mockhost.collection;

/** A file that cannot be used at all; the problem says where and why, and {@link #field()} which field, if one. */
public final class InvalidFileException extends Exception {

    private final transient Problem problem;
    private final String field;

    public InvalidFileException(Problem problem) {
        this(problem, null);
    }

    /** A problem with one field: the API names it in its error, as it does for fields it checks itself. */
    public InvalidFileException(Problem problem, String field) {
        super(problem.toString());
        this.problem = problem;
        this.field = field;
    }

    public Problem problem() {
        return problem;
    }

    /** The field at fault ({@code role}, {@code delay}), or null when the problem is the whole file. */
    public String field() {
        return field;
    }
}
