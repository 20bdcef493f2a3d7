package org.compactdpa.local;

/** A part of the stack failed to start or died; the message says which and shows its log. */
public final class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }

    public StackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
