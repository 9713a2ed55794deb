package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document says what the API answers, as a client generated from it must read it: the created and
 * accepted statuses, the problem details of every error, the work-order actions and their bodies, and no parameter
 * without a schema (which makes the document invalid).
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

	JsonNode document() throws Exception {
		return JsonMapper.builder().build()
			.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
	}

	@Test
	void everyErrorIsAProblemDetailAndCreatesAnswer201() throws Exception {
		JsonNode api = document();
		assertThat(api.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "errors");
		JsonNode create = api.at("/paths/~1api~1v1~1work-orders/post/responses");
		assertThat(create.has("201")).as("POST /work-orders answers 201").isTrue();
		assertThat(create.has("200")).isFalse();
		for (String code : List.of("400", "401", "403", "409", "422", "503")) {
			assertThat(create.at("/" + code + "/content/application~1problem+json/schema/$ref").asString())
				.as(code).isEqualTo("#/components/schemas/Problem");
		}
		assertThat(api.at("/paths/~1api~1v1~1evaluation~1exports/post/responses").has("202")).isTrue();
		List<String> withoutErrors = new ArrayList<>();
		List<String> withoutSchema = new ArrayList<>();
		api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			JsonNode responses = operation.getValue().get("responses");
			if (path.getKey().startsWith("/api/") && (responses == null || !responses.has("403"))) {
				withoutErrors.add(operation.getKey() + " " + path.getKey());
			}
			JsonNode parameters = operation.getValue().get("parameters");
			if (parameters != null) {
				parameters.forEach(p -> {
					if (!p.has("schema") && !p.has("content")) {
						withoutSchema.add(operation.getKey() + " " + path.getKey() + " " + p.get("name").asString());
					}
				});
			}
		}));
		assertThat(withoutErrors).isEmpty();
		assertThat(withoutSchema).isEmpty();
		// operations named by their method and path, each once: stable for a generated client
		List<String> ids = new ArrayList<>();
		api.get("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(operation -> ids.add(operation.getValue().get("operationId").asString())));
		assertThat(ids).doesNotHaveDuplicates().contains("postWorkOrders", "getWorkOrdersByIdTimeline",
				"postWorkOrdersByIdByAction").noneMatch(id -> id.matches(".*_\\d+"));
		// and each says what it does
		List<String> withoutSummary = new ArrayList<>();
		api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			JsonNode summary = operation.getValue().get("summary");
			if (summary == null || summary.asString().isBlank()) {
				withoutSummary.add(operation.getKey() + " " + path.getKey());
			}
		}));
		assertThat(withoutSummary).isEmpty();
	}

	@Test
	void theErrorsOfTheSignedAndTheSpecialOperationsAreListed() throws Exception {
		JsonNode paths = document().get("paths");
		// device events: a signature missing, stale or wrong is a 401; a browser's cross-site post a 403
		JsonNode device = paths.at("/~1api~1v1~1device-events/post/responses");
		assertThat(device.at("/401/description").asString()).contains("signature");
		assertThat(device.at("/401/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/device-events")
			.header("Origin", "https://elsewhere.example").contentType("application/json").content("{}"))
			.andExpect(status().isForbidden());
		assertThat(device.at("/403/description").asString()).contains("another site");
		// the token wants credentials like any other call
		assertThat(paths.at("/~1api~1v1~1auth~1token/post/responses").has("401")).isTrue();
		// a GET whose controller declares an error the defaults do not list
		JsonNode exportFile = paths.at("/~1api~1v1~1evaluation~1exports~1{id}~1file/get/responses");
		assertThat(exportFile.at("/200/content").isEmpty()).as("the file itself is still documented").isFalse();
		assertThat(exportFile.at("/409/description").asString()).contains("not DONE");
		assertThat(exportFile.at("/409/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		for (String rates : List.of("units", "rates")) {
			JsonNode responses = paths.at("/~1api~1v1~1evaluation~1" + rates + "/get/responses");
			assertThat(responses.at("/200/content/application~1json/schema/$ref").asString()).as(rates)
				.startsWith("#/components/schemas/PageResult");
			mvc.perform(get("/api/v1/evaluation/" + rates).param("unit", "NOPE")
				.with(org.liandong.support.TestActors.admin())).andExpect(status().isNotFound());
			JsonNode unknownUnit = responses.path("404");
			assertThat(unknownUnit.at("/description").asString()).as(rates).contains("unit=");
			assertThat(unknownUnit.at("/content/application~1problem+json/schema/$ref").asString()).as(rates)
				.isEqualTo("#/components/schemas/Problem");
		}
		// the example device event is one that opens an order (docs/intake.md, Device events)
		assertThat(document().at("/components/schemas/DeviceEvent/properties/type/example").asString())
			.isIn("FIRE_ALARM", "FORCED_DOOR", "OBJECT_THROWN", "WATER_LEAK", "FIRE_LANE_BLOCKED");
	}

	@Test
	void theWorkOrderActionsAreNamedWithTheirBodies() throws Exception {
		JsonNode act = document().at("/paths/~1api~1v1~1work-orders~1{id}~1{action}/post");
		List<String> actions = new ArrayList<>();
		act.get("parameters").forEach(p -> {
			if (p.get("name").asString().equals("action")) {
				p.at("/schema/enum").forEach(v -> actions.add(v.asString()));
			}
		});
		assertThat(actions).hasSize(20).contains("dispatch", "revisit", "merge");
		assertThat(act.at("/requestBody/content/application~1json/schema/oneOf")).hasSize(11);
		// the work order's enums, in its body and its view
		JsonNode schemas = document().at("/components/schemas");
		assertThat(schemas.at("/CreateWorkOrderRequest/properties/channel/enum")).hasSize(10);
		assertThat(schemas.at("/CreateWorkOrderRequest/properties/urgency/enum")).hasSize(4);
		assertThat(schemas.at("/WorkOrderView/properties/status/enum").toString()).contains("REVISITING", "MERGED");
		// what may be null says so (OpenAPI 3.1: a type with "null"), what may not does not
		for (String nullable : List.of("address", "dueAt", "leadUnitCode", "pendingExtension", "masterId")) {
			assertThat(schemas.at("/WorkOrderView/properties/" + nullable).toString()).as(nullable).contains("null");
		}
		assertThat(schemas.at("/WorkOrderView/properties/number").toString()).doesNotContain("null");
		JsonNode device = document().at("/paths/~1api~1v1~1device-events/post");
		assertThat(device.at("/requestBody/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/DeviceEvent");
		assertThat(device.at("/responses").has("201")).isTrue();
	}

	@Autowired
	OpenApiSchemaTypes schemaTypes;

	/** Outside check: a nullable reference in 3.1 is anyOf [ref, null], not a $ref beside "type": "null". */
	@Test
	void aReferenceThatMayBeNullIsAnyOfItAndNull() throws Exception {
		JsonNode api = document();
		List<String> refBesideType = new ArrayList<>();
		walk(api, "", (at, node) -> {
			if (node.has("$ref") && (node.has("type") || node.has("nullable"))) {
				refBesideType.add(at + " " + node);
			}
		});
		assertThat(refBesideType).isEmpty();
		JsonNode view = api.at("/components/schemas/WorkOrderView/properties");
		assertThat(view.at("/pendingExtension/anyOf").toString())
			.isEqualTo("[{\"$ref\":\"#/components/schemas/PendingExtension\"},{\"type\":\"null\"}]");
		// the revisit state is always sent, an object
		assertThat(view.at("/revisit/$ref").asString()).isEqualTo("#/components/schemas/RevisitState");
	}

	/** Outside check: two records named Revisit (the action's body, the view's state) were one schema. */
	@Test
	void noTwoTypesShareASchemaName() throws Exception {
		JsonNode schemas = document().at("/components/schemas");
		assertThat(schemaTypes.collisions()).isEmpty();
		// (the check sees the types: each schema springdoc made but the problem's)
		schemas.propertyNames().forEach(name -> {
			if (!name.equals("Problem")) {
				assertThat(schemaTypes.record(name)).as(name).isPresent();
			}
		});
		assertThat(schemas.at("/RevisitState/properties").propertyNames()).containsExactlyInAnyOrder("failedAttempts",
				"resolved", "satisfaction", "unreachable");
		assertThat(schemas.at("/RevisitRequest/properties").propertyNames()).containsExactlyInAnyOrder("reached",
				"resolved", "satisfaction");
		assertThat(schemas.has("Revisit")).isFalse();
		// the contact action's body and the contact log of blocked callers
		assertThat(schemas.at("/ContactRequest/properties").propertyNames()).containsExactlyInAnyOrder("way",
				"outcome");
		assertThat(schemas.at("/PageResultLoggedContact/properties/content/items/$ref").asString())
			.isEqualTo("#/components/schemas/LoggedContact");
		assertThat(schemas.at("/LoggedContact/properties").propertyNames()).contains("phone", "operator", "orderId");
		List<String> oneOf = new ArrayList<>();
		document().at("/paths/~1api~1v1~1work-orders~1{id}~1{action}/post/requestBody/content/application~1json"
				+ "/schema/oneOf").forEach(choice -> oneOf.add(choice.get("$ref").asString()));
		assertThat(oneOf).contains("#/components/schemas/RevisitRequest", "#/components/schemas/ContactRequest");
	}

	/**
	 * Outside check: answers' fields documented as plain strings came back null. A record component of an answer that
	 * is no primitive and not marked never null may be null; a request body keeps its required list.
	 */
	@Test
	void whatAnAnswerMaySendAsNullSaysSo() throws Exception {
		JsonNode schemas = document().at("/components/schemas");
		for (String field : List.of("itemCode", "itemName", "leadUnitCode", "regionCode", "gridCode")) {
			assertThat(types(schemas.at("/TriageSuggestion/properties/" + field))).as(field)
				.containsExactlyInAnyOrder("string", "null");
		}
		assertThat(types(schemas.at("/WhistleView/properties/closedAt"))).containsExactlyInAnyOrder("string", "null");
		assertThat(types(schemas.at("/WhistleView/properties/closeNote"))).containsExactlyInAnyOrder("string", "null");
		assertThat(types(schemas.at("/Supervision/properties/closedAt"))).contains("null");
		assertThat(types(schemas.at("/NotificationView/properties/readAt"))).contains("null");
		assertThat(types(schemas.at("/Unit/properties/parentCode"))).contains("null");
		assertThat(types(schemas.at("/Region/properties/parentCode"))).contains("null");
		assertThat(types(schemas.at("/UnitRuleJson/properties/unitCode"))).contains("null");
		// primitives and what is marked never null are not
		assertThat(types(schemas.at("/WorkOrderView/properties/number"))).containsExactly("string");
		assertThat(types(schemas.at("/WorkOrderView/properties/version"))).containsExactly("integer");
		assertThat(types(schemas.at("/PageResultWorkOrderView/properties/content"))).containsExactly("array");
		assertThat(types(schemas.at("/RevisitState/properties/failedAttempts"))).containsExactly("integer");
		// an enum that may be null lists null
		JsonNode satisfaction = schemas.at("/RevisitState/properties/satisfaction");
		assertThat(types(satisfaction)).contains("null");
		if (satisfaction.has("enum")) {
			assertThat(satisfaction.get("enum").toString()).contains("null");
		}
		// request bodies keep what they require
		assertThat(schemas.at("/CreateWorkOrderRequest/required").toString()).contains("channel", "content");
		assertThat(types(schemas.at("/CreateWorkOrderRequest/properties/channel"))).doesNotContain("null");
		// and nothing is the 3.0 keyword in a 3.1 document
		assertThat(document().get("openapi").asString()).startsWith("3.1");
		List<String> nullableKeyword = new ArrayList<>();
		walk(document(), "", (at, node) -> {
			if (node.has("nullable")) {
				nullableKeyword.add(at);
			}
		});
		assertThat(nullableKeyword).isEmpty();
	}

	/** CONTRACT §1 and §4: the Idempotency-Key header where it is honoured, the Location of a 201. */
	@Test
	void theIdempotencyKeyAndTheLocationHeadersAreDeclared() throws Exception {
		JsonNode paths = document().get("paths");
		JsonNode create = paths.at("/~1api~1v1~1work-orders/post");
		assertThat(idempotencyKey(create)).isNotNull();
		assertThat(idempotencyKey(create).get("required").asBoolean()).isFalse();
		assertThat(idempotencyKey(create).at("/schema/maxLength").asInt()).isEqualTo(200);
		assertThat(create.at("/responses/201/headers/Location/schema/type").asString()).isEqualTo("string");
		// every API write honours it (IdempotencyFilter) but asking for a token; no read does
		List<String> wrong = new ArrayList<>();
		paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			boolean write = List.of("post", "put", "patch").contains(operation.getKey());
			boolean honours = write && path.getKey().startsWith("/api/") && !path.getKey().equals("/api/v1/auth/token");
			if ((idempotencyKey(operation.getValue()) != null) != honours
					|| operation.getValue().at("/responses").has("422") != honours) {
				wrong.add(operation.getKey() + " " + path.getKey());
			}
		}));
		assertThat(wrong).isEmpty();
		// the 201s that send a Location say so, those that do not do not
		assertThat(paths.at("/~1api~1v1~1whistles/post/responses/201/headers").has("Location")).isTrue();
		assertThat(paths.at("/~1api~1v1~1files/post/responses/201/headers").has("Location")).isTrue();
		assertThat(paths.at("/~1api~1v1~1evaluation~1exports/post/responses/202/headers").has("Location")).isTrue();
		assertThat(paths.at("/~1api~1v1~1work-orders~1{id}~1urge/post/responses/201/headers").has("Location"))
			.isFalse();
		// every handler marked as sending one (LocationHeaderTests: every handler that sends one is marked), and no other
		List<String> marked = new ArrayList<>();
		handlers.getHandlerMethods().forEach((info, method) -> {
			if (method.hasMethodAnnotation(SendsLocation.class)) {
				info.getMethodsCondition().getMethods().forEach(verb -> info.getPathPatternsCondition()
					.getPatternValues().forEach(path -> marked.add(verb.name().toLowerCase() + " " + path)));
			}
		});
		assertThat(marked).hasSizeGreaterThanOrEqualTo(10).contains("post /api/v1/work-orders", "post /api/v1/users");
		List<String> documented = new ArrayList<>();
		paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			JsonNode responses = operation.getValue().get("responses");
			if (responses != null && !(responses.at("/201/headers/Location").isMissingNode()
					&& responses.at("/202/headers/Location").isMissingNode())) {
				documented.add(operation.getKey() + " " + path.getKey());
			}
			assertThat(operation.getValue().has("x-liandong-location")).as(path.getKey()).isFalse();
		}));
		assertThat(documented).containsExactlyInAnyOrderElementsOf(marked);
		String location = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/work-orders")
				.with(org.liandong.support.TestActors.admin()).contentType("application/json")
				.content("{\"channel\":\"HOTLINE\",\"content\":\"路灯不亮\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/v1/work-orders/");
	}

	/** Outside check: a file upload without a multipart body answers 415; a whistle for an unknown order 404. */
	@Test
	void theStatusesTheServerAnswersAreListed() throws Exception {
		JsonNode paths = document().get("paths");
		assertThat(paths.at("/~1api~1v1~1files/post/responses/415/content/application~1problem+json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/files")
			.with(org.liandong.support.TestActors.admin()).contentType("application/json").content("{}"))
			.andExpect(status().isUnsupportedMediaType());
		// every JSON body is refused in another type with 415; a multipart body read by the handler is not (400)
		assertThat(paths.at("/~1api~1v1~1work-orders/post/responses").has("415")).isTrue();
		assertThat(paths.at("/~1api~1v1~1items~1import/post/responses").has("415")).isFalse();
		JsonNode training = paths.at("/~1api~1v1~1triage~1training-data/post");
		assertThat(training.at("/requestBody/content").propertyNames()).containsExactly("multipart/form-data");
		// the training data's mapping consumes multipart only: another type is 415, as the document says
		assertThat(training.at("/responses").has("415")).isTrue();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
				"/api/v1/triage/training-data").with(org.liandong.support.TestActors.admin())
			.contentType("text/csv").content("text,一级标签\n路灯不亮,城乡建设\n"))
			.andExpect(status().isUnsupportedMediaType());
		JsonNode whistle = paths.at("/~1api~1v1~1whistles/post/responses/404");
		assertThat(whistle.at("/description").asString()).contains("workOrderId");
		assertThat(whistle.at("/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
	}

	private static JsonNode idempotencyKey(JsonNode operation) {
		JsonNode parameters = operation.get("parameters");
		if (parameters != null) {
			for (JsonNode parameter : parameters) {
				if ("Idempotency-Key".equals(parameter.path("name").asString())
						&& "header".equals(parameter.path("in").asString())) {
					return parameter;
				}
			}
		}
		return null;
	}

	/** A schema's types: "type" as a string or as a list. */
	private static List<String> types(JsonNode schema) {
		assertThat(schema.isMissingNode()).as("schema exists").isFalse();
		List<String> types = new ArrayList<>();
		JsonNode type = schema.get("type");
		if (type != null && type.isArray()) {
			type.forEach(t -> types.add(t.asString()));
		}
		else if (type != null) {
			types.add(type.asString());
		}
		JsonNode anyOf = schema.get("anyOf");
		if (anyOf != null) {
			anyOf.forEach(choice -> types.addAll(choice.has("$ref") ? List.of("$ref") : types(choice)));
		}
		return types;
	}

	private static void walk(JsonNode node, String at, java.util.function.BiConsumer<String, JsonNode> visit) {
		if (node.isObject()) {
			visit.accept(at, node);
			node.properties().forEach(member -> {
				// an example or a property named like a keyword is no schema keyword
				if (!member.getKey().equals("example") && !member.getKey().equals("examples")) {
					walk(member.getValue(), at + "/" + member.getKey(), visit);
				}
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), at + "/" + i, visit);
			}
		}
	}
}
