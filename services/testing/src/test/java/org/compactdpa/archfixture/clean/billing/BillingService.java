package org.compactdpa.archfixture.clean.billing;

public class BillingService {
    public record InvoiceView(long cents) {
    }

    public InvoiceView invoice() {
        Invoice invoice = new Invoice();
        return new InvoiceView(invoice.cents);
    }
}
