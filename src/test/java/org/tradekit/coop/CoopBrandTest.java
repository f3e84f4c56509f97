package org.tradekit.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;

/** The cooperative's story and colour: stored with the profile, one transaction, refused in words when wrong. */
class CoopBrandTest {
    @TempDir
    Path dir;

    @Test
    void theStoryAndColourAreSavedNormalisedAndChangeRowsInTheChangeLog() {
        try (AppContext app = TestContexts.open(dir)) {
            assertThat(app.coopProfile().brand()).isEqualTo(CoopBrand.empty());
            app.coopProfile().save(CoopProfileServiceTest.profile("trace.example.vn"));
            String decomposed = Normalizer.normalize("Chè Tân Cương\nhái tay", Normalizer.Form.NFD);
            app.coopProfile().saveBrand(new CoopBrand("  " + decomposed + " ", "Hand-picked tea.", "#2e7d32"));
            CoopBrand b = app.coopProfile().brand();
            assertThat(b.storyVi()).isEqualTo("Chè Tân Cương\nhái tay");
            assertThat(b.storyEn()).isEqualTo("Hand-picked tea.");
            assertThat(b.colour()).isEqualTo("#2E7D32");
            long changes = app.database().read(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM change WHERE field IN ('story_vi', 'story_en', 'brand_colour')")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(changes).isEqualTo(3);
            assertThat(app.coopProfile().load().orElseThrow().nameVi()).isEqualTo("HTX Chè Tân Cương");
        }
    }

    @Test
    void aBadColourATooLongStoryOrNoProfileAreRefusedAndNothingIsWritten() {
        try (AppContext app = TestContexts.open(dir)) {
            assertThatThrownBy(() -> app.coopProfile().saveBrand(new CoopBrand("Câu chuyện", null, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::key).containsExactly("coop.error.brandNoProfile"));
            app.coopProfile().save(CoopProfileServiceTest.profile("trace.example.vn"));
            assertThatThrownBy(() -> app.coopProfile().save(CoopProfileServiceTest.profile("trace.example.vn"),
                    new CoopBrand("x".repeat(CoopBrand.STORY_MAX + 1), "ok", "green")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("story_vi", "brand_colour"));
            assertThat(app.coopProfile().brand()).isEqualTo(CoopBrand.empty());
            assertThat(new CoopBrand("x".repeat(CoopBrand.STORY_MAX), null, "#A1B2C3").problems()).isEmpty();
        }
    }
}
