package org.liandong.directory.internal;

import java.util.Comparator;
import java.util.List;

import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.springframework.stereotype.Component;

/**
 * The units a page's unit-code fields offer while typing ({@code directory/units :: list}, a {@code datalist} the
 * fields name with {@code list="unit-list"}): each code with its name, so that a dispatcher finds 城市管理局 by typing
 * 城管 and sends its code.
 */
@Component("unitChoices")
public class UnitChoices {

	private final Directory directory;

	UnitChoices(Directory directory) {
		this.directory = directory;
	}

	/** Every unit, by code. */
	public List<Unit> all() {
		return directory.allUnits().stream().sorted(Comparator.comparing(Unit::code)).toList();
	}
}
