package org.firststep.platform.web;

/**
 * What is wrong with one field, as a message key resolved in the request's language.
 *
 * @param field the field's name as the form or JSON body spells it
 * @param key the message key, or a message Bean Validation already resolved in the
 * request's language (no key is spelled like a sentence, so it stands as it is)
 * @param args arguments for the message
 */
public record FieldMessage(String field, String key, Object... args) {
}
