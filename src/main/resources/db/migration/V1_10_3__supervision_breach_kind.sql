-- Which deadline of its work order an automatic supervision is about: SIGN, RESPONSE or HANDLE (every breached
-- deadline opens one, docs/supervision.md); null for a record a supervisor opened. Records opened automatically
-- before this column were all about the handling deadline.
ALTER TABLE sv_supervision ADD COLUMN breach_kind VARCHAR(16);

UPDATE sv_supervision SET breach_kind = 'HANDLE' WHERE automatic = TRUE;

ALTER TABLE sv_supervision ADD CONSTRAINT ck_sv_supervision_breach_kind
    CHECK (breach_kind IS NULL OR breach_kind IN ('SIGN', 'RESPONSE', 'HANDLE'));
