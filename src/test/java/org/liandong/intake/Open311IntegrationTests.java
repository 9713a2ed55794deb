package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.Open311TestClients;
import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open311 GeoReport v2 as the spec text describes it (domain.md §5), formats, errors and privacy. */
@IntegrationTest
class Open311IntegrationTests {

	static final String KEY = "demo-open311-key";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A request from an address of its own: the class's other requests (and those of the other classes sharing the
	 * context) leave little of the per-address allowance.
	 */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletRequestBuilder form(String path) {
		return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).characterEncoding("UTF-8");
	}

	MockHttpServletRequestBuilder validRequest(String format) {
		return validRequest(format, KEY);
	}

	MockHttpServletRequestBuilder validRequest(String format, String key) {
		return form("/open311/v2/requests." + format).param("api_key", key)
			.param("jurisdiction_id", "weihai.gov.cn")
			.param("service_code", "CG-0101")
			.param("lat", "37.5091")
			.param("long", "122.1203")
			.param("address_string", "威海市环翠区海滨北路88号")
			.param("attribute[DAMAGE]", "MISSING")
			.param("attribute[HAZARD][]", "NIGHT")
			.param("attribute[HAZARD][]", "TRAFFIC")
			.param("first_name", "三")
			.param("last_name", "张")
			.param("phone", "13812345678")
			.param("description", "井盖丢了一个，我叫王小明，电话13912345678，身份证370102199001011234。");
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	String created() throws Exception {
		return read(mvc.perform(validRequest("json")).andExpect(status().isOk())).get(0)
			.get("service_request_id")
			.asString();
	}

	int open311Rows() {
		return jdbc.sql("SELECT COUNT(*) FROM in_open311_request").query(Integer.class).single();
	}

	@Test
	void discoveryListsTheEndpointInBothFormats() throws Exception {
		mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/json")))
			.andExpect(jsonPath("$.changeset").isNotEmpty())
			.andExpect(jsonPath("$.contact").isNotEmpty())
			.andExpect(jsonPath("$.key_service").isNotEmpty())
			.andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(jsonPath("$.endpoints[0].url").value(endsWith("/open311/v2")))
			.andExpect(jsonPath("$.endpoints[0].type").value("production"))
			.andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"))
			.andExpect(jsonPath("$.endpoints[0].formats[1]").value("application/json"));
		mvc.perform(get("/open311/v2/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/xml")))
			.andExpect(content().string(startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><discovery><changeset>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<formats><format>text/xml</format><format>application/json</format></formats>")));
	}

	@Test
	void servicesArePublicItemsOtherThanReportsWithGroupAndKeywords() throws Exception {
		JsonNode services = read(mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk()));
		List<String> codes = services.valueStream().map(s -> s.get("service_code").asString()).toList();
		assertThat(codes).contains("CG-0101");
		for (Item item : directory.allItems()) {
			boolean listed = codes.contains(item.code());
			assertThat(listed).as(item.code())
				.isEqualTo(item.enabled() && item.publicService() && !"REPORT".equals(item.nature()));
		}
		JsonNode manhole = services.valueStream()
			.filter(s -> s.get("service_code").asString().equals("CG-0101"))
			.findFirst()
			.orElseThrow();
		assertThat(manhole.get("group").asString()).isEqualTo("城乡建设");
		assertThat(manhole.get("keywords").asString()).contains("井盖,");
		assertThat(manhole.get("metadata").asBoolean()).isTrue();
		assertThat(manhole.get("type").asString()).isEqualTo("realtime");
		mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", "weihai.gov.cn"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/xml; charset=utf-8"))
			.andExpect(content().string(startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service>"
					+ "<service_code>")));
	}

	@Test
	void serviceDefinitionDescribesTheAttributes() throws Exception {
		mvc.perform(get("/open311/v2/services/CG-0101.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("CG-0101"))
			.andExpect(jsonPath("$.attributes[0].code").value("DAMAGE"))
			.andExpect(jsonPath("$.attributes[0].variable").value(true))
			.andExpect(jsonPath("$.attributes[0].datatype").value("singlevaluelist"))
			.andExpect(jsonPath("$.attributes[0].required").value(true))
			.andExpect(jsonPath("$.attributes[0].order").value(1))
			.andExpect(jsonPath("$.attributes[0].values[0].key").value("MISSING"))
			.andExpect(jsonPath("$.attributes[0].values[0].name").value("缺失"))
			.andExpect(jsonPath("$.attributes[1].datatype").value("multivaluelist"));
		mvc.perform(get("/open311/v2/services/CG-0101.xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<service_definition><service_code>CG-0101</service_code><attributes><attribute><variable>true")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<values><value><key>MISSING</key><name>缺失</name></value>")));
	}

	@Test
	void unknownServicesJurisdictionsAndRequestsAre404InTheSpecErrorFormat() throws Exception {
		mvc.perform(get("/open311/v2/services/NO-SUCH.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").isNotEmpty());
		mvc.perform(get("/open311/v2/services/NO-SUCH.xml"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(startsWith(
					"<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>404</code><description>")));
		String report = directory.allItems().stream().filter(i -> "REPORT".equals(i.nature())).findFirst()
			.orElseThrow().code();
		mvc.perform(get("/open311/v2/services/" + report + ".json")).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "sfgov.org"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		mvc.perform(get("/open311/v2/requests/WH20000101999999.json")).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/tokens/" + UUID.randomUUID() + ".xml")).andExpect(status().isNotFound());
	}

	@Test
	void postWithoutOrWithAWrongApiKeyIs403AndStoresNothing() throws Exception {
		int before = open311Rows();
		mvc.perform(form("/open311/v2/requests.json").param("service_code", "CG-0101").param("lat", "37.5")
			.param("long", "122.1"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403))
			.andExpect(jsonPath("$[0].description").value("Invalid api_key received -- can't proceed with create_request."));
		mvc.perform(form("/open311/v2/requests.xml").param("api_key", "wrong").param("service_code", "CG-0101")
			.param("lat", "37.5").param("long", "122.1"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<errors><error><code>403</code>")));
		assertThat(open311Rows()).isEqualTo(before);
	}

	@Test
	void postCreatesAnOpen311OrderAndAnswersItsNumber() throws Exception {
		JsonNode answer = read(mvc.perform(validRequest("json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/json"))));
		assertThat(answer.isArray()).isTrue();
		String number = answer.get(0).get("service_request_id").asString();
		assertThat(number).matches("WH\\d{8}\\d{6,}");
		assertThat(answer.get(0).has("service_notice")).isTrue();
		WorkOrderSummary order = orders.find(number).orElseThrow();
		assertThat(order.channel()).isEqualTo(Channel.OPEN311);
		assertThat(order.itemCode()).isEqualTo("CG-0101");
		assertThat(order.content()).contains("缺失").contains("夜间无照明");
		mvc.perform(get("/open311/v2/requests/" + number + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(number))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").value("已受理 (RECEIVED)"))
			.andExpect(jsonPath("$[0].service_code").value("CG-0101"))
			.andExpect(jsonPath("$[0].service_name").value("上水井盖缺失或破损"))
			.andExpect(jsonPath("$[0].lat").value(37.5091))
			.andExpect(jsonPath("$[0].long").value(122.1203))
			.andExpect(jsonPath("$[0].requested_datetime").value(org.hamcrest.Matchers.endsWith("+08:00")))
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("13912345678"))))
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("王小明"))))
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("370102199001011234"))));
	}

	@Test
	void postAnswersXmlAsTheSpecExample() throws Exception {
		mvc.perform(validRequest("xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/xml; charset=utf-8"))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"<\\?xml version=\"1.0\" encoding=\"utf-8\"\\?><service_requests><request><service_request_id>WH\\d+"
							+ "</service_request_id><service_notice>.*</service_notice><account_id/></request>"
							+ "</service_requests>")));
	}

	@Test
	void aLocationIsRequiredAndMustLieInTheJurisdiction() throws Exception {
		int before = open311Rows();
		var base = form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("attribute[DAMAGE]", "BROKEN");
		mvc.perform(base).andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400));
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("attribute[DAMAGE]", "BROKEN").param("lat", "37.5")).andExpect(status().isBadRequest());
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("attribute[DAMAGE]", "BROKEN").param("lat", "37.7749").param("long", "-122.4194"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("jurisdiction")));
		// the city's boundary, not a box: Yantai was inside the box
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("attribute[DAMAGE]", "BROKEN").param("lat", "37.45").param("long", "121.6"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("lat/long lies outside the jurisdiction."));
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("attribute[DAMAGE]", "BROKEN").param("lat", "north").param("long", "122.1"))
			.andExpect(status().isBadRequest());
		// an address_id of nothing we know is no location
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("attribute[DAMAGE]", "BROKEN").param("address_id", "ADDR-42"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(startsWith("address_id ADDR-42 was not found")));
		assertThat(open311Rows()).isEqualTo(before);
	}

	@Test
	void aBodyThatIsNotFormEncodedIsToldSo() throws Exception {
		int before = open311Rows();
		mvc.perform(post("/open311/v2/requests.json").with(from("10.31.1.3")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"api_key\":\"" + KEY + "\",\"service_code\":\"CG-0101\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("form-encoded")));
		// a form without its key is still the spec's 403
		mvc.perform(form("/open311/v2/requests.json").with(from("10.31.1.3")).param("service_code", "CG-0101"))
			.andExpect(status().isForbidden());
		assertThat(open311Rows()).isEqualTo(before);
	}

	@Test
	void anAddressIdThatIsARegionCodePlacesTheOrderThere() throws Exception {
		RequestPostProcessor elsewhere = from("10.31.1.2");
		String own = Open311TestClients.apiKey(mvc, "address ids", 100);
		String placed = read(mvc.perform(form("/open311/v2/requests.json").with(elsewhere).param("api_key", own)
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "BROKEN")
			.param("address_id", "371002003000")).andExpect(status().isOk())).get(0).get("service_request_id")
			.asString();
		WorkOrderSummary order = orders.find(placed).orElseThrow();
		assertThat(order.regionCode()).isEqualTo("371002003000");
		assertThat(order.address()).isEqualTo("竹岛街道");
		mvc.perform(get("/open311/v2/requests/" + placed + ".json").with(elsewhere))
			.andExpect(jsonPath("$[0].address_id").value("371002003000"));
		String community = read(mvc.perform(form("/open311/v2/requests.json").with(elsewhere).param("api_key", own)
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "BROKEN")
			.param("address_id", "371002003006")).andExpect(status().isOk())).get(0).get("service_request_id")
			.asString();
		assertThat(orders.find(community).orElseThrow().regionCode()).isEqualTo("371002003006");
		// any other id alone is refused, in the spec's error list, and stores nothing
		int before = open311Rows();
		mvc.perform(form("/open311/v2/requests.json").with(elsewhere).param("api_key", own)
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "BROKEN").param("address_id", "XYZ"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(startsWith("address_id XYZ was not found")));
		mvc.perform(form("/open311/v2/requests.xml").with(elsewhere).param("api_key", own)
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "BROKEN").param("address_id", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<errors><error><code>400</code><description>address_id 999999 was not found")));
		assertThat(open311Rows()).isEqualTo(before);
		// beside coordinates or an address_string, it is left out: the request is placed by them
		String byCoordinates = read(mvc.perform(form("/open311/v2/requests.json").with(elsewhere)
			.param("api_key", own).param("service_code", "CG-0101").param("attribute[DAMAGE]", "BROKEN")
			.param("lat", "37.5091").param("long", "122.1203").param("address_id", "XYZ"))
			.andExpect(status().isOk())).get(0).get("service_request_id").asString();
		mvc.perform(get("/open311/v2/requests/" + byCoordinates + ".json").with(elsewhere))
			.andExpect(jsonPath("$[0].address_id").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$[0].address").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$[0].lat").value(37.5091));
		String byAddress = read(mvc.perform(form("/open311/v2/requests.json").with(elsewhere)
			.param("api_key", own).param("service_code", "CG-0101").param("attribute[DAMAGE]", "BROKEN")
			.param("address_string", "海滨北路88号").param("address_id", "XYZ"))
			.andExpect(status().isOk())).get(0).get("service_request_id").asString();
		assertThat(orders.find(byAddress).orElseThrow().address()).isEqualTo("海滨北路88号");
		mvc.perform(get("/open311/v2/requests/" + byAddress + ".json").with(elsewhere))
			.andExpect(jsonPath("$[0].address_id").value(org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void badInputIsRefusedWithTheSpecErrorsAndNothingIsStored() throws Exception {
		int before = open311Rows();
		var ok = form("/open311/v2/requests.json").param("api_key", KEY).param("address_string", "海滨北路");
		mvc.perform(ok).andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description")
			.value(org.hamcrest.Matchers.containsString("service_code")));
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("address_string", "海滨北路")
			.param("service_code", "NO-SUCH")).andExpect(status().isNotFound()) // (the spec: 404 service_code not found)
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").value("service_code NO-SUCH was not found."));
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("address_string", "海滨北路")
			.param("service_code", "CG-0101")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("attribute[DAMAGE] is required."));
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("address_string", "海滨北路")
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "EXPLODED")).andExpect(status().isBadRequest());
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("address_string", "海滨北路")
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "MISSING").param("attribute[COUNT]", "many"))
			.andExpect(status().isBadRequest());
		RequestPostProcessor elsewhere = from("10.31.1.1");
		// (a client of its own: the demo key's rate is shared with the other Open311 tests of this context)
		String own = Open311TestClients.apiKey(mvc, "not finite", 100);
		for (String notFinite : List.of("NaN", "Infinity", "-Infinity", "1e400")) {
			mvc.perform(form("/open311/v2/requests.json").with(elsewhere).param("api_key", own)
				.param("address_string", "海滨北路")
				.param("service_code", "CG-0101").param("attribute[DAMAGE]", "MISSING")
				.param("attribute[COUNT]", notFinite))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$[0].description").value("attribute[COUNT] must be a number."));
		}
		// a coordinate that is not a number is one error, not also "must be given together"
		mvc.perform(form("/open311/v2/requests.json").with(elsewhere).param("api_key", own)
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "MISSING").param("lat", "abc")
			.param("long", "122.1203"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].description").value("lat is not a number."));
		mvc.perform(form("/open311/v2/requests.xml").param("api_key", KEY).param("address_string", "海滨北路")
			.param("service_code", "CG-0101").param("attribute[DAMAGE]", "MISSING")
			.param("description", "长".repeat(4001)).param("phone", "call me"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<errors><error><code>400</code>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("description must have at most 4000")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("phone is not a telephone number")));
		assertThat(open311Rows()).isEqualTo(before);
	}

	@Test
	void jurisdictionIdOfAnotherCityIs404OnPost() throws Exception {
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("jurisdiction_id", "sfgov.org")
			.param("service_code", "CG-0101").param("address_string", "x").param("attribute[DAMAGE]", "MISSING"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
	}

	@Test
	void aRetriedPostWithTheSameIdempotencyKeyCreatesOneOrder() throws Exception {
		int before = open311Rows();
		String key = UUID.randomUUID().toString();
		String first = read(mvc.perform(validRequest("json").header("Idempotency-Key", key))
			.andExpect(status().isOk())).get(0).get("service_request_id").asString();
		String second = read(mvc.perform(validRequest("json").header("Idempotency-Key", key))
			.andExpect(status().isOk())).get(0).get("service_request_id").asString();
		assertThat(second).isEqualTo(first);
		assertThat(open311Rows()).isEqualTo(before + 1);
	}

	@Test
	void listFiltersByIdServiceCodeStatusAndDates() throws Exception {
		String a = created();
		String b = created();
		JsonNode byIds = read(mvc.perform(get("/open311/v2/requests.json")
			.param("service_request_id", a + "," + b).param("status", "closed")).andExpect(status().isOk()));
		assertThat(byIds.valueStream().map(r -> r.get("service_request_id").asString()).toList())
			.containsExactlyInAnyOrder(a, b);
		JsonNode open = read(mvc.perform(get("/open311/v2/requests.json").param("service_code", "CG-0101,CG-0102")
			.param("status", "open")).andExpect(status().isOk()));
		assertThat(open.valueStream().map(r -> r.get("service_request_id").asString()).toList()).contains(a, b);
		assertThat(open.valueStream().allMatch(r -> r.get("status").asString().equals("open"))).isTrue();
		JsonNode closed = read(mvc.perform(get("/open311/v2/requests.json").param("status", "closed")));
		assertThat(closed.valueStream().map(r -> r.get("service_request_id").asString()).toList()).doesNotContain(a);
		JsonNode other = read(mvc.perform(get("/open311/v2/requests.json").param("service_code", "CG-0102")));
		assertThat(other.valueStream().map(r -> r.get("service_request_id").asString()).toList()).doesNotContain(a);
		JsonNode past = read(mvc.perform(get("/open311/v2/requests.json").param("start_date", "2020-01-01T00:00:00Z")
			.param("end_date", "2020-03-01T00:00:00+08:00")).andExpect(status().isOk()));
		assertThat(past.size()).isZero();
		mvc.perform(get("/open311/v2/requests.xml").param("service_request_id", a))
			.andExpect(content().string(startsWith(
					"<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request><service_request_id>" + a)));
	}

	@Test
	void listRefusesRangesOver90DaysAndBadDatesAndStatuses() throws Exception {
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00Z")
			.param("end_date", "2026-06-01T00:00:00Z")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
			.andExpect(status().isBadRequest());
		// a date alone is a day of the city (W3C's complete date); a date-time without its zone, or no date, is not
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01")).andExpect(status().isOk());
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/open311/v2/requests.json").param("end_date", "2026-13-45"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/open311/v2/requests.json").param("status", "pending")).andExpect(status().isBadRequest());
		// a start alone searches from it until now: one yet to come finds nothing, rather than a refusal that names
		// an end_date never sent
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "2099-01-01T00:00:00Z"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	/** A hotline order of a service no other test uses, taken in at the given instant. */
	WorkOrderSummary takenInAt(String item, java.time.Instant at) {
		WorkOrderSummary order = orders.receive(new NewWorkOrder(Channel.HOTLINE, "信息亭玻璃碎了", Nature.COMPLAINT,
				null, null, null, null, null, null, null, null, null, item, null, false, List.of()), "operator1",
				"OPERATOR");
		jdbc.sql("UPDATE wo_order SET created_at = :at WHERE id = :id")
			.param("at", at.atOffset(java.time.ZoneOffset.UTC))
			.param("id", order.id())
			.update();
		return order;
	}

	List<String> numbers(String... params) throws Exception {
		var request = get("/open311/v2/requests.json").with(from("10.31.1.4"));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return read(mvc.perform(request).andExpect(status().isOk())).valueStream()
			.map(r -> r.get("service_request_id").asString())
			.toList();
	}

	@Test
	void aStartDateAloneSearchesUntilNowAndAnEndDateAloneEverythingBeforeItNewestFirst() throws Exception {
		WorkOrderSummary older = takenInAt("CG-0124", java.time.Instant.parse("2025-03-10T01:58:31.531Z"));
		WorkOrderSummary newer = takenInAt("CG-0124", java.time.Instant.parse("2025-09-20T04:00:00Z"));
		// "earliest datetime to include": both, though more than 90 days lie between the start and either of them
		assertThat(numbers("service_code", "CG-0124", "start_date", "2024-11-01T00:00:00+08:00"))
			.containsSubsequence(newer.number(), older.number());
		// an end_date alone: everything before it, the newest first
		assertThat(numbers("service_code", "CG-0124", "end_date", "2025-12-31T00:00:00+08:00"))
			.containsSubsequence(newer.number(), older.number());
		assertThat(numbers("service_code", "CG-0124", "end_date", "2025-08-01T00:00:00+08:00"))
			.contains(older.number()).doesNotContain(newer.number());
		// both given: still at most 90 days apart
		mvc.perform(get("/open311/v2/requests.json").with(from("10.31.1.4"))
			.param("start_date", "2024-11-01T00:00:00+08:00").param("end_date", "2025-03-11T00:00:00+08:00"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void datesIncludeTheWholeSecondTheyNameAsTheAnswersShowIt() throws Exception {
		WorkOrderSummary order = takenInAt("CG-0125", java.time.Instant.parse("2025-03-10T01:58:31.531Z"));
		String shown = read(mvc.perform(get("/open311/v2/requests/" + order.number() + ".json")
			.with(from("10.31.1.4")))).get(0).get("requested_datetime").asString();
		assertThat(shown).isEqualTo("2025-03-10T09:58:31+08:00");
		assertThat(numbers("service_code", "CG-0125", "end_date", shown)).contains(order.number());
		assertThat(numbers("service_code", "CG-0125", "start_date", shown, "end_date", shown))
			.contains(order.number());
		assertThat(numbers("service_code", "CG-0125", "start_date", "2025-03-10T09:58:31.900+08:00", "end_date",
				"2025-03-10T09:58:32+08:00")).contains(order.number());
		assertThat(numbers("service_code", "CG-0125", "start_date", "2025-03-10T09:00:00+08:00", "end_date",
				"2025-03-10T09:58:30.999+08:00")).doesNotContain(order.number());
		assertThat(numbers("service_code", "CG-0125", "start_date", "2025-03-10T09:58:32+08:00", "end_date",
				"2025-03-10T10:00:00+08:00")).doesNotContain(order.number());
		// a day named alone is the city's day (the W3C profile's complete date); a + left unencoded reads as a space
		assertThat(numbers("service_code", "CG-0125", "start_date", "2025-03-10", "end_date", "2025-03-10"))
			.contains(order.number());
		assertThat(numbers("service_code", "CG-0125", "end_date", "2025-03-09")).doesNotContain(order.number());
		assertThat(numbers("service_code", "CG-0125", "start_date", "2025-03-11")).doesNotContain(order.number());
		assertThat(numbers("service_code", "CG-0125", "start_date", "2025-03-10T09:58:31 08:00", "end_date",
				"2025-03-10T09:58:31 08:00")).contains(order.number());
	}

	@Test
	void confidentialAndReportOrdersAreNeverShown() throws Exception {
		var secret = orders.receive(new NewWorkOrder(Channel.HOTLINE, "保密的投诉内容", Nature.COMPLAINT, null, "李四",
				"13700000000", null, null, null, null, null, null, "CG-0101", null, true, List.of()), "operator1",
				"OPERATOR");
		var report = orders.receive(new NewWorkOrder(Channel.HOTLINE, "举报某店无照经营", Nature.REPORT, null, null,
				null, null, null, null, null, null, null, "CG-0101", null, false, List.of()), "operator1", "OPERATOR");
		var plain = orders.receive(new NewWorkOrder(Channel.HOTLINE, "井盖响，联系张先生13700000001", Nature.COMPLAINT,
				null, null, null, null, null, null, null, null, null, "CG-0101", null, false, List.of()), "operator1",
				"OPERATOR");
		JsonNode list = read(mvc.perform(get("/open311/v2/requests.json").param("service_code", "CG-0101")));
		List<String> numbers = list.valueStream().map(r -> r.get("service_request_id").asString()).toList();
		assertThat(numbers).contains(plain.number()).doesNotContain(secret.number(), report.number());
		mvc.perform(get("/open311/v2/requests/" + secret.number() + ".json")).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/requests/" + report.number() + ".json")).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/requests/" + plain.number() + ".json"))
			.andExpect(jsonPath("$[0].description").value("井盖响，联系*先生[电话已隐去]"));
	}

	@Test
	void onlyRequestsOfOfferedServicesArePublishedAndEveryOneNamesAServiceToRead() throws Exception {
		// no item yet (as a portal, device or grid order), and an item that takes no public requests
		WorkOrderSummary noItem = orders.receive(new NewWorkOrder(Channel.HOTLINE, "楼下有人烧烤", Nature.COMPLAINT, null,
				null, null, null, null, null, null, null, null, null, null, false, List.of()), "operator1", "OPERATOR");
		WorkOrderSummary internal = orders.receive(new NewWorkOrder(Channel.HOTLINE, "市政设施其他问题",
				Nature.COMPLAINT, null, null, null, null, null, null, null, null, null, "CX-0205", null, false,
				List.of()), "operator1", "OPERATOR");
		mvc.perform(get("/open311/v2/services/CX-0205.json").with(from("10.31.1.5"))).andExpect(status().isNotFound());
		for (WorkOrderSummary hidden : List.of(noItem, internal)) {
			mvc.perform(get("/open311/v2/requests/" + hidden.number() + ".json").with(from("10.31.1.5")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$[0].code").value(404));
		}
		assertThat(numbers("service_request_id", noItem.number() + "," + internal.number())).isEmpty();
		JsonNode all = read(mvc.perform(get("/open311/v2/requests.json").with(from("10.31.1.5")))
			.andExpect(status().isOk()));
		List<String> listed = all.valueStream().map(r -> r.get("service_request_id").asString()).toList();
		assertThat(listed).isNotEmpty().doesNotContain(noItem.number(), internal.number());
		List<String> services = read(mvc.perform(get("/open311/v2/services.json").with(from("10.31.1.5"))))
			.valueStream().map(s -> s.get("service_code").asString()).toList();
		assertThat(all.valueStream().map(r -> r.get("service_code").asString()).toList())
			.allSatisfy(code -> assertThat(services).contains(code));
	}

	@Test
	void aRequestPostedThroughOpen311StaysReadableUnderItsServiceWhateverItIsFiledUnderLater() throws Exception {
		String number = created();
		WorkOrderSummary order = orders.find(number).orElseThrow();
		// an operator files it under an item that takes no public requests
		orders.act(Open311PublicAnswersIntegrationTests.ADMIN, order.id(), "dispatch",
				java.util.Map.of("leadUnitCode", "ST-371002003", "itemCode", "CX-0205"));
		assertThat(orders.find(number).orElseThrow().itemCode()).isEqualTo("CX-0205");
		mvc.perform(get("/open311/v2/requests/" + number + ".json").with(from("10.31.1.5")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_code").value("CG-0101"))
			.andExpect(jsonPath("$[0].service_name").value("上水井盖缺失或破损"));
		assertThat(numbers("service_request_id", number)).containsExactly(number);
		assertThat(numbers("service_code", "CG-0101,CG-0102")).contains(number);
		assertThat(numbers("service_code", "CX-0205")).doesNotContain(number);
	}

	@Test
	void postsBeyondTheClientsRateAre429WithRetryAfter() throws Exception {
		JsonNode client = read(mvc.perform(post("/api/v1/open311/clients").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"rate test\",\"ratePerMinute\":2}")).andExpect(status().isCreated()));
		String key = client.get("apiKey").asString();
		JsonNode firstPage = read(mvc.perform(get("/api/v1/open311/clients").param("size", "1").with(TestActors.admin()))
			.andExpect(status().isOk()));
		org.assertj.core.api.Assertions.assertThat(firstPage.get("content")).hasSize(1);
		org.assertj.core.api.Assertions.assertThat(firstPage.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
		org.assertj.core.api.Assertions.assertThat(firstPage.get("content").get(0).has("apiKey")
				&& !firstPage.get("content").get(0).get("apiKey").isNull()).as("keys are shown once, on creation").isFalse();
		for (int i = 0; i < 2; i++) {
			mvc.perform(validRequest("json", key)).andExpect(status().isOk());
		}
		mvc.perform(form("/open311/v2/requests.json").param("api_key", key).param("service_code", "CG-0101")
			.param("address_string", "x").param("attribute[DAMAGE]", "MISSING"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$[0].code").value(429));
		mvc.perform(form("/open311/v2/requests.json").param("api_key", KEY).param("service_code", "CG-0101")
			.param("address_string", "x").param("attribute[DAMAGE]", "MISSING")).andExpect(status().isOk());
	}

	@Test
	void tokensResolveToTheRequestId() throws Exception {
		String number = created();
		String token = jdbc.sql("SELECT token FROM in_open311_request WHERE order_number = :n").param("n", number)
			.query(String.class).single();
		mvc.perform(get("/open311/v2/tokens/" + token + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(number))
			.andExpect(jsonPath("$[0].token").value(token));
	}

	@Test
	void aMalformedClientBodyIs403ForNonAdministratorsAnd400ForAnAdministrator() throws Exception {
		mvc.perform(post("/api/v1/open311/clients").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{nope")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/open311/clients").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON).content("{nope"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/v1/open311/clients").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"typed\",\"ratePerMinute\":\"many\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ratePerMinute"));
	}

	@Test
	void onlyAdministratorsManageClientsAndADisabledKeyIsRefused() throws Exception {
		mvc.perform(get("/api/v1/open311/clients").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isForbidden());
		JsonNode client = read(mvc.perform(post("/api/v1/open311/clients").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"to disable\"}")).andExpect(status().isCreated()));
		// the key is used (and its client kept for a second) before it is disabled: the change must still take effect
		mvc.perform(validRequest("json", client.get("apiKey").asString())).andExpect(status().is2xxSuccessful());
		mvc.perform(post("/api/v1/open311/clients/" + client.get("id").asString() + "/disable")
			.with(TestActors.admin())).andExpect(status().isOk());
		mvc.perform(validRequest("json", client.get("apiKey").asString()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/open311/clients").param("size", "1000").with(TestActors.admin()))
			.andExpect(jsonPath("$.content[?(@.name == 'to disable')].enabled").value(false));
	}
}
