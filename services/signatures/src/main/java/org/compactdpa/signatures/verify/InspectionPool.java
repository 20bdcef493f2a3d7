package org.compactdpa.signatures.verify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.compactdpa.platform.problem.ProblemException;

/**
 * Where uploaded PDFs are read: a few threads of their own (so hostile uploads cannot take the
 * worker pool that signing and sealing share), a short queue, and a deadline per upload. Past the
 * deadline the caller gets a 422 at once and the reading thread is interrupted; a full queue is a
 * 503. A reading that fails the way hostile files make parsers fail (a stack overflow on nesting, an
 * allocation too large) is a 422 as well, never a 500 or a dead thread.
 */
@ApplicationScoped
public class InspectionPool {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ThreadPoolExecutor readers;
    private final Duration timeout;

    public InspectionPool(VerifyConfig config) {
        this.timeout = config.parseTimeout();
        this.readers = new ThreadPoolExecutor(config.parseThreads(), config.parseThreads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.parseQueue()), task -> {
                    Thread thread = new Thread(task, "compact-verify-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /** Runs the reading on a reader; the answer (or the problem) comes back on the caller's Vert.x context. */
    public <T> Uni<T> read(Callable<T> reading) {
        Context context = Vertx.currentContext();
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = readers.submit(() -> {
                try {
                    result.complete(reading.call());
                } catch (Throwable e) {
                    // Errors too: a StackOverflowError from a hostile file must still answer the caller.
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            return Uni.createFrom().failure(new ProblemException(503, "busy", "Busy",
                    "Too many PDFs are being checked right now; try again in a moment", List.of()));
        }
        result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((value, error) -> {
            if (error instanceof TimeoutException) {
                task.cancel(true);
            }
        });
        Uni<T> answer = Uni.createFrom().completionStage(result).onFailure().transform(this::problem);
        return context == null ? answer : answer.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private Throwable problem(Throwable failure) {
        Throwable error = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (error instanceof TimeoutException) {
            return ProblemException.unprocessable("body", "The PDF could not be read in time (" + timeout.toMillis()
                    + " ms): it is too complex to check here");
        }
        if (error instanceof StackOverflowError) {
            return ProblemException.unprocessable("body", "The PDF could not be read: its structure is nested too deeply");
        }
        if (error instanceof OutOfMemoryError) {
            return ProblemException.unprocessable("body", "The PDF could not be read: it unpacks to more than can be checked");
        }
        return error;
    }
}
