package org.tradekit.lead.ui;

import java.util.Arrays;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.tradekit.lead.Question;
import org.tradekit.lead.QuestionKind;

/** One question as edited in the fair's setup: its kind, prompt, and choices one per line. */
public final class QuestionDraft {
    private final String id;
    private final ObjectProperty<QuestionKind> kind = new SimpleObjectProperty<>(QuestionKind.TEXT);
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty choices = new SimpleStringProperty("");

    QuestionDraft(Question q) {
        this.id = q == null ? null : q.id();
        if (q != null) {
            kind.set(q.kind());
            prompt.set(q.prompt());
            choices.set(String.join("\n", q.choices()));
        }
    }

    Question question() {
        return new Question(id, kind.get(), prompt.get(), Arrays.asList(choices.get().split("\n")));
    }

    public ObjectProperty<QuestionKind> kindProperty() {
        return kind;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty choicesProperty() {
        return choices;
    }
}
