package org.liandong.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo grids: generated at start, found by coordinates, served by the API, each with its grid worker. */
@IntegrationTest
class GridIntegrationTests {

	/** Near the centre of 竹岛街道 (环翠区), WGS-84. */
	static final double LAT = 37.4755;

	static final double LON = 122.1255;

	@Autowired
	MockMvc mvc;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Test
	void generatesAFewHundredGridsEachInsideAStreetWithCoordinates() {
		long grids = jdbc.sql("SELECT COUNT(*) FROM tr_grid").query(Long.class).single();
		assertThat(grids).isBetween(100L, 1000L);
		long orphans = jdbc.sql("SELECT COUNT(*) FROM tr_grid g WHERE NOT EXISTS "
				+ "(SELECT 1 FROM dir_region r WHERE r.code = g.street_code)").query(Long.class).single();
		assertThat(orphans).isZero();
	}

	@Test
	void resolvesAPointToItsGridAndTheGridsStreet() {
		Places.Place place = places.resolve(null, LAT, LON, null);
		assertThat(place.gridCode()).isNotNull();
		assertThat(place.gridCode()).startsWith(place.regionCode().substring(0, 9));
		assertThat(place.reason()).isEqualTo("GRID");
	}

	@Test
	void everyStreetsPublishedCentreResolvesToThatStreetAndAGridOfItsOwn() {
		// what GET /api/v1/regions/{code} publishes as a street's place, sent back as an order's place
		List<Region> streets = directory.allRegions().stream()
			.filter(r -> r.level() == RegionLevel.STREET && r.lat() != null && r.lon() != null)
			.toList();
		assertThat(streets).hasSizeGreaterThan(40);
		for (Region street : streets) {
			Places.Place place = places.resolve(null, street.lat(), street.lon(), null);
			assertThat(place.regionCode()).as("%s %s", street.code(), street.name()).isEqualTo(street.code());
			assertThat(place.gridCode()).as("%s %s", street.code(), street.name())
				.startsWith(street.code().substring(0, 9) + "-");
		}
	}

	@Test
	void aPointAtSeaOrOutsideTheCityHasNoGrid() {
		assertThat(places.resolve(null, 39.9042, 116.4074, null).gridCode()).isNull();
		// the Yellow Sea, 60 km east of Chengshan Head
		assertThat(places.resolve(null, 37.4, 123.3, null).gridCode()).isNull();
	}

	@Test
	void listsTheGridsOfAStreetAndServesOneAsGeoJson() throws Exception {
		String code = places.resolve(null, LAT, LON, null).gridCode();
		String street = places.resolve(null, LAT, LON, null).regionCode();
		mvc.perform(get("/api/v1/grids").param("street", street).with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(greaterThan(0)))
			.andExpect(jsonPath("$.content[*].streetCode").value(everyItem(org.hamcrest.Matchers.is(street))));
		mvc.perform(get("/api/v1/grids/" + code).with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.streetCode").value(street))
			.andExpect(jsonPath("$.geometry.type").value(org.hamcrest.Matchers.oneOf("Polygon", "MultiPolygon")))
			.andExpect(jsonPath("$.geometry.coordinates[0][0].length()").value(greaterThan(1)));
		mvc.perform(get("/api/v1/grids/NO-SUCH-GRID").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyGridHasADemoGridWorkerWhoCanSignIn() throws Exception {
		String code = places.resolve(null, LAT, LON, null).gridCode();
		mvc.perform(get("/api/v1/work-orders").with(httpBasic("g-" + code, "demo123")))
			.andExpect(status().isOk());
		long grids = jdbc.sql("SELECT COUNT(*) FROM tr_grid").query(Long.class).single();
		long withoutWorker = jdbc.sql("SELECT COUNT(*) FROM tr_grid g WHERE NOT EXISTS "
				+ "(SELECT 1 FROM idn_user u WHERE u.username = 'g-' || g.code AND u.role = 'GRID_WORKER')")
			.query(Long.class)
			.single();
		assertThat(grids).isPositive();
		assertThat(withoutWorker).isZero();
	}
}
