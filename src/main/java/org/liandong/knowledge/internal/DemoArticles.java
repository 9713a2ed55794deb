package org.liandong.knowledge.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.liandong.knowledge.KnowledgeArticle;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A few demo articles (demo mode, empty table only), written for this project as illustrations: they describe
 * common questions in general terms and are not official policy texts.
 */
@Component
@ConditionalOnProperty(name = "liandong.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoArticles implements ApplicationRunner {

	private final Articles articles;
	private final Clock clock;

	DemoArticles(Articles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (articles.count() > 0) {
			return;
		}
		for (KnowledgeArticle a : demo()) {
			articles.insert(a, "demo", clock.instant());
		}
	}

	private static KnowledgeArticle article(String title, String body, List<String> keywords, String category,
			String unit) {
		return new KnowledgeArticle(UUID.randomUUID().toString(), title, body, keywords, category, unit, null, null,
				"PUBLISHED", 0, 0);
	}

	static List<KnowledgeArticle> demo() {
		return List.of(
				article("12345热线受理哪些事项", "12345政务服务便民热线受理企业和群众对政府工作的咨询、求助、投诉、举报和建议，"
						+ "全天24小时有人接听。涉及违法犯罪请拨打110，火警119，急救120，交通事故122；"
						+ "已进入诉讼、仲裁、信访程序的事项和涉及国家秘密的事项不在受理范围内。",
						List.of("12345", "热线", "受理范围", "投诉", "咨询"), "热线服务", null),
				article("如何查询工单办理进度", "市民提交诉求后会收到工单号和查询码。可在市民门户“查询办理进度”页面输入工单号和查询码查看当前状态，"
						+ "也可再次拨打12345报工单号查询。办理完成后会请您评价是否解决、是否满意。",
						List.of("工单号", "查询码", "进度", "查询"), "热线服务", null),
				article("住房公积金提取的一般条件", "职工购买、建造、翻建、大修自住住房，偿还购房贷款本息，租房自住，离休退休，"
						+ "完全丧失劳动能力并与单位终止劳动关系等情形，一般可以申请提取住房公积金。"
						+ "具体材料和额度以住房公积金管理中心公布的办事指南为准，可到中心窗口或通过其网上服务大厅办理。",
						List.of("公积金", "住房公积金", "提取", "租房"), "住房保障", null),
				article("社保卡丢失如何补办", "社会保障卡遗失后应先挂失，可通过当地人社部门的网上服务平台、合作银行网点或服务窗口办理挂失，"
						+ "挂失后携带本人有效身份证件到发卡银行网点或人社服务窗口申请补卡。补卡期间医保结算可使用医保电子凭证。",
						List.of("社保卡", "社会保障卡", "挂失", "补办", "医保"), "社会保障", null),
				article("城镇职工养老保险缴费年限", "按月领取基本养老金一般需要达到法定退休年龄且累计缴费满规定年限（目前一般为15年，"
						+ "国家规定逐步提高的按新规定执行）。缴费不足的，可按规定延长缴费或转入城乡居民养老保险。"
						+ "个人缴费记录可通过社保经办机构或其网上服务平台查询。",
						List.of("养老保险", "社保", "缴费年限", "退休", "养老金"), "社会保障", null),
				article("噪音扰民如何反映", "夜间施工、商业经营噪音等扰民问题可拨打12345反映，请说明具体地址、时间段和噪音来源。"
						+ "热线将按职责转交生态环境、城市管理或公安等部门处理；正在发生的社会生活噪音扰民可同时拨打110。",
						List.of("噪音", "扰民", "施工", "夜间"), "生态环境", null));
	}
}
