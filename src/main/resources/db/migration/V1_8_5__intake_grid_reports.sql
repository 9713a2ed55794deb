-- Grid-worker reports (网格员上报): which worker reported which order in which grid, and whether it was closed on
-- the spot (就地办结) with evidence.
CREATE TABLE in_grid_report (
    order_id      VARCHAR(36)              NOT NULL,
    username      VARCHAR(100)             NOT NULL,
    grid_code     VARCHAR(64)              NOT NULL,
    closed_on_spot BOOLEAN                 NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_in_grid_report PRIMARY KEY (order_id)
);
CREATE INDEX ix_in_grid_report_user ON in_grid_report (username, created_at);
