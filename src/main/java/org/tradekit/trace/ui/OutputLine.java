package org.tradekit.trace.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.tradekit.catalog.Product;

/**
 * A new lot an event makes: the product (by SKU), quantity and unit, and its code: suggested from
 * the cooperative's pattern until the user types their own.
 */
public final class OutputLine {
    private final StringProperty sku = new SimpleStringProperty(this, "sku", "");
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "kg");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    String suggested = "";

    public StringProperty skuProperty() {
        return sku;
    }

    /** The product the SKU names (null while it names none). */
    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** The user kept the suggested code (or cleared it): a new suggestion may replace it. */
    boolean codeIsSuggestion() {
        return code.get() == null || code.get().isBlank() || code.get().equals(suggested);
    }
}
