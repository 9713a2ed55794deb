package org.liandong.linkage.internal;

import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.RegionCodes;
import org.springframework.stereotype.Component;

/**
 * Who sees and acts on a whistle (CONTRACT §7): the blowing unit closes and rates; summoned units see and report;
 * dispatchers, supervisors, leaders and admin see. Handlers of a unit above a blowing or summoned unit see too.
 * Dispatchers, supervisors and leaders scoped to a district or street see the whistles of their region only (its
 * order's region, or the blowing unit's for a whistle on no order), as they see its orders only (CONTRACT §4).
 */
@Component
class WhistleAccess {

	private final Directory directory;

	WhistleAccess(Directory directory) {
		this.directory = directory;
	}

	boolean canSee(Actor actor, Whistle w) {
		if (actor.isAdmin()) {
			return true;
		}
		if (actor.is(Role.DISPATCHER) || actor.is(Role.SUPERVISOR) || actor.is(Role.LEADER)) {
			return RegionCodes.includes(actor.regionCode(), w.regionCode());
		}
		if (actor.is(Role.HANDLER) && actor.unitCode() != null) {
			return directory.isSameOrBelow(w.unitCode(), actor.unitCode()) || w.summons()
				.stream()
				.anyMatch(s -> directory.isSameOrBelow(s.unitCode(), actor.unitCode()));
		}
		return false;
	}

	/** The units whose whistles a list shows to this actor; null for all. */
	Set<String> listScope(Actor actor) {
		if (actor.isAdmin() || actor.is(Role.DISPATCHER) || actor.is(Role.SUPERVISOR) || actor.is(Role.LEADER)) {
			return null;
		}
		if (actor.is(Role.HANDLER) && actor.unitCode() != null) {
			return directory.unitAndDescendants(actor.unitCode());
		}
		return Set.of();
	}

	boolean isBlower(Actor actor, Whistle w) {
		return actor.isAdmin() || (actor.is(Role.HANDLER) && w.unitCode().equals(actor.unitCode()));
	}

	void requireBlower(Actor actor, Whistle w, String what) {
		if (!isBlower(actor, w)) {
			throw new ForbiddenException("Only the unit that blew the whistle may " + what + " it.");
		}
	}

	/** A unit's handler blows for the unit; an administrator may blow naming the unit. */
	boolean mayBlow(Actor actor) {
		return actor.isAdmin() || blowsForOwnUnit(actor);
	}

	/** Whether the actor blows for its own unit (else, as an administrator, it names one). */
	boolean blowsForOwnUnit(Actor actor) {
		return actor.is(Role.HANDLER) && actor.unitCode() != null;
	}

	/**
	 * Whether the actor may report on this whistle at all: an administrator, or a handler of a summoned unit (the
	 * blowing unit and units above a summoned one see the whistle but do not report).
	 */
	boolean mayReportOn(Actor actor, Whistle w) {
		return actor.isAdmin() || (actor.is(Role.HANDLER) && actor.unitCode() != null
				&& w.summonsOf(actor.unitCode()) != null);
	}

	boolean mayReportFor(Actor actor, String unitCode) {
		return actor.isAdmin() || (actor.is(Role.HANDLER) && unitCode.equals(actor.unitCode()));
	}
}
