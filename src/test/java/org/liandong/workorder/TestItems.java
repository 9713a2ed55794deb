package org.liandong.workorder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.liandong.support.TestActors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Creates responsibility items through the public API for work-order tests. */
public final class TestItems {

	private TestItems() {
	}

	/** Creates an item whose every limit is {@code duration} in {@code mode}; answers its code. */
	public static String create(MockMvc mvc, String code, boolean verification, String duration, String mode)
			throws Exception {
		String limit = "{\"duration\":\"" + duration + "\",\"mode\":\"" + mode + "\"}";
		String body = """
				{"code":"%s","name":"测试事项 %s","path":["城乡建设","市政设施","井盖"],"nature":"COMPLAINT",
				 "urgency":"NORMAL","description":"test item","keywords":["井盖"],"publicService":true,
				 "unitRule":{"type":"LOCAL_STREET","unitCode":null,"coUnitCodes":[]},
				 "limits":{"sign":%s,"response":%s,"handle":{"NORMAL":%s,"URGENT":%s,"CRITICAL":%s,"COMPLEX":%s}},
				 "verificationRequired":%s,"closingCriteria":"fixed"}"""
			.formatted(code, code, limit, limit, limit, limit, limit, limit, verification);
		int status = mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse().getStatus();
		if (status != 201 && status != 409) {
			throw new IllegalStateException("Creating test item " + code + " answered " + status);
		}
		return code;
	}
}
