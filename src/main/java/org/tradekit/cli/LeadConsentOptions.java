package org.tradekit.cli;

import org.tradekit.lead.Consent;
import org.tradekit.text.Fold;

import picocli.CommandLine.Option;

/** The consent a lead is saved under, and who took it: shared by the commands that save leads. */
final class LeadConsentOptions {
    /** Exit code when a command would save personal data without consent: nothing was saved. */
    static final int NO_CONSENT = 2;

    @Option(names = "--consent", paramLabel = "TEXT", descriptionKey = "cli.opt.leadConsent")
    String text;

    @Option(names = "--purpose", paramLabel = "TEXT", defaultValue = "follow-up", descriptionKey = "cli.opt.leadPurpose")
    String purpose;

    @Option(names = "--consent-version", paramLabel = "V", descriptionKey = "cli.opt.leadConsentVersion")
    String version;

    @Option(names = "--staff", paramLabel = "NAME", descriptionKey = "cli.opt.leadStaff")
    String staff;

    boolean given() {
        return Fold.clean(text) != null;
    }

    /** The consent given on the command line, or null when none was. */
    Consent consent() {
        return given() ? new Consent(purpose, text, version, staff) : null;
    }

    /** The consent, or the command ends with {@link #NO_CONSENT} and a message saying nothing was saved. */
    Consent required() {
        if (!given()) {
            throw new UserError(NO_CONSENT, "cli.leads.noConsent");
        }
        return consent();
    }
}
