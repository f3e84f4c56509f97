-- Trade Kit schema version 8: the cooperative's story (Vietnamese and English) and its brand colour
-- (#RRGGBB), for the catalogue's introduction page and its accent (issue 6). See docs/decisions/0032.
ALTER TABLE coop_profile ADD COLUMN story_vi TEXT;
ALTER TABLE coop_profile ADD COLUMN story_en TEXT;
ALTER TABLE coop_profile ADD COLUMN brand_colour TEXT;
