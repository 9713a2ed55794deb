package org.liandong.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Errors Spring raises itself are problem details of this API too: a type, and the field at fault by name. */
@IntegrationTest
class ProblemDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aQueryValueOfTheWrongKindNamesTheParameterAndWhatItMustBe() throws Exception {
		mvc.perform(get("/api/v1/regions").param("level", "FOO").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://liandong.org/problems/invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("COMMUNITY")))
			.andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("org.liandong"))));
		mvc.perform(get("/api/v1/regions").param("page", "abc").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("whole number")))
			.andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("java."))));
	}

	@Test
	void aTextFieldGivenANumberOrABooleanIsRefusedByName() throws Exception {
		mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"content\":\"路灯不亮\",\"citizenName\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("citizenName"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a string (got false)"));
		mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"content\":12345}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("content"));
	}

	@Test
	void aYesOrNoFieldGivenANumberOrTextIsRefusedByName() throws Exception {
		for (String value : new String[] { "1", "0", "\"true\"", "\"false\"" }) {
			mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"HOTLINE\",\"content\":\"路灯不亮\",\"confidential\":" + value + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("confidential"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("must be true or false")));
		}
	}

	@Test
	void bodiesReadAfterTheChecksKeepTheirSchemaInTheOpenApiDocument() throws Exception {
		var answer = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		String[][] operations = { { "/api/v1/work-orders/{id}/opinions", "post" }, { "/api/v1/users", "post" },
				{ "/api/v1/users/{username}", "put" }, { "/api/v1/users/{username}/reset-password", "post" },
				{ "/api/v1/knowledge", "post" }, { "/api/v1/knowledge/{id}", "put" },
				{ "/api/v1/blocked-callers", "post" }, { "/api/v1/blocked-callers/{id}", "put" },
				{ "/api/v1/open311/clients", "post" }, { "/api/v1/grid-reports", "post" },
				{ "/api/v1/evaluation/exports", "post" } };
		for (String[] o : operations) {
			answer.andExpect(jsonPath("$.paths['" + o[0] + "']." + o[1]
					+ ".requestBody.content['application/json'].schema['$ref']").exists());
		}
	}

	@Test
	void springsOwnProblemsCarryATypeOfTheirStatus() throws Exception {
		// (a 415 is answered by the error page, through a real server: ErrorAnswersHttpTests)
		mvc.perform(post("/api/v1/items/import").with(TestActors.admin()).contentType(MediaType.MULTIPART_FORM_DATA)
			.content("--x--"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("https://liandong.org/problems/")))
			.andExpect(jsonPath("$.status").value(400));
		mvc.perform(post("/api/v1/device-events").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://liandong.org/problems/unauthenticated"));
	}
}
