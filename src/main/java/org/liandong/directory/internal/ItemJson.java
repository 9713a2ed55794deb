package org.liandong.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liandong.directory.internal.ItemDraft.LimitDraft;

/**
 * The JSON shape of an item (CONTRACT §3), for requests and answers. {@code enabled} (default true) and
 * {@code version} (answers; optional in a PUT, where a stale one is refused) come on top of the contract fields.
 */
record ItemJson(String code, String name, List<String> path, String nature, String urgency, String description,
		List<String> keywords, Boolean publicService, UnitRuleJson unitRule, LimitsJson limits,
		Boolean verificationRequired, String closingCriteria, Boolean enabled, Long version) {

	record UnitRuleJson(String type, String unitCode, List<String> coUnitCodes) {
	}

	record LimitsJson(LimitJson sign, LimitJson response, Map<String, LimitJson> handle) {
	}

	record LimitJson(String duration, String mode) {

		static LimitJson of(LimitDraft l) {
			return l == null ? null : new LimitJson(l.duration(), l.mode());
		}

		LimitDraft draft() {
			return new LimitDraft(duration, mode);
		}
	}

	static ItemJson of(ItemEntry e) {
		ItemDraft d = e.draft();
		Map<String, LimitJson> handle = new LinkedHashMap<>();
		for (String urgency : ItemDraft.URGENCIES) {
			if (d.handle().containsKey(urgency)) {
				handle.put(urgency, LimitJson.of(d.handle().get(urgency)));
			}
		}
		return new ItemJson(d.code(), d.name(), d.path(), d.nature(), d.urgency(), d.description(), d.keywords(),
				d.publicService(), new UnitRuleJson(d.unitRuleType(), d.unitCode(), d.coUnitCodes()),
				new LimitsJson(LimitJson.of(d.sign()), LimitJson.of(d.response()), handle),
				d.verificationRequired(), d.closingCriteria(), d.enabled(), e.version());
	}

	ItemDraft draft() {
		UnitRuleJson rule = unitRule == null ? new UnitRuleJson(null, null, null) : unitRule;
		LimitsJson l = limits == null ? new LimitsJson(null, null, null) : limits;
		Map<String, LimitDraft> handle = new LinkedHashMap<>();
		if (l.handle() != null) {
			l.handle().forEach((k, v) -> {
				if (k != null && v != null) {
					handle.put(k, v.draft());
				}
			});
		}
		return new ItemDraft(code, name, path, nature, urgency, description, keywords, publicService, rule.type(),
				rule.unitCode(), rule.coUnitCodes(), l.sign() == null ? null : l.sign().draft(),
				l.response() == null ? null : l.response().draft(), handle, verificationRequired, closingCriteria,
				enabled);
	}
}
