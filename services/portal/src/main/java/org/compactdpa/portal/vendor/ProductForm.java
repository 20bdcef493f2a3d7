package org.compactdpa.portal.vendor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.portal.clients.Product.Subprocessor;
import org.compactdpa.portal.clients.VendorsClient.ProductInput;
import org.compactdpa.portal.pages.Forms;

/** The product form's fields: read from a submission, and its subprocessor rows to show. */
final class ProductForm {

    /** Subprocessor rows the form offers; a vendor with more edits again. */
    static final int SUBPROCESSOR_ROWS = 4;

    private ProductForm() {
    }

    static ProductInput read(Map<String, List<String>> form) {
        List<Subprocessor> subprocessors = new ArrayList<>();
        for (int i = 0; i < SUBPROCESSOR_ROWS; i++) {
            String name = Forms.text(form, "sp" + i + ".name");
            if (name == null) {
                continue; // an empty row is simply not used
            }
            subprocessors.add(new Subprocessor(name, Forms.text(form, "sp" + i + ".purpose"),
                    Forms.text(form, "sp" + i + ".location"), Forms.all(form, "sp" + i + ".dataElements")));
        }
        return new ProductInput(Forms.text(form, "id"), Forms.text(form, "name"), Forms.text(form, "url"),
                Forms.text(form, "description"), Forms.commaList(form, "gradeBands"), Forms.commaList(form, "categories"),
                Forms.all(form, "dataElements"), Forms.text(form, "otherDataElements"),
                Forms.text(form, "securityFramework"), Forms.text(form, "securityFrameworkOther"), subprocessors);
    }

    /** The existing subprocessors, then empty rows up to the limit, each knowing its index. */
    static List<Map<String, Object>> rows(List<Subprocessor> existing) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(SUBPROCESSOR_ROWS, existing.size()); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (i < existing.size()) {
                Subprocessor s = existing.get(i);
                row.put("name", s.name());
                row.put("purpose", s.purpose());
                row.put("location", s.location());
                row.put("dataElements", s.dataElements());
            }
            row.put("index", i);
            rows.add(row);
        }
        return rows;
    }
}
