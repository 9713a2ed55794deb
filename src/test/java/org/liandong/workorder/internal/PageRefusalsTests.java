package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.workorder.Satisfaction;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' refusals, taken from the code that writes them, said in Chinese and English: a message changed there
 * and not here fails one of these.
 */
class PageRefusalsTests {

	private final PageRefusals refusals = new PageRefusals(messages());

	private Instant now = Instant.parse("2026-11-26T02:00:00Z");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/workorder", "i18n/identity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private String zh(RuntimeException refusal) {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		return refusals.describe(refusal);
	}

	private String en(RuntimeException refusal) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		return refusals.describe(refusal);
	}

	private static RuntimeException refusal(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException e) {
			return e;
		}
		throw new AssertionError("not refused");
	}

	private WorkOrder.Act act() {
		now = now.plus(Duration.ofMinutes(1));
		return new WorkOrder.Act("tester", "ADMIN", now, null);
	}

	private WorkOrder inProgress() {
		WorkOrder o = TestOrders.received("id-1", "WH20261126000001", "tester", now);
		o.dispatch(act(), "CSGLJ", List.of());
		o.sign(act());
		return o;
	}

	private static Actor actor(Role role, String unit) {
		return new Actor("u", "u", "u", role, unit, null, Set.of());
	}

	@Test
	void anIllegalTransitionNamesTheActionAndTheStatesByTheirLabels() {
		WorkOrder o = inProgress();
		RuntimeException signed = refusal(() -> o.sign(act()));
		assertThat(zh(signed)).isEqualTo("无法在“办理中”状态下签收，允许的状态：待签收。");
		assertThat(en(signed)).isEqualTo("“Sign” is not possible in status “In progress”; allowed in: Dispatched.");
		WorkOrder master = TestOrders.received("id-9", "WH20261126000009", "tester", now);
		assertThat(zh(refusal(() -> o.merge(act(), master)))).isEqualTo("无法在“办理中”状态下合并，允许的状态：已受理、待签收。");
	}

	@Test
	void everyGuardOfTheAggregateIsSaidInChinese() {
		WorkOrder o = inProgress();
		o.reply(act(), "fixed", List.of(), false);
		o.revisit(act(), true, true, Satisfaction.SATISFIED, 3);
		List<Runnable> actions = List.of(() -> o.answer(act(), null, "a"), () -> o.dispatch(act(), "X", List.of()),
				() -> o.reassign(act(), "X", List.of()), () -> o.sign(act()), () -> o.contact(act(), "PHONE", "x"),
				() -> o.requestReturn(act(), "x"), () -> o.approveReturn(act()), () -> o.rejectReturn(act(), "x"),
				() -> o.requestExtension(act(), now, "x"), () -> o.approveExtension(act(), "x"),
				() -> o.rejectExtension(act(), "x"), () -> o.reply(act(), "x", List.of(), false),
				() -> o.verify(act(), true, List.of()), () -> o.revisit(act(), false, null, null, 3),
				() -> o.reopen(act(), "x", 2), () -> o.close(act(), "x"), () -> o.shelve(act(), "x", "y"),
				() -> o.unshelve(act(), "x"),
				() -> o.merge(act(), TestOrders.received("id-9", "WH20261126000009", "tester", now)),
				() -> o.cancel(act(), "x", false));
		for (Runnable action : actions) {
			assertThat(zh(refusal(action))).matches("无法在“已办结”状态下[^A-Za-z]+，允许的状态：[^A-Za-z]+。");
		}
	}

	@Test
	void theAggregatesOtherRefusalsAreSaidInChinese() {
		WorkOrder o = inProgress();
		assertThat(zh(refusal(() -> o.approveExtension(act(), "x")))).isEqualTo("该工单没有待审核的延期申请。");
		o.requestExtension(act(), now.plus(Duration.ofDays(3)), "x");
		assertThat(zh(refusal(() -> o.requestExtension(act(), now.plus(Duration.ofDays(4)), "y"))))
			.isEqualTo("该工单已有待审核的延期申请。");
		WorkOrder received = TestOrders.received("id-2", "WH20261126000002", "tester", now);
		assertThat(zh(refusal(() -> received.merge(act(), received)))).isEqualTo("主工单编号或ID：工单不能合并到自身。");
		o.reply(act(), "fixed", List.of(), false);
		o.revisit(act(), true, false, Satisfaction.DISSATISFIED, 3);
		assertThat(zh(refusal(() -> o.reopen(act(), "x", 0)))).isEqualTo("该工单已重办 0 次，已达上限；请填写理由办结。");
		o.close(act(), "诉求不合理");
		assertThat(zh(refusal(() -> received.merge(act(), o))))
			.isEqualTo("主工单 WH20261126000001 处于“已办结”状态，请合并到未办结的工单。");
	}

	@Test
	void aRefusedRightNamesTheRoleAndTheAction() {
		WorkOrder o = inProgress();
		assertThat(zh(refusal(() -> ActionPolicy.checkCreate(actor(Role.HANDLER, "CSGLJ")))))
			.isEqualTo("您的角色（承办人）不能受理工单。");
		assertThat(en(refusal(() -> ActionPolicy.checkCreate(actor(Role.LEADER, null)))))
			.isEqualTo("Your role (Leader) may not take in work orders.");
		assertThat(zh(refusal(() -> ActionPolicy.check(actor(Role.LEADER, null), o, Action.REJECT_RETURN))))
			.isEqualTo("您的角色（领导）不能对工单执行“驳回退单”。");
		assertThat(zh(refusal(() -> ActionPolicy.check(actor(Role.HANDLER, "ZJJ"), o, Action.REQUEST_EXTENSION))))
			.isEqualTo("只有主办单位的承办人可以对此工单执行“申请延期”。");
		assertThat(zh(refusal(() -> ActionPolicy.check(actor(Role.OPERATOR, null), o, Action.CANCEL))))
			.isEqualTo("派单后只有督办员可以作废工单。");
		assertThat(zh(refusal(() -> ActionPolicy.check(actor(Role.DISPATCHER, null), o, Action.CANCEL))))
			.isEqualTo("只有话务员（派单前）或督办员可以作废工单。");
	}

	@Test
	void aStaleFormAndAnOrderOutOfSightAreSaidInChinese() {
		assertThat(zh(WorkOrderService.staleVersion(1, 0))).isEqualTo("工单已被他人更新（当前版本 1，表单版本 0），请刷新页面后重试。");
		assertThat(en(WorkOrderService.staleVersion(1, 0)))
			.isEqualTo("The work order is at version 1, not 0; reload the page and try again.");
		assertThat(zh(WorkOrderService.notFound("4f0c"))).isEqualTo("工单不存在，或您无权查看。");
	}

	@Test
	void invalidFieldsAreNamedByTheirFormLabels() {
		var invalid = new InvalidRequestException("4 field(s) are invalid.",
				List.of(new FieldError("leadUnitCode", "Unknown unit."),
						new FieldError("coUnitCodes[1]", "Unknown unit."), new FieldError("reason", "不能为空"),
						new FieldError("way", "不能为null")));
		assertThat(zh(invalid)).isEqualTo("主办单位代码：单位不存在；协办单位代码（逗号分隔）：单位不存在；理由：不能为空；联系方式：不能为空");
		var en = new InvalidRequestException("2 field(s) are invalid.",
				List.of(new FieldError("way", "must not be null"),
						new FieldError("reached", "must be true or false (got maybe)")));
		assertThat(en(en)).isEqualTo("Way: must not be empty; Citizen reached: must be yes or no");
		assertThat(zh(new InvalidRequestException("until", "The new due time may be at most 1000 days ahead.")))
			.isEqualTo("延期至：最多可延至 1000 天后");
		// an answer's article, and the files module's refusals of an upload on the order page
		assertThat(zh(new InvalidRequestException("articleId", "Unknown knowledge-base article.")))
			.isEqualTo("知识库文章：知识库中没有这篇文章");
		assertThat(zh(new InvalidRequestException("file",
				"Files of type application/octet-stream are not accepted; allowed: image/jpeg, image/png.")))
			.isEqualTo("文件：不接受 application/octet-stream 类型的文件；可以上传：image/jpeg, image/png");
		assertThat(zh(new InvalidRequestException("file", "The file's content does not match its type image/png.")))
			.isEqualTo("文件：文件的内容与其类型 image/png 不符");
		// (an apostrophe in a message with arguments would be MessageFormat's quote, and eat the argument)
		assertThat(en(new InvalidRequestException("file", "The file's content does not match its type image/png.")))
			.isEqualTo("File: the file’s content does not match its type image/png");
		// the request's own checks, the list's paging, and the validator's @Size in either language
		assertThat(zh(new InvalidRequestException("citizenPhone", "must be a telephone number")))
			.isEqualTo("联系电话：须为有效的电话号码");
		assertThat(zh(new InvalidRequestException("regionCode", "must be a 12-digit region code")))
			.isEqualTo("区划代码：须为 12 位行政区划代码");
		assertThat(zh(new InvalidRequestException("page", "page must be 0 or more (the first page is 0).")))
			.isEqualTo("页码：须为 0 或更大（第一页为 0）");
		assertThat(zh(new InvalidRequestException("reason", "个数必须在0和1000之间"))).isEqualTo("理由：不能超过 1000 个字");
		assertThat(en(new InvalidRequestException("reason", "size must be between 0 and 1000")))
			.isEqualTo("Reason: may have at most 1000 characters");
		assertThat(zh(new InvalidRequestException("reason", "size must be between 2 and 64")))
			.isEqualTo("理由：长度须为 2 至 64 个字");
	}

	@Test
	void aMessageItDoesNotKnowIsShownAsItIs() {
		assertThat(zh(new ConflictException("Something else happened."))).isEqualTo("Something else happened.");
		assertThat(zh(new InvalidRequestException("opinion", "1–2000 characters")))
			.isEqualTo("opinion：1–2000 characters");
	}
}
