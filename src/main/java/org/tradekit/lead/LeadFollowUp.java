package org.tradekit.lead;

import java.time.Clock;

import org.tradekit.coop.CoopProfileService;
import org.tradekit.store.Database;

/** The after-the-fair services, built together once (AppContext): merges, pipeline, summaries, drafts. */
public final class LeadFollowUp {
    private final LeadMerges merges;
    private final LeadPipeline pipeline;
    private final FairSummaries summaries;
    private final FollowUpDrafts drafts;
    private final EmlDrafts eml;

    public LeadFollowUp(Database db, Clock clock, CoopProfileService coop) {
        this.merges = new LeadMerges(db, clock);
        this.pipeline = new LeadPipeline(db);
        this.summaries = new FairSummaries(db);
        this.drafts = new FollowUpDrafts(db, coop);
        this.eml = new EmlDrafts(drafts, clock);
    }

    public LeadMerges merges() {
        return merges;
    }

    public LeadPipeline pipeline() {
        return pipeline;
    }

    public FairSummaries summaries() {
        return summaries;
    }

    public FollowUpDrafts drafts() {
        return drafts;
    }

    public EmlDrafts eml() {
        return eml;
    }
}
