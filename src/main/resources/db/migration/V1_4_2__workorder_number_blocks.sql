-- Work-order numbers are taken from the sequence in blocks of 32 (WorkOrderRepository.NUMBER_BLOCK): one NEXTVAL per
-- 32 intakes on a node instead of one per intake. A block's first value is NEXTVAL; the 31 after it are the node's
-- alone. Numbers stay unique; they may leave gaps (a block not used up when a node stops) and, with several nodes,
-- are not in the order taken in across nodes.
ALTER SEQUENCE wo_number_seq INCREMENT BY 32;
