package org.tradekit.lead;

import java.util.List;

/**
 * One qualifying question a fair asks at its booth ("Which markets do you import for?"). {@code id}
 * is null until saved; {@code choices} are empty for a text question.
 */
public record Question(String id, QuestionKind kind, String prompt, List<String> choices) {
    public Question {
        kind = kind == null ? QuestionKind.TEXT : kind;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean hasChoices() {
        return kind != QuestionKind.TEXT;
    }
}
