package org.tradekit.lead;

import java.util.List;
import java.util.Set;

/** Live leads that may be the same person, oldest capture first, and the rules that tied them. */
public record DuplicateGroup(List<Lead> leads, Set<PossibleDuplicate.Rule> rules) {
    public DuplicateGroup {
        leads = List.copyOf(leads);
        rules = Set.copyOf(rules);
    }
}
