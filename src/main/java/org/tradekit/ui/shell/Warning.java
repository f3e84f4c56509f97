package org.tradekit.ui.shell;

import java.util.List;

/**
 * A problem the user should know about that does not stop the work (the data file failed its
 * check, today's backup could not be made): shown above every screen until dismissed. Keys, not
 * text, so it survives a language switch.
 *
 * @param args      fill the text (a {@code LocalizedException} reads as its message)
 * @param id        names the bar in the scene ({@code warning-<id>}) and replaces an older warning of the same id
 * @param actionKey the words of the button that helps, or null for none
 * @param action    what that button does (e.g. show Settings' backups)
 */
public record Warning(String id, String titleKey, String textKey, List<Object> args, String actionKey,
        Runnable action) {
    public Warning {
        args = List.copyOf(args);
    }
}
