package org.liandong.intake.internal;

import org.liandong.identity.Actors;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** Administrators manage Open311 client applications; the api key is answered once, at creation. */
@RestController
@RequestMapping("/api/v1/open311/clients")
class Open311ClientController {

	private final Open311Clients clients;
	private final IntakeProperties properties;

	Open311ClientController(Open311Clients clients, IntakeProperties properties) {
		this.clients = clients;
		this.properties = properties;
	}

	record NewClient(@NotBlank @Size(max = 200) String name, @Size(max = 200) String contact,
			@Min(1) @Max(100000) Integer ratePerMinute) {
	}

	@Operation(summary = "Open311 clients (ADMIN; keys are shown once, on creation)")
	@GetMapping
	PageResult<Open311Clients.Client> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		adminOnly();
		return clients.list(PageQuery.of(page, size));
	}

	@Operation(summary = "Creates an Open311 client and its api_key (ADMIN)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = NewClient.class)))
	Open311Clients.Client create(JsonBody json, jakarta.servlet.http.HttpServletRequest request) {
		adminOnly(); // 403 whatever the body, before it is read
		NewClient body = json.read(NewClient.class);
		int rate = body.ratePerMinute() == null ? properties.open311().defaultRatePerMinute() : body.ratePerMinute();
		Open311Clients.Client created = clients.create(body.name().strip(), body.contact(), rate);
		// the key is shown once: a replay by an Idempotency-Key answers the client without it (only its hash is kept)
		request.setAttribute(org.liandong.shared.web.IdempotencyFilter.KEPT_ANSWER, new Open311Clients.Client(
				created.id(), created.name(), created.contact(), created.ratePerMinute(), created.enabled(), null));
		return created;
	}

	@Operation(summary = "Disables an Open311 client's api_key (ADMIN)")
	@PostMapping("/{id}/disable")
	void disable(@PathVariable String id) {
		adminOnly();
		if (!clients.setEnabled(id, false)) {
			throw new NotFoundException("Open311 client " + id + " not found.");
		}
	}

	@Operation(summary = "Enables an Open311 client's api_key again (ADMIN)")
	@PostMapping("/{id}/enable")
	void enable(@PathVariable String id) {
		adminOnly();
		if (!clients.setEnabled(id, true)) {
			throw new NotFoundException("Open311 client " + id + " not found.");
		}
	}

	private static void adminOnly() {
		if (!Actors.current().isAdmin()) {
			throw new ForbiddenException("Only administrators manage Open311 clients.");
		}
	}
}
