package org.tradekit.brochure.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.tradekit.text.Fold;

/** A product in the wizard's list: its SKU and names, and whether the user ticked it. */
public final class ProductChoice {
    private final String sku;
    private final String nameVi;
    private final String nameEn;
    private final String key;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

    public ProductChoice(String sku, String nameVi, String nameEn) {
        this.sku = sku;
        this.nameVi = nameVi == null ? "" : nameVi;
        this.nameEn = nameEn == null ? "" : nameEn;
        this.key = Fold.key(sku + " " + this.nameVi + " " + this.nameEn);
    }

    public String sku() {
        return sku;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether the typed text finds it: SKU or either name, without case or Vietnamese marks. */
    public boolean matches(String query) {
        String q = query == null ? "" : Fold.key(query.strip());
        return q.isEmpty() || key.contains(q);
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
