package org.tradekit.brochure.ui;

import java.util.function.Function;

import javafx.scene.control.ListCell;

/** A list cell that shows its item as one wrapped line of text. */
final class TextCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    TextCell(Function<T, String> text) {
        this.text = text;
        setWrapText(true);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
