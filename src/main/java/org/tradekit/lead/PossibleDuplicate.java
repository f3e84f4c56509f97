package org.tradekit.lead;

import java.util.Set;

/** A saved lead that may be the same person as a draft, and which rules matched. */
public record PossibleDuplicate(Lead lead, Set<Rule> rules) {
    public enum Rule {
        /** The same email, ignoring case and surrounding blanks. */
        EMAIL,
        /** The same number in E.164. */
        PHONE,
        /** The same name and company, folded (marks, case and punctuation ignored). */
        NAME_AND_COMPANY
    }

    public PossibleDuplicate {
        rules = Set.copyOf(rules);
    }
}
