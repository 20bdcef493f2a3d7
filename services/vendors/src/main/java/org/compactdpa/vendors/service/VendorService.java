package org.compactdpa.vendors.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.vendors.domain.Vendor;
import org.compactdpa.vendors.domain.VendorRevision;
import org.compactdpa.vendors.repository.VendorRepository;
import org.compactdpa.vendors.repository.VendorRevisionRepository;
import org.compactdpa.vendors.rest.api.VendorInput;
import org.compactdpa.vendors.rest.api.VendorView;

/** Vendor registration, profile changes (each one a kept revision) and coordinator verification. */
@ApplicationScoped
public class VendorService {

    private final VendorRepository vendors;
    private final VendorRevisionRepository revisions;
    private final VendorAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;

    public VendorService(VendorRepository vendors, VendorRevisionRepository revisions, VendorAccess access,
            Outbox outbox, Caller caller, ObjectMapper json) {
        this.vendors = vendors;
        this.revisions = revisions;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
        this.json = json;
    }

    @WithTransaction
    public Uni<Vendor> register(VendorInput input) {
        UUID id = idFor(input);
        return vendors.findById(id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Vendor " + id + " is already registered"))
                .flatMap(none -> {
                    Vendor vendor = new Vendor();
                    vendor.id = id;
                    vendor.createdAt = Instant.now();
                    vendor.createdBy = caller.subject();
                    vendor.revision = 0;
                    apply(vendor, input);
                    return vendors.persist(vendor);
                })
                .call(this::keepRevision)
                .call(v -> outbox.publish(v.id, new VendorRegistered(v.id, v.legalName, v.doingBusinessAs, v.website,
                        v.createdAt)));
    }

    @WithTransaction
    public Uni<Vendor> update(UUID id, VendorInput input) {
        if (input.id() != null && !input.id().equals(id)) {
            throw ProblemException.invalid("id", "does not match the vendor in the path");
        }
        access.requireProfileEditor(id);
        return vendors.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor", id))
                .invoke(vendor -> apply(vendor, input))
                .call(this::keepRevision)
                .call(v -> outbox.publish(v.id, new VendorProfileChanged(v.id, v.revision, v.legalName,
                        v.doingBusinessAs, v.website, v.updatedAt)));
    }

    @WithTransaction
    public Uni<Vendor> verify(UUID id) {
        return vendors.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor", id))
                .invoke(vendor -> {
                    if (vendor.isVerified()) {
                        throw ProblemException.conflict("Vendor " + id + " was already verified on " + vendor.verifiedAt);
                    }
                    vendor.verifiedAt = Instant.now();
                    vendor.verifiedBy = caller.subject();
                })
                .call(v -> outbox.publish(v.id, new VendorVerified(v.id, v.legalName, v.verifiedAt)));
    }

    @WithSession
    public Uni<Vendor> find(UUID id) {
        return vendors.findById(id);
    }

    @WithSession
    public Uni<Page<Vendor>> search(String term, PageRequest page) {
        return Pages.of(vendors.search(term), page);
    }

    @WithSession
    public Uni<List<VendorRevision>> history(UUID id) {
        if (!access.maySeeContacts(id)) {
            throw ProblemException.forbidden("The history of a vendor's profile is not public");
        }
        return vendors.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor", id))
                .flatMap(v -> revisions.ofVendor(id));
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

    private static void apply(Vendor vendor, VendorInput input) {
        vendor.legalName = input.legalName().trim();
        vendor.doingBusinessAs = blankToNull(input.doingBusinessAs());
        vendor.website = input.website().trim();
        VendorInput.Address address = input.address();
        vendor.street = address == null ? null : blankToNull(address.street());
        vendor.city = address == null ? null : blankToNull(address.city());
        vendor.state = address == null || address.state() == null ? null : UsState.fromCode(address.state())
                .map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("address.state", "'" + address.state() + "' is not a US state code"));
        vendor.postalCode = address == null ? null : blankToNull(address.postalCode());
        vendor.representativeName = input.representative().name().trim();
        vendor.representativeTitle = blankToNull(input.representative().title());
        vendor.representativeEmail = input.representative().email().trim();
        vendor.breachContactName = input.breachContact().name().trim();
        vendor.breachContactEmail = input.breachContact().email().trim();
        vendor.breachContactPhone = blankToNull(input.breachContact().phone());
        vendor.searchName = SearchText.fold(vendor.legalName + (vendor.doingBusinessAs == null ? "" : " " + vendor.doingBusinessAs));
        vendor.updatedAt = Instant.now();
        vendor.revision++;
    }

    private Uni<VendorRevision> keepRevision(Vendor vendor) {
        VendorRevision revision = new VendorRevision();
        revision.key = new VendorRevision.Key(vendor.id, vendor.revision);
        try {
            revision.profile = json.writeValueAsString(VendorView.fullOf(vendor));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        revision.changedAt = vendor.updatedAt;
        revision.changedBy = caller.subject();
        return revisions.persist(revision);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
