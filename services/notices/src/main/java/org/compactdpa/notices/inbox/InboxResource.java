package org.compactdpa.notices.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notices")
@Tag(name = "Inbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.VENDOR_STAFF,
        Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.PLATFORM_ADMIN})
public class InboxResource {

    private final InboxQueries inbox;
    private final Caller caller;

    public InboxResource(InboxQueries inbox, Caller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's notices, newest first: those addressed to them and to their roles in their organisation")
    @APIResponse(responseCode = "200", description = "A page of notices")
    public Uni<Page<NoticeView>> list(@QueryParam("unread") boolean unread,
            @QueryParam("kind") @Size(max = 40) @Pattern(regexp = "[A-Z_]{1,40}", message = "must be a kind of notice") String kind,
            @Valid @BeanParam PageRequest page) {
        return inbox.list(Reader.of(caller), unread, kind, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notices are unread, counted up to 1,000")
    @APIResponse(responseCode = "200", description = "The count")
    public Uni<UnreadCount> unread() {
        return inbox.unread(Reader.of(caller));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's notices")
    @APIResponse(responseCode = "200", description = "The notice")
    public Uni<NoticeView> one(@PathParam("id") UUID id) {
        return inbox.one(Reader.of(caller), id);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one notice read")
    @APIResponse(responseCode = "204", description = "Marked")
    public Uni<Void> read(@PathParam("id") UUID id) {
        return inbox.mark(Reader.of(caller), id, true);
    }

    @POST
    @Path("/{id}/unread")
    @Operation(summary = "Mark one notice unread again")
    @APIResponse(responseCode = "204", description = "Marked")
    public Uni<Void> unread(@PathParam("id") UUID id) {
        return inbox.mark(Reader.of(caller), id, false);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark every notice up to now read")
    @APIResponse(responseCode = "204", description = "Marked")
    public Uni<Void> readAll() {
        return inbox.markAllRead(Reader.of(caller));
    }
}
