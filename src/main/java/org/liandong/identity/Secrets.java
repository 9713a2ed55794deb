package org.liandong.identity;

/**
 * Secrets every instance must share, generated once (256 random bits) by whichever instance needs one first and kept
 * in {@code idn_secret}: the bearer tokens' signing key, the SMS revisit links' key. Deleting a secret's row (and
 * restarting) replaces it, which invalidates what it signed.
 */
public interface Secrets {

	/** The named secret, 32 bytes. */
	byte[] secret(String name);
}
