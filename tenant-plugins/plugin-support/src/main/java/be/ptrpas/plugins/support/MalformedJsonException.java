package be.ptrpas.plugins.support;

/**
 * Text that is not the JSON we expect. Checked, so that every caller decides how to report it. The message never
 * echoes the input (at most one offending character), so it is safe to hand to whoever sent the text.
 *
 * <p>An error found while reading carries the {@link #line()} and {@link #column()} where reading stopped; an
 * error about a document's content (a missing or mistyped member) has neither (both 0).
 */
public final class MalformedJsonException extends Exception {

    private final String problem;
    private final int line;
    private final int column;

    /** A problem with a document's content, not tied to a place in the text. */
    public MalformedJsonException(String problem) {
        super(problem);
        this.problem = problem;
        this.line = 0;
        this.column = 0;
    }

    MalformedJsonException(String problem, int line, int column) {
        super(problem + " at line " + line + ", column " + column);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** The 1-based line where reading stopped, or 0 when the problem is not tied to a place. */
    public int line() {
        return line;
    }

    /** The 1-based column where reading stopped, or 0 when the problem is not tied to a place. */
    public int column() {
        return column;
    }
}
