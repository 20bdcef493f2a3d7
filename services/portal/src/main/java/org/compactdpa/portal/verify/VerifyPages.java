package org.compactdpa.portal.verify;

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
import java.util.List;
import java.util.Map;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.SignaturesClient.HashCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Anyone can check a PDF, or a document's SHA-256, against the agreements this platform executed. */
@Path("/verify")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class VerifyPages {

    /** Larger than any agreement the platform renders; a bigger upload is not one of ours. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final SignaturesClient signatures;
    private final Template verify;

    public VerifyPages(@RestClient SignaturesClient signatures, Template verify) {
        this.signatures = signatures;
        this.verify = verify;
    }

    @GET
    @PermitAll
    @Operation(summary = "Upload a PDF or paste a SHA-256 to check it")
    public TemplateInstance form() {
        return verify.data("result", null).data("problem", null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll
    @Operation(summary = "Whether the PDF or hash is an authentic executed agreement, which one, and its seal")
    public TemplateInstance check(@RestForm("file") FileUpload file, @RestForm("sha256") String sha256) throws IOException {
        try {
            return verify.data("result", verdict(file, sha256)).data("problem", null);
        } catch (ServiceProblem e) {
            if (!e.isClientError()) {
                throw e;
            }
            return verify.data("result", null).data("problem", e);
        }
    }

    private Map<String, Object> verdict(FileUpload file, String sha256) throws IOException {
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_UPLOAD_BYTES) {
                throw new ServiceProblem(413, "File too large", "Agreements from this platform are far smaller than "
                        + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB.", List.of());
            }
            return Answers.await(signatures.verifyPdf(Files.readAllBytes(file.uploadedFile())));
        }
        if (sha256 != null && !sha256.isBlank()) {
            return Answers.await(signatures.verifyHash(new HashCheck(sha256.trim().toLowerCase())));
        }
        throw new ServiceProblem(400, "Nothing to check", "Choose a PDF file or paste a SHA-256.", List.of());
    }
}
