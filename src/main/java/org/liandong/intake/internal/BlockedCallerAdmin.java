package org.liandong.intake.internal;

import org.liandong.shared.PhoneNumbers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.liandong.identity.Actor;
import org.liandong.identity.PersonalDataAudit;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.shared.Masking;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing the blocked-callers list: administrators and supervisors add, change and remove entries; operators may
 * read the list (to know why the console warns). Numbers are masked in lists; an entry read one at a time shows the
 * full number to the managers only, and that read is audited.
 */
@Component
class BlockedCallerAdmin {

	static final String AUDIT_SUBJECT = "BLOCKED_CALLER";

	private final BlockedCallers blocked;
	private final ContactLog contacts;
	private final PersonalDataAudit audit;
	private final Clock clock;
	private final IntakeMessages messages;

	BlockedCallerAdmin(BlockedCallers blocked, ContactLog contacts, PersonalDataAudit audit, Clock clock,
			IntakeMessages messages) {
		this.blocked = blocked;
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/** An entry as shown; {@code phone} masked unless read alone by a manager. */
	record View(String id, String phone, String reason, String addedBy, Instant addedAt, Instant expiresAt,
			boolean active) {
	}

	/** A new entry or a change ({@code phone} is ignored on change). */
	record Change(String phone, String reason, Instant expiresAt) {
	}

	static boolean manages(Actor actor) {
		return actor.isAdmin() || actor.is(Role.SUPERVISOR);
	}

	static void checkReader(Actor actor) {
		if (!(manages(actor) || actor.is(Role.OPERATOR))) {
			throw new ForbiddenException("The blocked-callers list is for administrators, supervisors and operators.");
		}
	}

	private static void checkManager(Actor actor) {
		if (!manages(actor)) {
			throw new ForbiddenException("Only administrators and supervisors manage the blocked-callers list.");
		}
	}

	PageResult<View> list(Actor actor, String phone, PageQuery page) {
		checkReader(actor);
		String p = phone == null || phone.isBlank() ? null : BlockedCallers.normalize(phone);
		return blocked.list(p, page).map(e -> view(e, false));
	}

	View one(Actor actor, String id) {
		checkReader(actor);
		BlockedCallers.Entry e = blocked.find(id).orElseThrow(() -> notFound(id));
		if (manages(actor)) {
			audit.recordRead(actor, AUDIT_SUBJECT, id, "phone");
			return view(e, true);
		}
		return view(e, false);
	}

	@Transactional
	View add(Actor actor, Change change) {
		return add(actor, () -> change);
	}

	/** As {@link #add(Actor, Change)}, with the change read only once the actor is known to manage the list. */
	@Transactional
	View add(Actor actor, Supplier<Change> body) {
		checkManager(actor);
		Change change = body.get();
		String phone = PortalIntake.trim(change.phone());
		List<FieldError> errors = new ArrayList<>();
		if (phone == null || !PhoneNumbers.isValid(phone)) {
			errors.add(new FieldError("phone", messages.say("portal.error.phone.invalid")));
		}
		validate(change, errors);
		String normalized = BlockedCallers.normalize(phone);
		var existing = normalized == null ? null : blocked.byPhone(normalized).orElse(null);
		if (existing != null && existing.activeAt(clock.instant())) {
			throw new ConflictException(messages.say("intake.error.block.exists"));
		}
		if (existing != null) {
			blocked.remove(existing.id());
		}
		return view(blocked.add(normalized, change.reason().strip(), actor.username(), change.expiresAt()), false);
	}

	/**
	 * Changes an entry's reason or expiry, the change read only once the actor's rights (403) and the entry (404) are
	 * checked: a malformed body answers 400 after them.
	 */
	@Transactional
	View update(Actor actor, String id, Supplier<Change> body) {
		checkManager(actor);
		blocked.find(id).orElseThrow(() -> notFound(id));
		Change change = body.get();
		validate(change, new ArrayList<>());
		blocked.update(id, change.reason().strip(), change.expiresAt());
		return view(blocked.find(id).orElseThrow(), false);
	}

	void remove(Actor actor, String id) {
		checkManager(actor);
		if (!blocked.remove(id)) {
			throw notFound(id);
		}
	}

	PageResult<ContactLog.Contact> contacts(Actor actor, PageQuery page) {
		checkReader(actor);
		return contacts.list(page);
	}

	private void validate(Change change, List<FieldError> errors) {
		String reason = PortalIntake.trim(change.reason());
		if (reason == null) {
			errors.add(new FieldError("reason", messages.say("intake.error.block.reason")));
		}
		else if (reason.length() > 500) {
			errors.add(new FieldError("reason", messages.say("intake.error.block.reasonTooLong", "500")));
		}
		if (change.expiresAt() != null && !change.expiresAt().isAfter(clock.instant())) {
			errors.add(new FieldError("expiresAt", messages.say("intake.error.block.expiresPast")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(messages.say("intake.error.check"), errors);
		}
	}

	private View view(BlockedCallers.Entry e, boolean unmasked) {
		return new View(e.id(), unmasked ? e.phone() : Masking.phone(e.phone()), e.reason(), e.addedBy(), e.addedAt(),
				e.expiresAt(), e.activeAt(clock.instant()));
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("Blocked caller " + id + " not found.");
	}
}
