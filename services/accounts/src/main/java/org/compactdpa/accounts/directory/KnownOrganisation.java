package org.compactdpa.accounts.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;

/** An organisation another service owns, as its events described it: its kind and its name. */
@Entity
public class KnownOrganisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OrganisationType type;

    public String name;
}
