package org.tradekit.trace.epcis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the schema validator's findings into one plain reason per field: the schema says the same
 * thing several ways (an {@code anyOf} of a CBV term or a URI fails both branches), the user needs
 * to hear it once, in the words of the field ("not a CBV 2.0 business step").
 */
final class SchemaProblems {
    /** Alternatives of "what" the schema offers through anyOf; missing all of them is one problem. */
    private static final Set<String> WHAT = Set.of("epcList", "quantityList", "sensorElementList", "childEPCs",
            "childQuantityList", "inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList",
            "transformationID");
    private static final Set<String> COMPOSITE = Set.of("anyOf", "allOf", "oneOf", "if", "then", "else", "not");

    private SchemaProblems() {
    }

    static List<EpcisProblem> translate(int eventNumber, String eventId, JsonNode node, List<EpcisSchema.Violation> found) {
        Map<String, EpcisProblem> byField = new LinkedHashMap<>();
        boolean missingWhat = false;
        for (EpcisSchema.Violation v : found) {
            String at = v.location().startsWith("/") ? v.location().substring(1) : v.location();
            if (v.keyword().equals("required")) {
                if (WHAT.contains(v.property()) || ("readPoint".equals(v.property()) && whatMissing(found))) {
                    missingWhat = true;
                    continue;
                }
                String field = at.isEmpty() ? v.property() : at + "/" + v.property();
                byField.putIfAbsent(field, new EpcisProblem(eventNumber, eventId, field, "epcis.problem.required", field));
                continue;
            }
            if (v.keyword().equals("additionalProperties") || v.keyword().equals("propertyNames")) {
                String field = at.isEmpty() ? v.property() : at + "/" + v.property();
                byField.putIfAbsent(field, new EpcisProblem(eventNumber, eventId, field, "epcis.problem.unknownField",
                        v.property()));
                continue;
            }
            if (COMPOSITE.contains(v.keyword())) {
                continue;
            }
            JsonNode value = node.at(v.location());
            if (at.equals("action") && node.has("ilmd") && Set.of("ADD", "OBSERVE", "DELETE").contains(value.asText())) {
                // the schema allows ilmd only with ADD by constraining the action; say what is really wrong
                byField.putIfAbsent("ilmd", new EpcisProblem(eventNumber, eventId, "ilmd", "epcis.problem.ilmdNotAdd",
                        value.asText()));
                continue;
            }
            byField.putIfAbsent(at, reason(eventNumber, eventId, at, v, value));
        }
        // a finding about a whole list or object says less than one about an item inside it
        byField.keySet().removeIf(f -> byField.keySet().stream().anyMatch(other -> other.startsWith(f + "/"))
                && byField.get(f).key().equals("epcis.problem.type"));
        List<EpcisProblem> out = new ArrayList<>();
        if (missingWhat) {
            out.add(new EpcisProblem(eventNumber, eventId, "", "epcis.problem.noWhat"));
        }
        out.addAll(byField.values());
        if (out.isEmpty() && !found.isEmpty()) {
            EpcisSchema.Violation v = found.get(0);
            out.add(new EpcisProblem(eventNumber, eventId, v.location(), "epcis.problem.invalid", v.message()));
        }
        return out;
    }

    private static boolean whatMissing(List<EpcisSchema.Violation> found) {
        return found.stream().anyMatch(v -> v.keyword().equals("required") && WHAT.contains(v.property()));
    }

    private static EpcisProblem reason(int number, String id, String at, EpcisSchema.Violation v, JsonNode value) {
        String field = at.contains("/") ? at.substring(at.lastIndexOf('/') + 1) : at;
        String shown = value.isMissingNode() ? "" : value.isTextual() ? value.asText() : value.toString();
        String key = switch (field) {
            case "bizStep" -> "epcis.problem.bizStep";
            case "disposition" -> "epcis.problem.disposition";
            case "action" -> "epcis.problem.action";
            case "eventTime", "declarationTime", "recordTime", "creationDate" -> "epcis.problem.time";
            case "eventTimeZoneOffset" -> "epcis.problem.offset";
            case "quantity" -> "epcis.problem.number";
            case "uom" -> "epcis.problem.uom";
            case "type" -> at.contains("/") ? "epcis.problem.notAllowedValue" : "epcis.problem.eventType";
            default -> switch (v.keyword()) {
                case "format" -> "epcis.problem.uri";
                case "enum" -> "epcis.problem.notAllowedValue";
                case "type" -> "epcis.problem.type";
                default -> "epcis.problem.invalid";
            };
        };
        return new EpcisProblem(number, id, at, key, key.equals("epcis.problem.invalid") ? v.message() : shown);
    }
}
