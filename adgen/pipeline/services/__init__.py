"""The services a render calls, one job each; they never call each other.

Each takes plain requests (:mod:`adgen.pipeline.types`) and local file paths and knows nothing
of the media store or of other stages. A service with a cloud twin is a package holding both
side by side (``local.py`` and the cloud provider's module); :mod:`adgen.pipeline.providers`
picks one per render from the settings.
"""
