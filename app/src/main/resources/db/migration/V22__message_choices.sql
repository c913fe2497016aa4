-- The replies a bot message offers (a person, the likeliest topics): one "id<TAB>title" line per choice, in order;
-- empty for most messages.
ALTER TABLE messages ADD COLUMN choices VARCHAR(2000) DEFAULT '' NOT NULL;
