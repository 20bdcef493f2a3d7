package org.compactdpa.signatures.seal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A seal configuration for plain unit tests: a generated key, kept in {@code keyDir} if one is
 * given, or the keystore at {@code keystorePath}.
 */
record TestSealConfig(Optional<Path> keyDir, Optional<Path> keystorePath, Optional<String> keystorePassword)
        implements SealConfig {

    TestSealConfig(Optional<Path> keyDir) {
        this(keyDir, Optional.empty(), Optional.empty());
    }

    static TestSealConfig keystore(Path file, String password) {
        return new TestSealConfig(Optional.empty(), Optional.of(file), Optional.of(password));
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
    public Optional<Integer> workers() {
        return Optional.empty();
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(1);
    }

    @Override
    public Optional<URI> tsaUrl() {
        return Optional.empty();
    }

    @Override
    public Duration tsaTimeout() {
        return Duration.ofSeconds(10);
    }
}
