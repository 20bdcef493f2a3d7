package org.compactdpa.obligations.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.events.Events;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.compactdpa.obligations.directory.Directory;
import org.compactdpa.obligations.dispositions.Dispositions;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What the obligations service learns: terms with their notice windows, agreements with their parties,
 * products and status, organisations and memberships. An agreement that expires or is terminated offers
 * its district the disposition of its data. One inbox name per topic.
 */
@ApplicationScoped
public class EventIntake {

    private static final Map<String, Class<?>> TYPES = new HashMap<>();

    static {
        for (Class<?> type : List.of(TermsAgreed.class, AgreementCreated.class, AgreementExecuted.class, AgreementAdopted.class,
                AgreementDeclined.class, AgreementExpired.class, AgreementTerminated.class, ConsortiumCreated.class,
                DistrictRegistered.class, DistrictJoinedConsortium.class, VendorRegistered.class, VendorProfileChanged.class)) {
            TYPES.put(Events.typeOf(type).value(), type);
        }
    }

    private final Inbox inbox;
    private final Pool pool;
    private final Directory directory;
    private final Dispositions dispositions;
    private final ObjectMapper json;

    public EventIntake(Inbox inbox, Pool pool, Directory directory, Dispositions dispositions, ObjectMapper json) {
        this.inbox = inbox;
        this.pool = pool;
        this.directory = directory;
        this.dispositions = dispositions;
        this.json = json;
    }

    @Incoming("agreements")
    public Uni<Void> agreements(Message<String> message) {
        return inbox.handleOnce("obligations.agreements", message, pool, this::handle);
    }

    @Incoming("templates")
    public Uni<Void> templates(Message<String> message) {
        return inbox.handleOnce("obligations.templates", message, pool, this::handle);
    }

    @Incoming("districts")
    public Uni<Void> districts(Message<String> message) {
        return inbox.handleOnce("obligations.districts", message, pool, this::handle);
    }

    @Incoming("vendors")
    public Uni<Void> vendors(Message<String> message) {
        return inbox.handleOnce("obligations.vendors", message, pool, this::handle);
    }

    Uni<Void> handle(SqlClient sql, IncomingEvent event) {
        Class<?> type = TYPES.get(event.type());
        if (type == null) {
            return Uni.createFrom().voidItem();
        }
        Object payload = event.payload(type, json);
        if (payload instanceof TermsAgreed e) {
            return directory.terms(sql, e.contentHash(), e.breachNoticeHours(), e.dispositionDays(), e.auditNoticeBusinessDays());
        }
        if (payload instanceof AgreementCreated e) {
            return directory.agreement(sql, e.agreementId(), e.vendorId(), e.districtId(), e.consortiumId(), null, e.termsHash(),
                    "PENDING", null, e.products());
        }
        if (payload instanceof AgreementExecuted e) {
            return directory.agreement(sql, e.agreementId(), e.vendorId(), e.districtId(), e.consortiumId(), null, null,
                    "EXECUTED", e.expiresOn(), e.products());
        }
        if (payload instanceof AgreementAdopted e) {
            return directory.agreement(sql, e.agreementId(), e.vendorId(), e.districtId(), e.consortiumId(),
                    e.originAgreementId(), null, "ADOPTED", e.expiresOn(), e.products());
        }
        if (payload instanceof AgreementDeclined e) {
            return directory.status(sql, e.agreementId(), "DECLINED");
        }
        if (payload instanceof AgreementExpired e) {
            Instant at = e.expiredOn() == null ? Instant.now() : e.expiredOn().atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC);
            return directory.status(sql, e.agreementId(), "EXPIRED").chain(() -> dispositions.offer(sql, e.agreementId(), "EXPIRED", at));
        }
        if (payload instanceof AgreementTerminated e) {
            return directory.status(sql, e.agreementId(), "TERMINATED")
                    .chain(() -> dispositions.offer(sql, e.agreementId(), "TERMINATED", e.terminatedAt()));
        }
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
        return Uni.createFrom().voidItem();
    }
}
