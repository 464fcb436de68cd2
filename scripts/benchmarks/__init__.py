"""`make bench`, one module per part: quality, speed, scale; report writes the tables and the doc."""
