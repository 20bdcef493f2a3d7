package org.compactdpa.signatures.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The hash chain of an evidence trail. Each entry's hash covers all of its fields and the hash of
 * the entry before it (the first one links to {@link #GENESIS}); changing, removing or reordering
 * any entry breaks every link after it. The canonical form is length-prefixed, so no value can be
 * crafted to look like two fields.
 */
public final class EvidenceChain {

    public static final String GENESIS = "0".repeat(64);

    /** The fields of an entry that its hash covers. */
    public record Link(UUID agreementId, int seq, String type, Instant occurredAt, String actorSubject,
            String actorName, String actorRole, UUID actorOrgId, String ip, String userAgent, String documentHash,
            String details, String previousHash) {
    }

    /** The outcome of recomputing a chain: intact, or the first entry that does not hold. */
    public record Check(boolean intact, int entries, String head, Integer firstBrokenSeq, String problem) {
    }

    private EvidenceChain() {
    }

    public static String hash(Link link) {
        StringBuilder canonical = new StringBuilder("compact-evidence-v1\n");
        field(canonical, link.agreementId());
        field(canonical, link.seq());
        field(canonical, link.type());
        field(canonical, link.occurredAt());
        field(canonical, link.actorSubject());
        field(canonical, link.actorName());
        field(canonical, link.actorRole());
        field(canonical, link.actorOrgId());
        field(canonical, link.ip());
        field(canonical, link.userAgent());
        field(canonical, link.documentHash());
        field(canonical, link.details());
        field(canonical, link.previousHash());
        return sha256(canonical.toString());
    }

    /**
     * Recomputes the chain of entries (in sequence order) with the hashes stored for them, and names
     * the first entry whose position, link or content does not match.
     */
    public static Check verify(List<Link> links, List<String> storedHashes) {
        String previous = GENESIS;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            int expectedSeq = i + 1;
            if (link.seq() != expectedSeq) {
                return broken(links.size(), expectedSeq, "entry " + expectedSeq + " is missing: the trail jumps to entry "
                        + link.seq());
            }
            if (!previous.equals(link.previousHash())) {
                return broken(links.size(), link.seq(), "entry " + link.seq()
                        + " does not link to the hash of the entry before it");
            }
            String recomputed = hash(link);
            if (!recomputed.equals(storedHashes.get(i))) {
                return broken(links.size(), link.seq(), "entry " + link.seq()
                        + " was changed after it was written: its content no longer matches its hash");
            }
            previous = recomputed;
        }
        return new Check(true, links.size(), previous, null, null);
    }

    private static Check broken(int entries, int seq, String problem) {
        return new Check(false, entries, null, seq, problem);
    }

    private static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("-\n");
            return;
        }
        String text = value.toString();
        out.append(text.length()).append(':').append(text).append('\n');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two chains agree up to the given entry (used to check a sealed head is still in the trail). */
    public static boolean contains(List<Link> links, List<String> storedHashes, int seq, String hash) {
        return seq >= 1 && seq <= links.size() && Objects.equals(storedHashes.get(seq - 1), hash);
    }
}
