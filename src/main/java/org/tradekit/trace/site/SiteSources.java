package org.tradekit.trace.site;

import org.tradekit.catalog.ProductRepository;
import org.tradekit.store.Database;
import org.tradekit.trace.event.EventRepository;
import org.tradekit.trace.exchange.LotLinks;
import org.tradekit.trace.lineage.LineageService;
import org.tradekit.trace.lot.LotRepository;
import org.tradekit.trace.member.MemberService;
import org.tradekit.trace.place.LocationService;

/** Where the consumer pages' facts come from: lots, their lineage and events, products, members, places and links. */
public record SiteSources(Database db, LotRepository lots, LineageService lineage, EventRepository events,
        ProductRepository products, MemberService members, LocationService locations, LotLinks links) {
}
