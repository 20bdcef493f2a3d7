package org.compactdpa.signatures.seal;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sealed PDF of an executed agreement or adoption: the stored file, byte for byte. */
@Path("/api/agreements/{id}/document.pdf")
@Tag(name = "Evidence")
public class SealedPdfResource {

    public static final String PDF = "application/pdf";

    private final SealedPdfs pdfs;
    private final long retryAfterSeconds;

    public SealedPdfResource(SealedPdfs pdfs, SealConfig config) {
        this.pdfs = pdfs;
        this.retryAfterSeconds = Math.max(1, config.pollInterval().toSeconds());
    }

    @GET
    @Produces({PDF, Problem.MEDIA_TYPE})
    @RolesAllowed("**")
    @Operation(summary = "The sealed PDF: the signed document and a certificate of completion, PAdES-sealed")
    @APIResponse(responseCode = "200", description = "The sealed PDF (the same bytes on every request)")
    @APIResponse(responseCode = "409", description = "Not executed, or executed and still being sealed (see Retry-After)")
    public Uni<Response> pdf(@PathParam("id") UUID id, @Context UriInfo uri) {
        return pdfs.of(id).map(copy -> copy.sealed()
                ? Response.ok(copy.pdf(), PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agreement-" + id + ".pdf\"")
                        .tag(copy.pdfSha256())
                        .header("Cache-Control", "private, no-transform")
                        .build()
                : Response.status(409).type(Problem.MEDIA_TYPE)
                        .header("Retry-After", retryAfterSeconds)
                        .entity(new Problem(Problem.type("not-ready"), "Not ready yet", 409,
                                "The agreement is executed and its PDF is being sealed; ask again shortly",
                                URI.create(uri.getPath()), List.of()))
                        .build());
    }
}
