package org.tradekit.lead.card;

import java.util.Locale;

/** Which messaging app a vCard property, protocol or link belongs to. */
final class Handles {
    private Handles() {
    }

    /** From a name such as an IMPP scheme, an X-SOCIALPROFILE type or an X- property ("X-WECHAT"). */
    static HandleKind kindOfName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT).replace("x-", "").replaceAll("[^a-z]", "");
        if (n.isEmpty()) {
            return null;
        }
        if (n.startsWith("zalo")) {
            return HandleKind.ZALO;
        }
        if (n.startsWith("wechat") || n.startsWith("weixin")) {
            return HandleKind.WECHAT;
        }
        if (n.startsWith("whatsapp")) {
            return HandleKind.WHATSAPP;
        }
        if (n.startsWith("kakao")) {
            return HandleKind.KAKAOTALK;
        }
        if (n.equals("line")) {
            return HandleKind.LINE;
        }
        return null;
    }

    /** From a link: zalo.me, wa.me, line.me, open.kakao.com, weixin:// ...; null for an ordinary website. */
    static HandleKind kindOfLink(String link) {
        String l = link.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        if (l.startsWith("zalo.me/") || link.toLowerCase(Locale.ROOT).startsWith("zalo:")) {
            return HandleKind.ZALO;
        }
        if (l.startsWith("wa.me/") || l.startsWith("api.whatsapp.com/") || link.toLowerCase(Locale.ROOT).startsWith("whatsapp:")) {
            return HandleKind.WHATSAPP;
        }
        if (l.startsWith("line.me/") || l.startsWith("lin.ee/")) {
            return HandleKind.LINE;
        }
        if (l.startsWith("open.kakao.com/") || l.startsWith("qr.kakao.com/")) {
            return HandleKind.KAKAOTALK;
        }
        if (l.startsWith("u.wechat.com/") || link.toLowerCase(Locale.ROOT).startsWith("weixin:")) {
            return HandleKind.WECHAT;
        }
        return null;
    }
}
