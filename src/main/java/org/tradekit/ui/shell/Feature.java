package org.tradekit.ui.shell;

import javafx.scene.Node;

import org.kordamp.ikonli.Ikon;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;

/**
 * One feature of the app as the shell shows it: an id, the key of its name, its icon, and how to
 * build its view in a language. The shell builds its navigation from a list of these.
 */
public record Feature(String id, String nameKey, Ikon icon, ViewFactory view) {

    /** Builds a fresh view; called again when the language changes (view models are kept). */
    @FunctionalInterface
    public interface ViewFactory {
        Node create(Messages messages, Formats formats);
    }
}
