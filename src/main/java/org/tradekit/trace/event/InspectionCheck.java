package org.tradekit.trace.event;

/** One measured or checked item of an inspection: moisture 11.5 %, pesticide residue not found... */
public record InspectionCheck(String name, String value, Boolean pass) {
}
