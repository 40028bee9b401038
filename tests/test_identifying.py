"""AL701 and the identifying-detail detector: each kind found, look-alikes left alone,
placeholders consistent, and precision/recall on the labelled set pinned as floors."""

from __future__ import annotations

import pytest

from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.identifying import Detail, Detector, assign_placeholders, find_details, nhs_check_ok
from auditlint.identifying_eval import evaluate

from .conftest import CORPORA, audit_with, findings

CASE_PATTERN = r"\b(?:LCS|CR)[-/ ]?\d{6,8}\b"


def kinds_and_texts(text: str, **kw) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in find_details(text, case_number_pattern=CASE_PATTERN, **kw)]


# -- positives: one or more per kind, in the shapes audits use -------------------------------------------
POSITIVES = [
    ("Her social worker, Aisha Rahman, visited on 3 March and saw XXXX alone.", "name", "Aisha Rahman"),
    ("XXXX lives with her mother and her brother Tyler.", "name", "Tyler"),
    ("The social worker spoke to Mrs Achterberg at the school gate.", "name", "Achterberg"),
    ("Jayden told the IRO that he misses his nan.", "name", "Jayden"),
    ("Precious, XXXX's older sister, is 17 and wants to be assessed as a carer.", "name", "Precious"),
    ("Hayley's nan picks her up from school on Fridays.", "name", "Hayley"),
    ("The boyfriend, known only as 'Jonno', has been seen at the address.", "name", "Jonno"),
    ("XXXX (real name Kayden) was seen at school.", "name", "Kayden"),
    ("Contact with maternal grandmother Sheila was positive.", "name", "Sheila"),
    ("A letter from Shauna McAllister, the mother's solicitor, asks for copies.", "name", "Shauna McAllister"),
    ("Mum's partner dave was present for the visit.", "name", "dave"),
    ("Evie-Mae now has a stable placement.", "name", "Evie-Mae"),
    ("Mum - Stacey Hughes; Dad - Liam O'Connor (not PR).", "name", "Liam O'Connor"),
    ("Danielle and Lee separated in 2022.", "name", "Danielle"),
    ("Jake is 15 and attends the high school.", "name", "Jake"),
    ("The social worker saw Kyle alone in his bedroom.", "name", "Kyle"),
    ("Callum (8) and Mia (aged 6) live with Mother.", "name", "Callum"),
    ("The heading CONTACT BETWEEN MAYA AND RHYS IS NOT SUPERVISED is unchallenged.", "name", "RHYS"),
    ("The paternal family (the Siddiquis) live in Bradford.", "name", "Siddiquis"),
    ("XXXX (DOB 03/04/2015) was seen at home with both siblings.", "date_of_birth", "03/04/2015"),
    ("XXXX was born on 4th June 2016 at the Women's Hospital.", "date_of_birth", "4th June 2016"),
    ("The chronology gives mother's date of birth as 7.9.89.", "date_of_birth", "7.9.89"),
    ("The family moved to 14 Ashby Road, Kirkdale in the spring.", "address", "14 Ashby Road, Kirkdale"),
    ("The letter went to Flat 2, 18 Church Road, Waterloo.", "address", "Flat 2, 18 Church Road, Waterloo"),
    ("The family's postcode is L20 3QP.", "postcode", "L20 3QP"),
    ("The contact sheet gives the postcode as l20 7bp.", "postcode", "l20 7bp"),
    ("Father's old postcode, M1 1AE, is on the referral.", "postcode", "M1 1AE"),
    ("The family's number is 07700 900417.", "phone", "07700 900417"),
    ("Father can be called on 0161 496 0382 after six.", "phone", "0161 496 0382"),
    ("The school office is on +44 (0)151 496 0018.", "phone", "+44 (0)151 496 0018"),
    ("Tel: 0151-496-0000", "phone", "0151-496-0000"),
    ("Father can be e-mailed at lee.brennan76@example.com.", "email", "lee.brennan76@example.com"),
    ("XXXX's NHS number (999 526 0182) is on the front sheet.", "nhs_number", "999 526 0182"),
    ("The health record is under 9434765919.", "nhs_number", "9434765919"),
    ("Her NHS no. was recorded as 999 628 1940 on the form.", "nhs_number", "999 628 1940"),
    ("The strategy discussion is recorded under LCS-2047713.", "case_number", "LCS-2047713"),
    ("The case ref: 123456 is on the letter.", "case_number", "123456"),
    # shorthand, flattened tables, lists, verbs of communication and care
    ("Visited Niamh and the baby; the home was warm.", "name", "Niamh"),
    ("Liaised with Tobiasz Wróbel about transport.", "name", "Tobiasz Wróbel"),
    ("XXXX was placed with Johannes van der Linde in May.", "name", "Johannes van der Linde"),
    ("- seen by Ruairi McAteer (IRO) on 2nd June", "name", "Ruairi McAteer"),
    ("Attendees: Harpreet Kaur Gill, Fergus MacInnes, the IRO and Mother.", "name", "Fergus MacInnes"),
    ("The ISW, Kwabena Asante-Boateng, completed the viability assessment.", "name", "Kwabena Asante-Boateng"),
    ("Idris's dad reports that the nights are better.", "name", "Idris"),
    ("Shamsul is doing well at college.", "name", "Shamsul"),
    ("Name: Ilona Kovács-Szabó | Tel: 07700 900 216", "name", "Ilona Kovács-Szabó"),
    ("Sister, b. 5.6.17, attends the same school.", "date_of_birth", "5.6.17"),
    ("XXXX (5/6/17) lives with her grandmother.", "date_of_birth", "5/6/17"),
    ("Dates of birth: XXXX 01/01/2012, brother 02/02/2013.", "date_of_birth", "02/02/2013"),
    ("Address - 14a Chapel St., Formby.", "address", "14a Chapel St., Formby"),
    ("The family lives at 27 Canal Side, Burscough, L40 5RT.", "address", "27 Canal Side, Burscough"),
    ("Contact via 0113.496.0556 in the evening.", "phone", "0113.496.0556"),
    ("It was agreed by Imran and the school that XXXX would have a mentor.", "name", "Imran"),
    ("The worker observed Tyrese playing with his sister.", "name", "Tyrese"),
    ("A text from Chiamaka said she was at a party.", "name", "Chiamaka"),
    ("XXXX calls her foster carer nanny maureen.", "name", "maureen"),
    ("DOB of the baby: 01/06/2023.", "date_of_birth", "01/06/2023"),
    ("The family live at 2 Primrose Cottages, Lydiate.", "address", "2 Primrose Cottages, Lydiate"),
]


# -- round 7: evidence from the parse and the family words, for names the model tags as places or common words
STRUCTURE_POSITIVES = [
    # a list of capitalised subjects of a verb only people do, or with an object only people have
    ("Harley and Skye share a bunk bed at their dad's.", "name", "Skye"),
    ("Rose and Summer told the worker they were scared.", "name", "Summer"),
    # the object after "at" of a verb done at people; a list of objects of a verb done to people
    ("Dad screamed at Kian in front of the worker.", "name", "Kian"),
    ("The worker told Tiff and Mo about the plan.", "name", "Tiff"),
    # a subject described by an age; a capitalised modal before a finite verb
    ("Zofia, 11, answered the door.", "name", "Zofia"),
    ("Will was seen alone in his room.", "name", "Will"),
    # initials set off after a person
    ("Dad (T.W.) did not attend.", "name", "T.W."),
    ("Mother's ex, J.B., has been seen at the school.", "name", "J.B."),
    # a family word, then a nickname in lower case, or an ordinary word used as a name
    ("XXXX stays with uncle stevo at weekends.", "name", "stevo"),
    ("nanny sue will be there too", "name", "sue"),
    ("Her sister Hope attends the same school.", "name", "Hope"),
    # a message's sender or recipient, whatever the model tags it; shorthand opening with an irregular verb
    ("Rang Marcus to confirm the time.", "name", "Marcus"),
    ("Heard from Tamsin that the move had gone well.", "name", "Tamsin"),
    # names in brackets after a word for people; a listed name saying something; a double name owning something
    ("The children (Alfie, Ruby and Jack) were in bed.", "name", "Ruby"),
    ("Faith said the new school is better.", "name", "Faith"),
    ("Saw Ellie-May's nan at the gate.", "name", "Ellie-May"),
    # names after "as" when a word for people is named; a body's verb; a family word as a title or set off by dashes
    ("She named her friends as Ivy, Maisie and Ocean.", "name", "Maisie"),
    ("The pathway plan lists her PA as Gwen Hughes-Parry.", "name", "Gwen Hughes-Parry"),
    ("Joy cried when the worker left.", "name", "Joy"),
    ('"Ask Aunty Mags, she knows," XXXX told me.', "name", "Mags"),
    ("Partner - Jordan - refused to engage.", "name", "Jordan"),
    ("Foster Carer Dawn attended.", "name", "Dawn"),
    # a quoted name after a family word; a name cue
    ("XXXX calls her carer 'Mimi' and her brother 'Dodo'.", "name", "Dodo"),
    ("Name given only as 'Deacon'.", "name", "Deacon"),
    # a Scottish tenement flat; a mobile typed with a stray space
    ("Address for dad: 14/3 Leith Walk, Edinburgh EH6 8RG.", "address", "14/3 Leith Walk, Edinburgh"),
    ("Tel. mum 0 7700 900 344 after six.", "phone", "0 7700 900 344"),
    # dates of birth: a cue a few words off, a list labelled by names, a chronology line ending in "born"
    ("Date of birth recorded on the referral as 4 April 2018.", "date_of_birth", "4 April 2018"),
    ("DOBs: XXXX 01/02/2015; half-brother Reggie 05/06/2017.", "date_of_birth", "05/06/2017"),
    ("2021-09-30 baby sister born at the Women's Hospital.", "date_of_birth", "2021-09-30"),
]


@pytest.mark.parametrize(("text", "kind", "value"), STRUCTURE_POSITIVES)
def test_names_found_by_structure(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


STRUCTURE_LOOK_ALIKES = [
    # local authorities and clubs the model tags as people (the ``places`` list)
    "Agreed by Knowsley and funded by Health.",
    "He supports Everton and goes to every home game.",
    "The foster carer took XXXX to watch Bolton Wanderers.",
    "XXXX supports Leeds United and plays on Sundays.",
    "Wigan and Bolton share a boundary.",
    "Rang Wirral duty and Sefton MASH.",
    # school subjects, what a child calls a parent, family words, a pet
    "XXXX is doing well in Art and Drama.",
    "Mummy and Daddy are what she calls her carers.",
    "Visited Gran at the care home.",
    "Max, the family's spaniel, was in the garden.",
    # a message as a subject, services, a heading, a question, places after "at" and "born in"
    "Email from the school confirms attendance.",
    "Rang the Out of Hours team.",
    "The Partner Agencies meeting was held in June.",
    "The partner agency, Change Grow Live, has closed the case.",
    "Will there be a further review?",
    "Shouted at Tesco staff.",
    "Spoke to nan abt the plan and she agreed.",
    "Christmas and Easter were spent with the carers.",
    "Mother was born in Poland and moved to the UK on 3 March 2019.",
    "Staff laughed at the joke.",
    "The plan records Mum as Main Carer.",
    "XXXX describes her mum as Polish and her dad as English.",
]


@pytest.mark.parametrize("text", STRUCTURE_LOOK_ALIKES)
def test_structure_look_alikes_are_not_flagged(text):
    assert kinds_and_texts(text) == []


# round 8 (t1000+): each class handled, firing and its near miss
ROUND8_POSITIVES = [
    # UK numbers dialled from abroad: "00 44"/"0044" as well as "+44"
    ("Dad's number abroad: 00 44 7700 900 312.", "phone", "00 44 7700 900 312"),
    ("Ring 0044 161 496 0945 before noon.", "phone", "0044 161 496 0945"),
    ("Nan can be reached on +44 0117 496 0412.", "phone", "+44 0117 496 0412"),
    # "No." run into the number
    ("Her NHS No.9995260182 is on the LAC health form.", "nhs_number", "9995260182"),
    # a flat by letter, then a named building
    ("She now lives at Flat C, Kingfisher House, Bootle.", "address", "Flat C, Kingfisher House, Bootle"),
    # the police's nominal form, and the date written straight after it
    ("Nominal: Craig MALONEY arrested for breach of the order.", "name", "Craig MALONEY"),
    ("Suspect Lee SMITH, 12/03/1990, has previous for DV.", "date_of_birth", "12/03/1990"),
    # a person in brackets with a team whose letters are not the name's
    ("Joint visit with Adaeze Nwosu (YOT) on Tuesday.", "name", "Adaeze Nwosu"),
    # a month's name used as a person's
    ("Her sister June has offered respite.", "name", "June"),
    ("March, his older brother, was not at home.", "name", "March"),
    ("August told the teacher he was hungry.", "name", "August"),
    ("May cries when contact ends.", "name", "May"),
    ("April's mum did not attend the review.", "name", "April"),
    # a listed name that is no ordinary word, doing what people do
    ("Brooklyn has settled at her new school.", "name", "Brooklyn"),
    ("Paris and Chanel stayed with their aunt over half term.", "name", "Chanel"),
    # a letter's sign-off; genogram shorthand for grandparents
    ("The note ends: Best wishes, Tamsin (school nurse).", "name", "Tamsin"),
    ("Genogram: PGF Desmond (deceased), PGM not known.", "name", "Desmond"),
    # a couple under one surname
    ("Ailsa and Tomasz Nowicki have asked to be assessed.", "name", "Ailsa"),
    # the first of a list of names the parse split off
    ("The worker confirmed that Ottilie, Jasper and Wren were all seen alone.", "name", "Ottilie"),
]

ROUND8_LOOK_ALIKES = [
    "Call 0044 from abroad, then drop the first zero.",
    "The NHS No. field on the form was left blank.",
    "The contact centre is at Unit 4, on the retail park.",
    "Referred to Sefton MASH and Wirral CAMHS on the same day.",
    "Seen by the GP, 3/4/24, and again a week later.",
    "Strategy meeting with the Youth Offending Team (YOT) on 4 June.",
    "In May the family moved, and since June XXXX has been settled.",
    "March saw three missed visits.",
    "May I suggest the plan is reviewed before the summer?",
    "April's review was brought forward to March.",
    "August, the month of the move, was hard for XXXX.",
    "June and July were difficult months for the family.",
    "Lancashire has agreed the funding; Bolton stayed involved.",
    "Kind regards, The Duty Team",
    "The First Respondent and the Second Respondent both attended.",
    "The Baby Bank gave a pram and the Food Bank gave vouchers.",
    "Mr Men cards were used to talk about feelings.",
    "The family moved from the L8 area to the WA10 district.",
    "Placements in Liverpool, Wigan and Bolton were considered.",
]


@pytest.mark.parametrize(("text", "kind", "value"), ROUND8_POSITIVES)
def test_round8_classes_are_found(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", ROUND8_LOOK_ALIKES)
def test_round8_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == []


# round r3 (corpora/identifying/tune-r3.yaml): text-speak, names from many alphabets, tables run into text,
# lower-case streets and postcodes, schemes and buildings named after people
R3_POSITIVES = [
    ("Her mum Małgorzata and her brother Łukasz were at home.", "name", "Łukasz"),
    ("Tobenna and Ifeoma, XXXX's cousins, were at the party.", "name", "Ifeoma"),
    ("The last address was M14  5RT, according to the GP.", "postcode", "M14  5RT"),
    ("new address pc m145rt, need 2 tell gp", "postcode", "m145rt"),
    ("Mr B has not been seen by the school this term.", "name", "B"),
    ("tried 2 ring mrs okonjo but no answer", "name", "okonjo"),
    ("The voicemail said: 'Call Tash when you get this.'", "name", "Tash"),
    ("She was heard to say 'Stop it, Kaydon!' through the door.", "name", "Kaydon"),
    ("nan says will was up all night again", "name", "will"),
    ("kids: jaxon (7) ellie-mai (4), both at nursery", "name", "jaxon"),
    ("her bf gaz was there n so was his mate", "name", "gaz"),
    ("Patience told the teacher she had not eaten since lunch.", "name", "Patience"),
    ("Mercy said she was frightened of the dog.", "name", "Mercy"),
    ("Name Role DOB Tracey Moss Mother 02/03/1988", "name", "Tracey Moss"),
    ("Name Role DOB Tracey Moss Mother 02/03/1988 Kieran Moss Brother 11/12/2012", "date_of_birth", "11/12/2012"),
    ("Sibling 2 (Harvey) was not seen.", "name", "Harvey"),
    ("Her uncle is called darren and he lives nearby.", "name", "darren"),
    ("XXXX was born at home on 5th May 2016.", "date_of_birth", "5th May 2016"),
    ("Dad moved to 9 elmtree road in January.", "address", "9 elmtree road"),
    ("Dad's address is 31 Eastway, Maghull.", "address", "31 Eastway, Maghull"),
    # (the house's name opens the address, as the corpus README labels it; rounds 11/12 read it in)
    ("They live at Rosemount, Mill Lane, Ormskirk.", "address", "Rosemount, Mill Lane, Ormskirk"),
    ("Freya and Ottilie live with their aunt.", "name", "Ottilie"),
    ("Ruby was placed with her aunt in May.", "name", "Ruby"),
    ("XXXX pushed Finn off the slide.", "name", "Finn"),
    ("Carers Jan and Dave Holroyd have offered respite.", "name", "Jan"),
    ("Discussed in supervision with Maureen on Tuesday.", "name", "Maureen"),
    ("Declan Kiely said the Kielys would move on soon.", "name", "Kielys"),
    ("The heading was agreed when Will arrives from college.", "name", "Will"),
]

R3_LOOK_ALIKES = [
    "mum will ring back on weds n said she will bring the forms",
    "dad stayin at his cuz's for now",
    "The plan was completed in 2 hour drive time and a 10 minute walk from school.",
    "It is 10 minutes down the road from the school.",
    "The family dog, a cockapoo called Bella, was shut in the kitchen.",
    "From: duty team Sent: Monday Subject: XXXX",
    "A Sarah's Law disclosure was considered at the meeting.",
    "The core group met at Florence Nightingale House on Monday.",
    "She goes to Jack and Jill Nursery on Mondays.",
    "Frank, the national drugs helpline, was recommended to dad.",
    "The Early Help Coordinator chaired the meeting.",
    "There were 12 Fairfield pupils at the event.",
    "The family shops on the High Street and at the retail park.",
    "The referral was placed on file and the order was removed from the list.",
    "Rose and Ivy were planted in the garden as part of the direct work.",
    "There is to be no contact with Mr Y until the assessment is done.",
    "Reflective supervison was held on 9 Nov and again in December.",
    "Date of birth for the unborn: EDD 14/08/2025.",
    "Dad was released from HMP Altcourse in June.",
]


@pytest.mark.parametrize(("text", "kind", "value"), R3_POSITIVES)
def test_r3_classes_are_found(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", R3_LOOK_ALIKES)
def test_r3_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == []


def test_a_listed_place_is_still_a_name_after_a_title_or_a_family_word():
    assert kinds_and_texts("Mrs Crosby is the foster carer.") == [("name", "Crosby")]
    assert ("name", "Preston") in kinds_and_texts("XXXX sees her uncle Preston at weekends.")


# -- round r4 (tune-r4.yaml): names shown by the frame around them, and things that only look like people ------------
R4_POSITIVES = [
    ("The wishes of Bronisław were not recorded at the review.", "Bronisław"),  # "of" after what a person has
    ("The worker asked about the father of Oyinkansola and got no answer.", "Oyinkansola"),  # "of" after a person
    ("Her cousin's name is Delphine and she is nineteen.", "Delphine"),  # the value of a person's name
    ("the name of her new friend is tayla", "tayla"),  # ... in lower case
    ("kids: keanu, lyla-may (twins) and baby remi", "keanu"),  # a list after a word for people and a colon
    ("kids: keanu, lyla-may (twins) and baby remi", "remi"),
    ("The decision by Ifeoluwa Adebanjo to end the plan was sound.", "Ifeoluwa Adebanjo"),  # two unknown words
    ("Her mam, Bernadette, works nights at the hospital.", "Bernadette"),  # a regional word for a parent
    ("His keyworker, Ottilie, has noticed a change.", "Ottilie"),
    ("'Sit down now, Oyin,' dad shouted from the kitchen.", "Oyin"),  # someone spoken to
    ("Perhaps Wilhelmina, as the named worker, should have chased the GP.", "Wilhelmina"),  # apposition by "as"
    ("keeley and her mate shannon were out till 2am", "keeley"),  # lower case, joined to a name
    ("Tayla n Reece r stayin up til 2", "Reece"),  # text-speak "n" for "and"
    ("The worker was worried about Wiktoria after the call.", "Wiktoria"),  # "about"
    ("A buggy was bought for Nkechi by the charity.", "Nkechi"),  # "for" after a verb
    ("The worker gave Ozioma a lift home after school.", "Ozioma"),  # the one given to
    ("The older children, including Tadeusz and Lenka, were seen alone.", "Tadeusz"),  # examples of people
    ("Meadow's bedroom had no carpet and a broken window.", "Meadow"),  # an ordinary word owning a bedroom
]
R4_LOOK_ALIKES = [
    "The views of Health were not recorded at the review.",
    "The name of the school is Meadowbank Primary.",
    "kids: none known to the service.",
    "The family speak Amharic and Tigrinya at home.",
    "Tools used: Talking Mats, Three Houses, Fairy Godmother, Magician",
    "Services in Neath Port Talbot were contacted for the history.",
    "Madrid was discussed as an option for the holiday.",
    "'Sit down now, love,' dad said from the kitchen.",
    "'Hello, Everyone,' said the chair at the start.",
    "Honesty and Kindness are values the school promotes.",
    "An interpreter for Dari was booked for the review.",
    "We talked about Ramadan and about Eid.",
    "The review was held at the Kirkcaldy office with the Chair.",
    "I would hesitate to call the practice Outstanding.",
    "Msg left for the school on Monday.",
    "Xmas was spent at home with the family.",
    "Cyngor Gwynedd agreed the plan.",
]


@pytest.mark.parametrize(("text", "value"), R4_POSITIVES)
def test_r4_names_shown_by_their_frame_are_found(text, value):
    assert ("name", value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", R4_LOOK_ALIKES)
def test_r4_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == []


# -- the broad fallback (Detector._argument_names): a capitalised word where people go, whatever governs it ------
ARGUMENT_POSITIVES = [
    ("The worker built a good rapport with Tegwen over the summer.", "Tegwen"),  # "with", tagged a place by the model
    ("Ruairí's football kit was left at the contact centre.", "Ruairí"),  # the owner of a noun in lower case
    ("A life-story book is being done with Oisín in school.", "Oisín"),
]
ARGUMENT_LOOK_ALIKES = [
    "The Hub agreed to review the case.",  # an article
    "She was referred to Kooth and Childline for support.",  # "to" is no person's place
    "She spent the weekend in Rainhill with friends.",  # a place's preposition
    "Staff at Granny's Garden said she settled well.",  # inside a proper name
    "Health agreed to chase the appointment.",  # an ordinary word
    "XXXX was happy with Christmas this year.",  # a holiday
    "Prescot and Rainhill are both covered by the team.",  # in a list with a listed place
]


@pytest.mark.parametrize(("text", "value"), ARGUMENT_POSITIVES)
def test_a_capitalised_word_in_a_persons_place_is_a_name(text, value):
    assert ("name", value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", ARGUMENT_LOOK_ALIKES)
def test_the_broad_fallback_leaves_places_services_and_ordinary_words(text):
    assert kinds_and_texts(text) == []


@pytest.mark.parametrize(("text", "kind", "value"), POSITIVES)
def test_each_kind_is_found(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


# -- look-alikes: nothing identifying, so nothing is flagged ------------------------------------------------
LOOK_ALIKES = [
    "Mother attended the review with the Team Manager and the IRO.",
    "The Hall of Fame tool was used well in direct work.",
    "XXXX attends Hillside Primary School and is doing well in Year 4.",
    "The case was transferred from Sefton to Knowsley in June.",
    "The Early Help Hub in Bootle referred the family to CAMHS in March.",
    "Signs of Safety mapping was completed at the initial conference.",
    "XXXX's school report from St Anne's Catholic Primary was positive.",
    "Alder Hey Children's Hospital confirmed the appointment.",
    "Parents and Children Together (PACT) is working with Mother.",
    "The care plan refers to the Children Act 1989 but does not explain the threshold.",
    "Police attended on 12/03/2023 following a 999 call.",
    "Supervision took place on 12.1.23, 9.2.23 and 14.3.23.",
    "The visit on 14 March 2023 lasted 45 minutes.",
    "Mother was born in Poland and moved to the UK on 3 March 2019.",
    "XXXX scored 24 on the SDQ; the threshold is 17.",
    "The assessment took 35 working days, within the 45-day timescale.",
    "The Team Around the Family meeting on Tuesday was chaired by the Service Manager.",
    "Monitor XXXX's attendance.",
    "College, the key worker and the looked after children nurse all attended.",
    "Contact takes place at the Brook Centre every Saturday.",
    "Email the school about the transport.",
    "The 2023/24 performance data shows 3 visits out of timescale.",
    "Her social worker has changed three times since 2021.",
    "VISIT TO LIVERPOOL WITH MUM",
    "SEFTON CHILDREN'S SERVICES CASE FILE AUDIT",
    "XXXX is a four-month-old baby girl, born in May 2023, who lives with her parents.",
    "XXXX went to the Olympics with her foster carers.",
    "XXXX spends weekends in Crosby with her grandmother.",
    # field labels, ordinary words at the start, tools, buildings, services, acronyms spelt out
    "Tel (home) withheld | Gender: F | Postcode: withheld",
    "Attendance was 87.5% last term.",
    "Dawn visits are not appropriate for this family.",
    "The Barnahus model and the Hollie Guard app were discussed.",
    "Golden Thread, the Barnahus model and Safe Families were named as options.",
    "Room 12, Level 3 of Cunard Building is where the panel sits.",
    "Spoke to Sefton MASH and then to Knowsley MBC.",
    "The SENCO, Special Educational Needs Coordinator, attended.",
    "Visited Kirkby Library with XXXX to choose books.",
    "Supervision notes are initialled JS and KT throughout.",
    "Visited Southport and Formby with the family.",
    "Rainbows, Brownies and Guides are all offered locally.",
    "The school, St Teresa's, has been supportive.",
    "Work with Kooth and a letter from Ofsted were both logged.",
    "The worker used Miro boards and Padlet with XXXX.",
    "Score is 12 and the threshold is 17.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text):
    assert kinds_and_texts(text) == []


def test_an_anonymised_reference_is_told_from_a_name():
    from auditlint.identifying import is_anonymised_ref

    for ref in ("XXXX", "Child B", "C-10423", "AB12", ""):
        assert is_anonymised_ref(ref), ref
    for name in ("Sarah Jones", "Sarah", "Kacper Nowak"):
        assert not is_anonymised_ref(name), name


def test_address_is_not_a_name_in_address_is():
    assert kinds_and_texts("Address is 3 The Green, Rainford.") == [("address", "3 The Green, Rainford")]


def test_rule_flags_a_childs_name_given_as_the_reference():
    audit = audit_with(1, ["Sarah told her teacher she was happy."], child_ref="Sarah")
    fs = findings(audit, "AL701")
    assert [f.excerpt for f in fs] == ["Sarah"]


def test_the_anonymised_reference_and_the_audits_own_reference_are_not_names():
    assert kinds_and_texts("XXXX told her teacher she was happy.") == []
    assert kinds_and_texts("Child B told her teacher she was happy.", child_ref="Child B") == []
    det = Detector()
    assert [d.kind for d in det.find("AB123 told her teacher she was happy.", child_ref="AB123")] == []


def test_title_is_not_part_of_the_name_span():
    assert kinds_and_texts("Mrs Okafor has offered to care for XXXX.") == [("name", "Okafor")]


def test_a_known_name_is_found_where_the_parse_alone_would_miss_it():
    det = Detector()
    from auditlint import nlp

    docs = nlp.parse(["XXXX's mother, Sarah Jones, attended.", "Sarah said little at the meeting."])
    found = det.find_all(docs)
    assert [d.text for d in found[1]] == ["Sarah"]


def test_what_is_kept_between_audits_is_ordinary_words_only():
    # the per-word memo of lower-case names outlives an audit only for dictionary words; a name typed in lower
    # case is forgotten with its audit, and the answers are the same when the memo is warm
    det = Detector()
    from auditlint import nlp

    docs = nlp.parse(["Mum's partner dave was present for the visit.", "Tyler said the visit went well."])
    first = [[d.text for d in found] for found in det.find_all(docs)]
    assert first[0] == ["dave"]
    assert "dave" not in det._ordinary_word_class and "visit" in det._ordinary_word_class
    assert [[d.text for d in found] for found in det.find_all(docs)] == first
    # a listed forename that is also a dictionary word stays with its audit too
    det.find_all(nlp.parse(["She went to town with jade, grace, rose and mark after school."]))
    assert not any(c is not None and c[3] for c in det._ordinary_word_class.values())


def test_case_number_needs_the_pattern_or_a_cue():
    assert find_details("The strategy discussion is under LCS-2047713.") == []
    assert [d.kind for d in find_details("The strategy discussion is under LCS-2047713.", case_number_pattern=CASE_PATTERN)] == [
        "case_number"
    ]
    assert find_details("LCS was down for two days.", case_number_pattern=CASE_PATTERN) == []


def test_kinds_can_be_limited():
    text = "Sarah Jones can be reached on 07700 900417."
    assert [d.kind for d in find_details(text, kinds=("phone",))] == ["phone"]
    with pytest.raises(ValueError):
        Detector(kinds=("shoe_size",))


def test_nhs_modulus_11():
    assert nhs_check_ok("9434765919")
    assert not nhs_check_ok("9434765918")
    assert not nhs_check_ok("123")
    assert find_details("The total was 9434765918 pounds.") == []  # ten digits, no check, no cue


def test_a_detail_never_shows_its_value_in_repr():
    d = Detail("name", 0, 5, "Sarah")
    assert "Sarah" not in repr(d)


# -- placeholders ----------------------------------------------------------------------------------------------
def _d(kind: str, text: str) -> Detail:
    return Detail(kind, 0, len(text), text)


def test_placeholders_are_consistent_and_numbered_per_kind():
    ds = [
        _d("name", "Sarah Jones"),
        _d("phone", "07700 900417"),
        _d("name", "Tyler"),
        _d("name", "Sarah"),  # first name of the one full name
        _d("name", "Jones"),  # surname of it
        _d("phone", "+44 7700 900417"),  # the same number written another way
        _d("name", "Sarah Jones's"),
    ]
    assert assign_placeholders(ds) == [
        "[Name 1]",
        "[Phone 1]",
        "[Name 2]",
        "[Name 1]",
        "[Name 1]",
        "[Phone 1]",
        "[Name 1]",
    ]


def test_an_ambiguous_surname_gets_its_own_placeholder():
    ds = [_d("name", "Sarah Jones"), _d("name", "Tyler Jones"), _d("name", "Jones"), _d("name", "Tyler")]
    assert assign_placeholders(ds) == ["[Name 1]", "[Name 2]", "[Name 3]", "[Name 2]"]


# -- the rule -----------------------------------------------------------------------------------------------------
def test_rule_fires_per_detail_without_the_value_in_the_message():
    audit = audit_with(1, ["XXXX lives with her stepfather, Darren Holt, at 14 Ashby Road, Kirkdale, L20 3QP."])
    fs = findings(audit, "AL701")
    assert [f.code for f in fs] == ["AL701"] * 3
    for f in fs:
        assert "Darren" not in f.message and "Ashby" not in f.message and "L20" not in f.message
        assert f.suggestion
    assert {f.excerpt for f in fs} == {"Darren Holt", "14 Ashby Road, Kirkdale", "L20 3QP"}
    assert "personal name" in fs[0].message


def test_rule_finds_a_first_name_used_later_in_the_audit():
    audit = audit_with(1, ["XXXX lives with her stepfather, Darren Holt.", "Darren did not attend the review."])
    fs = findings(audit, "AL701")
    assert len(fs) == 2 and fs[1].line == 1


def test_rule_passes_an_anonymised_audit():
    audit = audit_with(1, ["XXXX lives with her mother and her stepfather near her school; Mother attended the review."])
    assert findings(audit, "AL701") == []


def test_rule_reads_the_authoritys_pattern_vocabulary_and_message():
    audit = audit_with(1, ["The plan is filed under REF/998877 and XXXX goes to Brightwater every week."])
    plain = Engine(Config(select=["AL701"])).check([audit])[0].findings
    assert all("998877" not in f.excerpt for f in plain)
    cfg = Config(
        select=["AL701"],
        vocabulary=["Brightwater"],
        rules={"AL701": {"case_number_pattern": r"REF/\d{6}"}},
    )
    fs = Engine(cfg).check([audit])[0].findings
    assert [f.excerpt for f in fs] == ["REF/998877"]


def test_rule_rejects_a_bad_pattern():
    from auditlint.errors import ConfigError

    with pytest.raises(ConfigError, match="case_number_pattern"):
        Engine(Config(select=["AL701"], rules={"AL701": {"case_number_pattern": "("}}))


# -- round r5 (blind writer): classes found through the parse, each with a near miss -----------------------
R5_NAMES = [
    # initials in a person's place: the agent of a passive, the subject of saying, the object after "spoke to"
    ("The home visit was carried out by T.H. and a police officer.", "T.H."),
    ("R.K. told the panel that the flat was unsafe.", "R.K."),
    ("Nobody spoke to L.W. about the bruising.", "L.W."),
    ("Police nominal K.D. is thought to be the older man seen at the door.", "K.D."),
    # a nickname in quotes: after "known ... as", or set off beside a word for people
    ("The older boy, known round the estate as 'Ghost', was seen at the park.", "Ghost"),
    ("A lad from the estate, 'Snowy', has been giving XXXX lifts.", "Snowy"),
    ("Nan's partner 'Little Tony' was at the house.", "Little Tony"),
    # notes write "=" for "is"; a first name with a surname's initial
    ("IRO = Bernadette K. (new to the case).", "Bernadette K"),
    # a police nominal with a double-barrelled surname in capitals
    ("Nominal: female Tanya FORD-HALLIDAY was spoken to at the scene.", "Tanya FORD-HALLIDAY"),
    # a sentence's first word, a listed name, that "she is ..." then describes as a person
    ("Grace has been a steady support: she is XXXX's maternal aunt.", "Grace"),
    # the subject of a clause with no verb of its own, under a verb ("let ... back in")
    ("Father said he will not let Dariusz back into the flat.", "Dariusz"),
    # a name set off after "a person from a service"
    ("The interpreter from the agency, Oksana, arrived late.", "Oksana"),
    # minutes: a name in capitals or bare initials before a role in brackets
    ("ACTION: GERALDINE (family support worker) to book the room; TK (IRO) to review.", "GERALDINE"),
    ("ACTION: GERALDINE (family support worker) to book the room; TK (IRO) to review.", "TK"),
    # a message that opens by naming its sender
    ("The text read: 'hiya its shanice can u call me back'.", "shanice"),
    # a two-letter name in lower case after a family word; a hyphenated name in lower case as a subject
    ("visited w/ grandad + uncle jo at the flat.", "jo"),
    ("dad says jean-baptiste has moved back to France.", "jean-baptiste"),
    ("dad says marie-claude has moved back to France.", "marie-claude"),
]


@pytest.mark.parametrize(("text", "value"), R5_NAMES)
def test_r5_names_found_through_the_parse(text, value):
    assert ("name", value) in kinds_and_texts(text)


R5_LOOK_ALIKES = [
    # an ordinary word opening the sentence before a comma or an article is no name
    "Overall, the social worker visited regularly.",
    "Aye, the manager's been very supportive.",
    "Honestly the worker said the flat was fine.",
    # the title of a course or a Welsh school; plural product names; an acronym's plural
    "The carers have finished the Skills to Foster training.",
    "Ready Steady Go and Bookstart packs were given at the visit.",
    "Two BMWs were parked outside the house.",
    # three dotted letters naming a service; an interpreter's brackets hold the language
    "Advice on the debts was given by C.A.B. last month.",
    "Interpreter (Amharic) booked for the conference.",
    # acronyms before a bracket that spells them out; a message in text-speak that names nobody
    "ACTION: HV (health visitor) to weigh the baby.",
    "Mum texted 'hiya its gud news about the flat'.",
    # ordinary hyphenated words as a subject
    "the follow-up has been booked for next week.",
]


@pytest.mark.parametrize("text", R5_LOOK_ALIKES)
def test_r5_look_alikes_are_not_flagged(text):
    assert kinds_and_texts(text) == []


def test_r5_a_police_nominal_with_a_double_barrelled_surname_gives_the_date_of_birth():
    found = kinds_and_texts("Police spoke to Connor WEBB-ALLEN, 12/05/1999, at the address.")
    assert ("name", "Connor WEBB-ALLEN") in found and ("date_of_birth", "12/05/1999") in found


# -- round r6: the gazetteer of forenames and surnames (rules/lexicons/names.yml), guarded by the parse ---------------
GAZETTEER_NAMES = [
    # a listed forename owning a home after "at" (a place's preposition alone would rule it out)
    ("Most nights XXXX stays over at Kenzie's and comes home after curfew.", "Kenzie"),
    # a listed forename in capitals owning something in a heading
    ("NOTES FROM MAISIE'S REVIEW ARE MISSING FROM THE FILE.", "MAISIE"),
    # forenames that are ordinary words, in a list that is a verb's subject
    ("Liberty and Serenity share a bedroom at their nan's.", "Liberty"),
    ("Liberty and Serenity share a bedroom at their nan's.", "Serenity"),
]


@pytest.mark.parametrize(("text", "value"), GAZETTEER_NAMES)
def test_gazetteer_names_are_found(text, value):
    assert ("name", value) in kinds_and_texts(text)


def test_gazetteer_names_need_the_gazetteer():
    plain = Detector(names_lexicon=None)
    assert [d.text for d in plain.find("NOTES FROM MAISIE'S REVIEW ARE MISSING FROM THE FILE.")] == []
    assert [d.text for d in Detector().find("NOTES FROM MAISIE'S REVIEW ARE MISSING FROM THE FILE.")] == ["MAISIE"]


GAZETTEER_LOOK_ALIKES = [
    # listed forenames as plants, places, parks, lines, wards and values
    "Rose and Ivy were planted in the sensory garden as part of the direct work.",
    "Dad moved here from Jordan in 2019 and speaks Arabic at home.",
    "The family walked round Stanley Park on Sunday.",
    "The Victoria line was closed so the visit started late.",
    "The Florence Nightingale ward is where XXXX was born prematurely.",
    "Faith and Hope are words the church group uses a lot.",
    # an ordinary word that is also a forename, alone or opening a sentence
    "Summer holidays were hard for the family.",
    "Mark the date in the diary and ring the school.",
    "Will you call the school before the review?",
    # a listed forename in capitals that does not own anything
    "MAISIE REVIEW ARE MISSING.",
]


@pytest.mark.parametrize("text", GAZETTEER_LOOK_ALIKES)
def test_gazetteer_look_alikes_are_not_flagged(text):
    assert kinds_and_texts(text) == []


# -- measured on the labelled set (corpora/identifying) --------------------------------------------------------
# Floors pinned just under the measured figures (python -m auditlint.identifying_eval):
# tune 0.996 precision (267/268), 0.993 recall (266/268) with the t500+ block (100 items, 40 look-alikes);
# holdout 0.993 (139/140), 0.927 (139/150). Before the t500+ work: tune 1.000/0.989 (183 details),
# holdout 0.993/0.913. The holdout recall is still under the 0.95 target: pinned as measured, not tuned to.
# Round 7 (t700-t958: 246 items, 343 details, 93 look-alikes, written in five batches, each labelled before
# the detector saw it): the detector before round 7 scored 0.909 precision / 0.857 recall on them. On each new
# batch before its own fixes: t820+ 0.935/0.935 (old 0.838/0.919), t870+ 0.980/0.906 (old 0.957/0.830),
# t910+ 1.000/0.806 (old 0.938/0.833, one old hit a name overlapping an address), t940+ 1.000/1.000
# (old 0.929/1.000). After: tune 1.000 precision (608/608), 0.989 recall (604/611); the tune recall floor
# goes down to 0.98 because the harder round 7 items joined the set, not because any earlier item is missed.
# Round 8 (t1000-t1135: 81 items, 121 details, 36 look-alikes, new voices: flattened chronology rows, quoted
# e-mails and letters, minutes, police/health shorthand, court-report style), labelled before the detector saw
# them: before its fixes 0.951 precision (97/102) / 0.802 recall (97/121); after 1.000 (116/116) / 0.959 (116/121).
# A second fresh batch (t1200-t1257: 28 items, 50 details, 8 look-alikes), written after those fixes: the
# pre-round-8 detector 1.000/0.880, the round-8 detector before the list fix 1.000/0.920, after 1.000/0.940.
# Whole tune after round 8: 1.000 (773/773) / 0.983 (769/782); the floors stay where they were.
# End of session 3: holdout 1.000 (141/141), 0.940 (141/150); holdout2 (written by someone who never ran
# the detector) 0.976 (124/127), 0.919 (124/135).
# Round r3 (tune-r3.yaml, i3t-001..i3t-360: 360 items, 408 details, 89 look-alikes, in seven batches, each labelled
# before the detector saw it; new voices: text-speak in lower case, ordinary-word names, many alphabets, tables run
# into text, lower-case streets and odd postcodes, schemes and buildings named after people). The detector before
# r3 on each batch: i3t-001+ 0.986/0.814, i3t-151+ 0.958/0.902, i3t-191+ 0.915/0.860, i3t-231+ 0.865/0.842,
# i3t-266+ 0.969/0.939, i3t-301+ 0.931/0.794, i3t-331+ 0.964/0.900 (all 408: 0.953/0.848). The detector as it
# stood when each later batch was written scored the same on batches 2-5 and 7 and 0.933/0.824 on the sixth: the
# fixes of one batch hardly carried to the next. After: 0.995 (393/395) / 0.961 (392/408); tune.yaml 1.000
# (775/775) / 0.986 (771/782), up from 0.983.
# Whole tune split after r3: 0.998 (1168/1170) / 0.977 (1163/1190). Held-out after r3: holdout unchanged,
# holdout2 0.977 (125/128) / 0.926 (125/135), holdout3 (a third blind set; before r3 1.000 (143/143) / 0.893
# (142/159)) 1.000 (146/146) / 0.912 (145/159).
# Round r3c (a broad fallback instead of narrow fixes, Detector._argument_names: a capitalised proper noun alone as the
# subject or object of any verb, after "with", owning a noun or in apposition with a word for people). Measured as an
# unseen estimate by adding it to the detector as it stood before r3, on tune-r3.yaml: 0.953/0.848 -> 0.955/0.887.
# On tune.yaml 1.000/0.986 -> 0.997 (777/779) / 0.988 (773/782); on tune-r3.yaml 0.995/0.961 -> 0.995/0.966.
# tune-r3c.yaml (i3c-001..050: 50 items, 62 details, 15 look-alikes, labelled before the detector saw them):
# before 0.912 (52/57) / 0.839 (52/62), after 0.906 (58/64) / 0.935 (58/62). Whole tune with r3c: 0.992 (1230/1240) /
# 0.978 (1225/1252); the tune recall floor goes up to 0.975.
# Held-out after r3c: holdout 0.993 (141/142) / 0.940, holdout2 0.969 (125/129) / 0.926, holdout3 1.000 (147/147) /
# 0.918 (146/159): one look-alike more flagged on each of the first two, one name more found on the third.
# Session 7: names in capitals the gazetteer knows, lower-case names as a person's object, a full date in
# brackets after a family member's name, a house number and street with no street word after a word of living.
S7_FOUND = [
    ("SW SPOKE TO KAYLEIGH AND HER MUM AT THE DOOR.", "name", "KAYLEIGH"),
    ("VISITED BROOKE AT SCHOOL, SEEN ALONE.", "name", "BROOKE"),
    ("The referral from MARCUS PEARSON was received on Monday.", "name", "MARCUS"),
    ("visited tegan at home, she was in her room", "name", "tegan"),
    ("Kayden Moss (12.3.2014) lives with his father.", "date_of_birth", "12.3.2014"),
    ("Siblings: Tia (04/09/2016) and Mason (21/1/2019).", "date_of_birth", "21/1/2019"),
    ("The family now live at 14 Larkspur, Kirkby.", "address", "14 Larkspur, Kirkby"),
    ("Her address is 23 Elmhurst, Formby.", "address", "23 Elmhurst, Formby"),
]


S7_NEAR_MISSES = [
    "CONTACT WITH FATHER TO BE SUPERVISED BY THE FAMILY CENTRE.",
    "VISIT TO LIVERPOOL WAS CANCELLED BY THE SCHOOL.",
    "MAISIE REVIEW ARE MISSING.",
    "saw the baby and mum at the clinic, weight fine",
    "The review (12.3.2024) agreed the plan.",
    "The strategy meeting (3.4.23) decided on a s47.",
    "She moved in 3 March 2024 to the flat.",
    "Dad moved to 4 different addresses in a year.",
    "She lives at home with 3 siblings.",
]


def test_s7_a_date_after_a_professional_or_a_meeting_is_not_a_birth():
    # the name is found; the bracketed date is the visit's
    for text in ("Seen by Dr Patel (3/4/24) at the clinic.", "The worker met Kelly (12/3/24) at the cafe."):
        assert "date_of_birth" not in [k for k, _ in kinds_and_texts(text)]


# Session 7, second round: languages and peoples are no names, nor an abstract noun listed with another, nor the
# audit's grades; a lower-case forename that is an ordinary word in a person's place; two capitals standing for a
# person in minutes; judges' titles. Tune without r6: 0.994 (1510/1519) / 0.986 (1505/1527) -> 0.994 (1520/1529) /
# 0.992 (1515/1527). Unseen r6: 0.981 (103/105) / 0.944 (102/108) before and after.
S7B_FOUND = [
    ("shell said she was fine", "name", "shell"),
    ("the sw rang mum n left a msg for dad's partner shell", "name", "shell"),
    ("visited faith at home, room clean", "name", "faith"),
    ("spoke to grace about school", "name", "grace"),
    ("mum n her eldest faith r v close now", "name", "faith"),
    ("grace n summer (twins) were at nursery so not seen", "name", "summer"),
    ("sw (jo) not rung back yet", "name", "jo"),
    ("TM oversight: agree NFA. KO to close by Friday and RB to update the chronology.", "name", "RB"),
    ("ACTION: KB to chase GP re immunisations.", "name", "KB"),
    ("XXXX was seen by RB on 3 May.", "name", "RB"),
    ("Police name a male known as JD as supplying XXXX.", "name", "JD"),
    ("The ICO was made before HHJ Pemberton.", "name", "Pemberton"),
    ("DJ Okafor listed the matter for a further hearing.", "name", "Okafor"),
    ("The incident happened at Shona's flat.", "name", "Shona"),  # a forename that is also a language
    ("Mr Welsh attended the review.", "name", "Welsh"),  # a title outweighs the language
]


S7B_NEAR_MISSES = [
    "She is in Year 10 at the local Welsh-medium comprehensive and speaks Welsh at school and English at home.",
    "Dad only speaks Pashto, so Dari was not suitable.",
    "Mum's first language is Lithuanian.",
    "A Kurmanji interpreter was booked for the visit.",
    "XXXX is fluent in Urdu and Punjabi.",
    "Dad is Irish and Mum is Somali.",
    "Mum speaks Shona at home.",
    "Joy and fun were missing from her childhood.",
    "faith and hope are important to her",
    "they said grace before dinner",
    "grace was said before meals",
    "I have graded Good rather than Outstanding because the plan is not yet tested.",
    "she has a strong faith",
    "she collected a shell on the beach",
    "her sister rose early",
    "XXXX said 'Nanna is the only one who listens to me'.",
    "SW to visit weekly. EH to close. TM to review. GP to refer. PA to support. LA to fund. TA to support in class.",
    "Plan agreed by LA and the GP. XXXX was seen by GP.",
    "She wants to do PE to improve fitness.",
    "XXXX wants to be a DJ when she grows up.",
    "The Judge ordered a s7 report.",
]


def test_s7b_joy_with_a_person_is_still_a_name():
    # listed with a person ("her mum"), not with a bare abstract noun
    assert ("name", "Joy") in kinds_and_texts("Joy and her mum were missing from the meeting.")


# Round r4 (tune-r4.yaml, i4t-001..140: 140 items, 119 details, 48 look-alikes, labelled before the detector saw
# them; names from the frame around them: "of" after what a person has, "the name ... is", a list after "siblings:",
# "including", a vocative, apposition by "as", text-speak "n", a dative, "about"/"for"; look-alikes by the same frames:
# a language spoken, a tool in a list of tools, "X and Y are values", part of a longer listed place). Unseen A
# 0.926 (50/54) / 0.847 (50/59), after 1.000 / 0.983; unseen B 0.889 (56/63) / 0.933 (56/60), after 0.983 / 0.983.
# tune.yaml + r3 + r3c 0.992/0.978 -> 0.994 (1233/1240) / 0.981 (1228/1252); whole tune 0.994 (1350/1358) / 0.981.
# Held-out after r4: exactly as before it on all four (holdout4, a fourth blind set: 0.989 (89/90) / 0.918 (89/97)
# before and after), so the round's classes do not occur in the blind sets' misses.
# Round r5 (tune-r5-blind.yaml, i5b-001..140, by a writer who never saw the rules): batch A before 0.945 (69/73) /
# 0.907 (68/75), after 1.000 / 1.000; batch B unseen after A's fixes 0.960 (72/75) / 0.889 (72/81), after 1.000 /
# 1.000. Whole tune 0.990 (1491/1506) / 0.972 (1485/1527) -> 0.995 (1507/1515) / 0.983 (1501/1527); floors unchanged.
# Session 6: 2x faster detector (identical spans), then a names gazetteer (rules/lexicons/names.yml) guarded by the
# parse. Whole tune 0.995 / 0.983 -> 0.994 (1511/1520) / 0.986 (1505/1527). Held-out, measured once after the round:
# holdout 0.993 (141/142) / 0.940 -> 0.993 (143/144) / 0.953 (143/150); holdout2 0.969 / 0.933 -> 0.969 (127/131) /
# 0.941 (127/135); holdout3 and holdout4 unchanged. A sixth blind set written this session and measured before and
# after (tune-r6-blind.yaml, added to tune afterwards): 0.981 (103/105) / 0.944 (102/108) both times.
# Session 7: a quarter faster (identical spans); names in capitals, lower-case word-names in a person's slot,
# initials in minutes, judges' titles, a bracketed date after a family member as DOB; languages and grades are not
# names. Whole tune 0.994 / 0.986 -> 0.993 (1623/1634) / 0.989 (1617/1635). Held-out: holdout2 0.969 (127/131) /
# 0.941 -> 0.970 (128/132) / 0.948; holdout3 1.000 (147/147) / 0.918 -> 0.993 (147/148) / 0.918 (one false
# positive, pinned honestly); holdout4 0.989 (89/90) / 0.918 -> 0.989 (92/93) / 0.948 (92/97). A seventh blind set
# (tune-r7-blind.yaml) measured unseen: 1.000 (102/102) / 0.918 (101/110) -> 1.000 (105/105) / 0.945 (104/110).
# Session 10: two more blind sets measured unseen on 7d9a9a3 (tune-r11-blind 0.927 (254/274) / 0.935 (245/262),
# tune-r12-blind 0.976 (286/293) / 0.966 (282/292)) joined tune and their classes were fixed; held-out, measured once
# after: holdout 0.993 (144/145) / 0.960 (144/150), holdout2 0.985 (129/131) / 0.956 (129/135), holdout3 0.993
# (151/152) / 0.943 (150/159), holdout4 0.989 (93/94) / 0.959 (93/97); tune 0.996 (2829/2840) / 0.995 (2803/2817).
# Then tune-r13-blind (measured unseen on 7d9a9a3 and on 9579a19: 0.981 (207/211) / 0.928 (207/223)) joined tune and
# its classes were fixed (initials that sign or attribute a note, quoted nicknames and handles, passive agents, NHS
# numbers in any grouping); held-out measured once after: holdout3 0.993 (152/153) / 0.9497 (151/159), the other
# splits unchanged; tune 0.996 (3052/3063) / 0.995 (3026/3040). Then tune-r14-blind (measured unseen on 1b3fb29: 0.946
# (226/239) / 0.941 (223/237)) joined tune and its classes were fixed (pasted tables, officers' collar numbers, quoted
# self-naming in texts, initials after their own name, organisations and courts as look-alikes); held-out measured
# once after: unchanged (holdout3 151/159); tune 0.997 (3292/3302) / 0.996 (3263/3277).
FLOORS = {"tune": (0.99, 0.99), "holdout": (0.99, 0.96), "holdout2": (0.98, 0.95), "holdout3": (0.99, 0.95),
          "holdout4": (0.98, 0.96)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_precision_and_recall_floors(split):
    scores = evaluate(CORPORA / "identifying", (split,))  # {split}.yaml and any {split}-*.yaml
    if split not in scores:
        pytest.skip(f"no {split} split under {CORPORA / 'identifying'}")
    score = scores[split]
    precision, recall = FLOORS[split]
    assert score.precision >= precision, score.line()
    assert score.recall >= recall, score.line()
    assert score.mean_span <= 25, "predicted spans should be tight (any overlap counts as a hit)"
# Session 8: an eighth blind set (tune-r8-blind.yaml, i8b-001..120: 154 details, 34 look-alikes, written from the spec
# only) measured unseen on 2f53318: 1.000 (148/148) / 0.955 (147/154) -- the first unseen set over the 0.95 recall
# target; misses: a possessive without an apostrophe ("Kims"), word-names as lone subjects (Autumn, Dawn, June), a
# name in capitals, a bracketed date after an age. Added to tune unchanged (no rule change this session): whole tune
# 0.994 (1876/1887) / 0.984 (1868/1899).


# Session 8: the four miss classes of the eighth blind set, as classes: an owner written without the apostrophe
# before a family or role word; a forename that is also a word, a season or a month, shown a person by a role in
# brackets or between commas, or (mid-sentence) by a verb of doing; a lone name in capitals the gazetteer lists;
# a full date after an age in the same brackets.
BLIND8_FOUND = [
    ("Leightons dad said he would bring the forms.", "name", "Leighton"),
    ("Toms mum rang twice on Monday.", "name", "Tom"),
    ("Sams nan has offered to have him at weekends.", "name", "Sam"),
    ("Dawn (family friend, 0113 496 0877) has been supportive.", "name", "Dawn"),
    ("Hope (older sister) was not spoken to.", "name", "Hope"),
    ("May, the next-door neighbour, rang the police.", "name", "May"),
    ("Mum works nights and Grace sleeps at her nan's.", "name", "Grace"),
    ("Nobody was home at first, then Autumn said she had been out.", "name", "Autumn"),
    ("Lily-Rose (born 11/11/2019) attends nursery.", "name", "Lily-Rose"),
    ("Hope (aged 4) was asleep when the worker arrived.", "name", "Hope"),
    ("Her brother TYRONE was not at home.", "name", "TYRONE"),
    ("LOGAN (step-brother, 17) was present.", "name", "LOGAN"),
    ("Mum's ex, Darren WHITFIELD, was arrested.", "name", "Darren WHITFIELD"),
    ("Ellie-May KOWALSKI-BROWN was at the meeting.", "name", "Ellie-May KOWALSKI-BROWN"),
    ("Her cousin IAN has been staying over.", "name", "IAN"),
    ("XXXX (aged 11, 14/02/2013) is in Year 7.", "date_of_birth", "14/02/2013"),
    ("Her half-brother Kai (15, 02.09.2009) lives with dad.", "date_of_birth", "02.09.2009"),
    ("Mum (age 34, 1 March 1990) attended.", "date_of_birth", "1 March 1990"),
]


BLIND8_NEAR_MISSES = [
    "Childrens services worker visited.",
    "Mums partner moved in last month.",
    "Sainsburys manager rang about the incident.",
    "Barnardos worker visited on Tuesday.",
    "Hope is in short supply in this family.",
    "In June the family moved to a new flat.",
    "June (half term) was a hard time for the family.",
    "Frank, the drugs advice service, was offered.",
    "The term started and Autumn brought new worries.",
    "Summer (holiday club) was booked for August.",
    "Grace (the chapel on the estate) runs a food bank.",
    "Amber (the RAG rating) applies to this case.",
    "The worker said RUI was the outcome of the interview.",
    "XXXX was referred to CAMHS and the IRO agreed.",
    "MAISIE REVIEW NOTES",
    "Review meeting (10, 03/04/2024) held in school.",
    "XXXX (aged 9) was seen on 03/04/2024 (home visit).",
]


# Session 9: a ninth blind set (tune-r9-blind.yaml, i9b-001..120: 169 details, 36 look-alikes, written from the spec
# only) measured unseen on 5fcf52d: 0.975 (159/163) / 0.929 (157/169). After its miss classes were fixed (below),
# held-out measured once: holdout 0.993/0.960, holdout2 0.970/0.956 (was 0.948), holdout3 0.993/0.925 (was 0.918),
# holdout4 0.989/0.959; holdout2 and holdout3 recall floors raised to 0.95 and 0.92.
# Then a tenth blind set (tune-r10-blind.yaml, i10b-001..120: 195 details, 36 look-alikes) measured unseen on 8192dd7:
# 0.953 (184/193) / 0.923 (180/195); after its classes (below): held-out measured once: holdout 0.993/0.960, holdout2
# 0.977/0.956, holdout3 0.993/0.931, holdout4 0.989/0.959; holdout3 recall floor raised to 0.93.


# Session 9: the miss classes of the ninth blind set (tune-r9-blind.yaml), as classes, each with sentences unlike the
# set's own: a DOB cue written "d/o/b" or "D-O-B"; a second record of a date of birth just given ("but the school has
# ...", "the system records it as ..."); a date before "born on <its own date>" is not the birth; a street named in
# Welsh (the street word first: "Cwrt y Dderwen", "Heol y Parc"); an Irish surname in lower case ("o'brien") with its
# title; a listed forename in lower case before "from" ("jo from the school"); initials before a role owned by
# someone in brackets ("JB (mum's new partner)"); a listed word-name opening a sentence that a later "she is ..."
# describes ("Sky has been a big help - she's ..."); a listed word-name joined by "and"/"&" to a name found after it
# ("Storm and River (...)", "Precious & Kwame ..."), or straight after a family word ("her twin Mercy"); a double
# forename in capitals with its surname ("(DESTINY-ROSE PRICE)"). Look-alikes: English counties (``places``), and
# grandparents' words in the languages of UK families (``kinship``). The set, measured unseen on 5fcf52d: 0.975
# (159/163) / 0.929 (157/169); after: 1.000 (172/172) / 1.000 (169/169). Whole tune (with the set) 0.993 (2047/2062) /
# 0.985 (2037/2068) -> 0.995 (2061/2072) / 0.991 (2050/2068): no new false positive anywhere in tune; tune floor unchanged.
BLIND9_FOUND = [
    ("D/O/B: 12/03/2015 per the referral.", "date_of_birth", "12/03/2015"),
    ("D-O-B 07/11/2013 on the MASH form.", "date_of_birth", "07/11/2013"),
    ("XXXX's DOB is 03/04/2016 but the GP has it as 04/03/2016.", "date_of_birth", "04/03/2016"),
    ("DOB 12.3.15, though the health record shows 13.3.15 instead.", "date_of_birth", "13.3.15"),
    ("At the strategy meeting on 3/3/2024 it was noted that the baby was born on 1/3/2024.", "date_of_birth", "1/3/2024"),
    ("2022-06-02 half-sibling Rocco born", "date_of_birth", "2022-06-02"),
    ("They live at 8 Ffordd Las, Rhyl.", "address", "8 Ffordd Las, Rhyl"),
    ("Mum moved to 2 Clos y Wern, Pontypridd last month.", "address", "2 Clos y Wern, Pontypridd"),
    ("mrs o'neill rang the duty line", "name", "mrs o'neill"),
    ("sam from cafcass rang back", "name", "sam"),
    ("bev from the nursery said she was tired", "name", "bev"),
    ("KL (dad's partner) was present at the visit.", "name", "KL"),
    ("TR (XXXX's uncle) collects her from school.", "name", "TR"),
    ("Willow has been brilliant - she is XXXX's aunt and has her most weekends.", "name", "Willow"),
    ("Blessing & Emeka Okafor are the foster carers.", "name", "Blessing"),
    ("Harmony and Tyler (twins, 6) were seen at home.", "name", "Harmony"),
    ("Contact with his cousin Storm (14) was stopped.", "name", "Storm"),
    ("MUM (KERRY-ANNE JONES) ATTENDED THE MEETING.", "name", "KERRY-ANNE JONES"),
    ("LILY-MAE WAS SEEN AT HOME.", "name", "LILY-MAE"),
    ("Babcia Halina visits every Sunday.", "name", "Halina"),  # a family word in Polish before a name
    ("Mr Kent attended the review.", "name", "Kent"),  # a county after a title is a name
]


BLIND9_NEAR_MISSES = [
    "Dad has been in HMP Parc for 2 years.",
    "The family lives in Llandeilo.",
    "The visit was at 6 o'clock and mum was not in.",
    "an email from the school said she was late",
    "The JB protocol (the authority's own) was followed.",
    "JB (case file) was closed in 2022.",
    "Sky has been cut off - it's a cost the family cannot meet.",
    "The sky was dark when the worker left.",
    "Storm damage to the roof has not been repaired.",
    "Mercy was shown by the court when it sentenced dad.",
    "Grace and courtesy were shown by all.",
    "In Summer and Autumn the family moved twice.",
    "THE SUMMER-AUTUMN TERM PLAN WAS AGREED.",
    "CONTACT IN MAY-JUNE WAS MISSED.",
    "Kent County Council placed him here.",
    "UASC status, the Kent transfer scheme and the age assessment are recorded.",
    "He was moved from Essex to Norfolk by the Home Office.",
    "XXXX calls her Babcia, which is Polish for grandma.",
    "XXXX calls his grandmother Oma, which is German for granny.",
]


# Round 10 (tune-r10-blind.yaml, measured unseen: 0.953 (184/193) / 0.923 (180/195)): a second record of a date of
# birth after "reads"/"says"/"states" or corrected in place ("is 2016-04-03, not 03/04/2015"); a month and year after a
# written DOB field; an NHS number listed after one under the same cue; a title before a name whatever the letters in
# brackets after it ("Mrs Kaur (PE)"); a surname after "al-"/"el-"; initials with an Irish O' ("K.O'C."); lower-case
# listed forenames as a subject whatever the parse's tag, after a role word ("sw tomasz k"), or with an elided "d'";
# a word-name set off before "who"/"whose"; a name with its service in brackets ("Jess (Kooth)"); a nickname's
# adjective ("Big Mo"); a Traveller site or caravan park before its road. Look-alikes: Welsh head words ("Ysgol ...",
# "Tîm ...", "Dydd ..."), messaging apps, "Admin", Gypsy as a people, a thing's name ending in a thing word ("Ghana
# Card"). After: the set 0.995 (199/200) / 1.000 (195/195); whole tune 0.991 (2245/2265) / 0.985 (2230/2263) ->
# 0.995 (2260/2272) / 0.992 (2245/2263). Left: "the garages on Pinfold Lane" (a street with no number is labelled an
# address in tune-r3, "McDonald's on Smithdown Road", so the unlabelled one is not bent to).
BLIND10_FOUND = [
    ("Date of birth: 11/2020 (only the month is known).", "date_of_birth", "11/2020"),
    ("DOB 03.04.2016 on the referral, but the passport reads 04.03.2016.", "date_of_birth", "04.03.2016"),
    ("Her date of birth is 2016-04-03, not 03/04/2015 as the GP has it.", "date_of_birth", "03/04/2015"),
    ("NHS numbers: 999 348 5357 for XXXX and 999 644 7244 for her brother.", "nhs_number", "999 644 7244"),
    ("Mrs Kaur (PE) was at the meeting.", "name", "Kaur"),
    ("Dr Samir al-Masri rang the duty line.", "name", "Samir al-Masri"),
    ("P.O'D. (mum's friend) has not been checked.", "name", "P.O'D."),
    ("- mum says zuzanna has been staying over", "name", "zuzanna"),
    ("- iro bogdan k on leave", "name", "bogdan k"),
    ("seen with d'souza and aunty bev at the flat", "name", "d'souza"),
    ("Summer, who is his cousin, stays most weekends.", "name", "Summer"),
    ("Honour, whose mum is Tina, was seen at school.", "name", "Honour"),
    ("Direct work was done with Jess (Kooth) online.", "name", "Jess"),
    ("The message said 'Little Kai is back tonight'.", "name", "Little Kai"),
    ("Their pitch is at Oak Meadow Caravan Park, Mill Road, Histon.", "address", "Oak Meadow Caravan Park, Mill Road, Histon"),
    ("The family share a plot at Fen View Site, Long Lane, Chatteris.", "address", "Fen View Site, Long Lane, Chatteris"),
    ("Nain Gwenllian visits on Dydd Sadwrn.", "name", "Gwenllian"),  # a name beside a Welsh day is still one
]


BLIND10_NEAR_MISSES = [
    "The review is on Dydd Mercher at the family centre.",
    "XXXX now goes to Ysgol Gynradd Pen y Bryn.",
    "The Tîm Teulu worker visited twice.",
    "Minutes were taken by Admin.",
    "Gypsy and Traveller liaison attended the meeting.",
    "Her Ghana Card and Blue Badge were checked.",
    "They speak on Messenger every night.",
    "In Summer, which was hard, the family moved twice.",
    "Honour-based abuse was considered at the strategy meeting.",
    "Invoices 123 456 7890 and 222 333 4444 were paid.",
    "XXXX was born in May 2019 and reviewed in 06/2024.",
    "The plan (DOB checked in 05/2019) was fine.",
    "The Retail Site in Kirkby was closed.",
    "The Big Lottery funds the Young Carers group.",
    "mum says her pt'ner has moved in",
    "the sw said it was fine",
    "The family moved from Al-Ain last year.",
]

def test_s9_a_date_next_to_a_birth_is_not_a_birth():
    # a review or meeting date beside a date of birth, before or after it: only the birth's date is one
    for text, birth in (
        ("DOB 02/02/2016. Review date 03/03/2024.", "02/02/2016"),
        ("XXXX (DOB 02/02/2016) was seen on 03/03/2024 and the plan has 04/04/2024 for the next review.", "02/02/2016"),
        ("Review on 12/05/2024 noted XXXX was born on 03/02/2019.", "03/02/2019"),
        ("The conference on 14/03/2024 heard that the baby was born on 2/1/2024.", "2/1/2024"),
    ):
        assert [v for k, v in kinds_and_texts(text) if k == "date_of_birth"] == [birth], text


@pytest.mark.parametrize("text,kind,value", S7_FOUND + S7B_FOUND + BLIND8_FOUND + BLIND9_FOUND + BLIND10_FOUND)
def test_session_7_to_9_classes_are_found(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", S7_NEAR_MISSES + S7B_NEAR_MISSES + BLIND8_NEAR_MISSES + BLIND9_NEAR_MISSES + BLIND10_NEAR_MISSES)
def test_session_7_to_9_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == []


# Later in session 8: four miss classes fixed as classes (possessives without an apostrophe before a family or role
# word, word-names shown to be people by a bracketed role/age or a verb mid-sentence, lone names in capitals that
# are listed names and not acronyms, a date after an age in brackets). Whole tune 0.994 (1876/1887) / 0.984
# (1868/1899) -> 0.994 (1888/1899) / 0.990 (1880/1899). Held-out, measured once after: holdout 0.993 / 0.953 ->
# 0.993 (144/145) / 0.960 (144/150); holdout2 unchanged 0.970 / 0.948; holdout3 unchanged 0.993 / 0.918; holdout4
# 0.989 / 0.948 -> 0.989 (93/94) / 0.959 (93/97) (floor raised to 0.95).


# Rounds 11 and 12 (tune-r11-blind.yaml, i11b-001..: 262 details, measured unseen on 7d9a9a3: 0.927 (254/274) /
# 0.935 (245/262); tune-r12-blind.yaml, i12b-001..: 292 details, 0.976 (286/293) / 0.966 (282/292)). Miss classes
# fixed as classes, each tested here with sentences unlike the sets' own: an address led by a house's name with no
# number (before its street and town, or a farm's, cottage's or hamlet part's name after "at"/"address" before its
# town); an address line between a house number and its postcode, in any case and spelling; a street in capitals; a
# second record of a date of birth one slip from it (a year out, or day and month swapped) in the same sentence; a
# listed forename after a family word in lower case, after "Baby", after a greeting; a sender's "it's <name> here";
# a maiden name after "née"; a listed forename in capitals with an age in brackets; a nickname in quotes in lower case
# or two capitals after "calls him"; "the O'Sullivans"; a nickname's adjective before two words ("Mad Dog ...");
# a title, an initial and a double-barrelled surname ending in a building word ("Ms D. Okafor-Lane"); a listed forename
# in lower case after "at"/"to" with "'s" ("at kelsie's"); "fc"/"hv" as role words before a lower-case forename, and
# "dr" before a listed surname the dictionary knows. Look-alikes: wards, towns and cities (``places``), Welsh towns by
# their first syllable (``place_prefixes``: "Llan...", "Aber..."), a lake by its head word (``place_heads``: "Lough",
# "Loch"), festivals and local days, family words in Somali, Vietnamese and home speech (``kinship``), case-note
# shorthand ("paeds", "appts", "pol"), football clubs and grounds named in full, a club named like a person where it
# is watched, supported or worn (``clubs_named_like_people``). After: r11 1.000 (270/270) / 1.000 (262/262), r12 1.000
# (296/296) / 1.000 (292/292); whole tune (with both sets) 0.986 (2800/2839) / 0.984 (2772/2817) -> 0.996 (2829/2840) /
# 0.995 (2803/2817), no tune file worse than before; held-out not measured in this round (left to the lead).
ROUND11_FOUND = [
    ("Her grandparents' home is Hawthorn Rise, Chapel Lane, Aldbury, and XXXX stays there.", "address", "Hawthorn Rise, Chapel Lane, Aldbury"),
    ("Contact now happens at The Granary, Back Street, Winslow.", "address", "The Granary, Back Street, Winslow"),
    ("Dad works and sleeps at Lower Trenoweth Farm, Mabe.", "address", "Lower Trenoweth Farm, Mabe"),
    ("Her uncle lives at Higher Bosullow, Morvah.", "address", "Higher Bosullow, Morvah"),
    ("new adress 14 primrose cres, scunthorpe dn15 7aa", "address", "14 primrose cres, scunthorpe"),
    ("ADDRESS: 22 BRAMBLE WAY, ALNWICK. TEL 0191 498 0222", "address", "22 BRAMBLE WAY, ALNWICK"),
    ("DOB 02/05/2014 on the referral, 02/05/2013 on the school roll.", "date_of_birth", "02/05/2013"),
    ("Her DOB is 2015-07-04 per the passport, 07/04/2015 per the GP.", "date_of_birth", "07/04/2015"),
    ("nanny joy says she will keep XXXX on fridays.", "name", "joy"),
    ("Baby Mercy was discharged home with mum.", "name", "Mercy"),
    ("Text from school: 'Hi Summer, XXXX was late again today.'", "name", "Summer"),
    ("mum's message: 'its jodie here, can u ring me'", "name", "jodie"),
    ("Mother: Karen Doyle (née Fairbrother).", "name", "Fairbrother"),
    ("MOTHER: ANNE PIKE (NEE COLLINS).", "name", "COLLINS"),
    ("SIBLINGS: LOGAN (11), ELLIE (8).", "name", "LOGAN"),
    ("her brother goes by 'gaz' on the estate", "name", "gaz"),
    ("Staff call her 'JJ' at the unit.", "name", "JJ"),
    ("the McAllisters and the O'Donnells were both at the party", "name", "O'Donnells"),
    ("A man known as Big Dog Mullen was seen with XXXX.", "name", "Big Dog Mullen"),
    ("Attendees: Mr K. Osei-Hall (head teacher) and the social worker.", "name", "Osei-Hall"),
    ("XXXX stayed at jodie's last night and mum did not know.", "name", "jodie"),
    ("visit by fc jan and the ssw on tues", "name", "jan"),
    ("gp is dr patel at the health centre", "name", "patel"),
    ("Her little sister, whom the family calls Bree, is 4.", "name", "Bree"),
    ("Ivy (paternal step-grandmother, 70) has her at weekends.", "name", "Ivy"),
]


ROUND11_NEAR_MISSES = [
    "The family have lived in Sparkhill, then Small Heath, then Aston.",
    "Camborne and Redruth are where the family's support network is.",
    "They went to Loch Lomond for the day.",
    "XXXX enjoyed Vaisakhi at the gurdwara and Flora Day with her class.",
    "XXXX calls her grandmother Ayeeyo and her mum Hooyo.",
    "The baby was seen by paeds and missed two appts.",
    "pol and edu were present at the strat.",
    "The lads went to watch Chelsea and wore a Chelsea shirt.",
    "XXXX wants to join the Aston Villa academy.",
    "The family came from Kraków in 2019.",
    "Llandeilo and Aberaeron are where the family have lived.",
    "The placement at Lower Kersal, Salford ended in June.",
    "The 3 SCHOOL ROAD meetings were cancelled.",
    "Hi all, the plan is attached.",
    "it's mad here today, ring me later",
    "EHCP (2) and CIN (3) were open.",
    "Brook Farm, Willow Lodge and Ash Court were the three options.",
    "However, Mill Lane, Formby was closed on the day.",
    "The review, Tuesday, Church Road, Bootle, was the venue.",
    "XXXX went to asda's and then to her dad's.",
]


@pytest.mark.parametrize("text,kind,value", ROUND11_FOUND)
def test_round_11_12_classes_are_found(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", ROUND11_NEAR_MISSES)
def test_round_11_12_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == []


def test_round_11_12_a_date_one_slip_from_a_birth_is_a_birth_only_as_a_record_of_it():
    # a year out or day and month swapped is a second record; an event on the birthday or the anniversary is not
    for text, births in (
        ("XXXX (DOB 03/04/2015) had her review on 03/04/2016.", ["03/04/2015"]),
        ("XXXX was born on 3/5/2023 and her first birthday party on 3/5/2024 was missed.", ["3/5/2023"]),
        ("dob 14/6/2013 per school; the conference on 14/6/2023 agreed a plan.", ["14/6/2013"]),
        ("DOB 01/02/2014 (school) or 02/01/2014 (GP) - unresolved.", ["01/02/2014", "02/01/2014"]),
        ("DOB 12/03/2016 and placed 12/03/2017 with carers.", ["12/03/2016"]),
        ("Date of birth 05/06/2011, and the EHCP was issued 06/05/2011.", ["05/06/2011"]),
    ):
        assert [v for k, v in kinds_and_texts(text) if k == "date_of_birth"] == births, text


# Round 13 (tune-r13-blind.yaml, i13b-001..: 223 details, measured unseen on 7d9a9a3: 0.981 (207/211) / 0.928
# (207/223)). Miss classes fixed as classes, each tested here with sentences unlike the set's own: initials that sign
# or attribute a case note (alone in brackets after the note's last sentence, after a team and a dash; in brackets
# after a role or a family word; in brackets after a visit or a call, alone or several; after "TC"/"call"/"text" "to"
# or "from"), with stops and a Scottish or Irish prefix ("S.McN.", "P.O'N"); nicknames in quotes listed after a name
# cue, with an initial and a hyphen ("'J-Bone'"); a social-media handle in quotes or after its platform; an initial
# and a surname; a surname unknown to the dictionary as the agent of a passive of proposing or signing; a second
# record of a date of birth given "and as" after "given as", or after a record keeper's verb past a semicolon; ten
# digits in any grouping as an NHS number. Look-alikes: weekday short forms ("Tues", "Weds"), the record's type after
# a time stamp ("10:10 Email received"), ordinary words and a place's head used as a setting ("shared with Willow
# Lodge"), legal instruments ("Notice", "Order", "Warning"). After: r13 1.000 (223/223) / 1.000 (223/223); whole
# tune 0.995 (3036/3051) / 0.990 (3010/3040) -> 0.996 (3052/3063) / 0.995 (3026/3040), no tune file worse.
ROUND13_FOUND = [
    ("10:15 Home visit, XXXX well, room tidy. (KB)", "name", "KB"),
    ("Visit completed; no concerns noted. (Duty - J.McG.)", "name", "J.McG."),
    ("Mum (T.O'R.) declined to engage.", "name", "T.O'R."),
    ("09:30 TC to PGM (R.K.) re weekend contact.", "name", "R.K."),
    ("13:00 Phone call (RB/MT) with school re attendance.", "name", "MT"),
    ("TC to NW re transport, she will confirm.", "name", "NW"),
    ("SW (KO) visited the flat with the HV.", "name", "KO"),
    ("Their sibling, known as 'Lil Tee' and 'Bugsy', was present.", "name", "Lil Tee"),
    ("An older boy, known on the estate as 'K-Dog', collects him.", "name", "K-Dog"),
    ("Insta handle @jaydenn_07 has been blocked by XXXX.", "name", "@jaydenn_07"),
    ("The flat is let to a K. Trebilcock, not to mum.", "name", "K. Trebilcock"),
    ("It was proposed by Dhaliwal that the meeting be moved.", "name", "Dhaliwal"),
    ("NHS number: 99940 15572.", "nhs_number", "99940 15572"),
    ("Her NHS no is 9 9 9 4 0 1 5 5 7 2.", "nhs_number", "9 9 9 4 0 1 5 5 7 2"),
    ("XXXX's DOB is 03/05/2012; the GP records 05/03/2012.", "date_of_birth", "05/03/2012"),
    ("Her date of birth is given as 01/01/2011 by the Home Office, and as 23/07/2010 by her aunt.", "date_of_birth", "23/07/2010"),
]


ROUND13_NEAR_MISSES = [
    "No further action. (PPU)",
    "Plan agreed at core group. (CIN)",
    "Outcome: NFA. (TM)",
    "Home visit (OT) completed.",
    "TC to EDT re out of hours.",
    "TC from GP re meds.",
    "Dad (MH) has been unwell.",
    "Referral received. (MASH)",
    "The plan was reviewed by Ofsted and funded by Sefton.",
    "The plan was recommended by CAMHS.",
    "Levels of vitamin D. Results were normal.",
    "XXXX scored a C. Teachers were pleased.",
    "Plan: visit Weds and Thurs, then Tues.",
    "16:00 Text from mum re contact. 16:10 Email sent to school.",
    "The meeting was held at Oak House and the plan was shared with Rose Court.",
    "XXXX stays at Beech Lodge respite unit on Fridays.",
    "An Occupation Order and a Non-Molestation Order are in place; a Child Abduction Warning Notice was served.",
    "Invoice ref 12345 67890 paid.",
    "DOB 03/05/2012 per school; the review on 10/05/2024 has it right.",
]


@pytest.mark.parametrize("text,kind,value", ROUND13_FOUND)
def test_round_13_classes_are_found(text, kind, value):
    assert (kind, value) in kinds_and_texts(text)


@pytest.mark.parametrize("text", ROUND13_NEAR_MISSES)
def test_round_13_near_misses_are_not_flagged(text):
    found = kinds_and_texts(text)
    assert [d for d in found if d[0] != "date_of_birth"] == [] and [v for k, v in found if k == "date_of_birth"] in ([], ["03/05/2012"]), found


def test_round_13_a_person_beside_a_place_head_is_still_a_name():
    # with whom, after a verb done to people: not a setting
    assert ("name", "Grace Lodge") in kinds_and_texts("XXXX was seen with Grace Lodge at the park.")


def test_round_13_a_record_type_is_no_initials():
    assert kinds_and_texts("TC to DC Harris re interview.") == [("name", "Harris")]


# Round 14 (tune-r14-blind.yaml, i14b-001..: 237 details, measured unseen on 1b3fb29: 0.946 (226/239) / 0.941
# (223/237)). Miss classes fixed as classes, each tested with sentences unlike the set's own: a table pasted as text
# (a date in a column under a DOB header is a date of birth, ISO dates too; the cell under a name header is a name,
# not a role word); a sender naming themselves at a quoted text's start ("'its Big Dee, ...'"), a quoted list after
# "names", a contact saved as a forename and a word; a police rank, collar number and surname as one span for every
# rank; a name with its own initials in brackets after it; a listed forename and surname set off by commas after a
# role (a surname that is a common or a place's word); a lower-case name as the complement of "is" after a word for a
# person; a baby's arrival or delivery as a birth. Look-alikes: a bare street where a B&B, a hostel or a mooring is
# (an address opens with a number or a house name, corpus README), firms by "& Co" and those listed with them,
# organisations by their last word ("Group", "Trust"), a court by its town, an illness named after someone ("has
# Crohn's"), a place that "is where" something happens, two capitalised words after "in", a boat's or van's name,
# police and court parties opening a sentence ("Suspect was bailed"). After: r14 1.000 (240/240) / 1.000 (237/237);
# whole tune 0.993 (3278/3302) / 0.991 (3249/3277) -> 0.997 (3292/3302) / 0.996 (3263/3277), no tune file worse.
ROUND14_FOUND = [
    ("Child | DOB | School / Kacey | 03/03/2014 | St Mary's / Jordan | 2016-11-20 | Oak Hill", "date_of_birth", "2016-11-20"),
    ("Child | DOB | School / Kacey | 03/03/2014 | St Mary's / Jordan | 2016-11-20 | Oak Hill", "name", "Jordan"),
    ("Name | Relation | D.O.B. / Paige Rowe | Aunt | 1980 / Kyan | Nephew | 11/12/2013", "date_of_birth", "11/12/2013"),
    ("The officer in the case was DS 0912 Amos.", "name", "DS 0912 Amos"),
    ("PCSO 7781 Grant and PC 3390 Wells attended.", "name", "PC 3390 Wells"),
    ("Nan (M.O.) and Kerry (K.O.) both attended.", "name", "Kerry"),
    ("Nan (M.O.) and Kerry (K.O.) both attended.", "name", "K.O."),
    ("The IRO, Carol Hall, agreed the plan.", "name", "Carol Hall"),
    ("Her letter says 'my best friend is kai he makes me laff'.", "name", "kai"),
    ("A message reads 'its Big Dee, ring me'.", "name", "Big Dee"),
    ("XXXX names 'Smokey' and 'Lil T' as the older boys.", "name", "Lil T"),
    ("The phone had a number saved as 'Dean Work'.", "name", "Dean"),
    ("Baby brother Ezra was delivered on 14/07/2024 by caesarean.", "date_of_birth", "14/07/2024"),
    ("The baby, Isla, arrived on 3/9/2024.", "date_of_birth", "3/9/2024"),
]

ROUND14_NEAR_MISSES = [
    "Date | Event | By / 03/10/2024 | Home visit | SW / 17/10/2024 | Core group | TM",
    "Name | Role | Notes / Mum | parent | engaged well",
    "The PC 2019 Annual Report is on file.",
    "Dad (SW) did not attend.",
    "The baby arrived on the ward at 10am.",
    "Another message says 'its Monday, I forgot'.",
    "The dog is called 'Sir Barkley' and the van was named 'Big Bertha'.",
    "Nan has Alzheimer's and grandad has Crohn's disease.",
    "Manchester is where Dad lives now.",
    "Pearson & Sons and Leigh Day act for the family.",
    "The Children's Society Trust ran the group.",
    "The case was listed at Luton Magistrates' Court.",
    "Mum met him at the Tesco in Milton Keynes.",
    "They stayed at the hostel on Hulme Road for a week.",
    "Suspect was bailed. Witness statements were taken.",
]


@pytest.mark.parametrize("text,kind,value", ROUND14_FOUND)
def test_round_14_classes_are_found(text, kind, value):
    found = kinds_and_texts(text)
    assert any(k == kind and (v == value or value in v) for k, v in found), found


@pytest.mark.parametrize("text", ROUND14_NEAR_MISSES)
def test_round_14_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == [], kinds_and_texts(text)


def test_round_14_a_street_with_a_number_near_a_b_and_b_is_still_an_address():
    assert ("address", "14 Station Road, Kettering") in kinds_and_texts("He lives at 14 Station Road, Kettering, near the B&B.")


def test_round_14_a_firm_is_dropped_but_its_solicitor_is_named():
    found = find_details("Mr Osei of Osei & Co rang the worker.")
    assert [(d.kind, d.start) for d in found] == [("name", 3)], found  # the solicitor, not the firm


def test_round_14_a_person_confided_in_is_still_a_name():
    assert ("name", "Sarah Jones") in kinds_and_texts("XXXX confided in Sarah Jones about the texts.")


def test_round_14_a_teacher_after_in_with_an_owner_s_is_still_a_name():
    found = kinds_and_texts("XXXX sits in Mrs Jones' class and in Mr Hughes's group.")
    assert [k for k, _ in found] == ["name", "name"], found


# -- round 15 (tune-r15-blind.yaml, measured unseen on 270dbaa: P 0.906, R 0.949): the classes fixed, in new words ---
ROUND15_FOUND = [
    # a listed forename after a family word used as a title, though the word lists hold it as a field's label
    ("Uncle Tel took XXXX fishing at half term.", "name", "Tel"),
    # a forename and surname in lower case in brackets after a name or a family word
    ("Visited grandad - grandad ron (ronald baker) says he can help.", "name", "ronald baker"),
    # a date of birth with a Welsh month, after "Dyddiad geni" or "Ganwyd", and a second record of it
    ("Dyddiad geni: 12 Hydref 2015; the GP letter has 12/10/2015.", "date_of_birth", "12 Hydref 2015"),
    ("Dyddiad geni: 12 Hydref 2015; the GP letter has 12/10/2015.", "date_of_birth", "12/10/2015"),
    ("Ganwyd ei brawd ar 3 Medi 2019 yn Aberystwyth.", "date_of_birth", "3 Medi 2019"),
    # a chronology row: the date, cells or a name in brackets, then "born"
    ("2021-02-14 | Event | Brother Reggie born at the Royal.", "date_of_birth", "2021-02-14"),
    ("Chronology: 1990-05-30 Dad (Lenny) born; 2014-01-01 moved to Leeds.", "date_of_birth", "1990-05-30"),
    # a listed forename then a surname with a Gaelic or Irish prefix, whatever the parse's tag
    ("Kirsty MacDonald from the school nursing team attended.", "name", "Kirsty MacDonald"),
    ("The wee one, Ciara O'Donnell, sits next to XXXX in class.", "name", "Ciara O'Donnell"),
    # the surname after a forename and a quoted nickname
    ("The uncle is Patrick 'Paddy' Quigley and he lives nearby.", "name", "Quigley"),
    # a sender naming themself in lower case at a quoted text's start
    ("The text read: 'its shazza, ring me when ur free'.", "name", "shazza"),
    # a quoted nickname in a list with names
    ("His mates are Tyler, 'Biscuit' and Reece from the estate.", "name", "Biscuit"),
]

ROUND15_NEAR_MISSES = [
    # a list whose other members are places, and the same word again
    "Whitehaven, Egremont and Cleator Moor all have a drop-in; XXXX uses the one in Egremont.",
    "Lancashire, Blackpool and Cumbria were all asked for their records.",
    # a list described as places or services
    "Alder Hey and Fazakerley were the two hospitals that saw him.",
    # words beside a Welsh article or joiner, and Welsh head words
    "The Urdd (Gwersyll yr Urdd) and Heddlu Gogledd Cymru were both told.",
    "The Cylch Meithrin (Mudiad Meithrin) offered a place.",
    # one capitalised word after "the" that modifies a thing
    "Dad works at the Vauxhall plant and Mum at the Hindu temple shop.",
    # a place after a dialect "up"/"down"/"round" of going or being known
    "He goes down Anfield with his uncle and is known round Kirkby as a good lad.",
    # an acronym with a lower-case tail
    "The SENCo and the ALNCo met the family.",
    # the header row of a table pasted as text
    "Household: Name | Rel | School / XXXX | child | Park Lane",
    # a forename's bare plural for a thing
    "He wants Jordans and a new phone for his birthday.",
    # a service named for those it serves; conditions listed with conditions
    "The Asian Women's Aid refuge took the referral.",
    "Perthes, Crohn's disease and asthma are on the health plan.",
    # a bare street "near" a place or where a named service building is
    "The last known address was somewhere near Ferry Road.",
    "The contact took place at Kirkby Library on Cherryfield Drive.",
    # a number under another system's name than the configured pattern
    "Her Mosaic ID was 771203 when she lived in Kent.",
]


@pytest.mark.parametrize("text,kind,value", ROUND15_FOUND)
def test_round_15_classes_are_found(text, kind, value):
    found = kinds_and_texts(text)
    assert any(k == kind and (v == value or value in v) for k, v in found), found


@pytest.mark.parametrize("text", ROUND15_NEAR_MISSES)
def test_round_15_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == [], kinds_and_texts(text)


def test_round_15_names_listed_with_a_place_are_still_names():
    # two people, one of whom the model tags a place; a list of people who tell someone something
    assert [k for k, _ in kinds_and_texts("Her son Patryk and neighbour lady Halina were present.")] == ["name", "name"]
    assert ("name", "Dakota") in kinds_and_texts("Autumn and Dakota told their teacher they were hungry.")
    # families by their surnames after "the", in a list
    found = kinds_and_texts("The Wards and the Lees share the plot.")
    assert [v for _, v in found] == ["Wards", "Lees"], found


def test_round_15_a_field_label_after_a_family_word_is_no_name():
    assert ("name", "Tel") not in kinds_and_texts("Uncle: Tel: 0161 496 0211")


def test_round_15_a_pattern_number_under_another_system_is_still_a_case_number():
    assert ("case_number", "LCS-2047713") in kinds_and_texts("The Mosaic ID was LCS-2047713 on the papers.")


def test_round_15_a_street_with_a_number_near_a_centre_is_still_an_address():
    assert ("address", "12 Cross Street") in [(k, v) for k, v in kinds_and_texts("She lives at 12 Cross Street near the Family Centre.")]


# -- round 16 (tune-r16-blind.yaml, measured unseen on ac10174: P 0.937, R 0.925): the classes fixed, in new words ---
ROUND16_FOUND = [
    # a scanned form's letter/digit slips: a letter O among figures, a 0 or a 1 in a word, an l in capitals
    ("Mum's mobile (scanned form): O7700 9OO 321, not yet checked.", "phone", "O7700 9OO 321"),
    ("Dad's DOB: 1O/O4/1988 per the scanned referral.", "date_of_birth", "1O/O4/1988"),
    ("CARER: MRS S0PHIE WARDLE (AUNT)", "name", "S0PHIE"),
    ("REFERRER: MR DAVlD OKONJO (GP)", "name", "DAVlD"),
    ("They moved to 3 Ho11y Road, Leeds, last spring.", "address", "3 Ho11y Road, Leeds"),
    # a date-of-birth cue as the subject, an aside between commas, then "is" and the date
    ("The father's date of birth, as confirmed by his solicitor, is 02/11/1990.", "date_of_birth", "02/11/1990"),
    # workers' initials joined by a slash, one pair spelling an acronym or a short word
    ("Joint visit (RB/DA) - house tidy, XXXX seen alone.", "name", "RB"),
    ("Joint visit (RB/DA) - house tidy, XXXX seen alone.", "name", "DA"),
    ("Nobody home; card left. (JM/AH)", "name", "AH"),
    # initials alone in brackets opening a note
    ("(RK) Mum rang to cancel the visit and asked for a new date.", "name", "RK"),
    # a sign-off with "Thanks," or "Cheers," and a forename that is also a word
    ("Will chase the GP tomorrow. Thanks, Blessing", "name", "Blessing"),
    # a bare team label after a person's name in brackets is their team, not what they are
    ("The school nurse (Paula Grieve, 5-19 service) came to the meeting.", "name", "Paula Grieve"),
    # a listed forename opening a sentence before a comma and a list of names
    ("Kayden, Mia and Ruby Price were all at the review.", "name", "Kayden"),
    # a nickname's adjective and an initial or a word, alone in quotes; in lower case listed after a name
    ("She is collected by 'Lil K' on Fridays, mum says.", "name", "Lil K"),
    ("XXXX said 'me and jayden and big kez went to the park'.", "name", "big kez"),
    # initials as the one whose statement or evidence it is
    ("The court read the evidence of J.T. in full before the hearing.", "name", "J.T."),
    # a street's two-letter short form in capitals
    ("ADDRESS: 7 HOLLINS LN, OTLEY", "address", "7 HOLLINS LN, OTLEY"),
]

ROUND16_NEAR_MISSES = [
    # one capitalised word after "the" closing its phrase after a place's preposition
    "Her foster carer takes her to the Roundhouse on Fridays.",
    # a place after "back to", "home to"
    "Dad moved back to Arbroath after the separation.",
    # someone's home by a possessive alone, then "in" a place
    "XXXX splits the week between her gran's in Stockton and her dad's in Redcar.",
    # animals named in a list after their plural
    "XXXX helps look after the ponies, Biscuit and Flint, at the farm.",
    # a name-like run after "the" modifying a place's or a service's noun
    "The case was passed to the Manor Top locality team.",
    # an ordinary capitalised word after a brand that is never a name
    "XXXX enjoys Lego Therapy with the ELSA.",
    # festivals; family words in Urdu/Punjabi
    "XXXX spends Hogmanay with his gran.",
    "She calls her aunt Khala and her uncle Mamu.",
    # a reference in another format than the configured record number
    "Case no. LV24C01233 is the court's own number.",
    "The referral ref 2024/11820 was closed without action.",
    # the scan-slip reading leaves a lower-case postcode district and ordinary words alone
    "Lives in the l20 area; Year 1 pupils; the A1 road; 10 Oct.",
    "Traffic from the M11 Road and the A1 Road was heavy.",
    # a service described with an article is still a service
    "XXXX was referred to Kooth, an online counselling service.",
]


@pytest.mark.parametrize("text,kind,value", ROUND16_FOUND)
def test_round_16_classes_are_found(text, kind, value):
    found = kinds_and_texts(text)
    assert any(k == kind and (v == value or value in v) for k, v in found), found


@pytest.mark.parametrize("text", ROUND16_NEAR_MISSES)
def test_round_16_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == [], kinds_and_texts(text)


def test_round_16_a_nurse_before_a_surname_that_is_a_word_is_still_named():
    assert ("name", "Begum") in kinds_and_texts("Nurse Begum and Dr Farooqi gave evidence.")


def test_round_16_a_scanned_number_that_the_configured_pattern_misses_is_no_case_number():
    assert kinds_and_texts("Record ref LCS 88O1234 (scan) is unreadable.") == []


def test_round_16_role_initials_joined_by_a_slash_stay_roles():
    assert kinds_and_texts("Joint visit (SW/HV) - no concerns.") == []


def test_round_16_a_bare_case_number_after_a_record_word_is_still_one():
    assert ("case_number", "448812") in kinds_and_texts("The case number 448812 was quoted.")


# Round 17: a blind set (tune-r17-blind.yaml, i17b-001..230, measured unseen on feab29c: 0.902 (220/244) / 0.935
# (215/230) without four phone transcripts on which the detector raised IndexError; the full file could not be
# scored) joined tune. The crash: a speaker's label read as a role cue ("SW: Is that ...") with no name after it left
# the acronym check of the relation cue with no tokens. Classes fixed: a street with no number or house name is no
# address (the corpus README; kept as no name either); transcripts (the first word of a turn, a heading before a
# colon, a name ending a turn); "our" before a name; police ranks written in full; a family by its plural surname in
# apposition to "family"; a quoted message's sign-off; "known to ... as"; a handle in quotes with no "@"; what a number
# is saved as; a name before a postposed honorific; lower-case names the dictionary does not know as a person's
# subject; a DOB cue with "for"/"of" before the aside, a second value with "as" left out, "on the system it is", an
# em dash in a chronology row, spoken dates after a DOB cue; look-alikes: family words in Urdu/Punjabi, Romani, Shona,
# festival greetings, holy books, an estate after "lives on", a service by its town ("Hull Royal"), a thing after a
# capitalised owner's "'s" ("Edinburgh's Award"), railway lines, clubs by their last word, "Cymru".
ROUND17_TRANSCRIPTS = [
    ("Call 10:32. SW: Is that Mrs Ó Súilleabháin? / Caller: It is, yes, Siobhán. I'm ringing about XXXX.",
     [("name", "Siobhán")]),
    ("Caller (GP receptionist): the doctor asked me to ring; he's worried about the baby's weight. / SW: I'll pass that "
     "on to the allocated worker today.", []),
    ("SW: And who's with you? / Mum: Just me and our Jade and the baby, at my mum's, 0161 496 0674.",
     [("name", "Jade"), ("phone", "0161 496 0674")]),
    ("Caller: It's Sergeant 1187 Baptiste from the MASH. / SW: Go ahead, sarge.", [("name", "Sergeant 1187 Baptiste")]),
]


@pytest.mark.parametrize("text,expected", ROUND17_TRANSCRIPTS)
def test_round_17_a_speaker_label_before_no_name_does_not_crash(text, expected):
    found = kinds_and_texts(text)
    for kind, value in expected:
        assert any(k == kind and value in v for k, v in found), found
    if not expected:
        assert found == [], found


def test_round_17_redact_on_a_phone_transcript_succeeds(tmp_path):
    from click.testing import CliRunner

    from auditlint.cli import main

    p = tmp_path / "call.md"
    p.write_text(
        "---\naudit_id: A-17\nchild_ref: XXXX\naudit_date: 2024-02-01\n---\n\n# Help, Protection and Stability\nGrade: Good\n\n"
        + ROUND17_TRANSCRIPTS[0][0] + "\n\n" + ROUND17_TRANSCRIPTS[1][0] + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["redact", str(p)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = (tmp_path / "call.redacted.md").read_text(encoding="utf-8")
    assert "Siobhán" not in out and "Súilleabháin" not in out and "[Name " in out
    assert "Caller (GP receptionist): the doctor asked me to ring" in out


ROUND17_FOUND = [
    # a name set off by a comma at the end of a turn of a call written as a transcript
    ("SW: Is Dad there? / Mum: No, he's out, sorry, Bronagh.", "name", "Bronagh"),
    # "our" before one of the family
    ("Nan said our Kacey has been good as gold.", "name", "Kacey"),
    ("She calls her 'our Shaz' when she is in a good mood.", "name", "Shaz"),
    # police ranks written in full, with or without a collar number
    ("It was Constable 4410 Pryce who attended.", "name", "Constable 4410 Pryce"),
    ("Detective Sergeant Okoro rang back.", "name", "Okoro"),
    # a family by its plural surname in apposition to "family"
    ("An Irish family, the Donnellys, live next door.", "name", "Donnellys"),
    # a quoted message signed at its end
    ("Text from nan: 'she has had her tea, all fine. Bozena'", "name", "Bozena"),
    # "known to ... as"
    ("She is known to the staff as Tiggy.", "name", "Tiggy"),
    # a handle in quotes without its "@"; what a number is saved as
    ("His Snapchat name 'dre.x_07' was in her contacts.", "name", "dre.x_07"),
    ("Her phone had him saved as 'Kezza 🔥'.", "name", "Kezza"),
    # a surname before a postposed honorific
    ("Mirza sahib is the family elder.", "name", "Mirza"),
    # a lower-case name the dictionary does not know, as the subject of what people do
    ("trevithick did not come to the core group.", "name", "trevithick"),
    # DOB cue with "for" and an aside; a second value with "as" left out; the record named before "it is"
    ("DOB for the middle child, Yusuf, is given as 3/3/2019 on the GP record and 13/3/2019 by school.", "date_of_birth", "3/3/2019"),
    ("DOB for the middle child, Yusuf, is given as 3/3/2019 on the GP record and 13/3/2019 by school.", "date_of_birth", "13/3/2019"),
    ("DOB on the referral is 2nd May 2012; on the health record it is 02/05/2013.", "date_of_birth", "02/05/2013"),
    # a chronology row with an em dash
    ("2021-04-18 — half-brother Kobe born at the RVI.", "date_of_birth", "2021-04-18"),
    # dates of birth said aloud
    ("SW: And his date of birth? / Dad: Fourth of July, two thousand and eleven.", "date_of_birth", "Fourth of July, two thousand and eleven"),
    ("Mum gave the DOB as 'the 3rd of the 9th, 2016'.", "date_of_birth", "3rd of the 9th, 2016"),
    # a street with a number is still an address
    ("Mum has moved to 14 Paradise Street, Bootle.", "address", "14 Paradise Street, Bootle"),
]

ROUND17_NEAR_MISSES = [
    # a speaker's label, then the first word said; a note's heading before a colon
    "SW: Can you spell that? / Caller: Yes.",
    "Update, 4 March: SW visits on Thursday.",
    # a street with no number or house name is no address (corpus README), with or without its town, and no name
    "Mum lives on Paradise Street with her sister.",
    "The takeaway on Granby Street is where he works.",
    "She stays with friends on Granby Street most weekends.",
    "Mother now lives on Linacre Lane with her sister.",
    "Dad moved to Paradise Street, Bootle, in May.",
    # "our" before what is ours
    "We talked about our Christmas plans and our Zoom call.",
    # family words in Urdu/Punjabi; festival greetings; holy books; an honoured role
    "XXXX lives with Ammi and Abbu in Sparkbrook.",
    "Text from Dad: 'Eid Mubarak to my princess'.",
    "XXXX reads her Bible at night.",
    "Maulana sahib at the mosque says XXXX attends.",
    # national bodies, railway lines, estates, services by their town, things after an owner's "'s"
    "The Cafcass Cymru guardian agreed.",
    "XXXX took the Victoria line home.",
    "XXXX grew up on Seacroft with her nan.",
    "Leeds General did the skeletal survey.",
    "He finished the Duke of Edinburgh's Award last year.",
    # an ordinary word ending a message; what a number is saved as in ordinary words; shorthand in lower case
    "Text from mum: 'running late, be there at 4. Thanks'",
    "Her number is saved as 'Work Phone' on his handset.",
    "the paeds said she was fine and sw attended.",
]


@pytest.mark.parametrize("text,kind,value", ROUND17_FOUND)
def test_round_17_classes_are_found(text, kind, value):
    found = kinds_and_texts(text)
    assert any(k == kind and (v == value or value in v) for k, v in found), found


@pytest.mark.parametrize("text", ROUND17_NEAR_MISSES)
def test_round_17_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == [], kinds_and_texts(text)


def test_round_17_a_house_name_before_a_street_is_still_an_address():
    assert ("address", "Rose Cottage, Mill Lane, Ormskirk") in kinds_and_texts("The family moved to Rose Cottage, Mill Lane, Ormskirk.")


# Round 18: a blind set (tune-r18-blind.yaml, i18b-001..240, measured unseen on 8c73be9 after round 17's fixes: 0.953
# (223/234) / 0.921 (221/240)) joined tune; two labels were corrected to the README (a possessive name opening the
# sentence, "Lennon's DOB", "Gaz's full name"). Classes fixed: a second record of a date of birth with its own record
# after it ("1/7/1995 on LCS and 7/1/1995 on the health record") or after a plural record's verb ("the papers give");
# Welsh ordinals "-ain"/"-il" in a Welsh date; a full name, then a date too old for a visit, set off by a comma; a
# forename the parse tagged alone before a surname in capitals; initials that sign a note or hand it over; a farm
# after "moved to"; a worker's lower-case name and initial in brackets after the role; a first name the parse tagged
# as an adverb, joined by "and" to a name; a family by plural surname that the model calls ORG; scanner slips (a
# date's first figure read as "l", "D0B", a capital O read as 0 opening a name, a street word with 1s for l's).
# Look-alikes: "Dear" opening a letter, an ordinary word opening a quote or a table cell as a subject, one word after
# "the" tagged a person ("loves the Urdd"), a team's plural nickname, a role after a name and a comma, the Eids by
# their Arabic names, Welsh valleys' words for grandparents.
ROUND18_FOUND = [
    ("Mum's DOB is 12/3/1990 on LCS and 3/12/1990 on the GP record.", "date_of_birth", "3/12/1990"),
    ("Born 04-09-2012 per the GP, but the school records give 09-04-2012.", "date_of_birth", "09-04-2012"),
    ("Dad (DOB 2il Ionawr 1988) was not seen.", "date_of_birth", "2il Ionawr 1988"),
    ("Nain's date of birth is 31ain Awst 1960.", "date_of_birth", "31ain Awst 1960"),
    ("The PNC printout names him as Stephen Maguire, 12/9/81.", "date_of_birth", "12/9/81"),
    ("Re: Kyle BRADSHAW, 14/02/2001, of Hull.", "name", "Kyle BRADSHAW"),
    ("Re: Kyle BRADSHAW, 14/02/2001, of Hull.", "date_of_birth", "14/02/2001"),
    ("The visit record is signed 'JM' and undated.", "name", "JM"),
    ("H/O from DL to RW re the PLO letter.", "name", "DL"),
    ("H/O from DL to RW re the PLO letter.", "name", "RW"),
    ("Dad moved to Lower Polglaze Farm, Fowey over the summer.", "address", "Lower Polglaze Farm, Fowey"),
    ("the IRO (sam t) chaired the review.", "name", "sam t"),
    ("XXXX talks about Dolly and Frankie every visit.", "name", "Dolly"),
    ("The family upstairs (the Mahmoods) called the police.", "name", "Mahmoods"),
    ("The scan reads 'D0B: l2/07/2O09'.", "date_of_birth", "l2/07/2O09"),
    ("Addressed to 'Mrs 0yelaran, 3 Hazel C1ose, Leeds'.", "address", "3 Hazel C1ose, Leeds"),
    ("Addressed to 'Mrs 0yelaran, 3 Hazel C1ose, Leeds'.", "name", "0yelaran"),
]

# dates that are no date of birth: a visit's after a worker's name, a meeting's after a name, a review's with its own
# place after a date of birth
ROUND18_NOT_DOB = [
    ("Seen by Jane Smith, 3/4/24.", "3/4/24"),
    ("The review chaired by Ann Lee, 4/5/2010, agreed the plan.", "4/5/2010"),
    ("Mum's DOB is 1/7/1995; the review was on 7/1/1995 at school.", "7/1/1995"),
    ("Mum's DOB is 1/7/1995 on LCS and the review was on 7/1/2024 at school.", "7/1/2024"),
]

ROUND18_NEAR_MISSES = [
    # roles and shorthand in a handover or signature line
    "H/O from SW to TM re the plan.",
    "The form was signed by the IRO.",
    # a moved-to town and its area
    "They moved to Manchester, Salford last year.",
    # a role in brackets with ordinary words
    "The SW (on leave) had 28 cases.",
    # a letter's greeting; an ordinary word opening a quote or a table cell
    "The housing letter says 'Dear Sir/Madam, your application is in Band B.'",
    "Minutes record 'Panel agreed the plan' and nothing more.",
    "Date | Event / 30/08/2024 | Referral received from school",
    # one word after "the" tagged a person; a team's plural nickname; a role after a sign-off's name
    "XXXX goes to the Urdd on Fridays.",
    "The Black Cats' academy coach wrote a reference.",
    # festivals and family words
    "Contact was cancelled over Eid al-Adha and Eid ul-Fitr.",
    "XXXX lives with her mam and Bampi in Treorchy.",
]


@pytest.mark.parametrize("text,kind,value", ROUND18_FOUND)
def test_round_18_classes_are_found(text, kind, value):
    found = kinds_and_texts(text)
    assert any(k == kind and (v == value or value in v) for k, v in found), found


@pytest.mark.parametrize("text", ROUND18_NEAR_MISSES)
def test_round_18_near_misses_are_not_flagged(text):
    assert kinds_and_texts(text) == [], kinds_and_texts(text)


@pytest.mark.parametrize("text,date", ROUND18_NOT_DOB)
def test_round_18_dates_that_are_no_date_of_birth(text, date):
    start = text.index(date)
    assert not any(d.kind == "date_of_birth" and d.start == start for d in find_details(text)), find_details(text)


def test_round_18_a_signed_off_name_keeps_its_role_out():
    found = kinds_and_texts("Letter signed 'Yours sincerely, Dr R. Chandrasekaran, Consultant Paediatrician'.")
    assert all("Consultant" not in v for _, v in found) and any("Chandrasekaran" in v for _, v in found), found


def test_phrase_scan_matches_as_the_whole_pattern():
    """``_PhraseScan.finditer`` tries the pattern only where a word that opens a phrase starts (and at a word that is
    not ASCII): the same matches as the whole pattern's ``finditer``."""
    import re

    from auditlint.identifying import _PhraseScan

    scan = _PhraseScan(
        ["social worker", "social care", "mum", "Team Manager", "the team"],
        lambda alt: r"(?<![\w])(?i:" + alt + r")(?:\s*,\s*|\s+)([A-Z][a-z]+)",
    )
    text = "Her social worker Aisha rang; Social Care Dawn and mum, Carys, met the team Manager Lee. Mum Kelly, café mum Zoë."
    want = [(m.span(), m.group(1)) for m in scan.full.finditer(text)]
    assert [(m.span(), m.group(1)) for m in scan.finditer(text)] == want
    assert [w for _, w in want] == ["Aisha", "Dawn", "Carys", "Manager", "Kelly", "Zo"]


def test_case_ignoring_alternation_matches_as_the_plain_one():
    """``_ci_alternation`` opens each group of phrases with a class of its first letter's cases: the class holds
    every character that letter matches when case is ignored, and the grouped alternation finds what
    ``(?i:<phrases>)`` finds, the same phrase preferred."""
    import re
    import sys

    from auditlint.identifying import _CASE_FOLDS, _ci_alternation, _phrase_parts

    letters = re.compile(r"(?i)[a-z]")
    folds: dict[str, str] = {}
    for ch in (chr(u) for u in range(128, sys.maxunicode + 1)):
        if letters.fullmatch(ch):  # (a character beyond ASCII that some ASCII letter matches, ignoring case)
            letter = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch("(?i)" + c, ch))
            folds[letter] = folds.get(letter, "") + ch
    assert folds == _CASE_FOLDS
    parts = _phrase_parts(["mum", "Mum's partner", "step-mum", "Social Worker", "sister", "SW", "Kinship carer", "nan", "x"])
    plain = re.compile(r"(?<![\w])(?i:" + "|".join(parts) + r")(?:\s+|,\s*)([A-Z]\w+)")
    grouped = re.compile(r"(?<![\w])" + _ci_alternation(parts) + r"(?:\s+|,\s*)([A-Z]\w+)")
    text = "MUM Kelly; mum's partner Dean, STEP-MUM Tia, social worker Aisha, sw Jo, Sister Mary, ſister Ann, KINSHIP carer Pat."
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 8  # ("ſister" too: a long s is an s when case is ignored)
    # a phrase that does not open with an ASCII letter: the plain alternation
    assert _ci_alternation(["\\&", "mum"]) == "(?i:\\&|mum)"


def test_phrase_scan_lookahead_at_words_beyond_ascii():
    """``_PhraseScan.lookahead_spans`` tries, where a word that is not ASCII starts, only the phrases whose first word
    is not ASCII (the whole pattern where a letter of the word folds to an ASCII one, the kelvin sign "K"): the same
    spans as the whole pattern's ``finditer``."""
    import re

    from auditlint.identifying import _PhraseScan

    build = lambda alt: r"(?<![\w])(?=((?:" + alt + r")(?![\w])))"  # noqa: E731
    scan = _PhraseScan(["Team Manager", "Siân's group", "Ysgol Gymraeg", "kinship"], build, re.IGNORECASE)
    text = "Zoë met the team manager; SIÂN'S GROUP ran; \u212aINSHIP care; Siân stayed; café ysgol gymraeg."
    want = [(m.start(1), m.end(1)) for m in scan.full.finditer(text)]
    assert scan.lookahead_spans(text) == want
    assert [text[a:b] for a, b in want] == ["team manager", "SIÂN'S GROUP", "\u212aINSHIP", "ysgol gymraeg"]
    ascii_only = _PhraseScan(["Team Manager"], build, re.IGNORECASE)  # no phrase beyond ASCII: nothing to try at "Zoë"
    assert ascii_only.lookahead_spans("Zoë, team manager") == [(5, 17)] and ascii_only._full is None


def test_token_shapes_sort_a_parse_once():
    """``_TokenShapes`` sorts a parse's tokens by the shapes the name tests open with, in the parse's order."""
    from auditlint.identifying import _parse, _TokenShapes

    doc = _parse("MARCUS and jean-luc met Ms Okafor-Lane (SW) on 3 May.")
    shapes = _TokenShapes(doc)
    assert [t.text for t in shapes.tokens] == [t.text for t in doc]
    assert [t.text for t in shapes.caps] == [t.text for t in doc if t.text[:1].isupper()]
    assert [t.text for t in shapes.lower] == [t.text for t in doc if t.text.islower()]
    assert [t.text for t in shapes.upper] == ["MARCUS", "SW"]
    assert [t.text for t in shapes.hyphens] == [t.text for t in doc if t.text == "-"] and shapes.hyphens
    assert shapes.by_start == {t.idx: t for t in doc}


def test_gate_starts_are_the_sorted_starts_of_the_gate_words():
    """``_gate_starts`` (the fast paths of the gated scans: no gate word, one gate word and no word beyond ASCII) gives
    where a gate word or a word beyond ASCII starts, ascending: what sorting every such start gives."""
    import re

    from auditlint.identifying import _gate_starts

    first = frozenset({"lives", "moved", "at"})
    texts = [
        "Nothing here opens a scan.",
        "She lives with nan and LIVES at weekends; Lives on.",
        "Zoë moved at Easter; Siân lives near the café.",
        "",
    ]
    for text in texts:
        want = sorted(m.start() for m in re.finditer(r"\w+", text) if m.group().lower() in first or not m.group().isascii())
        assert list(_gate_starts(first, text)) == want, text


@pytest.mark.parametrize(
    "text,expected",
    [
        # "b." and "turn" inside a word ("job.", "returned") are no cue: a date beside them is no date of birth
        ("Mum returned to her job. The review was held on 03/04/2024.", []),
        ("Mum returned to her job. XXXX's DOB is 03/04/2015.", ["03/04/2015"]),
        ("XXXX turns 9 on 03/04/2024, the day of the review.", ["03/04/2024"]),
        ("Sister, b. 5.6.17, returned to school.", ["5.6.17"]),
    ],
)
def test_dob_cues_are_read_as_words_not_inside_words(text, expected):
    assert [t for k, t in kinds_and_texts(text) if k == "date_of_birth"] == expected


# Session 21, the review's `_DOB_LOOSE_CUE` decision: an age in brackets before a date is itself a cue that the date
# may be a date of birth. The old gate let such a date through only when the text happened to hold "b." or "turn"
# inside some word ("job.", "return"); the same family line is now read either way.
@pytest.mark.parametrize("text", [
    "XXXX lives with mum and his older brother (half-brother aged 15, 2.3.2008) in a two-bedroom flat.",
    "XXXX lives with mum and his older brother (half-brother aged 15, 2.3.2008); mum has now returned to work.",
])
def test_an_age_in_brackets_before_a_date_makes_it_a_date_of_birth_whatever_else_the_text_holds(text):
    found = [(d.kind, text[d.start:d.end]) for d in find_details(text, kinds=("date_of_birth",))]
    assert ("date_of_birth", "2.3.2008") in found, found
