package org.liandong.directory;

/**
 * An administrative region by its 12-digit national statistical code. {@code lat}/{@code lon} (WGS-84) are the
 * centre point where the data has one, else null.
 */
public record Region(String code, String name, RegionLevel level, String parentCode, Double lat, Double lon) {
}
