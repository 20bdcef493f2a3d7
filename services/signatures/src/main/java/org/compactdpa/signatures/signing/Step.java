package org.compactdpa.signatures.signing;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.evidence.Origin;

/**
 * One step of an agreement's life, described before {@link AgreementSteps#commit} carries it out
 * whole: the status it moves to (none for a step that only records), the rows it adds, the events it
 * announces and the entries it leaves in the evidence trail, each in the order given.
 */
public final class Step {

    /** A trail entry of the step: by the person of the request, or by the platform itself. */
    record Entry(EvidenceType type, boolean byPlatform, Origin origin, String documentHash, String details) {
    }

    final Agreement agreement;
    AgreementStatus to;
    final List<Supplier<Uni<?>>> rows = new ArrayList<>();
    final List<Object> events = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();

    private Step(Agreement agreement) {
        this.agreement = agreement;
    }

    public static Step on(Agreement agreement) {
        return new Step(agreement);
    }

    /** The status the step moves the agreement to; a new agreement takes its first one this way. */
    public Step movingTo(AgreementStatus status) {
        this.to = status;
        return this;
    }

    /** Rows that belong to the step (products, a signature), written after the agreement itself. */
    public Step adding(Supplier<Uni<?>> write) {
        rows.add(write);
        return this;
    }

    public Step announcing(Object event) {
        events.add(event);
        return this;
    }

    /** An entry by the person of the request, on the agreement's own document. */
    public Step recording(EvidenceType type, Origin origin, String details) {
        return recording(type, origin, agreement.documentHash, details);
    }

    /** An entry by the person of the request, on another document (an adoption, on its original's trail). */
    public Step recording(EvidenceType type, Origin origin, String documentHash, String details) {
        entries.add(new Entry(type, false, origin, documentHash, details));
        return this;
    }

    public Step recordingByPlatform(EvidenceType type, String details) {
        entries.add(new Entry(type, true, Origin.NONE, agreement.documentHash, details));
        return this;
    }

    /**
     * The execution: the agreement becomes EXECUTED and the platform records it with its term (set
     * {@code effectiveOn} and {@code expiresOn} first). Committing it also requests the sealed PDF.
     */
    public Step executing() {
        return movingTo(AgreementStatus.EXECUTED).recordingByPlatform(EvidenceType.EXECUTED,
                "Executed: effective " + agreement.effectiveOn + ", expires " + agreement.expiresOn);
    }
}
