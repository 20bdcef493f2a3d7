package org.compactdpa.messaging.projections;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.compactdpa.messaging.kafka.KafkaClients;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds a projection from its topics in one database transaction: it takes the projection's
 * consumers' locks alone (their live events wait, on every instance), empties the tables and those
 * consumers' inbox records, replays each topic from its first record to the end offsets seen after the
 * locks were taken through the live handlers and the inbox, and commits. Readers see the old rows
 * until the commit and the new ones after; a rebuild that fails changes nothing. Events after those
 * end offsets are left to the live consumers, which go on once the locks are released.
 * <p>
 * An event whose handler fails (live, it went to the dead-letter topic) cannot be passed over inside
 * the transaction: PostgreSQL and the client abandon a transaction at its first failed statement. So
 * the attempt is rolled back and the rebuild starts again without that event, which the report lists;
 * after {@code compact.projections.max-skipped} such events it gives up and changes nothing.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final Inbox inbox;
    private final KafkaClients clients;
    private final Vertx vertx;
    private final Duration timeout;
    private final Duration lockWait;
    private final int maxSkipped;

    public ProjectionRebuild(Inbox inbox, KafkaClients clients, Vertx vertx,
            @ConfigProperty(name = "compact.projections.rebuild-timeout", defaultValue = "5m") Duration timeout,
            @ConfigProperty(name = "compact.projections.lock-wait", defaultValue = "10s") Duration lockWait,
            @ConfigProperty(name = "compact.projections.max-skipped", defaultValue = "20") int maxSkipped) {
        this.inbox = inbox;
        this.clients = clients;
        this.vertx = vertx;
        this.timeout = timeout;
        this.lockWait = lockWait;
        this.maxSkipped = maxSkipped;
    }

    /** Runs on a context of its own, so the rebuild ends (commit or rollback) even if the caller goes away. */
    CompletionStage<RebuildReport> start(Projection projection) {
        CompletableFuture<RebuildReport> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> run(projection).subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }

    private Uni<RebuildReport> run(Projection projection) {
        long started = System.nanoTime();
        return attempt(projection, new LinkedHashMap<>(), started)
                .invoke(report -> Log.infof("Projection %s rebuilt from %s: %d events, %d applied, %d skipped, %d ms",
                        report.projection(), report.topics(), report.events(), report.applied(), report.failed(),
                        report.durationMs()))
                .onFailure().invoke(e -> Log.warnf("Rebuild of projection %s failed and changed nothing: %s",
                        projection.name(), e.getMessage()));
    }

    /** One pass in one transaction; an event that fails rolls it back and starts another pass without it. */
    private Uni<RebuildReport> attempt(Projection projection, Map<String, String> skipped, long started) {
        RebuildProgress progress = new RebuildProgress(projection, skipped, started);
        TopicReplay replay = new TopicReplay(clients, projection.topics());
        return Panache.withTransaction(() -> ProjectionTables.lock(projection, lockWait)
                        .chain(() -> ProjectionTables.rows(projection)).invoke(progress::before)
                        .chain(() -> ProjectionTables.clear(projection))
                        .chain(() -> VertxContextSupport.executeBlocking(replay::open))
                        .chain(total -> replayAll(projection, replay, progress))
                        .chain(() -> ProjectionTables.rows(projection)).map(progress::report))
                .eventually(() -> VertxContextSupport.executeBlocking(() -> {
                    replay.close();
                    return null;
                }))
                .onFailure(failure -> EventFailed.in(failure) != null).recoverWithUni(failure -> {
                    EventFailed failed = EventFailed.in(failure);
                    Log.warnf("Rebuild of %s passes over event %s (%s): %s", projection.name(), failed.event.id(),
                            failed.at, failed.reason);
                    skipped.put(failed.at, failed.reason);
                    if (skipped.size() > maxSkipped) {
                        return Uni.createFrom().failure(ProblemException.conflict("Rebuilding " + projection.name()
                                + " met more than " + maxSkipped + " events it cannot apply (the last: " + failed.reason
                                + "); nothing changed. Fix their cause, or raise compact.projections.max-skipped"));
                    }
                    return attempt(projection, skipped, started);
                });
    }

    private Uni<Void> replayAll(Projection projection, TopicReplay replay, RebuildProgress progress) {
        if (progress.elapsed().compareTo(timeout) > 0) {
            return Uni.createFrom().failure(new ProblemException(503, "rebuild-timeout", "The rebuild took too long",
                    "Rebuilding " + projection.name() + " took longer than " + timeout
                            + " (compact.projections.rebuild-timeout) and changed nothing", List.of()));
        }
        return VertxContextSupport.executeBlocking(replay::next).chain(batch -> batch.isEmpty()
                ? Uni.createFrom().voidItem()
                : Pages.inSequence(batch, record -> apply(projection, record, progress))
                        .chain(ProjectionTables::forget)
                        .chain(() -> replayAll(projection, replay, progress)));
    }

    private Uni<Void> apply(Projection projection, ConsumerRecord<String, String> record, RebuildProgress progress) {
        IncomingEvent event = IncomingEvent.of(record);
        if (event == null) {
            progress.notCloudEvent();
            return Uni.createFrom().voidItem();
        }
        if (progress.skips(record, event)) {
            return Uni.createFrom().voidItem();
        }
        EventHandlers handlers = projection.handlersOf(record.topic());
        return inbox.applyOnce(handlers.consumer(), event, handlers)
                .call(ProjectionTables::flush)
                .invoke(progress::applied)
                .replaceWithVoid()
                .onFailure().transform(failure -> new EventFailed(RebuildProgress.at(record), event, failure));
    }
}
