package org.compactdpa.templates.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.templates.domain.KnownMember;
import org.compactdpa.templates.domain.KnownProduct;
import org.compactdpa.templates.domain.KnownVerifiedVendor;
import org.compactdpa.templates.repository.KnownMemberRepository;
import org.compactdpa.templates.repository.KnownProductRepository;
import org.compactdpa.templates.repository.KnownVerifiedVendorRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps what templates needs to know of other services: member districts and verified vendors (who
 * may comment in a comment period, who may negotiate) and which vendor each product belongs to.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {

    private final Inbox inbox;
    private final KnownMemberRepository members;
    private final KnownVerifiedVendorRepository vendors;
    private final KnownProductRepository products;
    private final ObjectMapper json;

    public DirectoryEventsConsumer(Inbox inbox, KnownMemberRepository members, KnownVerifiedVendorRepository vendors,
            KnownProductRepository products, ObjectMapper json) {
        this.inbox = inbox;
        this.members = members;
        this.vendors = vendors;
        this.products = products;
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
            if (event.is(ProductRegistered.class)) {
                return product(event.payload(ProductRegistered.class, json));
            }
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

    private Uni<Void> product(ProductRegistered registered) {
        return products.findById(registered.productId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownProduct product = new KnownProduct();
            product.productId = registered.productId();
            product.vendorId = registered.vendorId();
            product.registeredAt = registered.registeredAt();
            return products.persist(product).replaceWithVoid();
        });
    }
}
