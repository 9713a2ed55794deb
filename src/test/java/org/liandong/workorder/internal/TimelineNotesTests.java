package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liandong.identity.FakeDirectory;
import org.liandong.shared.web.PageFormat;
import org.liandong.workorder.Satisfaction;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The notes the aggregate writes, as the order page says them: taken from the aggregate itself, so that a note
 * written otherwise fails here rather than going out in English.
 */
class TimelineNotesTests {

	private final TimelineNotes notes = new TimelineNotes(new PageFormat(), messages(), new FakeDirectory());

	private Instant now = Instant.parse("2026-11-26T02:00:00Z");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/workorder");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private WorkOrder.Act act(String note) {
		now = now.plus(Duration.ofMinutes(1));
		return new WorkOrder.Act("tester", "ADMIN", now, note);
	}

	private List<String> said(WorkOrder o, Locale locale) {
		return o.newEntries.stream().filter(e -> e.note() != null).map(e -> notes.note(e, locale)).toList();
	}

	@Test
	void theLifecyclesNotesAreSaidInTheVisitorsLanguageWithTheUsersTextAsTyped() {
		WorkOrder o = TestOrders.received("id-1", "WH20261126000001", "tester", now);
		o.dispatch(act("请尽快"), "ST-371002003", List.of("CSGLJ", "ZJJ"));
		o.reassign(act(null), "ST-371002002", List.of());
		o.sign(act(null));
		o.contact(act(null), "PHONE", "已电话联系: 明天上门");
		o.requestExtension(act(null), Instant.parse("2026-12-20T02:00:00Z"), "需要更多时间");
		o.approveExtension(act("同意"), "材料齐全");
		o.reply(act(null), "已修复", List.of(), false);
		o.revisit(act(null), false, null, null, 3);
		o.revisit(act(null), true, false, Satisfaction.BASICALLY_SATISFIED, 3);
		assertThat(said(o, Locale.SIMPLIFIED_CHINESE)).containsExactly("主办单位 竹岛街道办事处，协办单位 市城市管理局、ZJJ — 请尽快",
				"主办单位 ST-371002002", "电话：已电话联系: 明天上门", "延期至 2026-12-20 10:00：需要更多时间",
				"办理时限延至 2026-12-20 10:00：材料齐全 — 同意", "已修复", "未联系上，第 1 次", "未解决，基本满意");
		assertThat(said(o, Locale.ENGLISH)).containsExactly("lead unit 竹岛街道办事处, co-units 市城市管理局, ZJJ — 请尽快",
				"lead unit ST-371002002", "Phone: 已电话联系: 明天上门", "until 2026-12-20 10:00: 需要更多时间",
				"due 2026-12-20 10:00: 材料齐全 — 同意", "已修复", "unreachable, attempt 1",
				"not resolved, Basically satisfied");
		assertThat(o.newEntries.get(1).note()).as("as stored")
			.isEqualTo("lead ST-371002003, co-units CSGLJ, ZJJ — 请尽快");
	}

	@Test
	void deadlineAndSupervisionNotesWrittenByOtherPartsAreSaidToo() {
		var messages = messages();
		messages.addBasenames("i18n/supervision", "i18n/evaluation", "i18n/linkage");
		TimelineNotes withLevels = new TimelineNotes(new PageFormat(), messages, new FakeDirectory());
		// as DeadlineFlags writes a breach and the supervision module a supervision
		TimelineEntry breach = new TimelineEntry(now, "system", null, "DEADLINE_BREACHED", null, null,
				"due 2026-11-29T02:42:00Z", List.of());
		TimelineEntry supervised = new TimelineEntry(now, "system", null, "SUPERVISED", null, null,
				"KEY: 群众反映强烈", List.of());
		assertThat(withLevels.note(breach, Locale.SIMPLIFIED_CHINESE)).isEqualTo("时限 2026-11-29 10:42");
		assertThat(withLevels.note(breach, Locale.ENGLISH)).isEqualTo("due 2026-11-29 10:42");
		assertThat(withLevels.note(supervised, Locale.SIMPLIFIED_CHINESE)).isEqualTo("重点督办：群众反映强烈");
		assertThat(withLevels.note(supervised, Locale.ENGLISH)).isEqualTo("Key: 群众反映强烈");
		// the automatic supervision's reason is the platform's, said in the visitor's language (outside check)
		TimelineEntry automatic = new TimelineEntry(now, "system", null, "SUPERVISED", null, null,
				"NORMAL: 超期自动督办 (handling deadline breached)", List.of());
		assertThat(withLevels.note(automatic, Locale.SIMPLIFIED_CHINESE)).isEqualTo("一般督办：办理时限已超，自动督办");
		assertThat(withLevels.note(automatic, Locale.ENGLISH))
			.isEqualTo("Normal: opened automatically, the handling deadline was breached");
		// as the supervision module writes a supervision gone overdue: its level by its label, not KEY
		TimelineEntry overdue = new TimelineEntry(now, "system", null, "SUPERVISION_OVERDUE", null, null,
				"KEY: 群众反映强烈", List.of());
		assertThat(withLevels.note(overdue, Locale.SIMPLIFIED_CHINESE)).isEqualTo("重点督办：群众反映强烈");
		TimelineEntry overdueAutomatic = new TimelineEntry(now, "system", null, "SUPERVISION_OVERDUE", null, null,
				"NORMAL: 超期自动督办 (handling deadline breached)", List.of());
		assertThat(withLevels.note(overdueAutomatic, Locale.ENGLISH))
			.isEqualTo("Normal: opened automatically, the handling deadline was breached");
		// as the linkage module writes a whistle blown on the order
		TimelineEntry whistle = new TimelineEntry(now, "h-ST-371002003", null, "WHISTLE", null, null,
				"DAILY → CSGLJ, ZJJ: 物业乱收费需要联合执法", List.of());
		assertThat(withLevels.note(whistle, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("日常哨，召集 市城市管理局、ZJJ：物业乱收费需要联合执法");
		assertThat(withLevels.note(whistle, Locale.ENGLISH))
			.isEqualTo("Daily, summoning 市城市管理局, ZJJ: 物业乱收费需要联合执法");
		// as the workbench writes a co-unit's opinion: the unit by its name, the opinion as typed (outside check)
		TimelineEntry opinion = new TimelineEntry(now, "h-ST-371002003", null, "OPINION", null, null,
				"ST-371002003: 竹岛街道已安排网格员现场设置警示锥。", List.of());
		assertThat(withLevels.note(opinion, Locale.SIMPLIFIED_CHINESE)).isEqualTo("竹岛街道办事处：竹岛街道已安排网格员现场设置警示锥。");
		assertThat(withLevels.note(opinion, Locale.ENGLISH)).isEqualTo("竹岛街道办事处: 竹岛街道已安排网格员现场设置警示锥。");
		TimelineEntry unknown = new TimelineEntry(now, "h-GONE", null, "OPINION", null, null, "GONE: 已撤并", List.of());
		assertThat(withLevels.note(unknown, Locale.SIMPLIFIED_CHINESE)).isEqualTo("GONE：已撤并");
		// as the evaluation module writes a low reply quality
		TimelineEntry quality = new TimelineEntry(now, "system", null, "REPLY_QUALITY_LOW", null, null,
				"score 20.0: LOW_RELEVANCE, MISSING_POINTS:人行道,夜间, TOO_SHORT", List.of());
		assertThat(withLevels.note(quality, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("得分 20.0：答复与诉求相关性低、未回应诉求要点：人行道,夜间、答复过短");
		assertThat(withLevels.note(quality, Locale.ENGLISH)).isEqualTo(
				"score 20.0: Reply has little to do with the request, Key points of the request not addressed: 人行道,夜间, "
						+ "Reply too short");
	}

	@Test
	void mergingNotesNameTheOrdersByNumber() {
		WorkOrder master = TestOrders.received("m", "WH20261126000001", "tester", now);
		WorkOrder middle = TestOrders.received("d1", "WH20261126000002", "tester", now);
		WorkOrder duplicate = TestOrders.received("d2", "WH20261126000003", "tester", now);
		duplicate.merge(act(null), middle);
		middle.merge(act(null), master);
		duplicate.followMaster(act(null), middle, master);
		master.answer(act(null), null, "已答复");
		duplicate.closeWithMaster(act(null), master);
		assertThat(said(duplicate, Locale.SIMPLIFIED_CHINESE)).containsExactly("并入 WH20261126000002",
				"随 WH20261126000002 并入 WH20261126000001", "随主工单 WH20261126000001 办结：已答复");
		WorkOrder other = TestOrders.received("o", "WH20261126000004", "tester", now);
		WorkOrder cancelled = TestOrders.received("c", "WH20261126000005", "tester", now);
		other.merge(act(null), cancelled);
		cancelled.cancel(act(null), "骚扰", false);
		other.unmerge(act(null), cancelled);
		assertThat(said(other, Locale.SIMPLIFIED_CHINESE)).containsExactly("并入 WH20261126000005",
				"主工单 WH20261126000005 已作废");
	}

	@Test
	void notesTypedByUsersStayAsTyped() {
		WorkOrder o = TestOrders.received("id-1", "WH20261126000001", "tester", now);
		o.dispatch(act(null), "CSGLJ", List.of());
		o.sign(act("lead CSGLJ, into WH1: PHONE"));
		o.requestReturn(act(null), "unreachable, attempt 1");
		assertThat(said(o, Locale.SIMPLIFIED_CHINESE)).containsExactly("主办单位 市城市管理局", "lead CSGLJ, into WH1: PHONE",
				"unreachable, attempt 1");
	}
}
