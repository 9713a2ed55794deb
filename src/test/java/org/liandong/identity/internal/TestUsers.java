package org.liandong.identity.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.liandong.identity.Role;
import org.springframework.stereotype.Component;

/** Creates throw-away users, so tests that fail logins or change users never disturb the demo users. */
@Component
class TestUsers {

	static final String PASSWORD = "test-pass-123";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserAdministration administration;

	TestUsers(UserAdministration administration) {
		this.administration = administration;
	}

	String operator() {
		String username = "t-op-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		administration.create(new UserRequests.NewUser(username, "测试话务员", Role.OPERATOR, null, null, List.of(),
				PASSWORD));
		return username;
	}
}
