package org.liandong.workorder.internal;

import static org.liandong.workorder.WorkOrderStatus.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;

/**
 * The work-order aggregate. State changes only through the verbs below: each checks the current state, writes the
 * timeline and registers an event. Clocks are set by {@link OrderClocks} after the verb.
 */
class WorkOrder {

	/** Who acts, and when. */
	record Act(String actor, String role, Instant at, String note) {
	}

	String id;
	String number;
	WorkOrderStatus status;
	WorkOrderStatus statusBefore;
	Channel channel;
	Nature nature;
	String title;
	String content;
	String citizenName;
	String citizenPhone;
	String address;
	Double lat;
	Double lon;
	String regionCode;
	String gridCode;
	String itemCode;
	Urgency urgency;
	boolean confidential;
	String leadUnitCode;
	List<String> coUnitCodes = new ArrayList<>();
	Instant dispatchedAt;
	Instant signDueAt;
	Instant responseDueAt;
	Instant dueAt;
	Instant signedAt;
	Instant respondedAt;
	Instant repliedAt;
	Instant closedAt;
	boolean signOverdue;
	boolean warned;
	boolean overdue;
	Instant extensionUntil;
	String extensionReason;
	String result;
	String answer;
	String articleId;
	int revisitAttempts;
	Boolean revisitResolved;
	Satisfaction revisitSatisfaction;
	boolean unreachable;
	String closeReason;
	int reopenCount;
	int returnCount;
	String masterId;
	String shelvePlan;
	String createdBy;
	Instant createdAt;
	Instant updatedAt;
	int version;

	boolean participantsChanged;
	final List<TimelineEntry> newEntries = new ArrayList<>();
	final List<WorkOrderEvent> events = new ArrayList<>();

	static WorkOrder receive(WorkOrder o, Act act) {
		o.status = RECEIVED;
		o.createdAt = act.at();
		o.updatedAt = act.at();
		o.createdBy = act.actor();
		o.record(act, "RECEIVE", null, RECEIVED, act.note(), List.of());
		o.events.add(new WorkOrderEvent.Received(o.id, o.number, o.channel, o.nature, o.itemCode, o.regionCode,
				act.at()));
		return o;
	}

	void answer(Act act, String articleId, String answerText) {
		require("answer", RECEIVED);
		this.articleId = articleId;
		this.answer = answerText;
		this.closedAt = act.at();
		move(act, "ANSWER", ANSWERED, join(answerText, act.note()));
		events.add(new WorkOrderEvent.Answered(id, articleId, act.at()));
	}

	void dispatch(Act act, String lead, List<String> coUnits) {
		require("dispatch", RECEIVED);
		route(act, "DISPATCH", lead, coUnits, false);
	}

	void reassign(Act act, String lead, List<String> coUnits) {
		require("reassign", DISPATCHED, IN_PROGRESS);
		route(act, "REASSIGN", lead, coUnits, true);
	}

	private void route(Act act, String action, String lead, List<String> coUnits, boolean reassigned) {
		this.leadUnitCode = lead;
		this.coUnitCodes = new ArrayList<>(coUnits);
		this.participantsChanged = true;
		restartHandling(act.at());
		move(act, action, DISPATCHED, describeRoute(act.note(), lead, coUnits));
		events.add(new WorkOrderEvent.Dispatched(id, lead, List.copyOf(coUnits), itemCode, regionCode, reassigned,
				null, null, null, act.at()));
	}

	/** Back to the dispatch queue: no lead or co-units, no clocks (the next dispatch starts them). */
	private void leaveUnit() {
		this.leadUnitCode = null;
		this.coUnitCodes = new ArrayList<>();
		this.participantsChanged = true;
		this.statusBefore = null;
		this.signDueAt = null;
		this.responseDueAt = null;
		this.dueAt = null;
		restartHandling(null);
	}

	private void restartHandling(Instant at) {
		this.dispatchedAt = at;
		this.signedAt = null;
		this.respondedAt = null;
		this.repliedAt = null;
		this.signOverdue = false;
		this.warned = false;
		this.overdue = false;
		this.extensionUntil = null;
		this.extensionReason = null;
	}

	/** Sets the clocks just started and puts their due times on a pending dispatch event. */
	void clocksStarted(Instant signDue, Instant responseDue, Instant handleDue) {
		this.signDueAt = signDue;
		this.responseDueAt = responseDue;
		this.dueAt = handleDue;
		events.replaceAll(e -> e instanceof WorkOrderEvent.Dispatched d
				? new WorkOrderEvent.Dispatched(d.orderId(), d.leadUnitCode(), d.coUnitCodes(), d.itemCode(),
						d.regionCode(), d.reassigned(), signDue, responseDue, handleDue, d.at())
				: e);
	}

	void sign(Act act) {
		require("sign", DISPATCHED);
		this.signedAt = act.at();
		boolean onTime = signDueAt == null || !act.at().isAfter(signDueAt);
		move(act, "SIGN", IN_PROGRESS, act.note());
		events.add(new WorkOrderEvent.Signed(id, leadUnitCode, onTime, act.at()));
	}

	void contact(Act act, String way, String outcome) {
		require("record a contact on", DISPATCHED, IN_PROGRESS);
		boolean first = respondedAt == null;
		if (first) {
			this.respondedAt = act.at();
		}
		boolean within = responseDueAt == null || !act.at().isAfter(responseDueAt);
		stay(act, "CONTACT", join(way + ": " + outcome, act.note()), List.of());
		events.add(new WorkOrderEvent.CitizenContacted(id, leadUnitCode, way, first, within, act.at()));
	}

	void requestReturn(Act act, String reason) {
		require("request the return of", DISPATCHED, IN_PROGRESS);
		this.statusBefore = status;
		move(act, "REQUEST_RETURN", RETURN_PENDING, join(reason, act.note()));
		events.add(new WorkOrderEvent.ReturnRequested(id, leadUnitCode, reason, act.at()));
	}

	void approveReturn(Act act) {
		require("approve the return of", RETURN_PENDING);
		String unit = leadUnitCode;
		this.returnCount++;
		leaveUnit();
		move(act, "APPROVE_RETURN", RECEIVED, act.note());
		events.add(new WorkOrderEvent.ReturnDecided(id, unit, true, act.note(), act.at()));
	}

	void rejectReturn(Act act, String reason) {
		require("reject the return of", RETURN_PENDING);
		WorkOrderStatus back = statusBefore == null ? DISPATCHED : statusBefore;
		this.statusBefore = null;
		move(act, "REJECT_RETURN", back, join(reason, act.note()));
		events.add(new WorkOrderEvent.ReturnDecided(id, leadUnitCode, false, reason, act.at()));
	}

	void requestExtension(Act act, Instant until, String reason) {
		require("request an extension for", IN_PROGRESS);
		if (extensionUntil != null) {
			throw new IllegalTransitionException("An extension request is already pending for this work order.");
		}
		this.extensionUntil = until;
		this.extensionReason = reason;
		stay(act, "REQUEST_EXTENSION", join("until " + until + ": " + reason, act.note()), List.of());
		events.add(new WorkOrderEvent.ExtensionRequested(id, leadUnitCode, until, reason, act.at()));
	}

	/** Approves the pending extension; the caller moves the handling clock to the returned time. */
	Instant approveExtension(Act act, String reason) {
		require("approve an extension for", IN_PROGRESS);
		requirePendingExtension();
		Instant until = extensionUntil;
		this.dueAt = until;
		if (until.isAfter(act.at())) {
			this.warned = false;
			this.overdue = false;
		}
		this.extensionUntil = null;
		this.extensionReason = null;
		stay(act, "APPROVE_EXTENSION", join("due " + until + (reason == null ? "" : ": " + reason), act.note()),
				List.of());
		events.add(new WorkOrderEvent.ExtensionDecided(id, leadUnitCode, true, until, act.at()));
		return until;
	}

	void rejectExtension(Act act, String reason) {
		require("reject an extension for", IN_PROGRESS);
		requirePendingExtension();
		this.extensionUntil = null;
		this.extensionReason = null;
		stay(act, "REJECT_EXTENSION", join(reason, act.note()), List.of());
		events.add(new WorkOrderEvent.ExtensionDecided(id, leadUnitCode, false, dueAt, act.at()));
	}

	private void requirePendingExtension() {
		if (extensionUntil == null) {
			throw new IllegalTransitionException("There is no pending extension request on this work order.");
		}
	}

	void reply(Act act, String resultText, List<String> attachments, boolean verificationRequired) {
		require("reply to", IN_PROGRESS);
		this.result = resultText;
		this.repliedAt = act.at();
		this.extensionUntil = null;
		this.extensionReason = null;
		boolean onTime = dueAt == null || !act.at().isAfter(dueAt);
		WorkOrderStatus next = verificationRequired ? VERIFYING : REVISITING;
		move(act, "REPLY", next, join(resultText, act.note()), attachments);
		events.add(new WorkOrderEvent.Replied(id, leadUnitCode, onTime, next, act.at()));
	}

	void verify(Act act, boolean passed, List<String> attachments) {
		require("verify", VERIFYING);
		move(act, passed ? "VERIFY_PASSED" : "VERIFY_FAILED", passed ? REVISITING : IN_PROGRESS, act.note(),
				attachments);
		events.add(new WorkOrderEvent.Verified(id, leadUnitCode, passed, act.note(), act.at()));
	}

	/** REVISITING, and no answer recorded in this round (a reopen starts the next). */
	boolean awaitsRevisitAnswer() {
		return status == REVISITING && revisitResolved == null;
	}

	void revisit(Act act, boolean reached, Boolean resolved, Satisfaction satisfaction, int maxAttempts) {
		require("revisit", REVISITING);
		// the citizen answers a round once, online or by the SMS link: a second answer would override the
		// decision (reopen or close) the operator still has to make (outside check, 2026-11-29)
		if ("CITIZEN".equals(act.role()) && revisitResolved != null) {
			throw new IllegalTransitionException(
					"The citizen's answer to this revisit is already recorded; the order waits for a decision.");
		}
		if (!reached) {
			this.revisitAttempts++;
			boolean giveUp = revisitAttempts >= maxAttempts;
			String note = join("unreachable, attempt " + revisitAttempts, act.note());
			events.add(new WorkOrderEvent.Revisited(id, leadUnitCode, false, null, null, revisitAttempts, act.at()));
			if (giveUp) {
				this.unreachable = true;
				this.closeReason = "unreachable after " + revisitAttempts + " attempts";
				this.closedAt = act.at();
				move(act, "REVISIT_UNREACHABLE", CLOSED, note);
				events.add(new WorkOrderEvent.Closed(id, leadUnitCode, closeReason, true, act.at()));
			}
			else {
				stay(act, "REVISIT_UNREACHABLE", note, List.of());
			}
			return;
		}
		this.revisitResolved = resolved;
		this.revisitSatisfaction = satisfaction;
		this.unreachable = false;
		String note = join((resolved ? "resolved" : "not resolved") + ", " + satisfaction, act.note());
		events.add(new WorkOrderEvent.Revisited(id, leadUnitCode, true, resolved, satisfaction,
				revisitAttempts + 1, act.at()));
		if (resolved && satisfaction != Satisfaction.DISSATISFIED) {
			this.closedAt = act.at();
			move(act, "REVISIT", CLOSED, note);
			events.add(new WorkOrderEvent.Closed(id, leadUnitCode, null, false, act.at()));
		}
		else {
			stay(act, "REVISIT", note, List.of());
		}
	}

	void reopen(Act act, String reason, int maxReopens) {
		require("reopen", REVISITING);
		if (reopenCount >= maxReopens) {
			throw new IllegalTransitionException("This work order was already reopened " + reopenCount
					+ " times, the most allowed; close it with a reason instead.");
		}
		this.reopenCount++;
		this.revisitAttempts = 0;
		this.revisitResolved = null;
		this.revisitSatisfaction = null;
		this.result = null;
		restartHandling(act.at());
		move(act, "REOPEN", DISPATCHED, join(reason, act.note()));
		events.add(new WorkOrderEvent.Reopened(id, leadUnitCode, reopenCount, reason, act.at()));
	}

	void close(Act act, String reason) {
		require("close", REVISITING);
		this.closeReason = reason;
		this.closedAt = act.at();
		move(act, "CLOSE", CLOSED, join(reason, act.note()));
		events.add(new WorkOrderEvent.Closed(id, leadUnitCode, reason, false, act.at()));
	}

	/**
	 * Closes a merged duplicate together with its master, writing the master's result on its timeline: a master
	 * closed or answered at once, whose result (or answer) is this duplicate's too.
	 */
	void closeWithMaster(Act act, WorkOrder master) {
		require("close with its master", MERGED);
		String outcome = master.status == ANSWERED ? master.answer : master.result;
		this.result = outcome;
		this.closeReason = "closed with master " + master.number;
		this.closedAt = act.at();
		move(act, "CLOSE_WITH_MASTER", CLOSED, join("master " + master.number + ": " + outcome, act.note()));
		events.add(new WorkOrderEvent.Closed(id, leadUnitCode, closeReason, false, act.at()));
	}

	/**
	 * The order this duplicate was merged into was merged in turn: it follows to that order's master, so that every
	 * duplicate hangs on an open master and is closed with it.
	 */
	void followMaster(Act act, WorkOrder former, WorkOrder master) {
		require("follow its master", MERGED);
		this.masterId = master.id;
		stay(act, "MERGE", join("into " + master.number + " with " + former.number, act.note()), List.of());
		events.add(new WorkOrderEvent.Merged(id, master.id, act.at()));
	}

	/**
	 * The master was cancelled: its duplicates are requests of their own and go back to the dispatch queue rather
	 * than end with it.
	 */
	void unmerge(Act act, WorkOrder master) {
		require("leave its cancelled master", MERGED);
		this.masterId = null;
		leaveUnit(); // back in the dispatch queue as after an approved return
		move(act, "UNMERGE", RECEIVED, join("master " + master.number + " cancelled", act.note()));
		events.add(new WorkOrderEvent.Unmerged(id, master.id, act.at()));
	}

	void shelve(Act act, String reason, String plan) {
		require("shelve", IN_PROGRESS);
		this.shelvePlan = plan;
		move(act, "SHELVE", SHELVED, join(reason + " / " + plan, act.note()));
		events.add(new WorkOrderEvent.ShelvedChanged(id, true, reason, act.at()));
	}

	void unshelve(Act act, String reason) {
		require("unshelve", SHELVED);
		move(act, "UNSHELVE", IN_PROGRESS, join(reason, act.note()));
		events.add(new WorkOrderEvent.ShelvedChanged(id, false, reason, act.at()));
	}

	void merge(Act act, WorkOrder master) {
		if (master.id.equals(id)) {
			// an invalid request whatever the order's state (CONTRACT §1: 400 before 409)
			throw new InvalidRequestException("masterId", "A work order cannot be merged into itself.");
		}
		require("merge", RECEIVED, DISPATCHED);
		if (!master.status.isOpen()) {
			throw new IllegalTransitionException("The master order " + master.number + " is " + master.status
					+ "; merge into an open order.");
		}
		this.masterId = master.id;
		move(act, "MERGE", MERGED, join("into " + master.number, act.note()));
		events.add(new WorkOrderEvent.Merged(id, master.id, act.at()));
	}

	void cancel(Act act, String reason, boolean supervisor) {
		if (status == RECEIVED || (supervisor && !status.isFinal() && status != MERGED)) {
			this.closeReason = reason;
			this.closedAt = act.at();
			move(act, "CANCEL", CANCELLED, join(reason, act.note()));
			events.add(new WorkOrderEvent.Cancelled(id, reason, act.at()));
			return;
		}
		throw new IllegalTransitionException("cancel", status, supervisor
				? new WorkOrderStatus[] { RECEIVED, DISPATCHED, IN_PROGRESS, RETURN_PENDING, VERIFYING, REVISITING,
						SHELVED }
				: new WorkOrderStatus[] { RECEIVED });
	}

	/** Whether a non-supervisor's cancel would be refused for want of rights rather than for the state. */
	boolean cancelNeedsSupervisor() {
		return status != RECEIVED && !status.isFinal() && status != MERGED;
	}

	private void require(String action, WorkOrderStatus... allowed) {
		for (WorkOrderStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new IllegalTransitionException(action, status, allowed);
	}

	private void move(Act act, String action, WorkOrderStatus to, String note) {
		move(act, action, to, note, List.of());
	}

	private void move(Act act, String action, WorkOrderStatus to, String note, List<String> attachments) {
		WorkOrderStatus from = status;
		this.status = to;
		this.updatedAt = act.at();
		record(act, action, from, to, note, attachments);
	}

	private void stay(Act act, String action, String note, List<String> attachments) {
		this.updatedAt = act.at();
		record(act, action, status, status, note, attachments);
	}

	void record(Act act, String action, WorkOrderStatus from, WorkOrderStatus to, String note,
			List<String> attachments) {
		newEntries.add(new TimelineEntry(act.at(), act.actor(), act.role(), action, from, to, note, attachments));
	}

	private static String describeRoute(String note, String lead, List<String> coUnits) {
		String route = "lead " + lead + (coUnits.isEmpty() ? "" : ", co-units " + String.join(", ", coUnits));
		return join(route, note);
	}

	private static String join(String main, String note) {
		if (note == null || note.isBlank()) {
			return main;
		}
		return main == null || main.isBlank() ? note : main + " — " + note;
	}
}
