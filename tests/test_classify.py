"""The event classifier: trained by the project, shipped as numbers, run with numpy alone."""

from __future__ import annotations

import csv

import pytest

from eventwire.classify import load_classifier, prepare, terms
from eventwire.taxonomy import BY_NAME


def test_the_shipped_model_has_a_card_naming_its_version_data_split_and_metrics():
    card = load_classifier().card
    assert card["version"]
    assert card["trained_on"] and card["held_out"]["rule"]
    metrics = card["held_out_metrics"]
    assert metrics["n"] > 1000
    assert metrics["event_type_accuracy"] >= 0.85


def test_its_classes_are_acled_sub_event_types():
    assert set(load_classifier().classes) <= set(BY_NAME)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hundreds of students gathered outside parliament to demand lower fees.", "Peaceful protest"),
        ("An airstrike by government jets hit a village, killing four fighters.", "Air/drone strike"),
        ("Gunmen abducted three farmers from their homes and took them to an unknown location.", "Abduction/forced disappearance"),
        ("Police arrested twelve members of the opposition party at their headquarters.", "Arrests"),
        ("Artillery shelled positions near the front line overnight.", "Shelling/artillery/missile attack"),
    ],
)
def test_it_reads_the_type_of_plain_reports(sentence, expected):
    assert load_classifier().predict(sentence)[0] == expected


def test_probabilities_cover_every_class_and_sum_to_one():
    probabilities = load_classifier().probabilities("Soldiers clashed with militants near the border.")
    assert set(probabilities) == set(load_classifier().classes)
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_text_without_known_words_still_gets_a_distribution():
    assert sum(load_classifier().probabilities("zzzz qqqq").values()) == pytest.approx(1.0)


def test_text_is_prepared_as_at_training_time():
    assert prepare("On 9 May 2020, 12 killed [size=no report]") == "on  0  may  0 ,  0  killed  "
    assert terms("Shelling hit Kharkiv") == ["shelling", "hit", "kharkiv", "shelling hit", "hit kharkiv"]


def test_training_writes_a_model_that_gives_scikit_learns_probabilities(tmp_path):
    pytest.importorskip("sklearn")
    from train_classifier import MODEL_FILE, train  # scripts/, on the path (pytest pythonpath)

    from eventwire.classify import load_classifier_from

    rows = [
        ("A1", "Protesters marched peacefully through the city centre demanding wages.", "Peaceful protest"),
        ("A2", "Students held a peaceful rally outside the ministry.", "Peaceful protest"),
        ("A3", "Residents staged a sit-in against power cuts.", "Peaceful protest"),
        ("B1", "Militants clashed with the army near the border, killing two.", "Armed clash"),
        ("B2", "Soldiers exchanged fire with rebels in the hills.", "Armed clash"),
        ("B3", "Fighting broke out between the army and rebels near the river.", "Armed clash"),
        ("C1", "Police arrested a journalist at his home.", "Arrests"),
        ("C2", "Security forces detained two activists and arrested their lawyer.", "Arrests"),
    ]
    data = tmp_path / "acled.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_id_cnty", "event_type", "sub_event_type", "notes"])
        for identifier, notes, sub in rows * 3:  # every term in at least MIN_DOCUMENT_FREQUENCY rows
            writer.writerow([identifier, BY_NAME[sub].event_type, sub, notes])
    card = train([data], [data], tmp_path / "model")  # the split half is checked against scikit-learn
    assert card["training_rows"] > 16 and card["features"] > 10
    assert card["held_out_metrics"]["n"] > 0
    model = load_classifier_from(tmp_path / "model" / MODEL_FILE, card)
    assert model.predict("Students marched peacefully demanding wages.")[0] == "Peaceful protest"
    assert model.predict("The army clashed with rebels.")[0] == "Armed clash"


def test_the_shipped_classifier_is_loaded_once_per_process():
    from eventwire.classify import load_classifier

    assert load_classifier() is load_classifier()


def test_a_classifier_put_in_use_codes_in_the_shipped_ones_place_only_while_its_block_runs():
    from eventwire.classify import classifier_in_use

    shipped = load_classifier()
    stand_in = shipped.__class__(shipped.classes, shipped.vocabulary, shipped.idf, shipped.coef * 0, shipped.intercept * 0, {"version": "stand-in"})
    with classifier_in_use(stand_in):
        assert load_classifier() is stand_in
        assert len(set(load_classifier().probabilities("Police arrested a journalist.").values())) == 1  # all classes alike
    assert load_classifier() is shipped


def test_quarters_split_the_training_half_in_two():
    from eventwire.evaluate import in_training_half, quarter_of

    identifiers = [f"UKR{n}" for n in range(400)]
    assert all(in_training_half(i) == (quarter_of(i) in (0, 2)) for i in identifiers)
    assert {quarter_of(i) for i in identifiers} == {0, 1, 2, 3}
