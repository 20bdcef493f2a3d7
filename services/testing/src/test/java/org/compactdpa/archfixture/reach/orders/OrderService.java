package org.compactdpa.archfixture.reach.orders;

import org.compactdpa.archfixture.reach.billing.Invoice;

public class OrderService {
    public long total(Invoice invoice) {
        return invoice.cents;
    }
}
