package org.tradekit.trace.member;

import java.util.List;

import org.tradekit.store.EntityType;

/** The member tables as the store's write API knows them. */
public final class MemberEntities {
    public static final EntityType MEMBER = new EntityType("member", "member",
            List.of("code", "name", "commune", "province", "phone", "certifications", "notes"));
    public static final EntityType PLOT = new EntityType("plot", "plot",
            List.of("member_id", "name", "area_m2", "latitude", "longitude", "crop"));

    private MemberEntities() {
    }
}
