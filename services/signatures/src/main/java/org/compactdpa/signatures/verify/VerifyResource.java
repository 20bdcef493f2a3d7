package org.compactdpa.signatures.verify;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.compactdpa.signatures.seal.SealedPdfResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification: is this PDF, or this SHA-256, an authentic executed agreement of this platform? */
@Path("/api/verify")
@Tag(name = "Verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    private final VerificationService verification;

    public VerifyResource(VerificationService verification) {
        this.verification = verification;
    }

    @POST
    @PermitAll
    @Consumes({SealedPdfResource.PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a PDF: is it a sealed agreement of this platform, which one, is its seal intact,"
            + " and when was it timestamped?")
    @APIResponse(responseCode = "200", description = "The answer; authentic=false with a reason for any file that is"
            + " not byte for byte a sealed PDF issued here")
    @APIResponse(responseCode = "400", description = "Empty body, or not a complete, readable PDF")
    @APIResponse(responseCode = "413", description = "Larger than compact.verify.max-pdf-size")
    @APIResponse(responseCode = "422", description = "Too complex to check: too many objects, or not read in time")
    @APIResponse(responseCode = "503", description = "Too many uploads being checked at once; try again")
    public Uni<VerificationResult> pdf(byte[] body) {
        return verification.verifyPdf(body);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a SHA-256 (of a sealed PDF or of a signed document): which executed agreement is it?")
    @APIResponse(responseCode = "200", description = "The answer; authentic=false with a reason when nothing matches")
    @APIResponse(responseCode = "400", description = "Not a SHA-256")
    public Uni<VerificationResult> hash(@Valid @NotNull(message = "a JSON body is required") HashQuery query) {
        return verification.verifyHash(query.sha256());
    }
}
