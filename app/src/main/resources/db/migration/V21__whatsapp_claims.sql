-- Until when a worker has a row: with several nodes on one database, one node works an inbox message or sends an
-- outbox request at a time; a claim that runs out (the node died) lets another node take the row.
ALTER TABLE whatsapp_inbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE whatsapp_outbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
