package org.liandong.identity;

/** Implemented by the security principal of an authenticated user. */
public interface ActorPrincipal {

	Actor actor();
}
