package org.liandong.files;

import org.liandong.identity.Actor;

/**
 * A module's say on who may read the files attached to its records (an order's evidence is readable by whoever sees
 * the order). The files module asks every one of them before it serves a file to anyone but its uploader or an
 * administrator; none saying yes is a 404, as for a file that does not exist.
 */
public interface FileReaders {

	/** Whether {@code actor} may read file {@code fileId} because of a record of this module it is attached to. */
	boolean mayRead(Actor actor, String fileId);
}
