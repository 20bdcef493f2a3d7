package org.compactdpa.templates.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.VendorVerified;

/**
 * What templates keeps of other services' events: member districts and verified vendors (who may
 * comment, who may negotiate) and which vendor each product belongs to. The first announcement
 * wins; a fact announced again changes nothing.
 */
@ApplicationScoped
public class DirectoryProjection {

    public Uni<Void> apply(DistrictJoinedConsortium joined) {
        KnownMember.Key key = new KnownMember.Key(joined.consortiumId(), joined.districtId());
        return keepFirst(KnownMember.findById(key), () -> {
            KnownMember member = new KnownMember();
            member.key = key;
            member.joinedAt = joined.joinedAt();
            return member;
        });
    }

    public Uni<Void> apply(VendorVerified verified) {
        return keepFirst(KnownVerifiedVendor.findById(verified.vendorId()), () -> {
            KnownVerifiedVendor vendor = new KnownVerifiedVendor();
            vendor.vendorId = verified.vendorId();
            vendor.verifiedAt = verified.verifiedAt();
            return vendor;
        });
    }

    public Uni<Void> apply(ProductRegistered registered) {
        return keepFirst(KnownProduct.findById(registered.productId()), () -> {
            KnownProduct product = new KnownProduct();
            product.productId = registered.productId();
            product.vendorId = registered.vendorId();
            product.registeredAt = registered.registeredAt();
            return product;
        });
    }

    private static Uni<Void> keepFirst(Uni<PanacheEntityBase> existing, Supplier<PanacheEntityBase> fresh) {
        return existing.flatMap(found -> found != null ? Uni.createFrom().voidItem() : fresh.get().persist().replaceWithVoid());
    }
}
