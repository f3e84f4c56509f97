package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.lead.Consent;
import org.tradekit.lead.card.CardReader;
import org.tradekit.lead.io.CardLeadSaver;
import org.tradekit.lead.io.VCardChunks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit leads add-vcard FILE|- --consent TEXT}: saves each card of a .vcf file (or of
 * what is piped in) as a lead. A card that cannot be saved does not stop the others; its text is
 * kept in a file in the data directory, named in the report.
 */
@Command(name = "add-vcard", mixinStandardHelpOptions = true)
final class LeadsAddVcardCommand implements Callable<Integer> {
    @ParentCommand
    LeadsCommand leads;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", descriptionKey = "cli.param.vcardFile")
    String file;

    @Option(names = "--fair", paramLabel = "NAME", descriptionKey = "cli.opt.leadFair")
    String fair;

    @Mixin
    LeadConsentOptions consent;

    @Override
    public Integer call() {
        RootCommand root = leads.root;
        Consent given = consent.required();
        String text = CardReader.text(read(file));
        try (AppContext app = root.open()) {
            String fairId = CliFairs.idOf(app, fair);
            CardLeadSaver saver = new CardLeadSaver(app.leads());
            List<String> cards = VCardChunks.split(text);
            List<String> unsaved = new ArrayList<>();
            PrintWriter out = spec.commandLine().getOut();
            for (int i = 0; i < cards.size(); i++) {
                CardLeadSaver.Outcome o = saver.save(CardReader.read(cards.get(i)), fairId, consent.staff, given);
                LeadReport.card(out, root.messages(), i + 1, o);
                if (!o.isSaved()) {
                    unsaved.add(cards.get(i));
                }
            }
            Path kept = unsaved.isEmpty() ? null : LeadReport.keepUnsaved(app.dataDir(), root.clock(), unsaved);
            out.println(root.messages().get("cli.leads.addVcard.done", cards.size(), cards.size() - unsaved.size(),
                    unsaved.size()));
            if (kept != null) {
                out.println(root.messages().get("cli.leads.unsavedKept", kept));
            }
            out.flush();
            return unsaved.isEmpty() ? 0 : Cli.REFUSED;
        }
    }

    static byte[] read(String file) {
        try {
            return "-".equals(file) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UserError(Cli.BAD_INPUT, "lead.card.image.missing", file);
        } catch (IOException e) {
            throw new UserError(Cli.BAD_INPUT, "cli.leads.unreadable", file, String.valueOf(e.getMessage()));
        }
    }
}
