package org.compactdpa.portal.rest;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.compactdpa.portal.config.ServiceAddresses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The front page: what Compact is and where each part of the platform answers. */
@Path("/")
@Tag(name = "Pages")
public class HomePage {

    private final Template home;
    private final ServiceAddresses services;

    public HomePage(Template home, ServiceAddresses services) {
        this.home = home;
        this.services = services;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The portal's front page")
    @APIResponse(responseCode = "200", description = "HTML")
    public TemplateInstance page() {
        return home.data("services", services);
    }
}
