package org.compactdpa.signatures.offers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.directory.KnownDistrict;

/**
 * Whether a district may adopt a general offer, decided from the facts alone (no database, no
 * clock of its own). An offer is open while its agreement is executed, in force, carries Exhibit E on
 * unmodified terms and was not withdrawn; it is open to the other districts of its state and
 * consortium; and the signer must have reviewed the current Exhibit E. The first rule broken is the
 * reason given: 409 for the offer's state (or a stale exhibit), 422 for an offer that never was one
 * or a district out of its scope.
 */
public final class AdoptionPolicy {

    /**
     * What the decision rests on: the offer (its original agreement), the adopting district and the
     * consortia it belongs to, the Exhibit E hash as rendered for it now and the one its signer
     * reviewed, and today's date.
     */
    public record Facts(Agreement offer, KnownDistrict district, List<UUID> districtConsortia, String exhibitSha256,
            String reviewedSha256, LocalDate today) {
    }

    /** Eligible, or refused with the status, the field at fault (for 422) and the reason. */
    public record Verdict(boolean eligible, int status, String field, String reason) {

        public static final Verdict ELIGIBLE = new Verdict(true, 200, null, null);

        static Verdict conflict(String reason) {
            return new Verdict(false, 409, null, reason);
        }

        static Verdict unprocessable(String field, String reason) {
            return new Verdict(false, 422, field, reason);
        }

        /** Throws the refusal as the problem the caller sees; an eligible verdict passes. */
        public void orRefuse() {
            if (!eligible) {
                throw status == 409 ? ProblemException.conflict(reason) : ProblemException.unprocessable(field, reason);
            }
        }
    }

    private AdoptionPolicy() {
    }

    public static Verdict decide(Facts facts) {
        Agreement o = facts.offer();
        KnownDistrict d = facts.district();
        if (!o.generalOffer) {
            return Verdict.unprocessable("agreementId", "This agreement carries no general offer");
        }
        if ("MODIFIED".equals(o.classification)) {
            return Verdict.unprocessable("agreementId",
                    "The terms were modified for one district: they cannot be adopted");
        }
        if (o.status == AgreementStatus.TERMINATED) {
            return Verdict.conflict("The original agreement was terminated; its offer is void");
        }
        if (o.status == AgreementStatus.EXPIRED || (o.expiresOn != null && o.expiresOn.isBefore(facts.today()))) {
            return Verdict.conflict("The offer expired on " + o.expiresOn + "; ask the coordinators to negotiate anew");
        }
        if (o.status != AgreementStatus.EXECUTED) {
            return Verdict.conflict("The agreement is " + o.status + ": its offer opens once it is executed");
        }
        if (o.offerWithdrawnAt != null) {
            return Verdict.conflict("The vendor withdrew this offer on " + o.offerWithdrawnAt);
        }
        if (o.districtId.equals(d.id)) {
            return Verdict.conflict("Your district originated this agreement; it already holds it");
        }
        if (!o.state.equals(d.state)) {
            return Verdict.unprocessable("districtId", "The offer is open to districts in " + o.state
                    + "; your district is in " + d.state);
        }
        if (!facts.districtConsortia().contains(o.consortiumId)) {
            return Verdict.unprocessable("districtId",
                    "The offer is open to members of the consortium that negotiated it; your district is not one");
        }
        if (!facts.exhibitSha256().equalsIgnoreCase(facts.reviewedSha256())) {
            return Verdict.conflict("The Exhibit E you reviewed (" + facts.reviewedSha256()
                    + ") is not the current one (" + facts.exhibitSha256() + "); review it again");
        }
        return Verdict.ELIGIBLE;
    }
}
