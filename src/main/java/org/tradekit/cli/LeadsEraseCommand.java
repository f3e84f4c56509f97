package org.tradekit.cli;

import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tradekit leads erase --email ADDRESS}: a person's erasure request (decision 0025). */
@Command(name = "erase", mixinStandardHelpOptions = true)
final class LeadsEraseCommand implements Callable<Integer> {
    @ParentCommand
    LeadsCommand leads;

    @Spec
    CommandSpec spec;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", descriptionKey = "cli.opt.personEmail")
    String email;

    @Override
    public Integer call() {
        RootCommand root = leads.root;
        try (AppContext app = root.open()) {
            int n = app.leads().erase(email); // a malformed address is refused in words, nothing erased
            spec.commandLine().getOut().println(root.messages().get("cli.leads.erase.done", n, email.strip()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
