package org.tradekit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.lead.Fair;

/** A data directory with two fairs (the first is current) and two products, for the lead commands' tests. */
final class LeadFiles {
    static final String VCARDS = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Nguyễn Thị Lan
            ORG:HTX Tân Lập
            TITLE:Giám đốc
            EMAIL:lan@tanlap.vn
            TEL:0912 345 678
            ADR:;;12 Lê Lợi;Huế;;;Việt Nam
            END:VCARD
            BEGIN:VCARD
            VERSION:2.1
            N:Schmidt;Anna
            FN:Anna Schmidt
            ORG:Kaffee Import GmbH
            EMAIL;INTERNET:anna@kaffee.de
            TEL;WORK:+49 30 1234567
            END:VCARD
            BEGIN:VCARD
            VERSION:4.0
            NOTE:\u0000\u0001 nothing here but junk ;;;;
            END:VCARD
            BEGIN:VCARD
            VERSION:4.0
            FN:Kim Min-jun
            EMAIL:minjun@seoulfoods.kr
            IMPP:kakaotalk:minjun88
            END:VCARD
            """;

    private LeadFiles() {
    }

    static Path dataDir(Path dir) {
        Path data = dir.resolve("data");
        try (AppContext app = TestContexts.open(data)) {
            Fair hcm = app.fairs().create(new Fair(null, "Vietnam Foodexpo 2026", "Hồ Chí Minh", "VN",
                    LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 14), "B12", List.of("Mai", "Tuấn")));
            app.fairs().create(new Fair(null, "SIAL Paris 2026", "Paris", "FR", LocalDate.of(2026, 10, 18),
                    LocalDate.of(2026, 10, 22), "7-A", List.of("Mai")));
            app.fairs().setCurrent(hcm.id());
            app.catalog().save(TestContexts.product("CF-001", "Cà phê Robusta Đắk Lắk", "Dak Lak Robusta coffee"));
            app.catalog().save(TestContexts.product("HN-002", "Mật ong hoa nhãn", "Longan honey"));
        }
        return data;
    }
}
