package org.tradekit.catalog.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.ComboBox;

import org.tradekit.ui.common.Choices;

/**
 * The product's category in words: a known code shows as its label ("coffee" reads "Cà phê"),
 * the list offers the known categories and those already used, and what the user types is kept
 * as the code it names, or as typed. The editor's text property always holds the code, also
 * while the user is still typing (Ctrl+S saves what is in the box).
 */
final class CategoryField {
    private CategoryField() {
    }

    /**
     * @param code  the editor's category field (a code, or free text)
     * @param used  categories the catalog already has, for the list
     */
    static ComboBox<String> create(StringProperty code, ObservableList<String> used, CatalogTexts t) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("field-category");
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Choices.converter(t::category, t::categoryCode));
        boolean[] syncing = new boolean[1];
        Runnable show = () -> {
            syncing[0] = true;
            try {
                String c = code.get();
                box.setValue(c == null || c.isEmpty() ? null : c);
                box.getEditor().setText(t.category(c));
            } finally {
                syncing[0] = false;
            }
        };
        ChangeListener<String> codeChanged = (o, a, b) -> {
            if (!syncing[0]) {
                show.run();
            }
        };
        code.addListener(new WeakChangeListener<>(codeChanged));
        Runnable fill = () -> {
            Set<String> all = new LinkedHashSet<>(t.knownCategories());
            all.addAll(used);
            List<String> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing(t::category, t.collator()));
            String typed = box.getEditor().getText();
            syncing[0] = true;
            try {
                box.getItems().setAll(sorted); // a new list clears the box's value: what was typed stays
                box.getEditor().setText(typed);
            } finally {
                syncing[0] = false;
            }
        };
        fill.run();
        ListChangeListener<String> usedChanged = c -> fill.run();
        used.addListener(new WeakListChangeListener<>(usedChanged));
        box.getEditor().textProperty().addListener((o, a, text) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    code.set(t.categoryCode(text));
                } finally {
                    syncing[0] = false;
                }
            }
        });
        // the listeners live as long as the box: the view is rebuilt, the view model stays
        box.getProperties().put(CategoryField.class, List.of(usedChanged, codeChanged));
        show.run();
        return box;
    }
}
