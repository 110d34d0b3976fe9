/**
 * The database: the two dialects, upserts, and work that runs after a transaction.
 */
@org.springframework.modulith.NamedInterface("persistence")
package org.firststep.platform.persistence;
