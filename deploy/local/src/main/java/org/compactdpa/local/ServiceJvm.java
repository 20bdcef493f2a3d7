package org.compactdpa.local;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the local stack runs a service's JVM, sized to what a service holds rather than to the
 * machine: the JVM's defaults on a large machine (a heap of a quarter of its memory, G1's
 * bookkeeping, a compiler and GC thread per core, glibc's malloc arena per thread) cost each service
 * hundreds of megabytes it never uses. {@code COMPACT_SERVICE_JAVA_OPTS} replaces these options
 * (for measuring others); the figures behind them are in docs/performance.md.
 */
final class ServiceJvm {

    /** The options for every service; the heap is the only one that differs between them. */
    static List<String> options(ServiceSpec service) {
        String override = System.getenv("COMPACT_SERVICE_JAVA_OPTS");
        if (override != null && !override.isBlank()) {
            return Arrays.asList(override.trim().split("\\s+"));
        }
        return List.of(
                // Sealing renders PDFs on several threads at once; the others hold a few requests' objects.
                "-Xmx" + ("signatures".equals(service.name()) ? "256m" : "192m"), "-Xms32m",
                // One collector thread and no regions to track, and a heap given back once it is free again.
                "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m",
                "-Xss512k", "-XX:CICompilerCount=2",
                // The C heap the JIT and the zip and TLS code used, returned to the system every ten seconds.
                "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000",
                // One pool of network buffers instead of one per event loop.
                "-Dio.netty.allocator.numDirectArenas=1", "-Dio.netty.allocator.numHeapArenas=1",
                "-XX:+ExitOnOutOfMemoryError");
    }

    /** glibc gives every thread that allocates its own arena; two are plenty for a JVM's native needs. */
    static Map<String, String> environment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    private ServiceJvm() {
    }
}
