package org.compactdpa.portal.coordinator;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.pages.Forms;

/**
 * The "prepare an agreement" form as the coordinator filled it in, to show it again unchanged. It also
 * carries the terms already issued for its version, so that submitting again waits for those terms
 * instead of issuing new ones that would have to travel to signatures in their turn.
 */
@TemplateData
public record PrepareForm(String version, String districtId, List<String> productIds, boolean generalOffer,
        String termsId, String termsFor) {

    /** A fresh form offers the general offer ticked. */
    static PrepareForm blank() {
        return new PrepareForm(null, null, List.of(), true, null, null);
    }

    static PrepareForm read(Map<String, List<String>> form) {
        return new PrepareForm(Forms.text(form, "version"), Forms.text(form, "districtId"), Forms.all(form, "productIds"),
                Forms.ticked(form, "generalOffer"), Forms.text(form, "termsId"), Forms.text(form, "termsFor"));
    }

    /** The terms issued earlier for the version still chosen, if they were. */
    UUID issuedTerms() {
        if (termsId == null || version == null || !version.equals(termsFor)) {
            return null;
        }
        try {
            return UUID.fromString(termsId);
        } catch (IllegalArgumentException e) {
            return null; // not ours: issue terms afresh
        }
    }

    PrepareForm withTerms(UUID terms) {
        return new PrepareForm(version, districtId, productIds, generalOffer, terms.toString(), version);
    }

    public boolean hasVersion(Object value) {
        return version != null && version.equals(String.valueOf(value));
    }

    public boolean hasDistrict(Object id) {
        return districtId != null && districtId.equals(String.valueOf(id));
    }

    public boolean hasProduct(Object id) {
        return productIds.contains(String.valueOf(id));
    }
}
