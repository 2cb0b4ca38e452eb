"""Extraction rules as tables of tricky sentences and their expected readings."""

import pytest

from toolkit.extract.bodies import find_bodies
from toolkit.extract.decisions import classify_sentence, find_vote
from toolkit.reference import compile_outcomes, load_reference

REF = load_reference()
VOCAB = compile_outcomes(REF.outcomes)


def outcome(sentence):
    hits, unclassified = classify_sentence(sentence, 0, len(sentence), VOCAB)
    return [h.outcome for h in hits], unclassified


@pytest.mark.parametrize(
    "sentence,expect",
    [
        ("A proposal for a working group was deferred to the NEC Equalities Committee.", ["deferred"]),
        ("Item 6: Rule changes. Deferred.", ["deferred"]),
        ("It was agreed to defer these to a future meeting.", ["deferred"]),
        ("Following a lengthy argument, the proposal was narrowly defeated.", ["rejected"]),
        ("It was not agreed.", ["rejected"]),
        ("The motion fell for want of a seconder.", ["rejected"]),
        ("The motion fell.", ["rejected"]),  # the proposal's own fate, not what was proposed
        ("The longlisting amendment fell by 9 votes to 23.", ["rejected"]),
        ("The motion carried.", ["agreed"]),
        ("The need for equality monitoring was once again noted.", ["noted"]),  # "once again" is no time clause
        ("It was noted that the final proposals were adopted by over 93% of conference.", ["noted"]),
        ("The Treasurer presented the accounts for 2016, which were received with thanks.", ["noted"]),
        ("Having voted not to defer it, the NEC then approved the new fees by 22 votes to 10.", ["agreed"]),
        ("Having voted not to defer it, the NEC moved on.", ["rejected"]),
        ("The question of whether the motions passed at regional conference bind the Board was held over for "
         "the full Board to decide.", ["deferred"]),
        ("A motion that papers should go out a week before each meeting fell by 4 votes to 9.", ["rejected"]),
        ("If the motion fell, we would have to start again.", []),
        ("Funmi Adeyemi moved that the guidance be deferred to our May meeting, so officers could comment.", []),
        ("The Board agreed that the review should be deferred to the March meeting.", ["deferred"]),
        ("The paper was referred back to the officers.", ["referred"]),
        ("The motion was withdrawn by the mover.", ["withdrawn"]),
        ("Cllr Jo Bloggs was elected chair of the committee.", ["elected"]),
        ("Reports from the Directors were noted.", ["noted"]),
        ("The committee received a report from the Treasurer.", ["noted"]),
        ("The NEC agreed a number of key rule changes.", ["agreed"]),
        ("Having voted not to defer it, the NEC discussed the paper.", ["rejected"]),
        ("Three cases were referred to the NCC.", ["referred"]),
        ("The key outcome was the NEC's endorsement of the new guidelines for CLP meetings.", ["agreed"]),
        ("Approval was given to the guidance on CLP annual general meetings.", ["agreed"]),
        ("14/ Conference backed the motion on a public-sector pay floor by a big margin.", ["agreed"]),
        ("- remitted a motion on second homes to its Policy Committee;", ["referred"]),
        ("- elected Ruth Trewin as the region's representative on the National Policy Forum.", ["elected"]),
        ("We received the Regional Director's report on the election results.", ["noted"]),
        ("The committee decided to hold a seminar in the autumn.", ["agreed"]),
        # a motion's own words ("before every meeting", "until after conference") do not hedge its fate
        ("A motion calling for papers to be sent out two weeks before every meeting was carried by 20 votes to 9.",
         ["agreed"]),
        ("A motion to postpone the whole document until after conference was defeated 4–11.", ["rejected"]),
        ("A motion moved by Jo Bloggs asking for the agendas to be published to members in advance fell, 12–23.",
         ["rejected"]),
        ("A review of disabled members' access to meetings was deferred, with no date set.", ["deferred"]),
        ("Item 11: Election of the Board's representative to the Policy Forum – Jo Bloggs elected, unopposed.",
         ["elected"]),
        ("The committee received the usual list of CLPs in special measures.", ["noted"]),
        ("Members were reminded that the Board's decision in 2011 to set up a fighting fund had raised £40,000.",
         ["agreed"]),
        # an event named inside the item's subject does not make it an event put back
        ("The contract for the 2019 conference exhibition was deferred rather than rejected.", ["deferred"]),
        ("The proposal to hold hustings for candidates for the regional list was deferred, with no date set.",
         ["deferred"]),
        ("The key seats plan was agreed 21–9, after a long debate.", ["agreed"]),
        # list items led by their verb under a label, an object between a verb and its target, a terse outcome
        ("(b) referred two disputes about CLP AGMs to the General Secretary for investigation;", ["referred"]),
        ("(c) deferred the review of branch boundaries in Glasgow to its August meeting;", ["deferred"]),
        ("Conference referred the motion on land reform to the Scottish Policy Forum.", ["referred"]),
        ("7.2 Living Wage for interns. Moved by Liam Docherty. Supported unanimously.", ["agreed"]),
        # terse records: a proposal's name then its fate, a labelled decision, a list's bare participle
        ("• DECISION: Winter Fuel motion referred to the national policy consultation.", ["referred"]),
        ("Proposal deferred to March.", ["deferred"]),
        ("• DECISION: Regional Conference will be held on Saturday 15th March at the Winter Gardens.", ["agreed"]),
        ("Suspensions lifted, with a reminder to both of the code of conduct.", ["agreed"]),
        ("The other four were ruled out because they dealt with events before the cut-off date.", ["rejected"]),
        ("The paper was kicked back to the Governance and Legal Unit for redrafting.", ["referred"]),
        # a meeting moved is what the body agreed, not an item it put off
        ("The Board agreed to postpone conference from Saturday 10th June to Saturday 18th November.", ["agreed"]),
        ("It is also worth saying that conference in Brighton agreed the rule change on antisemitism.", ["agreed"]),
        ("The rejected amendment was then withdrawn.", ["withdrawn"]),
        ("The report was noted. The Board agreed to put the item on the next agenda.", ["agreed"]),
        # an outcome opening its brackets, as minutes record it (not "(passed by: ...)", a list of who passed it)
        ("4.1 Regional conference to be held on Saturday 8th February 2020 at Scarborough Spa (agreed).", ["agreed"]),
        ("4.2 Proposal from the officers to move to a two-day conference (deferred to November).", ["deferred"]),
        ("5.1 Motion on flood defence funding, moved by Sue Haworth (carried, 3 abstentions).", ["agreed"]),
        ("5.2.2 Motion on publishing minutes put to the vote (lost 8-15).", ["rejected"]),
        ("6.4 Request for £500 towards the political school (referred to the Finance Sub-Committee).", ["referred"]),
        ("2. Banning fire and rehire: taken forward without dissent.", ["agreed"]),
        ("The proposal to move the conference fell on a show of hands.", ["rejected"]),
        ("6. The state pension age: passed to the Public Services commission, which covers pensions.", ["referred"]),
        ("Agreement was reached on the new timetable.", ["agreed"]),
        ("The Board voted 14-3 to hold the conference in Blackpool.", ["agreed"]),
        ("Members voted by 12 to 5 to reject the proposal.", ["rejected"]),
        ("The NEC confirmed the shortlist.", ["agreed"]),
        # a determiner is no person agreeing "with" someone
        ("Her report was received with something close to a cheer.", ["noted"]),
        ("The minutes of the January meeting went through with no changes.", ["agreed"]),
        ("The Chair agreed with Lynne Darby that this was desirable.", []),
        ("Report received, with thanks to the staff for their work over the holidays.", ["noted"]),
        # the proposal or question is the subject; what it is about may name a meeting or hedge
        ("A proposal to hold a disabled members' conference next spring was put on hold until the November meeting.",
         ["deferred"]),
        ("The question of whether the forum should meet twice a year was put on hold until after Annual Conference.",
         ["deferred"]),
        ("The SEC backed the call for a review.", ["agreed"]),
        ("The proposal won the support of the committee.", ["agreed"]),
        ("The NEC gave its blessing to the plan.", ["agreed"]),
        ("The request for funding was granted.", ["agreed"]),
        ("The panel found in favour of the appellant.", ["agreed"]),
        ("The paper was sent to the Policy Committee for further work.", ["referred"]),
        ("The Board had previously agreed at its March meeting to fund the post.", ["agreed"]),
        # a committee's recommendation is its decision; staff's or a review's advice is not
        ("- It recommended revised procedural guidelines for parliamentary selections.", ["agreed"]),
        ("- recommended that Scottish Conference be postponed from October to early next year;", ["agreed"]),
        ("The Org Sub recommended all-women shortlists in three of the seats.", ["agreed"]),
        ("Staff recommended lifting the suspension, but a number of us felt the inquiry had to finish first.", []),
        ("The Democracy Review 2018 recommended a review of the membership fees allocation to CLPs.", []),
        ("- It referred the request from two CLPs in the North West to merge their forums back to the Regional "
         "Director.", ["referred"]),
        # a proposal's fate as the main verb, negated; but not a fate inside a relative clause
        ("A proposal from Jo Bloggs that the review should report before conference in September was not agreed.",
         ["rejected"]),
        ("An amendment that was not agreed could still go to a vote of the whole forum if 35 members asked.", []),
        # a minority position that "falls"; paragraphs held back for a later meeting; the fates an item may meet
        ("The minority position on council tax revaluation won only 27 votes, and so falls.", ["rejected"]),
        ("The JPC decided to hold the Brexit paragraphs of the document back for its own meeting on 17 July.",
         ["deferred"]),
        ("Holding the two events back to back saves delegates a second trip.", []),
        ("I held this report back until after the full NEC on Tuesday.", []),
        ("An amendment can be accepted into the text, composited with others, withdrawn, or not agreed.", []),
        ("The amendment can be accepted into the text.", []),
        ("- Amendment H14, on ending new PFI deals, was taken into the text in full.", ["agreed"]),
        # a group of elected members deciding is no meeting's decision
        ("Separately, the Scottish Parliament group has decided to make its own submission to the Smith Commission.",
         []),
        ("The council group agreed to support the budget.", []),
        # staff deciding, a person's agreement, an option, nothing decided
        ("- Maxine told us the GLU has decided to move to email-only correspondence from 1 April.", []),
        # a government, or head office, deciding
        ("The Government has of course decided to press ahead with it regardless of the evidence.", []),
        ("He also told us that head office has decided to manage the organisers under a national contract.", []),
        ("The Coalition's Spending Review on 20 October decided to cut departmental budgets by a fifth.", []),
        ("The local government committees were agreed.", ["agreed"]),  # (not a government)
        ("He also told us that the Electoral Commission has decided to look again at its guidance.", []),
        ("Second, Iain McNicol's office has decided to move complaints onto a new system.", []),
        ("A rumour went round on Twitter on Saturday night that the WEC had agreed to oppose it.", []),
        ("The train home turned into a tour of the Midlands, and Monday was lost to the day job.", []),
        ("The motion was lost, 9 votes to 14.", ["rejected"]),
        # background and opinion, not decisions
        ("It was my first AGM, having only been elected to the SEC in the spring.", []),
        ("He was at his daughter's wedding, which we all agreed was a fair excuse.", []),
        ("- Discussed for ten minutes; nothing agreed either way.", []),
        ("Imran Bashir asked that the CLP be told why, which the chair accepted.", []),
        ("Paul told us that he personally agreed with the Regional Director that the Board spends too long on reports.",
         []),
        ("Kath will need our help with the conference motion, which may well be composited with others on rail.", []),
        # a month named May is no modal; a dash closes a time clause; "council group AGMs" is no group deciding
        ("• Campaign budget for May agreed 21–4, 2 abstentions.", ["agreed"]),
        ("• Panel interviews to carry on via Zoom until further notice — agreed.", ["agreed"]),
        ("• Report on the council group AGMs noted; most groups had managed to hold AGMs online.", ["noted"]),
        ("The proposal may be agreed next time.", []),
        # a body carrying an item over, a request sent up, a councillor agreed with
        ("• Standing orders review: the paper went out late, so REC agreed to carry it over to the next REC.",
         ["deferred"]),
        ("• Request to run its AGM by postal ballot sent up to the full REC, as it's outside the committee's powers.",
         ["referred"]),
        ("– Several of us agreed with Cllr Whitlock that Zoom has got more people to REC.", []),
        ("His proposal to put the item back until the autumn was put to the vote and lost, 10 votes to 19, so the SEC "
         "did not agree to defer the selection rules.", ["rejected"]),
        # a motion moved, a vote the author would have cast, an appeal upheld past an aside, motions ruled out
        ("A delegate from Bristol North West moved to refer back the paragraph that scheduled the rule changes.", []),
        ("This was the one I argued for on Saturday, and I'd have voted for it as a delegate.", []),
        ("The appeal from Worthing West CLP, on the rail franchise in the South, was upheld.", ["agreed"]),
        ("The appeal from the CLP, on the selection, was not upheld.", ["rejected"]),
        ("We ruled out eleven of the contemporary motions submitted by CLPs at that meeting.", ["rejected"]),
        ("Eilidh moved a reference back of the paragraph that ruled out the motion on the resignation.", []),
        # a person's acceptance, and a person's words about things agreed; but a decision reported is one
        ("Tony undertook to sort it out with him this week, which Martin accepted with bad grace.", []),
        ("He said that the documents agreed over the weekend would be the foundation of the manifesto.", []),
        ("Shona told us that the sub-committee had itself agreed on the Tuesday to scrap the planned survey.",
         ["agreed"]),
        # a body that thanked someone and agreed is a body's decision; a person's own verbs are not
        ("The Executive thanked Gemma and agreed to circulate this write-up to all branch secretaries.", ["agreed"]),
        ("The Chair reminded members and agreed to write to them.", []),
        # outcomes written as everyday verbs
        ("The committee threw out the proposal to close the office.", ["rejected"]),
        ("The Board declined to support the motion.", ["rejected"]),
        ("The Board decided against holding a conference this year.", ["rejected"]),
        ("The REC refused the request for funding.", ["rejected"]),
        ("The request was refused.", ["rejected"]),
        ("The appeal was dismissed.", ["rejected"]),
        ("The panel upheld the appeal.", ["agreed"]),
        ("The rule change was kicked into the long grass.", ["deferred"]),
        # an item about a meeting or an event is still an item put off
        ("A proposal to move conference from February to the autumn was deferred to the May WEC.", ["deferred"]),
        ("The regional conference arrangements were deferred to the next meeting.", ["deferred"]),
        ("The proposal to pay travel costs for members attending CLP meetings was postponed to the next NEC.",
         ["deferred"]),
        ("The guidance on joint leaflets was agreed by 17 votes to 12; we both voted against.", ["agreed"]),
        ("- The Secretary's report on the number of hearings held since March was noted.", ["noted"]),
        ("The amendment on the Living Wage was taken into the text, with a small change of wording.", ["agreed"]),
        ("The proposal on the quorum for branch meetings was left on the table.", ["deferred"]),
        ("The reference back was carried on a card vote, 53.2% to 46.8%.", ["referred"]),
        ("The reference back was lost.", ["rejected"]),
        ("The minutes of September's meeting went through without comment.", ["agreed"]),
        ("The paper on school support staff was nodded through.", ["agreed"]),
        ("The forum budget was put on hold until January.", ["deferred"]),
        ("The motion on fracking was sent back to the Procedures Committee.", ["referred"]),
        # a second thing agreed, put as what should be done; not a fact told beside the agreement
        ("It was agreed that reporting could be improved, and that the fundraising code should be circulated.",
         ["agreed", "agreed"]),
        ("The WEC agreed that the conference will not be rearranged, and that motions will go to the policy forum.",
         ["agreed"]),
        ("The NEC agreed in July the ballot timetable, and that the first ballots would open shortly.", ["agreed"]),
        ("The panel agreed that the date had been applied wrongly, and that forty members should have had a vote.",
         ["agreed"]),
        ("The written evidence from the South West's unions was received.", ["noted"]),
        ("The item was held over until the next meeting.", ["deferred"]),
        ("The WEC deferred the selection timetable to the November meeting.", ["deferred"]),
        ("RESOLVED: that the Officers be authorised to agree the venue and dates for conference.", ["agreed"]),
        ("RESOLVED: that the Treasurer's report be received.", ["noted"]),
        ("RESOLVED: that the General Secretary's report be noted.", ["noted"]),
        ("RESOLVED: that the motion on bus services be referred to the Welsh Policy Forum.", ["referred"]),
        ("Local elections campaign plan agreed, no vote needed.", ["agreed"]),
        ("The proposed cap on motions was kicked back to the Procedures Committee.", ["referred"]),
        ("The item was kicked back to the spring.", ["deferred"]),
        ("The proposal to give the NEC statement its own slot was kicked back to the CAC, which meets early Sept.",
         ["referred"]),
        ("Some members wanted the selections timetable put back to January as well; that was voted down, 8-19.",
         ["rejected"]),
        ("That fell 9-14.", ["rejected"]),
        ("- parked a suggestion, made in the meeting by Joe Halliwell, that the conference be held online.",
         ["deferred"]),
        ("We parked the car outside.", []),
        ("- The submissions received from CLPs and affiliates since March were noted.", ["noted"]),
        ("Since the minutes were agreed we have had no reply.", []),
        ("The sub-panel agreed unanimously to recommend that the case be referred to the NCC.", ["agreed"]),
        ("X moved that the paper be deferred to May.", []),
        ("The Board agreed that the review of boundaries should be deferred to the March meeting.", ["deferred"]),
        ("It was further agreed that the hustings arrangements should be referred to the full NEC.", ["referred"]),
        ("The decision on whether to hold the conference in person was deferred until 1 September.", ["deferred"]),
        ("- East Midlands: two linked cases were kicked back to the region for a proper investigation.", ["referred"]),
        ("The guidance on social media conduct was sent back to staff.", ["referred"]),
        ("The commission took forward our submission on NHS dentistry.", ["agreed"]),
        ("- The four-day week pilot was not taken forward.", ["rejected"]),
        ("The complaint against a CLP officer was not upheld.", ["rejected"]),
        ("The administrative suspensions of three members were lifted.", ["agreed"]),
        ("Jean Bissell was declared elected.", ["elected"]),
        ("The regional fighting fund was carried forward to the January meeting.", ["deferred"]),
        ("For the record: the officers agreed by email on 30 March to cancel the regional conference.", []),
        ("A further email round in April agreed that selection meetings would wait.", []),
        ("Gary Wolstenholme seconded, and agreed with Sinead that sick pay matters.", []),
        ("The Org Committee had decided at its February meeting that selection meetings would stay online.",
         ["agreed"]),
        ("- Rule changes: most of the NEC's package went through; I'll do a separate note on them.", ["agreed"]),
        ("The motion on the bedroom tax was supported unanimously.", ["agreed"]),
        ("Maureen reported that it had ruled two of the five motions out of time.", ["rejected"]),
        ("We formally received the result of the priorities ballot.", ["noted"]),
        ("Bristol West CLP told that meeting that it was withdrawing its emergency motion.", ["withdrawn"]),
        ("The Leader's report was received with thanks.", ["noted"]),
        ("Nothing of the sort was discussed, let alone agreed.", []),
        ("Nobody at Tuesday's meeting referred to it.", []),
        ("I asked how CLPs that lost their MPs in May would be supported.", []),
        ("It was held over to the full NEC.", ["deferred"]),
        ("In the end we voted not to defer them, and the standing orders were then agreed by 8 votes to 3.", ["agreed"]),
        ("We voted not to defer it wholesale: 14-19 on my proposal.", ["rejected"]),
        ("The motion was carried on a show of hands.", ["agreed"]),
        ("The Usdaw amendment on protecting shopworkers from abuse was taken in.", ["agreed"]),
        ("Two amendments on youth services were composited.", ["agreed"]),
        ("General Secretary's report from Iain McNicol received.", ["noted"]),
        ("The revised forecast was received.", ["noted"]),
        ("- We admitted the Unison emergency motion on the collapse of a care home operator.", ["agreed"]),
        ("The Royal Mail motion was admitted unanimously now that the announcement is public.", ["agreed"]),
        ("Ngozi Adebayo elected, unopposed, to the NEC Disputes Panel.", ["elected"]),
        ("At that meeting we agreed to put the officer elections back until after the general election.",
         ["deferred"]),
        ("We voted not to defer it wholesale: 14-19 on my proposal to push the whole thing back to March.",
         ["rejected"]),
        ("Before we reached them, Teresa Halloran's proposal that all rule changes be put back until after a "
         "leadership election was defeated on a show of hands.", ["rejected"]),
        ("The amendment was accepted by the committee.", ["agreed"]),
        ("The proposal was not agreed.", ["rejected"]),
        ("As I reported after that meeting, the committee agreed in June that every CLP secretary would receive a "
         "quarterly membership report.", ["agreed"]),
        ("An amendment from Tony Hargreaves, a CLP representative from Bromley, which would have halved the size of "
         "the fund, fell by 10 votes to 17.", ["rejected"]),
        ("Brendan Ackroyd was elected by the CLP delegates to one of the CLP places on the JPC, by 44 votes to 3.",
         ["elected"]),
        ("The proposal for a regional women's conference was kicked to the committee's September meeting.",
         ["deferred"]),
    ],
)
def test_outcomes(sentence, expect):
    assert outcome(sentence)[0] == expect


@pytest.mark.parametrize(
    "sentence",
    [
        "We had hoped to defer the guidance to the July NEC.",
        "Claims are going round online that the NEC agreed to defer the London Assembly selections.",
        "Some of you have heard that the Board agreed to defer the borough selections.",
        "- Chris voted to defer the regional conference motion; Fatima would have preferred to take it today.",
        "It would have made more sense to defer these to the Organisation Committee.",
        "Keir agreed there needs to be a clear framework.",
        "Sam met with the working group and agreed to write to the Mayor.",
        "Motions passed at the London Regional Conference must be acted upon.",
        "Grenfell Tower Atrocity (passed by: Bermondsey and Old Southwark)",
        "The NEC paid tribute to comrades who had passed away.",
        "Given the amount of business deferred, or awaiting further information, we worried.",
        "📝 Pete agreed to write to the NEC about the delays.",
        'Ruth Trewin said: "I am honoured to have been elected, and I will be a voice for rural members."',
        "She told us: “The motion was carried at my CLP last week.”",
        "Lots of CLPs have agreed to twin with marginal seats, which is fantastic!",
        "The regional conference was postponed because of the snow.",
        "The Chair welcomed everyone back and passed on apologies from Jas Kandola.",
        "The review carried out by the party's staff was thorough.",
        "Lots of members have asked me how it works, so I have decided to write this report.",
        "The NCC is the body that hears the most serious cases referred to it by the NEC.",
        "We discussed how and when cases are referred to the NCC.",
        "If the elections are postponed, the selection timetable will change.",
        "Several of us asked for the new guidance on online CLP meetings to be held back until CLPs were consulted.",
        "Morag voted in favour.",
        "The meeting planned for 5 May was postponed.",
        "Keir decided to hold a reshuffle.",
        "She referred the meeting to the paper circulated last week.",
        "The May meeting was cancelled by the officers, because it fell eleven days after polling day.",
        "Jo moved a motion referred to in the minutes.",
        "The chair confirmed the meeting was quorate.",
        "The minutes were sent to the committee in advance.",
        "Letters were sent to the committee members.",
        "The regional office, not the Board, has decided that the CLP's bank account will be run from the office.",
        "The General Secretary's office decided that motions about the report would be ruled out of order.",
        "Anjali asked about youth unemployment now that it has passed a million.",
        "The NEC has previously agreed that every PCC shortlist must include at least one woman.",
        "Jeremy Corbyn has now been re-elected, with a bigger share than last time.",
        "The SEC met a week after Jim Murphy and Kezia Dugdale were elected leader and deputy leader.",
        "A general election was ruled out by the Prime Minister.",
        "Decision: none taken.",
        # an outcome word as an adjective, nothing decided, people's views, rumours, money passed on
        "Two members argued that the timetable was too tight for CLPs with no agreed branch structure.",
        "The agreed text goes to conference.",
        "No decisions were taken in that discussion, and none were meant to be.",
        "Everyone agreed it was a problem, and the point was well made.",
        "Huw agreed too.",
        "Some people have been saying on Facebook that the Board agreed to move the AGM to December.",
        "Something I heard second-hand: that the NEC has agreed to look again at the rule book in Wales.",
        "Raj Bains proposed that the party reduce the share of membership income passed to CLPs.",
        "- Dafydd asked about support for the Welsh party. Jennie agreed to speak to the Welsh general secretary.",
        "That is fair, and Adaeze agreed to put it on the agenda of the first meeting after the timetable is out.",
        "A lot of us agreed with every word of it.",
        "The headlines, as I noted them:",
        "In my January post I said the REC had agreed to pay travel costs for all CLP reps.",
        "Ollie tells me he argued for a shorter deadline for motions and lost, but there was no formal vote.",
        "Kate agreed, and said that two more staff start in January.",
        "We agreed long ago that papers would come out a fortnight ahead.",
        "The paper was not good enough for something this important, and the chair accepted that.",
        "These are our notes, not the minutes, which will be circulated after the next meeting has approved them.",
        "I would rather we had agreed it on the spot.",
        "There are real questions about how the final wording is signed off.",
        "I should say that the REC did not agree to drop the review, as some people on social media seem to think.",
        "Tony Marsh moved an amendment to repeal the trade union laws passed since 1980.",
        "Jeremy Corbyn decided against a reshuffle.",
        "Jo declined to comment.",
        # a meeting moved is not an item's decision put off
        "The regional conference, which was due to take place online on Saturday 15 May, has been postponed to "
        "Saturday 2 October.",
        "12/ Diary change: the REC awayday planned for Sat 18 April has been postponed to June.",
        "The next meeting of the Women's Committee, which was due on 13 October, has been postponed to 10 November.",
        # undertakings and a mover's assent are people's, not the body's; apologies are not a report
        "There was some sympathy, but no vote was taken, and Iain agreed to bring a paper on reporting to the July NEC.",
        "Several members asked for the figures to be broken down by region, and Nadia agreed to do this for July.",
        "Nadine Corless, who put the proposal, accepted this.",
        "Item 1: Apologies – received from Bryn Caddick and Marsha Lyle.",
        # views, an outcome inside a noun phrase, nothing decided
        "Most of us agreed with her, although there were different views.",
        "The rest of us did not agree with her, although I have some sympathy.",
        "I supported the motion, and I hope the paper delivers.",
        "Nothing was agreed and it is not a matter for the NPF anyway.",
        "The procedure we agreed on 4 July applies only to seats where the MP is standing down.",
        "The hustings guidance is the most important thing we agreed.",
        "For the avoidance of doubt, the NEC did not agree to defer the Senedd timetable; nobody proposed doing so.",
        "To be clear, the proposal was not rejected; it simply was not ready.",
        # rules of procedure, options, summaries of what was told before, people's votes and views
        "Amendments could be agreed as they stood, composited with others, withdrawn, or remitted for further work.",
        "An amendment that was not agreed could still go to a vote of the whole forum on the Saturday.",
        "Under the rules, an amendment that is not carried but wins 35 votes goes to conference as a minority position.",
        "To sum up: the selection rules were agreed, and the rule change has gone to the Organisation Sub-Committee.",
        "I was one of the two who voted against, because the options have not been properly explored.",
        "We went through the papers line by line.",
        "We also supported the hybrid meetings motion.",
        "She also reported that the Welsh Government had decided to publish its draft budget in December.",
        "This was the item deferred from March.",
        "Keir agreed members should hear more about the NEC's work.",
        "Siobhan Duffy (GMB) voted against because she wanted the rule changes taken earlier.",
        "The chair accepted the point and said papers would go out a week in advance from now on.",
        "So the Board did not agree to defer, and the timetable stands as printed.",
        "So, to be clear, the NEC did not agree to defer them as a block, and each one was taken on its own.",
        "We have decided to write these jointly this year.",
        "Nothing further was agreed under this item.",
        "The WEC has not agreed anything of the kind, and no such proposal has been made.",
        "Gwen Tudor-Price moved an amendment keeping the two youth places, which was accepted by the mover.",
        "He carried on, and the hall gave him a standing ovation at the end.",
        "Some of you will have heard that the REC agreed to pull organisers out of the safer seats in Essex.",
        "There was a rumour that the public ownership amendment would be taken in as a late compromise.",
        "One of us was elected by London CLPs and the other sits for the affiliated trade unions.",
        "I did say that I had voted against the rule change in committee.",
        "We waited until the full NEC had dealt with the one big item the committee passed up to it.",
        "Answer: it's been postponed and will now meet in Feb, date TBC.",
        "Two members wanted them held over until after the summer, as the forums had not been consulted.",
        "Q: I heard the REC voted to merge the two Hull CLPs.",
        "A proposal from the floor to refer it to the Regional Policy Committee was debated.",
        "In the most serious cases, the panel can close the case, issue a warning or refer it to the NCC.",
        "Some of us were uneasy, but we accepted that there is no realistic alternative this close to an election.",
        "That is her plan, not something the committee has agreed.",
        "The Government, for its part, has decided to wait for its water commission to report.",
        "We had previously agreed that the general election review would report back before conference.",
        "No further action was agreed.",
        "We agreed long ago that papers would reach us a week before every meeting.",
    ],
)
def test_not_decisions(sentence):
    assert outcome(sentence)[0] == []


def test_unclassified_goes_to_review():
    hits, unclassified = outcome("A motion on selections was discussed at length.")
    assert hits == [] and unclassified is not None


def test_an_amendment_agreed_in_the_past_is_still_a_decision():
    assert outcome("Mike moved an amendment which was agreed by 20 votes to 3.")[0] == ["agreed"]
    assert outcome("The NEC voted against the proposal.")[0] == ["rejected"]


def test_we_agreed_at_a_meeting_is_still_a_decision():
    assert outcome("At the July meeting we agreed to set up a working group.")[0] == ["agreed"]
    assert outcome("Matters arising: at the January WEC we agreed to commission a review.")[0] == ["agreed"]
    assert outcome("The NEC agreed with the recommendation of the panel.")[0] == ["agreed"]
    assert outcome("To be clear, the NEC agreed the budget.")[0] == ["agreed"]


def test_a_body_agreeing_to_act_is_still_a_decision():
    assert outcome("The NEC agreed to bring forward the timetable for selections.")[0] == ["agreed"]
    assert outcome("The committee agreed to circulate the guidance to every CLP.")[0] == ["agreed"]
    assert outcome("Item 2: Report from the Chair – received.")[0] == ["noted"]


def test_two_records_in_one_sentence():
    s = "Working Groups were granted approval for each motion, and it was agreed to implement the actions."
    assert outcome(s)[0] == ["agreed", "agreed"]
    s = ("The minutes of the January meeting were agreed, and the Regional Director's report was noted after a long "
         "discussion.")
    assert outcome(s)[0] == ["agreed", "noted"]


@pytest.mark.parametrize(
    "sentence,vote",
    [
        ("The NEC agreed, by 20 votes to 14, to proceed.", "20-14"),
        ("Carried 19 for, 11 against, 2 abstentions.", "19-11-2"),
        ("The proposal was carried 20-14.", "20-14"),
        ("It was agreed in 2019-2020.", ""),
    ],
)
def test_votes(sentence, vote):
    assert find_vote(sentence) == vote


def test_deferral_target_is_read():
    s = "Proposals on this were deferred to the 24th November meeting of the NEC, although many disagreed."
    hits, _ = classify_sentence(s, 0, len(s), VOCAB)
    assert hits[0].deferred_to == "the 24th November meeting of the NEC"


@pytest.mark.parametrize(
    "text,ids",
    [
        ("the Org Committee met", ["nec-org"]),
        ("the NEC Organisation Committee", ["nec-org"]),
        ("the Equalities, Disputes and Organisation Sub-Committees met", ["nec-equalities", "nec-disputes", "nec-org"]),
        ("the London Regional Board", ["rec-london"]),
        ("the Scottish Executive", ["rec-scotland"]),
        ("our CLP Sec wrote", []),
        ("Welsh Labour Conference", ["conference-wales"]),
        ("the Annual Conference", ["conference"]),
        ("endorsed at Welsh Labour's online conference", ["conference-wales"]),
        ("London Labour's 2019 conference", ["conference-london"]),
        ("the Leader's speech to Labour's conference", ["conference"]),
        ("the Young Labour National Committee met", ["nec-young-labour"]),
        ("HOUSING, LOCAL GOVERNMENT AND TRANSPORT POLICY COMMISSION", ["npf-housing"]),  # a name with a comma
        ("Item 4: Online-only CLP meetings", []),  # words describing CLPs, not a CLP's name
        ("The NCC's next plenary is on Saturday 22 April", ["ncc"]),  # a name before its possessive
        ("the Organisation Committee's timetable", ["nec-org"]),
        ("Every CLP should send two delegates from Colne Valley CLP", ["clp-colne-valley"]),
        ("From Eastcombe CLP: news from the NEC", ["clp-eastcombe", "nec"]),  # no CLP called "From Eastcombe"
        ("Our CLP amendment was agreed.", []),  # nor one called "Our"
        ("one of the East Midlands CLP representatives", []),  # a region's CLP section, not a CLP
        ("the regional Women's Forum met in Chelmsford", ["nec-women"]),  # (a region's own, in a region's report)
        ("I sit on the Green Prosperity commission, which met on 29 June", ["npf-green-prosperity"]),  # its name
        ("amendments referred to the Environment, Energy and Culture commission", ["npf-environment"]),
        ("The commission met. Our commission agreed it. This commission noted it.", []),  # no name
        ("the Boundary commission report for Wales", []),  # outside the party
        ("THE HEALTH AND CARE COMMISSION, FRIDAY\n\nThe commission met", []),  # not across a line
        ("The Pwyllgor Gwaith that was due on 7 Rhagfyr has been cancelled", ["rec-wales"]),  # its Welsh name
    ],
)
def test_bodies(text, ids):
    assert [b.body_id for b in find_bodies(text, REF) if b.body_id] == ids


@pytest.mark.parametrize(
    "text,attributive",
    [
        ("a session on the Welsh Policy Forum documents on the Saturday", True),
        ("the NEC met and agreed the budget", False),
        ("the NEC members were elected", True),
        ("the Welsh Policy Forum met on the Saturday", False),
        ("the Organisation Committee's recommendations from 19 October were endorsed", True),
        ("the Organisation Committee's next meeting is in May", False),
        ("the party's finances, with conference income gone", True),
        ("the contract for the 2019 conference exhibition was deferred", True),
        ("thanked the staff for their work on the conference access arrangements", True),
        ("the conference met in Brighton", False),
        ("the NEC reports go to every CLP secretary", True),
        ("the NPF timetable for this year was agreed", True),
        ("Annual Conference opens in Liverpool on Sunday 28 September", False),
    ],
)
def test_a_body_named_as_a_modifier_is_not_a_meeting(text, attributive):
    from toolkit.extract.bodies import is_attributive

    b = [b for b in find_bodies(text, REF) if b.body_id][0]
    assert is_attributive(text, b.start, b.end) == attributive


def test_generic_rec_takes_the_reports_region():
    assert [b.body_id for b in find_bodies("the REC met", REF, region="yorkshire")] == ["rec-yorkshire"]


def test_a_reference_row_with_an_unquoted_comma_is_an_error(tmp_path):
    import shutil

    from toolkit.reference import ReferenceDataError, default_reference_dir

    ref_dir = tmp_path / "reference"
    shutil.copytree(default_reference_dir(), ref_dir)
    with (ref_dir / "outcomes.csv").open("a", encoding="utf-8") as f:
        f.write("\nagreed,trigger,\\bbacked\\s+(?:\\w+\\s+){0,4}motion\\b,backed,a pattern with a bare comma\n")
    with pytest.raises(ReferenceDataError, match=r"outcomes\.csv: line \d+ has more fields"):
        load_reference(ref_dir)


def test_post_nominals_and_sentence_adverbs_are_not_part_of_a_name():
    from toolkit.extract.people import find_names

    text = "Our guest was Leonie Fraser AM, who spoke. Then Jo Bloggs MSP and Sam McDonald OBE answered questions."
    got = [n.mention for n in find_names(text, 0, len(text), REF, known_first={})]
    assert got == ["Leonie Fraser", "Jo Bloggs", "Sam McDonald"]


@pytest.mark.parametrize(
    "text,name,part",
    [
        ("Our guest was Alan Redfern, a retired chief superintendent.", "Alan Redfern", "member"),
        ("First, Gareth Pryce's amendment to hold everything back until the new year fell 12-20.", "Gareth Pryce",
         "proposer"),
        ("Mick Travers' motion on workplace branches was referred to the Org Cttee.", "Mick Travers", "proposer"),
        ("Argument against, from Lena Hartigan and others: minutes contain confidential material.", "Lena Hartigan",
         "speaker"),
        ("In the discussion, contributions came from Pete Willsman, Jim Kennedy and Cath Speight.", "Cath Speight",
         "speaker"),  # the cue before a list is every name's in it
        ("Questions were put by Ellie Reeves about the timetable.", "Ellie Reeves", "speaker"),
        ("Glenis Willmott MEP gave the EPLP report.", "Glenis Willmott", "reporter"),
        ("Tom Watson gave his apologies.", "Tom Watson", "mentioned"),
        ("Rhea Wolfson put the case for a review.", "Rhea Wolfson", "speaker"),
        ("A question from Ellie Reeves on selections was answered by Iain McNicol.", "Iain McNicol", "speaker"),
        ("Jennie Formby came in at the end to thank the committee.", "Jennie Formby", "member"),
        ("Iain McNicol looked in at the start to thank the panel.", "Iain McNicol", "member"),
        ("Ed Miliband joined for the first forty minutes and spoke about the paper.", "Ed Miliband", "member"),
        ("Ten members were on the call, with Louise Marrable from the General Secretary's office acting as "
         "committee secretary.", "Louise Marrable", "member"),
        ("I sat on this one with Raj Kalsi and Ann Hatfield.", "Raj Kalsi", "member"),
        ("Nadine Corless, who put the proposal, accepted this.", "Nadine Corless", "proposer"),
        ("Parmjit Dhillon then proposed that no case should wait more than three months.", "Parmjit Dhillon",
         "proposer"),
        ("Derek Holt's proposal that the commission meet again was lost.", "Derek Holt", "proposer"),
        ("• Motion on Board papers (Jerome Baptiste): Jerome moved that all papers be published.",
         "Jerome Baptiste", "proposer"),
        ("Marion Feeney read out the resolution the NEC passed in 2009.", "Marion Feeney", "speaker"),
        ("Two nominations were received, Jean Bissell and Pat Lakin, both of whom spoke briefly.", "Pat Lakin",
         "speaker"),
        ("We received the result of the ballot, brought to us by Jo Pemberton from the Conference Office.",
         "Jo Pemberton", "reporter"),
        ("Emilie Oldknow, the Executive Director, presented the report.", "Emilie Oldknow", "reporter"),
        ("Brother Ken Lister (Unison) asked whether the region would publish a list of wards.", "Ken Lister",
         "speaker"),
        ("Also attending: Owain Rhys (Head of Campaigns), Bethan Lloyd-Harris (Policy Officer) and Gethin Parry "
         "(conference organiser)", "Gethin Parry", "member"),
        ("8. Election of vice-chair | Priya Sandhu elected unopposed.", "Priya Sandhu", "elected"),
        ("Sister Ann Petrie (Usdaw) was elected secretary of the Women's Committee.", "Ann Petrie", "elected"),
        ("Davie Sinclair (GMB) proposed that no Labour group should enter a coalition.", "Davie Sinclair",
         "proposer"),
        ("Two council leaders, Rita Osei from Peterborough and Tom Hallam from Harlow, joined us for the discussion.",
         "Tom Hallam", "member"),
        ("Marcus Obi made the point that a third is not much better than it was ten years ago.", "Marcus Obi",
         "speaker"),
        ("Q (Sadia Rauf): Can the training budget be used for childcare?", "Sadia Rauf", "speaker"),
        ("Sister Dawn Farrar, one of the CLP representatives, moved a motion on delegates.", "Dawn Farrar",
         "proposer"),
        ("Our guest speaker was Cllr Amina Rashid, who took questions.", "Amina Rashid", "member"),
        ("The other co-convenor, Niamh Costello from the NEC, chaired the rest of the day.", "Niamh Costello", "chair"),
        ("A proposal from Graham Lowry to allow emergency motions was defeated.", "Graham Lowry", "proposer"),
        ("Dan Smith co-convened with Maureen Tolley from the NEC.", "Maureen Tolley", "chair"),
        ("Kwame Asante of Unison presented the paper on the workforce.", "Kwame Asante", "reporter"),
        ("Tom Watson added his thanks to councillors and candidates.", "Tom Watson", "speaker"),
        ("Gary Lister withdrew his proposal to drop the section.", "Gary Lister", "proposer"),
        ("This is based on notes from Sam Ferreira, who attended its meeting on Monday.", "Sam Ferreira", "member"),
        ("We started with Harriet Harman, who joined us by phone.", "Harriet Harman", "member"),
        ("The chair welcomed our guest speaker, Catriona Imrie MSP, who spoke.", "Catriona Imrie", "member"),
        ("Keynote from Lauren Atherley MP on the cost of living.", "Lauren Atherley", "speaker"),
        ("I sit on Education and Skills, which was co-convened by Stephen Jones, the Shadow Secretary.", "Stephen Jones", "chair"),
        ("Alan Cheung's amendment on teaching assistants' pay was withdrawn by him after a promise.", "Alan Cheung", "proposer"),
        # as a press report tells it
        ("The proposal, put forward by Cllr Bernadette Okoye of Lambeth, was carried.", "Bernadette Okoye", "proposer"),
        ("Unite's representative on the board, Dan Whitcombe, told the meeting that the union would help.",
         "Dan Whitcombe", "speaker"),
        ("Speaking afterwards, London Labour spokesman Gavin Trask said the step was practical.", "Gavin Trask", "mentioned"),
        ("Marion Keele took us through the campaign for the county council elections in May.", "Marion Keele", "reporter"),
        # speech verbs and cues of ordinary reports; short forms of given names
        ("Cath Speight thanked members for their work.", "Cath Speight", "speaker"),
        ("Andy Kerr pointed out that membership had risen.", "Andy Kerr", "speaker"),
        ("Andy Kerr voted against, as did two others.", "Andy Kerr", "speaker"),
        ("Andy Kerr led the discussion on the rules.", "Andy Kerr", "speaker"),
        ("There was a discussion led by Andy Kerr.", "Andy Kerr", "speaker"),
        ("In response to Ellie Reeves, the General Secretary said he would check.", "Ellie Reeves", "speaker"),
        ("Andy Kerr paid tribute to the staff.", "Andy Kerr", "speaker"),
        ("Members paid tribute to the late Mary Turner.", "Mary Turner", "mentioned"),
        ("Tony Abara (Unite) pressed him on public ownership of energy.", "Tony Abara", "speaker"),
        # an office written before the name
        ("– Regional Director Sarah Kettlewell gave her report: candidates are in place.", "Sarah Kettlewell",
         "reporter"),
        ("– Regional Treasurer Derek Ormston took us through the year-end figures.", "Derek Ormston", "reporter"),
        ("Ruth Kenyon queried the figures, and Alan objected to the timetable.", "Ruth Kenyon", "speaker"),
        # sent words, not present: a letter read out, a report circulated in writing
        ("A letter from Harriet Harman, as Acting Leader, thanking candidates, was read out.", "Harriet Harman",
         "mentioned"),
        ("Angela Rayner's report as Deputy Leader was circulated in writing, as she was away.", "Angela Rayner",
         "mentioned"),
        ("The Board's chair, Cllr Dennis Armitage, said: \"The message from today is simple.\"", "Dennis Armitage",
         "chair"),
        ("The May NEC met, with Harriet Harman giving the Leader's report as acting Leader.", "Harriet Harman",
         "reporter"),
        ("Ed Miliband stayed for the whole of the morning session.", "Ed Miliband", "member"),
        # a title set off by commas between the cue and the name
        ("So the leader's report was given by the deputy leader, Jackie Baillie.", "Jackie Baillie", "reporter"),
        ("An amendment moved by the Scottish Young Labour representative, Ross Devine, was agreed.", "Ross Devine",
         "proposer"),
        ("The meeting was chaired by our regional chair, Ann Moss.", "Ann Moss", "chair"),
        ("The committee was chaired, as it has been all year, by Alan Crossley from UNISON.", "Alan Crossley",
         "chair"),
        ("5/ Leader's report. Keir Starmer on the cost of living and energy bills.", "Keir Starmer", "reporter"),
        ("Treasurer's report: Diana Holland on the accounts.", "Diana Holland", "reporter"),
        ("11.20am: Keir Starmer has given the Leader's report, focusing on the cost of living.", "Keir Starmer",
         "reporter"),
        ("Frank Osborne went through the general election results seat by seat.", "Frank Osborne", "reporter"),
        ("Sam Okonjo of Unite withdrew an amendment on the order of business.", "Sam Okonjo", "proposer"),
        ("There were sharp questions, including from Lorraine Cattermole (Unison), who asked why.",
         "Lorraine Cattermole", "speaker"),
        ("Angela Rayner, who co-convenes the commission as Shadow Education Secretary, opened the meeting.",
         "Angela Rayner", "speaker"),
        ("Lorna Beckett, one of the CLP representatives on it, who was at the meeting, has told me what happened.",
         "Lorna Beckett", "member"),
        ("Kezia Dugdale's speech on the Saturday morning set out her case.", "Kezia Dugdale", "speaker"),
        ("27,000 registered, with 84,000 listening to Angela Rayner's speech.", "Angela Rayner", "mentioned"),
        ("A: About 25 members. Cllr Bill Forshaw was in the chair.", "Bill Forshaw", "chair"),
        ("The JPC met on the Sunday afternoon, with Keir Starmer and Angela Rayner both present.", "Keir Starmer",
         "member"),
        ("Julie Frost (GMB) made a strong case that this has to be on day one.", "Julie Frost", "speaker"),
        ("Sian Harcombe made that point with some force.", "Sian Harcombe", "speaker"),
        ("Des Farrell wanted to wait for that guidance.", "Des Farrell", "speaker"),
        ("The finance report, given by Moira Blackwood for the committee, was received.", "Moira Blackwood",
         "reporter"),
        ("Kevin Osei came to present its annual report.", "Kevin Osei", "member"),
        ("In attendance: David Evans (General Secretary), Harriet Gosling (Finance).", "Harriet Gosling", "member"),
        ("The Chair welcomed two new members to their first meeting: Jas Bains and Lucy Marr.", "Lucy Marr",
         "member"),
        ("But Phil Garside's view that we could not timetable it won the day.", "Phil Garside", "speaker"),
        ("There were two candidates, Samira Haq and Tom Bellwood, and each spoke for three minutes.", "Samira Haq",
         "speaker"),
        ("Des Farrell wanted to come but was ill.", "Des Farrell", "mentioned"),
        ("Several members referred to Keir Starmer's speech on the NHS last week.", "Keir Starmer", "mentioned"),
        ("Shami Chakrabarti's report on antisemitism, published in June, was on our agenda.", "Shami Chakrabarti",
         "mentioned"),
        ("Brian Roy's report was taken first and was noted.", "Brian Roy", "reporter"),
        # absent, or only a person's thing named; but a speech given at the meeting is taking part
        ("Fiona thanked the outgoing Chair, Jim Paterson, who could not be with us, for two years of work.",
         "Jim Paterson", "mentioned"),
        ("The motion was deferred, as the mover, Graham Pike, was ill.", "Graham Pike", "mentioned"),
        ("A motion responding to Nicola Sturgeon's resignation on Wednesday was ruled out of order.",
         "Nicola Sturgeon", "mentioned"),
        ("We agreed to bring Jeremy Corbyn's speech forward from Wednesday to Tuesday afternoon.",
         "Jeremy Corbyn", "mentioned"),
        ("Anas Sarwar's speech came later in the afternoon, to a full hall.", "Anas Sarwar", "speaker"),
        # a chair named in apposition, one who took over, a welcome, a motion tabled
        ("The co-convenor, Andrea Pullman, chaired.", "Andrea Pullman", "chair"),
        ("Bernadette Kearns, the vice-chair, took over from item 4.", "Bernadette Kearns", "chair"),
        ("Ruth Colville, the vice-chair, took the meeting, and did so well.", "Ruth Colville", "chair"),
        ("Jo Smith took over as Leader in April.", "Jo Smith", "mentioned"),
        ("Anneliese Dodds, the party chair, welcomed us and set out the weekend.", "Anneliese Dodds", "speaker"),
        ("Tam Docherty had tabled a proposal for a party reception.", "Tam Docherty", "proposer"),
        ("The committee met on 5th March under its chair Denise Fairweather.", "Denise Fairweather", "chair"),
        ("The paper was withdrawn by Peter Oduya, the South East rep who had brought it.", "Peter Oduya", "proposer"),
        ("There was a long discussion, led by Kwame Boateng, on English votes.", "Kwame Boateng", "speaker"),
        ("I said so, and so did Jasbir Kalsi, who sits on the committee.", "Jasbir Kalsi", "speaker"),
        ("At one point she agreed with Morag Finnie that we sound like the council.", "Morag Finnie", "speaker"),
        ("Julie Ward, one of our new MEPs, came along and spoke for ten minutes.", "Julie Ward", "member"),
        ("The policy officer, Hannah Greaves, undertook to write to every CLP.", "Hannah Greaves", "speaker"),
        # (but a request made before the meeting is no part in it)
        ("The Chair of Organisation Committee, Andy Kerr, had requested additional reports.", "Andy Kerr",
         "mentioned"),
        ("Voting against included Colin Peabody, Sean Mulgrew and Yasmin Chaudhry.", "Colin Peabody", "member"),
        ("Case 3 was heard by a sub-panel on Monday 6 March: Kevin Dunne, Shirley Oates and Pauline Grierson.",
         "Shirley Oates", "member"),
        ("Two group leaders, Rita Osei from Peterborough and Tom Hallam from Harlow, joined us for the item.",
         "Rita Osei", "member"),
    ],
)
def test_guests_co_convenors_proposers_and_speakers_take_part(text, name, part):
    from toolkit.extract.people import find_names, part_played

    found = find_names(text, 0, len(text), REF, known_first={})
    parts = dict(zip((n.mention for n in found), part_played(text, found, 0, len(text)), strict=True))
    assert parts[name] == part


def test_a_wrapped_line_starting_from_is_not_a_byline():
    from toolkit.extract import BYLINE_NAMES

    assert BYLINE_NAMES.search("from Anne Sugden and Bob Tetley. Our guest speaker was") is None
    assert BYLINE_NAMES.search("From: Janet Holroyd <janet@example.net>").group("names").startswith("Janet Holroyd")
    got = BYLINE_NAMES.search("From your CLP reps on the Regional Executive Committee: Gemma Thirlwell & Kofi Mensah")
    assert got.group("names") == "Gemma Thirlwell & Kofi Mensah"


def test_a_name_line_with_a_social_media_handle_is_a_byline():
    from toolkit.extract import NAME_LINE

    m = NAME_LINE.match("Kirsty Dobson (@kirstyd_labour), CLP rep on the Northern Regional Executive Committee")
    assert m and m.group("name") == "Kirsty Dobson"


def test_npf_officers_are_a_body_of_their_own():
    text = "Earlier this month the NPF officers met to sort the amendments into themes."
    assert [b.body_id for b in find_bodies(text, REF)] == ["npf-officers"]


def test_an_election_in_the_active_voice_names_the_person():
    assert outcome("Delegates elected Grace Obi to the Women's Conference Arrangements Committee.")[0] == ["elected"]
    assert outcome("Members elected Cllr Jo Bloggs as vice-chair.")[0] == ["elected"]


def test_voted_not_to_refer_it_back_is_a_rejection():
    assert outcome("Conference voted not to refer it back, by 40% to 60% on a card vote.")[0] == ["rejected"]
    assert outcome("A delegate moved that the section on staffing be referred back, but conference voted "
                   "not to refer it back, by 40% to 60%.")[0] == ["rejected"]
    assert outcome("The section on staffing was referred back to the Board.")[0] == ["referred"]


def test_a_motion_falls_after_its_own_words_and_a_venue_is_not_a_conference():
    assert outcome("A proposal to extend the deadline for amendments by a week fell, 5 votes to 12.")[0] == ["rejected"]
    assert outcome("Membership fell by 2,000 this year.")[0] == []
    text = "The Regional Board met on Friday at the conference centre; the conference call was cut short."
    assert [b.body_id for b in find_bodies(text, REF, region="east-midlands")] == ["rec-east-midlands"]


def test_a_body_name_hyphenated_over_a_line_break():
    text = "The Organ-\nisation Committee met on 12 March, and so did the NEC Equal-\nities Committee."
    assert [b.body_id for b in find_bodies(text, REF)] == ["nec-org", "nec-equalities"]


def test_a_polling_day_is_not_a_meeting_day(tmp_path):
    c = _build_one(tmp_path, "NEC report\n\nTHE REGULAR MEETING, TUESDAY 11 JANUARY\n\n"
                             "The NEC agreed the campaign budget for the May elections.\n\n"
                             "The NEC agreed the plans for the elections on 5 May.\n",
                   "https://example.org/2011/01/28/nec/")
    assert list(c.meetings.meeting_id) == ["nec-2011-01-11"]  # not a meeting in May


def test_voted_on_monday_night_to_is_an_agreement():
    assert outcome("London Labour's regional board voted on Monday night to set up a £50,000 fund.")[0] == ["agreed"]


def test_notes_by_is_a_byline():
    from toolkit.extract import BYLINE_NAMES

    m = BYLINE_NAMES.search("Notes by Colin Ashdown, CLP representative (Kent). These are my notes for CLPs in Kent.")
    assert m and m.group("names").startswith("Colin Ashdown")


@pytest.mark.parametrize(
    "role,body,on,expect",
    [
        ("leader", "nec", "2016-02-16", ["jeremy-corbyn"]),  # not also the leader of the Labour MEPs
        ("leader", "nec", "2010-06-01", ["harriet-harman"]),  # acting leader between leaders
        ("leader", "rec-scotland", "2016-02-16", ["kezia-dugdale"]),  # a nation's executive: its own leader
        ("leader", "rec-scotland", "2017-09-30", ["alex-rowley"]),
        ("leader", "rec-wales", "2019-02-16", ["mark-drakeford"]),
        ("leader", "conference-wales", "2025-01-01", ["eluned-morgan"]),
        ("leader", "rec-london", "2012-01-01", ["ed-miliband"]),
        ("general-secretary", "nec", "2016-02-16", ["iain-mcnicol"]),
        ("general-secretary", "rec-scotland", "2016-02-16", []),  # Scottish Labour's, not in the data
    ],
)
def test_an_office_resolves_by_the_meetings_date_and_body(role, body, on, expect):
    import datetime as dt

    from toolkit.reference import office_holders

    assert office_holders(REF, role, dt.date.fromisoformat(on), body) == expect


def test_an_office_opening_a_sentence_is_found():
    from toolkit.extract.people import find_names

    text = "The General Secretary reported on finances. Our Chair thanked the staff."
    assert [(n.mention, n.role_key) for n in find_names(text, 0, len(text), REF, known_first={})] == [
        ("General Secretary", "general-secretary"), ("Chair", "chair")]


def test_a_byline_in_lower_case_by_names_the_author():
    from toolkit.extract import BYLINE_NAMES

    m = BYLINE_NAMES.search("NEC report – July 2025\nby Nadia Cheverton, CLP representative on the NEC\n")
    assert m and m.group("names").startswith("Nadia Cheverton")


@pytest.mark.parametrize("head", [
    "Org Committee, 12 September 2023: the thread\n\nKerry-Ann Marsh, CLP rep on the NEC\n\n1/ We met today.\n",
    "West Midlands REC – the thread\n\nI posted this on Twitter as the meeting finished. Here it is, typos fixed. "
    "Nadia Brennan, CLP representative on the West Midlands REC.\n\n1/ We met on Saturday.\n",
])
def test_an_author_named_under_the_title_or_closing_its_first_paragraph(head):
    from toolkit.extract import report_authors
    from toolkit.segment import split_reports

    rep = split_reports(head)[0]
    names = [n for n, _, _ in report_authors(head, rep, ())]
    assert names in (["Kerry-Ann Marsh"], ["Nadia Brennan"]), names


def test_a_known_person_before_a_possessive_is_resolved():
    from toolkit.extract.people import find_names

    text = "Ann Black's report was noted, and we heard Keir Starmer's speech."
    assert [(n.mention, n.person_id) for n in find_names(text, 0, len(text), REF, known_first={})] == [
        ("Ann Black", "ann-black"), ("Keir Starmer", "keir-starmer")]


def _build_one(tmp_path, text, url):
    from toolkit.pipeline import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.txt").write_text(text, encoding="utf-8")
    (raw / "manifest.csv").write_text(f"file,source_url\nr.txt,{url}\n", encoding="utf-8")
    return build(raw, tmp_path / "out")


def _meeting_ids(tmp_path, text, url):
    return set(_build_one(tmp_path, text, url).meetings.meeting_id)


def _decision_meetings(c):
    return dict(zip(c.decisions.text.str[:24], c.decisions.meeting_id, strict=True))


def _decided_at(c, word=1):
    """Each decision's meeting, keyed by the decision text's word number ``word``."""
    return {r.text.split(" ")[word]: r.meeting_id for r in c.decisions.itertuples()}


def test_a_diary_of_a_committees_days_at_its_parents_event(tmp_path):
    # the title names the event first and its committee after: the committee is the report's body;
    # each day heading dates its section's weekday, and the meeting each section tells of keeps its
    # decisions, though a later meeting of the same committee is the report's latest
    text = ("Conference week diary: the Arrangements Committee day by day\n\n"
            "Monday 4 October: the first morning\n\n"
            "The CAC met on Monday morning before the session opened. We accepted the emergency motion on rail fares. "
            "At the same meeting the CAC agreed the order of the housing debate.\n\n"
            "Tuesday 5 October: a longer meeting\n\n"
            "The CAC met on Tuesday morning at eight. We ruled out of order the motion on the stadium lease.\n\n"
            "Wednesday 6 October: no meeting\n\n"
            "The CAC had been due to meet on Wednesday morning, but there was no business.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/10/08/cac-diary/")
    got = _decision_meetings(c)
    assert got["We accepted the emergenc"] == "cac-2021-10-04"
    assert got["At the same meeting the "] == "cac-2021-10-04"
    assert got["We ruled out of order th"] == "cac-2021-10-05"
    assert "cac-2021-10-06" in set(c.meetings.meeting_id)  # Wednesday under Wednesday's heading, not the 13th
    assert not any(m.startswith("conference") for m in c.decisions.meeting_id)


def test_an_undated_name_of_the_body_stays_with_the_meeting_told_of(tmp_path):
    text = ("Regional Board report\n\n"
            "The Yorkshire Regional Board met on Saturday 6 March at the regional office. The Board agreed the campaign plan. "
            "The Regional Board met again on Saturday 20 March. The Board agreed the budget.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/03/25/board/")
    got = _decision_meetings(c)
    assert got["The Board agreed the cam"].endswith("2021-03-06")
    assert got["The Board agreed the bud"].endswith("2021-03-20")


def test_a_heading_naming_a_meeting_by_its_month_heads_its_section(tmp_path):
    text = ("Regional Board report: two meetings\n\n"
            "THE FEBRUARY MEETING\n\n"
            "The North West Regional Board met online. Minutes. The minutes of the December meeting were agreed. "
            "Budget. The regional budget was approved.\n\n"
            "Next\n\n"
            "The minutes of last week's special meeting were agreed.\n\n"
            "THE APRIL MEETING, SATURDAY 17 APRIL\n\n"
            "We met in Preston. The campaign plan was agreed by 20 votes to 4.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/04/20/board/")
    got = _decision_meetings(c)
    assert got["The regional budget was "] == "rec-north-west-2021-02"
    assert got["The campaign plan was ag"] == "rec-north-west-2021-04-17"
    assert got["The minutes of last week"] == "rec-north-west-2021-04-17"  # after the next heading: the main one


def test_a_regions_own_committee_named_by_its_topic(tmp_path):
    text = ("East Midlands REC report – 10 July 2021\n\n"
            "The East Midlands REC met on Saturday 10 July. A request from a CLP was referred to the Local "
            "Government Committee, which meets on Thursday 5 August. The Board's Policy Committee met on "
            "Tuesday 29 June and agreed its work plan.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/07/12/rec/")
    ids = set(c.meetings.meeting_id)
    assert {"rec-east-midlands-2021-07-10", "rec-east-midlands-local-government-2021-08-05",
            "rec-east-midlands-policy-2021-06-29"} <= ids
    assert "rec-east-midlands-2021-08-05" not in ids and "rec-east-midlands-2021-06-29" not in ids


def test_a_regions_own_committee_after_its_or_in_lower_case(tmp_path):
    # "its Procedures Committee" and "the Board's policy committee" are the region's own committees,
    # not the REC; "the same committee" and a panel no one owns name no body
    text = ("Yorkshire Board report – 20 March 2021\n\n"
            "The Yorkshire Regional Board met on Saturday 20 March. The selection timetable had come to the "
            "Board through its Procedures Committee, which met on 9 March. The motion came with a recommendation "
            "from the Board's policy committee, which voted 5-2 on 2 March to support it. It goes back to the "
            "policy committee, which meets again on 13 April. A shortlisting panel met on 16 March. The Board's "
            "selection panel met on 17 March.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2021/03/22/board/")
    assert {"rec-yorkshire-2021-03-20", "rec-yorkshire-procedures-2021-03-09", "rec-yorkshire-policy-2021-03-02",
            "rec-yorkshire-policy-2021-04-13"} <= ids
    assert not {"rec-yorkshire-2021-03-09", "rec-yorkshire-2021-03-02", "rec-yorkshire-2021-04-13"} & ids
    assert not any("shortlisting" in i for i in ids)
    assert "rec-yorkshire-selection-2021-03-17" in ids and "rec-yorkshire-2021-03-17" not in ids


def test_a_meeting_named_as_a_point_in_time_takes_no_date_after_a_comma(tmp_path):
    # "met the week before the NEC, on Tuesday 21st": the committee's day; "the week after the
    # NEC away day on 1st November": the away day's own
    text = ("NEC report – 30 January 2025\n\n"
            "The NEC met on Tuesday 28th. The Organisation Committee met the week before the NEC, on Tuesday 21st, "
            "with Sue Hallam in the chair. The Equalities Committee met a fortnight after the NEC away day on "
            "7th January.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2025/01/30/nec/")
    assert {"nec-2025-01-28", "nec-org-2025-01-21", "nec-2025-01-07"} <= ids
    assert "nec-2025-01-21" not in ids and "nec-org-2025-01-30" not in ids


def test_a_group_named_by_its_topic_after_on_that_met(tmp_path):
    # "The sub-group on candidate selection met ...": the region's group of that topic; a group that
    # "has not met" is none
    text = ("WEC report – 18 May 2020\n\n"
            "The Welsh Executive Committee met on Zoom on Saturday 16th. The sub-group on candidate selection met "
            "the week before, on Saturday 9th, also on Zoom. The working group on CLP finances has not met since "
            "March.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2020/05/18/wec/")
    assert {"rec-wales-2020-05-16", "rec-wales-sub-group-candidate-selection-2020-05-09"} <= ids
    assert not any("finances" in i for i in ids) and "rec-wales-2020-05-09" not in ids


def test_a_day_after_the_weekday_before_an_event_and_a_ballots_month(tmp_path):
    # "full NEC the Saturday before Conf (7 Oct)": the NEC's day, not conference's; the month a
    # ballot for a conference opens is not the conference's
    text = ("NEC report – 20 September 2023\n\n"
            "The NEC met on Tuesday 19 September. Next: full NEC the Saturday before Conf (7 Oct) in Liverpool. "
            "The priorities ballot for Women's Conference will open in August. Registration for Women's "
            "Conference 2024 will open in the spring.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2023/09/20/nec/")
    assert {"nec-2023-09-19", "nec-2023-10-07", "conference-women-2024"} <= ids
    assert "conference-2023-10-07" not in ids and "conference-women-2023-08" not in ids


def test_a_decision_of_ours_recalled_with_its_month(tmp_path):
    # "back in January we agreed ...": the Board's January meeting took that decision
    text = ("East Midlands Regional Board report – 10 March 2013\n\n"
            "The Board met on Saturday 9 March. Matters arising: back in January we agreed to ring-fence £5,000 of "
            "the campaign fund. The minutes were agreed. In April we will meet in Derby.\n")
    c = _build_one(tmp_path, text, "https://example.org/2013/03/10/board/")
    got = _decision_meetings(c)
    assert got[next(k for k in got if "back in" in k)] == "rec-east-midlands-2013-01", got
    assert got["The minutes were agreed."] == "rec-east-midlands-2013-03-09"
    assert "rec-east-midlands-2013-04" not in set(c.meetings.meeting_id) or (
        c.meetings.set_index("meeting_id").loc["rec-east-midlands-2013-04", "status"] == "scheduled")


def test_a_month_after_back_in_a_year_is_in_that_year(tmp_path):
    text = ("NEC report – 30 January 2025\n\n"
            "The NEC met on Tuesday 28th. Back in 2019, well before my time on the NEC, the committee agreed at its "
            "July meeting to let small panels fast-track clear cases. A women's conference in 2026 was kicked to "
            "the committee's March meeting.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2025/01/30/nec/")
    assert "nec-2019-07" in ids and "nec-2024-07" not in ids
    assert "nec-2026-03" not in ids


def test_a_deferral_to_a_month_named_meeting_and_the_next_one_in_a_month(tmp_path):
    # "deferred to the September NEC" is this year's September NEC, still to come; "The next SEC is
    # in June" is a meeting to come
    text = ("NEC report – 24 May 2023\n\n"
            "The NEC met on Tuesday 23 May. The paper on the CLP development fund was deferred to the September "
            "NEC, because the figures were not ready. The next SEC is in June.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/05/24/nec/")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("nec-2023-09") == "scheduled" and "nec-2022-09" not in status, status
    assert status.get("rec-scotland-2023-06") == "scheduled", status


def test_an_item_put_off_to_a_month_named_meeting(tmp_path):
    # "put back to the January Board" is next January's, to come; "put on hold until the September
    # Procedures Committee" is that committee's September meeting (a month naming it is no limit)
    text = ("London Regional Board report – 12 June 2017\n\n"
            "The London Regional Board met on Saturday 10 June. The motions deadline was put on hold until the "
            "September Procedures Committee. The review was put back to the January Board.\n")
    c = _build_one(tmp_path, text, "https://example.org/2017/06/12/rec/")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("rec-london-procedures-2017-09") == "scheduled", status
    assert status.get("rec-london-2018-01") == "scheduled" and "rec-london-2017-01" not in status, status
    assert not any("september" in m for m in status)


def test_the_committee_after_a_regions_committee_is_that_committee(tmp_path):
    text = ("East Midlands REC report – 12 July 2021\n\n"
            "The East Midlands REC met on Saturday 10 July. The REC agreed the budget.\n\n"
            "Procedures Committee. The Procedures Committee met on Tuesday 29 June, chaired by Derek Simcox. "
            "The committee agreed the draft standing orders for hybrid meetings.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/07/12/rec/")
    got = _decision_meetings(c)
    assert got["The committee agreed the"] == "rec-east-midlands-procedures-2021-06-29", got
    assert got["The REC agreed the budge"] == "rec-east-midlands-2021-07-10", got


def test_my_own_clp_acting_at_our_meeting_is_the_clps_meeting(tmp_path):
    text = ("NPF report – 20 October 2024\n\n"
            "The National Policy Forum met in Warwick on 12 October. My own CLP, Camborne and Redruth, agreed at "
            "our all-member meeting in September to submit a paper on NHS dentistry. The NEC Organisation "
            "Committee had decided at its July meeting to keep selections online.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/10/20/npf/")
    assert {"npf-2024-10-12", "clp-camborne-and-redruth-2024-09"} <= ids
    assert "npf-2024-09" not in ids


def test_a_clp_officers_our_executive_is_the_clps(tmp_path):
    # a CLP secretary's write-up of the REC: "our Executive Committee" is the CLP's, named in the
    # report's sub-title, not the REC the report is about
    text = ("London REC: our delegate's report – June 2019\n"
            "Hornsey CLP – Secretary's note for members\n\n"
            "At our Executive Committee on Thursday 13 June, our delegate gave us her report from the REC meeting "
            "of Tuesday 4 June. The REC agreed the timetable for the Assembly selections. The REC noted the "
            "Regional Director's report.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/06/15/rec/")
    assert {"rec-london-2019-06-04", "clp-hornsey-2019-06-13"} <= ids
    assert "rec-london-2019-06-13" not in ids


def test_this_years_event_and_a_day_within_an_event(tmp_path):
    # "this year's conference" is the report's year, though the sentence before named next year's;
    # "the Sunday morning of conference" is a day within the event, not the event's date
    text = ("Regional Board report – 10 September 2016\n\n"
            "The West Midlands Regional Board met on Saturday 10 September. The Board agreed that the 2017 regional "
            "conference will be held in Telford in March. Members asked for more time than at this year's "
            "conference, which was held in Wolverhampton in February.\n\n"
            "Annual Conference is in Liverpool later this month. The regional office will run a delegates' "
            "briefing on the Sunday morning of conference.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/09/13/board/")
    ids = set(c.meetings.meeting_id)
    assert {"conference-west-midlands-2016-02", "conference-west-midlands-2017-03", "conference-2016-09"} <= ids
    assert not any(i.startswith("conference-2016-09-") for i in ids)
    assert "conference-west-midlands-2017-02" not in ids


def test_an_undated_year_event_in_a_sentence_about_the_future_is_to_come(tmp_path):
    text = ("NEC report – 24 May 2022\n\n"
            "The NEC met on Tuesday 24 May. The NEC agreed the timetable for trigger ballots by 24 votes to 11. "
            "Ballots will open in October, after Annual Conference in Liverpool in September.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2022/05/25/nec/")
    assert "conference-2022-09" in ids and "conference-2021-09" not in ids


def test_a_regions_womens_conference_a_diary_heading_and_a_list_entrys_year(tmp_path):
    # a bare "Women's Conference" in a report naming the region's own is the region's; an entry
    # under "Dates for the diary" is to come; a verbless list entry ("Regional conference: Reading,
    # in October") takes the year the report gives that meeting with tense words elsewhere
    text = (
            'South East REC report – Saturday 25 January 2025\n'
            '\n'
            'The Regional Executive Committee met in Crawley on Saturday 25 January 2025.\n'
            '\n'
            'Key decisions\n'
            '\n'
            "- Women's Conference (Saturday 5 April): arrangements signed off.\n"
            '- Regional conference: Reading, in October.\n'
            '\n'
            "Women's Conference\n"
            '\n'
            "South East Labour Women's Conference will be held in Southampton on Saturday 5 April. Last year's Women's Conference in Milton Keynes voted for a creche at every regional event. The REC agreed that this year's regional conference will be held in Reading in October.\n"
            '\n'
            'Dates for the diary\n'
            '\n'
            '- Annual Conference: Liverpool, in September\n'
            '\n'
            'Both of us are standing again at the regional conference in October.\n'
    )
    ids = _meeting_ids(tmp_path, text, "https://example.org/2025/01/28/rec/")
    assert {"conference-south-east-women-2025-04-05", "conference-south-east-women-2024", "conference-2025-09",
            "conference-south-east-2025-10"} <= ids
    assert not any(i.startswith(("conference-women", "conference-2024", "conference-south-east-2024")) for i in ids)


def test_a_body_in_a_relative_clause_a_run_up_date_and_a_headings_year(tmp_path):
    # the date after ", which the Board agreed in January to hold in Bristol," is the dinner's, and
    # "agreed in January" is a past meeting; "the run-up to 3 May" is no meeting; a heading naming
    # the year only ("Regional conference 2012") does not make a conference dated later held
    text = (
            'South West Regional Board – 21 April 2012\n'
            '\n'
            'Item 3: Matters arising\n'
            '\n'
            'The Regional Director confirmed that the fundraising dinner, which the Board agreed in January to hold in Bristol, will take place on Friday 8 June. The Board thanked the regional staff for their work in the run-up to 3 May.\n'
            '\n'
            'Item 10: Regional conference 2012\n'
            '\n'
            'It was agreed that the regional conference will be held in Exeter on Saturday 10 November 2012.\n'
    )
    c = _build_one(tmp_path, text, "")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("rec-south-west-2012-01") == "held"
    assert status.get("conference-south-west-2012-11-10") == "scheduled"
    assert not {"rec-south-west-2012-06-08", "rec-south-west-2012-05-03"} & set(status)


def test_the_body_named_as_the_subject_of_an_outcome_is_its_main_meeting():
    # "the NEC agreed" in the scope of the Disputes Panel's meeting is the NEC's main meeting,
    # though the report also recalls September's NEC; named after the outcome, it is not
    from toolkit.dates import PartialDate
    from toolkit.extract import named_meeting
    from toolkit.extract.meetings import LocalMeeting

    def meeting(body, date):
        return LocalMeeting(f"{body}|{date}", body, PartialDate(*date), None, "held", "text")

    meetings = [meeting("nec", (2015, 11, 24)), meeting("nec", (2015, 9)), meeting("nec-disputes", (2015, 11, 24))]
    for text, expect in (("After a long debate, the NEC agreed by 20 votes to 12 to set up a working group.", 0),
                         ("The panel agreed a timetable, which it will report to the NEC.", 2)):
        (hit,), _ = classify_sentence(text, 0, len(text), VOCAB)
        assert named_meeting(text, hit, REF, "", meetings, 2, 0) == expect


def test_a_meeting_dated_from_another(tmp_path):
    text = ("NEC report – November 2015\n\n"
            "This is my report of the NEC meeting on Tuesday 24 November 2015. The next NEC is on Tuesday 26 January.\n\n"
            "The Organisation Committee met a week before the full NEC. The committee agreed guidance for CLPs.\n\n"
            "The Disputes Panel met on the morning of the NEC. The panel agreed a timetable for appeals.\n")
    c = _build_one(tmp_path, text, "https://example.org/2015/11/26/nec/")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("nec-org-2015-11-17") == "held" and status.get("nec-disputes-2015-11-24") == "held"
    got = _decision_meetings(c)
    assert got["The committee agreed gui"] == "nec-org-2015-11-17"


def test_a_labelled_heading_naming_a_meeting_by_its_month(tmp_path):
    text = ("London Regional Board – Tuesday 16 April 2013\n\n"
            "These are my notes of the Regional Board meeting on Tuesday 16 April, followed by a catch-up on our "
            "March meeting.\n\n"
            "TUESDAY 16 APRIL\n\n"
            "The Board agreed the selection timetable.\n\n"
            "CATCHING UP: OUR MARCH MEETING\n\n"
            "The Board agreed to send the letter on bus fares.\n")
    got = _decision_meetings(_build_one(tmp_path, text, "https://example.org/2013/04/18/board/"))
    assert got["The Board agreed the sel"] == "rec-london-2013-04-16"
    assert got["The Board agreed to send"] == "rec-london-2013-03"


def test_a_weekday_without_on_in_a_sessions_heading(tmp_path):
    text = ("National Policy Forum online weekend, 19–20 June 2021: my report\n\n"
            "The National Policy Forum met online on Saturday 19 and Sunday 20 June.\n\n"
            "Health and Social Care Policy Commission (Saturday afternoon)\n\n"
            "The commission agreed an amendment on a national care service.\n\n"
            "Economy, Business and Trade Policy Commission (Sunday)\n\n"
            "The commission agreed the amendment on business rates relief. A proposal for a Friday evening "
            "session of the forum was not agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/06/23/npf/")
    got = _decision_meetings(c)
    assert got["The commission agreed an"].endswith("2021-06-19") and got["The commission agreed an"] != "npf-2021-06-19"
    assert got["The commission agreed th"].endswith("2021-06-20") and got["The commission agreed th"] != "npf-2021-06-20"
    assert not any(i.endswith("2021-06-18") for i in c.meetings.meeting_id)


def test_bare_weekdays_are_dates_only_where_they_must_be():
    from toolkit.dates import find_dates

    def days(s):
        return [s[d.start : d.end] for d in find_dates(s) if d.weekday is not None]

    assert days("The plenary met on Saturday afternoon.") == ["on Saturday"]
    assert days("Justice Commission (Sunday)") == ["Sunday"]
    assert days("We met late. Saturday morning was free.") == ["Saturday"]
    assert days("They wanted a Friday evening session.") == []


def test_the_forum_named_before_its_next_meeting_and_a_list_of_a_bodys_dates(tmp_path):
    # "The forum meets next ..." after the Scottish Policy Forum is that forum's meeting, and so is
    # "its May meeting" after the forum named as a referral's target; the items under "The remaining
    # SEC dates for this year are:" are the SEC's meetings
    text = (
            'SEC report – 18 March 2017\n'
            '\n'
            "The SEC met in Glasgow on Saturday 18 March. Ailsa Brennan was elected as the SEC's representative on the Scottish Policy Forum. The forum meets next on Sat 20th May in Dundee.\n"
            '\n'
            'A motion on bus travel was referred to the Scottish Policy Forum for its May meeting. The paper on housing was deferred to the next meeting of the forum in the autumn.\n'
            '\n'
            'The remaining SEC dates for this year are:\n'
            '\n'
            '• Sat 2nd Sept, Stirling\n'
            '• Sat 4th Nov, Edinburgh\n'
    )
    ids = _meeting_ids(tmp_path, text, "https://example.org/2017/03/21/sec/")
    assert {"scottish-policy-forum-2017-05-20", "rec-scotland-2017-09-02", "rec-scotland-2017-11-04"} <= ids
    assert "rec-scotland-2017-05" not in ids and "rec-scotland-2017-05-20" not in ids


def test_a_heading_naming_no_body_after_a_committees_section_is_the_main_bodys_again():
    # "Working group on supporters" after the Disputes Panel's section: the NEC acts under it and
    # the panel is not named, so the section is the NEC's again; "Selections" under which the panel
    # acts stays the panel's
    from toolkit.extract.meetings import section_bodies
    from toolkit.segment import split_blocks, split_sentences

    text = ("NEC report\n\nThis is my report of the NEC meeting on Tuesday 24 November 2015.\n\n"
            "Disputes Panel\n\nThe Disputes Panel met in the morning. The panel agreed a timetable for appeals.\n\n"
            "Appeals\n\nJo Bright asked about appeals. The panel agreed to publish its timetable.\n\n"
            "Working group on supporters\n\n"
            "Ann Whitcombe proposed a working group. After a long debate, the NEC agreed to set it up.\n")
    blocks = split_blocks(text, 0, len(text))
    sentences = split_sentences(text, blocks)
    heading = [blocks[x.block].kind == "heading" for x in sentences]
    sections = section_bodies(text, sentences, heading, REF, "", "nec")
    of = {text[x.start : x.end][:12]: sec for x, sec in zip(sentences, sections, strict=True)}
    assert of["Jo Bright as"] == "nec-disputes"
    assert of["Ann Whitcomb"] == "nec"


def test_a_bare_conference_after_womens_conference_and_a_bodys_package(tmp_path):
    # "Conference" as a name, after Women's Conference was named, is Annual Conference; "The NEC's
    # package ... was carried" was carried by the conference in view, not decided by the NEC
    text = ("NEC report – 24 September 2024\n\n"
            "The NEC met on Tuesday 24 September in Liverpool. Women's Conference met on Saturday 21 September.\n\n"
            "At Conference on Sunday 22 September, all four of the rule changes the NEC had supported were carried. "
            "The NEC's package on selections was carried on a card vote.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/09/26/nec/")
    got = _decision_meetings(c)
    assert got["At Conference on Sunday "] == "conference-2024-09-22"
    assert got["The NEC's package on sel"] == "conference-2024-09-22"
    assert "conference-women-2024-09-22" not in set(c.meetings.meeting_id)


def test_an_answer_giving_a_period_and_a_day_dates_the_asked_meeting_by_the_day(tmp_path):
    text = ("NEC report: questions and answers\n\n"
            "The NEC met on Tuesday 22 November 2022.\n\n"
            "Q: When does the Organisation Committee next meet?\n"
            "A: The following week, on Tuesday 29 November.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2022/11/25/nec/")
    assert "nec-org-2022-11-29" in ids and "nec-org-2022-12" not in ids


def test_a_heading_that_is_a_day_dates_the_body_that_met_under_it(tmp_path):
    # "Saturday 9th July" / "The REC met at the regional office": the REC's meeting that day, and
    # "Tuesday 12th July" / "The NEC met in London": the NEC's
    text = ("North West REC report, July 2016\n\n"
            "Saturday 9th July\n\n"
            "The REC met at the regional office in Warrington. Cllr Jean Platt chaired.\n\n"
            "The REC agreed the timetable for the Kirkby Central by-election.\n\n"
            "Tuesday 12th July\n\n"
            "The NEC met in London. It agreed to suspend CLP meetings over the summer.\n\n"
            "Emergency meeting\n\n"
            "Because of the NEC's decision, an emergency meeting of the REC has been called for Saturday 23 July.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/07/18/rec/")
    ids = set(c.meetings.meeting_id)
    assert {"rec-north-west-2016-07-09", "nec-2016-07-12", "rec-north-west-2016-07-23"} <= ids
    assert _decision_meetings(c)["The REC agreed the timet"] == "rec-north-west-2016-07-09"


def test_that_meeting_as_a_subject_and_a_decision_recalled_with_its_year(tmp_path):
    # "That forum agreed ..." is the meeting named just before; "in 2008, before either of us was
    # on the Board, it had agreed ..." is the Board's meeting that year, which the authors did not attend
    text = ("South East Regional Board – 9 November 2013\n"
            "Notes by Gillian Marchetti and Oliver Stanmore\n\n"
            "The Regional Board met on Saturday 9 November. The Board agreed the budget.\n\n"
            "My first regional conference was in Brighton in March 2004. That conference agreed the motion on "
            "rail fares.\n\n"
            "A member recalled that in 2008, before either of us was on the Board, it had agreed to hold one meeting "
            "a year outside Reading.\n")
    c = _build_one(tmp_path, text, "")
    got = _decision_meetings(c)
    assert got["That conference agreed t"] == "conference-south-east-2004-03"
    assert got["A member recalled that i"] == "rec-south-east-2008"
    authors = c.appearances[c.appearances.role == "author"]
    assert "rec-south-east-2008" not in set(authors.meeting_id)
    assert "rec-south-east-2013-11-09" in set(authors.meeting_id)


def test_a_decision_in_a_relative_clause_of_the_meeting_just_named():
    # ", which agreed ..." right after a meeting's mention: the decision is that meeting's
    from toolkit.dates import PartialDate
    from toolkit.extract import _subject_meeting
    from toolkit.extract.meetings import LocalMeeting, MeetingMention

    text = "Members thanked the Organisation Committee, which agreed a draft timetable for selections."
    at = text.index("Organisation Committee")
    mention = MeetingMention(0, at, at + len("Organisation Committee"), "nec-org", None, None, "", "held")
    meetings = [LocalMeeting("nec|2022-05-24", "nec", PartialDate(2022, 5, 24), None, "held", "text"),
                LocalMeeting("nec-org|2022-05-17", "nec-org", PartialDate(2022, 5, 17), None, "held", "text",
                             [mention])]
    (hit,), _ = classify_sentence(text, 0, len(text), VOCAB)
    assert _subject_meeting(text, hit, meetings) == 1


def test_a_date_in_the_action_agreed_is_not_the_bodys_meeting(tmp_path):
    text = ("NEC report – 22 May 2012\n\n"
            "The NEC met on Tuesday 22 May.\n\n"
            "The NEC agreed to set aside £150,000 for the police and crime commissioner campaigns in November.\n")
    c = _build_one(tmp_path, text, "https://example.org/2012/05/24/nec/")
    assert "nec-2011-11" not in set(c.meetings.meeting_id) and "nec-2012-11" not in set(c.meetings.meeting_id)
    assert _decision_meetings(c)["The NEC agreed to set as"] == "nec-2012-05-22"


def test_conference_in_lower_case_as_a_name_is_annual_conference(tmp_path):
    text = ("NEC report – 26 September 2024\n\n"
            "The NEC met on Tuesday 24 September. Women's Conference met on Saturday 21 September.\n\n"
            "The NEC met briefly in Liverpool on Saturday 21 September, the day before conference opened on "
            "Sunday 22 September.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/09/26/nec/")
    assert "conference-2024-09-22" in ids and "conference-women-2024-09-22" not in ids


def test_a_meeting_asked_about_and_a_date_in_what_was_agreed(tmp_path):
    text = ("SEC report – 17 March 2012\n\n"
            "The SEC met on Saturday 17 March.\n\n"
            "The SEC agreed the timetable for selecting our candidates, with nominations opening in October.\n\n"
            "One member asked whether the SEC would hold an extra meeting in June. There was no vote.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2012/03/19/sec/")
    assert "rec-scotland-2012-03-17" in ids
    assert not ids & {"rec-scotland-2011-10", "rec-scotland-2012-10", "rec-scotland-2012-06"}


def test_an_author_who_writes_of_not_being_there(tmp_path):
    text = ("NEC report – 24 November 2015\n"
            "Gillian Farrow, CLP representative on the NEC\n\n"
            "The NEC met on Tuesday 24 November 2015. The NEC agreed the budget.\n\n"
            "Equalities Committee\n\n"
            "The Equalities Committee met on Tuesday 10 November. I am not on it, so this is from Samir's report. "
            "The committee agreed to consult BAME members.\n")
    c = _build_one(tmp_path, text, "")
    authors = set(c.appearances[c.appearances.role == "author"].meeting_id)
    assert "nec-2015-11-24" in authors and "nec-equalities-2015-11-10" not in authors


def test_a_decision_denied_when_nothing_was_put_is_not_a_rejection(tmp_path):
    text = ("SEC report – 18 March 2017\n\n"
            "The SEC met on Saturday 18 March. The SEC agreed the campaign budget.\n\n"
            "For the record, the SEC did not agree any change to the rules for selecting list candidates. "
            "It wasn't on the agenda, whatever you may have read.\n\n"
            "A motion on rail fares was not agreed, by 10 votes to 14.\n")
    c = _build_one(tmp_path, text, "https://example.org/2017/03/21/sec/")
    got = _decision_meetings(c)
    assert "For the record, the SEC " not in got
    assert set(c.decisions.outcome) == {"agreed", "rejected"}


def test_an_author_who_writes_they_do_not_sit_on_a_committee(tmp_path):
    text = ("NEC report – March 2016\n"
            "Pat Ellery, CLP representative on the NEC\n\n"
            "This month: the full NEC on Tuesday 22 March, the Org Committee on Tuesday 8 March and the "
            "Business Board on Thursday 10 March. I sit on the NEC and the Org Committee, but not on the "
            "Business Board.\n\n"
            "The NEC met on Tuesday 22 March and agreed the budget. The Org Committee agreed the timetable.\n\n"
            "The Business Board noted the accounts.\n\n"
            "The Home Policy Committee (I'm not on it) met on Wednesday 9 March and agreed its work plan.\n\n"
            "The Equalities Committee met on Monday 14 March. I am not a member, but I am told it agreed "
            "the guidance.\n\n"
            "The Disputes Panel met on Tuesday 15 March. I am not on that panel either.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/03/24/nec-report/")
    authors = set(c.appearances[c.appearances.role == "author"].meeting_id)
    assert {"nec-2016-03-22", "nec-org-2016-03-08"} <= authors
    assert not {m for m in authors if m.split("-20")[0] in
                ("nec-business-board", "nec-home-policy", "nec-equalities", "nec-disputes")}, authors


def test_authors_of_a_regional_report_at_the_regions_committees(tmp_path):
    text = ("West Midlands Regional Board report – June 2018\n"
            "By Carys Bell and Tom Rudd, CLP representatives on the Regional Board\n\n"
            "The West Midlands Regional Board met on Saturday 16 June and agreed the campaign plan.\n\n"
            "The Board's Women's Committee met on Saturday 9 June, chaired by Nia Evans, and agreed "
            "a mentoring scheme. Its report was noted by the Board.\n\n"
            "Tom met with the Procedures Committee on Tuesday 12 June, which agreed the selection guidance.\n")
    c = _build_one(tmp_path, text, "https://example.org/2018/06/18/board/")
    a = c.appearances[c.appearances.role == "author"]
    took_part = {(r.name, r.meeting_id.rsplit("-2018", 1)[0]) for r in a.itertuples()}
    board = {m for _, m in took_part if not m.endswith(("women", "procedures"))}
    assert len(board) == 1 and {("Carys Bell", next(iter(board))), ("Tom Rudd", next(iter(board)))} <= took_part
    assert not any(m.endswith("women") for _, m in took_part)  # the Board is not its committees
    assert {n for n, m in took_part if m.endswith("procedures")} == {"Tom Rudd"}  # "Tom met with ..."


def test_a_weekdays_board_is_dated_and_a_month_after_a_is_not_a_date(tmp_path):
    text = ("Eastern Regional Board report\nPosted on 25 September 2012 by Jo Bloggs\n\n"
            "Last Saturday's Board met in Ipswich. About twenty of us came, which is good for a "
            "September meeting.\n\n"
            "The Board agreed the campaign plan.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2012/09/25/board/")
    assert ids == {"rec-eastern-2012-09-22"}, ids


def test_a_day_heading_with_its_place_and_a_list_led_in_by_a_colon(tmp_path):
    text = ("WEC newsletter – April 2011\nBy Jo Bloggs\n\n"
            "SATURDAY 5 MARCH – SWANSEA\n\n"
            "The WEC met in the morning. The WEC agreed the campaign budget.\n\n"
            "WELSH CONFERENCE, 5–6 MARCH\n\n"
            "Conference opened at noon on the Saturday.\n\n"
            "The headlines from conference:\n"
            "- A motion on the steel industry was carried unanimously.\n"
            "- A rule change on the size of the WEC was remitted to the WEC.\n\n"
            "FRIDAY 1 APRIL\n\n"
            "The WEC met in Cardiff. The WEC agreed the leaflet plan.\n")
    c = _build_one(tmp_path, text, "https://example.org/2011/04/08/wec/")
    got = _decision_meetings(c)
    assert got["The WEC agreed the campa"] == "rec-wales-2011-03-05", got
    assert got["- A motion on the steel "].startswith("conference-wales-2011-03-05"), got
    assert got["- A rule change on the s"].startswith("conference-wales-2011-03-05"), got
    assert got["The WEC agreed the leafl"] == "rec-wales-2011-04-01", got


def test_a_committees_earlier_meeting_recalled_inside_its_later_ones_section(tmp_path):
    text = ("National Policy Forum report – March 2014\nBy Jo Bloggs\n\n"
            "The National Policy Forum met in Leeds on Friday 7 March.\n\n"
            "Prosperity and Work Policy Commission (Saturday morning)\n\n"
            "As I reported after the commission's January meeting, which I attended, the chapter on wages "
            "had already been redrafted once.\n\n"
            "- The amendment on the Living Wage was agreed.\n"
            "- An amendment on a maximum pay ratio was not accepted.\n")
    c = _build_one(tmp_path, text, "https://example.org/2014/03/12/npf/")
    got = set(c.decisions.meeting_id)
    assert got == {"npf-prosperity-work-2014-03-08"}, got


def test_a_meeting_told_as_past_after_the_meeting_a_title_dates(tmp_path):
    text = ("NEC Organisation Committee: report of the meeting held on Tuesday 15 June 2010\n"
            "Prepared by Jo Bloggs\n\n"
            "The Organisation Committee met on Tuesday 15 June 2010 and agreed the hustings arrangements.\n\n"
            "The full National Executive Committee met the following Tuesday. The full NEC endorsed the "
            "hustings arrangements without a vote.\n")
    c = _build_one(tmp_path, text, "")
    rows = {(m.meeting_id, m.status) for m in c.meetings.itertuples()}
    assert ("nec-2010-06-22", "held") in rows, rows
    assert _decision_meetings(c)["The full NEC endorsed th"] == "nec-2010-06-22"


def test_every_meeting_is_none_and_tuesdays_meeting_is_the_reports(tmp_path):
    text = ("JPC report\nBy Jo Bloggs and Sam Smith\n\n"
            "We promised to report back after every JPC, so here is our account of Tuesday's meeting. "
            "It was held on Zoom, as every JPC meeting has been since the spring of last year.\n\n"
            "The JPC agreed the final-stage documents.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2021/06/30/jpc/")
    assert ids == {"jpc-2021-06-29"}, ids


def test_a_decision_recalled_with_its_date_and_authors_not_on_the_body_then(tmp_path):
    text = ("South East REC report – June 2021\nBy Jo Bloggs and Sam Smith\n\n"
            "The South East REC met on Saturday 12 June and agreed the budget.\n\n"
            "Background: the REC decided in November 2019 that regional conference would meet every two years. "
            "Neither of us was on the REC then.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/06/15/rec/")
    ids = set(c.meetings.meeting_id)
    assert "rec-south-east-2019-11" in ids and "conference-south-east-2019-11" not in ids, ids
    authors = c.appearances[c.appearances.role == "author"]
    assert set(authors.meeting_id) == {"rec-south-east-2021-06-12"}, set(authors.meeting_id)


def test_a_next_meeting_item_with_its_date_on_the_line_below(tmp_path):
    text = ("NEC report – 17 December 2019\nBy Jo Bloggs\n\n"
            "1. Apologies\nApologies were received from Sam Smith.\n\n"
            "7. Rule changes\nThe draft rule on the Women's Conference was deferred to the 21/1 meeting.\n\n"
            "11. Date of next meeting\n"
            "Tues 21/1, 10.30am, Southside. The Organisation Committee meets the week before, on Tues 14/1.\n")
    ids = _meeting_ids(tmp_path, text, "")
    assert {"nec-2020-01-21", "nec-org-2020-01-14"} <= ids, ids
    assert not any(m.startswith("conference-women") for m in ids), ids


def test_a_month_beats_a_season_and_a_committee_reported_from_is_not_met_here(tmp_path):
    text = ("Disputes Panel and NEC report – July 2024\nBy Jo Bloggs and Sam Smith\n\n"
            "The NEC Disputes Panel met on Monday 22 July and the full NEC on Tuesday 23 July.\n\n"
            "As we reported in the spring, at the May panel we agreed to trial a fast-track route.\n\n"
            "FULL NEC, TUESDAY 23 JULY\n\n"
            "Equalities. Kirsty Lomax reported from the NEC Equalities Committee, which met on Tuesday 9 July. "
            "The NEC noted the Equalities Committee's report.\n\n"
            "Motions. A motion moved by Ollie Bramwell was referred to the Organisation Committee.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/07/26/report/")
    assert "nec-disputes-2024-05" in set(c.meetings.meeting_id)
    part = c.appearances[c.appearances.participant]
    ollie = set(part[part.name == "Ollie Bramwell"].meeting_id)
    assert ollie == {"nec-2024-07-23"}, ollie


def test_when_we_last_met_is_an_earlier_meeting_of_that_year(tmp_path):
    text = ("Eastern Regional Board report\nPosted on 25 September 2012 by Jo Bloggs\n\n"
            "Last Saturday's Board met in Ipswich.\n\n"
            "When we last met in the spring, we agreed to set up a small fund for printing.\n\n"
            "The Board agreed the campaign plan.\n")
    c = _build_one(tmp_path, text, "https://example.org/2012/09/25/board/")
    assert set(c.meetings.meeting_id) == {"rec-eastern-2012-09-22", "rec-eastern-2012"}
    got = _decision_meetings(c)
    assert got["When we last met in the "] == "rec-eastern-2012", got
    assert got["The Board agreed the cam"] == "rec-eastern-2012-09-22", got


def test_the_line_under_the_title_and_a_special_meeting_after_the_regular_one(tmp_path):
    text = ("East Midlands Labour – Regional Executive Committee newsletter, September 2024\n"
            "REC meeting of Saturday 14 September 2024, Unison Centre, Nottingham\n"
            "Compiled by Jo Bloggs\n\n"
            "KEY DECISIONS\n- Budget: agreed\n\nThe REC agreed the budget.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/09/19/rec/")
    assert ids == {"rec-east-midlands-2024-09-14"}, ids
    text = ("SEC report – June 2020\nBy Jo Bloggs and Sam Smith\n\n"
            "This is our report of the Scottish Executive Committee meeting held by video call on Saturday 6 June, "
            "and of the special SEC held a fortnight later, on Saturday 20 June.\n\n"
            "The SEC agreed the selection rules.\n")
    (tmp_path / "two").mkdir()
    c = _build_one(tmp_path / "two", text, "https://example.org/2020/06/24/sec/")
    assert set(c.meetings.meeting_id) == {"rec-scotland-2020-06-06", "rec-scotland-2020-06-20"}
    assert _decision_meetings(c)["The SEC agreed the selec"] == "rec-scotland-2020-06-06"


def test_a_clause_after_a_colon_keeps_its_date_and_cttee_is_committee(tmp_path):
    text = ("NEC report, 22 November 2022\nBy Jo Bloggs\n\n"
            "1/ Today's NEC (Tues 22 Nov), a thread.\n\n"
            "2/ Org Cttee report. Org Cttee met last Tues (15 Nov).\n\n"
            "3/ Treasurer's report noted. There was no vote on the budget today: that goes to the Business Board first.\n\n"
            "4/ For the avoidance of doubt, since it's all over Twitter tonight: the NEC did not agree to defer "
            "any selections.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2022/11/23/nec-thread/")
    assert ids == {"nec-2022-11-22", "nec-org-2022-11-15"}, ids


def test_a_body_named_as_a_point_in_time_takes_no_date(tmp_path):
    text = ("NEC Equalities Committee: report of the meeting on 6 December 2011\nBy Jo Bloggs\n\n"
            "The committee met on Tuesday 6 December. Women's Conference 2012 | Agreed: to be held in Manchester "
            "on Saturday 29 September 2012, before Annual Conference.\n\n"
            "A week after the committee, the full NEC met on Tuesday 13 December, and I was there.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2011/12/15/eqc/")
    assert ids == {"nec-equalities-2011-12-06", "nec-2011-12-13", "conference-women-2012-09-29"}, ids


def test_an_author_who_missed_a_meeting(tmp_path):
    text = ("NEC Equalities Committee: report of the meeting on 6 December 2011\nBy Jo Bloggs\n\n"
            "The committee met on Tuesday 6 December and agreed the guidance.\n\n"
            "A confession first: I missed the November meeting, on Tuesday 8 November, because of a funeral. "
            "The November meeting agreed the terms of the audit.\n")
    c = _build_one(tmp_path, text, "https://example.org/2011/12/15/eqc/")
    authors = set(c.appearances[c.appearances.role == "author"].meeting_id)
    assert authors == {"nec-equalities-2011-12-06"}, authors


def test_a_month_meeting_dated_by_a_day_later_in_its_sentence(tmp_path):
    text = ("NEC Disputes Panel – report, 13.3.13\nBy Jo Bloggs\n\n"
            "Quick report from the Disputes Panel on Weds 13.3.13.\n\n"
            "Minutes of the Jan panel (22.1.13) agreed.\n\n"
            "As members will remember, the Feb meeting was held in a hurry, on Tuesday 19 February, and was short.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2013/03/15/panel/")
    assert ids == {"nec-disputes-2013-03-13", "nec-disputes-2013-01-22", "nec-disputes-2013-02-19"}, ids


def test_a_byline_name_with_an_accent():
    from toolkit.extract import report_authors
    from toolkit.segment import split_reports

    text = ("WEC Newsletter – April 2016\n"
            "Siân Llewellyn, CLP representative for North Wales on the Welsh Executive Committee\n\n"
            "The WEC met on Friday 8 April.\n")
    rep = split_reports(text)[0]
    assert [a[0] for a in report_authors(text, rep, (), REF.given_names)] == ["Siân Llewellyn"]


def test_a_heading_naming_a_commission_and_its_weekday_heads_its_section(tmp_path):
    text = ("National Policy Forum report – March 2014\nBy Jo Bloggs\n\n"
            "The National Policy Forum met in Nottingham on Friday 7 March.\n\n"
            "Prosperity and Work Policy Commission (Saturday morning)\n\n"
            "Dennis Lowther chaired. The amendment on the Living Wage was agreed.\n\n"
            "Health and Care Policy Commission (Saturday afternoon)\n\n"
            "I was not in this room. Marian Oakes of Broxtowe CLP gave me this account.\n\n"
            "- Marian's amendment on parity of esteem was taken into the text.\n"
            "- An amendment on private providers was not accepted.\n")
    c = _build_one(tmp_path, text, "https://example.org/2014/03/12/npf/")
    got = _decision_meetings(c)
    assert got["- Marian's amendment on "] == "npf-health-and-care-2014-03-08", got
    assert got["- An amendment on privat"] == "npf-health-and-care-2014-03-08", got


def test_an_author_at_committees_told_of_only_in_the_third_person(tmp_path):
    text = ("Labour NEC Report – October 2017\nBy Jo Bloggs\n\n"
            "The NEC Equalities Committee met on October 31st. The committee agreed a new code of conduct.\n\n"
            "The Organisation Committee met on Tuesday 7 November. We agreed the selection timetable, and I asked "
            "for a review of the guidance.\n\n"
            "The full NEC met on Tuesday 21 November and agreed the budget.\n")
    c = _build_one(tmp_path, text, "https://example.org/2017/11/24/nec/")
    authors = set(c.appearances[c.appearances.role == "author"].meeting_id)
    assert authors == {"nec-org-2017-11-07", "nec-2017-11-21"}, authors


def test_a_month_only_entry_under_a_dates_heading_is_a_meeting(tmp_path):
    text = ("NEC report – July 2023\nBy Jo Bloggs\n\n"
            "The NEC met on Tuesday 18 July and agreed the budget.\n\n"
            "Dates\n\n"
            "- September, date to be confirmed: Business Board\n"
            "- Tuesday 19 September: NEC\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2023/07/20/nec/")
    assert ids == {"nec-2023-07-18", "nec-business-board-2023-09", "nec-2023-09-19"}, ids


def test_an_away_day_planned_for_a_numeric_day_and_the_autumn_meeting_to_come(tmp_path):
    text = ("Northern REC report – July 2023\nBy Jo Bloggs\n\n"
            "Saturday's meeting of the REC agreed the budget. We will report back after the autumn meeting.\n\n"
            "A: No. The away day that was planned for 23/9 has been cancelled.\n\n"
            "Dates: the next REC is on Sat 14th Oct.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/07/19/rec/")
    rows = {(m.meeting_id, m.status) for m in c.meetings.itertuples()}
    assert ("rec-northern-2023-09-23", "cancelled") in rows, rows
    assert ("rec-northern-2023-10-14", "scheduled") in rows and not any(
        m == "rec-northern-2023" for m, _ in rows), rows


def test_the_minutes_of_last_months_meeting_are_agreed_at_this_one(tmp_path):
    text = ("NEC report, 22 November 2022\nBy Jo Bloggs\n\n"
            "1/ Today's NEC (Tues 22 Nov), a thread.\n\n"
            "3/ Minutes of last month's NEC agreed with one correction, which I'd asked for.\n\n"
            "4/ Last month's NEC agreed to set up a working group on the rule book.\n")
    c = _build_one(tmp_path, text, "https://example.org/2022/11/23/nec-thread/")
    got = _decision_meetings(c)
    assert got["3/ Minutes of last month"] == "nec-2022-11-22", got
    assert got["4/ Last month's NEC agre"] == "nec-2022-10", got


def test_our_general_meeting_is_the_clps_and_a_persons_clp_is_not_a_meeting(tmp_path):
    text = ("National Policy Forum report – June 2016\nBy Jo Bloggs\n\n"
            "The National Policy Forum met in Birmingham on Saturday 4 June.\n\n"
            "Stockport CLP's submission on mental health services, which we agreed to submit at our general "
            "meeting in March, was on the agenda.\n\n"
            "The mover, Carol Benn from Knowsley CLP, said she would take it to a vote on Sunday.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2016/06/08/npf/")
    assert ids == {"npf-2016-06-04", "clp-stockport-2016-03"}, ids


def test_a_next_meeting_heading_takes_the_date_on_the_line_below(tmp_path):
    text = ("Eastern REC report\nBy Tom Faulkner\n\n"
            "Here is my report of Saturday's Eastern REC.\n\n"
            "The REC agreed the budget.\n\n"
            "Next meeting\nSaturday 22 May, on Zoom.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2021/03/16/rec/")
    assert ids == {"rec-eastern-2021-03-13", "rec-eastern-2021-05-22"}, ids


def test_a_working_group_named_before_and_met_in_the_perfect_is_background(tmp_path):
    text = ("Welsh Executive Committee – report of the meeting held on Saturday 16 September 2023\n"
            "By Carys Morgan, GMB member of the WEC\n\n"
            "Item 3 – Matters arising\n\n"
            "At the June meeting the WEC had agreed to set up a Senedd Reform Working Group. "
            "The working group has met twice, on 4 July and on 29 August, and its paper is taken under Item 5.\n\n"
            "Item 4 – Leader's report\n\n"
            "The First Minister, Mark Drakeford, addressed the WEC on the Welsh Government's programme.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/09/20/wec/")
    ids = {m.meeting_id for m in c.meetings.itertuples()}
    assert "rec-wales-working-group-senedd-reform-2023-07-04" in ids, ids
    people = {a.name: a.meeting_id for a in c.appearances.itertuples() if a.participant}
    assert people.get("Mark Drakeford") == "rec-wales-2023-09-16", people


def test_a_summary_line_restating_a_deferral_is_not_a_second_decision():
    from toolkit.extract.decisions import drop_restatements

    detail = "But the bit on merging CLPs where seats disappear was deferred to Org cttee on Tues 8/2."
    line = "- mergers: deferred to Org cttee 8/2"
    other = "- the away day: deferred to the autumn"
    text = detail + "\n" + line + "\n" + other
    hits = []
    for sent in (detail, line, other):
        found, _ = classify_sentence(text, text.index(sent), text.index(sent) + len(sent), VOCAB)
        hits += found
    kept = drop_restatements(hits, {h.start: text[h.start : h.end] for h in hits})
    assert [text[h.start : h.end] for h in kept] == [detail, other]


def test_a_committee_it_met_last_tues_and_today_back_at_the_nec(tmp_path):
    text = ("My NEC thread, Tues 25/1/22\nJess Aldous, CLP section, Labour NEC\n\n"
            "1/ NEC today (Tues 25/1). Online again.\n\n"
            "10/ Equalities cttee. It met last Tues (18/1) & I sit on it.\n\n"
            "11/ Equalities cttee agreed to set up a disabled members' reference group.\n\n"
            "13/ Today Ruth Carnegie presented the Equalities cttee report to the full NEC & it was endorsed nem con.\n\n"
            "15/ Martin Flack moved we take the boundaries paper today anyway.\n")
    c = _build_one(tmp_path, text, "https://example.org/2022/01/26/nec-thread/")
    ids = {m.meeting_id for m in c.meetings.itertuples()}
    assert "nec-equalities-2022-01-18" in ids, ids
    got = _decision_meetings(c)
    assert got["11/ Equalities cttee agr"] == "nec-equalities-2022-01-18", got
    people = {(a.name, a.meeting_id) for a in c.appearances.itertuples() if a.participant}
    assert {("Ruth Carnegie", "nec-2022-01-25"), ("Martin Flack", "nec-2022-01-25")} <= people, people


def test_our_meetings_under_a_commissions_heading_are_the_commissions(tmp_path):
    text = ("National Policy Forum: policy commissions update, March 2018\n\n"
            "Tom Pascoe – CLP representative for the South West on the National Policy Forum\n\n"
            "I sit on the Early Years, Education and Skills commission.\n\n"
            "Early Years, Education and Skills Commission – Saturday 10th March\n\n"
            "We met at the Guildhall. For those who asked: at our January meeting we agreed to invite evidence.\n\n"
            "Our next meeting is pencilled in for May, date to be confirmed.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2018/03/28/npf-update/")
    assert ids == {"npf-education-2018-03-10", "npf-education-2018-01", "npf-education-2018-05"}, ids


def test_a_month_of_an_email_dates_no_meeting(tmp_path):
    text = ("NEC Equalities Committee update – March 2024\nFrom: Rebecca Thwaite\n\n"
            "The NEC Equalities Committee met by video call on Tuesday 12th March.\n\n"
            "Several of you wrote after my January email to ask mainly about Women's Conference.\n\n"
            "This year's Women's Conference will be held in Liverpool on Saturday 21st September.\n\n"
            "It was referred to the Organisation Committee, which meets on the 26th of this month.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/03/14/equalities/")
    assert ids == {"nec-equalities-2024-03-12", "conference-women-2024-09-21", "nec-org-2024-03-26"}, ids


def test_next_year_takes_the_day_the_sentence_gives(tmp_path):
    text = ("North West Regional Board report\nBy Tom Smith\n\nThe Board met on Saturday 24 November.\n\n"
            "Regional conference is going back to Blackpool next year, to the Winter Gardens, "
            "from Saturday 2nd to Sunday 3rd March.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2012/11/28/board/")
    assert ids == {"rec-north-west-2012-11-24", "conference-north-west-2013-03-02"}, ids


def test_a_regions_womens_forum_is_its_womens_committee(tmp_path):
    text = ("North West Regional Board report\nBy Tom Smith\n\nThe Board met on Saturday 24 November.\n\n"
            "The regional women's forum planned for Saturday 8th December in Preston has been called off.\n\n"
            "Every CLP women's forum should meet twice a year.\n\n"
            "The proposal for a regional women's forum, deferred from October, was agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2012/11/28/board/")
    rows = {(m.meeting_id, m.status) for m in c.meetings.itertuples()}
    assert rows == {("rec-north-west-2012-11-24", "held"), ("rec-north-west-women-2012-12-08", "cancelled")}, rows


def test_reporting_on_a_forum_that_met_is_taking_part_in_this_meeting(tmp_path):
    text = ("Yorkshire Regional Board report\nBy Tom Smith\n\nThe Board met on Saturday 9 July.\n\n"
            "Minutes of the May meeting (Sat 14/5) were agreed.\n\n"
            "Shazia Rehman reported on the Regional Women's Forum, which met in Wakefield last week and agreed "
            "a training programme.\n")
    c = _build_one(tmp_path, text, "https://example.org/2011/07/12/board/")
    ids = {m.meeting_id for m in c.meetings.itertuples()}
    assert {"rec-yorkshire-2011-07-09", "rec-yorkshire-2011-05-14"} <= ids, ids
    people = {(a.name, a.meeting_id) for a in c.appearances.itertuples() if a.participant}
    assert ("Shazia Rehman", "rec-yorkshire-2011-07-09") in people, people


def test_a_meeting_proposed_and_voted_down_is_no_meeting(tmp_path):
    text = ("National Policy Forum report – June 2021\nBy Jo Bloggs\n\n"
            "The National Policy Forum met online on Saturday 19 June.\n\n"
            "A proposal from Kwame Mensah and other CLP reps to hold a further online NPF in September, before "
            "Conference, was voted down by 39 votes to 70.\n\n"
            "A proposal to hold the 2022 Regional Conference over two days was carried.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2021/06/24/npf/")
    assert "npf-2021-09" not in ids and "npf-2021-06-19" in ids, ids


def test_the_procedures_committee_opening_a_list_item_is_the_regions(tmp_path):
    text = ("South East REC newsletter – September 2019\nFrom Nadia Hussain and Paul Everett\n\n"
            "The REC met on Sat 7/9 at the Crawley office.\n\nProcedures Committee\n\n"
            "• The Procedures Committee met a fortnight ago, on Weds 28/8. Paul sits on it.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/09/12/rec/")
    assert ids == {"rec-south-east-2019-09-07", "rec-south-east-procedures-2019-08-28"}, ids


def test_a_bill_is_a_law_at_the_end_of_a_name_and_a_person_at_its_start():
    from toolkit.extract.people import find_names

    text = "Bill Harker spoke on the Overseas Operations Bill and the Internal Market Bill."
    assert [n.mention for n in find_names(text, 0, len(text), REF, known_first={})] == ["Bill Harker"]


@pytest.mark.parametrize("text,names", [
    ("Kate Green and Catherine West spoke.", ["Kate Green", "Catherine West"]),
    ("Toni Young moved the motion on the Green New Deal.", ["Toni Young"]),
    ("Young Labour and Unite West Midlands sent a joint motion.", []),
])
def test_surnames_that_are_also_common_words(text, names):
    from toolkit.extract.people import find_names

    assert [n.mention for n in find_names(text, 0, len(text), REF, known_first={})] == names


def test_this_morning_under_a_diarys_day_heading_is_that_day(tmp_path):
    text = ("CAC diary: Liverpool 2023\nMaureen Talbot, CLP representative on the CAC\n\n"
            "SATURDAY 7 OCTOBER\n\nFirst CAC of the week this morning, 8am, at the back of the ACC.\n\n"
            "SUNDAY 8 OCTOBER\n\nThis morning's CAC started at 7.30.\n\n"
            "MONDAY 9 OCTOBER\n\nPeter Haig chaired this morning's CAC.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2023/10/13/cac-diary/")
    assert {"cac-2023-10-07", "cac-2023-10-08", "cac-2023-10-09"} <= ids and "cac-2023-10-13" not in ids, ids


def test_a_diarys_headings_by_day_of_the_month_and_its_hours(tmp_path):
    """"TUESDAY 10th" after "MONDAY 9th" is the next 10th; "CAC, 7.45am" and "NEC at half ten" are
    that day's meetings; "held over until Monday's CAC" is the Monday to come."""
    text = ("Liverpool 2023: a conference diary\nJo Bloggs, NEC member\n\n"
            "SATURDAY 7th OCTOBER\n\nCAC at 8am. The CWU motion was held over until Monday's CAC.\n\n"
            "NEC at half ten, upstairs. The NEC agreed the statement.\n\n"
            "MONDAY 9th\n\nCAC, 7.45am, Dermot back in the chair. We agreed CAC Report 4.\n\n"
            "TUESDAY 10th\n\nFive of us at this morning's CAC. We agreed CAC Report 5.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/conference-diary-2023/")
    assert {"cac-2023-10-07", "nec-2023-10-07", "cac-2023-10-09", "cac-2023-10-10"} <= ids, ids
    assert "cac-2023-10-02" not in ids, ids


def test_in_the_hall_is_conferences_business_in_a_diary_of_the_week(tmp_path):
    text = ("Liverpool 2023: a conference diary\nJo Bloggs, NEC member\n\n"
            "SUNDAY 8th OCTOBER\n\nCAC at 7.30. Dermot Hanlon chaired. Conference opened at two.\n\n"
            "MONDAY 9th\n\nCAC, 7.45am. Dermot Hanlon chaired again and we agreed CAC Report 4.\n\n"
            "In the hall, CAC Report 3 was accepted. Rachel Reeves gave her speech in the afternoon.\n")
    c = _build_one(tmp_path, text, "https://example.org/conference-diary-2023/")
    took_part = c.appearances[c.appearances.participant]
    reeves = set(took_part[took_part.name == "Rachel Reeves"].meeting_id)
    assert reeves == {"conference-2023-10-08"}, reeves
    accepted = c.decisions[c.decisions.text.str.contains("CAC Report 3")]
    assert list(accepted.meeting_id) == ["conference-2023-10-08"]


def test_a_committee_chair_reporting_on_its_meeting_took_part_in_both(tmp_path):
    text = ("NEC report – 25 May 2021\nJo Bloggs, CLP representative\n\n"
            "The NEC met on Tuesday 25 May.\n\nDisputes Panel\n\n"
            "Carol Wynne, who chairs the Disputes Panel, reported on its meeting of Thursday 13 May, which she chaired. "
            "She said the Panel had referred nine cases to the NCC.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/05/28/nec/")
    took_part = c.appearances[c.appearances.participant & (c.appearances.name == "Carol Wynne")]
    assert set(took_part.meeting_id) == {"nec-2021-05-25", "nec-disputes-2021-05-13"}, set(took_part.meeting_id)
    assert took_part.appearance_id.is_unique


def test_apologies_outweigh_a_part_told_elsewhere(tmp_path):
    # someone who sent apologies to the meeting took no part in it, though another sentence names
    # them as a motion's mover or the person elected
    text = ("Northern REC report – 17 July 2023\nJo Bloggs, CLP representative\n\n"
            "The REC met on Saturday 15 July in Durham, with Ann Moss in the chair. Apologies: Mark Delahaye, "
            "Rachel Dunn. The motion on free school meals was deferred because its mover, Rachel Dunn, had sent "
            "apologies. Mark Delahaye proposed a motion on buses in writing, which was carried. Obi Nwosu was elected "
            "to the vacancy. Obi wasn't in the room. Len Price, who couldn't be with us, sent a report that was "
            "noted. Tom Hay spoke.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/07/17/rec/")
    part = set(c.appearances[c.appearances.participant].name)
    assert {"Ann Moss", "Tom Hay"} <= part
    assert not part & {"Rachel Dunn", "Mark Delahaye", "Obi Nwosu", "Len Price"}, part


def test_who_chaired_it_and_presented_its_report_took_part_in_both(tmp_path):
    # "X, who chaired it, presented its report": at the committee's meeting and at the main one;
    # "Y presented the report of its meeting on ..., which she chaired": likewise
    text = ("NEC report – 22 March 2012\nJo Bloggs, CLP representative\n\n"
            "The NEC met on Tuesday 20 March. The Organisation Committee met on Tuesday 6 March, and Marion Hale, "
            "who chaired it, presented its report. Sam Lee, who chaired it for years, was thanked.\n\n"
            "Equalities\n\nDee Ross, who chairs the Equalities Committee, presented the report of its meeting on "
            "Monday 12 March, which she chaired.\n")
    c = _build_one(tmp_path, text, "https://example.org/2012/03/22/nec/")
    part = c.appearances[c.appearances.participant]
    assert set(part[part.name == "Marion Hale"].meeting_id) == {"nec-2012-03-20", "nec-org-2012-03-06"}
    assert set(part[part.name == "Dee Ross"].meeting_id) == {"nec-2012-03-20", "nec-equalities-2012-03-12"}
    assert "Sam Lee" not in set(part.name)
    assert part.appearance_id.is_unique
    assert "nec-2012-03-22" not in set(c.meetings.meeting_id)  # (the title's day: when the report was written)


def test_a_committees_earlier_meeting_reported_under_its_heading_ends_at_the_next_topic(tmp_path):
    """A heading that is a region's committee's name is that committee; its section ends at the
    next heading that is not under it when its meeting came before the main one ("Motions" after
    "Procedures Committee"), but not at an agenda item's heading under it."""
    text = ("South East REC update – September 2019\nJo Bloggs, CLP representative\n\n"
            "The REC met on Saturday 7 September in Crawley.\n\n"
            "Procedures Committee\n\nThe Procedures Committee met a fortnight ago, on Weds 28/8. "
            "It agreed draft standing orders for conference.\n\n"
            "Motions\n\nA motion on bus services from Hove CLP was carried by 20 votes to 3.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/09/10/rec/")
    got = dict(zip(c.decisions.text.str[:20], c.decisions.meeting_id, strict=True))
    assert got == {"It agreed draft stan": "rec-south-east-procedures-2019-08-28",
                   "A motion on bus serv": "rec-south-east-2019-09-07"}, got
    text = ("NEC report – July 2025\nJo Bloggs\n\nThe NEC met on Tuesday 22 July.\n\n"
            "ORGANISATION COMMITTEE, TUESDAY 15 JULY\n\nThe Organisation Committee met on Tuesday 15 July.\n\n"
            "Item 2: Selections\n\nThe committee agreed the timetable for selections.\n")
    (tmp_path / "b").mkdir()
    c = _build_one(tmp_path / "b", text, "https://example.org/2025/07/25/nec/")
    assert list(c.decisions.meeting_id) == ["nec-org-2025-07-15"]


def test_a_heading_that_is_a_regions_committees_name(tmp_path):
    text = ("London Regional Board – report back, 25 April 2017\n\nDear all,\n\n"
            "Procedures Committee, Tuesday 11th April\n\nColin Prendergast chaired. At that meeting we agreed draft "
            "standing orders for conference.\n\nRegional Board, Tuesday 25th April\n\nPatricia Lowndes chaired.\n")
    c = _build_one(tmp_path, text, "https://example.org/2017/04/27/board/")
    assert set(c.meetings.meeting_id) == {"rec-london-procedures-2017-04-11", "rec-london-2017-04-25"}
    assert list(c.decisions.meeting_id) == ["rec-london-procedures-2017-04-11"]
    # an agenda item that is the committee's report is the Board's item, and so are the items after it
    text = ("Eastern Regional Board – 15 July 2017\n\nThe Board met on Saturday 15 July.\n\n"
            "13. Procedures Committee report (meeting of 27 June) – recommendations agreed en bloc.\n"
            "14. Revised standing orders for the Women's Committee – nodded through.\n")
    (tmp_path / "b").mkdir()
    c = _build_one(tmp_path / "b", text, "https://example.org/2017/07/20/board/")
    assert set(c.decisions.meeting_id) == {"rec-eastern-2017-07-15"}, set(c.decisions.meeting_id)


def test_a_title_naming_a_policy_commission_by_its_topic(tmp_path):
    text = ("Better Jobs and Better Work: my report from the policy commission, June 2022\n\n"
            "Gareth Pryce, National Policy Forum representative\n\n"
            "Our policy commission met again on Zoom on Tuesday evening (21.6.22).\n\n"
            "Back in March, at our first meeting, we agreed the consultation document.\n\n"
            "2. Banning fire and rehire: taken forward without dissent.\n")
    c = _build_one(tmp_path, text, "https://example.org/2022/06/npf/")
    assert set(c.meetings.meeting_id) == {"npf-better-jobs-and-better-work-2022-06-21",
                                          "npf-better-jobs-and-better-work-2022-03"}
    got = dict(zip(c.decisions.text.str[:10], c.decisions.meeting_id, strict=True))
    assert got == {"Back in Ma": "npf-better-jobs-and-better-work-2022-03",
                   "2. Banning": "npf-better-jobs-and-better-work-2022-06-21"}, got


def test_back_to_today_after_a_committee_told_of_in_a_thread(tmp_path):
    text = ("West Midlands REC, 20 March 2021 – the thread\n\n"
            "1/ REC thread for today (Sat 20.3.21). Cllr Marion Dyer in the chair.\n\n"
            "2/ The Procedures Committee met the Saturday before (13th). Tom Heeley chaired.\n\n"
            "3/ At Procs we agreed the draft standing orders, 5 votes to 2.\n\n"
            "4/ Back to today. Rachel Oduya moved a motion on streaming, which fell, 9-14.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/03/22/thread/")
    rows = c.appearances[c.appearances.participant]
    assert set(rows[rows.name == "Rachel Oduya"].meeting_id) == {"rec-west-midlands-2021-03-20"}
    assert set(rows[rows.name == "Tom Heeley"].meeting_id) == {"rec-west-midlands-procedures-2021-03-13"}


def test_matters_arising_at_that_meeting_and_i_was_not_on_the_panel(tmp_path):
    text = ("NEC report – 8 July 2014\nJo Bloggs, CLP representative\n\n"
            "The NEC met on Tuesday 8 July. The July NEC met on Tuesday 8 July.\n\n"
            "Matters arising: at the March meeting we agreed to review the timetable. It reports in September.\n\n"
            "Disputes: a panel of the Disputes Committee met on 24 June and heard three cases. The NEC agreed the "
            "panel's recommendations. I was not on the panel.\n")
    c = _build_one(tmp_path, text, "https://example.org/2014/07/10/nec/")
    got = dict(zip(c.decisions.text.str[:16], c.decisions.meeting_id, strict=True))
    assert got["Matters arising:"] == "nec-2014-03", got
    author = c.appearances[(c.appearances.name == "Jo Bloggs") & c.appearances.participant]
    assert "nec-disputes-2014-06-24" not in set(author.meeting_id), set(author.meeting_id)


def test_a_tldr_list_at_the_end_of_a_thread_restates_the_decisions(tmp_path):
    text = ("Org Committee, 12 September 2023 🧵\n\n1/ The Org Committee met on Tuesday 12 September.\n\n"
            "2/ The committee agreed the London mergers after a long debate.\n\n"
            "3/ The Greater Manchester mergers were deferred to the next meeting.\n\n"
            "4/ TL;DR:\n- London mergers agreed\n- Greater Manchester mergers deferred to next time\n")
    c = _build_one(tmp_path, text, "https://example.org/org-thread/")
    assert sorted(c.decisions.outcome) == ["agreed", "deferred"], list(c.decisions.text)


def test_a_decision_named_with_the_meeting_it_was_taken_at(tmp_path):
    text = ("South East REC Update – September 2019\nJo Bloggs\n\nThe REC met on Saturday 7 September.\n\n"
            "• Minutes of the July REC (Sat 13th) agreed.\n"
            "• Matters arising: the CLP support working group, which we agreed to set up at that July meeting, has "
            "now met twice.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/09/10/rec/")
    got = dict(zip(c.decisions.text.str[:10], c.decisions.meeting_id, strict=True))
    assert got["• Matters "] == "rec-south-east-2019-07-13", got


def test_an_author_who_was_a_delegate_took_part_in_that_conference(tmp_path):
    text = ("WEC report – March 2014\nRhian Pugh, CLP representative\n\nThe WEC met on Saturday 22 March.\n\n"
            "At Welsh Labour conference in Llandudno last month, where I was a delegate for my CLP, delegates agreed "
            "to campaign for a Living Wage.\n")
    c = _build_one(tmp_path, text, "https://example.org/2014/03/25/wec/")
    took_part = set(c.appearances[(c.appearances.name == "Rhian Pugh") & c.appearances.participant].meeting_id)
    assert "conference-wales-2014-02" in took_part, took_part


def test_an_author_told_second_hand_of_a_commission_did_not_take_part(tmp_path):
    text = ("National Policy Forum, 19-20 November 2016: my report\nHazel Trewin, CLP representative\n\n"
            "The forum met in Derby on Saturday 19 November.\n\nThe International commission also met on Sunday 20 "
            "November. I'm told it had a lively session on Syria, and it agreed its draft document.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/11/22/npf/")
    took_part = set(c.appearances[(c.appearances.name == "Hazel Trewin") & c.appearances.participant].meeting_id)
    assert "npf-2016-11-19" in took_part and not any(m.startswith("npf-international") for m in took_part), took_part


def test_a_diary_by_a_member_of_the_scottish_cac(tmp_path):
    text = ("Edinburgh 2023: a conference diary from the CAC\nBy Fiona Dalgleish, CLP member of the Scottish "
            "Conference Arrangements Committee\n\nFRIDAY 17 FEBRUARY\n\nCAC at 8am. Gordon McCallum in the chair. "
            "Unite's emergency motion on the call centre was admitted.\n\nConference opened at ten.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/02/22/diary/")
    ids = set(c.meetings.meeting_id)
    assert {"cac-scotland-2023-02-17", "conference-scotland-2023-02-17"} <= ids, ids
    assert not any(m.startswith(("cac-2023", "conference-2023")) for m in ids), ids


def test_a_numbered_date_of_next_meeting(tmp_path):
    text = ("West Midlands Regional Board – notes of the meeting of 17th March 2012\nBy Carol Whitmore\n\n"
            "1. MINUTES\n\n1.1 The Board met on Saturday 17th March 2012.\n\n"
            "11. DATE OF NEXT MEETING\n\n11.1 Saturday 19th May 2012, 10.30am, Regional Office, Birmingham.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2012/03/20/board/")
    assert ids == {"rec-west-midlands-2012-03-17", "rec-west-midlands-2012-05-19"}, ids


def test_a_conference_that_will_not_go_ahead_and_the_day_it_was_due(tmp_path):
    text = ("NEC Business Board report – July 2020\nBy Jo Bloggs\n\n"
            "The Business Board met online on Tuesday 21 April.\n\n"
            "- The NEC agreed, without a vote against, that Annual Conference 2020 will not go ahead in Liverpool. "
            "It had been due to open there on Saturday 19 September.\n")
    c = _build_one(tmp_path, text, "https://example.org/2020/07/24/bb/")
    rows = {(m.meeting_id, m.status) for m in c.meetings.itertuples()}
    assert ("conference-2020-09-19", "cancelled") in rows, rows


def test_a_diarys_day_headings_open_each_days_meeting(tmp_path):
    text = ("CAC diary: Liverpool 2023\nMaureen Talbot, CLP representative on the CAC\n\n"
            "SATURDAY 7 OCTOBER\n\nFirst CAC of the week this morning, 8am, at the back of the ACC.\n\n"
            "We agreed the draft of CAC Report 2.\n\n"
            "SUNDAY 8 OCTOBER\n\nThis morning's CAC started at 7.30.\n\nWe agreed CAC Report 3.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/10/13/cac-diary/")
    got = _decision_meetings(c)
    assert got["We agreed the draft of C"] == "cac-2023-10-07" and got["We agreed CAC Report 3."] == "cac-2023-10-08", got


def test_two_authors_with_their_sections_and_a_decision_by_email_ballot(tmp_path):
    text = ("London Regional Board: our report on the June meeting\n"
            "Grace Adeyemi (CLP section) and Tom Kirwan (affiliates section, Unite)\n\n"
            "This is our joint report of the London Regional Board, which met on Monday 20 June.\n\n"
            "In April the Board agreed by email ballot to release money from the regional campaign fund.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/06/24/board/")
    assert {m.meeting_id for m in c.meetings.itertuples()} == {"rec-london-2016-06-20"}
    people = {a.name for a in c.appearances.itertuples() if a.participant}
    assert {"Grace Adeyemi", "Tom Kirwan"} <= people, people


def test_a_possessive_date_dates_the_meeting_after_it(tmp_path):
    text = ("NEC live blog – 24 May 2022\nBy Jo Bloggs\n\n"
            "10.02am: Today's NEC follows last Tuesday's meeting of the Organisation Committee, which agreed a "
            "draft code of conduct.\n")
    c = _build_one(tmp_path, text, "https://example.org/2022/05/24/nec-live/")
    assert {m.meeting_id for m in c.meetings.itertuples()} == {"nec-2022-05-24", "nec-org-2022-05-17"}
    assert set(c.decisions.meeting_id) == {"nec-org-2022-05-17"}


def test_at_which_the_nec_agreed_is_the_meeting_named_before(tmp_path):
    text = ("NEC Disputes Panel report – October 2020\nBy Jo Bloggs\n\n"
            "The Disputes Panel met on Tuesday 13 October. It was the panel's first meeting since the full NEC on "
            "Tues 29th Sept, at which the NEC agreed to set up a new complaints process.\n")
    c = _build_one(tmp_path, text, "https://example.org/2020/10/15/panel/")
    assert set(c.decisions.meeting_id) == {"nec-2020-09-29"}


def test_met_on_the_sunday_is_not_a_sunday_still_to_come(tmp_path):
    text = ("Nottingham: my report from the National Policy Forum, July 2023\nBy Daniel Okoro\n\n"
            "The forum met at the conference centre from the Friday evening, 21 July, to lunchtime on Sunday.\n\n"
            "The final document goes to Annual Conference in Liverpool, which opens on Sunday 8 October.\n\n"
            "The JPC\n\nThe JPC met on the Sunday afternoon, straight after the forum closed.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2023/07/28/npf/")
    assert {"npf-2023-07-21", "jpc-2023-07-23", "conference-2023-10-08"} <= ids and "jpc-2023-10-08" not in ids, ids


def test_our_general_committee_is_the_clps_and_an_aside(tmp_path):
    text = ("Welsh Executive Committee report – October 2013\n"
            "By Gwenllian Parry, Arfon CLP, CLP representative for North Wales on the WEC\n\n"
            "This is my report of the Welsh Executive Committee, which met in Cardiff on Saturday 19 October.\n\n"
            "1. Arfon CLP's motion on bus services. My own CLP passed this at our general committee on Thursday "
            "26 September, and I moved it at the WEC.\n\n"
            "2. Owen Griffiths moved a motion on rail fares, which was agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2013/10/24/wec/")
    assert {m.meeting_id for m in c.meetings.itertuples()} == {"rec-wales-2013-10-19", "clp-arfon-2013-09-26"}
    people = {(a.name, a.meeting_id) for a in c.appearances.itertuples() if a.participant}
    assert ("Owen Griffiths", "rec-wales-2013-10-19") in people, people


def test_a_forums_weekend_is_one_meeting(tmp_path):
    text = ("Nottingham: my report from the National Policy Forum, July 2023\nBy Daniel Okoro\n\n"
            "The forum met at the conference centre from the Friday evening, 21 July, to lunchtime on Sunday.\n\n"
            "Saturday\n\nKeir Starmer spoke to the whole forum on Saturday morning.\n\n"
            "Sunday\n\nSunday's plenary was chaired by Margaret Odell, the NPF vice-chair.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/07/28/npf/")
    assert {m.meeting_id for m in c.meetings.itertuples()} == {"npf-2023-07-21"}


def test_it_met_on_the_friday_under_a_heading_that_names_the_friday(tmp_path):
    text = ("Eastern REC newsletter – June 2024\nBy Rachel Iveson\n\nThe REC met on Saturday 8/6 in Cambridge.\n\n"
            "1. The special REC (Friday 24/5)\n\n"
            "The officers called a special REC at less than 48 hours' notice. It met on Zoom on the Friday evening.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/06/10/rec/")
    assert ids == {"rec-eastern-2024-06-08", "rec-eastern-2024-05-24"}, ids


def test_a_name_and_its_acronym_are_one_mention_and_meetings_in_general_none(tmp_path):
    text = ("Preview\nBy Jo Bloggs\n\nAlice Perry has written a preview of the national policy forum (NPF) which is "
            "happening this weekend.\n\nHe stood against leaking from shadow cabinet meetings.\n")
    c = _build_one(tmp_path, text, "https://example.org/2018/06/20/npf-preview/")
    rows = {(m.meeting_id, m.status) for m in c.meetings.itertuples()}
    assert rows == {("npf-2018", "scheduled")}, rows


def test_a_branch_meeting_is_the_branchs(tmp_path):
    text = ("NEC report – March 2019\nBy Helen Ambrose\n\nThe NEC met on Tuesday 26 March.\n\n"
            "It was carried at the Heavitree branch meeting on Thursday 7 February.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/03/28/nec/")
    assert ids == {"nec-2019-03-26", "clp-heavitree-branch-2019-02-07"}, ids


def test_a_name_line_with_a_role_vouches_for_an_unlisted_given_name(tmp_path):
    text = ("NEC newsletter – October 2020\n\nMarisa Kettering, CLP representative on Labour's National Executive "
            "Committee\n\nFriends, here is my report from the full NEC on Tues 29th Sept, held on Zoom.\n")
    c = _build_one(tmp_path, text, "https://example.org/2020/10/05/nec/")
    assert {a.name for a in c.appearances.itertuples() if a.participant} == {"Marisa Kettering"}
    text2 = ("NEC Disputes Panel report\n\nDisputes Panel, NEC sub-committee report by our CLP representative\n\n"
             "The panel met on Tuesday 12 March 2013.\n")
    (tmp_path / "b").mkdir()
    c2 = _build_one(tmp_path / "b", text2, "https://example.org/2013/03/14/panel/")
    assert "Disputes Panel" not in set(c2.appearances.name)


def test_a_first_name_is_the_reports_own_person_before_an_office_holder(tmp_path):
    text = ("London Regional Board: our report on the June meeting\nGrace Adeyemi and Tom Kirwan\n\n"
            "This is our joint report of the London Regional Board, which met on Monday 20 June 2016.\n\n"
            "Tom raised congratulations to our new MP.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/06/24/board/")
    names = set(c.appearances.name)
    assert "Tom Watson" not in names and "Tom Kirwan" in names, names


def test_a_clps_general_committee_at_its_meeting(tmp_path):
    text = ("NEC report – March 2019\nBy Helen Ambrose\n\nThe NEC met on Tuesday 26 March.\n\n"
            "Exeter's general committee then adopted it at its meeting at the end of February.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/03/28/nec/")
    assert ids == {"nec-2019-03-26", "clp-exeter-2019-02"}, ids


def test_the_december_meeting_saturday_the_7th(tmp_path):
    text = ("Welsh Executive Committee report – October 2013\nBy Gwenllian Parry\n\n"
            "The Welsh Executive Committee met in Cardiff on Saturday 19 October.\n\n"
            "Cyfarfod nesaf / next meeting: the December meeting, Saturday the 7th, at Transport House.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2013/10/24/wec/")
    assert ids == {"rec-wales-2013-10-19", "rec-wales-2013-12-07"}, ids


def test_our_september_meeting_is_not_conference_and_its_meeting_may_name_what_follows(tmp_path):
    text = ("Business Board update – June 2021\nBy Mark Ellison\n\n"
            "The NEC's Business Board met yesterday, online as usual.\n\n"
            "The Board agreed the budget for Annual Conference in Brighton in September.\n\n"
            "A report on staff restructuring will come to our September meeting.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2021/06/23/bb/")
    assert "nec-business-board-2021-09" in ids, ids
    text2 = ("NEC Organisation Committee report – February 2017\nBy Jo Bloggs\n\n"
             "The Organisation Committee met on Tuesday 14 February.\n\n"
             "At its January plenary the NCC heard eleven cases.\n")
    (tmp_path / "b").mkdir()
    ids2 = _meeting_ids(tmp_path / "b", text2, "https://example.org/2017/02/16/org/")
    assert "ncc-2017-01" in ids2, ids2


def test_a_date_closes_its_clause_before_with(tmp_path):
    text = ("NEC report – July 2023\nBy Jo Bloggs\n\nThe NEC met on Tuesday 18 July.\n\n"
            "Annual Conference opens in Liverpool on Sunday 8 October, with Women's Conference on Saturday 7 October.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2023/07/20/nec/")
    assert ids == {"nec-2023-07-18", "conference-2023-10-08", "conference-women-2023-10-07"}, ids


def test_a_diary_of_bare_weekday_headings_dates_each_entry_from_the_week_it_spans(tmp_path):
    text = ("CAC diary: Brighton 2019\nBy Jo Bloggs\n\n"
            "Conference ran from Saturday 21 to Wednesday 25 September.\n\n"
            "Before we got there, our pre-conference meeting at Southside on Thursday 12 September sorted the motions.\n\n"
            "SATURDAY\n\nEveryone was talking about Friday night's NEC.\n\n"
            "The CAC met at eleven and agreed CAC Report 1.\n\n"
            "MONDAY\n\nCAC at eight. We agreed CAC Report 2.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/09/30/cac/")
    assert {"cac-2019-09-12", "nec-2019-09-20", "cac-2019-09-21", "cac-2019-09-23"} <= ids, ids
    assert "cac-2019-09" not in ids, ids


def test_next_stop_is_a_meeting_to_come(tmp_path):
    text = ("Northern regional conference 2014\nBy Jo Bloggs\n\nConference met in Scarborough this weekend.\n\n"
            "The new Regional Board meets for the first time on 15 March. Next stop: Annual Conference in Manchester "
            "in September!\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2014/03/03/conf/")
    assert {"rec-northern-2014-03-15", "conference-2014-09"} <= ids, ids


def test_a_relative_day_with_its_date_in_brackets_and_conf_for_conference(tmp_path):
    text = ("NEC, July 2023: the thread\nBy Jo Bloggs\n\n"
            "1/ NEC today (Tues 18th) and the NEC Equalities Cttee yesterday (Mon 17th).\n\n"
            "2/ Minutes of the May NEC (23rd) agreed.\n\n"
            "3/ The Org Cttee last Tues (11th) agreed the selections procedure.\n\n"
            "4/ Women's Conf (Liverpool, Sat 7–Sun 8 Oct): arrangements agreed.\n\n"
            "5/ Conf 2023 (Liverpool, Sun 8–Weds 11 Oct). The proposal to give the NEC statement its own slot on "
            "the Tuesday was kicked back to the CAC, which meets early Sept.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2023/07/20/thread/")
    assert {"nec-2023-07-18", "nec-equalities-2023-07-17", "nec-2023-05-23", "nec-org-2023-07-11",
            "conference-women-2023-10-07", "conference-2023-10-08", "cac-2023-09"} <= ids, ids
    assert not {"nec-2023-07-20", "nec-2023-10-10", "cac-2023-10-10", "conference-women-2023-10-08"} & ids, ids


def test_a_line_opening_with_a_commissions_topic_is_that_commission_and_wc_gives_a_month(tmp_path):
    text = ("NPF rep's report: the online commission sessions, spring 2021\nBy Jo Bloggs\n\n"
            "I have been to three online sessions of the National Policy Forum's commissions.\n\n"
            "The sessions at a glance\n\n"
            "Commission | Date | What happened\n"
            "Health and Social Care | Thurs 25.2.21 | Principles paper agreed\n"
            "Economy, Business and Trade | w/c 12 April | Next session, on regional investment\n\n"
            "Economy, Business and Trade – Tuesday 9 February\n\n"
            "Around thirty of us on the call. The commission agreed to make regional investment its next theme.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2021/03/20/npf/")
    assert {"npf-health-2021-02-25", "npf-economy-2021-02-09", "npf-economy-2021-04"} <= ids, ids
    assert not any(i.startswith("npf-next") or i.endswith("04-12") for i in ids), ids


def test_a_table_under_an_at_a_glance_heading_summarises_the_detail_below(tmp_path):
    text = ("NPF rep's report, spring 2021\nBy Jo Bloggs\n\nI went to two online policy commission sessions.\n\n"
            "The sessions at a glance\n\n"
            "Commission | Date | What happened\n"
            "Health and Social Care | Thurs 25.2.21 | Principles paper agreed with two amendments\n"
            "Economy, Business and Trade | Tues 9.2.21 | Green recovery evidence session\n\n"
            "Health and Social Care – Thursday 25 February\n\n"
            "The main item was a short principles paper on social care. The principles paper was then agreed "
            "with two amendments, one on unpaid carers and one on pay.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/03/20/npf/")
    agreed = c.decisions[c.decisions.outcome == "agreed"]
    assert len(agreed) == 1 and agreed.text.iloc[0].startswith("The principles paper"), list(agreed.text)
    assert set(c.meetings.meeting_id) >= {"npf-health-2021-02-25", "npf-economy-2021-02-09"}


def test_a_recs_executive_sub_committee_under_a_dated_heading(tmp_path):
    text = ("London REC: my week, 8 to 10 March 2021\nBy Nadia Pellegrini\n\n"
            "Most of the detailed work is done by its Executive sub-committee.\n\n"
            "Monday 8 March – Executive sub-committee\n\n"
            "We met at 6.30pm on Zoom. At January's REC we agreed to ask for a timetable. A request from Leyton CLP "
            "for a grant was deferred to our April meeting, because nobody had a figure.\n\n"
            "Tuesday 9 March – not REC business\n\nNo REC meeting on Tuesday, so I went to my CLP.\n\n"
            "Wednesday 10 March – the full REC\n\nThe full REC met at 6pm. The minutes were agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/03/12/rec/")
    ids = set(c.meetings.meeting_id)
    assert {"rec-london-executive-2021-03-08", "rec-london-executive-2021-04", "rec-london-2021-01",
            "rec-london-2021-03-10"} <= ids, ids
    assert not {"rec-london-2021-03-09", "rec-london-executive-2021-01", "rec-london-2021-04"} & ids, ids
    deferred = c.decisions[c.decisions.outcome == "deferred"]
    assert list(deferred.meeting_id) == ["rec-london-executive-2021-03-08"], deferred


def test_finance_and_general_purposes_the_meeting_of_saturday_and_a_proposal_for_a_conference(tmp_path):
    text = ("East Midlands REC report – January 2024\nBy Jo Bloggs\n\nThe REC met on Saturday 27 January.\n\n"
            "The minutes of the meeting of Saturday 18 November were agreed as a correct record.\n\n"
            "Lorna Pitt presented the report of the Finance and General Purposes Sub-Committee, which met on "
            "Tuesday 16 January.\n\n"
            "A proposal from the regional women's forum for a Saturday regional policy conference in June was sent "
            "back to the sub-committee to look at the costs.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/01/30/rec/")
    assert {"rec-east-midlands-2024-01-27", "rec-east-midlands-2023-11-18"} <= ids, ids
    assert any(i.startswith("rec-east-midlands-finance") and i.endswith("2024-01-16") for i in ids), ids
    assert not any(i.startswith("conference") for i in ids), ids


def test_parts_of_one_day_that_afternoon_and_the_following_day(tmp_path):
    text = ("Organisation Committee and Disputes Panel – April 2019\nBy Jo Pemberton\n\n"
            "Both committees met at Southside on Tuesday 9 April, the Organisation Committee in the morning and "
            "the Disputes Panel after lunch.\n\n"
            "The Org Committee next meets on Tuesday 21 May, and the Disputes Panel will meet that afternoon as "
            "usual. The full NEC meets the following day.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/04/12/org/")
    assert {"nec-org-2019-04-09", "nec-disputes-2019-04-09", "nec-org-2019-05-21", "nec-disputes-2019-05-21",
            "nec-2019-05-22"} <= ids, ids


def test_the_next_morning_under_a_heading_that_names_the_day_is_that_day(tmp_path):
    text = ("NEC report – May 2018\nBy Jo Bloggs\n\nORGANISATION COMMITTEE, MONDAY 14TH MAY\n\n"
            "The Organisation Committee met in the afternoon.\n\nNEC, TUES 15TH MAY\n\n"
            "The full NEC met the next morning at Southside.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2018/05/18/nec/")
    assert {"nec-org-2018-05-14", "nec-2018-05-15"} <= ids and "nec-2018-05-16" not in ids, ids


def test_agreed_by_the_nec_in_january_referred_to_it_in_july_and_a_month_after_a_colon(tmp_path):
    text = ("NEC Business Board (14.6.22): decisions taken\nBy Colm Devereux\n\n"
            "The Business Board met on Tuesday 14 June.\n\n"
            "2. Matters arising: the 2022 budget, as agreed by the NEC in January, is unchanged.\n\n"
            "5. Staff pay award 2022: referred to the full NEC in July, as the proposal goes beyond the limit.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2022/06/20/bb/")
    assert {"nec-business-board-2022-06-14", "nec-2022-01", "nec-2022-07"} <= ids, ids
    text2 = ("Business Board report – June 2022\nBy Colm Devereux\n\nThe Business Board met on Tuesday 14 June.\n\n"
             "Coming up\n\n- Full NEC: July, date to be confirmed.\n- NEC away day: Tuesday 6 September.\n")
    (tmp_path / "b").mkdir()
    ids2 = _meeting_ids(tmp_path / "b", text2, "https://example.org/2022/06/20/bb/")
    assert {"nec-2022-07", "nec-2022-09-06"} <= ids2, ids2


def test_a_weekday_and_ordinal_with_no_month_is_a_day_of_the_reports_month(tmp_path):
    text = ("Yorkshire & Humber Regional Board - Sat 7th Sept - report back\nBy Jo Bloggs\n\n"
            "The Board met on Saturday (the 7th) in Leeds.\n\nDates:\n- Annual conference, Brighton, starts Sunday the "
            "22nd.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2013/09/10/board/")
    assert {"rec-yorkshire-2013-09-07", "conference-2013-09-22"} <= ids, ids


def test_welcomed_members_including_a_correction_from_and_a_two_letter_first_name(tmp_path):
    text = ("NEC report – November 2010\nBy Marian Holloway\n\nThe NEC met on Tuesday 23 November, the first "
            "full meeting since Ed Miliband became Leader.\n\n"
            "The chair welcomed the members who have taken their seats since conference, including Deborah Kaye "
            "from the socialist societies section and Rob Ennis from the trade union section.\n\n"
            "The minutes of the July meeting were agreed, with one correction from Pete Aldred.\n\n"
            "Leader's report\n\nEd spoke for about twenty minutes and then took questions.\n")
    c = _build_one(tmp_path, text, "https://example.org/2010/11/26/nec/")
    took_part = set(c.appearances[c.appearances.participant].name)
    assert {"Deborah Kaye", "Rob Ennis", "Pete Aldred", "Ed Miliband"} <= took_part, took_part


def test_a_present_list_with_councillors_and_a_title_before_its_holder(tmp_path):
    text = ("Northern REC – notes of the meeting held on Saturday 20th June 2015\nBy Brenda Hepple\n\n"
            "Present: Cllr Alan Wardle (Chair), Brenda Hepple, Tom Charlton (Unite), Cllr Sajid Rahman, Gary Tait "
            "(GMB), Cllr Pat Heslop.\n\n"
            "4. Finance\n\nThe Treasurer, Cllr Peter Lindqvist, presented the accounts.\n")
    c = _build_one(tmp_path, text, "https://example.org/2015/06/25/rec/")
    took_part = set(c.appearances[c.appearances.participant].name)
    assert {"Sajid Rahman", "Pat Heslop", "Gary Tait", "Peter Lindqvist"} <= took_part, took_part
    roles = c.appearances[c.appearances.resolution == "role"]
    assert not roles.participant.any(), roles[["name", "quote"]]


def test_i_was_not_at_this_meeting_keeps_the_author_out_of_it(tmp_path):
    text = ("NEC Business Board (14.6.22) and NEC Officers (7.6.22)\nBy Colm Devereux\n\n"
            "PART A: NEC OFFICERS, TUESDAY 7 JUNE\n\n"
            "I am not one of the Officers and I was not at this meeting. The Officers agreed to hold an away day.\n\n"
            "PART B: NEC BUSINESS BOARD, TUESDAY 14 JUNE\n\nThe Board agreed the budget.\n")
    c = _build_one(tmp_path, text, "https://example.org/2022/06/20/bb/")
    a = c.appearances[(c.appearances.name == "Colm Devereux") & c.appearances.participant]
    assert set(a.meeting_id) == {"nec-business-board-2022-06-14"}, a[["meeting_id", "quote"]]


def test_both_spoke_dropped_in_and_a_welsh_given_name(tmp_path):
    text = ("WEC report – November 2011\nBy Eleri Pugh\n\nThe WEC met on Saturday 12 November in Cardiff.\n\n"
            "Cllr Menna Roberts and Dylan Hughes both spoke briefly. Leighton Andrews, as Education Minister, "
            "opened the session on schools. Peter Hain dropped in after lunch to talk about Refounding Labour.\n")
    c = _build_one(tmp_path, text, "https://example.org/2011/11/15/wec/")
    took_part = set(c.appearances[c.appearances.participant].name)
    assert {"Menna Roberts", "Dylan Hughes", "Leighton Andrews", "Peter Hain"} <= took_part, took_part


def test_a_member_who_wanted_more_time_took_part(tmp_path):
    text = ("Disputes Panel report – April 2019\nBy Jo Pemberton\n\nThe Disputes Panel met on Tuesday 9 April.\n\n"
            "Gill Tamworth wanted more time for members to comment on the guidance. Len Abbott wanted the paper "
            "put back.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/04/12/dp/")
    took_part = set(c.appearances[c.appearances.participant].name)
    assert {"Gill Tamworth", "Len Abbott"} <= took_part, took_part


def test_a_thread_turning_to_a_committee_first_and_a_title_naming_two_meetings(tmp_path):
    text = ("NEC and Equalities Committee, July 2023 – the thread\n\nRos Dempster, CLP representative on the NEC\n\n"
            "1/ NEC today (Tues 18th) and the NEC Equalities Cttee yesterday (Mon 17th).\n\n"
            "2/ Equalities Cttee first. Chaired by Nasreen Akhtar. Minutes of the May Cttee agreed.\n\n"
            "4/ Disability access fund: the new guidance agreed unan.\n\n"
            "6/ Now the full NEC (Tues). GS report noted.\n\n"
            "10/ Selections. The Org Cttee last Tues (11th) agreed the procedure. The NEC endorsed the Org Cttee's "
            "selections procedure, 24-9.\n\n11/ CLP section motion to publish a summary. The motion was lost 10-24.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/07/20/thread/")
    at = dict(zip(c.decisions.text.str[:25], c.decisions.meeting_id, strict=True))
    assert at["Minutes of the May Cttee "] == "nec-equalities-2023-07-17", at
    assert at["4/ Disability access fund"] == "nec-equalities-2023-07-17", at
    assert at["GS report noted."] == "nec-2023-07-18", at
    assert at["The Org Cttee last Tues ("] == "nec-org-2023-07-11", at
    assert at["The motion was lost 10-24"] == "nec-2023-07-18", at


def test_conference_opened_in_a_diary_and_the_nec_statement_carried_there(tmp_path):
    text = ("CAC diary: Brighton 2019\nBy Jo Bloggs\n\nSUNDAY 22 SEPTEMBER\n\nThe CAC met at 7.45am and agreed "
            "its report.\n\nConference opened at ten. The reference back was lost on a card vote. The NEC "
            "statement was carried.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/09/30/cac/")
    at = dict(zip(c.decisions.text.str[:20], c.decisions.meeting_id, strict=True))
    assert at["The reference back w"] == "conference-2019-09-22", at
    assert at["The NEC statement wa"] == "conference-2019-09-22", at
    assert at["The CAC met at 7.45a"] == "cac-2019-09-22", at


def test_a_report_dated_only_by_its_years_takes_its_month_from_the_first_lines(tmp_path):
    text = ("Llandudno diary – Welsh Labour Conference 2019\nby Eirlys Bowden\n\n"
            "Conference ran from Friday 5 to Sunday 7 April 2019 at Venue Cymru.\n\n"
            "It is only seven months since the special conference in Cardiff last September, which agreed to move "
            "to one member, one vote.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/eirlys/llandudno-diary/")
    assert {"conference-wales-2019-04-05", "conference-wales-2018-09"} <= ids, ids


def test_the_welsh_cac_then_the_cac_and_a_date_for_debate(tmp_path):
    text = ("Llandudno diary – Welsh Labour Conference 2019\nby Eirlys Bowden\n\n"
            "Conference ran from Friday 5 to Sunday 7 April 2019.\n\n"
            "Mared Tudor was elected to the vacancy on the Welsh Conference Arrangements Committee.\n\n"
            "FRI 5/4\n\nThe CAC met at 8am. The CAC accepted two emergency motions for debate on Saturday afternoon.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/eirlys/llandudno-diary/")
    assert "cac-wales-2019-04-05" in ids and not any(i.startswith("cac-2019") for i in ids), ids
    assert "cac-wales-2019-03-30" not in ids, ids


def test_due_to_meet_its_next_meeting_and_the_may_meeting_was_due_on(tmp_path):
    text = ("NEC report, March 2012\nBy Rob Hale\n\nThe NEC met on Tuesday 20 March.\n\n"
            "The Equalities Committee, which was also due to meet on 6 March, was\ncancelled so that its members "
            "could attend the Organisation Committee\ninstead. Its next meeting is in April.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2012/03/25/nec/")
    assert {"nec-equalities-2012-03-06", "nec-equalities-2012-04"} <= ids and "nec-2012-04" not in ids, ids
    text2 = ("NEC International Committee – March 2022\nBy Ann Bloggs\n\nThe committee met on Tuesday 8 March.\n\n"
             "The May meeting was due on Tuesday 10 May.\n")
    (tmp_path / "b").mkdir()
    ids2 = _meeting_ids(tmp_path / "b", text2, "https://example.org/2022/03/10/intl/")
    assert "nec-international-2022-05-10" in ids2, ids2


def test_a_disputes_sub_panel_is_the_disputes_panel(tmp_path):
    text = ("Disputes Panel report – November 2017\nBy Jo Bloggs\n\nThe Disputes Panel met on Tues 21st Nov.\n\n"
            "3. Sub-panel, Manchester, Thurs 9th Nov\n\nThe sub-panel agreed that the suspension should be lifted.\n\n"
            "Sue Shackleton was elected to chair the December sub-panel.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2017/11/24/dp/")
    assert {"nec-disputes-2017-11-21", "nec-disputes-2017-11-09", "nec-disputes-2017-12"} <= ids, ids


def test_a_dates_list_entry_naming_the_board_by_its_month(tmp_path):
    text = ("Yorkshire Regional Board report – November 2017\nBy Jo Bloggs\n\nThe Board met on Saturday 18 November.\n\n"
            "Dates for the diary\n\n- January Board: Saturday 20 January.\n- December Board: in Leeds.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2017/11/24/board/")
    assert {"rec-yorkshire-2017-11-18", "rec-yorkshire-2018-01-20", "rec-yorkshire-2017-12"} <= ids, ids


def test_headings_in_capitals_name_a_regions_committee_and_its_board(tmp_path):
    text = ("South East Regional Board – Members' Newsletter, October 2015\nBridget Allardyce, CLP representative\n\n"
            "PROCEDURES COMMITTEE – TUESDAY 6 OCTOBER\n\nWe agreed the timetable.\n\n"
            "REGIONAL BOARD – SATURDAY 17 OCTOBER\n\nThe Board agreed the budget.\n")
    c = _build_one(tmp_path, text, "https://example.com/2015/10/23/se/")
    at = dict(zip(c.decisions.text, c.decisions.meeting_id, strict=True))
    assert at["We agreed the timetable."] == "rec-south-east-procedures-2015-10-06", at
    assert at["The Board agreed the budget."] == "rec-south-east-2015-10-17", at


def test_the_treasurer_at_a_regional_meeting_is_the_regions_not_the_partys(tmp_path):
    import datetime as dt

    from toolkit.reference import load_reference, office_holders

    ref = load_reference()
    on = dt.date(2019, 4, 4)
    assert office_holders(ref, "treasurer", on, "nec") != []  # the party's Treasurer at the NEC
    assert office_holders(ref, "treasurer", on, "rec-wales") == []  # a region's own, not in the reference
    assert office_holders(ref, "treasurer", on, "conference-wales") == []


def test_a_name_over_a_line_break_is_named_on_one_line_and_a_proposal_from(tmp_path):
    lines = [
        "The NEC met on Tuesday 20 March at Victoria Street, and this is our",
        "joint report of it, written from our notes on the train home and",
        "checked against the papers where we had them, as we always try to do.",
        "The Organisation Committee met on Tuesday 6 March, and Marion",
        "Tregarthen, who chaired it, presented its report to the NEC. A further",
        "proposal, from Barry Hulme, that registered supporters should have a",
        "say in the selection of parliamentary candidates was kicked back to",
        "the Organisation Committee for more work on the rules and the costs.",
        "The General Secretary's report covered the budget and the staffing",
        "review, and it was noted after a long round of questions from us all.",
    ]
    text = "NEC report – March 2012\nBy Gillian Markham and Rob Emsley\n\n" + "\n".join(lines) + "\n"
    c = _build_one(tmp_path, text, "https://example.org/2012/03/25/nec/")
    names = set(c.appearances.name)
    assert "Marion Tregarthen" in names and not any("\n" in n for n in names), names
    for table in (c.actors, c.appearances):
        assert not table.name.astype(str).str.contains("\n").any()
    a = c.appearances[c.appearances.name == "Barry Hulme"]
    assert a.participant.all() and len(a), a


def test_on_the_friday_under_a_heading_naming_a_friday_after_another_day_was_named(tmp_path):
    text = ("Eastern REC newsletter – June 2024\nFrom Rachel Iveson\n\n1. The special REC (Friday 24/5)\n\n"
            "When the Prime Minister called the election for 4 July, the officers called a special REC. It met on "
            "Zoom on the Friday evening. The special REC agreed to cancel the July meeting.\n\n"
            "2. The REC (Saturday 8/6)\n\nWe met online again.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2024/06/12/rec/")
    assert {"rec-eastern-2024-05-24", "rec-eastern-2024-06-08"} <= ids, ids
    assert "rec-eastern-2024-06-07" not in ids, ids


def test_i_couldnt_join_it_and_a_title_then_name_that_set_out(tmp_path):
    text = ("Eastern REC newsletter – June 2024\nFrom Rachel Iveson\n\n1. The special REC (Friday 24/5)\n\n"
            "The officers called a special REC. It met on Zoom on the Friday evening. I couldn't join it, because "
            "I was out on the doorstep. The Regional Director, Hannah Pell, set out what the election means.\n\n"
            "2. The REC (Saturday 8/6)\n\nWe met online again. The minutes were agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/06/12/rec/")
    a = c.appearances[c.appearances.participant]
    rachel = set(a[a.name == "Rachel Iveson"].meeting_id)
    assert rachel == {"rec-eastern-2024-06-08"}, rachel
    assert "rec-eastern-2024-05-24" in set(a[a.name == "Hannah Pell"].meeting_id), a[["name", "meeting_id"]]


def test_my_own_clp_named_in_apposition_and_its_meeting(tmp_path):
    text = ("NPF report – May 2023\nBy Jo Bloggs\n\nThe NPF met in Leeds on Saturday 20 May.\n\n"
            "My own CLP, Sheffield Hallam, agreed at its all-member meeting on Thursday 11 May to submit three "
            "amendments.\n")
    c = _build_one(tmp_path, text, "https://example.org/2023/05/25/npf/")
    assert "clp-sheffield-hallam-2023-05-11" in set(c.meetings.meeting_id), set(c.meetings.meeting_id)
    assert list(c.decisions.meeting_id) == ["clp-sheffield-hallam-2023-05-11"], list(c.decisions.meeting_id)


def test_the_committees_meeting_after_the_committee_named_in_the_sentence(tmp_path):
    text = ("West Midlands Regional Board – notes of the meeting of 22 November 2014\nBy Jo Bloggs\n\n"
            "6. Report of the Local Government Committee\n\nKeith Wootton, chair of the Local Government Committee, "
            "presented the report of the committee's meeting held on Tuesday 28 October 2014.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2014/11/25/board/")
    assert "rec-west-midlands-local-government-2014-10-28" in ids and "rec-west-midlands-2014-10-28" not in ids, ids


def test_a_committees_report_is_received_by_the_meeting_it_was_put_to(tmp_path):
    text = ("NEC report – March 2019\nBy Jo Bloggs, CLP representative\n\n"
            "The NEC met on Tuesday 26 March.\n\n"
            "Committee reports\n\n"
            "The Org Committee met on the 12th, chaired by Dee Clark. It agreed to open selections "
            "in the remaining seats. The Org Committee report was nodded through without a vote.\n\n"
            "The Equalities Committee report, which includes new access guidance, was noted as well.\n\n"
            "The Disputes Panel met on Tuesday 19 March to hear four cases. The Disputes Panel's report "
            "was received without discussion.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/03/28/nec-report/")
    met = _decided_at(c)
    assert met["agreed"] == "nec-org-2019-03-12", met  # the committee's own decision stays its own
    assert met["Org"] == met["Equalities"] == met["Disputes"] == "nec-2019-03-26", met


def test_the_committee_as_subject_after_a_report_of_its_meeting(tmp_path):
    text = ("NEC report – December 2019\nBy Jo Bloggs, CLP representative\n\n"
            "The NEC met on Tuesday 17 December and agreed the timetable for the leadership election.\n\n"
            "Yasmin Choudhury, who chairs the Organisation Committee, reported on its meeting of Tuesday "
            "10 December. I do not sit on that committee, so what follows comes from her report.\n\n"
            "The committee had agreed to pause all parliamentary selections until the new year. It had also "
            "noted a report on membership.\n\n"
            "The NEC noted the Treasurer's update.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/12/19/nec-report/")
    met = _decided_at(c)
    assert met["committee"] == met["had"] == "nec-org-2019-12-10", met
    assert met["NEC"] == "nec-2019-12-17", met


def test_a_bulletins_issue_date_and_its_clps_own_meetings(tmp_path):
    text = ("Colchester Labour Party – Members' Bulletin, 19 March 2012\n\nEdited by Jo Bloggs.\n\n"
            "GC ROUND-UP\n\nThirty delegates came to the General Committee on Thursday 8th. The GC agreed "
            "to spend up to £450 on a leaflet.\n\n"
            "REGIONAL BOARD UPDATE\nby Sam Pike, CLP representative on the Eastern Regional Board\n\nOn Saturday the Regional Board met in Chelmsford. The Board agreed the "
            "timetable for selecting our PCC candidates.\n\n"
            "DATES FOR YOUR DIARY\n\n- Thurs 12 April: GC, 7.30pm, Trinity Street hall\n"
            "- Thurs 17 May: CLP AGM, 7.30pm\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/bulletins/2012/03/members-bulletin/")
    # the Board met on the Saturday before the bulletin's day, not on an unknown day of March
    assert {"rec-eastern-2012-03-17", "clp-colchester-2012-03-08", "clp-colchester-2012-04-12",
            "clp-colchester-2012-05-17"} <= ids, ids


def test_a_title_date_of_a_meeting_is_not_an_issue_date():
    from toolkit.segment import _issue_day
    assert _issue_day("NEC report – 29 September 2020\n\nThe NEC met last Tuesday.") is None
    assert _issue_day("Members' Bulletin, 19 March 2012\n\nText.").iso() == "2012-03-19"
    assert _issue_day("Board report\nPosted on 21 November 2017 by Jo\n\nText.").iso() == "2017-11-21"


def test_a_title_day_without_its_year_and_the_boards_officers(tmp_path):
    text = ("Regional Board, 18 November: my report\n\nPosted on 21 November 2017 by Lynne Hepple\n\n"
            "The Northern Regional Board met in Durham. The minutes of the September Board were agreed.\n\n"
            "Ray gave the officers' report. The Board's officers met on Tuesday the 14th and prepared the "
            "business. The Board agreed to meet five times a year.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/regional-board-report/")
    assert {"rec-northern-2017-11-18", "rec-northern-officers-2017-11-14", "rec-northern-2017-09"} <= ids, ids
    assert "rec-northern-2017-11-14" not in ids


def test_a_part_headed_by_the_boards_executive_is_that_committees_meeting(tmp_path):
    text = ("Eastern Regional Board – report to branches, 20 July 2022\n\n"
            "This is my report of the Regional Board, which met on Saturday 16 July in Norwich, and of the Board's "
            "Executive Committee, which met on Saturday 9 July to prepare the business.\n\n"
            "PART A – EXECUTIVE COMMITTEE (the Saturday before the Board, on Zoom)\n\n"
            "Seven of the nine members were on the call.\n"
            "DECISION: budget noted.\n"
            "DECISION: request for a second organiser deferred to the full Board.\n\n"
            "PART B – REGIONAL BOARD (Saturday)\n\n"
            "About 35 members there.\n"
            "DECISION: minutes of the April meeting agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2022/07/20/board/")
    met = _decided_at(c)
    assert met["budget"] == met["request"] == "rec-eastern-executive-2022-07-09", met
    assert met["minutes"] == "rec-eastern-2022-07-16", met


def test_diary_headings_of_a_relative_day_and_a_day_before_a_colon(tmp_path):
    text = ("SEC and Org Sub: my notes, Tuesday 17 June 2025\n\n"
            "Jo Bloggs – CLP representative on the Scottish Executive Committee and its Organisation Sub-Committee\n\n"
            "-- A fortnight ago today: Org Sub (online)\n\n"
            "Derek Lyle in the chair.\n\n"
            "- Council selections for 2027: parked until after the summer recess.\n\n"
            "-- Saturday the 14th: full SEC, Glasgow\n\n"
            "Linda Strachan in the chair.\n\n"
            "- The list ranking timetable was agreed on a show of hands.\n")
    c = _build_one(tmp_path, text, "https://example.org/sec-notes/")
    met = _decided_at(c)
    assert met["Council"] == "rec-scotland-org-2025-06-03", met  # fourteen days before the day it was written
    assert met["The"] == "rec-scotland-2025-06-14", met


def test_org_alone_and_a_bracketed_day_after_the_day_before_the_nec(tmp_path):
    text = ("NEC report - Tuesday 27 March 2012\n\nThe NEC met on Tuesday 27 March.\n\n"
            "ORGANISATION COMMITTEE\n\nOrg met on Tues 13th, a fortnight before the NEC. It agreed the draft rules.\n\n"
            "DISPUTES PANEL\n\nThe Panel met on the day before the NEC (Mon 26th). I'm on it.\n\n"
            "DATES\n\nOrg: Tues 8 May\n\nSee labour.org.uk for the papers.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2012/03/nec-report/")
    assert {"nec-2012-03-27", "nec-org-2012-03-13", "nec-disputes-2012-03-26", "nec-org-2012-05-08"} <= ids, ids
    assert "nec-2012-03-26" not in ids and "nec-2012-03-13" not in ids, ids


def test_org_is_not_read_inside_a_web_address():
    from toolkit.extract.bodies import find_bodies
    ref = load_reference()
    assert [b.body_id for b in find_bodies("See labour.org.uk or www.example.org/org for the papers.", ref)] == []
    assert [b.body_id for b in find_bodies("The May Org will take it.", ref)] == ["nec-org"]


def test_a_report_of_two_meetings_listed_by_their_days_in_parts(tmp_path):
    text = ("NEC reports: July and September 2011\n\nPosted by Jo Bloggs, CLP representative on the NEC\n\n"
            "So here are both meetings in one go: Tuesday 19 July first, then Tuesday 13 September.\n\n"
            "PART ONE: THE JULY NEC\n\nLeader's report\n\nEd spoke about phone hacking.\n\n"
            "Party finances\n\nThe Treasurer's report was noted.\n\n"
            "The Organisation Committee had met earlier in the month, on Tuesday the 5th.\n\n"
            "PART TWO: THE SEPTEMBER NEC\n\nMinutes\n\nThe July minutes were agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2011/09/16/nec-reports/")
    assert {"nec-2011-07-19", "nec-2011-09-13", "nec-org-2011-07-05"} <= set(c.meetings.meeting_id), set(c.meetings.meeting_id)
    met = _decided_at(c)
    assert met["Treasurer's"] == "nec-2011-07-19" and met["July"] == "nec-2011-09-13", met


def test_a_two_day_meeting_its_matters_arising_and_an_event_recalled_months_before(tmp_path):
    text = ("NEC report: November 2014\n\nBy Jo Bloggs, CLP representative\n\n"
            "The NEC met over two days this time, on Mon 24th and Tues 25th.\n\n"
            "DECISION: Minutes of the meeting of 20 September agreed.\n\n"
            "Matters arising: at that meeting in Manchester we agreed the timetable for the target seats.\n\n"
            "SELECTIONS\n\nFor newer readers: the special conference at ExCeL on 1 March this year agreed the "
            "Collins reforms. The motion to hold the London selections over was defeated 6-19.\n")
    c = _build_one(tmp_path, text, "https://example.org/2014/11/27/nec-report/")
    ids = set(c.meetings.meeting_id)
    assert "nec-2014-11-24" in ids and "nec-2014-11-25" not in ids, ids
    met = _decided_at(c)
    assert met["arising:"] == "nec-2014-09-20", met  # the meeting whose minutes were just agreed
    assert met["motion"] == "nec-2014-11-24", met  # not the conference recalled from March


def test_a_meeting_called_off_and_rescheduled_a_clause_after_so_and_a_members_own_clp(tmp_path):
    text = ("My NEC report – November 2016\n\nBy Jo Bloggs, CLP representative\n\n"
            "The NEC met on Tuesday 29 November.\n\n"
            "The new members took their seats on Tuesday, so for the record the NEC is now a little bigger.\n\n"
            "There was no report from the Equalities Committee. Its October meeting was called off at a day's "
            "notice because too few members could attend, and it has been rescheduled for Tuesday 13 December.\n\n"
            "Owain's own CLP, Ribble Vale, agreed at its general meeting on Thursday 24 November to ask us to "
            "raise all-member meetings.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2016/12/01/nec-report/")
    assert {"nec-2016-11-29", "nec-equalities-2016-12-13", "clp-ribble-vale-2016-11-24"} <= ids, ids
    assert "nec-2016-12-06" not in ids and "nec-2016-11-24" not in ids, ids


def test_an_nec_committee_not_in_the_reference_is_named_whole():
    from toolkit.extract.bodies import find_bodies
    ref = load_reference()
    got = [b.body_id for b in find_bodies("These are my notes of the NEC Local Government Committee on Tuesday.", ref)]
    assert got == ["nec-local-government"], got
    assert [b.body_id for b in find_bodies("The NEC Equalities Committee met.", ref)] == ["nec-equalities"]


def test_a_delegates_report_to_their_clp_on_a_regional_conference(tmp_path):
    text = ("South West Regional Conference, Exeter, 2.3.24 – delegates' report\n\n"
            "To: Stroud CLP General Committee, for the meeting on Thursday 21 March\n\n"
            "At the January GC, on Thursday 18th, you elected the two of us as delegates.\n\n"
            "Regional conference met in Exeter on Saturday 2 March. The Conference Arrangements Committee "
            "met at 8.30 to deal with emergency motions.\n\n"
            "The regional women's conference is on Saturday 27 April in Taunton.\n\n"
            "Recommendations for the GC on the 21st\n\n- That the GC sends our motion to Annual Conference.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/delegates-report/")
    # the GC is the CLP's the report is addressed to; the women's conference and the CAC are the region's
    assert {"clp-stroud-2024-01-18", "clp-stroud-2024-03-21", "conference-south-west-women-2024-04-27"} <= ids, ids
    assert not any(i.startswith(("conference-women", "cac-2024")) for i in ids), ids


def test_a_regional_conferences_cac_is_the_regions():
    from toolkit.extract.bodies import BodyMention
    from toolkit.extract.meetings import regional_committee
    t = "The Conference Arrangements Committee met at 8.30."
    b = BodyMention(4, 37, "cac")
    assert regional_committee(t, b, "conference-south-west").body_id == "cac-south-west"
    assert regional_committee(t, b, "conference-women").body_id == "cac"
    t2 = "The national Conference Arrangements Committee met."
    assert regional_committee(t2, BodyMention(13, 46, "cac"), "conference-south-west").body_id == "cac"


def test_a_months_meeting_in_the_possessive(tmp_path):
    text = ("London Regional Board report, January 2019\n\nBy Jo Bloggs, CLP representative on the London Regional Board\n\n"
            "The London Regional Board met on Wednesday 23 January.\n\n"
            "For those who missed it, November's meeting agreed to set up a small working group on access.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/2019/01/27/board/")
    assert {"rec-london-2019-01-23", "rec-london-2018-11"} <= ids, ids


def test_that_conference_agreed_after_a_verb_of_knowing_is_conferences_decision(tmp_path):
    text = ("Yorkshire Regional Board report, October 2018\n\nBy Jo Bloggs, CLP representative on the Regional Board\n\n"
            "The Regional Board met on Saturday 29 September in Leeds, the week after Annual Conference in "
            "Liverpool opened on 23 September.\n\n"
            "Comrades will have seen that Conference agreed rule changes arising from the Democracy Review.\n\n"
            "The Board agreed the timetable for council selections.\n")
    c = _build_one(tmp_path, text, "https://example.org/2018/10/02/board/")
    met = _decided_at(c, 0)
    assert met["Comrades"] == "conference-2018-09-23", met
    assert met["The"] == "rec-yorkshire-2018-09-29", met


def test_a_heading_about_the_minutes_of_a_meeting_does_not_open_it(tmp_path):
    text = ("Notes from the SEC\n\nby Jo Bloggs, CLP representative on the Scottish Executive Committee\n\n"
            "The Scottish Executive Committee met last Saturday in Glasgow.\n\n"
            "Minutes and the September meeting\n\n"
            "Frances Dunlop chaired, as usual with a firm hand.\n\n"
            "The minutes of September's meeting were approved without comment.\n\n"
            "Leader's report\n\nKezia Dugdale gave her report.\n")
    c = _build_one(tmp_path, text, "https://example.org/2015/12/07/sec-notes/")
    chair = c.appearances[c.appearances.name == "Frances Dunlop"]
    assert set(chair.meeting_id) == {"rec-scotland-2015-12-05"}, set(chair.meeting_id)


def test_a_diary_heading_of_a_day_and_a_regions_committee(tmp_path):
    text = ("Regional Board rep's report – February 2016\n"
            "From: Jo Bloggs, CLP representative on the North West Regional Board\n"
            "Date: 1 March 2016\n\n"
            "I sit on the Board and on its Procedures Committee.\n\n"
            "WEDS 3RD – Procedures Committee, regional office\n\n"
            "Seven of us, with Carol Entwistle in the chair.\n\n"
            "(a) We agreed the draft standing orders for regional conference.\n")
    ids = _meeting_ids(tmp_path, text, "https://example.org/board-report/")
    assert "rec-north-west-procedures-2016-02-03" in ids, ids


def test_a_diary_heading_of_a_weekday_and_day_heads_that_meetings_entry(tmp_path):
    text = ("A fortnight on the NEC: 25 March to 5 April 2019\nJo Bloggs – CLP representative on the NEC\n\n"
            "I sit on the Disputes Panel and the Organisation Committee.\n\n"
            "MON 25TH – Disputes Panel, Southside\n\n"
            "* Five of us on the panel, Tony Ruddock in the chair.\n"
            "* DECISION: Four cases were referred to the National Constitutional Committee.\n\n"
            "TUES 2ND – full NEC\n\n"
            "* DECISION: The NEC agreed the procedures for the European elections.\n")
    c = _build_one(tmp_path, text, "https://example.org/2019/04/06/fortnight/")
    met = _decided_at(c, 2)
    assert met["Four"] == "nec-disputes-2019-03-25", met
    assert met["The"] == "nec-2019-04-02", met


def test_boxed_diary_headings_and_a_day_that_was_not_a_meeting(tmp_path):
    text = ("SEC and Org Sub: my November log\n"
            "Jo Bloggs | CLP representative on the Scottish Executive Committee\n\n"
            "====================\nSAT 2ND  |  Scottish Executive Committee  |  Glasgow\n====================\n\n"
            "Linda Strachan in the chair.\n\n→ The minutes of the September meeting were agreed.\n\n"
            "====================\nSAT 9TH  |  not a meeting\n====================\n\n"
            "Out in Kirkcaldy leafleting for the council by-election.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/11/20/sec-log/")
    assert set(c.meetings.meeting_id) == {"rec-scotland-2024-11-02", "rec-scotland-2024-09"}, set(c.meetings.meeting_id)
    chair = c.appearances[c.appearances.name == "Linda Strachan"]
    assert set(chair.meeting_id) == {"rec-scotland-2024-11-02"}, set(chair.meeting_id)


def test_a_boxed_heading_with_bars_opens_its_meeting(tmp_path):
    text = ("SEC and Org Sub: my November log\n"
            "Jo Bloggs | CLP representative on the Scottish Executive Committee\n\n"
            "A quick catch-up first. The SEC met on Saturday 21 September in Perth and agreed the budget timetable.\n\n"
            "====================\nSAT 2ND  |  Scottish Executive Committee  |  Glasgow\n====================\n\n"
            "Linda Strachan in the chair.\n\n→ The minutes of the September meeting were agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/11/20/sec-log/")
    chair = c.appearances[c.appearances.name == "Linda Strachan"]
    assert set(chair.meeting_id) == {"rec-scotland-2024-11-02"}, set(chair.meeting_id)


def test_a_diary_heading_of_the_day_of_the_month_alone_takes_the_month_of_the_entries_before(tmp_path):
    # "THE 16TH" in a report of 1 March follows an entry of 6 February: 16 February, not 16 March,
    # and the decisions under it are that meeting's
    text = ("Board rep's report – February 2016\n"
            "From: Jo Bloggs, CLP representative on the North West Regional Board\n"
            "Date: 1 March 2016\n\n"
            "I sit on the Board and on its Procedures Committee.\n\n"
            "WEDS 3RD – Procedures Committee, regional office\n\n"
            "(a) We agreed the draft standing orders for regional conference.\n\n"
            "SAT 6TH – Rochdale\n\nNo meetings, just leafleting in the sleet.\n\n"
            "THE 16TH – Regional Board, Manchester\n\n"
            "A full room, with Maureen Haddock in the chair.\n\n"
            "(a) The Regional Director's report was noted.\n"
            "(b) The allocations were agreed as tabled.\n")
    c = _build_one(tmp_path, text, "https://example.org/board-report/")
    met = _decided_at(c, 2)
    assert met["Regional"] == met["allocations"] == "rec-north-west-2016-02-16", met
    assert "rec-north-west-2016-03-16" not in set(c.meetings.meeting_id)


def test_a_meeting_moved_to_a_later_day_was_not_held_on_the_day_it_was_due(tmp_path):
    # "moved to the following Tuesday, the 16th": the 16th is the day it met, and the day it was
    # due, told in the sentence before, is the one that did not happen
    text = ("Board rep's report – February 2016\n"
            "From: Jo Bloggs, CLP representative on the North West Regional Board\n"
            "Date: 1 March 2016\n\n"
            "The Board was due on Tues 9th. On the Friday before, we were told that the hotel had "
            "double-booked the room and that the meeting was moved to the following Tuesday, the 16th.\n\n"
            "At the Board on the 16th the budget was agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/board-report/")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("rec-north-west-2016-02-09") == "cancelled", status
    assert status.get("rec-north-west-2016-02-16") == "held", status


def test_a_committees_earlier_meeting_recalled_under_the_heading_of_its_later_one_takes_nothing_over(tmp_path):
    # the Business Board's January meeting, recalled under the heading of its March one, keeps only
    # its own sentence; the decisions after it are March's
    text = ("Our NEC report for March 2026\nBy Jo Bloggs, CLP representative on the NEC\n\n"
            "Thursday 26 March 2026\n\n"
            "The Business Board, Tuesday 10 March\n\n"
            "The Board met in the afternoon with Martin Culshaw in the chair.\n\n"
            "The minutes of the 27 January meeting were approved. At that January meeting, for those who "
            "missed my last report, the Board agreed the draft budget in outline.\n\n"
            "Management accounts to the end of February were received.\n\n"
            "Welsh Labour's request for extra money was supported unanimously.\n\n"
            "The full NEC, Tuesday 24 March\n\n"
            "The NEC then endorsed the 2026 budget by 24 votes to 9.\n")
    c = _build_one(tmp_path, text, "https://example.org/nec-report/")
    met = _decided_at(c, 0)
    assert met["Management"] == met["Welsh"] == "nec-business-board-2026-03-10", met
    assert met["The"] == "nec-2026-03-24", met


def test_a_boxed_diary_entry_not_held_and_a_results_heading_inside_another_bodys_entry(tmp_path):
    # "Not held." under "TUES 5TH | Org Sub" cancels that day's meeting; "THE 12TH | Org Sub" is the
    # 12th of the month of the entries before; "Outcomes" over a list stays in the entry it heads
    text = ("SEC diary – November 2024\n"
            "Jo Bloggs | CLP representative on the Scottish Executive Committee\n\n"
            "==========\nSAT 2ND  |  Scottish Executive Committee  |  Glasgow\n==========\n\n"
            "Linda Strachan in the chair.\n\n→ The minutes of the September meeting were agreed.\n\n"
            "==========\nTUES 5TH  |  Org Sub  |  Teams\n==========\n\n"
            "Not held. It was moved a week to the 12th, because of the American election.\n\n"
            "==========\nTHE 12TH  |  Org Sub  |  Teams\n==========\n\n"
            "Gordon Rennie in the chair, seven of us on the call.\n\nOutcomes\n\n"
            "→ The membership report was noted.\n→ The longlisting panels were carried 6-3.\n\n"
            "==========\nSAT 16TH  |  Scottish Policy Forum  |  Dundee\n==========\n\n"
            "About eighty people at the Caird Hall.\n\nOutcomes\n\n"
            "→ The housing paper was sent back to the commission for more work.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/11/30/sec-diary/")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("rec-scotland-org-2024-11-05") == "cancelled", status
    assert status.get("rec-scotland-org-2024-11-12") == "held", status
    met = _decided_at(c, 2)
    assert met["membership"] == met["longlisting"] == "rec-scotland-org-2024-11-12", met
    assert met["housing"] == "scottish-policy-forum-2024-11-16", met


def test_a_part_headed_in_capitals_by_the_month_and_day_of_the_boards_meeting(tmp_path):
    # "PART TWO: THE MARCH BOARD (Sat 16th March)" is the Board's meeting of that day, and "the Board
    # that was pencilled in for 23rd February did not happen" is a cancelled one
    text = ("North West Regional Board: report of the January and March 2013 meetings\n\n"
            "From Jo Bloggs, CLP representative on the Regional Board\n\n"
            "PART ONE: THE JANUARY BOARD (19.1.13)\n\n"
            "Cllr Derek Ormerod chaired. The Board agreed the timetable for the first tranche.\n\n"
            "PART TWO: THE MARCH BOARD (Sat 16th March)\n\n"
            "First, for anyone wondering: the Board that was pencilled in for 23rd February did not happen.\n\n"
            "Even so, the two-day proposal fell 7-17, on cost.\n")
    c = _build_one(tmp_path, text, "https://example.org/2013/03/20/north-west-board/")
    status = dict(zip(c.meetings.meeting_id, c.meetings.status, strict=True))
    assert status.get("rec-north-west-2013-03-16") == "held", status
    assert status.get("rec-north-west-2013-02-23") == "cancelled", status
    assert _decided_at(c, 3)["two-day"] == "rec-north-west-2013-03-16"


def test_a_meeting_counted_back_from_a_day_named_for_something_else(tmp_path):
    # the day is the interview's; the commission met three days before it. "one of the South East's CLP
    # representatives" names a region's section, not a CLP called "South East's"
    text = ("A dozen questions for our NPF rep\nposted by Jo Bloggs\n\n"
            "Sam Smith is one of the South East's CLP representatives on the National Policy Forum and sits "
            "on the Housing, Local Government and Transport Commission. I caught up with him on Tuesday 14 "
            "November, three days after the commission's latest meeting, and asked him the questions members "
            "had sent in.\n\n"
            "Q: So what happened?\nA: The commission agreed the outline of next year's document on housing.\n")
    c = _build_one(tmp_path, text, "https://example.com/2017/11/a-dozen-questions/")
    ids = set(c.meetings.meeting_id)
    assert "npf-housing-2017-11-11" in ids and "npf-housing-2017-11-14" not in ids, ids
    assert not any(i.startswith("clp-") for i in ids), ids
    assert set(c.decisions.meeting_id) == {"npf-housing-2017-11-11"}
    # but the day named after a body is that body's, whatever is counted from it
    text = ("Northern REC: questions and answers\n\n"
            "Q: When is conference?\nA: Annual Conference is in Liverpool, starting on 8th October, a week "
            "before the autumn meeting of the REC.\n")
    (tmp_path / "two").mkdir()
    ids = _meeting_ids(tmp_path / "two", text, "https://example.org/2023/07/20/rec/")
    assert "conference-2023-10-08" in ids, ids


def test_questions_asking_of_one_meetings_day_or_month_have_that_meeting_for_their_answer(tmp_path):
    # "The second was on Tuesday 3rd Nov" is the commission's second meeting; the answer to "What happened
    # at the September meeting?" is September's, to "So what happened on 3 November?" November's, and
    # "The notes of the September meeting were agreed" is done at November's
    text = ("Your questions answered\nPosted on 17 November 2015 by Jo Bloggs\n\n"
            "I sit on the Stronger, Safer Communities commission of the National Policy Forum.\n\n"
            "Q: How often has it met?\n\n"
            "A: Twice. The first meeting was on Saturday 19th September, in Westminster. "
            "The second was on Tuesday 3rd Nov at Brewer's Green.\n\n"
            "Q: What happened at the September meeting?\n\n"
            "A: It was mostly about getting organised.\n\n"
            "- The commission agreed a work programme for the year.\n"
            "- A paper on police community support officers was deferred to the November meeting.\n\n"
            "Q: So what happened on 3 November?\n\n"
            "A: More substance.\n\n"
            "The notes of the September meeting were agreed, with one correction.\n\n"
            "The prisons section was sent back to the drafting group.\n\n"
            "Q: And what is next?\n\nA: The commission meets again on Saturday 12 December.\n")
    c = _build_one(tmp_path, text, "https://example.com/2015/11/17/questions-answered/")
    ids = set(c.meetings.meeting_id)
    sept, nov = "npf-stronger-2015-09-19", "npf-stronger-2015-11-03"
    assert {sept, nov} <= ids, ids
    met = _decided_at(c, 2)
    assert met["commission"] == met["paper"] == sept, met
    met = _decided_at(c, 1)
    assert met["notes"] == met["prisons"] == nov, met


def test_a_numbered_heading_over_lettered_items_and_at_that_meeting_late_in_the_sentence(tmp_path):
    # "6. Motions" over "(a) ..." items is a heading, which ends the committee's part: the motions are
    # the Board's; "The committee agreed ... at that meeting" is the committee's meeting told just before
    text = ("South East Regional Board – Saturday 10 September 2016\n\nReport by Jo Bloggs\n\n"
            "The Board met at the regional office, with Cllr Rob Tattersall in the chair.\n\n"
            "5. Sub-committee reports\n\n"
            "The Procedures Committee met on Tuesday 23 August, with Cllr Anne Whitlow in the chair. Anne "
            "presented the committee's report to the Board.\n\n"
            "The committee agreed a set of draft standing orders for the regional conference at that meeting.\n\n"
            "The Local Government Committee met on Thursday 1 September, chaired by Cllr Dev Raman.\n\n"
            "6. Motions\n\n"
            "(a) Southampton Itchen CLP, regional policy forums: deferred to 26 November.\n\n"
            "(b) Unite, rail franchising in the South East: carried unanimously.\n")
    c = _build_one(tmp_path, text, "https://example.org/2016/09/12/board/")
    met = _decided_at(c, 1)
    assert met["committee"] == "rec-south-east-procedures-2016-08-23", met
    assert met["Southampton"] == met["Unite,"] == "rec-south-east-2016-09-10", met


def test_a_committees_meeting_a_week_earlier_and_the_list_of_what_it_had_done(tmp_path):
    # "the report of its meeting a week earlier" in notes of 15 June is 8 June; the items after "She
    # reported that the Sub-Committee had:" are that meeting's
    text = ("Scottish Executive Committee – notes of the meeting held on Saturday 15 June 2019\n"
            "Notes by Jo Bloggs\n\n"
            "1. Welcome\n\nThe Chair, Cathy Brannan, opened the meeting at 10.35am.\n\n"
            "5. Report of the Organisation Sub-Committee\n\n"
            "Morven Hay, convener of the Organisation Sub-Committee, presented the report of its meeting a week "
            "earlier, which she chaired. She reported that the Sub-Committee had:\n\n"
            "(a) agreed the timetable for Westminster selections;\n"
            "(b) deferred the review of branch boundaries to its August meeting.\n\n"
            "6. Any other business\n\nThe SEC agreed to write to the NEC about the timetable.\n")
    c = _build_one(tmp_path, text, "https://example.org/reports/sec-notes/")
    met = _decided_at(c, 1)
    assert met["agreed"] == met["deferred"] == "rec-scotland-org-2019-06-08", met
    assert met["SEC"] == "rec-scotland-2019-06-15", met


def test_a_week_earlier_is_not_a_day_when_the_day_is_written_beside_it():
    from toolkit.dates import find_dates

    got = [(d.day, d.relative) for d in find_dates("It met a week earlier, on Tuesday 22nd, with Rhys in the chair.")]
    assert got == [(22, "ordinal day")], got
    got = [d.relative for d in find_dates("The NEC met on 20 March; the Org Committee had met a week earlier.")]
    assert got == [""], got


def test_the_committee_just_after_an_nec_committee_is_named_is_that_committee(tmp_path):
    # in the NEC's report "the committee" has no body of its own; after "the Organisation Committee" in
    # the same paragraph it is that committee, whose meeting "last Tuesday, the 18th" is then told
    text = ("NEC report, May 2021\nBy Jo Bloggs\n\nThe NEC met on Tuesday 25 May by video.\n\n"
            "Organisation Committee\n\n"
            "Reporting from the Organisation Committee, its chair, Jim Kerrigan, said the committee had met last "
            "Tuesday, the 18th, under his chairmanship. He told us the committee had agreed the timetable for "
            "parliamentary selections in the first tranche of target seats.\n")
    c = _build_one(tmp_path, text, "https://example.org/2021/05/28/nec-report/")
    assert "nec-org-2021-05-18" in set(c.meetings.meeting_id), set(c.meetings.meeting_id)
    assert set(c.decisions.meeting_id) == {"nec-org-2021-05-18"}


def test_the_list_after_at_that_meeting_the_committee_is_that_meetings(tmp_path):
    text = ("North West REC report – May 2020\nBy Jo Bloggs\n\n"
            "The REC met online on Saturday 16 May.\n\n"
            "That left the region with a pile of urgent business, so the Procedures Committee held an emergency "
            "meeting on Thursday 26/3, mostly on Zoom. It was chaired by Imtiaz Kauser. At that meeting the "
            "committee:\n\n"
            "- agreed to recommend to the REC officers that the regional conference should not go ahead;\n"
            "- nodded through a request from Warrington North CLP to postpone its AGM until the autumn.\n\n"
            "Back at the REC, the minutes of the January meeting were agreed.\n")
    c = _build_one(tmp_path, text, "https://example.org/2020/05/20/rec-report/")
    met = _decided_at(c, 1)
    assert met["agreed"] == met["nodded"] == "rec-north-west-procedures-2020-03-26", met


def test_a_committees_recommendations_presented_to_the_rec_and_the_committee_after_its_womens_committee(tmp_path):
    # "Mark presented them:" hands the Procedures Committee's recommendations to the REC, which decides
    # them; "The committee agreed ..." just after "The Women's Committee met ..." is the region's
    # Women's Committee, not the REC
    text = ("Eastern Region REC newsletter – June 2024\nFrom Jo Bloggs, CLP representative on the REC\n\n"
            "2. The REC (Saturday 8/6)\n\nWe met online again. Present: 21 members.\n\n"
            "Procedures Committee\n\n"
            "The Procedures Committee, which met on Tues 4/6 with Mark Devlin in the chair, agreed to recommend "
            "two changes to the REC's standing orders. Mark presented them:\n"
            "(a) The speech time limits for motions were agreed.\n"
            "(b) The proposed deadline for emergency motions was sent back to the Procedures Committee.\n\n"
            "3. Women's Committee (the 9th)\n\n"
            "The Women's Committee met by Zoom on the 9th, the day after the REC, with Grace Obi in the chair.\n\n"
            "The committee agreed to hold a training day for women thinking of standing for council.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/06/14/rec-newsletter/")
    met = _decided_at(c, 2)
    assert met["speech"] == met["proposed"] == "rec-eastern-2024-06-08", met
    assert _decided_at(c, 1)["committee"] == "rec-eastern-women-2024-06-09"


def test_a_heading_of_a_day_and_a_special_meeting_opens_the_reports_bodys_meeting(tmp_path):
    text = ("Northern REC Digest #9\n\n*Jo Bloggs, CLP rep on the Regional Executive Committee. Written Friday "
            "10 July 2020.*\n\n"
            "## Saturday 20 June (Zoom, 10am to 1.40pm)\n\nThirty-one members logged in.\n\n"
            "- **Minutes of the January meeting**: approved without amendment.\n\n"
            "## Tuesday 7 July (Zoom, 6.30pm to 8.15pm): special meeting\n\n"
            "This was called to finish the standing orders.\n\n"
            "| Item | Outcome |\n|---|---|\n| Revised standing orders for online meetings | Agreed, 18–5 |\n")
    c = _build_one(tmp_path, text, "https://example.org/2020/07/rec-digest/")
    assert "rec-northern-2020-07-07" in set(c.meetings.meeting_id), set(c.meetings.meeting_id)
    assert _decided_at(c, 2)["standing"] == "rec-northern-2020-07-07"


def test_a_committees_meeting_named_in_a_clause_about_a_draft_takes_nothing_over(tmp_path):
    # "the draft that the Organisation Sub-Committee agreed when it met on the 12th of last month" tells
    # where a draft came from; the answers after it are still the WEC's
    text = ("WEC update, 8 July 2019: questions from North Wales CLPs\nFrom: Jo Bloggs, CLP representative\n"
            "Date: Monday 8 July 2019\n\n"
            "For the record: the WEC met on Saturday at Transport House in Cardiff.\n\n"
            "1. (Arfon) Did the WEC agree the procedure?\n"
            "Yes. The WEC agreed the procedure for selecting constituency candidates by 19 votes to 7. It closely "
            "follows the draft that the Organisation Sub-Committee agreed when it met on the 12th of last month.\n\n"
            "2. (Delyn) And the regional lists?\n"
            "Not yet. The list procedure was put on hold until the September meeting.\n")
    c = _build_one(tmp_path, text, "https://example.org/wec-update/")
    assert _decided_at(c, 2)["procedure"] == "rec-wales-2019-07-06"


def test_the_note_of_an_earlier_meeting_agreed_is_the_current_meetings_business(tmp_path):
    text = ("Prosperity and Work commission: June report\nPosted on 10 June 2011 by Jo Bloggs\n\n"
            "The commission met on Tuesday 7 June in Westminster.\n\n"
            "- The note of our March meeting was agreed without comment.\n"
            "- The commission agreed its six priority questions for the year.\n")
    c = _build_one(tmp_path, text, "https://example.org/2011/06/10/commission/")
    met = _decided_at(c, 2)
    assert met["note"] == met["commission"] == "npf-prosperity-work-2011-06-07", met


def test_reported_speech_about_the_committee_reported_on_is_that_committees_doing(tmp_path):
    # in a region's report "the committee" is the REC itself, but not in "He reported that the committee
    # had agreed ..." just after the report of the Local Government Committee's meeting was presented
    text = ("West Midlands Regional Board – 22 November 2014\nBy Jo Bloggs\n\n"
            "The Board met on Saturday 22 November in Birmingham.\n\n"
            "6. Report of the Local Government Committee\n\n"
            "Keith Wootton, chair of the Local Government Committee, presented the report of the committee's "
            "meeting held on Tuesday 28 October 2014, which he had chaired. He reported that the committee had "
            "agreed to recommend a common timetable for the selection of council candidates.\n\n"
            "7. Motions\n\nThe Board agreed the motion on bus services.\n")
    c = _build_one(tmp_path, text, "https://example.org/2014/11/25/board/")
    met = _decided_at(c, 0)
    assert met["He"] == "rec-west-midlands-local-government-2014-10-28", met
    assert met["The"] == "rec-west-midlands-2014-11-22", met


def test_the_pre_and_post_conference_nec_are_dated_from_conferences_opening_day(tmp_path):
    # a numbered heading may end with its place in brackets; "the pre-conference NEC (Saturday, ...)" is
    # the Saturday before conference opened, "the post-conference NEC (Wednesday, 3pm)" the Wednesday after
    text = ("Brighton 2017 – NEC and Conference Report\nJo Bloggs, CLP Section, National Executive Committee\n\n"
            "Conference opened on Sunday 24 September and closed on the Wednesday afternoon.\n\n"
            "2. The pre-conference NEC (Saturday, Hilton Metropole)\n\n"
            "Present: most of the committee.\n\n"
            "DECISION: General Secretary's report noted.\n\n"
            "4. The post-conference NEC (Wednesday, 3pm)\n\n"
            "DECISION: The NEC elected its chair and vice-chair for the year, both unopposed.\n")
    c = _build_one(tmp_path, text, "https://example.org/brighton-2017/")
    ids = set(c.meetings.meeting_id)
    assert {"nec-2017-09-23", "nec-2017-09-27"} <= ids, ids
    met = _decided_at(c, 1)
    assert met["General"] == "nec-2017-09-23", met
    assert met["The"] == "nec-2017-09-27", met


def test_votes_only_the_hall_takes_are_conferences_whoever_reports_them(tmp_path):
    # in an NEC member's report of conference week, a composite carried is conference's business, not the
    # NEC's; in a CAC diary that also recalls last year's conference, the hall's votes are this year's
    text = ("Liverpool 2024: NEC and conference\nJo Bloggs, CLP Section, NEC\n\n"
            "Conference opened on Sunday 22 September.\n\n"
            "WEDNESDAY 25 SEPTEMBER – the NEC\n\n"
            "The NEC met at 3pm. The NEC agreed the dates of next year's meetings. Earlier, Composite 2 on the "
            "NHS carried on a show of hands, no card vote called.\n")
    c = _build_one(tmp_path, text, "https://example.org/2024/09/30/nec-conference/")
    met = _decided_at(c, 1)
    assert met["Composite"] == "conference-2024-09-22", met
    assert met["NEC"] == "nec-2024-09-25", met
    text = ("Manchester 2012: a CAC member's diary\nJo Bloggs, CAC\n\n"
            "Last year's conference, in Liverpool in September 2011, left us with a backlog of rule changes.\n\n"
            "Conference opened in Manchester on Sunday 30 September.\n\n"
            "SUNDAY 30 SEPTEMBER\n\nThe CAC met at 8am and agreed the timetable for the day. "
            "In the afternoon, Composite 3 on the NHS was carried on a card vote by 96.2% to 3.8%.\n")
    (tmp_path / "two").mkdir()
    c = _build_one(tmp_path / "two", text, "https://example.org/2012/10/06/cac-diary/")
    met = _decided_at(c, 3)
    assert met["Composite"] == "conference-2012-09-30", met


def test_conference_opened_at_an_hour_under_a_days_heading_is_that_days_meeting(tmp_path):
    text = ("Liverpool 2018: a CAC diary\nJo Bloggs, Conference Arrangements Committee\n\n"
            "Sunday 23 September: CAC report 1\n\n"
            "The CAC met at 8am in the hotel and agreed the report.\n\n"
            "Conference opened at two o'clock. Gerry moved CAC report 1 from the platform. Conference accepted "
            "CAC report 1 on a show of hands, with a handful of delegates against.\n")
    c = _build_one(tmp_path, text, "https://example.org/2018/10/01/cac-diary/")
    assert "conference-2018-09-23" in set(c.meetings.meeting_id), set(c.meetings.meeting_id)
    assert _decided_at(c, 0)["Conference"] == "conference-2018-09-23"
    # a dateline over the post is no day's heading: the conference met "at the weekend", not that day
    text = ("Women's Conference 2022: my report\n\nPosted on 23 March 2022 by Jo Bloggs\n\n"
            "Women's Conference met in Telford at the weekend, and I was there for the NEC.\n")
    (tmp_path / "two").mkdir()
    assert "conference-women-2022-03-23" not in _meeting_ids(tmp_path / "two", text, "https://example.org/wc-2022/")
