package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;

/**
 * Place names to regions, on a piece of the Weihai directory (codes and names as in the NBS table), in particular
 * community short names that are ordinary words (楼下, 大桥, 幸福, 水井).
 */
class GazetteerTests {

	static final String CITY = "371000000000";

	static final String HUANCUI = "371002000000";

	static final String HUANCUILOU = "371002001000";

	static final String DAQIAO = "371002001011";

	static final String ZHUDAO = "371002003000";

	static final String ZHUDAO_ROAD = "371002003012";

	static final String WANGTUAN = "371073112000";

	static final String LOUXIA = "371073112210";

	static final String RUSHAN = "371083000000";

	static final String CHENGQU = "371083001000";

	static final String XINGFU = "371083001010";

	static final String RENHE_TOWN = "371082107000";

	static final String RENHE_VILLAGE = "371082107201";

	static final String HIGH_TECH_ZONE = "371071000000";

	static final String ECONOMIC_ZONE = "371072000000";

	static final String WENDENG_ZONE_OFFICE = "371003400000";

	static final String CHEDAO = "371083108232";

	final Gazetteer gazetteer = new Gazetteer(List.of(region(CITY, "威海市", RegionLevel.CITY, null, "威海"),
			region(HIGH_TECH_ZONE, "威海火炬高技术产业开发区", RegionLevel.DISTRICT, CITY, "高区"),
			region(ECONOMIC_ZONE, "威海经济技术开发区", RegionLevel.DISTRICT, CITY, "经区"),
			region(WENDENG_ZONE_OFFICE, "开发区办事处", RegionLevel.STREET, "371003000000", "开发区"),
			region("371083108000", "午极镇", RegionLevel.STREET, RUSHAN, "午极"),
			region(CHEDAO, "车道村委会", RegionLevel.COMMUNITY, "371083108000", "车道"),
			region("371002100000", "张村镇", RegionLevel.STREET, HUANCUI, "张村"),
			region("371082003000", "东山街道", RegionLevel.STREET, "371082000000", "东山"),
			region(HUANCUI, "环翠区", RegionLevel.DISTRICT, CITY, "环翠"),
			region(HUANCUILOU, "环翠楼街道", RegionLevel.STREET, HUANCUI, "环翠楼"),
			region(DAQIAO, "大桥居委会", RegionLevel.COMMUNITY, HUANCUILOU, "大桥"),
			region(ZHUDAO, "竹岛街道", RegionLevel.STREET, HUANCUI, "竹岛"),
			region(ZHUDAO_ROAD, "竹岛路居委会", RegionLevel.COMMUNITY, ZHUDAO, "竹岛路"),
			region("371073000000", "威海临港经济技术开发区", RegionLevel.DISTRICT, CITY, "临港区"),
			region(WANGTUAN, "汪疃镇", RegionLevel.STREET, "371073000000", "汪疃"),
			region(LOUXIA, "楼下村委会", RegionLevel.COMMUNITY, WANGTUAN, "楼下"),
			region(RUSHAN, "乳山市", RegionLevel.DISTRICT, CITY, "乳山"),
			region(CHENGQU, "城区街道", RegionLevel.STREET, RUSHAN, "城区"),
			region(XINGFU, "幸福居委会", RegionLevel.COMMUNITY, CHENGQU, "幸福"),
			region("371083104000", "大孤山镇", RegionLevel.STREET, RUSHAN, "大孤山"),
			region("371083104223", "水井村委会", RegionLevel.COMMUNITY, "371083104000", "水井"),
			region("371003000000", "文登区", RegionLevel.DISTRICT, CITY, "文登"),
			region("371003102000", "张家产镇", RegionLevel.STREET, "371003000000", "张家产"),
			region("371003102220", "水井村委会", RegionLevel.COMMUNITY, "371003102000", "水井"),
			region("371082000000", "荣成市", RegionLevel.DISTRICT, CITY, "荣成"),
			region(RENHE_TOWN, "人和镇", RegionLevel.STREET, "371082000000", "人和"),
			region(RENHE_VILLAGE, "人和村委会", RegionLevel.COMMUNITY, RENHE_TOWN, "人和"),
			region("371082107202", "东南村居委会", RegionLevel.COMMUNITY, RENHE_TOWN, "东南村")),
			Map.of(HIGH_TECH_ZONE, List.of("高新区", "开发区"), ECONOMIC_ZONE, List.of("经开区", "开发区"),
					"371073000000", List.of("临港", "开发区"), "NOPE", List.of("不存在")));

	static Region region(String code, String name, RegionLevel level, String parent, String shortName) {
		return new Region(code, name, level, parent, null, null, shortName);
	}

	@Test
	void doesNotTakeAnOrdinaryWordThatIsAVillageShortNameForThePlace() {
		Gazetteer.Resolution downstairs = gazetteer.resolve("小区楼下烧烤店油烟扰民");
		assertThat(downstairs.regionCode()).isNull();
		assertThat(downstairs.reason()).isEqualTo("UNCONFIRMED_NAME:楼下");
		assertThat(gazetteer.resolve("楼下有人烧烤").regionCode()).isNull();
		assertThat(gazetteer.resolve("大桥下面有垃圾").regionCode()).isNull();
		assertThat(gazetteer.resolve("家门口的水井盖子坏了").regionCode()).isNull();
	}

	@Test
	void doesNotTakeARoadNamedLikeACommunityForTheCommunity() {
		assertThat(gazetteer.resolve("幸福路").regionCode()).isNull();
		assertThat(gazetteer.resolve("乳山市城区街道幸福路8号").regionCode()).isEqualTo(CHENGQU);
		assertThat(gazetteer.resolve("城区街道幸福北路").regionCode()).isEqualTo(CHENGQU);
		assertThat(gazetteer.resolve("乳山市幸福小区").regionCode()).isEqualTo(RUSHAN);
	}

	@Test
	void takesACommunityShortNameFollowedByItsSuffix() {
		assertThat(gazetteer.resolve("楼下村有人烧烤")).isEqualTo(new Gazetteer.Resolution(LOUXIA, "NAME:楼下村"));
		assertThat(gazetteer.resolve("大桥社区门口垃圾没人清").regionCode()).isEqualTo(DAQIAO);
		assertThat(gazetteer.resolve("幸福居委会").regionCode()).isEqualTo(XINGFU);
		assertThat(gazetteer.resolve("楼下村委会").regionCode()).isEqualTo(LOUXIA);
		assertThat(gazetteer.resolve("东南村路灯不亮").regionCode()).isEqualTo("371082107202");
	}

	@Test
	void takesABareCommunityShortNameThatItsStreetOrDistrictConfirms() {
		assertThat(gazetteer.resolve("环翠楼街道大桥下面有垃圾").regionCode()).isEqualTo(DAQIAO);
		assertThat(gazetteer.resolve("汪疃镇楼下").regionCode()).isEqualTo(LOUXIA);
		assertThat(gazetteer.resolve("乳山市幸福").regionCode()).isEqualTo(XINGFU);
		// a street elsewhere does not confirm it
		assertThat(gazetteer.resolve("竹岛街道楼下有人烧烤")).isEqualTo(new Gazetteer.Resolution(ZHUDAO, "NAME:竹岛街道"));
	}

	@Test
	void doesNotLetATownsNameConfirmItsOwnVillageOfTheSameName() {
		assertThat(gazetteer.resolve("人和").regionCode()).isEqualTo(RENHE_TOWN);
		assertThat(gazetteer.resolve("人和镇人和村").regionCode()).isEqualTo(RENHE_VILLAGE);
	}

	@Test
	void stillResolvesStreetsAndDistrictsByFullOrShortName() {
		assertThat(gazetteer.resolve("环翠区竹岛街道")).isEqualTo(new Gazetteer.Resolution(ZHUDAO, "NAME:竹岛街道+环翠区"));
		assertThat(gazetteer.resolve("竹岛").regionCode()).isEqualTo(ZHUDAO);
		assertThat(gazetteer.resolve("环翠区").regionCode()).isEqualTo(HUANCUI);
		assertThat(gazetteer.resolve("临港区").regionCode()).isEqualTo("371073000000");
		assertThat(gazetteer.resolve("北京市朝阳区").reason()).isEqualTo("NO_PLACE_NAME");
	}

	@Test
	void givesTheStreetItsCharactersBackWhenACommunityNameAroundItIsNotConfirmed() {
		assertThat(gazetteer.resolve("竹岛路88号")).isEqualTo(new Gazetteer.Resolution(ZHUDAO, "NAME:竹岛"));
		assertThat(gazetteer.resolve("环翠区竹岛街道竹岛路88号").regionCode()).isEqualTo(ZHUDAO_ROAD);
	}

	@Test
	void knowsTheZonesByTheNamesPeopleSayAndTheirFullNamesWithoutTheCitys() {
		assertThat(gazetteer.resolve("经济技术开发区某小区路灯坏了"))
			.isEqualTo(new Gazetteer.Resolution(ECONOMIC_ZONE, "NAME:经济技术开发区"));
		assertThat(gazetteer.resolve("威海经济技术开发区").regionCode()).isEqualTo(ECONOMIC_ZONE);
		assertThat(gazetteer.resolve("火炬高技术产业开发区").regionCode()).isEqualTo(HIGH_TECH_ZONE);
		assertThat(gazetteer.resolve("高新区").regionCode()).isEqualTo(HIGH_TECH_ZONE);
		assertThat(gazetteer.resolve("经开区").regionCode()).isEqualTo(ECONOMIC_ZONE);
		assertThat(gazetteer.resolve("临港").regionCode()).isEqualTo("371073000000");
		assertThat(gazetteer.resolve("不存在").reason()).isEqualTo("NO_PLACE_NAME");
	}

	@Test
	void leavesABareNameThatSeveralPlacesBearUnresolvedUnlessAnotherNameSaysWhichOne() {
		// 开发区 is 文登's street office and each zone: alone, not the most specific of them
		assertThat(gazetteer.resolve("开发区路灯坏了")).isEqualTo(new Gazetteer.Resolution(null, "AMBIGUOUS_NAME:开发区"));
		assertThat(gazetteer.resolve("文登区开发区").regionCode()).isEqualTo(WENDENG_ZONE_OFFICE);
		assertThat(gazetteer.resolve("文登开发区").regionCode()).isEqualTo(WENDENG_ZONE_OFFICE);
	}

	@Test
	void leavesContradictingNamesUnresolved() {
		assertThat(gazetteer.resolve("文登区竹岛街道"))
			.isEqualTo(new Gazetteer.Resolution(null, "CONFLICTING_NAMES:竹岛街道+文登区"));
		assertThat(gazetteer.resolve("荣成市竹岛街道海滨路").regionCode()).isNull();
		assertThat(gazetteer.resolve("文登区竹岛街道竹岛路88号").reason()).startsWith("CONFLICTING_NAMES:");
		assertThat(gazetteer.resolve("环翠区张家产镇").regionCode()).isNull();
		// agreeing names still resolve
		assertThat(gazetteer.resolve("文登区张家产镇").regionCode()).isEqualTo("371003102000");
	}

	@Test
	void doesNotTakeAWordOfTheTextForAVillageOfAnotherStreetThanTheOneNamed() {
		assertThat(gazetteer.resolve("乳山市城区街道有人在人行道上占道经营，行人只能走机动车道"))
			.isEqualTo(new Gazetteer.Resolution(CHENGQU, "NAME:城区街道+乳山市"));
		assertThat(gazetteer.resolve("乳山市午极镇车道").regionCode()).isEqualTo(CHEDAO);
		assertThat(gazetteer.resolve("乳山市车道村").regionCode()).isEqualTo(CHEDAO);
	}

	@Test
	void doesNotTakeAStreetsShortNameInARoadsNameForThatStreetWhenTheTextNamesItsOwnStreetInFull() {
		// 东山路 in 张村镇 is a road, not 荣成's 东山街道
		assertThat(gazetteer.resolve("环翠区张村镇东山路口路灯坏了"))
			.isEqualTo(new Gazetteer.Resolution("371002100000", "NAME:环翠区+张村镇"));
		assertThat(gazetteer.resolve("东山街道").regionCode()).isEqualTo("371082003000");
		assertThat(gazetteer.resolve("荣成市东山").regionCode()).isEqualTo("371082003000");
		// a short name is no contradiction of a street named in full either
		assertThat(gazetteer.resolve("竹岛街道张村路").regionCode()).isEqualTo(ZHUDAO);
	}
}
