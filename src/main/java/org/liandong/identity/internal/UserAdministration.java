package org.liandong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users. Every change evicts the user's cached Basic credentials on this instance, so a
 * disabled user or an old password stops working here at once (elsewhere within the cache TTL).
 */
@Service
@Transactional
class UserAdministration {

	private final Users users;

	private final ScopePolicy scopes;

	private final PasswordEncoder passwordEncoder;

	private final BasicCredentialCache cache;

	private final Clock clock;

	UserAdministration(Users users, ScopePolicy scopes, PasswordEncoder passwordEncoder, BasicCredentialCache cache,
			Clock clock) {
		this.users = users;
		this.scopes = scopes;
		this.passwordEncoder = passwordEncoder;
		this.cache = cache;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	UserAccount get(String username) {
		return users.findByUsername(username).orElseThrow(() -> new NotFoundException("No such user: " + username));
	}

	@Transactional(readOnly = true)
	PageResult<UserAccount> search(String q, Role role, String unitCode, PageQuery page) {
		return users.search(q, role, unitCode, page);
	}

	/**
	 * Names the platform writes as actors and uploaders of its own (the portal's citizens, the platform's jobs): a
	 * user with such a name would read as them, and read what they uploaded.
	 */
	static final Set<String> RESERVED = Set.of("portal", "system");

	UserAccount create(UserRequests.NewUser request) {
		checkPasswordLength(request.password());
		if (request.username() != null && RESERVED.contains(request.username().strip().toLowerCase(Locale.ROOT))) {
			throw new InvalidRequestException("username", "This username is reserved for the platform.");
		}
		ScopePolicy.Scope scope = scopes.check(request.role(), request.unitCode(), request.regionCode(),
				request.gridCodes());
		if (users.findByUsername(request.username()).isPresent()) {
			throw new ConflictException("A user with this username exists: " + request.username());
		}
		Instant now = clock.instant();
		UserAccount user = new UserAccount(UUID.randomUUID().toString(), request.username(),
				passwordEncoder.encode(request.password()), request.displayName().strip(), request.role(),
				scope.unitCode(), scope.regionCode(), scope.gridCodes(), true, now, now, 0);
		try {
			users.insert(user);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("A user with this username exists: " + request.username());
		}
		return user;
	}

	UserAccount update(String username, UserRequests.UserChange change) {
		UserAccount current = get(username);
		if (change.version() != null && change.version() != current.version()) {
			throw new ConflictException("The user was changed by someone else; reload and try again.");
		}
		ScopePolicy.Scope scope = scopes.check(change.role(), change.unitCode(), change.regionCode(),
				change.gridCodes());
		boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
		if (isCaller(username) && (!enabled || change.role() != current.role())) {
			throw new ConflictException("You cannot disable yourself or change your own role.");
		}
		return save(current, new UserAccount(current.id(), current.username(), current.passwordHash(),
				change.displayName().strip(), change.role(), scope.unitCode(), scope.regionCode(), scope.gridCodes(),
				enabled, current.createdAt(), clock.instant(), current.version()));
	}

	UserAccount resetPassword(String username, String password) {
		checkPasswordLength(password);
		UserAccount u = get(username);
		return save(u, new UserAccount(u.id(), u.username(), passwordEncoder.encode(password), u.displayName(),
				u.role(), u.unitCode(), u.regionCode(), u.gridCodes(), u.enabled(), u.createdAt(), clock.instant(),
				u.version()));
	}

	UserAccount setEnabled(String username, boolean enabled) {
		UserAccount u = get(username);
		if (!enabled && isCaller(username)) {
			throw new ConflictException("You cannot disable yourself.");
		}
		return save(u, new UserAccount(u.id(), u.username(), u.passwordHash(), u.displayName(), u.role(),
				u.unitCode(), u.regionCode(), u.gridCodes(), enabled, u.createdAt(), clock.instant(), u.version()));
	}

	private UserAccount save(UserAccount current, UserAccount changed) {
		if (!users.update(changed, current.version())) {
			throw new ConflictException("The user was changed by someone else; reload and try again.");
		}
		cache.evict(current.username());
		return get(current.username());
	}

	private static boolean isCaller(String username) {
		return Actors.currentIfAny().map(a -> a.username().equals(username)).orElse(false);
	}

	/** bcrypt reads at most 72 bytes; a longer password would be silently truncated, so refuse it. */
	private static void checkPasswordLength(String password) {
		if (password == null || password.length() < 8) {
			throw new InvalidRequestException("password", "must have 8 to 72 characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new InvalidRequestException("password", "must be at most 72 bytes in UTF-8");
		}
	}
}
