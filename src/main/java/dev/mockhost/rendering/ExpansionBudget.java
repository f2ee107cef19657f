package dev.mockhost.rendering;

/**
 * Caps how much text variable expansion may insert for one template. Variables may refer to each other, and
 * {@code a = "{{b}}{{b}}"}, {@code b = "{{c}}{{c}}"}... doubles at every level: without a cap, a small environment
 * file would take the server down. Past the cap, placeholders stay as written.
 */
final class ExpansionBudget {

    static final long MAX_INSERTED_CHARS = 1_000_000;

    private long remaining = MAX_INSERTED_CHARS;

    boolean spend(int chars) {
        if (chars > remaining) {
            remaining = 0;
            return false;
        }
        remaining -= chars;
        return true;
    }
}
