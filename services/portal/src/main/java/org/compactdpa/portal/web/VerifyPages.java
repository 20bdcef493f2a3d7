package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.SIGNATURES;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Anyone can check a PDF, or a document's SHA-256, against the agreements this platform executed. */
@Path("/verify")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Blocking
public class VerifyPages {

    /** Larger than any agreement the platform renders; a bigger upload is not one of ours. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final Backend backend;
    private final Template verify;

    public VerifyPages(Backend backend, Template verify) {
        this.backend = backend;
        this.verify = verify;
    }

    @GET
    @Operation(summary = "Upload a PDF or paste a SHA-256 to check it")
    public TemplateInstance form() {
        return verify.data("result", null).data("problem", null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Whether the PDF or hash is an authentic executed agreement, which one, and its seal")
    public TemplateInstance check(@RestForm("file") FileUpload file, @RestForm("sha256") String sha256) throws IOException {
        try {
            Map<String, Object> result;
            if (file != null && file.size() > 0) {
                if (file.size() > MAX_UPLOAD_BYTES) {
                    throw new BackendException(413, "File too large", "Agreements from this platform are far smaller than "
                            + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB.", null);
                }
                result = backend.postBytes(SIGNATURES, "/api/verify", Files.readAllBytes(file.uploadedFile()),
                        "application/pdf");
            } else if (sha256 != null && !sha256.isBlank()) {
                result = backend.post(SIGNATURES, "/api/verify", Map.of("sha256", sha256.trim().toLowerCase()));
            } else {
                throw new BackendException(400, "Nothing to check", "Choose a PDF file or paste a SHA-256.", null);
            }
            return verify.data("result", result).data("problem", null);
        } catch (BackendException e) {
            if (!e.isClientError()) {
                throw e;
            }
            return verify.data("result", null).data("problem", e);
        }
    }
}
