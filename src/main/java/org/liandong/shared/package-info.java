/**
 * Shared kernel: the few value types every module speaks (time limits, pages), the web conventions of the API
 * (RFC 9457 problem details, paging, idempotency keys) and its trimmings for speed (a handler lookup that turns away
 * mappings by their patterns' literal start, no JAXB converter), the injected {@link java.time.Clock} and the
 * Chinese analyser every index and model uses ({@code shared.text}), the event publication registry's repository
 * without its "processing" mark, with its inserts batched per transaction and completed publications deleted together
 * by one thread (docs/adr/0005), failed deliveries retried while the node runs ({@code EventRetries},
 * docs/adr/0012), and {@link org.liandong.shared.RecentReads} for per-request look-ups kept a
 * moment, {@link org.liandong.shared.TransactionEnd} for in-memory state to forget now and when a transaction
 * ends, {@link org.liandong.shared.Batches} for one thread that hands items on in batches (the outbox's deletions,
 * the outgoing messages' marks), {@link org.liandong.shared.InLists} for many ids read {@code IN (...)} a part at a
 * time, {@link org.liandong.shared.SeparateConnections} for the few statements a request commits apart from its
 * transaction, on two connections of their own (docs/adr/0011), the start-up step that moves the embedded H2's
 * identity columns and the sequences modules declare
 * ({@link org.liandong.shared.SequenceInUse}) past the values their rows hold, where a killed process left them behind
 * (docs/adr/0009), and the personal-data helpers: {@link org.liandong.shared.PhoneNumbers}, the one
 * form a citizen's number is stored and compared in, {@link org.liandong.shared.Masking} of names and phone numbers
 * shown masked,
 * {@link org.liandong.shared.Redaction} of names, phone and ID numbers in free text (Open311's public answers, the
 * text of a confidential order as its units read it).
 * <p>
 * Tables owned: {@code sh_idempotency} (the answers of requests with an idempotency key; a key in flight is held by
 * its request's transaction, docs/adr/0008).
 * Events published: none. Depends on: nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liandong.shared;
