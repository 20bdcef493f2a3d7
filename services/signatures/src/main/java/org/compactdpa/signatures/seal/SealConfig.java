package org.compactdpa.signatures.seal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the platform's sealing key comes from. In production: a PKCS#12 keystore
 * ({@code keystore-path}, {@code keystore-password}, optionally {@code key-alias}). Without one, a
 * self-signed key is generated once into {@code key-dir} and reused on every start; with neither,
 * a throw-away key lives only as long as the process (tests). With {@code tsa-url} every seal also
 * carries an RFC 3161 signature timestamp (PAdES B-T).
 */
@ConfigMapping(prefix = "compact.seal")
public interface SealConfig {

    Optional<Path> keystorePath();

    Optional<String> keystorePassword();

    Optional<String> keyAlias();

    Optional<Path> keyDir();

    /** How often the worker looks for executed agreements to seal. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How many pending seals one round claims (at least four per worker). */
    @WithDefault("20")
    int batchSize();

    /**
     * How many seals this instance makes at once, each on a thread of its own: rendering and signing
     * keep a core busy, so by default one per core. Several instances share the queue besides.
     */
    Optional<Integer> workers();

    /**
     * How long a claimed seal stays with one worker before another may retry it; also how long a seal
     * whose timestamp could not be had waits before it is tried again.
     */
    @WithDefault("2m")
    Duration lease();

    /** The RFC 3161 time-stamping authority (HTTP POST); none: seals carry no trusted timestamp. */
    Optional<URI> tsaUrl();

    /** How long one call to the time-stamping authority may take, connection and answer together. */
    @WithDefault("10s")
    Duration tsaTimeout();
}
