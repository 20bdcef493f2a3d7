package org.compactdpa.contracts.vocabulary;

/** The Exhibit B schedule of data: the fixed categories of student data a product may collect. */
public enum DataElement {
    APPLICATION_TECHNOLOGY_METADATA("Application technology metadata"),
    APPLICATION_USE_STATISTICS("Application use statistics"),
    ASSESSMENT("Assessment"),
    ATTENDANCE("Attendance"),
    COMMUNICATIONS("Communications"),
    CONDUCT("Conduct"),
    DEMOGRAPHICS("Demographics"),
    ENROLLMENT("Enrollment"),
    PARENT_GUARDIAN_CONTACT("Parent/guardian contact information"),
    PARENT_GUARDIAN_ID("Parent/guardian ID"),
    PARENT_GUARDIAN_NAME("Parent/guardian name"),
    SCHEDULE("Schedule"),
    SPECIAL_INDICATOR("Special indicator"),
    STUDENT_CONTACT_INFORMATION("Student contact information"),
    STUDENT_IDENTIFIERS("Student identifiers"),
    STUDENT_NAME("Student name"),
    STUDENT_IN_APP_PERFORMANCE("Student in-app performance"),
    STUDENT_PROGRAM_MEMBERSHIP("Student program membership"),
    STUDENT_SURVEY_RESPONSES("Student survey responses"),
    STUDENT_WORK("Student work"),
    TRANSCRIPT("Transcript"),
    TRANSPORTATION("Transportation"),
    OTHER("Other");

    private final String label;

    DataElement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
