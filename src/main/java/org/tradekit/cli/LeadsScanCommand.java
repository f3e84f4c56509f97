package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Consent;
import org.tradekit.lead.io.CardLeadSaver;
import org.tradekit.lead.card.CardData;
import org.tradekit.lead.card.CardImageException;
import org.tradekit.lead.card.CardImages;
import org.tradekit.lead.card.CardPhone;
import org.tradekit.lead.card.CardProblem;
import org.tradekit.lead.card.CardReader;
import org.tradekit.lead.card.MessagingHandle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit leads scan IMAGE}: reads every code in a card or badge photo and prints what it
 * says, one field a line, then the problems. Opens no store unless {@code --save} (with a consent
 * text) asks to save what was read as leads.
 */
@Command(name = "scan", mixinStandardHelpOptions = true)
final class LeadsScanCommand implements Callable<Integer> {
    @ParentCommand
    LeadsCommand leads;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", descriptionKey = "cli.param.cardImage")
    Path image;

    @Option(names = "--save", descriptionKey = "cli.opt.leadSave")
    boolean save;

    @Option(names = "--fair", paramLabel = "NAME", descriptionKey = "cli.opt.leadFair")
    String fair;

    @Mixin
    LeadConsentOptions consent;

    @Override
    public Integer call() {
        Messages m = leads.root.messages();
        PrintWriter out = spec.commandLine().getOut();
        List<String> payloads;
        try {
            payloads = CardImages.decode(image);
        } catch (CardImageException e) {
            throw new UserError(Cli.BAD_INPUT, e.key(), e.args());
        }
        if (payloads.isEmpty()) {
            throw new UserError(Cli.REFUSED, "cli.leads.scan.none", image.getFileName());
        }
        for (int i = 0; i < payloads.size(); i++) {
            if (payloads.size() > 1) {
                out.println(m.get("cli.leads.scan.code", i + 1, payloads.size()));
            }
            print(out, m, CardReader.read(payloads.get(i)));
        }
        out.flush();
        return save ? save(payloads) : 0;
    }

    /** Saves what each code said as a lead (its raw payload kept); without a consent text, nothing. */
    private int save(List<String> payloads) {
        RootCommand root = leads.root;
        Consent given = consent.required();
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            String fairId = CliFairs.idOf(app, fair);
            CardLeadSaver saver = new CardLeadSaver(app.leads());
            List<String> unsaved = new java.util.ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                CardLeadSaver.Outcome o = saver.save(CardReader.read(payloads.get(i)), fairId, consent.staff, given);
                LeadReport.card(out, root.messages(), i + 1, o);
                if (!o.isSaved()) {
                    unsaved.add(payloads.get(i));
                }
            }
            if (!unsaved.isEmpty()) {
                out.println(root.messages().get("cli.leads.unsavedKept",
                        LeadReport.keepUnsaved(app.dataDir(), root.clock(), unsaved)));
            }
            out.flush();
            return unsaved.isEmpty() ? 0 : Cli.REFUSED;
        }
    }

    private static void print(PrintWriter out, Messages m, CardData card) {
        line(out, m, "format", card.format().name());
        line(out, m, "formattedName", card.formattedName());
        line(out, m, "givenName", card.givenName());
        line(out, m, "familyName", card.familyName());
        line(out, m, "organisation", card.organisation());
        line(out, m, "jobTitle", card.jobTitle());
        card.emails().forEach(e -> line(out, m, "email", e));
        for (CardPhone p : card.phones()) {
            line(out, m, "phone", p.valid() ? m.get("cli.leads.scan.phone", p.raw(), p.e164())
                    : m.get("cli.leads.scan.phoneInvalid", p.raw()));
        }
        card.websites().forEach(w -> line(out, m, "website", w));
        for (MessagingHandle h : card.handles()) {
            line(out, m, "handle", m.get("cli.leads.scan.handle", h.kind().name(), h.value()));
        }
        line(out, m, "address", card.address());
        line(out, m, "country", card.country());
        line(out, m, "note", card.note());
        for (CardProblem p : card.problems()) {
            out.println("! " + p.message(m));
        }
    }

    private static void line(PrintWriter out, Messages m, String field, String value) {
        if (value != null) {
            out.println(m.get("lead.card.field." + field) + ": " + value.replace("\n", " / "));
        }
    }
}
