package org.liandong.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the {@link Actor} of the current request. */
public final class Actors {

	private Actors() {
	}

	/** The current actor; fails when nobody is authenticated (callers are behind authentication). */
	public static Actor current() {
		return currentIfAny().orElseThrow(() -> new IllegalStateException("No authenticated actor"));
	}

	public static Optional<Actor> currentIfAny() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}
}
