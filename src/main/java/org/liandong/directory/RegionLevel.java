package org.liandong.directory;

/** Level of an administrative region. */
public enum RegionLevel {
	/** The prefecture-level city (地级市). */
	CITY,
	/** A district, county-level city or development zone (区/县级市/开发区). */
	DISTRICT,
	/** A street office or town (街道/镇). */
	STREET,
	/** A community or village (社区/村). */
	COMMUNITY
}
