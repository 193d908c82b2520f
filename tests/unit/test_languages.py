from app.languages import FOLLOW_SYSTEM, UN_LANGUAGES, language_for
from app.settings import Settings
from tests.conftest import packaging_tool


def test_the_system_language_is_followed_when_it_is_a_un_language():
    assert language_for(FOLLOW_SYSTEM, "fr_CA").code == "fr"
    assert language_for(FOLLOW_SYSTEM, "es-419").code == "es"
    assert language_for(FOLLOW_SYSTEM, "ar_EG").code == "ar"
    assert language_for(FOLLOW_SYSTEM, "ru_RU.UTF-8").code == "ru"
    assert language_for(FOLLOW_SYSTEM, "zh_Hant_TW").code == "zh_CN"
    assert language_for(FOLLOW_SYSTEM, "pt_BR").code == "en"
    assert language_for(FOLLOW_SYSTEM, "C").code == "en"


def test_a_chosen_language_wins_over_the_system_and_an_unknown_one_is_ignored():
    assert language_for("ar", "fr_FR").code == "ar"
    assert language_for("klingon", "fr_FR").code == "fr"


def test_only_arabic_reads_right_to_left_and_every_language_names_itself():
    assert [language.code for language in UN_LANGUAGES if language.right_to_left] == ["ar"]
    assert len({language.name for language in UN_LANGUAGES}) == 6


def test_the_choice_is_kept_in_the_settings(tmp_path):
    settings = Settings.load(tmp_path / "settings.json")
    assert settings.language == FOLLOW_SYSTEM
    settings.language = "es"
    settings.save()
    assert Settings.load(tmp_path / "settings.json").language == "es"


def test_the_seventeen_goals_are_named_in_the_six_languages():
    from app.db.reference_data import read_reference_table
    from app.i18n import speaking
    from app.services.vocabulary_names import GOAL_LANGUAGES, goal_name

    english = {int(number): name for number, name, _title in read_reference_table("sdg_goals.tsv")}
    assert sorted(english) == list(range(1, 18))
    for language in GOAL_LANGUAGES:
        names = {number: goal_name(number, "", language) for number in english}
        assert all(names.values()) and len(set(names.values())) == 17, language
    assert goal_name(5, english[5], "en") == english[5], "the database's English names"
    assert goal_name(5, english[5], "ar") == "المساواة بين الجنسين"
    with speaking("fr"):
        assert goal_name(16, english[16]) == "Paix, justice et institutions efficaces"
    assert goal_name(99, "A goal of a newer copy", "ru") == "A goal of a newer copy"


def test_the_treaty_bodies_are_named_in_the_six_languages_and_mandates_in_english():
    from app.db.reference_data import read_reference_table
    from app.services.vocabulary_names import GOAL_LANGUAGES, mechanism_name

    shipped = {code: (kind, name) for code, kind, name in read_reference_table("mechanisms.tsv")}
    for code, (kind, name) in shipped.items():
        for language in GOAL_LANGUAGES:
            translated = mechanism_name(code, name, language)
            if kind in ("upr", "treaty_body"):
                assert translated and (language == "en") == (translated == name), (code,
                                                                                   language)
            else:
                assert translated == name, "named in English only: shown in English"
    assert mechanism_name("CRC", shipped["CRC"][1], "fr") == "Comité des droits de l’enfant"


def test_a_validation_error_speaks_the_language_of_the_run(empty_db):
    import pytest

    from app.errors import ValidationError
    from app.i18n import speaking
    from app.services import clusters

    with speaking("fr"), empty_db.write() as session, pytest.raises(
            ValidationError, match="nom du groupe : un groupe doit avoir un nom"):
        clusters.create_cluster(session, "  ")
    with speaking("ar"), empty_db.write() as session, pytest.raises(
            ValidationError, match="اسم المجموعة: تحتاج المجموعة إلى اسم"):
        clusters.create_cluster(session, "")


def test_the_state_names_are_what_cldr_and_the_un_say():
    assert packaging_tool("state_names").main(["--check"]) == 0


def test_a_state_is_named_in_the_language_being_written():
    from app.services.vocabulary_names import state_choices, state_name

    assert state_name("PSE", "State of Palestine", "fr") == "État de Palestine"
    assert state_name("BOL", "Bolivia (Plurinational State of)", "en") == \
        "Bolivia (Plurinational State of)"
    assert state_name("XVR", "Republic of Veridia (fictional)", "ar") == \
        "Republic of Veridia (fictional)", "a State added by hand keeps its name"
    french = [name for _iso3, name in state_choices("fr")]
    assert len(french) == 195
    assert french.index("Égypte") < french.index("Érythrée") < french.index("Fidji"), \
        "accents aside"


def test_a_review_found_in_a_file_is_described_in_one_translated_phrase():
    from app.i18n import speaking
    from app.importers.model import ReviewCount

    with speaking("ar"):
        assert ReviewCount("UPR", "مصر", 4, 43, 2023, 12).described() == \
            "UPR مصر، الجولة 4، الدورة 43"
    with speaking("fr"):
        assert ReviewCount("UPR", "", 3, None, 2019, 5).described() == \
            "UPR (État non indiqué), cycle 3, 2019"
    assert ReviewCount("CRC", "Egypt", None, None, None, 5).described() == "CRC Egypt"
