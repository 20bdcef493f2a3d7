package org.compactdpa.notices.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.events.AccountActivated;
import org.compactdpa.contracts.events.AccountDeactivated;
import org.compactdpa.contracts.events.AccountInvited;
import org.compactdpa.contracts.events.AccountRolesChanged;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementExpiring;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.AgreementSigned;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.events.AppRequestResolved;
import org.compactdpa.contracts.events.AppRequestSubmitted;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.events.Events;
import org.compactdpa.contracts.events.NegotiationOpened;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.ProposalEvent;
import org.compactdpa.contracts.events.ProposalEvents;
import org.compactdpa.contracts.events.SubprocessorsChanged;
import org.compactdpa.contracts.events.VendorApplicationConfirmed;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.compactdpa.notices.directory.Directory;
import org.compactdpa.notices.inbox.Notifier;
import org.compactdpa.notices.rules.Audience;
import org.compactdpa.notices.rules.Draft;
import org.compactdpa.notices.rules.Facts;
import org.compactdpa.notices.rules.NoticeRules;
import org.compactdpa.notices.subscriptions.Subscriptions;
import org.compactdpa.notices.webhooks.WebhookDeliveries;

/**
 * What one event does here, in the transaction that records it in the inbox: first what it teaches the
 * directory, then the facts its rule needs, then the notices (with their mail) and the webhook deliveries
 * for the organisations the notices concern.
 */
@ApplicationScoped
public class EventIntake {

    private static final Map<String, Class<?>> TYPES = new HashMap<>();

    static {
        for (Class<?> type : NoticeRules.eventClasses()) {
            TYPES.put(Events.typeOf(type).value(), type);
        }
        for (Class<?> type : List.of(ConsortiumCreated.class, DistrictRegistered.class, DistrictJoinedConsortium.class,
                VendorRegistered.class, VendorProfileChanged.class, ProductRegistered.class, ProductDetailsChanged.class,
                AgreementCreated.class, VendorApplicationConfirmed.class)) {
            TYPES.put(Events.typeOf(type).value(), type);
        }
    }

    private final Directory directory;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final WebhookDeliveries webhooks;
    private final ObjectMapper json;

    public EventIntake(Directory directory, Subscriptions subscriptions, Notifier notifier, WebhookDeliveries webhooks,
            ObjectMapper json) {
        this.directory = directory;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.webhooks = webhooks;
        this.json = json;
    }

    /** The event types this service reads; the others are recorded and ignored. */
    public static Set<String> types() {
        return TYPES.keySet();
    }

    public Uni<Void> handle(SqlClient sql, IncomingEvent event) {
        Class<?> type = TYPES.get(event.type());
        if (type == null) {
            Log.debugf("notices has no use for %s", event.type());
            return Uni.createFrom().voidItem();
        }
        Object payload = event.payload(type, json);
        return learn(sql, payload)
                .chain(() -> facts(sql, payload))
                .chain(facts -> {
                    List<Draft> drafts = NoticeRules.draftsFor(payload, facts);
                    if (drafts.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Set<UUID> organisations = new LinkedHashSet<>();
                    for (Draft draft : drafts) {
                        Audience audience = draft.audience();
                        if (!audience.isPerson() && audience.organisationId() != null) {
                            organisations.add(audience.organisationId());
                        }
                    }
                    return notifier.publish(sql, event.id(), event.type(), drafts)
                            .chain(() -> webhooks.queue(sql, event, organisations));
                });
    }

    /** What the event says about organisations, people, products, agreements and negotiations. */
    private Uni<Void> learn(SqlClient sql, Object payload) {
        if (payload instanceof ConsortiumCreated e) {
            return directory.organisation(sql, e.consortiumId(), OrganisationType.CONSORTIUM, e.name());
        }
        if (payload instanceof DistrictRegistered e) {
            return directory.organisation(sql, e.districtId(), OrganisationType.DISTRICT, e.name());
        }
        if (payload instanceof DistrictJoinedConsortium e) {
            return directory.membership(sql, e.districtId(), e.consortiumId());
        }
        if (payload instanceof VendorRegistered e) {
            return directory.organisation(sql, e.vendorId(), OrganisationType.VENDOR, e.legalName());
        }
        if (payload instanceof VendorProfileChanged e) {
            return directory.organisation(sql, e.vendorId(), OrganisationType.VENDOR, e.legalName());
        }
        if (payload instanceof VendorApplicationConfirmed e) {
            return directory.organisation(sql, e.vendorId(), OrganisationType.VENDOR, e.legalName());
        }
        if (payload instanceof ProductRegistered e) {
            return directory.product(sql, e.productId(), e.vendorId(), e.name());
        }
        if (payload instanceof ProductDetailsChanged e) {
            return directory.product(sql, e.productId(), e.vendorId(), e.name());
        }
        if (payload instanceof ProductDeclarationChanged e) {
            return directory.product(sql, e.productId(), e.vendorId(), e.name());
        }
        if (payload instanceof AgreementCreated e) {
            return directory.organisationIfUnknown(sql, e.vendorId(), OrganisationType.VENDOR, e.vendorName()).chain(() -> directory.agreement(sql, e.agreementId(), e.vendorId(), e.districtId(), e.consortiumId(), null,
                    e.generalOffer(), "PENDING", e.products()));
        }
        if (payload instanceof AgreementExecuted e) {
            return directory.agreement(sql, e.agreementId(), e.vendorId(), e.districtId(), e.consortiumId(), null,
                    e.generalOffer(), "EXECUTED", e.products());
        }
        if (payload instanceof AgreementAdopted e) {
            return directory.agreement(sql, e.agreementId(), e.vendorId(), e.districtId(), e.consortiumId(),
                    e.originAgreementId(), false, "ADOPTED", e.products());
        }
        if (payload instanceof AgreementDeclined e) {
            return directory.agreementStatus(sql, e.agreementId(), "DECLINED");
        }
        if (payload instanceof AgreementTerminated e) {
            return directory.agreementStatus(sql, e.agreementId(), "TERMINATED");
        }
        if (payload instanceof AgreementExpired e) {
            return directory.agreementStatus(sql, e.agreementId(), "EXPIRED");
        }
        if (payload instanceof NegotiationOpened e) {
            return directory.negotiation(sql, e.negotiationId(), e.consortiumId(), e.vendorId());
        }
        if (payload instanceof AccountActivated e) {
            return directory.person(sql, e.personId(), OrganisationType.valueOf(e.organisationType()), e.organisationId(),
                    e.email(), e.roles(), true, e.activatedAt());
        }
        if (payload instanceof AccountRolesChanged e) {
            return directory.person(sql, e.personId(), OrganisationType.valueOf(e.organisationType()), e.organisationId(),
                    e.email(), e.roles(), true, e.changedAt());
        }
        if (payload instanceof AccountDeactivated e) {
            return directory.person(sql, e.personId(), OrganisationType.valueOf(e.organisationType()), e.organisationId(),
                    e.email(), e.roles(), false, e.deactivatedAt());
        }
        return Uni.createFrom().voidItem();
    }

    /** The facts the event's rule needs, read after the event taught the directory what it says. */
    private Uni<Facts> facts(SqlClient sql, Object payload) {
        Set<UUID> named = new LinkedHashSet<>();
        UUID agreementId = null;
        UUID productId = null;
        UUID districtOfRequest = null;
        UUID negotiationId = null;
        UUID followedVendor = null;
        List<UUID> followedProducts = new ArrayList<>();
        if (payload instanceof AgreementSigned e) {
            agreementId = e.agreementId();
        } else if (payload instanceof AgreementExecuted e) {
            named.add(e.districtId());
            followedVendor = e.vendorId();
            e.products().stream().map(AgreementProduct::productId).forEach(followedProducts::add);
        } else if (payload instanceof AgreementAdopted e) {
            named.add(e.districtId());
            followedVendor = e.vendorId();
            e.products().stream().map(AgreementProduct::productId).forEach(followedProducts::add);
        } else if (payload instanceof AgreementDeclined e) {
            agreementId = e.agreementId();
        } else if (payload instanceof AgreementTerminated e) {
            agreementId = e.agreementId();
            followedVendor = e.vendorId();
        } else if (payload instanceof AgreementExpired e) {
            agreementId = e.agreementId();
        } else if (payload instanceof AgreementExpiring e) {
            agreementId = e.agreementId();
        } else if (payload instanceof OfferWithdrawn e) {
            agreementId = e.agreementId();
            followedVendor = e.vendorId();
        } else if (payload instanceof ProductDeclarationChanged e) {
            productId = e.productId();
            named.add(e.vendorId());
            followedVendor = e.vendorId();
            followedProducts.add(e.productId());
        } else if (payload instanceof SubprocessorsChanged e) {
            productId = e.productId();
            named.add(e.productId());
            followedVendor = e.vendorId();
            followedProducts.add(e.productId());
        } else if (payload instanceof AppRequestSubmitted e) {
            districtOfRequest = e.districtId();
            named.add(e.districtId());
        } else if (payload instanceof AppRequestResolved e) {
            named.add(e.productId());
        } else if (payload instanceof NegotiationOpened e) {
            named.add(e.consortiumId());
        } else if (payload instanceof ProposalEvents.Made e) {
            negotiationId = proposalOf(e.proposal());
        } else if (payload instanceof ProposalEvents.Accepted e) {
            negotiationId = proposalOf(e.proposal());
        } else if (payload instanceof ProposalEvents.Rejected e) {
            negotiationId = proposalOf(e.proposal());
        } else if (payload instanceof ProposalEvents.Countered e) {
            negotiationId = proposalOf(e.proposal());
        } else if (payload instanceof AccountInvited e) {
            named.add(e.organisationId());
        } else if (payload instanceof AccountActivated e) {
            named.add(e.organisationId());
        } else if (payload instanceof AccountRolesChanged e) {
            named.add(e.organisationId());
        } else if (!NoticeRules.eventClasses().contains(payload.getClass())) {
            return Uni.createFrom().item(Facts.none());
        }
        namedIn(payload, named);
        Gathered gathered = new Gathered(named);
        UUID vendor = followedVendor;
        UUID product = productId;
        UUID district = districtOfRequest;
        UUID negotiation = negotiationId;
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (agreementId != null) {
            UUID id = agreementId;
            chain = chain.chain(() -> directory.agreement(sql, id).invoke(found -> found.ifPresent(parties -> {
                gathered.agreement = parties;
                named.add(parties.vendorId());
                named.add(parties.districtId());
                named.add(parties.consortiumId());
            }))).replaceWithVoid();
        }
        if (vendor != null) {
            List<UUID> products = followedProducts;
            chain = chain.chain(() -> subscriptions.subscribersOf(sql, vendor, products).invoke(found -> gathered.subscribers = found))
                    .replaceWithVoid();
        }
        if (product != null) {
            chain = chain.chain(() -> directory.holdersOf(sql, product).invoke(found -> gathered.holders = found)).replaceWithVoid();
        }
        if (district != null) {
            chain = chain.chain(() -> directory.consortiaOf(sql, district).invoke(found -> gathered.consortia = found))
                    .replaceWithVoid();
        }
        if (negotiation != null) {
            chain = chain.chain(() -> directory.negotiation(sql, negotiation).invoke(found -> found.ifPresent(sides -> {
                gathered.negotiation = sides;
                named.add(sides.vendorId());
                named.add(sides.consortiumId());
            }))).replaceWithVoid();
        }
        return chain.chain(() -> directory.names(sql, named)).map(names -> new Facts(names, gathered.agreement,
                gathered.consortia, gathered.holders, gathered.subscribers, gathered.negotiation));
    }

    /** The organisations an event names directly (its vendor, district, consortium), for their names. */
    private static void namedIn(Object payload, Set<UUID> named) {
        if (!payload.getClass().isRecord()) {
            return;
        }
        for (java.lang.reflect.RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getType() == UUID.class && NAMED.contains(component.getName())) {
                try {
                    named.add((UUID) component.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static final Set<String> NAMED = Set.of("vendorId", "districtId", "consortiumId", "organisationId", "productId");

    private static UUID proposalOf(ProposalEvent proposal) {
        return proposal == null ? null : proposal.negotiationId();
    }

    /** Facts as they are read, one query after another. */
    private static final class Gathered {
        final Set<UUID> named;
        Facts.AgreementParties agreement;
        Set<UUID> consortia = Set.of();
        Set<UUID> holders = Set.of();
        List<Audience> subscribers = List.of();
        Facts.NegotiationSides negotiation;

        Gathered(Set<UUID> named) {
            this.named = named;
        }
    }

    static Optional<Class<?>> typeOf(String eventType) {
        return Optional.ofNullable(TYPES.get(eventType));
    }
}
