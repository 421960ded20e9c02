-- Finds statement-not-analysed.
ALTER TABLE orders SPLIT PARTITION p1 INTO (PARTITION p1a, PARTITION p1b);
