"""Readings of non-English and academic books (sweep4b): numbers, ordinals, dates,
money, clocks and abbreviations in Italian, Portuguese, Dutch, Polish, Russian, German,
Spanish and French, and English DOIs and citations. Each mend has a hit and a near miss."""

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str, lang: str) -> str:
    """What a listener hears for `text`, sentence by sentence, joined by " | "."""
    return " | ".join(to_spoken(s, lang) for s in sentences(text, lang))


# --- space-grouped numbers with decimals (#3) ---------------------------------------


def test_space_grouped_decimal_keeps_its_thousands() -> None:
    assert "1234,5 руб" in said("Стоило 1 234,5 руб. тогда.", "ru")
    assert "1234,56 millions" in said("Il a coûté 1\u202f234,56 millions d’euros.", "fr")
    assert "1250,50 m" in said("Zmierzono 1 250,50 m w sumie.", "pl")
    assert "un 234" not in said("Il a coûté 1 234,56 millions.", "fr")


def test_grouped_whole_number_and_plain_decimal_stay_as_they_were() -> None:
    assert "un million deux cent mille personnes" in said("Il y avait 1 200 000 personnes.", "fr")
    assert "3,5 millions" in said("Il y avait 3,5 millions.", "fr")
    assert "uno+dos" in said("Es 1+2.", "es")


# --- telephone numbers and the minus (#4) --------------------------------------------


def test_phone_number_is_said_group_by_group() -> None:
    out = said("Tel.: +34 986 123 456.", "es")
    assert "treinta y cuatro, novecientos ochenta y seis, ciento veintitrés" in out
    assert "millones" not in out and " | " not in out
    assert "millones" not in said("Llame al teléfono 986 123 456, por favor.", "es")


def test_grouped_number_without_a_phone_cue_is_one_number() -> None:
    assert "novecientos ochenta y seis millones" in said("Costó 986 123 456 pesos.", "es")


def test_dash_before_a_temperature_is_minus() -> None:
    assert "spada do minus pięć" in said("Temperatura w nocy spada do –5°C.", "pl")
    assert "минус двенадцать" in said("Мороз −12 °C.", "ru")


def test_dash_between_words_or_numbers_is_no_minus() -> None:
    out = said("Było 3 – 4 stopnie, a potem – 5 osób.", "pl")
    assert "minus" not in out


# --- Portuguese "D.", rulers' numerals, centuries (#5, #15) --------------------------


def test_portuguese_d_is_dom_or_dona() -> None:
    out = said("A Sra. D. Mariana chegou, e D. Pedro II partira.", "pt-BR")
    assert out == "A senhora Dona Mariana chegou, e Dom Pedro Segundo partira."
    assert "a Dona Inês" in said("Veio a D.ª Inês.", "pt-PT")
    assert "Dom João Sexto" in said("Reinava D. João VI.", "pt-PT")


def test_portuguese_initial_d_stays() -> None:
    assert "D. H. Lawrence" in said("Li D. H. Lawrence ontem.", "pt-BR")
    assert "Juan D. Pérez" in said("Firmó Juan D. Pérez.", "es")
    assert to_spoken("D. H. Lawrence wrote it.", "en").startswith("D. H. Lawrence")


def test_regnal_numerals_in_spanish_and_polish() -> None:
    assert "Felipe Sexto la visitó" in said("Felipe VI la visitó.", "es")
    assert "Alfonso Trece" in said("Alfonso XIII huyó.", "es")
    assert "Isabel Segunda" in said("Isabel II reinó.", "es")
    assert "Zygmunta Pierwszego Starego" in said("Za króla Zygmunta I Starego.", "pl")
    assert "Zygmunt Trzeci Waza" in said("Zygmunt III Waza rządził.", "pl")


def test_roman_letters_after_other_words_stay() -> None:
    assert "capítulo IV" in said("Lea el capítulo IV ahora.", "es")
    assert "Felipe V. Martín" in said("Firmó Felipe V. Martín.", "es")


def test_centuries_in_russian_and_polish() -> None:
    assert "В девятнадцатом веке так жили" in said("В XIX в. так жили.", "ru")
    assert "с восемнадцатого века" in said("А с XVIII в. иначе.", "ru")
    assert "z szesnastego wieku" in said("Rękopisy z XVI w. leżały tu.", "pl")
    assert "w siedemnastym wieku" in said("Było to w XVII wieku.", "pl")


def test_roman_letters_before_other_words_stay() -> None:
    """Not a century ("в."/"век" does not follow): the volume's own ordinal."""
    assert "Том девятнадцатый вышел" in said("Том XIX вышел.", "ru")


# --- ordinal marks º ª ° (#6) -----------------------------------------------------------


def test_portuguese_ordinal_marks_and_titles() -> None:
    out = said("Mora no n.º 14, 2.º andar, e a 1.ª vez. V. Ex.ª fez boa viagem?", "pt-BR")
    assert out == (
        "Mora no número catorze, segundo andar, e a primeira vez. | "
        "Vossa Excelência fez boa viagem?"
    )
    assert "a Senhora Morgadinha" in said("Vae ver a Sr.ª Morgadinha?", "pt-PT")
    assert "O Excelentíssimo senhor" in said("O Ex.^mo senhor chegou.", "pt-PT")


def test_degree_sign_as_an_ordinal_in_dates_and_floors() -> None:
    assert said("Il 1° giugno salì al 2° piano.", "it") == "Il primo giugno salì al secondo piano."
    assert "primeiro de janeiro" in said("Chegou em 1° de janeiro.", "pt-BR")
    assert "la línea número tres" in said("Tome la línea n.º 3.", "es")


def test_degree_sign_stays_degrees() -> None:
    out = said("Era a 45° di latitudine e 20° C, inclinato di 30° piano piano.", "it")
    # degrees, never the ordinal "°" of "2° piano": said "gradi" now (tests/test_sweep3_money2.py)
    assert "quarantacinque gradi" in out and "venti gradi Celsius" in out
    assert "quarantacinquesimo" not in out and "ventesimo" not in out


# --- Dutch years, Brazilian commas (#9, #10) -------------------------------------------


def test_dutch_years_in_hundreds_and_ranges_with_tot() -> None:
    out = said("Op maandag 3 oktober 1994, en in 1942–1944.", "nl")
    assert "drie oktober negentienhonderdvierennegentig" in out
    assert "negentienhonderdtweeënveertig tot negentienhonderdvierenveertig" in out


def test_dutch_numbers_outside_the_hundreds_stay_cardinals() -> None:
    out = said("Er waren 2012 mensen en 950 huizen.", "nl")
    assert "tweeduizendtwaalf mensen" in out and "negenhonderdvijftig huizen" in out


def test_brazilian_years_have_no_comma() -> None:
    out = said("Foi em 25 de dezembro de 1889.", "pt-BR")
    assert "de mil oitocentos e oitenta e nove" in out


def test_brazilian_numbers_keep_their_words() -> None:
    assert "dois mil e doze" in said("Foi em 2012.", "pt-BR")


# --- German clocks, numeric dates, ratios (#11) ----------------------------------------


def test_german_clock_times_dates_and_ratios() -> None:
    assert "Um achtzehn Uhr dreiundfünfzig trat" in said("Um 18:53 Uhr trat er vor.", "de")
    assert "Um dreiundzwanzig Uhr dreißig war" in said("Um 23.30 Uhr war es so weit.", "de")
    out = said("Am 31.08.1990 unterschrieb man.", "de")
    assert out == "Am einunddreißigsten August neunzehnhundertneunzig unterschrieb man."
    assert said("Am Abend des 9.11. gingen Tausende los.", "de") == (
        "Am Abend des neunten November gingen Tausende los."
    )
    assert "eins zu eins umgestellt" in said("Die Löhne wurden 1:1 umgestellt.", "de")


def test_german_decimals_and_section_numbers_stay() -> None:
    assert "3.15 Prozent" in said("Der Wert stieg um 3.15 Prozent.", "de")
    assert "Kapitel 1.2." in said("Siehe Kapitel 1.2. Der Anfang.", "de")


# --- money and clock times per language (#13, #14) -------------------------------------


def test_money_in_the_books_language() -> None:
    assert "doze reais e cinquenta centavos" in said("Custa R$ 12,50 hoje.", "pt-BR")
    assert "três milhões e quinhentos mil reais" in said("Custa R$ 3.500.000,00.", "pt-BR")
    assert "dwanaście złotych, pięćdziesiąt groszy" in said("Kosztuje 12,50 zł.", "pl")
    assert "czterdzieści pięć złotych, pięćdziesiąt groszy" in said("To 45 zł 50 gr.", "pl")
    assert "twee gulden vijftig" in said("Het kostte ƒ 2,50.", "nl")
    assert "doce euros con cincuenta céntimos" in said("Cuesta 12,50 €.", "es")
    assert "douze euros et cinquante centimes" in said("Soit 12,50 € hier.", "fr")
    assert "quarantacinquemila lire" in said("Pagò L. 45.000 in tutto.", "it")


def test_numbers_without_a_currency_stay_numbers() -> None:
    assert "3,50" in said("Costa 3,50 in tutto.", "it")
    assert "reais" not in said("Foram 12,50 metros.", "pt-BR")


def test_clock_times_where_the_writing_makes_them_one() -> None:
    assert "às vinte e uma horas e trinta" in said("Chegou às 21h30.", "pt-BR")
    assert "a las diecinueve horas" in said("Llegó a las 19 h en punto.", "es")
    assert "alle diciassette e trenta" in said("Arrivò alle 17,30.", "it")
    assert "Om zeven uur dertig" in said("Om 7.30 uur vertrokken we.", "nl")
    assert "o szesnastej trzydzieści" in said("Spotkanie o 16.30 w biurze.", "pl")


def test_decimals_that_are_no_clock_stay() -> None:
    assert "3.5 kilo" in said("Het woog 3.5 kilo.", "nl")
    assert "3.50" in said("Wynik wyniósł 3.50 punktu.", "pl")


def test_english_readings_are_untouched_by_the_foreign_tables() -> None:
    """The foreign tables have names of their own: the English month, money, telephone
    and ruler rules read theirs at call time."""
    assert "March second" in to_spoken("On March 2, 2020, Marcus wrote.", "en")
    assert "the twelfth of March" in to_spoken("the 12th of March", "en")
    assert "Henry the Eighth" in to_spoken("Henry VIII was king.", "en")


# --- abbreviations expanded, no sentence cut after them (#16) ---------------------------


def test_italian_abbreviations() -> None:
    out = said("La sig.ra Bianchi e il dott. Neri lessero a pag. 3 il n. 47.", "it")
    assert out == (
        "La signora Bianchi e il dottor Neri lessero a pagina tre il numero quarantasette."
    )


def test_portuguese_abbreviations() -> None:
    out = said("Morava na R. Direita, ver pág. 12. Veio o Snr. Mendes.", "pt-PT")
    assert out == "Morava na Rua Direita, ver página doze. | Veio o senhor Mendes."


def test_polish_abbreviations() -> None:
    out = said("Mieszkał na ul. Floriańskiej, m.in. z nią. Spotkanie o godz. 8.00, tj. rano.", "pl")
    assert out == (
        "Mieszkał na ulicy Floriańskiej, między innymi z nią. | "
        "Spotkanie o godzinie ósmej, to jest rano."
    )


def test_dutch_abbreviations() -> None:
    out = said("Dhr. Jansen las blz. 12, d.w.z. het begin, bijv. dit.", "nl")
    assert out == "De heer Jansen las bladzijde twaalf, dat wil zeggen het begin, bijvoorbeeld dit."


def test_russian_abbreviations() -> None:
    assert said("Т. е. это ясно.", "ru") == "То есть это ясно."
    assert said("Он жил на ул. Ленина, д. 5.", "ru") == "Он жил на улице Ленина, дом пять."


def test_letters_that_are_initials_or_units_stay() -> None:
    assert "O R. Silva escreveu" in said("O R. Silva escreveu.", "pt-PT")
    assert "пять см." in said("Длина 5 см. Потом.", "ru")
    assert said("Silva & Cia. Depois saímos.", "pt-BR") == "Silva & Companhia. | Depois saímos."


def test_polish_year_before_r_is_an_ordinal_with_roku() -> None:
    assert "od tysiąc dziewięćset pięćdziesiątego szóstego roku" in said(
        "Mieszka tu od 1956 r., to wszystko.", "pl"
    )
    assert "w tysiąc dziewięćset osiemdziesiątym dziewiątym roku" in said("Było w 1989 r.", "pl")


def test_polish_year_without_r_stays_a_number_and_p_v_ends_a_sentence() -> None:
    assert "tysiąc dziewięćset pięćdziesiąt sześć osób" in said("Przyszło 1956 osób.", "pl")
    assert " | Il mancato" in said("Entro il 30 giugno p. v. Il mancato pagamento.", "it")


# --- English academic text: DOI, n.d., ff., clock ranges (#19, #21) ---------------------


def test_doi_no_date_following_and_clock_range() -> None:
    out = to_spoken("See doi:10.1017/S0018246X00012345 for more.", "en")
    assert out == "See D O I ten point one zero one seven slash S0018246X00012345 for more."
    assert "(compare Raven, no date)" in to_spoken("(cf. Raven, n.d.)", "en")
    assert "one hundred and twelve and following" in to_spoken("pp. 112ff. of it", "en")
    assert "nine to eleven, Monday" in to_spoken("Block time, 9:00–11:00, Mon–Thu.", "en")


def test_other_slashes_letters_and_clocks_stay() -> None:
    assert "or" in to_spoken("Bring pens and/or pencils.", "en")
    assert "n.d" not in to_spoken("He said and did.", "en")
    assert "nine a.m. to eleven a.m." in to_spoken("Meet 9:00am–11:00am.", "en")


def test_money_sign_dot_at_a_sentence_end_keeps_the_stop() -> None:
    assert said("El de un capataz, 5 ptas. Luego vino.", "es") == (
        "El de un capataz, cinco pesetas. | Luego vino."
    )
    assert "la calle Mayor, catorce" in said("Está en la C/ Mayor, 14.", "es")
    assert "termo número duzentos" in said("Assinou o termo nº 237.", "pt-BR")


def test_a_slash_after_other_letters_stays() -> None:
    assert "calle" not in said("La tasa km/h Mayor.", "es")
