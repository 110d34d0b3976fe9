package org.firststep.privacy;

/**
 * A column that holds private content, sealed. Its name is part of the associated data,
 * so a sealed value only opens in the table and column it was written for.
 *
 * @param table the table
 * @param column the column
 */
public record SealedField(String table, String column) {
}
