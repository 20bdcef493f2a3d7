package org.compactdpa.signatures.agreements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Renders the document that is signed, deterministically, from what signatures stores: the frozen
 * terms' text and hash, the parties, and the products with their data elements. The same inputs
 * give the same bytes, so the SHA-256 a signer saw can be checked and recomputed years later.
 */
public final class AgreementDocument {

    /** The product lines of Exhibits A and B. */
    public record Product(String name, List<String> dataElements) {

        /** A product line from a stored comma-separated element list ("A,B" or ",A,B,"). */
        public static Product of(String name, String elements) {
            return new Product(name, AgreementProduct.elements(elements));
        }
    }

    private AgreementDocument() {
    }

    public static String agreement(String termsText, String termsHash, String vendor, String district, String state,
            List<Product> products, boolean generalOffer) {
        StringBuilder out = new StringBuilder("STUDENT DATA PRIVACY AGREEMENT\n\n");
        out.append("Between ").append(vendor).append(" (the Provider) and ").append(district)
                .append(" (the District), ").append(state).append(".\n");
        out.append("Terms: SHA-256 ").append(termsHash).append("\n\n");
        out.append(termsText.strip()).append("\n\n");
        products(out, products);
        out.append("\nEXHIBIT E: GENERAL OFFER OF PRIVACY TERMS\n")
                .append(generalOffer ? "The Provider offers these terms to every district in scope that signs Exhibit E.\n"
                        : "The Provider makes no general offer with this agreement.\n");
        return out.toString();
    }

    /** Exhibit E as an adopting district signs it: bound to the original's terms and document. */
    public static String exhibitE(String originalHash, String termsHash, String vendor, String adoptingDistrict,
            String state, List<Product> products, String expiresOn) {
        StringBuilder out = new StringBuilder("EXHIBIT E: GENERAL OFFER OF PRIVACY TERMS (ADOPTION)\n\n");
        out.append(adoptingDistrict).append(" (the Subscribing District), ").append(state)
                .append(", accepts the general offer of ").append(vendor)
                .append(" and is bound by the same terms as the original agreement.\n");
        out.append("Original agreement document: SHA-256 ").append(originalHash).append("\n");
        out.append("Terms: SHA-256 ").append(termsHash).append("\n");
        out.append("This adoption ends when the original agreement ends, on ").append(expiresOn).append(".\n\n");
        products(out, products);
        return out.toString();
    }

    private static void products(StringBuilder out, List<Product> products) {
        out.append("EXHIBIT A: SERVICES AND EXHIBIT B: SCHEDULE OF DATA\n");
        for (Product p : products) {
            out.append("- ").append(p.name()).append(": ").append(String.join(", ", p.dataElements())).append("\n");
        }
    }

    public static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
