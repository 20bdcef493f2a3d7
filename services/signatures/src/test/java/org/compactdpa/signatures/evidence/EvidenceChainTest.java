package org.compactdpa.signatures.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class EvidenceChainTest {

    static final UUID AGREEMENT = UUID.randomUUID();

    static List<EvidenceChain.Link> chain(int length) {
        List<EvidenceChain.Link> links = new ArrayList<>();
        String previous = EvidenceChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            EvidenceChain.Link link = new EvidenceChain.Link(AGREEMENT, seq, "SIGNED", Instant.ofEpochMilli(1_000L * seq),
                    "subject-" + seq, "Name", "vendor-signer", null, "10.0.0." + seq, "agent", "ab".repeat(32), null,
                    previous);
            links.add(link);
            previous = EvidenceChain.hash(link);
        }
        return links;
    }

    static List<String> hashes(List<EvidenceChain.Link> links) {
        return links.stream().map(EvidenceChain::hash).toList();
    }

    @Test
    void anUntouchedChainIsIntactAndItsHeadIsTheLastHash() {
        List<EvidenceChain.Link> links = chain(4);
        EvidenceChain.Check check = EvidenceChain.verify(links, hashes(links));
        assertThat(check.intact()).isTrue();
        assertThat(check.head()).isEqualTo(EvidenceChain.hash(links.get(3)));
    }

    @Test
    void aChangedFieldIsNamedAsTheFirstBrokenEntry() {
        List<EvidenceChain.Link> links = chain(4);
        List<String> stored = hashes(links);
        EvidenceChain.Link second = links.get(1);
        links.set(1, new EvidenceChain.Link(AGREEMENT, 2, "SIGNED", second.occurredAt(), second.actorSubject(),
                second.actorName(), second.actorRole(), null, "192.168.1.1", second.userAgent(), second.documentHash(),
                null, second.previousHash()));
        EvidenceChain.Check check = EvidenceChain.verify(links, stored);
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryIsFound() {
        List<EvidenceChain.Link> links = chain(4);
        List<String> stored = new ArrayList<>(hashes(links));
        links = new ArrayList<>(links);
        links.remove(2);
        stored.remove(2);
        EvidenceChain.Check check = EvidenceChain.verify(links, stored);
        assertThat(check.firstBrokenSeq()).isEqualTo(3);
        assertThat(check.problem()).contains("missing");
    }

    @Test
    void fieldsCannotBeShiftedIntoTheirNeighbours() {
        EvidenceChain.Link a = chain(1).get(0);
        EvidenceChain.Link b = new EvidenceChain.Link(AGREEMENT, 1, "SIGNED", a.occurredAt(), a.actorSubject() + "Name",
                "", a.actorRole(), null, a.ip(), a.userAgent(), a.documentHash(), null, a.previousHash());
        assertThat(EvidenceChain.hash(a)).isNotEqualTo(EvidenceChain.hash(b));
    }
}
