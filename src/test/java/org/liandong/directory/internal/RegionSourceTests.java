package org.liandong.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;

class RegionSourceTests {

	@Test
	void shortNamesDropTheAdministrativeSuffix() {
		assertThat(RegionSource.shortName("环翠区", RegionLevel.DISTRICT)).isEqualTo("环翠");
		assertThat(RegionSource.shortName("竹岛街道", RegionLevel.STREET)).isEqualTo("竹岛");
		assertThat(RegionSource.shortName("张村镇", RegionLevel.STREET)).isEqualTo("张村");
		assertThat(RegionSource.shortName("古陌社区居委会", RegionLevel.COMMUNITY)).isEqualTo("古陌");
		assertThat(RegionSource.shortName("东北村居委会", RegionLevel.COMMUNITY)).isEqualTo("东北村");
		assertThat(RegionSource.shortName("滨河社区居民委员会", RegionLevel.COMMUNITY)).isEqualTo("滨河");
		// never shorter than two characters
		assertThat(RegionSource.shortName("西村委会", RegionLevel.COMMUNITY)).isEqualTo("西村委会");
	}

	@Test
	void readsDivisionsSkipsEmptyDistrictsAndConvertsCentresToWgs84() {
		String divisions = """
				code12,name,level,parent_code12
				371000000000,威海市,city,370000000000
				371001000000,市辖区,county,371000000000
				371002000000,环翠区,county,371000000000
				371002003000,竹岛街道,town,371002000000
				""";
		String coordinates = "code,longitude,latitude\n371002003000,122.13,37.50\n";
		List<Region> regions = RegionSource.read(divisions, coordinates, "code,short_name\n371000000000,威海\n");
		assertThat(regions).extracting(Region::code).containsExactly("371000000000", "371002000000", "371002003000");
		assertThat(regions.get(0).parentCode()).isNull();
		Region zhudao = regions.get(2);
		assertThat(zhudao.level()).isEqualTo(RegionLevel.STREET);
		assertThat(zhudao.lon()).isLessThan(122.13).isGreaterThan(122.12);
		assertThat(zhudao.lat()).isLessThan(37.50).isGreaterThan(37.49);
		assertThat(regions.get(1).lat()).isNull();
	}
}
