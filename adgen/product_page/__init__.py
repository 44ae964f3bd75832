"""Reading a product page safely, for "here is our product page, make an ad".

The calls a channel makes (chat, Slack, API, command line)::

    link, request = product_link(message)                     # links.py
    reading = read_product_page(link or path, settings)       # reader.py: safe fetch or saved page
    hero_path = reading.save_hero(folder)                      # attach it: normal upload checks
    brief = brief_from_page(reading.page, request, for_llm=settings.llm_enabled)   # brief.py
    reply = describe_reading(reading.page)                     # summary.py

Modules, one job each: addresses (which IPs may be reached), network (resolve, check, pin,
deadline), fetch (schemes, redirects, sizes, types), saved_page (a browser-saved page and its
folder), html_document, structured (JSON-LD/microdata/OpenGraph), page_text, price_text,
facts, colours, images, image_sources (fetcher or folder, then the upload checks), hero,
extract (assembles the ProductPage), model, brief, summary, links.
"""

from adgen.product_page.brief import PAGE_DATA_RULE, NoProductFound, brief_from_page, page_prompt_section
from adgen.product_page.fetch import FetchError, FetchLimits, FetchRefused, SafeFetcher
from adgen.product_page.links import product_link
from adgen.product_page.model import PageReading, ProductPage
from adgen.product_page.reader import read_product_page
from adgen.product_page.saved_page import SavedPageError
from adgen.product_page.summary import describe_reading

__all__ = [
    "PAGE_DATA_RULE",
    "FetchError",
    "FetchLimits",
    "FetchRefused",
    "NoProductFound",
    "PageReading",
    "ProductPage",
    "SafeFetcher",
    "SavedPageError",
    "brief_from_page",
    "describe_reading",
    "page_prompt_section",
    "product_link",
    "read_product_page",
]
