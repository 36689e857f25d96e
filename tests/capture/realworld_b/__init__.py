"""Development corpus B of real-world-style CE certificates, written blind to the reader."""
