/** Status phrasing and tracks, through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2024-05-17') => extract({ id: 't', text, publishedAt });
const claims = (text: string) => run(text).status.map((s) => [s.track, s.state, s.date]);
const stateNames = (text: string, publishedAt: string) => run(text, publishedAt).status.map((s) => s.state);

describe('status phrasing', () => {
  it('reads "Contacts between Minsk and Washington ... have been ongoing" as ongoing', () => {
    expect(stateNames('Contacts between Minsk and Washington on prisoner releases have been ongoing since the beginning of the year.', '2025-02-15')).toEqual(['ongoing']);
  });

  it('names a derived track by the states of the capitals standing for their governments ("between Minsk and Washington": belarus_us)', () => {
    expect(claims('Contacts between Minsk and Washington on prisoner releases have been ongoing since the beginning of the year.')).toEqual([['belarus_us', 'ongoing', null]]);
  });

  it('reads "the parties had agreed to enter into a formal peace process" as opened that day', () => {
    expect(run("Canada's Foreign Minister Mélanie Joly announced on Friday that the parties had agreed to enter into a formal peace process, with Ottawa acting as facilitator.", '2023-01-21').status.map((s) => [s.state, s.date])).toEqual([['opened', '2023-01-20']]);
  });

  it('reads \'the Quad process was "ongoing"\' and "the second round of talks ... held at Wagah" as ongoing', () => {
    expect(stateNames('The State Department, however, said the Quad process was "ongoing" and that officials remained in contact.', '2025-07-30')).toEqual(['ongoing']);
    expect(run('India and Pakistan today agreed in principle on visa-free travel for pilgrims at the second round of talks on the Kartarpur corridor held at Wagah.', '2019-07-14').status.map((s) => [s.state, s.date])).toContainEqual(['ongoing', '2019-07-14']);
    expect(stateNames('The third round would be held at the Omani embassy next week.', '2025-04-19')).not.toContain('ongoing');
  });

  it('reads "X will chair the meeting in Doha on 30 June" as scheduled that day, on the track the sentence before named', () => {
    const text = 'Otunbayeva spoke by phone with Muttaqi about the third Doha meeting on Afghanistan.\n\nShe confirmed that Under-Secretary-General Rosemary DiCarlo will chair the meeting in Doha on 30 June and 1 July.';
    expect(claims(text).filter((c) => c[1] === 'scheduled')).toEqual([['doha_process', 'scheduled', '2024-06-30']]);
  });

  it('reads no signing into "Tbilisi should sign a legally binding agreement on the non-use of force"', () => {
    expect(stateNames('Galuzin told TASS that Tbilisi should sign a legally binding agreement on the non-use of force with Sukhumi and Tskhinvali.', '2024-12-12')).not.toContain('agreement_signed');
  });

  it('reads "the third round would be held in Muscat next Saturday" as scheduled only, and "the first meeting ... was held in Kigali" as ongoing', () => {
    expect(stateNames('Baghaei said the two sides agreed that technical talks would begin in Oman on Wednesday, and that the third round would be held in Muscat next Saturday.', '2025-04-19')).toEqual(['scheduled']);
    expect(run('The first meeting of the Ad Hoc Commission between Uganda and Rwanda was held in Kigali on Monday 16th September 2019.', '2019-09-17').status.map((s) => [s.state, s.date])).toEqual([['ongoing', '2019-09-16']]);
  });

  it('reads "are now expected to open in Bamako in the spring; no date has been set" as scheduled, undated, on the AES-ECOWAS track', () => {
    const text = 'Yesterday the withdrawal of Mali, Burkina Faso and Niger from ECOWAS formally took effect. The talks on the terms of the exit are now expected to open in Bamako in the spring; no date has been set.';
    expect(claims(text)).toEqual([['aes_ecowas', 'scheduled', null]]);
    expect(run('No date has been set for the next round of talks.').status.map((s) => s.state)).not.toContain('scheduled');
  });

  it('reads no scheduled talks into a speaker\'s agenda ("I will start with the Gaza negotiations")', () => {
    expect(run('I will start with the Gaza negotiations and then take your questions.', '2025-07-15').status).toEqual([]);
    expect(run('The negotiations will start on Monday in Doha.', '2025-07-15').status.map((s) => s.state)).toEqual(['scheduled']);
  });

  it('reads "It was agreed between them that both sides would stop all firing" as an agreement', () => {
    expect(run('"It was agreed between them that both sides would stop all firing and military action on land, air and sea with effect from 17:00 hours," Misri said.', '2025-05-10').status.map((s) => s.state)).toEqual(['agreement_signed']);
  });

  it('reads "the two DGMOs would talk again on 12 May" as scheduled that day', () => {
    expect(run('He said the two DGMOs would talk again on 12 May at 12 noon.', '2025-05-10').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2025-05-12']]);
  });

  it('reads "Talks ... on ending the crisis have stalled" as stalled (the stalemate is not what ends)', () => {
    expect(run("Talks between Bosnia's ruling parties on ending the crisis have stalled, and the state parliament has not met since March.").status.map((s) => s.state)).toEqual(['stalled']);
    expect(run('The agreement ended a long stalemate in the talks.').status.map((s) => s.state)).not.toContain('stalled');
  });

  it('reads no state into a question ("So is the treaty signed?")', () => {
    expect(run('HOST: So is the peace treaty signed?\n\nCORRESPONDENT: No. The negotiations on the peace treaty are continuing.').status.map((s) => s.state)).toEqual(['ongoing']);
  });

  it('reads a truce agreed "early on Sunday" or "in the night to Sunday" as an agreement signed that day', () => {
    expect(run('The two neighbours agreed early on Sunday to a truce in the border valley, after a night of talks in Lakeview.', '2021-03-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-03-07']);
    expect(run('The two defence ministers agreed in the night to Sunday on a truce along the river from 8:00 on 7 March.', '2021-03-08').status.map((s) => s.state).sort()).toEqual(['agreement_signed', 'scheduled']);
  });

  it('reads "agreed on Monday in Geneva to release 887 detainees" as an agreement signed that day', () => {
    expect(run('The Yemeni government and the Houthis agreed on Monday in Geneva to release 887 detainees after ten days of talks.', '2023-03-20').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2023-03-20']);
  });

  it('reads no date into "the next round will be announced when both parties commit to attend"', () => {
    expect(run('The next round of talks will be announced when both parties commit to attend.').status).toEqual([]);
  });

  it('reads "A joint oversight committee is scheduled to meet within 45 days" as scheduled', () => {
    expect(run('A joint oversight committee is scheduled to meet within 45 days of the signing.').status.map((s) => s.state)).toEqual(['scheduled']);
  });

  it('reads "signed on Tuesday in Bridgetown a partial agreement" as an agreement signed that day', () => {
    expect(claims('The government and the opposition signed on Tuesday in Bridgetown a partial agreement on electoral guarantees.')).toContainEqual([
      expect.any(String),
      'agreement_signed',
      '2024-05-14',
    ]);
  });

  it('reads talks that "ended with an agreement to exchange prisoners" as an agreement', () => {
    expect(claims('Russian and Ukrainian delegations met in Istanbul for talks, which ended with an agreement to exchange 1,200 prisoners.')).toContainEqual([
      'russia_ukraine',
      'agreement_signed',
      null,
    ]);
  });

  it('reads "the talks would resume on 23 May" as scheduled for that day, not resumed', () => {
    expect(claims('Musalia Mudavadi said that the Tumaini talks would resume on 23 May.')).toEqual([['south_sudan_tumaini', 'scheduled', '2024-05-23']]);
  });

  it('reads "Guterres will host an informal meeting on Cyprus in Geneva on March 17" as scheduled for that day', () => {
    expect(claims('UN Secretary-General António Guterres will host an informal meeting on Cyprus in the enlarged format in Geneva on May 20.')).toEqual([['cyprus', 'scheduled', '2024-05-20']]);
  });

  it('reads "The high-level mediation for South Sudan, known as the Tumaini Initiative, was launched on Thursday" as opened', () => {
    expect(claims('The high-level mediation for South Sudan, known as the Tumaini Initiative, was launched in Nairobi on Thursday by President William Ruto.')).toEqual([['south_sudan_tumaini', 'opened', '2024-05-16']]);
  });

  it('reads "wrapped up five days of talks" as ongoing talks', () => {
    expect(claims('A Saudi-Houthi round: the Houthi delegation wrapped up five days of talks in Riyadh on Tuesday.')).toContainEqual(['saudi_houthi', 'ongoing', '2024-05-14']);
  });
});

describe('tracks', () => {
  it('names talks between the United States and North Korea north_korea_us, not the Iran nuclear track', () => {
    expect(claims('Nuclear talks between the United States and North Korea have been stalled since 2019.')).toEqual([['north_korea_us', 'stalled', null]]);
  });
});

describe('talks that would be held or are continuing', () => {
  it('reads "an enlarged informal meeting, with A, B and C, would be held in New York in December" as scheduled', () => {
    expect(
      claims('Nikos Christodoulides met Tufan Erhurman in Nicosia. The spokesman said later that an enlarged informal meeting, with Greece, Turkey and the United Kingdom, would be held in New York in December.'),
    ).toContainEqual(['cyprus', 'scheduled', null]);
  });

  it('reads "negotiations between ECOWAS and the AES ... would open" as scheduled on a derived track', () => {
    expect(claims('Touray said that negotiations between ECOWAS and the AES on the separation would open "in the coming weeks".')).toContainEqual([
      'aes_ecowas',
      'scheduled',
      null,
    ]);
  });

  it('reads "talks between X and Y, hosted by Qatar, are continuing in Doha" as ongoing', () => {
    expect(claims('Talks between the Congolese government and the M23 rebels, hosted by Qatar, are continuing in Doha.')).toContainEqual(['drc_m23', 'ongoing', null]);
  });
});

describe('talks that ended without a deal', () => {
  it('reads "the talks ended without a deal" as collapsed', () => {
    expect(claims('The talks between Thailand and Cambodia ended without a deal on Tuesday.').map((c) => c[1])).toContain('collapsed');
  });

  it('does not read "stalled since a summit ... ended without a deal" as a collapse now', () => {
    expect(claims('Talks between the United States and North Korea have been stalled since a summit in Hanoi in 2019 ended without a deal.').map((c) => c[1])).toEqual(['stalled']);
  });
});

describe('background and negated cues', () => {
  it('reads "The talks, which had been frozen since January, resumed on Monday" as resumed only', () => {
    expect(claims('The ELN talks, which had been frozen since January, resumed in Caracas on Monday.').map((c) => c[1])).toEqual(['resumed']);
  });

  it('reads "The negotiations, frozen since November 2022, resumed on Tuesday" as resumed only', () => {
    expect(claims('The Venezuela negotiations, frozen since November 2022, resumed in Bridgetown on Tuesday.').map((c) => c[1])).toEqual(['resumed']);
  });

  it('reads "the next round ... has not been scheduled" as nothing scheduled', () => {
    expect(claims('The next round of talks between Ethiopia and Eritrea has not been scheduled.').map((c) => c[1])).not.toContain('scheduled');
  });
});

describe('Pakistan-Afghanistan rounds', () => {
  it('reads "talks between Pakistan and Afghanistan ... ended on Friday without an agreement" as a collapse of afghanistan_pakistan', () => {
    const c = claims('Talks between Pakistan and Afghanistan in Riyadh ended on Friday without an agreement.');
    expect(c.map((x) => x[0])).not.toContain('us_taliban');
    expect(c.map((x) => x.slice(0, 2))).toContainEqual(['afghanistan_pakistan', 'collapsed']);
  });
});

describe('two named people due to meet', () => {
  it('reads "A and B are scheduled to meet in <city> in early December" as scheduled', () => {
    expect(claims('Foreign ministers Ivan Petrov and Omar Aliyev of Armenia and Azerbaijan have met twice. Petrov and Aliyev are scheduled to meet in Vienna in early December.').map((c) => c[1])).toContain('scheduled');
  });
});

describe('working groups to be formed', () => {
  it('reads "Three working groups will be formed to negotiate the border" as a scheduled claim', () => {
    const x = extract({ id: 't', text: 'The Ethiopia-Sudan border talks made progress in Addis Ababa on Monday. Two working groups will be formed to negotiate the demarcation of the al-Fashaga triangle, the mediators said.', publishedAt: '2025-02-25' });
    expect(x.status.map((s) => s.state)).toContain('scheduled');
  });
});

describe('a meeting as the subject of the claim', () => {
  it('reads a meeting reported "called off" that "has only been postponed" as cancelled and paused', () => {
    const c = claims('Serbian and Kosovo officials met in Brussels. A Slovak-mediated meeting in Bratislava on border crossings, which a newspaper said had been called off, has only been postponed, the ministry said.');
    expect(c.map((x) => x[1]).sort()).toEqual(['cancelled', 'paused']);
  });
});

describe('dead ends and stalemates', () => {
  it('reads "has hit a dead end" as stalled and "ending a long stalemate" as not stalled', () => {
    expect(claims('Serbian officials said the dialogue between Belgrade and Pristina has hit a dead end.').map((x) => x[1])).toEqual(['stalled']);
    const c = claims('The meeting marks the start of the first formal talks between Serbia and Kosovo, ending a long stalemate.').map((x) => x[1]);
    expect(c).toContain('opened');
    expect(c).not.toContain('stalled');
  });
});

describe('a ceasefire agreed as a direct object (British usage)', () => {
  it('reads "India and Pakistan agreed a ceasefire on 10 May" as an agreement that day (1.19.203)', () => {
    expect(claims('India and Pakistan agreed a ceasefire on 10 May, and we welcome it.')).toContainEqual([expect.any(String), 'agreement_signed', '2024-05-10']);
  });

  it('reads "The two leaders agreed an immediate and unconditional ceasefire" as an agreement (1.19.203)', () => {
    expect(claims('The two leaders agreed an immediate and unconditional ceasefire, which took effect at midnight.').map((x) => x[1])).toContain('agreement_signed');
  });

  it('does not read "have not agreed a ceasefire" or "agreed a ceasefire proposal" as one (1.19.203)', () => {
    expect(claims('The two sides have not agreed a ceasefire.').map((x) => x[1])).not.toContain('agreement_signed');
    expect(claims('The mediators agreed a ceasefire proposal to put to the parties.').map((x) => x[1])).not.toContain('agreement_signed');
  });
});

describe('talks that ended somewhere without an agreement', () => {
  it('reads "ended late on Friday in Ohrid without an agreement" as collapsed', () => {
    expect(claims('Talks between Serbia and Kosovo ended late on Friday in Ohrid without an agreement.').map((x) => x[1])).toContain('collapsed');
  });

  it('reads "ended in Addis Ababa on Tuesday without an agreement" (place first, two-word city) as collapsed that day (1.19.202)', () => {
    expect(claims('The final round of the tripartite negotiations on the dam ended in Addis Ababa on Tuesday without an agreement.')).toContainEqual([
      expect.any(String),
      'collapsed',
      '2024-05-14',
    ]);
  });
});

describe('near misses', () => {
  it('reads talks that "had nearly collapsed in May" as no collapse', () => {
    expect(claims('The five rounds of talks, which began in January, had nearly collapsed in May over the demand for local parties.').map((c) => c[1])).not.toContain('collapsed');
  });

  it('reads talks that "almost broke down on Thursday night" as no collapse', () => {
    expect(claims('The talks almost broke down on Thursday night over the North-South bodies.').map((c) => c[1])).not.toContain('collapsed');
  });

  it('still reads talks that "collapsed in May" as collapsed', () => {
    expect(claims('The talks between the two sides collapsed in May.').map((c) => c[1])).toContain('collapsed');
  });
});

describe('a signed agreement with a participle in apposition', () => {
  it('reads "The agreement for peace in Mali, resulting from the Algiers process, was signed on Friday" as signed that day', () => {
    expect(claims('The agreement for peace and reconciliation in Mali, resulting from the Algiers process, was signed on Friday in Bamako.').map((c) => [c[1], c[2]])).toEqual([['agreement_signed', '2024-05-17']]);
  });
});

describe('memoranda', () => {
  it('reads "signed the Memorandum in Luanda on 21st August 2019" as an agreement signed that day', () => {
    expect(claims('President Yoweri Museveni signed the Memorandum in Luanda on 21st August 2019 with President Paul Kagame.').map((c) => [c[1], c[2]])).toEqual([['agreement_signed', '2019-08-21']]);
  });
});

describe('roles in a relative clause', () => {
  it('reads ", witnessed by X, who facilitated the talks" as no opening of talks', () => {
    expect(claims('The two sides signed the memorandum at the banquet hall, witnessed by former president Martti Ahtisaari, who facilitated the talks.').map((c) => c[1])).not.toContain('opened');
  });

  it('still reads "Norway facilitated the talks" as opened', () => {
    expect(claims('Norway facilitated the talks between the two sides in Oslo.').map((c) => c[1])).toContain('opened');
  });
});

describe('signings told with a long document name, a statement of principles or a signing ceremony', () => {
  const states = (text: string, at: string) => run(text, at).status.map((s) => [s.state, s.date]);
  it('reads "The Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela was signed by ..." as signed', () => {
    expect(states('The Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela was signed by the two foreign ministers on Thursday.', '2023-12-15')).toContainEqual(['agreement_signed', '2023-12-14']);
  });

  it('reads "signed a joint statement of agreed basic principles" as signed', () => {
    expect(states('The three ministers signed a joint statement of agreed basic principles at the end of the meeting on Friday.', '1995-09-09')).toContainEqual(['agreement_signed', '1995-09-08']);
  });

  it('reads "attended today the signing ceremony of the Doha Document for Peace in Darfur" as signed that day', () => {
    expect(states('The Emir attended today the signing ceremony of the Doha Document for Peace in Darfur between the Government and the LJM.', '2011-07-14')).toContainEqual(['agreement_signed', '2011-07-14']);
  });
});

describe('a meeting announced to begin talks', () => {
  it('reads "A and B would meet in Washington within the next week to begin direct talks" as scheduled', () => {
    const x = run('Kerry said that chief negotiator Saeb Erekat and Tzipi Livni would meet in Washington within the next week to begin direct talks.', '2013-07-20');
    expect(x.status.map((s) => s.state)).toContain('scheduled');
  });
});

describe('talks between named parties under way', () => {
  it('reads "The peace negotiations between the government and the FARC have been under way in Havana since November 2012" as ongoing', () => {
    const x = run('The peace negotiations between the Colombian government and the FARC have been under way in Havana since November 2012.', '2016-03-21');
    expect(x.status.map((s) => s.state)).toEqual(['ongoing']);
  });
});

describe('tracks of older peace processes named by their parties', () => {
  it('files a Renamo signing under mozambique_renamo, not under a guest head of state\'s track', () => {
    expect(claims('President Filipe Nyusi and Renamo leader Ossufo Momade signed a peace agreement in Maputo on Tuesday, with Paul Kagame among the guests.')).toContainEqual([
      'mozambique_renamo',
      'agreement_signed',
      '2024-05-14',
    ]);
  });

  it('files MILF, Ethiopia-Eritrea, RUF, LURD and URNG claims under their own tracks', () => {
    const tracks = (text: string) => claims(text).map((c) => c[0]);
    expect(tracks('The negotiations with the MILF had been suspended in 2008.')).toEqual(['milf_philippines']);
    expect(tracks('The Ethiopia-Eritrea peace agreement was signed in Algiers on Tuesday.')).toEqual(['eritrea_ethiopia']);
    expect(tracks('The talks between the government and the RUF opened on May 25.')).toEqual(['ruf_sierra_leone']);
    expect(tracks('The government, LURD and MODEL signed a peace agreement in Accra on Tuesday.')).toEqual(['liberia_lurd']);
    expect(tracks('The government and the URNG signed the peace agreement on Sunday.')).toEqual(['guatemala_urng']);
  });
});

describe('consultations continuing', () => {
  it('reads "Technical consultations between the two delegations are continuing in Geneva today" as ongoing', () => {
    const x = extract({ id: 't', text: 'Ukraine and Russia held talks in Geneva on Sunday. Technical consultations between the two delegations are continuing in Geneva today.', publishedAt: '2025-11-24' });
    expect(x.status.map((s) => [s.state, s.date])).toContainEqual(['ongoing', '2025-11-24']);
  });
});

describe('a numbered cycle of talks', () => {
  it('reads "the fourth cycle would be held in Caracas in August" as scheduled', () => {
    const x = extract({ id: 't', text: 'Colombia and the ELN closed their talks in Havana. The head of the ELN delegation, Pablo Beltrán, told reporters that the fourth cycle would be held in Caracas in August.', publishedAt: '2023-06-10' });
    expect(x.status.map((s) => s.state)).toContain('scheduled');
  });

  it('reads no claim in "the business cycle would take place"', () => {
    expect(extract({ id: 't', text: 'Analysts said the business cycle would take place over several years.', publishedAt: '2023-06-10' }).status).toEqual([]);
  });
});

describe('a state\'s own body meeting', () => {
  it('reads no scheduled talks in "The security cabinet will convene tonight to approve the agreement"', () => {
    const x = extract({ id: 't', text: 'Israel and Hamas signed the first phase of the agreement in Sharm el-Sheikh on Thursday. The security cabinet will convene tonight to approve the agreement. The two delegations will meet again in Cairo next week.', publishedAt: '2025-10-09' });
    expect(x.status.map((s) => [s.state, s.evidence.slice(0, 20)])).toEqual([
      ['agreement_signed', 'Israel and Hamas sig'],
      ['scheduled', 'The two delegations '],
    ]);
  });
});

describe('a writer looking at talks', () => {
  it('reads no ongoing talks in "This week I\'m looking at the Kosovo-Serbia talks in Ohrid"', () => {
    expect(extract({ id: 't', text: "This week I'm looking at the Kosovo-Serbia talks in Ohrid.", publishedAt: '2023-03-19' }).status).toEqual([]);
  });

  it('still reads "agreed at the talks in Ohrid" as talks under way', () => {
    expect(extract({ id: 't', text: 'Kosovo and Serbia agreed on an annex at the talks in Ohrid on Saturday.', publishedAt: '2023-03-19' }).status.length).toBeGreaterThan(0);
  });
});

describe('named discussions as the subject (1.19.188)', () => {
  it('reads "The 62nd round of the Geneva International Discussions opened in Geneva on Wednesday" as opened that day', () => {
    expect(claims('The 62nd round of the Geneva International Discussions opened in Geneva on Wednesday, co-chaired by the EU, the OSCE and the UN.')).toContainEqual([
      'georgia_russia',
      'opened',
      '2024-05-15',
    ]);
  });
});

describe('a translated day number and a country after the city (1.19.189)', () => {
  it('reads "signed on Tuesday (17), in Bridgetown, Barbados, an agreement" as an agreement signed that day', () => {
    expect(claims('The government and the opposition platform signed on Tuesday (14), in Bridgetown, Barbados, an agreement on the presidential election.')).toContainEqual([
      expect.any(String),
      'agreement_signed',
      '2024-05-14',
    ]);
  });
});

describe('a protocol is a negotiated text (1.19.190)', () => {
  it('reads "the border commissions ... signed a protocol on April 19" as an agreement signed that day', () => {
    expect(claims('The state commissions on border delimitation, headed by the two deputy prime ministers, signed a protocol on April 19 fixing the first section of the border.')).toContainEqual([
      expect.any(String),
      'agreement_signed',
      '2024-04-19',
    ]);
  });
});

describe('talks the mediators expect to resume (1.19.192)', () => {
  it('reads "The mediators expect the talks to resume in Nairobi in January" as scheduled', () => {
    expect(claims('The mediators expect the talks to resume in Nairobi in January.').map((c) => c[1])).toEqual(['scheduled']);
  });
});

describe('a plenary is a session of talks (1.19.193)', () => {
  it('reads "The committee\'s next plenary is scheduled for September in Tripoli" as scheduled', () => {
    expect(claims("The committee's next plenary is scheduled for September in Tripoli.").map((c) => c[1])).toEqual(['scheduled']);
  });
});

describe('a freeze told as background of talks that will resume (1.19.199)', () => {
  it('reads "The talks, which the government froze at the start of the year, will resume in the coming weeks" as scheduled only', () => {
    expect(claims('The Mexico City talks, which the government froze at the start of the year, will resume in the coming weeks.').map((c) => c[1])).toEqual(['scheduled']);
  });
});

describe('the Myanmar track of ASEAN\'s Five-Point Consensus (1.19.200)', () => {
  it('reads "ASEAN\'s Five-Point Consensus ... has stalled" as the myanmar_asean track stalled', () => {
    expect(claims("ASEAN's Five-Point Consensus, agreed in Jakarta in April 2021, has stalled, diplomats say.")).toEqual([['myanmar_asean', 'stalled', null]]);
  });
});

describe('a signing told as a point in time is no claim (1.19.206)', () => {
  it('reads "its gravest crisis since the signing of the Dayton Agreement" as no agreement signed', () => {
    expect(claims('"The country is facing its gravest crisis since the signing of the Dayton Agreement," the envoy told the Council.').map((x) => x[1])).not.toContain('agreement_signed');
  });

  it('still reads "the signing of the peace agreement in Juba" as one', () => {
    expect(claims('Hundreds attended the signing of the peace agreement in Juba on Monday.').map((x) => x[1])).toContain('agreement_signed');
  });
});

describe('a first round that is only expected to open (1.19.207)', () => {
  it('reads "The first round of talks between A and B is expected to open in Bamako in May" as scheduled, not opened', () => {
    const c = claims('The first round of talks between ECOWAS and the Alliance of Sahel States is expected to open in Bamako in May.').map((x) => x[1]);
    expect(c).toContain('scheduled');
    expect(c).not.toContain('opened');
  });

  it('still reads "The first round of talks ... opened in Bamako on Monday" as opened', () => {
    expect(claims('The first round of talks between ECOWAS and the Alliance of Sahel States opened in Bamako on Monday.').map((x) => x[1])).toContain('opened');
  });
});

describe('an ordinal meeting that opened (1.19.208)', () => {
  it('reads "The third UN-convened meeting of special envoys on Afghanistan opened in Doha on Sunday" as opened that day', () => {
    expect(run('The third United Nations-convened meeting of special envoys on Afghanistan opened in Doha on Sunday.', '2024-07-01').status.map((s) => [s.track, s.state, s.date])).toContainEqual([
      expect.any(String),
      'opened',
      '2024-06-30',
    ]);
  });
});

describe('talks on carrying out an agreement (1.19.230)', () => {
  it('reads "Talks on the implementation of the peace agreement continued in Mekelle on Monday" as ongoing, not a signing', () => {
    expect(claims('Talks on the implementation of the peace agreement continued in Mekelle on Monday.').map((c) => [c[1], c[2]])).toEqual([['ongoing', '2024-05-13']]);
  });
});

describe('a signed joint statement (1.19.231)', () => {
  it('reads "signed a joint statement (communiqué) in Beijing on Thursday" as an agreement signed that day', () => {
    expect(claims('The two ministers signed a joint statement in Beijing on Thursday announcing the resumption of diplomatic relations.').map((c) => [c[1], c[2]])).toEqual([['agreement_signed', '2024-05-16']]);
    expect(claims('The two sides signed a joint communiqué on Thursday.').map((c) => [c[1], c[2]])).toEqual([['agreement_signed', '2024-05-16']]);
  });
});

describe('an extension agreed in a named city (1.19.245)', () => {
  it('reads "agreed on Tuesday in Havana to extend the bilateral ceasefire" as an agreement signed that day', () => {
    expect(claims('The government and the ELN guerrilla agreed on Tuesday in Havana to extend the bilateral ceasefire for 180 days.').map((c) => [c[1], c[2]])).toContainEqual(['agreement_signed', '2024-05-14']);
  });
});

describe('a peace plan that stalled (1.19.248)', () => {
  it('reads "ASEAN\'s peace plan remains stalled" as stalled', () => {
    expect(claims("Diplomats say ASEAN's peace plan remains stalled.").map((c) => c[1])).toEqual(['stalled']);
  });

  it('still reads no claim into "a plan to stall the vote"', () => {
    expect(claims('The opposition accused the ruling party of a plan that stalled the budget vote.')).toEqual([]);
  });
});

describe('a first meeting of a body (1.19.249)', () => {
  it('reads "met here for the first meeting of the joint commission" as opened', () => {
    expect(claims('Today the foreign ministers of Guyana and Venezuela met here at Itamaraty for the first meeting of the joint commission created by the Argyle Declaration.').map((c) => [c[1], c[2]])).toContainEqual(['opened', '2024-05-17']);
  });

  it('still reads "met for the first meeting since 2019" as no opening', () => {
    expect(claims('The two delegations met in Geneva for the first meeting since 2019.').map((c) => c[1])).not.toContain('opened');
  });
});

describe('working groups to be set up that will meet (1.19.250)', () => {
  it('reads "Two working groups, on A and on B, will be set up and will meet in the coming months" as scheduled', () => {
    expect(claims('Two working groups, on the private sector and on counter-narcotics, will be set up and will meet in the coming months.').map((c) => [c[1], c[2]])).toEqual([['scheduled', null]]);
  });
});

describe('a present-tense signing (a caption) (1.19.252)', () => {
  it('reads "A and B sign the grain corridor agreement at Dolmabahçe Palace in Istanbul" as a signing and a visit of the foreign signer', () => {
    const x = run('ISTANBUL - JULY 22: Russian Defence Minister Sergei Shoigu and Turkish Defence Minister Hulusi Akar sign the grain corridor agreement at Dolmabahçe Palace in Istanbul on July 22, 2022.', '2022-07-22');
    expect(x.status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2022-07-22']);
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toContainEqual(['Sergei Shoigu', 'Istanbul', '2022-07-22']);
  });

  it('still reads "will sign the agreement in Istanbul" and "a sign the deal is near" as no signing', () => {
    expect(run('The two ministers will sign the agreement in Istanbul on Friday.', '2022-07-20').status.map((s) => s.state)).not.toContain('agreement_signed');
    expect(run('Diplomats called the meeting a sign the deal is near.', '2022-07-20').status.map((s) => s.state)).not.toContain('agreement_signed');
  });
});

describe('a signing as a condition (1.19.252)', () => {
  it('reads "no progress until Tbilisi signs a legally binding agreement on the non-use of force" as no signing', () => {
    expect(claims('Galuzin said there could be no progress "until Tbilisi signs a legally binding agreement on the non-use of force" with Sukhumi.').map((c) => c[1])).not.toContain('agreement_signed');
  });
});

describe('a nominal resumption next to a stated one (1.19.257)', () => {
  it('reads "the resumption of the talks does not mean ..." after "talks resumed on Sunday" as no second claim', () => {
    const c = claims('Negotiations between the army and the RSF resumed in Jeddah on Sunday.\n\nIn a statement, the Foreign Ministry said that the resumption of the talks "does not mean the end of the battle".');
    expect(c.filter((x) => x[1] === 'resumed').map((x) => x[2])).toEqual(['2024-05-12']);
  });
});

describe('border delimitation agreements', () => {
  it('reads "The border commissions ... have agreed on the first section of the border" as an agreement', () => {
    expect(stateNames('The border commissions of Armenia and Azerbaijan have agreed on the first section of the border.', '2024-04-20')).toEqual(['agreement_signed']);
  });

  it('reads "the two sides have agreed on the delimitation of the border section" as an agreement', () => {
    expect(stateNames('The two sides have agreed on the delimitation of the border section.', '2024-04-20')).toEqual(['agreement_signed']);
  });

  it('needs the agreement: a section of road is no border', () => {
    expect(stateNames('The two sides have agreed on the first section of the road.', '2024-04-20')).toEqual([]);
  });
});

describe('negotiation formats', () => {
  it('reads "The 5+2 format has been frozen since 2019" as paused', () => {
    expect(stateNames('The 5+2 format has been frozen since 2019.', '2025-02-14')).toEqual(['paused']);
  });

  it('reads "the Normandy format was suspended" as paused', () => {
    expect(stateNames('The Normandy format was suspended in February.', '2025-02-14')).toEqual(['paused']);
  });

  it('takes no file format for a track', () => {
    expect(stateNames('The file format has been frozen since 2019.', '2025-02-14')).toEqual([]);
  });
});

describe('talks continuing inside a while-clause', () => {
  it('reads no ongoing state from "would not tolerate new attacks while the talks continued"', () => {
    expect(stateNames('Peace Commissioner Otty Patiño said the government would "not tolerate" new attacks on civilians while the talks continued.', '2024-11-22')).toEqual([]);
  });

  it('still reads "The talks continued on Thursday" as ongoing', () => {
    expect(stateNames('The talks continued on Thursday in Bogotá.', '2024-11-22')).toEqual(['ongoing']);
  });
});

describe('rounds ending without progress', () => {
  it('reads "The 62nd round ... ended in Geneva on Thursday without progress on ..." as stalled', () => {
    expect(stateNames('The 62nd round of the Geneva International Discussions ended in Geneva on Thursday without progress on the non-use of force, the co-chairs said.', '2024-12-13')).toContain('stalled');
  });

  it('reads "the talks ended without any progress" as stalled', () => {
    expect(stateNames('The talks ended without any progress.', '2024-12-13')).toEqual(['stalled']);
  });
});

describe('a round opened, a roadmap and a body agreed', () => {
  it('reads "X opened the round on Monday, Nov. 9" as opened that day', () => {
    expect(run('UN envoy Stephanie Williams opened the round of the Libyan dialogue forum on Monday, Nov. 9, in Tunis.', '2020-11-17').status.map((s) => [s.state, s.date])).toEqual([['opened', '2020-11-09']]);
  });

  it('reads "members agreed on a roadmap" and "the two sides agreed to set up an expert group" as agreements', () => {
    expect(stateNames('On Friday, Nov. 13, members of the Libyan dialogue forum agreed on a roadmap to elections.', '2020-11-17')).toEqual(['agreement_signed']);
    expect(stateNames("At Tuesday's talks, the two sides agreed to set up an expert group on the boundary.", '2025-08-21')).toEqual(['agreement_signed']);
  });

  it('reads no "opened the round of voting" nor a host\'s "opened the session" of a running process as talks opened', () => {
    expect(stateNames('The electoral commission opened the round of voting on Monday in Tunis.', '2020-11-17')).toEqual([]);
    expect(stateNames('Turkish Foreign Minister Hakan Fidan opened the session at the Dolmabahce Palace on Monday.', '2025-06-03')).toEqual([]);
  });
});

describe('a ceasefire agreed by phone', () => {
  it('reads "agreed in a phone call on March 17 to a ceasefire" as agreement_signed on March 17', () => {
    expect(run('The two defence ministers agreed in a phone call on March 17 to a ceasefire along the border.', '2025-03-27').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2025-03-17']]);
  });
});

describe('a time clause set by the talks', () => {
  it('reads no opening in "was seen in the hall before the talks began", but still in "The talks began on Tuesday"', () => {
    expect(stateNames('Abramovich was seen in the hall before the talks between Russia and Ukraine began on Tuesday.', '2022-03-30')).toEqual([]);
    expect(stateNames('The talks between Russia and Ukraine began in Istanbul on Tuesday.', '2022-03-30')).toEqual(['opened']);
    expect(run('Sankoh has been in Lome since the talks between the government and the RUF opened on May 25.', '1999-07-08').status.map((s) => [s.state, s.date])).toEqual([['opened', '1999-05-25']]);
  });
});

describe('a pronoun continuing the talks as subject', () => {
  it('reads "They stalled in March ... and resumed in June" after a sentence headed by the talks', () => {
    const text = 'The negotiations between the government and the rebels opened in Nairobi in 2019. They broke down in March, when a convoy was attacked near the border, and resumed in June.';
    expect(stateNames(text, '2020-01-10')).toEqual(expect.arrayContaining(['opened', 'collapsed', 'resumed']));
    expect(stateNames('The delegations met in Nairobi in 2019. They were suspended in March.', '2020-01-10')).toEqual([]);
  });

  it('reads "They were paused over the weekend" after "The talks opened ..." as paused, but no pause after an unrelated sentence', () => {
    expect(stateNames('The talks opened at the castle on October 3. They were paused over the weekend after the leaders left.', '2020-01-10')).toEqual(['opened', 'paused']);
    expect(stateNames('The minister arrived at the castle on October 3. They were paused over the weekend after the leaders left.', '2020-01-10')).toEqual([]);
  });
});

describe("a timeline's historical present", () => {
  it('reads present-tense entries ("The talks stall ...; they resume in May", "The conference collapses") as their states', () => {
    expect(stateNames('March 3 – The talks stall over the prisoner list; they resume in May.', '2020-06-10')).toEqual(expect.arrayContaining(['stalled', 'resumed']));
    expect(stateNames('June 2 – The peace conference collapses shortly after midnight.', '2020-06-10')).toEqual(['collapsed']);
    expect(stateNames('April 8, 2019 - Direct negotiations open in Oslo.', '2020-06-10')).toEqual(['opened']);
  });

  it('reads no state into a present tense outside a timeline entry ("Talks open in Oslo on Monday" may announce them)', () => {
    expect(stateNames('Direct negotiations open in Oslo on Monday.', '2020-06-10')).not.toContain('opened');
    expect(stateNames('The conference collapses whenever the ceasefire is broken, one delegate joked.', '2020-06-10')).not.toContain('collapsed');
  });
});

describe('a negotiating body to meet, talks with a long subject to begin', () => {
  it('reads "The Joint Ceasefire Commission will meet next in Mopti" and "the working group would hold its first session" as scheduled', () => {
    expect(stateNames('The Joint Ceasefire Commission will meet next in Mopti, a spokesman said.', '2021-03-02')).toEqual(['scheduled']);
    expect(stateNames('The mediators said the working group on the border would hold its first session within ten days of the talks.', '2021-03-02')).toEqual(['scheduled']);
  });

  it('reads "negotiations between the army and the rebel alliance are to start on 24 May" as scheduled, not "forces are to begin withdrawing"', () => {
    expect(claims('Under the accord, negotiations between the army and the rebel alliance are to start on 24 May.').map((c) => [c[1], c[2]])).toContainEqual(['scheduled', '2024-05-24']);
    expect(stateNames('The talks ended, and the foreign forces are to begin withdrawing from the valley.', '2021-03-02')).not.toContain('scheduled');
  });
});

describe('claims on no known track', () => {
  it('drops an undated repeat of a state already claimed with a day ("The ministers also signed 12 memoranda")', () => {
    const text = 'The presidents of Freedonia and Sylvania signed a border treaty in Lakeview on Tuesday.\n\nTheir foreign ministers also signed an agreement on fisheries.';
    expect(run(text, '2021-05-07').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2021-05-04']]);
  });

  it('keeps an undated signing of a named agreement apart from a dated signing of another text ("signed the Lakeview Peace Accord" after "a protocol ... was signed on 3 May")', () => {
    const text = 'The government and the rebel alliance signed the Lakeview Peace Accord before a crowd of regional leaders.\n\nIts centrepiece, a protocol on the sharing of power, was signed on 3 May.';
    expect(run(text, '2021-06-07').status.filter((s) => s.state === 'agreement_signed')).toHaveLength(2);
    // (a dated "signed an agreement" may be the one the name stands for)
    const same = 'The government and the rebel alliance signed an agreement in Lakeview on Monday.\n\nThe two chief negotiators signed the Declaration of Principles as the mediator looked on.';
    expect(run(same, '2021-06-07').status.filter((s) => s.state === 'agreement_signed')).toHaveLength(1);
  });

  it('keeps undated claims of that state apart when none is dated (they may be about different tracks)', () => {
    const text = 'The two rebel groups signed an agreement on prisoners.\n\nThe two parliaments signed a separate agreement on elections.';
    expect(run(text, '2021-05-07').status.filter((s) => s.state === 'agreement_signed')).toHaveLength(2);
  });
});

describe('a signing told with its day and place before the object, or of several agreements', () => {
  it('reads "signed yesterday at Rosewood Palace, in Lakeview, the peace agreement" and "signed on Sunday at the old presidential palace in Lakeview the Framework Accord"', () => {
    expect(stateNames('The government and the rebels signed yesterday at Rosewood Palace, in Lakeview, the peace agreement that ends the war.', '2021-05-07')).toEqual(['agreement_signed']);
    expect(stateNames('The two leaders signed on Sunday at the old presidential palace in Lakeview the Framework Accord.', '2021-05-07')).toEqual(['agreement_signed']);
  });

  it('reads "signed nine agreements on trade" and "The Protocols were signed" as signings, but not "signed on Sunday and left for home" without an agreement', () => {
    expect(stateNames('The two presidents signed nine agreements on oil and trade in the capital.', '2021-05-07')).toEqual(['agreement_signed']);
    expect(stateNames('The "Border Agreements" were signed by the two foreign ministers.', '2021-05-07')).toEqual(['agreement_signed']);
    expect(stateNames('The envoy signed the guest book at the palace on Sunday before the talks.', '2021-05-07')).not.toContain('agreement_signed');
  });
});

describe('a scheduled verb with an object other than talks', () => {
  it('reads no schedule into "agreed to open the border crossing" or "will open a new chapter", but keeps "agreed to hold the next round" and "will begin its work"', () => {
    expect(stateNames('At the talks, the two sides agreed to open the northern border crossing for aid.', '2021-05-07')).not.toContain('scheduled');
    expect(stateNames('"This peace agreement will open a new chapter for our region," the mediator said.', '2021-05-07')).not.toContain('scheduled');
    expect(stateNames('The delegations agreed to hold the next round in Accra.', '2021-05-07')).toEqual(['scheduled']);
    expect(stateNames('The new boundary commission will begin its work in June, the negotiators said.', '2021-05-07')).toEqual(['scheduled']);
  });
});

describe('talks in their final stage, going on, continuing', () => {
  it('reads "the talks are in their final stages", "have now entered a decisive phase", "are still going on" and "Negotiations now continue" as ongoing', () => {
    expect(stateNames('Mediators said the talks on the hostage exchange are in their "final stages".', '2021-05-07')).toEqual(['ongoing']);
    expect(stateNames('The negotiations, which were frozen for most of the winter over the prisoner lists, have now entered a decisive phase, a diplomat said.', '2021-05-07')).toContain('ongoing');
    expect(stateNames('The talks in Kampala, which opened on April 2, are still going on.', '2021-05-07')).toContain('ongoing');
    expect(stateNames('Negotiations now continue in two working groups.', '2021-05-07')).toEqual(['ongoing']);
  });

  it('reads no ongoing talks into "the project is in its final stages" nor "the war has entered a new phase"', () => {
    expect(stateNames('The pipeline project is in its final stages, the ministry said after the talks.', '2021-05-07')).not.toContain('ongoing');
    expect(stateNames('The war has entered a new phase, the envoy told the peace conference.', '2021-05-07')).not.toContain('ongoing');
  });
});

describe('a witness signing', () => {
  it('reads no signing of its own into "The envoy signed the declaration as a witness", but keeps the parties\' signing before ", with the envoy signing as a witness"', () => {
    expect(stateNames('The AU envoy, who flew in on Friday, signed the declaration as a witness.', '2021-05-07')).toEqual([]);
    expect(stateNames('The government and the rebels signed the peace agreement on Sunday, with the AU envoy signing as a witness.', '2021-05-07')).toEqual(['agreement_signed']);
  });
});

describe('a signing or an entry into force still to come', () => {
  it('reads "the accord would be formally signed in Paris next month" and "The ceasefire will enter into force on 1 March" as scheduled, not signed', () => {
    expect(stateNames('The mediator told reporters that the accord would be formally signed in Paris next month.', '2021-02-10')).toEqual(['scheduled']);
    expect(run('Under the agreement, the ceasefire will enter into force on 1 March.', '2021-02-10').status.map((s) => [s.state, s.date])).toContainEqual(['scheduled', '2021-03-01']);
  });

  it('reads no schedule into "The treaty was signed" nor into a truce that "will take effect" (an effect, not talks to come)', () => {
    expect(stateNames('The treaty was signed in Paris on Monday.', '2021-02-10')).not.toContain('scheduled');
    expect(stateNames('The truce will take effect on Monday evening, the mediators said.', '2021-02-10')).not.toContain('scheduled');
  });
});

describe('talks with an aside between subject and verb', () => {
  it('reads "The talks, hosted by A and B, began in X on Monday" as opened that day', () => {
    expect(stateNames('Mediators gathered the two sides in Addis Ababa. The talks, hosted by Kenya and the African Union, began in Addis Ababa on Monday.', '2024-05-17')).toEqual(['opened']);
  });

  it('reads no opening in a participle aside ("the negotiations, begun in 2019, are now over")', () => {
    expect(stateNames('The commissioner told reporters that the negotiations, begun in 2019, were a long road.', '2024-05-17')).toEqual([]);
  });
});

describe('tracks named by their level', () => {
  it('reads "the ministerial track ... is now stalled" as a stalled claim', () => {
    expect(stateNames('Mediators met the two governments last month. The ministerial track, which produced a draft plan in March, is now stalled.', '2024-05-17')).toEqual(['stalled']);
  });

  it('reads no claim from a track that is no negotiation ("the fast track")', () => {
    expect(stateNames('The new railway is on the fast track and the project is stalled by floods.', '2024-05-17')).toEqual([]);
  });
});

describe('a truce that began', () => {
  it('reads "The truce finally began at dawn on Thursday" as opened that day', () => {
    expect(claims('Mediators in Doha announced a deal between Israel and Hamas on Tuesday. The truce finally began at dawn on Thursday.')).toEqual([['israel_hamas', 'opened', '2024-05-16']]);
  });

  it('reads no opening in "the truce began to fray"', () => {
    expect(claims('Mediators in Doha announced a deal between Israel and Hamas on Tuesday. The truce began to fray on Thursday.')).toEqual([]);
  });
});

describe('talks opened by someone', () => {
  it('reads "The host opened a regional summit in X on Tuesday" as opened that day', () => {
    expect(stateNames('The president opened a regional summit in Nairobi on Tuesday, welcoming the leaders of the two neighbours.', '2024-05-17')).toEqual(['opened']);
  });

  it('reads "consultations ... that the bloc opened in X on Tuesday" and talks at a place spelt with accents as opened', () => {
    expect(stateNames('The rebels stayed away from consultations among the factions that the regional bloc opened in Muscat on Tuesday.', '2024-05-17')).toEqual(['opened']);
    expect(stateNames('The talks at the Zürichberg hotel opened on Monday.', '2024-05-17')).toEqual(['opened']);
  });

  it('reads "The conference, which was opened on Monday by the minister" as opened', () => {
    expect(stateNames('The peace conference, which was opened on Monday by the foreign minister, heard both delegations.', '2024-05-17')).toEqual(['opened']);
  });

  it('reads no opening in a building or a crossing that was opened', () => {
    expect(stateNames('The minister opened a new embassy in Kabul on Monday. The crossing was opened to traffic after the talks.', '2024-05-17')).toEqual([]);
  });
});

describe('talks still to come in an infinitive or a quoted time', () => {
  it('reads "the round of talks to be held in Cairo in the coming days" as scheduled', () => {
    expect(stateNames('The spokesman said both sides stressed the importance of the round of talks to be held in Cairo in the coming days.', '2024-05-17')).toEqual(['scheduled']);
  });

  it('reads "negotiations, which are planned to be resumed on 8 June" as scheduled that day, not resumed', () => {
    expect(run('The envoy said the meeting should help the negotiations in Geneva, which are planned to be resumed on 8 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-08']]);
  });

  it('reads \'the talks would resume "in the middle of next week"\' as scheduled', () => {
    expect(stateNames('The coordinator told reporters that the talks would resume "in the middle of next week" after delegations consulted their capitals.', '2024-05-17')).toEqual(['scheduled']);
  });

  it('reads no schedule into talks that "were to be held" and were called off', () => {
    expect(stateNames('The talks, which were to be held in May, were cancelled.', '2024-05-17')).toEqual(['cancelled']);
  });
});

describe('a halt to the fighting', () => {
  it('reads no paused track into "will halt the fighting" or "agreed to halt all offensive air and ground operations"', () => {
    expect(stateNames('The president said the deal "will halt the fighting in the north" and bring the captives home.', '2024-05-17')).not.toContain('paused');
    expect(stateNames('The envoy said the parties had agreed to halt all offensive air, ground and naval operations from Saturday.', '2024-05-17')).not.toContain('paused');
  });

  it('keeps talks halted or suspended after attacks as paused', () => {
    expect(stateNames('The talks were halted after the attacks on the capital.', '2024-05-17')).toEqual(['paused']);
    expect(stateNames('Negotiations were suspended following the attacks.', '2024-05-17')).toEqual(['paused']);
  });
});

describe('a joint text adopted at the end of talks', () => {
  it('reads "endorsed a final communiqué", "adopted a Joint Statement" and "approved the Document of National Accord" as agreements', () => {
    expect(stateNames('At the close of the summit on Sunday most delegations endorsed a final communiqué on prisoners and food security.', '2024-05-17')).toEqual(['agreement_signed']);
    expect(stateNames('At the end of the meeting the three guarantor countries adopted a Joint Statement on a ceasefire mechanism.', '2024-05-17')).toContain('agreement_signed');
    expect(stateNames('The deputies meeting in Taif approved yesterday evening the "Document of National Accord" after weeks of discussions.', '2024-05-17')).toEqual(['agreement_signed']);
  });

  it('reads no agreement into a budget approved or a resolution adopted, nor into a joint statement that only reports', () => {
    expect(stateNames('The cabinet approved the budget on Monday. The General Assembly adopted a resolution on Tuesday.', '2024-05-17')).toEqual([]);
    expect(stateNames('The two sides said in a joint statement that the meeting was useful.', '2024-05-17')).toEqual([]);
  });
});

describe('a pause as background of another state', () => {
  it('reads "opened tonight, three days after the scheduled start was postponed" as opened only', () => {
    expect(stateNames('The negotiations formally opened at the palace tonight, three days after the scheduled start on Monday was postponed because one side refused to travel.', '2024-05-17')).toEqual(['opened']);
  });

  it('keeps a pause of the main clause beside an opening told in the same sentence', () => {
    expect(stateNames('The talks were postponed after the opening ceremony was held on Monday.', '2024-05-17')).toContain('paused');
  });
});

describe('a return to the table announced (1.19.803)', () => {
  it('reads "the delegations are expected to return to the table in June" as scheduled', () => {
    expect(stateNames('The government and the opposition held a second round of talks in Oslo. The two delegations are expected to return to the negotiating table in June.', '2019-05-29')).toContain('scheduled');
  });

  it('reads no schedule into a return to the table told as past', () => {
    expect(stateNames('The government and the opposition held a second round of talks in Oslo. The two delegations returned to the table after a pause.', '2019-05-29')).not.toContain('scheduled');
  });
});

describe('an entry into force told in the present tense', () => {
  it('reads "The ceasefire comes into force on 15 October" and "The agreement enters into force at midnight on Saturday" as scheduled that day', () => {
    expect(run('The ceasefire comes into force on 15 October.', '1992-10-05').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '1992-10-15']]);
    expect(stateNames('The agreement enters into force at midnight on Saturday.', '2002-02-22')).toEqual(['scheduled']);
  });

  it('reads no schedule into an entry into force without a time ("the protocol comes into force once ratified")', () => {
    expect(stateNames('The protocol comes into force once both parliaments ratify it.', '2009-10-10')).not.toContain('scheduled');
  });
});

describe('a conference or summit that opened', () => {
  it('reads "The Paris conference first opened on 30 July 1989" and "the summit got under way" as opened', () => {
    expect(run('The Paris conference first opened on 30 July 1989.', '1991-10-24').status.map((s) => [s.state, s.date])).toEqual([['opened', '1989-07-30']]);
    expect(stateNames('The regional summit got under way in Nairobi on Monday.', '2022-11-23')).toEqual(['opened']);
  });

  it('reads no opening when the conference opens something else ("the conference opened the floor to questions")', () => {
    expect(stateNames('The conference opened the floor to questions from the delegations.', '2022-11-23')).not.toContain('opened');
  });
});

describe('a signing told undated in the lead, then dated', () => {
  it('keeps only the dated claim when no known track names the talks ("have signed a peace agreement ..." then "The accords were signed yesterday")', () => {
    const x = run('The four warring factions have signed a peace agreement in Paris. The accords were signed yesterday at the conference centre.', '1991-10-24');
    expect(x.status.filter((s) => s.state === 'agreement_signed').map((s) => s.date)).toEqual(['1991-10-23']);
  });
});

describe('status phrasing (1.20.200 on)', () => {
  it('reads a passive "was initialled" of an agreement or protocol as signed, with its day', () => {
    expect(run('The agreement was initialled in Jakarta on Friday by the two chief negotiators.', '1996-09-02').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '1996-08-30']]);
    expect(run('The protocol on power-sharing was signed on 9 January this year.', '1993-08-05').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '1993-01-09']]);
  });

  it('reads a future passive of an opening ("the negotiations will be started") as scheduled, not opened', () => {
    expect(run('According to the statement, the substantive negotiations will be started with mediation of the co-chairs.').status.map((s) => s.state)).toEqual(['scheduled']);
    expect(run('The negotiations will be started in Geneva on Monday.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-05-20']]);
  });

  it('reads a truce agreed or ordered "from <hour> on <day>" as scheduled for the day it starts; a truce an agreement foresees is not', () => {
    expect(run('The two foreign ministers agreed in the night to Saturday on a humanitarian ceasefire in the region from 12:00 on 10 October.', '2020-10-10').status.map((s) => [s.state, s.date])).toContainEqual(['scheduled', '2020-10-10']);
    expect(run('Regional leaders meeting in Luanda on Wednesday ordered a ceasefire in eastern Congo from 6pm on Friday.', '2022-11-24').status.map((s) => [s.state, s.date])).toContainEqual(['scheduled', '2022-11-25']);
    expect(stateNames('It foresees a ceasefire from midnight on February 15 and the withdrawal of heavy weapons.', '2015-02-12')).not.toContain('scheduled');
  });

  it('reads "They opened in Rome on 8 July 1990" after a sentence headed by the talks as opened that day; "said that it opened a new chapter" is not', () => {
    expect(run("The talks were mediated by a lay community and the host government's representative. They opened in Rome on 8 July 1990.", '1992-10-05').status.map((s) => [s.state, s.date])).toEqual([['opened', '1990-07-08']]);
    expect(stateNames('The talks ended in Vienna. The minister called the deal "not perfect" but said that it opened "a new chapter of hope".', '2015-07-15')).not.toContain('opened');
  });

  it('reads "formally reopened peace negotiations" as resumed that day; "reopened the border crossing" is not', () => {
    expect(run('The government and the rebels formally reopened peace negotiations in Caracas on Monday.', '2022-11-22').status.map((s) => [s.state, s.date])).toEqual([['resumed', '2022-11-21']]);
    expect(stateNames('The government reopened the border crossing on Monday after talks.', '2022-11-22')).not.toContain('resumed');
  });

  it('reads a schedule of elections ("elections are due in 1993", "The presidential election is scheduled for 24 December") as scheduled', () => {
    expect(stateNames('A UN authority will take over key ministries, and elections are due in 1993.', '1991-10-23')).toEqual(['scheduled']);
    expect(run('The presidential election is scheduled for 24 December.', '2021-02-06').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-12-24']]);
  });
});

describe('sessions of talks and a participle after a subordinator (1.20.402, 1.20.403)', () => {
  it('reads "The sessions will resume on Saturday" as scheduled for that day', () => {
    expect(run('The sessions will resume on Saturday in separate rooms before any face-to-face meeting.', '2016-04-21').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2016-04-23']]);
  });
  it('reads "had been suspended in June before resuming in early July" as paused and resumed', () => {
    expect(stateNames('The Doha talks, facilitated by Qatar since March, had been suspended for several weeks in June before resuming in early July.', '2025-08-10')).toEqual(['paused', 'resumed']);
  });
});

describe('a round that closed on a day (1.20.404)', () => {
  it('reads "The Geneva round closed on 23 August" as the round held (ongoing) on that day', () => {
    expect(run('The Geneva round closed on 23 August.', '2024-08-25').status.map((s) => [s.state, s.date])).toEqual([['ongoing', '2024-08-23']]);
  });
  it('reads no state into a session ended without a day', () => {
    expect(stateNames('The session ended abruptly, the envoy said.', '2024-08-25')).toEqual([]);
  });
});

describe('a truce or accord set to take effect (1.22.000)', () => {
  it('reads "agreed a truce that will take effect on Sunday" as scheduled for that day', () => {
    expect(run('The two armies agreed to a one-week truce that will take effect on Sunday morning, the mediators said.', '2024-05-17').status.map((s) => [s.state, s.date])).toContainEqual(['scheduled', '2024-05-19']);
  });
  it('reads "A cease-fire was due to take effect" and "The accords are to come into force" as scheduled', () => {
    expect(stateNames('A cease-fire was due to take effect at dawn, but shelling continued in the hills.', '2024-05-17')).toEqual(['scheduled']);
    expect(run('The cease-fire is to come into force at midnight on 3 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-03']]);
    expect(stateNames('The accords will enter into force on 1 July, the ministry said.', '2024-05-17')).toEqual(['scheduled']);
  });
});

describe('a conference, commission or treaty that "is to" open, meet or be concluded (1.22.001)', () => {
  it('reads "is to open", "is to hold its first meeting", "are to meet" and "is to be concluded by" as scheduled', () => {
    expect(run('A donor conference to fund the accord is to open in Oslo on 12 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-12']]);
    expect(run('The border commission set up under the accord is to hold its first meeting in Arusha on 2 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-02']]);
    expect(stateNames('The three foreign ministers are to meet in Lomé next month.', '2024-05-17')).toEqual(['scheduled']);
    expect(stateNames('A final treaty is to be concluded by the end of the year.', '2024-05-17')).toEqual(['scheduled']);
  });
});

describe('a meeting, session or summit that opened on a day (1.22.002)', () => {
  it('reads "The summit between the leaders of A and B opened yesterday" and "The trilateral meeting with X, the host, opened on Monday" as opened', () => {
    expect(run('The summit between the leaders of Chad and Sudan opened yesterday in the Libyan capital.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['opened', '2024-05-16']]);
    expect(stateNames('The trilateral meeting with their host, the Kenyan foreign minister, opened on Monday morning.', '2024-05-17')).toEqual(['opened']);
  });
  it('reads no opening when the meeting opens something else ("opened the way to")', () => {
    expect(stateNames('The trilateral meeting between the ministers opened the way to a border deal.', '2024-05-17')).not.toContain('opened');
  });
});

describe('a signing told as a noun with its time and place, and an initialled text (1.22.003)', () => {
  it('reads "welcomed the signing on Tuesday in Addis Ababa of the accord" as signed', () => {
    expect(stateNames('The African Union welcomed the signing on Tuesday in Addis Ababa of the accord between the two movements.', '2024-05-17')).toEqual(['agreement_signed']);
  });
  it('reads "The text of the peace accord had been initialled on 3 May" as signed', () => {
    expect(run('After the last round of talks, the text had been initialled on 3 May by both chief negotiators.', '2024-05-17').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2024-05-03']);
  });
});

describe('parties that "are to" sign (1.22.004)', () => {
  it('reads "are to fly to Doha on Sunday to sign a peace accord" as scheduled for that day', () => {
    expect(run('The two presidents are to fly to Doha on Sunday to sign a peace accord, the mediators said.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-05-19']]);
  });
  it('reads no schedule into a wish to sign ("wants to sign a deal")', () => {
    expect(stateNames('The president wants to sign a peace deal before the elections.', '2024-05-17')).not.toContain('scheduled');
  });
});

describe('a step the settlement sets: a government to be formed, a text to be adopted, a vote to be held (1.22.005)', () => {
  it('reads "a power-sharing government is to be formed", "is to ratify the accord within 30 days" and "is to hold a referendum" as scheduled', () => {
    expect(stateNames('Under the deal, a power-sharing government is to be formed by the end of June.', '2024-05-17')).toEqual(['scheduled']);
    expect(stateNames('The national assembly is to ratify the accord within 30 days.', '2024-05-17')).toEqual(['scheduled']);
    expect(stateNames('The region is to hold a referendum on its status next spring.', '2024-05-17')).toEqual(['scheduled']);
  });
  it('reads no schedule into a government that was formed', () => {
    expect(stateNames('A unity government was formed in March.', '2024-05-17')).toEqual([]);
  });
});

describe('talks that had broken down or were broken off, and a conditional by inversion (1.22.006)', () => {
  it('reads "had broken down on Friday" as collapsed and "were broken off on 3 March" as paused', () => {
    expect(run('Direct talks between the army and the province had broken down on Friday.', '2024-05-19').status.map((s) => [s.state, s.date])).toEqual([['collapsed', '2024-05-17']]);
    expect(stateNames('The talks were broken off on 3 March after a wave of arrests.', '2024-05-19')).toEqual(['paused']);
  });
  it('reads no state into "had broken down the barriers" or "Had the talks collapsed, ..."', () => {
    expect(stateNames('The summit talks had broken down the barriers between the two capitals.', '2024-05-19')).toEqual([]);
    expect(stateNames('Had the talks collapsed in March, the fighting would have spread.', '2024-05-19')).toEqual([]);
  });
});

describe('an invitation to a dated meeting, and a settlement step beside it (1.22.007)', () => {
  it('reads "has invited the two presidents to a summit in Arusha on 9 June" as scheduled that day', () => {
    expect(run('The mediator has invited the two presidents to a summit in Arusha on 9 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-09']]);
  });
  it('reads no schedule into an invitation without a day, or one not sent', () => {
    expect(stateNames('The mediator has invited the two presidents to further talks.', '2024-05-17')).not.toContain('scheduled');
    expect(stateNames('The rebels had not been invited to the summit on Monday.', '2024-05-17')).not.toContain('scheduled');
  });
  it('keeps a government to be formed apart from the summit scheduled on the same track', () => {
    const text = 'The mediator has invited the two presidents to a summit in Arusha on 9 June.\n\nUnder the accord, a transitional government is to be formed.';
    expect(stateNames(text, '2024-05-17')).toEqual(['scheduled', 'scheduled']);
  });
});

describe('talks that will continue, and a schedule after a continuation (1.22.008)', () => {
  it('reads "agreed that the talks on the treaty will continue" as ongoing, not scheduled', () => {
    expect(stateNames('The two ministers agreed that the talks on the border treaty will continue.', '2024-05-17')).toEqual(['ongoing']);
  });
  it('reads "agreed to continue the dialogue and to hold the next round in June" as scheduled only', () => {
    expect(stateNames('The delegations agreed to continue the dialogue and to hold the next round in June.', '2024-05-17')).toEqual(['scheduled']);
    expect(stateNames('The process will continue: the military committee, made up of ten officers, is to meet in Geneva next week.', '2024-05-17')).toEqual(['scheduled']);
  });
  it('reads nothing into "will continue to assist the parties"', () => {
    expect(stateNames('Norway will continue to assist the parties in the negotiations.', '2024-05-17')).toEqual([]);
  });
});

describe('talks that began and are continuing (1.22.009)', () => {
  it('reads "The talks, hosted by Kenya and the AU, opened in Nairobi on Monday and are continuing" as opened and ongoing', () => {
    expect(stateNames('The talks, hosted by Kenya and the African Union with observers from the region, opened in Nairobi on Monday and are continuing behind closed doors.', '2024-05-17')).toEqual(['opened', 'ongoing']);
  });
});

describe('international or direct discussions as negotiations (1.22.010)', () => {
  it('reads "The international discussions foreseen in the plan are to open in Vienna" as scheduled', () => {
    expect(stateNames('The international discussions foreseen in the plan are to open in Vienna once the troops have left.', '2024-05-17')).toEqual(['scheduled']);
  });
  it('reads nothing into discussions with reporters', () => {
    expect(stateNames('His discussions with reporters are to begin at noon.', '2024-05-17')).toEqual([]);
  });
});

describe('deadlines: a withdrawal to be completed by a day, an undertaking to begin talks by one (1.22.011)', () => {
  it('reads "the pullback of forces is to be completed by 30 June" as scheduled that day', () => {
    expect(run('Under the accord the pullback of forces is to be completed by 30 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-30']]);
  });
  it('reads "the parties undertake to begin direct talks no later than 1 July" as scheduled that day', () => {
    expect(run('The parties undertake to begin direct talks no later than 1 July.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-07-01']]);
  });
});

describe('an interim government that will take office (1.22.012)', () => {
  it('reads "The interim council will take office in Juba on 9 July" and "a unity government of 20 ministers will be formed" as scheduled', () => {
    expect(run('The interim council will take office in Juba on 9 July.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-07-09']]);
    expect(stateNames('Under the deal a unity government of 20 ministers will be formed.', '2024-05-17')).toEqual(['scheduled']);
  });
});

describe('delegations that will sit in the same room, a commission due to meet (1.22.013)', () => {
  it('reads "the two delegations would sit in the same room on Monday" as scheduled that day', () => {
    expect(run('The mediator said the two delegations would sit in the same room on Monday.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-05-20']]);
  });
  it('reads "The commission is due to meet in Kigali next week" as scheduled', () => {
    expect(stateNames('The commission is due to meet in Kigali next week.', '2024-05-17')).toEqual(['scheduled']);
  });
});

describe('a date declined (1.22.014)', () => {
  it('reads no schedule into "declined to give a date for the next round"', () => {
    expect(stateNames('The envoy called the talks useful but declined to give a date for the next round.', '2024-05-17')).not.toContain('scheduled');
  });
});

describe('a stalemate told as the reason of another state (1.22.015)', () => {
  it('reads "were suspended on Friday after the teams failed to agree" as paused only', () => {
    expect(stateNames('The talks were suspended on Friday after the two teams failed to agree on the sharing of oil revenue.', '2024-05-19')).toEqual(['paused']);
  });
});

describe('an agreement signed in a relative clause (1.22.016)', () => {
  it('reads "the accord on the border, which the two ministers initialled in Astana on Friday" as signed', () => {
    expect(run('The envoy praised the accord on the border, which the two ministers initialled in Astana on Friday.', '2024-05-19').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2024-05-17']]);
    expect(stateNames('The truce of 2 May, which Qatar brokered, has been broken several times.', '2024-05-19')).toEqual(['agreement_signed']);
  });
  it('reads no signing into "The deal, which the rebels refused to sign"', () => {
    expect(stateNames('The deal, which the rebels refused to sign, was shelved.', '2024-05-19')).not.toContain('agreement_signed');
  });
});

describe('parties that signed separate or two documents (1.22.017)', () => {
  it('reads "signed separate documents on trade normalisation on Friday" as signed that day', () => {
    expect(run('The two prime ministers signed separate documents on trade normalisation at the White House on Friday.', '2024-05-19').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2024-05-17']]);
  });
  it('reads no signing into "signed documents" at a visit without a count', () => {
    expect(stateNames('The two ministers signed documents on cooperation in culture during the talks.', '2024-05-19')).not.toContain('agreement_signed');
  });
});

describe('ratification and referendums as settlement steps (1.22.018)', () => {
  it('reads "are expected to convene next month to ratify the document", "are to be submitted for ratification" and "now goes to a referendum" as scheduled', () => {
    expect(stateNames('The deputies are expected to convene in the capital next month to ratify the document.', '2024-05-17')).toEqual(['scheduled']);
    expect(stateNames('The protocols are to be submitted to both parliaments for ratification.', '2024-05-17')).toEqual(['scheduled']);
    expect(run('The peace plan now goes to a referendum on 30 June.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2024-06-30']]);
  });
});

describe('a denied report and a break-down that was only about to happen (1.22.019)', () => {
  it('reads no signing into "denied reports that the text had been initialled"', () => {
    expect(stateNames('The foreign ministry denied reports that a treaty text had been initialled in Vienna.', '2024-05-17')).toEqual([]);
  });
  it('reads no collapse into "the talks seemed about to break down"', () => {
    expect(stateNames('The accord was signed on Sunday, hours after the talks had seemed about to break down.', '2024-05-17')).toEqual(['agreement_signed']);
  });
});

describe('fighting that resumed, a lunch or trip called off (1.22.020)', () => {
  it('reads no resumption into "when fighting resumed after the truce"', () => {
    expect(stateNames('The mediation collapsed in May, when fighting resumed after a three-month truce.', '2024-05-17')).not.toContain('resumed');
  });
  it('reads no cancellation into "the lunch was cancelled" or "cancelled the trip" at a summit', () => {
    expect(stateNames('On the second day of the summit the lunch was cancelled and the two leaders left.', '2024-05-17')).not.toContain('cancelled');
    expect(stateNames('The envoy was to tour the region before the summit, but the ministry cancelled the trip.', '2024-05-17')).not.toContain('cancelled');
  });
});

describe('a signed agreement named with "relating to" (1.22.021)', () => {
  it('reads "The Accords relating to the Settlement of the Border Dispute were signed today" as signed', () => {
    expect(stateNames('The Accords relating to the Settlement of the Border Dispute were signed today at the Palace of Nations.', '2024-05-17')).toEqual(['agreement_signed']);
  });
  it('reads no signing into "The agreement is expected to be signed" or "yet to be signed"', () => {
    expect(stateNames('The agreement on the border is yet to be signed by the two sides.', '2024-05-17')).not.toContain('agreement_signed');
  });
});

describe('a conference "since it opened on" a day (1.22.022)', () => {
  it('reads "has sat at the conference since it opened on 3 March" as opened that day', () => {
    expect(run('The envoy, who has sat at the conference since it opened on 3 March, said little.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['opened', '2024-03-03']]);
  });
});

describe('a ceremony called off, a withdrawal told as background (1.22.023)', () => {
  it('reads no cancelled track into "the talks had failed and the closing ceremony was cancelled"', () => {
    expect(stateNames('On Monday the mediator told the delegations that the talks had failed and the closing ceremony was cancelled.', '2024-05-17')).not.toContain('cancelled');
  });
  it('reads "stalled since April, when the rebels pulled out of the negotiations" as stalled only', () => {
    expect(stateNames('Talks between the two sides have been stalled since April 2019, when the rebels pulled out of the negotiations.', '2024-05-17')).toEqual(['stalled']);
  });
});

describe('a definite meeting or session that opened after talks, a named body opened (1.22.702)', () => {
  it('reads "The session had opened on 3 May" right after talks as opened that day, not alone', () => {
    const text = 'The government and the rebel alliance signed an accord on prisoners in Lakeview on Friday.\n\nThe session had opened on 3 May in the old parliament building.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-03']);
    expect(stateNames('The film festival drew large crowds.\n\nThe session had opened on 3 May in the old parliament building.', '2021-05-08')).toEqual([]);
  });
  it('reads "The Electoral Reform Committee was opened this morning" as opened; a bare "the committee was opened" stays unread', () => {
    expect(run('The Electoral Reform Committee was opened this morning in the great hall by its two co-chairs.', '2021-05-08').status.map((s) => [s.state, s.date])).toEqual([['opened', '2021-05-08']]);
    expect(stateNames('The committee was opened this morning in the town hall.', '2021-05-08')).toEqual([]);
  });
});

describe('a body named after two parties that will meet (1.22.703)', () => {
  it('reads "The EU-Sylvania Cooperation Council will meet in Lakeview on Thursday" as scheduled that day; a body of one stays unread', () => {
    expect(run('The EU-Sylvania Cooperation Council will meet in Lakeview on Thursday for the first time in three years.', '2021-05-03').status.map((s) => [s.state, s.date])).toContainEqual(['scheduled', '2021-05-06']);
    expect(stateNames('The Regional Security Council will meet in Lakeview on Thursday.', '2021-05-03')).toEqual([]);
  });
});

describe('a signing told as putting one\'s name to a text (1.22.704)', () => {
  it('reads "put their names to the accord on Friday" as signed that day, "refused to put their names to" as no signing', () => {
    expect(run('The two rebel commanders put their names to the accord in Lakeview on Friday, after a week of talks.', '2021-05-08').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2021-05-07']]);
    expect(stateNames('The two rebel commanders refused to put their names to the accord, and the talks went on.', '2021-05-08')).not.toContain('agreement_signed');
  });
});

describe('an opening told in a relative clause with its day (1.22.705)', () => {
  it('reads "The mediator, who opened the talks in Lakeview on 6 March, said ..." as opened that day; without a day it stays unread', () => {
    expect(run('The mediator, who opened the talks in Lakeview on 6 March, said the two sides had made progress on prisoners.', '2021-03-14').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-03-06']);
    expect(stateNames('The agreement was witnessed by the former president, who facilitated the talks.', '2021-03-14')).not.toContain('opened');
  });
});

describe('a present with a day to come (1.22.706)', () => {
  it('reads "The second round of the talks, which Sylvania hosts, opens in Lakeview on Monday" as scheduled for the coming Monday', () => {
    expect(run('The second round of the talks, which Sylvania hosts, opens in Lakeview on Monday with the armed groups of the north.', '2021-05-07').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-05-10']]);
  });
  it('reads no schedule into a timeline entry\'s historical present ("12 May – Talks resume on 16 May")', () => {
    expect(stateNames('12 May – Talks resume on 16 May in Lakeview.', '2021-06-07')).not.toContain('scheduled');
  });
});

describe('a plan agreed on a day, a meeting on a settlement (1.22.707)', () => {
  it('reads "A five-point plan for the settlement of the conflict was agreed in Lakeview on Tuesday" as signed that day', () => {
    expect(run('A five-point plan for the settlement of the conflict was agreed in Lakeview on Tuesday, providing for a truce and a withdrawal of forces.', '2021-05-07').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-04']);
    expect(stateNames('A plan for the new stadium was agreed in Lakeview on Tuesday.', '2021-05-07')).toEqual([]);
  });
  it('reads "the regional meeting on Sylvanian settlement, which was opened on Monday" as opened', () => {
    expect(run('The two-day regional meeting on Sylvanian settlement, which was opened on Monday by the host foreign minister, ended today.', '2021-05-05').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-03']);
  });
});

describe('a named body\'s session, which opened, after talks (1.22.708)', () => {
  it('reads "The Council\'s session, which opened on Monday at a hotel outside Lakeview, was chaired by ..." after talks as opened', () => {
    const text = 'The two delegations resumed talks on the constitution this week.\n\nThe Council\'s session, which opened on Monday at a hotel outside Lakeview, was chaired by the envoy.';
    expect(run(text, '2021-05-07').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-03']);
  });
});

describe('a schedule dated by the day after its cue (1.22.709)', () => {
  it('reads "At the close of the round today, the parties agreed that they will meet again in Lakeview on 10 August" as scheduled for 10 August', () => {
    expect(run('At the close of the round today, the parties agreed in a joint communiqué that they will meet again in Lakeview on 10 August.', '2021-06-19').status.filter((s) => s.state === 'scheduled').map((s) => s.date)).toEqual(['2021-08-10']);
  });
});

describe('a first meeting since a break that is still to come (1.22.710)', () => {
  it('reads "The envoy is expected in Lakeview next month for the first meeting of the border commission since 2015" as scheduled, not resumed', () => {
    const states = stateNames('The envoy is expected in Lakeview next month for the first meeting of the border commission since 2015.', '2021-05-07');
    expect(states).toContain('scheduled');
    expect(states).not.toContain('resumed');
    expect(stateNames('The border commission held talks in Lakeview on Monday for the first time since 2015.', '2021-05-07')).toContain('resumed');
  });
});

describe('talks between parties, with an apposition, that opened (1.23.000)', () => {
  it('reads "Negotiations between Sylvania and the rebels on the future of the north, requested by the regional bloc, opened on Monday" as opened', () => {
    const text = 'Negotiations between Sylvania and the rebels on the future of the north, requested by the regional bloc in its March communiqué, opened on Monday in Lakeview.';
    expect(run(text, '2021-05-07').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-03']);
    expect(stateNames('Talks between the two clans over grazing land, the elders said, opened fire on nothing.', '2021-05-07')).not.toContain('opened');
  });

  it('names talks between Morocco and the "Frente Polisario" on their known track', () => {
    expect(claims('Talks between Morocco and the Frente Polisario resumed in Geneva on Monday.').map((c) => c[0])).toEqual(['morocco_polisario']);
  });
});

describe('talks that will continue, after a round held on a day (1.23.001)', () => {
  it('keeps "the negotiations on the border will continue" apart from "concluded two days of talks ... on Friday"', () => {
    const text = 'The envoy concluded two days of talks between Peru and Ecuador in Lima on Friday.\n\nBoth sides agreed that the negotiations on the border will continue.';
    const ongoing = run(text, '2021-05-08').status.filter((s) => s.state === 'ongoing');
    expect(ongoing).toHaveLength(2);
    expect(ongoing.map((s) => s.date)).toContain(null);
  });
});

describe('talks on a subject, which began on a day (1.23.002)', () => {
  it('reads "The talks on the Lakeview water treaty (LWT), which began in the capital on 6 March, ..." as opened', () => {
    const text = 'The talks on the Lakeview water treaty (LWT), which began in the capital on 6 March with two observers, were due to end with a signing.';
    expect(run(text, '2021-05-07').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-03-06']);
  });
});

describe('a quoted agreement name after a fronted day and place (1.23.003)', () => {
  it('reads \'signed on Friday in Lakeview the "Lakeview Agreement"\' as signed that day', () => {
    const text = 'The government and the rebel movement signed on Friday in Lakeview the "Lakeview Agreement", which sets out a ceasefire.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-07']);
  });
});

describe('a day in a time clause after the cue (1.24.000)', () => {
  it('leaves "The accord was reached after the mediator held talks in Nairobi on Tuesday" undated', () => {
    const text = 'The accord was reached after the mediator held talks in Nairobi on Tuesday with both negotiating teams.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', null]]);
  });

  it('keeps the day before the time clause: "signed the accord on Friday after two days of talks"', () => {
    const text = 'The two movements signed the accord in Cairo on Friday after two days of talks mediated by Egypt.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2021-05-07']]);
  });
});

describe('a halt to hostile acts (1.24.001)', () => {
  it('reads no pause into "signed a military agreement to halt hostile acts along the frontier"', () => {
    const text = 'The two defence ministers signed a separate military agreement to halt hostile acts along the frontier.';
    expect(stateNames(text, '2021-05-08')).not.toContain('paused');
  });
});

describe('a plan told in the past (1.24.002)', () => {
  it('reads no resumption into "They were to be the first talks between the two sides since 2019"', () => {
    const text = 'The Lakeview talks were called off on Friday. They were to be the first talks between the two sides since the Arusha round collapsed in 2019.';
    expect(stateNames(text, '2021-05-08')).not.toContain('resumed');
  });

  it('reads no opening into "It was meant to be the first round of negotiations"', () => {
    expect(stateNames('It was meant to be the first round of negotiations between the government and the rebels.', '2021-05-08')).not.toContain('opened');
  });
});

describe('a definite meeting named by its place and subject that opened (1.24.003)', () => {
  it('reads "The Vienna meeting on Syria opened on Friday" after a sentence on the conference as opened that day', () => {
    const text = 'Rebel envoys sat with government officials at a conference hosted by Austria.\n\nThe Vienna meeting on Syria opened on Friday morning with a speech by the host.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-07']);
  });
});

describe('a meeting subject holding a word with a plus sign (1.24.004)', () => {
  it('reads "The informal meeting in the 3+UN format on the island opened in Vienna on Monday" as opened that day', () => {
    const text = 'The informal meeting in the 2+EU format on the border opened in Oslo on Monday, 3 May, with a working dinner.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-03']);
  });
});

describe('"another meeting" as a meeting of the talks (1.24.005)', () => {
  it('reads "The envoy said he would convene another meeting in the same setting in the autumn" as scheduled', () => {
    expect(stateNames('The envoy said he would convene another meeting in the same setting in the autumn.', '2021-05-08')).toEqual(['scheduled']);
  });
});

describe('factions that will meet (1.24.006)', () => {
  it('reads "All the armed factions will meet in Tripoli on 21 May to discuss the next steps" as scheduled that day', () => {
    const text = 'All the armed factions will meet in Tripoli on 21 May to discuss the next steps.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-05-21']]);
  });
});

describe('a truce taking effect, apart from the talks\' own schedule (1.24.007)', () => {
  it('keeps "Talks on the outstanding issues will continue in Arusha" beside "The truce is to take effect at midnight on Sunday"', () => {
    const text = 'The truce is to take effect at midnight on Sunday.\n\nTalks on the outstanding issues will continue in Arusha, under the accord.';
    expect(run(text, '2021-05-08').status.filter((s) => s.state === 'scheduled').map((s) => s.date)).toEqual(['2021-05-09', null]);
  });
});

describe('a numbered-point consensus as an agreement (1.24.008)', () => {
  it('reads "agreed on a four-point consensus" and "reached a \'six-point consensus\'" as signings', () => {
    expect(run('The two foreign ministers agreed on a four-point consensus to ease the border standoff at a meeting in Astana on Friday.', '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-07']);
    expect(stateNames('At the boundary talks in Beijing, the two envoys reached a "six-point consensus", the statement said.', '2021-05-08')).toContain('agreement_signed');
  });
});

describe('parties that agreed to halt the fighting (1.24.009)', () => {
  it('reads "the army and the rebel movement had agreed to halt all offensive ground and air operations" as a signing that day', () => {
    const text = 'The mediator announced the truce on Friday, saying the army and the rebel movement had agreed to halt all offensive ground and air operations from dawn on Saturday.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-07']);
  });
});

describe('a pause that is the truce (1.24.010)', () => {
  it('reads no paused track into "mediators are working to extend the pause beyond Sunday" or "pressed for a humanitarian pause"', () => {
    expect(stateNames('The mediators are working to extend the pause beyond Sunday, while talks go on in Cairo.', '2021-05-08')).not.toContain('paused');
    expect(stateNames('Envoys at the talks in Doha pressed for a humanitarian pause in the north.', '2021-05-08')).not.toContain('paused');
  });
});

describe('a signing held up or awaited (1.24.011)', () => {
  it('reads no signing into "The rebel delegation conditioned the signing of the accord on a prisoner release"', () => {
    expect(stateNames('"The rebel delegation conditioned the signing of the accord on a prisoner release," the spokesman said.', '2021-05-08')).not.toContain('agreement_signed');
    expect(stateNames('Officials said the dispute over the map had delayed the signing of the peace agreement.', '2021-05-08')).not.toContain('agreement_signed');
  });
});

describe('talks set off as "the first since" a break (1.24.012)', () => {
  it('reads "The talks in the Lakeview format, the first since 2016, opened in Vienna on Monday" as resumed', () => {
    expect(stateNames('The talks in the Lakeview format, the first since 2016, opened in Vienna on Monday.', '2021-05-08')).toContain('resumed');
  });

  it('reads "The talks in the Lakeview format, the first since 2016, will open in Vienna on Monday" as scheduled only', () => {
    expect(stateNames('The talks in the Lakeview format, the first since 2016, will open in Vienna on Monday.', '2021-05-08')).toEqual(['scheduled']);
  });
});

describe('two named leaders who will meet (1.24.013)', () => {
  it('reads "... continues next week: Rama and Kurz will meet in Vienna on 12 May" as scheduled that day', () => {
    const text = 'The EU-facilitated dialogue, which resumed in Vienna on 2 April after a two-year break, continues next week: Rama and Kurz will meet in Vienna on 12 May with the mediator.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['scheduled', '2021-05-12']);
  });
});

describe('the resumption of something other than talks (1.24.014)', () => {
  it('reads no resumption into "had committed to measures including a truce, the payment of salaries and the resumption of fuel imports"', () => {
    expect(stateNames('The envoy said the parties to the talks had committed to measures including a truce, the payment of salaries and the resumption of fuel imports.', '2021-05-08')).not.toContain('resumed');
  });

  it('still reads "The resumption of the talks in Geneva on Monday" as resumed', () => {
    expect(stateNames('The resumption of the talks in Geneva on Monday was welcomed by both sides.', '2021-05-08')).toContain('resumed');
  });
});

describe('a report the sentence dismisses (1.24.015)', () => {
  it('reads no schedule into "Reports that the two delegations would meet in Nairobi next week to sign the accord are inaccurate"', () => {
    expect(stateNames('Reports that the two delegations would meet in Nairobi next week to sign the accord are inaccurate.', '2021-05-08')).toEqual([]);
  });
});

describe('a headline in capitals in the body (1.24.016)', () => {
  it('reads no claim from "SOUTH SUDAN PEACE AGREEMENT SIGNED IN JUBA ...", only from the sentence that tells it', () => {
    const text = 'Juba, Saturday 8 May 2021\n\nSOUTH SUDAN PEACE AGREEMENT SIGNED IN JUBA UNDER THE MEDIATION OF H.E. PRESIDENT JOHN MWANGI KAMAU\n\nThe government and the rebel movements today signed the South Sudan peace agreement at Uhuru Square in Juba.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2021-05-08']]);
  });
});

describe('the terms of an agreement agreed, shortly after talks (1.24.017)', () => {
  it('reads "Recall that the parameters were agreed in Montreux on April 2", after a sentence on the deal, as a signing that day', () => {
    const text = 'The foreign ministers called the agreement a turning point.\n\nRecall that the parameters were agreed in Montreux on April 2.';
    expect(run(text, '2015-07-16').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2015-04-02']);
  });

  it('reads no signing into "the parameters were agreed in Montreux" in an article about nothing negotiated', () => {
    expect(stateNames('The engineers met on Monday.\n\nRecall that the parameters were agreed in Montreux on April 2.', '2015-07-16')).toEqual([]);
  });
});

describe('the text of an agreement initialled, shortly after talks (1.24.018)', () => {
  it('reads "The text had already been initialled on 2 May", after the signing of the protocol, as a signing that day', () => {
    const text = 'The government and the rebels signed the Lakeview Protocol on Friday at the conference centre.\n\nThe text had already been initialled on 2 May.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-02']);
  });
});

describe('an agreement "reached in PLACE on DAY" as a participle (1.24.019)', () => {
  it('reads "The Lakeview Water Accord (LWA) reached in Geneva on Tuesday by the three states is ..." as a signing that day', () => {
    const text = 'The Lakeview Water Accord (LWA) reached in Geneva on Tuesday by the three riparian states is the most detailed agreement of its kind.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-04']);
  });

  it('reads no claim into a background "The agreement reached in Lakeview in 2019 is binding"', () => {
    expect(stateNames('"The agreement reached in Lakeview in 2019 is binding and must be implemented," the envoy said after the meeting.', '2021-05-08')).not.toContain('agreement_signed');
  });
});

describe('what was signed named at the end of a long sentence (1.24.020)', () => {
  it('reads "... signed two documents in the Hall of Mirrors on Sunday evening, with the host signing as witness: a "Framework for Peace" and a framework for a treaty" as signed', () => {
    const text = 'After eleven days at the lakeside retreat, the President of Lakeland and the Prime Minister of Hillonia signed two documents in the Hall of Mirrors of the palace on Sunday evening, with the host signing as witness: a "Framework for Peace" and a framework for the conclusion of a treaty.';
    expect(run(text, '2021-05-08').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-02']);
  });
});

describe('a cue in an "after" or "since" clause dated from its own clause (1.24.021)', () => {
  it('dates "talks opened in Lakeview on 15 November 2019" in "signed the protocol on Sunday, a year after ..." to that day', () => {
    const text = 'The government and the rebels signed the Lakeview Protocol on Sunday at the conference centre, a year after the peace talks opened in Lakeview on 15 November 2019.';
    const opened = run(text, '2020-11-24').status.filter((s) => s.state === 'opened');
    expect(opened.map((s) => s.date)).toEqual(['2019-11-15']);
  });
});

describe('contacts or talks that "would continue" (1.24.022)', () => {
  it('reads "said that the movement\'s contacts with U.N. officials in Nairobi would continue" as ongoing', () => {
    expect(stateNames("A rebel spokesman said that the movement's contacts with U.N. officials in Nairobi would continue.", '2021-05-08')).toEqual(['ongoing']);
  });

  it('reads no ongoing claim into "the talks would continue to stall"', () => {
    expect(stateNames('Diplomats feared the talks would continue to stall without a new mediator.', '2021-05-08')).not.toContain('ongoing');
  });
});

describe('"signed the declaration" after the declaration is told (1.24.023)', () => {
  it('keeps one undated signing for "the joint declaration signed with ..." and "X signed the declaration for Lakeland"', () => {
    const text = 'The foreign minister explained the joint declaration signed with the two neighbours.\n\nThe prime minister signed the declaration for Lakeland.';
    expect(stateNames(text, '2021-05-08')).toEqual(['agreement_signed']);
  });
});

describe('disengagement as a negotiated process (1.24.024)', () => {
  it('reads "Disengagement at the friction points along the frontier has been stalled since late July" as stalled', () => {
    expect(stateNames('Disengagement at the friction points along the frontier has been stalled since late July.', '2021-05-08')).toEqual(['stalled']);
  });
});

describe('a schedule "next week" kept apart from a dated one (1.24.025)', () => {
  it('keeps "The joint commission is due to meet in Lakeview next week" beside "a second round would be held on Monday, 23 November"', () => {
    const text = 'The envoy said a second round of the Lakeland dialogue would be held on Monday, Nov. 23.\n\nThe joint commission is due to meet in Lakeview next week.';
    expect(run(text, '2020-11-16').status.filter((s) => s.state === 'scheduled').map((s) => s.date)).toEqual(['2020-11-23', null]);
  });
});

describe('a transcript speaker label before the subject (1.25.000)', () => {
  it('reads "REPORTER: They resumed in Oslo on March 4" after a sentence headed by the talks as resumed that day', () => {
    const text = 'HOLM: The last round of negotiations between Lakeland and Hillmark broke down in 2019.\n\nHOLM: They resumed in Oslo on March 4, when the two foreign ministers met.';
    expect(run(text, '2021-03-10').status.filter((s) => s.state === 'resumed').map((s) => s.date)).toEqual(['2021-03-04']);
  });
});

describe('a relative clause closed before the main verb (1.25.001)', () => {
  it('reads "The talks, which had opened in Lakeview on 3 March, stalled in June" as opened on 3 March and stalled undated', () => {
    const got = run('The talks, which had opened in Lakeview on 3 March, stalled in June over the status of the islands.', '2021-09-10').status.map((s) => [s.state, s.date]);
    expect(got).toContainEqual(['opened', '2021-03-03']);
    expect(got).toContainEqual(['stalled', null]);
  });
});

describe('"had opened" after an ordinal round, a round table, a session resumed (1.25.002)', () => {
  it('reads "The third round had opened on May 4" as opened that day', () => {
    expect(run('Negotiators from Lakeland and Hillmark met again in Oslo.\n\nThe third round had opened on May 4.', '2021-05-20').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-05-04']);
  });

  it('reads "The round table had opened on Monday, March 8" as opened that day', () => {
    expect(run('The round table had opened on Monday, March 8, under the chairmanship of a retired judge.', '2021-03-20').status.map((s) => [s.state, s.date])).toContainEqual(['opened', '2021-03-08']);
  });

  it('reads "The second session had resumed on Sunday" as resumed', () => {
    expect(stateNames('The second session had resumed on Sunday at a lakeside hotel, after a first session held there in May.', '2021-06-15')).toContain('resumed');
  });
});

describe('a signing dated by a bare weekday, and a package of documents (1.25.003)', () => {
  it('reads "the parties signed yesterday, Tuesday, a "framework agreement"" as signed that day', () => {
    expect(run('After a week of talks in Lakeview, the parties signed yesterday, Tuesday, a "framework agreement" on the return of refugees.', '2021-06-09').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-06-08']);
  });

  it('reads "X and Y signed a package of documents on Sunday" as signed that day', () => {
    expect(run('The defence minister and the rebel chief signed a package of documents on Sunday that ends two years of fighting.', '2021-06-09').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2021-06-06']]);
  });
});

describe('an agreement told in a relative clause with its day (1.25.004)', () => {
  it('reads "builds on a truce that the two commanders agreed on May 3" as signed that day', () => {
    expect(run('The accord builds on a truce that the two commanders agreed on May 3 in a village near the front.', '2021-06-09').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-05-03']);
  });

  it('reads no signing into "a deal that the envoys hoped to sign on Friday"', () => {
    expect(stateNames('Diplomats discussed a deal that the envoys hoped to sign on Friday.', '2021-06-09')).not.toContain('agreement_signed');
  });
});

describe('a named kind of process that began (1.25.005)', () => {
  it('reads "The demobilisation process officially began on Monday" as opened that day', () => {
    expect(run('The demobilisation process officially began on Monday with a ceremony in the hills above Lakeview.', '2021-06-09').status.map((s) => [s.state, s.date])).toEqual([['opened', '2021-06-07']]);
  });

  it('reads no opening into "the peace process began to unravel"', () => {
    expect(stateNames('The peace process began to unravel after the elections.', '2021-06-09')).not.toContain('opened');
  });
});

describe('the two sides "will return to" a place, "are to agree on" a plan by a day (1.25.006)', () => {
  it('reads "The two delegations will return to Lakeview on March 9" as scheduled that day', () => {
    expect(run('The two delegations will return to Lakeview on March 9.', '2021-03-01').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-03-09']]);
  });

  it('reads "The two sides are to agree on a timetable by June 30" as scheduled that day', () => {
    expect(run('The two sides are to agree on a timetable by June 30, the mediator said.', '2021-06-01').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-06-30']]);
  });
});

describe('agreeing on a joint statement or framework, and to stop targeting each other (1.25.750)', () => {
  it('reads "The ministers agreed on Friday on a joint framework that calls for a ceasefire" as signed that day', () => {
    expect(run('The ministers of the two blocs agreed on Friday on a joint framework that calls for a ceasefire in the north.', '2021-06-09').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-06-04']);
  });

  it('reads "The envoys meeting in Lakeview on Monday agreed on a joint statement" as signed that day', () => {
    expect(run('Foreign ministers meeting in Lakeview on Monday agreed on a joint statement backing an orderly transition.', '2021-06-09').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-06-07']);
  });

  it('reads "A and B agreed on Tuesday, after talks hosted by C, to stop targeting each other" as signed that day', () => {
    expect(run('Northland and the Hill Front agreed on Tuesday, after talks hosted by Southland, to stop targeting each other.', '2021-06-09').status.map((s) => [s.state, s.date])).toContainEqual(['agreement_signed', '2021-06-08']);
  });
});

describe('consultations opened, a meeting planned, a first meeting "of its kind" (1.25.751)', () => {
  it('reads "Northland opened informal consultations on the crisis in Lakeview on Thursday" as opened that day', () => {
    expect(run('Northland opened informal consultations on the border crisis in Lakeview on Thursday.', '2021-06-09').status.map((s) => [s.state, s.date])).toEqual([['opened', '2021-06-03']]);
  });

  it('reads "the delegations planned to meet again in Lakeview on June 20" as scheduled that day', () => {
    expect(run('An official said the delegations planned to meet again in Lakeview on June 20.', '2021-06-09').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-06-20']]);
  });

  it('reads no resumption into "the first meeting of its kind since the war"', () => {
    expect(stateNames('The talks opened on Monday in Lakeview, the first meeting of its kind since the war.', '2021-06-09')).toEqual(['opened']);
  });

  it('reads no opening into "The ceasefire that began in January collapsed on March 18"', () => {
    expect(stateNames('The ceasefire that began in January collapsed on March 18 when the shelling resumed.', '2021-06-09')).toEqual(['collapsed']);
  });
});

describe('a joint framework far from the ceasefire it calls for, and army chiefs to meet (1.25.752)', () => {
  it('reads "Leaders agreed on Friday on a joint framework that merges the two processes" as signed that day', () => {
    expect(run('Leaders of the two blocs agreed on Friday on a joint framework that merges the two regional processes.', '2021-06-09').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2021-06-04']]);
  });

  it('reads "The army chiefs of both states are to meet within a week to settle the ceasefire details" as scheduled', () => {
    expect(stateNames('The army chiefs of both states are to meet within a week to settle the details of the ceasefire.', '2021-06-09')).toEqual(['scheduled']);
  });
});

describe('a joint statement agreed (1.25.803)', () => {
  it('is a signing only when it settles something of the process, not when it condemns, calls for calm or voices concern', () => {
    const states = (t: string) => run(t, '2025-06-10').status.map((s) => s.state);
    expect(states('G7 foreign ministers meeting in Rome on Monday agreed on a joint statement condemning the missile strike on Kyiv.')).toEqual([]);
    expect(states('The two leaders agreed on a joint statement on Monday calling for calm after the border clash.')).toEqual([]);
    expect(states('Officials agreed on a joint statement on Monday but failed to reach any deal on a ceasefire.')).toEqual([]);
    expect(states('Foreign ministers meeting in Lakeview on Monday agreed on a joint statement backing a transition.')).toEqual(['agreement_signed']);
    expect(states('The parties agreed on Monday on a joint declaration on a ceasefire.')).toEqual(['agreement_signed']);
  });
});

describe('ends of a process (1.26.300)', () => {
  it('reads an accord that collapsed, "the peace process had ended" and "called off two years of talks" as collapsed', () => {
    const states = (t: string) => run(t, '2011-05-20').status.map((s) => [s.state, s.date]);
    expect(states('The Lakeside Accord of May 2009 collapsed within weeks.')).toEqual([['collapsed', null]]);
    expect(states('The president declared on Thursday that the peace process had ended.')).toEqual([['collapsed', '2011-05-19']]);
    expect(states('The president has called off two years of peace talks with the rebels.')).toEqual([['collapsed', null]]);
    expect(states('The president has called off the summit.')).toEqual([['cancelled', null]]);
  });
});

describe('a counterfactual (1.26.301)', () => {
  it('reads no state in "Had the rebels laid down arms in May, officials said, talks could have opened in June"', () => {
    expect(run('Had the rebels laid down their arms in May, officials said, formal talks could have opened in June.', '2011-05-20').status).toEqual([]);
    expect(run('Formal talks would have resumed in June but for the shelling.', '2011-05-20').status).toEqual([]);
  });
});

describe('other wordings of a state (1.26.302)', () => {
  it('reads "is now off", "will move to Lakeview", "remains in force" and "had been rescued"', () => {
    const states = (t: string) => run(t, '2011-05-20').status.map((s) => [s.state, s.date]);
    expect(states('The fifth round, due to open in Lakeview on 30 May, is now off.')).toEqual([['cancelled', null]]);
    expect(states('The second stage of the conference, on land issues, will move to Lakeview in the autumn.')).toEqual([['scheduled', null]]);
    expect(states('The truce agreement of March 2010 remains in force.')).toEqual([['ongoing', null]]);
    expect(states('The talks had been rescued on 12 May, when both sides agreed a calendar for a ceasefire.')).toEqual([['resumed', '2011-05-12']]);
  });
});

describe('background days and repeats (1.26.303)', () => {
  it('keeps one opening for "the talks opened on 5 May" told again in a "since" clause, and no reason\'s day for a pause', () => {
    const states = (t: string) => run(t, '2011-05-20').status.map((s) => [s.state, s.date]);
    expect(states('The talks opened on 5 May in Lakeview. The rebel negotiator, who has been in Lakeview since the talks opened on 5 May, met the mediator on Friday.')).toEqual([['opened', '2011-05-05']]);
    expect(states('The rebels suspended their part in the negotiations, citing their exclusion from a donor meeting on 2 May.')).toEqual([['paused', null]]);
    expect(states('The two sides agreed a timetable for a ceasefire.')).toEqual([]);
  });
});

describe('a first meeting named at the end of its clause (1.26.304)', () => {
  it('reads "X and Y delegates met for the first time on Monday at the border post, in a session of the truce commission" as opened', () => {
    const states = (t: string) => run(t, '2011-05-20').status.map((s) => [s.state, s.date]);
    expect(states('Northland and Southland delegates met for the first time on Monday at the old customs house on the border road north of Lakeview, in a session of the ceasefire commission chaired by a UN envoy.')).toEqual([['opened', '2011-05-16']]);
    expect(states('The two cousins met for the first time on Monday at the airport in Lakeview, in a hall full of reporters.')).toEqual([]);
  });
});

describe('meetings held and going on (1.26.305)', () => {
  it('reads "A meeting between A and B was held today" and "the two committees will continue to meet" as ongoing', () => {
    const states = (t: string) => run(t, '2011-05-20').status.map((s) => [s.state, s.date]);
    expect(states('A meeting between the Northland side and elders of the Southland villages was held today in the town of Lakeview.')).toEqual([['ongoing', '2011-05-20']]);
    expect(states('The border committee and the Joint Commission on Water Sharing will continue to meet, the communique said.')).toEqual([['ongoing', null]]);
    expect(states('Norway will continue to assist the parties.')).toEqual([]);
  });
});

describe('talks that progress (1.26.700)', () => {
  it('reads "talks ... are progressing" and "negotiations ... are moving forward" as ongoing', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => s.state);
    expect(states('Negotiations with the breakaway faction are progressing in the capital, the government delegation said.')).toEqual(['ongoing']);
    expect(states('The talks on the prisoner lists are moving forward, a mediator said.')).toEqual(['ongoing']);
    expect(states('Prices of flour in the capital are progressing steadily.')).toEqual([]);
  });
});

describe('a deal inked, a summit shelved (1.26.701)', () => {
  it('reads "the deal ... was inked" as signed and "a planned summit ... had been shelved" as cancelled', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => [s.state, s.date]);
    expect(states('The deal between the two neighbours was formally inked in the capital on Friday.')).toEqual([['agreement_signed', '2025-11-14']]);
    expect(states('The Kremlin said a planned summit between the two presidents had been shelved.')).toEqual([['cancelled', null]]);
    expect(states('The project to build a new port was shelved.')).toEqual([]);
    expect(states('The books were shelved in the library after the talks.')).toEqual([]);
  });
});

describe('talks to restart, delegations to gather again (1.26.702)', () => {
  it('reads "agreed to restart talks", "delegations ... will gather again" and "Negotiators will reconvene" as scheduled', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => [s.state, s.date]);
    expect(states('The government and the rebel movement agreed to restart talks in the capital in January.')).toEqual([['scheduled', null]]);
    expect(states('Delegations from both camps will gather again in the port city after the holiday to finalise the prisoner lists.')).toEqual([['scheduled', null]]);
    expect(states('Negotiators will reconvene in the capital on Sunday.')).toEqual([['scheduled', '2025-11-23']]);
    expect(states('The two sides agreed to restart the power plant next month.')).toEqual([]);
    expect(states('Fans will gather again at the stadium on Sunday.')).toEqual([]);
  });
});

describe('talks that got going, ground to a halt or dragged on without a deal (1.26.703)', () => {
  it('reads "talks got going" as opened, "have ground to a halt" and "dragged on ... without a deal" as stalled', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => [s.state, s.date]);
    expect(states('Peace talks got going in the lakeside town on Thursday under UN auspices.')).toEqual([['opened', '2025-11-20']]);
    expect(states('The negotiations have ground to a halt over the sequencing of the withdrawal.')).toEqual([['stalled', null]]);
    expect(states('Talks between the government and the rebels have dragged on for weeks without a deal.')).toEqual([['stalled', null]]);
    expect(states('The war has dragged on for years without a deal.')).toEqual([]);
    expect(states('Traffic ground to a halt on the bridge.')).toEqual([]);
  });
});

describe('no date agreed, a round pushed back, a round of talks concluded (1.26.704)', () => {
  it('reads "have yet to agree on a date for the next round" as nothing, "has been pushed back" as paused, "concluded a fresh round of talks" as ongoing', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => [s.state, s.date]);
    expect(states('The parties have yet to agree on a date for the next round.')).toEqual([]);
    expect(states('The talks between the two governments have been pushed back to January.')).toEqual([['paused', null]]);
    expect(states('The rebels and the government concluded a fresh round of talks in the port city on Saturday.')).toEqual([['ongoing', '2025-11-15']]);
    expect(states('Moscow pushed back against the proposal for talks.')).toEqual([]);
  });
});

describe('talks to kick off, an accord to ink, talks that fizzled out, a walk away (1.26.705)', () => {
  it('reads "will kick off" and "are set to ink the accord" as scheduled, "fizzled out" as collapsed, "walked away from the negotiating table" as cancelled', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => [s.state, s.date]);
    expect(states('Peace talks will kick off in the capital on Monday.')).toEqual([['scheduled', '2025-11-24']]);
    expect(states('The two neighbours are set to ink the accord in the capital on Friday.')).toEqual([['scheduled', '2025-11-21']]);
    expect(states('Talks between the army and the militia fizzled out in late 2023.')).toEqual([['collapsed', null]]);
    expect(states('The rebels walked away from the negotiating table in January.')).toEqual([['cancelled', null]]);
    expect(states('The celebrations will kick off in the capital on Saturday.')).toEqual([]);
    expect(states('Enthusiasm for the reforms fizzled out in 2023.')).toEqual([]);
  });
});

describe('a new round of consultations opened, warring parties to meet (1.26.706)', () => {
  it('reads "opened a new round of consultations" as opened and "The warring parties are expected to meet" as scheduled', () => {
    const states = (t: string) => run(t, '2025-11-20').status.map((s) => [s.state, s.date]);
    expect(states('The UN envoy opened a new round of consultations with the rival camps in the capital on Monday.')).toEqual([['opened', '2025-11-17']]);
    expect(states('The warring parties are expected to meet in the port city on 4 December.')).toEqual([['scheduled', '2025-12-04']]);
    expect(states('The air force launched a new round of strikes on the city.')).toEqual([]);
    expect(states('The rival parties will hold a joint rally on Sunday.')).toEqual([]);
  });
});

describe('a dateline with its date in brackets (1.27.201)', () => {
  it('dates "KASSALA (14 Mar.) - The two sides signed the accord on Tuesday" by its weekday, not by the dateline', () => {
    const text = 'KASSALA (14 Mar.) - The government and the rebel front signed the ceasefire accord in Asmara on Tuesday.\n\nThe rebel front signed the ceasefire accord after weeks of talks, the mediators said.';
    expect(run(text, '2019-03-14').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2019-03-12']]);
  });
});

describe('a step the parties agreed to take (1.27.202)', () => {
  it('reads "agreed on Monday to free prisoners and to resume peace talks in June" as scheduled, not dated by the day of the agreement', () => {
    const text = 'The two presidents agreed on Monday to free all prisoners of war and to resume peace talks in June, the facilitators said.';
    expect(run(text, '2021-05-12').status.filter((s) => s.state === 'scheduled').map((s) => s.date)).toEqual([null]);
  });

  it('reads "had agreed to meet in the joint monitoring committee in March" as scheduled, and "agreed to meet the envoy in Geneva" as nothing', () => {
    expect(run('The mediator said the parties had agreed to meet in the joint monitoring committee in March.', '2021-01-12').status.map((s) => [s.state, s.date])).toEqual([['scheduled', null]]);
    expect(run('The rebel negotiators agreed to meet the envoy in Geneva.', '2021-01-12').status).toEqual([]);
  });

  it('dates "agreed on Friday to resume direct talks on 3 June" by the day after the cue', () => {
    expect(run('The two sides agreed on Friday to resume direct talks on 3 June.', '2021-05-12').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2021-06-03']]);
  });
});

describe('the constitutional, electoral and economic tracks (1.27.205)', () => {
  it('reads "The constitutional track has been deadlocked since ..." and "the economic track has stalled" as stalled', () => {
    expect(stateNames('The constitutional track has been deadlocked since the referendum was postponed, diplomats said.', '2023-04-11')).toEqual(['stalled']);
    expect(stateNames('The economic track has stalled since March.', '2023-04-11')).toEqual(['stalled']);
    expect(stateNames('The new railway is on the fast track and the project is stalled by floods.', '2023-04-11')).toEqual([]);
  });
});

describe('a stalemate dating from an event (1.27.206)', () => {
  it('leaves "deadlocked since the vote set for 24 December was postponed" undated, but dates "suspended since 1 December"', () => {
    const states = (t: string) => run(t, '2023-12-20').status.map((s) => [s.state, s.date]);
    expect(states('The political process has been deadlocked since the vote set for 24 December 2021 was postponed.')).toEqual([['stalled', null]]);
    expect(states('The talks between the army and the militia have been suspended since 1 December.')).toEqual([['paused', '2023-12-01']]);
  });
});

describe('an undated signing told in another month (1.27.207)', () => {
  it('keeps "the ceasefire agreement initialled in June" apart from the accords signed on Thursday in December', () => {
    const text = 'The presidents of the two countries signed the Harbour Accords in the capital on Thursday.\n\nThe accords build on the ceasefire agreement initialled by the two foreign ministers in June.';
    expect(run(text, '2025-12-05').status.map((s) => [s.state, s.date])).toEqual([
      ['agreement_signed', '2025-12-04'],
      ['agreement_signed', null],
    ]);
  });

  it('still merges an undated repeat told in the dated signing\'s month ("the agreement signed in December")', () => {
    const text = 'The presidents of the two countries signed the Harbour Accords in the capital on Thursday.\n\nThe agreement signed in December ends a decade of war.';
    expect(run(text, '2025-12-05').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2025-12-04']]);
  });
});

describe('talks or a process that have been moving forward (1.27.208)', () => {
  it('reads "the process has been moving forward" and "talks have been progressing" as ongoing, not "the electoral process"', () => {
    expect(stateNames('Since the rebels laid down their arms, the process has been moving forward in talks between the capital and the rebel delegation.', '2025-07-12')).toEqual(['ongoing']);
    expect(stateNames('Talks with the rebels have been progressing, the envoy said.', '2025-07-12')).toEqual(['ongoing']);
    expect(stateNames('The electoral process has been moving forward despite the floods.', '2025-07-12')).toEqual([]);
  });
});

describe('talks boycotted by a party (1.27.209)', () => {
  it('reads no cancellation in "the Geneva talks of August were boycotted by the army" (the talks went ahead without it)', () => {
    expect(stateNames('The Geneva talks of last August were boycotted by the army.', '2025-04-16')).toEqual([]);
  });
});

describe('a vote on the agreement, scheduled beside another step (1.27.210)', () => {
  it('reads "Parliament is expected to vote on the accord next week, and the pullback is scheduled to begin on 1 May" as two schedules', () => {
    const text = 'Parliament is expected to vote on the accord next week, and the pullback of the rebel units is scheduled to begin on 1 May.';
    expect(run(text, '2024-04-17').status.map((s) => [s.state, s.date])).toEqual([
      ['scheduled', '2024-05-01'],
      ['scheduled', null],
    ]);
  });

  it('reads one schedule in "The deputies are expected to convene next month to ratify the accord" (the meeting is the step)', () => {
    expect(stateNames('The deputies are expected to convene in the capital next month to ratify the accord.', '2024-04-17')).toEqual(['scheduled']);
  });
});

describe('the first meeting of a named body of the talks (1.27.212)', () => {
  it('reads "chaired on Wednesday the first joint meeting of the Ceasefire Monitoring Committee" and "hosted the inaugural session of the Joint Border Commission" as opened', () => {
    const states = (t: string) => run(t, '2018-12-27').status.map((s) => [s.state, s.date]);
    expect(states('The UN general chaired on Wednesday the first joint meeting of the Ceasefire Monitoring Committee in the port city.')).toEqual([['opened', '2018-12-26']]);
    expect(states('The envoy hosted the inaugural session of the Joint Border Commission in the capital on Monday.')).toEqual([['opened', '2018-12-24']]);
    expect(states('The envoy hosted a dinner for the members of the Joint Border Commission on Monday.')).toEqual([]);
  });
});

describe('a session to follow, and schedules of different times (1.27.214)', () => {
  it('reads "The meeting will be followed by a second session next week" as scheduled, apart from a round "held in January" on the same track', () => {
    const text =
      'The Jeddah talks opened on Monday.\n\nThe meeting will be followed by a second session of the Jeddah talks next week, the spokesman said.\n\nOfficials said the next round of the Jeddah talks would be held in January.';
    expect(run(text, '2018-12-27').status.filter((s) => s.state === 'scheduled').map((s) => s.evidence.slice(0, 20))).toEqual(['The meeting will be ', 'Officials said the n']);
  });

  it('still reads two mentions of the same time as one schedule', () => {
    const text = 'The Jeddah talks will resume next week, the envoy said.\n\nThe next round of the Jeddah talks, due next week, will focus on prisoners.';
    expect(run(text, '2018-12-27').status.filter((s) => s.state === 'scheduled')).toHaveLength(1);
  });
});

describe('schedules in the first quarter and in January (1.27.215)', () => {
  it('keeps "agreed to meet again in the first quarter of 2019" apart from "agreed to meet again in January"', () => {
    const text = 'The envoy said the delegations to the Jeddah talks had agreed to meet again in the first quarter of 2019.\n\nThe two ministers at the Jeddah talks agreed to meet again in January.';
    expect(run(text, '2018-12-07').status.filter((s) => s.state === 'scheduled')).toHaveLength(2);
  });
});

describe('a named body that will meet, told in a second verb (1.27.216)', () => {
  it('reads "The Border Dialogue Forum will be launched online on 26 October and will meet in person in the capital on 9 November" as scheduled for 9 November', () => {
    const text = 'The Border Dialogue Forum will be launched online on 26 October and will meet in person in the capital on 9 November.';
    expect(run(text, '2020-10-20').status.map((s) => [s.state, s.date])).toEqual([['scheduled', '2020-11-09']]);
  });
});

describe('schedules within a number of days (1.27.217)', () => {
  it('keeps "the joint commission would hold its first meeting within two weeks" apart from "negotiations are to open within 45 days"', () => {
    const text =
      'Under the Jeddah talks agreement, political negotiations are to open within 45 days of signature.\n\nThe mediator said the joint commission of the Jeddah talks would hold its first meeting within two weeks.';
    expect(run(text, '2023-07-20').status.filter((s) => s.state === 'scheduled')).toHaveLength(2);
  });
});

describe('a day told in a coordinated clause before the cue (1.27.218)', () => {
  it('leaves "The rebels announced their dissolution on 12 May, and the process has been moving forward since then" undated', () => {
    const text = 'The rebels announced their dissolution on 12 May, and the process has been moving forward since then in talks with the government.';
    expect(run(text, '2025-07-12').status.map((s) => [s.state, s.date])).toEqual([['ongoing', null]]);
  });
});

describe('a start that measures a first (1.28.200)', () => {
  it('reads no opening into "the first written proposal made by the talks since they began in March 2021"', () => {
    expect(stateNames('The rebels accepted the first written proposal made by the Lakeside talks since they began in March 2021.', '2024-05-17')).not.toContain('opened');
    expect(stateNames('It was the first ceasefire reached in the Lakeside talks since the negotiations started in 2019.', '2024-05-17')).not.toContain('opened');
  });

  it('still reads "has stayed in Arusha since the talks opened on May 25" as opened that day', () => {
    expect(run('The minister has stayed in Arusha since the talks opened on May 25.', '2024-06-17').status.map((s) => [s.state, s.date])).toEqual([['opened', '2024-05-25']]);
  });
});

describe('a time clause set by the start of talks with an adjective (1.28.201)', () => {
  it('reads no opening into "would not lift the ban before formal negotiations had begun"', () => {
    expect(stateNames('The government said it would not lift the ban on the movement before formal negotiations had begun.', '2024-05-17')).not.toContain('opened');
  });

  it('still reads "Direct negotiations began on Monday in Geneva" as opened', () => {
    expect(stateNames('Direct negotiations began on Monday in Geneva.', '2024-05-17')).toEqual(['opened']);
  });
});

describe('a joint statement adopted by the talks, told in the passive (1.28.202)', () => {
  it('reads "in the first joint statement adopted by the Lakeside talks" and "The joint declaration was adopted by the ministers on Tuesday" as agreements signed that day', () => {
    expect(run('The rebels committed themselves on Monday to a ceasefire in the first joint statement adopted by the Lakeside talks since 2019.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2024-05-13']]);
    expect(run('At the Lakeside talks, the joint declaration was adopted by the ministers on Tuesday.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2024-05-14']]);
  });

  it('reads no agreement into "a statement adopted by the cabinet"', () => {
    expect(stateNames('The foreign ministry issued a statement adopted by the cabinet.', '2024-05-17')).toEqual([]);
  });
});

describe('a day that names a text (1.28.203)', () => {
  it('reads "Talks on the May 3 accord resumed on Monday" as resumed on Monday, and leaves "talks on implementing the March 10 agreement resumed" undated', () => {
    expect(run('Talks on the May 3 accord resumed on Monday.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['resumed', '2024-05-13']]);
    expect(run('The talks on implementing the March 10 agreement between the rebels and the government resumed after weeks of stalemate.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['resumed', null]]);
  });

  it('still dates "signed the March 10 agreement" by its day', () => {
    expect(run('The rebels and the government signed the March 10 agreement in Juba.', '2024-05-17').status.map((s) => [s.state, s.date])).toEqual([['agreement_signed', '2024-03-10']]);
  });
});

describe('a last round held before a signing (1.28.205)', () => {
  it('reads no ongoing talks into "held a last round of talks with his counterpart on Tuesday"', () => {
    expect(stateNames('The foreign minister held a last round of talks with his counterpart in the capital on Tuesday to settle the wording.', '2024-05-17')).not.toContain('ongoing');
  });

  it('still reads "held a third round of talks with his counterpart on Tuesday" as ongoing', () => {
    expect(stateNames('The foreign minister held a third round of talks with his counterpart in the capital on Tuesday.', '2024-05-17')).toEqual(['ongoing']);
  });
});

describe('"The previous one" standing for the talks of the sentence before (1.28.206)', () => {
  it('reads "The process is the second attempt at talks since 2015. The previous one, hosted by Norway, collapsed in March 2018" as collapsed', () => {
    expect(stateNames('The process is the second attempt at talks since 2015. The previous one, hosted by Norway, collapsed in March 2018 when the rebels walked out.', '2024-05-17')).toEqual(['collapsed']);
  });

  it('reads no state when the sentence before is about something else', () => {
    expect(stateNames('The minister bought two cars this year. The previous one, made in Japan, collapsed in March.', '2024-05-17')).toEqual([]);
  });
});
