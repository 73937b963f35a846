/* Attribution shapes and the ways speaker resolution used to fail, each on
 * a paragraph written for the test: indirect and mixed quotations, colon
 * lead-ins, runs of quotations, surnames, pronouns and their antecedents,
 * roles apart from names, organisations, and German, French and Spanish. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

typedef struct extracted {
    frn_article *article;
    frn_quote_list *quotes;
} extracted;

static extracted extract(const char *text)
{
    extracted e;
    frn_ctx *ctx;

    e.article = frn_test_parse(text, strlen(text));
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, e.article, NULL, &e.quotes), FRN_OK);
    frn_ctx_free(ctx);
    return e;
}

static void release(extracted *e)
{
    frn_quote_list_free(e->quotes);
    frn_article_free(e->article);
}

/* The quotation whose text starts with prefix, or a test failure. */
static const frn_quote *quote_starting(const extracted *e, const char *prefix)
{
    for (size_t i = 0; i < frn_quote_list_get_count(e->quotes); i++) {
        const frn_quote *q = frn_quote_list_get_quote(e->quotes, i);
        if (strncmp(frn_quote_get_text(q, NULL), prefix, strlen(prefix)) == 0)
            return q;
    }
    ck_abort_msg("no quotation starting with: %s", prefix);
    return NULL;
}

static void assert_speaker(const frn_quote *q, const char *speaker)
{
    const char *got = frn_quote_get_speaker(q);

    ck_assert_msg(got && strcmp(got, speaker) == 0, "speaker %s, expected %s", got ? got : "(null)", speaker);
}

/* The mention and the cue of the quotation starting with prefix. */
static void assert_mention(const extracted *e, const char *prefix, const char *mention)
{
    ck_assert_str_eq(frn_quote_get_mention(quote_starting(e, prefix)), mention);
}

static void assert_cue(const extracted *e, const char *prefix, const char *cue)
{
    ck_assert_str_eq(frn_quote_get_cue(quote_starting(e, prefix)), cue);
}

/* No quotation's text holds these words. */
static void assert_no_quote_containing(const extracted *e, const char *words)
{
    for (size_t i = 0; i < frn_quote_list_get_count(e->quotes); i++)
        ck_assert_ptr_null(strstr(frn_quote_get_text(frn_quote_list_get_quote(e->quotes, i), NULL), words));
}

static void assert_quote(const extracted *e, const char *text, frn_quote_type type, const char *speaker)
{
    const frn_quote *q = quote_starting(e, text);

    ck_assert_str_eq(frn_quote_get_text(q, NULL), text);
    ck_assert_int_eq(frn_quote_get_type(q), type);
    if (speaker)
        assert_speaker(q, speaker);
    else
        ck_assert_ptr_null(frn_quote_get_speaker(q));
}

START_TEST(test_shape_said_that_clause)
{
    extracted e = extract("Plant closes\n\n"
                          "Mayor Jane Roe said that the plant would close by the end of the year.\n");

    assert_quote(&e, "the plant would close by the end of the year", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_cue(&e, "the plant", "said");
    ck_assert_uint_eq(frn_quote_get_quoted_count(quote_starting(&e, "the plant")), 0);
    release(&e);
}
END_TEST

/* "X wrote in a post that ...": "that" after the medium adjunct opens
 * the content, a report verb after an article there being a noun ("in a
 * note to clients that"). */
START_TEST(test_shape_that_after_the_medium)
{
    extracted e = extract("Merger\n\n"
                          "Analysts Jane Roe and John Hale wrote in a note to clients that the merger would fail.\n\n"
                          "Mayor Tom Baker wrote in a post that the vote was delayed.\n");

    assert_mention(&e, "the merger would fail", "Analysts Jane Roe and John Hale");
    ck_assert_str_eq(frn_quote_get_text(quote_starting(&e, "the merger"), NULL), "the merger would fail");
    assert_quote(&e, "the vote was delayed", FRN_QUOTE_INDIRECT, "Tom Baker");
    release(&e);
}
END_TEST

START_TEST(test_shape_speaker_before_several_appositions)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe, 56, who has led the water board for a decade, told reporters the plant would "
                          "close in May.\n\n"
                          "Tom Hale -- a union official who has worked at the plant since 1990 -- said the workers "
                          "would be offered new jobs.\n");

    assert_quote(&e, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_mention(&e, "the plant", "Jane Roe");
    assert_quote(&e, "the workers would be offered new jobs", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_second_clause_after_comma_and)
{
    extracted e = extract("Plant closes\n\n"
                          "The city council approved the plan on Monday, and local union leaders warned that the "
                          "workers would strike.\n");

    assert_mention(&e, "the workers would strike", "local union leaders");
    assert_cue(&e, "the workers would strike", "warned");
    release(&e);
}
END_TEST

START_TEST(test_shape_participle_reports_for_the_sentence_subject)
{
    extracted e = extract("Plant closes\n\n"
                          "The Springfield Water Board filed a complaint with the state, claiming that the plant had "
                          "broken the law.\n\n"
                          "Jane Roe chairs the board. \"We will not give up,\" Roe said, adding that the board "
                          "would appeal.\n\n"
                          "\"It is a sad day,\" Tom Hale said, adding he would appeal to the state.\n");

    assert_mention(&e, "the plant had broken the law", "The Springfield Water Board");
    assert_cue(&e, "the plant had broken the law", "claiming");
    assert_quote(&e, "the board would appeal", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_cue(&e, "the board would appeal", "adding");
    /* "adding he would": the participle's clause, not an inverted speaker. */
    assert_quote(&e, "he would appeal to the state", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

/* A participle after a comma goes on from the sentence's subject: never
 * the place just before the comma, and past the adjuncts that open the
 * sentence. */
START_TEST(test_shape_participle_skips_places_and_opening_adjuncts)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe spoke on Tuesday about the closure of the plant in Springfield, Ohio, arguing "
                          "that the state had failed the workers.\n\n"
                          "On Thursday, however, Tom Hale met the union leaders, saying the plant would reopen.\n\n"
                          "Chastened by the vote, as well as by complaints over the plan's high costs, Anna Berg "
                          "revised her plan, promising to cut the water rates.\n");

    assert_quote(&e, "the state had failed the workers", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "the plant would reopen", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_mention(&e, "the plant would reopen", "Tom Hale");
    assert_quote(&e, "to cut the water rates", FRN_QUOTE_INDIRECT, "Anna Berg");
    release(&e);
}
END_TEST

/* A verb in an adjunct opening the sentence reports up to the adjunct's
 * comma at most: the main clause after it has its own speaker. */
START_TEST(test_shape_verb_in_an_opening_adjunct_stops_at_its_comma)
{
    extracted e = extract("Plant closes\n\n"
                          "Back when she wrote her book, Jane Roe said that she considered debt a last resort.\n\n"
                          "In a message posted Friday, Tom Hale said he would appeal the ruling.\n");

    assert_quote(&e, "she considered debt a last resort", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_cue(&e, "she considered debt", "said");
    assert_quote(&e, "he would appeal the ruling", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_no_quote_containing(&e, "Jane Roe said");
    assert_no_quote_containing(&e, "Tom Hale said");
    release(&e);
}
END_TEST

/* Verbs of a manner of speaking attribute the quotation they follow,
 * and report nothing before a clause of their own. */
START_TEST(test_shape_manner_of_speaking_after_a_quotation)
{
    extracted e = extract("Plant closes\n\n"
                          "\"We will not give up,\" Jane Roe whispered.\n\n"
                          "Tom Hale conceded that the plant would close in May.\n\n"
                          "Anna Berg shrugged off the charge that the board had lied.\n");

    assert_quote(&e, "We will not give up,", FRN_QUOTE_DIRECT, "Jane Roe");
    assert_cue(&e, "We will not give up,", "whispered");
    assert_quote(&e, "the plant would close in May", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_cue(&e, "the plant would close", "conceded");
    assert_no_quote_containing(&e, "the board had lied");
    release(&e);
}
END_TEST

/* "that" before a name within a sentence is a complementiser, no part
 * of the mention. */
START_TEST(test_shape_mention_leaves_out_the_complementiser)
{
    extracted e = extract("Plant closes\n\n"
                          "It was clear on Monday that Jane Roe said the plant would close in May.\n");

    assert_quote(&e, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_mention(&e, "the plant would close", "Jane Roe");
    release(&e);
}
END_TEST

/* An indefinite pronoun opening a sentence ("Everything Roe says") is no
 * given name: the speaker stays "Roe". */
START_TEST(test_shape_indefinite_pronoun_begins_no_name)
{
    extracted e = extract("Plant closes\n\n"
                          "Everything Roe says is a lie unless proven otherwise.\n\n"
                          "Roe said the board would appeal the ruling.\n");

    assert_quote(&e, "the board would appeal the ruling", FRN_QUOTE_INDIRECT, "Roe");
    release(&e);
}
END_TEST

/* A participle in an adverbial clause ("In defending ...,") reports for
 * the subject of the main clause after its comma, not for "In". */
START_TEST(test_shape_adverbial_participle_reports_for_the_main_subject)
{
    extracted e = extract("Plant closes\n\n"
                          "In defending her record on water rates, Jane Roe offered a long list of projects.\n");

    assert_quote(&e, "her record on water rates", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_mention(&e, "her record", "Jane Roe");
    release(&e);
}
END_TEST

/* "that" before a verb is the reported clause's subject and stays in it;
 * before a subject it is the complementiser, left out. */
START_TEST(test_shape_that_as_the_reported_subject)
{
    extracted e = extract("Plant closes\n\n"
                          "Anna Berg said that was not true.\n\n"
                          "Tom Hale said that the plant would close.\n");

    assert_quote(&e, "that was not true", FRN_QUOTE_INDIRECT, "Anna Berg");
    assert_quote(&e, "the plant would close", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

/* A pronoun goes to a person: not to a country a comma follows ("the
 * United States,"), and a person named in the possessive is named without
 * it. */
START_TEST(test_shape_pronoun_skips_countries_and_possessives)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe's report came out on Monday.\n\n"
                          "\"We want the plant to stay in the United States,\" she said.\n");

    assert_quote(&e, "We want the plant to stay in the United States,", FRN_QUOTE_DIRECT, "Jane Roe");
    release(&e);
}
END_TEST

/* A given name of both sexes that English mostly gives to one tells that
 * one: "he" skips Hillary Hale for Bill Roe, "she" Bill Roe for Hillary
 * Hale. */
START_TEST(test_shape_mostly_one_sex_given_names)
{
    extracted e = extract("Plant closes\n\n"
                          "Bill Roe and Hillary Hale met the workers on Monday.\n\n"
                          "\"We will not give up,\" he said.\n\n"
                          "Hillary Hale and Bill Roe met the board on Tuesday.\n\n"
                          "\"We will win,\" she said.\n");

    assert_quote(&e, "We will not give up,", FRN_QUOTE_DIRECT, "Bill Roe");
    assert_quote(&e, "We will win,", FRN_QUOTE_DIRECT, "Hillary Hale");
    release(&e);
}
END_TEST

/* A colon lead-in before a quotation whose cue follows it is the
 * reporter's: the quotation alone is reported, once. */
START_TEST(test_shape_lead_in_before_a_quotation_is_not_reported)
{
    extracted e = extract("Plant closes\n\n"
                          "Criticism came from the union: \"This is a disgrace,\" said union leader Jane Roe.\n");

    assert_quote(&e, "This is a disgrace,", FRN_QUOTE_DIRECT, "Jane Roe");
    assert_no_quote_containing(&e, "Criticism came");
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 1);
    release(&e);
}
END_TEST

START_TEST(test_shape_speech_verb_and_that_without_a_subject)
{
    extracted e = extract("Plant closes\n\n"
                          "The families went to court in 2015, when the state wrongly stated that the water was safe "
                          "to drink.\n\n"
                          "The report, titled \"Safe Water,\" stated that the plant was unsafe.\n");

    /* The clause after a speech verb and its "that" is reported even when
     * no subject before the verb is read as a speaker. */
    assert_cue(&e, "the water was safe to drink", "stated");
    ck_assert_int_eq(frn_quote_get_type(quote_starting(&e, "the water was safe to drink")), FRN_QUOTE_INDIRECT);
    assert_cue(&e, "the plant was unsafe", "stated");
    release(&e);
}
END_TEST

START_TEST(test_shape_plural_noun_before_the_verb_is_no_cue)
{
    extracted e = extract("Campaign money\n\n"
                          "An analysis of newly filed reports shows donations to the campaign hit $1 million in "
                          "August.\n");

    /* "reports" is the subject's noun here, "shows" the verb. */
    assert_cue(&e, "donations to the campaign hit $1 million", "shows");
    assert_mention(&e, "donations to the campaign hit $1 million", "An analysis of newly filed reports");
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 1);
    release(&e);
}
END_TEST

START_TEST(test_shape_plural_noun_after_to_is_no_cue)
{
    extracted e = extract("Plant closes\n\n"
                          "The company was responding to calls that the plant is unsafe for its workers.\n");

    /* After "to" a verb has its plain form: "calls" is a noun here. */
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 0);
    release(&e);
}
END_TEST

START_TEST(test_shape_cue_in_an_opening_subordinate_clause)
{
    extracted e = extract("Plant closes\n\n"
                          "Although the mayor has admitted that the plant is old, she does not want it closed.\n\n"
                          "In a statement on Monday, the mayor said the plant was old, outdated and costly.\n");

    /* The main clause after the subordinate one is the reporter's; a cue
     * in the main clause reports to its end. */
    assert_cue(&e, "the plant is old", "admitted");
    ck_assert_str_eq(frn_quote_get_text(quote_starting(&e, "the plant is old"), NULL), "the plant is old");
    assert_mention(&e, "the plant is old", "the mayor");
    ck_assert_str_eq(frn_quote_get_text(quote_starting(&e, "the plant was old"), NULL),
                     "the plant was old, outdated and costly");
    release(&e);
}
END_TEST

START_TEST(test_shape_clause_then_speaker)
{
    extracted e = extract("Plant closes\n\n"
                          "The plant will close by the end of the year, Jane Roe said on Tuesday.\n\n"
                          "Workers will be offered new jobs, said Tom Hale, a union official.\n");

    assert_quote(&e, "The plant will close by the end of the year", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "Workers will be offered new jobs", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_told_and_according_to)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe told Reuters the plant would close in May.\n\n"
                          "According to the Springfield Chamber of Commerce, 400 jobs depend on it.\n\n"
                          "Sales fell by half last year, according to the company.\n");

    assert_quote(&e, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_cue(&e, "400 jobs", "According to");
    assert_mention(&e, "400 jobs", "the Springfield Chamber of Commerce");
    assert_cue(&e, "Sales fell", "according to");
    release(&e);
}
END_TEST

/* The one told in words of no list ("public radio") is no content. */
START_TEST(test_shape_told_someone_named_in_common_words)
{
    extracted e = extract("Strike grounds flights\n\n"
                          "Union leader Christine Behle rejected the offer.\n\n"
                          "The offer was too small to make up for rising prices, she told public radio on Monday.\n");

    assert_quote(&e, "The offer was too small to make up for rising prices", FRN_QUOTE_INDIRECT, "Christine Behle");
    assert_cue(&e, "The offer was too small", "told");
    assert_no_quote_containing(&e, "radio on Monday");
    release(&e);
}
END_TEST

/* A quotation in marks with no attribution, opening the sentence after a
 * reported one in its paragraph, is the same speaker's; in the next
 * paragraph it is not. */
START_TEST(test_shape_quotation_after_reported_speech_keeps_the_speaker)
{
    extracted e = extract("Strike grounds flights\n\n"
                          "Union leader Christine Behle rejected the offer. It was not enough to make up for rising "
                          "prices, she told Reuters. \xE2\x80\x9CWorkers have given up a lot in recent years.\xE2\x80\x9D\n\n"
                          "\xE2\x80\x9CNow it is our turn to choose.\xE2\x80\x9D\n");
    extracted de = extract("Streik bei der Bahn\n\n"
                           "Das Angebot reiche nicht aus, sagte Christine Behle dem Rundfunk. \xE2\x80\x9E" "Die "
                           "Besch\xC3\xA4" "ftigten haben in den vergangenen Jahren verzichtet.\xE2\x80\x9C\n");

    assert_quote(&e, "Workers have given up a lot in recent years.", FRN_QUOTE_DIRECT, "Christine Behle");
    assert_cue(&e, "Workers have given up a lot", "told");
    assert_quote(&e, "Now it is our turn to choose.", FRN_QUOTE_DIRECT, NULL);
    assert_speaker(quote_starting(&de, "Die Besch\xC3\xA4" "ftigten"), "Christine Behle");
    release(&e);
    release(&de);
}
END_TEST

/* "A friend of Smith, Jane Roe, said": the name between the commas holds
 * the role that the phrase before names with its place or its person;
 * "Jane Roe, of Dayton, Ohio, said": where she is from. */
START_TEST(test_shape_name_apposed_to_a_role_at_a_body)
{
    extracted e = extract("Deals\n\n"
                          "His former business partner at Lenox, Lawrence B. Cummings, called him a master at "
                          "bolting deals together.\n\n"
                          "A longtime friend of Smith, Jane Roe, said the deal would fail.\n\n"
                          "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for his country.\n\n"
                          "Tom Hale, 56, of Dayton, Ohio, said he would vote for the plan.\n");

    assert_quote(&e, "him a master at bolting deals together", FRN_QUOTE_INDIRECT, "Lawrence B. Cummings");
    assert_quote(&e, "the deal would fail", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "he had fought in Vietnam for his country", FRN_QUOTE_INDIRECT, "Johnnie Wilson");
    assert_quote(&e, "he would vote for the plan", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

/* A report verb before a word that may be a report verb too ("say
 * calls") is the cue; a plural noun before one ("reports shows") is not. */
START_TEST(test_shape_content_opening_with_a_report_word)
{
    extracted e = extract("Shelter\n\n"
                          "The shelter has drawn complaints.\n\n"
                          "Police say calls to the area have doubled over the past year.\n\n"
                          "Newly filed reports show the area has become unsafe at night.\n");

    assert_quote(&e, "calls to the area have doubled over the past year", FRN_QUOTE_INDIRECT, "Police");
    assert_cue(&e, "calls to the area", "say");
    assert_no_quote_containing(&e, "show the area");
    release(&e);
}
END_TEST

START_TEST(test_shape_adding_that_keeps_the_speaker)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe warned that costs had doubled, adding that the decision was final.\n");

    assert_quote(&e, "costs had doubled", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "the decision was final", FRN_QUOTE_INDIRECT, "Jane Roe");
    release(&e);
}
END_TEST

/* What follows '“...,” X said,' is no part of the direct quotation: a cue
 * of its own, or the reporter's words. */
START_TEST(test_shape_after_a_direct_quotation_and_its_cue)
{
    extracted e = extract("Plant closes\n\n"
                          "\"We will fight this,\" Jane Roe said, adding that the union would appeal.\n\n"
                          "\"It is over,\" Tom Hale said, and soon the crowd had gone home.\n");

    assert_quote(&e, "We will fight this,", FRN_QUOTE_DIRECT, "Jane Roe");
    assert_quote(&e, "the union would appeal", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "It is over,", FRN_QUOTE_DIRECT, "Tom Hale");
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 3);
    release(&e);
}
END_TEST

START_TEST(test_shape_that_before_a_quotation)
{
    extracted e = extract("Plant closes\n\n"
                          "Tom Hale told the crowd the plan was a mistake.\n\n"
                          "\"We will fight,\" Jane Roe said, adding that \"the union is ready for a long strike.\"\n\n"
                          "Ann Lee warned that, \"without the plant, this town has nothing left.\"\n");
    const frn_quote *lee = quote_starting(&e, "without the plant");

    assert_quote(&e, "the plan was a mistake", FRN_QUOTE_INDIRECT, "Tom Hale");
    /* All the content in marks, after "that": the reported clause, mixed. */
    assert_quote(&e, "\"the union is ready for a long strike.\"", FRN_QUOTE_MIXED, "Jane Roe");
    /* "that," with its comma: the quotation stands apart, direct. */
    ck_assert_int_eq(frn_quote_get_type(lee), FRN_QUOTE_DIRECT);
    assert_speaker(lee, "Ann Lee");
    release(&e);
}
END_TEST

START_TEST(test_shape_participle_introduces_a_quotation)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe spoke at the plant gates on Monday.\n\n"
                          "She defended the plan, saying, \"Nobody wants this, but the numbers leave us no choice.\"\n\n"
                          "Tom Hale said the plan would fail, adding: \"Nobody here will accept it.\"\n");

    assert_quote(&e, "Nobody wants this, but the numbers leave us no choice.", FRN_QUOTE_DIRECT, "Jane Roe");
    assert_quote(&e, "Nobody here will accept it.", FRN_QUOTE_DIRECT, "Tom Hale");
    /* Once, though both stages see the colon's quotation. */
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 3);
    release(&e);
}
END_TEST

START_TEST(test_shape_speech_act_object_ends_before_its_medium)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe called for a new vote on the closure in a statement on Thursday.\n\n"
                          "Tom Hale said the plant had been sold in a letter to the workers.\n\n"
                          "Ann Lee denounced the closure as a betrayal during a rally in July.\n\n"
                          "Bob Kerr rejected the union's offer on Monday, but talks went on.\n");

    assert_quote(&e, "a new vote on the closure", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "the closure as a betrayal", FRN_QUOTE_INDIRECT, "Ann Lee");
    assert_quote(&e, "the union's offer", FRN_QUOTE_INDIRECT, "Bob Kerr");
    /* After "said" the clause is what was said, adjunct and all. */
    assert_quote(&e, "the plant had been sold in a letter to the workers", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_mixed_covers_the_clause)
{
    const char *text = "Plant closes\n\n"
                       "Jane Roe said the closure was \xE2\x80\x9C" "a betrayal of this town\xE2\x80\x9D and unjust.\n";
    extracted e = extract(text);
    const frn_quote *q = quote_starting(&e, "the closure");
    frn_span quoted;

    ck_assert_int_eq(frn_quote_get_type(q), FRN_QUOTE_MIXED);
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 1);
    ck_assert_uint_eq(frn_quote_get_quoted_count(q), 1);
    quoted = frn_quote_get_quoted(q, 0);
    ck_assert_int_eq(memcmp(text + quoted.start, "a betrayal of this town", quoted.end - quoted.start), 0);
    ck_assert_uint_eq(quoted.end - quoted.start, strlen("a betrayal of this town"));
    assert_speaker(q, "Jane Roe");
    release(&e);
}
END_TEST

START_TEST(test_shape_no_report_without_a_reporting_verb)
{
    extracted e = extract("Plant closes\n\n"
                          "The United States imports steel. The claims of the company were rejected. "
                          "Jane Roe would not say whether the plant would close. Tom Hale did not "
                          "immediately say when it would reopen.\n");

    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 0);
    release(&e);
}
END_TEST

START_TEST(test_shape_passive_is_no_report_of_its_subject)
{
    extracted e = extract("Plant closes\n\n"
                          "The plan was endorsed by most of the council members last week. "
                          "The plant is expected to close before the end of the year.\n");

    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 0);
    release(&e);
}
END_TEST

START_TEST(test_shape_speech_act_with_its_object)
{
    extracted e = extract("Fireworks\n\n"
                          "Jane Roe called for a ban on the sale of fireworks in the city.\n\n"
                          "Tom Hale has criticized the council for its slow response to the fires.\n\n"
                          "Mary Hale called on the council to close the market.\n");

    assert_quote(&e, "a ban on the sale of fireworks in the city", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_cue(&e, "a ban", "called for");
    /* "called on" is the cue; the one called on starts the content. */
    assert_quote(&e, "the council to close the market", FRN_QUOTE_INDIRECT, "Mary Hale");
    assert_cue(&e, "the council to close", "called on");
    assert_quote(&e, "the council for its slow response to the fires", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_subordinate_clause_after_the_cue_is_the_reporters)
{
    extracted e = extract("Harbour dispute\n\n"
                          "Jane Roe said as much as she left the harbour office on Friday. "
                          "Tom Hale described the plan as a waste of public money. "
                          "Ann Lee said while the dredging is overdue, the town cannot pay for it.\n");

    /* "as much as she left": how much and when, not what she said; "as a waste":
     * the object's description. A main clause after the comma is said. */
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 2);
    assert_quote(&e, "the plan as a waste of public money", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_quote(&e, "while the dredging is overdue, the town cannot pay for it", FRN_QUOTE_INDIRECT, "Ann Lee");
    release(&e);
}
END_TEST

START_TEST(test_shape_participle_in_an_adverbial_clause_reports_to_its_comma)
{
    extracted e = extract("Budget vote\n\n"
                          "A week after calling for a new vote on the budget, Jane Roe left the council.\n");

    /* The main clause after the comma is the reporter's. */
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 1);
    ck_assert_str_eq(frn_quote_get_text(quote_starting(&e, "a new vote"), NULL), "a new vote on the budget");
    release(&e);
}
END_TEST

START_TEST(test_shape_speaker_described_by_common_nouns)
{
    extracted e = extract("Harbour works\n\n"
                          "\xE2\x80\x9CWe need a new pier,\xE2\x80\x9D the harbour master said, "
                          "arguing that the old one was unsafe.\n\n"
                          "At the meeting, a retired fisherman said the fish had gone.\n");

    /* No name, no role word: a determiner and plain nouns before the cue. */
    assert_mention(&e, "We need a new pier", "the harbour master");
    assert_mention(&e, "the old one was unsafe", "the harbour master");
    assert_mention(&e, "the fish had gone", "a retired fisherman");
    release(&e);
}
END_TEST

/* A subject of plain nouns with a modifier after a preposition that holds
 * an "and" ("experts on X and Y said"), opening the clause after a colon
 * ("Frustration with the port: local fishermen say ..."), or holding a
 * capitalised word that is a cue elsewhere ("the Coastal States survey"). */
START_TEST(test_shape_subject_with_a_modifier_or_after_a_colon)
{
    extracted e = extract("Harbour works\n\n"
                          "The harbour is quiet.\n\n"
                          "But experts on fishing and port safety said the old pier could collapse.\n\n"
                          "Frustration with the port: Local fishermen say the fees have doubled since May.\n\n"
                          "The Coastal States survey shows fees rising by a third.\n");

    assert_quote(&e, "the old pier could collapse", FRN_QUOTE_INDIRECT, NULL);
    assert_mention(&e, "the old pier could collapse", "experts on fishing and port safety");
    assert_mention(&e, "the fees have doubled since May", "Local fishermen");
    assert_mention(&e, "fees rising by a third", "The Coastal States survey");
    release(&e);
}
END_TEST

/* After an inverted cue, a few words after an article are the speaker
 * ("said the widow."), and a slash joins words in a speaker's phrase
 * ("said 9/11 widow Jane Roe"). */
START_TEST(test_shape_inverted_speaker_after_an_article_or_with_a_slash)
{
    extracted e = extract("Ruling\n\n"
                          "The court ruled on Friday.\n\n"
                          "\xE2\x80\x9C" "A state cannot purge its rolls this way,\xE2\x80\x9D said the ruling.\n\n"
                          "\xE2\x80\x9CThe rationales do not hold weight,\xE2\x80\x9D said 9/11 widow Jane Roe.\n");

    assert_mention(&e, "A state cannot purge its rolls this way,", "the ruling");
    assert_quote(&e, "The rationales do not hold weight,", FRN_QUOTE_DIRECT, "Jane Roe");
    release(&e);
}
END_TEST

/* A second verb joined by "but" after an adverb starts a report of its
 * own ("agreed but also contended that"), and shares the subject of the
 * first, plain nouns after a possessive too ("His ex-wife agreed, but"). */
START_TEST(test_shape_coordinated_cue_after_an_adverb_and_a_plain_subject)
{
    extracted e = extract("Divorce files\n\n"
                          "The court ruled on Friday.\n\n"
                          "Jane Roe agreed but also contended that the files should stay closed.\n\n"
                          "His ex-wife agreed, but also argued that the judge had erred.\n");

    assert_quote(&e, "the files should stay closed", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_no_quote_containing(&e, "but also contended");
    assert_mention(&e, "the judge had erred", "His ex-wife");
    release(&e);
}
END_TEST

/* Words before a verb that are no subject are left out of the mention: a
 * subordinator ("although few experts said"), an adverb after "and"
 * ("and promptly voted": the sentence's subject), a subordinator alone
 * ("After saying": no speaker); "His family" stays a noun. */
START_TEST(test_shape_subordinators_and_adverbs_are_no_subject)
{
    extracted e = extract("Crime bill\n\n"
                          "The court ruled.\n\n"
                          "Tom Scott arrived in Congress in 1993 and promptly voted against the crime bill of the president.\n\n"
                          "The talks went on, although few experts said a deal was likely.\n\n"
                          "After saying her right foot was so swollen she was whisked off to the hospital.\n\n"
                          "His family said the police had lied about the shooting.\n");

    assert_mention(&e, "the crime bill of the president", "Tom Scott");
    assert_mention(&e, "a deal was likely", "few experts");
    ck_assert_ptr_null(frn_quote_get_mention(quote_starting(&e, "her right foot was so swollen")));
    assert_mention(&e, "the police had lied", "His family");
    release(&e);
}
END_TEST

/* A compound joined by hyphens is one word of a described speaker ("the
 * 34-year-old mother of three replied"), and a cue word inside one is no
 * verb ("the so-called movement"). */
START_TEST(test_shape_hyphenated_compounds)
{
    extracted e = extract("Paid leave\n\n"
                          "The plan was published.\n\n"
                          "Asked why, the 34-year-old mother of three replied, "
                          "\"It is meant to benefit all families.\"\n\n"
                          "But in recent months, the so-called school choice movement has faced more pushback.\n");

    assert_mention(&e, "It is meant to benefit all families.", "the 34-year-old mother of three");
    assert_no_quote_containing(&e, "school choice movement");
    release(&e);
}
END_TEST

START_TEST(test_shape_praise_and_charges)
{
    extracted e = extract("Harbour works\n\n"
                          "Jane Roe charges that the council hid the costs. "
                          "Tom Hale lauded the crews for their quick work. "
                          "Ann Lee characterized the delay as a scandal. "
                          "The storm charges the air with static.\n");

    /* "charges" reports only before "that": the storm's is no speech. */
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 3);
    assert_quote(&e, "the council hid the costs", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "the crews for their quick work", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_quote(&e, "the delay as a scandal", FRN_QUOTE_INDIRECT, "Ann Lee");
    release(&e);
}
END_TEST

START_TEST(test_shape_speaking_of_reports_speaking_at_does_not)
{
    extracted e = extract("Harbour works\n\n"
                          "Ann Lee spoke of a long winter for the harbour. "
                          "Jane Roe spoke at the plant gates on Monday. "
                          "Tom Hale talked about the costs of the new pier.\n");

    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 2);
    assert_quote(&e, "a long winter for the harbour", FRN_QUOTE_INDIRECT, "Ann Lee");
    assert_cue(&e, "a long winter", "spoke of");
    assert_quote(&e, "the costs of the new pier", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_cue_of_a_direct_quotation_reports_nothing_else)
{
    extracted e = extract("Plant closes\n\n"
                          "In an interview with the Springfield Times on Monday, Jane Roe said, "
                          "\xE2\x80\x9CWe will rebuild the plant.\xE2\x80\x9D\n\n"
                          "\xE2\x80\x9CIt will take a year,\xE2\x80\x9D Tom Hale said on "
                          "\xE2\x80\x9CMorning Talk.\xE2\x80\x9D\n");

    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 2);
    assert_quote(&e, "We will rebuild the plant.", FRN_QUOTE_DIRECT, "Jane Roe");
    assert_quote(&e, "It will take a year,", FRN_QUOTE_DIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_reported_clause_ends_where_the_reporter_goes_on)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe said the plant would close in May, which surprised the workers.\n\n"
                          "Tom Hale said the union would appeal, but the company said the decision was final.\n\n"
                          "Ann Lee said the town would recover, sending a letter to every household.\n\n"
                          "Bob Kerr said the plant had been losing money for years, but would not say how much.\n");

    assert_quote(&e, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "the union would appeal", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_quote(&e, "the decision was final", FRN_QUOTE_INDIRECT, NULL);
    assert_quote(&e, "the town would recover", FRN_QUOTE_INDIRECT, "Ann Lee");
    /* The same subject goes on: still the reported clause. */
    assert_quote(&e, "the plant had been losing money for years, but would not say how much", FRN_QUOTE_INDIRECT,
                 "Bob Kerr");
    release(&e);
}
END_TEST

START_TEST(test_shape_reported_clause_goes_on_through_examples)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe said the plant would cut many jobs, including most of the night shift.\n\n"
                          "Tom Hale said the town would recover, sending a letter to every household.\n");

    assert_quote(&e, "the plant would cut many jobs, including most of the night shift", FRN_QUOTE_INDIRECT,
                 "Jane Roe");
    assert_quote(&e, "the town would recover", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

/* After ", and" a new subject goes on with what was said, unless a cue of
 * its own follows; after ", but" it is the reporter's. */
START_TEST(test_shape_reported_clause_goes_on_after_and)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe said the plant would close in May, and the workers would get six months' pay.\n\n"
                          "Tom Hale said the union would appeal, and the company said the decision was final.\n");

    assert_quote(&e, "the plant would close in May, and the workers would get six months' pay", FRN_QUOTE_INDIRECT,
                 "Jane Roe");
    assert_quote(&e, "the union would appeal", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_quote(&e, "the decision was final", FRN_QUOTE_INDIRECT, NULL);
    release(&e);
}
END_TEST

START_TEST(test_shape_attribution_inside_the_reported_clause)
{
    extracted e = extract("Plant closes\n\n"
                          "The plant, Jane Roe said on Monday, would close by the end of the year.\n\n"
                          "On Monday, Tom Hale said, the union voted to appeal the decision.\n");
    const frn_quote *q = quote_starting(&e, "The plant");
    const char *text = "Plant closes\n\nThe plant, Jane Roe said on Monday, would close by the end of the year.";
    frn_span head = frn_quote_get_fragment(q, 0), rest = frn_quote_get_fragment(q, 1);

    ck_assert_uint_eq(frn_quote_get_fragment_count(q), 2);
    ck_assert_uint_eq(head.start, strlen("Plant closes\n\n"));
    ck_assert_uint_eq(head.end, strlen("Plant closes\n\nThe plant"));
    ck_assert_uint_eq(rest.start, strlen("Plant closes\n\nThe plant, Jane Roe said on Monday, "));
    ck_assert_uint_eq(rest.end, strlen(text) - 1);
    assert_speaker(q, "Jane Roe");
    /* An adjunct opening the sentence is the reporter's, not the speaker's. */
    assert_quote(&e, "the union voted to appeal the decision", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

/* A relative clause after the speaker's name describes the name; it does
 * not split a reported clause as "The plant, Jane Roe said, would close"
 * does, so the name is no content of the clause's verb. */
START_TEST(test_shape_relative_clause_after_the_speaker)
{
    extracted e = extract("Budget\n\n"
                          "Councilman Tom Reyes, who voted against the plan, said it relied on optimistic "
                          "revenue estimates.\n");

    assert_quote(&e, "it relied on optimistic revenue estimates", FRN_QUOTE_INDIRECT, "Tom Reyes");
    assert_no_quote_containing(&e, "Councilman");
    release(&e);
}
END_TEST

/* "CLAUSE, utility officials said": words in lower case before the
 * subject's noun describe it, and such a described noun is not the one
 * named before ("Duke officials"). */
START_TEST(test_shape_described_subject_after_the_clause)
{
    extracted e = extract("Storm\n\n"
                          "Crews were out all night, Duke officials said.\n\n"
                          "More than 200,000 customers lost power Sunday, federal health officials said.\n");

    assert_quote(&e, "Crews were out all night", FRN_QUOTE_INDIRECT, "Duke");
    assert_mention(&e, "More than 200,000", "federal health officials");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "More than 200,000")));
    release(&e);
}
END_TEST

START_TEST(test_shape_adverb_or_time_between_speaker_and_cue)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe on Wednesday called on the council to keep the plant open.\n\n"
                          "Tom Hale sharply criticized the decision to close the plant.\n");

    assert_quote(&e, "the council to keep the plant open", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_mention(&e, "the council to keep", "Jane Roe");
    assert_quote(&e, "the decision to close the plant", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_day_after_the_cue)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe said Friday that the plant would close in May.\n\n"
                          "Tom Hale said Tuesday the union would appeal the decision.\n\n"
                          "Ann Lee said on Thursday the town would sue.\n");

    assert_quote(&e, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&e, "the union would appeal the decision", FRN_QUOTE_INDIRECT, "Tom Hale");
    assert_quote(&e, "the town would sue", FRN_QUOTE_INDIRECT, "Ann Lee");
    release(&e);
}
END_TEST

START_TEST(test_shape_polls_and_studies_show_without_that)
{
    extracted e = extract("Plant closes\n\n"
                          "A new poll shows most residents oppose the closure.\n\n"
                          "One study by the county found the town would lose 900 jobs.\n\n"
                          "Police found a gun in the car.\n");

    assert_quote(&e, "most residents oppose the closure", FRN_QUOTE_INDIRECT, NULL);
    assert_quote(&e, "the town would lose 900 jobs", FRN_QUOTE_INDIRECT, NULL);
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 2);
    release(&e);
}
END_TEST

START_TEST(test_shape_inverted_speaker_with_a_long_apposition)
{
    extracted e = extract("Plant closes\n\n"
                          "The plant will close in May, said Jane Roe, a senior official with the agency that "
                          "oversees the site.\n\n"
                          "The talks failed on Monday, and the workers went home early, said one union official.\n");

    assert_quote(&e, "The plant will close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    /* A clause joined by "and" between commas is no apposition of a speaker. */
    assert_quote(&e, "The talks failed on Monday, and the workers went home early", FRN_QUOTE_INDIRECT, NULL);
    assert_mention(&e, "The talks", "one union official");
    release(&e);
}
END_TEST

START_TEST(test_shape_subjects_beyond_a_name)
{
    extracted e = extract("Plant closes\n\n"
                          "The union hired Jane Roe, who said the plant had been sold in secret.\n\n"
                          "A survey of five hundred local families found that rents would rise.\n\n"
                          "Tom Hale did expect the council to act before the spring.\n");

    assert_quote(&e, "the plant had been sold in secret", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_mention(&e, "the plant had", "who");
    assert_quote(&e, "rents would rise", FRN_QUOTE_INDIRECT, NULL);
    assert_mention(&e, "rents", "A survey of five hundred local families");
    assert_quote(&e, "the council to act before the spring", FRN_QUOTE_INDIRECT, "Tom Hale");
    release(&e);
}
END_TEST

START_TEST(test_shape_trailing_speakers_with_titles_initials_and_appositions)
{
    extracted e = extract("Plant closes\n\n"
                          "\"We will reopen the plant next year,\" Mr. Hale said.\n\n"
                          "\"The town deserves better than this,\" Jane Q. Roe, a member of the council, said on Monday.\n\n"
                          "\"Nobody asked the workers,\" Sen. Ann Lee (D-Ill.) said.\n\n"
                          "Said Tom Kerr: \"We were never told about the sale.\"\n");

    assert_quote(&e, "We will reopen the plant next year,", FRN_QUOTE_DIRECT, "Hale");
    assert_mention(&e, "We will reopen", "Mr. Hale");
    assert_quote(&e, "The town deserves better than this,", FRN_QUOTE_DIRECT, "Jane Q. Roe");
    assert_quote(&e, "Nobody asked the workers,", FRN_QUOTE_DIRECT, "Ann Lee");
    assert_quote(&e, "We were never told about the sale.", FRN_QUOTE_DIRECT, "Tom Kerr");
    assert_cue(&e, "We were never", "Said");
    release(&e);
}
END_TEST

START_TEST(test_shape_quotation_opening_a_reported_sentence_is_mixed)
{
    extracted e = extract("Plant closes\n\n"
                          "\"A betrayal\" is how the closure looks to the workers, Jane Roe said.\n");
    const frn_quote *q = quote_starting(&e, "\"A betrayal\" is how");

    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 1);
    ck_assert_int_eq(frn_quote_get_type(q), FRN_QUOTE_MIXED);
    ck_assert_uint_eq(frn_quote_get_quoted_count(q), 1);
    assert_speaker(q, "Jane Roe");
    release(&e);
}
END_TEST

START_TEST(test_shape_transcripts_dashes_and_unnamed_sources)
{
    extracted e = extract("Town hall\n\n"
                          "The mayor, Jane Roe, took questions from Tom Hale of the Springfield Times.\n\n"
                          "\"HALE: Will the plant close before the end of the year?\n\n"
                          "\"ROE: We are doing all we can to keep it open until then.\"\n\n"
                          "\xE2\x80\x9CThis town deserves better than empty promises.\xE2\x80\x9D \xE2\x80\x95 Ann Lee\n\n"
                          "\"Nobody here believes the council any more,\" said one union official at the meeting.\n");

    assert_quote(&e, "Will the plant close before the end of the year?", FRN_QUOTE_DIRECT, "Tom Hale");
    assert_mention(&e, "Will the plant", "HALE");
    assert_quote(&e, "We are doing all we can to keep it open until then.", FRN_QUOTE_DIRECT, "Jane Roe");
    assert_quote(&e, "This town deserves better than empty promises.", FRN_QUOTE_DIRECT, "Ann Lee");
    assert_mention(&e, "Nobody here", "one union official");
    release(&e);
}
END_TEST

START_TEST(test_failure_quotation_after_a_mixed_one_keeps_its_speaker)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe said the closure was \"a betrayal of this town,\" she said. \"We will fight it.\"\n");

    assert_speaker(quote_starting(&e, "We will fight it."), "Jane Roe");
    release(&e);
}
END_TEST

START_TEST(test_shape_headlines)
{
    extracted said = extract("Jane Roe Says the Plant Will Close by May\n\n"
                             "The plant in Springfield employs four hundred people.\n");
    extracted colon = extract("Roe: Springfield Plant Will Close by May\n\n"
                              "The plant that Jane Roe runs in Springfield employs four hundred people.\n");
    extracted noun = extract("Backlash on Plans To Close the Springfield Plant\n\n"
                             "The plant in Springfield employs four hundred people.\n");

    assert_quote(&said, "the Plant Will Close by May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&colon, "Springfield Plant Will Close by May", FRN_QUOTE_INDIRECT, "Jane Roe");
    ck_assert_uint_eq(frn_quote_list_get_count(noun.quotes), 0);
    release(&said);
    release(&colon);
    release(&noun);
}
END_TEST

START_TEST(test_failure_surname_expands_to_the_person_introduced)
{
    extracted e = extract("Plant closes\n\n"
                          "Jane Roe runs the plant. \"We tried everything to keep it open,\" Roe said.\n");

    assert_speaker(quote_starting(&e, "We tried everything"), "Jane Roe");
    release(&e);
}
END_TEST

START_TEST(test_failure_he_is_never_a_place_or_the_wrong_gender)
{
    extracted e = extract("Plant closes\n\n"
                          "Mary Hale spoke to Tom Baker at the Maple Grove cafe on Elm Street.\n\n"
                          "\"It is a sad day for all of us here,\" he said.\n\n"
                          "\"We will rebuild what we have lost,\" she said.\n");

    assert_speaker(quote_starting(&e, "It is a sad day"), "Tom Baker");
    assert_speaker(quote_starting(&e, "We will rebuild"), "Mary Hale");
    release(&e);
}
END_TEST

/* A preposition opening a sentence ("Unlike Patriot, ...") is no given
 * name: "Unlike Patriot" is no person for "he" to be. */
START_TEST(test_failure_opening_preposition_is_not_part_of_a_name)
{
    extracted e = extract("Mine plan\n\n"
                          "Tom Clarke bought the mine in May.\n\n"
                          "Unlike Patriot, the company has money. He said the mine would stay open.\n");

    assert_quote(&e, "the mine would stay open", FRN_QUOTE_INDIRECT, "Tom Clarke");
    release(&e);
}
END_TEST

/* A pronoun after a quotation means a person the reporter named, not one
 * the quoted words name: "He concluded" is Baker's, though the
 * quotation before it named John Smith last. */
START_TEST(test_failure_pronoun_skips_people_named_inside_quotations)
{
    extracted e = extract("Radio show\n\n"
                          "Tom Baker spoke on his show on Monday.\n\n"
                          "Baker continued: \xE2\x80\x9CJohn Smith is such a liar, the left says.\xE2\x80\x9D\n\n"
                          "He concluded: \xE2\x80\x9CThe person who cannot tell the truth is someone else.\xE2\x80\x9D\n");

    assert_quote(&e, "The person who cannot tell the truth is someone else.", FRN_QUOTE_DIRECT, "Tom Baker");
    release(&e);
}
END_TEST

/* A pronoun in a later sentence means the subject of a speech act there
 * rather than the person it names last ("Tom Baker told Mark Hale ...
 * “...,” he said": Baker). */
START_TEST(test_failure_pronoun_prefers_the_subject_of_the_sentence_before)
{
    extracted e = extract("Meeting\n\n"
                          "The board met on Monday.\n\n"
                          "Tom Baker told Mark Hale about the plan on Monday.\n\n"
                          "\xE2\x80\x9CIt was a fine day for the town,\xE2\x80\x9D he said.\n");

    assert_speaker(quote_starting(&e, "It was a fine day"), "Tom Baker");
    release(&e);
}
END_TEST

/* A place is no person, though a given name is one of its words: a run
 * made from a place's name ("Kent County Republican headquarters"), a
 * state's name that a comma follows ("led by West Virginia, will"). */
START_TEST(test_failure_a_place_is_no_person)
{
    extracted county = extract("Rally\n\n"
                               "Tom Baker spoke at the Kent County Republican headquarters.\n\n"
                               "He said the crowd was huge.\n");
    extracted state = extract("Coal\n\n"
                              "Tom Clarke runs the mine.\n\n"
                              "He is hoping that states, led by West Virginia, will pay.\n\n"
                              "\"Coal is not the villain,\" he said.\n");

    assert_quote(&county, "the crowd was huge", FRN_QUOTE_INDIRECT, "Tom Baker");
    assert_quote(&state, "Coal is not the villain,", FRN_QUOTE_DIRECT, "Tom Clarke");
    release(&county);
    release(&state);
}
END_TEST

/* "the company" is the organisation named last, but "the police union",
 * whose own word tells it apart, is only one named before with that noun:
 * else nobody, not the council named last. */
START_TEST(test_failure_organisation_with_its_own_modifier)
{
    extracted e = extract("Budget\n\n"
                          "The Springfield City Council approved the budget on Monday.\n\n"
                          "The police union said the cuts to overtime would put residents at risk. "
                          "The council said the budget was balanced.\n");

    assert_mention(&e, "the cuts to overtime", "The police union");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "the cuts to overtime")));
    assert_speaker(quote_starting(&e, "the budget was balanced"), "Springfield City Council");
    release(&e);
}
END_TEST

/* A name between two roles says where the second is held: in "former
 * U.N. secretary general Kofi Annan" the U.N. is no person "former"
 * marks, so "she" is the woman named before, not the U.N. */
START_TEST(test_failure_name_before_a_role_is_where_it_is_held)
{
    extracted e = extract("Talks in Geneva\n\n"
                          "Jane Roe met former U.N. secretary general Kofi Annan in Geneva.\n\n"
                          "\xE2\x80\x9CWe agreed on a plan,\xE2\x80\x9D she said.\n");

    assert_speaker(quote_starting(&e, "We agreed"), "Jane Roe");
    release(&e);
}
END_TEST

/* A mention ending in an abbreviation ("Boeing Co.", "Roberts Jr.") is
 * the name without the abbreviation's full stop, which the words of the
 * name do not include. */
START_TEST(test_failure_mention_ending_in_an_abbreviation)
{
    extracted e = extract("Jets\n\n"
                          "Boeing Co. said Tuesday it would slow production of its jets.\n\n"
                          "Chief Justice John G. Roberts Jr. said the court would hear the case in the spring.\n");

    assert_quote(&e, "it would slow production of its jets", FRN_QUOTE_INDIRECT, "Boeing Co");
    assert_quote(&e, "the court would hear the case in the spring", FRN_QUOTE_INDIRECT, "John G. Roberts Jr");
    release(&e);
}
END_TEST

/* A person named by a given name alone, as a speech verb's subject, is
 * the one of that name introduced in full ("Melanie" for Melanie Austin),
 * else a person of that name, whom "she" then means; a city with a given
 * name's spelling is no person ("In Charlotte, ..."). */
START_TEST(test_failure_given_name_alone_names_a_person)
{
    extracted full = extract("Debate night\n\n"
                             "Melanie Austin watched the debate at home.\n\n"
                             "\xE2\x80\x9CI would,\xE2\x80\x9D Melanie said to the TV.\n\n"
                             "\xE2\x80\x9CIt is finished,\xE2\x80\x9D she said.\n");
    extracted alone = extract("Debate night\n\n"
                              "Jane Roe wrote this story.\n\n"
                              "\xE2\x80\x9CI would,\xE2\x80\x9D Melanie said to the TV.\n\n"
                              "In Charlotte, the crowd was quiet. \xE2\x80\x9CIt is finished,\xE2\x80\x9D she said.\n");

    assert_speaker(quote_starting(&full, "I would"), "Melanie Austin");
    assert_speaker(quote_starting(&full, "It is finished"), "Melanie Austin");
    assert_speaker(quote_starting(&alone, "I would"), "Melanie");
    assert_speaker(quote_starting(&alone, "It is finished"), "Melanie");
    release(&full);
    release(&alone);
}
END_TEST

/* The commonest given names that the Moby lists lack ("Donald", "Walter")
 * still make a person of their full name. */
START_TEST(test_failure_common_given_names_missing_from_moby_are_known)
{
    extracted e = extract("Rally\n\n"
                          "Donald Trump spoke in Michigan on Friday.\n\n"
                          "He said the crowd was huge.\n");

    assert_quote(&e, "the crowd was huge", FRN_QUOTE_INDIRECT, "Donald Trump");
    release(&e);
}
END_TEST

START_TEST(test_failure_role_is_kept_apart_from_the_name)
{
    extracted e = extract("Rally at city hall\n\nHundreds of people gathered outside city hall on Saturday morning.\n\n"
                          "\"We expect thousands of people to join us,\" Organizer Jane Roe said.\n");
    const frn_quote *q = quote_starting(&e, "We expect thousands");

    assert_speaker(q, "Jane Roe");
    ck_assert_str_eq(frn_quote_get_speaker_role(q), "Organizer");
    release(&e);
}
END_TEST

/* A quotation printed over several paragraphs, each opening with the
 * same mark and only the last closing one, is one quotation of several
 * fragments, attributed before it or after its last piece. A paragraph
 * that names a speaker of its own, opens with another mark or opens a
 * transcript's line starts a quotation of its own. */
START_TEST(test_shape_quotation_over_several_paragraphs)
{
    extracted e = extract("Storm hits coast\n\n"
                          "A storm hit the coast on Monday.\n\n"
                          "Governor Maura Healey spoke to reporters in Boston:\n\n"
                          "\xE2\x80\x9CWe are asking everyone to stay off the roads. Crews are working.\n\n"
                          "\xE2\x80\x9CWe will get through this together.\xE2\x80\x9D\n\n"
                          "\xE2\x80\x9CThe shelters are open. Bring water.\n\n"
                          "\xE2\x80\x9C" "And check on your neighbours,\xE2\x80\x9D said Paul Burke, the fire chief.\n\n"
                          "\xE2\x80\x9CIt was a long night,\xE2\x80\x9D Healey said. \xE2\x80\x9CMany lost power.\n\n"
                          "\xE2\x80\x9CThe tide is the worry now,\xE2\x80\x9D said Anna Marsh, a forecaster.\n\n"
                          "\"The roads are closed.\n\n"
                          "\xE2\x80\x9CStay home,\xE2\x80\x9D Burke said.\n\n"
                          "More rain is expected on Tuesday across the region.\n");
    const frn_quote *roads = quote_starting(&e, "We are asking everyone");
    const frn_quote *shelters = quote_starting(&e, "The shelters are open");

    ck_assert_uint_eq(frn_quote_get_fragment_count(roads), 2);
    ck_assert_str_eq(frn_quote_get_text(roads, NULL),
                     "We are asking everyone to stay off the roads. Crews are working. "
                     "We will get through this together.");
    assert_speaker(roads, "Maura Healey");
    ck_assert_uint_eq(frn_quote_get_fragment_count(shelters), 2);
    assert_speaker(shelters, "Paul Burke");
    /* Healey's "Many lost power." runs on, but the next paragraph is Anna Marsh's. */
    assert_speaker(quote_starting(&e, "The tide is the worry"), "Anna Marsh");
    ck_assert_uint_eq(frn_quote_get_fragment_count(quote_starting(&e, "Stay home")), 1);
    release(&e);

    /* The speaker carries on past the paragraphs of a quotation; a split
     * quotation goes on too; a mixed quotation's open phrase does not. */
    e = extract("Harbour plan\n\n"
                "The city council met on Tuesday evening to discuss the harbour.\n\n"
                "Mayor Jane Smith said: \xE2\x80\x9CWe will rebuild the harbour within two years.\n\n"
                "\xE2\x80\x9CThe money is already in the budget for this year.\xE2\x80\x9D\n\n"
                "\xE2\x80\x9CNobody will lose a job because of the works.\xE2\x80\x9D\n\n"
                "\xE2\x80\x9CIt is late,\xE2\x80\x9D said Tom Baker, \xE2\x80\x9C" "but it is welcome.\n\n"
                "\xE2\x80\x9CWe waited long enough.\xE2\x80\x9D\n\n"
                "Anna Marsh said the plan was \xE2\x80\x9C" "a disaster for the fishermen.\n\n"
                "\xE2\x80\x9CWe will keep fighting,\xE2\x80\x9D she added.\n\n"
                "The council will vote on the plan next week, officials said.\n");
    assert_speaker(quote_starting(&e, "Nobody will lose"), "Jane Smith");
    ck_assert_uint_eq(frn_quote_get_fragment_count(quote_starting(&e, "It is late")), 3);
    assert_speaker(quote_starting(&e, "It is late"), "Tom Baker");
    ck_assert_uint_eq(frn_quote_get_fragment_count(quote_starting(&e, "We will keep fighting")), 1);
    assert_speaker(quote_starting(&e, "We will keep fighting"), "Anna Marsh");
    release(&e);
}
END_TEST

/* A role after the definite article whose holder the article never
 * named points back to the person named last ("the senator", "die
 * SPD-Politikerin"); with words of its own ("the Vermont senator") or an
 * indefinite article ("a senator") it may be someone new, and a
 * spokesperson is always someone else, in a compound too ("der
 * Bahnsprecher"). A role that tells a gender ("die Ministerin") means the
 * last person who may have it. */
START_TEST(test_failure_bare_definite_role_means_the_last_person)
{
    extracted en = extract("Budget fight\n\n"
                           "Jane Roe spoke on Monday in Concord.\n\n"
                           "The senator said the plan would cut taxes.\n\n"
                           "The Vermont senator said the vote would be close.\n\n"
                           "A senator said the talks had failed.\n\n"
                           "The spokesman said the office was closed.\n");
    extracted de = extract("Rente\n\n"
                           "\xE2\x80\x9EWir halten das Niveau\xE2\x80\x9C, sagte B\xC3\xA4rbel Bas.\n\n"
                           "Die SPD-Politikerin betonte, man werde niemanden zur\xC3\xBC" "cklassen.\n\n"
                           "Die Stra\xC3\x9F" "e bleibe gesperrt, sagte der Bahnsprecher.\n\n"
                           "\xE2\x80\x9E" "Das ist falsch\xE2\x80\x9C, sagte Finanzminister Lars Klingbeil.\n\n"
                           "Die Ministerin stellte klar, dass die Renten sicher seien.\n");

    assert_speaker(quote_starting(&en, "the plan would cut taxes"), "Jane Roe");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&en, "the vote would be close")));
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&en, "the talks had failed")));
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&en, "the office was closed")));
    assert_speaker(quote_starting(&de, "man werde niemanden"), "B\xC3\xA4rbel Bas");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&de, "Die Stra\xC3\x9F" "e bleibe gesperrt")));
    /* "Ministerin" is a woman: not Lars Klingbeil, named last. */
    assert_speaker(quote_starting(&de, "die Renten sicher seien"), "B\xC3\xA4rbel Bas");
    release(&en);
    release(&de);
}
END_TEST

/* Verbs of several words report what follows them as one verb does:
 * "geht davon aus, dass", "zeigte sich zuversichtlich, dass", "sind der
 * Meinung, dass"; their first word alone does not ("geht ins Büro"). */
START_TEST(test_language_german_report_phrases)
{
    extracted e = extract("Haushalt\n\n"
                          "Der Bundestag ber\xC3\xA4t \xC3\xBC" "ber den Haushalt.\n\n"
                          "Die Opposition geht davon aus, dass weitere K\xC3\xBCrzungen n\xC3\xB6tig sind. "
                          "Finanzminister Lars Klingbeil zeigte sich zuversichtlich, dass der Haushalt "
                          "rechtzeitig beschlossen wird. Die Gr\xC3\xBCnen sind der Meinung, dass mehr "
                          "investiert werden m\xC3\xBCsse.\n\n"
                          "Der Minister geht danach ins B\xC3\xBCro, weil er die Zahlen pr\xC3\xBC" "fen will.\n");

    assert_quote(&e, "weitere K\xC3\xBCrzungen n\xC3\xB6tig sind", FRN_QUOTE_INDIRECT, "Opposition");
    assert_cue(&e, "weitere K\xC3\xBCrzungen", "geht davon aus");
    assert_quote(&e, "der Haushalt rechtzeitig beschlossen wird", FRN_QUOTE_INDIRECT, "Lars Klingbeil");
    assert_cue(&e, "der Haushalt rechtzeitig", "zeigte sich zuversichtlich");
    assert_cue(&e, "mehr investiert", "sind der Meinung");
    assert_no_quote_containing(&e, "ins B\xC3\xBCro");
    assert_no_quote_containing(&e, "die Zahlen");
    release(&e);
}
END_TEST

/* An aside between dashes stands between the speaker and the cue as an
 * apposition between commas does ("--" or "—", commas inside it), before
 * the quotation or after it, and may close an apposition a comma opened. */
START_TEST(test_failure_dash_aside_before_the_cue)
{
    extracted e = extract("Bridge talks\n\n"
                          "John Dickey -- the chief executive of the company, which owns the ferry -- told "
                          "reporters, \"We are a content provider and nothing else.\"\n\n"
                          "Jane Roe, the mayor of Springfield \xE2\x80\x94 a town that has voted against the plan "
                          "twice \xE2\x80\x94 said, \"We will not pay for this bridge.\"\n\n"
                          "\"The ferry will keep running,\" Tom Hale \xE2\x80\x94 who has run it for a decade, "
                          "like his father before him \xE2\x80\x94 said on Monday.\n\n"
                          "On Tuesday, Ann Bell -- the harbour master -- said, \"The boats will wait for the tide.\"\n");

    assert_quote(&e, "We are a content provider and nothing else.", FRN_QUOTE_DIRECT, "John Dickey");
    assert_cue(&e, "We are a content", "told");
    assert_quote(&e, "We will not pay for this bridge.", FRN_QUOTE_DIRECT, "Jane Roe");
    ck_assert_str_eq(frn_quote_get_speaker_role(quote_starting(&e, "We will not pay")), "mayor");
    assert_quote(&e, "The ferry will keep running,", FRN_QUOTE_DIRECT, "Tom Hale");
    /* The comma after an opening adjunct opens no apposition. */
    assert_quote(&e, "The boats will wait for the tide.", FRN_QUOTE_DIRECT, "Ann Bell");
    assert_mention(&e, "The boats will wait", "Ann Bell");
    release(&e);
}
END_TEST

/* A role apposed after the name ("said Jane Roe, a spokeswoman for the
 * bank,", "Hugh Hill, a former Obama administration official, said") is
 * kept apart, from its first role word to its last. */
START_TEST(test_failure_role_apposed_after_the_name)
{
    extracted e = extract("Merger talks\n\n"
                          "Two banks are in talks to merge.\n\n"
                          "\"We do not comment on rumours,\" said Jane Roe, a spokeswoman for the bank, in an email.\n\n"
                          "Hugh Hill, a former Obama administration official who now runs a consultancy, said the "
                          "deal would face scrutiny.\n");
    const frn_quote *rumours = quote_starting(&e, "We do not comment");
    const frn_quote *deal = quote_starting(&e, "the deal would");

    assert_speaker(rumours, "Jane Roe");
    ck_assert_str_eq(frn_quote_get_speaker_role(rumours), "spokeswoman");
    assert_speaker(deal, "Hugh Hill");
    ck_assert_str_eq(frn_quote_get_speaker_role(deal), "former Obama administration official");
    release(&e);
}
END_TEST

/* A role set off by commas before the name of who holds it: the name is
 * the speaker, the role stays apart, whichever side of the cue they
 * stand; a role inside the reported clause is none of the speaker's. */
START_TEST(test_failure_role_before_an_apposed_name_gives_the_name)
{
    extracted e = extract("Rail line delayed\n\n"
                          "The new rail line will open two years late, the operator said on Monday.\n\n"
                          "\"This is a scandal,\" said the city's mayor, Thomas Brandt.\n\n"
                          "The spokeswoman for the transport ministry, Julia Hoffmann, said the ministry was "
                          "reviewing the figures.\n\n"
                          "The delay will hurt the region's biggest employer, Brandt said.\n");
    const frn_quote *scandal = quote_starting(&e, "This is a scandal");
    const frn_quote *review = quote_starting(&e, "the ministry was reviewing");
    const frn_quote *delay = quote_starting(&e, "The delay will hurt");

    assert_speaker(scandal, "Thomas Brandt");
    ck_assert_str_eq(frn_quote_get_speaker_role(scandal), "mayor");
    assert_speaker(review, "Julia Hoffmann");
    ck_assert_str_eq(frn_quote_get_speaker_role(review), "spokeswoman");
    assert_speaker(delay, "Thomas Brandt");
    ck_assert_ptr_null(frn_quote_get_speaker_role(delay));
    release(&e);
}
END_TEST

/* A word before a given name and a surname describes the person
 * ("Geologist"), a possessive says whose ("NBC's"): the name is the rest.
 * A person's name before "of" ends there; the name of a paper whose words
 * include a given name ("New York Times") stays whole. */
START_TEST(test_failure_words_around_a_name_are_not_the_name)
{
    extracted e = extract("Rail line delayed\n\n"
                          "The new rail line will open two years late, the operator said on Monday.\n\n"
                          "Geologist Martin Krause said the problems could be solved. "
                          "\"The route cuts through valuable habitats,\" said Peter Lang of the Nature Conservation "
                          "Union.\n\n"
                          "NBC's Lester Holt said the debate would go ahead. "
                          "The New York Times reported that the talks had failed.\n");
    const frn_quote *krause = quote_starting(&e, "the problems could");

    assert_speaker(krause, "Martin Krause");
    ck_assert_str_eq(frn_quote_get_speaker_role(krause), "Geologist");
    assert_speaker(quote_starting(&e, "The route cuts"), "Peter Lang");
    assert_speaker(quote_starting(&e, "the debate would"), "Lester Holt");
    ck_assert_ptr_null(frn_quote_get_speaker_role(quote_starting(&e, "the debate would")));
    assert_speaker(quote_starting(&e, "the talks had failed"), "New York Times");
    release(&e);
}
END_TEST

/* A place or a phrase in an adjunct between the subject and the cue is
 * not the speaker ("Smith in Washington said", "ein Sprecher auf Anfrage
 * erklärte"), and a surname that is also a common word stays the surname
 * after a given name ("Stephan Weil": "weil" is "because"). */
START_TEST(test_failure_adjunct_before_the_cue_and_surnames_that_are_words)
{
    extracted en = extract("Trade talks\n\n"
                           "The two governments met on Monday to discuss the new tariffs.\n\n"
                           "Trade Secretary Jane Roe in Washington said the talks would go on.\n");
    extracted de = extract("Stellenabbau\n\n"
                           "Der Konzern will rund 5000 Stellen streichen. Die Gewerkschaft reagierte emp\xC3\xB6rt.\n\n"
                           "Ministerpr\xC3\xA4sident Stephan Weil betonte, das Land stehe an der Seite der "
                           "Besch\xC3\xA4" "ftigten. Wie ein Regierungssprecher auf Anfrage erkl\xC3\xA4rte, will "
                           "die Regierung noch in dieser Woche mit der Konzernspitze sprechen.\n");

    assert_quote(&en, "the talks would go on", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&de, "das Land stehe an der Seite der Besch\xC3\xA4" "ftigten", FRN_QUOTE_INDIRECT,
                 "Stephan Weil");
    assert_mention(&de, "will die Regierung", "ein Regierungssprecher");
    release(&en);
    release(&de);
}
END_TEST

/* "X thinks CLAUSE: “...”": the colon before the quotation ends the
 * reported clause, and the quotation's words are in one quotation only. */
START_TEST(test_shape_colon_before_a_quotation_ends_the_reported_clause)
{
    extracted e = extract("Rail line delayed\n\n"
                          "The new rail line will open two years late, the operator said on Monday.\n\n"
                          "Martin Krause believes the problems can be solved: \"With modern technology this can be "
                          "managed.\"\n");

    assert_quote(&e, "the problems can be solved", FRN_QUOTE_INDIRECT, "Martin Krause");
    assert_quote(&e, "With modern technology this can be managed.", FRN_QUOTE_DIRECT, "Martin Krause");
    release(&e);
}
END_TEST

START_TEST(test_failure_colon_lead_in_gives_the_speaker)
{
    extracted e = extract("Rally at city hall\n\nHundreds of people gathered outside city hall on Saturday morning.\n\n"
                          "At the end of the meeting, Jane Roe told the crowd:\n\n"
                          "\"We will be back next week, and there will be more of us.\"\n");

    assert_speaker(quote_starting(&e, "We will be back"), "Jane Roe");
    ck_assert_uint_eq(frn_quote_list_get_count(e.quotes), 1);
    release(&e);
}
END_TEST

/* A colon lead-in with no cue names the speaker as its subject, after an
 * opening adjunct or adverb; a sentence with an aside set off by dashes
 * names no one so. German as English. */
START_TEST(test_failure_colon_lead_in_without_a_cue_gives_its_subject)
{
    extracted en = extract("Rally at city hall\n\nHundreds of people gathered outside city hall on Saturday.\n\n"
                           "Jane Roe had a simple message for the crowd: \"We will win this fight.\"\n\n"
                           "On Sunday, Tom Hale was more careful: \"We will see what the council does.\"\n\n"
                           "If the council listens -- and it rarely does -- we would all ask: \"Why did it take so "
                           "long?\"\n");
    extracted de = extract("Streit um den Hafen\n\n"
                           "Die Stadt plant einen neuen Hafen. Die Kosten sind hoch.\n\n"
                           "Auch B\xC3\xBCrgermeisterin Anna Schmidt zeigte sich zuversichtlich: "
                           "\xE2\x80\x9EWir schaffen das.\xE2\x80\x9C\n");

    assert_speaker(quote_starting(&en, "We will win"), "Jane Roe");
    assert_speaker(quote_starting(&en, "We will see"), "Tom Hale");
    ck_assert_ptr_null(frn_quote_get_mention(quote_starting(&en, "Why did it take")));
    assert_speaker(quote_starting(&de, "Wir schaffen das."), "Anna Schmidt");
    release(&en);
    release(&de);
}
END_TEST

START_TEST(test_failure_second_of_a_run_inherits_and_only_then)
{
    extracted e = extract("Rally at city hall\n\nHundreds of people gathered outside city hall on Saturday morning.\n\n"
                          "\"We will be back next week,\" Jane Roe said.\n\n"
                          "\"And there will be more of us than ever before.\"\n\n"
                          "The crowd left at noon.\n\n"
                          "\"Nobody knows what the council will do about this plan.\"\n");

    assert_speaker(quote_starting(&e, "And there will be more"), "Jane Roe");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "Nobody knows")));
    release(&e);
}
END_TEST

START_TEST(test_failure_the_department_is_not_the_outlet)
{
    extracted e = extract("Water warning\n\n"
                          "The Springfield Health Department issued a warning, the Springfield Times reported.\n\n"
                          "The department said that tap water should be boiled before use.\n");

    assert_speaker(quote_starting(&e, "tap water"), "Springfield Health Department");
    release(&e);
}
END_TEST

/* And the other way round: "the journal", "the newspaper" is an outlet,
 * never the company the article is about; with no outlet named, nobody. */
START_TEST(test_failure_the_journal_is_not_the_company)
{
    extracted e = extract("Diet advice\n\n"
                          "The chief executive of Ora Media said the show was popular.\n\n"
                          "More than half of the advice is wrong, according to the journal.\n\n"
                          "The company said the advice was sound.\n");

    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "More than half")));
    assert_mention(&e, "More than half", "the journal");
    assert_speaker(quote_starting(&e, "the advice was sound"), "Ora Media");
    release(&e);
}
END_TEST

/* A cue's or a role's word written with a capital inside an
 * organisation's name is the name's: "the State Department said" has its
 * cue in "said", and "the Justice Department" has no role "Justice". */
START_TEST(test_failure_cue_and_role_words_inside_an_organisation_name)
{
    extracted e = extract("Contract review\n\n"
                          "The contract was signed in May.\n\n"
                          "\"We are reviewing it,\" a spokeswoman for the State Department said.\n\n"
                          "The Justice Department said it would appeal the ruling.\n");
    const frn_quote *justice = quote_starting(&e, "it would appeal");

    assert_quote(&e, "We are reviewing it,", FRN_QUOTE_DIRECT, "State Department");
    assert_mention(&e, "We are reviewing", "a spokeswoman for the State Department");
    assert_cue(&e, "We are reviewing", "said");
    assert_speaker(justice, "Justice Department");
    ck_assert_ptr_null(frn_quote_get_speaker_role(justice));
    release(&e);
}
END_TEST

/* A single word no list knows, not plural-looking, opening the sentence
 * before a cue is a name even when the article never writes it inside a
 * sentence ("Microsoft said ..."), but no known organisation, since a
 * surname looks the same: "The company" does not mean it. Words for
 * people of a kind ("Officials", "Experts") stay unresolved. */
START_TEST(test_failure_unknown_word_before_a_cue_is_a_name)
{
    extracted e = extract("Hiring plans\n\n"
                          "The state will get new jobs.\n\n"
                          "McLenney said on Monday that it would hire 1,000 engineers. "
                          "The company said the jobs would be in Ohio.\n\n"
                          "Experts said the plan was sound. Officials said the site was chosen.\n");

    assert_speaker(quote_starting(&e, "it would hire"), "McLenney");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "the jobs would be")));
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "the plan was sound")));
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "the site was chosen")));
    release(&e);
}
END_TEST

START_TEST(test_failure_it_and_the_company_are_the_organisation_not_a_person)
{
    extracted e = extract("Software maker changes course\n\n"
                          "Jane Roe runs the research lab of the company in Springfield.\n\n"
                          "On Monday, Microsoft announced that it would stop selling the software to the police.\n\n"
                          "\"We will not sell it until there is a law,\" it said in a statement.\n\n"
                          "The company said it had sold the software to no police department this year.\n\n"
                          "\"This is a welcome first step,\" he said.\n\n"
                          "Officials said the decision would be reviewed next year.\n");

    assert_speaker(quote_starting(&e, "it would stop"), "Microsoft");
    assert_speaker(quote_starting(&e, "We will not sell"), "Microsoft");
    assert_speaker(quote_starting(&e, "it had sold"), "Microsoft");
    /* Microsoft is no man, and "Officials" no name. */
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "This is a welcome")));
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "the decision would")));
    release(&e);
}
END_TEST

START_TEST(test_failure_unresolvable_mention_gives_no_speaker)
{
    extracted e = extract("Water warning\n\n"
                          "\"Boil the water before you drink it, every time,\" she said.\n");

    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "Boil the water")));
    assert_mention(&e, "Boil the water", "she");
    release(&e);
}
END_TEST

START_TEST(test_failure_relative_pronoun_after_an_apposition_is_the_name)
{
    extracted e = extract("Ban urged\n\n"
                          "Acme Corp said it would stop selling the cameras.\n\n"
                          "Fight for the Future, the digital rights group who initially called for a ban on the cameras, "
                          "said the move was a stunt.\n");

    assert_speaker(quote_starting(&e, "a ban on the cameras"), "Fight for the Future");
    assert_speaker(quote_starting(&e, "the move was a stunt"), "Fight for the Future");
    release(&e);
}
END_TEST

START_TEST(test_confidence_orders_attributions)
{
    extracted e = extract("Rally at city hall\n\nHundreds of people gathered outside city hall on Saturday morning.\n\n"
                          "\"We will be back next week,\" Jane Roe said.\n\n"
                          "\"And there will be more of us than ever before.\"\n\n"
                          "Jane Roe believes the council will listen.\n");
    double named = frn_quote_get_confidence(quote_starting(&e, "We will be back"));
    double carried = frn_quote_get_confidence(quote_starting(&e, "And there will"));
    double belief = frn_quote_get_confidence(quote_starting(&e, "the council will listen"));

    ck_assert(named > carried);
    ck_assert(named > belief);
    ck_assert(belief > 0.0 && named <= 1.0);
    release(&e);
}
END_TEST

START_TEST(test_language_german_cues)
{
    extracted e = extract("Streit um den Haushalt\n\n"
                          "Die Regierung hat am Dienstag den Haushalt f\xC3\xBCr das kommende Jahr vorgestellt. "
                          "Die Opposition war nicht zufrieden mit dem Entwurf.\n\n"
                          "\xE2\x80\x9EWir werden diesen Haushalt nicht mittragen\xE2\x80\x9C, sagte Anna Schmidt.\n\n"
                          "\xC2\xBB" "Das ist ein schwarzer Tag f\xC3\xBCr die Stadt\xC2\xAB, so Peter Weber.\n");

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "Wir werden diesen Haushalt nicht mittragen", FRN_QUOTE_DIRECT, "Anna Schmidt");
    assert_cue(&e, "Wir werden", "sagte");
    assert_quote(&e, "Das ist ein schwarzer Tag f\xC3\xBCr die Stadt", FRN_QUOTE_DIRECT, "Peter Weber");
    release(&e);
}
END_TEST

/* German capitalises every noun and sentence opener: "Laut Keller" is no
 * name (the surname stays Jonas Keller's), and a compound role
 * ("Verkehrsminister") stays apart from the name it comes before. */
START_TEST(test_language_german_names_and_compound_roles)
{
    extracted e = extract("Streit um den Hafen\n\n"
                          "Der Stadtrat hat am Montag einen neuen Plan f\xC3\xBCr den Hafen beschlossen. "
                          "Die Arbeiten sollen im Fr\xC3\xBChjahr beginnen.\n\n"
                          "Der Verkehrsminister Jonas Keller erkl\xC3\xA4rte, dass das Land keine Mittel bereitstelle.\n\n"
                          "\xE2\x80\x9E" "Das ist ein schlechter Tag f\xC3\xBCr die Fischer\xE2\x80\x9C, so Keller. "
                          "Laut Keller fehlen dem Land die Mittel.\n");

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "das Land keine Mittel bereitstelle", FRN_QUOTE_INDIRECT, "Jonas Keller");
    assert_quote(&e, "Das ist ein schlechter Tag f\xC3\xBCr die Fischer", FRN_QUOTE_DIRECT, "Jonas Keller");
    release(&e);
}
END_TEST

/* German reported speech: a separable verb's particle closes the cue
 * before the comma ("teilte mit, ...", "kündigte am Montag an, ..."), the
 * one told may follow the verb ("sagte der Zeitung, ..."), and a comma sets
 * off the complementiser (", dass"), which is not part of the content, as
 * "that" is not; "Laut X" takes no comma after its source. */
START_TEST(test_language_german_reported_speech)
{
    extracted e = extract("Neue Br\xC3\xBC" "cke\n\n"
                          "Die Stadt baut eine neue Br\xC3\xBC" "cke \xC3\xBC" "ber den Fluss. Die Kosten steigen.\n\n"
                          "B\xC3\xBCrgermeister Paul Schulz k\xC3\xBCndigte am Montag in der Sitzung an, "
                          "die Br\xC3\xBC" "cke werde erst im Herbst fertig. "
                          "Die Baufirma teilte mit, sie werde die Mehrkosten tragen.\n\n"
                          "Die Ingenieurin Lena Vogt sagte der Zeitung, der Boden sei schwieriger als gedacht. "
                          "Sie f\xC3\xBCgte hinzu, dass die Pfeiler tiefer reichen m\xC3\xBCssten.\n\n"
                          "Laut Polizei kamen rund dreihundert Menschen zur Er\xC3\xB6" "ffnung.\n");

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "die Br\xC3\xBC" "cke werde erst im Herbst fertig", FRN_QUOTE_INDIRECT, "Paul Schulz");
    assert_cue(&e, "die Br\xC3\xBC" "cke werde", "k\xC3\xBCndigte am Montag in der Sitzung an");
    assert_quote(&e, "sie werde die Mehrkosten tragen", FRN_QUOTE_INDIRECT, "Baufirma");
    assert_cue(&e, "sie werde", "teilte mit");
    assert_quote(&e, "der Boden sei schwieriger als gedacht", FRN_QUOTE_INDIRECT, "Lena Vogt");
    assert_quote(&e, "die Pfeiler tiefer reichen m\xC3\xBCssten", FRN_QUOTE_INDIRECT, "Lena Vogt");
    assert_cue(&e, "die Pfeiler", "f\xC3\xBCgte hinzu");
    /* No comma after the source: the noun after "Laut" is it. */
    assert_quote(&e, "kamen rund dreihundert Menschen zur Er\xC3\xB6" "ffnung", FRN_QUOTE_INDIRECT, "Polizei");
    release(&e);
}
END_TEST

/* A title in quotation marks inside the cue's adjunct ("im
 * ZDF-„Morgenmagazin“", "on “Meet the Press”") is neither the content nor
 * a quotation; reporting verbs in the present and the plural, and the
 * subjunctive going on ("Sie halte ..."). */
START_TEST(test_language_titles_in_adjuncts_and_more_german_cues)
{
    extracted de = extract("Streit um Neuwahlen\n\n"
                           "Die Gr\xC3\xBCnen-Vorsitzende Ricarda Lang sagte im ZDF-\xE2\x80\x9EMorgenmagazin\xE2\x80\x9C, "
                           "sie sehe keinen Grund f\xC3\xBCr Neuwahlen. Sie halte das f\xC3\xBCr falsch.\n\n"
                           "Bildungsministerin Anna Berg versprach, die Schulen w\xC3\xBCrden bis zum Herbst saniert.\n");
    extracted en = extract("Plant closes\n\n"
                           "Jane Roe said on \xE2\x80\x9CMeet the Press\xE2\x80\x9D, the plant would close in May.\n");

    ck_assert_str_eq(frn_article_get_language(de.article), "de");
    assert_quote(&de, "sie sehe keinen Grund f\xC3\xBCr Neuwahlen", FRN_QUOTE_INDIRECT, "Ricarda Lang");
    assert_quote(&de, "Sie halte das f\xC3\xBCr falsch", FRN_QUOTE_INDIRECT, "Ricarda Lang");
    assert_quote(&de, "die Schulen w\xC3\xBCrden bis zum Herbst saniert", FRN_QUOTE_INDIRECT, "Anna Berg");
    assert_quote(&en, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_no_quote_containing(&en, "Meet the Press");
    release(&de);
    release(&en);
}
END_TEST

/* A body named after an article is the speaker as a reader cites it:
 * "der Deutschen Bahn" is the Deutsche Bahn, "des Ministeriums" the
 * Ministerium, "des Weißen Hauses" the Weiße Haus; a plural keeps its
 * adjectives' ending ("der Vereinten Nationen"), and the mention stays
 * as written. */
START_TEST(test_language_german_body_in_its_citation_form)
{
    extracted e = extract("Haushalt\n\n"
                          "Die Regierung streitet.\n\n"
                          "Nach Angaben des Ministeriums fehlen rund 30 Milliarden Euro. "
                          "Ein Sprecher der Europ\xC3\xA4ischen Zentralbank sagte, die Zinsen blieben stabil. "
                          "Ein Sprecher des Wei\xC3\x9F" "en Hauses sagte, man pr\xC3\xBC" "fe den Bericht. "
                          "Ein Sprecher der Vereinten Nationen sagte, die Hilfe komme an.\n");

    assert_quote(&e, "fehlen rund 30 Milliarden Euro", FRN_QUOTE_INDIRECT, "Ministerium");
    assert_mention(&e, "fehlen rund 30 Milliarden Euro", "des Ministeriums");
    assert_speaker(quote_starting(&e, "die Zinsen"), "Europ\xC3\xA4ische Zentralbank");
    assert_speaker(quote_starting(&e, "man pr\xC3\xBC" "fe"), "Wei\xC3\x9F" "e Haus");
    assert_speaker(quote_starting(&e, "die Hilfe"), "Vereinten Nationen");
    release(&e);
    /* The same body named later by its noun has the same citation form;
     * a name going on after a connector declines its noun before it. */
    e = extract("Bank\n\n"
                "Ein Sprecher der Deutschen Bank sagte, man pr\xC3\xBC" "fe den Bericht. "
                "Die Bank teilte mit, sie sehe keinen Fehler.\n\n"
                "Nach Angaben des Instituts f\xC3\xBCr Weltwirtschaft sinkt das Wachstum.\n");
    assert_speaker(quote_starting(&e, "sie sehe keinen"), "Deutsche Bank");
    assert_speaker(quote_starting(&e, "sinkt das Wachstum"), "Institut f\xC3\xBCr Weltwirtschaft");
    release(&e);
    /* The declined noun is the first word after the adjectives: a name
     * apposed after it keeps its "-s" ("Texas"), a hyphenated name is one
     * word, a given name in it no person's. */
    e = extract("Zahlen\n\n"
                "Die Lage ist ruhig.\n\n"
                "Nach Angaben des Bundesstaats Texas sinkt das Wachstum. "
                "Nach Angaben des Robert-Koch-Instituts steigen die Zahlen. "
                "Ein Sprecher der Baden-W\xC3\xBCrttembergischen Bank sagte, man pr\xC3\xBC" "fe den Bericht.\n");
    assert_speaker(quote_starting(&e, "sinkt das"), "Bundesstaat Texas");
    assert_speaker(quote_starting(&e, "steigen die"), "Robert-Koch-Institut");
    assert_speaker(quote_starting(&e, "man pr"), "Baden-W\xC3\xBCrttembergische Bank");
    release(&e);
}
END_TEST

/* German names an organisation after its noun ("die Gewerkschaft
 * Verdi"); the noun alone later ("teilte die Gewerkschaft mit") is that
 * organisation, and a noun no name followed stays itself. */
START_TEST(test_language_german_organisation_named_after_its_noun)
{
    extracted e = extract("Warnstreik\n\n"
                          "Die Gewerkschaft Verdi hat zu Warnstreiks aufgerufen.\n\n"
                          "Betroffen seien alle Flugh\xC3\xA4" "fen, teilte die Gewerkschaft am Sonntag mit. "
                          "Der Verband forderte, die Gespr\xC3\xA4" "che fortzusetzen.\n");

    assert_quote(&e, "Betroffen seien alle Flugh\xC3\xA4" "fen", FRN_QUOTE_INDIRECT, "Verdi");
    assert_mention(&e, "Betroffen seien alle", "die Gewerkschaft");
    assert_speaker(quote_starting(&e, "die Gespr"), "Verband");
    release(&e);
}
END_TEST

/* What someone called something, in quotation marks, is a mixed
 * quotation in German as in English ("called the plan a “disgrace”"):
 * "nannte ihn „...“", "bezeichnete den Plan als „...“". */
START_TEST(test_language_german_what_someone_called_it)
{
    extracted e = extract("Haushalt\n\n"
                          "Die Regierung legt ihren Plan vor.\n\n"
                          "Katharina Dr\xC3\xB6ge bezeichnete den Plan als \xE2\x80\x9E" "Armutszeugnis\xE2\x80\x9C. "
                          "Carsten Linnemann nannte ihn \xE2\x80\x9Ev\xC3\xB6llig unzureichend\xE2\x80\x9C.\n");

    assert_quote(&e, "den Plan als \xE2\x80\x9E" "Armutszeugnis\xE2\x80\x9C", FRN_QUOTE_MIXED,
                 "Katharina Dr\xC3\xB6ge");
    assert_cue(&e, "den Plan als", "bezeichnete");
    assert_quote(&e, "ihn \xE2\x80\x9Ev\xC3\xB6llig unzureichend\xE2\x80\x9C", FRN_QUOTE_MIXED, "Carsten Linnemann");
    release(&e);
}
END_TEST

/* A role and the name of whom it serves, joined by a genitive article,
 * are one mention, before the cue ("Ein Sprecher der Deutschen Bahn
 * sagte") and after it ("sagte ein Sprecher der Polizei"); after it an
 * article before a news outlet is the one told's ("sagte die Ministerin
 * der Zeitung", "sagte ein Sprecher der Polizei der Deutschen
 * Presse-Agentur"). */
START_TEST(test_language_german_role_of_a_body)
{
    extracted e = extract("Bahnstrecke gesperrt\n\n"
                          "Die Z\xC3\xBCge fallen aus.\n\n"
                          "Ein Sprecher der Deutschen Bahn sagte, die Strecke bleibe gesperrt.\n\n"
                          "\xE2\x80\x9EWir arbeiten daran\xE2\x80\x9C, sagte die Ministerin der Zeitung.\n\n"
                          "\xE2\x80\x9E" "Die Lage ist ruhig\xE2\x80\x9C, sagte ein Sprecher der Polizei.\n\n"
                          "\xE2\x80\x9E" "Es gab keine Verletzten\xE2\x80\x9C, sagte ein Sprecher der Feuerwehr "
                          "der Deutschen Presse-Agentur.\n");

    assert_quote(&e, "die Strecke bleibe gesperrt", FRN_QUOTE_INDIRECT, "Deutsche Bahn");
    assert_mention(&e, "die Strecke bleibe gesperrt", "Ein Sprecher der Deutschen Bahn");
    assert_mention(&e, "Wir arbeiten daran", "die Ministerin");
    assert_quote(&e, "Die Lage ist ruhig", FRN_QUOTE_DIRECT, "Polizei");
    assert_mention(&e, "Die Lage ist ruhig", "ein Sprecher der Polizei");
    assert_mention(&e, "Es gab keine", "ein Sprecher der Feuerwehr");
    release(&e);
}
END_TEST

/* Verbs that report only with their separable particle before the comma
 * ("warf der Regierung vor, sie ...", "gab zu, dass"); without it they
 * throw and give ("warf den Ball über den Zaun, weil ..."). */
START_TEST(test_language_german_separable_cue_verbs)
{
    extracted e = extract("Streit\n\n"
                          "Die Koalition streitet.\n\n"
                          "CDU-Chef Peter Brandt warf der Regierung vor, sie verschiebe die Probleme nur.\n\n"
                          "Der Minister gab zu, dass Fehler gemacht worden seien.\n\n"
                          "Der Junge warf den Ball \xC3\xBC" "ber den Zaun, weil er w\xC3\xBCtend war.\n");

    assert_quote(&e, "sie verschiebe die Probleme nur", FRN_QUOTE_INDIRECT, "Peter Brandt");
    assert_cue(&e, "sie verschiebe", "warf der Regierung vor");
    assert_mention(&e, "Fehler gemacht worden seien", "Der Minister");
    assert_no_quote_containing(&e, "Ball");
    assert_no_quote_containing(&e, "weil er");
    release(&e);
}
END_TEST

/* German puts the verb second after an opening adjunct, adverb or object, its
 * subject after the verb ("Am Montag erklärte X, ..."), and an auxiliary
 * there in the perfect ("Zuvor hatte X erklärt, dass"); the verb is the
 * main clause's, not one inside the adjunct. English keeps its subject
 * before the verb, so "X later told CNN that" is X's, not CNN's. */
START_TEST(test_language_german_verb_second)
{
    extracted de = extract("Streit in Berlin\n\n"
                           "Am Montag erkl\xC3\xA4rte CDU-Chef Peter Brandt, die Verhandlungen seien gescheitert.\n\n"
                           "Zuvor hatte Innenministerin Anna Berg erkl\xC3\xA4rt, dass die Grenzen offen blieben.\n\n"
                           "Die Polizei hatte zuvor mitgeteilt, dass niemand verletzt worden sei.\n\n"
                           "Dem \xE2\x80\x9ESpiegel\xE2\x80\x9C sagte Berg, sie rechne mit Widerstand.\n");
    extracted en = extract("Video released\n\n"
                           "Kerr Putney later told CNN that the video was not clear.\n");

    assert_quote(&de, "die Verhandlungen seien gescheitert", FRN_QUOTE_INDIRECT, "Peter Brandt");
    /* A fronted dative object: the subject comes after the verb. */
    assert_speaker(quote_starting(&de, "sie rechne mit Widerstand"), "Anna Berg");
    assert_quote(&de, "die Grenzen offen blieben", FRN_QUOTE_INDIRECT, "Anna Berg");
    assert_mention(&de, "niemand verletzt worden sei", "Die Polizei");
    assert_quote(&en, "the video was not clear", FRN_QUOTE_INDIRECT, "Kerr Putney");
    release(&de);
    release(&en);
}
END_TEST

/* A paper's or a channel's title in quotation marks is a name, not a
 * quotation: the one told ("told “Fox News” that", "sagte der „Bild am
 * Sonntag“:"), where a quotation after a colon was said ("im Interview
 * mit der „Zeit“:") or, after its article, the subject ("Der „Spiegel“
 * berichtete"). */
START_TEST(test_shape_titles_in_marks_name_the_one_told_or_the_source)
{
    extracted de = extract("Wahl\n\n"
                           "Der \xE2\x80\x9ESpiegel\xE2\x80\x9C berichtete, die Koalition wolle neu verhandeln.\n\n"
                           "Jens Roth sagte der \xE2\x80\x9E" "Bild am Sonntag\xE2\x80\x9C: "
                           "\xE2\x80\x9EWir treten bei der Wahl an.\xE2\x80\x9C\n\n"
                           "Anna Berg widersprach im Interview mit der \xE2\x80\x9EZeit\xE2\x80\x9C: "
                           "\xE2\x80\x9EWir brauchen mehr Geld.\xE2\x80\x9C\n");
    extracted en = extract("Plant closes\n\n"
                           "Jane Roe told \xE2\x80\x9C" "Fox News\xE2\x80\x9D that the plant would close in May.\n\n"
                           "John Hale said in an interview with the \xE2\x80\x9CTimes\xE2\x80\x9D: "
                           "\xE2\x80\x9CWe need more time.\xE2\x80\x9D\n\n"
                           "Hale said the plant has one asset: \xE2\x80\x9CIts workers.\xE2\x80\x9D\n");

    assert_quote(&de, "die Koalition wolle neu verhandeln", FRN_QUOTE_INDIRECT, "Spiegel");
    assert_quote(&de, "Wir treten bei der Wahl an.", FRN_QUOTE_DIRECT, "Jens Roth");
    assert_no_quote_containing(&de, "Bild am Sonntag");
    assert_quote(&en, "the plant would close in May", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_no_quote_containing(&en, "Fox News");
    /* Where a quotation a colon introduces was said is neither a
     * quotation nor reported speech; a clause before the colon is. */
    assert_quote(&de, "Wir brauchen mehr Geld.", FRN_QUOTE_DIRECT, "Anna Berg");
    assert_no_quote_containing(&de, "Zeit");
    assert_quote(&en, "We need more time.", FRN_QUOTE_DIRECT, "John Hale");
    /* The lead-in's cue is its speech verb, not the colon. */
    assert_cue(&en, "We need more time.", "said");
    assert_cue(&de, "Wir brauchen mehr Geld.", "widersprach");
    assert_no_quote_containing(&en, "Times");
    assert_no_quote_containing(&en, "in an interview");
    assert_quote(&en, "the plant has one asset", FRN_QUOTE_INDIRECT, "John Hale");
    release(&de);
    release(&en);
}
END_TEST

/* German names a source with phrases English has no word for: "nach
 * Angaben der Polizei" before the clause or inside it, "dem Sprecher
 * zufolge" with the source before the word, "laut Polizei" inside the
 * clause; each without commas. The clause around the phrase is what the
 * source says; "nach Berlin" names no source. */
START_TEST(test_language_german_sources_by_phrase)
{
    extracted e = extract("Brand im Hafen\n\n"
                          "Im Hafen hat am Dienstag eine Lagerhalle gebrannt. Der Schaden ist hoch.\n\n"
                          "Nach Angaben der Polizei wurde niemand verletzt. "
                          "Der Mann wurde nach Angaben der Polizei am Abend festgenommen. "
                          "Dem Sprecher zufolge brach das Feuer gegen drei Uhr aus. "
                          "Das Feuer war einem Bericht der Zeitung zufolge lange unbemerkt geblieben. "
                          "Die Ursache ist laut Polizei noch unklar. "
                          "Er fuhr nach Berlin und kaufte dort ein Auto.\n");
    const frn_quote *inside;

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "wurde niemand verletzt", FRN_QUOTE_INDIRECT, "Polizei");
    assert_cue(&e, "wurde niemand", "Nach Angaben");
    assert_mention(&e, "wurde niemand", "der Polizei");
    inside = quote_starting(&e, "Der Mann wurde");
    ck_assert_str_eq(frn_quote_get_text(inside, NULL), "Der Mann wurde am Abend festgenommen");
    ck_assert_uint_eq(frn_quote_get_fragment_count(inside), 2);
    assert_speaker(inside, "Polizei");
    assert_cue(&e, "brach das Feuer", "zufolge");
    assert_mention(&e, "brach das Feuer", "Dem Sprecher");
    ck_assert_str_eq(frn_quote_get_text(quote_starting(&e, "brach das Feuer"), NULL),
                     "brach das Feuer gegen drei Uhr aus");
    /* The source with its genitive, inside the clause. */
    assert_quote(&e, "Das Feuer war lange unbemerkt geblieben", FRN_QUOTE_INDIRECT, "Zeitung");
    assert_mention(&e, "Das Feuer war", "einem Bericht der Zeitung");
    assert_quote(&e, "Die Ursache ist noch unklar", FRN_QUOTE_INDIRECT, "Polizei");
    assert_no_quote_containing(&e, "Berlin");
    release(&e);
}
END_TEST

/* German's impersonal "hieß es": the source, if any, is the phrase after
 * the cue (past an adverb or a day) or the one opening the sentence;
 * after a medium or a circle, its genitive. A place ("In Berlin") or no
 * phrase names no source: the speaker is null, not a guess. "Nach
 * Angaben von X" names X after the same preposition. */
START_TEST(test_language_german_impersonal_cue)
{
    extracted e = extract("Bahnstreik\n\n"
                          "Die Gewerkschaft hat f\xC3\xBCr Donnerstag zu einem neuen Streik aufgerufen. "
                          "Betroffen ist der gesamte Fernverkehr.\n\n"
                          "\xE2\x80\x9EWir bedauern die Einschr\xC3\xA4nkungen\xE2\x80\x9C, hie\xC3\x9F es in "
                          "einer Mitteilung der Bahn. "
                          "Die Verhandlungen seien gescheitert, hie\xC3\x9F es am Montag aus Kreisen der Gewerkschaft. "
                          "Aus dem Verkehrsministerium hie\xC3\x9F es, man beobachte die Lage genau.\n\n"
                          "Der Notfahrplan gelte bis Freitag, hei\xC3\x9Ft es weiter. "
                          "In Berlin hie\xC3\x9F es, die Regierung pr\xC3\xBC" "fe alle Optionen. "
                          "Nach Angaben von Bahnchef Richard Lutz fallen zwei Drittel der Z\xC3\xBCge aus.\n");

    assert_quote(&e, "Wir bedauern die Einschr\xC3\xA4nkungen", FRN_QUOTE_DIRECT, "Bahn");
    assert_mention(&e, "Wir bedauern", "der Bahn");
    assert_cue(&e, "Wir bedauern", "hie\xC3\x9F es");
    assert_quote(&e, "Die Verhandlungen seien gescheitert", FRN_QUOTE_INDIRECT, "Gewerkschaft");
    assert_mention(&e, "Die Verhandlungen", "der Gewerkschaft");
    assert_quote(&e, "man beobachte die Lage genau", FRN_QUOTE_INDIRECT, "Verkehrsministerium");
    assert_mention(&e, "man beobachte", "dem Verkehrsministerium");
    assert_quote(&e, "Der Notfahrplan gelte bis Freitag", FRN_QUOTE_INDIRECT, NULL);
    assert_cue(&e, "Der Notfahrplan", "hei\xC3\x9Ft es");
    assert_quote(&e, "die Regierung pr\xC3\xBC" "fe alle Optionen", FRN_QUOTE_INDIRECT, NULL);
    /* The same prepositions before a source after "nach Angaben". */
    assert_quote(&e, "fallen zwei Drittel der Z\xC3\xBCge aus", FRN_QUOTE_INDIRECT, "Richard Lutz");
    assert_mention(&e, "fallen zwei", "Bahnchef Richard Lutz");
    release(&e);
}
END_TEST

/* "„..., aber unter Kontrolle“, sagte X der Zeitung": the words of a
 * quotation closing before the comma are no subject apposed before the
 * cue, so its object makes no quotation of its own, and the subjunctive
 * sentence after goes on with X. "Nach Einschätzung der Meteorologen"
 * names a source as "nach Angaben" does, and ", wie X sagte" after a
 * clause names the source of that clause. */
START_TEST(test_failure_quotation_before_the_comma_is_no_subject)
{
    extracted e = extract("Unwetter in Bayern\n\n"
                          "Heftige Regenf\xC3\xA4lle haben in Teilen Bayerns zu \xC3\x9C" "berschwemmungen gef\xC3\xBChrt.\n\n"
                          "\xE2\x80\x9E" "Die Lage ist ernst, aber unter Kontrolle\xE2\x80\x9C, sagte Innenminister Joachim "
                          "Herrmann der Deutschen Presse-Agentur. Er gehe davon aus, dass sich die Lage bis zum Abend "
                          "entspanne.\n\n"
                          "Nach Einsch\xC3\xA4tzung der Meteorologen k\xC3\xB6nnte es bis Mittwoch regnen. "
                          "Die Opposition h\xC3\xA4lt das f\xC3\xBCr unrealistisch, wie CDU-Chef Friedrich Merz "
                          "sagte.\n");

    assert_quote(&e, "Die Lage ist ernst, aber unter Kontrolle", FRN_QUOTE_DIRECT, "Joachim Herrmann");
    assert_quote(&e, "sich die Lage bis zum Abend entspanne", FRN_QUOTE_INDIRECT, "Joachim Herrmann");
    assert_cue(&e, "sich die Lage", "gehe davon aus");
    assert_no_quote_containing(&e, "Presse-Agentur");
    assert_quote(&e, "k\xC3\xB6nnte es bis Mittwoch regnen", FRN_QUOTE_INDIRECT, "Meteorologen");
    assert_quote(&e, "Die Opposition h\xC3\xA4lt das f\xC3\xBCr unrealistisch", FRN_QUOTE_INDIRECT,
                 "Friedrich Merz");
    release(&e);
}
END_TEST

/* German joins a role to its field: any compound ending in a role
 * ("Oppositionsführerin", "Verbandspräsident") stands apart from the name,
 * and "die Ministerin" is whoever was introduced with a ministerin
 * compound; an adverb before the comma ("kritisierte dagegen, ...") is no
 * part of the content. */
START_TEST(test_language_german_role_compounds)
{
    extracted e = extract("Streit um die Reform\n\n"
                          "Die Regierung h\xC3\xA4lt an der Reform fest. Die L\xC3\xA4nder sind uneins.\n\n"
                          "Gesundheitsministerin Anna Weber verteidigte das Vorhaben am Montag. "
                          "\xE2\x80\x9E" "Die Menschen brauchen Sicherheit\xE2\x80\x9C, sagte die Ministerin.\n\n"
                          "Oppositionsf\xC3\xBChrerin Maria Klein kritisierte dagegen, die Regierung habe die "
                          "L\xC3\xA4nder nicht gefragt. Die Reform sei zu teuer, erkl\xC3\xA4rte "
                          "Verbandspr\xC3\xA4sident Karl Huber.\n");

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "Die Menschen brauchen Sicherheit", FRN_QUOTE_DIRECT, "Anna Weber");
    assert_quote(&e, "die Regierung habe die L\xC3\xA4nder nicht gefragt", FRN_QUOTE_INDIRECT, "Maria Klein");
    assert_quote(&e, "Die Reform sei zu teuer", FRN_QUOTE_INDIRECT, "Karl Huber");
    release(&e);
}
END_TEST

/* German reports speech in the subjunctive: sentences in it after a
 * quotation, in its paragraph, go on with what its source said, until one
 * is in the indicative; one with no quotation before it is no quotation.
 * An adjunct between the cue and the comma ("sagte am Sonntag, ...") is
 * no part of the content. */
START_TEST(test_language_german_subjunctive_goes_on)
{
    extracted e = extract("Streik bei der Bahn\n\n"
                          "Die Gewerkschaft hat f\xC3\xBCr Montag einen Streik angek\xC3\xBCndigt. "
                          "Betroffen sind vor allem Pendler.\n\n"
                          "Der Gewerkschaftschef Klaus Weber sagte am Sonntag, man habe keine andere Wahl gehabt. "
                          "Die Verhandlungen seien gescheitert. Die Bahn habe kein neues Angebot vorgelegt. "
                          "Der Streik beginnt um vier Uhr. Die Folgen seien noch nicht abzusehen.\n\n"
                          "Die Bahn hat einen Notfahrplan erstellt. Die Lage sei ernst.\n\n"
                          "\xE2\x80\x9EWir bedauern das sehr\xE2\x80\x9C, sagte die Sprecherin Anna Berg. "
                          "Man werde die Fahrg\xC3\xA4ste informieren.\n");

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "man habe keine andere Wahl gehabt", FRN_QUOTE_INDIRECT, "Klaus Weber");
    assert_quote(&e, "Die Verhandlungen seien gescheitert", FRN_QUOTE_INDIRECT, "Klaus Weber");
    assert_cue(&e, "Die Verhandlungen", "seien");
    assert_quote(&e, "Die Bahn habe kein neues Angebot vorgelegt", FRN_QUOTE_INDIRECT, "Klaus Weber");
    assert_quote(&e, "Man werde die Fahrg\xC3\xA4ste informieren", FRN_QUOTE_INDIRECT, "Anna Berg");
    /* The name stops at the dot that ends its sentence, before "Man". */
    assert_mention(&e, "Wir bedauern", "die Sprecherin Anna Berg");
    for (size_t i = 0; i < frn_quote_list_get_count(e.quotes); i++) {
        const char *text = frn_quote_get_text(frn_quote_list_get_quote(e.quotes, i), NULL);
        ck_assert_msg(strstr(text, "Streik beginnt") == NULL && strstr(text, "Folgen") == NULL &&
                          strstr(text, "Lage") == NULL,
                      "not a quotation: %s", text);
    }
    release(&e);
}
END_TEST

START_TEST(test_language_french_and_spanish_cues)
{
    extracted fr = extract("Budget contest\xC3\xA9\n\n"
                           "Le gouvernement a pr\xC3\xA9sent\xC3\xA9 mardi le budget de la ville pour la prochaine "
                           "ann\xC3\xA9" "e. L'opposition n'est pas satisfaite de ce projet.\n\n"
                           "\xC2\xAB Nous ne voterons pas ce budget \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Marie Dupont.\n\n"
                           "Selon le minist\xC3\xA8re, les d\xC3\xA9penses ont augment\xC3\xA9 de dix pour cent. "
                           "D'apr\xC3\xA8s le syndicat, les recettes baisseront l'an prochain.\n");
    extracted es = extract("Presupuesto pol\xC3\xA9mico\n\n"
                           "El gobierno present\xC3\xB3 el martes el presupuesto de la ciudad para el pr\xC3\xB3ximo "
                           "a\xC3\xB1o. La oposici\xC3\xB3n no est\xC3\xA1 contenta con el proyecto.\n\n"
                           "\xC2\xABNo vamos a votar este presupuesto\xC2\xBB, dijo Carmen L\xC3\xB3pez.\n");

    assert_quote(&fr, "Nous ne voterons pas ce budget", FRN_QUOTE_DIRECT, "Marie Dupont");
    assert_cue(&fr, "les d\xC3\xA9penses", "Selon");
    assert_cue(&fr, "les recettes baisseront", "D'apr\xC3\xA8s");
    assert_mention(&fr, "les recettes baisseront", "le syndicat");
    assert_quote(&es, "No vamos a votar este presupuesto", FRN_QUOTE_DIRECT, "Carmen L\xC3\xB3pez");
    release(&fr);
    release(&es);
}
END_TEST

/* French and Spanish invert the speaker after a reported clause as after
 * a quotation: "..., a déclaré le ministre, Clément Beaune",
 * "..., a-t-elle ajouté", "..., explique-t-il", "..., ha dicho el
 * ministro"; the clause before the comma is what they report. */
/* A role, its holder apposed between commas, then an auxiliary and the
 * cue ("Le secrétaire général de la CGT, Philippe Martinez, a estimé
 * que"): the holder reports what follows, not the role before. And after
 * "according to" a role with its holder apposed ("Selon le ministre du
 * Travail, Olivier Dussopt, ...") names the holder; the clause starts
 * after the second comma. */
START_TEST(test_language_apposed_holder_after_a_role)
{
    extracted fr = extract("Retraites\n\n"
                           "La r\xC3\xA9" "forme est pass\xC3\xA9" "e.\n\n"
                           "Le secr\xC3\xA9taire g\xC3\xA9n\xC3\xA9ral de la CGT, Philippe Martinez, a estim\xC3\xA9 "
                           "que le texte \xC3\xA9tait injuste pour les salari\xC3\xA9s.\n\n"
                           "Selon le ministre du Travail, Olivier Dussopt, la r\xC3\xA9" "forme permettra "
                           "d'\xC3\xA9quilibrer le syst\xC3\xA8me.\n");
    extracted en = extract("Pensions\n\n"
                           "The reform passed.\n\n"
                           "According to the labor minister, Jane Roe, the reform will balance the system by 2030.\n\n"
                           "The march had been peaceful, said the spokeswoman for the alliance, Lena Meyer.\n");
    extracted de = extract("Demonstration\n\n"
                           "Die Demonstration endete am Sonntag.\n\n"
                           "Die Veranstalter seien \xE2\x80\x9Esehr entt\xC3\xA4uscht\xE2\x80\x9C, sagte die "
                           "Sprecherin des B\xC3\xBCndnisses, Lena Meyer.\n");

    assert_quote(&fr, "le texte \xC3\xA9tait injuste pour les salari\xC3\xA9s", FRN_QUOTE_INDIRECT, "Philippe Martinez");
    assert_no_quote_containing(&fr, "CGT, Philippe");
    assert_quote(&fr, "la r\xC3\xA9" "forme permettra d'\xC3\xA9quilibrer le syst\xC3\xA8me", FRN_QUOTE_INDIRECT,
                 "Olivier Dussopt");
    assert_quote(&en, "the reform will balance the system by 2030", FRN_QUOTE_INDIRECT, "Jane Roe");
    assert_quote(&en, "The march had been peaceful", FRN_QUOTE_INDIRECT, "Lena Meyer");
    /* After a reported clause as after a quotation. */
    assert_speaker(quote_starting(&de, "Die Veranstalter seien"), "Lena Meyer");
    release(&fr);
    release(&en);
    release(&de);
}
END_TEST

START_TEST(test_language_french_and_spanish_inverted_after_a_clause)
{
    extracted fr = extract("Gr\xC3\xA8ve \xC3\xA0 la SNCF\n\n"
                           "Les syndicats ont appel\xC3\xA9 \xC3\xA0 une nouvelle gr\xC3\xA8ve jeudi. Le trafic sera "
                           "perturb\xC3\xA9 sur les grandes lignes.\n\n"
                           "La ministre \xC3\x89lisabeth Borne s'est exprim\xC3\xA9" "e lundi. Les usagers seront "
                           "rembours\xC3\xA9s, a-t-elle ajout\xC3\xA9. Le dialogue reste la priorit\xC3\xA9, "
                           "explique-t-elle. Les n\xC3\xA9gociations reprendront mardi, a d\xC3\xA9" "clar\xC3\xA9 "
                           "le ministre des Transports, Cl\xC3\xA9ment Beaune.\n");
    extracted es = extract("Huelga en Renfe\n\n"
                           "Los sindicatos han convocado una nueva huelga para el jueves. El tr\xC3\xA1" "fico estar\xC3\xA1 "
                           "muy afectado en las grandes l\xC3\xAD" "neas.\n\n"
                           "Las negociaciones seguir\xC3\xA1n la pr\xC3\xB3xima semana, ha dicho el ministro de "
                           "Transportes, \xC3\x93scar Puente.\n");

    assert_quote(&fr, "Les usagers seront rembours\xC3\xA9s", FRN_QUOTE_INDIRECT, "\xC3\x89lisabeth Borne");
    assert_mention(&fr, "Les usagers", "elle");
    assert_cue(&fr, "Les usagers", "ajout\xC3\xA9");
    assert_quote(&fr, "Le dialogue reste la priorit\xC3\xA9", FRN_QUOTE_INDIRECT, "\xC3\x89lisabeth Borne");
    assert_quote(&fr, "Les n\xC3\xA9gociations reprendront mardi", FRN_QUOTE_INDIRECT, "Cl\xC3\xA9ment Beaune");
    assert_quote(&es, "Las negociaciones seguir\xC3\xA1n la pr\xC3\xB3xima semana", FRN_QUOTE_INDIRECT,
                 "\xC3\x93scar Puente");
    assert_cue(&es, "Las negociaciones", "dicho");
    release(&fr);
    release(&es);
}
END_TEST

/* German sources as news names them: a role compound the lexicon does
 * not list whole ("Bahnvorständin", "Virologe"), a spokeswoman's name
 * apposed to her role, a body whose name holds "für" or hyphens before
 * "zufolge" or after "nach Angaben", a genitive after "Laut", and ", so
 * der Sprecher" after the reported clause. */
START_TEST(test_language_german_sources_named_in_full)
{
    extracted e = extract("Neue Bahnstrecke\n\n"
                          "Der Bau der neuen Strecke verz\xC3\xB6gert sich um zwei Jahre.\n\n"
                          "Bahnvorst\xC3\xA4ndin Katrin Weber sagte, die Kosten seien gestiegen. "
                          "Der Virologe Christian Drosten warnte, die Lage werde untersch\xC3\xA4tzt.\n\n"
                          "Die Sprecherin des Verkehrsministeriums, Julia Hoffmann, erkl\xC3\xA4rte, das Ministerium "
                          "pr\xC3\xBC" "fe die Zahlen.\n\n"
                          "Dem Landesamt f\xC3\xBCr Umwelt zufolge sind drei Schutzgebiete betroffen. "
                          "Nach Angaben des Robert-Koch-Instituts wurden neue F\xC3\xA4lle gemeldet. "
                          "Laut einer Studie der Universit\xC3\xA4t Kassel w\xC3\xBCrde die Strecke viel CO2 einsparen.\n\n"
                          "Man m\xC3\xBCsse jetzt schnell handeln, so der Sprecher.\n");
    const frn_quote *costs = quote_starting(&e, "die Kosten seien");
    const frn_quote *review = quote_starting(&e, "das Ministerium");

    ck_assert_str_eq(frn_article_get_language(e.article), "de");
    assert_quote(&e, "die Kosten seien gestiegen", FRN_QUOTE_INDIRECT, "Katrin Weber");
    ck_assert_str_eq(frn_quote_get_speaker_role(costs), "Bahnvorst\xC3\xA4ndin");
    assert_quote(&e, "die Lage werde untersch\xC3\xA4tzt", FRN_QUOTE_INDIRECT, "Christian Drosten");
    assert_quote(&e, "das Ministerium pr\xC3\xBC" "fe die Zahlen", FRN_QUOTE_INDIRECT, "Julia Hoffmann");
    ck_assert_str_eq(frn_quote_get_speaker_role(review), "Sprecherin");
    assert_quote(&e, "sind drei Schutzgebiete betroffen", FRN_QUOTE_INDIRECT, "Landesamt f\xC3\xBCr Umwelt");
    assert_quote(&e, "wurden neue F\xC3\xA4lle gemeldet", FRN_QUOTE_INDIRECT, "Robert-Koch-Institut");
    assert_quote(&e, "w\xC3\xBCrde die Strecke viel CO2 einsparen", FRN_QUOTE_INDIRECT, "Universit\xC3\xA4t Kassel");
    assert_quote(&e, "Man m\xC3\xBCsse jetzt schnell handeln", FRN_QUOTE_INDIRECT, NULL);
    assert_mention(&e, "Man m\xC3\xBCsse", "der Sprecher");
    assert_cue(&e, "Man m\xC3\xBCsse", "so");
    release(&e);
}
END_TEST

/* French and Spanish name a speaker after their role as English does:
 * the name apposed to "le secrétaire général du syndicat" or "el portavoz
 * del partido" is the speaker, the role kept apart; "de acuerdo con" names
 * a source as "según" does. */
START_TEST(test_language_french_and_spanish_roles_and_apposed_names)
{
    extracted fr = extract("R\xC3\xA9" "forme des retraites\n\n"
                           "Le gouvernement a pr\xC3\xA9sent\xC3\xA9 mardi son projet de loi sur les retraites. "
                           "Les syndicats appellent \xC3\xA0 manifester jeudi dans toute la France.\n\n"
                           "\xC2\xAB C'est une r\xC3\xA9" "forme injuste \xC2\xBB, a estim\xC3\xA9 le secr\xC3\xA9taire "
                           "g\xC3\xA9n\xC3\xA9ral du syndicat, Laurent Berger.\n");
    extracted es = extract("Reforma laboral\n\n"
                           "El Consejo de Ministros aprob\xC3\xB3 este martes la reforma laboral. Los sindicatos "
                           "y la patronal firmaron el acuerdo la semana pasada.\n\n"
                           "El portavoz del partido, Borja S\xC3\xA9mper, asegur\xC3\xB3 que su partido votar\xC3\xA1 "
                           "en contra. De acuerdo con el ministerio, la reforma afectar\xC3\xA1 a tres millones de "
                           "contratos.\n\n"
                           "\xC2\xABNo es suficiente\xC2\xBB, dijo el secretario general del sindicato, Pepe \xC3\x81lvarez.\n");
    const frn_quote *unjust = quote_starting(&fr, "C'est une r\xC3\xA9" "forme injuste");
    const frn_quote *against = quote_starting(&es, "su partido votar\xC3\xA1");
    const frn_quote *enough = quote_starting(&es, "No es suficiente");

    ck_assert_str_eq(frn_article_get_language(fr.article), "fr");
    ck_assert_str_eq(frn_article_get_language(es.article), "es");
    assert_speaker(unjust, "Laurent Berger");
    ck_assert_str_eq(frn_quote_get_speaker_role(unjust), "secr\xC3\xA9taire g\xC3\xA9n\xC3\xA9ral");
    assert_speaker(against, "Borja S\xC3\xA9mper");
    ck_assert_str_eq(frn_quote_get_speaker_role(against), "portavoz");
    assert_cue(&es, "la reforma afectar", "De acuerdo con");
    assert_mention(&es, "la reforma afectar", "el ministerio");
    assert_speaker(enough, "Pepe \xC3\x81lvarez");
    ck_assert_str_eq(frn_quote_get_speaker_role(enough), "secretario general");
    release(&fr);
    release(&es);
}
END_TEST

/* Given names are every language's: "sie" and "elle" find the woman the
 * article named, not the man named last, and a surname her full name.
 * French puts the pronoun after the verb: "a-t-il déclaré". */
START_TEST(test_language_pronouns_find_their_gender_in_german_and_french)
{
    extracted de = extract("Streit im Rathaus\n\n"
                           "Die Stadtr\xC3\xA4tin Anna Schmidt hat den Plan des B\xC3\xBCrgermeisters scharf "
                           "kritisiert. B\xC3\xBCrgermeister Peter Weber verteidigte den Plan am Dienstag.\n\n"
                           "\xE2\x80\x9EWir haben keine Alternative\xE2\x80\x9C, sagte er.\n\n"
                           "\xE2\x80\x9E" "Das ist eine Katastrophe f\xC3\xBCr die Stadt\xE2\x80\x9C, sagte sie.\n");
    extracted fr = extract("Crise au conseil\n\n"
                           "La conseill\xC3\xA8re Marie Dupont a critiqu\xC3\xA9 le projet du maire. Le maire Jean "
                           "Martin a d\xC3\xA9" "fendu son projet mardi.\n\n"
                           "\xC2\xAB Nous n'avons pas le choix \xC2\xBB, a-t-il d\xC3\xA9" "clar\xC3\xA9.\n\n"
                           "\xC2\xAB C'est une catastrophe pour la ville \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Dupont. "
                           "Elle a ajout\xC3\xA9 que le conseil voterait contre.\n");

    ck_assert_str_eq(frn_article_get_language(de.article), "de");
    ck_assert_str_eq(frn_article_get_language(fr.article), "fr");
    assert_speaker(quote_starting(&de, "Wir haben keine"), "Peter Weber");
    assert_speaker(quote_starting(&de, "Das ist eine Katastrophe"), "Anna Schmidt");
    assert_speaker(quote_starting(&fr, "C'est une catastrophe"), "Marie Dupont");
    assert_speaker(quote_starting(&fr, "Nous n'avons pas"), "Jean Martin");
    assert_mention(&fr, "Nous n'avons pas", "il");
    assert_speaker(quote_starting(&fr, "le conseil voterait"), "Marie Dupont");
    release(&de);
    release(&fr);
}
END_TEST

/* The given names of German, French, Spanish and Italian news are in the
 * shared lists too (lexicon/tools/given-names.py): "Bärbel" and
 * "Ségolène" are women's names, "Olaf" a man's, so "sie", "er" and "elle"
 * find whom the article named. */
START_TEST(test_language_european_given_names_tell_the_gender)
{
    extracted de = extract("Rente\n\n"
                           "B\xC3\xA4rbel Bas hat sich am Montag mit Olaf Scholz im Kanzleramt getroffen.\n\n"
                           "\xE2\x80\x9EWir brauchen eine L\xC3\xB6sung\xE2\x80\x9C, sagte sie.\n\n"
                           "\xE2\x80\x9E" "Das sehe ich auch so\xE2\x80\x9C, sagte er.\n");
    extracted fr = extract("Sommet\n\n"
                           "S\xC3\xA9gol\xC3\xA8ne Royal a rencontr\xC3\xA9 Olaf Scholz \xC3\xA0 Paris.\n\n"
                           "\xC2\xAB Nous devons agir vite \xC2\xBB, a-t-elle d\xC3\xA9" "clar\xC3\xA9.\n");

    assert_speaker(quote_starting(&de, "Wir brauchen"), "B\xC3\xA4rbel Bas");
    assert_speaker(quote_starting(&de, "Das sehe ich"), "Olaf Scholz");
    assert_speaker(quote_starting(&fr, "Nous devons"), "S\xC3\xA9gol\xC3\xA8ne Royal");
    release(&de);
    release(&fr);
}
END_TEST

/* German "sie" is she and they: beside a plural verb ("Sie forderten",
 * "sagten sie") it is no woman named before but the subject of the
 * sentence before when its verb is plural too ("Die Grünen kritisierten"). Cues in the present plural
 * report as the singular ones do ("Die Gr\xC3\xBCnen sagen, ..."). */
START_TEST(test_language_german_sie_with_a_plural_verb_is_they)
{
    extracted e = extract("Heizungsgesetz\n\n"
                          "Die Koalition streitet \xC3\xBC" "ber das Heizungsgesetz.\n\n"
                          "Wirtschaftsministerin Katherina Reiche verteidigte den Entwurf am Montag. "
                          "Die Gr\xC3\xBCnen kritisierten den Plan. Sie forderten, dass der Klimaschutz Vorrang habe.\n\n"
                          "Reiche sagte, sie sei offen f\xC3\xBCr Gespr\xC3\xA4" "che. "
                          "Die Verb\xC3\xA4nde sagen, das Gesetz komme zu sp\xC3\xA4t.\n");

    assert_speaker(quote_starting(&e, "der Klimaschutz Vorrang"), "Gr\xC3\xBCnen");
    assert_speaker(quote_starting(&e, "sie sei offen"), "Katherina Reiche");
    assert_mention(&e, "das Gesetz komme", "Die Verb\xC3\xA4nde");
    release(&e);
    /* A word opening the sentence before a plural verb names people of a
     * kind, as "Officials said" does: no speaker's name. */
    e = extract("Heizungsgesetz\n\n"
                "Die Koalition streitet.\n\n"
                "\xC3\x96konomen warnen, das Gesetz komme zu sp\xC3\xA4t.\n");
    assert_mention(&e, "das Gesetz komme", "\xC3\x96konomen");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "das Gesetz komme")));
    release(&e);
    /* Nor is "sie" after them someone; and the subject of "Am Montag
     * kritisierten die Grünen" comes after its verb, no "Am Montag". */
    e = extract("Steuern\n\n"
                "Die Regierung plant Steuern.\n\n"
                "\xC3\x96konomen warnten vor dem Plan. Sie forderten, die Steuern m\xC3\xBCssten sinken.\n\n"
                "Am Montag kritisierten die Gr\xC3\xBCnen den Plan. Sie forderten, der Klimaschutz habe Vorrang.\n");
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "die Steuern m")));
    ck_assert_ptr_null(frn_quote_get_speaker(quote_starting(&e, "der Klimaschutz habe")));
    release(&e);
}
END_TEST

/* "Der Fahrer sei zu schnell gefahren. Das teilte die Polizei mit.": a
 * sentence opened by "Das" or "Dies" with the verb right after reports the
 * sentence before; "Das Unternehmen teilte mit, ..." is an article and
 * its noun. */
/* "ein Lufthansa-Sprecher" speaks for Lufthansa, the first part of the
 * compound; "die Gewerkschafterin" is the woman named before. */
START_TEST(test_language_german_compound_proxy_and_person_nouns)
{
    extracted e = extract("Streik bei der Lufthansa\n\n"
                          "Die Lufthansa hat am Mittwoch Hunderte Fl\xC3\xBC" "ge gestrichen.\n\n"
                          "\xE2\x80\x9EWir bedauern das f\xC3\xBC" "r unsere G\xC3\xA4" "ste sehr\xE2\x80\x9C, sagte ein "
                          "Lufthansa-Sprecher.\n\n"
                          "Verdi-Chefin Christine Behle widersprach. \xE2\x80\x9E" "Das reicht nicht f\xC3\xBC" "r die "
                          "Leute\xE2\x80\x9C, so die Gewerkschafterin.\n");

    assert_quote(&e, "Wir bedauern das f\xC3\xBC" "r unsere G\xC3\xA4" "ste sehr", FRN_QUOTE_DIRECT, "Lufthansa");
    assert_quote(&e, "Das reicht nicht f\xC3\xBC" "r die Leute", FRN_QUOTE_DIRECT, "Christine Behle");
    release(&e);
}
END_TEST

START_TEST(test_language_german_das_stands_for_the_sentence_before)
{
    extracted e = extract("Unfall auf der A7\n\n"
                          "Bei einem Unfall sind am Sonntag drei Menschen verletzt worden.\n\n"
                          "Der Fahrer sei zu schnell gefahren. Das teilte die Polizei am Montag mit.\n\n"
                          "Der Lkw sei ins Schleudern geraten, hie\xC3\x9F es. Das best\xC3\xA4tigte die Polizei.\n\n"
                          "Das Unternehmen teilte mit, die Strecke bleibe bis zum Abend gesperrt.\n");

    assert_quote(&e, "Der Fahrer sei zu schnell gefahren", FRN_QUOTE_INDIRECT, "Polizei");
    assert_mention(&e, "Der Fahrer sei", "die Polizei");
    /* A sentence already reported is not reported twice. */
    assert_no_quote_containing(&e, "geraten, hie");
    assert_mention(&e, "die Strecke bleibe", "Das Unternehmen");
    release(&e);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("quote shapes");
    TCase *shapes = tcase_create("shapes"), *failures = tcase_create("failure modes");

    tcase_add_test(shapes, test_shape_said_that_clause);
    tcase_add_test(shapes, test_shape_that_after_the_medium);
    tcase_add_test(shapes, test_shape_clause_then_speaker);
    tcase_add_test(shapes, test_shape_told_and_according_to);
    tcase_add_test(shapes, test_shape_adding_that_keeps_the_speaker);
    tcase_add_test(shapes, test_shape_content_opening_with_a_report_word);
    tcase_add_test(shapes, test_shape_told_someone_named_in_common_words);
    tcase_add_test(shapes, test_shape_quotation_after_reported_speech_keeps_the_speaker);
    tcase_add_test(shapes, test_shape_name_apposed_to_a_role_at_a_body);
    tcase_add_test(shapes, test_shape_after_a_direct_quotation_and_its_cue);
    tcase_add_test(shapes, test_shape_that_before_a_quotation);
    tcase_add_test(shapes, test_shape_participle_introduces_a_quotation);
    tcase_add_test(shapes, test_shape_speech_act_object_ends_before_its_medium);
    tcase_add_test(shapes, test_shape_mixed_covers_the_clause);
    tcase_add_test(shapes, test_shape_no_report_without_a_reporting_verb);
    tcase_add_test(shapes, test_shape_passive_is_no_report_of_its_subject);
    tcase_add_test(shapes, test_shape_speech_act_with_its_object);
    tcase_add_test(shapes, test_shape_cue_of_a_direct_quotation_reports_nothing_else);
    tcase_add_test(shapes, test_shape_subordinate_clause_after_the_cue_is_the_reporters);
    tcase_add_test(shapes, test_shape_participle_in_an_adverbial_clause_reports_to_its_comma);
    tcase_add_test(shapes, test_shape_speaker_described_by_common_nouns);
    tcase_add_test(shapes, test_shape_subject_with_a_modifier_or_after_a_colon);
    tcase_add_test(shapes, test_shape_inverted_speaker_after_an_article_or_with_a_slash);
    tcase_add_test(shapes, test_shape_coordinated_cue_after_an_adverb_and_a_plain_subject);
    tcase_add_test(shapes, test_shape_subordinators_and_adverbs_are_no_subject);
    tcase_add_test(shapes, test_shape_hyphenated_compounds);
    tcase_add_test(shapes, test_shape_praise_and_charges);
    tcase_add_test(shapes, test_shape_speaking_of_reports_speaking_at_does_not);
    tcase_add_test(shapes, test_shape_reported_clause_ends_where_the_reporter_goes_on);
    tcase_add_test(shapes, test_shape_reported_clause_goes_on_through_examples);
    tcase_add_test(shapes, test_shape_reported_clause_goes_on_after_and);
    tcase_add_test(shapes, test_shape_attribution_inside_the_reported_clause);
    tcase_add_test(shapes, test_shape_relative_clause_after_the_speaker);
    tcase_add_test(shapes, test_shape_described_subject_after_the_clause);
    tcase_add_test(shapes, test_shape_adverb_or_time_between_speaker_and_cue);
    tcase_add_test(shapes, test_shape_day_after_the_cue);
    tcase_add_test(shapes, test_shape_polls_and_studies_show_without_that);
    tcase_add_test(shapes, test_shape_inverted_speaker_with_a_long_apposition);
    tcase_add_test(shapes, test_shape_subjects_beyond_a_name);
    tcase_add_test(shapes, test_shape_trailing_speakers_with_titles_initials_and_appositions);
    tcase_add_test(shapes, test_shape_quotation_opening_a_reported_sentence_is_mixed);
    tcase_add_test(shapes, test_shape_transcripts_dashes_and_unnamed_sources);
    tcase_add_test(shapes, test_shape_headlines);
    tcase_add_test(failures, test_failure_quotation_after_a_mixed_one_keeps_its_speaker);
    tcase_add_test(failures, test_failure_surname_expands_to_the_person_introduced);
    tcase_add_test(failures, test_failure_he_is_never_a_place_or_the_wrong_gender);
    tcase_add_test(failures, test_failure_opening_preposition_is_not_part_of_a_name);
    tcase_add_test(failures, test_failure_a_place_is_no_person);
    tcase_add_test(failures, test_failure_organisation_with_its_own_modifier);
    tcase_add_test(failures, test_failure_name_before_a_role_is_where_it_is_held);
    tcase_add_test(failures, test_failure_mention_ending_in_an_abbreviation);
    tcase_add_test(failures, test_failure_pronoun_skips_people_named_inside_quotations);
    tcase_add_test(failures, test_failure_pronoun_prefers_the_subject_of_the_sentence_before);
    tcase_add_test(failures, test_failure_common_given_names_missing_from_moby_are_known);
    tcase_add_test(failures, test_failure_given_name_alone_names_a_person);
    tcase_add_test(failures, test_failure_role_is_kept_apart_from_the_name);
    tcase_add_test(failures, test_failure_role_before_an_apposed_name_gives_the_name);
    tcase_add_test(failures, test_failure_words_around_a_name_are_not_the_name);
    tcase_add_test(shapes, test_shape_colon_before_a_quotation_ends_the_reported_clause);
    tcase_add_test(failures, test_failure_adjunct_before_the_cue_and_surnames_that_are_words);
    tcase_add_test(failures, test_failure_colon_lead_in_gives_the_speaker);
    tcase_add_test(failures, test_failure_colon_lead_in_without_a_cue_gives_its_subject);
    tcase_add_test(failures, test_failure_second_of_a_run_inherits_and_only_then);
    tcase_add_test(failures, test_failure_the_department_is_not_the_outlet);
    tcase_add_test(failures, test_failure_the_journal_is_not_the_company);
    tcase_add_test(failures, test_failure_cue_and_role_words_inside_an_organisation_name);
    tcase_add_test(failures, test_failure_bare_definite_role_means_the_last_person);
    tcase_add_test(failures, test_failure_role_apposed_after_the_name);
    tcase_add_test(failures, test_failure_dash_aside_before_the_cue);
    tcase_add_test(failures, test_failure_unknown_word_before_a_cue_is_a_name);
    tcase_add_test(failures, test_failure_it_and_the_company_are_the_organisation_not_a_person);
    tcase_add_test(failures, test_failure_unresolvable_mention_gives_no_speaker);
    tcase_add_test(failures, test_failure_relative_pronoun_after_an_apposition_is_the_name);
    tcase_add_test(failures, test_confidence_orders_attributions);
    tcase_add_test(shapes, test_shape_speaker_before_several_appositions);
    tcase_add_test(shapes, test_shape_second_clause_after_comma_and);
    tcase_add_test(shapes, test_shape_participle_reports_for_the_sentence_subject);
    tcase_add_test(shapes, test_shape_participle_skips_places_and_opening_adjuncts);
    tcase_add_test(shapes, test_shape_verb_in_an_opening_adjunct_stops_at_its_comma);
    tcase_add_test(shapes, test_shape_manner_of_speaking_after_a_quotation);
    tcase_add_test(shapes, test_shape_mention_leaves_out_the_complementiser);
    tcase_add_test(shapes, test_shape_indefinite_pronoun_begins_no_name);
    tcase_add_test(shapes, test_shape_adverbial_participle_reports_for_the_main_subject);
    tcase_add_test(shapes, test_shape_that_as_the_reported_subject);
    tcase_add_test(shapes, test_shape_pronoun_skips_countries_and_possessives);
    tcase_add_test(shapes, test_shape_mostly_one_sex_given_names);
    tcase_add_test(shapes, test_shape_lead_in_before_a_quotation_is_not_reported);
    tcase_add_test(shapes, test_language_titles_in_adjuncts_and_more_german_cues);
    tcase_add_test(shapes, test_language_german_verb_second);
    tcase_add_test(shapes, test_shape_quotation_over_several_paragraphs);
    tcase_add_test(shapes, test_language_german_report_phrases);
    tcase_add_test(shapes, test_language_german_sie_with_a_plural_verb_is_they);
    tcase_add_test(shapes, test_language_german_das_stands_for_the_sentence_before);
    tcase_add_test(shapes, test_language_german_compound_proxy_and_person_nouns);
    tcase_add_test(shapes, test_language_german_separable_cue_verbs);
    tcase_add_test(shapes, test_language_german_role_of_a_body);
    tcase_add_test(shapes, test_language_german_body_in_its_citation_form);
    tcase_add_test(shapes, test_language_german_organisation_named_after_its_noun);
    tcase_add_test(shapes, test_language_german_what_someone_called_it);
    tcase_add_test(shapes, test_shape_titles_in_marks_name_the_one_told_or_the_source);
    tcase_add_test(shapes, test_shape_speech_verb_and_that_without_a_subject);
    tcase_add_test(shapes, test_shape_plural_noun_before_the_verb_is_no_cue);
    tcase_add_test(shapes, test_shape_plural_noun_after_to_is_no_cue);
    tcase_add_test(shapes, test_shape_cue_in_an_opening_subordinate_clause);
    tcase_add_test(shapes, test_language_german_cues);
    tcase_add_test(shapes, test_language_german_names_and_compound_roles);
    tcase_add_test(shapes, test_language_german_reported_speech);
    tcase_add_test(shapes, test_language_german_sources_by_phrase);
    tcase_add_test(shapes, test_language_german_impersonal_cue);
    tcase_add_test(failures, test_failure_quotation_before_the_comma_is_no_subject);
    tcase_add_test(shapes, test_language_german_subjunctive_goes_on);
    tcase_add_test(shapes, test_language_german_role_compounds);
    tcase_add_test(shapes, test_language_german_sources_named_in_full);
    tcase_add_test(shapes, test_language_french_and_spanish_cues);
    tcase_add_test(shapes, test_language_french_and_spanish_inverted_after_a_clause);
    tcase_add_test(shapes, test_language_apposed_holder_after_a_role);
    tcase_add_test(shapes, test_language_pronouns_find_their_gender_in_german_and_french);
    tcase_add_test(shapes, test_language_european_given_names_tell_the_gender);
    tcase_add_test(shapes, test_language_french_and_spanish_roles_and_apposed_names);
    suite_add_tcase(s, shapes);
    suite_add_tcase(s, failures);
    return s;
}
