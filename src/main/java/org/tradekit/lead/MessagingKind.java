package org.tradekit.lead;

/** The messaging apps buyers at Asian fairs give a handle for. */
public enum MessagingKind {
    ZALO, WECHAT, WHATSAPP, KAKAOTALK, LINE;

    static String check(String value) {
        return Codes.check(values(), value, "lead.error.messaging");
    }
}
