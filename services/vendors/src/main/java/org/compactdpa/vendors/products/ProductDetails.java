package org.compactdpa.vendors.products;

import java.util.List;
import java.util.Objects;
import org.compactdpa.contracts.vocabulary.SecurityFramework;

/**
 * What a product says about itself outside its declaration: a change here is announced as changed
 * details, never as a new declaration version.
 */
record ProductDetails(String name, String url, String description, List<String> gradeBands, List<String> categories,
        SecurityFramework securityFramework, String securityFrameworkOther) {

    /** True when the product as stored says something other than these details. */
    boolean differFrom(Product product) {
        return !Objects.equals(name, product.name) || !Objects.equals(url, product.url)
                || !Objects.equals(description, product.description) || !gradeBands.equals(product.gradeBands)
                || !categories.equals(product.categories) || securityFramework != product.securityFramework
                || !Objects.equals(securityFrameworkOther, product.securityFrameworkOther);
    }
}
