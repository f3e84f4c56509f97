package org.tradekit.catalog;

/** A product's name and description in a language beyond Vietnamese and English (zh, ko, ja, ...). */
public record Translation(String id, String lang, String name, String description) {
}
