package dev.mockhost.collection;

/** A file that cannot be used at all; the problem says where and why. */
public final class InvalidFileException extends Exception {

    private final transient Problem problem;

    public InvalidFileException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
