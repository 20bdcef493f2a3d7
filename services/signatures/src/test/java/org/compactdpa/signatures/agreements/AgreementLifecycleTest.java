package org.compactdpa.signatures.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.AgreementLifecycle.SigningParty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of statuses, and every first status of each kind: the allowed moves are made, every other is refused. */
@Tag("fast")
class AgreementLifecycleTest {

    static final Instant BEFORE = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant AT = Instant.parse("2026-11-30T10:15:30Z");

    /** The moves the domain allows, written out here independently of the production table. */
    static final Map<AgreementStatus, Set<AgreementStatus>> ALLOWED = Map.of(
            AgreementStatus.DRAFT, Set.of(AgreementStatus.AWAITING_VENDOR),
            AgreementStatus.AWAITING_VENDOR, Set.of(AgreementStatus.AWAITING_DISTRICT, AgreementStatus.DECLINED),
            AgreementStatus.AWAITING_DISTRICT, Set.of(AgreementStatus.EXECUTED, AgreementStatus.DECLINED),
            AgreementStatus.EXECUTED, Set.of(AgreementStatus.EXPIRED, AgreementStatus.TERMINATED));

    static final Map<AgreementKind, Set<AgreementStatus>> FIRST = Map.of(
            AgreementKind.ORIGINAL, Set.of(AgreementStatus.DRAFT, AgreementStatus.AWAITING_VENDOR),
            AgreementKind.ADOPTION, Set.of(AgreementStatus.EXECUTED));

    static Agreement agreement(AgreementKind kind, AgreementStatus status) {
        Agreement a = new Agreement();
        a.id = UUID.fromString("6f1d3c1e-0000-4000-8000-000000000001");
        a.kind = kind;
        a.status = status;
        a.updatedAt = BEFORE;
        return a;
    }

    static Stream<Arguments> pairs(boolean allowed) {
        return Arrays.stream(AgreementStatus.values()).flatMap(from -> Arrays.stream(AgreementStatus.values())
                .filter(to -> ALLOWED.getOrDefault(from, Set.of()).contains(to) == allowed)
                .map(to -> Arguments.of(from, to)));
    }

    static Stream<Arguments> allowedMoves() {
        return pairs(true);
    }

    static Stream<Arguments> refusedMoves() {
        return pairs(false);
    }

    static Stream<Arguments> births(boolean allowed) {
        return Arrays.stream(AgreementKind.values()).flatMap(kind -> Arrays.stream(AgreementStatus.values())
                .filter(to -> FIRST.get(kind).contains(to) == allowed)
                .map(to -> Arguments.of(kind, to)));
    }

    static Stream<Arguments> allowedBirths() {
        return births(true);
    }

    static Stream<Arguments> refusedBirths() {
        return births(false);
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowedMoves")
    void anAllowedMoveChangesTheStatusAndTheTimeOfTheChange(AgreementStatus from, AgreementStatus to) {
        Agreement a = agreement(AgreementKind.ORIGINAL, from);

        AgreementLifecycle.move(a, to, AT);

        assertThat(a.status).isEqualTo(to);
        assertThat(a.updatedAt).isEqualTo(AT);
        assertThat(AgreementLifecycle.allows(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refusedMoves")
    void aMoveTheLifecycleDoesNotAllowIsAConflictThatChangesNothing(AgreementStatus from, AgreementStatus to) {
        Agreement a = agreement(AgreementKind.ORIGINAL, from);

        assertThatThrownBy(() -> AgreementLifecycle.move(a, to, AT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains(from.name());
                });
        assertThat(a.status).isEqualTo(from);
        assertThat(a.updatedAt).isEqualTo(BEFORE);
        assertThat(AgreementLifecycle.allows(from, to)).isFalse();
    }

    @ParameterizedTest(name = "a new {0} may start as {1}")
    @MethodSource("allowedBirths")
    void aNewAgreementStartsInAStatusOfItsKind(AgreementKind kind, AgreementStatus first) {
        Agreement a = agreement(kind, null);

        AgreementLifecycle.move(a, first, AT);

        assertThat(a.status).isEqualTo(first);
        assertThat(a.updatedAt).isEqualTo(AT);
    }

    @ParameterizedTest(name = "a new {0} may not start as {1}")
    @MethodSource("refusedBirths")
    void aNewAgreementCannotStartAnywhereElse(AgreementKind kind, AgreementStatus first) {
        Agreement a = agreement(kind, null);

        assertThatThrownBy(() -> AgreementLifecycle.move(a, first, AT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains(kind.name().toLowerCase(), first.name());
                });
        assertThat(a.status).isNull();
    }

    @Test
    void theRefusalSaysWhatWouldMakeTheMovePossible() {
        assertThatThrownBy(() -> AgreementLifecycle.move(agreement(AgreementKind.ORIGINAL, AgreementStatus.DECLINED),
                AgreementStatus.TERMINATED, AT))
                .hasMessageContaining("Only an executed agreement can be terminated")
                .hasMessageContaining("is DECLINED");
        assertThatThrownBy(() -> AgreementLifecycle.move(agreement(AgreementKind.ORIGINAL, AgreementStatus.AWAITING_VENDOR),
                AgreementStatus.EXECUTED, AT))
                .hasMessageContaining("only the district's signature after the vendor's executes it");
    }

    @Test
    void theVendorSignsFirstThenTheDistrictAndNobodyAfterExecution() {
        assertThat(AgreementLifecycle.awaiting(AgreementStatus.AWAITING_VENDOR)).contains(SigningParty.VENDOR);
        assertThat(AgreementLifecycle.awaiting(AgreementStatus.AWAITING_DISTRICT)).contains(SigningParty.DISTRICT);
        assertThat(Stream.of(AgreementStatus.DRAFT, AgreementStatus.EXECUTED, AgreementStatus.EXPIRED,
                AgreementStatus.TERMINATED, AgreementStatus.DECLINED).map(AgreementLifecycle::awaiting))
                .allMatch(java.util.Optional::isEmpty);
        assertThat(AgreementLifecycle.afterSignature(SigningParty.VENDOR)).isEqualTo(AgreementStatus.AWAITING_DISTRICT);
        assertThat(AgreementLifecycle.afterSignature(SigningParty.DISTRICT)).isEqualTo(AgreementStatus.EXECUTED);
    }
}
