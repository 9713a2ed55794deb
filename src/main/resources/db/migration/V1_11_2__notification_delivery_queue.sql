-- Deliveries become the notification module's own queue of outgoing messages (docs/adr/0007): a row is written
-- pending (sent_at NULL) in the transaction that decides the message, handed to the sender after that commit and
-- marked sent; a row still pending at due_at (a process stopped between the commit and the send, a sender that
-- failed) is taken by the sweep, which sends it again (at most max-attempts times). Rows written before this were
-- sent: they keep their sent_at and have no due_at.
ALTER TABLE nt_delivery ALTER COLUMN sent_at DROP NOT NULL;
ALTER TABLE nt_delivery ADD COLUMN order_id VARCHAR(36);
ALTER TABLE nt_delivery ADD COLUMN subject VARCHAR(500);
ALTER TABLE nt_delivery ADD COLUMN body VARCHAR(10000);
ALTER TABLE nt_delivery ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE nt_delivery ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE nt_delivery ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_nt_delivery_due ON nt_delivery (due_at);
