from app.languages import FOLLOW_SYSTEM, UN_LANGUAGES, language_for
from app.settings import Settings


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
