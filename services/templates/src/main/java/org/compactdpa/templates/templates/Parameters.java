package org.compactdpa.templates.templates;

/** The numbers the terms depend on; the NDPA's defaults are 72 hours, 60 days, 3 years, 10 business days. */
public record Parameters(int breachNoticeHours, int dispositionDays, int termYears, int auditNoticeBusinessDays,
        String governingState) {
}
