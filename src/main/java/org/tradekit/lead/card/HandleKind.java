package org.tradekit.lead.card;

/** The messaging apps buyers at Asian fairs hand out instead of (or beside) an email address. */
public enum HandleKind {
    ZALO, WECHAT, WHATSAPP, KAKAOTALK, LINE, OTHER
}
