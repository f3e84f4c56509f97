package org.tradekit.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the capture form (or a scanned card) holds for one lead before it is saved. A form model:
 * set what is known, leave the rest null. Codes (rating, status, buyer type, messaging kind) are
 * given as text and checked when saved, so that bad input from a file gets a message, not a crash.
 * A null fair means the device's current fair.
 */
public final class LeadDraft {
    private String fairId;
    private String staff;
    private String name;
    private String company;
    private String jobTitle;
    private String country;
    private String email;
    private String phoneE164;
    private String phoneRaw;
    private String messagingKind;
    private String messagingHandle;
    private String buyerType;
    private String volume;
    private String targetPrice;
    private String rating;
    private String notes;
    private LocalDate followUp;
    private boolean samples;
    private boolean brochure;
    private String status;
    private String rawCard;
    private String cardPhoto;
    private String lang;
    private List<String> productIds = new ArrayList<>();
    private Map<String, String> answers = new LinkedHashMap<>();

    public LeadDraft fairId(String v) { fairId = v; return this; }
    public LeadDraft staff(String v) { staff = v; return this; }
    public LeadDraft name(String v) { name = v; return this; }
    public LeadDraft company(String v) { company = v; return this; }
    public LeadDraft jobTitle(String v) { jobTitle = v; return this; }
    public LeadDraft country(String v) { country = v; return this; }
    public LeadDraft email(String v) { email = v; return this; }
    /** The number normalised to E.164 (+84901234567) by whoever read it, and the text as given. */
    public LeadDraft phone(String e164, String raw) { phoneE164 = e164; phoneRaw = raw; return this; }
    public LeadDraft messaging(String kind, String handle) { messagingKind = kind; messagingHandle = handle; return this; }
    public LeadDraft buyerType(String v) { buyerType = v; return this; }
    public LeadDraft volume(String v) { volume = v; return this; }
    public LeadDraft targetPrice(String v) { targetPrice = v; return this; }
    public LeadDraft rating(String v) { rating = v; return this; }
    public LeadDraft notes(String v) { notes = v; return this; }
    public LeadDraft followUp(LocalDate v) { followUp = v; return this; }
    public LeadDraft samples(boolean v) { samples = v; return this; }
    public LeadDraft brochure(boolean v) { brochure = v; return this; }
    public LeadDraft status(String v) { status = v; return this; }
    public LeadDraft rawCard(String v) { rawCard = v; return this; }
    public LeadDraft cardPhoto(String sha256) { cardPhoto = sha256; return this; }
    /** The language to write to this buyer in (vi, en, zh, ko, ja); null: chosen from the country. */
    public LeadDraft lang(String v) { lang = v; return this; }
    public LeadDraft products(List<String> ids) { productIds = new ArrayList<>(ids); return this; }
    /** Answers to the fair's questions: question id to the text, or the chosen choices one per line. */
    public LeadDraft answers(Map<String, String> v) { answers = new LinkedHashMap<>(v); return this; }

    public String fairId() { return fairId; }
    public String staff() { return staff; }
    public String name() { return name; }
    public String company() { return company; }
    public String jobTitle() { return jobTitle; }
    public String country() { return country; }
    public String email() { return email; }
    public String phoneE164() { return phoneE164; }
    public String phoneRaw() { return phoneRaw; }
    public String messagingKind() { return messagingKind; }
    public String messagingHandle() { return messagingHandle; }
    public String buyerType() { return buyerType; }
    public String volume() { return volume; }
    public String targetPrice() { return targetPrice; }
    public String rating() { return rating; }
    public String notes() { return notes; }
    public LocalDate followUp() { return followUp; }
    public boolean samples() { return samples; }
    public boolean brochure() { return brochure; }
    public String status() { return status; }
    public String rawCard() { return rawCard; }
    public String cardPhoto() { return cardPhoto; }
    public String lang() { return lang; }
    public List<String> products() { return List.copyOf(productIds); }
    public Map<String, String> answers() { return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers)); }
}
