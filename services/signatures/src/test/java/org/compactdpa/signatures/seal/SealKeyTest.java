package org.compactdpa.signatures.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated seal key: made once per key directory, even when several instances start together. */
@Tag("fast")
class SealKeyTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartReusesTheGeneratedKey() {
        SealKey first = new SealKey(new TestSealConfig(Optional.of(dir)));
        SealKey second = new SealKey(new TestSealConfig(Optional.of(dir)));
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
    }

    @Test
    void instancesStartingTogetherOnOneDirectoryAllSealWithTheSameKey() throws Exception {
        int instances = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            Callable<SealKey> startOne = () -> {
                start.await();
                return new SealKey(new TestSealConfig(Optional.of(dir)));
            };
            List<Future<SealKey>> started = IntStream.range(0, instances).mapToObj(i -> pool.submit(startOne)).toList();
            start.countDown();
            List<SealKey> keys = started.stream().map(SealKeyTest::join).toList();
            SealKey onDisk = new SealKey(new TestSealConfig(Optional.of(dir)));
            assertThat(keys).allSatisfy(k -> assertThat(k.certificate()).isEqualTo(onDisk.certificate()));
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SealKey.GENERATED_FILE);
        }
    }

    @Test
    void aGeneratedKeyIsP256AndSealsTheSameInputToTheSameVerifiableBytes() throws Exception {
        SealKey key = new SealKey(new TestSealConfig(Optional.of(dir)));
        assertThat(key.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(((java.security.interfaces.ECKey) key.privateKey()).getParams().getCurve().getField().getFieldSize())
                .isEqualTo(256);
        assertThat(key.certificate().getSigAlgName()).isEqualToIgnoringCase("SHA256withECDSA");
        key.certificate().verify(key.certificate().getPublicKey());

        byte[] first = PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()), SealedPdfTest.input().executedAt(), key).pdf();
        byte[] again = PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()), SealedPdfTest.input().executedAt(), key).pdf();
        assertThat(again).as("deterministic ECDSA: no random nonce in the seal").isEqualTo(first);
        assertThat(SealInspector.inspect(first, key.certificate()).intact()).isTrue();
    }

    private static SealKey join(Future<SealKey> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("An instance failed to start its seal key", e);
        }
    }
}
