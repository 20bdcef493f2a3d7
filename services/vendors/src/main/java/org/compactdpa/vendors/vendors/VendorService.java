package org.compactdpa.vendors.vendors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Vendor registration, profile changes (each one a kept revision) and coordinator verification;
 * also what other capabilities of the service may ask about a vendor.
 */
@ApplicationScoped
public class VendorService {

    private final VendorAccess access;
    private final VendorHistory revisions;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public VendorService(VendorAccess access, VendorHistory revisions, Outbox outbox, Caller caller, Clock clock) {
        this.access = access;
        this.revisions = revisions;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<VendorView> register(VendorInput input) {
        UUID id = idFor(input);
        return Vendor.<Vendor>findById(id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Vendor " + id + " is already registered"))
                .flatMap(none -> {
                    Instant now = clock.instant();
                    Vendor vendor = new Vendor();
                    vendor.id = id;
                    vendor.createdAt = now;
                    vendor.createdBy = caller.subject();
                    vendor.revision = 0;
                    VendorProfile.apply(vendor, input, now);
                    return vendor.<Vendor>persist();
                })
                .call(revisions::keep)
                .call(v -> outbox.publish(v.id, new VendorRegistered(v.id, v.legalName, v.doingBusinessAs, v.website,
                        v.createdAt)))
                .map(VendorView::fullOf);
    }

    @WithTransaction
    public Uni<VendorView> update(UUID id, VendorInput input) {
        if (input.id() != null && !input.id().equals(id)) {
            throw ProblemException.invalid("id", "does not match the vendor in the path");
        }
        access.requireProfileEditor(id);
        return existing(id)
                .invoke(vendor -> VendorProfile.apply(vendor, input, clock.instant()))
                .call(revisions::keep)
                .call(v -> outbox.publish(v.id, new VendorProfileChanged(v.id, v.revision, v.legalName,
                        v.doingBusinessAs, v.website, v.updatedAt)))
                .map(VendorView::fullOf);
    }

    /** Verification happens once; a second attempt says when the first one was. */
    @WithTransaction
    public Uni<VendorView> verify(UUID id) {
        return existing(id)
                .invoke(vendor -> {
                    if (vendor.isVerified()) {
                        throw ProblemException.conflict("Vendor " + id + " was already verified on " + vendor.verifiedAt);
                    }
                    vendor.verifiedAt = clock.instant();
                    vendor.verifiedBy = caller.subject();
                })
                .call(v -> outbox.publish(v.id, new VendorVerified(v.id, v.legalName, v.verifiedAt)))
                .map(VendorView::fullOf);
    }

    /** The vendor with contacts for those who work with vendors, without them for everyone else. */
    @WithSession
    public Uni<VendorView> read(UUID id) {
        return existing(id).map(v -> access.maySeeContacts(v.id) ? VendorView.fullOf(v) : VendorView.publicOf(v));
    }

    /** Search results carry public fields only, whoever asks. */
    @WithSession
    public Uni<Page<VendorView>> search(String term, PageRequest page) {
        return Pages.of(Vendor.search(term), page).map(found -> found.map(VendorView::publicOf));
    }

    @WithSession
    public Uni<List<VendorRevisionView>> history(UUID id) {
        if (!access.maySeeContacts(id)) {
            throw ProblemException.forbidden("The history of a vendor's profile is not public");
        }
        return existing(id).flatMap(v -> revisions.of(id));
    }

    /** Fails with 404 unless the vendor is registered; joins the caller's session when there is one. */
    @WithSession
    public Uni<Void> requireRegistered(UUID id) {
        return existing(id).replaceWithVoid();
    }

    private static Uni<Vendor> existing(UUID id) {
        return Vendor.<Vendor>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor", id));
    }

    /** Vendor staff register the vendor their account acts for; coordinators and admins choose. */
    private UUID idFor(VendorInput input) {
        if (caller.hasRole(Roles.COORDINATOR) || caller.isPlatformAdmin()) {
            return input.id() != null ? input.id() : UUID.randomUUID();
        }
        UUID own = caller.requireOrganisation(OrganisationType.VENDOR);
        if (input.id() != null && !input.id().equals(own)) {
            throw ProblemException.forbidden("Vendor staff may register only the vendor they act for (" + own + ")");
        }
        return own;
    }
}
