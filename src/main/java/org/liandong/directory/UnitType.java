package org.liandong.directory;

/** Kind of handling unit (CONTRACT §3). */
public enum UnitType {
	/** A department of the city government (市直部门). */
	CITY_DEPARTMENT,
	/** A district, county-level city or development-zone government. */
	DISTRICT,
	/** A department of a district government. */
	DISTRICT_DEPARTMENT,
	/** A street office or town government. */
	STREET,
	/** A community or village committee. */
	COMMUNITY,
	/** A public utility (water, power, gas, heating, telecom). */
	UTILITY,
	/** The 12345 hotline centre itself. */
	HOTLINE_CENTRE
}
