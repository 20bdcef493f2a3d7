package org.compactdpa.templates.templates;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.contracts.events.TemplateVersionPublished;
import org.compactdpa.contracts.events.TemplateVersionRetired;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.templates.access.TemplateAccess;

/**
 * The steps of a version's life the owning coordinators take: opening the comment period,
 * publishing (hash, superseding the previous published version, announced) and retiring (announced).
 */
@ApplicationScoped
public class VersionLifecycle {

    private final TemplateAccess access;
    private final ContentCodec codec;
    private final Outbox outbox;
    private final Clock clock;

    public VersionLifecycle(TemplateAccess access, ContentCodec codec, Outbox outbox, Clock clock) {
        this.access = access;
        this.codec = codec;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<VersionView> openCommentPeriod(UUID templateId, int number) {
        return owned(templateId, number).map(l -> {
            l.version().moveTo(VersionStatus.COMMENT_PERIOD, clock.instant());
            return view(l.version());
        });
    }

    @WithTransaction
    public Uni<VersionView> publish(UUID templateId, int number) {
        return owned(templateId, number).flatMap(l -> {
            TemplateVersion v = l.version();
            Instant now = clock.instant();
            v.publish(CanonicalForm.sha256(codec.read(v.content)), now);
            return TemplateVersion.publishedBesides(v)
                    .invoke(older -> older.forEach(o -> o.moveTo(VersionStatus.SUPERSEDED, now)))
                    .call(() -> outbox.publish(templateId, new TemplateVersionPublished(templateId, v.id, v.number,
                            l.template().consortiumId, l.template().state, v.contentHash, v.publishedAt)))
                    .map(done -> view(v));
        });
    }

    @WithTransaction
    public Uni<VersionView> retire(UUID templateId, int number) {
        return owned(templateId, number).flatMap(l -> {
            TemplateVersion v = l.version();
            v.moveTo(VersionStatus.RETIRED, clock.instant());
            return outbox.publish(templateId, new TemplateVersionRetired(templateId, v.id, v.number, v.updatedAt))
                    .map(done -> view(v));
        });
    }

    private Uni<Located> owned(UUID templateId, int number) {
        return Located.find(templateId, number).invoke(l -> access.requireCoordinatorOf(l.template().consortiumId));
    }

    private VersionView view(TemplateVersion v) {
        return VersionView.of(v, codec.read(v.content));
    }
}
