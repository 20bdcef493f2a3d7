package org.compactdpa.e2e;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Executed agreements written straight into the signatures database, so the lifecycle job has work
 * without running the whole negotiation and signing flow (PlatformIT covers that flow).
 */
final class AgreementFixtures {

    private AgreementFixtures() {
    }

    /** Inserts {@code count} executed agreements ending on {@code expiresOn}, in one transaction; returns their ids. */
    static List<UUID> executedAgreements(Connection db, int count, LocalDate expiresOn) throws SQLException {
        UUID terms = UUID.randomUUID();
        UUID consortium = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        db.setAutoCommit(false);
        try (PreparedStatement insertTerms = db.prepareStatement("insert into known_terms (id, consortium_id, vendor_id,"
                + " state, template_name, version, classification, general_offer_eligible, term_years, content_hash, text,"
                + " event, received_at) values (?, ?, ?, 'MA', 'Fixture DPA', 1, 'STANDARD', true, 3, 'hash', 'terms',"
                + " '{}', now())");
             PreparedStatement insertAgreement = db.prepareStatement("insert into agreement (id, kind, terms_id, terms_hash,"
                + " classification, vendor_id, vendor_name, district_id, district_name, consortium_id, state,"
                + " general_offer, status, document, document_hash, effective_on, expires_on, search_text, created_at,"
                + " created_by, updated_at) values (?, 'ORIGINAL', ?, 'hash', 'STANDARD', ?, 'Fixture Vendor', ?,"
                + " 'Fixture District', ?, 'MA', false, 'EXECUTED', 'document', ?, ?, ?, 'fixture', now(), 'fixture', now())")) {
            insertTerms.setObject(1, terms);
            insertTerms.setObject(2, consortium);
            insertTerms.setObject(3, vendor);
            insertTerms.executeUpdate();
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insertAgreement.setObject(1, id);
                insertAgreement.setObject(2, terms);
                insertAgreement.setObject(3, vendor);
                insertAgreement.setObject(4, UUID.randomUUID());
                insertAgreement.setObject(5, consortium);
                insertAgreement.setString(6, "doc-" + id);
                insertAgreement.setDate(7, Date.valueOf(expiresOn.minusYears(3)));
                insertAgreement.setDate(8, Date.valueOf(expiresOn));
                insertAgreement.addBatch();
                ids.add(id);
            }
            insertAgreement.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return ids;
    }
}
