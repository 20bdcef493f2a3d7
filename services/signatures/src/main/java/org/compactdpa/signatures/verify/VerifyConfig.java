package org.compactdpa.signatures.verify;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Bounds on what public verification reads. Anyone may upload, so an upload must not cost more than
 * a few seconds of one of a few threads: a size cap, a cap on the number of objects, and a deadline
 * on reading it.
 */
@ConfigMapping(prefix = "compact.verify")
public interface VerifyConfig {

    /** The largest PDF accepted; a sealed agreement is a few hundred KiB. Larger: 413. */
    @WithDefault("5M")
    MemorySize maxPdfSize();

    /** How long reading one PDF may take, waiting for a free reader included. Longer: 422. */
    @WithDefault("5s")
    Duration parseTimeout();

    /** The most indirect objects a PDF may declare; a sealed agreement has a few hundred. More: 422. */
    @WithDefault("10000")
    int maxObjects();

    /** How many PDFs are read at once; the readers are the service's own, apart from its worker pool. */
    @WithDefault("2")
    int parseThreads();

    /** How many uploads may wait for a reader; beyond that the answer is 503, try again. */
    @WithDefault("16")
    int parseQueue();
}
