package org.compactdpa.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Kills a part of the shared platform on purpose, so it runs after every other end-to-end class. */
@Order(Integer.MAX_VALUE)
class CrashReportIT {

    @Test
    void aServiceThatDiesIsReportedWithItsLog() throws Exception {
        Platform platform = Platform.get();
        ProcessHandle.of(platform.stack.process("vendors").pid()).orElseThrow().destroyForcibly();

        String report = platform.stack.failure().get(30, TimeUnit.SECONDS);

        assertThat(report).startsWith("vendors").contains("exited unexpectedly").contains("vendors.log");
    }
}
