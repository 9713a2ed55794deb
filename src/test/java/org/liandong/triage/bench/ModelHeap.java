package org.liandong.triage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

import org.liandong.triage.internal.model.DomainModel;

/**
 * The heap a domain model retains, measured the way a node holds it: the heap in use after full collections,
 * before and after loading the stored model {@value #COPIES} times from its bytes and keeping every copy, divided
 * by the number of copies. Rough to a few hundred kilobytes (other threads allocate too), which is plenty against
 * a 50 MB target.
 */
final class ModelHeap {

	static final int COPIES = 5;

	private ModelHeap() {
	}

	/** Bytes retained per model loaded from {@code stored}. */
	static long perModel(byte[] stored) throws InterruptedException {
		long before = usedAfterGc();
		DomainModel[] kept = new DomainModel[COPIES];
		for (int i = 0; i < COPIES; i++) {
			kept[i] = DomainModel.fromBytes(stored);
		}
		long after = usedAfterGc();
		Reference.reachabilityFence(kept);
		return (after - before) / COPIES;
	}

	private static long usedAfterGc() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		// several collections: the smallest reading is the live heap (a collector may leave garbage behind once)
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(100);
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}
}
