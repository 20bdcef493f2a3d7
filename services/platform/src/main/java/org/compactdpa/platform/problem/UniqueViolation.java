package org.compactdpa.platform.problem;

/**
 * Recognises PostgreSQL's unique_violation (SQLSTATE 23505) anywhere in a cause chain, so a race
 * the service's own checks could not see still answers 409 rather than 500.
 */
final class UniqueViolation {

    private UniqueViolation() {
    }

    static Throwable find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("23505") || message.contains("duplicate key value")) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String describe(Throwable violation) {
        String message = String.valueOf(violation.getMessage());
        int detail = message.indexOf("Key (");
        if (detail >= 0) {
            int end = message.indexOf(" already exists", detail);
            return message.substring(detail + 4, end > 0 ? end : message.length()).trim();
        }
        return "a record with the same unique values";
    }
}
