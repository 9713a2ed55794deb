package org.liandong.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for password authentication. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final Users users;

	AccountDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(AccountDetails::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
