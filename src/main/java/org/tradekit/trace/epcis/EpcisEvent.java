package org.tradekit.trace.epcis;

/** An EPCIS 2.0 event of one of the standard's five types; {@link #fields()} holds what they share. */
public sealed interface EpcisEvent
        permits ObjectEvent, AggregationEvent, TransformationEvent, TransactionEvent, AssociationEvent {

    EventFields fields();

    /** The JSON-LD type name, e.g. {@code ObjectEvent}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
