package org.liandong.identity.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.support.IntegrationTest;
import org.liandong.identity.PersonalDataAudit;
import org.liandong.identity.Role;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PersonalDataAuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalDataAudit audit;

	@Autowired
	TransactionTemplate transactions;

	private final Actor operator = new Actor("u-9", "operator9", "话务员九", Role.OPERATOR, null, "371000000000",
			Set.of());

	@Test
	void aRecordedReadIsListedForAdministrators() throws Exception {
		String order = "wo-" + UUID.randomUUID();
		audit.recordRead(operator, "WORK_ORDER", order, "citizenName,citizenPhone");

		mvc.perform(get("/api/v1/audit/personal-data").param("subject", order).with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].username").value("operator9"))
			.andExpect(jsonPath("$.content[0].role").value("OPERATOR"))
			.andExpect(jsonPath("$.content[0].subjectType").value("WORK_ORDER"))
			.andExpect(jsonPath("$.content[0].fields").value("citizenName,citizenPhone"))
			.andExpect(jsonPath("$.content[0].at").exists());
		mvc.perform(get("/api/v1/audit/personal-data").param("user", "operator9").param("subject", order)
			.with(TestActors.admin())).andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/audit/personal-data").param("user", "someone-else").param("subject", order)
			.with(TestActors.admin())).andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theRecordRollsBackWithTheCallersTransaction() throws Exception {
		String order = "wo-" + UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			audit.recordRead(operator, "WORK_ORDER", order, "citizenPhone");
			tx.setRollbackOnly();
		});

		mvc.perform(get("/api/v1/audit/personal-data").param("subject", order).with(TestActors.admin()))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void onlyAdministratorsReadTheAudit() throws Exception {
		mvc.perform(get("/api/v1/audit/personal-data").with(TestActors.role(Role.SUPERVISOR)))
			.andExpect(status().isForbidden());
	}
}
