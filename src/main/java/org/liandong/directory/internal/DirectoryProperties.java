package org.liandong.directory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the jurisdiction's reference data comes from ({@code liandong.directory.*}); another city points these at
 * its own files. See {@code docs/reference-data.md} for the formats.
 *
 * @param dataLocation folder (Spring resource location) holding the files below
 * @param divisionsFile NBS division table: code12, name, level (city/county/town/village), parent_code12
 * @param coordinatesFile centre points (GCJ-02): code, longitude, latitude
 * @param shortNamesFile short-name overrides: code, short_name
 * @param unitsFile departments, utilities and district department templates: kind, code, name
 * @param itemsFile the responsibility list in the import/export format
 */
@ConfigurationProperties("liandong.directory")
record DirectoryProperties(@DefaultValue("classpath:data/weihai/") String dataLocation,
		@DefaultValue("weihai_divisions_nbs2021.csv") String divisionsFile,
		@DefaultValue("weihai_adcode_vonng2016.csv") String coordinatesFile,
		@DefaultValue("short-names.csv") String shortNamesFile, @DefaultValue("units.csv") String unitsFile,
		@DefaultValue("items.csv") String itemsFile) {

	DirectoryProperties {
		if (!dataLocation.endsWith("/")) {
			dataLocation = dataLocation + "/";
		}
	}
}
