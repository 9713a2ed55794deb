package org.liandong.directory.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.liandong.directory.ItemChanged;
import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes responsibility items (one by one or by import), publishing {@link ItemChanged} in the transaction. */
@Service
class ItemService {

	private final Items items;

	private final InMemoryDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ItemService(Items items, InMemoryDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	ItemEntry create(ItemDraft body) {
		ItemDraft d = body.normalized();
		check(d);
		if (items.versionOf(d.code()).isPresent()) {
			throw new ConflictException("An item with code " + d.code() + " already exists.");
		}
		try {
			items.insertAll(List.of(d), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("An item with code " + d.code() + " already exists.");
		}
		changed(d.code());
		return new ItemEntry(d, ItemValidator.toItem(d), 0);
	}

	@Transactional
	ItemEntry update(String code, ItemDraft body, Long expectedVersion) {
		long current = items.versionOf(code).orElseThrow(() -> new NotFoundException("No item " + code));
		if (body.code() != null && !body.code().isBlank() && !body.code().strip().equals(code)) {
			throw new InvalidRequestException("code", "must match the code in the path (" + code + ")");
		}
		ItemDraft d = body.withCode(code).normalized();
		check(d);
		if (expectedVersion != null && expectedVersion != current) {
			throw new ConflictException("The item was changed meanwhile (version " + current + "); reload it.");
		}
		if (!items.update(d, current, clock.instant())) {
			throw new ConflictException("The item was changed meanwhile; reload it.");
		}
		changed(code);
		return new ItemEntry(d, ItemValidator.toItem(d), current + 1);
	}

	/** Checks every row; writes all of them in this transaction only when none has an error. */
	@Transactional
	ImportReport importRecords(List<List<String>> records) {
		ItemImport.Parsed parsed = ItemImport.parse(records, validator());
		if (!parsed.errors().isEmpty()) {
			return ImportReport.refused(parsed.rows(), parsed.errors());
		}
		Map<String, ItemEntry> stored = directory.snapshot().items;
		int created = 0;
		int updated = 0;
		for (ItemDraft d : parsed.drafts()) {
			long version = items.versionOf(d.code()).orElse(-1L);
			if (version < 0) {
				items.insertAll(List.of(d), clock.instant());
				created++;
			}
			else if (stored.containsKey(d.code()) && stored.get(d.code()).draft().equals(d)
					&& stored.get(d.code()).version() == version) {
				continue;
			}
			else if (!items.update(d, version, clock.instant())) {
				throw new ConflictException("Item " + d.code() + " was changed during the import; try again.");
			}
			else {
				updated++;
			}
			changed(d.code());
		}
		return new ImportReport(parsed.rows(), parsed.rows(), created, updated, List.of());
	}

	/** Loads the list into an empty table (first start): no events, since there is nothing to tell listeners yet. */
	void seed(List<List<String>> records, Predicate<String> unitExists) {
		ItemImport.Parsed parsed = ItemImport.parse(records, new ItemValidator(unitExists));
		if (!parsed.errors().isEmpty()) {
			throw new IllegalStateException("The bundled responsibility list is invalid: " + parsed.errors());
		}
		items.insertAll(parsed.drafts(), clock.instant());
	}

	ItemValidator validator() {
		DirectorySnapshot s = directory.snapshot();
		return new ItemValidator(s.units::containsKey);
	}

	private void check(ItemDraft d) {
		List<FieldError> errors = validator().validate(d);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors.size() + " field(s) of the item are invalid.", errors);
		}
	}

	private void changed(String code) {
		events.publishEvent(new ItemChanged(code));
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ItemService.this);
					if (status == STATUS_COMMITTED) {
						directory.refresh();
					}
				}
			});
		}
	}
}
