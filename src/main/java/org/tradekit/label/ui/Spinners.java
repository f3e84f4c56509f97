package org.tradekit.label.ui;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Whole-number spinners kept in step with a view model's property, taking typed digits at once. */
final class Spinners {
    private Spinners() {
    }

    static Spinner<Integer> integer(String id, int min, int max, IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min,
                Math.max(min, max), Math.max(min, Math.min(max, value.get())));
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        factory.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != value.get()) {
                value.set(b);
            }
        });
        value.addListener((o, a, b) -> {
            if (factory.getValue() == null || factory.getValue() != b.intValue()) {
                factory.setValue(b.intValue());
            }
        });
        // typed digits count as soon as they are a number in range, not only after Enter
        spinner.getEditor().textProperty().addListener((o, a, text) -> {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= factory.getMin() && n <= factory.getMax() && n != factory.getValue()) {
                    factory.setValue(n);
                }
            } catch (NumberFormatException e) {
                // not a number yet: the spinner keeps its value and puts it back when the field loses focus
            }
        });
        spinner.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                spinner.getEditor().setText(String.valueOf(factory.getValue()));
            }
        });
        return spinner;
    }

    /** Changes the largest value, then shows the property's value again if it fits now. */
    static void max(Spinner<Integer> spinner, int max, IntegerProperty value) {
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        factory.setMax(Math.max(factory.getMin(), max));
        if (value.get() >= factory.getMin() && value.get() <= factory.getMax() && factory.getValue() != value.get()) {
            factory.setValue(value.get());
        }
    }
}
