package org.compactdpa.templates.negotiations;

import java.util.List;

/** A negotiation with everything said in it, oldest first. */
public record NegotiationDetails(NegotiationView negotiation, List<ProposalView> proposals,
        List<NegotiationCommentView> comments) {
}
