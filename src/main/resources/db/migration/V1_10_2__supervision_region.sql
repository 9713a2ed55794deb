-- The region of the work order a supervision or an urging is on (null: an order with no region). Lists and per-unit
-- figures shown to a user scoped to a district or street keep to it, as that user's orders do (CONTRACT §4 "Who
-- sees an order"). Records made before this column are given it once, from their orders.
ALTER TABLE sv_supervision ADD COLUMN region_code VARCHAR(12);
ALTER TABLE sv_urge ADD COLUMN region_code VARCHAR(12);

UPDATE sv_supervision SET region_code = (SELECT o.region_code FROM wo_order o WHERE o.id = sv_supervision.work_order_id);
UPDATE sv_urge SET region_code = (SELECT o.region_code FROM wo_order o WHERE o.id = sv_urge.work_order_id);

CREATE INDEX ix_sv_supervision_region ON sv_supervision (region_code, opened_at);
CREATE INDEX ix_sv_urge_region ON sv_urge (region_code, unit_code);
