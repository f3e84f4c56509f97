package org.tradekit.lead.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tradekit.lead.Fair;
import org.tradekit.lead.FairService;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadEntities;
import org.tradekit.store.Database;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.work.Work;

/**
 * Demo leads for trying the lead list and measuring it: visitors from many countries captured at
 * two fairs over their opening hours, rated, in every follow-up status, interested in catalog
 * products, with their consent, and a few percent captured twice (the same email, the same phone,
 * or the same name and company). Seeded: the same seed gives the same visitors. Written through
 * WriteTx in batches of {@link #BATCH} leads, so 50,000 leads take seconds, not minutes.
 */
public final class DemoLeads {
    static final int BATCH = 5_000;
    /** Percent of leads that repeat an earlier visitor. */
    static final int DUPLICATE_PERCENT = 3;
    private static final String[] STATUS = {"new", "new", "new", "new", "new", "contacted", "contacted", "samples_sent",
            "negotiating", "won", "lost"};
    private static final String[] RATING = {"hot", "warm", "warm", "cold", "cold"};
    private static final String[] BUYER = {"importer", "distributor", "wholesaler", "retailer", "horeca", "processor",
            "consumer"};
    private static final String[] STAFF = {"Mai", "Tuấn", "Hương", "Quang"};
    private static final String[] VOLUME = {"1 container/tháng", "500 kg", "2 tấn/quý", "20 ft container", "100 thùng", null};
    private static final String[] NOTES = {"Muốn nhận mẫu trước Tết.", "Interested in private label.",
            "Needs organic certification.", "Hỏi giá FOB Cát Lái.", null, null, null};
    static final String CONSENT = "I agree that the cooperative keeps my contact details to follow up on this fair. "
            + "Tôi đồng ý để hợp tác xã lưu thông tin liên hệ của tôi để liên hệ lại sau hội chợ.";

    public record Result(int leads, int fairs, int duplicates, long millis) {
    }

    private record DemoFair(String id, String name, String city, String country, LocalDate starts, LocalDate ends,
            ZoneOffset offset) {
    }

    private final Database db;

    public DemoLeads(Database db) {
        this.db = db;
    }

    public Result generate(int count, long seed, LocalDate today, Work work) {
        long t0 = System.nanoTime();
        Random r = new Random(seed);
        DemoVisitors people = new DemoVisitors();
        List<DemoFair> fairs = fairs(List.of(
                new DemoFair(null, "Vietnam Foodexpo " + today.getYear(), "Hồ Chí Minh", "VN", today.minusDays(12),
                        today.minusDays(9), ZoneOffset.ofHours(7)),
                new DemoFair(null, "Gulfood " + today.getYear(), "Dubai", "AE", today.minusDays(40),
                        today.minusDays(36), ZoneOffset.ofHours(4))));
        List<String> products = db.read(c -> org.tradekit.store.Select.on(c).list(
                "SELECT id FROM product WHERE _cl % 2 = 1 ORDER BY id LIMIT 300", rs -> rs.getString(1)));
        List<DemoVisitors.Visitor> seen = new ArrayList<>();
        int[] duplicates = {0};
        for (int done = 0; done < count; done += BATCH) {
            int from = done;
            int to = Math.min(count, done + BATCH);
            work.cancel().check();
            work.report(from, count, "demo.leads.progress", from, count);
            db.write(tx -> {
                for (int i = from; i < to; i++) {
                    DemoVisitors.Visitor v = people.next(r);
                    if (!seen.isEmpty() && r.nextInt(100) < DUPLICATE_PERCENT) {
                        v = again(seen.get(r.nextInt(seen.size())), v, r);
                        duplicates[0]++;
                    } else if (seen.size() < 20_000) {
                        seen.add(v);
                    }
                    lead(tx, v, fairs.get(r.nextInt(10) < 7 ? 0 : 1), products, r, today);
                }
                return null;
            });
        }
        work.report(count, count, "demo.leads.progress", count, count);
        return new Result(count, fairs.size(), duplicates[0], (System.nanoTime() - t0) / 1_000_000);
    }

    /** A visitor as the capture form would hold them (for timing saves): the fair and products are the caller's. */
    public static LeadDraft draft(Random r) {
        DemoVisitors.Visitor v = new DemoVisitors().next(r);
        return new LeadDraft().name(v.name()).company(v.company()).jobTitle(v.jobTitle()).country(v.country())
                .email(v.email()).phone(v.phoneE164(), v.phoneRaw()).messaging(v.messagingKind(), v.messagingHandle())
                .buyerType(BUYER[r.nextInt(BUYER.length)]).rating(RATING[r.nextInt(RATING.length)])
                .staff(STAFF[r.nextInt(STAFF.length)]).notes(NOTES[r.nextInt(NOTES.length)]);
    }

    /** The same person again, as a second capture shows them: same email, same phone, or same name and company. */
    private static DemoVisitors.Visitor again(DemoVisitors.Visitor first, DemoVisitors.Visitor other, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new DemoVisitors.Visitor(first.name(), other.company(), first.jobTitle(), first.country(),
                    first.email().toUpperCase(java.util.Locale.ROOT), null, null, null, null);
            case 1 -> new DemoVisitors.Visitor(other.name(), other.company(), other.jobTitle(), first.country(), null,
                    first.phoneE164(), first.phoneRaw(), first.messagingKind(), first.messagingHandle());
            default -> new DemoVisitors.Visitor(first.name(), first.company(), null, first.country(), null, null, null,
                    null, null);
        };
    }

    /** The demo fairs, saved as a user would; the first becomes this device's current fair when none is chosen. */
    private List<DemoFair> fairs(List<DemoFair> fairs) {
        FairService service = new FairService(db);
        List<DemoFair> saved = new ArrayList<>();
        for (DemoFair f : fairs) {
            String id = service.create(new Fair(null, f.name(), f.city(), f.country(), f.starts(), f.ends(),
                    "B" + (10 + saved.size()), List.of(STAFF))).id();
            saved.add(new DemoFair(id, f.name(), f.city(), f.country(), f.starts(), f.ends(), f.offset()));
        }
        if (service.current().isEmpty()) {
            service.setCurrent(saved.get(0).id());
        }
        return saved;
    }

    private void lead(WriteTx tx, DemoVisitors.Visitor p, DemoFair fair, List<String> products, Random r, LocalDate today)
            throws java.sql.SQLException {
        int days = (int) (fair.ends().toEpochDay() - fair.starts().toEpochDay()) + 1;
        OffsetDateTime at = fair.starts().plusDays(r.nextInt(days)).atTime(9, 0).atOffset(fair.offset())
                .plusSeconds(r.nextInt(8 * 3600 + 1800));
        String staff = STAFF[r.nextInt(STAFF.length)];
        String id = Uuid7.next();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("fair_id", fair.id());
        v.put("staff", staff);
        v.put("device_id", db.deviceId());
        v.put("captured_at", at.toString());
        v.put("name", p.name());
        v.put("company", p.company());
        v.put("job_title", p.jobTitle());
        v.put("country", p.country());
        v.put("email", p.email());
        v.put("phone_e164", p.phoneE164());
        v.put("phone_raw", p.phoneRaw());
        v.put("messaging_kind", p.messagingKind());
        v.put("messaging_handle", p.messagingHandle());
        v.put("buyer_type", BUYER[r.nextInt(BUYER.length)]);
        v.put("volume", VOLUME[r.nextInt(VOLUME.length)]);
        v.put("rating", RATING[r.nextInt(RATING.length)]);
        v.put("notes", NOTES[r.nextInt(NOTES.length)]);
        v.put("follow_up", r.nextInt(3) == 0 ? today.plusDays(r.nextInt(30)) : null);
        v.put("samples", r.nextInt(4) == 0);
        v.put("brochure", r.nextInt(2) == 0);
        v.put("status", STATUS[r.nextInt(STATUS.length)]);
        tx.insert(LeadEntities.LEAD, id, v);
        int n = products.isEmpty() ? 0 : r.nextInt(4);
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            chosen.add(products.get(r.nextInt(products.size())));
        }
        for (String product : chosen) {
            tx.insert(LeadEntities.PRODUCT, Uuid7.next(), Map.of("lead_id", id, "product_id", product));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lead_id", id);
        c.put("purpose", "follow-up");
        c.put("text", CONSENT);
        c.put("text_version", "2026-1");
        c.put("given_at", at.toString());
        c.put("staff", staff);
        tx.insert(LeadEntities.CONSENT, Uuid7.next(), c);
    }
}
