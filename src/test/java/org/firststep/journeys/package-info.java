/**
 * End-to-end journeys across features, in a real browser.
 */
package org.firststep.journeys;
