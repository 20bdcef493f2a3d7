package org.compactdpa.contracts.events;

import java.util.List;
import org.compactdpa.contracts.vocabulary.DataElement;

/** A third party a product shares student data with: who, why, which data, and where it is kept. */
public record Subprocessor(String name, String purpose, List<DataElement> dataElements, String location) {
}
