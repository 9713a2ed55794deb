package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.identity.FakeDirectory;
import org.liandong.identity.Role;
import org.liandong.shared.InvalidRequestException;

class ScopePolicyTests {

	/** The grids there are: G1 to G9. */
	private final ScopePolicy policy = new ScopePolicy(new FakeDirectory(), List.of(code -> code.matches("G[1-9]")),
			FakeDirectory.CITY);

	@Test
	void aHandlerNeedsAnExistingUnitAndKeepsNoRegionOrGrids() {
		assertThat(policy.check(Role.HANDLER, "CSGLJ", "371002000000", List.of("G1")))
			.isEqualTo(new ScopePolicy.Scope("CSGLJ", null, Set.of()));
		assertThatThrownBy(() -> policy.check(Role.HANDLER, null, null, null)).isInstanceOfSatisfying(
				InvalidRequestException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("unitCode"));
		assertThatThrownBy(() -> policy.check(Role.HANDLER, "NOPE", null, null))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("scope");
	}

	@Test
	void regionRolesDefaultToTheCityAndNeedAKnownRegion() {
		assertThat(policy.check(Role.DISPATCHER, null, null, null).regionCode()).isEqualTo(FakeDirectory.CITY);
		assertThat(policy.check(Role.LEADER, null, "371002000000", null).regionCode()).isEqualTo("371002000000");
		assertThatThrownBy(() -> policy.check(Role.SUPERVISOR, null, "999999999999", null)).isInstanceOfSatisfying(
				InvalidRequestException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("regionCode"));
	}

	@Test
	void aGridWorkerNeedsGridsAndAnAdminIsCityWide() {
		assertThat(policy.check(Role.GRID_WORKER, null, FakeDirectory.CITY, List.of(" G2 ", "G1", "")).gridCodes())
			.containsExactly("G1", "G2");
		assertThatThrownBy(() -> policy.check(Role.GRID_WORKER, null, null, List.of()))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> policy.check(Role.GRID_WORKER, null, null, List.of("G1", "G10", "X")))
			.isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
				.extracting("message").containsExactly("Unknown grid: G10", "Unknown grid: X"));
		assertThat(policy.check(Role.ADMIN, null, "371002000000", null).regionCode()).isEqualTo(FakeDirectory.CITY);
	}

	@Test
	void onlyAHandlerKeepsAUnit() {
		assertThat(policy.check(Role.OPERATOR, "CSGLJ", "371002000000", List.of("G1")))
			.isEqualTo(new ScopePolicy.Scope(null, "371002000000", Set.of()));
		assertThat(policy.check(Role.GRID_WORKER, "CSGLJ", null, List.of("G1")))
			.isEqualTo(new ScopePolicy.Scope(null, null, Set.of("G1")));
		assertThat(policy.check(Role.ADMIN, "CSGLJ", null, null))
			.isEqualTo(new ScopePolicy.Scope(null, FakeDirectory.CITY, Set.of()));
		// what is dropped is not checked either
		assertThat(policy.check(Role.LEADER, "NOPE", null, List.of("X".repeat(65))).unitCode()).isNull();
		assertThat(policy.check(Role.HANDLER, "CSGLJ", "999999999999", List.of("X".repeat(65))).unitCode())
			.isEqualTo("CSGLJ");
	}
}
