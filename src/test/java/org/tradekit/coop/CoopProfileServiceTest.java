package org.tradekit.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;

class CoopProfileServiceTest {
    @TempDir
    Path dir;

    static CoopProfile profile(String domain) {
        return new CoopProfile(null, "HTX Chè Tân Cương", "Tan Cuong Tea Cooperative", "Xã Tân Cương", "Thái Nguyên",
                "+84 208 3855 123", "htx@example.vn", "https://example.vn", null, "8930001", domain, "VND");
    }

    @Test
    void firstSaveCreatesTheOneRowLaterSavesChangeIt() {
        try (AppContext app = TestContexts.open(dir)) {
            assertThat(app.coopProfile().load()).isEmpty();
            CoopProfile first = app.coopProfile().save(profile("trace.example.vn"));
            CoopProfile second = app.coopProfile().save(new CoopProfile(first.id(), first.nameVi(), first.nameEn(),
                    first.address(), first.province(), first.phone(), first.email(), first.website(), "ab".repeat(32),
                    first.gs1Prefix(), "qr.example.vn", "USD"));
            assertThat(second.id()).isEqualTo(first.id());
            CoopProfile loaded = app.coopProfile().load().orElseThrow();
            assertThat(loaded).isEqualTo(second);
            long rows = app.database().read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM coop_profile")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }

    @Test
    void badValuesAreRefusedFieldByFieldAndNothingIsWritten() {
        try (AppContext app = TestContexts.open(dir)) {
            CoopProfile bad = new CoopProfile(null, " ", null, null, null, "call me", "no-at-sign", null, null,
                    "89A", "https://trace.example.vn/x", "EUR");
            assertThatThrownBy(() -> app.coopProfile().save(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                            "name_vi", "phone", "email", "gs1_prefix", "trace_domain", "currency"));
            assertThat(app.coopProfile().load()).isEmpty();
        }
    }
}
