package org.liandong.intake.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liandong.shared.web.FailureStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 under {@code /open311/v2} (CONTRACT §6), both formats by suffix. A plain controller, not a
 * REST controller, so that its errors are the spec's error list and never problem details.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

	static final String SPEC = "http://wiki.open311.org/GeoReport_v2";

	private final Open311Catalogue catalogue;
	private final Open311Intake intake;
	private final Open311Query query;
	private final Open311Clients clients;
	private final RateLimiter limiter;
	private final IntakeProperties properties;
	private final JsonMapper json;
	private final Open311ClientIds clientIds;

	Open311Controller(Open311Catalogue catalogue, Open311Intake intake, Open311Query query, Open311Clients clients,
			RateLimiter limiter, IntakeProperties properties, JsonMapper json, Open311ClientIds clientIds) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.query = query;
		this.clients = clients;
		this.limiter = limiter;
		this.properties = properties;
		this.json = json;
		this.clientIds = clientIds;
	}

	@GetMapping({ "/discovery.json", "/discovery.xml" })
	ResponseEntity<String> discovery(HttpServletRequest request) {
		String format = format(request);
		readLimit(request);
		String changeset = Open311Dates.format(catalogue.changeset());
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPEC);
		endpoint.put("url", ServletUriComponentsBuilder.fromContextPath(request).path("/open311/v2").toUriString());
		endpoint.put("changeset", changeset);
		endpoint.put("type", properties.open311().testEndpoint() ? "test" : "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("changeset", changeset);
		d.put("contact", properties.open311().contact());
		d.put("key_service", properties.open311().keyService());
		d.put("endpoints", List.of(endpoint));
		return Open311Body.object(200, format, "discovery", d, json);
	}

	@GetMapping({ "/services.json", "/services.xml" })
	ResponseEntity<String> services(HttpServletRequest request) {
		String format = format(request);
		readLimit(request);
		jurisdiction(request);
		return Open311Body.list(200, format, "services", catalogue.services(), json);
	}

	@GetMapping("/services/{code}.{format:json|xml}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			HttpServletRequest request) {
		readLimit(request);
		jurisdiction(request);
		var item = catalogue.service(code)
			.orElseThrow(() -> Open311Error.notFound("service_code " + code + " was not found."));
		return Open311Body.object(200, format, "service_definition", catalogue.definition(item), json);
	}

	private static boolean isForm(String contentType) {
		String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
		return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
	}

	@PostMapping({ "/requests.json", "/requests.xml" })
	ResponseEntity<String> create(HttpServletRequest request) {
		String format = format(request);
		Map<String, String[]> params = request.getParameterMap();
		Open311Clients.Client client = clients.authenticate(Open311Intake.single(params, "api_key")).orElse(null);
		if (client == null) {
			// posts with an api_key pass the generic per-IP limit: made-up keys count as reads of their address
			readLimit(request);
			if (!params.containsKey("api_key") && !isForm(request.getContentType())) {
				// a JSON body (say) has no parameters: say so, rather than that its api_key is wrong
				throw Open311Error.badRequest("The request must be form-encoded (application/x-www-form-urlencoded "
						+ "or multipart/form-data), as GeoReport v2 has it.");
			}
			throw Open311Error.of(403, "Invalid api_key received -- can't proceed with create_request.");
		}
		limiter.acquire("open311-key:" + client.id(), client.ratePerMinute(), Duration.ofMinutes(1))
			.ifPresent(wait -> {
				throw new Open311Error(429, List.of(new Open311Error.Entry("429",
						"Too many requests for this api_key; retry after " + RateLimiter.seconds(wait) + " s.")),
						RateLimiter.seconds(wait));
			});
		jurisdiction(request);
		String clientRequestId = Open311Intake.single(params, "client_request_id");
		if (clientRequestId == null) {
			Open311Intake.Created created = intake.create(client, params, null);
			return created(format, created.order().number(), Open311Intake.single(params, "account_id"));
		}
		if (clientRequestId.length() > Open311ClientIds.MAX_LENGTH) {
			throw Open311Error.badRequest("client_request_id must have at most " + Open311ClientIds.MAX_LENGTH
					+ " characters.");
		}
		var original = clientIds.find(client.id(), clientRequestId);
		if (original.isEmpty()) {
			try {
				Open311Intake.Created created = intake.create(client, params, clientRequestId);
				return created(format, created.order().number(), Open311Intake.single(params, "account_id"));
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException e) {
				// a concurrent post with the same id won the claim: answer what it answered
				original = clientIds.find(client.id(), clientRequestId);
			}
		}
		return original.map(o -> created(format, o.number(), o.accountId()))
			.orElseThrow(() -> Open311Error.of(409,
					"A request with this client_request_id is still being processed; retry."));
	}

	/** The answer to a POST, the same for the first post and for a replay of its client_request_id. */
	private ResponseEntity<String> created(String format, String number, String accountId) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", number);
		answer.put("service_notice", "已受理，工单号 " + number + "，可凭工单号查询办理进度。");
		answer.put("account_id", accountId);
		return Open311Body.list(200, format, "service_requests", List.of(answer), json);
	}

	@GetMapping({ "/requests.json", "/requests.xml" })
	ResponseEntity<String> requests(HttpServletRequest request) {
		String format = format(request);
		readLimit(request);
		jurisdiction(request);
		return Open311Body.list(200, format, "service_requests", query.list(request.getParameterMap()), json);
	}

	@GetMapping("/requests/{id}.{format:json|xml}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			HttpServletRequest request) {
		readLimit(request);
		jurisdiction(request);
		var found = query.one(id)
			.orElseThrow(() -> Open311Error.notFound("service_request_id " + id + " was not found."));
		return Open311Body.list(200, format, "service_requests", List.of(found), json);
	}

	@GetMapping("/tokens/{token}.{format:json|xml}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			HttpServletRequest request) {
		readLimit(request);
		jurisdiction(request);
		var found = query.token(token).orElseThrow(() -> Open311Error.notFound("token " + token + " was not found."));
		return Open311Body.list(200, format, "service_requests", List.of(found), json);
	}

	/** jurisdiction_id is optional on this single-jurisdiction endpoint; another city's id is not found. */
	private void jurisdiction(HttpServletRequest request) {
		String id = Open311Intake.single(request.getParameterMap(), "jurisdiction_id");
		if (id != null && !id.equalsIgnoreCase(properties.open311().jurisdictionId())) {
			throw Open311Error.notFound("jurisdiction_id " + id + " was not found.");
		}
	}

	private void readLimit(HttpServletRequest request) {
		limiter.acquire("open311-read:" + request.getRemoteAddr(), properties.open311().readsPerMinute(),
				Duration.ofMinutes(1))
			.ifPresent(wait -> {
				throw new Open311Error(429, List.of(new Open311Error.Entry("429",
						"Too many requests from this address; retry after " + RateLimiter.seconds(wait) + " s.")),
						RateLimiter.seconds(wait));
			});
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> error(Open311Error e, HttpServletRequest request) {
		return errors(e, request);
	}

	/**
	 * A failure no handler above answered: the client's fault where it is ({@link FailureStatus}); a 503 with
	 * {@code Retry-After} when the database is out of reach for now; else a 500 that tells the client to retry, never
	 * a 400 that would tell it its request was wrong.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
		HttpStatusCode status = FailureStatus.of(e);
		if (status.is4xxClientError()) {
			log.info("Open311 request {} refused with {}: {}", request.getRequestURI(), status.value(),
					e.getClass().getSimpleName());
			return errors(Open311Error.of(status.value(), status.value() == 409
					? "A concurrent request changed the same data first; retry."
					: "The request could not be processed: " + (status instanceof HttpStatus known
							? known.getReasonPhrase() : "status " + status.value()) + "."), request);
		}
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			log.warn("Open311 request {} answered 503: the database is out of reach ({})", request.getRequestURI(),
					FailureStatus.summary(e));
			return errors(new Open311Error(503, List.of(new Open311Error.Entry("503", FailureStatus.UNAVAILABLE)),
					(long) FailureStatus.RETRY_AFTER_SECONDS), request);
		}
		log.error("Open311 request {} failed", request.getRequestURI(), e);
		return errors(Open311Error.of(500, "The server could not process the request; it has been logged. "
				+ "Retry later."), request);
	}

	/**
	 * The format a path asks for by its suffix. The endpoints without a variable of their own name both their paths
	 * ({@code /requests.json}, {@code /requests.xml}) rather than a {@code {format}} variable: Spring finds a handler
	 * for a literal path in a map, but asks every mapping of the application about a path with a variable, which cost
	 * a few percent of an Open311 intake (docs/performance.md).
	 */
	private static String format(HttpServletRequest request) {
		return request.getRequestURI().endsWith(".json") ? "json" : "xml";
	}

	private ResponseEntity<String> errors(Open311Error e, HttpServletRequest request) {
		String format = format(request);
		List<Map<String, Object>> entries = e.entries.stream().map(x -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", x.code().matches("\\d{1,9}") ? (Object) Integer.valueOf(x.code()) : x.code());
			m.put("description", x.description());
			return m;
		}).toList();
		ResponseEntity<String> body = Open311Body.list(e.status, format, "errors", entries, json);
		if (e.retryAfterSeconds != null) {
			return ResponseEntity.status(body.getStatusCode())
				.headers(body.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds))
				.body(body.getBody());
		}
		return body;
	}
}
