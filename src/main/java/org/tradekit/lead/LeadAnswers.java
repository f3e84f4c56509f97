package org.tradekit.lead;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.text.Fold;

/**
 * A lead's answers to its fair's questions (decision 0026), written and erased inside the lead's
 * own transaction. A multiple-choice answer is its choices joined by a line break.
 */
final class LeadAnswers {
    private LeadAnswers() {
    }

    /**
     * Inserts one answer row per answered question. Refused in words when a question is not one of
     * the fair's, or a choice was not offered; blank answers are skipped.
     */
    static void write(WriteTx tx, String leadId, String fairId, Map<String, String> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        Map<String, Question> questions = new HashMap<>();
        for (Question q : FairQuestions.list(tx::query, fairId)) {
            questions.put(q.id(), q);
        }
        for (Map.Entry<String, String> a : answers.entrySet()) {
            Question q = questions.get(a.getKey());
            if (q == null) {
                throw new LeadException("lead.error.answerQuestion", a.getKey());
            }
            String value = checked(q, a.getValue());
            if (value != null) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("lead_id", leadId);
                v.put("question_id", q.id());
                v.put("value", value);
                tx.insert(LeadEntities.ANSWER, Uuid7.next(), v);
            }
        }
    }

    /** The answers of a lead, question id to value. */
    static Map<String, String> of(Select s, String leadId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        s.list("SELECT question_id, value FROM lead_answer WHERE lead_id = ? AND _cl % 2 = 1", rs -> out.put(
                rs.getString(1), rs.getString(2)), leadId);
        return out;
    }

    /** Blanks the answers of an erased lead, tombstones them, and scrubs the change rows that carried them. */
    static void erase(WriteTx tx, String leadId) throws SQLException {
        List<String> ids = tx.query("SELECT id FROM lead_answer WHERE lead_id = ?", rs -> rs.getString(1), leadId);
        Map<String, Object> blank = new HashMap<>();
        blank.put("value", null);
        for (String id : ids) {
            tx.restore(LeadEntities.ANSWER, id);
            tx.update(LeadEntities.ANSWER, id, blank);
            tx.delete(LeadEntities.ANSWER, id);
            tx.scrub(LeadEntities.ANSWER, id, List.of("value"));
        }
    }

    private static String checked(Question q, String value) {
        String v = Fold.nfc(value);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!q.hasChoices()) {
            return Fold.clean(v);
        }
        List<String> chosen = new ArrayList<>();
        for (String c : v.split("\n")) {
            String choice = Fold.clean(c);
            if (choice == null || chosen.contains(choice)) {
                continue;
            }
            if (!q.choices().contains(choice)) {
                throw new LeadException("lead.error.answerChoice", choice, q.prompt());
            }
            chosen.add(choice);
        }
        if (q.kind() == QuestionKind.SINGLE && chosen.size() > 1) {
            throw new LeadException("lead.error.answerSingle", q.prompt());
        }
        return chosen.isEmpty() ? null : String.join("\n", chosen);
    }
}
