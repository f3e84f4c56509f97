package org.tradekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.lead.io.PersonData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tradekit leads person --email ADDRESS --out FILE}: a person's access request, as JSON. */
@Command(name = "person", mixinStandardHelpOptions = true)
final class LeadsPersonCommand implements Callable<Integer> {
    @ParentCommand
    LeadsCommand leads;

    @Spec
    CommandSpec spec;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", descriptionKey = "cli.opt.personEmail")
    String email;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.opt.personOut")
    Path out;

    @Override
    public Integer call() {
        return LeadsCommand.withLeadFile(this::run);
    }

    private int run() {
        RootCommand root = leads.root;
        try (AppContext app = root.open()) {
            int n = new PersonData(app.database(), root.clock()).export(email, out);
            spec.commandLine().getOut().println(root.messages().get("cli.leads.person.done", n, email.strip(),
                    out.toAbsolutePath()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
