package org.tradekit.trace.event;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Event bodies as compact UTF-8 JSON: absent and empty values left out, decimals written plainly
 * (12.5, never 1.25E+1). Writing happens once per event; reading tolerates fields a newer version adds.
 */
public final class EventCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {
    }

    public static byte[] write(EventBody body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event body", e);
        }
    }

    public static EventBody read(byte[] bytes) {
        try {
            return JSON.readValue(bytes, EventBody.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable event body", e);
        }
    }
}
