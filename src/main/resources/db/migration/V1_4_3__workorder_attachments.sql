-- Which order each attached file belongs to, so that a file is served to whoever sees one of its orders (and to no
-- one else but its uploader and administrators). Written with the timeline entry that attaches the file.
CREATE TABLE wo_attachment (
    file_id  VARCHAR(36) NOT NULL,
    order_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_wo_attachment PRIMARY KEY (file_id, order_id),
    CONSTRAINT fk_wo_attachment_order FOREIGN KEY (order_id) REFERENCES wo_order (id)
);

-- The files attached before this table: the timeline's comma-separated lists of file ids, which are UUIDs
-- (36 characters, 37 with the comma; a VARCHAR(2000) holds at most 54 of them).
INSERT INTO wo_attachment (file_id, order_id)
SELECT DISTINCT SUBSTRING(t.attachments FROM 1 + 37 * n.k FOR 36), t.order_id
FROM wo_timeline t
JOIN (VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16),(17),(18),(19),(20),(21),(22),(23),(24),(25),(26),(27),(28),(29),(30),(31),(32),(33),(34),(35),(36),(37),(38),(39),(40),(41),(42),(43),(44),(45),(46),(47),(48),(49),(50),(51),(52),(53)) AS n (k) ON LENGTH(t.attachments) >= 37 * n.k + 36
WHERE t.attachments IS NOT NULL;
