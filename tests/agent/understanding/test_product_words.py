"""product_words: the ad's own name for its product ("the shoe", "the bike") is the product
layer, like "product"; a description ("a bottle of cold brew on ice") and the verb "can" are not."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.product_words import names_product, product_nouns, product_spans
from adgen.project import AdProject


def ad_for(brief: str) -> AdProject:
    return basic_project().model_copy(update={"brief": brief})


def test_the_briefs_product_and_its_synonyms_name_the_product() -> None:
    shoe = ad_for("20 s ad for the Stride AirLite running shoe, bold")
    assert {"shoe", "shoes", "sneaker", "trainers"} <= set(product_nouns(shoe))
    bike = ad_for("30 s ad for the Volt One folding e-bike")
    assert names_product("put the bike on the left", bike) and names_product("the e-bike bigger", bike)
    assert not names_product("make the text bigger", bike)


def test_a_description_or_the_verb_can_is_not_the_product() -> None:
    soda = ad_for("10 s ad for Fizz cherry soda")
    assert product_spans("the can is too big", soda) and product_spans("showcase can bigger", soda)
    assert not names_product("can you make the cta text bigger", soda)
    assert not names_product("nobody can read it", soda)
    assert not names_product("show a jar of honey in the background", soda)


def test_product_words_route_sizes_places_and_visibility_to_the_product() -> None:
    shoe = ad_for("20 s ad for the Stride AirLite running shoe, bold")
    ops = [op.to_wire() for op in parse_message("make the sneaker way smaller in the cta", shoe).operations]
    assert ops == [{"operation": "update_product", "sceneId": "scene_3", "scale": 0.22}]
    ops = [op.to_wire() for op in parse_message("hide the shoe in the hook", shoe).operations]
    assert ops == [{"operation": "update_product", "sceneId": "scene_1", "visible": False}]
    (op,) = parse_message("trainers on the right in the showcase", shoe).operations
    assert op.to_wire() == {"operation": "update_product", "sceneId": "scene_2", "position": "right"}
