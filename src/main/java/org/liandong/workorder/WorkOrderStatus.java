package org.liandong.workorder;

/** The states of a work order (DESIGN §3). */
public enum WorkOrderStatus {
	/** 已受理: taken in, waiting in the dispatch queue. */
	RECEIVED,
	/** 待签收: routed to a lead unit that has not signed yet. */
	DISPATCHED,
	/** 办理中: signed by the lead unit and being handled. */
	IN_PROGRESS,
	/** 退单审核: the lead unit asked to return it; the platform decides. */
	RETURN_PENDING,
	/** 核查中: replied; a grid worker checks the result on site. */
	VERIFYING,
	/** 回访中: waiting for the citizen's answer or the decision after it. */
	REVISITING,
	/** 已办结: final. */
	CLOSED,
	/** 挂账: cannot be solved now; kept on a ledger with a plan; clocks stopped. */
	SHELVED,
	/** 已合并: a duplicate attached to its master order. */
	MERGED,
	/** 已作废: invalid (harassment, test), with a reason. */
	CANCELLED,
	/** 已直办: answered at intake from the knowledge base. */
	ANSWERED;

	/** Whether nothing can happen to the order any more. */
	public boolean isFinal() {
		return this == CLOSED || this == CANCELLED || this == ANSWERED;
	}

	/**
	 * Whether the order is still open: neither final nor merged into another. Only an open order can take in a
	 * duplicate (be a merge's master) or be supervised, and Open311 reports it as {@code open}.
	 */
	public boolean isOpen() {
		return this != MERGED && !isFinal();
	}
}
