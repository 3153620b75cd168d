"""The pure core: parsing, time arithmetic, safety checks and statistics, with no I/O."""
