"""auditlint.dates: the one UK date parser, and dates written without a year."""

import datetime as dt

import pytest

from auditlint.dates import find_dates, parse_date, resolve_month, resolve_year

D = dt.date
# an audit dated 14.2.23: review period 14.8.22 to 14.2.23
PERIOD = (D(2022, 8, 14), D(2023, 2, 14))


def texts(text, period=None):
    return [(m.text, m.date) for m in find_dates(text, period)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("28.2.23", D(2023, 2, 28)),
        ("28/02/2023", D(2023, 2, 28)),
        ("28th February 2023", D(2023, 2, 28)),
        ("2023-02-28", D(2023, 2, 28)),
        ("February 28, 2023", D(2023, 2, 28)),
    ],
)
def test_full_dates(text, expected):
    assert parse_date(text) == expected


# -- resolve_year ----------------------------------------------------------------


@pytest.mark.parametrize(
    "day,month,expected",
    [
        (7, 9, D(2022, 9, 7)),  # only 2022 puts September inside the period
        (4, 1, D(2023, 1, 4)),  # only 2023 puts January inside
        (14, 8, D(2022, 8, 14)),  # the first day of the period
        (14, 2, D(2023, 2, 14)),  # the audit date itself
        (15, 2, D(2022, 2, 15)),  # no year fits: the latest not after the audit date
        (3, 3, D(2022, 3, 3)),
        (13, 8, D(2022, 8, 13)),  # the day before the period starts
    ],
)
def test_resolve_year_in_period_or_latest_before(day, month, expected):
    assert resolve_year(day, month, *PERIOD) == expected


def test_resolve_year_ambiguous_period_is_never_a_guess():
    # an 18-month period holds 3 March twice
    assert resolve_year(3, 3, D(2021, 9, 1), D(2023, 3, 10)) is None
    # but a date only one year puts inside is still placed
    assert resolve_year(1, 12, D(2021, 12, 2), D(2023, 3, 1)) == D(2022, 12, 1)


def test_resolve_year_29_february_and_impossible_dates():
    assert resolve_year(29, 2, D(2023, 9, 1), D(2024, 3, 1)) == D(2024, 2, 29)
    assert resolve_year(29, 2, PERIOD[0], PERIOD[1]) == D(2020, 2, 29)  # latest leap day before the end
    assert resolve_year(31, 4, *PERIOD) is None
    assert resolve_year(1, 1, D(2023, 2, 1), D(2023, 1, 1)) is None  # an empty period


# -- find_dates with and without a period -----------------------------------------


def test_no_year_without_period_is_undated_with_day_and_month_kept():
    (m,) = find_dates("supervision on 3 March")
    assert m.date is None and m.precision == "none" and m.problem == "no year given"
    assert (m.day, m.month) == (3, 3)


def test_no_year_with_period_takes_the_periods_year():
    (m,) = find_dates("supervision on 3rd of October", PERIOD)
    assert m.date == D(2022, 10, 3) and m.precision == "day" and m.year_from == "period"
    (m,) = find_dates("on 12 Jan", PERIOD)
    assert m.date == D(2023, 1, 12)


def test_written_year_is_never_overridden_by_the_period():
    (m,) = find_dates("on 3 March 2021", PERIOD)
    assert m.date == D(2021, 3, 3) and m.year_from == "text"


def test_day_month_with_slash():
    got = texts("Supervision: 7/9, 5/10, 2/11, 30/11, 4/1, 1/2.", PERIOD)
    assert [d for _, d in got] == [D(2022, 9, 7), D(2022, 10, 5), D(2022, 11, 2), D(2022, 11, 30), D(2023, 1, 4), D(2023, 2, 1)]
    assert all(m.problem == "no year given" for m in find_dates("7/9 and 30/11"))


@pytest.mark.parametrize("text", ["support is available 24/7", "scored 3/20", "ratio 10/15", "version 2.1/3", "1/2/3/4"])
def test_slash_numbers_that_are_not_dates(text):
    assert [m for m in find_dates(text, PERIOD) if m.date is not None] == []


def test_ambiguous_no_year_date_with_long_period():
    (m,) = find_dates("on 3 March", (D(2021, 9, 1), D(2023, 3, 10)))
    assert m.date is None and m.problem.startswith("no year given")


def test_impossible_no_year_date():
    (m,) = find_dates("by 31 April", PERIOD)
    assert m.date is None and m.problem == "not a real date"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("12-Sep-22", D(2022, 9, 12)),
        ("12/Sep/2022", D(2022, 9, 12)),
        ("12 Sep 22", D(2022, 9, 12)),
        ("2022/09/12", D(2022, 9, 12)),
        ("12th Sept '22", D(2022, 9, 12)),
    ],
)
def test_more_written_forms(text, expected):
    assert parse_date(text) == expected


def test_a_two_digit_number_after_a_month_is_a_year_only_when_nothing_follows_it():
    (m,) = find_dates("on 12 Sep 22 visits were missed")
    assert m.text == "12 Sep" and m.problem == "no year given"


def test_month_first_with_an_ordinal_and_no_year():
    (m,) = find_dates("supervision on Sept 12th", PERIOD)
    assert m.date == D(2022, 9, 12)
    assert all(x.precision != "day" for x in find_dates("March 3 visits were missed"))


def test_ordinal_days_share_the_month_of_the_date_after_them():
    got = texts("supervision on the 3rd, 10th and 24th of January 2023")
    assert [d for _, d in got] == [D(2023, 1, 3), D(2023, 1, 10), D(2023, 1, 24)]
    got = texts("on 3rd and 31st January", PERIOD)
    assert [d for _, d in got] == [D(2023, 1, 3), D(2023, 1, 31)]
    assert texts("the 2nd floor on 3 March 2023") == [("3 March 2023", D(2023, 3, 3))]


def test_month_alone_with_a_period():
    (m,) = find_dates("no supervision since July", PERIOD)
    assert m.date == D(2022, 7, 1) and m.precision == "month" and m.year_from == "period"
    (m,) = find_dates("in January", PERIOD)
    assert m.date == D(2023, 1, 1)
    (m,) = find_dates("since July")
    assert m.date is None and m.problem == "month without a year"
    assert resolve_month(3, D(2021, 9, 1), D(2023, 3, 10)) is None  # two Marches in the period



# -- round 3b: forms team managers write -------------------------------------------------


def test_day_and_month_with_a_dot_and_no_year():
    assert texts("Reflective sessions on 21.10 and 18.11 only; allocation 02.10.", (D(2023, 5, 28), D(2023, 11, 28))) == [
        ("21.10", D(2023, 10, 21)), ("18.11", D(2023, 11, 18)), ("02.10", D(2023, 10, 2))]
    (m,) = find_dates("on 21.10")
    assert m.date is None and m.problem == "no year given" and (m.day, m.month) == (21, 10)


@pytest.mark.parametrize("text", ["seen at 9.10", "at 4.05pm", "1.05 miles away", "section 3.10.2", "see G-3.10",
                                  "for 2.5 hours", "scored 3.20"])
def test_dotted_numbers_that_are_not_dates(text):
    assert find_dates(text, PERIOD) == []


def test_month_and_year_in_figures():
    got = [(m.text, m.date, m.precision) for m in find_dates("held since 01/24, the next due by 05/24 and 6/2024")]
    assert got == [("01/24", D(2024, 1, 1), "month"), ("05/24", D(2024, 5, 1), "month"), ("6/2024", D(2024, 6, 1), "month")]
    assert [m.problem for m in find_dates("on 10/12")] == ["no year given"]  # a day and a month, not October 2012


def test_days_sharing_a_month_with_the_and_ranges():
    assert [t for t, _ in texts("on the 3rd, the 17th and the 31st of January", PERIOD)] == ["3rd", "17th", "31st of January"]
    assert texts("on leave 3rd-5th Oct", PERIOD) == [("3rd", D(2022, 10, 3)), ("5th Oct", D(2022, 10, 5))]


def test_two_digit_year_before_a_bracket():
    assert texts("notes for 17 Apr 24 (after a missing episode)") == [("17 Apr 24", D(2024, 4, 17))]


def test_a_weekday_decides_the_year_of_a_date_without_one():
    period = (D(2023, 8, 10), D(2024, 2, 5))
    # 9 February is not in the period: without a weekday the latest before its end (9.2.23, a Thursday)
    assert texts("on 9th February", period) == [("9th February", D(2023, 2, 9))]
    assert texts("on Thursday 9th February", period) == [("9th February", D(2023, 2, 9))]
    assert texts("on Friday 9th February", period) == [("9th February", D(2024, 2, 9))]  # a Friday in 2024
    (m,) = find_dates("by Fri, 9 Feb")
    assert m.date is None and m.weekday == 4  # no period: kept for the caller
    assert resolve_year(9, 2, *period, weekday=4) == D(2024, 2, 9)


def test_a_range_of_two_dates_joined_by_a_hyphen():
    assert texts("on leave 3/4/24-5/4/24") == [("3/4/24", D(2024, 4, 3)), ("5/4/24", D(2024, 4, 5))]
    assert texts("3.4.24-5.4.24") == [("3.4.24", D(2024, 4, 3)), ("5.4.24", D(2024, 4, 5))]
    assert find_dates("ref 12-34-56-78") == [] and find_dates("see G-3.1.24") == []


def test_a_two_digit_number_after_a_comma_is_a_day_of_a_list_not_a_year():
    period = (D(2024, 6, 2), D(2024, 12, 2))
    got = texts("on 1, 15 and 29 August, 12 and 26 September", period)
    assert [t for t, _ in got] == ["1", "15", "29 August", "12", "26 September"]
    assert got[3] == ("12", D(2024, 9, 12))
    assert texts("notes for 12 Sep 22, and the plan") == [("12 Sep 22", D(2022, 9, 12))]  # no comma: a year


def test_plain_days_share_a_month_only_as_a_list_that_opens_like_a_date():
    assert [t for t, _ in texts("visits on 4, 11 and 18 March 2024")] == ["4", "11", "18 March 2024"]
    assert [t for t, _ in texts("aged 6 and 20 June 2024")] == ["20 June 2024"]
    assert [t for t, _ in texts("on 18 and 4 March 2024")] == ["4 March 2024"]  # not in order: not a list of days


# -- round 4b: ordinals in words, list context -----------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("seen on the twenty-second of May 2023", [("the twenty-second of May 2023", D(2023, 5, 22))]),
        ("held on the thirty first of October 2022.", [("the thirty first of October 2022", D(2022, 10, 31))]),
        ("met on June the fourth, 2023, and again", [("June the fourth, 2023", D(2023, 6, 4))]),
        ("first met on nineteenth April 2023 to plan", [("nineteenth April 2023", D(2023, 4, 19))]),
    ],
)
def test_days_written_as_ordinal_words(text, expected):
    assert texts(text) == expected


def test_ordinal_words_without_a_year_take_one_from_the_period():
    assert texts("on the fifth of September and the tenth of February", PERIOD) == [
        ("the fifth of September", D(2022, 9, 5)),
        ("the tenth of February", D(2023, 2, 10)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the second May session was cancelled",  # counts sessions in May
        "in March the third meeting agreed the plan",
        "a first September visit",
    ],
)
def test_an_ordinal_that_counts_something_next_to_a_month_is_not_a_day(text):
    assert all(m.precision != "day" for m in find_dates(text))


def test_a_two_digit_year_at_the_end_of_a_line():
    assert texts("- group supervision 4 Oct 22\n- group supervision 1 Nov 22") == [
        ("4 Oct 22", D(2022, 10, 4)),
        ("1 Nov 22", D(2022, 11, 1)),
    ]


def test_round_the_clock_is_a_date_only_in_a_list_of_dates():
    assert texts("the foster carer is available 24/7") == []
    assert [t for t, _ in texts("Supervision 26/6, 24/7 and 21/8.")] == ["26/6", "24/7", "21/8"]


def test_a_one_digit_dotted_month_is_a_date_only_in_a_list_with_a_two_digit_one():
    assert [t for t, _ in texts("Dates: 19.12, 16.1, 13.2 and 12.3.")] == ["19.12", "16.1", "13.2", "12.3"]
    assert texts("see sections 2.3 and 4.1 of the plan") == []
    assert texts("scores of 6.5, 7.2 and 8.1") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a month's short name inside a word is no month: the month patterns are not tried on such a text
        ("The decision was made by the married couple in a novel way.", []),
        ("The decision of 12 March 2023 was reviewed in April 2023.", [("12 March 2023", D(2023, 3, 12)), ("April 2023", D(2023, 4, 1))]),
        ("Sept. 12th, 2023 and Dec 3, 2022", [("Sept. 12th, 2023", D(2023, 9, 12)), ("Dec 3, 2022", D(2022, 12, 3))]),
        # a number glued to a word is not read as a date; one after a bracket or a space is
        ("ref x12/3/2023 and (3/4/2023)", [("3/4/2023", D(2023, 4, 3))]),
        ("the sixteenth of September 2024, then 2024-10-01", [("the sixteenth of September 2024", D(2024, 9, 16)), ("2024-10-01", D(2024, 10, 1))]),
    ],
)
def test_dates_next_to_words_that_hold_a_month_or_a_number(text, expected):
    assert texts(text) == expected


def test_may_alone_is_a_month_only_with_a_capital():
    assert [m.text for m in find_dates("Seen in May; she may visit since may", PERIOD)] == ["May"]
