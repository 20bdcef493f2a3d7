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
import org.compactdpa.platform.validation.Limits;

/**
 * A product and its declaration, to register (POST) or replace (PUT). {@code dataElements} are
 * the Exhibit B categories; OTHER needs {@code otherDataElements}. {@code securityFramework} is
 * Exhibit F; OTHER needs {@code securityFrameworkOther}. Every text and list has a maximum
 * ({@link Limits}) that keeps the product's events far below the broker's record limit.
 */
public record ProductInput(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String name,
        @NotBlank(message = "must not be blank") @Size(max = Limits.URL)
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String url,
        @Size(max = Limits.DESCRIPTION) String description,
        @Size(max = Limits.CHOICES) List<@NotNull(message = "must not be null") @Size(max = Limits.CODE)
                @Pattern(regexp = "PK|K|K-2|K-5|K-8|K-12|3-5|6-8|9-12|ADULT",
                        message = "must be one of PK, K, K-2, K-5, K-8, K-12, 3-5, 6-8, 9-12, ADULT") String> gradeBands,
        // Stored as a comma-separated list, so a comma inside a category would split it in two.
        @Size(max = Limits.LABELS) List<@NotBlank(message = "must not be blank") @Size(max = Limits.LABEL)
                @Pattern(regexp = "[^,]*", message = "must not contain a comma") String> categories,
        @NotNull(message = "must list the Exhibit B data elements (may be empty)")
        @Size(max = Limits.CHOICES) List<@NotNull(message = "must not be null") DataElement> dataElements,
        @Size(max = Limits.NOTE) String otherDataElements,
        @NotNull(message = "must name the Exhibit F security framework") SecurityFramework securityFramework,
        @Size(max = Limits.NAME) String securityFrameworkOther,
        @Size(max = Limits.SUBPROCESSORS)
        List<@Valid @NotNull(message = "must not be null") SubprocessorInput> subprocessors) {

    public record SubprocessorInput(
            @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String name,
            @NotBlank(message = "must not be blank") @Size(max = Limits.PURPOSE) String purpose,
            @Size(max = Limits.CHOICES) List<@NotNull(message = "must not be null") DataElement> dataElements,
            @NotBlank(message = "must say where the data is kept") @Size(max = Limits.LINE) String location) {
    }
}
