package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.store.Database;
import org.tradekit.store.Select;

/** A fair's questions saved as a list in one transaction, and leads' answers checked against them. */
class FairQuestionsTest {
    @TempDir
    Path dir;
    Database db;
    FairService fairs;
    FairQuestions questions;
    LeadService leads;
    Fair sial;
    Fair other;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        fairs = new FairService(db);
        sial = fairs.create(new Fair(null, "SIAL Paris", "Paris", "FR", LocalDate.of(2026, 10, 18), null, "7-B112",
                List.of("Lan")));
        other = fairs.create(new Fair(null, "Foodex", "Chiba", "JP", LocalDate.of(2027, 3, 9), null, null, List.of()));
        fairs.setCurrent(sial.id());
        questions = new FairQuestions(db);
        leads = new LeadService(db, TestContexts.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Question> three() {
        return questions.save(sial.id(), List.of(
                new Question(null, QuestionKind.SINGLE, "Organic certified?", List.of("Yes", "No", "Yes")),
                new Question(null, QuestionKind.MULTIPLE, "Markets", List.of("EU", "US", "JP")),
                new Question(null, QuestionKind.TEXT, "  Yearly volume  ", List.of("ignored"))));
    }

    @Test
    void questionsAreSavedInOrderEditedAndRemovedAsOneList() {
        List<Question> saved = three();
        assertThat(questions.list(sial.id())).containsExactlyElementsOf(saved);
        assertThat(saved.get(0).choices()).containsExactly("Yes", "No"); // the repeated choice folded
        assertThat(saved.get(2).prompt()).isEqualTo("Yearly volume");
        assertThat(saved.get(2).choices()).isEmpty();
        assertThat(questions.list(other.id())).isEmpty();

        Question markets = saved.get(1);
        List<Question> edited = questions.save(sial.id(), List.of(
                new Question(markets.id(), QuestionKind.MULTIPLE, "Markets you sell to", List.of("EU", "US", "JP", "KR")),
                saved.get(0)));
        assertThat(questions.list(sial.id())).containsExactlyElementsOf(edited);
        assertThat(edited.get(0).id()).isEqualTo(markets.id());
        // the removed question is tombstoned (a removal that travels through sync), not deleted
        assertThat(db.<List<Long>>read(c -> Select.on(c).list("SELECT _cl FROM fair_question WHERE id = ?",
                rs -> rs.getLong(1), saved.get(2).id()))).containsExactly(2L);
        // only the changed fields were logged for the edited question
        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT field FROM change WHERE entity = 'fair_question' "
                + "AND row_id = ? AND kind = 'SET' ORDER BY origin_seq", rs -> rs.getString(1), markets.id())))
                .containsExactly("fair_id", "position", "kind", "prompt", "choices", "position", "prompt", "choices");
    }

    @Test
    void aBadQuestionRefusesTheWholeListAndWritesNothing() {
        List<Question> saved = three();
        assertThatThrownBy(() -> questions.save(sial.id(), List.of(saved.get(0),
                new Question(null, QuestionKind.SINGLE, "Payment terms", List.of("LC", " LC ")))))
                .isInstanceOfSatisfying(LeadException.class, e -> assertThat(e.key()).isEqualTo("lead.error.questionChoices"));
        assertThatThrownBy(() -> questions.save(sial.id(), List.of(new Question(null, QuestionKind.TEXT, " ", List.of()))))
                .isInstanceOfSatisfying(LeadException.class, e -> assertThat(e.key()).isEqualTo("lead.error.questionPrompt"));
        assertThat(questions.list(sial.id())).containsExactlyElementsOf(saved);
    }

    @Test
    void aFairIsSavedWithItsQuestionsInOneTransaction() {
        int before = fairs.all().size();
        assertThatThrownBy(() -> fairs.save(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of()),
                List.of(new Question(null, QuestionKind.MULTIPLE, "Halal?", List.of("Yes")))))
                .isInstanceOfSatisfying(LeadException.class, e -> assertThat(e.key()).isEqualTo("lead.error.questionChoices"));
        assertThat(fairs.all()).hasSize(before);

        Fair gulfood = fairs.save(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of("Lan")),
                List.of(new Question(null, QuestionKind.TEXT, "Halal certificate needed?", null)));
        assertThat(fairs.find(gulfood.id())).contains(gulfood);
        assertThat(questions.list(gulfood.id())).extracting(Question::prompt).containsExactly("Halal certificate needed?");
        Fair moved = fairs.save(new Fair(gulfood.id(), "Gulfood 2027", "Dubai", "AE", null, null, "S1-B3", List.of("Lan")),
                List.of());
        assertThat(fairs.find(gulfood.id())).contains(moved);
        assertThat(questions.list(gulfood.id())).isEmpty();
    }

    @Test
    void answersAreSavedWithTheLeadAndChecked() {
        List<Question> q = three();
        Lead lead = leads.save(new LeadDraft().name("Anna Schmidt").answers(Map.of(q.get(0).id(), "Yes",
                q.get(1).id(), "EU\nJP", q.get(2).id(), " 20 t ")), LeadStoreTest.CONSENT);
        assertThat(questions.answers(lead.id())).containsOnly(Map.entry(q.get(0).id(), "Yes"),
                Map.entry(q.get(1).id(), "EU\nJP"), Map.entry(q.get(2).id(), "20 t"));

        long before = leadCount();
        assertThatThrownBy(() -> leads.save(new LeadDraft().name("Kenji").answers(Map.of(q.get(0).id(), "Maybe")),
                LeadStoreTest.CONSENT)).isInstanceOfSatisfying(LeadException.class,
                        e -> assertThat(e.key()).isEqualTo("lead.error.answerChoice"));
        assertThatThrownBy(() -> leads.save(new LeadDraft().name("Kenji").answers(Map.of(q.get(0).id(), "Yes\nNo")),
                LeadStoreTest.CONSENT)).isInstanceOfSatisfying(LeadException.class,
                        e -> assertThat(e.key()).isEqualTo("lead.error.answerSingle"));
        Question foreign = questions.save(other.id(), List.of(new Question(null, QuestionKind.TEXT, "Halal?", null))).get(0);
        assertThatThrownBy(() -> leads.save(new LeadDraft().name("Kenji").answers(Map.of(foreign.id(), "yes")),
                LeadStoreTest.CONSENT)).isInstanceOfSatisfying(LeadException.class,
                        e -> assertThat(e.key()).isEqualTo("lead.error.answerQuestion"));
        assertThat(leadCount()).isEqualTo(before); // refused answers write no lead either
    }

    @Test
    void erasureBlanksTheAnswersAndScrubsThemFromTheChangeLog() {
        List<Question> q = three();
        Lead anna = leads.save(new LeadDraft().name("Anna Schmidt").email("anna@bioimport.de")
                .answers(Map.of(q.get(2).id(), "Anna buys 20 t for Schmidt Bio")), LeadStoreTest.CONSENT);
        Lead kenji = leads.save(new LeadDraft().name("Kenji Sato").email("k.sato@satoshoji.jp")
                .answers(Map.of(q.get(2).id(), "5 t for Sato")), LeadStoreTest.CONSENT);
        assertThat(traces("schmidt")).isPositive();

        assertThat(leads.erase("anna@bioimport.de")).isEqualTo(1);

        assertThat(traces("schmidt")).isZero();
        assertThat(questions.answers(anna.id())).isEmpty();
        assertThat(questions.answers(kenji.id())).containsValue("5 t for Sato");
    }

    private long leadCount() {
        return db.<List<Long>>read(c -> Select.on(c).list("SELECT count(*) FROM lead", rs -> rs.getLong(1))).get(0);
    }

    private long traces(String needle) {
        return db.<List<Long>>read(c -> Select.on(c).list("SELECT (SELECT count(*) FROM lead_answer WHERE lower(value) "
                + "LIKE ?1) + (SELECT count(*) FROM change WHERE lower(value) LIKE ?1)", rs -> rs.getLong(1),
                "%" + needle + "%")).get(0);
    }
}
