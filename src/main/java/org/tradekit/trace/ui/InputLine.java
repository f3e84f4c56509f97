package org.tradekit.trace.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.tradekit.trace.lot.LotRow;

/** A lot an event takes from (or looks at): the code typed, the lot it names with its stock, the quantity. */
public final class InputLine {
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final ObjectProperty<LotRow> lot = new SimpleObjectProperty<>(this, "lot");

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The lot the code names (null while it names none). */
    public ObjectProperty<LotRow> lotProperty() {
        return lot;
    }
}
