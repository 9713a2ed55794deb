package org.liandong.directory;

/**
 * An administrative region by its 12-digit national statistical code. {@code lat}/{@code lon} (WGS-84) are the
 * centre point where the data has one, else null. {@code shortName} is the name without its administrative suffix
 * (环翠区 → 环翠, 竹岛街道 → 竹岛), as people say it; gazetteers match on both.
 */
public record Region(String code, String name, RegionLevel level, String parentCode, Double lat, Double lon,
		String shortName) {
}
