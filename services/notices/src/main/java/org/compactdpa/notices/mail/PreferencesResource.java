package org.compactdpa.notices.mail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.notices.rules.NoticeKind;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notice-preferences")
@Tag(name = "Inbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.VENDOR_STAFF,
        Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.PLATFORM_ADMIN})
public class PreferencesResource {

    /** Every kind with the caller's choice. */
    public record Preferences(List<PreferenceView> items) {
    }

    private final Pool pool;
    private final Caller caller;

    public PreferencesResource(Pool pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "How each kind of notice reaches the caller by mail (IMMEDIATE unless they chose otherwise)")
    @APIResponse(responseCode = "200", description = "Every kind with its delivery")
    public Uni<Preferences> mine() {
        return pool.preparedQuery("select kind, delivery from notice_preference where person_id = $1")
                .execute(Tuple.of(caller.subject())).map(rows -> {
                    Map<String, Delivery> chosen = new HashMap<>();
                    rows.forEach(row -> chosen.put(row.getString(0), Delivery.valueOf(row.getString(1))));
                    List<PreferenceView> items = new ArrayList<>();
                    for (NoticeKind kind : NoticeKind.values()) {
                        Delivery delivery = kind.mandatory() ? Delivery.IMMEDIATE : chosen.getOrDefault(kind.name(), Delivery.IMMEDIATE);
                        items.add(new PreferenceView(kind.name(), kind.label(), delivery, kind.mandatory()));
                    }
                    return new Preferences(items);
                });
    }

    @PUT
    @Path("/{kind}")
    @Operation(summary = "Choose how one kind of notice reaches the caller by mail")
    @APIResponse(responseCode = "200", description = "The kind with its delivery")
    @APIResponse(responseCode = "422", description = "A mandatory kind comes at once and cannot be changed")
    public Uni<PreferenceView> choose(@PathParam("kind") @jakarta.validation.constraints.Size(max = 40) String kind,
            @Valid @NotNull(message = "a JSON body is required") PreferenceInput input) {
        NoticeKind chosen;
        try {
            chosen = NoticeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Kind of notice", kind.length() > 40 ? kind.substring(0, 40) : kind);
        }
        if (chosen.mandatory() && input.delivery() != Delivery.IMMEDIATE) {
            throw ProblemException.unprocessable("delivery", chosen.label() + " are required by the agreement and always sent at once");
        }
        return pool.preparedQuery("insert into notice_preference (person_id, kind, delivery) values ($1, $2, $3)"
                        + " on conflict (person_id, kind) do update set delivery = excluded.delivery")
                .execute(Tuple.of(caller.subject(), chosen.name(), input.delivery().name()))
                .replaceWith(new PreferenceView(chosen.name(), chosen.label(), input.delivery(), chosen.mandatory()));
    }
}
