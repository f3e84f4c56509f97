package org.tradekit.lead.io;

import java.util.List;

import org.tradekit.lead.Lead;

/**
 * One lead as files carry it: its fields, its fair's name, its products (SKU and name), the consent
 * it was saved under and its answers to the fair's questions.
 */
public record LeadRecord(Lead lead, String fairName, List<Product> products, String consentPurpose,
        String consentText, String consentVersion, String consentGivenAt, List<Answer> answers) {
    public LeadRecord {
        products = List.copyOf(products);
        answers = List.copyOf(answers);
    }

    public record Product(String sku, String name) {
    }

    public record Answer(String question, String value) {
    }
}
