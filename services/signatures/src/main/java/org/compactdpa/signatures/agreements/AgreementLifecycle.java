package org.compactdpa.signatures.agreements;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The agreement's states and allowed moves, in one place, and the one way its status changes. The
 * vendor signs first, then the originating district; either may decline while it is theirs to sign;
 * an executed agreement ends by expiry or termination. A new original waits for the vendor (or, as a
 * draft, for its terms); an adoption is born executed, by the district's one signature on Exhibit E.
 */
public final class AgreementLifecycle {

    /** The party whose signature an agreement waits for. */
    public enum SigningParty { VENDOR, DISTRICT }

    private static final Map<AgreementStatus, Set<AgreementStatus>> MOVES = Map.of(
            AgreementStatus.DRAFT, EnumSet.of(AgreementStatus.AWAITING_VENDOR),
            AgreementStatus.AWAITING_VENDOR, EnumSet.of(AgreementStatus.AWAITING_DISTRICT, AgreementStatus.DECLINED),
            AgreementStatus.AWAITING_DISTRICT, EnumSet.of(AgreementStatus.EXECUTED, AgreementStatus.DECLINED),
            AgreementStatus.EXECUTED, EnumSet.of(AgreementStatus.EXPIRED, AgreementStatus.TERMINATED),
            AgreementStatus.EXPIRED, EnumSet.noneOf(AgreementStatus.class),
            AgreementStatus.TERMINATED, EnumSet.noneOf(AgreementStatus.class),
            AgreementStatus.DECLINED, EnumSet.noneOf(AgreementStatus.class));

    private static final Map<AgreementKind, Set<AgreementStatus>> BIRTHS = Map.of(
            AgreementKind.ORIGINAL, EnumSet.of(AgreementStatus.DRAFT, AgreementStatus.AWAITING_VENDOR),
            AgreementKind.ADOPTION, EnumSet.of(AgreementStatus.EXECUTED));

    private AgreementLifecycle() {
    }

    public static boolean allows(AgreementStatus from, AgreementStatus to) {
        return MOVES.get(from).contains(to);
    }

    /** Whether a new agreement of this kind may start in this status. */
    public static boolean startsAs(AgreementKind kind, AgreementStatus status) {
        return BIRTHS.get(kind).contains(status);
    }

    /**
     * Moves the agreement to {@code to}, or refuses with a 409 that says why. An agreement without a
     * status yet is new: it may take only a status its kind starts in.
     */
    public static void move(Agreement a, AgreementStatus to, Instant at) {
        boolean allowed = a.status == null ? startsAs(a.kind, to) : allows(a.status, to);
        if (!allowed) {
            throw ProblemException.conflict(refusal(a, to));
        }
        a.status = to;
        a.updatedAt = at;
    }

    /** Whose signature the agreement waits for, if anyone's. */
    public static Optional<SigningParty> awaiting(AgreementStatus status) {
        return switch (status) {
            case AWAITING_VENDOR -> Optional.of(SigningParty.VENDOR);
            case AWAITING_DISTRICT -> Optional.of(SigningParty.DISTRICT);
            default -> Optional.empty();
        };
    }

    /** The status after the party's signature. */
    public static AgreementStatus afterSignature(SigningParty party) {
        return party == SigningParty.VENDOR ? AgreementStatus.AWAITING_DISTRICT : AgreementStatus.EXECUTED;
    }

    private static String refusal(Agreement a, AgreementStatus to) {
        if (a.status == null) {
            return "A new " + a.kind.name().toLowerCase() + " agreement starts as one of " + BIRTHS.get(a.kind)
                    + ", not " + to;
        }
        String is = "Agreement " + a.id + " is " + a.status;
        return switch (to) {
            case DRAFT -> is + ": no agreement goes back to draft; prepare a new one instead";
            case AWAITING_VENDOR -> is + ": only a draft goes to the vendor for signature";
            case AWAITING_DISTRICT -> is + ": it waits for the district only once the vendor has signed it";
            case EXECUTED -> is + ": only the district's signature after the vendor's executes it";
            case DECLINED -> is + " and can no longer be declined: only an agreement waiting for a signature can be";
            case EXPIRED -> is + ": only an executed agreement expires";
            case TERMINATED -> "Only an executed agreement can be terminated; agreement " + a.id + " is " + a.status;
        };
    }
}
