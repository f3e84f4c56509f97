package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.store.Select;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** {@code tradekit demo-data --leads N} and a tiny {@code tradekit bench leads} (the command works; no timing asserted). */
class LeadsDemoBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoLeadsAreRealisticReproducibleAndSomeAreDuplicates() {
        Path data = dir.resolve("data");
        CliRun run = CliRun.en("--data-dir", data.toString(), "demo-data", "--products", "20", "--leads", "1500");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1,500 demo leads at 2 fairs");
        try (AppContext app = TestContexts.open(data)) {
            assertThat(app.leadRepository().count()).isEqualTo(1500);
            assertThat(app.fairs().all()).extracting(f -> f.name()).containsExactlyInAnyOrder("Vietnam Foodexpo 2026",
                    "Gulfood 2026");
            assertThat(app.fairs().current()).isPresent();
            List<String[]> rows = app.database().read(c -> Select.on(c).list("SELECT l.country, l.phone_e164, l.messaging_kind, "
                    + "l.email, l.captured_at, f.starts, f.ends FROM lead l JOIN fair f ON f.id = l.fair_id", rs -> new String[] {
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)}));
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            assertThat(rows.stream().map(r -> r[0]).distinct().count()).isGreaterThanOrEqualTo(10);
            for (String[] r : rows) {
                if (r[1] != null) {
                    assertThat(phones.isValidNumberForRegion(parse(phones, r[1]), r[0])).as(r[1] + " " + r[0]).isTrue();
                }
                String expected = switch (r[0]) {
                    case "VN" -> "zalo";
                    case "CN" -> "wechat";
                    case "KR" -> "kakaotalk";
                    case "JP", "TH" -> "line";
                    default -> "whatsapp";
                };
                if (r[2] != null) {
                    assertThat(r[2]).as(r[0]).isEqualTo(expected);
                }
                String day = r[4].substring(0, 10);
                assertThat(day).isBetween(r[5], r[6]);
            }
            long sameEmail = app.database().read(c -> Select.on(c).list("SELECT count(*) FROM (SELECT email_key FROM lead "
                    + "WHERE email_key IS NOT NULL GROUP BY email_key HAVING count(*) > 1)", rs -> rs.getLong(1)).get(0));
            long samePhone = app.database().read(c -> Select.on(c).list("SELECT count(*) FROM (SELECT phone_e164 FROM lead "
                    + "WHERE phone_e164 IS NOT NULL GROUP BY phone_e164 HAVING count(*) > 1)", rs -> rs.getLong(1)).get(0));
            assertThat(sameEmail).isPositive();
            assertThat(samePhone).isPositive();
        }
        Path again = dir.resolve("again");
        CliRun.en("--data-dir", again.toString(), "demo-data", "--products", "20", "--leads", "1500");
        assertThat(names(again)).isEqualTo(names(data));
    }

    @Test
    void benchLeadsBuildsItsDataOnceAndPrintsEachFigureAgainstItsTarget() {
        Path bench = dir.resolve("bench");
        CliRun run = CliRun.en("bench", "leads", "--leads", "300", "--saves", "500", "--rounds", "2", "--bench-dir",
                bench.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Building 300 leads", "Saving a lead with the duplicates check (500 saves)",
                "target_p95_ms=20", "Filtering", "combined", "search", "p95_ms=", "target_ms=50",
                "Decoding a business-card QR code from a 4,000×3,000 photo", "read=true");
        CliRun reuse = CliRun.en("bench", "leads", "--leads", "300", "--rounds", "1", "--bench-dir", bench.toString());
        assertThat(reuse.out()).doesNotContain("Building").contains("850 leads in");
    }

    private static List<String> names(Path data) {
        try (AppContext app = TestContexts.open(data)) {
            return app.database().read(c -> Select.on(c).list("SELECT name || '|' || coalesce(email, '') || '|' || "
                    + "captured_at FROM lead ORDER BY captured_at, name", rs -> rs.getString(1)));
        }
    }

    private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(PhoneNumberUtil u, String e164) {
        try {
            return u.parse(e164, null);
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            throw new AssertionError(e);
        }
    }
}
