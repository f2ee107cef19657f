package dev.mockhost.matching;

/**
 * The steps of Postman's path comparison, tried in order; the first that matches sets the deduction from the score
 * of 100 (spec section 3, step 4). The edit-distance step Postman once documented is left out on purpose.
 */
public enum PathStep {
    EXACT(0, "exact"),
    TRAILING_SLASH(5, "trailing slashes removed"),
    CASE(10, "case folded"),
    CASE_AND_TRAILING_SLASH(15, "case folded, trailing slashes removed"),
    WILDCARD(20, "wildcard segments"),
    ID_LIKE(21, "id-like segments treated as equal"),
    ID_LIKE_AND_TRAILING_SLASH(25, "id-like segments treated as equal, trailing slashes removed"),
    /** Chosen by {@code x-mock-response-id} or {@code x-mock-response-name}, not by its path. */
    EXPLICIT(0, "chosen by header");

    private final int deduction;
    private final String description;

    PathStep(int deduction, String description) {
        this.deduction = deduction;
        this.description = description;
    }

    public int deduction() {
        return deduction;
    }

    public String description() {
        return description;
    }
}
