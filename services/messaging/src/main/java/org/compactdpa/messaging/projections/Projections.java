package org.compactdpa.messaging.projections;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.compactdpa.messaging.kafka.KafkaUnavailable;
import org.compactdpa.platform.problem.ProblemException;

/** The projections this service declares, and their rebuilds: one at a time per projection. */
@ApplicationScoped
public class Projections {

    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Map<String, Projection> byName = new TreeMap<>();
    private final ProjectionRebuild rebuild;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public Projections(Instance<Projection> declared, ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
        for (Projection projection : declared) {
            if (byName.putIfAbsent(projection.name(), projection) != null) {
                throw new IllegalStateException("Two projections named " + projection.name());
            }
        }
    }

    public List<ProjectionView> list() {
        return byName.values().stream().map(ProjectionView::of).toList();
    }

    public Uni<RebuildReport> rebuild(String name) {
        Projection projection = byName.get(name);
        if (projection == null) {
            // The name is echoed only when it could be one: nothing a caller types lands in the answer raw.
            return Uni.createFrom().failure(ProblemException.notFound("Projection",
                    PLAIN.matcher(name).matches() ? name : "of that name"));
        }
        if (!running.add(name)) {
            return Uni.createFrom().failure(ProblemException.conflict("Projection " + name + " is being rebuilt"));
        }
        return Uni.createFrom().completionStage(rebuild.start(projection)
                        .whenComplete((report, failure) -> running.remove(name)))
                .onFailure(KafkaUnavailable.class)
                .transform(e -> ((KafkaUnavailable) e).asProblem("rebuild " + name + " (nothing changed)"));
    }
}
