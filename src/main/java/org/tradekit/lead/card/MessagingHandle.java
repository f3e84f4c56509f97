package org.tradekit.lead.card;

/** A messaging account: the app and the id or link as the card gave it. */
public record MessagingHandle(HandleKind kind, String value) {
}
