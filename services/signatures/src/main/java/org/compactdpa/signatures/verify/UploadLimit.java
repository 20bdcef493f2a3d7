package org.compactdpa.signatures.verify;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.compactdpa.platform.http.BodyLimit;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The size cap on PDFs sent to {@code POST /api/verify}, far below the service's general body limit:
 * a sealed agreement is a few hundred KiB. An upload that announces a larger length is refused before
 * its body is read; one sent without a length (chunked) is refused once read, by
 * {@link #check(long, long)}. Both answer the same 413 problem.
 */
@ApplicationScoped
public class UploadLimit {

    private static final String PATH = "/api/verify";

    private final long max;

    public UploadLimit(VerifyConfig config) {
        this.max = config.maxPdfSize().asLongValue();
    }

    void install(@Observes Router router) {
        BodyLimit.onRoute(router, HttpMethod.POST, PATH, max, size -> detail(size, max));
    }

    /** 413 when {@code size} is over {@code max}. */
    static void check(long size, long max) {
        if (size > max) {
            throw new ProblemException(413, "too-large", "The request body is too large", detail(size, max), List.of());
        }
    }

    private static String detail(long size, long max) {
        return "A PDF to verify may be at most " + max + " bytes; this one is " + size + " bytes";
    }
}
