import pytest

from domain.errors import InvalidInseeCodeError, InvalidSirenError
from domain.identifiers import (
    check_commune_code,
    check_departement_code,
    check_siren,
    complete_siren,
    luhn_is_valid,
)


def test_a_siren_with_a_valid_luhn_key_is_accepted_and_normalised():
    assert check_siren("732 829 320") == "732829320"
    assert luhn_is_valid(complete_siren("12345678"))


@pytest.mark.parametrize("value", ["73282932", "7328293201", "73282932A", "732829321"])
def test_a_siren_of_the_wrong_length_or_key_is_refused(value):
    with pytest.raises(InvalidSirenError):
        check_siren(value)


@pytest.mark.parametrize("code", ["58194", "2A004", "97411", "75056"])
def test_commune_codes_start_with_a_known_departement(code):
    assert check_commune_code(code) == code


@pytest.mark.parametrize("code", ["5819", "00194", "2C004", "58A94", "98101"])
def test_malformed_commune_codes_are_refused(code):
    with pytest.raises(InvalidInseeCodeError):
        check_commune_code(code)


def test_departement_codes_cover_corsica_and_overseas():
    assert [check_departement_code(c) for c in ("01", "2a", "976")] == ["01", "2A", "976"]
    with pytest.raises(InvalidInseeCodeError):
        check_departement_code("20")


def test_every_wrong_key_digit_of_a_siren_is_refused():
    # A check digit off by any amount (5 included: a modulus of 5 would take it) is refused.
    valid = "732829320"
    for key in "123456789":
        with pytest.raises(InvalidSirenError):
            check_siren(valid[:-1] + key)
