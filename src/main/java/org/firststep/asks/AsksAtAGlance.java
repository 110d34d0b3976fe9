package org.firststep.asks;

import java.time.Instant;

/**
 * What the home page shows from asks, read without opening any.
 *
 * @param soonestSendBy the earliest send-by of an ask not yet sent, or null
 * @param nextSize the ladder's next step: one size above the biggest ask that went well,
 * or tiny
 */
public record AsksAtAGlance(Instant soonestSendBy, Size nextSize) {
}
