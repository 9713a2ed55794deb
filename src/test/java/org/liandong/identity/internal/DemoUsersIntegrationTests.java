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
	 * Measured in CPU time of the loading thread: build machines are shared, and wall-clock limits fail there for
	 * reasons that are not ours. (Measured wall-clock on an idle machine: about 0.3 s on H2, 0.6 s on PostgreSQL.)
	 */
	@Test
	void threeThousandDemoUsersLoadWellUnderTwoSeconds() {
		// a small warm-up first, so that the measure is the batch insert, not the JIT compiling the JDBC driver
		demoUsers.ensureGridWorkers(java.util.stream.IntStream.range(0, 100).mapToObj(i -> "WARM-" + i).toList());
		List<String> grids = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "PERF-" + i).toList();
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long started = threads.getCurrentThreadCpuTime();
		int added = demoUsers.ensureGridWorkers(grids);
		long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;

		assertThat(added).isEqualTo(3000);
		assertThat(millis).isLessThan(2000);
	}
}
