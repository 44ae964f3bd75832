"""Music: ``local`` synthesises it, ``replicate`` asks MusicGen."""
