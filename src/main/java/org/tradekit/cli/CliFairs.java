package org.tradekit.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.tradekit.app.AppContext;
import org.tradekit.lead.Fair;
import org.tradekit.text.Fold;

/** A fair named on the command line ({@code --fair NAME}): found by its name, case and marks ignored. */
final class CliFairs {
    private CliFairs() {
    }

    /** The fair's id; null when no name was given (the device's current fair); an unknown name lists the fairs. */
    static String idOf(AppContext app, String name) {
        if (Fold.clean(name) == null) {
            return null;
        }
        List<Fair> fairs = app.fairs().all();
        return fairs.stream().filter(f -> Fold.key(f.name()).equals(Fold.key(name.strip()))).findFirst()
                .map(Fair::id).orElseThrow(() -> new UserError(Cli.BAD_INPUT, "cli.leads.noSuchFair", name,
                        fairs.isEmpty() ? "—" : fairs.stream().map(Fair::name).collect(Collectors.joining(", "))));
    }
}
