package org.compactdpa.contracts.events;

/** The four proposal event types; each wraps a {@link ProposalEvent} payload. */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    @EventType(value = "org.compactdpa.negotiation.proposal-made.v1", topic = Topics.TEMPLATES)
    public record Made(ProposalEvent proposal) {
    }

    @EventType(value = "org.compactdpa.negotiation.proposal-accepted.v1", topic = Topics.TEMPLATES)
    public record Accepted(ProposalEvent proposal) {
    }

    @EventType(value = "org.compactdpa.negotiation.proposal-rejected.v1", topic = Topics.TEMPLATES)
    public record Rejected(ProposalEvent proposal) {
    }

    @EventType(value = "org.compactdpa.negotiation.proposal-countered.v1", topic = Topics.TEMPLATES)
    public record Countered(ProposalEvent proposal) {
    }
}
