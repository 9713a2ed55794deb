package org.liandong.identity.internal;

import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The personal-data audit, for administrators. */
@RestController
class AuditController {

	private final JdbcPersonalDataAudit audit;

	AuditController(JdbcPersonalDataAudit audit) {
		this.audit = audit;
	}

	@Operation(summary = "Unmasked reads of personal data, newest first, by user and subject (ADMIN)")
	@GetMapping("/api/v1/audit/personal-data")
	PageResult<JdbcPersonalDataAudit.Entry> personalDataReads(@RequestParam(required = false) String user,
			@RequestParam(required = false) String subject, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		AdminOnly.require();
		return audit.find(user, subject, PageQuery.of(page, size));
	}
}
