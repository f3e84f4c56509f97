package org.tradekit.trace.epcis;

/** EPCIS action: how an event relates to the life of the objects it names. */
public enum Action {
    ADD, OBSERVE, DELETE
}
