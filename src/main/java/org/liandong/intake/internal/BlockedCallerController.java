package org.liandong.intake.internal;

import java.net.URI;
import java.time.Instant;

import org.liandong.identity.Actors;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The blocked-callers list (骚扰号码名单) and the log of contacts from blocked numbers; errors as problem details. */
@RestController
@RequestMapping("/api/v1/blocked-callers")
@Tag(name = "Blocked callers", description = "Harassment numbers: logged, not taken in unless an operator overrides")
class BlockedCallerController {

	private final BlockedCallerAdmin admin;

	BlockedCallerController(BlockedCallerAdmin admin) {
		this.admin = admin;
	}

	/** Body of POST and PUT; {@code phone} only on POST. */
	@Schema(name = "BlockedCallerAdd", requiredProperties = { "phone", "reason" })
	record Body(String phone, String reason, Instant expiresAt) {
	}

	/** Body of PUT, as documented: an entry's number does not change (a {@code phone} sent is not read). */
	@Schema(name = "BlockedCallerChange", requiredProperties = "reason")
	record Change(String reason, Instant expiresAt) {
	}

	@GetMapping
	@Operation(summary = "Entries, newest first, numbers masked; phone= finds one number's entry")
	PageResult<BlockedCallerAdmin.View> list(@RequestParam(required = false) String phone,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return admin.list(Actors.current(), phone, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry; the full number for administrators and supervisors (audited)")
	BlockedCallerAdmin.View one(@PathVariable String id) {
		return admin.one(Actors.current(), id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@SendsLocation("The entry created: /api/v1/blocked-callers/{id}")
	@PostMapping
	@Operation(summary = "Adds a number (administrators, supervisors); 409 when it is already blocked",
			description = "403 for other roles whatever the body, then 400 for a malformed or invalid body.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Body.class)))
	ResponseEntity<BlockedCallerAdmin.View> add(JsonBody body) {
		var view = admin.add(Actors.current(), () -> {
			Body b = body.parse(Body.class);
			return new BlockedCallerAdmin.Change(b.phone(), b.reason(), b.expiresAt());
		});
		return ResponseEntity.created(URI.create("/api/v1/blocked-callers/" + view.id())).body(view);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes the reason or the expiry (administrators, supervisors)",
			description = "403 for other roles, then 404 for an unknown entry, then 400 for a malformed or invalid body.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Change.class)))
	BlockedCallerAdmin.View update(@PathVariable String id, JsonBody body) {
		return admin.update(Actors.current(), id, () -> {
			Body b = body.parse(Body.class);
			return new BlockedCallerAdmin.Change(null, b.reason(), b.expiresAt());
		});
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes a number from the list (administrators, supervisors)")
	void remove(@PathVariable String id) {
		admin.remove(Actors.current(), id);
	}

	@GetMapping("/contacts")
	@Operation(summary = "Contacts from blocked numbers on every channel, newest first, numbers masked")
	PageResult<ContactLog.Contact> contacts(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return admin.contacts(Actors.current(), PageQuery.of(page, size));
	}
}
