package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;

/**
 * How a person is e-mailed about one kind of notice: {@code IMMEDIATE}, {@code DAILY_DIGEST} or
 * {@code OFF}. A mandatory kind is always {@code IMMEDIATE}; the service refuses any other choice.
 */
@TemplateData
public record NoticePreference(String kind, String label, String delivery, boolean mandatory) {
}
