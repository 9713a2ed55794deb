package org.liandong.directory;

/** A handling unit in the unit tree; {@code regionCode} is the region it serves (null for none). */
public record Unit(String code, String name, UnitType type, String parentCode, String regionCode) {
}
