-- An agenda item's words as the agenda said them (bundle keys and their arguments, as JSON), so each person reads a
-- meeting's agenda in their own language. The English title and lines stay what the meeting was read out in and what
-- its fingerprints compare; items kept before this have no words and are read in English.
ALTER TABLE safety_meeting_item ADD COLUMN item_words VARCHAR(16000);
