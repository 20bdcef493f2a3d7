package org.compactdpa.vendors.products;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;

/**
 * A product and its declaration, to register (POST) or replace (PUT). {@code dataElements} are
 * the Exhibit B categories; OTHER needs {@code otherDataElements}. {@code securityFramework} is
 * Exhibit F; OTHER needs {@code securityFrameworkOther}.
 */
public record ProductInput(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "must not be blank")
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String url,
        @Size(max = 4000, message = "must be at most 4000 characters") String description,
        List<@NotNull(message = "must not be null") @Pattern(regexp = "PK|K|K-2|K-5|K-8|K-12|3-5|6-8|9-12|ADULT",
                message = "must be one of PK, K, K-2, K-5, K-8, K-12, 3-5, 6-8, 9-12, ADULT") String> gradeBands,
        // Stored as a comma-separated list, so a comma inside a category would split it in two.
        List<@NotBlank(message = "must not be blank") @Size(max = 80, message = "must be at most 80 characters")
                @Pattern(regexp = "[^,]*", message = "must not contain a comma") String> categories,
        @NotNull(message = "must list the Exhibit B data elements (may be empty)") List<@NotNull(message = "must not be null") DataElement> dataElements,
        @Size(max = 1000, message = "must be at most 1000 characters") String otherDataElements,
        @NotNull(message = "must name the Exhibit F security framework") SecurityFramework securityFramework,
        @Size(max = 200, message = "must be at most 200 characters") String securityFrameworkOther,
        List<@Valid @NotNull(message = "must not be null") SubprocessorInput> subprocessors) {

    public record SubprocessorInput(
            @NotBlank(message = "must not be blank") String name,
            @NotBlank(message = "must not be blank") String purpose,
            List<@NotNull(message = "must not be null") DataElement> dataElements,
            @NotBlank(message = "must say where the data is kept") String location) {
    }
}
