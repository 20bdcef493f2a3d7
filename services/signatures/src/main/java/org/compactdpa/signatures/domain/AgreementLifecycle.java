package org.compactdpa.signatures.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compactdpa.contracts.vocabulary.AgreementStatus;

/**
 * The allowed moves of an agreement, in one place: the vendor signs first, then the originating
 * district; either may decline while it is theirs to sign; an executed agreement ends by expiry or
 * termination.
 */
public final class AgreementLifecycle {

    public enum SigningParty { VENDOR, DISTRICT }

    private static final Map<AgreementStatus, Set<AgreementStatus>> ALLOWED = Map.of(
            AgreementStatus.DRAFT, EnumSet.of(AgreementStatus.AWAITING_VENDOR),
            AgreementStatus.AWAITING_VENDOR, EnumSet.of(AgreementStatus.AWAITING_DISTRICT, AgreementStatus.DECLINED),
            AgreementStatus.AWAITING_DISTRICT, EnumSet.of(AgreementStatus.EXECUTED, AgreementStatus.DECLINED),
            AgreementStatus.EXECUTED, EnumSet.of(AgreementStatus.EXPIRED, AgreementStatus.TERMINATED),
            AgreementStatus.EXPIRED, EnumSet.noneOf(AgreementStatus.class),
            AgreementStatus.TERMINATED, EnumSet.noneOf(AgreementStatus.class),
            AgreementStatus.DECLINED, EnumSet.noneOf(AgreementStatus.class));

    private AgreementLifecycle() {
    }

    public static boolean canBecome(AgreementStatus from, AgreementStatus to) {
        return ALLOWED.get(from).contains(to);
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
}
