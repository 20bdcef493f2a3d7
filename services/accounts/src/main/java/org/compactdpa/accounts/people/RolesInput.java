package org.compactdpa.accounts.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compactdpa.platform.validation.Limits;

/** All the roles the person shall hold in the organisation (empty: none of its roles). */
public record RolesInput(@NotNull(message = "must list the roles, or be empty for none") @Size(max = 10)
        List<@NotBlank(message = "must not be blank") @Size(max = Limits.CODE) String> roles) {
}
