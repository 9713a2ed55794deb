-- Citizens' phone numbers in the one form every door now stores and every search compares (shared.PhoneNumbers):
-- orders taken in through the API and Open311 before that kept the number as written (137-0000-9999,
-- +86 137 0000 9999), so the caller's earlier orders and the duplicate check's same caller missed them.
-- 1. Spaces (also the ideographic one), hyphens and parentheses (also full-width) removed.
UPDATE wo_order
SET citizen_phone = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        citizen_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '（', ''), '）', ''), '　', ''), '—', ''), '–', '')
WHERE citizen_phone IS NOT NULL
  AND citizen_phone <> REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        citizen_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '（', ''), '）', ''), '　', ''), '—', ''), '–', '');

-- 2. The country code written 0086 as +86, then the +86 taken off, and the trunk 0 a landline's area code loses in the
--    international form put back.
UPDATE wo_order SET citizen_phone = '+86' || SUBSTRING(citizen_phone FROM 5) WHERE citizen_phone LIKE '0086%';

UPDATE wo_order
SET citizen_phone = CASE
        WHEN SUBSTRING(citizen_phone FROM 4) = '' THEN NULL
        WHEN SUBSTRING(citizen_phone FROM 4) LIKE '1%' OR SUBSTRING(citizen_phone FROM 4) LIKE '0%'
            THEN SUBSTRING(citizen_phone FROM 4)
        ELSE '0' || SUBSTRING(citizen_phone FROM 4)
    END
WHERE citizen_phone LIKE '+86%';

-- 3. Nothing left is no number.
UPDATE wo_order SET citizen_phone = NULL WHERE citizen_phone = '';
