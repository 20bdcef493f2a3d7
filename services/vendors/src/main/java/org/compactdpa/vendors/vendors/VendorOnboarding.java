package org.compactdpa.vendors.vendors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.VendorApplicationConfirmed;
import org.compactdpa.contracts.events.VendorApplicationVerified;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.text.SearchText;

/**
 * Vendors that register themselves through the accounts service: a confirmed application registers
 * the vendor UNVERIFIED (its contact is its representative and breach contact until its staff edit the
 * profile), a verified one marks it verified. Both run in the inbox's transaction, with no caller: the
 * revision and the verification name the application and the verifier the event carries. Each step
 * announces itself like its API twin (vendor.registered, vendor.verified), so other services follow.
 */
@ApplicationScoped
public class VendorOnboarding {

    private final Outbox outbox;
    private final ObjectMapper json;

    public VendorOnboarding(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Registers the vendor of a confirmed application, once: a vendor with its id already is left as it is. */
    public Uni<Void> registerUnverified(VendorApplicationConfirmed event) {
        return Vendor.<Vendor>findById(event.vendorId()).flatMap(existing -> {
            if (existing != null) {
                Log.infof("Vendor %s of application %s is registered already", event.vendorId(), event.applicationId());
                return Uni.createFrom().voidItem();
            }
            Vendor vendor = new Vendor();
            vendor.id = event.vendorId();
            vendor.legalName = event.legalName().strip();
            vendor.doingBusinessAs = event.company() == null || event.company().isBlank()
                    || event.company().strip().equals(vendor.legalName) ? null : event.company().strip();
            vendor.website = event.website();
            vendor.representativeName = event.contactName();
            vendor.representativeEmail = event.contactEmail();
            vendor.breachContactName = event.contactName();
            vendor.breachContactEmail = event.contactEmail();
            vendor.searchName = SearchText.fold(vendor.legalName
                    + (vendor.doingBusinessAs == null ? "" : " " + vendor.doingBusinessAs));
            vendor.revision = 1;
            vendor.createdAt = event.confirmedAt();
            vendor.updatedAt = event.confirmedAt();
            vendor.createdBy = "vendor-application:" + event.applicationId();
            return vendor.<Vendor>persist()
                    .call(v -> VendorRevision.of(v, profileOf(v), v.createdBy).persist())
                    .call(v -> outbox.publish(v.id, new VendorRegistered(v.id, v.legalName, v.doingBusinessAs, v.website,
                            v.createdAt)))
                    .replaceWithVoid();
        });
    }

    /** Marks the vendor verified, once; the vendor must exist (its confirmation came first, under the same key). */
    public Uni<Void> markVerified(VendorApplicationVerified event) {
        return Vendor.<Vendor>findById(event.vendorId()).flatMap(vendor -> {
            if (vendor == null) {
                // Retried, then dead-lettered: the registration it follows has not been applied.
                throw new IllegalStateException("Vendor " + event.vendorId() + " of application "
                        + event.applicationId() + " is not registered");
            }
            if (vendor.isVerified()) {
                Log.infof("Vendor %s was verified already on %s", vendor.id, vendor.verifiedAt);
                return Uni.createFrom().voidItem();
            }
            vendor.verifiedAt = event.verifiedAt();
            vendor.verifiedBy = event.verifiedBy();
            return outbox.publish(vendor.id, new VendorVerified(vendor.id, vendor.legalName, vendor.verifiedAt))
                    .replaceWithVoid();
        });
    }

    private String profileOf(Vendor vendor) {
        try {
            return json.writeValueAsString(VendorView.fullOf(vendor));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
