package org.compactdpa.signatures.seal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the platform's sealing key comes from. In production: a PKCS#12 keystore
 * ({@code keystore-path}, {@code keystore-password}, optionally {@code key-alias}). Without one, a
 * self-signed key is generated once into {@code key-dir} and reused on every start; with neither,
 * a throw-away key lives only as long as the process (tests).
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

    @WithDefault("20")
    int batchSize();

    /** How long a claimed seal stays with one worker before another may retry it. */
    @WithDefault("2m")
    Duration lease();
}
