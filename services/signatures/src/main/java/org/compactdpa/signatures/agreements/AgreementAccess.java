package org.compactdpa.signatures.agreements;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.agreements.AgreementLifecycle.SigningParty;

/** Who may see an agreement and who may sign, decline or end it for which party. */
@ApplicationScoped
public class AgreementAccess {

    private final Caller caller;

    public AgreementAccess(Caller caller) {
        this.caller = caller;
    }

    /** The agreement, for one of its parties (or a platform admin): 404 if there is none, 403 for anyone else. */
    public Uni<Agreement> visible(UUID agreementId) {
        return Agreement.<Agreement>findById(agreementId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Agreement", agreementId))
                .invoke(this::requireParty);
    }

    public boolean isParty(Agreement a) {
        return caller.actsFor(OrganisationType.VENDOR, a.vendorId) || caller.actsFor(OrganisationType.DISTRICT, a.districtId)
                || caller.actsFor(OrganisationType.CONSORTIUM, a.consortiumId) || caller.isPlatformAdmin();
    }

    public void requireParty(Agreement a) {
        if (!isParty(a)) {
            throw ProblemException.forbidden("Agreement " + a.id + " is between other organisations");
        }
    }

    /** The signer role of the party, acting for that party's organisation: nobody signs for another. */
    public void requireSigner(Agreement a, SigningParty party) {
        boolean ok = party == SigningParty.VENDOR
                ? caller.hasRole(Roles.VENDOR_SIGNER) && caller.actsFor(OrganisationType.VENDOR, a.vendorId)
                : caller.hasRole(Roles.DISTRICT_SIGNER) && caller.actsFor(OrganisationType.DISTRICT, a.districtId);
        if (!ok) {
            throw ProblemException.forbidden("Only a " + party.name().toLowerCase() + " signer of this agreement's "
                    + party.name().toLowerCase() + " may do this");
        }
    }

    /** The side the caller acts for in this agreement, for declining or terminating. */
    public SigningParty sideOf(Agreement a) {
        if (caller.actsFor(OrganisationType.VENDOR, a.vendorId)) {
            return SigningParty.VENDOR;
        }
        if (caller.actsFor(OrganisationType.DISTRICT, a.districtId)) {
            return SigningParty.DISTRICT;
        }
        throw ProblemException.forbidden("You are not a party to agreement " + a.id);
    }
}
