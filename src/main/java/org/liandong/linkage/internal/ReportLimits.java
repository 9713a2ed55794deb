package org.liandong.linkage.internal;

import java.time.Instant;

import org.liandong.deadline.DeadlineBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * At a whistle's report limit, flags every summoned unit that has not reported as missing, on the whistle's
 * timeline. Idempotent: each unit is flagged by a conditional update that succeeds once.
 */
@Component
class ReportLimits {

	private final WhistleRepository whistles;

	ReportLimits(WhistleRepository whistles) {
		this.whistles = whistles;
	}

	@ApplicationModuleListener
	void on(DeadlineBreached e) {
		if (!WhistleService.OWNER_TYPE.equals(e.ownerType()) || !WhistleService.REPORT.equals(e.kind())) {
			return;
		}
		whistles.find(e.ownerId()).filter(Whistle::isOpen).ifPresent(w -> {
			Instant at = e.dueAt();
			for (Whistle.Summons s : w.summons()) {
				if (!s.reported() && whistles.flagMissing(w.id(), s.unitCode())) {
					whistles.append(w.id(), new Whistle.Entry(at, "system", "REPORT_MISSING", s.unitCode(), null));
				}
			}
		});
	}
}
