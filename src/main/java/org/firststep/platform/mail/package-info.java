/**
 * E-mail: the queue written in the transaction that causes a message, and its sending.
 */
@org.springframework.modulith.NamedInterface("mail")
package org.firststep.platform.mail;
