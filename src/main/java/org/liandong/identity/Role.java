package org.liandong.identity;

/** What a user does on the platform. Each user has one role, scoped to a unit, region or grids. */
public enum Role {
	/** Administers the platform; sees everything and may perform every action. */
	ADMIN,
	/** Hotline operator (话务员): takes requests, answers directly, revisits citizens. */
	OPERATOR,
	/** Dispatcher (派单员): routes orders and decides returns and extensions. */
	DISPATCHER,
	/** Handler (承办人) of one unit. */
	HANDLER,
	/** Grid worker (网格员) of one or more grids. */
	GRID_WORKER,
	/** Supervisor (督办员). */
	SUPERVISOR,
	/** Leader (领导): reads everything in scope. */
	LEADER
}
