package org.compactdpa.archfixture.clean.orders;

import org.compactdpa.archfixture.clean.billing.BillingService;

@jakarta.ws.rs.Path("/orders")
public class OrderResource {
    private final BillingService billing = new BillingService();

    @jakarta.ws.rs.GET
    public BillingService.InvoiceView invoice() {
        return billing.invoice();
    }
}
