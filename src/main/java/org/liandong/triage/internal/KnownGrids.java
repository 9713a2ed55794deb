package org.liandong.triage.internal;

import org.liandong.identity.GridCodes;
import org.springframework.stereotype.Component;

/** Tells the identity module which grid codes a grid worker may be given: those of the grid index. */
@Component
class KnownGrids implements GridCodes {

	private final GridIndex grids;

	KnownGrids(GridIndex grids) {
		this.grids = grids;
	}

	@Override
	public boolean exists(String gridCode) {
		return grids.find(gridCode).isPresent();
	}
}
