package org.compactdpa.portal.errors;

/** What an error page says for a refusal that came with no words of its own. */
final class ErrorTexts {

    private ErrorTexts() {
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "The form could not be read";
            case 401 -> "Please sign in";
            case 403 -> "Not available to your account";
            case 404 -> "Page not found";
            case 405 -> "Not something this address does";
            case 413 -> "Too large";
            case 415 -> "Not a form this address takes";
            default -> "The request was refused";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "It was not sent as this portal wrote it, or the page is too old. Open the page again and send it from there.";
            case 405 -> "This address does not take that kind of request.";
            case 413 -> "What was sent is larger than this portal accepts.";
            case 415 -> "What was sent is not in a form this address takes.";
            default -> "This portal could not handle the request.";
        };
    }
}
