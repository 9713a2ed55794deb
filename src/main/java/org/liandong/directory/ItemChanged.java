package org.liandong.directory;

/** A responsibility item was created or changed (by API or import). */
public record ItemChanged(String itemCode) {
}
