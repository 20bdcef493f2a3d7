package org.compactdpa.vendors.rest;

import java.util.List;
import java.util.Map;

/** The package-private fixtures, opened to the messaging tests. */
public final class VendorEventsFixture {

    private VendorEventsFixture() {
    }

    public static String brightpathProduct(String name, List<String> elements, List<Map<String, Object>> subprocessors) {
        return VendorFixtures.brightpathProduct(name, elements, subprocessors);
    }

    public static Map<String, Object> product(String name, List<String> elements, List<Map<String, Object>> subprocessors) {
        return VendorFixtures.product(name, elements, subprocessors);
    }

    public static Map<String, Object> subprocessor(String name, String location) {
        return VendorFixtures.subprocessor(name, location);
    }

    public static void ensureBrightpath() {
        VendorFixtures.ensureBrightpath();
    }
}
