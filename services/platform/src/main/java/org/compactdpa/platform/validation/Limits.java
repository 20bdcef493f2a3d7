package org.compactdpa.platform.validation;

/**
 * The largest value each kind of field of the API accepts, shared by every service's request records
 * (as {@code @Size(max = Limits.NAME)} and the like) so that the numbers live in one place. They keep
 * every event a request can cause well under the broker's 1 MiB record limit, and docs/security.md
 * ("Input limits") lists them. Lengths count characters (UTF-16 units), sizes count list items.
 */
public final class Limits {

    /** A name or a title: a product, a district, a person, a clause heading. */
    public static final int NAME = 200;
    /** A company's legal name, which can be longer than most names. */
    public static final int LEGAL_NAME = 300;
    /** A short code or key: a state code, a clause key or section, an enum value in a query. */
    public static final int CODE = 40;
    /** A SHA-256 written in hex. */
    public static final int SHA256_HEX = 64;
    /** An e-mail address (the longest path RFC 5321 allows). */
    public static final int EMAIL = 254;
    /** A web address. */
    public static final int URL = 2000;
    /** A phone number. */
    public static final int PHONE = 30;
    /** A line of an address, a place: a subprocessor's location. */
    public static final int LINE = 200;
    /** A short label: a product's category, a state regulation's citation. */
    public static final int LABEL = 80;
    /** A sentence or two: what a subprocessor does with the data. */
    public static final int PURPOSE = 500;
    /** A short free text: a note, a reason, a purpose, the description of OTHER data. */
    public static final int NOTE = 2000;
    /** A description of a product or a consortium. */
    public static final int DESCRIPTION = 4000;
    /** A comment or a rationale in a review or a negotiation. */
    public static final int COMMENT = 5000;
    /** The wording of one clause (a word diff of two clauses stays small at this length). */
    public static final int CLAUSE_TEXT = 20_000;
    /**
     * All clauses of one version together (keys, sections, titles and text). Frozen terms carry the
     * clauses and their rendered text, so this bounds the largest terms event to about half a MiB
     * even when every character takes three bytes.
     */
    public static final int CONTENT_TEXT = 80_000;
    /** A search text ({@code ?q=}). */
    public static final int SEARCH = 200;

    /** Clauses of one version. */
    public static final int CLAUSES = 200;
    /** Subprocessors of one product. */
    public static final int SUBPROCESSORS = 100;
    /** Ids named in one request: the products of a negotiation or an agreement. */
    public static final int IDS = 100;
    /** Values from a fixed vocabulary: data elements, laws, grade bands (each vocabulary is smaller). */
    public static final int CHOICES = 30;
    /** States and territories of one consortium. */
    public static final int STATES = 60;
    /** Short free labels of one thing: a product's categories, a template's state regulations. */
    public static final int LABELS = 50;

    private Limits() {
    }
}
