package org.liandong.workorder.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.shared.Masking;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * A work order as the API shows it (CONTRACT §4). {@code citizenName}/{@code citizenPhone} are masked unless the
 * caller's role needs them; for units, a confidential order hides them entirely, and its title and content are
 * shown without them ({@link OrderText}). A component marked {@code @NotNull} is never null; any other that is not a
 * primitive may be (the OpenAPI document says so: {@code OpenApiNulls}).
 */
record WorkOrderView(@NotNull String id, @NotNull String number,
		@NotNull @Schema(implementation = WorkOrderStatus.class) String status,
		@NotNull @Schema(implementation = Channel.class) String channel,
		@NotNull @Schema(implementation = Nature.class) String nature, @NotNull String title, @NotNull String content,
		@Schema(nullable = true) String citizenName,
		@Schema(nullable = true) String citizenPhone, boolean confidential, @Schema(nullable = true) String address,
		@Schema(nullable = true) Double lat, @Schema(nullable = true) Double lon,
		@Schema(nullable = true) String regionCode, @Schema(nullable = true) String gridCode,
		@Schema(nullable = true) String itemCode, @NotNull @Schema(implementation = Urgency.class) String urgency,
		@Schema(nullable = true) String leadUnitCode, @NotNull List<String> coUnitCodes,
		@Schema(nullable = true) Instant dispatchedAt, @Schema(nullable = true) Instant signDueAt,
		@Schema(nullable = true) Instant responseDueAt, @Schema(nullable = true) Instant dueAt, boolean signOverdue,
		boolean warned, boolean overdue, @Schema(nullable = true) Instant signedAt,
		@Schema(nullable = true) Instant respondedAt, @Schema(nullable = true) Instant repliedAt,
		@Schema(nullable = true) Instant closedAt, @Schema(nullable = true) PendingExtension pendingExtension,
		@Schema(nullable = true) String result, @Schema(nullable = true) String answer,
		@NotNull Revisit revisit, @Schema(nullable = true) String closeReason, int reopenCount, int returnCount,
		@Schema(nullable = true) String masterId, @NotNull Instant createdAt, @NotNull Instant updatedAt,
		int version) {

	/** How personal data is shown to this caller. */
	enum Disclosure {
		FULL, MASKED, HIDDEN
	}

	/** An extension asked for and not decided yet. */
	record PendingExtension(@NotNull Instant until, @NotNull String reason) {
	}

	/**
	 * The latest revisit answer and the failed attempts so far ({@code RevisitState} in the OpenAPI document: the
	 * {@code revisit} action's body is {@code RevisitRequest}).
	 */
	@Schema(name = "RevisitState")
	record Revisit(int failedAttempts, @Schema(nullable = true) Boolean resolved,
			@Schema(nullable = true, allowableValues = { "SATISFIED", "BASICALLY_SATISFIED",
					"DISSATISFIED" }) String satisfaction,
			boolean unreachable) {
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
