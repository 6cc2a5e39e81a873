"""Sentence vectors: all-MiniLM-L6-v2 (int8 ONNX) behaves like the original, and stores compactly.

The model loads in 0.2 to 0.9 s and the whole file runs in about a second, so no test
here is marked slow.
"""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.vectors import DIMENSIONS, MAX_TOKENS, embed, similarity

# Cosines that sbert.net's quickstart prints for the original all-MiniLM-L6-v2 (float32, torch).
ORIGINAL_MODEL_COSINES = [
    ("The weather is lovely today.", "It's so sunny outside!", 0.6660),
    ("The weather is lovely today.", "He drove to the stadium.", 0.1046),
    ("It's so sunny outside!", "He drove to the stadium.", 0.1411),
    ("The cat sits outside", "The dog plays in the garden", 0.2838),
    ("A man is playing guitar", "A woman watches TV", -0.0327),
]
INT8_TOLERANCE = 0.01  # measured: at most 0.004 from the original on these pairs

# One war event told by two outlets in different words.
SAME_EVENT = [
    ("Ukrainian forces recaptured Izium on Saturday, the defence ministry said.", "Kyiv says its troops have retaken the city of Izium."),
    (
        "Russian shelling killed two civilians in Kherson overnight, the regional governor said.",
        "Two residents of Kherson were killed by artillery fire during the night, according to local authorities.",
    ),
    (
        "Russian troops withdrew from Lyman after being encircled, Moscow's defence ministry confirmed.",
        "Moscow acknowledged that its forces had pulled out of the town of Lyman to avoid encirclement.",
    ),
    (
        "A drone struck an oil depot in Belgorod, setting it on fire, the regional governor said.",
        "Fire broke out at a fuel storage facility in Belgorod after a drone attack, according to Governor Gladkov.",
    ),
    (
        "Three people were killed when a rocket hit an apartment block in Zaporizhzhia on Thursday.",
        "A Russian missile slammed into a residential building in Zaporizhzhia, killing three residents.",
    ),
]
# The same place in news that reports no such event.
SAME_PLACE_UNRELATED = [
    ("A missile hit a market in Kharkiv on Monday, killing three.", "The Kharkiv city council approved a new budget for public transport."),
    ("Russian shelling killed two civilians in Kherson.", "Kherson's football club played its first home match since the war began."),
    ("A drone struck an oil depot in Belgorod.", "Belgorod farmers expect a record wheat harvest this summer."),
    ("Russian forces captured the village of Soledar after weeks of fighting.", "Soledar is known for its salt mines and underground concert hall."),
    ("A missile strike destroyed a railway station in Kramatorsk.", "Kramatorsk held an exhibition of children's drawings at the library."),
]
SAME_STORY_FLOOR = 0.4  # measured: same event 0.46 and up (14 pairs), same place unrelated 0.32 at most (8)


def pair_cosines(pairs: list[tuple[str, str]]) -> np.ndarray:
    first, second = embed([a for a, _ in pairs]), embed([b for _, b in pairs])
    return (first * second).sum(axis=1)


def test_vectors_are_unit_float32_rows_of_384():
    vectors = embed(["Kyiv says its troops have retaken the city of Izium.", "", "Shelling continued."])
    assert vectors.shape == (3, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_no_sentences_give_an_empty_matrix():
    assert embed([]).shape == (0, DIMENSIONS)


def test_one_string_is_not_taken_for_a_list_of_characters():
    with pytest.raises(TypeError, match="not one string"):
        embed("Kyiv says its troops have retaken Izium.")


def test_vectors_are_deterministic_and_independent_of_their_batch():
    sentence = "A missile hit a market in Kharkiv on Monday, killing three."
    others = ["Shelling continued.", "Moscow acknowledged that its forces had pulled out of Lyman " * 3]
    alone = embed([sentence])[0]
    assert np.array_equal(alone, embed([sentence])[0])
    assert np.allclose(alone, embed([*others, sentence])[2], atol=1e-6)


def test_text_past_the_token_limit_is_cut_off():
    long_text = "Russian forces shelled the town again. " * MAX_TOKENS
    assert np.allclose(embed([long_text])[0], embed([long_text + "Then peace came."])[0], atol=1e-6)


@pytest.mark.parametrize(("first", "second", "original"), ORIGINAL_MODEL_COSINES)
def test_cosines_match_the_original_model(first, second, original):
    vectors = embed([first, second])
    assert similarity(vectors[0], vectors[1]) == pytest.approx(original, abs=INT8_TOLERANCE)


def test_a_paraphrase_is_closer_than_unrelated_news():
    izium, retaken, budget = embed(
        [
            "Ukrainian forces recaptured Izium on Saturday, the defence ministry said.",
            "Kyiv says its troops have retaken the city of Izium.",
            "The central bank raised interest rates by half a point.",
        ]
    )
    assert similarity(izium, retaken) > 0.6
    assert similarity(izium, budget) < 0.1


def test_one_event_told_twice_scores_above_unrelated_news_from_the_same_place():
    assert pair_cosines(SAME_EVENT).min() > SAME_STORY_FLOOR > pair_cosines(SAME_PLACE_UNRELATED).max()


def test_two_events_at_one_place_and_day_can_score_like_one_event_told_twice():
    """The limit of vectors for merging: the object hit is one word among many."""
    (market_hospital,) = pair_cosines(
        [
            (
                "A missile hit a market in Kharkiv on Monday, killing three.",
                "A missile hit a hospital in Kharkiv on Monday, killing two.",
            )
        ]
    )
    assert market_hospital > pair_cosines(SAME_EVENT).min()


def test_similarity_is_the_cosine():
    assert similarity(np.array([1.0, 0.0]), np.array([3.0, 3.0])) == pytest.approx(2**-0.5)
    assert similarity(np.zeros(2), np.array([1.0, 0.0])) == 0.0
