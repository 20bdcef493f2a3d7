package org.compactdpa.signatures.seal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A seal configuration for plain unit tests: a generated key, kept in {@code keyDir} if one is given. */
record TestSealConfig(Optional<Path> keyDir) implements SealConfig {

    @Override
    public Optional<Path> keystorePath() {
        return Optional.empty();
    }

    @Override
    public Optional<String> keystorePassword() {
        return Optional.empty();
    }

    @Override
    public Optional<String> keyAlias() {
        return Optional.empty();
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(1);
    }
}
