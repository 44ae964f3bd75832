"""intensity: "a bit" < plain < "way"; complaints ask for the opposite size."""

from adgen.agent.understanding.intensity import level_of, size_factor


def test_levels() -> None:
    assert level_of("a bit bigger") == "bit" and level_of("slightly quieter") == "bit"
    assert level_of("way bigger") == "much" and level_of("shrink it a lot") == "much"
    assert level_of("bigger") == "normal"


def test_a_bit_plain_and_way_differ() -> None:
    bit, plain, much = size_factor("a bit bigger"), size_factor("bigger"), size_factor("way bigger")
    assert 1 < bit < plain < much
    assert size_factor("way smaller") < size_factor("smaller") < size_factor("a bit smaller") < 1
    assert size_factor("twice as big") == 2.0 and size_factor("half the size") == 0.5


def test_a_complaint_is_the_problem_not_the_instruction() -> None:
    assert size_factor("the cta text is way too big") < 1
    assert size_factor("the product looks tiny") > 1
    assert size_factor("the text is hard to read") > 1
    assert size_factor("make it warmer") is None


def test_a_negated_size_word_goes_the_other_way_by_one_step() -> None:
    from adgen.agent.understanding.intensity import SIZE_DOWN, SIZE_UP, size_factor

    assert size_factor("make the text less tiny") == SIZE_UP["normal"]
    assert size_factor("the product not so huge") == SIZE_DOWN["normal"]
    assert size_factor("make it tiny") < 1 < size_factor("make it huge")
