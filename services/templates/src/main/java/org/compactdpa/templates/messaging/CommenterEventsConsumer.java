package org.compactdpa.templates.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.templates.domain.KnownMember;
import org.compactdpa.templates.domain.KnownVerifiedVendor;
import org.compactdpa.templates.repository.KnownMemberRepository;
import org.compactdpa.templates.repository.KnownVerifiedVendorRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps who may comment in a comment period: member districts and verified vendors. */
@ApplicationScoped
public class CommenterEventsConsumer {

    private final Inbox inbox;
    private final KnownMemberRepository members;
    private final KnownVerifiedVendorRepository vendors;
    private final ObjectMapper json;

    public CommenterEventsConsumer(Inbox inbox, KnownMemberRepository members, KnownVerifiedVendorRepository vendors,
            ObjectMapper json) {
        this.inbox = inbox;
        this.members = members;
        this.vendors = vendors;
        this.json = json;
    }

    @Incoming("districts")
    public Uni<Void> districts(Message<String> message) {
        return inbox.handleOnce("templates.districts", message, event -> {
            if (!event.is(DistrictJoinedConsortium.class)) {
                return Uni.createFrom().voidItem();
            }
            var joined = event.payload(DistrictJoinedConsortium.class, json);
            var key = new KnownMember.Key(joined.consortiumId(), joined.districtId());
            return members.findById(key).flatMap(existing -> {
                if (existing != null) {
                    return Uni.createFrom().voidItem();
                }
                KnownMember member = new KnownMember();
                member.key = key;
                member.joinedAt = joined.joinedAt();
                return members.persist(member).replaceWithVoid();
            });
        });
    }

    @Incoming("vendors")
    public Uni<Void> vendors(Message<String> message) {
        return inbox.handleOnce("templates.vendors", message, event -> {
            if (!event.is(VendorVerified.class)) {
                return Uni.createFrom().voidItem();
            }
            var verified = event.payload(VendorVerified.class, json);
            return vendors.findById(verified.vendorId()).flatMap(existing -> {
                if (existing != null) {
                    return Uni.createFrom().voidItem();
                }
                KnownVerifiedVendor vendor = new KnownVerifiedVendor();
                vendor.vendorId = verified.vendorId();
                vendor.verifiedAt = verified.verifiedAt();
                return vendors.persist(vendor).replaceWithVoid();
            });
        });
    }
}
