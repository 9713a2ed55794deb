package org.liandong.identity.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liandong.identity.Role;

/** Bodies of the user administration API. */
final class UserRequests {

	static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";

	private UserRequests() {
	}

	/** {@code POST /api/v1/users}. */
	record NewUser(@NotBlank @Pattern(regexp = USERNAME,
			message = "2 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit") String username,
			@NotBlank @Size(max = 200) String displayName, @NotNull Role role, String unitCode, String regionCode,
			List<String> gridCodes, @NotNull @Size(min = 8, max = 72,
					message = "must have 8 to 72 characters") String password) {
	}

	/** {@code PUT /api/v1/users/{username}}: the whole profile; {@code enabled} and {@code version} optional. */
	record UserChange(@NotBlank @Size(max = 200) String displayName, @NotNull Role role, String unitCode,
			String regionCode, List<String> gridCodes, Boolean enabled, Long version) {
	}

	/** {@code POST /api/v1/users/{username}/reset-password}. */
	record NewPassword(@NotNull @Size(min = 8, max = 72, message = "must have 8 to 72 characters") String password) {
	}
}
