package org.tradekit.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.tradekit.store.AtomicFiles;
import org.tradekit.work.Work;

/**
 * Follow-up drafts as .eml files (RFC 5322 / MIME, UTF-8, encoded-word subject) with
 * {@code X-Unsent: 1}, so that Outlook and Thunderbird open them as a draft to edit and send.
 * Built with Jakarta Mail (decision 0029). An attachment (the brochure, issue 6) is optional.
 */
public final class EmlDrafts {
    private static final String DOMAIN = "tradekit.invalid";
    private final FollowUpDrafts drafts;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public EmlDrafts(FollowUpDrafts drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Writes one draft to {@code file} (replacing it whole or not at all); {@code attachment} may be null. */
    public void write(FollowUpDraft d, Path attachment, Path file) {
        try {
            MimeMessage m = message(d, attachment);
            AtomicFiles.write(file, out -> writeTo(m, out));
        } catch (IOException | MessagingException e) {
            throw new LeadException("lead.error.eml", file, e.getMessage());
        }
    }

    /**
     * Writes one .eml per lead into {@code folder}, named after the lead, and returns the files.
     * {@code attachmentFor} gives the file to attach for a language (null: none): the brochure seam.
     */
    public List<Path> writeAll(List<String> leadIds, Path folder, Function<String, Path> attachmentFor, Work work) {
        List<FollowUpDraft> all = drafts.drafts(leadIds);
        List<Path> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LeadException("lead.error.eml", folder, e.getMessage());
        }
        for (FollowUpDraft d : all) {
            work.cancel().check();
            Path file = folder.resolve(fileName(d, used));
            write(d, attachmentFor == null ? null : attachmentFor.apply(d.lang()), file);
            files.add(file);
            work.report(files.size(), all.size(), "lead.followUp.task.writing");
        }
        return files;
    }

    /** "Anna Schmidt.eml"; a second Anna Schmidt gets the end of her id. Characters file systems refuse become '-'. */
    static String fileName(FollowUpDraft d, Set<String> used) {
        String base = d.toName() != null ? d.toName() : d.to() != null ? d.to() : d.leadId();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        if (base.length() > 60) {
            base = base.substring(0, 60).strip();
        }
        String name = base;
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = base + " " + d.leadId().substring(Math.max(0, d.leadId().length() - 6));
            used.add(name.toLowerCase(Locale.ROOT));
        }
        return name + ".eml";
    }

    MimeMessage message(FollowUpDraft d, Path attachment) throws MessagingException {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // our own id: the default asks the machine for its host name, which can hang offline
                setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + DOMAIN + ">");
            }
        };
        try {
            if (d.from() != null) {
                m.setFrom(new InternetAddress(d.from(), d.fromName(), "UTF-8"));
            }
            if (d.to() != null) {
                m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(d.to(), d.toName(), "UTF-8"));
            }
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
        m.setSubject(d.subject(), "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        m.setHeader("X-Unsent", "1");
        String body = d.body().replace("\r\n", "\n").replace("\n", "\r\n");
        if (attachment == null) {
            m.setText(body, "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            try {
                file.attachFile(attachment.toFile(), contentType(attachment), "base64");
            } catch (IOException e) {
                throw new LeadException("lead.error.attachment", attachment, e.getMessage());
            }
            m.setContent(new MimeMultipart(text, file));
        }
        m.saveChanges();
        return m;
    }

    private static String contentType(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }

    private static void writeTo(MimeMessage m, OutputStream out) throws IOException {
        try {
            m.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
