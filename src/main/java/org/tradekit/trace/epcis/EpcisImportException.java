package org.tradekit.trace.epcis;

import java.util.List;

import org.tradekit.i18n.LocalizedException;
import org.tradekit.i18n.Messages;

/** A document refused as a whole, with every reason found (nothing of it was handed over). */
public class EpcisImportException extends LocalizedException {
    private static final long serialVersionUID = 1L;
    private final transient List<EpcisProblem> problems;

    public EpcisImportException(List<EpcisProblem> problems) {
        super("epcis.import.refused", null, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<EpcisProblem> problems() {
        return problems;
    }

    /** The summary line, then one line per problem. */
    public String report(Messages messages) {
        StringBuilder sb = new StringBuilder(message(messages));
        for (EpcisProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p.message(messages));
        }
        return sb.toString();
    }
}
