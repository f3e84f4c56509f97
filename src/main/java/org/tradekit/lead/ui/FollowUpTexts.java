package org.tradekit.lead.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.LeadStatus;

/** The follow-up screen's words for codes (statuses, ratings, countries, languages) and its dates. */
final class FollowUpTexts {
    private final Messages m;
    private final Formats f;

    FollowUpTexts(Messages m, Formats f) {
        this.m = m;
        this.f = f;
    }

    String get(String key, Object... args) {
        return m.get(key, args);
    }

    Formats formats() {
        return f;
    }

    String status(LeadStatus s) {
        if (s == null) {
            return "";
        }
        return m.get(switch (s) {
            case NEW -> "lead.followUp.status.new";
            case CONTACTED -> "lead.followUp.status.contacted";
            case SAMPLES_SENT -> "lead.followUp.status.samplesSent";
            case NEGOTIATING -> "lead.followUp.status.negotiating";
            case WON -> "lead.followUp.status.won";
            case LOST -> "lead.followUp.status.lost";
        });
    }

    /** A stored status code ("samples_sent"); "" or null: any. */
    String statusCode(String code) {
        if (code == null || code.isEmpty()) {
            return m.get("lead.followUp.any");
        }
        return status(LeadStatus.valueOf(code.toUpperCase(Locale.ROOT)));
    }

    String rating(String code) {
        if (code == null) {
            return m.get("lead.followUp.rating.none");
        }
        return switch (code) {
            case "" -> m.get("lead.followUp.any");
            case "hot" -> m.get("lead.followUp.rating.hot");
            case "warm" -> m.get("lead.followUp.rating.warm");
            case "cold" -> m.get("lead.followUp.rating.cold");
            default -> code;
        };
    }

    /** "Germany (DE)" in the screen's language; "" for none. */
    String country(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(m.locale());
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    String language(String code) {
        if (code == null || code.isEmpty()) {
            return m.get("lead.followUp.lang.auto");
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(m.locale());
        return name.isEmpty() ? code : name;
    }

    String date(LocalDate d) {
        return f.date(d);
    }

    /** The local date of a capture time stored with its offset. */
    String captured(String at) {
        if (at == null) {
            return "";
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(at);
            return f.date(t.toLocalDate()) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
        } catch (DateTimeParseException e) {
            return at;
        }
    }

    /** An error from the lead services, in the UI language. */
    String message(org.tradekit.i18n.LocalizedException e) {
        return m.get(e.key(), e.args());
    }

    String notice(FollowUpNotice n) {
        return n == null ? "" : m.get(n.key(), n.args());
    }
}
