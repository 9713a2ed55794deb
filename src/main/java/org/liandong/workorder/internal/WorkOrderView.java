package org.liandong.workorder.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.shared.Masking;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A work order as the API shows it (CONTRACT §4). {@code citizenName}/{@code citizenPhone} are masked unless the
 * caller's role needs them; for units, a confidential order hides them entirely, and its title and content are
 * shown without them ({@link OrderText}).
 */
record WorkOrderView(String id, String number, @Schema(implementation = WorkOrderStatus.class) String status,
		@Schema(implementation = Channel.class) String channel, @Schema(implementation = Nature.class) String nature,
		String title, String content, String citizenName, String citizenPhone, boolean confidential, String address,
		Double lat, Double lon, String regionCode, String gridCode, String itemCode,
		@Schema(implementation = Urgency.class) String urgency, String leadUnitCode,
		List<String> coUnitCodes, Instant dispatchedAt, Instant signDueAt, Instant responseDueAt, Instant dueAt,
		boolean signOverdue, boolean warned, boolean overdue, Instant signedAt, Instant respondedAt,
		Instant repliedAt, Instant closedAt, PendingExtension pendingExtension, String result, String answer,
		Revisit revisit, String closeReason, int reopenCount, int returnCount, String masterId, Instant createdAt,
		Instant updatedAt, int version) {

	/** How personal data is shown to this caller. */
	enum Disclosure {
		FULL, MASKED, HIDDEN
	}

	/** An extension asked for and not decided yet. */
	record PendingExtension(Instant until, String reason) {
	}

	/** The latest revisit answer and the failed attempts so far. */
	record Revisit(int failedAttempts, Boolean resolved, String satisfaction, boolean unreachable) {
	}

	/** The order with its personal data shown as disclosed, and its title and content as the caller reads them. */
	static WorkOrderView of(WorkOrder o, Disclosure disclosure, OrderText text) {
		String name = switch (disclosure) {
			case FULL -> o.citizenName;
			case MASKED -> Masking.name(o.citizenName);
			case HIDDEN -> o.citizenName == null ? null : "***";
		};
		String phone = switch (disclosure) {
			case FULL -> o.citizenPhone;
			case MASKED -> Masking.phone(o.citizenPhone);
			case HIDDEN -> o.citizenPhone == null ? null : "***";
		};
		return new WorkOrderView(o.id, o.number, o.status.name(), o.channel.name(), o.nature.name(), text.title(),
				text.content(), name, phone, o.confidential, o.address, o.lat, o.lon, o.regionCode, o.gridCode,
				o.itemCode, o.urgency.name(), o.leadUnitCode, List.copyOf(o.coUnitCodes), o.dispatchedAt, o.signDueAt,
				o.responseDueAt, o.dueAt, o.signOverdue, o.warned, o.overdue, o.signedAt, o.respondedAt, o.repliedAt,
				o.closedAt, o.extensionUntil == null ? null : new PendingExtension(o.extensionUntil, o.extensionReason),
				text.result(), text.answer(),
				new Revisit(o.revisitAttempts, o.revisitResolved,
						o.revisitSatisfaction == null ? null : o.revisitSatisfaction.name(), o.unreachable),
				o.closeReason, o.reopenCount, o.returnCount, o.masterId, o.createdAt, o.updatedAt, o.version);
	}
}
