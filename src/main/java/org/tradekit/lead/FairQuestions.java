package org.tradekit.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.text.Fold;

/**
 * A fair's qualifying questions (decision 0026): read in the order the capture screen shows them,
 * and saved as a whole list in one transaction (new ones inserted, changed ones updated field by
 * field, removed ones tombstoned so the removal travels through sync).
 */
public final class FairQuestions {
    private final Database db;

    public FairQuestions(Database db) {
        this.db = db;
    }

    /** The fair's live questions, in their order. */
    public List<Question> list(String fairId) {
        return db.read(c -> list(Select.on(c), fairId));
    }

    /** A saved lead's answers: question id to the text, or the chosen choices one per line. */
    public Map<String, String> answers(String leadId) {
        return db.read(c -> LeadAnswers.of(Select.on(c), leadId));
    }

    static List<Question> list(Select s, String fairId) throws SQLException {
        return s.list("SELECT id, kind, prompt, choices FROM fair_question WHERE fair_id = ? AND _cl % 2 = 1 "
                + "ORDER BY position, id", FairQuestions::question, fairId);
    }

    /**
     * Makes {@code questions} the fair's questions, in this order. A question needs a prompt, a choice
     * question at least two distinct choices; refused in words with nothing written. Returns the
     * questions with their ids.
     */
    public List<Question> save(String fairId, List<Question> questions) {
        List<Question> checked = check(questions);
        return db.write(tx -> {
            if (FairService.find(tx::query, fairId).isEmpty()) {
                throw new LeadException("lead.error.noFair", fairId);
            }
            return write(tx, fairId, checked);
        });
    }

    /** Makes checked questions the fair's, inside the caller's transaction; returns them with their ids. */
    static List<Question> write(WriteTx tx, String fairId, List<Question> checked) throws SQLException {
        Set<String> before = new HashSet<>();
        for (Question q : list(tx::query, fairId)) {
            before.add(q.id());
        }
        List<Question> saved = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            Question q = checked.get(i);
            Map<String, Object> v = values(fairId, i, q);
            if (q.id() != null && before.contains(q.id())) {
                tx.update(LeadEntities.QUESTION, q.id(), v);
                kept.add(q.id());
                saved.add(q);
            } else {
                String id = Uuid7.next();
                tx.insert(LeadEntities.QUESTION, id, v);
                saved.add(new Question(id, q.kind(), q.prompt(), q.choices()));
            }
        }
        for (String id : before) {
            if (!kept.contains(id)) {
                tx.delete(LeadEntities.QUESTION, id);
            }
        }
        return saved;
    }

    /**
     * The questions cleaned (prompts and choices trimmed, repeated choices dropped); refused in words as
     * {@link #save} would refuse them, without writing: a form checks them before saving the fair itself.
     */
    public static List<Question> check(List<Question> questions) {
        List<Question> checked = new ArrayList<>();
        for (Question q : questions) {
            checked.add(checked(q));
        }
        return checked;
    }

    private static Question checked(Question q) {
        String prompt = Fold.clean(q.prompt());
        if (prompt == null) {
            throw new LeadException("lead.error.questionPrompt");
        }
        List<String> choices = q.hasChoices()
                ? q.choices().stream().map(Fold::clean).filter(c -> c != null).distinct().toList()
                : List.of();
        if (q.hasChoices() && choices.size() < 2) {
            throw new LeadException("lead.error.questionChoices", prompt);
        }
        return new Question(q.id(), q.kind(), prompt, choices);
    }

    private static Map<String, Object> values(String fairId, int position, Question q) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("fair_id", fairId);
        v.put("position", position);
        v.put("kind", q.kind().code());
        v.put("prompt", q.prompt());
        v.put("choices", q.choices().isEmpty() ? null : String.join("\n", q.choices()));
        return v;
    }

    private static Question question(ResultSet rs) throws SQLException {
        String choices = rs.getString(4);
        return new Question(rs.getString(1), QuestionKind.of(rs.getString(2)), rs.getString(3),
                choices == null ? List.of() : Arrays.asList(choices.split("\n")));
    }
}
