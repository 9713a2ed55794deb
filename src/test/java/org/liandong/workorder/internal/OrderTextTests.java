package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;

class OrderTextTests {

	private static final String CONTENT = "保密诉求：小区垃圾无人清运，赵四海 电话13900001111。请尽快处理";

	private static WorkOrder order(boolean confidential, String title) {
		WorkOrder o = TestOrders.received("o-1", "WH20261128000001", "operator1", Instant.EPOCH);
		o.content = CONTENT;
		o.title = title == null ? Titles.derive(CONTENT) : title;
		o.citizenName = "赵四海";
		o.citizenPhone = "13900001111";
		o.confidential = confidential;
		return o;
	}

	private static Actor actor(Role role, String unit) {
		return new Actor("u", "u", "u", role, unit, role == Role.HANDLER ? null : "371000000000", Set.of());
	}

	@Test
	void aTitleCutInsideThePhoneNumberIsDerivedAgainFromTheRedactedContent() {
		assertThat(Titles.derive(CONTENT)).endsWith("1390000111…");
		OrderText text = OrderText.of(order(true, null), true);
		assertThat(text.content()).isEqualTo("保密诉求：小区垃圾无人清运，** 电话[电话已隐去]。请尽快处理");
		assertThat(text.title()).isEqualTo("保密诉求：小区垃圾无人清运，** 电话[电话已隐去]");
	}

	@Test
	void aTitleOfItsOwnIsRedactedOnItsOwn() {
		OrderText text = OrderText.of(order(true, "赵四海反映垃圾（电话139 0000 1111）"), true);
		assertThat(text.title()).isEqualTo("**反映垃圾（电话[电话已隐去]）");
	}

	@Test
	void theTextStaysAsTakenInWhenTheCitizenIsNotHidden() {
		WorkOrder o = order(true, null);
		OrderText text = OrderText.of(o, false);
		assertThat(text.title()).isEqualTo(o.title);
		assertThat(text.content()).isEqualTo(CONTENT);
	}

	@Test
	void aConfidentialOrderHidesItsCitizenFromHandlersAndGridWorkersOnly() {
		WorkOrder confidential = order(true, null);
		confidential.leadUnitCode = "ST-371002003";
		assertThat(PersonalDataPolicy.hidesCitizenFrom(actor(Role.HANDLER, "ST-371002003"), confidential)).isTrue();
		assertThat(PersonalDataPolicy.hidesCitizenFrom(actor(Role.GRID_WORKER, null), confidential)).isTrue();
		for (Role role : new Role[] { Role.ADMIN, Role.OPERATOR, Role.DISPATCHER, Role.SUPERVISOR, Role.LEADER }) {
			assertThat(PersonalDataPolicy.hidesCitizenFrom(actor(role, null), confidential)).as(role.name()).isFalse();
		}
		assertThat(PersonalDataPolicy.hidesCitizenFrom(actor(Role.HANDLER, "ST-371002003"), order(false, null)))
			.isFalse();
	}
}
