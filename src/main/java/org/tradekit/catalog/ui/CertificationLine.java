package org.tradekit.catalog.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.tradekit.catalog.Certification;

/** One editable line of the certifications list: scheme, number and expiry as typed. */
public final class CertificationLine {
    private final String id;
    private final StringProperty scheme = new SimpleStringProperty(this, "scheme", "");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final StringProperty expiry = new SimpleStringProperty(this, "expiry", "");

    public CertificationLine(String id) {
        this.id = id;
    }

    static CertificationLine of(Certification c) {
        CertificationLine l = new CertificationLine(c.id());
        l.scheme.set(c.scheme() == null ? "" : c.scheme());
        l.number.set(c.number() == null ? "" : c.number());
        l.expiry.set(c.expiry() == null ? "" : FieldText.DAY_FIRST.format(c.expiry()));
        return l;
    }

    public String id() {
        return id;
    }

    public StringProperty schemeProperty() {
        return scheme;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty expiryProperty() {
        return expiry;
    }
}
