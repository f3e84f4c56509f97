package org.tradekit.trace.epcis;

import java.util.List;

/**
 * Inputs consumed and outputs produced in one step: drying, roasting, fermenting, blending,
 * bottling. Lots appear as quantities of a class ({@code inputQuantityList}, {@code outputQuantityList}).
 *
 * @param ilmd lot master data of the outputs; may be null
 */
public record TransformationEvent(EventFields fields, List<String> inputEpcList, List<QuantityElement> inputQuantityList,
        List<String> outputEpcList, List<QuantityElement> outputQuantityList, String transformationId, Ilmd ilmd)
        implements EpcisEvent {
    public TransformationEvent {
        if (fields == null) {
            throw new IllegalArgumentException("a TransformationEvent has fields");
        }
        inputEpcList = Epcs.copy(inputEpcList);
        inputQuantityList = List.copyOf(inputQuantityList);
        outputEpcList = Epcs.copy(outputEpcList);
        outputQuantityList = List.copyOf(outputQuantityList);
        if (transformationId != null && !Cbv.isAbsoluteUri(transformationId)) {
            throw new IllegalArgumentException("transformationID is not an absolute URI: " + transformationId);
        }
        boolean inputs = !inputEpcList.isEmpty() || !inputQuantityList.isEmpty();
        boolean outputs = !outputEpcList.isEmpty() || !outputQuantityList.isEmpty();
        if (!(inputs && outputs) && !(transformationId != null && (inputs || outputs))) {
            throw new IllegalArgumentException("a TransformationEvent has inputs and outputs, or a transformationID");
        }
        if (ilmd != null && ilmd.isEmpty()) {
            ilmd = null;
        }
    }
}
