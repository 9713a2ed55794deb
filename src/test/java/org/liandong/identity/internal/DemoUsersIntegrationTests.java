package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.liandong.support.IntegrationTest;
import org.liandong.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoUsersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	Directory directory;

	@Autowired
	DemoUsers demoUsers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCityWideStaffExistWithTheirRolesAndTheCityScope() {
		Map<String, Role> staff = Map.of("admin", Role.ADMIN, "operator1", Role.OPERATOR, "dispatcher1",
				Role.DISPATCHER, "supervisor1", Role.SUPERVISOR, "leader1", Role.LEADER);
		staff.forEach((username, role) -> assertThat(users.findByUsername(username)).hasValueSatisfying(u -> {
			assertThat(u.role()).isEqualTo(role);
			assertThat(u.regionCode()).isEqualTo("371000000000");
			assertThat(u.enabled()).isTrue();
		}));
	}

	@Test
	void everyUnitHasAHandlerNamedAfterIt() {
		List<Unit> units = directory.allUnits();
		assertThat(units).isNotEmpty();
		for (Unit unit : units) {
			assertThat(users.findByUsername("h-" + unit.code())).hasValueSatisfying(u -> {
				assertThat(u.role()).isEqualTo(Role.HANDLER);
				assertThat(u.unitCode()).isEqualTo(unit.code());
				assertThat(u.displayName()).isEqualTo(unit.name() + "承办人");
			});
		}
	}

	@Test
	void theDemoPasswordWorksAndTheSharedHashIsBcryptOfIt() throws Exception {
		assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
			.matches("demo123", DemoUsers.DEMO_PASSWORD_HASH)).isTrue();
		mvc.perform(get("/api/v1/me").with(httpBasic("h-CSGLJ", "demo123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("CSGLJ"));
	}

	@Test
	void loadingAgainAddsNobodyAndGridWorkersCanBeAdded() {
		int before = users.existingUsernames().size();
		demoUsers.run(new DefaultApplicationArguments());
		assertThat(users.existingUsernames()).hasSize(before);

		assertThat(demoUsers.ensureGridWorkers(List.of("371002003001-01", "371002003001-02"))).isEqualTo(2);
		assertThat(demoUsers.ensureGridWorkers(List.of("371002003001-01"))).isZero();
		assertThat(users.findByUsername("g-371002003001-01")).hasValueSatisfying(u -> {
			assertThat(u.role()).isEqualTo(Role.GRID_WORKER);
			assertThat(u.gridCodes()).containsExactly("371002003001-01");
		});
	}

	/**
	 * What keeps the load of thousands of demo users fast is that none of them runs bcrypt: they share one
	 * precomputed hash (a hash computed per user would differ, bcrypt salts each one), inserted in one batch. Checked
	 * on the stored rows rather than by timing the load, which would measure the build machine.
	 */
	@Test
	void threeThousandDemoUsersShareTheOnePrecomputedHash() throws Exception {
		List<String> grids = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "PERF-" + i).toList();

		assertThat(demoUsers.ensureGridWorkers(grids)).isEqualTo(3000);

		Map<String, Long> hashes = jdbc
			.sql("SELECT password_hash, COUNT(*) FROM idn_user WHERE username LIKE 'g-PERF-%' GROUP BY password_hash")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(hashes).containsExactly(Map.entry(DemoUsers.DEMO_PASSWORD_HASH, 3000L));
		mvc.perform(get("/api/v1/me").with(httpBasic("g-PERF-2999", "demo123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("GRID_WORKER"));
	}
}
