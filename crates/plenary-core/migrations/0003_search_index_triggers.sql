-- The triggers that keep the two-column word index of 0002 current, added
-- after its facets were filled in and the index rebuilt.
CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts (rowid, text, facets) VALUES (new.id, new.text, new.facets);
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, text, facets) VALUES ('delete', old.id, old.text, old.facets);
END;
CREATE TRIGGER passages_au AFTER UPDATE OF text, facets ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, text, facets) VALUES ('delete', old.id, old.text, old.facets);
    INSERT INTO passages_fts (rowid, text, facets) VALUES (new.id, new.text, new.facets);
END;
