package org.liandong.evaluation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liandong.workorder.WorkOrderEvent;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The latest revisit answers of orders, from the evaluation event log (so the queue can show what awaits a decision). */
@Component
class RevisitAnswers {

	private final NamedParameterJdbcTemplate jdbc;
	private final EventLog log;

	RevisitAnswers(NamedParameterJdbcTemplate jdbc, EventLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	/** Order id → its latest revisit event (reached or not) since the last reopen; absent when none. */
	Map<String, WorkOrderEvent.Revisited> latest(List<String> orderIds) {
		Map<String, WorkOrderEvent.Revisited> result = new HashMap<>();
		if (orderIds.isEmpty()) {
			return result;
		}
		jdbc.query("SELECT DISTINCT order_id FROM ev_event WHERE kind = 'Revisited' AND order_id IN (:ids)",
				Map.of("ids", orderIds), rs -> {
					String id = rs.getString(1);
					WorkOrderEvent.Revisited last = null;
					java.time.Instant reopened = null;
					for (WorkOrderEvent e : log.events(id)) {
						if (e instanceof WorkOrderEvent.Reopened r && (reopened == null || r.at().isAfter(reopened))) {
							reopened = r.at();
						}
						if (e instanceof WorkOrderEvent.Revisited v && (last == null || v.at().isAfter(last.at()))) {
							last = v;
						}
					}
					if (last != null && (reopened == null || last.at().isAfter(reopened))) {
						result.put(id, last);
					}
				});
		return result;
	}
}
