package org.liandong.directory.internal;

import java.util.Comparator;
import java.util.List;

import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.Unit;
import org.springframework.stereotype.Component;

/**
 * Units and regions by name on the pages ({@code ${@names.unit(code)}} in a template), from the directory's snapshot
 * in memory: a page shows 竹岛街道办事处, not {@code ST-371002003}. An unknown code is shown as it is; none as nothing.
 * Also the units a unit-code field offers ({@link #units()}).
 */
@Component("names")
public class PageNames {

	private final Directory directory;

	PageNames(Directory directory) {
		this.directory = directory;
	}

	/** The unit's name, else its code. */
	public String unit(String code) {
		return code == null ? "" : directory.unitName(code);
	}

	/**
	 * Every unit, by code: what the pages' unit-code fields offer while typing ({@code directory/units :: list}, a
	 * {@code datalist} the fields name with {@code list="unit-list"}), each code with its name, so that a dispatcher
	 * finds 城市管理局 by typing 城管 and sends its code.
	 */
	public List<Unit> units() {
		return directory.allUnits().stream().sorted(Comparator.comparing(Unit::code)).toList();
	}

	/** The region's name, else its code. */
	public String region(String code) {
		return code == null ? "" : directory.region(code).map(Region::name).orElse(code);
	}
}
