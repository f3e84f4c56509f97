package org.tradekit.lead;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tradekit.photo.PhotoStore;
import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.text.Fold;

/**
 * Saves leads captured at a fair, each with the consent under which its personal data is kept,
 * and finds the saved leads that may be the same person (decision 0025).
 */
public final class LeadService {
    /** The shape of an address, not its existence: something@something.tld, no blanks. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final Database db;
    private final Clock clock;
    private final PhotoStore photos;

    /** A lead store whose erasure leaves photo files alone (there is no photo store). */
    public LeadService(Database db, Clock clock) {
        this(db, clock, null);
    }

    /** @param photos where card photos are kept: erasure deletes a card photo nothing else refers to */
    public LeadService(Database db, Clock clock, PhotoStore photos) {
        this.db = db;
        this.clock = clock;
        this.photos = photos;
    }

    /**
     * Saves a lead, its products of interest and its consent in one transaction. Refused in words,
     * with nothing written, without consent, with nothing that identifies the person (name, email or
     * phone), with a malformed email or phone, an unknown code, fair or product.
     */
    public Lead save(LeadDraft draft, Consent consent) {
        if (consent == null || Fold.clean(consent.text()) == null || Fold.clean(consent.purpose()) == null) {
            throw new LeadException("lead.error.noConsent");
        }
        LeadDraft d = checked(draft);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String id = Uuid7.next();
        return db.write(tx -> {
            String fairId = d.fairId() != null ? d.fairId()
                    : FairService.current(tx::query, db.deviceId()).map(Fair::id)
                            .orElseThrow(() -> new LeadException("lead.error.noCurrentFair"));
            if (FairService.find(tx::query, fairId).isEmpty()) {
                throw new LeadException("lead.error.noFair", fairId);
            }
            d.fairId(fairId);
            requireProducts(tx, d.products());
            tx.insert(LeadEntities.LEAD, id, values(d, db.deviceId(), now));
            for (String product : d.products()) {
                tx.insert(LeadEntities.PRODUCT, Uuid7.next(), Map.of("lead_id", id, "product_id", product));
            }
            LeadAnswers.write(tx, id, fairId, d.answers());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("lead_id", id);
            c.put("purpose", Fold.clean(consent.purpose()));
            c.put("text", Fold.nfc(consent.text()));
            c.put("text_version", Fold.clean(consent.textVersion()));
            c.put("given_at", now.toString());
            c.put("staff", Fold.clean(consent.staff()) != null ? Fold.clean(consent.staff()) : d.staff());
            tx.insert(LeadEntities.CONSENT, Uuid7.next(), c);
            return new Lead(id, now.toString(), db.deviceId(), d);
        });
    }

    /**
     * Saved leads that may be the same person as the draft: the same email (case ignored), the same
     * E.164 phone, or the same folded name and company. One index probe per rule.
     */
    public List<PossibleDuplicate> possibleDuplicates(LeadDraft draft) {
        String email = LeadEntities.emailKey(draft.email());
        String phone = Fold.clean(draft.phoneE164());
        String name = LeadEntities.wordsKey(draft.name());
        String company = LeadEntities.wordsKey(draft.company());
        return db.read(c -> {
            Select s = Select.on(c);
            Map<String, Lead> leads = new LinkedHashMap<>();
            Map<String, Set<PossibleDuplicate.Rule>> rules = new LinkedHashMap<>();
            String base = "SELECT " + LeadRepository.COLUMNS + " FROM lead l WHERE l._cl % 2 = 1 AND ";
            if (email != null) {
                collect(s.list(base + "l.email_key = ?", LeadRepository::lead, email), PossibleDuplicate.Rule.EMAIL,
                        leads, rules);
            }
            if (phone != null) {
                collect(s.list(base + "l.phone_e164 = ?", LeadRepository::lead, phone), PossibleDuplicate.Rule.PHONE,
                        leads, rules);
            }
            if (name != null && company != null) {
                collect(s.list(base + "l.name_key = ? AND l.company_key = ?", LeadRepository::lead, name, company),
                        PossibleDuplicate.Rule.NAME_AND_COMPANY, leads, rules);
            }
            List<PossibleDuplicate> out = new ArrayList<>();
            for (Lead l : LeadRepository.withProducts(s, new ArrayList<>(leads.values()))) {
                out.add(new PossibleDuplicate(l, rules.get(l.id())));
            }
            return out;
        });
    }

    /**
     * The lead fields that hold personal data: erasure blanks them, and the change rows that carried
     * them. Country, buyer type, rating, status, fair and products stay, unlinked from the person, so
     * the fair's statistics still add up (decision 0025).
     */
    static final List<String> PERSONAL = List.of("name", "company", "job_title", "email", "phone_e164", "phone_raw",
            "messaging_kind", "messaging_handle", "volume", "target_price", "notes", "follow_up", "raw_card", "card_photo");

    /**
     * Erases on request every lead (live or deleted) with this email, and the captures merged into it
     * (their merge rows lose notes and card text too), in one transaction: its personal
     * fields become null, the lead is tombstoned (so erasure travels through sync), and the change
     * rows that carried its personal values are blanked. Then the card photos of the erased leads
     * that nothing else uses are deleted from the photo store. Returns how many leads were erased.
     */
    public int erase(String email) {
        String key = LeadEntities.emailKey(email);
        if (key == null || !EMAIL.matcher(key).matches()) {
            throw new LeadException("lead.error.email", email == null ? "" : email);
        }
        Map<String, Object> blank = new LinkedHashMap<>();
        PERSONAL.forEach(f -> blank.put(f, null));
        Set<String> cardPhotos = new java.util.HashSet<>();
        int n = db.write(tx -> {
            // the person's leads by email, and the captures merged into them (the same person, decision 0029)
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(tx.query("SELECT id FROM lead WHERE email_key = ?",
                    rs -> rs.getString(1), key));
            Set<String> erased = new java.util.LinkedHashSet<>();
            while (!todo.isEmpty()) {
                String id = todo.pop();
                List<Long> cl = tx.query("SELECT _cl FROM lead WHERE id = ?", rs -> rs.getLong(1), id);
                if (cl.isEmpty() || !erased.add(id)) {
                    continue; // done already, or a merged capture this device has not received: its merge row is scrubbed
                }
                if (cl.get(0) % 2 == 0) {
                    tx.restore(LeadEntities.LEAD, id); // a deleted lead still holds the data: erase it too
                }
                cardPhotos.addAll(tx.query("SELECT card_photo FROM lead WHERE id = ? AND card_photo IS NOT NULL",
                        rs -> rs.getString(1), id));
                tx.update(LeadEntities.LEAD, id, blank);
                tx.delete(LeadEntities.LEAD, id);
                tx.scrub(LeadEntities.LEAD, id, PERSONAL);
                LeadAnswers.erase(tx, id);
                todo.addAll(LeadMerges.erase(tx, id));
            }
            return erased.size();
        });
        forgetPhotos(cardPhotos);
        return n;
    }

    /** After the erasure committed: the card photos no lead, product or logo refers to any more are deleted. */
    private void forgetPhotos(Set<String> hashes) {
        if (photos == null) {
            return;
        }
        for (String sha : hashes) {
            boolean used = db.read(c -> !Select.on(c).list("SELECT 1 FROM lead WHERE card_photo = ? "
                    + "UNION ALL SELECT 1 FROM product_photo WHERE sha256 = ? "
                    + "UNION ALL SELECT 1 FROM coop_profile WHERE logo_sha256 = ? LIMIT 1", rs -> 1, sha, sha, sha).isEmpty());
            if (!used && PhotoStore.isSha256(sha)) {
                photos.delete(sha);
            }
        }
    }

    private static void collect(List<Lead> found, PossibleDuplicate.Rule rule, Map<String, Lead> leads,
            Map<String, Set<PossibleDuplicate.Rule>> rules) {
        for (Lead l : found) {
            leads.putIfAbsent(l.id(), l);
            rules.computeIfAbsent(l.id(), k -> EnumSet.noneOf(PossibleDuplicate.Rule.class)).add(rule);
        }
    }

    private static void requireProducts(WriteTx tx, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(((Select) tx::query).listIn(
                "SELECT id FROM product WHERE _cl % 2 = 1 AND id IN " + Select.IN_LIST, ids, rs -> rs.getString(1)));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new LeadException("lead.error.noProduct", id);
            }
        }
    }

    /** The draft cleaned (NFC, blanks to null) and checked; a copy, the caller's form is untouched. */
    private static LeadDraft checked(LeadDraft in) {
        String name = Fold.clean(in.name());
        String email = Fold.clean(in.email());
        String e164 = Fold.clean(in.phoneE164());
        String raw = Fold.clean(in.phoneRaw());
        if (name == null && email == null && e164 == null && raw == null) {
            throw new LeadException("lead.error.anonymous");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new LeadException("lead.error.email", email);
        }
        if (e164 != null && !E164.matcher(e164).matches()) {
            throw new LeadException("lead.error.phone", e164);
        }
        String status = LeadStatus.check(in.status());
        return new LeadDraft().fairId(Fold.clean(in.fairId())).staff(Fold.clean(in.staff())).name(name)
                .company(Fold.clean(in.company())).jobTitle(Fold.clean(in.jobTitle())).country(Countries.check(in.country()))
                .email(email).phone(e164, raw != null ? raw : e164)
                .messaging(MessagingKind.check(in.messagingKind()), Fold.clean(in.messagingHandle()))
                .buyerType(BuyerType.check(in.buyerType())).volume(Fold.clean(in.volume()))
                .targetPrice(Fold.clean(in.targetPrice())).rating(Rating.check(in.rating())).notes(Fold.clean(in.notes()))
                .followUp(in.followUp()).samples(in.samples()).brochure(in.brochure())
                .status(status != null ? status : Codes.code(LeadStatus.NEW)).rawCard(in.rawCard())
                .cardPhoto(Fold.clean(in.cardPhoto())).lang(Languages.check(in.lang())).products(in.products().stream().distinct().toList())
                .answers(in.answers());
    }

    private static Map<String, Object> values(LeadDraft d, String deviceId, OffsetDateTime now) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("fair_id", d.fairId());
        v.put("staff", d.staff());
        v.put("device_id", deviceId);
        v.put("captured_at", now.toString());
        v.put("name", d.name());
        v.put("company", d.company());
        v.put("job_title", d.jobTitle());
        v.put("country", d.country());
        v.put("email", d.email());
        v.put("phone_e164", d.phoneE164());
        v.put("phone_raw", d.phoneRaw());
        v.put("messaging_kind", d.messagingKind());
        v.put("messaging_handle", d.messagingHandle());
        v.put("buyer_type", d.buyerType());
        v.put("volume", d.volume());
        v.put("target_price", d.targetPrice());
        v.put("rating", d.rating());
        v.put("notes", d.notes());
        v.put("follow_up", d.followUp());
        v.put("samples", d.samples());
        v.put("brochure", d.brochure());
        v.put("status", d.status());
        v.put("raw_card", d.rawCard());
        v.put("card_photo", d.cardPhoto());
        v.put("lang", d.lang());
        return v;
    }
}
