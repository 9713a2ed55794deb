-- A whistle's region: its work order's, or for a whistle on no order its blowing unit's (null: city-wide). Lists
-- shown to a user scoped to a district or street keep to it, as that user's orders do (CONTRACT §4 "Who sees an
-- order"). Whistles blown before this column are given it once, from the tables as they stand.
ALTER TABLE lk_whistle ADD COLUMN region_code VARCHAR(12);

UPDATE lk_whistle SET region_code = COALESCE(
    (SELECT o.region_code FROM wo_order o WHERE o.id = lk_whistle.work_order_id),
    (SELECT u.region_code FROM dir_unit u WHERE u.code = lk_whistle.unit_code AND lk_whistle.work_order_id IS NULL));

CREATE INDEX ix_lk_whistle_region ON lk_whistle (region_code, blown_at);
