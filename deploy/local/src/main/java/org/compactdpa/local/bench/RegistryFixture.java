package org.compactdpa.local.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a registry of many agreements straight into the bench stack's signatures database with
 * COPY: districts across ten states, vendors of very different reach (a few hold many agreements,
 * most hold few), original agreements with general offers and the adoptions of them, products whose
 * data elements range from the commonest (student name, on most products) to rare ones. Seeded, so
 * every run loads the same rows. Only for a database the bench deletes afterwards.
 */
final class RegistryFixture {

    /** Values the search shapes ask for: a busy district, a big vendor and one of its products, rare text. */
    record Probes(UUID district, UUID vendor, UUID product, String rareText, String commonText) {
    }

    private static final String[] STATES = {"MA", "NH", "VT", "ME", "CT", "RI", "NY", "NJ", "PA", "OH"};
    private static final int[] STATE_WEIGHTS = {30, 6, 4, 5, 10, 3, 20, 10, 8, 4};
    private static final String[] PLACES = {"Maple", "Harbor", "Granite", "Cedar", "River", "Lake", "Pine", "Oak",
        "Summit", "Meadow", "Stone", "Brook", "Hill", "Forest", "Bay", "Elm", "Willow", "Ridge", "Spring", "Fox"};
    private static final String[] SHAPES = {"Valley", "Point", "Falls", "Crossing", "Heights", "Grove", "Mills",
        "Harbor", "Springs", "Park"};
    private static final String[] SYLLABLES = {"bri", "lan", "quil", "nor", "tal", "ver", "mar", "zen", "sol", "cor",
        "pax", "dal", "ori", "vel", "kin", "rho", "sto", "ume", "yar", "wex"};
    /** Elements and how often a product declares each; student name is on most, transportation on few. */
    private static final Map<String, Double> ELEMENT_ODDS = new java.util.LinkedHashMap<>();

    static {
        ELEMENT_ODDS.put("STUDENT_NAME", 0.86);
        ELEMENT_ODDS.put("STUDENT_IDENTIFIERS", 0.62);
        ELEMENT_ODDS.put("APPLICATION_USE_STATISTICS", 0.48);
        ELEMENT_ODDS.put("STUDENT_IN_APP_PERFORMANCE", 0.40);
        ELEMENT_ODDS.put("ENROLLMENT", 0.30);
        ELEMENT_ODDS.put("ASSESSMENT", 0.25);
        ELEMENT_ODDS.put("APPLICATION_TECHNOLOGY_METADATA", 0.22);
        ELEMENT_ODDS.put("STUDENT_WORK", 0.18);
        ELEMENT_ODDS.put("DEMOGRAPHICS", 0.10);
        ELEMENT_ODDS.put("SCHEDULE", 0.08);
        ELEMENT_ODDS.put("PARENT_GUARDIAN_NAME", 0.06);
        ELEMENT_ODDS.put("COMMUNICATIONS", 0.05);
        ELEMENT_ODDS.put("SPECIAL_INDICATOR", 0.03);
        ELEMENT_ODDS.put("ATTENDANCE", 0.03);
        ELEMENT_ODDS.put("TRANSCRIPT", 0.015);
        ELEMENT_ODDS.put("TRANSPORTATION", 0.005);
    }

    private record District(UUID id, String name, String state) {
    }

    private record Product(UUID id, String name, String elements) {
    }

    private record Vendor(UUID id, String name, List<Product> products) {
    }

    private record Original(UUID id, Vendor vendor, District district, List<Product> products, Instant createdAt,
            LocalDate expiresOn) {
    }

    private final Random random = new Random(20261130L);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final UUID consortium = UUID.randomUUID();
    private final Map<String, UUID> termsByState = new HashMap<>();
    private final Map<UUID, Integer> agreementsOfDistrict = new HashMap<>();
    private final Map<UUID, Integer> agreementsOfVendor = new HashMap<>();

    /** Loads about {@code agreements} agreements (a tenth originals, the rest adoptions) and answers what to search for. */
    Probes load(Connection connection, int agreements) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<District> districts = districts(agreements / 50);
        Map<String, List<District>> byState = new HashMap<>();
        districts.forEach(d -> byState.computeIfAbsent(d.state(), s -> new ArrayList<>()).add(d));
        List<Vendor> vendors = vendors(Math.max(20, agreements / 330));
        terms(copy);

        int originalCount = agreements / 10;
        List<Original> offers = new ArrayList<>();
        Rows rows = new Rows(copy);
        for (int i = 0; i < originalCount; i++) {
            Vendor vendor = vendors.get(skewed(vendors.size()));
            District district = districts.get(random.nextInt(districts.size()));
            List<Product> products = pick(vendor.products());
            Instant created = now.minus(30 + random.nextInt(1_065), ChronoUnit.DAYS).plusSeconds(random.nextInt(86_400));
            String status = originalStatus();
            boolean offer = "EXECUTED".equals(status) && random.nextInt(10) < 6;
            UUID id = UUID.randomUUID();
            LocalDate expires = executed(status) ? LocalDate.ofInstant(created, ZoneOffset.UTC).plusYears(3) : null;
            rows.agreement(id, "ORIGINAL", vendor, district, offer, null, status, products, created, expires,
                    vendor.name() + " " + district.name() + " " + names(products));
            if (offer) {
                offers.add(new Original(id, vendor, district, products, created, expires));
            }
        }
        Set<String> adopted = new HashSet<>();
        int adoptions = agreements - originalCount;
        for (int made = 0, tries = 0; made < adoptions && tries < adoptions * 20; tries++) {
            Original offer = offers.get(skewed(offers.size()));
            List<District> local = byState.get(offer.district().state());
            District district = local.get(random.nextInt(local.size()));
            if (district.equals(offer.district()) || !adopted.add(offer.id() + "/" + district.id())) {
                continue;
            }
            long span = Math.max(1, ChronoUnit.SECONDS.between(offer.createdAt(), now.minus(1, ChronoUnit.DAYS)));
            Instant created = offer.createdAt().plusSeconds(1 + (long) (random.nextDouble() * span));
            int roll = random.nextInt(100);
            String status = roll < 92 ? "EXECUTED" : roll < 97 ? "EXPIRED" : "TERMINATED";
            rows.agreement(UUID.randomUUID(), "ADOPTION", offer.vendor(), district, false, offer.id(), status,
                    offer.products(), created, offer.expiresOn(),
                    offer.vendor().name() + " " + offer.district().name() + " " + names(offer.products()) + " " + district.name());
            made++;
        }
        rows.flush();
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
        UUID busiestDistrict = busiest(agreementsOfDistrict);
        UUID biggestVendor = busiest(agreementsOfVendor);
        Vendor big = vendors.stream().filter(v -> v.id().equals(biggestVendor)).findFirst().orElseThrow();
        Vendor small = vendors.get(vendors.size() - 1);
        return new Probes(busiestDistrict, biggestVendor, big.products().get(0).id(),
                small.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT), "valley");
    }

    private static UUID busiest(Map<UUID, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private List<District> districts(int count) {
        List<District> districts = new ArrayList<>();
        int total = java.util.Arrays.stream(STATE_WEIGHTS).sum();
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(total);
            int s = 0;
            while (roll >= STATE_WEIGHTS[s]) {
                roll -= STATE_WEIGHTS[s++];
            }
            String name = PLACES[random.nextInt(PLACES.length)] + " " + SHAPES[random.nextInt(SHAPES.length)]
                    + (random.nextBoolean() ? " Public Schools" : " School District " + (i % 97));
            districts.add(new District(UUID.randomUUID(), name, STATES[s]));
        }
        return districts;
    }

    private List<Vendor> vendors(int count) {
        List<Vendor> vendors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + SYLLABLES[i % SYLLABLES.length] + i;
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " Learning";
            List<Product> products = new ArrayList<>();
            int productCount = 1 + random.nextInt(4);
            for (int p = 0; p < productCount; p++) {
                products.add(new Product(UUID.randomUUID(), name.split(" ")[0] + " Studio " + (p + 1), elements()));
            }
            vendors.add(new Vendor(UUID.randomUUID(), name, products));
        }
        return vendors;
    }

    private String elements() {
        List<String> chosen = new ArrayList<>();
        ELEMENT_ODDS.forEach((element, odds) -> {
            if (random.nextDouble() < odds) {
                chosen.add(element);
            }
        });
        return "," + String.join(",", chosen) + ",";
    }

    /** Mostly one product, sometimes two or three: about 1.3 product lines per agreement. */
    private List<Product> pick(List<Product> products) {
        int roll = random.nextInt(100);
        int count = Math.min(products.size(), roll < 75 ? 1 : roll < 95 ? 2 : 3);
        return products.subList(0, count);
    }

    /** An index between 0 and size, the first ones far more often (a few vendors and offers hold most agreements). */
    private int skewed(int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u * u));
    }

    private String originalStatus() {
        int roll = random.nextInt(100);
        return roll < 80 ? "EXECUTED" : roll < 85 ? "EXPIRED" : roll < 88 ? "TERMINATED" : roll < 95 ? "AWAITING_VENDOR"
                : "AWAITING_DISTRICT";
    }

    private static boolean executed(String status) {
        return List.of("EXECUTED", "EXPIRED", "TERMINATED").contains(status);
    }

    private static String names(List<Product> products) {
        return String.join(" ", products.stream().map(Product::name).toList());
    }

    private void terms(CopyManager copy) throws SQLException, IOException {
        StringBuilder out = new StringBuilder();
        for (String state : STATES) {
            UUID id = UUID.randomUUID();
            termsByState.put(state, id);
            out.append(tsv(id, consortium, null, state, "Bench standard agreement", 1, "STANDARD", true, 3,
                    "0".repeat(64), "Bench terms", "{}", now));
        }
        copy.copyIn("copy known_terms (id, consortium_id, vendor_id, state, template_name, version, classification,"
                + " general_offer_eligible, term_years, content_hash, text, event, received_at) from stdin",
                new StringReader(out.toString()));
    }

    /** Buffers rows per table and sends them with COPY in chunks. */
    private final class Rows {

        private static final int CHUNK = 20_000;
        private final CopyManager copy;
        private final StringBuilder agreements = new StringBuilder();
        private final StringBuilder products = new StringBuilder();
        private final StringBuilder signatures = new StringBuilder();
        private int pending;

        Rows(CopyManager copy) {
            this.copy = copy;
        }

        void agreement(UUID id, String kind, Vendor vendor, District district, boolean generalOffer, UUID origin,
                String status, List<Product> lines, Instant created, LocalDate expires, String text) throws SQLException,
                IOException {
            String hash = String.format("%064x", id.getMostSignificantBits() & Long.MAX_VALUE);
            agreements.append(tsv(id, kind, termsByState.get(district.state()), "0".repeat(64), "STANDARD", vendor.id(),
                    vendor.name(), district.id(), district.name(), consortium, district.state(), generalOffer, origin, status,
                    "Bench agreement " + id, hash, expires == null ? null : LocalDate.ofInstant(created, ZoneOffset.UTC),
                    expires, null, null, org.compactdpa.local.bench.RegistryFixture.fold(text), created, "bench", created));
            for (Product p : lines) {
                products.append(tsv(id, p.id(), p.name(), p.elements()));
            }
            if (executed(status) || "AWAITING_DISTRICT".equals(status)) {
                if ("ORIGINAL".equals(kind)) {
                    signatures.append(signature(id, "VENDOR", vendor.id(), hash, created.plusSeconds(600)));
                }
                if (!"AWAITING_DISTRICT".equals(status)) {
                    signatures.append(signature(id, "DISTRICT", district.id(), hash, created.plusSeconds(1_200)));
                }
            }
            agreementsOfDistrict.merge(district.id(), 1, Integer::sum);
            agreementsOfVendor.merge(vendor.id(), 1, Integer::sum);
            if (++pending >= CHUNK) {
                flush();
            }
        }

        private String signature(UUID agreement, String party, UUID organisation, String hash, Instant at) {
            return tsv(UUID.randomUUID(), agreement, party, organisation, "bench-subject", "Bench Signer",
                    "signer@bench.example.org", party.equals("VENDOR") ? "vendor-signer" : "district-signer", true,
                    "bench-1", hash, at, "127.0.0.1", "bench");
        }

        void flush() throws SQLException, IOException {
            copy.copyIn("copy agreement (id, kind, terms_id, terms_hash, classification, vendor_id, vendor_name,"
                    + " district_id, district_name, consortium_id, state, general_offer, origin_agreement_id, status,"
                    + " document, document_hash, effective_on, expires_on, offer_withdrawn_at, end_reason, search_text,"
                    + " created_at, created_by, updated_at) from stdin", new StringReader(agreements.toString()));
            copy.copyIn("copy agreement_product (agreement_id, product_id, name, data_elements) from stdin",
                    new StringReader(products.toString()));
            copy.copyIn("copy signature (id, agreement_id, party, organisation_id, subject, signer_name, signer_email,"
                    + " role, intent, consent_version, document_hash, signed_at, ip, user_agent) from stdin",
                    new StringReader(signatures.toString()));
            agreements.setLength(0);
            products.setLength(0);
            signatures.setLength(0);
            pending = 0;
        }
    }

    /** Lower case, single spaces: the folded form the service stores for its text search (ASCII names need no more). */
    static String fold(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** One line of COPY's text format; the values here hold no tabs, newlines or backslashes. */
    private static String tsv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(values[i] == null ? "\\N" : values[i] instanceof Instant at ? at.toString() : values[i].toString());
        }
        return line.append('\n').toString();
    }
}
