package org.compactdpa.contracts.vocabulary;

/** Laws a standard agreement binds the vendor to; state regulations are named in the template itself. */
public enum Law {
    FERPA("Family Educational Rights and Privacy Act"),
    COPPA("Children's Online Privacy Protection Act"),
    PPRA("Protection of Pupil Rights Amendment"),
    CIPA("Children's Internet Protection Act"),
    IDEA("Individuals with Disabilities Education Act"),
    STATE("State student privacy law");

    private final String title;

    Law(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
