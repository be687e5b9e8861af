"""A French site (``theme.language: fr``) says in French what claimline writes around the
articles: how each date was read (the dates stage writes it in English; the site's strings read
it by pattern), why a line is page furniture, the density strip; the article's own words quoted
in those explanations stay as written. ``claimline new --language fr`` labels mkdocs.yml's menu
and toggles in French. The strings are data: one file per language under
generator/present/strings/, each saying its source. Fixture: a fictional river town's outlet
(tests/fixtures/french-site)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import cli
from generator.pipeline import build_timeline
from generator.present import labels
from generator.site.pages import render_pages

FIXTURE = Path(__file__).parent / "fixtures" / "french-site"
EVENT = "events/2024-06-03-barge-spilled-40-tonnes.md"
HOW = ("le lundi le plus proche avant, dans une proposition au passé, compté depuis la date de publication "
       "(mar. 2024-06-04)")


@pytest.fixture(scope="module")
def pages():
    return render_pages(build_timeline(FIXTURE), {"theme": {"language": "fr"}})


def test_how_a_date_was_read_is_in_french(pages):
    assert f'<span class="cl-how">Date : {HOW}</span>' in pages[EVENT]
    assert f'<span class="cl-how">(comment nous le savons : {HOW})</span>' in pages[EVENT]
    assert f'role="tooltip" id="st-s2-d114">3 juin 2024 : {HOW}</span>' in pages["articles/op-barge.md"]


def test_the_article_words_in_an_explanation_stay_as_written(pages):
    said = ('<span class="cl-how">Date : date du récit de l&#39;article : &#34;Monday&#34; dans son chapeau '
            '(2024-06-03)</span>')
    assert said in pages[EVENT]


def test_furniture_and_the_density_strip_are_in_french(pages):
    assert 'title="éléments de page : navigation"' in pages["articles/op-barge.md"]
    assert ('<title id="cl-density-title">Événements par jour du 1 juin 2024 au 30 juin 2024 : 1 événement. '
            'Chaque barre mène au premier d&#39;entre eux.</title>') in pages["index.md"]
    assert "<title>3 juin 2024 : 1 événement</title>" in pages["index.md"]


def test_an_english_site_reads_as_before():
    english = render_pages(build_timeline(FIXTURE))
    assert ('<span class="cl-how">Date: the most recent Monday, in a past clause, counted from the publication '
            'date (Tue 2024-06-04)</span>') in english[EVENT]
    assert ('<title id="cl-density-title">Events per day from June 1, 2024 to June 30, 2024: 1 event. Each bar '
            'links to the first of them.</title>') in english["index.md"]


@pytest.mark.parametrize(("english", "french"), [
    ("absolute date \"July 1, 2020\"", "date explicite \"July 1, 2020\""),
    ("weekday of the publication date (Wed 2020-07-08), named earlier in the same sentence (\"Wednesday\")",
     "jour de la semaine de la date de publication (mer. 2020-07-08), nommé plus tôt dans la même phrase "
     "(\"Wednesday\")"),
    ("\"February 28\" in a past-tense clause: the last one up to the publication date (Mon 2024-03-04), named "
     "earlier in the same paragraph (\"February 28\")",
     "\"February 28\" dans une proposition au passé : le dernier jusqu'à la date de publication (lun. 2024-03-04), "
     "nommé plus tôt dans le même paragraphe (\"February 28\")"),
    ("caption, marked by an editor", "légende, marqué par la rédaction"),
    ("a text no entry reads", "a text no entry reads"),
    ("\"Monday\"", "\"Monday\""),  # a quotation of the article is never translated
])
def test_text_written_by_other_stages_is_read_by_pattern(english, french):
    assert labels.text_translator("fr")(english) == french
    assert labels.text_translator("en")(english) == english


def test_each_strings_file_says_its_source_and_holds_only_texts():
    folder = files("generator.present") / "strings"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".yml"))
    assert names == ["de.yml", "es.yml", "fr.yml"]
    for name in names:
        text = (folder / name).read_text(encoding="utf-8")
        assert text.startswith("# claimline's own words") and "# Source: " in text
        data = yaml.safe_load(text)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in data.items())
    # a language without an entry for a text shows it in English
    assert labels.translator("de")("{n} links", n=2) == "2 links"


@pytest.mark.parametrize(("language", "english", "translated"), [
    ("de", "\"February 28\" in a past-tense clause: the last one up to the inferred publication date (Mon 2024-03-04), "
           "named earlier in the same paragraph (\"February 28\")",
     "\"February 28\" in einem Satzteil in der Vergangenheit: der letzte bis zum Veröffentlichungsdatum (erschlossen) "
     "(Mo. 2024-03-04), früher im selben Absatz genannt (\"February 28\")"),
    ("de", "the most recent Monday, in a past clause, counted from the publication date (Wed 2024-03-06)",
     "der letzte Montag, in einem Satzteil im Präteritum, gezählt ab dem Veröffentlichungsdatum (Mi. 2024-03-06)"),
    ("de", "caption, marked by an editor", "Bildunterschrift, von der Redaktion markiert"),
    ("es", "weekday of the publication date (Wed 2020-07-08), named earlier in the same sentence (\"Wednesday\")",
     "día de la semana de la fecha de publicación (mié. 2020-07-08), nombrado antes en la misma oración "
     "(\"Wednesday\")"),
    ("es", "byline, marked by an editor", "firma, marcado por la redacción"),
])
def test_german_and_spanish_sites_explain_dates_and_furniture_in_their_language(language, english, translated):
    """How a date was read and why a line is furniture: written in English by the stages, read in the site's language."""
    assert labels.text_translator(language)(english) == translated


def test_claimline_new_labels_mkdocs_yml_in_the_sites_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new", "--language", "fr", "riviere"])
    assert result.exit_code == 0, result.output
    text = Path("riviere/mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Chronologie : riviere"' in text
    assert "  language: fr " in text
    assert "        name: Passer au mode sombre\n" in text and "        name: Passer au mode clair\n" in text
    config = yaml.safe_load(text.replace("!ENV [CLAIMLINE_SITE_URL, null]", "null"))
    assert config["nav"] == [{"Chronologie": "index.md"}, {"Médias": "outlets/index.md"},
                             {"Personnes et organismes": "people/index.md"}, {"Articles": "articles/index.md"},
                             {"Exports": "exports.md"}, {"À propos": "about.md"}]
    assert Path("riviere/README.md").read_text(encoding="utf-8").startswith("# Chronologie : riviere\n")


def test_claimline_new_refuses_what_is_no_language_code(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new", "--language", "../x", "story"])
    assert result.exit_code == 1
    assert result.output == ("Error: --language: '../x' is not a language code; give one such as en, fr or "
                             "pt-BR\n")
    assert not Path("story").exists()


@pytest.mark.parametrize(("language", "title"), [
    ("de", "Ereignisse pro Tag vom 1. Juni 2024 bis 30. Juni 2024: 1 Ereignis. Jeder Balken führt zum ersten davon."),
    ("es", "Eventos por día del 1 de junio de 2024 al 30 de junio de 2024: 1 evento. Cada barra lleva al primero de "
           "ellos."),
])
def test_the_density_strip_reads_in_one_language(language, title):
    """German and Spanish sites: the strip's title in one language, not English words around a translated count."""
    home = render_pages(build_timeline(FIXTURE), {"theme": {"language": language}})["index.md"]
    assert f'<title id="cl-density-title">{title}</title>' in home


def test_claimline_new_refuses_a_language_the_theme_does_not_translate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["new", "--language", "xx", "story"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: --language: Material for MkDocs has no 'xx' translation; give one of "
                                    "af, ar, ")
    assert " pt-BR, " in result.output and not Path("story").exists()


def test_claimline_new_writes_the_themes_spelling_of_a_regional_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["new", "--language", "pt_BR", "historia"]).exit_code == 0
    assert "  language: pt-BR " in Path("historia/mkdocs.yml").read_text(encoding="utf-8")
