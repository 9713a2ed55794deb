package org.liandong.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DirectoryLoadingIntegrationTests {

	@Autowired
	Directory directory;

	@Test
	void loadsWeihaiRegionsWithoutTheEmptyCityDistrict() {
		List<Region> regions = directory.allRegions();
		assertThat(directory.city().code()).isEqualTo("371000000000");
		assertThat(count(regions, RegionLevel.CITY)).isEqualTo(1);
		assertThat(count(regions, RegionLevel.DISTRICT)).isEqualTo(7);
		assertThat(count(regions, RegionLevel.STREET)).isEqualTo(73);
		assertThat(count(regions, RegionLevel.COMMUNITY)).isEqualTo(2733);
		assertThat(directory.region("371001000000")).isEmpty();
		assertThat(directory.region("371071000000")).get().extracting(Region::level).isEqualTo(RegionLevel.DISTRICT);
	}

	@Test
	void givesRegionsShortNamesAndWgs84CentresWhereTheDataHasThem() {
		Region zhudao = directory.region("371002003000").orElseThrow();
		assertThat(zhudao.name()).isEqualTo("竹岛街道");
		assertThat(zhudao.shortName()).isEqualTo("竹岛");
		assertThat(directory.region("371002000000").orElseThrow().shortName()).isEqualTo("环翠");
		assertThat(directory.region("371071000000").orElseThrow().shortName()).isEqualTo("高区");
		Region huancui = directory.region("371002000000").orElseThrow();
		// the source point is GCJ-02 (122.123443, 37.50199); WGS-84 lies a few hundred metres south-west
		assertThat(huancui.lon()).isBetween(122.110, 122.1232);
		assertThat(huancui.lat()).isBetween(37.495, 37.5019);
		assertThat(directory.region("371071004000").orElseThrow().lat()).isNull();
	}

	@Test
	void mapsEveryStreetAndCommunityToItsStreetOffice() {
		assertThat(directory.streetOfficeFor("371002003000")).get().extracting(Unit::code).isEqualTo("ST-371002003");
		Region community = directory.allRegions().stream()
			.filter(r -> r.level() == RegionLevel.COMMUNITY && "371002003000".equals(r.parentCode()))
			.findFirst().orElseThrow();
		assertThat(directory.streetOfficeFor(community.code())).get().extracting(Unit::code)
			.isEqualTo("ST-371002003");
		assertThat(directory.streetOfficeFor("371002000000")).isEmpty();
		assertThat(directory.streetOfficeFor("999999999999")).isEmpty();
		long streetsWithOffice = directory.allRegions().stream().filter(r -> r.level() == RegionLevel.STREET)
			.filter(r -> directory.streetOfficeFor(r.code()).isPresent()).count();
		assertThat(streetsWithOffice).isEqualTo(73);
	}

	@Test
	void buildsTheUnitTree() {
		assertThat(directory.unit("HOTLINE")).get().extracting(Unit::type).isEqualTo(UnitType.HOTLINE_CENTRE);
		assertThat(directory.unit("CSGLJ")).get().extracting(Unit::name).isEqualTo("威海市城市管理局");
		assertThat(directory.unit("UT-WATER")).get().extracting(Unit::type).isEqualTo(UnitType.UTILITY);
		Unit street = directory.unit("ST-371002003").orElseThrow();
		assertThat(street.parentCode()).isEqualTo("DI-371002");
		assertThat(street.regionCode()).isEqualTo("371002003000");
		assertThat(directory.unit("DI-371002-CG")).get().extracting(Unit::name).isEqualTo("环翠区城市管理局");
		assertThat(directory.unit("DI-371071-HB")).get().extracting(Unit::name).isEqualTo("威海市生态环境局高区分局");
		assertThat(directory.allUnits()).hasSizeBetween(2800, 3200);
		assertThat(directory.allUnits().stream().filter(u -> u.type() == UnitType.COMMUNITY)).hasSize(2733);
		assertThat(directory.allUnits()).allSatisfy(u -> {
			if (u.parentCode() != null) {
				assertThat(directory.unit(u.parentCode())).as("parent of " + u.code()).isPresent();
			}
		});
	}

	@Test
	void answersTreeQuestionsFromTheSnapshot() {
		Unit community = directory.allUnits().stream()
			.filter(u -> u.type() == UnitType.COMMUNITY && "ST-371002003".equals(u.parentCode())).findFirst()
			.orElseThrow();
		assertThat(directory.unitAndDescendants("DI-371002")).contains("DI-371002", "DI-371002-CG", "ST-371002003",
				community.code());
		assertThat(directory.unitAndDescendants("DI-371002")).doesNotContain("ST-371003001", "CSGLJ");
		assertThat(directory.unitAndDescendants("NOPE")).isEmpty();
		assertThat(directory.isSameOrBelow(community.code(), "DI-371002")).isTrue();
		assertThat(directory.isSameOrBelow("ST-371002003", "ST-371002003")).isTrue();
		assertThat(directory.isSameOrBelow("DI-371002", "ST-371002003")).isFalse();
		assertThat(directory.isSameOrBelow("CSGLJ", "DI-371002")).isFalse();
		assertThat(directory.regionAndAncestors(community.regionCode())).extracting(Region::code)
			.containsExactly(community.regionCode(), "371002003000", "371002000000", "371000000000");
	}

	@Test
	void loadsAtLeastThreeHundredItemsWhoseUnitsAllExist() {
		List<Item> items = directory.allItems();
		assertThat(items).hasSizeGreaterThanOrEqualTo(300);
		assertThat(items).allSatisfy(item -> {
			if (item.unitRule().unitCode() == null) {
				assertThat(item.unitRule().type()).as(item.code()).isEqualTo(Item.UnitRuleType.LOCAL_STREET);
			}
			else {
				assertThat(directory.unit(item.unitRule().unitCode())).as(item.code()).isPresent();
			}
			item.unitRule().coUnitCodes().forEach(c -> assertThat(directory.unit(c)).as(item.code()).isPresent());
			assertThat(item.limits().handle()).as(item.code()).containsKey("NORMAL");
			assertThat(item.path()).as(item.code()).hasSize(3);
		});
		Item cover = directory.item("CG-0101").orElseThrow();
		assertThat(cover.path()).containsExactly("城乡建设", "城管部件·公用设施", "上水井盖");
		assertThat(cover.unitRule().type()).isEqualTo(Item.UnitRuleType.UTILITY);
		assertThat(cover.verificationRequired()).isTrue();
		assertThat(directory.item("CE-0102").orElseThrow().unitRule().type()).isEqualTo(Item.UnitRuleType.LOCAL_STREET);
		assertThat(items.stream().map(Item::domain).distinct()).hasSize(15);
	}

	private static long count(List<Region> regions, RegionLevel level) {
		return regions.stream().filter(r -> r.level() == level).count();
	}
}
