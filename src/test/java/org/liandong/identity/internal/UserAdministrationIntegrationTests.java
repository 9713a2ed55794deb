package org.liandong.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.identity.Role;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorCreatesAHandlerOfAnExistingUnit() throws Exception {
		mvc.perform(post("/api/v1/users").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "h-new-1", "displayName": "新承办人", "role": "HANDLER", "unitCode": "CSGLJ",
					 "password": "long-enough-1"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/users/h-new-1"))
			.andExpect(jsonPath("$.unitCode").value("CSGLJ"))
			.andExpect(jsonPath("$.regionCode").doesNotExist())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		mvc.perform(get("/api/v1/me").with(httpBasic("h-new-1", "long-enough-1")))
			.andExpect(jsonPath("$.role").value("HANDLER"))
			.andExpect(jsonPath("$.unitCode").value("CSGLJ"));
	}

	@Test
	void theFieldsARoleDoesNotUseAreDroppedWhenAUserIsSaved() throws Exception {
		// an operator keeps its region, not the unit it was given (docs/security.md)
		mvc.perform(post("/api/v1/users").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "tester-scope-1", "displayName": "话务员乙", "role": "OPERATOR",
					 "regionCode": "371002000000", "unitCode": "CSGLJ", "gridCodes": ["G1"],
					 "password": "long-enough-1"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("371002000000"))
			.andExpect(jsonPath("$.unitCode").doesNotExist())
			.andExpect(jsonPath("$.gridCodes").isEmpty());
		mvc.perform(get("/api/v1/me").with(httpBasic("tester-scope-1", "long-enough-1")))
			.andExpect(jsonPath("$.unitCode").doesNotExist());
		// so does an update to another role: an administrator keeps no unit, a handler no region
		mvc.perform(put("/api/v1/users/tester-scope-1").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "管理员乙", "role": "ADMIN", "unitCode": "CSGLJ", "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").doesNotExist());
		mvc.perform(put("/api/v1/users/tester-scope-1").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "承办人乙", "role": "HANDLER", "unitCode": "CSGLJ",
					 "regionCode": "371002000000", "version": 1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("CSGLJ"))
			.andExpect(jsonPath("$.regionCode").doesNotExist());
		// the pages save through the same service
		mvc.perform(post("/users").with(TestActors.admin()).with(csrf())
			.param("username", "tester-scope-2")
			.param("displayName", "督办员乙")
			.param("role", "SUPERVISOR")
			.param("unitCode", "CSGLJ")
			.param("password", "long-enough-1"))
			.andExpect(redirectedUrl("/users/tester-scope-2"));
		mvc.perform(get("/api/v1/users/tester-scope-2").with(TestActors.admin()))
			.andExpect(jsonPath("$.role").value("SUPERVISOR"))
			.andExpect(jsonPath("$.unitCode").doesNotExist());
	}

	@Test
	void invalidUsersAreRefusedWithFieldErrors() throws Exception {
		create("""
				{"username": "h-x", "displayName": "x", "role": "HANDLER", "password": "long-enough-1"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("unitCode")));
		create("""
				{"username": "h-y", "displayName": "y", "role": "HANDLER", "unitCode": "NOPE", "password": "long-enough-1"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("NOPE")));
		create("""
				{"username": "weak", "displayName": "w", "role": "OPERATOR", "password": "short"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")));
		create("""
				{"username": "bad name!", "displayName": "w", "role": "OPERATOR", "password": "long-enough-1"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")));
	}

	@Test
	void aNameThePlatformWritesAsAnActorIsReserved() throws Exception {
		// the portal's uploads are the "portal" uploader's: a user of that name would read every citizen's photo
		create("""
				{"username": "Portal", "displayName": "x", "role": "OPERATOR", "password": "long-enough-1"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void aDuplicateUsernameIsAConflict() throws Exception {
		create("""
				{"username": "operator1", "displayName": "again", "role": "OPERATOR", "password": "long-enough-1"}""")
			.andExpect(status().isConflict());
	}

	@Test
	void onlyAnAdministratorMayAdministerUsers() throws Exception {
		mvc.perform(post("/api/v1/users").with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "sneaky", "displayName": "s", "role": "ADMIN", "password": "long-enough-1"}"""))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users/admin").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden());
	}

	@Test
	void aMalformedBodyAnswersAfterTheRightsAndTheUser() throws Exception {
		String user = testUsers.operator();
		// 403 for a non-administrator whatever the body, then 404 for an unknown user, then 400
		send(post("/api/v1/users"), TestActors.role(Role.DISPATCHER), "{nope").andExpect(status().isForbidden());
		send(put("/api/v1/users/" + user), TestActors.role(Role.DISPATCHER), "{nope")
			.andExpect(status().isForbidden());
		send(post("/api/v1/users/" + user + "/reset-password"), TestActors.handler("CSGLJ"), "{nope")
			.andExpect(status().isForbidden());
		send(put("/api/v1/users/nobody"), TestActors.admin(), "{nope").andExpect(status().isNotFound());
		send(post("/api/v1/users/nobody/reset-password"), TestActors.admin(), "{nope")
			.andExpect(status().isNotFound());
		send(post("/api/v1/users"), TestActors.admin(), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		send(put("/api/v1/users/" + user), TestActors.admin(), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		send(post("/api/v1/users/" + user + "/reset-password"), TestActors.admin(), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		// a value of the wrong kind names its field
		send(put("/api/v1/users/" + user), TestActors.admin(), "{\"displayName\": \"x\", \"role\": \"KING\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		create("{\"username\": \"typed-1\", \"displayName\": \"t\", \"role\": \"OPERATOR\", "
				+ "\"password\": \"long-enough-1\", \"gridCodes\": {\"a\": 1}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("gridCodes"));
	}

	@Test
	void theListSearchesAndNeverShowsHashes() throws Exception {
		mvc.perform(get("/api/v1/users").param("q", "dispatcher").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].username").value("dispatcher1"))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(content().string(not(containsString("$2a$"))));
		mvc.perform(get("/api/v1/users").param("role", "HANDLER").param("unit", "CSGLJ").with(TestActors.admin()))
			.andExpect(jsonPath("$.content[*].username", hasItem("h-CSGLJ")));
		mvc.perform(get("/api/v1/users/nobody").with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorChangesScopeAndStaleVersionsConflict() throws Exception {
		String user = testUsers.operator();
		List<String> grids = jdbc.sql("SELECT code FROM tr_grid ORDER BY code").query(String.class).list().subList(0, 2);
		// a grid that is none: its worker would see nothing
		mvc.perform(put("/api/v1/users/" + user).with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "网格员甲", "role": "GRID_WORKER", "gridCodes": ["%s", "NOPE-01"], "version": 0}"""
				.formatted(grids.get(0))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("gridCodes"))
			.andExpect(jsonPath("$.errors[0].message").value("Unknown grid: NOPE-01"));
		mvc.perform(put("/api/v1/users/" + user).with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "网格员甲", "role": "GRID_WORKER", "gridCodes": ["%s", "%s"], "version": 0}"""
				.formatted(grids.get(1), grids.get(0))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("GRID_WORKER"))
			.andExpect(jsonPath("$.gridCodes[0]").value(grids.get(0)))
			.andExpect(jsonPath("$.regionCode").doesNotExist())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/users/" + user).with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": "x", "role": "LEADER", "version": 0}"""))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/me").with(httpBasic(user, TestUsers.PASSWORD)))
			.andExpect(jsonPath("$.gridCodes[1]").value(grids.get(1)));
	}

	@Test
	void resetDisableAndEnableWorkThroughTheApi() throws Exception {
		String user = testUsers.operator();
		mvc.perform(post("/api/v1/users/" + user + "/reset-password").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"brand-new-pass\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users/" + user + "/disable").with(TestActors.admin()))
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "brand-new-pass"))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/" + user + "/enable").with(TestActors.admin()))
			.andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "brand-new-pass"))).andExpect(status().isOk());
	}

	@Test
	void anAdministratorCannotDisableHimself() throws Exception {
		mvc.perform(post("/api/v1/users/admin/disable").with(httpBasic("admin", "demo123")))
			.andExpect(status().isConflict());
	}

	@Test
	void theUserPagesListCreateAndEditUsers() throws Exception {
		mvc.perform(get("/users").param("q", "leader").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("leader1")))
			.andExpect(content().string(containsString("新建用户")));
		mvc.perform(post("/users").with(TestActors.admin()).with(csrf())
			.param("username", "page-made-1")
			.param("displayName", "页面用户")
			.param("role", "SUPERVISOR")
			.param("password", "long-enough-1"))
			.andExpect(redirectedUrl("/users/page-made-1"));
		mvc.perform(get("/users/page-made-1").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面用户")));
		mvc.perform(post("/users").with(TestActors.admin()).with(csrf())
			.param("username", "page-made-2")
			.param("displayName", "x")
			.param("role", "HANDLER")
			.param("password", "long-enough-1"))
			.andExpect(redirectedUrl("/users"));
		mvc.perform(post("/users/page-made-1/disable").with(TestActors.admin()).with(csrf()))
			.andExpect(redirectedUrl("/users/page-made-1"));
		mvc.perform(get("/api/v1/users/page-made-1").with(TestActors.admin()))
			.andExpect(jsonPath("$.enabled").value(false));
	}

	@Test
	void theUserPagesSayTheirRefusalsInTheVisitorsLanguageAndKeepWhatWasTyped() throws Exception {
		var refused = mvc.perform(post("/users").with(TestActors.admin()).with(csrf())
			.param("username", "g-typed-1")
			.param("displayName", "网格员甲")
			.param("role", "GRID_WORKER")
			.param("gridCodes", "NOPE-01")
			.param("password", "long-enough-1"))
			.andExpect(redirectedUrl("/users"))
			.andReturn();
		mvc.perform(get("/users").with(TestActors.admin()).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("网格代码：网格代码 NOPE-01 不存在。")))
			.andExpect(content().string(containsString("value=\"g-typed-1\"")))
			.andExpect(content().string(containsString("value=\"网格员甲\"")))
			.andExpect(content().string(containsString("value=\"NOPE-01\"")))
			.andExpect(content().string(containsString("<option value=\"GRID_WORKER\" selected=\"selected\"")))
			.andExpect(content().string(not(containsString("long-enough-1"))))
			.andExpect(content().string(not(containsString("Unknown grid"))));
		var english = mvc.perform(post("/users").param("lang", "en").with(TestActors.admin()).with(csrf())
			.param("username", "system")
			.param("displayName", "x")
			.param("role", "SUPERVISOR")
			.param("password", "short"))
			.andReturn();
		mvc.perform(get("/users").param("lang", "en").with(TestActors.admin()).flashAttrs(english.getFlashMap()))
			.andExpect(content().string(containsString("Password: must have 8 to 72 characters.")));
		var taken = mvc.perform(post("/users").with(TestActors.admin()).with(csrf())
			.param("username", "leader1")
			.param("displayName", "x")
			.param("role", "LEADER")
			.param("password", "long-enough-1"))
			.andReturn();
		mvc.perform(get("/users").with(TestActors.admin()).flashAttrs(taken.getFlashMap()))
			.andExpect(content().string(containsString("用户名 leader1 已被使用。")));
		var self = mvc.perform(post("/users/admin/disable").with(httpBasic("admin", "demo123")).with(csrf()))
			.andExpect(redirectedUrl("/users/admin"))
			.andReturn();
		mvc.perform(get("/users/admin").with(TestActors.admin()).flashAttrs(self.getFlashMap()))
			.andExpect(content().string(containsString("不能停用自己。")));
	}

	private org.springframework.test.web.servlet.ResultActions send(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			org.springframework.test.web.servlet.request.RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private org.springframework.test.web.servlet.ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/v1/users").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}
}
