"""Brand kits: a marketer's logo, colours, fonts and voice, kept per owner and versioned.

Import from the modules (this package imports nothing on purpose, so that
:mod:`adgen.project` can import :mod:`adgen.brand.reference` without a cycle):

- ``model``        the BrandKit document (pydantic, camelCase on the wire)
- ``reference``    BrandKitRef: what an AdProject records of the kit it was made with
- ``store``        BrandKitStore (abstract) and SQLiteBrandKitStore: append-only versions
- ``library``      BrandLibrary: the few calls the chat makes (create, add a logo, set colours...)
- ``logo``/``svg_logo``/``palette``   logo checks, SVG rasterising, colours from the logo
- ``fonts``        uploaded TTF/OTF checks and installed families (fontconfig)
- ``colour_names`` "navy and coral" -> hex, and hex -> a name for summaries
- ``contrast``     pick_text_colour: the kit colour that passes WCAG, or the scrim it needs
- ``copy_rules``   tone words and words to avoid, for both planners
- ``summary``/``card``  the chat views: markdown summary and the PNG kit card
- ``apply``        apply_kit: what a kit changes in an AdProject
"""
