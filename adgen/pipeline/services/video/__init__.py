"""Background clips: ``local`` draws them procedurally, ``replicate`` asks a text-to-video model."""
