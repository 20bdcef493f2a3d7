package org.compactdpa.districts.publiclist;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.validation.Limits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The district's public list of vendor agreements, the page parents read: JSON (paged, embeddable
 * from any site) or the whole list as CSV with {@code ?format=csv}.
 */
@Path("/api/districts/{id}/products")
@Tag(name = "Public list")
public class PublicListResource {

    private final PublicListService list;

    public PublicListResource(PublicListService list) {
        this.list = list;
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The district's products: vendor, status, data collected, agreement and expiry")
    @APIResponse(responseCode = "200", description = "A page of the list (JSON) or the whole list (CSV)")
    @APIResponse(responseCode = "400", description = "Unknown status, data element or format")
    public Uni<Response> list(@PathParam("id") UUID districtId,
            @QueryParam("status") @Size(max = Limits.CODE) String status,
            @QueryParam("dataElement") @Size(max = Limits.CODE) String dataElement,
            @QueryParam("format") @Size(max = Limits.CODE) String format, @Valid @BeanParam PageRequest page) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return list.page(districtId, status, dataElement, page.page, page.size)
                    .map(p -> Response.ok(p, MediaType.APPLICATION_JSON).build());
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw ProblemException.invalid("format", "must be json or csv");
        }
        return list.csv(districtId, status, dataElement).map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"district-" + districtId + "-agreements.csv\"")
                .build());
    }
}
